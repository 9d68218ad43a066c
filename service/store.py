"""The raw mail store: every mail byte-exact, content-addressed by sha256.

Files are written to a temporary name, fsynced and renamed, so a crash never
leaves a half-written mail under its final name.  Storing the same bytes twice
is a no-op.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class RawStoreError(Exception):
    pass


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class RawStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, digest: str) -> Path:
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise RawStoreError(f"ugyldig nøkkel {digest!r}")
        return self.root / digest[:2] / digest[2:4] / f"{digest}.eml"

    def put(self, raw: bytes) -> str:
        digest = sha256_hex(raw)
        final = self.path(digest)
        if final.exists() and final.stat().st_size == len(raw):
            return digest
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".tmp-", suffix=".eml")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, final)
            fsync_dir(final.parent)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, digest: str) -> bytes:
        try:
            raw = self.path(digest).read_bytes()
        except FileNotFoundError:
            raise RawStoreError(f"råfil mangler for {digest[:12]}") from None
        if sha256_hex(raw) != digest:
            raise RawStoreError(f"råfil for {digest[:12]} er endret (sjekksum stemmer ikke)")
        return raw

    def exists(self, digest: str) -> bool:
        return self.path(digest).exists()

    def cleanup_temp(self) -> int:
        """Remove temporary files a crashed writer left behind; returns how many."""
        n = 0
        for tmp in self.root.glob("*/*/.tmp-*"):
            tmp.unlink(missing_ok=True)
            n += 1
        return n


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
