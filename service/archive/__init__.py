"""Archive adapters.  One module per archive system, chosen by configuration."""

from service.archive.base import (
    ArchiveAdapter,
    ArchiveError,
    ArchiveReceipt,
    ArchiveRejected,
    ArchiveRequest,
    ArchiveUnavailable,
)

__all__ = ["ArchiveAdapter", "ArchiveError", "ArchiveReceipt", "ArchiveRejected", "ArchiveRequest",
           "ArchiveUnavailable"]
