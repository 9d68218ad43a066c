"""The inbox source interface.

A source hands out items it still holds; the pipeline stores each one (raw bytes
and a database row, committed) and only then calls ``acknowledge``.  A crash in
between means the item is read again and recognised as already received: nothing
is lost and nothing is filed twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol


class SourceUnavailable(Exception):
    """The mailbox cannot be read now (server down, credentials refused); try again later."""


@dataclass
class InboxItem:
    ref: str  # stable, unique id of this item in its mailbox (IMAP UIDVALIDITY:UID, Graph/EWS id)
    raw: bytes = field(repr=False)
    tenant: str | None = None  # when the mailbox itself says whose it is
    handle: object = field(default=None, repr=False)  # what the source needs to acknowledge it


class InboxSource(Protocol):
    name: str
    tenant: str | None

    def fetch(self, limit: int = 100) -> Iterator[InboxItem]:
        """Items not yet acknowledged, oldest first."""
        ...

    def acknowledge(self, item: InboxItem) -> None:
        """The item is safely stored: remove it from the inbox (or mark it handled)."""
        ...
