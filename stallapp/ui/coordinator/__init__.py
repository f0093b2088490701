"""The coordinator screen: import batches, see counts and charts, review near matches."""

from stallapp.ui.coordinator.coordinator_view import CoordinatorView

__all__ = ["CoordinatorView"]
