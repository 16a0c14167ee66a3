"""Arabic statements of royal courts (probe set 149): "صدر عن الديوان الملكي اليوم البيان
التالي:" introduces a statement that runs on over its paragraphs, under its title in marks, to
its closing prayer; the prayer is filler; a share prompt is furniture."""
from claims.lexicon import is_furniture
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_following_statement_runs_to_its_prayer():
    got = kinds_and_speakers(
        "صدر عن ديوان الإمارة اليوم البيان التالي:\n\n"
        "\" بيان من ديوان الإمارة \"\n\n"
        "غادر الأمير المستشفى اليوم الأحد بعد إجراء الفحوصات الطبية بنجاح.\n\n"
        "وقد وجه - أيده الله - خالص شكره لأبناء شعبه على مشاعرهم ودعواتهم الكريمة.\n\n"
        "حفظ الله الأمير وألبسه ثوب الصحة والعافية.\n")
    assert [kind for kind, _ in got] == [A, F, A, A, F]
    assert {speaker for kind, speaker in got if kind == A} == {"ديوان الإمارة"}


def test_a_share_prompt_is_furniture():
    assert is_furniture("شاركه على منصتك المفضلة..", "ar")
