"""Arabic analysts and unnamed sources on a war: shapes of blind probe set 33, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_a_name_after_a_role_its_field_and_quotation_marks():
    got = kinds_speakers_vague(
        "قال الباحث المصري للشؤون الأفريقية “سامي ناصر” إن هناك تحولين في المنطقة.\n"
        "وأوضح الباحث المصري أن التحول الأول اقتصادي.\n"
        "وتابع أن الرئيس بحسب ما قال الباحث المصري، أقل اهتماما بما يجري هناك.\n")
    assert [speaker for _, speaker, _ in got] == ["سامي ناصر"] * 3


def test_a_number_of_officials_is_no_named_source():
    got = kinds_speakers_vague(
        "أفاد ثلاثة مسؤولين عسكريين بأن القوات انسحبت من المدينة.\n"
        "وقالت عدة مصادر إن المفاوضات توقفت.\n")
    assert got == [(U, None, True), (U, None, True)]


def test_unnamed_outlets_are_vague_sources():
    got = kinds_speakers_vague(
        "ذكرت مواقع إلكترونية أن الاجتماع تأجل إلى الأسبوع المقبل.\n"
        "وأفادت وسائل إعلام محلية بأن الطريق أغلق.\n")
    assert got == [(U, None, True), (U, None, True)]
