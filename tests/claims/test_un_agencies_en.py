"""English UN agency briefings: shapes of blind probe set E24, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_lists_of_agencies_acronyms_are_furniture():
    got = kinds_and_speakers(
        "Sudan update - UNICEF - WFP - UNHCR - OCHA\n"
        "Press Conferences | ILO , WMO , UNHCR\n"
        "Sudan Update: OCHA - WHO - UNICEF\n"
        "Aid agencies said the road to the camp was closed.\n")
    assert got == [(F, None)] * 3 + [(A, "Aid agencies")]


def test_the_quotation_after_for_and_a_name_is_that_persons():
    got = kinds_and_speakers(
        "For Lena Storm, spokesperson for the UN refugee agency (UNHCR) “the camp is full.”\n"
        "For Storm, the answer was clear.\n")
    assert got == [(A, "Lena Storm"), (U, None)]


def test_a_toll_reported_and_the_data_of_a_named_body():
    got = kinds_and_speakers(
        "The World Health Organization further reported 1,204 fatalities in the region.\n"
        "According to the latest data of the World Food Programme, half the children are "
        "hungry.\n"
        "Police reported a robbery at the bank.\n")
    assert got == [(A, "World Health Organization"), (A, "World Food Programme"), (U, None)]
