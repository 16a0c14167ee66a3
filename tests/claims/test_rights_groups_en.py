"""English news and releases of human rights groups: shapes of blind probe set E28, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_researcher_calling_a_threat_by_a_quoted_name():
    got = kinds_and_speakers(
        "In a statement issued on Monday, researcher Lena Marsh called the plan to try the "
        "protesters in a military court \"a mockery of justice.\"\n")
    assert got == [(A, "Lena Marsh")]


def test_activists_unnamed_are_a_vague_source_and_so_is_their_pronoun():
    got = kinds_and_speakers(
        "The Watch Group said in a statement that the arrests were unlawful.\n"
        "Activists are calling for the release of all the detainees.\n"
        "They claim that the court has ignored its own rules.\n")
    assert got == [(A, "Watch Group"), (U, None), (U, None)]


def test_the_agency_after_a_wire_service_is_named_is_that_service():
    got = kinds_and_speakers(
        "The Watch Group said the detainees had not seen a lawyer.\n"
        "\"They are held like criminals,\" Omar Haddad, its regional director, told the "
        "Associated Press.\n"
        "Most of them face charges of spreading false news, the agency reports.\n")
    assert got == [(A, "Watch Group"), (A, "Omar Haddad"), (A, "Associated Press")]


def test_page_furniture_and_an_appeal_for_money():
    got = kinds_and_speakers("Skip to main content\n"
                             "The court adjourned the trial until March.\n"
                             "Your tax deductible gift can help stop abuses around the world.\n")
    assert got == [(F, None), (U, None), (F, None)]
