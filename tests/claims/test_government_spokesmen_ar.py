"""Arabic news of ministers who speak for their governments: shapes of blind probe set 112,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_second_role_with_the_name_between_commas():
    got = kinds_and_speakers(
        "قال وزير الإعلام، الناطق باسم الحكومة خالد الزعبي، إن التعديل جاء في وقته.\n")
    assert got == [(A, "خالد الزعبي")]


def test_a_name_then_a_role_between_commas_keeps_the_name():
    got = kinds_and_speakers(
        "قال السفير عمر الخطيب، المندوب الدائم لدى الأمم المتحدة، إن المجلس واجه صعوبات.\n")
    assert got == [(A, "عمر الخطيب")]


def test_astonishment_said_and_an_advertisement_label():
    sentences = run("استغرب الناطق باسم الحكومة خالد الزعبي، انشغال الناس بالشائعات.\n"
                    "اضافة اعلان\n")
    assert [(s.kind, s.speaker) for s in sentences] == [(A, "خالد الزعبي"), (F, None)]
