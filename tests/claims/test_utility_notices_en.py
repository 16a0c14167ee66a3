"""English utility notices: shapes of blind probe set E67, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers
from tests.claims.test_segment import texts

F = "filler"


def test_a_time_of_day_does_not_end_a_line_with_no_capital():
    assert texts("• watering allowed between 9:00 p.m. and 4:00 a.m.\n") == [
        "• watering allowed between 9:00 p.m. and 4:00 a.m."]


def test_a_notice_asking_its_customers_is_a_call_to_action():
    got = kinds_and_speakers(
        "During the dry months, we ask customers to reduce their water use.\n\n"
        "Water customers are requested to limit irrigation.\n")
    assert got == [(F, None), (F, None)]
