"""English news of reactions to court rulings: shapes of blind probe set E94, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A = "attributed"


def test_the_speaker_of_a_house_with_no_comma_closing_it_released_the_statement():
    got = kinds_and_speakers(
        "Dana Hollis, speaker of the Ohio House of Representatives released a statement saying "
        "she disagrees with the decision.\n")
    assert got == [(A, "Dana Hollis")]


def test_a_hyphened_title_and_a_cases_name_hold_their_sentence():
    texts = [s.text for s in run(
        "The law was signed by then-Gov. Matt Bevin. The court ruled in Burwell v. Hobby Lobby "
        "last year.\n")]
    assert len(texts) == 2
