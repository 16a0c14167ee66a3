"""English reports of monthly jobs figures: "..., Labor Department data showed on Friday" with
the day after the verb, a title-case "Monthly Jobs Report Reveals" that names no report,
sentences run together with no space after their full stop ("... lower.The report said"), and
a report's author written after a clause's opening word ("While the Labor Department released a
report") (probe set E106, jobs reports)."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_data_showed_on_a_day():
    got = kinds_and_speakers(
        "Employers added 200,000 jobs in May, Labor Department data showed on Friday.\n")
    assert got[0][0] == A and "Labor Department" in got[0][1]


def test_a_monthly_report_in_a_headline_is_unnamed():
    assert kinds_speakers_vague("Monthly Jobs Report Reveals Slight Uptick in Unemployment\n") == [
        (U, None, True)]


def test_sentences_run_together_and_the_author_after_an_opening_word():
    got = kinds_and_speakers(
        "While the Labor Department released a report on Friday showing slower hiring, the "
        "report also showed lower unemployment.The closely watched report said payrolls rose by "
        "143,000.Economists had expected more.\n")
    assert len(got) == 3
    assert got[1] == (A, "Labor Department")
