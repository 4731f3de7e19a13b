"""A colleague's PC, as a separate OS process: books or cancels a meeting on a shared log.

Run as `python -m tests.helpers.colleague URL book` (prints the new meeting's id),
`python -m tests.helpers.colleague URL book-draft TYPE [BARRIER]` (books the login's latest
draft of the type as its wizard's *Färdig* does, when BARRIER/go exists; prints the id or
`draft gone`) or `python -m tests.helpers.colleague URL cancel ID`. It uses the services
exactly as the application does, through its own engine and session factory, and shares
nothing with the test process but the database. `COLLEAGUE_PROFILE` names the site profile.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import Channel, MeetingMode, MeetingType, OrganisationKind
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan
from vardmote_desktop.services.errors import DraftGone
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory


def _wait_for_go(folder: Path) -> None:
    (folder / f"ready-{os.getpid()}").touch()
    deadline = time.monotonic() + 60
    while not (folder / "go").exists():
        if time.monotonic() > deadline:
            raise SystemExit("never told to go")
        time.sleep(0.005)


def main(argv: list[str]) -> int:
    url, command, *rest = argv
    engine = create_store_engine(url)
    try:
        factory = make_session_factory(engine)
        # The site's profile, as the test's own PC has it (default Kalmar).
        profile = load_profiles()[os.environ.get("COLLEAGUE_PROFILE", "kalmar")]
        settings = Settings(profile=profile.key, unit="HC Torsås", user_name="Kollega Test")
        if command == "book":
            plan = MeetingPlan(
                meeting_type=MeetingType.DISCHARGE_PLANNING,
                mode=MeetingMode.PHYSICAL,
                starts_at=datetime.now(UTC) + timedelta(days=3),
                suitability_ok=False,
                participants=[
                    ParticipantPlan(
                        name="Testperson Kollega",
                        organisation_kind=OrganisationKind.MUNICIPALITY,
                        phone="0480-12345",
                        channel=Channel.PHONE,
                        sent_now=True,
                    )
                ],
            )
            print(MeetingService(factory, settings, profile).book(plan))
        elif command == "book-draft":  # the same login, continuing its draft on this PC
            draft = DraftService(factory, settings, profile).latest(MeetingType(rest[0]))
            if draft is None:
                raise SystemExit("no draft to continue")
            if len(rest) > 1:  # a barrier folder: Färdig pressed at once on several PCs
                _wait_for_go(Path(rest[1]))
            try:
                print(MeetingService(factory, settings, profile).book(draft.plan, draft.id))
            except DraftGone:
                print("draft gone")
        elif command == "cancel":
            FollowUpService(factory, settings, profile).cancel(int(rest[0]))
        else:
            raise SystemExit(f"unknown command {command!r}")
    finally:
        engine.dispose()
    return 0


REPO = Path(__file__).resolve().parents[2]


def run_colleague(url: str, *command: str) -> str:
    """Run a colleague's PC: another OS process using the services on the same database."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.colleague", url, *command],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
