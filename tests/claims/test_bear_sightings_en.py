"""English news of bears seen in towns: shapes of blind probe set E55, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_family_name_that_is_also_a_time_zone():
    got = kinds_and_speakers(
        "Ranger Lisa Pacific said the trail would reopen.\n\n"
        "Pacific says the bear was last seen near the river.\n")
    assert got == [(A, "Lisa Pacific")] * 2


def test_people_of_a_place_unnamed_are_no_person():
    got = kinds_and_speakers("Villagers tell the paper that the wolves came at night.\n")
    assert got == [(U, None)]


def test_cautioning_residents_before_what_they_should_know():
    got = kinds_and_speakers(
        "The county sheriff's office is cautioning residents to be aware that bears are active.\n")
    assert got[0][0] == A


def test_quoted_words_that_are_how_someone_described_it():
    got = kinds_and_speakers(
        "“Terrifying but beautiful” is how hiker Omar Reyes described the encounter.\n")
    assert got == [(A, "Omar Reyes")]
