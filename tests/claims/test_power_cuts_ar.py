"""Arabic news of power cuts and their ministers: shapes of blind probe set 98, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_paper_and_a_dash_before_the_verb_and_a_short_given_name():
    got = kinds_and_speakers("الوطنية- أعلن وزير الطاقة والمياه جو نصار أن الإنتاج يغطي ثلث "
                             "الطلب.\n\nونفى المالك- حسبما نقلت صحيفة «الوطن»- تأثر المسافرين.\n")
    assert got[0] == (A, "جو نصار")
    assert got[1][1] != "صحيفة الوطن"


def test_words_said_after_a_colon_go_on_in_the_first_person():
    got = kinds_and_speakers(
        "أعلن وزير الطاقة جو نصار أن الإنتاج يغطي ثلث الطلب.\n\n"
        "وتابع: وقّعنا مع مصر مذكرة تفاهم لتزويدنا بالكهرباء.\n\n"
        "كذلك سأعقد اجتماعا مع نظرائي في الأردن.\n\n"
        "كما أن قبرص قدمت لنا عرضا لمشروع ربط كهربائي.\n\n"
        "وارتفعت أسعار المحروقات في الأسواق.\n")
    assert got == [(A, "جو نصار")] * 4 + [(U, None)]
