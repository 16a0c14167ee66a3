"""English news of air crash investigations: shapes of blind probe set E92, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"


def test_a_witness_unnamed_is_vague_and_the_named_investigator_speaks():
    got = kinds_and_speakers(
        "According to a witness interviewed for the report, the engine was at full throttle.\n"
        "At least one witness told investigators the gear was up, Sam Ortega said.\n")
    assert got == [(U, None), (A, "Sam Ortega")]


def test_investigators_alone_are_a_group_that_speaks():
    assert kinds_and_speakers("The jet crashed a minute after takeoff, investigators said.\n") == [
        (A, "investigators")]


def test_a_headlines_acronym_is_the_board_not_its_member_quoted_later():
    got = kinds_and_speakers(
        "FAA: Records still need checking\n\n"
        "FAA Deputy Chief Lena Park said the records were incomplete.\n")
    assert got == [(A, "FAA"), (A, "Lena Park")]


def test_an_unnamed_residents_quotation_goes_on_unnamed():
    sentences = run('"I\'m shocked," one resident told reporter Ann Lowe. "I\'m upset."\n')
    assert [(s.kind, s.speaker, s.vague_source) for s in sentences] == [
        (U, None, True), (U, None, True)]
