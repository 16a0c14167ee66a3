"""Arabic news of the Hajj season: shapes of blind probe set 80, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_praise_of_a_role_played_is_a_statement():
    got = kinds_and_speakers(
        "وقع وزير الأوقاف الشيخ سامي العلي مع نظيره بروتوكول الحج.\n\n"
        "وثمن الوزير العلي الدور الكبير للمملكة في خدمة الحجاج.\n\n"
        "واستعرض العلي جهود الوزارة، مشيرا إلى أهمية الالتزام بالتعليمات.\n")
    assert got[1:] == [(A, "سامي العلي"), (A, "سامي العلي")]


def test_the_agency_line_after_a_date_stamp_is_furniture():
    got = kinds_and_speakers("date 2025-01-01 معا / وكالات /\n\nقال الوزير إن الترتيبات تسير جيدا.\n")
    assert got[0] == (F, None)
