"""English wire reports of wildfires: shapes of blind probe set E36, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_post_signed_on_the_line_under_it_and_a_signature_of_tags_alone():
    got = kinds_and_speakers(
        "Crews are holding the line near the river. #RiverFire pic.twitter.com/AbC123 — Valley "
        "Fire District (@ValleyFD) August 2, 2021\n\n"
        "Roads north of town are closed.\n\n"
        "Six engines heading to the ridge #RiverFire pic.twitter.com/Xy9Z\n"
        "— Dana Morrow (@danamorrow) August 2, 2021\n\n"
        "#RiverFire #ValleyFD pic.twitter.com/Qw12 — Valley Fire District (@ValleyFD) "
        "August 2, 2021\n")
    assert got == [(A, "Valley Fire District"), (F, None), (U, None), (A, "Dana Morrow"),
                   (F, None), (F, None)]


def test_what_an_unnamed_official_of_a_body_said_is_vague():
    got = kinds_and_speakers(
        "The blaze destroyed what a state forestry official said was about 900 homes.\n"
        "The sheriff said the roads were jammed.\n")
    assert got == [(U, None), (A, "sheriff")]


def test_a_paper_named_with_the_word_newspaper():
    got = kinds_and_speakers(
        "One family slept in their car, the Valley Courier newspaper reported.\n")
    assert got == [(A, "Valley Courier")]


def test_a_quotation_opened_with_the_closing_mark_goes_on():
    got = kinds_and_speakers(
        "“It is chaos out there,” Officer Ana Ruiz of the Highway Patrol said. ”Everyone is "
        "trying to leave at once and the roads are full.”\n")
    assert got == [(A, "Ana Ruiz"), (A, "Ana Ruiz")]


def test_a_time_between_the_verb_and_that():
    got = kinds_and_speakers(
        "The monitoring site AirWatch reported shortly before 5 p.m. that the air was unhealthy.\n")
    assert got == [(A, "AirWatch")]


def test_a_note_for_phone_readers_and_an_invitation_to_a_map():
    got = kinds_and_speakers(
        "CLICK HERE if you are having a problem viewing the photos on a mobile device\n"
        "View a map of the evacuation zones near the ridge.\n"
        "The fire burned 2,000 acres by Friday.\n")
    assert got == [(F, None), (F, None), (U, None)]
