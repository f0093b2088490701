"""Schema version 5: signature indexes sized for a million rows and a fast durable commit.

Each secondary index on `signatures` costs one more encrypted page write per committed
signature, so only indexes a query needs are kept (each checked with EXPLAIN QUERY PLAN,
see tests/storage/test_query_plans.py):
- `signatures_event` and `signatures_unexported` go. The per-event count reads the
  petition's part of `signatures_report` (a stall holds thousands of rows, not millions); the
  export's `batch_seq IS NULL` look-ups run once per exported batch and scan the stall's
  table instead.
- `signatures_person` becomes partial: a stall's rows have no person, so its inserts no
  longer write to it, and every query on it names a person id.
- `signatures_report` covers every column the counting reports read, so totals, people per
  petition and counts by city, event, day or device read the small index in order instead
  of visiting a million table rows (with their ink) at random. Person ids come second, so
  within a petition they arrive sorted and counting distinct people appends to its b-tree
  instead of inserting at random (about half the time at a million rows).
"""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    5,
    "signature indexes: a covering index for reports, fewer writes per commit",
    """
        DROP INDEX signatures_event;
        DROP INDEX signatures_unexported;
        DROP INDEX signatures_person;
        CREATE INDEX signatures_person ON signatures(person_id) WHERE person_id IS NOT NULL;
        CREATE INDEX signatures_report ON signatures(
            petition_id, person_id, likely_duplicate, origin, event_id, device_id
        );
        """,
)
