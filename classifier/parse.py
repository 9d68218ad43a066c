"""Raw mail bytes -> ``ParsedMail``: defensive MIME parsing.

``parse_mail`` accepts whatever the mailbox hands over (RFC 5322 bytes, or an
Outlook ``.msg`` file) and raises ``MailParseError`` only when nothing usable
can be read.  Everything else that is wrong (lying charsets, broken
boundaries, bad base64, oversized or hostile attachments) is worked around and
recorded as a short code in ``ParsedMail.defects`` -- never with mail content.
"""

from __future__ import annotations

import binascii
import email.header
import email.utils
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Any, TypeVar

from classifier.extract import DEFAULT_LIMITS, MB, ParseLimits, detect_kind, extract_text, read_tnef
from classifier.textclean import (
    decode_bytes,
    find_forwarded_from,
    html_to_text,
    is_forward_subject,
    normalize_text,
    split_reply,
)
from classifier.types import Address, Attachment, ParsedMail

__all__ = ["MailParseError", "ParseLimits", "parse_address_list", "parse_mail", "parse_msg_file"]

T = TypeVar("T")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TNEF_MAGIC = b"\x78\x9f\x3e\x22"

FEATURE_HEADERS = (
    "auto-submitted",
    "x-auto-response-suppress",
    "precedence",
    "list-unsubscribe",
    "list-id",
    "x-mailer",
    "user-agent",
    "content-type",
    "return-path",
    "reply-to",
    "in-reply-to",
    "references",
    "x-ms-exchange-generated-message-source",
    "feedback-id",
    "x-spam-flag",
    "x-failed-recipients",
    "thread-topic",
)
_MAIL_HEADERS = {
    "from",
    "to",
    "cc",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "content-type",
    "received",
    "delivered-to",
    "return-path",
    "sender",
    "reply-to",
    "x-original-to",
}
_FEATURE_VALUE_CHARS = 500
# The tree is parsed with compat32: its string-based header handling is several
# times faster than policy.default's header registry and does not raise on
# malformed headers.  Encoded words are decoded explicitly (decode_header_value)
# with policy.default's unstructured-header parser.
_PARSE_POLICY = policy.compat32
_MAX_MULTIPART_NESTING = 60
_SHORT_PLAIN = 200  # a plain alternative this short may be a "use an HTML reader" stub


