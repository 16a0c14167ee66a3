"""Arabic statements of the prisoners' affairs commission (probe set 142): a verbal noun after
the name opens what was stressed ("أكد وكيل الهيئة خالد العلي بذل الجهود"), brothers or partners
a speaker calls on are no source ("ودعا الأشقاء العرب إلى التدخل"), and a site's terms for
reusing its stories are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_what_the_deputy_stressed_is_no_part_of_his_name():
    got = kinds_and_speakers(
        "من جانبه أكد وكيل الهيئة خالد العلي بذل كل الجهود الممكنة للإفراج عن المعتقلين.\n")
    assert got == [(A, "خالد العلي")]


def test_the_brothers_called_on_are_not_the_speaker():
    got = kinds_and_speakers(
        "صرح الناطق باسم الهيئة، سامر يوسف، بأن القوائم المنشورة غير دقيقة.\n\n"
        "ودعا الأشقاء العرب والشركاء الدوليين إلى التدخل لوقف هذه الانتهاكات.\n\n"
        "وقال الشركاء في المشروع إن العمل توقف.\n")
    assert got == [(A, "سامر يوسف"), (A, "سامر يوسف"), (A, "الشركاء")]


def test_a_sites_terms_for_reuse():
    got = kinds_and_speakers(
        "وأكدت الهيئة أن عدد المعتقلين ارتفع.\n\n"
        "استعمال المضامين بموجب بند 27 أ لقانون الحقوق الأدبية لسنة 2007، يرجى ارسال رسالة الى:\n")
    assert got == [(A, "الهيئة"), (F, None)]
