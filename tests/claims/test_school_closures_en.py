"""English notices of school closures: shapes of blind probe set E44, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_telling_someone_that_and_a_finding_the_district_announces():
    got = kinds_and_speakers(
        "The Hillside school board notified families by text and email that classes will be "
        "cancelled.\n"
        "The Hillside school board has determined that the roads are unsafe.\n"
        "The mayor informed the council of the plan.\n"
        "The board determined to close the schools.\n")
    assert [kind for kind, _ in got] == [A, A, U, U]


def test_a_request_to_the_reader_is_filler():
    got = kinds_and_speakers(
        "Classes will resume on Monday.\n"
        "Please stay safe and warm.\n")
    assert got == [(U, None), (F, None)]
