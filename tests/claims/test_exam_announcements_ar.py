"""Arabic news of exam results announced: shapes of blind probe set 89, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_dateline_with_the_agency_between_slashes():
    got = kinds_and_speakers("الإسكندرية في 12 أغسطس/أ ش أ/ قال وزير التعليم الدكتور سامي فؤاد إن "
                             "نسبة النجاح ارتفعت.\n")
    assert got == [(A, "سامي فؤاد")]


def test_a_writer_named_alone_on_a_line_is_a_byline():
    sentences = run("كتب سامر عادل حسن\nقال وزير التعليم سامي فؤاد إن نسبة النجاح ارتفعت.\n")
    assert sentences[0].rule == "filler:furniture" and sentences[1].speaker == "سامي فؤاد"


def test_the_one_who_held_the_press_conference_said_it():
    got = kinds_and_speakers("أعلن الدكتور سامي فؤاد، وزير التعليم، نتيجة الامتحانات.\n\nجاء ذلك "
                             "خلال مؤتمر صحفي عقده وزير التعليم صباح اليوم.\n")
    assert got[1] == (A, "سامي فؤاد")
