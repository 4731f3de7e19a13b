"""`Run`: what a part of the UI receives to do slow work, instead of the window that owns it.

Qt-free at import time: a window's `WorkerSet.run` (ui/workers.py) or a wizard's `run` fits it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from vardmote_desktop.ui.workers import Worker


class Run(Protocol):
    """Runs `fn` on a worker; `done` or `failed` is called on the GUI thread."""

    def __call__(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker: ...
