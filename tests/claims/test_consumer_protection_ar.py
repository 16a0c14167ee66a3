"""Arabic statements of a consumer protection agency (probe set 148): a body's head without
the article and the verbal noun that names its work ("جهاز حماية المستهلك"), the person a body
is headed by ("برئاسة ...") as its head, a published tally ("نشرت الوزارة حصيلة ..."), a role
with its body's name in marks before a headline's verb, and an aggregator's line over the story."""
from claims.lexicon import is_furniture
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_body_named_by_its_work_and_its_head():
    got = kinds_and_speakers(
        "أعلن جهاز حماية المستهلك، برئاسة سامي حداد، عن جهوده خلال الشهر، مؤكدا أن الرقابة مستمرة.\n\n"
        "وأشار رئيس الجهاز إلى تلقي 200 شكوى.\n\n"
        "وطلب الجهاز حماية الشهود.\n")
    assert got == [(A, "جهاز حماية المستهلك"), (A, "سامي حداد"), (U, None)]


def test_a_published_tally():
    got = kinds_and_speakers(
        "نشرت وزارة التجارة والسياحة، حصيلة عمل فرق الرقابة للعام المنصرم، حيث قامت الفرق بـ 300 "
        "عملية تفتيش.\n")
    assert got == [(A, "وزارة التجارة والسياحة")]


def test_a_role_and_its_body_in_marks_before_the_verb():
    got = kinds_and_speakers(
        "رئيس «حماية المستهلك» يحذر المواطنين من الإعلانات المضللة\n\n"
        "قال الدكتور سامي حداد، رئيس جهاز حماية المستهلك، إن الجهاز يلاحق الصفحات الوهمية.\n")
    assert got == [(A, "سامي حداد"), (A, "سامي حداد")]


def test_an_aggregators_line_is_furniture():
    assert is_furniture("نعرض لكم زوارنا أهم وأحدث تفاصيل خبر الوزير يستعرض التقرير", "ar")
