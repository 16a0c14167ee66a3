from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from claims.corpora import evaluate_path
from claims.model import Document
from claims.pipeline import analyse, build_pipeline
from claims.reader import sha256_text
from tests.conftest import SEEDS, shared_path


def run(text: str):
    document = Document(name="t.txt", path="t.txt", text=text, sha256=sha256_text(text),
                        encoding="utf-8")
    return analyse(document).sentences


def kinds_and_speakers(text: str):
    return [(s.kind, s.speaker) for s in run(text)]


def kinds_speakers_vague(text: str):
    return [(s.kind, s.speaker, s.vague_source) for s in run(text)]


def test_seed_targets():
    report = evaluate_path(shared_path("gold", "seeds.jsonl"), SEEDS)
    assert report.macro_f1 >= 0.85, report.as_dict()
    assert report.per_kind["attributed"].f1 >= 0.95, report.as_dict()
    assert report.speaker_accuracy >= 0.95, report.as_dict()
    assert report.boundary.f1 >= 0.95


def test_english_dev_data_does_not_regress():
    """Floors a little under the figures measured on 2026-11-23 after the quotation runs and the
    wider English sources (GGT attributed F1 0.882, speaker 0.884; PolNeAR attributed P 0.979,
    F1 0.726, speaker 0.896); the issue's PolNeAR F1 target (0.85) is not reached: PolNeAR also
    counts beliefs, plans, stances and actions ("X wants", "X agreed to", "a poll shows")."""
    ggt = evaluate_path(shared_path("data", "ggt-dev", "gold_quotes.jsonl"), None)
    assert ggt.per_kind["attributed"].f1 >= 0.87, ggt.as_dict()
    assert ggt.speaker_accuracy >= 0.88, ggt.as_dict()
    polnear = evaluate_path(shared_path("data", "polnear-dev"), None)
    assert polnear.per_kind["attributed"].precision >= 0.95, polnear.as_dict()
    assert polnear.per_kind["attributed"].f1 >= 0.71, polnear.as_dict()
    assert polnear.speaker_accuracy >= 0.88, polnear.as_dict()


def ggt_article(stem: str) -> list:
    path = shared_path("data", "ggt-dev", "rawtext", f"{stem}.txt")
    text = path.read_text(encoding="utf-8")
    return run(text)


def speaker_of(sentences, opening: str) -> str | None:
    found = [s for s in sentences if s.text.startswith(opening)]
    assert found, opening
    return found[0].speaker


def test_he_said_agrees_in_gender_with_its_person():
    """A GGT article where two women are named between the man and his "He told ...": the
    pronoun goes to the man (the nearest person named before was Jayme Closs or Denise Closs)."""
    sentences = ggt_article("5c3e038e1e67d78e27f2105a")
    for opening in ("He told detectives he would have opened fire", "He said Jayme tried",
                    "He told investigators that whenever"):
        assert speaker_of(sentences, opening) == "Jake Thomas Patterson", opening


def test_she_said_skips_the_men_named_last():
    sentences = ggt_article("5c498cc6795bd264151080e0")  # Alison Levine among male players
    assert speaker_of(sentences, "“None of us are powerful") == "Alison Levine"


def test_the_person_not_the_body_in_a_source():
    text = ("Atmospheric physics professor Kent Moore at the University of Toronto says the "
            "weather is changing.\n"
            "\"It's nice to be back,\" said Joe Mulligan with Railroad Workers United, a group of "
            "railroaders.\n"
            "Results are \"very exciting,\" says Heart and Stroke senior manager Erin Kim, who "
            "leads the project.\n"
            "\"This is a disgusting day,\" said Rep. G.K. Butterfield (D-N.C.), head of the "
            "caucus.\n"
            "\"It's a dog whistle,\" Rep. Gwen Moore (D-Wis.) said Friday.\n"
            "Sen. Debbie Stabenow, D-Mich., a member of the leadership team, said the talks "
            "went well.\n")
    assert [s.speaker for s in run(text)] == [
        "Kent Moore", "Joe Mulligan", "Erin Kim", "G.K. Butterfield", "Gwen Moore",
        "Debbie Stabenow"]


def test_a_role_resolves_to_the_person_written_with_it():
    text = ("Surrey Mayor Doug McCallum met the press on Monday.\n"
            "Transit planners had expected a long delay.\n"
            "The mayor said the line would open in 2025.\n")
    assert [s.speaker for s in run(text)][-1] == "Doug McCallum"


