"""Arabic news of earthquakes: shapes of blind probe set 90, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_speakers_vague, run

U = "unattributed"


def test_reports_right_before_that_are_a_vague_subject_not_an_object():
    got = kinds_speakers_vague("وقال المرصد إن الهزة خفيفة.\n\nوأضافت تقارير إخبارية أن هزات "
                               "ارتدادية سجلت في المدن.\n")
    assert got[1] == (U, None, True)


def test_an_empty_box_of_related_stories_is_furniture():
    sentences = run("ضرب زلزال المنطقة اليوم.\n\nNo stories found.\n")
    assert sentences[1].rule == "filler:furniture"
