"""The chain: receive -> parse -> classify -> decide -> archive, one committed step at a time.

Every step reads the mail's state, does its work and commits the next state with an
event, so a crash at any point resumes at the step that did not commit.  The archive
step is safe to repeat: adapters are idempotent on the mail's id, so a journalpost
that was written just before a crash is found again, not written twice.
"""

from __future__ import annotations

import logging
import os
import socket
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from classifier.parse import MailParseError, parse_mail
from classifier.scope import Scope
from classifier.types import Decision, ParsedMail
from service.archive.base import (
    ArchiveAdapter,
    ArchiveRejected,
    ArchiveRequest,
    ArchiveUnavailable,
)
from service.db import Database
from service.models import (
    FINAL_STATES,
    Classification,
    JournalpostRecord,
    Mail,
    MailEvent,
    MailState,
    ParsedContent,
    SourceItem,
    utcnow,
)
from service.store import RawStore

log = logging.getLogger(__name__)

PARSER_VERSION = "1"

# Reasons a mail is left or set aside, shown to the dokumentsenter (bokmål).
REASONS = {
    "ukjent_tenant": "Fant ikke hvilken kommune meldingen er til (mottakeradressen er ukjent).",
    "mulig_duplikat": "En annen melding med samme Message-ID er allerede mottatt; kontroller før journalføring.",
    "arkiv_avvist": "Arkivet avviste journalposten.",
    "parse_feil": "Meldingen kunne ikke leses.",
    "intern_feil": "Behandlingen feilet gjentatte ganger.",
}

Classify = Callable[[ParsedMail, str, str | None], Decision]


