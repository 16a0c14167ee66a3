"""English news of doping bans: shapes of blind probe set E79, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_document_reads():
    got = kinds_and_speakers("The league released a statement on Monday. The statement further "
                             "reads that the sprinter may ask for a hearing.\n")
    assert got == [(A, "league"), (A, "statement")]


def test_a_greeting_line_and_a_date_with_the_day_first_leave_the_headline_its_place():
    sentences = run("02/03/2021 9:15 am Welcome to trackfans.com - NEWS\n\nTuesday 2, Mar 2021\n\n"
                    "Canadian Sprinter Banned For Four Years\n\nThe sprinter was banned on Monday.\n")
    assert [(s.kind, s.rule) for s in sentences[:3]] == [
        (F, "filler:furniture"), (F, "filler:furniture"), (U, "unattributed:headline")]


def test_a_case_title_with_versus_over_a_decision_is_a_heading():
    sentences = run("USADA 2023 USADA vs Carl Dunn\n\nThe panel banned the runner on Friday.\n")
    assert (sentences[0].kind, sentences[0].rule) == (F, "filler:heading")


def test_teasers_of_other_stories_cut_off_are_filler():
    sentences = run("The cyclist will appeal.\n\nLONDON: Pep Guardiola takes his side back to "
                    "Bournemouth in the quarter-finals on Sunday hoping to...\n")
    assert (sentences[1].kind, sentences[1].rule) == (F, "filler:teaser")
