"""English news of football managers' press conferences: shapes of blind probe set E51, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_lead_in_to_the_press_that_ends_in_a_colon_and_the_quotation_after_it():
    got = kinds_and_speakers(
        "Pre-Season Media Conference\n\n"
        "The head coach spoke to the media on Friday and began with the team news:\n\n"
        "“Sadly, Marco will miss the next two games.\n\n"
        "“He felt his knee in training. It is not serious.\n")
    assert got[1:] == [(A, "head coach")] * 4


def test_a_particle_ten_inside_a_dutch_name():
    got = kinds_and_speakers("Ajax coach Pieter ten Brink said the squad was ready.\n")
    assert got == [(A, "Pieter ten Brink")]


def test_who_began_by_saying_is_who_said_it():
    got = kinds_and_speakers(
        "Coach Maria Lopez spoke after the game.\n\n"
        "And the coach began her answer by saying, “We were not at our best today.”\n")
    assert got[1] == (A, "Maria Lopez")


def test_hopeful_of_a_return_and_but_said():
    got = kinds_and_speakers(
        "Manager Tom Reid is hopeful Sam Cole will be fit for Saturday.\n\n"
        "Reid was unable to say how long Cole would be out but said the scan was clear.\n")
    assert got == [(A, "Tom Reid")] * 2


def test_an_age_epithet_is_the_person_named_before():
    got = kinds_and_speakers(
        "“We need a win,” coach Anna Berg told reporters.\n\n"
        "“It will be tough,” the 47-year-old Swede said.\n")
    assert got == [(A, "Anna Berg")] * 2


def test_a_key_lines_list_and_a_caption_ending_in_its_credit():
    got = kinds_and_speakers(
        "Here are the key lines from his news conference:\n\n"
        "City manager Paul Dean (Photo: Reuters)\n")
    assert got == [(F, None), (F, None)]
