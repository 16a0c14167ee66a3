"""English reports of scrubbed rocket launches: a given name that is also a word no name holds
("Bill Nelson"), "the NASA boss" for its chief, a craft or a launch system that is no "he",
an agency's acronym that is no person, a rocket's model number that is no part of its maker's
name, and a wire photo's dated caption (probe set E99, space launches)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_bill_is_a_given_name_first_and_the_boss_is_the_chief():
    got = kinds_and_speakers(
        "NASA chief Bill Nelson visited the launch pad on Monday.\n\n"
        "“The fifth try was a flawless mission,” the NASA boss said.\n\n"
        "The Senate passed the Education Bill on Monday.\n")
    assert got == [(U, None), (A, "Bill Nelson"), (U, None)]


def test_he_after_an_agency_and_a_space_shuttle_is_the_man_named():
    got = kinds_and_speakers(
        "“We don’t launch until it’s right,” Ray Dalton said.\n\n"
        "The countdown stopped as the Space Launch System rocket awaited liftoff.\n\n"
        "NASA did not give a new date but said its backup window opens on Friday.\n\n"
        "In announcing the delay, Dalton recalled his years aboard the Space Shuttle program.\n\n"
        "“We scrubbed four times on the pad,” he said.\n")
    assert got[2] == (A, "NASA")
    assert got[4] == (A, "Ray Dalton")


def test_a_rockets_model_number_is_no_part_of_its_makers_name():
    got = kinds_and_speakers(
        "A Skyward Falcon 9 rocket stood on the pad on Saturday.\n\n"
        "A spokesman for Skyward told reporters that engineers found a leak.\n")
    assert got[1] == (A, "Skyward")


def test_a_wire_photos_dated_caption_is_filler():
    got = kinds_and_speakers(
        "A cargo rocket stands at the launch pad in Cape Canaveral, Fla., Feb. 18, 2017.\n\n"
        "The launch was moved to Sunday, Feb. 19, 2017.\n")
    assert got == [(F, None), (U, None)]
