"""English gas price reports (probe set E130): "AAA said" is the club, not the longer name of
its report ("AAA Fuel Gauge Report") written before; "The AAA Fuel Gauge Survey shows" is the
survey named so, not "AAA Fuel Gauge"."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_body_is_not_the_report_named_after_it():
    got = kinds_and_speakers(
        "Prices rose this week, according to the latest AAA Fuel Gauge Report.\n\n"
        "Prices have been flat for two weeks, AAA said.\n\n"
        "The AAA Fuel Gauge Survey shows that regular gas costs $3.16 a gallon.\n")
    assert got == [(A, "AAA Fuel Gauge Report"), (A, "AAA"), (A, "AAA Fuel Gauge Survey")]
