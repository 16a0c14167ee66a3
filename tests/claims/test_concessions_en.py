"""English news of election concessions: shapes of blind probe set E64, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_the_first_to_say_is_the_one_who_said():
    got = kinds_and_speakers("Maria Lopez won the seat.\n\nLopez was first to say her rival had "
                             "conceded.\n")
    assert got[1] == (A, "Maria Lopez")


def test_and_on_a_day_called_someone_a_quoted_name():
    got = kinds_and_speakers('Governor Dale Ames campaigned for Reed last week, and on Monday '
                             'called Reed a "fighter" at a rally.\n')
    assert got == [(A, "Dale Ames")]


def test_a_posted_time_a_courtesy_photo_and_closed_comments_are_furniture():
    got = kinds_and_speakers("Posted at 1:16 PM, Nov 07, 2014\n\nReed conceded the race.\n\n"
                             "Ana Reed, Republican Party (Courtesy Photo)\n\nComments are closed.\n")
    assert [got[0], got[2], got[3]] == [(F, None)] * 3