class MailParseError(ValueError):
    """The message cannot be used at all; ``reason`` says why, in Norwegian."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------


def parse_mail(raw: bytes, *, limits: ParseLimits = DEFAULT_LIMITS) -> ParsedMail:
    """Parse one raw message (RFC 5322 bytes or an Outlook .msg file)."""
    raw = _as_bytes(raw)
    _check_size(raw, limits)
    if raw.startswith(OLE_MAGIC):
        return parse_msg_file(raw, limits=limits)
    defects: list[str] = []
    cleaned = _clean_header_section(raw, defects)
    try:
        msg = parse_tree(cleaned)
    except RecursionError:
        raise MailParseError("meldingen er for dypt nøstet") from None
    except Exception:
        raise MailParseError("kunne ikke lese meldingen") from None
    names = {k.lower() for k in _safe(msg.keys, [])}
    if not names & _MAIL_HEADERS:
        raise MailParseError("ikke en e-postmelding")
    mail = ParsedMail(raw_size=len(raw), sha256=hashlib.sha256(raw).hexdigest())
    _read_headers(msg, mail, limits, defects)
    walker = _Walker(limits, defects)
    content = _Content()
    try:
        walker.collect(msg, 0, 0, content)
    except RecursionError:
        _add(defects, "too_deep")
    is_report = mail.headers.get("content-type", "").startswith("multipart/report")
    _fill_text(mail, content, walker, limits, allow_forward=not is_report)
    mail.attachments = walker.attachments
    _settle_scanned_images(mail)
    mail.defects = defects
    return mail


def parse_msg_file(raw: bytes, *, limits: ParseLimits = DEFAULT_LIMITS) -> ParsedMail:
    """Parse an Outlook .msg file given as the whole input."""
    raw = _as_bytes(raw)
    _check_size(raw, limits)
    defects: list[str] = []
    walker = _Walker(limits, defects)
    try:
        item = _read_msg(raw, walker, depth=0)
    except Exception:
        raise MailParseError("kunne ikke lese Outlook-meldingen (.msg)") from None
    mail = ParsedMail(raw_size=len(raw), sha256=hashlib.sha256(raw).hexdigest())
    mail.message_id = item.message_id
    mail.subject = item.subject
    mail.sender = item.sender or Address()
    mail.to = item.to
    mail.cc = item.cc
    mail.date = item.date
    mail.headers = item.headers
    _fill_text(mail, item.content, walker, limits, allow_forward=True)
    mail.attachments = walker.attachments
    _settle_scanned_images(mail)
    mail.defects = defects
    return mail


def _as_bytes(raw: Any) -> bytes:
    if isinstance(raw, bytes):
        return raw
    if isinstance(raw, (bytearray, memoryview)):
        return bytes(raw)
    raise MailParseError("ikke en e-postmelding (forventet bytes)")


def _check_size(raw: bytes, limits: ParseLimits) -> None:
    if not raw.strip():
        raise MailParseError("tom melding")
    if len(raw) > limits.max_total_bytes:
        raise MailParseError(f"for stor melding ({_mb(len(raw))} > {_mb(limits.max_total_bytes)})")


def _mb(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n // 1024} kB"


_HEADER_END = re.compile(rb"\r?\n\r?\n|\r\r")


def _clean_header_section(raw: bytes, defects: list[str]) -> bytes:
    """Drop leading blank lines and NUL bytes in the header section."""
    stripped = raw.lstrip(b"\r\n\t ")
    if len(stripped) != len(raw):
        _add(defects, "leading_whitespace")
    m = _HEADER_END.search(stripped, 0, 2 * MB)
    end = m.start() if m else min(len(stripped), 2 * MB)
    head = stripped[:end]
    if b"\x00" in head:
        _add(defects, "nul_bytes_in_headers")
        stripped = head.replace(b"\x00", b"") + stripped[end:]
    return stripped


# The stdlib parser walks every line in Python, which makes a mail with a few MB of
# base64 attachments cost tens of ms.  Large base64 bodies are therefore cut out
# before parsing (found with bytes.find, not line by line), replaced by a token,
# and put back into the parsed parts afterwards.  If any token does not come back
# exactly once, the message is parsed again the plain way.
_STUB_MIN_MESSAGE = 8 * 1024
_STUB_MIN_BODY = 2 * 1024
_CTE_NAME = b"content-transfer-encoding:"


def parse_tree(raw: bytes) -> Message:
    """The MIME tree of ``raw`` (compat32 ``Message``), fast for big attachments."""
    parser = BytesParser(policy=_PARSE_POLICY)
    if len(raw) < _STUB_MIN_MESSAGE:
        return parser.parsebytes(raw)
    stubbed, bodies = _stub_base64_bodies(raw)
    if not bodies:
        return parser.parsebytes(raw)
    msg = parser.parsebytes(stubbed)
    if _restore_bodies(msg, bodies):
        return msg
    return parser.parsebytes(raw)


def _stub_base64_bodies(raw: bytes) -> tuple[bytes, dict[str, bytes]]:
    lower = raw.lower()
    nonce = hashlib.sha256(raw[:4096]).hexdigest()[:12]
    out: list[bytes] = []
    bodies: dict[str, bytes] = {}
    done = 0
    pos = lower.find(_CTE_NAME)
    while pos != -1:
        value = lower[pos + len(_CTE_NAME) : pos + len(_CTE_NAME) + 20].lstrip(b" \t")
        start = _body_start(raw, pos) if value.startswith(b"base64") else -1
        if start > done:
            end = raw.find(b"\n--", start)
            end = len(raw) if end == -1 else end
            if end - start >= _STUB_MIN_BODY:
                token = f"PMSTUB{nonce}N{len(bodies)}X"
                if token.encode() in raw:
                    return raw, {}
                out.append(raw[done:start])
                out.append(token.encode())
                bodies[token] = raw[start:end]
                done = end
                pos = lower.find(_CTE_NAME, end)
                continue
        pos = lower.find(_CTE_NAME, pos + 1)
    if not bodies:
        return raw, {}
    out.append(raw[done:])
    return b"".join(out), bodies


def _body_start(raw: bytes, header_pos: int) -> int:
    """Index just after the blank line that ends the header block holding ``header_pos``."""
    limit = header_pos + 64 * 1024  # a header block is short; never scan the whole mail
    ends = [
        i for i in (raw.find(b"\n\r\n", header_pos, limit), raw.find(b"\n\n", header_pos, limit)) if i != -1
    ]
    if not ends:
        return -1
    end = min(ends)
    return end + (3 if raw.startswith(b"\n\r\n", end) else 2)


def _restore_bodies(msg: Message, bodies: dict[str, bytes]) -> bool:
    found = 0
    for part in msg.walk():
        payload = getattr(part, "_payload", None)
        if not isinstance(payload, str) or "PMSTUB" not in payload:
            continue
        for token, body in bodies.items():
            if token in payload:
                payload = payload.replace(token, body.decode("ascii", errors="surrogateescape"))
                found += 1
        part._payload = payload
    return found == len(bodies)


def _add(defects: list[str], code: str) -> None:
    if code not in defects:
        defects.append(code)


def _safe(fn: Callable[[], T], default: T) -> T:
    try:
        return fn()
    except Exception:
        return default


# ---------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------


def _raw_headers(msg: Message, limits: ParseLimits, defects: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in _safe(msg.raw_items, []):
        value = str(value)
        if len(value) > limits.max_header_chars:
            _add(defects, "header_too_long")
            value = value[: limits.max_header_chars]
        out.setdefault(str(name).strip().lower(), []).append(value)
    return out


def _read_headers(msg: Message, mail: ParsedMail, limits: ParseLimits, defects: list[str]) -> None:
    headers = _raw_headers(msg, limits, defects)

    def first(name: str) -> str:
        values = headers.get(name)
        return decode_header_value(values[0], defects) if values else ""

    def addresses(name: str) -> list[Address]:
        # addresses are split before encoded words are decoded: a decoded name may hold commas
        return [a for v in headers.get(name, []) for a in parse_address_list(_fix_8bit(v, defects))]

    mail.message_id = _one_line(first("message-id"))[:300]
    mail.subject = _one_line(first("subject"))[:1000]
    senders = addresses("from")[:1] or addresses("sender")[:1]
    if senders:
        mail.sender = senders[0]
    else:
        _add(defects, "no_sender")
    mail.to = addresses("to")
    mail.cc = addresses("cc")
    delivered: list[str] = []
    for name in ("delivered-to", "x-original-to"):
        for v in headers.get(name, []):
            for a in parse_address_list(_fix_8bit(v, defects)):
                if a.email and a.email not in delivered:
                    delivered.append(a.email)
    mail.delivered_to = delivered
    mail.date = parse_date(first("date"))
    if headers.get("date") and mail.date is None:
        _add(defects, "bad_date")
    for name in FEATURE_HEADERS:
        if name in headers:
            mail.headers[name] = _one_line(first(name)).lower()[:_FEATURE_VALUE_CHARS]


_WS = re.compile(r"\s+")


def _one_line(value: str) -> str:
    return _WS.sub(" ", value.replace("\x00", "")).strip()


def decode_header_value(value: str, defects: list[str] | None = None) -> str:
    """A header value as text: RFC 2047 words decoded, raw 8-bit bytes repaired."""
    value = _UNFOLD.sub("", _fix_8bit(value, defects))  # RFC 5322 unfolding: drop the line break only
    if "=?" not in value:
        return value
    try:
        # the unstructured-header parser keeps RFC 2047 spacing right and never
        # fails on bad words (it records defects instead)
        return str(policy.default.header_factory("x-decode", value))
    except Exception:
        pass
    try:
        chunks = email.header.decode_header(value)
    except Exception:
        if defects is not None:
            _add(defects, "bad_encoded_word")
        return value
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            out.append(decode_bytes(chunk, charset)[0])
    return " ".join(out)


_SURROGATE = re.compile("[\udc80-\udcff]")
_UNFOLD = re.compile(r"\r?\n(?=[ \t])")


def _fix_8bit(value: str, defects: list[str] | None) -> str:
    if not _SURROGATE.search(value):
        return value
    if defects is not None:
        _add(defects, "8bit_header")
    data = value.encode("utf-8", errors="surrogateescape")
    return decode_bytes(data, "utf-8")[0]


_EMAIL = re.compile(r"[A-Za-z0-9._%+'=&#!$*/?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_NAME_STRIP = " \t\"'<>,;:"


def parse_address_list(value: str) -> list[Address]:
    """Addresses of a From/To/Cc value; tolerant of garbage (never raises)."""
    value = _one_line(value or "")
    if not value:
        return []
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:
        pairs = []
    out: list[Address] = []
    pending: list[str] = []  # fragments of a display name with an unquoted comma
    for name, raw_addr in pairs:
        addr = raw_addr.strip().lower()
        if not _EMAIL.fullmatch(addr):
            fragment = decode_header_value(name or raw_addr).strip(_NAME_STRIP)
            if fragment and "@" not in fragment:
                pending.append(fragment)
            continue
        name = decode_header_value(name).strip(_NAME_STRIP)
        if pending:
            name = ", ".join([*pending, name]) if name else ", ".join(pending)
            pending = []
        out.append(Address(name=_one_line(name)[:200] if name.lower() != addr else "", email=addr))
    if out:
        return out
    return _addresses_by_regex(value)


_GROUP_ONLY = re.compile(r"^[^:@<>]*:\s*;?\s*$")


def _addresses_by_regex(value: str) -> list[Address]:
    found = list(_EMAIL.finditer(value))
    if not found:
        if "@" in value or _GROUP_ONLY.match(value):
            return []
        name = _one_line(decode_header_value(value)).strip(_NAME_STRIP)[:200]
        return [Address(name=name)] if name else []
    out = []
    start = 0
    for m in found:
        name = _one_line(value[start : m.start()]).strip(_NAME_STRIP)[:200]
        out.append(Address(name=name, email=m.group(0).lower()))
        start = m.end()
    return out


def parse_date(value: str) -> datetime | None:
    """A timezone-aware datetime, or None when the value cannot be read."""
    if not value:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(value.strip())
    except Exception:
        return None
    if dt is None or not (1970 <= dt.year <= 2200):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


# ---------------------------------------------------------------------------
# MIME walk
# ---------------------------------------------------------------------------


@dataclass
class _Content:
    """Text gathered for one message level (the mail itself or a nested original)."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    fallback: list[str] = field(default_factory=list)  # e.g. a TNEF body, used when nothing else
    nested: list[_Nested] = field(default_factory=list)


