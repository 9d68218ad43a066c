"""Inbox sources: where mail comes from.  One module per kind, chosen by configuration."""

from __future__ import annotations

from service.config import InboxConfig
from service.sources.base import InboxItem, InboxSource, SourceUnavailable


def make_source(cfg: InboxConfig) -> InboxSource:
    if cfg.kind == "dropfolder":
        from service.sources.dropfolder import DropFolder

        if cfg.path is None:
            raise ValueError(f"innboks {cfg.name}: dropfolder trenger 'path'")
        return DropFolder(name=cfg.name, path=cfg.path, tenant=cfg.tenant)
    raise ValueError(f"innboks {cfg.name}: typen {cfg.kind!r} er ikke tilgjengelig i denne versjonen")


__all__ = ["InboxItem", "InboxSource", "SourceUnavailable", "make_source"]
