"""English volcano alerts (probe set E109): where a source said it between the source and its
verb ("Officials in a release say", "The ministry in a statement said"), a named person at a body
("Geophysicist Rick Wessels at the Alaska Volcano Observatory said"), "X says that according to
Y" (X's), and a page's foot: a wire's credit, a box of more articles, a video's slot, a member
drive and a photo's credit."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_where_a_source_said_it_and_a_person_at_a_body():
    got = kinds_and_speakers(
        "Officials in a release say earthquake activity has been rising at the volcano.\n\n"
        "While a significant change, they say an eruption is not certain.\n\n"
        "The ministry in a statement said the roads would stay open.\n\n"
        "Maria Lund at the Northern Volcano Observatory said Monday no ash was "
        "seen.\n")
    assert got == [(A, "Officials"), (A, "Officials"), (A, "The ministry"), (A, "Maria Lund")]


def test_says_that_according_to_is_the_first_speakers():
    got = kinds_and_speakers("Maria Lund says that according to an observatory seismologist, "
                             "this is the fortieth explosion since 2011.\n")
    assert got == [(A, "Maria Lund")]


def test_a_pages_foot():
    got = kinds_and_speakers(
        "NOAA via Reuters, file\n\n"
        "The volcano erupted on Monday.\n\n"
        "Video: Mount Etna erupts (on this page)\n\n"
        "The Associated Press contributed to this report.\n\n"
        "Support great content like this by becoming a member.\n\n"
        "Sign Up\n\n"
        "Here are more articles you may enjoy.\n\n"
        "State Attorney General Announces $120M Settlement With Chemical Maker\n")
    assert got == [(F, None), (U, None)] + [(F, None)] * 6
