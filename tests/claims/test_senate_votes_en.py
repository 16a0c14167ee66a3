"""English Senate votes: shapes of blind probe set E16, written here in our own sentences. The
probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_he_after_an_apposed_subject_is_that_subject_not_the_last_speaker():
    got = kinds_and_speakers(
        "Senator Mark Olsen said the bill would fail.\n"
        "His fellow Ohio Republican, Sen. Rita Dunn, voted against the bill.\n"
        "“We owe voters a better law,” she said in a statement.\n"
        "Olsen, however, blasted the measure as a giveaway.\n"
        "His colleague from Ohio, Sen. Paul Weir, voted for it.\n"
        "“It is a fair deal,” he said in a statement.\n")
    assert [speaker for _, speaker in got] == [
        "Mark Olsen", None, "Rita Dunn", "Mark Olsen", None, "Paul Weir"]


def test_the_party_and_state_of_the_person_just_quoted():
    got = kinds_and_speakers(
        "“The budget is balanced,” Senator Mark Olsen said in a statement.\n"
        "“Those days are over,” the Ohio Republican added.\n")
    assert got == [(A, "Mark Olsen"), (A, "Mark Olsen")]


def test_she_said_in_a_lead_before_the_full_name():
    got = kinds_and_speakers(
        "Speaking to reporters in Dayton, Dunn had a short answer.\n"
        "“I had a family matter,” she said.\n"
        "Sen. Rita Dunn explained on Tuesday why she missed the vote.\n")
    assert got[1] == (A, "Rita Dunn")


def test_a_name_a_colon_and_a_quotation_is_a_label_with_no_later_mention():
    got = kinds_and_speakers(
        "Schuler: “We are pursuing two paths at once.”\n"
        "The talks resume on Monday.\n")
    assert got == [(A, "Schuler"), (U, None)]


def test_a_home_state_is_no_verb_and_expressing_support_is_a_stance():
    got = kinds_and_speakers(
        "Staff will help the senator update the number Trump read out in Graham’s home state.\n"
        "Sen. Rita Dunn had spoken on the floor, expressing her support for the narrow bill.\n"
        "Democratic Sen. Paul Weir had blasted the bill, which he described on Twitter as "
        "\"a wrecking ball.\"\n")
    assert got == [(U, None), (A, "Rita Dunn"), (A, "Paul Weir")]


def test_senators_abbreviated_hold_a_sentence_together():
    texts = [s.text for s in run(
        "Weir joined GOP Sens. Lisa Marsh of Alaska and Susan Cole of Maine in voting no.\n")]
    assert len(texts) == 1, texts


def test_photo_credits_a_wire_in_brackets_an_update_time_and_a_link_are_furniture():
    got = kinds_and_speakers(
        "The Senate passed the budget on a 52-46 vote.\n"
        "(Tom Williams/CQ Roll Call File Photo)\n"
        "(AP)\n"
        "Updated 4:20 a.m.\n"
        "Full story\n")
    assert got == [(U, None)] + [(F, None)] * 4
