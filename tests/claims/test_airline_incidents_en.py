"""English airline incidents and their regulators: shapes of blind probe set E13, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_headline_naming_its_source_by_its_sort_is_the_airline_of_the_article():
    got = kinds_and_speakers(
        "Skyline flight turned back to Omaha after cabin smoke, airline says\n"
        "A Skyline Air Lines flight to Denver returned to Omaha on Sunday, the carrier said.\n"
        "Engineers at Skyline checked the plane.\n"
        "Skyline said its crew acted fast.\n")
    assert got == [(A, "Skyline Air Lines"), (A, "Skyline Air Lines"), (U, None),
                   (A, "Skyline Air Lines")]


def test_a_statement_by_the_airline_is_the_airline():
    got = kinds_and_speakers(
        "Skyline flight diverted after a fight on board\n"
        "According to a statement by the airline, a Skyline Air Lines flight from Tulsa to Boise "
        "landed in Denver on Monday.\n"
        "Police met the plane at the gate.\n"
        "Skyline did not name the passenger.\n"
        "Skyline thanked its crew.\n")
    assert got[1] == (A, "Skyline Air Lines")


def test_an_unnamed_spokesperson_speaks_for_the_body_and_the_spokesperson_is_the_last_one():
    got = kinds_and_speakers(
        "A spokesperson for Skyline Air Lines said the flight landed safely.\n"
        "“We thank our crew,” the spokesperson said.\n"
        "Airline spokesperson Dana Kerr said in a statement that the crew acted fast.\n"
        "A spokesperson with the Omaha Regional Airport said they saw the plane land.\n"
        "Police took over the case, the spokesperson said.\n")
    assert got == [(A, "Skyline Air Lines"), (A, "Skyline Air Lines"), (A, "Dana Kerr"),
                   (A, "Omaha Regional Airport"), (A, "Omaha Regional Airport")]


def test_as_confirmed_by_names_its_source():
    got = kinds_and_speakers(
        "The flight went on to Ft. Myers, Florida, with a new crew, as confirmed by Skyline.\n"
        "The plane was built in 2009, as seen by the paint.\n")
    assert got == [(A, "Skyline"), (U, None)]


def test_officials_with_a_body_saying_is_the_body():
    got = kinds_and_speakers(
        "Officials with the Omaha Police Department declined to name the man, saying the FBI "
        "had taken over.\n")
    assert got == [(A, "Omaha Police Department")]


def test_raising_alarm_reports_and_raising_rates_does_not():
    got = kinds_and_speakers(
        "On Friday, the Union of Cabin Crews raised alarm about rowdy passengers on late "
        "flights.\n"
        "The bank raised interest rates.\n"
        "The move raised concerns among investors.\n"
        "Cabin attendants have expressed concern that some flights carry too few crew.\n")
    assert got == [(A, "Union of Cabin Crews"), (U, None), (U, None), (A, "Cabin attendants")]


def test_a_photo_credit_through_a_picture_library_is_furniture_and_no_speaker():
    sentences = run(
        "Skyline Air Lines said the passenger made a threat.\n"
        "Police met the plane.\n"
        "Nordic Press Agency via Getty Images)\n"
        "The airline said it was grateful to its crew.\n"
        "This material may not be published, broadcast, rewritten or redistributed.\n")
    assert [(s.kind, s.speaker) for s in sentences] == [
        (A, "Skyline Air Lines"), (U, None), (F, None), (A, "Skyline Air Lines"), (F, None)]