@dataclass
class _Nested:
    """A message carried inside another one (message/rfc822, .msg attachment)."""

    sender: Address | None
    subject: str
    text: str


@dataclass
class _MsgItem:
    message_id: str = ""
    subject: str = ""
    sender: Address | None = None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    date: datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content: _Content = field(default_factory=_Content)


class _Walker:
    """Walks a MIME tree once, collecting body text and attachments within limits."""

    def __init__(self, limits: ParseLimits, defects: list[str]):
        self.limits = limits
        self.defects = defects
        self.attachments: list[Attachment] = []
        self.parts = 0
        self.extracted = 0  # attachments whose text was read
        self.stopped = False

    def count_part(self) -> bool:
        """Count one part; False once the part limit is reached."""
        if self.stopped:
            return False
        self.parts += 1
        if self.parts > self.limits.max_parts:
            self.stopped = True
            _add(self.defects, f"too_many_parts (> {self.limits.max_parts})")
            return False
        return True

    # -- MIME parts ---------------------------------------------------------

    def collect(self, part: Message, depth: int, nesting: int, content: _Content) -> None:
        if not self.count_part():
            return
        for defect in _safe(lambda: part.defects, []):
            _add(self.defects, "mime:" + type(defect).__name__)
        ctype = _content_type(part)
        if ctype == "message/rfc822" or ctype == "message/global":
            self._nested_message(part, depth, content)
            return
        if ctype in ("message/delivery-status", "message/disposition-notification"):
            self._status_part(part, ctype)
            return
        if part.is_multipart():
            if nesting >= _MAX_MULTIPART_NESTING:
                _add(self.defects, "too_deep")
                return
            children = _safe(part.get_payload, [])
            if not isinstance(children, list):
                return
            for child in children:
                if self.stopped:
                    break
                if isinstance(child, Message):
                    self.collect(child, depth, nesting + 1, content)
            return
        if ctype.startswith("multipart/"):  # boundary missing or never used: read it as text
            _add(self.defects, "multipart_without_parts")
            ctype = "text/plain"
        filename = _filename(part)
        disposition = _safe(part.get_content_disposition, None)
        payload = self._payload(part, ctype)
        if ctype in ("text/plain", "text/html") and not filename and disposition != "attachment":
            cap = self.limits.max_text_chars * (4 if ctype == "text/plain" else 40)  # HTML is mostly markup
            if len(payload) > cap:
                _add(self.defects, "body_truncated")
                payload = payload[:cap]
            text, problem = decode_bytes(payload, _charset(part))
            if problem:
                _add(self.defects, problem)
            (content.plain if ctype == "text/plain" else content.html).append(text)
            return
        self.add_attachment(filename, ctype, payload, depth, content)

    def _payload(self, part: Message, ctype: str) -> bytes:
        cte = str(_safe(lambda: part.get("content-transfer-encoding", ""), "")).strip().lower()
        # the undecoded payload: compat32 keeps 8-bit bytes as surrogate escapes there,
        # while get_payload(decode=False) would already have decoded them with the charset
        raw = getattr(part, "_payload", None)
        if not isinstance(raw, str):
            raw = _safe(lambda: part.get_payload(decode=False), "")
        if not isinstance(raw, str):
            return b""
        if cte == "base64":
            return self._base64(raw)
        if (
            cte in ("", "7bit", "8bit", "binary")
            and not ctype.startswith("text/")
            and _looks_unlabelled_base64(raw)
        ):
            _add(self.defects, "cte_missing_base64")
            return self._base64(raw)
        data = _safe(lambda: part.get_payload(decode=True), None)
        if isinstance(data, bytes):
            return data
        return (
            raw.encode("ascii", errors="surrogateescape") if raw.isascii() else raw.encode("utf-8", "replace")
        )

    def _base64(self, raw: str) -> bytes:
        data = raw.encode("utf-8", errors="surrogateescape")
        if not _looks_base64(raw):
            _add(self.defects, "cte_mismatch")
            return data
        try:
            return binascii.a2b_base64(data)
        except (binascii.Error, ValueError):
            _add(self.defects, "bad_base64")
        cleaned = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
        rest = len(cleaned) % 4
        cleaned = cleaned[: len(cleaned) - 1] if rest == 1 else cleaned + b"=" * (-len(cleaned) % 4)
        try:
            return binascii.a2b_base64(cleaned)
        except (binascii.Error, ValueError):
            return b""

    def _status_part(self, part: Message, ctype: str) -> None:
        blocks = _safe(part.get_payload, [])
        if isinstance(blocks, list):
            text = "\n\n".join(_safe(lambda b=b: b.as_string(policy=policy.compat32), "") for b in blocks)
        else:
            text = str(blocks)
        data = text.encode("utf-8", errors="replace")
        self.attachments.append(
            _attachment_record(
                "delivery-status.txt", ctype, data, "txt", normalize_text(text)[: self.limits.max_text_chars]
            )
        )

    # -- attachments --------------------------------------------------------

    def add_attachment(
        self, filename: str, ctype: str, payload: bytes, depth: int, content: _Content
    ) -> None:
        limits = self.limits
        kind = _safe(lambda: detect_kind(filename, ctype, payload), "other")
        if not filename:
            filename = f"vedlegg{len(self.attachments) + 1}{_extension(kind, ctype)}"
        if len(payload) > limits.max_attachment_bytes:
            _add(
                self.defects,
                f"attachment_too_large ({_mb(len(payload))} > {_mb(limits.max_attachment_bytes)})",
            )
            error = f"for stort vedlegg ({_mb(len(payload))}), ikke lest"
            self.attachments.append(_attachment_record(filename, ctype, payload, kind, "", error=error))
            return
        if kind == "message":
            self._message_attachment(filename, ctype, payload, depth, content)
            return
        if self.extracted >= limits.max_extracted_attachments:
            _add(self.defects, f"too_many_attachments (> {limits.max_extracted_attachments})")
            self.attachments.append(
                _attachment_record(filename, ctype, payload, kind, "", error="for mange vedlegg, ikke lest")
            )
            return
        self.extracted += 1
        result = extract_text(filename, ctype, payload, limits)
        if result.error:
            _add(self.defects, f"attachment_unreadable ({result.kind})")
        self.attachments.append(
            _attachment_record(
                filename, ctype, payload, result.kind, result.text, scanned=result.scanned, error=result.error
            )
        )

    def _message_attachment(
        self, filename: str, ctype: str, payload: bytes, depth: int, content: _Content
    ) -> None:
        if payload.startswith(TNEF_MAGIC):
            self._tnef(filename, ctype, payload, depth, content)
            return
        record = _attachment_record(filename, ctype, payload, "message", "")
        self.attachments.append(record)
        if depth + 1 > self.limits.max_depth:
            _add(self.defects, "max_depth")
            return
        try:
            if payload.startswith(OLE_MAGIC):
                item = _read_msg(payload, self, depth + 1)
            else:
                item = self._read_embedded_eml(payload, depth + 1)
        except Exception:
            record.error = "kunne ikke lese vedlagt melding"
            _add(self.defects, "attachment_unreadable (message)")
            return
        content.nested.append(_nested_from(item, self.limits))

    def _read_embedded_eml(self, payload: bytes, depth: int) -> _MsgItem:
        msg = parse_tree(payload.lstrip())
        return self._item_from_message(msg, depth)

    def _nested_message(self, part: Message, depth: int, content: _Content) -> None:
        filename = _filename(part) or "videresendt-melding.eml"
        inner = _safe(part.get_payload, None)
        if isinstance(inner, list):
            inner = inner[0] if inner else None
        raw = (
            _safe(lambda: inner.as_bytes(policy=policy.compat32), b"") if isinstance(inner, Message) else b""
        )
        self.attachments.append(_attachment_record(filename, "message/rfc822", raw, "message", ""))
        if not isinstance(inner, Message):
            _add(self.defects, "empty_rfc822")
            return
        if depth + 1 > self.limits.max_depth:
            _add(self.defects, "max_depth")
            return
        item = self._item_from_message(inner, depth + 1)
        content.nested.append(_nested_from(item, self.limits))

    def _item_from_message(self, msg: Message, depth: int) -> _MsgItem:
        scratch = ParsedMail()
        _read_headers(msg, scratch, self.limits, [])  # a nested original's header problems are not ours
        item = _MsgItem(subject=scratch.subject, sender=scratch.sender if scratch.sender.email else None)
        self.collect(msg, depth, 0, item.content)
        return item

    def _tnef(self, filename: str, ctype: str, payload: bytes, depth: int, content: _Content) -> None:
        record = _attachment_record(filename, ctype, payload, "message", "")
        self.attachments.append(record)
        tnef = read_tnef(payload, self.limits)
        if tnef.error:
            record.error = tnef.error
            _add(self.defects, "attachment_unreadable (tnef)")
        body = normalize_text(tnef.body) or (html_to_text(tnef.html) if tnef.html else "")
        record.text = body[: self.limits.max_text_chars]
        if body:
            content.fallback.append(record.text)
        for name, data in tnef.attachments:
            if not self.count_part():
                return
            self.add_attachment(_clean_filename(name), "application/octet-stream", data, depth, content)


