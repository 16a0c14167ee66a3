"""English wire reports of a health ministry's daily figures: shapes of blind probe set E32,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_spokesman_after_a_possessive_and_a_day_after_the_ministry():
    got = kinds_and_speakers(
        "The new figures took the total to 3,874, noted the ministry’s spokesman Dr Omar "
        "Al-Haddad.\n"
        "Twelve new cases were found, said the Health Ministry Monday.\n")
    assert got == [(A, "Omar Al-Haddad"), (A, "Health Ministry")]


def test_the_body_said_at_the_end_speaks_for_the_country_before():
    got = kinds_and_speakers(
        "KUWAIT: Kuwait yesterday confirmed 12 new cases, bringing the total to 188, said the "
        "Health Ministry.\n"
        "Ministry spokesman Dr. Omar Al-Haddad said three persons died of the virus.\n"
        "He added the new cases were of people in close contact with patients.\n")
    assert got == [(A, "Health Ministry"), (A, "Omar Al-Haddad"), (A, "Omar Al-Haddad")]


def test_a_caption_of_a_name_and_a_channel_invitation():
    got = kinds_and_speakers(
        "Health Ministry Spokesman Dr. Omar Al-Haddad\n"
        "Eleven new cases were found on Monday.\n"
        "Read Today's News TODAY... on our Telegram Channel click here to join\n")
    assert got == [(F, None), (U, None), (F, None)]
