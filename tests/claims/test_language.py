from claims.language import document_language, letter_counts, sentence_language
from claims.pipeline import analyse
from claims.reader import read_paths
from tests.conftest import SEEDS


def test_sentence_language():
    assert sentence_language("وقال السفير إن الشراكة مهمة", "en") == "ar"
    assert sentence_language("The Bureau said (KUNA) الكويت", "ar") == "en"
    assert sentence_language("2021 .", "ar") == "ar"


def test_document_language_mixed_threshold():
    assert document_language([letter_counts("abc def ghi"), letter_counts("الكويت")]) == "mixed"
    assert document_language([letter_counts("a"), letter_counts("الكويت الكويت الكويت")]) == "ar"


def test_seed_languages_per_document_and_sentence():
    analysed = {d.name: analyse(d) for d in read_paths([SEEDS])}
    assert analysed["000_b445701f642d4228.txt"].lang == "en"
    seed_001 = analysed["001_c4366dcceca95f21.txt"]
    assert seed_001.lang == "ar"
    assert seed_001.sentences[0].lang == "en"  # the theme-licence furniture line
    assert {s.lang for s in seed_001.sentences[1:]} == {"ar"}
    # the lone "." at the end of seed 002 takes its document's language
    assert analysed["002_30a50333074a9b91.txt"].sentences[-1].text == "."
    assert analysed["002_30a50333074a9b91.txt"].sentences[-1].lang == "ar"
