"""English wire reports of embassies' national-day receptions: shapes of blind probe set E29,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_an_ambassador_to_a_country_is_the_ambassador_said_later():
    got = kinds_and_speakers(
        "The Kuwaiti Ambassador to Spain Fahad Al-Mansour led a reception at the embassy.\n"
        "He addressed congratulations to His Highness the Amir Sheikh Nasser Al-Ahmad Al-Sabah.\n"
        "The day marks the independence of the country in 1961, the ambassador said in a "
        "statement to KUNA.\n"
        "He also lauded the deep-rooted ties between the two countries.\n")
    assert got == [(U, None)] + [(A, "Fahad Al-Mansour")] * 3


def test_an_envoy_named_after_a_comma_or_after_the_place_he_is_posted_to():
    got = kinds_and_speakers(
        "Speaking at the ceremony, Ambassador of Kuwait to the United Kingdom and Northern "
        "Ireland, Sara Al-Hamad expressed her thanks for the support of friendly countries.\n"
        "The Ambassador highlighted the successful visits of His Highness the Amir Sheikh "
        "Nasser Al-Ahmad Al-Sabah to London.\n"
        "She pointed to the strong cooperation between the two countries in education.\n"
        "Kuwait and Britain will mark the anniversary together, said Kuwait's Ambassador to "
        "China Omar Al-Fares late Monday.\n")
    assert got == [(A, "Sara Al-Hamad")] * 3 + [(A, "Omar Al-Fares")]


def test_an_official_just_quoted_and_a_minister_for_foreign_affairs():
    got = kinds_and_speakers(
        "State Minister for Foreign Affairs Kenji Sato attended the ceremony.\n"
        "In his speech, Sato expressed his pleasure with the growth of the relationship.\n"
        "“We see steady progress in our ties,” the official noted.\n")
    assert got == [(U, None), (A, "Kenji Sato"), (A, "Kenji Sato")]


def test_took_the_chance_to_thank_and_said_the_ambassador_who_affirmed():
    got = kinds_and_speakers(
        "Ambassador Omar Al-Fares held a reception in the capital.\n"
        "Kuwait was among the first countries to join the initiative, said the Ambassador who "
        "affirmed that the step reflected his country's keenness on strong ties.\n"
        "Al-Fares took the chance to thank the government for its stance in 1990.\n")
    assert got == [(U, None), (A, "Omar Al-Fares"), (A, "Omar Al-Fares")]


def test_as_for_a_named_envoy_he_praised():
    got = kinds_and_speakers(
        "Ambassador Omar Al-Fares spoke of the national day.\n"
        "As for Ambassador of Kuwait to Belgium, Ali Al-Dafiri, he praised the deep ties "
        "between the two countries.\n"
        "As for the economy, it grew by two percent last year.\n")
    assert got[1:] == [(A, "Ali Al-Dafiri"), (U, None)]


def test_a_read_counter_is_furniture():
    got = kinds_and_speakers("This post has been read 1234 times!\n"
                             "The embassy held a reception on Tuesday.\n")
    assert got == [(F, None), (U, None)]
