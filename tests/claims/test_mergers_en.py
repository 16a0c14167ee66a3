"""English news of mergers: shapes of blind probe set E65, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_stray_comma_before_said_and_a_colon():
    got = kinds_and_speakers("Acme chief executive Lena Park, said: “The deal makes us stronger.”\n")
    assert got == [(A, "Lena Park")]


def test_a_name_then_its_role_of_a_company_with_no_comma_after():
    got = kinds_and_speakers('Omar Haddad, President and Chief Executive Officer of Borex said, '
                             '"We are pleased."\n')
    assert got == [(A, "Omar Haddad")]


def test_a_syndication_line_is_furniture():
    got = kinds_and_speakers("Borex agreed to be bought.\n\n– (New York Times service)\n")
    assert got[1] == (F, None)
