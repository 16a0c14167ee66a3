"""Arabic statements from the UAE press: shapes of blind probe set 104, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import run

F = "filler"


def test_a_place_and_a_paper_in_brackets_is_a_dateline():
    sentences = run("أبوظبي (الاتحاد)\nأكد الوزير أن المسيرة تتواصل.\n")
    assert (sentences[0].kind, sentences[0].rule) == (F, "filler:dateline")
