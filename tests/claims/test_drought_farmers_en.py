"""English news of drought and farm yields: shapes of blind probe set E88, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_analysts_at_a_named_bank_are_the_banks_word_and_unnamed_ones_are_vague():
    got = kinds_and_speakers(
        "Soybean output will fall by a fifth, according to analysts at Westpac, which tracks "
        "grain markets. The barley crop was the smallest since 1988, the bank’s analysts said. "
        "Prices will rise, according to analysts.\n")
    assert got == [(A, "Westpac"), (A, "Westpac"), (U, None)]


def test_researchers_at_a_university():
    got = kinds_and_speakers(
        "Yields fell by a third, according to researchers at the University of Nebraska.\n")
    assert got == [(A, "University of Nebraska")]
