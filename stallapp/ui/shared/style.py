"""Sizes and the style sheet: touch targets of at least 9 mm, text readable at arm's length,
field and button borders at least 3:1 against white (WCAG 1.4.11; tests/ui/test_contrast.py),
a focus ring that is hard to miss on Sign and on the consent box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

# 9 mm at 96 dpi is 34 px; Google and Apple ask for 48 px or more. We use larger.
TOUCH_MIN = 56

STYLE = """
QWidget { font-size: 17px; color: #1b1f24; }
QMainWindow, QStackedWidget > QWidget { background: #f6f7f9; }
QPushButton {
  min-height: 56px; padding: 4px 20px; border-radius: 8px;
  border: 1px solid #6b7785; background: #ffffff; font-size: 18px;
}
QPushButton:focus { border: 3px solid #2b6cb0; }
QCheckBox:focus { border: 3px solid #2b6cb0; border-radius: 6px; padding: 2px; }
QPushButton:checked {
  background: #102a43; color: white; border: 3px solid #102a43; font-weight: 700;
}
QPushButton[primary="true"] { background: #1d5fa7; color: white; border: none; font-weight: 600; }
QPushButton[primary="true"]:focus { border: 4px solid #102a43; }
QPushButton[primary="true"]:disabled { background: #9fb6cf; }
QPushButton[quiet="true"] { background: transparent; border: 1px solid #6b7785; color: #3e4c59; }
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit {
  min-height: 52px; padding: 2px 10px; border: 1px solid #6b7785; border-radius: 6px;
  background: white; font-size: 19px;
}
QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid #2b6cb0; }
QCheckBox { spacing: 14px; font-size: 18px; min-height: 56px; }
QCheckBox::indicator { width: 36px; height: 36px; }
QTabBar::tab { min-height: 44px; min-width: 44px; padding: 4px 16px; }
QListWidget::item, QTableWidget::item { min-height: 44px; }
QLabel[role="title"] { font-size: 30px; font-weight: 700; color: #102a43; }
QLabel[role="heading"] { font-size: 22px; font-weight: 600; color: #243b53; }
QLabel[role="hint"] { color: #52606d; font-size: 16px; }
QLabel[role="error"] { color: #b42318; font-size: 18px; font-weight: 600; }
QLabel[role="ok"] { color: #17663a; font-size: 16px; }
QLabel[role="count"] { font-size: 44px; font-weight: 700; color: #1d5fa7; }
QLabel[role="receipt"] { font-size: 46px; font-weight: 700; letter-spacing: 4px; }
QFrame[role="card"] { background: white; border: 1px solid #d9dee3; border-radius: 10px; }
"""


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (title, heading, hint, error, card, ...)."""
    widget.setProperty("role", role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # Only a widget already styled needs it again; a new one reads the role when it is
        # first polished (and QStyle, with its many enums, stays unloaded at start-up).
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def mark_primary(button: QWidget) -> None:
    button.setProperty("primary", True)


def mark_quiet(button: QWidget) -> None:
    button.setProperty("quiet", True)