def test_a_role_goes_to_the_person_written_near_it():
    """No "Prime Minister Justin Trudeau" nor "Mayor Doug McCallum" in these GGT articles: the
    role stands in another sentence with the person ("... as Canada's prime minister", "his
    last term as Surrey mayor"); Doug Ford, written as "Premier", is left out."""
    trudeau = ggt_article("5c54662d1e67d78e27425afa")
    assert speaker_of(trudeau, "The prime minister said he was") == "Justin Trudeau"
    mccallum = ggt_article("5c1452701e67d78e276ee126")
    assert speaker_of(mccallum, "But the mayor claimed") == "Doug McCallum"
    assert speaker_of(mccallum, "The mayor also claimed") == "Doug McCallum"


def test_a_document_speaks_for_the_author_the_article_names():
    beverages = ggt_article("5c483b26795bd2b724e92a68")  # "... said in a statement", then
    assert speaker_of(beverages, "The statement also said") == "Canadian Beverage Association"
    study = ggt_article("5c1548a31e67d78e2771624f")  # "a study ... released Monday by Civic Action"
    assert speaker_of(study, "Those sectors are the best bets") == "Civic Action"
    assert speaker_of(study, "In 2017, the retail sector") == "Civic Action"
    text = ("The council met on Monday.\n"
            "The report said the bridge was safe.\n")
    assert kinds_and_speakers(text)[1] == ("attributed", "report")  # no author named: the noun


def test_two_apostrophes_quote_and_any_noun_says():
    """PolNeAR's New York Times articles quote with two apostrophes (''It's anti-reform,''
    said ...); "the bank said", "several cast members said" name a source too."""
    path = shared_path("data", "polnear-dev", "text",
                       "nyt_2016-09-16_clinton-plan-for-taxes-is-expans.txt")
    sentences = run(path.read_text(encoding="utf-8"))
    assert speaker_of(sentences, "''This isn't tax reform,''") == "Douglas Holtz-Eakin"
    assert speaker_of(sentences, "''You'd think the business") == "Douglas Holtz-Eakin"
    text = ("The bank said that it had fired thousands of employees.\n"
            "Several cast members said Trump had one contestant twirl before him.\n"
            "The proposed budget cut $4 million from parks.\n"
            "John Smith met the board on Monday. In the interview he said it was over.\n")
    assert kinds_and_speakers(text) == [
        ("attributed", "bank"), ("attributed", "Several cast members"), ("unattributed", None),
        ("unattributed", None), ("attributed", "John Smith")]


def test_an_adjective_after_a_possessive_is_no_person():
    """"Canada's Black train porters": "Black" is no surname, so the author quoted with "he
    writes" and "he says" is Cecil Foster, not "Black Canadian" (a GGT article)."""
    sentences = ggt_article("5c5490681e67d78e2742d421")
    for opening in ("“Canada wasn’t originally intended", "“I’m hoping that people"):
        assert speaker_of(sentences, opening) == "Cecil Foster", opening


def test_appositions_inversions_and_bodies_named_by_their_sort():
    """Real sentences: "One red-state Democrat, Montana Sen. Jon Tester, said" names Jon Tester;
    "..., said Batchelder." and "Said Ellis: ..." put the verb first; "the utility said" is BC
    Hydro, the last speaker that is no person; "the Calgary-based railway" is the Canadian
    Pacific Railway, the name holding "railway"."""
    assert speaker_of(ggt_article("5c2a60611e67d78e27b8feef"), "One red-state Democrat") == \
        "Jon Tester"
    assert speaker_of(ggt_article("5c1f08711e67d78e279bf66d"),
                      "More than 800 field personnel") == "BC Hydro"
    assert speaker_of(ggt_article("5c5e50711e67d78e27616b23"),
                      "The Calgary-based railway said") == "Canadian Pacific Railway"
    path = shared_path("data", "polnear-dev", "text",
                       "politico_2016-10-04_trump-not-walking-the-walk-on-hi.txt")
    sentences = run(path.read_text(encoding="utf-8"))
    assert speaker_of(sentences, "Trump would simultaneously expand") == "Lily Batchelder"
    assert [s.kind for s in sentences if s.text.startswith("Said Ellis:")] == ["attributed"]
    text = ("John Smith, who lost 16 lbs. between May and October, says the program changed "
            "his life.\n"
            "McCallum’s staff later said the figure was wrong.\n")
    assert [s.speaker for s in run(text)] == ["John Smith", "McCallum’s staff"]


