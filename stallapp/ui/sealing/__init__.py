"""Stall-side sealing screens: the export button and the campaign pack check."""

from stallapp.ui.sealing.export_panel import BatchExportPanel
from stallapp.ui.sealing.pack_dialog import PackImportDialog

__all__ = ["BatchExportPanel", "PackImportDialog"]
