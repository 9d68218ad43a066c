"""Text helpers for mail bodies: byte decoding, HTML to text, reply/signature split.

Everything here is pure string work with regexes compiled once at import, so it
stays cheap enough to run on every mail.  Nothing here logs text.
"""

from __future__ import annotations

import codecs
import html as _html
import re

from charset_normalizer import from_bytes as _detect_charset
from selectolax.lexbor import LexborHTMLParser

from classifier.types import Address

# ---------------------------------------------------------------------------
# Bytes -> str
# ---------------------------------------------------------------------------

_SINGLE_BYTE_CHARSETS = {
    "iso8859-1",
    "cp1252",
    "iso8859-15",
    "ascii",
    "cp437",
    "cp850",
    "cp865",
    "iso8859-10",
}
_CJK_MULTIBYTE = {
    "big5",
    "big5hkscs",
    "cp932",
    "cp949",
    "cp950",
    "euc_jp",
    "euc_kr",
    "euc_jis_2004",
    "gb2312",
    "gb18030",
    "gbk",
    "hz",
    "johab",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "iso2022_jp",
    "iso2022_kr",
}
_WESTERN_GUESSES = {"cp1252", "iso8859_1", "iso8859_15", "latin_1", "cp850", "cp865", "mac_roman"}
_DETECT_SAMPLE = 64 * 1024  # charset detection only looks at the start


