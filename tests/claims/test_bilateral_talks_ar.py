"""Arabic reports of bilateral talks: shapes of blind probe set 46, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_speaker_named_in_the_middle_of_a_long_sentence():
    got = kinds_and_speakers(
        "وتناولت المحادثات التطورات السياسية والاقتصادية والوزير أشار إلى ضرورة التعاون.\n"
        "وتم بحث سبل دعم الاستقرار في المنطقة والوزيرين أعربا عن التزامهما بتعزيز العلاقات.\n"
        "وتناول اللقاء العلاقات المتميزة وبحث كيفية تعزيزها وأكد الطرفان على أهمية البناء.\n"
        "وشكلت القضايا محورا في المباحثات حيث تبادل الجانبان وجهات النظر وأكدا على ضرورة "
        "التشاور.\n"
        "وناقش الجانبان القضايا الإقليمية والدولية.\n")
    assert got == [(A, "الوزير"), (A, "الوزيرين"), (A, "الطرفان"), (A, "الجانبان"), (U, None)]


def test_two_ministers_of_two_nationalities_and_a_statement_of_a_ministry():
    got = kinds_and_speakers(
        "وعبر وزيرا الخارجية العماني والأردني عن تطلعهما إلى تكثيف اللقاءات.\n"
        "ووفق بيان لوزارة الشؤون الخارجية، شكل الاتصال فرصة لاستعراض العلاقات.\n"
        "ووفق القانون فإن الاجتماع سري.\n")
    assert got == [(A, "وزيرا الخارجية العماني والأردني"), (A, "وزارة الشؤون الخارجية"),
                   (U, None)]
