"""English reports of lottery jackpots (probe set E125): "He said a lot of people had been
calling" is said; "We're told" and "A clerk at the store tells us" name no one; organizers
speak as a group; a verb after a modal inside what a closing source reports is tried after
it; a comment box's "powered by Disqus" notice is furniture."""
from claims.lexicon import is_furniture
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_a_lot_of_people_is_what_he_said():
    got = kinds_and_speakers(
        "\"It is great,\" station owner Sam Haddad said.\n\n"
        "He said a lot of people had been calling the station.\n\n"
        "The film says a lot about the town.\n")
    assert got == [(A, "Sam Haddad"), (A, "Sam Haddad"), (U, None)]


def test_we_are_told_and_a_clerk_name_no_one():
    got = kinds_speakers_vague(
        "We're told the newest ticket won a second place prize.\n\n"
        "A clerk at the Corner Mart tells us more people have been stopping by.\n")
    assert [(kind, speaker) for kind, speaker, _ in got] == [(U, None), (U, None)]
    assert got[1][2] is True


def test_organizers_and_the_source_that_closes_the_sentence():
    got = kinds_and_speakers(
        "A single winning ticket has been identified in the jackpot, organizers said Wednesday.\n\n"
        "A single ticket holder in Ohio will claim that prize, Mega Millions said on its website.\n")
    assert got == [(A, "organizers"), (A, "Mega Millions")]


def test_a_comment_box_notice_is_furniture():
    assert is_furniture("Comments are posted from viewers like you and do not always reflect the "
                        "views of this station. powered by Disqus", "en")
