"""English reports of zoo animals' deaths (probe set E116): "X is deeply saddened / pleased /
proud to announce" is X's announcement; a forum's frame ("Join our zoo community", "Discussion
in '...' started by RSS, 23 Aug 2014.", "More...") is furniture, so the headline under it is one."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_saddened_to_announce():
    got = kinds_and_speakers("Lakeview Zoo is deeply saddened to announce the death of a male "
                             "giraffe.\n\nThe company is pleased to announce a new product.\n")
    assert got == [(A, "Lakeview Zoo"), (A, "Lakeview Zoo")]  # "the company": the body named


def test_a_forums_frame():
    got = kinds_and_speakers("Join our zoo community\n\nLakeview Zoo matriarch elephant euthanized\n\n"
                             "Discussion in 'Yahoo News: Zoos' started by RSS, 23 Aug 2014.\n\n"
                             "Zoo officials had to euthanize the elephant on Friday.\n\nMore...\n")
    assert got == [(F, None), (U, None), (F, None), (U, None), (F, None)]
