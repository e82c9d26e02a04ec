"""The station's window tests: one QApplication (pytest-qt's), the station's stylesheet, fast vaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.station_vaults import create_team_vault


@pytest.fixture(scope="module")
def team_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with the whole team and four cases, made once per module and copied for each test."""
    return create_team_vault(tmp_path_factory.mktemp("template") / "summit.cocdesk")


@pytest.fixture
def team_vault(team_vault_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "summit.cocdesk"
    for source in team_vault_template.parent.iterdir():
        shutil.copy2(source, tmp_path / source.name)
    return target


@pytest.fixture
def app(qapp):
    from cocdesk.gui import app as station_app

    return station_app.application()


@pytest.fixture
def station(app, qtbot, team_vault) -> Iterator[Any]:
    from cocdesk.gui.station import Station

    made = Station(team_vault)
    made.start()
    yield made
    made.quit()
