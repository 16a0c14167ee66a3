"""English news of incidents at hospitals: shapes of blind probe set E95, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_body_named_with_the_place_it_is_in():
    got = kinds_and_speakers(
        "Lakeside Medical Center in Renton says the situation has been resolved.\n")
    assert got == [(A, "Lakeside Medical Center")]


def test_police_said_at_length_then_according_to_the_paper_is_still_the_polices_word():
    got = kinds_and_speakers(
        "Police said they found a stabbing victim after they were called to the hospital before "
        "7 p.m. on Monday regarding a report of an assault with a deadly weapon by a man wielding "
        "a knife near the main entrance, according to the newspaper.\n")
    assert got == [(A, "Police")]