def _nested_from(item: _MsgItem, limits: ParseLimits) -> _Nested:
    text, _ = _body_text(item.content)
    parts = []
    if item.sender:
        who = f"{item.sender.name} <{item.sender.email}>" if item.sender.name else item.sender.email
        parts.append(f"Fra: {who}")
    if item.subject:
        parts.append(f"Emne: {item.subject}")
    header = "\n".join(parts)
    inner = [n.text for n in item.content.nested]
    full = "\n\n".join(p for p in [header, text, *inner] if p)
    return _Nested(sender=item.sender, subject=item.subject, text=full[: limits.max_text_chars])


def _attachment_record(
    filename: str,
    ctype: str,
    payload: bytes,
    kind: str,
    text: str,
    *,
    scanned: bool = False,
    error: str | None = None,
) -> Attachment:
    return Attachment(
        filename=filename,
        content_type=ctype,
        size=len(payload),
        sha256=hashlib.sha256(payload).hexdigest(),
        kind=kind,
        text=text,
        scanned=scanned,
        error=error,
        payload=payload,
    )


# ---------------------------------------------------------------------------
# Part helpers
# ---------------------------------------------------------------------------

_CTYPE_RAW = re.compile(r"^\s*([a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+)", re.IGNORECASE)


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        raw = str(_safe(lambda: part.get("content-type", ""), ""))
        m = _CTYPE_RAW.match(raw)
        return m.group(1).lower() if m else "text/plain"


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


