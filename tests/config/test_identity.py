"""The actor in the history: OS login, display name and PC, in one readable, parseable line."""

from __future__ import annotations

import getpass
import os
import platform

import pytest

from vardmote_desktop.config.identity import ACTOR_MAX, Identity, current_identity
from vardmote_desktop.config.login import os_login
from vardmote_desktop.config.settings import Settings


def test_actor_reads_as_name_then_login_at_pc_and_parses_back() -> None:
    anna = Identity("anna.s", "Anna Svensson", "AVD12-PC03")
    assert anna.actor == "Anna Svensson (anna.s@AVD12-PC03)"
    assert Identity.parse(anna.actor) == anna


def test_colleagues_sharing_a_display_name_are_told_apart() -> None:
    # A whole ward may type the same name; the login and the PC still differ.
    first = Identity("anna.s", "Samordnare", "AVD12-PC03")
    other_login = Identity("bertil.k", "Samordnare", "AVD12-PC03")
    other_pc = Identity("anna.s", "Samordnare", "AVD12-PC04")
    assert len({first.actor, other_login.actor, other_pc.actor}) == 3


def test_a_name_cannot_imitate_another_login() -> None:
    # Brackets and line breaks in a typed name must not change whose login the line shows.
    forged = Identity("mallory", "Anna Svensson (anna.s@AVD12-PC03)\nx", "PC9")
    parsed = Identity.parse(forged.actor)
    assert parsed is not None
    assert (parsed.login, parsed.host) == ("mallory", "PC9")
    assert "\n" not in forged.actor


def test_long_names_fit_the_column_and_keep_login_and_pc() -> None:
    long = Identity("l" * 300, "N" * 500, "H" * 300)
    assert len(long.actor) <= ACTOR_MAX
    parsed = Identity.parse(long.actor)
    assert parsed is not None and parsed.login.startswith("l") and parsed.host.startswith("H")
    assert parsed.display_name.startswith("N")


def test_old_free_text_actors_do_not_parse() -> None:
    assert Identity.parse("Samordnare Test") is None
    assert Identity.parse("") is None


def test_login_may_hold_an_at_sign() -> None:
    upn = Identity("anna.s@region.se", "Anna", "PC1")
    assert Identity.parse(upn.actor) == upn


def test_current_identity_is_the_os_login_on_this_pc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "anna.s")
    me = current_identity("Anna Svensson")
    assert me == Identity("anna.s", "Anna Svensson", platform.node())


def test_without_a_display_name_the_os_name_or_the_login_is_shown() -> None:
    me = current_identity("")
    assert me.login == getpass.getuser()
    assert me.display_name  # the passwd full name (GECOS) where there is one, else the login


def test_settings_name_the_actor_but_never_replace_the_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOGNAME", "bertil.k")
    settings = Settings(user_name="Anna Svensson")
    assert settings.actor == f"Anna Svensson (bertil.k@{platform.node()})"


def test_a_display_name_holding_an_identity_number_never_reaches_the_history(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOGNAME", "anna.s")
    # From a site file, an option or an old settings file, where no field check ran.
    settings = Settings(user_name="Anna 19121212\u20111212")
    assert settings.actor.endswith(f"(anna.s@{platform.node()})")
    assert "1212" not in settings.actor


def test_the_login_is_what_getpass_says(monkeypatch: pytest.MonkeyPatch) -> None:
    # os_login reads getpass's variables itself (no getpass before the first paint).
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("USERNAME", "win.user")
    monkeypatch.setenv("USER", "unix.user")
    assert os_login() == getpass.getuser() == "unix.user"
    monkeypatch.delenv("USER")
    assert os_login() == getpass.getuser() == "win.user"
    monkeypatch.delenv("USERNAME")
    if os.name == "posix":  # no variable: the passwd database (Windows has none: "okänd")
        assert os_login() == getpass.getuser()
