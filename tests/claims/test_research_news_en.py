"""English research news from universities: shapes of blind probe set E19, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_study_by_a_body_whose_name_has_small_words():
    got = kinds_and_speakers(
        "Sleep loss raises the risk of falls, according to a new study by the University of "
        "Leeds.\n"
        "Older drivers brake later, according to a new study by the University of Otago's "
        "School of Medicine, the oldest in the country.\n")
    assert got == [(A, "University of Leeds"), (A, "University of Otago's School of Medicine")]


def test_a_headline_that_asks_how_names_no_source():
    got = kinds_and_speakers(
        "How new research from Leeds shows its labs are growing\n"
        "The university opened two labs in 2022.\n")
    assert got == [(U, None), (U, None)]


def test_picture_labels_and_pointers_to_what_follows_are_filler():
    got = kinds_and_speakers(
        "IMAGE:\n\n"
        "The team studied 400 drivers in 2023.\n\n"
        "From sleep to driving, take a look at some of the research coming out of Leeds.\n\n"
        "Here’s a look at some of the studies published in the last few months.\n")
    assert got == [(F, None), (U, None), (F, None), (F, None)]