@dataclass
class Received:
    mail_id: int
    new: bool


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Pipeline:
    """Moves mail through the chain.  ``classify(parsed, mail_key, tenant) -> Decision``."""

    def __init__(
        self,
        db: Database,
        store: RawStore,
        scope: Scope,
        classify: Classify,
        archive: ArchiveAdapter,
        *,
        model_version: str,
        archive_name: str = "local",
        max_attempts: int = 5,
        lease_seconds: float = 300.0,
        owner: str | None = None,
    ) -> None:
        self.db = db
        self.store = store
        self.scope = scope
        self.classify = classify
        self.archive = archive
        self.model_version = model_version
        self.archive_name = archive_name
        self.max_attempts = max_attempts
        self.lease = timedelta(seconds=lease_seconds)
        self.owner = owner or worker_identity()

    # --- intake -------------------------------------------------------------------------
    def receive(self, raw: bytes, *, source: str, item_ref: str | None = None, tenant: str | None = None) -> Received:
        """Keep the mail (bytes first, then its row).  The same bytes or mailbox item -> the same mail."""
        digest = self.store.put(raw)
        for _ in range(3):
            try:
                with self.db.session() as s:
                    existing = s.scalar(select(Mail).where(Mail.sha256 == digest))
                    if existing is None and item_ref is not None:
                        known = s.scalar(
                            select(SourceItem).where(SourceItem.source == source, SourceItem.item_ref == item_ref)
                        )
                        existing = known.mail if known else None
                    if existing is not None:
                        if item_ref is not None:
                            self._remember_item(s, existing.id, source, item_ref)
                        return Received(existing.id, False)
                    mail = Mail(sha256=digest, size=len(raw), source=source, tenant=tenant,
                                state=MailState.received, attempts=0)
                    s.add(mail)
                    s.flush()
                    if item_ref is not None:
                        s.add(SourceItem(source=source, item_ref=item_ref, mail_id=mail.id))
                    s.add(MailEvent(mail_id=mail.id, step="received", detail=f"kilde={source}"))
                    return Received(mail.id, True)
            except IntegrityError:  # another worker took the same mail in at the same moment
                continue
        raise RuntimeError("kunne ikke registrere meldingen etter tre forsøk")

    def _remember_item(self, s: Session, mail_id: int, source: str, item_ref: str) -> None:
        exists = s.scalar(select(SourceItem.id).where(SourceItem.source == source, SourceItem.item_ref == item_ref))
        if exists is None:
            s.add(SourceItem(source=source, item_ref=item_ref, mail_id=mail_id))

    # --- work queue ---------------------------------------------------------------------
    def pending(self, limit: int = 100) -> list[int]:
        now = utcnow()
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(Mail.id)
                    .where(
                        Mail.state.not_in(FINAL_STATES),
                        Mail.next_attempt_at <= now,
                        or_(Mail.lease_until.is_(None), Mail.lease_until < now, Mail.lease_owner == self.owner),
                    )
                    .order_by(Mail.id)
                    .limit(limit)
                )
            )

    def release_stale_leases(self) -> int:
        """Free claims of workers on this host that are no longer running (after a crash)."""
        host = socket.gethostname()
        freed = 0
        with self.db.session() as s:
            owners = s.scalars(select(Mail.lease_owner).where(Mail.lease_owner.like(f"{host}:%")).distinct())
            for owner in list(owners):
                pid = int(owner.rsplit(":", 1)[1])
                if owner != self.owner and not _pid_alive(pid):
                    res = s.execute(
                        update(Mail).where(Mail.lease_owner == owner).values(lease_owner=None, lease_until=None)
                    )
                    freed += res.rowcount
        return freed

    def _claim(self, mail_id: int) -> bool:
        now = utcnow()
        with self.db.session() as s:
            res = s.execute(
                update(Mail)
                .where(
                    Mail.id == mail_id,
                    Mail.state.not_in(FINAL_STATES),
                    or_(Mail.lease_until.is_(None), Mail.lease_until < now, Mail.lease_owner == self.owner),
                )
                .values(lease_owner=self.owner, lease_until=now + self.lease)
            )
            return res.rowcount == 1

    # --- processing ---------------------------------------------------------------------
    def process(self, mail_id: int) -> MailState | None:
        """Run the mail through the remaining steps.  Returns its state, or None if another worker has it."""
        if not self._claim(mail_id):
            return None
        parsed: ParsedMail | None = None  # carried between steps of this run (attachment payloads)
        while True:
            with self.db.session() as s:
                mail = s.get(Mail, mail_id)
                assert mail is not None
                state = mail.state
            if state.final:
                return state
            try:
                if state is MailState.received:
                    parsed = self._parse(mail_id)
                elif state is MailState.parsed:
                    self._classify(mail_id)
                elif state is MailState.classified:
                    parsed = self._file(mail_id, parsed)
            except StepRetry as retry:
                return self._retry_later(mail_id, retry.reason, retry.delay)
            except Exception as exc:  # the worker must never die of one mail
                return self._failed_attempt(mail_id, state, exc)

    def _parse(self, mail_id: int) -> ParsedMail | None:
        with self.db.session() as s:
            mail = s.get(Mail, mail_id)
            raw = self.store.get(mail.sha256)
            try:
                parsed = parse_mail(raw)
            except MailParseError as exc:
                self._finish(s, mail, MailState.failed, f"parse_feil: {exc.reason}", step="failed")
                return None
            tenant = mail.tenant or self.scope.tenant_for_address(
                [a.email for a in parsed.to + parsed.cc] + parsed.delivered_to
            )
            if tenant is not None and tenant not in self.scope.tenants:
                tenant = None
            mail.tenant = tenant
            mail.message_id = (parsed.message_id or "")[:998] or None
            s.add(ParsedContent(mail_id=mail.id, data=parsed.to_dict(), parser_version=PARSER_VERSION))
            detail = ",".join(parsed.defects[:10]) or None
            self._advance(s, mail, MailState.parsed, step="parsed", detail=detail)
            if tenant is None:
                self._finish(s, mail, MailState.left, "ukjent_tenant", step="left")
            elif mail.message_id and self._seen_message_id(s, mail):
                self._finish(s, mail, MailState.left, "mulig_duplikat", step="left")
            return parsed

    def _seen_message_id(self, s: Session, mail: Mail) -> bool:
        other = s.scalar(
            select(Mail.id).where(
                and_(Mail.tenant == mail.tenant, Mail.message_id == mail.message_id, Mail.id < mail.id)
            ).limit(1)
        )
        return other is not None

    def _classify(self, mail_id: int) -> None:
        with self.db.session() as s:
            mail = s.get(Mail, mail_id)
            parsed = ParsedMail.from_dict(mail.parsed.data)
            decision = self.classify(parsed, mail.sha256, mail.tenant)
            record = decision.to_record()
            p = decision.prediction
            s.merge(Classification(mail_id=mail.id, model_version=self.model_version, action=decision.action,
                                   category=p.category, confidence=float(p.confidence), record=record))
            self._advance(s, mail, MailState.classified, step="classified",
                          detail=f"{decision.action}:{p.category}:{p.confidence:.3f}")
            if decision.action == "leave":
                self._finish(s, mail, MailState.left, ",".join(decision.reasons) or "usikker", step="left")

    def _file(self, mail_id: int, parsed: ParsedMail | None) -> ParsedMail | None:
        with self.db.session() as s:
            mail = s.get(Mail, mail_id)
            record = mail.classification.record
            raw = self.store.get(mail.sha256)
            if parsed is None:  # resumed after a crash: attachment payloads come from the raw bytes again
                parsed = parse_mail(raw)
            req = self._archive_request(mail, record, parsed, raw)
            try:
                receipt = self.archive.archive(req)
            except ArchiveUnavailable as exc:
                raise StepRetry(f"arkiv_utilgjengelig: {exc}", _backoff(mail.attempts)) from None
            except ArchiveRejected as exc:
                self._finish(s, mail, MailState.failed, f"arkiv_avvist: {exc}", step="failed")
                return parsed
            s.add(JournalpostRecord(mail_id=mail.id, archive=self.archive_name, journalpost_id=receipt.journalpost_id,
                                    saksmappe=receipt.saksmappe, location=receipt.location))
            detail = f"{receipt.journalpost_id} i {receipt.saksmappe}" + ("" if receipt.created else " (fantes fra før)")
            self._finish(s, mail, MailState.archived, None, step="archived", detail=detail)
            return parsed

    def _archive_request(self, mail: Mail, record: dict, parsed: ParsedMail, raw: bytes) -> ArchiveRequest:
        from classifier.types import Korrespondansepart, Prediction

        tenant = self.scope.tenant(mail.tenant)
        prediction = Prediction(
            id=mail.sha256, tenant=mail.tenant, category=record["category"], confidence=record["confidence"],
            journalposttype=record["journalposttype"], skjerming=record["skjerming"], sak=record["sak"],
            offentlig_tittel=record["offentlig_tittel"], avsender=Korrespondansepart(**record["avsender"]),
            enhet=record.get("enhet"), klasse=record.get("klasse"), model_version=record.get("model_version", ""),
        )
        category = self.scope.categories[prediction.category]
        return ArchiveRequest(
            mail_id=mail.sha256,
            tenant=tenant.code,
            tenant_navn=tenant.navn,
            prediction=prediction,
            skjermingshjemmel=self.scope.skjerming.get(prediction.skjerming) if prediction.skjerming else None,
            saksmappe_tittel=prediction.offentlig_tittel or category.navn,
            received=parsed.date or mail.received_at,
            subject=parsed.subject,
            raw_mail=raw,
            attachments=parsed.attachments,
        )

    # --- state changes ------------------------------------------------------------------
    def _advance(self, s: Session, mail: Mail, state: MailState, *, step: str, detail: str | None = None) -> None:
        mail.state = state
        mail.attempts = 0
        mail.reason = None
        s.add(MailEvent(mail_id=mail.id, step=step, detail=detail, model_version=self.model_version))

    def _finish(self, s: Session, mail: Mail, state: MailState, reason: str | None, *, step: str,
                detail: str | None = None) -> None:
        mail.state = state
        mail.reason = reason
        mail.lease_owner = None
        mail.lease_until = None
        s.add(MailEvent(mail_id=mail.id, step=step, detail=detail or reason, model_version=self.model_version))

    def _retry_later(self, mail_id: int, reason: str, delay: timedelta) -> MailState:
        with self.db.session() as s:
            mail = s.get(Mail, mail_id)
            mail.attempts += 1
            mail.reason = reason
            mail.next_attempt_at = utcnow() + delay
            mail.lease_owner = None
            mail.lease_until = None
            s.add(MailEvent(mail_id=mail.id, step="retry", detail=reason))
            return mail.state

    def _failed_attempt(self, mail_id: int, state: MailState, exc: Exception) -> MailState:
        reason = describe_error(exc)
        log.warning("mail %s: step after %s failed: %s", mail_id, state.value, reason)
        with self.db.session() as s:
            mail = s.get(Mail, mail_id)
            mail.attempts += 1
            if mail.attempts >= self.max_attempts:
                self._finish(s, mail, MailState.failed, f"intern_feil: {reason}", step="failed")
            else:
                mail.reason = reason
                mail.next_attempt_at = utcnow() + _backoff(mail.attempts)
                mail.lease_owner = None
                mail.lease_until = None
                s.add(MailEvent(mail_id=mail.id, step="error", detail=reason))
            return mail.state


class StepRetry(Exception):
    def __init__(self, reason: str, delay: timedelta) -> None:
        super().__init__(reason)
        self.reason = reason
        self.delay = delay


def describe_error(exc: BaseException) -> str:
    """Where and what, without the exception's message (it may quote mail content)."""
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" ({os.path.basename(tb[-1].filename)}:{tb[-1].lineno})" if tb else ""
    return f"{type(exc).__name__}{where}"


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(600, 2 ** min(attempts, 10)))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = ["Pipeline", "Received", "REASONS", "describe_error", "datetime", "timezone"]