def test_quotes_signed_after_a_dash():
    text = ("Readers wrote to us after the debate.\n"
            "\u201cHe is ignorant of our culture and lives.\u201d\u2015 Pamela Padilla\n"
            "\u201cMaybe we can build a wall around him.\u201d\u2015 Steve Quinlan\n")
    assert kinds_and_speakers(text)[1:] == [("attributed", "Pamela Padilla"),
                                             ("attributed", "Steve Quinlan")]


def test_arabic_verb_forms_titles_and_carry_over():
    text = ("وقال مساعد وزير الخارجية لشؤون حقوق الإنسان السفير طلال المطيري، إن الورشة مهمة.\n"
            "وأضاف المطيري أن العمل مستمر.\n"
            "ولفت إلى أن الخطة جاهزة.\n"
            "من ناحيته، عبر د. ظافر الحسيني من المفوضية عن السعادة.\n"
            "وقال الحسيني، إن الفريق يتطلع إلى التعاون.\n")
    assert kinds_and_speakers(text) == [
        ("attributed", "طلال المطيري"), ("attributed", "طلال المطيري"),
        ("attributed", "طلال المطيري"), ("attributed", "ظافر الحسيني"),
        ("attributed", "ظافر الحسيني"),
    ]


def test_arabic_roles_without_titles_and_verbs_with_a_complement():
    """A role with no title before the name ("وزير الخارجية أحمد علي"); زعم, اعترف, نبه, توقع and
    علق, whose complement opens with أن / ب / إلى / على, so the source stops before it."""
    text = ("انتقادات للقرار الجديد\n"
            "وزعم المتحدث باسم الحزب خالد يوسف أن الانتخابات زورت.\n"
            "وقال وزير الخارجية أحمد علي إن الاجتماع كان مثمرا.\n"
            "وأكد رئيس مجلس الأمة مرزوق الغانم أن الجلسة ستعقد غدا.\n"
            "واعترفت الوزيرة سارة محمد بأن الخطة تأخرت.\n"
            "وعلق يوسف على ذلك قائلا إن الأمر انتهى.\n"
            "وتوقع البنك المركزي أن يرتفع التضخم.\n")
    assert kinds_and_speakers(text)[1:] == [
        ("attributed", "خالد يوسف"), ("attributed", "أحمد علي"), ("attributed", "مرزوق الغانم"),
        ("attributed", "سارة محمد"), ("attributed", "خالد يوسف"), ("attributed", "البنك المركزي")]


def test_arabic_wire_lead_roles_and_background():
    """A KUNA dateline before the lead's verb; "الوزير" and "وزيرة ..." alone name the person
    written with that role (in her gender); a definite body noun is no name with a verb or a
    person after it; a quotation before its verb; "يذكر أن" is the writer's background."""
    lines = [  # each sentence with the speaker it must get (None: not attributed)
        ("الكويت - 22 - 11 (كونا) -- أكد وزير الخارجية الشيخ سالم عبدالله الجابر الصباح اليوم "
         "الأحد أهمية العمل المشترك.", "سالم عبدالله الجابر الصباح"),
        ("ولفتت وزيرة الشؤون الاجتماعية الدكتورة أمثال الحويلة إلى أن الوزارة تعمل على التطوير.",
         "أمثال الحويلة"),
        ("وأوضح الوزير أن الاجتماع ناقش القضايا الإقليمية.", "سالم عبدالله الجابر الصباح"),
        ("وقالت الوزيرة إن الخطة جاهزة.", "أمثال الحويلة"),
        ("من جانبه، قال رئيس مجلس الإدارة عبدالعزيز الفليج إن الشركة حققت أرباحا.",
         "عبدالعزيز الفليج"),
        ("وأعلنت وزارة الداخلية القبض على متهمين.", "وزارة الداخلية"),
        ("وقالت الوزارة إنها ستتخذ الإجراءات اللازمة.", "وزارة الداخلية"),
        ("«نحن ملتزمون بالإصلاح»، قال الفليج.", "عبدالعزيز الفليج"),
        ("يذكر أن الكويت انضمت إلى الأمم المتحدة عام 1963.", None),
    ]
    result = kinds_and_speakers("\n".join(line for line, _ in lines) + "\n")
    assert result == [("attributed" if speaker else "unattributed", speaker)
                      for _, speaker in lines]


