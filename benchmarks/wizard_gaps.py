"""How long the GUI thread stalls when *Nästa* moves between wizard pages (one frame: 16 ms).

    .venv/bin/python -m pytest benchmarks/wizard_gaps.py -s -p no:cacheprovider

A benchmark, not a test (benchmarks/ is outside the suite's testpaths): it drives a real
*Distansmöte* wizard like a person (tests/ui/wizard_driver.py) in the real main window. For each
page change it reports the GUI thread's time from pressing *Nästa* until the next page is current
(the click, leaving the page, building the next: the event loop cannot run meanwhile), and the
gap between a 1 ms timer's ticks around it. The driver types and clicks without returning to the
event loop between some pages, so a tick gap can span more than one page; the press-to-page time
cannot.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.conftest import isolated_home, memory_keyring, no_logged_errors, swedish_qt
from tests.ui.conftest import INVITATION_KALMAR, launch, wait_ready
from tests.ui.wizard_driver import Person, Scenario, open_wizard, run_wizard
from vardmote_desktop.ui.launcher import Launcher

FIXTURES = (isolated_home, memory_keyring, no_logged_errors, swedish_qt, launch)  # used by name
RUNS = 5


def test_wizard_page_gaps(qtbot: QtBot, launch: Callable[..., Launcher]) -> None:
    started = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = started.window
    assert window is not None
    wait_ready(qtbot, window)
    per_page: dict[str, list[float]] = {}
    busy: dict[str, list[float]] = {}
    for run in range(RUNS):
        ticks: list[float] = []
        changes: list[tuple[float, str]] = []
        ticker = QTimer()
        ticker.setInterval(1)
        ticker.timeout.connect(lambda t=ticks: t.append(time.perf_counter()))
        ticker.start()
        wizard = open_wizard(qtbot, window, "Distansmöte mellan huvudmän")

        def changed(
            page_id: int, w: object = wizard, seen: list[tuple[float, str]] = changes
        ) -> None:
            page = w.page(page_id)  # type: ignore[attr-defined]
            seen.append((time.perf_counter(), type(page).__name__))

        wizard.currentIdChanged.connect(changed)
        pressed: list[float] = []
        next_button = wizard.button(wizard.WizardButton.NextButton)
        next_button.pressed.connect(lambda p=pressed: p.append(time.perf_counter()))
        scenario = Scenario(
            people=[Person(f"Handläggare Åkesson {run}", phone="070-000 00 41")],
            invitation=INVITATION_KALMAR,
        )
        run_wizard(qtbot, wizard, scenario)
        qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
        qtbot.wait(50)
        ticker.stop()
        for moment, name in changes:
            before = max((t for t in ticks if t <= moment), default=None)
            after = min((t for t in ticks if t >= moment), default=None)
            if before is not None and after is not None:
                per_page.setdefault(name, []).append((after - before) * 1000)
            press = max((t for t in pressed if t <= moment), default=None)
            if press is not None:
                busy.setdefault(name, []).append((moment - press) * 1000)
    print("\n| page reached by Nästa | press → page, median ms | max ms | tick gap median ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, gaps in per_page.items():
        took = busy.get(name, [0.0])
        print(
            f"| {name} | {statistics.median(took):.0f} | {max(took):.0f} "
            f"| {statistics.median(gaps):.0f} |"
        )
    assert per_page
