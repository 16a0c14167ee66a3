"""Arabic news from prosecutors, farming ministries, film festivals and a Gulf emirate: shapes of
a twentieth blind Arabic probe set, written here in our own sentences. The probe texts are not in
the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_present_verb_of_form_iv_written_with_its_vowel_is_active():
    """"تُهيب النيابة": أهاب takes ُ in the active; "يُذكر" and "يُتوقع" stay passive."""
    got = kinds_and_speakers(
        "تُهيب النيابة العامة بالمواطنين عدم تداول المقاطع المصورة.\n"
        "ويُذكر أن النيابة فتحت تحقيقا في الواقعة.\n"
        "بينما يُتوقع أن تنتهي التحقيقات الشهر المقبل.\n")
    assert got == [(A, "النيابة العامة"), (U, None), (U, None)]


def test_figures_that_indicate_are_no_source():
    sentences = run("وتشير التقديرات إلى ارتفاع إنتاج القمح هذا العام.\n"
                    "وتُشير الأرقام إلى تراجع الصادرات.\n")
    assert [(s.kind, s.vague_source) for s in sentences] == [(U, True), (U, True)]


def test_issuing_a_statement_is_a_report_and_a_decision_is_not():
    got = kinds_and_speakers(
        "أصدرت النيابة العامة، مساء اليوم، بيانًا حول مقتل الشاب في المنصورة.\n"
        "أصدرت وزارة الري بيانا أكدت فيه أن المياه كافية.\n"
        "وأصدرت المحكمة حكمها بحبس المتهم عامين.\n")
    assert got == [(A, "النيابة العامة"), (A, "وزارة الري"), (U, None)]


def test_page_furniture_of_arabic_sites():
    got = [kind for kind, _ in kinds_and_speakers(
        "مصدر الخبر / وكالة الأنباء\n"
        "الرياض - متابعات :\n"
        "الدمام – “صحيفة الشرق”\n"
        "قالت الوزارة إن الموسم جيد.\n"
        "موضوعات متعلقة..\n"
        "التعليقات مغلقة.\n")]
    assert got == [F, F, F, A, F, F]


def test_a_critic_or_director_named_later_by_title_and_adjective():
    """"الناقد الفني", "المخرج الكبير": the person written before with that title, not the
    adjective and not the bare title."""
    got = kinds_and_speakers(
        "قال الناقد الفني سامي نور الدين إن الموسم السينمائي مزدحم.\n"
        "وشدد الناقد الفني على أهمية الأفلام القصيرة.\n"
        "قال المخرج كمال عبد الرحيم نقيب المهن السينمائية إن المهرجان ناجح.\n"
        "وأشار المخرج الكبير إلى أن الجمهور تغير.\n")
    assert got == [(A, "سامي نور الدين")] * 2 + [(A, "كمال عبد الرحيم")] * 2


def test_a_subject_before_عبر_عن_and_a_subject_written_with_و():
    got = kinds_and_speakers(
        "الوزير عبر عن ارتياحه لنتائج الموسم الزراعي.\n"
        "والوزارة تؤكد أن الأسمدة متوفرة.\n"
        "ونقلت الشاحنات القمح عبر الطريق الصحراوي.\n")
    assert got == [(A, "الوزير"), (A, "الوزارة"), (U, None)]


def test_a_ministry_with_two_fields_is_one_body_and_two_bodies_are_not():
    got = kinds_and_speakers(
        "أكدت وزارة الزراعة واستصلاح الأراضي أن الخبر غير دقيق.\n"
        "وقالت وزارة الداخلية وشرطة المرور إن الطريق مغلق.\n")
    assert got == [(A, "وزارة الزراعة واستصلاح الأراضي"), (A, "وزارة الداخلية")]


def test_a_ruler_of_a_region_is_a_role_after_the_name_and_أمير_is_also_a_name():
    got = kinds_and_speakers(
        "استقبل الأمير ماجد بن سلطان أمير منطقة الجوف وفد الشركة.\n"
        "وأكد سموه أهمية الاستثمار في المنطقة.\n"
        "وقال أمير قطر الشيخ حمد بن خليفة إن العلاقات متينة.\n"
        "وقال المخرج أمير رمسيس إن الفيلم جاهز.\n")
    assert got == [(U, None), (A, "ماجد بن سلطان"), (A, "حمد بن خليفة"), (A, "أمير رمسيس")]


def test_a_denial_ends_the_name_before_what_it_denies():
    """Twenty-first set (tourism and markets): "نفت الهيئة التفاوض", "انتقد عمران الاتهامات";
    a body asked "لإعادة التداول" ends before the request."""
    got = kinds_and_speakers(
        "نفت هيئة الرقابة المالية التفاوض مع أي مرشح لرئاسة البورصة.\n"
        "انتقد الدكتور سامر عمران الاتهامات التي وجهها له بعض المستثمرين.\n"
        "وتقدم المستثمرون بمذكرة لهيئة الرقابة المالية لإعادة التداول على الأسهم.\n"
        "وقالت هيئة الرقابة المالية إن المذكرة قيد الدراسة.\n")
    assert got == [(A, "هيئة الرقابة المالية"), (A, "سامر عمران"), (U, None),
                   (A, "هيئة الرقابة المالية")]


def test_a_long_apposed_role_keeps_its_chain_of_genitives():
    """"، رئيس مجلس الوزراء أن ..." is registered whole, so "رئيس الوزراء" later finds him."""
    got = kinds_and_speakers(
        "أعلن الدكتور نبيل حمدي، رئيس مجلس الوزراء أن عدد السائحين الذين زاروا البلاد تجاوز "
        "عشرة ملايين سائح بزيادة كبيرة عن العام الماضي.\n"
        "وذكر البيان الصادر عن المكتب الإعلامي للحكومة أن المؤتمر عقد مساء اليوم.\n"
        "وأشار رئيس الوزراء إلى أن الإنجاز تحقق بجهد كبير.\n")
    assert [speaker for _, speaker in got] == ["نبيل حمدي", "المكتب الإعلامي للحكومة",
                                               "نبيل حمدي"]


def test_a_quoted_headline_name_written_joined_and_a_wire_dateline():
    got = kinds_and_speakers(
        "\"عبدالحكيم\": عودة التداول قرار صائب.. والسوق قادر على التعافي\n"
        "أكد سامي عبد الحكيم، رئيس شعبة الأوراق المالية، أن القرار صائب.\n"
        "القاهرة - أ ش أ\n")
    assert got == [(A, "سامي عبد الحكيم")] * 2 + [(F, None)]
