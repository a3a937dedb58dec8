"""Export settings: format, size and DPI, extent and title, in one small dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

FORMATS = {"png": "PNG image", "svg": "SVG drawing", "pdf": "PDF document"}


class ExportDialog(QDialog):
    def __init__(
        self, default_path: str | Path, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export timeline")
        self.format_combo = QComboBox(self)
        for key, label in FORMATS.items():
            self.format_combo.addItem(f"{label} (.{key})", key)
        self.path_edit = QLineEdit(str(default_path), self)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.width_spin = _spin(200, 12000, 1600, " px")
        self.height_spin = _spin(150, 12000, 900, " px")
        self.dpi_spin = _spin(50, 1200, 150, " dpi")
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(self.height_spin)
        size_row.addWidget(self.dpi_spin)
        self.whole_radio = QRadioButton("Whole timeline", self)
        self.view_radio = QRadioButton("Current view", self)
        self.whole_radio.setChecked(True)
        extent = QButtonGroup(self)
        extent.addButton(self.whole_radio)
        extent.addButton(self.view_radio)
        extent_row = QHBoxLayout()
        extent_row.addWidget(self.whole_radio)
        extent_row.addWidget(self.view_radio)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setPlaceholderText("Shown above the timeline")
        form = QFormLayout(self)
        form.addRow("Format", self.format_combo)
        form.addRow("File", path_row)
        form.addRow("Size (w × h, DPI)", size_row)
        form.addRow("Extent", extent_row)
        form.addRow("Title", self.title_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_combo.currentIndexChanged.connect(self._on_format)
        self.set_format(Path(default_path).suffix.lstrip(".").lower() or "png")

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)
            self._on_format(index)

    def _on_format(self, _index: int) -> None:
        fmt = self.format_combo.currentData()
        path = Path(self.path_edit.text() or "timeline")
        self.path_edit.setText(str(path.with_suffix(f".{fmt}")))
        # Vector formats scale freely; DPI only sets how the size maps to inches.
        self.dpi_spin.setToolTip(
            "Pixels per inch of the PNG"
            if fmt == "png"
            else "Sets the page size with width and height"
        )

    def _browse(self) -> None:
        fmt = self.format_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, "Export timeline", self.path_edit.text(), f"{FORMATS[fmt]} (*.{fmt})"
        )
        if path:
            self.path_edit.setText(path)
            self.set_format(Path(path).suffix.lstrip(".").lower() or fmt)

    def path(self) -> Path:
        return Path(self.path_edit.text()).with_suffix(f".{self.format_combo.currentData()}")

    def current_view(self) -> bool:
        return self.view_radio.isChecked()

    def options(self) -> dict[str, Any]:
        """Keyword arguments for ``save_timeline`` (the extent is added by the window)."""
        return {
            "width_px": self.width_spin.value(),
            "height_px": self.height_spin.value(),
            "dpi": float(self.dpi_spin.value()),
            "title": self.title_edit.text().strip() or None,
        }


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setSingleStep(50 if suffix == " px" else 25)
    return spin
