"""Arabic news of a finance minister and the budget: shapes of blind probe set 48, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_subject_after_was_and_before_qad():
    got = kinds_and_speakers(
        "قال وزير النفط سالم الراشد إن الأسعار ستتحسن.\n"
        "وكان وزير المالية، فهد العلي، قد قال، في أبريل الماضي، إن أمام الحكومة ثلاثة بدائل.\n"
        "وكان الوزير قد قال إن العجز سيتراجع.\n")
    assert got == [(A, "سالم الراشد"), (A, "فهد العلي"), (A, "فهد العلي")]


def test_a_statement_hard_wrapped_after_an_office_and_a_comma():
    text = ("قال فهد العلي، وزير المالية ووزير\n"
            "النفط بالوكالة في الحكومة\n"
            "الكويتية، إن الميزانية المقبلة ستعتمد على سعر 25 دولارا.\n"
            "وهبط سعر البرميل إلى 19 دولارا.\n")
    got = kinds_and_speakers(text)
    assert got == [(A, "فهد العلي"), (U, None)]