def test_arabic_relay_names_the_source_after_an():
    """"نقلت الصحيفة عن الوزير قوله": the speaker is the one quoted, not the paper that relays;
    an unnamed source ("مصدر مسؤول") relayed by a named agency is the agency's claim, flagged
    as vaguely sourced."""
    result = run("ونقلت صحيفة القبس عن وزير المالية أنور المضف قوله إن العجز سيتراجع.\n"
                 "ونقلت وكالة الأنباء عن مصدر مسؤول قوله إن الحكومة تدرس الأمر.\n"
                 "ونقلت الشاحنات البضائع إلى الميناء.\n")
    assert [(s.kind, s.speaker, s.vague_source) for s in result] == [
        ("attributed", "أنور المضف", False), ("attributed", "وكالة الأنباء", True),
        ("unattributed", None, False)]


def test_arabic_stance_verbs_honorifics_and_names_like_words():
    """جدد/رحب/ثمن count only with a verbal-noun object or a ب complement; "سموه" stands for the
    person before; "صباح" after a title is a name, not the morning; a body ends before a person
    ("رئيسة الجمعية ... لحقوق الإنسان سارة الراشد"); "قالوا إنهم" with no group before has no
    source; an unnamed
    official is vague."""
    lines = [
        ("وجددت وزارة الخارجية في بيان لها اليوم موقف دولة الكويت الثابت.", "وزارة الخارجية"),
        ("وجددت الشركة العقد مع المورد.", None),
        ("ورحبت وزارة الصحة بالخطوة.", "وزارة الصحة"),
        ("وقال الشيخ صباح الخالد: «الإصلاح ضرورة».", "صباح الخالد"),
        ("وأكد سموه أن المرحلة المقبلة تتطلب الجهود.", "صباح الخالد"),
        ("وقال الوزير صباح اليوم إن العمل مستمر.", "الوزير"),
        ("ومن جهتها، قالت رئيسة الجمعية الكويتية لحقوق الإنسان سارة الراشد إن الأوضاع تحسنت.",
         "سارة الراشد"),
        ("وتابعت الراشد قائلة إن الجمعية ستواصل عملها.", "سارة الراشد"),
        ("وقالوا إنهم سيواصلون الاعتصام.", None),  # a plural verb: no group before
        ("وقال مسؤول في الوزارة، طلب عدم الكشف عن اسمه، إن القرار نهائي.", None),
    ]
    result = run("\n".join(line for line, _ in lines) + "\n")
    assert [(s.kind, s.speaker) for s in result] == [
        ("attributed" if speaker else "unattributed", speaker) for _, speaker in lines]
    assert result[-1].vague_source


def test_arabic_continuations_agree_in_gender_and_number():
    text = ("وقال الوزير أحمد علي إن العمل مستمر.\n"
            "وقالت الوزيرة سارة محمد إن الخطة جاهزة.\n"
            "وأضاف أن الميزانية كافية.\n"
            "وأضافت أن التنفيذ يبدأ غدا.\n"
            "وأكد المشاركون أهمية الحوار.\n"
            "وقالوا إنهم سيواصلون.\n")
    assert [s for _, s in kinds_and_speakers(text)] == [
        "أحمد علي", "سارة محمد", "أحمد علي", "سارة محمد", "المشاركون", "المشاركون"]


