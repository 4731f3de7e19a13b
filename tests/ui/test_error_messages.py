"""The Swedish messages for a log a newer release migrated, and for one being upgraded."""

from __future__ import annotations

from vardmote_desktop.services.errors import DatabaseBeingUpgraded, DatabaseTooNew
from vardmote_desktop.ui.errors import user_message


def test_a_too_new_log_names_the_release_to_install(qapp: object) -> None:
    message = user_message(DatabaseTooNew("9.2.0"))
    assert "behöver version 9.2.0 eller senare" in message
    assert "Uppdatera programmet" in message


def test_a_too_new_log_that_names_no_release_still_says_what_to_do(qapp: object) -> None:
    message = user_message(DatabaseTooNew())
    assert message.startswith("Databasen har skapats av en nyare version")
    assert "%1" not in message


def test_another_pc_upgrading_the_log_means_try_again_later(qapp: object) -> None:
    message = user_message(DatabaseBeingUpgraded())
    assert message == "Loggen uppgraderas av en annan dator. Försök igen om en stund."
