"""Text out of attachments: PDF, DOCX, plain text, HTML, RTF, calendar, images,
and the contents of winmail.dat (``read_tnef``).

``extract_text`` and ``read_tnef`` never raise: whatever goes wrong ends up as a short
Norwegian reason in ``ExtractResult.error`` (never any document content).
Every reader is bounded: pages, decompressed bytes and output characters are
capped by ``ParseLimits`` so a hostile attachment costs little time and memory.
"""

from __future__ import annotations

import codecs
import io
import re
import struct
import threading
import zipfile
from dataclasses import dataclass, field

from classifier.textclean import decode_bytes, html_to_text, normalize_text

MB = 1024 * 1024


@dataclass(frozen=True)
class ParseLimits:
    """Upper bounds for parsing one mail and extracting its attachments."""

    max_total_bytes: int = 40 * MB  # raw message
    max_attachment_bytes: int = 15 * MB  # bigger attachments are kept but not read
    max_parts: int = 500  # MIME parts walked per message (all nesting levels)
    max_extracted_attachments: int = 50  # attachments read per message; the rest are kept unread
    max_depth: int = 10  # nested message/rfc822 levels
    max_text_chars: int = 200_000  # per body and per attachment
    max_pdf_pages: int = 30
    max_docx_bytes: int = 50 * MB  # sum of uncompressed sizes in a DOCX
    max_docx_xml_bytes: int = 10 * MB  # word/document.xml, uncompressed
    max_zip_ratio: int = 500  # uncompressed/compressed of one zip member
    max_zip_members: int = 2000
    max_header_chars: int = 16_000  # per header value
    scanned_image_bytes: int = 40_000  # smaller images are logos/signature art


DEFAULT_LIMITS = ParseLimits()


@dataclass
class ExtractResult:
    kind: str  # pdf | docx | txt | html | calendar | image | message | archive | other
    text: str = ""
    scanned: bool = False
    error: str | None = None


# ---------------------------------------------------------------------------
# Kind
# ---------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_ARCHIVE_EXT = (".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab", ".arj", ".lz", ".zst")
_TEXT_EXT = (".txt", ".csv", ".tsv", ".log", ".md", ".xml", ".json")
_IMAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".bmp", ".heic", ".heif", ".webp")


