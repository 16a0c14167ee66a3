"""Arabic statements of an interior ministry and its spokesman: shapes of blind probe set 47,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_speech_in_idafa_and_a_speech_the_one_named_delivered():
    got = kinds_and_speakers(
        "جاء ذلك في كلمة مدير عام الإدارة العامة للإعلام الأمني العميد فهد العلي خلال "
        "الإيجاز الإعلامي.\n"
        "قال وزير الداخلية إن الطرق آمنة.\n"
        "جاء ذلك في كلمة ألقاها خلال المؤتمر.\n")
    assert got == [(A, "فهد العلي"), (A, "وزير الداخلية"), (A, "وزير الداخلية")]


def test_a_caption_of_a_titled_name_and_a_date_stamp_over_a_tag():
    got = kinds_and_speakers(
        " date 2026-03-12 المتحدث باسم وزارة الداخلية العميد فهد العلي\n\n"
        "شددت وزارة الداخلية على ضرورة الالتزام بالقرار.\n\n"
        " date 2026-03-02 وزارة الداخلية\n\n"
        "قالت وزارة الداخلية إنها ضبطت عددا من المخالفين.\n")
    assert got == [(F, None), (A, "وزارة الداخلية"), (F, None), (A, "وزارة الداخلية")]


def test_an_indented_bullet_line_says_something():
    got = kinds_and_speakers(
        "أكدت الوزيرة أن العمل مستمر.\n\n"
        "  • مبادرة الحي الجديد مهدت الطريق للعمل الثقافي في القرى\n"
        "  • الصلاة القادمة\n")
    assert got[1:] == [(U, None), (F, None)]
