"""The log's table model: fetches one page at a time on a worker, never every row.

The view asks canFetchMore/fetchMore when the user scrolls near the end; the page arrives on
the GUI thread and is appended. A new query or sort starts a new generation: pages of an
older one that arrive late are dropped, so the table never mixes two searches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from vardmote_desktop.domain.log_query import (
    DEFAULT_PAGE_SIZE,
    LogColumn,
    LogPage,
    LogQuery,
    LogRow,
)
from vardmote_desktop.ui.log import texts
from vardmote_desktop.ui.workers import Worker, run_in_background

COLUMNS = tuple(LogColumn)
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[LogQuery, int, int], LogPage]


class LogTableModel(QAbstractTableModel):
    """Rows of the meeting log for a QTableView; sorting re-queries the database."""

    loadingChanged = Signal(bool)
    pageLoaded = Signal(int)  # rows in the model after the page
    failed = Signal(object)  # the exception, for ui/errors.user_message

    def __init__(
        self, fetch: FetchPage, page_size: int = DEFAULT_PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self._query = LogQuery()
        self._rows: list[LogRow] = []
        self._has_more = True
        self._worker: Worker | None = None
        self._generation = 0
        self.last_update_counted = False

    # --- what the table shows -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return texts.cell(row, COLUMNS[index.column()])
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] in (
            LogColumn.RECIPIENTS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return texts.header(COLUMNS[section])
        return None

    def loaded(self) -> tuple[LogRow, ...]:
        """The rows of the pages read so far, in order."""
        return tuple(self._rows)

    def row_at(self, row: int) -> LogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def query(self) -> LogQuery:
        return self._query

    @property
    def loading(self) -> bool:
        return self._worker is not None

    @property
    def has_more(self) -> bool:
        return self._has_more

    # --- asking the database ------------------------------------------------------------------
    def set_query(self, query: LogQuery) -> None:
        """Show the rows of another search or sort, starting again from the first page."""
        self._cancel()
        self._generation += 1
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._has_more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column], descending=descending))

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and self._worker is None

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        query, offset, limit = self._query, len(self._rows), self._page_size
        self._worker = run_in_background(
            self,
            lambda: self._fetch(query, offset, limit),
            lambda page: self._on_page(generation, page),
            lambda exc: self._on_error(generation, exc),
        )
        self.loadingChanged.emit(True)

    def update_rows(self, ids: frozenset[int], rows: list[LogRow]) -> bool:
        """Put changed meetings' rows in place: `rows` are those of `ids` still matching.

        A row that no longer matches is removed. Returns False when a matching meeting is not
        loaded yet and would belong among the loaded pages: the caller queries again. Sets
        `last_update_counted` when rows came or went (the count changed).
        """
        fresh = {row.id: row for row in rows}
        self.last_update_counted = False
        loaded = {row.id for row in self._rows}
        if any(i not in loaded for i in fresh) and (self._rows or not self._has_more):
            return False
        for position in range(len(self._rows) - 1, -1, -1):
            meeting_id = self._rows[position].id
            if meeting_id not in ids:
                continue
            if meeting_id in fresh:
                self._rows[position] = fresh[meeting_id]
                first, last = self.index(position, 0), self.index(position, len(COLUMNS) - 1)
                self.dataChanged.emit(first, last)
            else:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self.endRemoveRows()
                self.last_update_counted = True
        return True

    def close(self) -> None:
        """Drop any page still on its way (the window is closing)."""
        self._cancel()

    def _on_page(self, generation: int, page: LogPage) -> None:
        if generation != self._generation:
            return
        self._worker = None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._has_more = page.has_more
        self.loadingChanged.emit(False)
        self.pageLoaded.emit(len(self._rows))

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self._has_more = False  # no retry loop against a lost server; a new search retries
        self.loadingChanged.emit(False)
        self.failed.emit(exc)

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
            self.loadingChanged.emit(False)
