"""Arabic news of the labour market: shapes of blind probe set 79, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_one_of_the_studies_issued_by_a_named_body_is_the_body():
    got = kinds_and_speakers("وتشير إحدى الدراسات الحديثة الصادرة عن غرفة تجارة الكويت إلى أن "
                             "البطالة ارتفعت.\n")
    assert got == [(A, "غرفة تجارة الكويت")]


def test_one_of_the_studies_with_no_body_stays_unnamed():
    got = kinds_and_speakers("وتشير إحدى الدراسات الحديثة إلى أن البطالة ارتفعت.\n")
    assert got == [(U, None)]


def test_in_keeping_with_indefinite_grounds_names_no_source():
    got = kinds_and_speakers("تواصل الوزارة خططها وفق أسس منهجية.\n")
    assert got == [(U, None)]
