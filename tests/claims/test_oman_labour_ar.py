"""Arabic news of a labour ministry: shapes of blind probe set 102, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_clarified_without_its_hamza_and_an_honorific_pronoun():
    got = kinds_and_speakers("بيّن معالي الدكتور سالم بن علي الحارثي وزير العمل أن القانون "
                             "جديد.\n\nووضح معاليه أن للقانون أهمية في حفظ الحقوق.\n")
    assert got == [(A, "سالم بن علي الحارثي")] * 2


def test_a_dateline_with_a_dash_after_the_agency():
    sentences = run("مسقط – العمانية -\nأكد الوزير أن السوق مستقر.\n")
    assert (sentences[0].kind, sentences[0].rule) == (F, "filler:dateline")


def test_the_stories_under_you_may_also_care_for_are_furniture():
    sentences = run("أكد الوزير أن القانون جديد وأن السوق مستقر وأن الأجور سترتفع العام المقبل.\n\n"
                    "وقال إن الوزارة ستراقب السوق عن كثب خلال الأشهر المقبلة.\n\n"
                    "قد يهمك أيضــــــًا :\n\nمجلس الشورى العماني يستضيف وزير العمل الدكتور سالم "
                    "بن علي الحارثي في جلسة خاصة لمناقشة القانون\n")
    assert [s.kind for s in sentences[-2:]] == [F, F]
