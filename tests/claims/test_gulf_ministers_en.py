"""English Gulf news on ministers and ministries: shapes of blind probe set E21, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U, F = "attributed", "unattributed", "filler"


def test_a_gulf_name_with_al_and_its_short_forms():
    got = kinds_and_speakers(
        "Minister of State Sheikh Hamad al-Nasser al-Sabah said on Monday that the talks went "
        "well.\n"
        "Sheikh Hamad said the delegates agreed on a date, adding: \"we meet again in May.\"\n"
        "Speaking to reporters, the minister said no conditions were set.\n"
        "He hoped the next round would be held in Kuwait.\n")
    assert got == [(A, "Hamad al-Nasser al-Sabah")] * 4


def test_a_long_name_after_said_with_when_it_was_said():
    got = kinds_and_speakers(
        "Trade is a priority for the region, said Minister of Trade Sheikh Nawaf Fahad Al-Ali "
        "Al-Sabah on Sunday.\n"
        "Sheikh Nawaf stressed that the port would open in June.\n")
    assert got == [(A, "Nawaf Fahad Al-Ali Al-Sabah")] * 2


def test_a_ministry_with_its_day_and_an_unnamed_source_inside_it():
    got = kinds_speakers_vague(
        "The Foreign Ministry Saturday firmly denied reports of a visit.\n"
        "No such visit is planned, an official source at the foreign ministry said.\n")
    assert got == [(A, "Foreign Ministry", False), (U, None, True)]


def test_a_minister_of_a_field_is_no_person_and_the_minister_is_named_after():
    got = kinds_and_speakers(
        "Minister of Social Affairs and Minister of State for Housing Affairs, Huda Al-Fadhli "
        "denied Saturday that requests were received.\n"
        "The minister urged outlets to check their sources.\n"
        "(KUNA)\n"
        "—KUNA\n")
    assert got == [(A, "Huda Al-Fadhli"), (A, "Huda Al-Fadhli"), (F, None), (F, None)]
