"""Arabic news of a health ministry's spokesman and its toll figures: shapes of blind probe set
100, written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_family_name_that_is_also_a_noun():
    got = kinds_and_speakers("وقال متحدث الوزارة سامي القدرة، في مؤتمر صحافي، إن الحصيلة "
                             "ارتفعت.\n\nصرح الدكتور سامي القدرة المتحدث الرسمي باسم الوزارة، "
                             "بأن المستشفيات امتلأت.\n\nأكد الوزير أهمية التعاون.\n")
    assert got == [(A, "سامي القدرة"), (A, "سامي القدرة"), (A, "الوزير")]


def test_a_role_in_a_city_or_a_strip_then_the_name():
    got = kinds_and_speakers("قال المتحدث باسم وزارة الصحة في غزة سامي القدرة إن الحصيلة "
                             "ارتفعت.\n\nأعلن المتحدث باسم الدفاع المدني في قطاع غزة “محمود "
                             "بصل”، اليوم، انتشال 30 جثة.\n")
    assert got == [(A, "سامي القدرة"), (A, "محمود بصل")]


def test_a_portfolio_and_its_city_before_a_colon_and_a_body_of_a_city():
    got = kinds_and_speakers("«صحة غزة»: ارتفاع الحصيلة إلى 300\n\nأعلنت وزارة الصحة في غزة، "
                             "الأربعاء، ارتفاع الحصيلة إلى 300.\n")
    assert got == [(A, "صحة غزة"), (A, "وزارة الصحة في غزة")]


def test_a_line_over_his_remarks_one_a_line():
    got = kinds_and_speakers(
        "قال المتحدث باسم الوزارة سامي القدرة إن الوضع صعب.\nوتاليا ابرز تصريحات القدرة :\n"
        "ارتفاع عدد الشهداء إلى 300.\nنواجه صعوبات في إحصاء الجرحى.\nمشاركة على:\n")
    assert got == [(A, "سامي القدرة"), (F, None), (A, "سامي القدرة"), (A, "سامي القدرة"),
                   (F, None)]
