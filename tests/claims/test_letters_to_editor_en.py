"""English letters to the editor: the writer's calls on the readers, the letters page's rules,
its breadcrumb of sections and a loosely spaced date are filler; a passive in a relative clause
after a noun phrase is no one's report (probe set E102, letters to the editor)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_letters_page_rules_breadcrumb_and_date_are_filler():
    got = kinds_and_speakers(
        "Monday,  May 6 , 2024\n\n"
        "News / Opinion / Letters to the Editor\n\n"
        "The county closed two libraries last year.\n\n"
        "Today more than ever we need leaders who read.\n\n"
        "Maybe we all need to ask this question of ourselves.\n\n"
        "Letters to the editor are subject to editing for brevity.\n\n"
        "Limit letters to 250 words and allow 30 days between submissions.\n\n"
        "Send Us a Letter\n")
    assert [k for k, _ in got] == [F, F, U, F, F, F, F, F]


def test_a_passive_in_a_relative_clause_is_no_report():
    got = kinds_and_speakers(
        "Now we are investigating the mayor of the city who is accused of taking bribes.\n"
        "The mayor of the city, who faces trial, said he is innocent.\n")
    assert got[0] == (U, None)
    assert got[1][0] == A
