"""English news of a mine rescue: shapes of blind probe set E81, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_a_surname_that_opens_a_firm_name_is_the_person():
    got = kinds_and_speakers("“We will reach them,” said Carl B. Dawson, chairman of Dawson "
                             "Mining Corp. of Denver.\n\nCrews were drilling from the side, "
                             "Dawson said.\n")
    assert got == [(A, "Carl B. Dawson")] * 2


def test_a_firm_named_short_is_still_the_firm():
    got = kinds_and_speakers("Toyota Motor Corp. recalled 2 million cars on Monday.\n\n"
                             "Toyota said the fault was found in March.\n")
    assert got[1] == (A, "Toyota Motor Corp")


def test_she_said_after_a_woman_named_earlier_in_the_sentence():
    got = kinds_and_speakers(
        "Relatives waited at a church in Crandall Falls.\n\nThe families speak little English, "
        "so Mayor Hilary Dunn hugged them and prayed with them, she said.\n")
    assert got[1] == (A, "Hilary Dunn")


def test_an_unnamed_executive_is_a_vague_source():
    got = kinds_speakers_vague("If they survived, a mine executive said, they could have air "
                               "for several days.\n")
    assert got == [(U, None, True)]


def test_seismologists_in_a_place_quoted_are_no_name():
    got = kinds_and_speakers("Local media reports quoted seismologists in Utah as saying the "
                             "collapse may have been misread.\n")
    assert got[0][1] != "Utah"
