"""English tariff reports (probe set E133): a document sent out announcing or informing, a vow
hung off a clause, a quotation left open at its paragraph's end after "adds,", a concession
told last month, a supposed telling after "if", a photograph's credit and a clock after a date."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_documents_sent_out_announcing_or_informing():
    got = kinds_and_speakers(
        "On Monday, Governor Ana Ruiz sent out a series of posts announcing that fees would rise.\n\n"
        "The Harbour Authority published notices informing shippers that the port would close.\n\n"
        "The school board sent a letter to parents saying classes would resume.\n\n"
        "He sent a letter to his mother.\n")
    assert got == [(A, "Ana Ruiz"), (A, "Harbour Authority"), (A, "school board"), (U, None)]


def test_a_vow_hung_off_a_clause():
    got = kinds_and_speakers("On Friday, Mayor Tom Reyes signed the budget, vowing to cut fees.\n")
    assert got == [(A, "Tom Reyes")]


def test_a_quotation_left_open_after_adds():
    got = kinds_and_speakers(
        "Dana Holt, director of sales at Brightline, adds, “The effects won’t be immediate. "
        "Every firm here has stock to work through. Prices will follow later.\n\n"
        "The firm gave no figures.\n")
    assert got == [(A, "Dana Holt"), (A, "Dana Holt"), (A, "Dana Holt"), (U, None)]


def test_a_concession_told_last_month():
    got = kinds_and_speakers(
        "Shoppers may face “some short-term pain”, Finance Minister Jo Park conceded last month.\n")
    assert got == [(A, "Jo Park")]


def test_a_telling_supposed_after_if():
    got = kinds_and_speakers(
        "Port officials said the rules would apply from Monday.\n\n"
        "But if they, for instance, tell carriers not to unload, they will lose money.\n")
    assert got == [(A, "Port officials"), (U, None)]


def test_a_photographs_credit_and_a_clock_after_a_date():
    got = kinds_and_speakers(
        "Photograph: Dana Cole/Getty Images\n\nMarch 08, 2018 - 10:49 pm\n\n"
        "The duty took effect at midnight.\n")
    assert got == [(F, None), (F, None), (U, None)]
