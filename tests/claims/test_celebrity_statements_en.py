"""English news of celebrities' statements: shapes of blind probe set E77, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_brand_with_an_exclamation_mark_does_not_end_the_sentence():
    sentences = run("The statement, obtained by E! News on Monday from the singer's agent, "
                    "explained: “We are parting as friends.”\n")
    assert len(sentences) == 1 and sentences[0].kind == A


def test_a_couple_releasing_a_statement_and_a_couple_of_hours():
    got = kinds_and_speakers("The couple released a statement to the paper on Sunday clarifying "
                             "that they remain together.\n\nThat is a couple of hours later than "
                             "Ms Lee had predicted.\n")
    assert got == [(A, "couple"), (U, None)]


def test_a_box_of_top_stories_a_player_note_a_copyright_and_page_script_are_furniture():
    sentences = run("The singer married on Friday.\n\nThe video in the media player above was used "
                    "in a previous report.\n\nThe-News-Wire © 2021 News Network, Inc.\n\n"
                    "(self.AD = self.AD || []).push( x => { init({ type: 1 }); });\n\n"
                    "TOP STORIES\n\nCity council votes to repave Main Street\n")
    assert [s.kind for s in sentences] == [U, F, F, F, F, F]


def test_taking_to_social_media_to_say_so():
    got = kinds_and_speakers("The actress took to social media Thursday to say that she was "
                             "well.\n\nThe senator took to Twitter to say that the bill was dead.\n")
    assert got == [(A, "actress"), (A, "senator")]
