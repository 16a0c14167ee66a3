"""English ferry-disaster reports (probe set E139): a name opening the sentence with where the
person works before the verb, a wire headline signed "- coast guard", and "reported" before a
clause whose subject holds a slash ("the M/V Maharlika II capsized")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_name_with_where_the_person_works():
    got = kinds_and_speakers(
        "Ramon Dizon from Leyte's disaster risk reduction and management office told the agency "
        "that divers were searching for survivors.\n"
        '"We hope to finish before dark," he said.\n')
    assert got == [(A, "Ramon Dizon"), (A, "Ramon Dizon")]


def test_a_wire_headline_signed_by_the_coast_guard():
    got = kinds_and_speakers("More than 300 people missing after ferry sinks - coast guard\n\n"
                             "The ferry was carrying 477 people.\n")
    assert got == [(A, "coast guard"), (U, None)]


def test_reported_before_a_ships_name():
    got = kinds_and_speakers("Baybay News reported the M/V Santa Rosa capsized off Samar.\n")
    assert got == [(A, "Baybay News")]
