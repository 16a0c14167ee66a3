"""Arabic reports of embassies' national-day receptions: shapes of blind probe set 43, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_greetings_raised_or_offered_are_a_statement():
    got = kinds_and_speakers(
        "ورفع سفير دولة الكويت لدى الأردن عادل الحمد في تصريح لوكالة الأنباء الكويتية "
        "(كونا) أسمى آيات التهاني إلى سمو أمير البلاد.\n"
        "وبهذه المناسبة تقدم الأمين العام للمجلس سالم الراشد بخالص التهنئة إلى الشعب "
        "الكويتي.\n"
        "ورفع رئيس المجلس الجلسة إلى الغد.\n"
        "هذا وقد رفعت اللجنة أسعار الفائدة بواقع 50 نقطة.\n")
    assert got == [(A, "عادل الحمد"), (A, "سالم الراشد"), (U, None), (U, None)]


def test_a_paper_told_before_the_subject_and_a_praising_participle():
    got = kinds_and_speakers(
        "وأكد لـ«الوطن» الأمير فيصل بن خالد أن العلاقات بين البلدين تاريخية.\n"
        "وقال إن التعاون سيتواصل.\n"
        "منوها بعمق العلاقات الأخوية بين الشعبين..\n")
    assert got == [(A, "فيصل بن خالد")] * 3


def test_a_royal_name_runs_to_its_family_name():
    got = kinds_and_speakers(
        "وقال سفير الكويت الشيخ صباح ناصر صباح الأحمد الجابر الصباح إن الحضور كان كبيرا.\n")
    assert got == [(A, "صباح ناصر صباح الأحمد الجابر الصباح")]


def test_what_a_titled_person_heads_is_no_name():
    got = kinds_and_speakers("وترأس الوزير الجلسة أمس.\n"
                             "وقال الوزير إن المشروع سينتهي العام المقبل.\n")
    assert got == [(U, None), (A, "الوزير")]


def test_an_outlet_and_its_writer_over_the_story():
    got = kinds_and_speakers("«الوطن» - سالم العلي\n"
                             "أقامت السفارة حفل استقبال أمس.\n")
    assert got == [(F, None), (U, None)]
