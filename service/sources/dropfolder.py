"""A drop folder: ``.eml`` and ``.msg`` files placed in a directory.

Files directly in the folder belong to the inbox's tenant (or the tenant named in
the mail's headers); files in a sub-folder named after a tenant belong to that
tenant.  Writers should create files under another name (e.g. ``.tmp``) and rename
them into place; files younger than ``settle_seconds`` are left for the next poll.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from service.sources.base import InboxItem, SourceUnavailable

SUFFIXES = {".eml", ".msg"}


class DropFolder:
    def __init__(self, name: str, path: Path, tenant: str | None = None, settle_seconds: float = 0.5) -> None:
        self.name = name
        self.path = Path(path)
        self.tenant = tenant
        self.settle_seconds = settle_seconds
        self.path.mkdir(parents=True, exist_ok=True)

    def _candidates(self) -> list[tuple[Path, str | None]]:
        found: list[tuple[Path, str | None]] = []
        try:
            entries = list(os.scandir(self.path))
        except OSError as exc:
            raise SourceUnavailable(f"kan ikke lese mappen {self.path}: {exc.strerror}") from exc
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                for sub in os.scandir(entry.path):
                    if sub.is_file(follow_symlinks=False) and _wanted(sub.name):
                        found.append((Path(sub.path), entry.name))
            elif entry.is_file(follow_symlinks=False) and _wanted(entry.name):
                found.append((Path(entry.path), self.tenant))
        return found

    def fetch(self, limit: int = 100) -> Iterator[InboxItem]:
        now = time.time()
        candidates = []
        for path, tenant in self._candidates():
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            if now - st.st_mtime < self.settle_seconds:
                continue
            candidates.append((st.st_mtime, path, tenant))
        candidates.sort()
        for _, path, tenant in candidates[:limit]:
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue
            # A file name can be reused for another mail later, so the ref names the content too.
            ref = f"{path.relative_to(self.path)}#{hashlib.sha256(raw).hexdigest()}"
            yield InboxItem(ref=ref, raw=raw, tenant=tenant, handle=path)

    def acknowledge(self, item: InboxItem) -> None:
        path = item.handle
        assert isinstance(path, Path)
        path.unlink(missing_ok=True)


def _wanted(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES
