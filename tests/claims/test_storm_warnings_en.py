"""English news of storms and evacuations: governors' briefings, forecasters' advisories and
emergency declarations, the shapes of a tenth blind English probe set, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_day_after_a_name_is_no_part_of_it_so_the_role_finds_the_person():
    got = kinds_and_speakers(
        "TALLAHASSEE – Gov. Maria Ellison Tuesday morning urged residents of the coast to leave.\n"
        "Shelters opened in six counties.\n"
        "The governor asks everyone to check on their neighbours.\n")
    assert got == [(A, "Maria Ellison"), (U, None), (A, "Maria Ellison")]


def test_a_short_quoted_sentence_continues_the_speaker():
    got = kinds_and_speakers(
        "“The river will crest tonight,” Mayor Tom Bright said. “Stay home.”\n")
    assert got == [(A, "Tom Bright"), (A, "Tom Bright")]


def test_a_quoted_word_with_no_full_stop_continues_nobody():
    got = kinds_and_speakers("“The river will crest tonight,” Mayor Tom Bright said.\n\n"
                             "“Flood Watch”\n")
    assert got[1] == (U, None)


def test_reports_and_a_name_after_a_comma_is_the_source():
    got = kinds_and_speakers(
        "Crews had cleared two bridges by noon, reports the Coastal Gazette.\n"
        "The river rose overnight, reported Tuesday.\n")
    assert got == [(A, "Coastal Gazette"), (U, None)]


def test_predicted_or_reported_with_a_clause_but_no_that_is_a_report():
    got = kinds_and_speakers(
        "Governor Maria Ellison predicted as many as 40,000 people would need shelter.\n"
        "The bulletin from the Regional Weather Office reported rain totals reached 30 cm.\n"
        "The utility reported a loss of power in four towns.\n"
        "Engineer Paul Reyes thought the levee would hold.\n")
    assert got == [(A, "Maria Ellison"), (A, "Regional Weather Office"), (U, None), (U, None)]


def test_a_report_joined_to_an_act_by_and_is_the_subjects():
    got = kinds_and_speakers(
        "Governor Maria Ellison closed the state parks and predicted the storm would stall.\n"
        "Governor Maria Ellison closed the state parks and predicted rain.\n")
    assert got == [(A, "Maria Ellison"), (U, None)]


def test_declaring_an_emergency_is_an_act_and_declaring_that_is_a_report():
    got = kinds_and_speakers(
        "Governor Maria Ellison declared a state of emergency on Friday.\n"
        "The county executives also declared local emergencies.\n"
        "Governor Maria Ellison declared that the worst was over.\n")
    assert got == [(U, None), (U, None), (A, "Maria Ellison")]


def test_having_a_warning_for_someone_is_saying_it():
    got = kinds_and_speakers(
        "Ellison had a blunt warning for holdouts on the islands: leave now or stay alone.\n"
        "Ellison had a long day at the command centre.\n")
    assert got == [(A, "Ellison"), (U, None)]


def test_forecasters_and_officials_spread_over_a_region_are_vague_sources():
    sentences = run(
        "Schools closed as forecasters and officials urged families to stock up.\n"
        "The surge may reach 3 metres, though officials along the coast warned of more.\n"
        "Police in the county seat announced that the curfew would start at 8 p.m.\n")
    assert [(s.kind, s.vague_source) for s in sentences] == [
        (U, True), (U, True), (A, False)]
    assert sentences[2].speaker == "Police in the county seat"
