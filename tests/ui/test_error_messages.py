"""The Swedish messages: one for every error a user can act on, none left to the fallback."""

from __future__ import annotations

import importlib
import pkgutil

from vardmote_desktop.domain.types import InvitationProblem
from vardmote_desktop.services import errors as service_errors
from vardmote_desktop.services.errors import DatabaseBeingUpgraded, DatabaseTooNew, ServiceError
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.messages import invitation_problem


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


def _service_errors() -> list[type[ServiceError]]:
    """Every ServiceError subclass in the package (every services module imported first)."""
    import vardmote_desktop.services as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    found: list[type[ServiceError]] = []
    pending = list(ServiceError.__subclasses__())
    while pending:
        kind = pending.pop()
        found.append(kind)
        pending.extend(kind.__subclasses__())
    return found


def test_every_service_error_lives_in_errors_and_has_its_own_message(qapp: object) -> None:
    fallback = user_message(Exception())
    messages: dict[str, type[ServiceError]] = {}
    for kind in _service_errors():
        assert kind.__module__ == service_errors.__name__, kind
        made_with = {  # the errors that carry what their message names
            service_errors.InvitationUnreadable: (InvitationProblem.NO_ADDRESS_OR_CALL_ID,),
            service_errors.RoomNameTaken: ("HC Torsås 3",),
        }
        error = kind(*made_with.get(kind, ()))
        message = user_message(error)
        assert message != fallback, kind
        assert message not in messages, (kind, messages.get(message))
        messages[message] = kind


def test_every_invitation_problem_has_its_text(qapp: object) -> None:
    texts = {problem: invitation_problem(problem) for problem in InvitationProblem}
    assert all(texts.values()) and len(set(texts.values())) == len(texts)
    unreadable = service_errors.InvitationUnreadable(InvitationProblem.NO_ADDRESS_OR_CALL_ID)
    assert user_message(unreadable) == "Hittade varken videoadress eller samtals-ID i inbjudan."
