"""Arabic news of water utilities: shapes of blind probe set 81, written here in our own
sentences. The probe texts are not in the repository."""
from pathlib import Path

from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"
RESOURCES = Path(__file__).resolve().parents[2] / "claims" / "resources"


def test_a_local_body_named_by_its_place_and_second_field():
    got = kinds_and_speakers(
        "أعلنت شركة مياه الشرب والصرف الصحي بالمنوفية، قطع المياه غدا.\n\n"
        "وأكدت شركة الكهرباء بالإسكندرية، أن الخدمة ستعود مساء.\n")
    assert got == [(A, "شركة مياه الشرب والصرف الصحي بالمنوفية"),
                   (A, "شركة الكهرباء بالإسكندرية")]


def test_the_public_a_body_asks_is_no_part_of_its_name():
    got = kinds_and_speakers("وطالبت شركة مياه الشرب المواطنين بترشيد الاستهلاك.\n")
    assert got == [(A, "شركة مياه الشرب")]


def test_an_apology_offered_is_a_statement():
    got = kinds_and_speakers("قالت شركة المياه الوطنية إن الضخ سيتوقف.\n\n"
                             "وقدمت الشركة اعتذارها للمواطنين عن الانقطاع.\n")
    assert got[1] == (A, "شركة المياه الوطنية")


def test_every_lexicon_names_its_source():
    listed = (RESOURCES / "SOURCES.md").read_text(encoding="utf-8")
    missing = [p.name for p in RESOURCES.glob("*.txt") if f"`{p.name}`" not in listed]
    assert missing == []
