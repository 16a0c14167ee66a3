"""English news of police arrests: shapes of blind probe set E70, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague, run

A, U, F = "attributed", "unattributed", "filler"


def test_naming_or_identifying_someone_as_a_person_is_a_statement():
    got = kinds_and_speakers("Sheriff Dana Cole identified the driver as Mark Ellis, 41, of "
                             "Dover.\n\nDeputies named the victim as a 19-year-old student.\n\n"
                             "The club named its new stadium the Arena.\n")
    assert got == [(A, "Dana Cole"), (A, "Deputies"), (U, None)]


def test_witnesses_unnamed_are_a_vague_source():
    assert kinds_speakers_vague("Witnesses tell the station that the driver ran a red light.\n") \
        == [(U, None, True)]


def test_a_person_of_a_body_with_the_apposition_left_open():
    got = kinds_and_speakers("Lieutenant Rosa Vega, of the Linden Police Department says the "
                             "road will reopen tonight.\n")
    assert got == [(A, "Rosa Vega")]


def test_a_dateline_in_brackets_is_filler():
    sentences = run("(ELKTON, Md.)\n\n— A man was arrested on Friday after a chase.\n")
    assert [(s.kind, s.rule) for s in sentences] == [(F, "filler:dateline"),
                                                     (U, "unattributed:assertion")]


def test_a_call_to_look_for_updates_is_filler():
    assert kinds_and_speakers("Look for updates on this story on the evening news.\n") == [
        (F, None)]
