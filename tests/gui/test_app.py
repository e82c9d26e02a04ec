"""Starting the station as the command line does: the demo, the default place, a vault that is not there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cocdesk.gui import app as station_app
from cocdesk.gui.first_run import FirstRunWizard
from cocdesk.gui.main_window import MainWindow
from cocdesk.gui.unlock import UnlockWindow
from tests.station_vaults import FAST


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def run_and_look(look, *args) -> int:
    """Run the station; ``look`` is called once it is up and must close it."""
    QTimer.singleShot(300, look)
    return station_app.run(*args)


def test_the_demo_shows_its_banner_and_is_deleted_on_closing(qapp, monkeypatch) -> None:
    monkeypatch.setattr(station_app, "DEMO_KDF", FAST)
    seen: dict[str, Any] = {}

    def look() -> None:
        window = visible(MainWindow)[0]
        seen["banner"] = window.ui.demo_banner.isVisible() and "DEMO" in window.ui.demo_banner.text()
        seen["member"] = window.member.name
        seen["cases"] = window.case_list.model.rowCount()
        seen["folder"] = Path(window.session.desk.path).parent
        seen["existed"] = seen["folder"].exists()
        window.close()

    assert run_and_look(look, None, True) == 0
    assert seen["banner"] and seen["member"] == "Demo Responder" and seen["cases"] >= 8
    assert seen["existed"] and not seen["folder"].exists()


def test_no_vault_in_the_data_folder_starts_the_first_run_there(qapp) -> None:
    from cocdesk.paths import default_vault_path

    seen = {}

    def look() -> None:
        wizard = visible(FirstRunWizard)[0]
        seen["path"] = wizard.vault_path
        wizard.reject()

    assert run_and_look(look, None, False) == 0
    assert seen["path"] == default_vault_path()
    assert not default_vault_path().exists()


def test_a_vault_path_that_is_not_there_starts_the_first_run_for_that_path(qapp, tmp_path: Path) -> None:
    new = tmp_path / "Łódź 2026" / "new.cocdesk"
    seen: dict[str, Any] = {}

    def look() -> None:
        seen["unlock screens"] = visible(UnlockWindow)
        wizard = visible(FirstRunWizard)[0]
        seen["path"] = wizard.vault_path
        seen["said"] = wizard.ui.event_page.subTitle()
        seen["focus"] = wizard.focusWidget()  # where typing goes once the window is active
        seen["name box"] = wizard.event_form.ui.event_name_edit
        wizard.reject()

    assert run_and_look(look, str(new), False) == 0
    assert seen["unlock screens"] == []  # no "There is no vault at …"
    assert seen["path"] == new and str(new) in seen["said"]
    assert seen["focus"] is seen["name box"]
    assert not new.exists()  # cancelled: nothing made
