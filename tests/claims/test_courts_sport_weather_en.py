"""English news from courtrooms, press conferences and weather services: shapes of a seventh
blind English probe set, written here in our own sentences. The probe texts are not in the
repository."""
from claims.segment import segment
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"


def test_a_quoted_question_and_its_speaker_are_one_sentence():
    text = ('"Why now?" Martinez asked. \'What injury?\' Coach Dana Reyes said.\n'
            '"Are we ready?" The answer was no.\n')
    assert [text[s.start:s.end] for s in segment(text)] == [
        '"Why now?" Martinez asked.', "'What injury?' Coach Dana Reyes said.",
        '"Are we ready?"', "The answer was no."]


def test_a_quotation_in_single_marks_runs_over_its_sentences():
    """The apostrophes of "don't" and "players' union" open no quotation; a heading in single
    marks is no quotation of the speaker before."""
    text = ("Coach Dana Reyes was asked about the knee. 'I don't give out those details. You "
            "know why.' The players' union said nothing. 'Legend of the Lakes.'\n")
    sentences = run(text)
    assert [s.text for s in sentences][1] == "'I don't give out those details. You know why.'"
    assert [(s.kind, s.speaker) for s in sentences[1:3]] == [
        (A, "Dana Reyes"), (A, "The players' union")]
    assert sentences[3].kind != A


def test_a_role_between_said_and_the_name():
    got = kinds_and_speakers(
        "The scheme cost investors millions, said prosecutor Laura Chen.\n"
        "He acted alone, said defense lawyer Mark Ruiz.\n")
    assert got == [(A, "Laura Chen"), (A, "Mark Ruiz")]


def test_he_said_right_after_a_named_speaker_is_that_speaker():
    """However often the article names the defendant, "He said" right after "said prosecutor
    Paul Grant" is the prosecutor."""
    got = kinds_and_speakers(
        "Former mayor Tom Walsh was sentenced on Monday. Walsh took bribes for years, the jury "
        "found. Walsh showed no remorse, said prosecutor Paul Grant. He said the sentence was "
        "fair.\n")
    assert got[-2:] == [(A, "Paul Grant"), (A, "Paul Grant")]


def test_bare_prosecutors_are_a_group_and_both_is_no_name():
    got = kinds_and_speakers(
        "Both Walsh and Burke addressed the court. Walsh said he was sorry.\n"
        "During the trial, prosecutors said the two men hid the money.\n"
        "Prosecutors said more charges could follow.\n")
    assert got[1:] == [(A, "Walsh"), (A, "prosecutors"), (A, "Prosecutors")]


def test_a_coach_who_talked_about_the_game_and_his_quotes_by_surname():
    got = kinds_and_speakers(
        "Rangers coach Dale Hunter on Sunday talked about the team's overtime loss.\n"
        "Highlights from Hunter:\n"
        'Hunter: "We gave away two points tonight."\n'
        "The two captains talked for an hour after the game.\n")
    assert got[0] == (A, "Dale Hunter") and got[2] == (A, "Dale Hunter")
    assert got[3][0] == U
