"""English press briefings printed as transcripts: shapes of blind probe set E89, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"

BRIEFING = (
    "Press Briefing by Ministry Spokesperson Jane Q. Doe in the Briefing Room\n\n"
    "JANE DOE:  Good afternoon, everyone.\n\n"
    "Last night two aid workers were injured near the border. We extend our sympathies.\n\n"
    "The ministry has sent 40 trucks of water so far.\n\n"
    "Q: Are you sending more troops to the border?\n\n"
    "MS. DOE: No. There is no such plan.\n\n"
    "(CROSSTALK)\n\n"
    "Q: Lawmakers say the plan is ready. What is your response?\n\n"
    "MS. DOE: My response is that they are wrong.\n")


def test_a_speakers_turn_runs_over_the_paragraphs_after_her_label():
    got = kinds_and_speakers(BRIEFING)
    assert got[1:5] == [(A, "Jane Q. Doe")] * 4


def test_a_reporters_question_ends_the_turn_and_is_no_ones_named_words():
    sentences = run(BRIEFING)
    question = next(s for s in sentences if s.text.startswith("Q: Are you"))
    assert question.speaker is None
    answers = [s for s in sentences if s.text.startswith(("MS. DOE", "There is no"))]
    assert [(s.kind, s.speaker) for s in answers] == [(A, "Jane Q. Doe")] * 3
    crosstalk = next(s for s in sentences if s.text == "(CROSSTALK)")
    assert crosstalk.kind == F


def test_a_secretarys_abbreviated_title_does_not_end_the_sentence():
    texts = [s.text for s in run("Q: Why?\n\nSEC. MORALES: Because the plan is ready.\n")]
    assert texts == ["Q: Why?", "SEC. MORALES: Because the plan is ready."]


def test_a_place_in_capitals_before_a_colon_is_a_dateline_not_a_turn():
    got = kinds_and_speakers(
        "Dust storm sweeps Kuwait\n\n"
        "KUWAIT: Thick dust prevailed across the country, said forecaster Ali Saleh.\n\n"
        "The ministry urged drivers to slow down.\n\n"
        "The storm will ease by Friday.\n")
    assert [kind for kind, _ in got[1:]] == [A, A, U]
