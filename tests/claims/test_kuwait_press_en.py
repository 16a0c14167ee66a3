"""Kuwait's English-language press on residency and the stateless: shapes of blind probe set
E27, written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_dateline_with_a_colon_and_a_paper_named_last():
    got = kinds_and_speakers(
        "KUWAIT CITY, Mar 4: Director of the Residency Department, Nasser Al-Hamdan, has said "
        "that no permit will be renewed without a valid passport, reports Al-Qabas daily.\n"
        "He said the rule was approved by the cabinet last month.\n"
        "Hundreds of permits have been cancelled, reports Al-Rai daily.\n"
        "Hundreds of visas have been issued, reports a local Arabic daily.\n")
    assert got == [(A, "Nasser Al-Hamdan"), (A, "Nasser Al-Hamdan"), (A, "Al-Rai daily"), (U, None)]


def test_revealed_with_no_that_and_pointed_to_report():
    got = kinds_and_speakers(
        "Activists Salem Al-Otaibi and Ali Al-Fares organized the sit-in.\n"
        "Otaibi revealed he had been questioned twice by officers.\n"
        "As for the fees, Al-Fares pointed to the existence of an exemption for students.\n"
        "The company revealed the new logo at its stand.\n"
        "The arrow pointed to the exit.\n")
    assert got[1:] == [(A, "Salem Al-Otaibi"), (A, "Ali Al-Fares"), (U, None), (U, None)]


def test_a_minister_by_his_office_is_not_the_prime_minister():
    got = kinds_and_speakers(
        "KUWAIT: HH the Prime Minister Sheikh Nasser Al-Hamad and the cabinet are following the "
        "file closely, the health minister affirmed yesterday.\n")
    assert got == [(A, "health minister")]


def test_a_statement_released_by_an_unnamed_official_is_the_statement():
    got = kinds_and_speakers(
        "He thanked the committee for its work, according to a statement released by the "
        "director of public relations at the ministry.\n")
    assert got == [(A, "a statement")]


def test_the_box_of_other_stories_a_papers_signature_and_the_translate_button():
    got = kinds_and_speakers(
        "The agency opened a new office in Jahra on Sunday.\n"
        "It serves residents of the northern areas.\n"
        "Its staff will receive applications every morning from eight.\n"
        "—Al-Jarida\n"
        "Check Also\n"
        "Dozens of passports renewed\n"
        "KUWAIT CITY, May 2: Dozens of passports issued to residents have …\n"
        "Translate »\n")
    assert got == [(U, None), (U, None), (U, None)] + [(F, None)] * 5
