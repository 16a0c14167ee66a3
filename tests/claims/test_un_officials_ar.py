"""Arabic news of UN officials on a humanitarian crisis: shapes of blind probe set 94, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"


def test_a_role_in_a_country_then_the_name():
    got = kinds_and_speakers(
        "قالت منسقة الأمم المتحدة للشؤون الإنسانية في اليمن جوليا بلانكو، إن الوضع صعب.\n\n"
        "قال ممثل اليونيسف في ليبيا مارك روبرتس إن الأطفال يعانون.\n")
    assert got == [(A, "جوليا بلانكو"), (A, "مارك روبرتس")]


def test_two_roles_joined_by_and_then_the_name_between_commas():
    got = kinds_and_speakers("أعلن وكيل الأمين العام للشؤون السياسية ومنسق الشؤون الإنسانية، "
                             "جون هاريس، اليوم الأحد، تخصيص عشرة ملايين دولار.\n")
    assert got == [(A, "جون هاريس")]


def test_a_body_short_name_in_brackets_is_no_part_of_the_name():
    got = kinds_and_speakers(
        "وقال المدير الإقليمي لبرنامج الأغذية العالمي (WFP) كارل سكاو إن المخزون ينفد.\n\n"
        "قالت مديرة مكتب تنسيق الشؤون الإنسانية (أوتشا) لينا ديفيس، إن الحاجة كبيرة.\n")
    assert got == [(A, "كارل سكاو"), (A, "لينا ديفيس")]


def test_an_unnamed_official_is_a_vague_source_in_a_headline_and_in_the_text():
    sentences = run("مسؤولة أممية: نصف السكان بحاجة لمساعدات\n\n"
                    "قالت مسؤولة أممية إن نصف السكان بحاجة لمساعدات عاجلة.\n\n"
                    "وأضاف المسؤول أن المخازن فارغة.\n")
    assert [(s.kind, s.vague_source) for s in sentences] == [(U, True)] * 3


def test_the_official_again_is_the_person_who_spoke_last():
    got = kinds_and_speakers(
        "قالت منسقة الشؤون الإنسانية ريتا حداد إن المدينة محاصرة.\n\n"
        "وتحدثت المسؤولة الأممية عن الوضع في المخيم، وقالت إن الوضع صعب للغاية.\n")
    assert got == [(A, "ريتا حداد"), (A, "ريتا حداد")]


def test_between_inside_a_sentence_is_no_verb():
    got = kinds_and_speakers("واندلعت اشتباكات في المدينة، منذ 15 أبريل الماضي، بين الجيش "
                             "وقوات الدعم السريع، خلفت مئات القتلى.\n\n"
                             "وفي المؤتمر، بين الوزير أن الخطة جاهزة.\n")
    assert got == [(U, None), (A, "الوزير")]
