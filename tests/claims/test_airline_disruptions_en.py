"""English news of cancelled flights: shapes of blind probe set E35, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_paragraph_opened_with_a_dash_is_the_speaker_its_last_sentence_names():
    got = kinds_and_speakers(
        "Every delay costs the carrier money, said airline spokesman Lars Berg Nilsen.\n\n"
        "– Only the route to Boston is hit. Flights within Norway go ahead, says Nilsen.\n\n"
        "– We are sorry. Our staff are rebooking everyone, he added.\n\n"
        "- Two crews were ill. One aircraft was in repair.\n")
    assert got == [(A, "Lars Berg Nilsen"), (A, "Lars Berg Nilsen"), (A, "Lars Berg Nilsen"),
                   (A, "Lars Berg Nilsen"), (A, "Lars Berg Nilsen"), (U, None), (U, None)]


def test_a_statement_quoted_as_lines_of_one_block():
    got = kinds_and_speakers(
        "“It was a long night,” said Maria Lopez.\n\n"
        "A spokesperson said in a statement:\n\n"
        "“We are working hard to restore the schedule. Most flights leave on time.\n"
        "We know how hard this is for travellers.\n"
        "We thank them for their patience.”\n\n"
        "Another carrier cut 200 flights.\n")
    assert [kind for kind, _ in got] == [A, A, A, A, A, A, U]
    assert {speaker for _, speaker in got[2:6]} == {"A spokesperson"}


def test_lines_without_marks_are_no_quotation_unless_one_closes_them():
    got = kinds_and_speakers(
        "A spokesperson said in a statement:\n\n"
        "“We are working hard to restore the schedule.\n"
        "The airline has 19 planes.\n\n"
        "Another carrier cut 200 flights.\n")
    assert [kind for kind, _ in got] == [A, A, U, U]


def test_a_breadcrumb_over_the_headline_names_no_one():
    got = kinds_and_speakers(
        "Home Travel Skyjet flights cancelled: carrier blames fuel mix-up\n\n"
        "Skyjet flights cancelled: carrier blames fuel mix-up\n\n"
        "Skyjet has apologised to its passengers.\n\n"
        "The airline said two flights were delayed.\n\n"
        "READ MORE: Skyjet news: Is Skyjet bust? Are flights off? Carrier near collapse\n\n"
        "Later, reporter Anna B Cole posted a video from the airport.\n\n"
        "She wrote: “All flights are cancelled.”\n")
    assert got == [(F, None), (U, None), (A, "Skyjet"), (A, "Skyjet"), (F, None), (U, None),
                   (A, "Anna B Cole")]


def test_a_name_then_its_role_with_no_comma_before_said():
    got = kinds_and_speakers(
        "Peter Hall, the airport's commercial director said: “We are disappointed.”\n"
        "In Cardiff, the company's spokesman said the runway was closed.\n")
    assert got == [(A, "Peter Hall"), (A, "company's spokesman")]


def test_a_broadcasters_name_and_a_sites_disclaimer_are_furniture():
    got = kinds_and_speakers(
        "NBCUniversal, Inc.\n\n"
        "Spirit Airlines cancelled 400 flights on Tuesday.\n\n"
        "The BBC is not responsible for the content of external sites.\n")
    assert got == [(F, None), (U, None), (F, None)]
