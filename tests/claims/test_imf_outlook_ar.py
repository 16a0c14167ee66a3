"""Arabic IMF outlooks (probe set 160): "غير أنها" and "لكنه" carry their pronoun as the verb's
subject, a negation ends a body's name, a deputy's chief's office comes before her name,
"لاحظ" reports, and "وقد يهمك ايضا" opens the box of other stories."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_the_pronoun_after_however_and_but():
    got = kinds_and_speakers(
        "وقالت سلمى حداد، مديرة الصندوق، إن النمو سيتراجع. غير أنها أضافت أنه يتعين تفادي الركود. "
        "وأكد وزير المالية سامر علي أن العجز سينخفض. لكنه لا يتوقع سنة أخرى من التخفيضات.\n")
    assert got == [(A, "سلمى حداد"), (A, "سلمى حداد"), (A, "سامر علي"), (A, "سامر علي")]


def test_a_negation_ends_a_bodys_name():
    got = kinds_and_speakers(
        "وأضافت حداد أن صندوق التنمية الوطني لا يتوقع خفضا كبيرا. "
        "ووفقا لحداد، يتوقع صندوق التنمية الوطني أن يتباطأ النمو.\n")
    assert got[1] == (A, "صندوق التنمية الوطني")


def test_a_deputys_name_after_her_chiefs_office():
    got = kinds_and_speakers(
        "قالت النائب الأول لمدير صندوق التنمية الوطني ليلى كرم، إن العالم سيشهد نموا.\n")
    assert got == [(A, "ليلى كرم")]


def test_noted_and_the_box_of_other_stories():
    got = kinds_and_speakers(
        "لاحظ صندوق التنمية الوطني يوم الخميس أن المخاوف لم تتحقق.\n"
        "وقال الصندوق إن الاقتصاد سينمو.\n"
        "وقد يهمك ايضا:\n"
        "الصندوق يؤكد أن الاقتصاد يتعافى\n")
    assert got == [(A, "صندوق التنمية الوطني"), (A, "صندوق التنمية الوطني"), (F, None), (F, None)]
