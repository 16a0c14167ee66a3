"""English news of oil spills: shapes of blind probe set E74, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_said_a_title_abbreviation_and_a_name_of_a_body():
    got = kinds_and_speakers("No birds were harmed, said Capt. Ana Ruiz of the State Department "
                             "of Wildlife.\n")
    assert got == [(A, "Ana Ruiz")]


def test_an_aside_before_said_and_a_name_is_no_apposition():
    got = kinds_and_speakers("The foam helped break up the slick, as well, said Lt. Omar Hale of "
                             "the harbor patrol.\n\nThe firm, however, said the leak had stopped.\n")
    assert got == [(A, "Omar Hale"), (A, "firm")]


def test_defending_a_response_is_a_stance():
    got = kinds_and_speakers("Harbor Patrol defends cleanup response to spill\n\nShe defended the "
                             "title in 2019.\n")
    assert [k for k, _ in got] == [A, U] and got[0][1] == "Harbor Patrol"


def test_an_operator_and_a_criticism_in_a_statement():
    got = kinds_and_speakers("Its operator disclosed Wednesday that the leak was larger.\n\nIn a "
                             "statement, Sen. Maria Ortiz faulted the agency for the figures.\n")
    assert [k for k, _ in got] == [A, A] and got[1][1] == "Maria Ortiz"


def test_an_offer_of_browser_alerts_is_furniture():
    sentences = run("A pipeline leaked on Monday.\n\nGet browser notifications for breaking news "
                    "and live events.\n")
    assert sentences[1].rule == "filler:furniture"
