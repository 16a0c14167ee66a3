"""Arabic news from weather services forecasting rain and interior ministries announcing
arrests: shapes of a twenty-third blind Arabic probe set, written here in our own sentences. The
probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_byline_after_the_dateline_is_not_the_subject_of_a_feminine_verb():
    got = kinds_and_speakers(
        "أبها: سامي العمري توقعت الهيئة العامة للأرصاد هطول أمطار غزيرة على المرتفعات.\n")
    assert got == [(A, "الهيئة العامة للأرصاد")]


def test_a_feminine_past_of_a_verb_that_is_also_a_noun_is_a_verb():
    got = kinds_and_speakers("الوزيرة بينت أن الخطة جاهزة للتنفيذ.\n")
    assert got == [(A, "الوزيرة")]


def test_a_country_and_a_slash_open_the_lead_as_a_dateline():
    got = kinds_and_speakers(
        "الأردن/ أعلنت مديرية الأمن العام أن دورياتها ضبطت 12 مطلوبا.\n")
    assert got == [(A, "مديرية الأمن العام")]


def test_a_name_in_quotation_marks_after_the_verb_is_the_source():
    got = kinds_and_speakers(
        'قال "خالد الزهراني" المتحدث باسم مركز الأرصاد إن المنخفض يبدأ غدا.\n'
        'قال "شكرا للجميع" ثم غادر القاعة.\n')
    assert got[0] == (A, "خالد الزهراني")
    assert got[1][1] != "شكرا للجميع"


def test_the_name_after_a_role_given_in_several_parts_between_commas():
    got = kinds_and_speakers(
        "قال رئيس قسم المناخ، ومدير مركز الدراسات البيئية، في جامعة الملك سعود، سعد الحربي، "
        "إن الموسم سيكون ماطرا.\n"
        "وقال المتحدث، في المؤتمر الصحفي، إن الطرق مغلقة.\n")
    assert got == [(A, "سعد الحربي"), (A, "المتحدث")]


def test_a_place_named_after_a_king_gives_no_speaker_name():
    got = kinds_and_speakers(
        "قال عميد كلية العلوم في جامعة الملك فيصل إن التسجيل يبدأ الأحد.\n")
    assert got[0][0] == A
    assert got[0][1] != "فيصل"


def test_a_present_with_its_prefix_vowel_after_its_subject_is_active():
    got = kinds_and_speakers(
        "الأرصاد تُحذّر السكان من السيول في الأودية\n"
        "المؤتمر يُتوقع أن يناقش الأزمة غدا.\n")
    assert got == [(A, "الأرصاد"), (U, None)]
