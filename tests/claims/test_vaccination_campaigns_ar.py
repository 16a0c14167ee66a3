"""Arabic news of vaccination campaigns: shapes of blind probe set 74, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_participle_after_an_event_speaks_for_its_subject():
    got = kinds_and_speakers(
        "افتتحت الحملة صباح اليوم.\n\n"
        "ترأس وزير الصحة خالد المنصوري الاجتماع، مؤكدا أن اللقاح آمن للأطفال.\n")
    assert got[1] == (A, "خالد المنصوري")


def test_an_announcing_participle_before_a_quotation():
    got = kinds_and_speakers(
        "صور من الحدث، ظهر خلالها وزير الصحة، سالم الهاشمي، وهو يتلقى الجرعة، معلنا “بدأنا "
        "مرحلة جديدة”.\n\nوقال وزير الصحة: نريد أن يتلقى الجميع اللقاح.\n")
    assert got == [(A, "سالم الهاشمي"), (A, "سالم الهاشمي")]


def test_during_it_stands_between_the_verb_and_its_subject():
    got = kinds_and_speakers("وأكد خلالها مدير المستشفى ناصر العبدالله أن الأسرة متوفرة.\n")
    assert got == [(A, "ناصر العبدالله")]


def test_the_one_received_is_no_part_of_the_name():
    got = kinds_and_speakers(
        "استقبل وزير الصحة فهد الراشد السفير، وأكد خلال اللقاء أن التعاون مستمر.\n")
    assert got == [(A, "فهد الراشد")]


def test_thanks_given_is_a_statement():
    got = kinds_and_speakers("وشكر المدير سعيد الكعبي الفرق الميدانية على جهودها.\n\n"
                             "وفي ختام الحفل شكر الوزير الحضور.\n")
    assert got[0] == (A, "سعيد الكعبي")
    assert got[1][0] == A and got[1][1] != "الحضور"


def test_thanks_as_a_noun_is_no_verb():
    got = kinds_and_speakers("وقدم الفريق كلمة شكر للحضور.\n")
    assert got == [(U, None)]


def test_those_called_on_after_a_full_name_are_not_in_it():
    got = kinds_and_speakers("ودعت المديرة هدى السالم الأسر الكويتية إلى تطعيم أبنائها.\n")
    assert got == [(A, "هدى السالم")]