def test_arabic_subject_first_clauses_and_phrases_inside_a_word():
    """The subject before its verb ("وكان ... قد صرح", "الحكومة تقول"); a verb after a clause
    and a comma; "وفقا لوزارة الصحة" (the phrase ends inside the word) and "بحسب ما أعلنته"; an
    adjective or a description between the title and the name; datelines standing alone."""
    lines = [
        ("القاهرة - «الجريدة»", None),
        ("أكد الرئيس المصري عبدالفتاح السيسي أن بلاده تدعم الحل السلمي.", "عبدالفتاح السيسي"),
        ("وكان وزير الخارجية سامح شكري قد صرح في وقت سابق بأن المفاوضات متعثرة.", "سامح شكري"),
        ("الحكومة تقول إن الأزمة تحت السيطرة.", "الحكومة"),
        ("وفي تصريح لـ«القبس»، قال النائب حمد المطر إن الحكومة مطالبة بالشفافية.", "حمد المطر"),
        ("ووفقا لوزارة الصحة، ارتفع عدد الوفيات إلى 50.", "وزارة الصحة"),
        ("وبحسب ما أعلنته وزارة الداخلية، فقد تم ضبط 20 متهما.", "وزارة الداخلية"),
        ("ويرى المحلل السياسي خالد العتيبي أن الانتخابات ستكون حاسمة.", "خالد العتيبي"),
        ("في المقابل، رفض وزير المالية التعليق على الموضوع.", None),
    ]
    result = run("\n".join(line for line, _ in lines) + "\n")
    assert [(s.kind, s.speaker) for s in result[1:]] == [
        ("attributed" if speaker else "unattributed", speaker) for _, speaker in lines[1:]]
    assert result[0].kind == "filler"


def test_a_headline_names_its_speaker_before_a_colon():
    """Attributed only when the article quotes or names the same person again ("عاجل:" and
    "READ MORE:" never are); the speaker is the fullest name the article gives."""
    text = ("الغانم: المجلس لن يتهاون في محاسبة المقصرين\n"
            "أكد رئيس مجلس الأمة مرزوق الغانم أن المجلس سيحاسب المقصرين.\n"
            "عاجل: انقطاع الكهرباء عن مناطق واسعة\n")
    assert [(s.kind, s.speaker) for s in run(text)][::2] == [
        ("attributed", "مرزوق الغانم"), ("filler", None)]
    path = shared_path("data", "polnear-dev", "text",
                       "politico_2016-09-16_sanders-clinton-needs-to-get-awa.txt")
    first = run(path.read_text(encoding="utf-8"))[0]
    assert (first.kind, first.speaker, first.rule) == ("attributed", "Bernie Sanders",
                                                       "en:colon-headline")
    links = [s for s in ggt_article("5c149ffc1e67d78e276fbd44") if s.text.startswith("READ MORE:")]
    assert links and all(s.kind != "attributed" for s in links)


def test_arabic_quotations_that_go_on_and_two_sources():
    """A sentence that is all quotation goes on quoting the speaker just before (and nobody
    after an unattributed sentence); "كل من الوزير والسفير" is the first of them; "نظيره" after
    a title is no name, so "الوزير" later is still the minister."""
    lines = [
        ("وقال وزير الصحة الدكتور أحمد العوضي في تصريح صحفي: «الوضع الصحي مستقر».", "أحمد العوضي"),
        ("«لقد اتخذنا كل الإجراءات اللازمة لمواجهة الموسم».", "أحمد العوضي"),
        ("وأكد كل من الوزير والسفير على أهمية التعاون.", "أحمد العوضي"),
        ("كما التقى الوزير نظيره البحريني.", None),
        ("واختتم الوزير تصريحه بالقول إن المستقبل واعد.", "أحمد العوضي"),
        ("وانتهى الاجتماع بعد ساعتين.", None),
        ("«هذه مرحلة جديدة للتعاون بين البلدين».", None),
    ]
    result = kinds_and_speakers("\n".join(line for line, _ in lines) + "\n")
    assert result == [("attributed" if speaker else "unattributed", speaker)
                      for _, speaker in lines]


def test_arabic_commentary_and_furniture_that_reads_like_a_cue():
    text = ("وتعكس هذه الخطوة حرص الدولة على حماية حقوق الإنسان.\n"
            "ومما لا شك فيه أن الكويت تلعب دورا محوريا في المنطقة.\n"
            "لذلك يجب على الجميع التكاتف من أجل مستقبل أفضل.\n"
            "اقرأ أيضاً: الحكومة تقر الميزانية\n"
            "وتجدر الإشارة إلى أن الوزارة أطلقت 15 مبادرة العام الماضي.\n")
    assert [s.kind for s in run(text)] == ["filler"] * 4 + ["unattributed"]


def test_english_openings_that_are_filler_only_when_nothing_is_named(seed_texts):
    """"This process involves a thorough review ..." names nothing: filler; "This partnership
    aims to bolster Kuwait's existing initiatives" names Kuwait: an assertion (seed 000 gold)."""
    sentences = run(seed_texts["000_b445701f642d4228.txt"])
    kind = {s.text.split(" ", 3)[1] + " " + s.text.split(" ", 3)[2]: s.kind for s in sentences
            if s.text.startswith(("This process", "This partnership aims", "These campaigns"))}
    assert kind == {"process involves": "filler", "partnership aims": "unattributed",
                    "campaigns are": "filler"}


