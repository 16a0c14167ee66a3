"""English business and health news: shapes of a sixth blind English probe set (earnings calls,
analysts' notes, a study's authors, a regulator's spokesman), written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"


def test_a_clause_between_dashes_stands_between_the_company_and_its_verb():
    got = kinds_and_speakers(
        "Acme Robotics - which builds warehouse arms, some of which run on solar power - said it "
        "expected sales of $2 billion.\n"
        "According to the Harbor Institute survey — which polled 900 firms — the sector is "
        "growing.\n")
    assert got == [(A, "Acme Robotics"), (A, "Harbor Institute")]  # the body behind its survey


def test_naming_in_quoted_words_after_referred_to_and_a_participle():
    got = kinds_and_speakers(
        'Bank analyst Maria Lind referred to the merger as "a gamble" and "a distraction."\n'
        'The founder Tom Reyes seemed annoyed by the questions, calling them "pointless" twice.\n'
        "The union rejected the offer, calling for new talks next week.\n")
    assert got == [(A, "Maria Lind"), (A, "Tom Reyes"), (U, None)]


def test_one_analyst_is_an_unnamed_source():
    [claim] = run('Shares fell after a call that one analyst described as "a disaster."\n')
    assert (claim.kind, claim.speaker, claim.vague_source) == (U, None, True)


def test_a_study_s_authors_speak_and_the_authors_of_a_report_need_a_verb():
    got = kinds_and_speakers(
        "The study’s authors noted that the samples were small.\n"
        "The authors of the report, which include two charities, combed through the filings of "
        "500 firms.\n")
    assert got == [(A, "study’s authors"), (U, None)]