def detect_kind(filename: str, content_type: str, payload: bytes) -> str:
    """The kind of an attachment from its magic bytes, then extension, then MIME type."""
    name = (filename or "").lower()
    ctype = (content_type or "").lower().split(";", 1)[0].strip()
    head = payload[:16]
    if head.startswith(_TNEF_MAGIC) or name.endswith("winmail.dat") or ctype == "application/ms-tnef":
        return "message"
    if head.startswith(_OLE_MAGIC):
        return "message" if name.endswith(".msg") or "outlook" in ctype else "other"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if name.endswith((".docx", ".docm")) or "wordprocessingml" in ctype:
            return "docx"
        return "archive" if name.endswith(_ARCHIVE_EXT) or "zip" in ctype else "other"
    if head.startswith(b"%PDF") or b"%PDF-" in payload[:1024]:
        return "pdf"
    if (
        head.startswith(_IMAGE_MAGIC)
        or (head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"))
        or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")
    ):
        return "image"
    if ctype in ("message/rfc822", "application/vnd.ms-outlook") or name.endswith((".eml", ".msg")):
        return "message"
    if name.endswith(".pdf") or ctype == "application/pdf":
        return "pdf"
    if name.endswith((".docx", ".docm")) or "wordprocessingml" in ctype:
        return "docx"
    if name.endswith(".ics") or ctype == "text/calendar":
        return "calendar"
    if name.endswith((".htm", ".html")) or ctype == "text/html":
        return "html"
    if name.endswith(".rtf") or ctype in ("application/rtf", "text/rtf") or head.startswith(b"{\\rtf"):
        return "txt"
    if name.endswith(_TEXT_EXT) or ctype.startswith("text/"):
        return "txt"
    if name.endswith(_IMAGE_EXT) or ctype.startswith("image/"):
        return "image"
    if name.endswith(_ARCHIVE_EXT) or ctype in (
        "application/zip",
        "application/x-zip-compressed",
        "application/x-rar-compressed",
        "application/gzip",
    ):
        return "archive"
    return "other"


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def extract_text(
    filename: str, content_type: str, payload: bytes, limits: ParseLimits = DEFAULT_LIMITS
) -> ExtractResult:
    """Read the text of one attachment.  Never raises."""
    try:
        kind = detect_kind(filename, content_type, payload)
    except Exception:
        return ExtractResult("other", error="ukjent filtype")
    if len(payload) > limits.max_attachment_bytes:
        return ExtractResult(
            kind, error=f"for stort vedlegg ({_mb(len(payload))} > {_mb(limits.max_attachment_bytes)})"
        )
    reader = _READERS.get(kind)
    if reader is None:
        return ExtractResult(kind)
    try:
        result = reader(filename or "", content_type or "", payload, limits)
    except MemoryError:
        return ExtractResult(kind, error="for lite minne til å lese vedlegget")
    except RecursionError:
        return ExtractResult(kind, error="for dyp struktur i vedlegget")
    except Exception:
        return ExtractResult(kind, error=f"kunne ikke lese {kind}-vedlegget")
    if len(result.text) > limits.max_text_chars:
        result.text = result.text[: limits.max_text_chars]
    return result


def _mb(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n // 1024} kB"


# ---------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------


_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


def _read_pdf(filename: str, content_type: str, payload: bytes, limits: ParseLimits) -> ExtractResult:
    with _PDFIUM_LOCK:
        return _read_pdf_locked(payload, limits)


def _read_pdf_locked(payload: bytes, limits: ParseLimits) -> ExtractResult:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(payload)
    except pdfium.PdfiumError as exc:
        reason = "kryptert PDF" if "password" in str(exc).lower() else "skadet PDF"
        return ExtractResult("pdf", error=reason, scanned=reason == "kryptert PDF")
    try:
        pages_read = 0
        chunks: list[str] = []
        total = 0
        for index in range(min(len(pdf), limits.max_pdf_pages)):
            try:
                page = pdf[index]
            except Exception:
                break
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
            finally:
                page.close()
            pages_read += 1
            chunks.append(text)
            total += len(text)
            if total >= limits.max_text_chars:
                break
        text = normalize_text("\n".join(chunks)[: limits.max_text_chars])
    finally:
        pdf.close()
    visible = len(text) - text.count(" ") - text.count("\n")
    scanned = pages_read == 0 or visible < 30 * pages_read
    error = None if pages_read else "PDF uten lesbare sider"
    return ExtractResult("pdf", text=text, scanned=scanned, error=error)


_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_T, _W_P, _W_TAB, _W_BR, _W_CR, _W_TC = (_W_NS + t for t in ("t", "p", "tab", "br", "cr", "tc"))


def _read_docx(filename: str, content_type: str, payload: bytes, limits: ParseLimits) -> ExtractResult:
    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
    except (zipfile.BadZipFile, ValueError):
        return ExtractResult("docx", error="skadet DOCX")
    with archive:
        members = archive.infolist()
        if len(members) > limits.max_zip_members:
            return ExtractResult("docx", error="mulig zip-bombe (for mange filer)")
        if sum(m.file_size for m in members) > limits.max_docx_bytes:
            return ExtractResult("docx", error="mulig zip-bombe (for stor utpakket)")
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError:
            return ExtractResult("docx", error="DOCX uten dokumenttekst")
        if info.file_size > limits.max_docx_xml_bytes or (
            info.compress_size and info.file_size / info.compress_size > limits.max_zip_ratio
        ):
            return ExtractResult("docx", error="mulig zip-bombe")
        with archive.open(info) as member:
            xml = member.read(limits.max_docx_xml_bytes + 1)  # the header may lie about the size
        if len(xml) > limits.max_docx_xml_bytes:
            return ExtractResult("docx", error="mulig zip-bombe")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(xml, parser=parser)
    out: list[str] = []
    size = 0
    for el in root.iter(_W_P, _W_T, _W_TAB, _W_BR, _W_CR, _W_TC):
        tag = el.tag
        if tag == _W_T:
            if el.text:
                out.append(el.text)
                size += len(el.text)
        elif tag == _W_P:
            out.append("\n")
        elif tag == _W_TAB or tag == _W_TC:
            out.append("\t")
        else:
            out.append("\n")
        if size > limits.max_text_chars:
            break
    text = normalize_text("".join(out).replace("\n\t", "\n"))
    return ExtractResult("docx", text=text)


def _charset_of(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*\"?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return m.group(1) if m else None


def _read_text(filename: str, content_type: str, payload: bytes, limits: ParseLimits) -> ExtractResult:
    data = payload[: limits.max_text_chars * 4]
    text, _ = decode_bytes(data, _charset_of(content_type))
    if text.lstrip().startswith("{\\rtf"):
        text = rtf_to_text(text)
    return ExtractResult("txt", text=normalize_text(text[: limits.max_text_chars]))


def _read_html(filename: str, content_type: str, payload: bytes, limits: ParseLimits) -> ExtractResult:
    text, _ = decode_bytes(payload[: limits.max_text_chars * 10], _charset_of(content_type))
    return ExtractResult("html", text=html_to_text(text)[: limits.max_text_chars])


_ICS_FIELD = re.compile(r"^(SUMMARY|DESCRIPTION|LOCATION|COMMENT)(?:;[^:\n]*)?:(.*)$", re.MULTILINE)
_ICS_UNFOLD = re.compile(r"\r?\n[ \t]")


def _read_calendar(filename: str, content_type: str, payload: bytes, limits: ParseLimits) -> ExtractResult:
    text, _ = decode_bytes(payload[: limits.max_text_chars * 4], _charset_of(content_type) or "utf-8")
    text = _ICS_UNFOLD.sub("", text)
    parts = []
    for m in _ICS_FIELD.finditer(text):
        value = m.group(2).replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
        parts.append(value.replace("\\\\", "\\").strip())
    return ExtractResult("calendar", text=normalize_text("\n".join(p for p in parts if p)))


def _read_image(filename: str, content_type: str, payload: bytes, limits: ParseLimits) -> ExtractResult:
    return ExtractResult("image", scanned=len(payload) >= limits.scanned_image_bytes)


_RTF_GROUP_SKIP = re.compile(
    r"\{\\\*[^{}]*\}|\{\\(?:fonttbl|colortbl|stylesheet|info|pict)[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
)
_RTF_HEX = re.compile(r"\\'([0-9a-fA-F]{2})")
_RTF_UNICODE = re.compile(r"\\u(-?\d+)\??")
_RTF_PAR = re.compile(r"\\(?:par|line|row)\b ?")
_RTF_TAB = re.compile(r"\\(?:tab|cell)\b ?")
_RTF_CONTROL = re.compile(r"\\[a-zA-Z]+-?\d* ?|\\[^a-zA-Z]|[{}]")


def rtf_to_text(rtf: str) -> str:
    """Rough visible text of an RTF document (no formatting, no embedded objects)."""
    text = _RTF_GROUP_SKIP.sub("", rtf)
    text = _RTF_HEX.sub(lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", errors="replace"), text)
    text = _RTF_UNICODE.sub(lambda m: chr(int(m.group(1)) % 0x10000), text)
    text = _RTF_PAR.sub("\n", text)
    text = _RTF_TAB.sub("\t", text)
    text = _RTF_CONTROL.sub("", text)
    return normalize_text(text)


_READERS = {
    "pdf": _read_pdf,
    "docx": _read_docx,
    "txt": _read_text,
    "html": _read_html,
    "calendar": _read_calendar,
    "image": _read_image,
}


# ---------------------------------------------------------------------------
# TNEF (winmail.dat)
# ---------------------------------------------------------------------------
#
# A small bounded reader instead of tnefparse: tnefparse trusts the counts in
# the file (a 30-byte winmail.dat claiming 4 billion MAPI properties makes it
# loop for hours) and copies the rest of the file for every object.  This reader
# walks the objects once, never loops more often than there are bytes, and
# reads only what the classifier needs: the body and the attachments.


@dataclass
class TnefContent:
    body: str = ""
    html: str = ""
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    error: str | None = None


_TNEF_SIGNATURE = 0x223E9F78
_ATT_BODY, _ATT_OEM_CODEPAGE, _ATT_MAPI_PROPS = 0x800C, 0x9007, 0x9003
_ATT_REND_DATA, _ATT_TITLE, _ATT_DATA, _ATT_ATTACHMENT = 0x9002, 0x8010, 0x800F, 0x9005
_PR_BODY, _PR_BODY_HTML, _PR_INTERNET_CPID = 0x1000, 0x1013, 0x3FDE
_PR_ATTACH_DATA, _PR_ATTACH_LONG_FILENAME, _PR_ATTACH_FILENAME = 0x3701, 0x3707, 0x3704
_FIXED_SIZES = {
    0x0002: 4,
    0x000B: 4,
    0x0003: 4,
    0x0004: 4,
    0x000A: 4,
    0x0005: 8,
    0x0006: 8,
    0x0007: 8,
    0x0014: 8,
    0x0040: 8,
    0x0048: 16,
    0x0001: 4,
}  # short/bool are padded to 4
_VARIABLE_TYPES = {0x001E, 0x001F, 0x0102, 0x000D, 0x0000}
_IMESSAGE_IID = b"\x07\x03\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46"
_MAX_TNEF_OBJECTS = 10_000
_MAX_MAPI_PROPERTIES = 10_000


def read_tnef(payload: bytes, limits: ParseLimits = DEFAULT_LIMITS) -> TnefContent:
    """Body text and attachments of a winmail.dat.  Never raises."""
    result = TnefContent()
    try:
        _walk_tnef(memoryview(payload), result, limits)
    except (struct.error, ValueError, IndexError):
        result.error = "skadet winmail.dat"
    result.attachments = [(str(name), bytes(data)) for name, data in result.attachments]
    return result


def _walk_tnef(data: memoryview, result: TnefContent, limits: ParseLimits) -> None:
    if len(data) < 6 or struct.unpack_from("<I", data, 0)[0] != _TNEF_SIGNATURE:
        result.error = "ikke en winmail.dat"
        return
    codepage = "cp1252"
    current: list | None = None  # [name, data] of the attachment being read
    offset = 6
    for _ in range(_MAX_TNEF_OBJECTS):
        if offset + 9 > len(data):
            return
        level, name, _type, length = struct.unpack_from("<BHHI", data, offset)
        value = data[offset + 9 : offset + 9 + length]
        offset += 9 + length + 2
        if level == 1 and name == _ATT_OEM_CODEPAGE and len(value) >= 4:
            codepage = _codepage(struct.unpack_from("<I", value, 0)[0], codepage)
        elif level == 1 and name == _ATT_BODY:
            result.body = bytes(value).rstrip(b"\0").decode(codepage, errors="replace")
        elif level == 1 and name == _ATT_MAPI_PROPS:
            props = _mapi_properties(value)
            codepage = _codepage(_int(props.get(_PR_INTERNET_CPID)), codepage)
            body = props.get(_PR_BODY)
            if body is not None and not result.body:
                result.body = _mapi_text(body, codepage)
            html = props.get(_PR_BODY_HTML)
            if html is not None:
                result.html = _mapi_text(html, codepage)
        elif level == 2 and name == _ATT_REND_DATA:
            current = ["", b""]
            result.attachments.append(current)  # type: ignore[arg-type]
        elif level == 2 and current is not None:
            if name == _ATT_TITLE:
                current[0] = current[0] or bytes(value).rstrip(b"\0").decode(codepage, errors="replace")
            elif name == _ATT_DATA:
                current[1] = bytes(value[: limits.max_attachment_bytes + 1])
            elif name == _ATT_ATTACHMENT:
                props = _mapi_properties(value)
                long_name = props.get(_PR_ATTACH_LONG_FILENAME) or props.get(_PR_ATTACH_FILENAME)
                if long_name is not None:
                    current[0] = _mapi_text(long_name, codepage)
                attached = props.get(_PR_ATTACH_DATA)
                if attached is not None and not current[1]:
                    attached = bytes(attached[: limits.max_attachment_bytes + 1])
                    # an embedded message (PtypObject) starts with the IMessage IID
                    current[1] = attached[16:] if attached.startswith(_IMESSAGE_IID) else attached
    result.error = "for mange objekter i winmail.dat"


def _codepage(number: int | None, default: str) -> str:
    if not number:
        return default
    name = (
        f"cp{number}"
        if number not in (65001, 28591, 20127)
        else {65001: "utf-8", 28591: "latin-1", 20127: "ascii"}[number]
    )
    try:
        codecs.lookup(name)
    except LookupError:
        return default
    return name


def _int(value: memoryview | None) -> int | None:
    return struct.unpack_from("<I", value, 0)[0] if value is not None and len(value) >= 4 else None


def _mapi_text(value: memoryview, codepage: str) -> str:
    raw = bytes(value)
    if len(raw) >= 2 and raw[1:2] == b"\0" and raw[0:1] != b"\0":  # looks like UTF-16LE
        return raw.decode("utf-16-le", errors="replace").rstrip("\0")
    return raw.rstrip(b"\0").decode(codepage, errors="replace")


def _mapi_properties(data: memoryview) -> dict[int, memoryview]:
    """The first value of each MAPI property in a TNEF property block (bounded walk)."""
    out: dict[int, memoryview] = {}
    if len(data) < 4:
        return out
    count = min(struct.unpack_from("<I", data, 0)[0], _MAX_MAPI_PROPERTIES, len(data) // 4)
    offset = 4
    for _ in range(count):
        if offset + 4 > len(data):
            break
        ptype, pid = struct.unpack_from("<HH", data, offset)
        offset += 4
        if pid >= 0x8000:  # named property: GUID, kind, then id or name
            kind = struct.unpack_from("<I", data, offset + 16)[0]
            offset += 20
            if kind == 0:
                offset += 4
            else:
                name_len = struct.unpack_from("<I", data, offset)[0]
                offset += 4 + name_len + (-name_len % 4)
        multi = bool(ptype & 0x1000)
        ptype &= ~0x1000
        values = 1
        if multi or ptype in _VARIABLE_TYPES:
            values = struct.unpack_from("<I", data, offset)[0]
            offset += 4
            if values > (len(data) - offset) // 4:  # every value takes 4 bytes or more
                break
        first: memoryview | None = None
        for _ in range(values):
            if ptype in _VARIABLE_TYPES:
                size = struct.unpack_from("<I", data, offset)[0]
                offset += 4
                value = data[offset : offset + size]
                offset += size + (-size % 4)
            elif ptype in _FIXED_SIZES:
                size = _FIXED_SIZES[ptype]
                value = data[offset : offset + size]
                offset += size
            else:
                return out  # unknown type: the rest cannot be read safely
            if first is None:
                first = value
            if offset > len(data):
                return out
        if first is not None:
            out.setdefault(pid, first)
    return out
