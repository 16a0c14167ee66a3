"""English news from space agencies, the Pentagon and an environment regulator: shapes of an
eighth blind English probe set, written here in our own sentences. The probe texts are not in the
repository."""
from claims.corpora import load_polnear
from tests.claims.test_attribution import kinds_and_speakers, run
from tests.conftest import shared_path

A, U, F = "attributed", "unattributed", "filler"


def test_an_acronym_resolves_to_the_name_it_spells():
    """"The FAA" after "the Federal Aviation Administration", and in a headline before it."""
    got = kinds_and_speakers(
        "FAA announces new drone rules\n"
        "The Federal Aviation Administration said on Monday that drones must carry lights.\n"
        "The FAA added that pilots need a licence.\n")
    assert got == [(A, "Federal Aviation Administration")] * 3


def test_the_agency_is_the_acronym_of_its_own_sentence():
    got = kinds_and_speakers(
        "(CNN) — ESA and Airbus delayed the satellite launch on Friday, the space agency said.\n"
        "The LRT line opened in May.\n"
        "The agency told reporters it had no comment.\n")
    assert got[0] == (A, "ESA")
    assert got[2] != (A, "LRT")


def test_a_source_relayed_by_an_outlet_is_the_one_who_spoke():
    got = kinds_and_speakers(
        "“We are watching the threat closely,” Deputy Secretary Ann Marlow told the committee on "
        "Tuesday, according to Reuters.\n"
        "“We will adjust if we must,” she said.\n"
        "The budget will grow, according to Reuters.\n")
    assert got == [(A, "Ann Marlow"), (A, "Ann Marlow"), (A, "Reuters")]


def test_an_emphatic_did_a_statement_and_an_announcement():
    got = kinds_and_speakers(
        "Marlow did say that the troops would stay.\n"
        "Marlow did not say where the troops would go.\n"
        "Luis Ortega, director of the Clean Rivers campaign, issued the following statement:\n"
        "NOAA Administrator Dana Kell made the announcement on Wednesday.\n")
    assert got == [(A, "Marlow"), (U, None), (A, "Luis Ortega"),
                   (A, "Dana Kell")]


def test_administrator_is_a_title_and_via_ends_a_role():
    got = kinds_and_speakers(
        "NOAA Administrator Dana Kell was pleased with the test.\n"
        "“We are proud of the crew,” Administrator Kell said.\n"
        "He added that the next test is in June.\n"
        "“It went well,” said the engineer via the agency's blog.\n")
    assert got[1] == (A, "Dana Kell")
    assert got[3][1] != "the engineer via the agency"


def test_anonymous_officials_are_a_vague_source():
    sentences = run("Two anonymous defense officials told the newspaper that a plan exists.\n"
                    "An unnamed aide said the meeting was cancelled.\n")
    assert [(s.kind, s.vague_source) for s in sentences] == [(U, True), (U, True)]


def test_clarified_reports_only_with_that():
    got = [kind for kind, _ in kinds_and_speakers(
        "The agency clarified that the delay is short.\n"
        "The new rule clarifies the process for farmers.\n")]
    assert got == [A, U]


def test_an_update_note_is_page_furniture():
    got = kinds_and_speakers("This story has been updated with comment from the mayor.\n")
    assert got == [(F, None)]


def test_polnear_gold_acronyms_are_resolved_to_the_spelled_out_name():
    """The PolNeAR adapter resolves "The IMF" to "International Monetary Fund" written in the
    same article, as the issue asks (speaker against the resolved name)."""
    documents = load_polnear(shared_path("data", "polnear-dev"))
    speakers = {span.speaker for name, (_, spans) in documents.items() if "monetary-fund" in name
                for span in spans}
    assert "The IMF" not in speakers
    assert "International Monetary Fund" in speakers
