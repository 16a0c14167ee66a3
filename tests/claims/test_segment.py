from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from claims.evaluate import boundary_f1
from claims.segment import MAX_SENTENCE_CHARS, is_blank, segment


def texts(document: str) -> list[str]:
    return [document[s.start:s.end] for s in segment(document)]


def check_invariants(document: str) -> None:
    spans = segment(document)
    previous_end = 0
    covered = set()
    for span in spans:
        assert previous_end <= span.start < span.end, "spans in order, never overlapping, never empty"
        piece = document[span.start:span.end]
        assert any(not is_blank(c) for c in piece), "no span is only white space"
        covered.update(range(span.start, span.end))
        previous_end = span.end
    for index, char in enumerate(document):
        if not is_blank(char):
            assert index in covered, f"character {char!r} at {index} is outside every span"


def test_english_terminal_punctuation_and_abbreviations():
    doc = ("Dr. Smith met U.N. officials on Jan. 5 in Washington. He said the rate rose to 3.5 "
           "per cent. George W. Bush was there! Was it version 2.0? Yes.")
    assert texts(doc) == [
        "Dr. Smith met U.N. officials on Jan. 5 in Washington.",
        "He said the rate rose to 3.5 per cent.",
        "George W. Bush was there!",
        "Was it version 2.0?",
        "Yes.",
    ]


def test_dotted_acronym_can_end_a_sentence():
    assert texts("He moved to the U.S. The move was sudden.") == [
        "He moved to the U.S.", "The move was sudden."]


def test_arabic_punctuation_and_abbreviations():
    doc = ("قال د. طارق الشيخ إن الورشة مهمة. هل تنجح الخطة؟ وأكد م. أحمد أن العمل مستمر. "
           "وبدأ الاجتماع في الساعة العاشرة صباحا؛ وناقش المشاركون خطة العمل الوطنية الجديدة بالتفصيل.")
    assert texts(doc) == [
        "قال د. طارق الشيخ إن الورشة مهمة.",
        "هل تنجح الخطة؟",
        "وأكد م. أحمد أن العمل مستمر.",
        "وبدأ الاجتماع في الساعة العاشرة صباحا؛",
        "وناقش المشاركون خطة العمل الوطنية الجديدة بالتفصيل.",
    ]


def test_short_clause_before_arabic_semicolon_does_not_split():
    assert len(texts("نعم؛ وقال الوزير إن الخطة جاهزة للتنفيذ الآن.")) == 1


def test_quotation_holding_full_stops_is_one_sentence():
    doc = 'He said: "We will win. We always do." Then he left. قال: «انتهى العمل. شكرا». ثم غادر.'
    assert texts(doc) == [
        'He said: "We will win. We always do."',
        "Then he left.",
        "قال: «انتهى العمل. شكرا».",
        "ثم غادر.",
    ]


def test_unbalanced_quotes_do_not_swallow_the_line():
    assert texts('He said "it is over. Then he left. “Nothing. More.') == [
        'He said "it is over.', "Then he left.", "“Nothing.", "More."]


def test_lines_headings_and_stray_lines_are_units():
    doc = "Headline Without Stop\n\nAd\n.\nBody sentence one. Body two.\r\nالكويت\n"
    assert texts(doc) == ["Headline Without Stop", "Ad", ".", "Body sentence one.", "Body two.",
                          "الكويت"]


def test_lowercase_continuation_after_abbreviation_like_stop():
    assert texts("It costs approx. ten dollars, i.e. cheap.") == ["It costs approx. ten dollars, i.e. cheap."]


def test_zero_width_and_bidi_controls_are_trimmed_not_lost():
    doc = "\u200f\u202bقال الوزير.\u202c \u200bSecond one.\u2066\n\ufeff"
    spans = texts(doc)
    assert spans == ["قال الوزير.", "Second one."]
    check_invariants(doc)


def test_huge_line_without_breaks_is_cut_into_bounded_pieces():
    doc = ("word " * 1_100_000).strip()  # about 5.5 MB, no punctuation, no line break
    spans = segment(doc)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in spans)
    assert spans[0].start == 0 and spans[-1].end == len(doc)
    assert len(spans) > len(doc) // MAX_SENTENCE_CHARS


def test_seed_boundaries_agree_with_gold(seed_texts, gold_seeds):
    predicted = [
        {"doc": name, "start": s.start} for name, text in seed_texts.items() for s in segment(text)
    ]
    score = boundary_f1(gold_seeds, predicted)
    assert score.f1 >= 0.95, score


def test_seed_invariants(seed_texts):
    for text in seed_texts.values():
        check_invariants(text)


MIXED = st.text(
    alphabet=st.sampled_from(
        list("abcXYZ  .!?؟؛…\"'“”«»()\n\r\t-")
        + list("قالوزيرالكويت") + ["\u200b", "\u200f", "\u202b", "\u2066", "\ufeff", "\u0301", "3", "."]
    ),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_invariants_on_mixed_random_text(document):
    check_invariants(document)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_invariants_on_any_unicode(document):
    check_invariants(document)


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_invariants_on_spliced_real_text(seed_texts, data):
    corpus = "\n".join(seed_texts.values())
    start = data.draw(st.integers(0, len(corpus) - 1))
    length = data.draw(st.integers(1, 3000))
    noise = data.draw(st.sampled_from(["", "\u200f", "\n\n", " . ", "«", '"']))
    check_invariants(corpus[start:start + length] + noise + corpus[:length // 3])


def test_arabic_headline_halves_and_a_stop_with_no_space():
    """".." joins the halves of a headline (no full stop ends the line); running Arabic text with
    no space after a full stop still splits, abbreviations ("د.أحمد", "أ.د.") do not."""
    assert texts("الوزير يفتتح المعرض.. ويعد بالمزيد\nافتتح الوزير المعرض.. ثم غادر.") == [
        "الوزير يفتتح المعرض.. ويعد بالمزيد", "افتتح الوزير المعرض..", "ثم غادر."]
    assert texts("قال الوزير إن المعرض ناجح.وأكد د.أحمد العلي أن أ.د.سالم حضر.") == [
        "قال الوزير إن المعرض ناجح.", "وأكد د.أحمد العلي أن أ.د.سالم حضر."]


def test_a_stop_after_a_closing_quotation_with_no_space():
    """'...غداً".وأضاف': the quotation closes, then the stop, then the next sentence."""
    assert texts('قال إن "الدراسة تبدأ غداً".وأضاف أن "الكتب جاهزة”.ولفت إلى أن «المدارس جاهزة».') == [
        'قال إن "الدراسة تبدأ غداً".', 'وأضاف أن "الكتب جاهزة”.', "ولفت إلى أن «المدارس جاهزة»."]


def test_a_stop_after_a_tanween_with_no_space():
    """"... 2 مليار جنيهاً.وكانت": the stop follows a word's final diacritic."""
    assert texts("بلغت الأرباح 2.5 مليار جنيهاً.وكانت المبيعات قياسيةً.وأضاف المدير أن النمو مستمر.") == [
        "بلغت الأرباح 2.5 مليار جنيهاً.", "وكانت المبيعات قياسيةً.", "وأضاف المدير أن النمو مستمر."]
