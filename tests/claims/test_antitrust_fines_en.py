"""English news of antitrust fines: shapes of blind probe set E54, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_reported_by_a_press_centre_after_the_news():
    got = kinds_and_speakers(
        "The Federal Tariff Service fined two airlines 40 million rubles, reported the "
        "press-centre of the Federal Tariff Service.\n")
    assert got[0][0] == A


def test_an_agency_in_capitals_and_a_date_with_their_full_stops():
    got = kinds_and_speakers("NORDIC-WIRE. June 07, 2019. The court fined the firm.\n")
    assert got[:2] == [(F, None), (F, None)]
