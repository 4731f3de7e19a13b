"""*Städa rum*: server rooms missing from the log, log rooms gone from the server, ended meetings.

Everything here reaches the server, so all of it runs on a worker behind a busy indicator with
*Avbryt*; nothing is deleted unless the user ticks it (or, for manual rooms, confirms). Our rooms
that the log does not hold but that may still be in use (another PC's, a wizard's, a draft's)
are listed apart, each with the reason it is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.room_cleanup import Verdict
from vardmote_desktop.domain.types import PlatformKind
from vardmote_desktop.platforms.base import PlatformError
from vardmote_desktop.services.errors import PlatformNotConfigured, ServiceError
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.busy import BusyBar
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.workers import WorkerSet

if TYPE_CHECKING:
    from vardmote_desktop.services.reconcile import ReconcileReport, ReconcileService, ServerRoom
    from vardmote_desktop.services.rooms import EndedRoom, RoomDeletion, RoomService

DATA = Qt.ItemDataRole.UserRole


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else "?"


@dataclass(frozen=True)
class _Scan:
    ended: list[EndedRoom]
    report: ReconcileReport | None
    problem: BaseException | None  # why the server could not be compared (None: it was)


class CleanupDialog(QDialog):
    """Lists what differs and deletes what the user confirms; `changed` after any deletion."""

    changed = Signal()
    scanned = Signal()

    def __init__(
        self,
        reconcile: ReconcileService,
        rooms: RoomService,
        profile: SiteProfile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reconcile = reconcile
        self._rooms = rooms
        self._jobs = WorkerSet(self, self._failed)
        self._outcome = ""  # what the last action did, kept above the new scan's findings
        self.setWindowTitle(self.tr("Städa rum"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Jämför rummen på videoservern med mötesloggen. Inget tas bort förrän du har "
                "markerat det."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.server_box = QGroupBox(self.tr("På servern men inte i mötesloggen"), self)
        self.orphans = self._list(self.server_box, self.tr("Rum på servern som saknas i loggen"))
        self.delete_orphans_button = self._button(
            self.server_box, self.tr("Ta &bort markerade rum från servern"), self.delete_orphans
        )
        self.left_box = QGroupBox(self.tr("Lämnas kvar på servern"), self)
        self.left_alone = self._list(self.left_box, self.tr("Rum som lämnas kvar och varför"))
        self.left_box.hide()  # shown when a scan finds such rooms
        self.missing_box = QGroupBox(self.tr("I mötesloggen men borta från servern"), self)
        self.missing = self._list(self.missing_box, self.tr("Rum i loggen som saknas på servern"))
        self.mark_missing_button = self._button(
            self.missing_box, self.tr("&Markera som borttagna i loggen"), self.mark_missing
        )
        self.ended_box = QGroupBox(self.tr("Rum efter avslutade möten"), self)
        self.ended_label = QLabel(self.ended_box)
        self.ended_label.setWordWrap(True)
        self.manual_confirm = QCheckBox(
            self.tr("Jag har tagit bort de manuella rummen i %1").replace("%1", profile.video_tool),
            self.ended_box,
        )
        self.manual_confirm.setAccessibleName(self.manual_confirm.text())
        ended_layout = QVBoxLayout(self.ended_box)
        ended_layout.addWidget(self.ended_label)
        ended_layout.addWidget(self.manual_confirm)
        self.delete_ended_button = self._button(
            self.ended_box, self.tr("Ta bort &alla rum efter avslutade möten"), self.delete_ended
        )
        for box in (self.server_box, self.left_box, self.missing_box, self.ended_box):
            layout.addWidget(box)

        self.busy = BusyBar(self)
        self.busy.cancelled.connect(self._cancelled)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Resultat"))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng"))
        self.rescan_button = self.buttons.addButton(
            self.tr("&Sök igen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.rescan_button.setAccessibleName(self.tr("Sök igen"))
        self.rescan_button.clicked.connect(self.scan)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._actions = (
            self.delete_orphans_button,
            self.mark_missing_button,
            self.delete_ended_button,
            self.rescan_button,
        )
        self.scan()

    def _list(self, box: QGroupBox, name: str) -> QListWidget:
        widget = QListWidget(box)
        widget.setAccessibleName(name)
        # The reason is the point of each line: wrap it rather than hide it behind a scrollbar.
        widget.setWordWrap(True)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setResizeMode(QListWidget.ResizeMode.Adjust)
        QVBoxLayout(box).addWidget(widget)
        return widget

    def _button(self, box: QGroupBox, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, box)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        layout = box.layout()
        assert layout is not None
        layout.addWidget(button)
        return button

    # --- background work ----------------------------------------------------------------------
    def _run(self, text: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        for button in self._actions:
            button.setEnabled(False)
        self.busy.start(text, self._jobs.run(fn, done))

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.status.setText(user_message(exc))
        self.rescan_button.setEnabled(True)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Avbrutet."))
        self.rescan_button.setEnabled(True)

    def scan(self) -> None:
        reconcile, rooms = self._reconcile, self._rooms

        def job() -> _Scan:
            ended = rooms.ended_rooms()
            try:
                return _Scan(ended, reconcile.scan(), None)
            except (ServiceError, PlatformError) as exc:  # the log part is still worth showing
                return _Scan(ended, None, exc)

        self.status.setText(self._outcome)
        self._run(self.tr("Läser rummen på servern och i mötesloggen…"), job, self._show)

    def _show(self, scan: _Scan) -> None:
        self.busy.stop()
        self.rescan_button.setEnabled(True)
        self.orphans.clear()
        self.left_alone.clear()
        self.missing.clear()
        report = scan.report
        for found in report.offered if report else ():
            self._item(self.orphans, self._describe(found), found.room)
        for found in report.left_alone if report else ():
            item = QListWidgetItem(self._describe(found), self.left_alone)
            item.setToolTip(item.text())
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)  # nothing to tick
        self.left_box.setVisible(bool(report and report.left_alone))
        for logged in report.missing if report else ():
            when = logged.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("%1 – möte %2").replace("%1", logged.name or "").replace("%2", when)
            self._item(self.missing, text, logged.meeting_id)
        self.delete_orphans_button.setEnabled(bool(report and report.orphans))
        self.mark_missing_button.setEnabled(bool(report and report.missing))
        finding = ""
        if isinstance(scan.problem, PlatformNotConfigured):
            finding = self.tr(
                "Vårdmöte är inte kopplat till en videoserver (CMS eller Pexip), så "
                "servern kan inte jämföras. Rum efter avslutade möten kan tas bort här."
            )
        elif scan.problem is not None:
            finding = user_message(scan.problem)
        elif report is not None and not report.orphans and not report.missing:
            finding = (
                self.tr("Inget att ta bort. %1 rum lämnas kvar; se varför i listan.").replace(
                    "%1", str(len(report.left_alone))
                )
                if report.left_alone
                else self.tr("Servern och mötesloggen stämmer överens.")
            )
        self.status.setText("\n".join(t for t in (self._outcome, finding) if t))
        self._outcome = ""
        self._show_ended(scan.ended)
        self.scanned.emit()

    def _describe(self, found: ServerRoom) -> str:
        """'HC Torsås 7 – address · call ID (why)': the reason it is offered or left alone."""
        room = found.room
        details = " · ".join(x for x in (room.join.video_address, room.join.call_id) if x)
        text = f"{room.name} – {details}" if details else room.name or ""
        return f"{text} ({self._reason(found)})"

    def _reason(self, found: ServerRoom) -> str:
        verdict, tag = found.verdict, found.tag
        created, ends = _when(tag.created_at), _when(tag.ends_at)
        if verdict is Verdict.OURS_NOT_IN_LOG:
            return self.tr("skapat %1 från den här mötesloggen men aldrig bokat").replace(
                "%1", created
            )
        if verdict is Verdict.DELETED_IN_LOG:
            return self.tr("borttaget enligt mötesloggen men finns kvar på servern")
        if verdict is Verdict.OTHER_LOG_ENDED:
            return self.tr("skapat på en annan dator; mötet slutade %1").replace("%1", ends)
        if verdict is Verdict.RECENT:
            return self.tr(
                "skapat %1, alldeles nyss: någon kan fortfarande hålla på att boka mötet"
            ).replace("%1", created)
        if verdict is Verdict.IN_DRAFT:
            return self.tr("hör till ett sparat utkast som inte är bokat än")
        if verdict is Verdict.OTHER_LOG_AHEAD:
            return self.tr(
                "skapat på en annan dator; mötet slutar %1 och kan ännu vara kvar"
            ).replace("%1", ends)
        if verdict is Verdict.OTHER_LOG_UNKNOWN_END:
            return self.tr("skapat på en annan dator, som inte har angett när mötet slutar")
        return self.tr("skapat av en äldre version av Vårdmöte: det går inte att se vems rummet är")

    def _item(self, widget: QListWidget, text: str | None, data: object) -> None:
        item = QListWidgetItem(text or "", widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(DATA, data)

    def _show_ended(self, ended: list[EndedRoom]) -> None:
        manual = [r for r in ended if r.platform is PlatformKind.MANUAL]
        names = ", ".join(r.name or "" for r in ended)
        self.ended_label.setText(
            self.tr("%1 rum: %2").replace("%1", str(len(ended))).replace("%2", names)
            if ended
            else self.tr("Inga rum väntar på att tas bort.")
        )
        self.manual_confirm.setVisible(bool(manual))
        self.delete_ended_button.setEnabled(bool(ended))

    @staticmethod
    def _checked(widget: QListWidget) -> list[Any]:
        items = (widget.item(i) for i in range(widget.count()))
        return [i.data(DATA) for i in items if i.checkState() == Qt.CheckState.Checked]

    # --- actions ------------------------------------------------------------------------------
    def delete_orphans(self) -> None:
        ids = [room.room_id for room in self._checked(self.orphans)]
        if not ids:
            self.status.setText(self.tr("Markera först de rum som ska tas bort."))
            return
        reconcile = self._reconcile
        self._run(
            self.tr("Tar bort rummen från servern…"),
            lambda: reconcile.delete_orphans(ids),
            lambda deleted: self._after(self.tr("%1 rum togs bort från servern."), len(deleted)),
        )

    def mark_missing(self) -> None:
        meeting_ids = self._checked(self.missing)
        if not meeting_ids:
            self.status.setText(self.tr("Markera först de rum som ska markeras."))
            return
        reconcile = self._reconcile
        self._run(
            self.tr("Kontrollerar rummen på servern…"),
            lambda: reconcile.mark_missing_deleted(meeting_ids),
            lambda marked: self._after(
                texts.count(
                    len(marked),
                    self.tr("%n rum markerades som borttaget."),
                    self.tr("%n rum markerades som borttagna."),
                ),
                None,
            ),
        )

    def delete_ended(self) -> None:
        rooms, confirmed = self._rooms, self.manual_confirm.isChecked()
        self._run(
            self.tr("Tar bort rum efter avslutade möten…"),
            lambda: rooms.delete_ended_rooms(user_confirmed_manual=confirmed),
            self._ended_done,
        )

    def _ended_done(self, results: list[RoomDeletion]) -> None:
        deleted = sum(1 for r in results if r.deleted)
        lines = [self.tr("%1 rum togs bort.").replace("%1", str(deleted))]
        skipped = [r.name or "" for r in results if not r.deleted and r.error is None]
        if skipped:
            lines.append(
                self.tr("Väntar på din bekräftelse (manuella rum): %1").replace(
                    "%1", ", ".join(skipped)
                )
            )
        for result in results:
            if result.error is not None:
                lines.append(f"{result.name}: {user_message(result.error)}")
        self._after("\n".join(lines), None)

    def _after(self, message: str, count: int | None) -> None:
        self.busy.stop()
        if count is not None:
            message = message.replace("%1", str(count))
        self._outcome = message
        self.changed.emit()
        self.scan()

    def reject(self) -> None:
        self._jobs.cancel_all()
        super().reject()
