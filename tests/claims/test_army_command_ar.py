"""Arabic statements of an army's command (probe set 138): "وإذ" opens a clause whose subject
follows its verb ("وإذ أكدت قيادة الجيش أنها"), and a statement issued by a body with its
directorate after a dash names the body ("صدر عن قيادة الجيش - مديرية التوجيه البيان الآتي:")."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_while_and_a_body_with_its_directorate():
    got = kinds_and_speakers(
        "وإذ أكدت قيادة الجيش أنها تحتفظ بحق الادعاء، دعت وسائل الإعلام إلى التعاون معها.\n\n"
        "صدر عن قيادة الجيش - مديرية التوجيه البيان الآتي: \"تداول بعض وسائل الإعلام خبرا.\"\n")
    assert got[0] == (A, "قيادة الجيش") and got[1][0] == A and got[1][1].startswith("قيادة الجيش")
