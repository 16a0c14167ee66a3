"""English wildfire evacuations: shapes of blind probe set E15, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_officials_said_at_the_end_is_a_group_as_it_is_at_the_start():
    got = kinds_and_speakers(
        "Officials said the highway would stay closed.\n"
        "While the wind has eased, more people have left the valley, officials said.\n"
        "The road reopened at noon, officials said Monday.\n")
    assert got == [(A, "Officials"), (A, "officials"), (A, "officials")]


def test_figures_from_a_body_that_show_something_are_the_body_s():
    got = kinds_and_speakers(
        "More than 2,000 firefighters remained on the lines, the latest data from Cal Fire "
        "showed.\n"
        "The latest figures from the Bureau of Land Management show the fire grew.\n"
        "A new study shows smoke travels far.\n")
    assert got == [(A, "Cal Fire"), (A, "Bureau of Land Management"), (U, None)]


def test_a_wire_photo_caption_and_a_courtesy_line_are_furniture():
    got = kinds_and_speakers(
        "In this photo taken on Friday, Aug. 4, 2023, a barn burns near Paso Robles, Calif.\n"
        "Photo courtesy Cal Fire/Facebook |\n"
        "The fire grew to 9,000 acres on Saturday.\n")
    assert got == [(F, None), (F, None), (U, None)]
