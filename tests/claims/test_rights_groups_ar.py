"""Arabic news of human rights groups and arrests: shapes of blind probe set 41, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_condemning_is_a_statement_and_the_object_is_no_part_of_the_name():
    got = kinds_and_speakers(
        "الرابطة الحقوقية تندد بسجن صحفيين في العاصمة\n"
        "ونددت الرابطة باعتقال الصحفيين الثلاثة.\n"
        "وأدانت الوزارة الهجوم على المستشفى.\n"
        "وشجب الاتحاد القرار في بيان.\n")
    assert got == [(A, "الرابطة الحقوقية"), (A, "الرابطة الحقوقية"), (A, "الوزارة"),
                   (A, "الاتحاد")]


def test_that_came_in_a_statement_of_the_body():
    got = kinds_and_speakers(
        "قالت الهيئة إن المحتجزين لم يمثلوا أمام القضاء.\n"
        "جاء ذلك في بيان للهيئة، بعد أسبوع من توقيف المحامي.\n"
        "جاء في بيان لها أن ذويهم لم يبلغوا بمكان احتجازهم.\n")
    assert got == [(A, "الهيئة")] * 3


def test_a_body_named_in_quotation_marks_asks_the_authorities():
    got = kinds_and_speakers(
        "وطالبت “هيومن رايتس ووتش” السلطات بالإفراج عن المحتجزين.\n"
        "ودعا حساب “سجناء الضمير” على موقع “إكس” المتابعين إلى النشر.\n"
        "وطالبت المنظمة المعنية بالدفاع عن الصحفيين بمحاكمة عادلة.\n")
    assert got == [(A, "هيومن رايتس ووتش"), (A, "حساب سجناء الضمير"), (A, "المنظمة")]


def test_a_hard_wrapped_paragraph_and_its_quotation_are_one_sentence():
    text = ("أعربت الرابطة، اليوم الخميس، عن قلقها من حملة التوقيفات التي طالت عددا من الكتاب "
            "والصحفيين\nفي المدينة.\n\n"
            "وقالت الرابطة إنها “تتابع بقلق بالغ الأنباء عن توقيف ثلاثة صحفيين منذ بداية "
            "الشهر في العاصمة\nدون توجيه أي تهم إليهم”.\n")
    got = kinds_and_speakers(text)
    assert got == [(A, "الرابطة")] * 2


def test_a_comment_form_and_a_prayer_times_widget_are_furniture():
    got = kinds_and_speakers("الظهر 11:01\n"
                             "أعلنت الرابطة أنها ستنشر تقريرها غدا.\n"
                             "Please enter your comment!\n"
                             "Please enter your name here\n")
    assert got == [(F, None), (A, "الرابطة"), (F, None), (F, None)]
