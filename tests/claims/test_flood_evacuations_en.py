"""English news of flood evacuations: shapes of blind probe set E57, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_headlines_verb_in_capitals_ends_a_name_and_its_role_is_the_person_named_later():
    got = kinds_and_speakers(
        "Ohio Governor Reiterates Call to Leave as River Rises\n\n"
        "Governor Dana Price said residents near the river should leave tonight.\n")
    assert got == [(A, "Dana Price")] * 2


def test_a_role_alone_after_a_headlines_colon():
    got = kinds_and_speakers(
        "Flooding on the coast: Mayor tells thousands to leave\n\n"
        "Mayor Tom Hale said the shelters were open.\n")
    assert got == [(A, "Tom Hale")] * 2


def test_a_warning_with_its_day_before_whom_it_was_for():
    got = kinds_and_speakers("The sheriff had a stark warning Sunday for campers: Leave.\n")
    assert got[0][0] == A
