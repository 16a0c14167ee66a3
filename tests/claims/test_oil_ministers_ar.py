"""Arabic oil ministers on production cuts: shapes of a twenty-sixth blind Arabic probe set,
written here in our own sentences. The probe texts are not in the repository."""
from claims.evaluate import same_speaker
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_what_an_agency_passed_on_names_the_agency():
    got = kinds_and_speakers(
        "ورفعت الشركة أسعار البنزين للمرة الثانية، بحسب ما نقلت وكالة الأناضول.\n"
        'وتراجعت صادرات الغاز في الربع الأول، بحسب ما نقلته "فرانس برس".\n')
    assert [kind for kind, _ in got] == [A, A]
    assert "الأناضول" in got[0][1] and "فرانس برس" in got[1][1]


def test_a_relay_with_nobody_after_it_still_names_no_one():
    got = kinds_and_speakers("ونقلت الصحيفة صورا للمصفاة بعد الحريق.\n")
    assert got == [(U, None)]


def test_no_answer_to_questions_is_no_report():
    got = kinds_and_speakers(
        "وخرج الوزراء من القاعة مسرعين، ولم يرد أغلبهم على أسئلة المراسلين.\n"
        "ورد الوزير على المراسلين بأن الاتفاق ما زال قائما.\n")
    assert got == [(U, None), (A, "الوزير")]


def test_a_long_lineage_keeps_its_last_name():
    got = kinds_and_speakers(
        "قال معالي راشد بن سالم حمد خليفة الكعبي وزير النفط إن الأسعار ستتحسن.\n")
    assert got == [(A, "راشد بن سالم حمد خليفة الكعبي")]


def test_abd_written_with_and_without_a_space_is_one_speaker():
    sentences = run(
        "قال وزير النفط الأمير عبد الرحمن بن فيصل إن السوق متوازنة.\n"
        "وأكد عبدالرحمن بن فيصل أن الإنتاج لن يتغير.\n"
        "وأضاف عبدالرحمن أن الاجتماع المقبل سيبحث الأسعار.\n")
    assert {s.speaker for s in sentences} == {"عبد الرحمن بن فيصل"}
    assert same_speaker("عبد الله الشمري", "عبدالله الشمري")
    assert not same_speaker("عبد الله الشمري", "عبد الرحمن الشمري")


def test_two_dots_before_what_was_said_do_not_end_the_sentence():
    sentences = run(
        "وأضاف الوزير في تصريحات لوكالة الأنباء على هامش المؤتمر .. أن الطلب على النفط سيرتفع.\n")
    assert len(sentences) == 1 and sentences[0].speaker == "الوزير"


def test_a_posted_on_line_is_furniture():
    got = kinds_and_speakers(
        "  • Posted on\n"
        "قال وزير الطاقة إن المخزون يكفي ستة أشهر.\n")
    assert got == [(F, None), (A, "وزير الطاقة")]
