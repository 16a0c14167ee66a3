"""English wire news from the Gulf: shapes of a fifth blind English probe set (Kuwaiti and
Saudi diplomacy, OPEC, Emirati courts), written here in our own sentences. The probe texts are
not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers


def test_an_office_before_an_honorific_is_the_role_and_a_country_is_nobody():
    """"Foreign Minister Sheikh Hamad ..." is the foreign minister, so "the deputy prime
    minister" finds him; "southern Saudi Arabia" is a place, never the "he" of a later
    sentence."""
    got = kinds_and_speakers(
        "MUSCAT, Oman’s Deputy Prime Minister and Foreign Minister Sheikh Hamad Salim Al-Harthy "
        "said tensions in the region have eased.\n"
        "Oman is following the talks closely, the deputy prime minister told reporters.\n"
        "He condemned the drone attack on an airport in southern Saudi Arabia.\n"
        "Speaking at a reception, he said Oman is proud of its ties with Japan.\n")
    assert got == [("attributed", "Hamad Salim Al-Harthy")] * 4


def test_a_wire_dateline_is_no_source_and_a_given_name_before_bin_is_the_person():
    got = kinds_and_speakers(
        "MUSCAT, Oct 3 (ONA) – Omani Oil Minister, Salem bin Nasser, on Tuesday denied reports "
        "of a cut in output.\n"
        "Minister Salem said the market was stable.\n")
    assert got == [("attributed", "Salem bin Nasser")] * 2


def test_a_role_said_at_the_end_finds_the_minister_named_later():
    got = kinds_and_speakers(
        "Doha: Qatar will keep its gas output steady next year, its energy minister said on "
        "Sunday.\n"
        "Speaking in Vienna, Qatari Energy Minister Sheikh Khalid bin Ahmed reaffirmed the "
        "country’s pledge to its buyers.\n")
    assert got == [("attributed", "Khalid bin Ahmed")] * 2


def test_a_title_case_headline_with_a_reporting_verb_names_its_source():
    got = kinds_and_speakers("Bahrain Expresses Deep Concern Over Floods In Pakistan\n"
                             "Bahrain voiced on Monday its solidarity with the victims.\n")
    assert got == [("attributed", "Bahrain")] * 2


def test_a_ministry_statement_and_its_continuations():
    """A verb with the stance it renews, the weight it underlines; "It added" goes on with the
    statement, not with "the UN Charter" named just before it."""
    got = kinds_and_speakers(
        "In a statement, the Ministry renewed Oman's firm stance on dialogue.\n"
        "It also affirmed support for the efforts of the UN Charter.\n"
        "The statement underlined the critical importance of restraint.\n"
        "It added that talks would go on next week.\n")
    assert got == [("attributed", "Ministry"), ("attributed", "Ministry"),
                   ("attributed", "statement"), ("attributed", "statement")]


def test_court_news_lawyers_prosecution_and_defendants():
    got = kinds_and_speakers(
        "Upon appealing the ruling, the defense lawyer, Ali Hassan Al Nuaimi, argued that the "
        "evidence was weak.\n"
        "He pointed out gaps in the police report.\n"
        "Thus, prosecution asked for more time, adding that a medical report was due.\n"
        "The court cut the fine after the bank conceded its claim.\n"
        "Both defendants confessed to the theft.\n")
    assert got == [("attributed", "Ali Hassan Al Nuaimi"), ("attributed", "Ali Hassan Al Nuaimi"),
                   ("attributed", "prosecution"), ("unattributed", None),
                   ("attributed", "Both defendants")]
