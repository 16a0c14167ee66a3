"""English reports of lawsuits (probe set E123): plaintiffs and defendants are groups of the
event; a court filing's story on a listing page opens with its date and section; the author of
"the complaint" is looked for in its own story; "X has sued Y Inc. in ..., alleging" is X's
allegation; a refusal ("denied a request") and a passive ("the story told by") say nothing."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_plaintiffs_and_defendants_speak():
    got = kinds_and_speakers(
        "In a class action filed in Boston federal court, plaintiffs allege the bank hid its fees.\n\n"
        "The fees were never shown to customers, plaintiffs argue.\n\n"
        "Plaintiff claims in her suit that the bank knew of the problem.\n")
    assert got == [(A, "plaintiffs"), (A, "plaintiffs"), (A, "Plaintiff")]


def test_a_listing_of_dated_stories_has_a_headline_each():
    got = kinds_and_speakers(
        "March 3, 2024 – Consumer Fraud\n"
        "Harbor Bank Hit With Hidden-Fee Lawsuit\n"
        "Harbor Bank has been sued in federal court over fees it charged in 2023.\n"
        "March 2, 2024 – Antitrust\n"
        "Grocer Faces Suit Over Price Deals With Suppliers\n"
        "The grocer signed the deals in 2019.\n")
    assert [kind for kind, _ in got] == [F, U, U, F, U, U]


def test_a_complaint_has_no_author_from_the_story_before():
    got = kinds_and_speakers(
        "May 2, 2023 – Antitrust\n"
        "The complaint was filed by the City of Boston in federal court.\n"
        "May 1, 2023 – Cybersecurity\n"
        "The lawsuit, filed in federal court in Denver, alleges that the firm was warned in January.\n")
    assert got[-1] == (A, "lawsuit")


def test_an_allegation_after_a_suit_against_a_firm_with_its_stop():
    got = kinds_and_speakers(
        "Acme Tools SE has sued Beta Supply Inc. in federal court in Austin, Texas, alleging "
        "Beta’s advertising copies its trademark.\n\n"
        "The retailer unlawfully denied a worker’s request for leave, the U.S. Labor Relations "
        "Board claims in a lawsuit filed in federal court in Reno, Nev.\n")
    assert got == [(A, "Acme Tools SE"), (A, "U.S. Labor Relations Board")]


def test_a_refusal_and_a_passive_say_nothing():
    got = kinds_and_speakers(
        "The film draws on the legend of Maria Lopez in the story told by Carlos Ruiz.\n\n"
        "The judge denied him bail on Monday.\n\n"
        "He was told by police that the road would stay closed.\n")
    assert got == [(U, None), (U, None), (A, "police")]


def test_headlines_with_a_lawsuit_a_report_and_others_word():
    heads = ["Grocer Stole Supplier’s Recipes, Lawsuit Alleges\n",
             "Battery fire prompts safety probe of electric cars, report says\n",
             "Harbor Bank Said to Weigh Sale of Its Card Unit\n"]
    assert [kinds_and_speakers(head)[0] for head in heads] == [
        (A, "lawsuit"), (U, None), (U, None)]


def test_accusing_hangs_off_the_clause():
    got = run("The minister hit back on Monday, accusing the opposition of lying about the budget.\n")
    assert (got[0].kind, got[0].speaker, got[0].rule) == (A, "minister", "en:participle-group")
