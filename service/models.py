"""Storage: SQLAlchemy 2 models (the schema itself is owned by the Alembic migrations).

A mail moves received -> parsed -> classified -> archived | left | failed; every
step is a ``MailEvent`` with its time and the model version that took it.  The raw
bytes live content-addressed in the raw store (``service.store``), keyed by
``Mail.sha256``.
"""

from __future__ import annotations

import enum
from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True), dict: JSON, list: JSON}


class MailState(str, enum.Enum):
    received = "received"
    parsed = "parsed"
    classified = "classified"
    archived = "archived"
    left = "left"
    failed = "failed"

    @property
    def final(self) -> bool:
        return self in (MailState.archived, MailState.left, MailState.failed)


FINAL_STATES = (MailState.archived, MailState.left, MailState.failed)


class Mail(Base):
    __tablename__ = "mail"
    __table_args__ = (
        UniqueConstraint("sha256", name="uq_mail_sha256"),
        Index("ix_mail_state_next", "state", "next_attempt_at"),
        Index("ix_mail_tenant_message_id", "tenant", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))  # of the raw bytes; the raw store's key
    size: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[str | None] = mapped_column(String(998))
    tenant: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(200))  # inbox name
    state: Mapped[MailState] = mapped_column(Enum(MailState, native_enum=False, length=20))
    reason: Mapped[str | None] = mapped_column(Text)  # why left/failed, or the last error
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    parsed: Mapped["ParsedContent | None"] = relationship(back_populates="mail", cascade="all, delete-orphan")
    classification: Mapped["Classification | None"] = relationship(
        back_populates="mail", cascade="all, delete-orphan"
    )
    journalpost: Mapped["JournalpostRecord | None"] = relationship(
        back_populates="mail", cascade="all, delete-orphan"
    )
    events: Mapped[list["MailEvent"]] = relationship(
        back_populates="mail", cascade="all, delete-orphan", order_by="MailEvent.id"
    )
    source_items: Mapped[list["SourceItem"]] = relationship(back_populates="mail", cascade="all, delete-orphan")


class SourceItem(Base):
    """A mailbox item (drop-folder file name, IMAP UID, Graph/EWS item id) already taken in."""

    __tablename__ = "source_item"
    __table_args__ = (UniqueConstraint("source", "item_ref", name="uq_source_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    item_ref: Mapped[str] = mapped_column(String(500))
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail.id", ondelete="CASCADE"))
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    mail: Mapped[Mail] = relationship(back_populates="source_items")


class ParsedContent(Base):
    """The parsed mail (``ParsedMail.to_dict()``), kept so retraining need not parse again."""

    __tablename__ = "parsed_content"

    mail_id: Mapped[int] = mapped_column(ForeignKey("mail.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    parser_version: Mapped[str] = mapped_column(String(40))

    mail: Mapped[Mail] = relationship(back_populates="parsed")


class Classification(Base):
    """The model's prediction and the decision taken on it."""

    __tablename__ = "classification"

    mail_id: Mapped[int] = mapped_column(ForeignKey("mail.id", ondelete="CASCADE"), primary_key=True)
    model_version: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))  # archive | leave
    category: Mapped[str] = mapped_column(String(50))
    confidence: Mapped[float] = mapped_column()
    record: Mapped[dict] = mapped_column(JSON)  # Decision.to_record()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    mail: Mapped[Mail] = relationship(back_populates="classification")


class JournalpostRecord(Base):
    """Where the archive put the journalpost (one per mail, never two)."""

    __tablename__ = "journalpost"
    __table_args__ = (UniqueConstraint("mail_id", name="uq_journalpost_mail"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail.id", ondelete="CASCADE"))
    archive: Mapped[str] = mapped_column(String(50))
    journalpost_id: Mapped[str] = mapped_column(String(100))
    saksmappe: Mapped[str] = mapped_column(String(50))
    location: Mapped[str] = mapped_column(Text)
    archived_at: Mapped[datetime] = mapped_column(default=utcnow)

    mail: Mapped[Mail] = relationship(back_populates="journalpost")


class MailEvent(Base):
    """One step of a mail's processing: what happened, when, by which model."""

    __tablename__ = "mail_event"
    __table_args__ = (Index("ix_mail_event_mail", "mail_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    model_version: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[str | None] = mapped_column(Text)  # reason codes and short words, never mail content

    mail: Mapped[Mail] = relationship(back_populates="events")


class ReviewVerdict(str, enum.Enum):
    """A reviewer's verdict on a decided mail (the ground truth of the live figures, see eval.live)."""

    approved = "approved"  # archived by the service, and right
    corrected = "corrected"  # the reviewer changed fields (``corrected``)
    journalfoert = "journalfoert"  # left by the service, journalført by a person
    utenfor_scope = "utenfor_scope"  # not for the archive


class Review(Base):
    """The latest review of a mail (one per mail; a new review replaces the old)."""

    __tablename__ = "review"
    __table_args__ = (UniqueConstraint("mail_id", name="uq_review_mail"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail.id", ondelete="CASCADE"))
    verdict: Mapped[ReviewVerdict] = mapped_column(Enum(ReviewVerdict, native_enum=False, length=20))
    corrected: Mapped[dict | None] = mapped_column(JSON)  # the fields the reviewer set, prediction-record names
    reviewer: Mapped[str] = mapped_column(String(200))
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)
