"""English bankruptcy reports (probe set E107): a listing page's furniture and the headline of
each story it lists, a company whose name holds "&" or initials ("Bed Bath & Beyond", "J.C.
Penney") as "the company" and "the chain", a company "based in" a place, sums reported "in
liabilities", a name that owns a participle ("Toshiba's reported loss"), and "no matter what the
company says"."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_listing_page_has_furniture_and_a_headline_per_story():
    got = kinds_and_speakers(
        "Stories 1 - 20 |  Next >>\n\n"
        "Ferry Line Sinks Into Chapter 11\n\n"
        "(Wire) - The ferry operator filed for bankruptcy on Monday, the Tribune reports. More »\n\n"
        "Harbour Bakery Closes Its Last Shop\n\n"
        "(Wire) - The bakery closed its last shop on Friday, the Courier reports.\n\n"
        "More »\n")
    assert got == [(F, None), (U, None), (A, "Tribune"), (F, None), (U, None), (A, "Courier"),
                   (F, None)]


def test_a_company_named_with_an_ampersand_or_initials_is_the_company():
    got = kinds_and_speakers(
        "Pots & Pans Depot has filed for bankruptcy protection, the company said.\n\n"
        "Pots & Pans Depot made the filing Sunday, and Pots & Pans Depot stores will stay open.\n\n"
        "In a statement, the company based in Dayton, Ohio, said it would sell its assets.\n")
    assert got == [(A, "Pots & Pans Depot"), (U, None), (A, "Pots & Pans Depot")]
    got = kinds_and_speakers(
        "H.R. Fletcher is the latest retailer to close its doors.\n\n"
        "The department store chain announced on Friday that it has filed for bankruptcy.\n\n"
        "Shoppers at H.R. Fletcher stores were surprised, and staff of H.R. Fletcher waited.\n\n"
        "The company also said that it plans to close stores.\n")
    assert got == [(U, None), (A, "H.R. Fletcher"), (U, None), (A, "H.R. Fletcher")]


def test_sums_reported_in_liabilities_are_a_report():
    got = kinds_and_speakers(
        "In its filing, Harbour Bakery reported between $1 million and $5 million in liabilities.\n")
    assert got == [(A, "Harbour Bakery")]


def test_an_owned_participle_and_whatever_a_company_says_are_no_report():
    got = kinds_and_speakers(
        "More fallout from Harbour's reported \"record\" loss came on Monday.\n\n"
        "When a company files for Chapter 11 protection, it's a risk no matter what the company "
        "says.\n\n"
        "The painting fetched $3 million after Christie's estimated it would fetch $4 million.\n")
    assert got == [(U, None), (U, None), (A, "Christie")]


def test_words_a_letter_read_and_a_blog_post_by_a_named_writer():
    got = kinds_and_speakers(
        "\"Thank you to all of our loyal customers,\" the letter read.\n\n"
        "Mara Quint, a researcher at Fenwick, stated in the company's blog post that the attack "
        "was new.\n\n"
        "According to the post, the attackers asked for money.\n")
    assert got == [(A, "letter"), (A, "Mara Quint"), (A, "Mara Quint")]


def test_a_push_notification_offer_is_furniture():
    got = kinds_and_speakers("The chain closed 48 shops.\n\nGet push notifications with news, "
                             "features and more.\n")
    assert got == [(U, None), (F, None)]
