"""English deal round-ups from the wires: shapes of blind probe set E18, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_speakers_vague

A, U, F = "attributed", "unattributed", "filler"


def test_wire_time_stamps_editor_notes_and_round_up_openers_are_furniture():
    got = kinds_speakers_vague(
        "March 3, 2019 / 4:15 PM / 5 years ago\n\n"
        "(Adds Norbank, Keller Foods; updates Vesta)\n\n"
        "(Updates with details of the offer)\n\n"
        "March 3 (Reuters) - The following bids and disposals were reported by 1800 GMT on "
        "Sunday:\n\n"
        "** Norbank said it would buy Keller Foods for $2 billion.\n")
    assert got == [(F, None, False)] * 4 + [(A, "Norbank", False)]


def test_people_familiar_with_the_matter_are_a_vague_source_after_according_to():
    got = kinds_speakers_vague(
        "Vesta is exploring a sale of its stake, according to people familiar with the matter.\n"
        "Vesta is exploring a sale, according to officials close to the talks.\n")
    assert got == [(U, None, True), (U, None, True)]


def test_he_after_a_company_role_and_name_is_the_person_not_the_company():
    got = kinds_speakers_vague(
        "Keller Foods (KF) chairman Pieter de Vries is open to offers for the unit, he said.\n"
        "Norbank chief executive Tomas Lind is keen on the deal, he said.\n")
    assert [speaker for _, speaker, _ in got] == ["Pieter de Vries", "Tomas Lind"]


def test_a_name_with_two_particles_and_its_later_mention():
    got = kinds_speakers_vague(
        "The bid was signed, said Maria van der Berg.\n"
        "Later, van der Berg said it was final.\n")
    assert [speaker for _, speaker, _ in got] == ["Maria van der Berg"] * 2
