"""The organiser's form carries `keep_counts`, and a petition whose notice and setting
disagree cannot be printed or saved: what signers read is what the purge does."""

from __future__ import annotations

from stallapp.domain.petition import Petition
from stallapp.ui.organiser.organiser_screen import OrganiserScreen
from tests.ui.organiser.test_organiser_screen import _items


def test_keep_counts_round_trips_and_must_match_the_notice(
    qtbot, jobs, sample_petition: Petition
) -> None:  # type: ignore[no-untyped-def]
    screen = OrganiserScreen(jobs, print_sheets=lambda p, n, paper, progress: b"")
    qtbot.addWidget(screen)
    screen.set_petition(sample_petition)
    assert screen.form.keep_counts.isChecked()
    assert screen.current_petition().content_hash == sample_petition.content_hash
    assert screen.print_button.isEnabled()

    screen.form.keep_counts.setChecked(False)  # the notice still says counts are kept
    qtbot.waitUntil(lambda: any("says counts are kept" in i for i in _items(screen)))
    assert not screen.print_button.isEnabled() and not screen.save_button.isEnabled()

    screen.form.keep_counts.setChecked(True)
    qtbot.waitUntil(lambda: screen.print_button.isEnabled())
