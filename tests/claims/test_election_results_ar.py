"""Arabic news of election results: shapes of blind probe set 88, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_person_named_speaking_later_in_the_sentence_speaks_on():
    got = kinds_and_speakers(
        "أعلنت الهيئة العليا للانتخابات أن النتائج ستعلن غدا، إذ ذكرت المتحدثة باسم الهيئة سلمى "
        "الخطيب للوكالة إن \"الفرز جار\".\n\nوأضافت: \"لدينا فرق في كل المحافظات\".\n")
    assert got[1] == (A, "سلمى الخطيب")


def test_results_are_no_source():
    got = kinds_and_speakers("ووفق نتائج محافظة البصرة، حقق تحالف النهضة المرتبة الأولى.\n")
    assert got == [(U, None)]


def test_the_particle_fa_qad_is_no_subject():
    got = kinds_and_speakers("ووفقا للنتائج، فقد أشارت الهيئة العليا إلى فوز التحالف.\n")
    assert got == [(A, "الهيئة العليا")]
