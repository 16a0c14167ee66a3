"""English central bank rate decisions: shapes of blind probe set E25, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_wire_story_wrapped_at_short_lines_is_read_as_its_sentences():
    texts = [s.text for s in run(
        "In a divided vote, the central bank's board decided to raise\n"
        "its benchmark rate by 25 basis points to\n"
        "11.25 percent. The bank said the outlook was less favorable since\n"
        "its last meeting in September, and the rise was due on\n"
        "Monday.\n")]
    assert len(texts) == 2, texts


def test_economists_polled_are_a_vague_source_and_the_bank_is_its_country_s():
    got = kinds_speakers_vague(
        "Chile's central bank raised its benchmark rate on Wednesday.\n"
        "Most economists surveyed said they expected a smaller rise.\n"
        "The Tasa rate was last raised in March, and the Tasa is now 11 percent.\n"
        "The Tasa rate had been flat for a year.\n"
        "The bank said inflation risks had grown.\n")
    assert got[1] == (U, None, True)
    assert got[4] == (A, "Chile's central bank", False)


def test_a_reason_cited_a_caution_without_that_and_a_report_inside_an_opening_phrase():
    got = kinds_and_speakers(
        "The central bank of Peru raised its key rate on Friday, citing higher inflation.\n"
        "Bank chief Julia Velarde cautioned trade tensions remained a risk.\n"
        "Asked about criticism of rate rises which he said could hurt growth, Velarde said "
        "politics played no part.\n")
    assert got[0][0] == A and got[1] == (A, "Julia Velarde") and got[2] == (A, "Julia Velarde")


def test_a_recast_note_and_a_disclaimer_are_furniture():
    got = kinds_and_speakers("(Recast with rate decision and statement)\n"
                             "The bank raised its rate.\n"
                             "Disclaimer: No staff journalist was involved in this content\n")
    assert got == [(F, None), (U, None), (F, None)]
