"""English news of vehicle recalls: shapes of blind probe set E72, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_possessive_with_a_curly_apostrophe_is_one_source():
    got = kinds_and_speakers("The carmaker’s investigators believe that the drivers pressed "
                             "the wrong pedal.\n")
    assert got == [(A, "carmaker’s investigators")]


def test_a_claim_or_a_discovery_with_a_bare_clause_reports():
    got = kinds_and_speakers("Kestrel claims there have been no crashes.\n\nThe agency discovered "
                             "the fault was rare.\n\nThe court dismissed the claims against the "
                             "city.\n")
    assert [k for k, _ in got] == [A, A, U]


def test_documents_keep_where_they_were_filed():
    got = kinds_and_speakers("The carmaker is recalling 900 vans, according to documents filed "
                             "with federal safety regulators.\n")
    assert got == [(A, "documents filed with federal safety regulators")]


def test_a_wire_stamp_and_a_link_call_are_furniture():
    sentences = run("DENVER | Mon Mar 4, 2019 9:12am EST\nDENVER (Reuters) - A carmaker is "
                    "recalling 900 vans.\nFor more, Click Here.\n")
    assert [s.rule for s in sentences] == ["filler:furniture", "unattributed:assertion",
                                           "filler:furniture"]