def test_an_arabic_document_speaks_for_the_body_that_issued_it():
    """"بيان الديوان", "تقرير وزارة الصحة", "التقرير الصادر عن البنك الدولي" name the body; a
    statement with no body named keeps its noun (GUIDELINES, seed 002's joint statement)."""
    lines = [
        ("عقد الديوان الوطني لحقوق الإنسان اجتماعا.", None),
        ("ووفقا لبيان الديوان، جرى بحث التعاون.", "الديوان الوطني لحقوق الإنسان"),
        ("وقال البيان إن العمل مستمر.", "البيان"),
        ("وأشار تقرير وزارة الصحة إلى ارتفاع الإصابات.", "وزارة الصحة"),
        ("وذكر التقرير الصادر عن البنك الدولي أن النمو سيتباطأ.", "البنك الدولي"),
    ]
    result = kinds_and_speakers("\n".join(line for line, _ in lines) + "\n")
    assert result == [("attributed" if speaker else "unattributed", speaker)
                      for _, speaker in lines]


def test_arabic_phrases_take_an_attached_conjunction():
    flags = [(s.hedged, s.vague_source) for s in run(
        "ومن المتوقع أن ترتفع أسعار النفط.\nويرى مراقبون أن الأزمة طويلة.\n")]
    assert flags == [(True, False), (False, True)]


def test_titles_that_are_names_and_institutions():
    text = ("التقى الوزير مع السفيرة الشيخة جواهر الدعيج في الكويت.\n"
            "وأكدت السفيرة الشيخة جواهر الدعيج أن التعاون مستمر.\n"
            "أقامت الوزارة ورشة في معهد الشيخ سعود الناصر الصباح الدبلوماسي.\n"
            "من جانبه، أكد المنسق المقيم د. طارق الشيخ، أن الورشة مفيدة.\n"
            "وقال الشيخ، إنه يفترض أن تنجح الخطة.\n")
    result = kinds_and_speakers(text)
    assert result[1] == ("attributed", "جواهر الدعيج")
    assert result[2][0] != "attributed" and result[2][1] is None
    assert result[3] == ("attributed", "طارق الشيخ")
    assert result[4] == ("attributed", "طارق الشيخ")


def test_dual_continuation_takes_the_group():
    text = ("أكد الجانبان على أهمية مواصلة الحوار البناء.\n"
            "وقال الوزير أحمد علي إن الحوار مستمر.\n"
            "كما شددا على الدور المحوري للتكامل بين الجهات.\n")
    assert [s for _, s in kinds_and_speakers(text)] == ["الجانبان", "أحمد علي", "الجانبان"]


def test_bodies_documents_and_cue_phrases_resolve_to_full_names():
    text = ("عقد الديوان الوطني لحقوق الإنسان اجتماعا مع الأمم المتحدة.\n"
            "ووفقًا لبيان صادر عن الديوان، جرى بحث سبل التعاون.\n"
            "وبحسب البيان تعمل الكويت على تعزيز حقوق الإنسان.\n")
    assert kinds_and_speakers(text)[1:] == [
        ("attributed", "الديوان الوطني لحقوق الإنسان"), ("attributed", "البيان")]


def test_english_sources_pronouns_and_according_to():
    text = ("The National Bureau for Human Rights met UN officials on Tuesday.\n"
            "The Bureau emphasized that these efforts are ongoing.\n"
            "Ambassador Jane Smith told reporters the talks went well. She added that more were planned.\n"
            "According to the statement, the plan starts in May.\n"
            "Sources said the deal was close.\n")
    result = run(text)
    assert [(s.kind, s.speaker) for s in result[1:5]] == [
        ("attributed", "National Bureau for Human Rights"), ("attributed", "Jane Smith"),
        ("attributed", "Jane Smith"), ("attributed", "statement")]
    assert result[5].kind == "unattributed" and result[5].vague_source


def test_quotes_of_every_kind_and_unbalanced_ones_do_not_crash():
    text = ('"We will win," said Jane Smith.\n“It is done,” he said.\n'
            'قال الوزير: «العمل مستمر».\nHe said "it is over.\n«unbalanced “marks ” here\n')
    result = run(text)
    assert len(result) == 5
    assert result[0].speaker == "Jane Smith" and result[1].speaker == "Jane Smith"


