"""'X says much about Y' shows, nobody speaks; 'It’s possible both parties ...' names no owner:
shapes met in the GGT development set, in our own sentences."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_thing_that_says_much_about_another_is_no_source():
    got = kinds_and_speakers("The short advert says much about the spirit of the brand.\n\n"
                             "The vote says a lot about the party.\n")
    assert got == [(U, None), (U, None)]


def test_it_s_is_no_owner_of_a_source():
    got = kinds_and_speakers("It’s possible both parties will maintain that confidence.\n")
    assert got[0][1] is None or not got[0][1].startswith("It")
