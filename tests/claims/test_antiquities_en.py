"""English news of looted antiquities returned: shapes of blind probe set E78, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_an_office_and_a_colon_before_a_quotation_speaks():
    got = kinds_and_speakers(
        "The vases were handed over in Athens on Friday. Minister of Tourism: \"Our heritage is "
        "not for sale.\"\n\nThe Mayor: “We will put them on show next spring.”\n")
    assert got == [(U, None), (A, "Minister of Tourism"), (A, "Mayor")]


def test_a_label_with_no_office_and_no_known_name_is_no_speaker():
    got = kinds_and_speakers("The bowls were found in 2019. Breaking News: \"More to come\".\n")
    assert [kind for kind, _ in got] == [U, U]


def test_a_nationality_before_a_document_is_no_author():
    got = kinds_and_speakers(
        "The Spanish report said 40 coins had been smuggled through Marseille.\n\n"
        "The Harvard study said most of the coins were Roman.\n")
    assert got == [(A, "Spanish report"), (A, "Harvard")]
