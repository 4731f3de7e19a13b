"""Time until the main window's list is shown, against a bare window, in pairs (issue 14).

    python benchmarks/list_ready.py --database URL [--pairs 15] [--retention-months 120]
        [--until-ready] [--before DIR] [--linger S] [--fresh-from FILE]
    python benchmarks/list_ready.py --database local --local-from FILE [...]

Each pair starts two fresh processes with the same interpreter, alternately: the floor (a bare
PySide6 QMainWindow that exits at its first paint) and the app (the real program, `main()`, with
the log at URL in its per-user settings file as on a ward PC, exiting when *Behöver åtgärd*,
*Kommande* and *Tidigare* are shown). The list is
timed from spawning the process until the list is painted (the child reads the parent's
monotonic clock); the ratio app/floor is taken pair by pair, so the machine's drift cancels,
and the median is reported.

`--until-ready` runs the app on until the window is ready to book (`overviewShown`: built, the
log's services open, their own list shown) and reports that moment and the longest gap from
the list shown until then. `--before DIR` adds to each pair a run of the same child with the
package of an earlier checkout at DIR, and the ratios this tree / before, pair by pair.

In the app runs a 1 ms timer watches the GUI thread from the first paint until the list is
shown: the longest gap between its ticks is the longest stall of the event loop while the list
loads (one frame is 16 ms). `--linger S` keeps the app running S seconds longer after the last
phase measured (the list shown, or with `--until-ready` the window ready to book) and reports
that period's longest gap on its own: the retention purge runs in the background then.

`--database local` measures the default a ward PC has: no URL, the local log in the per-user
data folder, encrypted with SQLCipher and its key in the OS keyring. The log is a copy of
`--local-from` in a home of its own, encrypted by an untimed first start; run it where a keyring
answers (on Linux inside `dbus-run-session` with an unlocked gnome-keyring), or the log stays
plain and the figures are a plain log's.

The retention period defaults to 120 months so that the log stays as filled; 12 gives the
real period and a backlog to purge in the background. The runs then purge the log they share
unless `--fresh-from FILE` copies a SQLite log over it before each run, so each meets the same
backlog.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BARE = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        os._exit(0)
app = QApplication(sys.argv)
window = Window()
window.resize(1200, 760)
window.show()
app.exec()
"""


