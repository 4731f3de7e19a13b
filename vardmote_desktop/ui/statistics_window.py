"""The statistics page (*Statistik*): how a unit follows up that distance meetings come first.

Charts are Qt's own QtCharts (PySide6-Addons). The figures are computed by
`context.statistics.compute` on a worker thread; the window never touches the database.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.ui.changes import ChangeRelay
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.workers import Worker, run_in_background

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.statistics import Statistics

log = logging.getLogger(__name__)

SETTLE_MS = 1500  # after the last change, before the figures are computed again


def _month(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM")


def _date(month: str) -> QDate:
    year, number = (int(part) for part in month.split("-"))
    return QDate(year, number, 1)


class StatisticsWindow(QWidget):
    """A window of its own, so that it can stay open beside the log."""

    statisticsShown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.statistics: Statistics | None = None
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Statistik – Vårdmöte"))
        self.setAccessibleName(self.tr("Statistik"))
        self.resize(1000, 720)

        title = QLabel(self.tr("<h2>Statistik</h2>"), self)
        self.subtitle = subtitle = QLabel(
            self.tr(
                "Rutinerna säger att distansmöte ska vara förstahandsvalet. Här följer enheten "
                "upp hur många möten som hålls med video, hur snabbt mottagarna bekräftar och "
                "om mötesrummen tas bort efter mötet."
            ),
            self,
        )
        subtitle.setWordWrap(True)

        first, last = context.statistics.default_period()
        self.first_month = self._month_edit(first, self.tr("Från månad"))
        self.last_month = self._month_edit(last, self.tr("Till månad"))
        self.show_button = QPushButton(self.tr("&Visa"), self)
        self.show_button.setAccessibleName(self.tr("Visa statistik för perioden"))
        self.show_button.clicked.connect(self.refresh)
        first_label = QLabel(self.tr("&Från månad:"), self)
        first_label.setBuddy(self.first_month)
        last_label = QLabel(self.tr("&Till månad:"), self)
        last_label.setBuddy(self.last_month)
        period = QHBoxLayout()
        for widget in (first_label, self.first_month, last_label, self.last_month):
            period.addWidget(widget)
        period.addWidget(self.show_button)
        period.addStretch(1)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.figures = {
            key: self._figure(name)
            for key, name in (
                ("meetings", self.tr("Möten (ej inställda)")),
                ("video_share", self.tr("Andel med video")),
                ("median", self.tr("Mediantid från inbjudan till bekräftelse")),
                ("late", self.tr("Rum borttagna en senare dag än mötet")),
                ("left", self.tr("Rum ej borttagna efter mötet")),
                ("held_seen", self.tr("Genomförda: samtal sågs i rummet")),
                ("nobody", self.tr("Ingen anslöt till rummet")),
                ("archived", self.tr("Varav gallrade möten (anonym statistik)")),
            )
        }
        form = QFormLayout()
        for label in self.figures.values():
            form.addRow(label.accessibleName() + ":", label)

        self.month_chart = QChart()
        self.month_chart.setTitle(self.tr("Möten per månad och mötestyp"))
        self.month_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.month_view = self._chart_view(self.month_chart, self.tr("Möten per månad"))
        self.video_chart = QChart()
        self.video_chart.setTitle(self.tr("Video eller fysiskt/telefon"))
        self.video_view = self._chart_view(self.video_chart, self.tr("Andel möten med video"))

        charts = QGridLayout()
        # The types' names under the bars as text that wraps, like the pie's: the chart's own
        # legend shortened them to "Utskrivni…" in a window of ordinary width.
        self.month_legend = QLabel(self)
        self.month_legend.setWordWrap(True)
        self.month_legend.setAccessibleName(self.tr("Mötestyper i stapeldiagrammet"))
        month_column = QVBoxLayout()
        month_column.addWidget(self.month_view, 1)
        month_column.addWidget(self.month_legend)
        charts.addLayout(month_column, 0, 0)
        # The pie's names, counts and shares under it as text that wraps: labels beside the
        # pie, or in its legend, were cut off in a narrow window.
        self.video_legend = QLabel(self)
        self.video_legend.setWordWrap(True)
        self.video_legend.setAccessibleName(self.tr("Andel möten med video, i siffror"))
        video_column = QVBoxLayout()
        video_column.addWidget(self.video_view, 1)
        video_column.addWidget(self.video_legend)
        charts.addLayout(video_column, 0, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(period)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(charts, 1)

        # A change anywhere (this PC or another) recomputes the figures, once things settle:
        # a burst of bookings is one recomputation, not one per meeting.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._refresh_if_shown)
        self.changes = ChangeRelay(context.changes, self)
        self.changes.changed.connect(lambda _changes: self._settle.start())

    # --- construction -------------------------------------------------------------------------
    def _month_edit(self, month: str, name: str) -> QDateEdit:
        edit = QDateEdit(_date(month), self)
        edit.setDisplayFormat("yyyy-MM")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _figure(self, name: str) -> QLabel:
        label = QLabel("–", self)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab for screen readers
        return label

    def _chart_view(self, chart: QChart, name: str) -> QChartView:
        # A white chart on a dark window glares and its grey labels read poorly: follow the theme.
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(name)
        view.setMinimumHeight(280)
        return view

    # --- computing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the figures for the chosen months on a worker thread."""
        first, last = _month(self.first_month), _month(self.last_month)
        if first > last:
            self.status.setText(self.tr("Från-månaden måste vara före till-månaden."))
            return
        if self._worker is not None:
            self._worker.cancel()  # only the newest period's answer is shown
        self.status.setText(self.tr("Beräknar…"))
        self.show_button.setEnabled(False)
        statistics = self.context.statistics
        self._worker = run_in_background(
            self, lambda: statistics.compute(first, last), self._show, self._failed
        )

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        log.error("statistics failed: %s", type(exc).__name__)
        self.show_button.setEnabled(True)
        self.status.setText(user_message(exc))

    def _show(self, statistics: Statistics) -> None:
        self.statistics = statistics
        self.show_button.setEnabled(True)
        period = self.tr("Perioden %1 – %2").replace("%1", statistics.first_month)
        self.status.setText(period.replace("%2", statistics.last_month))
        self.figures["meetings"].setText(str(statistics.meetings))
        share = statistics.video_share
        self.figures["video_share"].setText(
            "–"
            if share is None
            else self.tr("%1 % (%2 av %3)")
            .replace("%1", f"{share * 100:.0f}")
            .replace("%2", str(statistics.video))
            .replace("%3", str(statistics.meetings))
        )
        self.figures["median"].setText(self.duration(statistics.median_confirmation_minutes))
        self.figures["late"].setText(f"{statistics.rooms_deleted_late} / {statistics.rooms}")
        self.figures["left"].setText(str(statistics.rooms_not_deleted))
        self.figures["archived"].setText(str(statistics.archived_meetings))
        for key, total, per_month in (
            ("held_seen", statistics.held_call_seen, statistics.held_call_seen_per_month),
            ("nobody", statistics.nobody_joined, statistics.nobody_joined_per_month),
        ):
            self.figures[key].setText(str(total))
            # Per month, for the unit's follow-up: "2026-11: 4" one a line.
            self.figures[key].setToolTip("\n".join(f"{m}: {n}" for m, n in per_month.items()))
        self._fill_month_chart(statistics)
        self._fill_video_chart(statistics)
        self.statisticsShown.emit()

    def duration(self, minutes: float | None) -> str:
        """'45 min', '3 tim 15 min', '2 dygn 4 tim'."""
        if minutes is None:
            return self.tr("inga bekräftelser")
        total = round(minutes)
        days, rest = divmod(total, 24 * 60)
        hours, mins = divmod(rest, 60)
        if days:
            return self.tr("%1 dygn %2 tim").replace("%1", str(days)).replace("%2", str(hours))
        if hours:
            return self.tr("%1 tim %2 min").replace("%1", str(hours)).replace("%2", str(mins))
        return self.tr("%1 min").replace("%1", str(mins))

    def _fill_month_chart(self, statistics: Statistics) -> None:
        chart = self.month_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QStackedBarSeries()
        for meeting_type in MeetingType:
            # Short names keep the legend to a line or two under the chart.
            bar_set = QBarSet(_short_type(meeting_type))
            for month in statistics.months:
                bar_set.append(statistics.per_month[month].get(meeting_type, 0))
            series.append(bar_set)
        chart.addSeries(series)
        chart.legend().hide()
        # Colours are the chart theme's, known once the series is in the chart.
        self.month_legend.setText(
            " &nbsp; ".join(
                f"<span style='color:{bar_set.color().name()}'>■</span>&nbsp;"
                f"{html.escape(bar_set.label())}"
                for bar_set in series.barSets()
            )
        )
        months = QBarCategoryAxis()
        months.append(list(statistics.months))
        months.setLabelsAngle(-90)  # "2026-03" side by side for twelve months would be cut off
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        highest = max((sum(c.values()) for c in statistics.per_month.values()), default=0)
        top = max(1, highest)
        counts.setRange(0, top)
        # One tick per whole meeting up to ten, so "%d" never prints the same number twice.
        counts.setTickCount(min(top, 10) + 1)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)

    def _fill_video_chart(self, statistics: Statistics) -> None:
        chart = self.video_chart
        chart.removeAllSeries()
        series = QPieSeries()
        series.append(self.tr("Video (helt eller delvis)"), statistics.video)
        series.append(self.tr("Fysiskt eller telefon"), statistics.not_video)
        series.setPieSize(0.8)
        for pie_slice in series.slices():
            pie_slice.setLabelVisible(False)  # named in video_legend, where nothing is cut off
        chart.addSeries(series)
        chart.legend().hide()
        total = sum(pie_slice.value() for pie_slice in series.slices())
        lines = []
        for pie_slice in series.slices():
            share = f"{pie_slice.value() / total * 100:.0f}" if total else "0"
            text = (
                self.tr("%1: %2 (%3 %)")
                .replace("%1", pie_slice.label())
                .replace("%2", f"{pie_slice.value():.0f}")
                .replace("%3", share)
            )
            colour = pie_slice.color().name()
            lines.append(f"<span style='color:{colour}'>■</span> {html.escape(text)}")
        self.video_legend.setText("<br>".join(lines))


def _short_type(meeting_type: MeetingType) -> str:
    return {
        MeetingType.DISCHARGE_PLANNING: QCoreApplication.translate("Statistics", "Utskrivning"),
        MeetingType.SIP_INPATIENT: QCoreApplication.translate("Statistics", "SIP slutenvård"),
        MeetingType.SIP_OUTPATIENT: QCoreApplication.translate("Statistics", "SIP öppenvård"),
        MeetingType.OTHER: QCoreApplication.translate("Statistics", "Annat möte"),
        MeetingType.DISTANCE: QCoreApplication.translate("Statistics", "Distansmöte"),
    }[meeting_type]
