"""The organiser screen: edit a petition definition, preview its top sheet, print."""

from stallapp.ui.organiser.page import create_page

__all__ = ["create_page"]
