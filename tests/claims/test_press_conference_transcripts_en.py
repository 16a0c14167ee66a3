"""English transcripts of in-flight press conferences: shapes of blind probe set E93, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_names_on_lines_of_their_own_head_the_paragraphs_under_them():
    got = kinds_and_speakers(
        "Text: the press conference on the flight home\n\n"
        "Father Rossi:\n\n"
        "Good evening, friends. The floor is yours, Holiness.\n\n"
        "Pope Leo:\n\n"
        "Thank you. It has been a good trip. I am tired but happy.\n\n"
        "We had no incident in the whole city.\n")
    assert got[1:] == [(F, None), (A, "Rossi"), (A, "Rossi"), (F, None)] + [(A, "Leo")] * 4


def test_a_clerics_title_before_the_colon_of_a_transcript_line():
    got = kinds_and_speakers("Cardinal Moretti: First of all, my health. I had a fever.\n")
    assert got == [(A, "Moretti")] * 2


def test_who_asked_of_a_radio_station_named_with_its_country():
    got = kinds_and_speakers(
        "Ana Sofia Reis, of Portugal’s Radio Alfa asked the minister: Will you go to Lisbon?\n")
    assert got == [(A, "Ana Sofia Reis")]
