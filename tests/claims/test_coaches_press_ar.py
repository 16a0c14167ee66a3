"""Arabic news of coaches after matches: shapes of blind probe set 66, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_press_conference_is_no_journalist_before_a_name():
    got = kinds_and_speakers(
        "ظهر المدير الفني خالد جلال في المؤتمر الصحفي الخاص بالمباراة.\n"
        "وأضاف: الفريق قدم مباراة كبيرة.\n")
    assert got == [(U, None), (A, "خالد جلال")]


def test_began_before_saying_and_an_update_given():
    got = kinds_and_speakers(
        "بدأ المدرب سامي الجابر حديثه قائلا: نحن راضون عن الأداء.\n"
        "وقدم المدرب تحديثا مفصلا حول الإصابات في صفوف الفريق.\n"
        "وبدأ الفريق استعداداته للمباراة المقبلة.\n")
    assert got == [(A, "سامي الجابر"), (A, "سامي الجابر"), (U, None)]


def test_described_with_the_thing_described_after_the_name():
    got = kinds_and_speakers(
        "ووصف مدرب النادي العربي فراس الخطيب نتيجة المباراة بالمخيبة، مؤكدا أن الفريق سيعود.\n")
    assert got == [(A, "فراس الخطيب")]


def test_a_phrase_names_its_source_whatever_verb_follows():
    got = kinds_and_speakers("ووفقا للاتحاد فإن البطولة بدأت في موعدها.\n")
    assert got == [(A, "الاتحاد")]


def test_an_apps_prompt_over_two_lines_is_furniture():
    got = kinds_and_speakers("قال المدرب إن الفريق جاهز.\nتابع أحدث الأخبار\nعبر تطبيق\n")
    assert got[1:] == [(F, None), (F, None)]
