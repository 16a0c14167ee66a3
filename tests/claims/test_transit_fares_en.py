"""English news of transit fares: shapes of blind probe set E61, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_one_of_the_public_unnamed_is_no_source():
    got = kinds_and_speakers("“Nobody asked us,” Supervisor Ana Ruiz said.\n\n"
                             "“We can’t pay this,” a young man said to the board.\n\n"
                             "“It is too much,” one 80-year-old passenger said.\n")
    assert got == [(A, "Ana Ruiz"), (U, None), (U, None)]


def test_public_comment_is_a_report():
    got = kinds_and_speakers(
        "Marta Lind, a teacher and council candidate, commented against the increase, adding "
        "it misses the point.\n\n"
        "Omar Haddad disagreed with the notion that riders will pay anything.\n\n"
        "Lind encouraged the board to “look beyond the farebox.”\n")
    assert got == [(A, "Marta Lind"), (A, "Omar Haddad"), (A, "Marta Lind")]
