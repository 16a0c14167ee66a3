"""Arabic statements of an anti-corruption authority (probe set 151): a body with a second field
in a form III verbal noun ("هيئة الرقابة ومكافحة الفساد"), and the contact lines under its call
to report ("– الهاتف المجاني: 980.", an e-mail address alone), which are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_second_field_in_a_form_three_verbal_noun():
    got = kinds_and_speakers(
        "أعلنت هيئة الرقابة ومتابعة الأداء، اليوم، إيقاف 20 موظفا.\n"
        "وأوضحت أن الموقوفين تورطوا بتهم الرشوة.\n")
    assert got == [(A, "هيئة الرقابة ومتابعة الأداء")] * 2


def test_contact_lines_under_a_call_to_report():
    got = kinds_and_speakers(
        "ودعت الهيئة إلى الإبلاغ عن أي شبهات فساد من خلال وسائل تلقي البلاغات الآتية:\n"
        "– الهاتف المجاني: 980.\n"
        "– البريد الإلكتروني:\n"
        "report@authority.gov.sa\n")
    assert got[1:] == [(F, None)] * 3
