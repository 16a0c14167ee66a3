"""Arabic news of airlines cancelling flights: shapes of blind probe set 49, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_an_airline_and_what_it_announced():
    got = kinds_and_speakers(
        "أعلنت الخطوط الكويتية إلغاء رحلاتها إلى ثلاث مدن بسبب الأحوال الجوية.\n"
        "وأشار بيان الخطوط الكويتية إلى أن المسافرين سيبلغون بالمواعيد الجديدة.\n")
    assert got == [(A, "الخطوط الكويتية"), (A, "الخطوط الكويتية")]


def test_the_company_is_the_body_that_spoke_not_one_named_further_on():
    got = kinds_and_speakers(
        "أعلنت مجموعة الطيران الوطني تأجيل عدد من رحلاتها.\n"
        "وأكدت الشركة في بيان أن غرفة العمليات تتابع الوضع.\n"
        "وشددت شركة مطارات الشمال على متابعة مواعيد الرحلات.\n")
    assert got == [(A, "مجموعة الطيران الوطني"), (A, "مجموعة الطيران الوطني"),
                   (A, "شركة مطارات الشمال")]


def test_an_airport_named_for_a_king_and_a_dash_after_the_name():
    got = kinds_and_speakers(
        "وأكد مطار الملك فيصل الدولي- من جهته- على ضرورة الحضور مبكرا.\n"
        "وقالت جامعة الملك سعود إن الدراسة مستمرة.\n")
    assert got == [(A, "مطار الملك فيصل الدولي"), (A, "جامعة الملك سعود")]


def test_a_participle_of_manner_after_the_verb_is_no_subject():
    got = kinds_and_speakers(
        "وقال المتحدث باسم الشركة سامي العمر إن الرحلات ستعود.\n"
        "وأضاف مخاطبا الركاب: \"سلامتكم تهمنا\".\n")
    assert got == [(A, "سامي العمر"), (A, "سامي العمر")]


def test_suspended_flights_are_no_comment():
    got = kinds_and_speakers(
        "علقت خطوط البلقان الجوية، أكبر شركة طيران في المنطقة، رحلاتها إلى ثلاث عواصم.\n"
        "وعلق النائب فارس الحمد، اليوم الأحد، على القرار بقوله إنه متأخر.\n")
    assert got == [(U, None), (A, "فارس الحمد")]


def test_a_body_named_with_a_second_field_before_a_comma():
    got = kinds_and_speakers(
        "وكانت الهيئة الوطنية للطيران المدني والنقل الجوي، أعلنت إغلاق المطار مؤقتا.\n")
    assert got == [(A, "الهيئة الوطنية للطيران المدني والنقل الجوي")]


def test_a_transition_to_a_list_a_dateline_and_a_latin_acronym():
    got = kinds_and_speakers(
        "date 2026-03-11 الأربعاء 11 مارس 2026 الساعة 03 صباحا / صحيفة الغد - خاص\n\n"
        "ألغت الشركات رحلاتها إلى المنطقة.\n\n"
        "وفيما يلي أحدث تطورات حركة الطيران:\n\n"
        "وأعلنت شركة كيه.إل.إم تعليق رحلاتها إلى المنطقة.\n")
    assert [kind for kind, _ in got] == [F, U, F, A]
