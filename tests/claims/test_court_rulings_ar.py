"""Arabic court rulings (probe set 159): a quotation left open at its paragraph's end stops
before a sentence that names another speaker of its own, a judge named after a vague relay
("ووفقا لمصادر مطلعة على ...، فقد ذكر القاضي") is the speaker, and "محامي المتهم" is the
accused's lawyer (المتهم takes no pronoun: it is no "thing he has")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_an_open_quotation_stops_at_another_speaker():
    got = kinds_and_speakers(
        'وأكد القاضي أن المتهم مدان. وقال : "ثبت لدي أن المتهم حرض على العنف. '
        "في حين قال محامي المتهم سامي العلي إنه سيطعن في الحكم. "
        "وكانت الجلسة قد عقدت في الصباح.\n")
    assert [kind for kind, _ in got] == [A, A, A, U]
    assert [speaker for _, speaker in got][:3] == ["القاضي", "القاضي", "سامي العلي"]


def test_a_judge_named_after_a_vague_relay():
    got = kinds_and_speakers(
        "ووفقاً لمصادر مطلعة على جلسة المحاكمة، فقد ذكر القاضي ما يلي: ثبت لدي إدانة المتهم.\n")
    assert got == [(A, "القاضي")]


def test_the_lawyer_of_the_accused():
    got = kinds_and_speakers("وقال محامي المتهم سامي العلي إنه سيطعن في الحكم.\n")
    assert got == [(A, "سامي العلي")]
