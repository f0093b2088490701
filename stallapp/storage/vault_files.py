"""The vault's file names and its passphrase minimum, without SQLite or the crypto.

The start-up screen needs only these (is there a vault here, to set up or to unlock; how
long a passphrase must be), so it is painted before `storage.vault` and what it imports
(sqlcipher3, libsodium, migrations) are loaded.
"""

from __future__ import annotations

from pathlib import Path

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
# The key file of a database key being switched to (see storage/key_switch.py).
NEW_KEY_NAME = "vault.key.new"
MIN_PASSPHRASE = 8


def vault_exists(folder: Path) -> bool:
    return (folder / DB_NAME).exists() or (folder / KEY_NAME).exists()
