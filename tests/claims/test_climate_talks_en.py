"""English news of climate talks: shapes of blind probe set E71, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U, F = "attributed", "unattributed", "filler"


def test_the_unnamed_official_again_is_still_unnamed():
    got = kinds_speakers_vague(
        "GENEVA — The text is due within hours, a Swiss official said on Saturday.\n\n"
        "The minister aims to present it at noon, the Swiss official said.\n\n"
        "Tom Reyes, a city official, said the hall was full. “It is,” the official added.\n")
    assert got == [(U, None, True), (U, None, True), (A, "Tom Reyes", False),
                   (A, "Tom Reyes", False)]


def test_a_source_who_may_not_speak_publicly_is_unnamed():
    got = kinds_speakers_vague("“We are close,” said the negotiator, who was not authorized to "
                               "speak publicly.\n")
    assert got == [(U, None, True)]


def test_a_role_at_an_event_is_the_subject_not_the_event():
    got = kinds_and_speakers("Brazil's chief negotiator at the climate talks said that the deal "
                             "must be binding.\n")
    assert got == [(A, "Brazil's chief negotiator")]


def test_a_comparison_or_a_companion_or_an_office_is_no_subject():
    got = kinds_and_speakers(
        "That is later than Ms Dale had predicted.\n\n"
        "Delegates leaving a meeting with the Dutch foreign minister expressed hope.\n\n"
        "An aide in the office of Prime Minister Anna Berg told reporters the vote was set.\n")
    assert [k for k, _ in got] == [U, U, U]


def test_a_name_in_capitals_over_a_dateline_is_no_person():
    got = kinds_and_speakers("LA PAZ, Bolivia — The talks resumed on Monday, the Bolivian "
                             "official said.\n")
    assert got == [(A, "Bolivian official")]


def test_a_treaty_or_the_rest_of_a_title_is_no_person():
    got = kinds_and_speakers(
        "“It is good news,” said Lin Ho, the chief negotiator.\n\n"
        "The accord follows the Kyoto Protocol and the Framework Convention on Climate Change.\n\n"
        "He added that divergences remained.\n")
    assert got[2] == (A, "Lin Ho")


def test_organizers_of_an_event_say():
    assert kinds_and_speakers("A draft was reached on Sunday, summit organizers say.\n") == [
        (A, "summit organizers")]


def test_an_event_weighed_as_a_turning_point_is_filler():
    assert kinds_and_speakers("The agreement marks a historic turning point for the region.\n") \
        == [(F, None)]
