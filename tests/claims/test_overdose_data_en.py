"""English reports of overdose data (probe set E113): what a body's released figures show is
its report ("released preliminary data on Wednesday, showing that"; "issued nationwide alerts
identifying"), increases in deaths reported are a report, an institution's name runs on over
"and" ("Centers for Disease Control and Prevention"), a question glued to its answer is split
("this topic?In 2015"), and the banner over a United States government page is furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_released_figures_and_alerts_and_reported_increases():
    got = kinds_and_speakers(
        "The state health office released preliminary data on Wednesday, showing that 912 "
        "people died of overdoses.\n\n"
        "In 2015, the health office issued nationwide alerts identifying the drug as a threat.\n\n"
        "Police have reported increases in overdose deaths.\n\n"
        "The band released a new album showing its range.\n")
    assert [k for k, _ in got] == [A, A, A, U]


def test_an_institutions_name_over_and():
    got = kinds_and_speakers(
        "Deaths rose in 2019, according to the Centers for Disease Control and Prevention.\n\n"
        "The CDC notes that the data are provisional.\n")
    assert got == [(A, "Centers for Disease Control and Prevention")] * 2


def test_a_glued_question_and_a_government_banner():
    got = kinds_and_speakers("An official website of the United States government\n\n"
                             "Here’s how you know\n\n"
                             "Official websites use .gov\n\n"
                             "What is known about this topic?In 2015, overdoses rose.\n")
    assert got == [(F, None)] * 4 + [(U, None)]
