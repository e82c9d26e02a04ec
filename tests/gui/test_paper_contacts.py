"""The Paper menu's blank form and pocket card carry the vault's crisis contacts: the event goes with
them from the window, through the desk, onto the paper."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cocdesk.desk import Desk
from cocdesk.domain import Contact, CrisisContacts
from tests.gui.drive import sign_in
from tests.gui.test_station_paper import open_preview, save_to, text_of
from tests.station_vaults import LEAD, PASSPHRASES, ZOYA

__all__ = ["save_to"]

CONTACTS = CrisisContacts(
    venue_security=Contact(name="Зоя Петрова", phone="+41 44 555 01 99"),
    medical=Contact(name="李医生", phone="+41 44 555 01 42"),
)


@pytest.fixture
def station_with_contacts(app, qtbot, team_vault: Path) -> Iterator[Any]:
    from cocdesk.gui.station import Station

    with Desk.open(team_vault, LEAD, PASSPHRASES[LEAD]) as desk:
        desk.update_event(desk.event.model_copy(update={"crisis_contacts": CONTACTS}))
    made = Station(team_vault)
    made.start()
    yield made
    made.quit()


@pytest.mark.parametrize("action", ["blank_form_action", "pocket_card_action"])
def test_the_blank_form_and_the_pocket_card_print_the_vaults_crisis_contacts(
    qtbot, station_with_contacts, save_to: Path, action: str
) -> None:
    window = sign_in(qtbot, station_with_contacts, ZOYA)
    getattr(window.ui, action).trigger()
    preview = open_preview()
    preview.save_button.click()
    preview.reject()
    shown = text_of(save_to)
    for words in ("Зоя Петрова", "+41 44 555 01 99", "李医生", "+41 44 555 01 42"):
        assert words in shown, words
