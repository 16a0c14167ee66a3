"""English reports of ships run aground: shapes of blind probe set E46, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_crew_reports_and_an_aircraft_is_no_fuller_name_of_its_service():
    got = kinds_and_speakers(
        "The ship’s crew reported there were 300 tons of grain aboard.\n"
        "The Coast Guard said an HC-130 plane was on its way.\n"
        "A Coast Guard HC-130 Hercules plane circled the ship.\n"
        "The ship carried grain, according to the Coast Guard.\n")
    assert got[0] == (A, "ship’s crew")
    assert got[1] == got[3] == (A, "Coast Guard")
