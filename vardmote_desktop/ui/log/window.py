"""*Möteslogg*: the whole log, paged, searchable and filterable, with detail and export.

Every database call runs on a worker: the table fetches pages as the user scrolls, the count
and the detail arrive when ready, and an export writes its file in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.domain.log_query import LogQuery, LogRow
from vardmote_desktop.services.dto import MeetingDetail
from vardmote_desktop.ui import texts as ui_texts
from vardmote_desktop.ui.changes import (
    CHANGED_ROWS_AT_MOST,
    ChangeRelay,
    purge_reaches,
    purge_touches,
)
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.log import texts
from vardmote_desktop.ui.log.export_dialog import ChooseFile, ExportDialog, ask_save_file
from vardmote_desktop.ui.log.filters import FilterBar
from vardmote_desktop.ui.log.model import LogTableModel
from vardmote_desktop.ui.meeting_actions import MeetingActions
from vardmote_desktop.ui.meeting_detail import MeetingDetailPane
from vardmote_desktop.ui.workers import Worker, WorkerSet

if TYPE_CHECKING:
    from vardmote_desktop.services.changes import Changes
    from vardmote_desktop.services.context import AppContext


class LogWindow(QMainWindow):
    """The meeting log; emits openMeeting(id) when the user asks to work on a meeting."""

    openMeeting = Signal(int)
    countShown = Signal(int)
    detailShown = Signal(int)
    exportFinished = Signal(object)  # the written file's Path
    exportDialogOpened = Signal(QWidget)
    rowsChanged = Signal(object)  # the changed meetings' ids, once their rows are updated

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        choose_file: ChooseFile = ask_save_file,
        export_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Möteslogg"))
        self._context = context
        self._choose_file = choose_file
        self._export_folder = export_folder or Path.home()
        self._jobs = WorkerSet(self, self._show_error)
        self._count_worker: Worker | None = None
        self.export_dialog: ExportDialog | None = None

        self.filters = FilterBar(self)
        self.filters.changed.connect(self.apply_filters)
        self.model = LogTableModel(context.log.page, parent=self)
        self.model.failed.connect(self._show_error)
        self.model.loadingChanged.connect(self._loading_changed)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Möten i loggen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Newest first; enabling sorting then asks the model for that order: the first page.
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._columns_fitted = False
        self.model.rowsInserted.connect(self._fit_columns_once)
        self.model.modelReset.connect(self._fit_columns_once)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)

        self.detail = MeetingDetailPane(context.profile, self)
        # The same actions as in the main window, for whatever still applies to the meeting.
        self.meeting_actions = MeetingActions(self.detail, self._run, self)
        self.meeting_actions.context = context
        # Changes made here, in the main window or on another PC all arrive the same way.
        self.changes = ChangeRelay(context.changes, self)
        self.changes.changed.connect(self._on_changes)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Antal möten"))
        self.export_button = QPushButton(self.tr("&Exportera…"), self)
        self.export_button.setAccessibleName(self.tr("Exportera det filtrerade urvalet"))
        self.export_button.clicked.connect(self.open_export)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setCentralWidget(body)
        self._add_shortcuts()
        self.resize(1200, 700)
        self._start_count(self.model.query)

    def _fit_columns_once(self, *_args: object) -> None:
        # Widths from the first page of real rows; later pages keep them (no jumping columns).
        if self._columns_fitted or self.model.rowCount() == 0:
            return
        self._columns_fitted = True
        # Twenty rows are a fair sample; measuring all 200 cost the first screen 60 ms.
        self.table.horizontalHeader().setResizeContentsPrecision(20)
        self.table.resizeColumnsToContents()

    def _add_shortcuts(self) -> None:
        find = QAction(self.tr("Sök"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.filters.search.setFocus())
        export = QAction(self.tr("Exportera"), self)
        export.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        export.triggered.connect(self.open_export)
        self.addActions([find, export])

    # --- search and table ---------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Query again with the filters as they stand, keeping the sort order."""
        query = self.filters.query(self.model.query)
        self.detail.clear()
        self.model.set_query(query)
        self._start_count(query)

    def _start_count(self, query: LogQuery, *, same_search: bool = False) -> None:
        if self._count_worker is not None:
            self._count_worker.cancel()
        if not same_search:
            # Only a new search blanks the number: a recount after a change (a purge's
            # hundreds of batches) keeps the last one until the new one comes, not a flicker.
            self.status.setText(self.tr("Räknar möten…"))
        self._count_worker = self._run(lambda: self._context.log.count(query), self._on_count)

    def _on_count(self, count: int) -> None:
        self._count_worker = None
        self.status.setText(ui_texts.meetings(count))
        self.countShown.emit(count)

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.statusBar().showMessage(self.tr("Hämtar…"))
        else:
            self.statusBar().clearMessage()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        meeting_id = row.id
        self._run(lambda: self._context.log.detail(meeting_id), self._on_detail)

    def _on_detail(self, detail: MeetingDetail) -> None:
        current = self.table.currentIndex()
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None and row.id != detail.summary.id:
            return  # the user has moved on; a newer detail is on its way
        self.detail.show_detail(detail)
        self.meeting_actions.update()
        self.detailShown.emit(detail.summary.id)

    def _on_changes(self, changes: Changes) -> None:
        """Re-read the changed meetings' rows in place; the query and sort order stay."""
        query = self.model.query
        # A purge batch (here or on another PC) names how far it reached, not its meetings:
        # the rows read so far that it may have removed are read again like changed ones, so
        # a backlog's hundreds of batches neither reset the table the user is reading nor
        # lose their place. The pages still to come are read by offset, and every removed
        # row before them is one of those, so the next page still starts where it should.
        ids = changes.meeting_ids | purge_reaches(changes, self.model.loaded())
        if changes.everything or len(ids) > CHANGED_ROWS_AT_MOST:
            self.model.set_query(query)
            self._start_count(query)
        else:
            if ids:
                self._run(
                    lambda: self._context.log.rows_of(query, ids),
                    lambda rows: self._on_changed_rows(query, ids, rows),
                )
            if changes.purged_through is not None:
                # Fewer meetings in the log, even where none of those shown went.
                self._start_count(query, same_search=True)
        shown = self.detail.detail
        if shown is not None and (
            shown.summary.id in changes.meeting_ids or purge_touches(changes, [], shown)
        ):
            meeting_id = shown.summary.id
            self._run(
                lambda: self._context.log.detail(meeting_id), self.detail_changed, self._detail_gone
            )

    def _on_changed_rows(self, query: LogQuery, ids: frozenset[int], rows: list[LogRow]) -> None:
        if query != self.model.query:
            return  # another search started meanwhile and reads the rows afresh
        if not self.model.update_rows(ids, rows):
            # A meeting new to this search: its place among the pages is the database's to say.
            self.model.set_query(query)
        if self.model.last_update_counted:
            self._start_count(query, same_search=True)
        self.rowsChanged.emit(ids)

    def _detail_gone(self, exc: BaseException) -> None:
        from vardmote_desktop.services.errors import NotFound

        if isinstance(exc, NotFound):
            self.detail.clear()
        else:
            self._show_error(exc)

    def detail_changed(self, detail: MeetingDetail) -> None:
        self.detail.show_detail(detail)
        self.meeting_actions.update()
        self.detailShown.emit(detail.summary.id)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.openMeeting.emit(row.id)

    # --- export -------------------------------------------------------------------------------
    def open_export(self) -> None:
        """Ask for format and file, then export the current filter (non-blocking dialog)."""
        query = self.model.query
        dialog = ExportDialog(texts.describe(query), self._export_folder, self._choose_file, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export(query, dialog.format, dialog.chosen_path))
        self.export_dialog = dialog
        dialog.open()
        self.exportDialogOpened.emit(dialog)

    def _export(self, query: LogQuery, kind: str, path: Path) -> None:
        from vardmote_desktop.services.export import write_csv
        from vardmote_desktop.ui.log.pdf import write_pdf

        service = self._context.log
        export_texts = texts.export_texts(query, service.now())
        writer = write_pdf if kind == "pdf" else write_csv
        self._export_folder = path.parent
        self.export_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Exporterar till %1…").replace("%1", path.name))

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            message = ui_texts.count(
                count,
                self.tr("%n möte exporterat till %2"),
                self.tr("%n möten exporterade till %2"),
            )
            self.statusBar().showMessage(message.replace("%2", str(path)))
            self.exportFinished.emit(path)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._show_error(exc)

        self._run(lambda: writer(service.rows(query), path, export_texts), done, failed)

    # --- plumbing -----------------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        return self._jobs.run(fn, done, failed)

    def busy(self) -> bool:
        return self.model.loading or self._jobs.busy()

    def _show_error(self, exc: BaseException) -> None:
        self.statusBar().showMessage(user_message(exc))

    def closeEvent(self, event: Any) -> None:
        # The relay stays: the window is reopened as it was, its rows kept current meanwhile.
        self.model.close()
        self._jobs.cancel_all()
        super().closeEvent(event)
