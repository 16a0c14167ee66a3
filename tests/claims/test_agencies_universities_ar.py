"""Arabic news from UN agencies, ministries of education and universities: shapes of an
eighteenth blind Arabic probe set, written here in our own sentences. The probe texts are not in
the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_role_runs_on_to_its_name_over_brackets_an_agency_and_a_ministry():
    got = kinds_and_speakers(
        "قالت مفوضة منظمة الهجرة الدولية (الهجرة) ماريا لوبيز، اليوم، إن الأعداد تضاعفت.\n"
        "وأعلن المدير العام لوكالة الطاقة الذرية رافائيل غروسي أن المفتشين وصلوا.\n"
        "وقال مدير وحدة الامتحانات والناطق الرسمي في وزارة التربية والتعليم سامر العلي، إن "
        "النتائج تصدر غدا.\n")
    assert got == [(A, "ماريا لوبيز"), (A, "رافائيل غروسي"), (A, "سامر العلي")]


def test_a_role_with_no_name_after_it_ends_at_the_medium_or_the_place():
    """"لوكالة" after a spokesman is whom he spoke to; "في الوزارة" with no name after it is
    where the minister spoke."""
    got = kinds_and_speakers(
        "قال وزير الخارجية أحمد سالم إن الزيارة ناجحة.\n"
        "وقال المتحدث باسم الوزارة لوكالة الأنباء الرسمية إن الوفد وصل.\n"
        "وقال الوزير في مقر الوزارة إن المحادثات مستمرة.\n")
    assert got == [(A, "أحمد سالم"), (A, "المتحدث باسم الوزارة"), (A, "أحمد سالم")]


def test_a_role_with_no_name_stays_whole_without_its_short_name_in_marks():
    got = kinds_and_speakers(
        'حذرت مديرة منظمة الأمم المتحدة للطفولة "يونيسف" الخميس من أن الشتاء قاس على الأطفال.\n'
        "وأضافت أن المساعدات لا تكفي.\n"
        "أكد متحدث الهلال الأحمر نحو 300 أسرة نزحت من القرى.\n")
    director = "مديرة منظمة الأمم المتحدة للطفولة"
    assert got == [(A, director), (A, director), (A, "متحدث الهلال الأحمر")]


def test_headlines_that_name_a_body():
    """An Egyptian spelling of the verb ("تنفى"), and a name in marks before a colon: the short
    name of a ministry the article names in full, or a body after a category prefix."""
    assert kinds_and_speakers(
        "جامعة طنطا تنفى إلغاء امتحانات الفصل الأول\n"
        "نفت جامعة طنطا ما تردد عن إلغاء الامتحانات.\n") == [(A, "جامعة طنطا")] * 2
    assert kinds_and_speakers(
        "«الصحة»: تطعيم مليون طفل خلال أسبوع\n"
        "قالت وزارة الصحة والسكان، في بيان، إن الحملة بدأت في كل المحافظات.\n"
    ) == [(A, "وزارة الصحة والسكان")] * 2
    assert kinds_and_speakers(
        'أخبار التعليم: ردا على الشائعات.. "جامعة دمشق": لا تأجيل للامتحانات النهائية\n'
        "وأكدت جامعة دمشق في بيان أن الامتحانات في موعدها.\n") == [(A, "جامعة دمشق")] * 2


def test_a_body_name_ends_before_a_vowelled_verb_and_the_medium_spoken_to():
    """The fullest form of a body is not "جامعة طيبة رَفضت" (a verb written with its vowels) nor
    "جامعة حلوان لمصراوي" (the site the dean spoke to)."""
    assert kinds_and_speakers(
        "أعلنت جامعة طيبة أنها فتحت باب القبول.\n"
        "وكانت منشورات ذكرت أن جامعة طيبة رَفضت طلبات كثيرة.\n"
    )[0] == (A, "جامعة طيبة")
    assert kinds_and_speakers(
        "جامعة حلوان: زيادة أعداد المقبولين بالمدن الجامعية\n"
        "وقال عميد كلية الهندسة في جامعة حلوان لمصراوي، إن الأعداد زادت.\n"
    )[0] == (A, "جامعة حلوان")


def test_suggested_video_and_topics_are_page_furniture():
    got = kinds_and_speakers("قال الوزير علي حسن إن الخطة جاهزة.\nموضوعات مقترحة\n"
                             "فيديو قد يعجبك:\n")
    assert [kind for kind, _ in got] == [A, "filler", "filler"]
