"""English news of central banks and their governors: shapes of blind probe set E49, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_remarks_in_single_curly_marks_under_the_speakers_heading():
    got = kinds_and_speakers(
        "Roundup of Recent Remarks by Policy Makers\n\n"
        "The following is a summary of recent remarks made by members of the rate committee.\n\n"
        "Maria Novak (Central Bank of Slovenia)\n\n"
        "‘I think that rates will stay where they are for a good while yet.’\n\n"
        "‘We are not there yet, and it would be a mistake to declare victory too early.’\n")
    assert got[1:] == [(F, None), (F, None), (A, "Maria Novak"), (A, "Maria Novak")]


def test_a_page_clock_with_an_at_sign_is_furniture():
    assert kinds_and_speakers("Wed, Mar 8, 2023 @ 09:41 GMT\n") == [(F, None)]


def test_according_to_a_bodys_index_is_the_body():
    got = kinds_and_speakers(
        "According to the National Statistics Bureau’s retail price index for April, prices "
        "rose by two percent.\n")
    assert got == [(A, "National Statistics Bureau")]


def test_a_headline_quoting_a_few_words_of_its_subject():
    got = kinds_and_speakers("Reserve Bank ‘will not rush’ to cut interest rates\n\n"
                             "Markets had expected a cut before the summer.\n")
    assert got == [(A, "Reserve Bank"), (U, None)]
