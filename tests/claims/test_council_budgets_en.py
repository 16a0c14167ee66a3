"""English city council budget stories: shapes of blind probe set E20, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_sentence_cut_by_a_doubled_line_break_is_one_sentence():
    got = kinds_and_speakers(
        "Mayor Ann Lee said there are a\n\n"
        "number of reasons for the delay, one of them being the\n\n"
        "cost of the new bridge.\n\n"
        "Council rejects the harbour plan in a close vote\n\n"
        "budget talks went on late into the night.\n")
    assert got == [(A, "Ann Lee"), (F, None), (U, None)]  # a heading stays apart


def test_a_transcript_in_lower_case_is_split_into_its_sentences():
    texts = [s.text for s in run(
        "the city budget... it was approved tonight. the total budget is 93 million dollars. "
        "the mayor says it is balanced.\n")]
    assert texts == ["the city budget...", "it was approved tonight.",
                     "the total budget is 93 million dollars.", "the mayor says it is balanced."]


def test_topic_labels_and_a_lone_transition_are_filler():
    got = kinds_and_speakers(
        "The budget takes effect on July 1.\n\n"
        "finally...\n\n"
        "Story topics:\n")
    assert got == [(U, None), (F, None), (F, None)]
