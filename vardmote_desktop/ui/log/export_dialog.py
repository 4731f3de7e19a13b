"""*Exportera*: choose CSV or PDF and a file; the log window then writes it on a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.ui.widgets import ErrorLabel

# (parent, caption, suggested path, filter) -> chosen path or "" when cancelled
ChooseFile = Callable[[QWidget, str, str, str], str]


def ask_save_file(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
    """The platform's own save dialog."""
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return path


class ExportDialog(QDialog):
    """Format, file and a line saying what will be exported."""

    def __init__(
        self,
        description: str,
        folder: Path,
        choose_file: ChooseFile = ask_save_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportera mötesloggen"))
        self._choose_file = choose_file
        self._folder = folder

        what = QLabel(self.tr("Exporteras: %1").replace("%1", description), self)
        what.setWordWrap(True)
        self.csv = QRadioButton(self.tr("&CSV för Excel (semikolon, UTF-8)"), self)
        self.pdf = QRadioButton(self.tr("&PDF-rapport för utskrift"), self)
        self.csv.setChecked(True)
        self.csv.toggled.connect(self._format_changed)

        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Fil att spara"))
        self.path.setText(str(folder / "moteslogg.csv"))
        browse = QPushButton(self.tr("&Bläddra…"), self)
        browse.setAccessibleName(self.tr("Välj fil att spara"))
        browse.clicked.connect(self.browse)
        self.error = ErrorLabel(self)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.csv)
        form.addRow("", self.pdf)
        file_label = QLabel(self.tr("&Fil:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Exportera"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def format(self) -> str:
        return "pdf" if self.pdf.isChecked() else "csv"

    @property
    def chosen_path(self) -> Path:
        return Path(self.path.text().strip())

    def browse(self) -> None:
        name_filter = self.tr("PDF (*.pdf)") if self.format == "pdf" else self.tr("CSV (*.csv)")
        chosen = self._choose_file(self, self.tr("Spara export"), self.path.text(), name_filter)
        if chosen:
            self.path.setText(chosen)

    def _format_changed(self) -> None:
        current = self.chosen_path
        if current.suffix.lower() in (".csv", ".pdf"):
            self.path.setText(str(current.with_suffix("." + self.format)))

    def _accept_if_valid(self) -> None:
        path = self.chosen_path
        if not path.name or not path.parent.is_dir():
            self.error.show_error(self.tr("Välj en fil i en mapp som finns."))
            return
        if path.suffix.lower() != "." + self.format:
            self.path.setText(str(path.with_name(path.name + "." + self.format)))
        self.accept()
