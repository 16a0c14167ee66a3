"""English reports of sentencing hearings: shapes of blind probe set E42, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_lawyers_argue_and_prosecutors_stress_as_groups():
    got = kinds_and_speakers(
        "Defense attorneys argued before Judge Ann Moreau that a shorter term was fair.\n"
        "Prosecutors are seeking prison time, stressing that the mayor showed no remorse.\n"
        "The mayor began by emphasizing his years of service.\n")
    assert got == [(A, "Defense attorneys"), (A, "Prosecutors"), (U, None)]


def test_a_finding_with_an_adverb_before_that_and_testimony_without_words():
    got = kinds_and_speakers(
        "A jury found unanimously that the mayor took the bribes.\n"
        "The contractor, Leon Varga, testified against the mayor at trial.\n"
        "Leon Varga testified that he paid the mayor in cash.\n")
    assert [kind for kind, _ in got] == [A, U, A]
    assert got[2][1] == "Leon Varga"


def test_a_dateline_a_blogs_byline_page_tools_and_an_update_label():
    got = kinds_and_speakers(
        "Posted by on Mar 3, 2012 in Law, Politics | 2 comments\n\n"
        "Former mayor sentenced to four years\n\n"
        "Xinhua, March 3, 2012 Adjust font size:\n\n"
        "Dayton, Ohio. – The former mayor was sentenced on Friday.\n\n"
        "Springfield, Ill.\n\n"
        "UPDATED: County prosecutors argued that the mayor should go to prison today.\n\n"
        "To watch the hearing, click here.\n\n"
        "Endit\n")
    assert got == [(F, None), (U, None), (F, None), (F, None), (U, None), (F, None),
                   (A, "County prosecutors"), (F, None), (F, None)]
