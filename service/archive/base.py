"""The archive adapter interface: one journalpost in, a receipt out.

Every adapter (the local Fiks Arkiv package archive, P360 SIF, Noark 5
tjenestegrensesnitt, Fiks Arkiv) implements ``ArchiveAdapter``.  ``archive`` must be
idempotent on ``ArchiveRequest.mail_id``: a retried call after a crash returns the
receipt of the journalpost that already exists instead of creating a second one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from classifier.types import Attachment, Case, Prediction


class ArchiveError(Exception):
    """The archive could not take the journalpost."""


class ArchiveUnavailable(ArchiveError):
    """The archive cannot be reached now; the same request may be retried later."""


class ArchiveRejected(ArchiveError):
    """The archive refused the request; retrying the same request will not help."""


@dataclass
class ArchiveRequest:
    """Everything an adapter needs to create one journalpost."""

    mail_id: str  # the service's stable id of the mail (sha256 of its raw bytes): idempotency key
    tenant: str
    tenant_navn: str
    prediction: Prediction
    skjermingshjemmel: str | None
    saksmappe_tittel: str  # title for a new saksmappe when prediction.sak is None
    received: datetime
    subject: str  # the original subject: kept inside the archive, never published when screened
    raw_mail: bytes = field(repr=False)
    attachments: list[Attachment] = field(default_factory=list, repr=False)


@dataclass
class ArchiveReceipt:
    journalpost_id: str
    saksmappe: str  # "YYYY/N", existing or newly created
    location: str  # path or URL of the journalpost in the archive
    created: bool  # False when the journalpost already existed (a retried request)


class ArchiveAdapter(Protocol):
    def archive(self, req: ArchiveRequest) -> ArchiveReceipt: ...

    def find_open_cases(self, tenant: str) -> list[Case]: ...

    def health(self) -> None:
        """Raise ``ArchiveUnavailable`` with a clear reason when the archive cannot be used."""
        ...
