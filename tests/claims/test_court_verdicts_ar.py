"""Arabic news of court verdicts: shapes of blind probe set 86, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_lawyer_named_before_the_role_of_his_client():
    got = kinds_and_speakers("وقال سامي خليل حداد محامي الحسيني إن الحكم قاس.\n")
    assert got == [(A, "سامي خليل حداد")]


def test_a_role_holding_a_body_in_marks_then_the_name_between_commas():
    got = kinds_and_speakers('وقال محامي جماعة "الشباب الأحرار" بمصر، فارس عبد الكريم، إن '
                             "الحكم أولي.\n")
    assert got == [(A, "فارس عبد الكريم")]


def test_a_verb_with_no_subject_whose_words_end_naming_their_source():
    got = kinds_and_speakers("قضت المحكمة بسجن المتهم عامين.\n\nوأكدت أن الدفاع سيستأنف الحكم، "
                             "وفق ما نقلته وكالة الأنباء الألمانية.\n")
    assert got[1] == (A, "وكالة الأنباء الألمانية")


def test_in_the_words_of_the_one_named_after_it():
    got = kinds_and_speakers("وقال المحامي رامي سعيد إن الجلسة طويلة.\n\nوالحكم منصف على حد "
                             "تعبير القاضي مازن العلي.\n\nوالوضع صعب على حد تعبيره.\n")
    assert got[1:] == [(A, "مازن العلي"), (A, "مازن العلي")]


def test_a_welcome_after_a_name_in_marks_names_its_source_at_the_end():
    got = kinds_and_speakers("بالمقابل رحب محامو المدعية “ليلى. م” “بالقرار العادل”، على حد قول "
                             "المحامي جان لوك مارتان.\n")
    assert got == [(A, "جان لوك مارتان")]


def test_breaking_silence_is_speaking():
    got = kinds_and_speakers("محامي اللاعب يخرج عن صمته\n\nخرج محامي اللاعب عن صمته بعد الحكم "
                             "على موكله.\n\nوخرج المشجعون إلى الشوارع.\n")
    assert [k for k, _ in got] == [A, A, U] and got[1][1] == "محامي اللاعب"


def test_an_article_of_the_law_is_no_source_and_the_quotation_goes_on():
    got = kinds_and_speakers("وأضاف المحامي كريم ناصر قائلا:” فوجئت بالحكم.\n\nفقد صدر استنادا "
                             "إلى الفصل 12 من القانون الجنائي.”\n\nوصدر الحكم استنادا إلى الفصل "
                             "12 من القانون.\n")
    assert got == [(A, "كريم ناصر"), (A, "كريم ناصر"), (U, None)]


def test_an_agency_passing_on_that_someone_spoke():
    got = kinds_and_speakers("ونقلت وكالة رويترز أن الوزير سامي حداد أكد أن الخطة جاهزة.\n\n"
                             "ونقلت صحيفة الأيام أن الجلسة أرجئت.\n")
    assert got == [(A, "سامي حداد"), (A, "صحيفة الأيام")]
