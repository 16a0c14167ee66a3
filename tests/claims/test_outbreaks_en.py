"""English disease outbreaks and health departments: shapes of blind probe set E17, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_report_coordinated_after_another_verb_phrase():
    got = kinds_and_speakers(
        "In response, county health officials have opened two clinics and are urging parents "
        "to vaccinate.\n"
        "With new cases rising, state health authorities are stepping up testing and urging "
        "people to stay home.\n"
        "The team walked in and saying hello was hard.\n")
    assert got == [(A, "county health officials"), (A, "state health authorities"), (U, None)]


def test_an_opening_word_is_never_the_source():
    got = kinds_and_speakers(
        "With confirmed cases rising, the clinic reopened.\n"
        "As reported cases fell, schools opened again.\n")
    assert got == [(U, None), (U, None)]


def test_a_title_case_headline_with_a_plural_subject():
    got = kinds_and_speakers(
        "Health Officials Confirm First 3 Cases of Measles in Pike County\n"
        "The cases were found on Monday.\n")
    assert got[0][0] == A


def test_contact_lines_and_comment_boxes_are_furniture():
    got = kinds_and_speakers(
        "Three more people tested positive on Friday, officials said.\n"
        "For more information, contact the Public Health Department on 555-0199.\n"
        "For advice on mosquito control, call the county office on 555-0142.\n"
        "No comments:\n"
        "Post a Comment\n")
    assert got == [(A, "officials")] + [(F, None)] * 4