_PATH_PART = re.compile(r"^.*[\\/]")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]")


def _filename(part: Message) -> str:
    name = _safe(part.get_filename, None)
    if name is None:
        name = _safe(lambda: part.get_param("name"), None)
    if not name:
        return ""
    if isinstance(name, tuple):  # RFC 2231 triple that was not collapsed
        name = email.utils.collapse_rfc2231_value(name)
    return _clean_filename(decode_header_value(str(name)))


def _clean_filename(name: str) -> str:
    name = _UNSAFE_NAME.sub("", _PATH_PART.sub("", name)).strip(" .")
    return name[:255]


_EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "calendar": ".ics", "message": ".eml"}
_IMAGE_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/tiff": ".tif"}


def _extension(kind: str, ctype: str) -> str:
    if kind == "image":
        return _IMAGE_EXTENSIONS.get(ctype, "")
    if kind == "txt":
        return ".txt"
    return _EXTENSIONS.get(kind, "")


_BASE64_SAMPLE = 4096
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=\r\n]")  # spaces count: encoders never put them inside lines
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]{60,}={0,2}\s*$")


def _looks_base64(raw: str) -> bool:
    """Could this labelled-base64 body really be base64 (not plain text sent with a lying label)?"""
    sample = raw[:_BASE64_SAMPLE].strip()
    bad = len(_NOT_BASE64.findall(sample))
    return bad <= max(1, len(sample) // 50)  # a stray character or up to 2 % are tolerated as line noise


def _looks_unlabelled_base64(raw: str) -> bool:
    """Is a body without a base64 label nevertheless base64 (a missing header)?"""
    sample = raw[:_BASE64_SAMPLE].strip()
    first = sample.split("\n", 1)[0]
    return bool(_BASE64_LINE.match(first)) and not _NOT_BASE64.search(sample)


# ---------------------------------------------------------------------------
# .msg (Outlook)
# ---------------------------------------------------------------------------


def _read_msg(raw: bytes, walker: _Walker, depth: int) -> _MsgItem:
    import extract_msg

    msg = extract_msg.openMsg(raw, delayAttachments=False)
    try:
        item = _MsgItem()
        item.subject = _one_line(str(_safe(lambda: msg.subject, "") or ""))[:1000]
        item.message_id = _one_line(str(_safe(lambda: msg.messageId, "") or ""))[:300]
        senders = parse_address_list(str(_safe(lambda: msg.sender, "") or ""))
        item.sender = senders[0] if senders else None
        item.to = parse_address_list(str(_safe(lambda: msg.to, "") or "").replace(";", ","))
        item.cc = parse_address_list(str(_safe(lambda: msg.cc, "") or "").replace(";", ","))
        date = _safe(lambda: msg.date, None)
        if isinstance(date, datetime):
            item.date = date if date.tzinfo else date.replace(tzinfo=UTC)
        body = _safe(lambda: msg.body, None)
        if body:
            item.content.plain.append(body if isinstance(body, str) else decode_bytes(body, None)[0])
        else:
            html = _safe(lambda: msg.htmlBody, None)
            if html:
                item.content.html.append(html if isinstance(html, str) else decode_bytes(html, None)[0])
        for att in _safe(lambda: list(msg.attachments), []):
            if not walker.count_part():
                break
            _msg_attachment(att, walker, depth, item.content)
    finally:
        _safe(msg.close, None)
    return item


def _msg_attachment(att: Any, walker: _Walker, depth: int, content: _Content) -> None:
    data = _safe(lambda: att.data, None)
    name = _clean_filename(
        str(_safe(lambda: att.longFilename, "") or _safe(lambda: att.shortFilename, "") or "")
    )
    if isinstance(data, bytes):
        ctype = str(_safe(lambda: att.mimetype, "") or "application/octet-stream")
        walker.add_attachment(name, ctype, data, depth, content)
        return
    if data is not None and hasattr(data, "body"):  # an embedded .msg
        if depth + 1 > walker.limits.max_depth:
            _add(walker.defects, "max_depth")
            return
        walker.attachments.append(
            _attachment_record(
                name or "vedlagt-melding.msg", "application/vnd.ms-outlook", b"", "message", ""
            )
        )
        sub = _MsgItem(subject=str(_safe(lambda: data.subject, "") or ""))
        senders = parse_address_list(str(_safe(lambda: data.sender, "") or ""))
        sub.sender = senders[0] if senders else None
        body = _safe(lambda: data.body, None)
        if body:
            sub.content.plain.append(str(body))
        content.nested.append(_nested_from(sub, walker.limits))


# ---------------------------------------------------------------------------
# Putting the text together
# ---------------------------------------------------------------------------


def _body_text(content: _Content) -> tuple[str, bool]:
    """The body of one message level and whether it had to come from HTML.

    Plain text is preferred; HTML is used when there is no plain text, or when
    the plain part is only a stub ("your mail reader cannot show HTML").
    """
    plain = normalize_text("\n\n".join(t for t in content.plain if t and t.strip()))
    if content.html and len(plain) < _SHORT_PLAIN:
        html = normalize_text("\n\n".join(html_to_text(h) for h in content.html))
        if not plain or len(html) > 5 * len(plain):
            return html, not plain
    if plain:
        return plain, False
    return normalize_text("\n\n".join(content.fallback)), False


def _fill_text(
    mail: ParsedMail, content: _Content, walker: _Walker, limits: ParseLimits, *, allow_forward: bool
) -> None:
    text, html_only = _body_text(content)
    if len(text) > limits.max_text_chars:
        _add(walker.defects, "body_truncated")
        text = text[: limits.max_text_chars]
    body, quoted, signature = split_reply(text)
    mail.body, mail.signature, mail.html_only = body, signature, html_only
    nested = [n.text for n in content.nested]
    mail.quoted = "\n\n".join(q for q in [quoted, *nested] if q)[: limits.max_text_chars]
    if not allow_forward:
        return
    attached = next((n.sender for n in content.nested if n.sender), None)
    if attached is not None and (len(body) <= _FORWARD_NOTE_CHARS or is_forward_subject(mail.subject)):
        mail.forwarded_from = attached
    else:
        mail.forwarded_from = find_forwarded_from(body, quoted, mail.subject)


_FORWARD_NOTE_CHARS = (
    600  # a forwarder's own note is short; a long letter with an .eml attached is not a forward
)
_SUBSTANTIAL_BODY = 200
_SUBSTANTIAL_ATTACHMENT_TEXT = 100


def _settle_scanned_images(mail: ParsedMail) -> None:
    """Images count as scanned documents only when the mail has no other readable content."""
    has_content = len(mail.body) >= _SUBSTANTIAL_BODY or any(
        a.kind != "image" and len(a.text) >= _SUBSTANTIAL_ATTACHMENT_TEXT for a in mail.attachments
    )
    if has_content:
        for a in mail.attachments:
            if a.kind == "image":
                a.scanned = False
