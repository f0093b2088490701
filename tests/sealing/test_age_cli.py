"""The real `age` tool opens an exported batch, and the documented procedure verifies it."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import nacl.exceptions
import nacl.signing
import pytest

from stallapp.cli import main
from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.campaign import sign

AGE = shutil.which("age") or "/usr/bin/age"
GZIP = shutil.which("gzip") or "/usr/bin/gzip"


@pytest.mark.skipif(
    not (Path(AGE).exists() and Path(GZIP).exists()),
    reason="the age or gzip tool is missing: install them (scripts/system-deps.sh)",
)
def test_age_decrypts_and_signature_verifies_by_the_documented_procedure(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    coordinator.lock()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    identity = tmp_path / "id.txt"
    argv = ["--data-dir", str(tmp_path / "coordinator"), "--passphrase-file", str(secret)]
    assert main([*argv, "keys", "export-identity", "--out", str(identity)]) == 0
    assert identity.stat().st_mode & 0o777 == 0o600
    packed = subprocess.run(
        [AGE, "-d", "-i", str(identity), str(done.path)], capture_output=True, check=True
    ).stdout
    # Version 3: the plaintext is one gzip member (`age -d ... | gzip -dc`).
    plain = subprocess.run([GZIP, "-dc"], input=packed, capture_output=True, check=True).stdout

    # The procedure of docs/batch-format.md, written without stallapp's parser.
    line1, sig, body = plain.split(b"\n", 2)
    kind, version, device_id = line1.decode().split(" ")
    assert (kind, version, device_id) == ("stallapp-batch", "1", a.vault.device_id)
    reopened = Vault.unlock(tmp_path / "coordinator", PASSPHRASE)
    try:
        enrolled = store.device(reopened.conn, device_id)
    finally:
        reopened.lock()
    assert enrolled is not None
    key = nacl.signing.VerifyKey(base64.b64decode(enrolled.signing_key))
    key.verify(line1 + b"\n" + body, base64.b64decode(sig))
    doc = json.loads(body)
    assert doc["device_key"] == enrolled.signing_key
    assert done.path.name == f"{doc['batch_id']}.stallbatch"
    assert device_id not in done.path.name
    assert (
        json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode() == body
    )
    assert doc["record_count"] == 1 and doc["records"][0]["name"] == "Ada Chan"
    [out] = store.out_batches(a.vault.conn)
    assert hashlib.sha256(body).hexdigest() == out.doc_hash
    # A changed document no longer verifies.
    with pytest.raises(nacl.exceptions.BadSignatureError):
        key.verify(line1 + b"\n" + body.replace(b"Ada", b"Eve"), base64.b64decode(sig))
