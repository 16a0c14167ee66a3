"""Arabic news of football club transfers: shapes of blind probe set 82, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_club_president_named_by_its_city_is_the_one_named_before():
    got = kinds_and_speakers(
        "كشف خالد السالم، رئيس نادي اتحاد جدة السعودي، عن صفقة جديدة.\n\n"
        "وأكد رئيس نادي اتحاد جدة أن اسم اللاعب سيعلن قريبا.\n")
    assert got == [(A, "خالد السالم"), (A, "خالد السالم")]


def test_the_first_of_what_a_club_announced_is_no_part_of_its_name():
    got = kinds_and_speakers("أعلن نادي أهلي حمص أول عقوده الجديدة مع اللاعبين.\n")
    assert got == [(A, "نادي أهلي حمص")]


def test_a_place_a_dash_and_the_writer_before_a_colon_is_a_byline():
    got = kinds_and_speakers("تبوك - سعد العنزي:\n\nقال رئيس النادي إن الصفقة تمت.\n")
    assert got[0] == (F, None)
