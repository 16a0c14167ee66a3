"""Arabic archaeology news (probe set 162): a relay naming its source at the end of the
sentence, with only a place and a day after it ("وفق ما أفاد مراسل "سكاي نيوز" في القاهرة، أمس"),
names the speaker of a verb whose subject is no one named."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_relay_closing_the_sentence_but_for_place_and_day():
    got = kinds_and_speakers(
        'كشفت بعثة آثار سويدية عن مقبرة أثرية في أسوان، وفق ما أفاد مراسل "قناة النيل" في '
        "القاهرة، أمس.\n")
    assert got[0][0] == A and "قناة النيل" in got[0][1]
