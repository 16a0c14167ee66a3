"""English news of earnings calls: shapes of blind probe set E60, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_an_order_to_the_reader_is_no_name():
    got = kinds_and_speakers(
        "Consider, for example, Acme CEO Dana Whitfield, who was asked about buybacks — and "
        "snapped at analysts, saying that some “can’t count.”\n")
    assert got == [(A, "Dana Whitfield")]


def test_a_few_words_on_how_then_a_colon_and_the_words():
    got = kinds_and_speakers('Overall, Whitfield sounded upbeat: "Our plan is working."\n')
    assert got == [(A, "Whitfield")]


def test_the_ceo_of_one_company_is_not_the_ceo_of_another():
    got = kinds_and_speakers(
        "Acme CEO Dana Whitfield said on the call that margins fell.\n\n"
        "“Stupid questions are not welcome,” Orbitex CEO told an analyst last year.\n")
    assert got[1][0] == A and got[1][1] != "Dana Whitfield"


def test_begging_and_a_lead_in_ending_in_a_colon_are_reports():
    got = kinds_and_speakers(
        "Chief executive Lena Park, already under pressure, begged for patience.\n\n"
        "As Reuters notes in its report on the call:\n")
    assert got == [(A, "Lena Park"), (A, "Reuters")]


def test_words_after_a_phrase_of_when_go_on_with_the_speaker():
    got = kinds_and_speakers(
        "Before the call, “we heard rumblings,” Tom Reyes, an analyst at Pike & Co., wrote.\n\n"
        "After the call, “they are not rumblings any more, but screams.”\n")
    assert got == [(A, "Tom Reyes"), (A, "Tom Reyes")]


def test_began_by_complaining_is_a_report():
    got = kinds_and_speakers("Dana Whitfield began her answer by complaining about leaks.\n")
    assert got == [(A, "Dana Whitfield")]
