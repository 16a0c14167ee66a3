"""Arabic weather news from forecasters and meteorology offices: shapes of blind probe set 63,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_went_on_and_concluded_report_only_what_was_said():
    got = kinds_and_speakers(
        "وختم المحافظ جولته في المدينة أمس.\n"
        "وتابع المدير سير الامتحانات في المدارس.\n"
        "وأكمل الفريق تحضيراته للموسم الجديد.\n"
        "وختم المحافظ كلمته بالقول إن المشاريع ستنجز في موعدها.\n")
    assert got == [(U, None)] * 3 + [(A, "المحافظ")]


def test_completed_before_a_quotation_goes_on_for_the_speaker_before():
    got = kinds_and_speakers(
        "قال مدير مركز الطقس سالم الهاجري إن الغيوم ستزداد.\n"
        "وأكمل: «الرياح ستكون نشطة حسب النماذج، والأمواج عالية».\n")
    assert got == [(A, "سالم الهاجري")] * 2


def test_a_role_with_no_title_directly_before_the_name():
    got = kinds_and_speakers("وقال المتحدث فهد المطيري إن الرؤية ستتحسن مساء اليوم.\n")
    assert got == [(A, "فهد المطيري")]


def test_an_adjective_that_is_also_a_given_name_ends_no_role():
    got = kinds_and_speakers(
        "توقع عضو الاتحاد العربي لعلوم الفلك سعود الرشيدي، هطول أمطار غزيرة يوم الجمعة.\n")
    assert got == [(A, "سعود الرشيدي")]


def test_read_also_cut_short_is_furniture():
    assert kinds_and_speakers("اقرأ ايضً\n") == [(F, None)]
