"""Arabic reports of Libya's prime minister (probe set 136): "قائلا:" opening its own sentence
speaks for the speaker before it; a dropped plural verb ("كما أبدوا") carries a plural subject
named before ("الحاضرون"), not an object's form ("الوزيرين"); a dateline with its date and a
site's welcome are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_saying_and_a_plural_carried():
    got = kinds_and_speakers(
        "قال رئيس الحكومة سالم عمر إن الحكومة معنية بحل المشاكل. مؤكدا على ضرورة توحيد الجهود. "
        "قائلا: أن الحكومة تمثل كل المواطنين.\n\n"
        "وأثنى الحاضرون على الخطاب التصالحي.\n\nكما أبدوا استعدادهم للتعاون مع الحكومة.\n")
    assert got == [(A, "سالم عمر")] * 3 + [(A, "الحاضرون")] * 2


def test_a_dateline_with_its_date_and_a_welcome():
    got = kinds_and_speakers("مرحبا بك في موقع الأخبار لتطلع على آخر الأحداث\n\n"
                             "سرت – 08 مارس 2021م\n\n"
                             "قال رئيس الحكومة سالم عمر إن الحكومة معنية بحل المشاكل.\n")
    assert got == [(F, None), (F, None), (A, "سالم عمر")]
