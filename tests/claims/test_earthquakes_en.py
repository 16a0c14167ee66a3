"""English wire reports of earthquakes: shapes of blind probe set E40, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_survey_in_a_bodys_name_and_the_speaker_who_closes_the_sentence():
    got = kinds_and_speakers(
        "The quake struck at dawn, according to the U.S. Geological Survey.\n"
        "As officials warned more aftershocks could come, crews were checking bridges, "
        "Governor Maria T. Lopez Jr. said.\n")
    assert got == [(A, "U.S. Geological Survey"), (A, "Maria T. Lopez Jr")]


def test_unnamed_scientists_and_a_declared_emergency():
    got = kinds_and_speakers(
        "Seismologists said the shaking was among the strongest on record.\n"
        "Prime Minister Anne Holt said 40 people had died.\n"
        "She declared a state of national emergency on Tuesday.\n")
    assert got == [(U, None), (A, "Anne Holt"), (U, None)]


def test_an_editors_initials_and_a_date_over_the_section():
    got = kinds_and_speakers(
        "March 3, 2015 in Nation/World\n\n"
        "Quake toll rises to 40\n\n"
        "The toll rose to 40 on Tuesday.\n\n"
        "abc/de (Reuters, AFP, AP)\n")
    assert got == [(F, None), (U, None), (U, None), (F, None)]
