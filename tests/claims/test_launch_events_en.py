"""English launch-event coverage (probe set E140): a hard-wrapped paragraph whose short lines
go on in lower case, a radio transcript with its speakers' full labels ("STEVE INSKEEP, HOST:"),
surnames and sound cues, "promised" before a clause, and ", who came on stage and told"."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_short_lines_of_a_hard_wrapped_paragraph():
    got = kinds_and_speakers(
        "Orbit Inc on Tuesday rolled out its new phone, a glass device.\n"
        "The launch\n"
        "contained few surprises, with leaked details on the phone and other products\n"
        "proving largely accurate.\n"
        "Orbit\n"
        "normally ships new products within a week, though the\n"
        "company said the later date was consistent with its guidance.\n")
    assert [kind for kind, _ in got] == [U, U, A]


def test_a_radio_transcript():
    got = kinds_and_speakers(
        "DANA REYES, HOST:\n"
        "Our business news starts with a new smartphone.\n"
        "(SOUNDBITE OF MUSIC)\n"
        "REYES: Vela unveiled its latest phone last night.\n"
        "TOM PARK, BYLINE: It was less a press conference than a show.\n"
        "AMY COLE: It does the product a disservice.\n"
        "PARK: That's Amy Cole, an analyst at Forrester.\n"
        "COLE: All of this is a distraction.\n"
        "Tom Park, NPR News.\n"
        "Transcript provided by NPR, Copyright NPR.\n")
    assert got == [(F, None), (A, "Dana Reyes"), (F, None), (A, "Dana Reyes"), (A, "Tom Park"),
                   (A, "Amy Cole"), (A, "Tom Park"), (A, "Amy Cole"), (F, None), (F, None)]


def test_promised_and_who_came_on_stage_and_told():
    got = kinds_and_speakers(
        "Jin Park, the executive in charge of the division, promised the money would be well spent.\n\n"
        "That was a good segue to the carrier's president, Ralph Vega, who came on stage and told "
        "the assembled that the phone is a knockout.\n")
    assert got == [(A, "Jin Park"), (A, "Ralph Vega")]
