"""The small data types where intake, classification, decision and filing meet.

Data flows one way: raw bytes -> ``ParsedMail`` -> ``Prediction`` -> ``Decision``
-> archive adapter.  Each stage only sees these types, never another stage's
internals.  Noark terms (journalposttype, skjerming, sak, korrespondansepart)
keep their standard names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

Action = Literal["archive", "leave"]


@dataclass
class Attachment:
    """One attachment (or inline part that is not the body) of a mail."""

    filename: str
    content_type: str
    size: int
    sha256: str
    kind: str = "other"  # pdf | docx | txt | html | image | message | archive | other
    text: str = ""  # extracted text, "" when none could be read
    scanned: bool = False  # a PDF/image whose text could not be read (needs OCR / a person)
    error: str | None = None  # why extraction failed, if it did (no content in the message)
    payload: bytes = field(default=b"", repr=False)  # decoded bytes; never serialised

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("payload")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Attachment":
        return cls(**{k: v for k, v in d.items() if k != "payload"})


@dataclass
class Address:
    name: str = ""
    email: str = ""


@dataclass
class ParsedMail:
    """A mail as the classifier sees it: headers, clean text and attachment text.

    ``body`` holds what the sender wrote in this message; ``quoted`` the quoted
    history / forwarded original below it; ``signature`` the signature block.
    All three stay available as features.
    """

    message_id: str = ""
    subject: str = ""
    sender: Address = field(default_factory=Address)
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    delivered_to: list[str] = field(default_factory=list)
    date: datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)  # selected, lower-case names
    body: str = ""
    quoted: str = ""
    signature: str = ""
    html_only: bool = False
    forwarded_from: Address | None = None  # original sender of a forwarded mail
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)  # parse problems, no content
    raw_size: int = 0
    sha256: str = ""  # of the raw bytes

    def attachment_text(self) -> str:
        return "\n".join(a.text for a in self.attachments if a.text)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        d["attachments"] = [a.to_dict() for a in self.attachments]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ParsedMail":
        d = dict(d)
        d["sender"] = Address(**d.get("sender") or {})
        d["to"] = [Address(**a) for a in d.get("to") or []]
        d["cc"] = [Address(**a) for a in d.get("cc") or []]
        fwd = d.get("forwarded_from")
        d["forwarded_from"] = Address(**fwd) if fwd else None
        d["date"] = datetime.fromisoformat(d["date"]) if d.get("date") else None
        d["attachments"] = [Attachment.from_dict(a) for a in d.get("attachments") or []]
        return cls(**d)


@dataclass
class Korrespondansepart:
    """The sender as korrespondansepart (avsender in the set format)."""

    navn: str | None = None
    epost: str | None = None
    orgnr: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"navn": self.navn, "epost": self.epost, "orgnr": self.orgnr}


@dataclass
class Case:
    """An open saksmappe in the archive (a line of ``cases.jsonl``)."""

    tenant: str
    sak: str  # "YYYY/N"
    tittel: str = ""
    enhet: str | None = None
    klasse: str | None = None
    gnr: int | None = None
    bnr: int | None = None
    part: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Case":
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Prediction:
    """What the model reads in one mail, before any decision is taken."""

    id: str
    tenant: str | None
    category: str
    confidence: float
    journalposttype: str = "I"
    skjerming: str | None = None
    sak: str | None = None
    offentlig_tittel: str = ""
    avsender: Korrespondansepart = field(default_factory=Korrespondansepart)
    enhet: str | None = None
    klasse: str | None = None
    personnavn: list[str] = field(default_factory=list)  # private names in a screened mail (read for masking)
    field_confidence: dict[str, float] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)  # e.g. scanned_attachment, cited_case_not_open
    model_version: str = ""


@dataclass
class Decision:
    """What happens to the mail: archive on its own, or leave for a person, and why."""

    action: Action
    reasons: list[str] = field(default_factory=list)  # machine codes, see classifier.policy
    prediction: Prediction | None = None

    def to_record(self) -> dict[str, Any]:
        """One line of the prediction format of ``dataset-format.md`` (plus extras)."""
        p = self.prediction
        assert p is not None
        return {
            "id": p.id,
            "action": self.action,
            "category": p.category,
            "confidence": round(float(p.confidence), 6),
            "journalposttype": p.journalposttype,
            "skjerming": p.skjerming,
            "sak": p.sak,
            "offentlig_tittel": p.offentlig_tittel,
            "avsender": p.avsender.to_dict(),
            "tenant": p.tenant,
            "enhet": p.enhet,
            "klasse": p.klasse,
            "reasons": list(self.reasons),
            "model_version": p.model_version,
        }