def _codec_name(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    if name in ("", "unknown", "unknown-8bit", "x-unknown", "default", "binary"):
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> tuple[str, str | None]:
    """Decode ``data`` that claims ``charset``; return ``(text, defect)``.

    Order: the declared charset (strictly) -> UTF-8 -> charset-normalizer's
    guess -> latin-1 with replacement.  A single-byte declaration over bytes
    that are valid multi-byte UTF-8 is treated as a lie (a common mailer bug).
    ``defect`` is a short code when the declaration could not be trusted.
    """
    if not data:
        return "", None
    codec = _codec_name(charset)
    defect: str | None = None
    if charset and codec is None:
        defect = "unknown_charset"
    if codec is not None:
        if codec in _SINGLE_BYTE_CHARSETS and _is_utf8_with_multibyte(data):
            return data.decode("utf-8"), "charset_mismatch"
        if codec == "ascii" and not data.isascii():
            codec = "cp1252"
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            defect = "charset_mismatch"
        except Exception:  # some codecs (utf-7 etc.) raise other errors on junk
            defect = "charset_mismatch"
    try:
        return data.decode("utf-8"), defect
    except UnicodeDecodeError:
        pass
    guess = _guess_charset(data)
    if guess:
        try:
            return data.decode(guess, errors="replace"), defect or "charset_guessed"
        except Exception:
            pass
    return data.decode("latin-1", errors="replace"), defect or "charset_guessed"


def _is_utf8_with_multibyte(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess_charset(data: bytes) -> str | None:
    """charset-normalizer's guess, leaning to cp1252 for (Norwegian) Western text.

    On short texts several single-byte charsets tie; a Norwegian mailbox mostly
    gets cp1252/latin-1, so a Western candidate as good as the best one wins.
    UTF-16/32 without a byte-order mark are not believed.
    """
    try:
        matches = list(_detect_charset(data[:_DETECT_SAMPLE]))
    except Exception:
        return None
    has_bom = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    matches = [m for m in matches if has_bom or not m.encoding.startswith(("utf_16", "utf_32"))]
    if _mostly_ascii(data):
        matches = [m for m in matches if m.encoding not in _CJK_MULTIBYTE]
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    for m in matches:
        if m.encoding in _WESTERN_GUESSES and m.chaos <= best + 0.05:
            return "cp1252"
    return min(matches, key=lambda m: m.chaos).encoding


def _mostly_ascii(data: bytes) -> bool:
    sample = data[:_DETECT_SAMPLE]
    high = sum(1 for b in sample if b > 0x7F)
    return high * 5 < len(sample)


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Unify line ends, drop control and zero-width characters, trim blank runs."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_CHARS.sub("", text).replace("\u00a0", " ")
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n ")


# ---------------------------------------------------------------------------
# HTML -> text
# ---------------------------------------------------------------------------

_DROP_TAGS = ["script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg"]
_BLOCK_TAGS = (
    "p,div,br,tr,li,ul,ol,h1,h2,h3,h4,h5,h6,table,blockquote,pre,hr,dt,dd,section,article,"
    "header,footer,address,center"
)
_CELL_TAGS = "td,th"
_LINE_MARK = "\ue000"
_CELL_MARK = "\ue001"
_HTML_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_MARK_SPACE = re.compile(r" ?([\ue000\ue001]) ?")
_LINE_RUN = re.compile("\ue000+")


_MAX_HTML_CHARS = 2_000_000
_MAX_DOM_TAGS = 5_000  # the HTML tree builder gets slow (quadratic) on deeply nested tags
_DATA_URI = re.compile(r"data:[^\s\"')>]{200,}")


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, one line per block element.

    Scripts, styles and other non-visible content are removed before the text
    is taken, so nothing from them (or from attributes like ``onload`` or
    ``javascript:`` links) reaches the text.  Tag-heavy documents (more tags
    than a real mail has, e.g. 100 000 nested ``<div>``) go through a linear
    regex stripper instead of the HTML tree builder.
    """
    if not html or not html.strip():
        return ""
    html = html.replace("\x00", "")
    if len(html) > _MAX_HTML_CHARS:
        html = _DATA_URI.sub("data:", html)[:_MAX_HTML_CHARS]
    if html.count("<") > _MAX_DOM_TAGS:
        return _marked_to_text(_strip_tags(html))
    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return ""
    root.strip_tags(_DROP_TAGS)
    for node in root.css(_BLOCK_TAGS):
        node.insert_after(_LINE_MARK)
        if node.tag != "br":
            node.insert_before(_LINE_MARK)
    for node in root.css(_CELL_TAGS):
        node.insert_after(_CELL_MARK)
    return _marked_to_text(root.text(deep=True, separator=""))


def _marked_to_text(text: str) -> str:
    text = _HTML_SPACE.sub(" ", text)
    text = _MARK_SPACE.sub(r"\1", text)
    text = text.replace(_CELL_MARK + _LINE_MARK, _LINE_MARK).replace(_CELL_MARK, "\t")
    text = _LINE_RUN.sub("\n", text)
    return normalize_text(text)


_RX_HIDDEN = re.compile(
    r"<(script|style|noscript|template|title|iframe|object|embed|svg)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_RX_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_RX_BLOCK = re.compile(
    r"</?(?:p|div|br|tr|li|ul|ol|h[1-6]|table|blockquote|pre|hr|dt|dd|section|article|header|footer|"
    r"address|center)\b[^>]*>",
    re.IGNORECASE,
)
_RX_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_RX_TAG = re.compile(r"<[^>]*>?")


def _strip_tags(html: str) -> str:
    """Linear-time fallback: hidden elements and tags removed, block ends marked."""
    html = _RX_COMMENT.sub("", html)
    html = _RX_HIDDEN.sub("", html)
    html = _RX_BLOCK.sub(_LINE_MARK, html)
    html = _RX_CELL_END.sub(_CELL_MARK, html)
    return _html.unescape(_RX_TAG.sub("", html))


# ---------------------------------------------------------------------------
# Reply / signature split
# ---------------------------------------------------------------------------

_SEPARATOR_QUOTE = re.compile(
    r"^[ \t>]*-{2,}[ \t]*(?:opprinnelig melding|opprinneleg melding|opphavleg melding|original message|"
    r"videresendt melding|videresendt e-post|vidaresend(?:t|d)? melding|vidaresendt e-post|"
    r"forwarded message|begin forwarded message|weitergeleitete nachricht|vidarebefordrat meddelande)"
    r"[ \t]*-*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_APPLE_FORWARD = re.compile(
    r"^[ \t]*(?:begin forwarded message|videresendt melding|start på videresendt melding):[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_OUTLOOK_HEADER_BLOCK = re.compile(
    r"^(?:_{8,}[ \t]*\n(?:[ \t]*\n)?)?[ \t]*\*?(?:fra|frå|from|von|från)\*?[ \t]*:[^\n]*\n"
    r"(?:[^\n]*\n){0,3}?[ \t]*\*?(?:sendt|sent|dato|date|gesendet|skickat)\*?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
# "Den tir. 15. sep. 2026 kl. 09:41 skrev Per <per@x.no>:", "On ... wrote:", Apple's
# "15. sep. 2026 kl. 09:41 skrev ...:".  A mail client's attribution always names a
# time or an address; "I vedtaket av 12.05.2026 skrev kommunen:" in a complaint does not.
_ATTRIBUTION = re.compile(
    r"^[^\n]{0,200}(?:\n[^\n]{0,200})?"
    r"\b(?:skrev|skreiv|wrote|schrieb|a écrit|skrev følgende|skreiv følgjande)[^\n:]{0,60}:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ATTRIBUTION_EVIDENCE = re.compile(r"@|\b\d{1,2}[:.]\d{2}\b(?![.\d])")
_QUOTE_PATTERNS = (_SEPARATOR_QUOTE, _APPLE_FORWARD, _OUTLOOK_HEADER_BLOCK)

_SIG_DASHES = re.compile(r"^-- ?$", re.MULTILINE)
_CLOSING = re.compile(
    r"^[ \t]*(?:med (?:vennlig|venleg|vennleg) (?:hilsen|helsing)|vennlig hilsen|vennleg helsing|venleg helsing|"
    r"vennlige hilsener|beste hilsen|beste helsing|med hilsen|hilsen|helsing|mvh|m\.v\.h|vh|"
    r"takk og mvh|takk og hilsen|best regards|kind regards|regards|best wishes|yours sincerely|sincerely|"
    r"cheers|thanks and regards|med venlig hilsen|mvh\.)\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
_DEVICE_LINE = re.compile(
    r"^[ \t]*(?:sendt|sent|skickat|hent|get)\s+(?:fra|frå|from|med|via|från)\s[^\n]{0,60}$"
    r"|^[ \t]*(?:sendt fra|sent from|get outlook for)[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>")
_MAX_SIGNATURE_CHARS = 600
_MAX_SIGNATURE_LINES = 12


def split_reply(text: str) -> tuple[str, str, str]:
    """Split a plain-text body into ``(body, quoted, signature)``.

    ``quoted`` starts at the first reply/forward marker (Outlook header block,
    "-----Opprinnelig melding-----", "Den ... skrev:", "Videresendt melding",
    ...); ``>``-quoted lines without such a marker are moved to ``quoted`` too,
    so inline answers stay in the body.  ``signature`` is the closing
    ("Med vennlig hilsen", "Mvh", "-- ", "Sendt fra min iPhone") and what
    follows it, when that is short.
    """
    text = normalize_text(text)
    if not text:
        return "", "", ""
    start = _quote_start(text)
    if start is not None:
        body, quoted = text[:start], text[start:]
    else:
        body, quoted = _split_angle_quotes(text)
    body, signature = _split_signature(body.strip("\n "))
    return body.strip("\n "), quoted.strip("\n "), signature.strip("\n ")


def _quote_start(text: str) -> int | None:
    starts = [m.start() for p in _QUOTE_PATTERNS if (m := p.search(text)) is not None]
    if "skr" in text or "wrote" in text or "schrieb" in text or "écrit" in text:
        for m in _ATTRIBUTION.finditer(text):
            if _ATTRIBUTION_EVIDENCE.search(m.group(0)):
                starts.append(m.start())
                break
    return min(starts) if starts else None


def _split_angle_quotes(text: str) -> tuple[str, str]:
    if ">" not in text:
        return text, ""
    own: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        (quoted if _QUOTED_LINE.match(line) else own).append(line)
    return "\n".join(own), "\n".join(quoted)


def _split_signature(body: str) -> tuple[str, str]:
    if not body:
        return "", ""
    cut = None
    m = _SIG_DASHES.search(body)
    if m is not None:
        cut = m.start()
    for m in _DEVICE_LINE.finditer(body):
        if _short_tail(body, m.start()):
            cut = m.start() if cut is None else min(cut, m.start())
            break
    closings = [m.start() for m in _CLOSING.finditer(body)]
    for pos in reversed(closings):
        if _short_tail(body, pos):
            cut = pos if cut is None else min(cut, pos)
        else:
            break
    if cut is None:
        return body, ""
    return body[:cut], body[cut:]


def _short_tail(text: str, pos: int) -> bool:
    tail = text[pos:]
    return len(tail) <= _MAX_SIGNATURE_CHARS and tail.count("\n") < _MAX_SIGNATURE_LINES


# ---------------------------------------------------------------------------
# Inline forwards
# ---------------------------------------------------------------------------

_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:fwd?|fw|vs|vb|wg|tr|vl)\s*:\s*)", re.IGNORECASE)
_FORWARD_MARKER = re.compile(
    r"videresend|vidaresend|forwarded message|begin forwarded|weitergeleitet|vidarebefordrat",
    re.IGNORECASE,
)
_FROM_LINE = re.compile(
    r"^[ \t>]*\*?(?:fra|frå|from|von|från)\*?[ \t]*:[ \t]*(.+)$", re.IGNORECASE | re.MULTILINE
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_NAME_JUNK = re.compile(r"[<\[(].*$|mailto:\S*|[\"']")
_MAX_FORWARD_NOTE = 600


def is_forward_subject(subject: str) -> bool:
    """True for "Fwd:", "VS:", "WG:", ... subjects."""
    return bool(_FORWARD_SUBJECT.match(subject or ""))


def find_forwarded_from(body: str, quoted: str, subject: str = "") -> Address | None:
    """The original sender of an inline forward, or None.

    Only when the mail really is a forward (a forward marker opens ``quoted``
    or the subject says Fwd/VS/WG) and the forwarder's own note is short.
    """
    if not quoted or len(body.strip()) > _MAX_FORWARD_NOTE:
        return None
    head = quoted[:400]
    if not (_FORWARD_MARKER.search(head) or _FORWARD_SUBJECT.match(subject or "")):
        return None
    m = _FROM_LINE.search(quoted[:1500])
    if m is None:
        return None
    return parse_from_value(m.group(1))


def parse_from_value(value: str) -> Address | None:
    """``Name <e@x.no>``, ``Name [mailto:e@x.no]``, ``"Name" e@x.no`` or ``e@x.no``."""
    value = value.strip()
    em = _EMAIL.search(value)
    email = em.group(0).lower() if em else ""
    name = value
    if em is not None and value.startswith(em.group(0)):
        name = ""
    name = _NAME_JUNK.sub("", name).strip(" ,;:\t")
    if email and name.lower() == email:
        name = ""
    if not email and not name:
        return None
    return Address(name=name[:200], email=email)
