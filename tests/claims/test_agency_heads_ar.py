"""Arabic reports on the atomic agency (probe set 132): a bare office's agency named with the
article and an adjective, its head's name after it ("المدير العام للوكالة الدولية للطاقة الذرية
رافائيل غروسي"; not "قال الوزير للوكالة إن", whom he told); "ماذا قال ..." asks, with its
question mark or not; a Markdown subheading is furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_head_of_an_agency_named_after_it():
    got = kinds_and_speakers(
        "أكد المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي أن المنشآت يجب ألا تتعرض "
        "للهجوم.\n\nوقال الوزير للوكالة إن الزيارة ناجحة.\n")
    assert got == [(A, "رافائيل غروسي"), (A, "الوزير")]


def test_a_question_heading_and_a_markdown_subheading():
    got = kinds_and_speakers("# ماذا قال غروسي عن إيران\n"
                             "## تصريحات غروسي حول البرنامج النووي\n"
                             "أشار رافائيل غروسي إلى أن إيران حققت تقدما في برنامجها.\n")
    assert got[0][0] != A and got[1] == (F, None) and got[2] == (A, "رافائيل غروسي")
