"""A time field of the report records the past: "When it happened" typed as tomorrow or 2099 is refused
under the line, in the desk's own sentence, and nothing is saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from cocdesk.domain import now
from tests.gui.test_time_field import stored_when, typed_into, when_field
from tests.gui.wizard_support import desk_vault, open_as, show_wizard


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return desk_vault(tmp_path)


@pytest.mark.parametrize("typed", ["tomorrow 21:30", "2099-01-01 12:00"])
def test_when_it_happened_is_not_saved_in_the_future(qtbot, path: Path, typed: str) -> None:
    session = open_as(path)
    case = session.desk.take_report(title="Łukasz und Зоя am Empfang")
    wizard = show_wizard(qtbot, session, case.code, step_id="gather")
    field = when_field(wizard)
    typed_into(qtbot, wizard, field, typed)
    wizard.flush()
    assert stored_when(session, case.code) is None
    assert field.time.echo.text().startswith("That is later than now"), field.time.echo.text()
    typed_into(qtbot, wizard, field, "yesterday 21:30")
    wizard.flush()
    stored = stored_when(session, case.code)
    assert stored is not None and stored < now() and stored.hour == 21
    assert isinstance(stored, datetime)
    session.close()
