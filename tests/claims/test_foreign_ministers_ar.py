"""Arabic foreign ministers' meetings: shapes of blind probe set 34, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_kicker_that_sets_the_scene_is_no_headline():
    got = kinds_and_speakers(
        "على هامش القمة العربية في المنامة\n\n"
        "وزير الخارجية يبحث مع نظيره العماني تعزيز التعاون\n\n"
        "التقى وزير الخارجية نظيره العماني اليوم في المنامة.\n")
    assert got == [(F, None), (U, None), (U, None)]
