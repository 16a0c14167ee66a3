"""English reports of bird flu (probe set E119): "as per the SOP" follows a rule and names no
source; a role, a comma and a name closing the sentence name the speaker ("said District
Magistrate, Andra Vamsi."); a city in capitals before a colon opening a long sentence is its
dateline, no speaker ("PATNA: Altogether 219 poultry birds ...")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_as_per_a_rule_and_a_name_after_a_role():
    got = kinds_and_speakers(
        "District official Ravi Kumar confirmed the culling of the birds as per the SOP.\n\n"
        "\"The birds possibly died of the cold,\" said District Magistrate, Andra Vamsi.\n")
    assert got == [(A, "Ravi Kumar"), (A, "Andra Vamsi")]


def test_a_dateline_in_capitals_before_a_colon():
    got = kinds_and_speakers(
        "Bihar: Bird flu scare in Lakeview village, 219 poultry culled | Patna News\n\n"
        "[ad_1]\n\n"
        "PATNA: Altogether 219 poultry birds and ducks were culled within a 1km radius in the "
        "village on Thursday.\n")
    assert got[2] == (U, None)
