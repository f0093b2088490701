"""Writing a petition definition back to TOML (the organiser screen saves with this).

The output parses with `stallapp.domain.petition.parse_petition` to an equal petition with the
same content hash.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import tomli_w

from stallapp.domain.petition import Petition

HEADER = (
    "# A stallapp petition definition (format 1). Every text a signer reads is here, in\n"
    "# English (en), Traditional Chinese (zh-Hant) and Simplified Chinese (zh-Hans).\n"
)


def to_toml(petition: Petition) -> str:
    data: dict[str, Any] = petition.to_dict()
    data["retention_until"] = date.fromisoformat(data["retention_until"])
    return HEADER + tomli_w.dumps(data, multiline_strings=True)
