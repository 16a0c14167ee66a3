"""English reports of studies: a title-case headline's "New Study Shows" names no study, as "a
new study shows" does not in running text, where a study named by its authors or its journal
does (probe set E103, research findings)."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_a_headlines_new_study_is_unnamed():
    for headline in ("New Study Shows Over 10% of Retirees Skip Breakfast\n",
                     "Latest Poll Finds Mayor Ahead By Two Points\n"):
        assert kinds_speakers_vague(headline) == [(U, None, True)]


def test_a_study_named_by_its_authors_still_speaks():
    got = kinds_and_speakers(
        "The Harvard Nutrition Study found that retirees skip breakfast more often.\n")
    assert got[0][0] == A