def test_hedges_and_vague_sources_are_flags():
    text = ("من المتوقع أن يعقد الديوان اجتماعات متابعة.\n"
            "وتشير التقارير إلى أن الديوان يواجه تحديات.\n"
            "قد يؤدي ذلك إلى تأخير.\n"
            "وقد اتخذت الحكومة خطوات مهمة في عام 2020.\n"
            "These programs will likely cover labor law.\n"
            "The meeting was held in May 2021.\n")
    flags = [(s.hedged, s.vague_source) for s in run(text)]
    assert flags == [(True, False), (False, True), (True, False), (False, False), (True, False),
                     (False, False)]


def test_filler_furniture_headings_and_wire_marks():
    text = ("Ad\nاترك تعليقاً\n"
            "The meeting, held on Tuesday, was chaired by Anas Al-Shaheen.\n"
            "The Importance of International Standards\nمتابعة التوصيات\n// انتهى //\nIn conclusion, the meeting underscores the commitment.\n.\n")
    kinds = [(s.kind, s.rule.split(":")[0]) for s in run(text)]
    assert [k for k, _ in kinds] == ["filler", "filler", "unattributed", "filler", "filler",
                                     "filler", "filler", "filler"]


def test_every_sentence_has_rule_and_confidence(seed_texts):
    for text in seed_texts.values():
        for sentence in run(text):
            assert sentence.rule and ":" in sentence.rule
            assert 0.0 < sentence.confidence <= 1.0


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pipeline_round_trips_through_disk(tmp_path: Path, lang):
    nlp = build_pipeline(lang)
    nlp.to_disk(tmp_path / lang)
    loaded = spacy.load(tmp_path / lang)
    assert loaded.pipe_names == nlp.pipe_names
    doc = loaded("وقال السفير طلال المطيري إن الورشة مهمة." if lang == "ar" else "Smith said so.")
    assert doc._.claims[0].kind == "attributed"


def test_arabic_press_is_a_named_source():
    """A paper or a website named in quotation marks speaks under its name, without the marks
    or the adjective after them, and "الصحيفة" later is the same paper; unnamed "وسائل إعلام"
    are vague; "والي" is a role given its name after a comma."""
    result = run("كشفت صحيفة «الأنباء» الكويتية عن خطة لتطوير الموانئ.\n"
                 "وأوضحت الصحيفة أن الخطة تشمل ثلاثة موانئ.\n"
                 "أفادت وسائل إعلام محلية بأن الخطة ستعلن قريبا.\n"
                 "وقال والي بنك المغرب، عبد اللطيف الجواهري، إن التضخم سيتراجع.\n")
    assert [(s.kind, s.speaker, s.vague_source) for s in result] == [
        ("attributed", "صحيفة الأنباء", False), ("attributed", "صحيفة الأنباء", False),
        ("unattributed", None, True), ("attributed", "عبد اللطيف الجواهري", False)]


def test_a_colon_that_ends_its_paragraph_opens_a_block_quotation():
    """"The mayor added:" (or "وأضاف الوزير:") closing a paragraph: the next paragraph is what
    was said, sentence by sentence, up to the paragraph's end; a colon inside a paragraph does
    not reach past it."""
    english = run("Mayor Ellen Hart spoke to the council on Monday. The mayor added:\n\n"
                  "We cannot wait another year. The bridge is failing.\n\n"
                  "The council meets again in June. It listed three items:\n"
                  "The budget was approved.\n")
    assert [(s.kind, s.speaker) for s in english] == [
        ("unattributed", None), ("attributed", "Ellen Hart"), ("attributed", "Ellen Hart"),
        ("attributed", "Ellen Hart"), ("unattributed", None), ("unattributed", None),
        ("unattributed", None)]
    arabic = run("وقال وزير المالية خالد الرومي إن العجز تراجع. وأضاف:\n\n"
                 "لن نرفع الضرائب هذا العام. الإصلاح مستمر.\n\n"
                 "وتبلغ قيمة الميزانية 20 مليار دينار.\n")
    assert [(s.kind, s.speaker) for s in arabic] == [
        ("attributed", "خالد الرومي")] * 4 + [("unattributed", None)]
