"""A busy indicator with *Avbryt* for work running on a worker (server calls above all)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from vardmote_desktop.ui.workers import Worker


class BusyBar(QWidget):
    """Shows what is going on while a Worker runs; Avbryt gives control back at once.

    A blocking socket read cannot be interrupted, so cancelling drops the worker's late result
    (Worker.cancel) rather than waiting for it: the user is never held by a stalled server.
    """

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # indeterminate: a server gives no progress to show
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Arbetar"))
        self.label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Avbr&yt"), self)
        self.cancel_button.setAccessibleName(self.tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self, text: str, worker: Worker) -> None:
        """Show text and the spinner until stop() or cancel(); the worker is what Avbryt stops."""
        self._worker = worker
        self.label.setText(text)
        self.progress.setAccessibleDescription(text)
        self.show()

    def stop(self) -> None:
        self._worker = None
        self.hide()

    def cancel(self) -> None:
        worker = self._worker
        if worker is None:
            return
        worker.cancel()
        self.stop()
        self.cancelled.emit()
