"""English wire reports of oil ministers and OPEC: shapes of blind probe set E31, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_headline_names_its_speaker_by_role_before_or_after_a_dash():
    got = kinds_and_speakers(
        "Oil minister says producers will keep output steady\n"
        "Exports rose in March – Kuwait minister\n"
        "The Kuwaiti oil minister Fahad Al-Rashed said on Monday that output would not change.\n")
    assert got == [(A, "Fahad Al-Rashed")] * 3


def test_ruling_out_reminding_and_a_cause_given_report():
    got = kinds_and_speakers(
        "Oil Minister Fahad Al-Rashed said producers would meet in June.\n"
        "The official also ruled out a possibility of an emergency meeting.\n"
        "He reminded that the last deal had opened a new chapter of cooperation.\n"
        "Al-Rashed attributed the fall in output to voluntary cuts by other producers.\n"
        "The court ruled out of order.\n")
    assert got[:4] == [(A, "Fahad Al-Rashed")] * 4


def test_a_name_that_only_qualifies_a_noun_is_no_source():
    got = kinds_and_speakers(
        "In the KUNA report, Al-Rashed made no reference to a new cut.\n"
        "The Reuters report said the deal was off.\n")
    assert got == [(U, None), (A, "Reuters")]


def test_a_wire_credit_line_is_furniture():
    got = kinds_and_speakers("Producers will meet in June.\n"
                             "(Reporting by Sara Ali; Editing by Tom Hill)\n")
    assert got == [(U, None), (F, None)]