def app_run(url: str, retention_months: int, linger: float, quick: bool, ready: bool) -> None:
    """One start of the real program (`main()`, as a ward PC runs it: its settings in the
    per-user file); prints {"gap_ms": …, "rows": …} and exits at once. With `ready`, it runs on
    until the window is ready to book (`overviewShown`) and also reports the longest gap from
    the list shown until then, and both moments."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if url == LOCAL:  # the default log in the home the parent prepared (_local_home)
        home = Path(os.environ["VARDMOTE_HOME"])
    else:
        home = Path(tempfile.mkdtemp(prefix="list-ready-"))
        os.environ["VARDMOTE_HOME"] = str(home)
    (home / "config").mkdir(exist_ok=True)
    settings = {
        "profile": "kalmar",
        "unit": "HC Torsås",
        "user_name": "Mätning",
        "retention_months": retention_months,
        "language": "sv",
    }
    if url != LOCAL:
        settings["database"] = url
    (home / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    from vardmote_desktop.ui import main_window

    if not quick:  # the first list waits for the log's services (None: "not read directly")
        from vardmote_desktop.services import first_list

        first_list.first_overview = lambda *_: None
    made: list[Any] = []
    init = main_window.MainWindow.__init__

    def record(window: Any, *args: Any, **kwargs: Any) -> None:
        # The harness's own hook: this run's window, watched from before anything is connected.
        init(window, *args, **kwargs)
        made.append(window)
        watch(window)

    main_window.MainWindow.__init__ = record  # type: ignore[method-assign,assignment]
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock = QElapsedTimer()
    longest = [0]
    last = [0]
    ticker = QTimer()
    ticker.setInterval(1)
    spawned = float(os.environ.get(SPAWNED, "nan"))  # the parent's clock: CLOCK_MONOTONIC
    report: dict[str, float] = {}

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    def start_watching() -> None:
        clock.start()
        ticker.start()

    def finish() -> None:
        window = made[0]
        rows = sum(window.meeting_list.group_count(g) for g in ("needs_action", "upcoming", "past"))
        report.setdefault("gap_ms", longest[0])
        report.setdefault("ready_gap_ms", longest[0])
        # The linger after the last phase: the background work's stalls (retention purge).
        report["linger_gap_ms"] = longest[0] if linger else 0.0
        print(json.dumps({**report, "rows": rows}), flush=True)
        os._exit(0)

    def list_shown() -> None:
        report["gap_ms"] = longest[0]
        report["list_ms"] = (time.perf_counter() - spawned) * 1000
        longest[0] = 0  # from here: the phase until the window is ready to book
        tick()
        if not ready:
            QTimer.singleShot(int(linger * 1000), finish)

    def overview_shown() -> None:
        # Only the first: a purge batch or a change elsewhere shows the overview again later,
        # and the moment measured is when the window first became ready to book.
        if "ready_ms" in report:
            return
        report["ready_ms"] = (time.perf_counter() - spawned) * 1000
        if ready:
            report["ready_gap_ms"] = longest[0]
            longest[0] = 0  # from here: the linger
            tick()
            QTimer.singleShot(int(linger * 1000), finish)

    def watch(window: Any) -> None:
        ticker.timeout.connect(tick)
        window.firstPainted.connect(start_watching)
        window.listShown.connect(list_shown)
        window.overviewShown.connect(overview_shown)

    from vardmote_desktop.__main__ import main

    main([])


LOCAL = "local"  # --database local: the default local log, encrypted where there is a keyring
SPAWNED = "VARDMOTE_BENCH_SPAWNED"  # when the parent started the child, by the shared clock


def _spawn(args: list[str], env: dict[str, str], cwd: str | None = None) -> tuple[float, str]:
    began = time.perf_counter()
    env = {**env, SPAWNED: repr(began)}
    done = subprocess.run(
        args, capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=True
    )
    return time.perf_counter() - began, done.stdout


def _summary(
    side: str, reports: list[dict[str, float]], floors: list[float], until_ready: bool
) -> None:
    shown = [r["list_ms"] / 1000 for r in reports]
    ratios = [app / bare for app, bare in zip(shown, floors, strict=True)]
    gaps = [r["gap_ms"] for r in reports]
    print(
        f"{side}list ready: {statistics.median(shown) * 1000:.0f} ms, bare window "
        f"{statistics.median(floors) * 1000:.0f} ms, ratio {statistics.median(ratios):.2f}× "
        f"(median of {len(reports)} pairs; min {min(ratios):.2f}, max {max(ratios):.2f}); "
        f"longest event-loop gap {statistics.median(gaps):.0f} ms median, {max(gaps):.0f} ms "
        f"max; rows shown {reports[-1]['rows']:.0f}"
    )
    if until_ready:
        ready = [r["ready_ms"] for r in reports]
        ready_gaps = [r["ready_gap_ms"] for r in reports]
        print(
            f"{side}ready to book: {statistics.median(ready):.0f} ms (min {min(ready):.0f}, max "
            f"{max(ready):.0f}); longest event-loop gap from the list shown until then "
            f"{statistics.median(ready_gaps):.0f} ms median, {max(ready_gaps):.0f} ms max "
            f"(each run: {' '.join(f'{g:.0f}' for g in ready_gaps)})"
        )
    lingered = [r["linger_gap_ms"] for r in reports if r.get("linger_gap_ms")]
    if lingered:  # an earlier checkout's runs may not report it
        print(
            f"{side}longest event-loop gap while lingering (the background work, e.g. the "
            f"retention purge): {statistics.median(lingered):.0f} ms median, "
            f"{max(lingered):.0f} ms max (each run: {' '.join(f'{g:.0f}' for g in lingered)})"
        )


def _refresh(template: str | None, url: str) -> None:
    """The log at `url` made a copy of `template` again (outside the time measured)."""
    if template is None:
        return
    if not url.startswith("sqlite:///"):
        raise SystemExit("--fresh-from needs a sqlite:/// --database")
    target = Path(url.removeprefix("sqlite:///"))
    for stale in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(template, target)
    if hasattr(os, "sync"):
        os.sync()  # the copy's writes done before the run, not competing with its start


def _local_home(source: str | None) -> str:
    """A home whose default local log is a copy of `source` (a SQLite file of fill.py), made
    once and kept for every run: its first full opening encrypts it in place and puts its key
    in the OS keyring (store/encryption.py), as on a ward PC."""
    home = Path(tempfile.mkdtemp(prefix="vardmote-bench-local-"))
    data = home / "data"
    data.mkdir()
    if source:
        shutil.copyfile(source, data / "vardmote.db")
    return str(home)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database",
        required=True,
        help="the log's URL, or `local`: the default local log in a home of its own, "
        "encrypted with its key in the OS keyring where there is one (--local-from)",
    )
    parser.add_argument(
        "--local-from",
        metavar="FILE",
        help="with --database local: a SQLite log copied in as the local log before the runs",
    )
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--retention-months", type=int, default=120)
    parser.add_argument("--linger", type=float, default=0.0)
    parser.add_argument(
        "--no-first-list",
        action="store_true",
        help="wait for the log's services as before (no list read through the bare driver)",
    )
    parser.add_argument(
        "--until-ready",
        action="store_true",
        help="run on until the window is ready to book (overviewShown); report that phase too",
    )
    parser.add_argument(
        "--before",
        metavar="DIR",
        help="an earlier checkout (e.g. `git worktree add`): its runs alternate with this tree's",
    )
    parser.add_argument(
        "--fresh-from",
        metavar="FILE",
        help="a SQLite log copied over the --database file before each app run, so that every "
        "run meets the same backlog (with --retention-months 12: the purge's whole backlog)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        app_run(
            options.database,
            options.retention_months,
            options.linger,
            not options.no_first_list,
            options.until_ready,
        )
        return
    local = options.database == LOCAL
    home = _local_home(options.local_from) if local else tempfile.mkdtemp(prefix="vardmote-bench-")
    env = {**os.environ, "VARDMOTE_HOME": home}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    child = [sys.executable, __file__, "--child", "--database", options.database]
    child += ["--retention-months", str(options.retention_months)]
    child += ["--linger", str(options.linger)]
    child += ["--no-first-list"] if options.no_first_list else []
    child += ["--until-ready"] if options.until_ready else []
    floor = [sys.executable, "-c", BARE]
    sides: dict[str, tuple[dict[str, str], str | None]] = {"": (env, None)}
    if options.before:  # an earlier checkout: the same runs with its package, in each pair
        before = str(Path(options.before).resolve())
        sides["before: "] = ({**env, "PYTHONPATH": before}, before)
    _spawn(floor, env)  # warm-up: file caches, not counted
    if local:  # the first full opening encrypts the copied log: before any run is timed
        _spawn([*child, "--until-ready"], env)
        with (Path(home) / "data" / "vardmote.db").open("rb") as log_file:
            plain = log_file.read(16) == b"SQLite format 3\x00"
        print(f"local log: {'plain (no keyring answered)' if plain else 'encrypted'}")
    for side_env, cwd in sides.values():
        _refresh(options.fresh_from, options.database)
        _spawn(child, side_env, cwd)
    floors: list[float] = []
    reports: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
    for _ in range(options.pairs):
        bare, _out = _spawn(floor, env)
        floors.append(bare)
        for side, (side_env, cwd) in sides.items():
            _refresh(options.fresh_from, options.database)
            _took, out = _spawn(child, side_env, cwd)
            reports[side].append(json.loads(out.strip().splitlines()[-1]))
    for side, runs in reports.items():
        _summary(side, runs, floors, options.until_ready)
    if options.before:
        this, earlier = reports[""], reports["before: "]
        for key in ("list_ms", "ready_ms") if options.until_ready else ("list_ms",):
            paired = [a[key] / b[key] for a, b in zip(this, earlier, strict=True)]
            print(
                f"{key[:-3]} this tree / before: {statistics.median(paired):.2f} (median of pairs)"
            )
    Path(home).joinpath("done").touch()


if __name__ == "__main__":
    main()
