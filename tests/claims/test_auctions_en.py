"""English reports of art auctions: shapes of blind probe set E48, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_name_ending_in_s_before_said_is_no_owner_of_a_noun():
    got = kinds_and_speakers(
        "The sale, which Bonham's said showed strong demand, took in $40 million.\n")
    assert got == [(A, "Bonham")]


def test_a_paywall_and_a_newsletter_sign_up():
    got = kinds_and_speakers(
        "Enjoy unlimited access: just £1 for 12 weeks\n\n"
        "Subscribe now\n\n"
        "A Monet sold for $40 million on Tuesday.\n\n"
        "Sign up to our free weekly newsletter for the latest news direct to your inbox.\n")
    assert got == [(F, None), (F, None), (U, None), (F, None)]
