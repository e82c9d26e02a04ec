"""The responder's pocket card: a sheet folded to A6, read back as a printer would print it."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

from cocdesk.domain import Contact, CrisisContacts, Event
from cocdesk.paper import pocket_card
from cocdesk.procedure import Procedure, default_procedure
from tests.paper.conftest import read
from tests.paper.glyphs import runs
from tests.paper.samples import sample_event


def test_the_card_is_a_sheet_that_folds_to_a6_with_its_fold_lines_marked(event: Event) -> None:
    document = pocket_card(default_procedure(), event)
    doc = read(document)
    assert document.pages == 1
    width, height = doc.sizes[0]
    assert (round(width), round(height)) == (round(A4[0]), round(A4[1]))
    assert (round(width / 2 / mm), round(height / 2 / mm)) == (105, 149)  # four A6 panels (148.5 mm)
    assert "fold 1" in doc.text and "fold 2" in doc.text and "To fold" in doc.flat
    letter = read(pocket_card(default_procedure(), event.model_copy(update={"paper_size": "letter"})))
    assert (round(letter.sizes[0][0]), round(letter.sizes[0][1])) == (round(LETTER[0]), round(LETTER[1]))


def test_no_type_on_the_card_is_smaller_than_8_points(event: Event) -> None:
    for made in (pocket_card(default_procedure(), event), pocket_card(default_procedure())):
        sizes = [run.size for run in runs(made)]
        assert len(sizes) > 50
        assert min(sizes) >= 8 - 0.01, min(sizes)


def test_the_first_minute_is_on_the_card_from_the_procedure(event: Event) -> None:
    procedure = default_procedure()
    flat = read(pocket_card(procedure, event)).flat
    for words in (
        "Believe them",
        "Don't ask them what they want to happen",
        "quiet, water, rest, medical help, a trusted friend",
    ):
        assert words in flat, words
    for line in procedure.first_minute:
        assert line in flat, line
    own = procedure.model_copy(update={"first_minute": ["Sag: Ich glaube dir. 我相信你。"]})
    assert "Sag: Ich glaube dir. 我相信你。" in read(pocket_card(own, event)).flat


def test_every_step_is_on_the_card_with_its_key_item(event: Event) -> None:
    procedure = default_procedure()
    flat = read(pocket_card(procedure, event)).flat
    for number, step in enumerate(procedure.steps, start=1):
        assert step.key_item.strip(), step.id
        heading = f"{number}. {step.title}"
        assert heading in flat, heading
        after = flat[flat.index(heading) + len(heading) :]
        assert step.key_item in after[: len(step.key_item) + 60], (step.id, after[:120])
    # the two steps without a checklist take their key item from their guidance
    assert "2. Gather information Responder Focus on gathering information." in flat
    assert "Advice if you need to have" in flat[flat.index("11. Have") :][:200]


def test_the_vaults_crisis_contacts_are_on_the_front(event: Event) -> None:
    named = event.model_copy(
        update={
            "crisis_contacts": CrisisContacts(
                venue_security=Contact(name="Зоя Петрова", phone="+48 600 100 200"),
                medical=Contact(name="李医生", phone="+48 600 300 400"),
            )
        }
    )
    flat = read(pocket_card(default_procedure(), named)).flat
    for words in ("Зоя Петрова", "+48 600 100 200", "李医生", "+48 600 300 400", "Ελένη Παπαδοπούλου"):
        assert words in flat, words
    blank = read(pocket_card(default_procedure())).flat
    assert "Venue security" in blank and "Police: emergency" in blank and "+48" not in blank


def test_a_long_procedure_goes_on_to_a_second_sheet_rather_than_shrink(procedure: Procedure) -> None:
    long = default_procedure()
    steps = [
        s.model_copy(update={"id": f"{s.id}_{n}", "deadline": None}) for n in range(4) for s in long.steps
    ]
    huge = long.model_copy(update={"steps": steps, "deadlines": []})
    document = pocket_card(huge, sample_event())
    assert document.pages >= 2
    assert f"{len(steps)}. {steps[-1].title}" in read(document).flat
    assert min(run.size for run in runs(document)) >= 8 - 0.01


def test_a_procedure_without_a_first_minute_takes_its_first_steps_guidance(procedure: Procedure) -> None:
    assert procedure.first_minute == [] and procedure.advice == []
    flat = read(pocket_card(procedure, sample_event())).flat
    assert "To fold" in flat  # on the back, though nothing else goes there
    first = flat[flat.index("The first minute") : flat.index("The response, step by step")]
    assert "Believe them" in first and "Ask what they want to happen" in first
    for number, step in enumerate(procedure.steps, start=1):  # steps without any checklist or guidance
        assert f"{number}. {step.title} {step.role.label} {step.key_item}" in flat
    assert procedure.step("police").key_item == "Why offer help with the police matters."  # its purpose
