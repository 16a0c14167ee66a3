"""English news of power outages: shapes of blind probe set E82, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_revealing_that_hangs_a_report_off_the_clause():
    got = kinds_and_speakers("At a council meeting, officials gave an overview of the storm, "
                             "revealing that 20,000 homes lost power.\n\nThe company unveiled "
                             "its new van, revealing its logo.\n")
    assert got == [(A, "officials"), (U, None)]


def test_advice_to_people_to_do_something_is_said():
    got = kinds_and_speakers("Utility spokesman Tom Reyes said crews were out.\n\nReyes advised "
                             "people to report outages by calling the hotline.\n")
    assert got == [(A, "Tom Reyes"), (A, "Tom Reyes")]


def test_generic_commentary_on_outages_is_filler():
    sentences = run(
        "A storm cut power to 9,000 homes on Saturday.\n\n"
        "Utility companies typically mobilize repair crews rapidly during large outages.\n\n"
        "Such unexpected power losses can create significant challenges for families.\n\n"
        "This underscores the dangers faced by line workers.\n\n"
        "Keep your family and pets away from any downed lines.\n\n"
        "Crews restored 6,000 homes by Sunday.\n")
    assert [s.kind for s in sentences] == [U, F, F, F, F, U]
