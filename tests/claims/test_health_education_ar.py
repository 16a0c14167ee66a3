"""Arabic news from health ministries counting cases and education ministries running exams:
shapes of a twenty-second blind Arabic probe set, written here in our own sentences. The probe
texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_statement_issued_by_an_office_that_speaks_for_a_ministry():
    got = kinds_and_speakers(
        "أصدر المكتب الناطق بلسان وزارة الصحة حول الوباء للصحفيين البيان التالي: أفادت الوزارة "
        "أن عدد المرضى بلغ 500.\n"
        "وأصدرت المحكمة حكمها في القضية بعد جلسة طويلة أمس.\n")
    assert got == [(A, "المكتب الناطق بلسان وزارة الصحة"), (U, None)]


def test_whom_a_body_answers_to_is_no_part_of_its_name():
    got = kinds_and_speakers(
        "أعلنت وزارة الصحة التابعة للحكومة المؤقتة تسجيل ثلاث إصابات جديدة.\n"
        "وأضافت الوزارة أن الحالات مستقرة.\n")
    assert got == [(A, "وزارة الصحة"), (A, "وزارة الصحة")]


def test_according_to_the_figures_of_a_body_is_the_body():
    got = kinds_and_speakers(
        "ووفقا لبيانات وزارة الصحة فإن الإصابات تركزت في العاصمة.\n"
        "وبحسب إحصاءات البنك المركزي، فإن التضخم تراجع.\n"
        "ووفقا لتصريحات وزير التعليم فإن النتائج ستعلن غدا.\n"
        "ووفقا لتصريحات سامي حداد فإن النتائج ستعلن غدا.\n")
    assert got == [(A, "وزارة الصحة"), (A, "البنك المركزي"), (A, "وزير التعليم"),
                   (A, "سامي حداد")]


def test_figures_from_no_one_named_are_a_vague_source():
    sentences = run("وبحسب إحصاءات رسمية، فإن عدد الطلاب تضاعف.\n"
                    "وبحسب معلومات حصلت عليها الصحيفة فإن الامتحان تسرب.\n")
    assert [(s.kind, s.vague_source) for s in sentences] == [(U, True), (U, True)]


def test_in_keeping_with_a_law_or_a_schedule_is_no_source():
    got = kinds_and_speakers(
        "وانطلقت امتحانات الدور الثاني اليوم وفقا للجدول المعلن من الوزارة.\n"
        "وتجري محاكمة المتهمين وفقا للقانون.\n"
        "وطبقا للخطة الموضوعة سيتم افتتاح المدرسة العام المقبل.\n"
        "ووفقا للوزارة فإن الامتحانات بدأت في موعدها.\n")
    assert got == [(U, None), (U, None), (U, None), (A, "الوزارة")]


def test_went_on_is_a_report_only_before_what_was_said():
    got = kinds_and_speakers(
        "وتابع د. سمير حداد وزير التربية أداء الطلاب من غرفة العمليات.\n"
        "وأكد الوزير أن الامتحانات تسير بشكل جيد.\n"
        "وتابع: «لم نتلق أي شكوى».\n"
        "وتابع الوزير بالقول إن الأسئلة واضحة.\n")
    assert got == [(U, None), (A, "سمير حداد"), (A, "سمير حداد"), (A, "سمير حداد")]


def test_a_professor_is_a_title_and_ends_a_body_name():
    got = kinds_and_speakers(
        "ترأس رئيس مجلس الوزراء البروفيسور كامل عمر اجتماع المجلس أمس.\n"
        "وأكد مجلس الوزراء أهمية عقد الامتحانات في موعدها.\n"
        "وقال البروفيسور كامل عمر إن الاستعدادات اكتملت.\n")
    assert got == [(U, None), (A, "مجلس الوزراء"), (A, "كامل عمر")]
