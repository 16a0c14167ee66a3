"""Arabic news of a presidency and its spokesman: shapes of blind probe set 103, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_statements_by_the_spokesman_after_a_comma_and_in_the_plural():
    got = kinds_and_speakers("قال السفير علي حسن، المتحدث الرسمي باسم رئاسة الجمهورية، إن "
                             "العلاقات تاريخية.\n\nجاء ذلك، خلال تصريحات للمتحدث باسم رئاسة "
                             "الجمهورية للصحفيين.\n")
    assert got == [(A, "علي حسن")] * 2


def test_whom_the_president_told_is_no_part_of_his_name():
    got = kinds_and_speakers("استقبل الرئيس سعيد جابر قادة المنظمات.\n\nوأكد الرئيس سعيد جابر، "
                             "لقادة المنظمات، أن الحل قريب.\n")
    assert got[1] == (A, "سعيد جابر")


def test_a_later_clause_with_the_role_and_the_stance_it_took():
    got = kinds_and_speakers("استقبل الرئيس سعيد جابر، الاثنين، وزير خارجية إيطاليا؛ لبحث "
                             "تداعيات الحادث، وأكد الرئيس التزام القاهرة بحماية البعثات.\n")
    assert got == [(A, "سعيد جابر")]


def test_a_time_stamp_line_leaves_the_headline_its_place():
    sentences = run("التوقيت الإثنين، 25 نوفمبر 2024\n\nنشاط الرئيس اليوم.. الرئيس يلتقي وفد "
                    "الشيوخ\n\nاستقبل الرئيس الوفد اليوم.\n")
    assert [s.kind for s in sentences[:2]] == [F, U]
