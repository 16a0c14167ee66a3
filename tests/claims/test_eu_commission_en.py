"""English news of the European Commission and its spokespeople: shapes of blind probe set E91,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_the_spokesman_who_continued_is_the_one_just_quoted():
    got = kinds_and_speakers(
        '"The plans are ready," said Lena Hofmann. '
        '"We can only succeed together," continued the spokeswoman of the European Commission.\n')
    assert got == [(A, "Lena Hofmann")] * 2


def test_an_office_held_written_after_the_name_with_no_comma_closing_it():
    got = kinds_and_speakers(
        "The fair was opened by Commissioners Piet Vermeer and Ada Rossi. "
        "Commissioner Vermeer, responsible for the Internal Market said: “We have reached a "
        "milestone.”\n")
    assert got[1] == (A, "Piet Vermeer")
