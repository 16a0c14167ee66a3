"""English recall notices and food-safety posts: the agency's alert quoted under the sentence
that says it was issued, a quotation introduced by its document, the advice to buyers and the
pointers to links that say nothing checkable (probe set E96, food recalls)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_quotation_after_an_issued_alert_is_the_issuers():
    got = kinds_and_speakers(
        "The Lakeside Dairy Cooperative is recalling its raw milk cheese.\n\n"
        "The State Health Board issued a consumer advisory about the cheese on Monday. "
        "\"Anyone who bought the cheese should throw it away and wash the containers.\"\n")
    assert got[1] == (U, None)
    assert got[2] == (A, "State Health Board")


def test_a_quotation_with_no_issue_before_it_keeps_the_earlier_rules():
    got = kinds_and_speakers(
        "The State Health Board met on Monday to discuss the cheese. "
        "\"Anyone who bought the cheese should throw it away.\"\n")
    assert got[1][1] != "State Health Board"


def test_a_quotation_introduced_by_its_document():
    got = kinds_and_speakers(
        "From the company's recall notice, \"Lead was found in two lots of the cinnamon.\"\n"
        "In a statement: \"We regret the error and have stopped all shipments.\"\n"
        "In the end, the shipments resumed in May.\n")
    assert [k for k, _ in got] == [A, A, U]
    assert "notice" in got[0][1] and "statement" in got[1][1]


def test_advice_to_buyers_and_a_pointer_to_a_link_are_filler():
    got = kinds_and_speakers(
        "The bakery is recalling 4,000 loaves of rye bread because of undeclared sesame.\n\n"
        "Customers who bought the affected bread should not eat it.\n\n"
        "Consumers who have the loaves at home are advised to return them for a refund.\n\n"
        "A list of the affected stores can be found here.\n\n"
        "Buyers with questions may contact the bakery at (555) 201-4477 on weekdays.\n\n"
        "This latest recall raises questions about the bakery's labelling.\n\n"
        "Link.\n")
    assert [k for k, _ in got] == [U, F, F, F, F, F, F]


def test_a_sentence_about_customers_that_advises_nothing_stays_an_assertion():
    got = kinds_and_speakers("Customers in three states bought 4,000 of the loaves in June.\n")
    assert got == [(U, None)]
