"""The background worker: poll the inboxes, then move waiting mail through the chain."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from service.pipeline import Pipeline
from service.sources import InboxSource, SourceUnavailable

log = logging.getLogger(__name__)


class Worker:
    def __init__(self, pipeline: Pipeline, sources: list[InboxSource], *, poll_interval: float = 2.0,
                 batch: int = 100, heartbeat: Path | None = None) -> None:
        self.pipeline = pipeline
        self.heartbeat = heartbeat  # touched every round, for the container health check
        self.sources = sources
        self.poll_interval = poll_interval
        self.batch = batch
        self.source_errors: dict[str, str] = {}  # inbox name -> last error, shown on the health page

    def poll_sources(self) -> int:
        """Take in what the inboxes hold.  Returns how many items were read."""
        n = 0
        for source in self.sources:
            try:
                for item in source.fetch(limit=self.batch):
                    self.pipeline.receive(item.raw, source=source.name, item_ref=item.ref,
                                          tenant=item.tenant or source.tenant)
                    source.acknowledge(item)  # only after the mail is stored and committed
                    n += 1
                self.source_errors.pop(source.name, None)
            except SourceUnavailable as exc:
                self._source_down(source.name, str(exc))
            except Exception as exc:  # one broken inbox must not stop the others
                from service.pipeline import describe_error

                self._source_down(source.name, describe_error(exc))
        return n

    def _source_down(self, name: str, reason: str) -> None:
        if self.source_errors.get(name) != reason:
            log.warning("innboks %s kan ikke leses: %s", name, reason)
        self.source_errors[name] = reason

    def process_pending(self) -> int:
        done = 0
        for mail_id in self.pipeline.pending(limit=self.batch):
            if self.pipeline.process(mail_id) is not None:
                done += 1
        return done

    def run_once(self) -> int:
        if self.heartbeat is not None:
            self.heartbeat.touch()
        return self.poll_sources() + self.process_pending()

    def run(self, stop: threading.Event) -> None:
        freed = self.pipeline.release_stale_leases()
        if freed:
            log.info("frigjorde %d meldinger fra en avbrutt arbeider", freed)
        log.info("arbeideren er startet (%d innbokser)", len(self.sources))
        while not stop.is_set():
            if self.run_once() == 0:
                stop.wait(self.poll_interval)
        log.info("arbeideren er stoppet")
