"""English reports of product recalls: shapes of blind probe set E41, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_product_recall_is_no_report_and_a_remembered_one_is():
    got = kinds_and_speakers(
        "Mazda will recall more than 90,000 cars over faulty seat belts.\n"
        "Mazda recalled 12,400 of its Axela hatchbacks in May.\n"
        "Retired engineer Paul Okafor recalled that the plant had closed in 1998.\n"
        "Ruth Ellison, a former aide, recalled Mr. Okafor talking about the plant for hours.\n")
    assert got == [(U, None), (U, None), (A, "Paul Okafor"), (A, "Ruth Ellison")]


def test_a_counted_model_is_no_person_and_she_is_the_unnamed_spokeswoman():
    got = kinds_and_speakers(
        "Mazda Motor Corp. will fix faulty seat belts. Shares of Mazda fell in Tokyo.\n"
        "Mazda plans to fix 3,210 Demio Sport hatchbacks, a company spokeswoman said Monday.\n"
        "The repairs will be free of charge, she said.\n")
    assert got[2:] == [(A, "Mazda Motor Corp"), (A, "Mazda Motor Corp")]


def test_documents_filed_on_a_day_and_a_ministry_here():
    got = kinds_and_speakers(
        "Mazda will also repair 5,100 vans, according to documents filed Friday with the "
        "ministry.\n"
        "Busan: Four carmakers will fix 80,000 cars, the transport ministry here said on "
        "Monday.\n")
    assert got == [(A, "documents"), (A, "the transport ministry")]


def test_a_gallery_counter_a_dated_caption_and_notes_set_in_the_story():
    got = kinds_and_speakers(
        "Mazda to fix 90,000 cars over seat belts\n\n"
        "2 of 5.\n\n"
        "A worker checks a seat belt at the Hofu plant in this March 2, 2019 file photo.\n\n"
        "Editor's Note: Take Our Quick Reader Survey Today\n\n"
        "Mazda said no injuries had been reported.\n\n"
        "(This article has not been edited by our staff and comes from a syndicated feed.)\n")
    assert got == [(U, None), (F, None), (F, None), (F, None), (A, "Mazda"), (F, None)]


def test_a_named_actor_under_a_phrase_of_commentary_is_an_assertion():
    got = kinds_and_speakers(
        "In a case that has the potential to reshape the industry, General Motors is under "
        "investigation for a faulty switch.\n"
        "This case has the potential to reshape the industry.\n")
    assert got == [(U, None), (F, None)]
