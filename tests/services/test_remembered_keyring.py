"""The first list of an encrypted local log reads its key from the keyring found last time.

keyring finds its backend by loading and asking every one installed, a tenth to a quarter of
a second before the first list of the default (encrypted) log could be read, and importing
keyring at all costs another tenth (issue 14). The full opening notes which OS keyring held
the key; the next start's first list reads the key from that one directly, without keyring
(platforms/os_secrets.py), or has keyring load only that one where there is no direct reader.
These tests use a real Secret Service (gnome-keyring in a D-Bus session), each start a process
of its own, as on a Linux ward PC; and they hold the shortcut to never being more than one:
IT's choice of backend wins, a locked keyring is not unlocked (no prompt before the window's
list), and a note that is wrong, foreign or stale only sends the start back to keyring.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.helpers.os_keyring import in_os_keyring
from vardmote_desktop.platforms.credentials import CredentialStore, remembered_backend
from vardmote_desktop.platforms.os_secrets import SECRET_SERVICE, KeyringNote
from vardmote_desktop.services.log_key import KEYRING_NOTE, remember_keyring, remembered_keyring

LINUX_ONLY = pytest.mark.skipif(
    sys.platform != "linux", reason="gnome-keyring: the Secret Service on Linux"
)

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
scope = os.environ.get("SCOPE", "user")
engine = create_log_engine(Settings(profile="kalmar", unit="HC Torsås", keyring_scope=scope), paths)
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
if os.environ.get("LOCK_FIRST"):  # the user's keyring locked since (a screen lock, a logout)
    import secretstorage
    secretstorage.Collection(secretstorage.dbus_init()).lock()
scope = os.environ.get("SCOPE", "user")
settings = Settings(profile="kalmar", unit="HC Torsås", keyring_scope=scope)
found = first_overview(settings, load_profiles()["kalmar"], root / "data")
backends = sorted(m for m in sys.modules if m.startswith("keyring.backends."))
print(json.dumps({"read": found is not None, "keyring": "keyring" in sys.modules,
                  "backends": backends}))
"""


def _run(code: str, home: Path, root: Path, **env: str) -> dict[str, object]:
    done = in_os_keyring(code, home, {"ROOT": str(root), **env})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


# fail and null are the app's own (platforms/credentials.py tells them from a real one).
OWN = ["keyring.backends.fail", "keyring.backends.null"]
# The first list's report when it read the key directly, and when it found none that way.
DIRECT = {"read": True, "keyring": False, "backends": []}
NOT_READ = {"read": False, "keyring": False, "backends": []}


def _keyring_config(home: Path) -> Path:
    return home / ".config" / "python_keyring" / "keyringrc.cfg"  # keyring's, on Linux


@LINUX_ONLY
@pytest.mark.parametrize("scope", ["user", "machine"])
def test_the_next_first_list_reads_the_key_without_importing_keyring(
    tmp_path: Path, scope: str
) -> None:
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root, SCOPE=scope)
    assert remembered_keyring(root / "data") == KeyringNote(
        SECRET_SERVICE, str(_keyring_config(home))
    )
    assert _run(FIRST_LIST, home, root, SCOPE=scope) == DIRECT


@LINUX_ONLY
def test_a_keyring_configured_since_is_read_through_keyring(tmp_path: Path) -> None:
    """IT's keyringrc.cfg, added after the note was written, sends the start back to keyring."""
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root)
    config = _keyring_config(home)
    config.parent.mkdir(parents=True)
    config.write_text(f"[backend]\ndefault-keyring = {SECRET_SERVICE}\n", encoding="utf-8")
    found = _run(FIRST_LIST, home, root)
    assert found["read"] is True
    assert found["keyring"] is True
    assert found["backends"] == sorted(["keyring.backends.SecretService", *OWN])  # no search
    through_env = _run(FIRST_LIST, home, root, PYTHON_KEYRING_BACKEND=SECRET_SERVICE)
    assert through_env["read"] is True
    assert through_env["keyring"] is True


@LINUX_ONLY
def test_a_note_from_the_first_release_of_it_loads_only_that_keyring(tmp_path: Path) -> None:
    """The first notes held the backend's name only: keyring loads that one, without search."""
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root)
    (root / "data" / KEYRING_NOTE).write_text(SECRET_SERVICE + "\n", encoding="utf-8")
    later = _run(FIRST_LIST, home, root)
    assert later == {
        "read": True,
        "keyring": True,
        "backends": sorted(["keyring.backends.SecretService", *OWN]),
    }


@LINUX_ONLY
def test_a_locked_keyring_is_not_unlocked_for_the_first_list(tmp_path: Path) -> None:
    """Unlocking prompts: that is the full opening's, with its window and its messages."""
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root)
    assert _run(FIRST_LIST, home, root, LOCK_FIRST="1") == NOT_READ


@LINUX_ONLY
def test_without_a_note_keyrings_own_search_finds_the_key(tmp_path: Path) -> None:
    home, root = tmp_path / "home", tmp_path / "app"
    _run(FULL_OPENING, home, root)
    (root / "data" / KEYRING_NOTE).unlink()
    found = _run(FIRST_LIST, home, root)
    assert found["read"] is True
    assert "keyring.backends.kwallet" in found["backends"]  # type: ignore[operator]  # all asked


@LINUX_ONLY
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
