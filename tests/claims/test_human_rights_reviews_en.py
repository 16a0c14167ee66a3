"""English wire reports of human rights reviews and bodies: shapes of blind probe set E30,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_delegate_named_with_another_title_and_what_he_told():
    got = kinds_and_speakers(
        "Kuwait is ready for its review, Kuwait's permanent delegate at the UN in Geneva "
        "Ambassador Nasser Al-Hajri said on Monday.\n"
        "The second review demonstrates progress made according to recommendations accepted by "
        "Kuwait in 2015, he told KUNA, noting that every state is reviewed.\n"
        "During the review, the Kuwaiti delegation will stress its cooperation with the UN, "
        "he said.\n"
        "The Kuwaiti delegate reiterated his country's abidance by full transparency.\n"
        "Al-Hajri considered the review as a precious opportunity for self-criticism.\n")
    assert got == [(A, "Nasser Al-Hajri")] * 5


def test_this_came_in_a_speech_delivered_by():
    got = kinds_and_speakers(
        "Assistant Foreign Minister Sheikha Maryam Ali Al-Sabah reaffirmed the significance of "
        "the national report.\n"
        "This came in a speech delivered by Sheikha Maryam during a meeting of the ministry.\n"
        "This came in a statement by the Ministry of Health on Sunday.\n"
        "The rain came in a heavy burst by the evening.\n")
    assert got[1:] == [(A, "Maryam Ali Al-Sabah"), (A, "Ministry of Health"), (U, None)]


def test_the_minister_of_an_office_is_no_body_named_near_it():
    got = kinds_and_speakers(
        "KUWAIT: Kuwait devotes attention to activating the role of the National Diwan for "
        "Human Rights for defending rights, the minister of justice affirmed.\n")
    assert got == [(A, "minister of justice")]


def test_a_group_proposing_recommendations_and_president_with_a_surname():
    got = kinds_and_speakers(
        "The Geneva Forum proposes a set of recommendations to the government.\n"
        "The Alberta government's proposed plan was published in May.\n"
        "President Obama opened the museum on Saturday.\n"
        "“It tells our story,” the president said.\n")
    assert got == [(A, "Geneva Forum"), (U, None), (U, None), (A, "Obama")]


def test_a_crawlers_date_stamp_is_furniture():
    got = kinds_and_speakers(" date 2025-04-09 403\n"
                             "Kuwait Prepares For Its Periodic Review\n")
    assert got == [(F, None), (U, None)]
