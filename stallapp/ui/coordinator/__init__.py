"""The coordinator screen: import batches, see counts and charts, review near matches."""

from stallapp.ui.coordinator.coordinator_view import CoordinatorView
from stallapp.ui.coordinator.page import create_page

__all__ = ["CoordinatorView", "create_page"]
