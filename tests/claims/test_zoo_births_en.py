"""English reports of births at zoos: shapes of blind probe set E45, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_zoo_announces_and_its_staff_and_keepers_say():
    got = kinds_and_speakers(
        "The zoo announced the birth of a baby rhino.\n"
        "On Monday, the Denver facility announced in a statement that the calf was healthy.\n"
        "“The calf is feeding well,” animal care staff said.\n"
        "“She is a very calm mother,” keepers said.\n")
    assert [kind for kind, _ in got] == [A, A, A, A]
    assert got[2][1] == "animal care staff"


def test_two_titles_joined_before_the_name():
    got = kinds_and_speakers(
        "“This is a great day,” said Denver Zoo President and CEO Maria Lopez.\n"
        "“We are thrilled,” said Hillside Trust Chairman and Founder Tom Reyes.\n")
    assert got == [(A, "Maria Lopez"), (A, "Tom Reyes")]


def test_a_headline_that_quotes_the_body_and_a_newsletters_sign_up():
    got = kinds_and_speakers(
        "Denver Zoo Welcomes Rhino Calf: 'A Great Day for Our City'\n\n"
        "A rhino calf was born on Sunday.\n\n"
        "“This is a great day for our city,” said zoo director Maria Lopez.\n\n"
        "Never miss a story — sign up for our free daily newsletter to stay informed\n\n"
        "How the zoo keeps its calves both ‘safe and sound’\n")
    assert got[0] == (A, "Maria Lopez")
    assert got[3] == (F, None)
    assert got[4][0] != A  # a phrase of three words in marks is no one's statement
