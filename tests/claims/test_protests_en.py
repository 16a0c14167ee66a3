"""English news of protests and crowd counts: shapes of blind probe set E39, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_surname_that_is_also_an_adverb():
    got = kinds_and_speakers(
        "“The crowd was calm,” said Anna Still, a professor of crowd science.\n"
        "Based on photos, Still estimates there were two people per square meter.\n"
        "The square holds 10,000 people, Still said.\n"
        "Still, the police said the count was too high.\n")
    assert got == [(A, "Anna Still"), (A, "Anna Still"), (A, "Anna Still"), (A, "police")]


def test_a_quotation_an_unnamed_person_gave_and_an_ellipsis_inside_a_quotation():
    got = kinds_and_speakers(
        "Police said 20,000 people marched.\n"
        "\"We are here to be heard. Nobody listens to us,\" a man at the rally, who did not give "
        "his name, told a radio station.\n"
        "''We need to stand together. ... We will be back,'' said Mara Lee.\n")
    assert [kind for kind, _ in got] == [A, U, A, F, A]


def test_a_sentence_that_lost_its_full_stop_is_no_heading():
    got = kinds_and_speakers(
        "Hundreds marched downtown on Saturday.\n"
        "There was no visible police presence in the park\n"
        "There are no comments - be the first to comment\n")
    assert got == [(U, None), (U, None), (F, None)]
