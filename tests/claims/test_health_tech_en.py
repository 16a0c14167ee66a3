"""English news from health agencies' briefings and technology companies' layoffs: shapes of a
ninth blind English probe set, written here in our own sentences. The probe texts are not in
the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_transcript_gives_each_paragraph_to_the_speaker_named_before_the_colon():
    got = kinds_and_speakers(
        "Linda Hartley: Good morning. You are joining the agency's weekly briefing.\n"
        "\n"
        "MARK OSEI: Thank you, Linda. The outbreak has reached four counties. We expect more "
        "cases next week.\n"
        "\n"
        "The briefing ended at noon.\n")
    assert got == [(A, "Linda Hartley"), (A, "Linda Hartley"), (A, "Mark Osei"),
                   (A, "Mark Osei"), (A, "Mark Osei"), (U, None)]


def test_a_heading_before_a_colon_is_no_speaker():
    got = [kind for kind, _ in kinds_and_speakers(
        "Breaking News: A fire closed the hospital's east wing on Monday.\n"
        "Editor's Note: The figures were corrected on Tuesday.\n")]
    assert A not in got


def test_leadership_or_management_after_a_quotation_is_the_source():
    got = kinds_and_speakers(
        "The startup cut a fifth of its staff to “stay lean,” leadership wrote in a memo.\n"
        "“The decision was painful,” management said.\n"
        "Crisis management is a growing field.\n")
    assert got == [(A, "leadership"), (A, "management"), (U, None)]


def test_outlining_reasons_or_plans_is_a_report_and_outlining_a_route_is_not():
    got = kinds_and_speakers(
        "In a letter to staff, CEO Dana Whitfield outlined three reasons for the cuts.\n"
        "Whitfield outlined the new office layout on a whiteboard.\n")
    assert got == [(A, "Dana Whitfield"), (U, None)]


def test_according_to_a_web_address_keeps_the_whole_address():
    got = kinds_and_speakers(
        "Tech firms cut 9,000 jobs in May, according to the tracker jobcuts.info.\n")
    assert got == [(A, "jobcuts.info")]
