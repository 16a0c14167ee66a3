"""English news of drug approvals: shapes of blind probe set E62, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_an_agency_ending_in_administration_is_no_person_to_carry_a_quote_to():
    got = kinds_and_speakers(
        '"In a long meeting, advisers to the Food and Drug Administration voted not to back '
        'the drug.\n"The trouble was that the maker tested it on only a dozen patients."\n')
    assert got == [(U, None), (U, None)]


def test_co_founders_of_a_company_are_a_group_source():
    got = kinds_and_speakers("“This is a hard day for patients,” company co-founders said in a "
                             "statement.\n")
    assert got == [(A, "company co-founders")]


def test_a_paywall_and_a_feed_source_line_are_furniture():
    got = kinds_and_speakers(
        "The agency approved the drug on Friday.\n"
        "Unlock this article instantly by becoming a free subscriber.\n"
        "You’ll get access to free articles each month, plus newsletters.\n"
        "Source: WXYZNews - 🏆 12.\n")
    assert got[1:] == [(F, None)] * 3
