"""Emptying the clipboard and the X selection (PRIMARY), on every path that leaves a signer.

On X11 selecting text puts it in the PRIMARY selection, and a middle click pastes it in any
field; the ordinary clipboard is separate. Both are emptied whenever a signer's form goes
(submit, idle wipe, Start over), the kiosk ends (exit, lock, idle lock) and on a crash.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication


def clear_clipboards() -> None:
    """Empty the clipboard and, where the platform has one, the selection clipboard."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
