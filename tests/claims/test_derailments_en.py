"""English news of train derailments: shapes of blind probe set E76, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"

WRAPPED = ("The 80-car northbound train, with three locomotives, was\n"
           "carrying grain, and fire crews were letting the spilled fuel\n"
           "burn itself out, said Riverton Assistant Fire Chief Tomas\n"
           "Ortega. He said 12 cars derailed and four overturned.\n")


def test_a_wire_story_wrapped_at_a_fixed_width_keeps_its_names_whole():
    sentences = run(WRAPPED)
    assert [s.speaker for s in sentences] == ["Tomas Ortega", "Tomas Ortega"]
    captions = run("The mayor met the crews when the first train arrived in town\n"
                   "The mayor met the crews when the first train arrived in town\n"
                   "Photo Agency via Stock Images)\n")
    assert len(captions) >= 2  # a caption written twice is no wrapped text


def test_said_a_company_a_role_and_a_name_after_a_long_clause():
    got = kinds_and_speakers("The train, bound for Denver from Omaha, derailed at about 3 a.m. "
                             "local time, said Prairie Rail spokesman Ken Adler.\n")
    assert got == [(A, "Ken Adler")]


def test_a_wire_note_on_what_changed_is_furniture():
    sentences = run(" date 2019-03-04 (Adds details throughout, safety board investigating)\n"
                    "A freight train derailed on Monday.\n")
    assert sentences[0].rule == "filler:furniture"
