"""The first list of an encrypted local log reads its key from the keyring found last time.

keyring finds its backend by loading and asking every one installed, a tenth to a quarter of
a second before the first list of the default (encrypted) log could be read (issue 14). The
full opening notes which OS keyring held the key; the next start's first list loads that one
directly. These tests use a real Secret Service (gnome-keyring in a D-Bus session), each
start a process of its own, as on a Linux ward PC; and they hold the shortcut to never being
more than one: IT's choice of backend wins, and a note that is wrong, foreign or stale only
sends the start back to keyring's own search.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.helpers.os_keyring import in_os_keyring
from vardmote_desktop.platforms.credentials import CredentialStore, remembered_backend
from vardmote_desktop.services.log_key import KEYRING_NOTE, remember_keyring, remembered_keyring

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"

# A start's full opening: the default log made, encrypted, its key put in the keyring.
FULL_OPENING = """\
import json, os, sys
from pathlib import Path
from vardmote_desktop.app import create_log_engine
from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.store.migrate import upgrade_to_head
root = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ["ROOT"])
paths = AppPaths(root / "config", root / "data", root / "logs")
engine = create_log_engine(Settings(profile="kalmar", unit="HC Torsås"), paths)
upgrade_to_head(engine)
engine.dispose()
"""

# A later start's first list, in a fresh interpreter: read, and which backends it loaded.
FIRST_LIST = """\
import json, os, sys
from pathlib import Path
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.first_list import first_overview
root = Path(os.environ["ROOT"])
found = first_overview(Settings(profile="kalmar", unit="HC Torsås"), load_profiles()["kalmar"],
                       root / "data")
backends = sorted(m for m in sys.modules if m.startswith("keyring.backends."))
print(json.dumps({"read": found is not None, "backends": backends}))
"""


def _run(code: str, home: Path, root: Path, **env: str) -> dict[str, object]:
    done = in_os_keyring(code, home, {"ROOT": str(root), **env})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


@pytest.mark.skipif(sys.platform != "linux", reason="gnome-keyring: the Secret Service on Linux")
def test_the_next_first_list_loads_only_the_keyring_that_held_the_key(tmp_path: Path) -> None:
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root)
    assert remembered_keyring(root / "data") == SECRET_SERVICE
    later = _run(FIRST_LIST, home, root)
    # fail and null are the app's own (platforms/credentials.py tells them from a real one).
    own = ["keyring.backends.fail", "keyring.backends.null"]
    assert later == {"read": True, "backends": sorted(["keyring.backends.SecretService", *own])}


@pytest.mark.skipif(sys.platform != "linux", reason="gnome-keyring: the Secret Service on Linux")
def test_without_a_note_keyrings_own_search_finds_the_key(tmp_path: Path) -> None:
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root)
    (root / "data" / KEYRING_NOTE).unlink()
    found = _run(FIRST_LIST, home, root)
    assert found["read"] is True
    assert "keyring.backends.kwallet" in found["backends"]  # type: ignore[operator]  # all asked


@pytest.mark.skipif(sys.platform != "linux", reason="gnome-keyring: the Secret Service on Linux")
def test_a_note_that_names_a_keyring_without_the_key_leaves_the_list_to_the_full_opening(
    tmp_path: Path,
) -> None:
    """A wrong note costs the quick list, never a wrong one: the full opening then decides."""
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root)
    empty_home = tmp_path / "another-session"  # the same backend, a keyring without the key
    assert _run(FIRST_LIST, empty_home, root)["read"] is False


def test_no_note_names_other_code_to_load(monkeypatch: pytest.MonkeyPatch) -> None:
    assert remembered_backend(None) is None
    assert remembered_backend("") is None
    # Only the OS keyrings: a note cannot make the app import anything else.
    assert remembered_backend("tests.helpers.memory_keyring.MemoryKeyring") is None
    assert "vardmote_never_a_module" not in sys.modules
    assert remembered_backend("vardmote_never_a_module.Keyring") is None
    assert "vardmote_never_a_module" not in sys.modules
    # One that cannot work on this machine: keyring's search decides.
    elsewhere = (
        "keyring.backends.macOS.Keyring"
        if sys.platform == "win32"
        else "keyring.backends.Windows.WinVaultKeyring"
    )
    assert remembered_backend(elsewhere) is None
    # IT's choice in the environment wins over the note, whatever it names.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert remembered_backend(SECRET_SERVICE) is None


def test_the_note_names_only_an_os_keyring(tmp_path: Path) -> None:
    """A test's in-memory keyring (or none) is not noted, and a stale note is removed."""
    (tmp_path / KEYRING_NOTE).write_text(SECRET_SERVICE + "\n", encoding="utf-8")
    remember_keyring(tmp_path, CredentialStore())  # the memory keyring of every test
    assert remembered_keyring(tmp_path) is None
    assert not (tmp_path / KEYRING_NOTE).exists()
