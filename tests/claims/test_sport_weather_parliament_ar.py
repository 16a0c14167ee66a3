"""Arabic news from football press conferences, weather services and parliament: shapes of a
nineteenth blind Arabic probe set, written here in our own sentences. The probe texts are not in
the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"


def test_a_name_given_after_a_role_its_field_and_a_nationality():
    """The name after a comma, past a nationality ("، البرتغالي ...") or past the field and the
    body the role belongs to ("المحلل في مركز ...، NAME،")."""
    got = kinds_and_speakers(
        "قال مدرب المنتخب المغربي، البرتغالي جورج سيلفا إن فريقه جاهز للمباراة.\n"
        "توقع الباحث في المناخ عضو جمعية الفلك بالمملكة الأردنية، سالم الخطيب، أن يشتد البرد.\n"
        "كشف المحلل بمركز الدراسات الجوية، نادر الحسن، عن توقعاته للأسبوع المقبل.\n")
    assert got == [(A, "جورج سيلفا"), (A, "سالم الخطيب"), (A, "نادر الحسن")]


def test_a_role_with_no_name_before_a_comma_keeps_its_clause():
    """"في كلمته، محمد علي" is no role's field: the name after the comma is not taken."""
    got = kinds_and_speakers(
        "قال وزير الخارجية في كلمته، بعد الاجتماع، إن المحادثات مستمرة.\n")
    assert got == [(A, "وزير الخارجية")]


def test_a_name_ends_before_its_object_a_dash_or_a_body():
    got = kinds_and_speakers(
        "قال المدرب كريم الشامي إن الفريق تحسن.\n"
        "وأبدى الشامي ارتياحه للنتيجة، وأبدى الشامي رضاه عن الأداء.\n"
        "وتوقع الشامي حدوث مفاجأة في المباراة المقبلة.\n"
        "وأضاف الشامي -في مؤتمر صحفي- أن الإصابات كثيرة.\n"
        "دعا رئيس اللجنة التشريعية المستشار فوزي الدسوقي مجلس الشيوخ إلى سرعة التصويت.\n")
    assert got == [(A, "كريم الشامي")] * 4 + [(A, "فوزي الدسوقي")]


def test_ali_written_على_before_a_role_between_commas():
    """"جدد على عبد الحميد، رئيس المجلس، التأكيد": the name علي; "أكد على أهمية" and "أثنى
    على محمود" keep the preposition."""
    got = kinds_and_speakers(
        "من جانبه، جدد على عبد الحميد، رئيس المجلس، التأكيد على احترام الدستور.\n"
        "وقال رئيس المجلس إن الجلسة مفتوحة.\n"
        "وأثنى على محمود الحضري في كلمته.\n")
    assert got[:2] == [(A, "على عبد الحميد")] * 2
    assert got[2][1] != "محمود الحضري"


def test_a_body_and_its_short_name_in_marks_are_one_speaker():
    got = kinds_and_speakers(
        "توقع مركز الأرصاد الإقليمي “طقس”، أن تهطل أمطار غزيرة.\n"
        "وأوضح طقس عبر حسابه، أن المنخفض يتعمق.\n"
        "قالت وكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) إن المدارس أغلقت.\n"
        "وأضافت الأونروا أن آلاف الطلاب بلا تعليم.\n")
    centre, agency = "مركز الأرصاد الإقليمي", "وكالة غوث وتشغيل اللاجئين الفلسطينيين"
    assert got == [(A, centre), (A, centre), (A, agency), (A, agency)]


def test_parliament_headlines_and_their_members():
    """A surname headline with a present verb ("بدوي يطالب"), a role headline whose speaker is
    the member the lead names, and "النائب البرلماني" for the one MP the article names."""
    got = kinds_and_speakers(
        "بدوي يطالب بحضور وزير المالية أمام البرلمان\n"
        "طالب أيمن بدوي، عضو مجلس النواب، بحضور وزير المالية.\n")
    assert got == [(A, "أيمن بدوي")] * 2
    got = kinds_and_speakers(
        "نائب برلماني: الحكومة لم ترد على طلبات الإحاطة\n"
        "قال النائب حسام عامر، عضو مجلس النواب، إن الحكومة لم ترد على طلباته.\n"
        "وناشد النائب البرلماني، زملاءه بالتوقيع على المذكرة.\n")
    assert got == [(A, "حسام عامر")] * 3


def test_a_coach_headline_for_the_role_written_after_his_name():
    got = kinds_and_speakers(
        "مدرب الأردن: لن نفكر في الخسارة\n"
        "طالب الإسباني خوسيه غارسيا، مدرب المنتخب الأردني بنسيان الخسارة والتركيز على القادم.\n"
        "وأتم \"علينا أن نبدأ من جديد\".\n")
    assert got == [(A, "خوسيه غارسيا")] * 3


def test_an_unnamed_expert_or_doctor_is_a_vague_source():
    """GUIDELINES: nobody a reader could identify; "مدرب المنتخب" and a named expert are."""
    sentences = run("وقال خبير اقتصادي إن الأسعار سترتفع.\n"
                    "وقالت طبيبة في المستشفى إن الحالات تتزايد.\n"
                    "وقال خبير الأرصاد حامد يوسف إن البرد سيشتد.\n")
    assert [(s.kind, s.vague_source) for s in sentences] == [(U, True), (U, True), (A, False)]
    assert sentences[2].speaker == "حامد يوسف"


def test_a_heading_that_names_a_topic_is_filler():
    """"تصريحات المدرب قبل المباراة" names a topic and states nothing; with a colon it names
    who said what."""
    got = kinds_and_speakers(
        "تصريحات الشامي قبل مواجهة الوحدات\n"
        "قال كريم الشامي إن فريقه جاهز.\n")
    assert got == [("filler", None), (A, "كريم الشامي")]
    got = kinds_and_speakers(
        "تصريحات الشامي: جاهزون لمواجهة الوحدات\n"
        "قال كريم الشامي إن فريقه جاهز.\n")
    assert got == [(A, "كريم الشامي")] * 2


def test_a_bare_role_then_the_people_it_addresses():
    """"ودعا المتحدث المواطنين إلى": the spokesman, then whom he called on; "الأمين العام" and
    "المتحدث الرسمي" are one role."""
    got = kinds_and_speakers(
        "قال المتحدث باسم الدفاع المدني سامي حداد إن الفرق تعمل.\n"
        "ودعا المتحدث المواطنين إلى الابتعاد عن المباني.\n"
        "وحث المتحدث السكان على الالتزام بالتعليمات.\n"
        "وقال المتحدث الرسمي إن الوضع مستقر.\n")
    assert got == [(A, "سامي حداد")] * 4
    assert kinds_and_speakers("وأكد الأمين العام على أهمية الحوار.\n") == [(A, "الأمين العام")]
