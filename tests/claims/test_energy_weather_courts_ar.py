"""Arabic oil, weather and court news: shapes of a seventeenth blind Arabic probe set (OPEC+
statements, weather forecasts, Egyptian court reports), written here in our own sentences. The
probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_word_ending_in_tanween_alif_ends_its_sentence():
    """"يوميًا." and "جدًا." end a sentence: the vowel mark is part of the word, which is no
    one-letter abbreviation such as "م."."""
    got = kinds_and_speakers("قال الوزير علي حسن إن الصادرات بلغت مليون برميل يوميًا. وأضاف أن "
                             "الطلب قوي جدًا. وأكد أن الأسعار ستبقى مستقرة.\n")
    assert got == [(A, "علي حسن")] * 3


def test_the_source_ends_before_when_and_how_it_was_said():
    got = kinds_and_speakers(
        "قال وزير النفط العراقي حيان عبدالغني قبيل اجتماع المنظمة إن الإنتاج مستقر.\n"
        "وأضاف الوزير ردا على سؤال إن الصادرات لن تتغير.\n"
        "ونفى الوزير بشكل قاطع وجود خلافات مع الشركاء.\n")
    assert got == [(A, "حيان عبدالغني")] * 3


def test_an_unnamed_spokesman_keeps_the_whole_role_and_a_body_its_two_fields():
    got = kinds_and_speakers(
        "قال المتحدث الرسمي للهيئة العامة للأرصاد إن الأمطار ستستمر حتى الجمعة.\n"
        "ودعا المتحدث في بيان المواطنين إلى الحذر.\n"
        "توقعت الهيئة العامة للأرصاد وحماية البيئة طقسا حارا على الساحل.\n"
        "وتوقعت هطول أمطار على المرتفعات.\n"
        "بينما يُتوقع أن تكون الرياح خفيفة.\n")
    spokesman = "المتحدث الرسمي للهيئة العامة للأرصاد"
    body = "الهيئة العامة للأرصاد وحماية البيئة"
    assert got == [(A, spokesman), (A, spokesman), (A, body), (A, body), ("unattributed", None)]


def test_court_reports_in_egyptian_spelling():
    got = kinds_and_speakers(
        "قال المحامي خالد سليم دفاع المتهم الأول إن موكله بريء.\n"
        "وفى بداية الجلسة اعترض الدفاع على تأجيل القضية.\n"
        "وقالت الحيثيات المودعة برئاسة المستشار أحمد فؤاد إن الأدلة كافية.\n"
        "شكرا لمتابعة خبر عن المحكمة: تأجيل القضية .. والان مع التفاصيل\n")
    assert got == [(A, "خالد سليم"), (A, "الدفاع"), (A, "الحيثيات"), ("filler", None)]
