"""A deterministic corpus of hostile and broken mail, built offline.

``build_hostile_corpus(dir)`` writes every case as ``NNN-name.eml`` (raw bytes
as they could arrive; the Outlook cases are OLE .msg files under that name) and
returns the paths.  ``CASES`` lists ``(name, build)``
pairs so a test can build one case at a time.  All content is invented.
The parser is expected to turn each case into a ``ParsedMail`` or to refuse it
with ``MailParseError`` -- nothing else.

Bombs are real: the zip bombs expand to GBs when decompressed (the parser must
never do that), the large attachment is 25 MB, the oversized mail 41 MB.
"""

from __future__ import annotations

import base64
import functools
import io
import random
import secrets
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

SCRIPT_MARKER = "HOSTILESCRIPTMARKER"  # appears only inside <script>/<style> content

MB = 1024 * 1024
_CRLF = "\r\n"


# ---------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------


def _headers(subject: str = "Test", extra: str = "") -> str:
    return (
        "From: Kari Testesen <kari.testesen@example.no>\r\n"
        "To: Postmottak <postmottak@fjordvik.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 14 Sep 2026 10:00:00 +0200\r\n"
        "Message-ID: <hostile@example.no>\r\n"
        "MIME-Version: 1.0\r\n" + extra
    )


def _simple(body: str, subject: str = "Test", ctype: str = 'text/plain; charset="utf-8"') -> bytes:
    return (_headers(subject) + f"Content-Type: {ctype}\r\n\r\n" + body).encode("utf-8")


def _multipart(
    parts: list[tuple[str, bytes]],
    subject: str = "Test",
    subtype: str = "mixed",
    boundary: str = "BOUNDARY42",
) -> bytes:
    """``parts``: (header block, raw body) pairs."""
    out = [
        (
            _headers(subject) + f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'
            "This is a multi-part message in MIME format.\r\n"
        ).encode()
    ]
    for head, body in parts:
        out.append(f"--{boundary}\r\n{head}\r\n".encode() + body + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def _b64_part(ctype: str, filename: str, data: bytes) -> tuple[str, bytes]:
    head = (
        f'Content-Type: {ctype}; name="{filename}"\r\n'
        f'Content-Disposition: attachment; filename="{filename}"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
    )
    return head, base64.encodebytes(data).replace(b"\n", b"\r\n")


def _text_part(text: str, charset: str = "utf-8", ctype: str = "text/plain") -> tuple[str, bytes]:
    return f'Content-Type: {ctype}; charset="{charset}"\r\nContent-Transfer-Encoding: 8bit\r\n', text.encode(
        charset
    )


def make_pdf(pages: list[str], *, claimed_count: int | None = None) -> bytes:
    """A minimal valid PDF with one line of text per page (Helvetica)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    first_page = 4
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    count = claimed_count if claimed_count is not None else n_pages
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, text in enumerate(pages):
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode("latin-1", errors="replace")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {first_page + 2 * i + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf(["Hemmelig innhold i kryptert PDF"]))).pages:
        writer.add_page(page)
    rng = random.Random(9)
    real_token_bytes = secrets.token_bytes
    secrets.token_bytes = lambda n=32: rng.randbytes(n)  # pypdf draws IDs and keys from here
    try:
        writer.encrypt(user_password="hemmelig", owner_password="eier", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
    finally:
        secrets.token_bytes = real_token_bytes
    return out.getvalue()


def _zip_bytes(members: dict[str, bytes], level: int = 9) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, data in members.items():
            zf.writestr(
                zipfile.ZipInfo(name, date_time=(2026, 9, 14, 10, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
                compresslevel=level,
            )
    return out.getvalue()


def _docx(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return _zip_bytes({"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": document.encode()})


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


@functools.lru_cache(maxsize=8)
def _crc_of_zero_mbs(size_mb: int) -> int:
    chunk = bytes(MB)
    crc = 0
    for _ in range(size_mb):
        crc = zlib.crc32(chunk, crc)
    return crc


def make_zero_bomb_zip(members: dict[str, int], prefix: dict[str, bytes] | None = None) -> bytes:
    """A valid zip whose members are ``size_mb`` MB of zeros each, deflated.

    Deflating GBs would take seconds, so one MB of zeros is deflated with a full
    flush (which makes every further MB compress to the same bytes) and the
    segment is repeated; CRCs are computed for real.
    """
    chunk = bytes(MB)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    comp.compress(chunk)
    comp.flush(zlib.Z_FULL_FLUSH)
    segment = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    out = io.BytesIO()
    central = []
    entries: list[tuple[str, bytes, int, int, int]] = []  # name, data, crc, raw size, method
    for name, data in (prefix or {}).items():
        entries.append((name, data, zlib.crc32(data), len(data), 0))
    for name, size_mb in members.items():
        # every MB after a full flush compresses to the same bytes, the first one too
        data = segment * size_mb + tail
        entries.append((name, data, _crc_of_zero_mbs(size_mb), size_mb * MB, 8))
    for name, data, crc, raw_size, method in entries:
        offset = out.tell()
        encoded = name.encode()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(data), raw_size, len(encoded), 0
            )
            + encoded
        )
        out.write(data)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                method,
                0,
                0,
                crc,
                len(data),
                raw_size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    for entry in central:
        out.write(entry)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


def _tnef_attr(level: int, name: int, type_: int, data: bytes) -> bytes:
    return struct.pack("<BHHI", level, name, type_, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _mapi_unicode(pid: int, text: str) -> bytes:
    value = text.encode("utf-16-le") + b"\0\0"
    return struct.pack("<HHII", 0x001F, pid, 1, len(value)) + value + bytes(-len(value) % 4)


def make_tnef(body: str, attachments: dict[str, bytes], *, mapi: bool = False) -> bytes:
    """A small winmail.dat: TNEF version, codepage, body and attachments.

    With ``mapi=True`` the body and the long file names travel as MAPI
    properties (as Outlook writes them) instead of the legacy attributes.
    """
    out = struct.pack("<IH", 0x223E9F78, 0x0101)
    out += _tnef_attr(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))
    out += _tnef_attr(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))
    if mapi:
        props = struct.pack("<HHI", 0x0003, 0x3FDE, 65001) + _mapi_unicode(0x1000, body)
        out += _tnef_attr(1, 0x9003, 0x0006, struct.pack("<I", 2) + props)
    else:
        out += _tnef_attr(1, 0x800C, 0x0002, body.encode("cp1252") + b"\x00")
    for name, data in attachments.items():
        out += _tnef_attr(2, 0x9002, 0x0006, bytes(14))
        out += _tnef_attr(
            2, 0x8010, 0x0001, (name[:8] if mapi else name).encode("cp1252", errors="replace") + b"\x00"
        )
        out += _tnef_attr(2, 0x800F, 0x0006, data)
        if mapi:
            out += _tnef_attr(2, 0x9005, 0x0006, struct.pack("<I", 1) + _mapi_unicode(0x3707, name))
    return out


def make_tnef_count_bomb() -> bytes:
    """30 bytes that claim 4 billion MAPI properties (tnefparse loops on this for hours)."""
    props = struct.pack("<I", 0xFFFFFFFF) + struct.pack("<HH", 0x1002, 0x0001) + struct.pack("<I", 0xFFFFFFFF)
    return struct.pack("<IH", 0x223E9F78, 0x0101) + _tnef_attr(1, 0x9003, 0x0006, props)


def make_msg(*, with_attachment: bool = True) -> bytes:
    """A small Outlook .msg (OLE compound file) written with extract-msg's OleWriter."""
    from extract_msg import OleWriter

    def props(entries: list[tuple[int, bytes]], header: bytes) -> bytes:
        return header + b"".join(struct.pack("<II", tag, 6) + value for tag, value in entries)

    writer = OleWriter()
    strings = {
        0x001A: "IPM.Note",
        0x0037: "Søknad om byggeløyve (Outlook)",
        0x1000: "Hei,\r\n\r\nSøknaden ligg ved.\r\n\r\nHelsing\r\nOla Testmann\r\n",
        0x0C1A: "Ola Testmann",
        0x0C1F: "ola.testmann@example.no",
        0x5D01: "ola.testmann@example.no",
        0x0E04: "Postmottak",
        0x1035: "<msgtest@example.no>",
    }
    entries = []
    for pid, text in strings.items():
        data = text.encode("utf-16-le")
        writer.addEntry(f"__substg1.0_{pid:04X}001F", data)
        entries.append(((pid << 16) | 0x001F, struct.pack("<II", len(data) + 2, 0)))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    count = 1 if with_attachment else 0
    writer.addEntry(
        "__properties_version1.0",
        props(entries, struct.pack("<8sIIII8s", bytes(8), 0, count, 0, count, bytes(8))),
    )
    if with_attachment:
        folder = "__attach_version1.0_#00000000"
        name = "notat.txt".encode("utf-16-le")
        data = b"Vedlagt notat om saka."
        writer.addEntry(folder, storage=True)
        writer.addEntry(folder + "/__substg1.0_3707001F", name)
        writer.addEntry(folder + "/__substg1.0_3704001F", name)
        writer.addEntry(folder + "/__substg1.0_37010102", data)
        writer.addEntry(
            folder + "/__properties_version1.0",
            props(
                [
                    (0x37050003, struct.pack("<II", 1, 0)),
                    (0x3707001F, struct.pack("<II", len(name) + 2, 0)),
                    (0x37010102, struct.pack("<II", len(data), 0)),
                ],
                bytes(8),
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

_BASE_BODY = (
    "Hei,\r\n\r\nVedlagt er søknad om ferdigattest for gnr. 12 bnr. 34 i sak 2025/123.\r\n\r\n"
    "Med vennlig hilsen\r\nKari Testesen\r\n"
)


def _base_multipart() -> bytes:
    return _multipart(
        [
            _text_part(_BASE_BODY),
            _b64_part("application/pdf", "søknad.pdf", make_pdf(["Soknad om ferdigattest", "Side to"])),
            _b64_part(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "notat.docx",
                _docx(["Notat om saken", "Andre avsnitt"]),
            ),
        ]
    )


def _base_alternative() -> bytes:
    html = (
        f"<html><head><script>var x='{SCRIPT_MARKER}';</script></head><body><p>Hei</p>"
        "<p>Dette er HTML-delen.</p></body></html>"
    )
    return _multipart(
        [_text_part("Hei\r\n\r\nDette er tekstdelen.\r\n"), _text_part(html, ctype="text/html")],
        subtype="alternative",
        boundary="ALT77",
    )


def _base_forward() -> bytes:
    inner = _simple("Hei kommunen,\r\n\r\nJeg klager på vedtaket.\r\n\r\nHilsen Per\r\n", "Klage")
    inner = inner.replace(b"kari.testesen@example.no", b"per.privat@example.com")
    return _multipart(
        [
            _text_part("Videresender.\r\n"),
            (
                'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="klage.eml"\r\n',
                inner,
            ),
        ],
        subject="VS: Klage",
    )


def _truncations() -> list[tuple[str, Callable[[], bytes]]]:
    cases = []
    for base_name, base in (
        ("multipart", _base_multipart),
        ("alternative", _base_alternative),
        ("forward", _base_forward),
    ):
        data = base()
        step = max(1, len(data) // 45)
        for i, cut in enumerate(range(1, len(data), step)):
            cases.append((f"truncated-{base_name}-{i:02d}", (lambda d=data, c=cut: d[:c])))
    return cases


def _script_cases() -> list[tuple[str, Callable[[], bytes]]]:
    m = SCRIPT_MARKER
    htmls = {
        "script-head": f"<html><head><script>alert('{m}')</script></head><body>Hei</body></html>",
        "script-body": f"<html><body onload=\"steal('{m}')\"><p>Hei</p><script>document.write('{m}')</script></body></html>",
        "script-upper": f"<HTML><BODY><SCRIPT type='text/javascript'>var a='{m}';</SCRIPT><P>Tekst</P></BODY></HTML>",
        "script-unclosed": f"<html><body><p>Start</p><script>var never_closed = '{m}';",
        "javascript-link": f"<a href=\"javascript:alert('{m}')\">Klikk her</a><img src=x onerror=\"x('{m}')\">",
        "style-block": f"<style>body {{ background: url('{m}') }}</style><p>Synlig</p>",
        "svg-script": f"<svg><script>alert('{m}')</script></svg><p>Etter</p>",
        "noscript": f"<body><p>Synlig</p><noscript>{m}</noscript></body>",
        "iframe": f'<iframe srcdoc="<script>{m}</script>"></iframe><p>Ramme</p>',
        "comment": f"<!-- {m} --><p>Kommentar</p>",
        "nul-in-html": f"<p>Hei\x00</p><scr\x00ipt>{m}</script><script>{m}</script>",
    }
    htmls["nested-div-200k"] = "<div>" * 200_000 + f"Bunnen<script>{m}</script>"
    htmls["paragraphs-600k"] = "<p>x</p>" * 600_000 + f"<script>{m}</script>"
    htmls["unclosed-comment-script"] = "<p>Synlig</p><!-- <script>" + "a" * 1000 + f"<script>{m}"
    cases: list[tuple[str, Callable[[], bytes]]] = []
    for name, html in htmls.items():
        cases.append((f"html-only-{name}", (lambda h=html: _simple(h, "HTML", 'text/html; charset="utf-8"'))))
        cases.append(
            (
                f"html-attachment-{name}",
                (
                    lambda h=html: _multipart(
                        [_text_part("Se vedlegg\r\n"), _b64_part("text/html", "side.html", h.encode())]
                    )
                ),
            )
        )
    return cases


def _charset_cases() -> list[tuple[str, Callable[[], bytes]]]:
    text = "Søknad om løyve for båtnaust på Ærøy – «viktig»"
    specs = [
        ("utf8-declared-latin1-bytes", "utf-8", text.encode("latin-1", errors="replace")),
        ("latin1-declared-utf8-bytes", "iso-8859-1", text.encode("utf-8")),
        ("unknown-charset", "x-klingon-42", text.encode("cp1252", errors="replace")),
        ("empty-charset", "", text.encode("utf-8")),
        ("utf7-junk", "utf-7", b"+AOU-+ZZZ-\xff\xfe+"),
        ("utf16-declared-ascii", "utf-16", b"plain ascii text that is not utf-16 at all!"),
        ("ascii-declared-8bit", "us-ascii", text.encode("utf-8")),
        ("charset-with-quotes-junk", '"utf-8\\"', text.encode("utf-8")),
        ("shift-jis-declared-norwegian", "shift_jis", text.encode("cp1252", errors="replace")),
    ]
    cases = []
    for name, charset, body in specs:
        cases.append(
            (
                name,
                (
                    lambda c=charset, b=body: (
                        (
                            _headers("Tegnsett") + f'Content-Type: text/plain; charset="{c}"\r\n'
                            "Content-Transfer-Encoding: 8bit\r\n\r\n"
                        ).encode()
                        + b
                    )
                ),
            )
        )
    cases.append(("encoded-word-unknown-charset", lambda: _simple("x", "=?x-unknown?q?S=F8knad?= om noe")))
    cases.append(("encoded-word-bad-base64", lambda: _simple("x", "=?utf-8?b?!!!not base64***?= tail")))
    cases.append(("encoded-word-unterminated", lambda: _simple("x", "=?utf-8?q?S=C3=B8knad_om")))
    cases.append(
        (
            "encoded-word-in-address",
            lambda: (
                b"From: =?utf-8?q?=C3=98yvind_=22Test=22?= <=?utf-8?q?oyvind?=@example.no>\r\nSubject: a\r\n\r\nb\r\n"
            ),
        )
    )
    cases.append(
        (
            "8bit-raw-headers",
            lambda: (
                "From: Ærlig Åse <aase@example.no>\r\nTo: Ødegård <post@fjordvik.example>\r\nSubject: Søknad om båtplass\r\n"
                "\r\nHei\r\n"
            ).encode(),
        )
    )
    cases.append(
        (
            "8bit-raw-headers-latin1",
            lambda: (
                "From: Ærlig Åse <aase@example.no>\r\nSubject: Søknad om båtplass\r\n\r\nHei\r\n"
            ).encode("latin-1"),
        )
    )
    return cases


def _structure_cases() -> list[tuple[str, Callable[[], bytes]]]:
    def nested(depth: int) -> bytes:
        msg = _simple("Innerst inne.\r\n", "Innerst")
        for level in range(depth):
            msg = _multipart(
                [_text_part(f"Nivå {level}\r\n"), ("Content-Type: message/rfc822\r\n", msg)],
                subject=f"Fwd nivå {level}",
                boundary=f"NEST{level}",
            )
        return msg

    def multipart_nesting(depth: int) -> bytes:
        head = _headers("Dyp") + 'Content-Type: multipart/mixed; boundary="B0"\r\n\r\n'
        body = ""
        for i in range(1, depth):
            body += f'--B{i - 1}\r\nContent-Type: multipart/mixed; boundary="B{i}"\r\n\r\n'
        body += f"--B{depth - 1}\r\nContent-Type: text/plain\r\n\r\nBunnen\r\n"
        for i in reversed(range(depth)):
            body += f"--B{i}--\r\n"
        return (head + body).encode()

    def many_parts(n: int) -> bytes:
        return _multipart(
            [("Content-Type: text/plain\r\n", b"del %d" % i) for i in range(n)], boundary="MANY"
        )

    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("empty", lambda: b""),
        ("whitespace-only", lambda: b" \r\n\r\n\t \n"),
        ("headers-only", lambda: _headers("Bare hoder").encode()),
        ("headers-only-no-newline", lambda: b"Subject: ingen linjeskift"),
        ("from-only", lambda: b"From: a@example.no\r\n\r\n"),
        ("body-without-headers", lambda: b"Bare litt tekst uten noen hoder.\r\nLinje to.\r\n"),
        ("binary-garbage", lambda: random.Random(1).randbytes(4096)),
        ("binary-garbage-large", lambda: random.Random(2).randbytes(300_000)),
        ("binary-with-header-prefix", lambda: b"Subject: x\r\n\r\n" + random.Random(3).randbytes(5000)),
        (
            "nul-bytes-everywhere",
            lambda: _simple("Hei\x00 verden\x00\r\n", "Nul\x00l").replace(b"\r\n", b"\r\n\x00"),
        ),
        ("nul-in-headers", lambda: b"From: a\x00@example.no\r\nSub\x00ject: x\r\n\r\nbody"),
        ("bare-cr", lambda: _simple("Linje en\rLinje to\r").replace(b"\r\n", b"\r")),
        ("bare-lf", lambda: _simple("Linje en\nLinje to\n").replace(b"\r\n", b"\n")),
        (
            "mixed-line-endings",
            lambda: b"From: a@example.no\rSubject: blandet\nTo: b@example.no\r\n\n\rTekst\r\r\n",
        ),
        ("leading-blank-lines", lambda: b"\r\n\r\n" + _simple("Hei")),
        ("mbox-from-line", lambda: b"From MAILER-DAEMON Mon Sep 14 10:00:00 2026\n" + _simple("Hei")),
        ("huge-header-line", lambda: _simple("x", "A" * 2_000_000)),
        (
            "many-headers",
            lambda: (
                _headers("Mange") + "".join(f"X-H{i}: v\r\n" for i in range(60_000)) + "\r\nTekst"
            ).encode(),
        ),
        (
            "huge-to-list",
            lambda: (
                _headers("Mange mottakere").replace(
                    "To: Postmottak <postmottak@fjordvik.example>",
                    "To: " + ", ".join(f"m{i}@example.no" for i in range(40_000)),
                )
                + "\r\nTekst"
            ).encode(),
        ),
        ("garbage-from", lambda: b'From: <<<@@@>>> ,,, "\r\nTo: ;;;\r\nSubject: x\r\n\r\ny'),
        (
            "garbage-date",
            lambda: _simple("x").replace(b"Mon, 14 Sep 2026 10:00:00 +0200", b"32 Foo 99999 99:99"),
        ),
        ("date-far-future", lambda: _simple("x").replace(b"2026 10:00:00", b"9999 10:00:00")),
        ("garbage-content-type", lambda: (_headers() + "Content-Type: ;;;/// ===\r\n\r\nTekst").encode()),
        (
            "multipart-no-boundary",
            lambda: (_headers() + "Content-Type: multipart/mixed\r\n\r\nTekst uten grense").encode(),
        ),
        (
            "multipart-boundary-never-used",
            lambda: (
                _headers() + 'Content-Type: multipart/mixed; boundary="X"\r\n\r\nTekst uten deler\r\n'
            ).encode(),
        ),
        ("multipart-no-close", lambda: _base_multipart().rsplit(b"--BOUNDARY42--", 1)[0]),
        ("multipart-empty-parts", lambda: _multipart([("", b""), ("Content-Type: text/plain\r\n", b"")])),
        ("nested-rfc822-30", lambda: nested(30)),
        ("nested-rfc822-3", lambda: nested(3)),
        ("multipart-nesting-200", lambda: multipart_nesting(200)),
        ("multipart-nesting-3000", lambda: multipart_nesting(3000)),
        (
            "rfc822-chain-2000",
            lambda: (
                b"".join(
                    b"From: ledd%d@example.no\r\nContent-Type: message/rfc822\r\n\r\n" % i
                    for i in range(2000)
                )
                + b"From: a@example.no\r\nSubject: innerst\r\n\r\nInnerst\r\n"
            ),
        ),
        ("many-parts-10000", lambda: many_parts(10_000)),
        (
            "rfc822-garbage",
            lambda: _multipart([("Content-Type: message/rfc822\r\n", random.Random(4).randbytes(2000))]),
        ),
        ("rfc822-empty", lambda: _multipart([("Content-Type: message/rfc822\r\n", b"")])),
        (
            "report-with-original",
            lambda: _multipart(
                [
                    _text_part("Meldingen kunne ikke leveres.\r\n"),
                    (
                        "Content-Type: message/delivery-status\r\n",
                        (
                            b"Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; x@example.no\r\n"
                            b"Status: 5.1.1\r\n"
                        ),
                    ),
                    ("Content-Type: message/rfc822\r\n", _simple("Original")),
                ],
                subtype="report",
            ),
        ),
        (
            "filename-path-traversal",
            lambda: _multipart([_b64_part("application/pdf", "../../etc/passwd\x00.pdf", make_pdf(["x"]))]),
        ),
        (
            "filename-encoded-garbage",
            lambda: _multipart([_b64_part("application/octet-stream", "=?utf-8?b?@@@?=", b"data")]),
        ),
        (
            "utf16-body",
            lambda: (
                (
                    _headers() + 'Content-Type: text/plain; charset="utf-16"\r\n'
                    "Content-Transfer-Encoding: base64\r\n\r\n"
                ).encode()
                + base64.encodebytes("Hei fra UTF-16 – æøå".encode("utf-16"))
            ),
        ),
    ]
    return cases


def _encoding_cases() -> list[tuple[str, Callable[[], bytes]]]:
    pdf = make_pdf(["Gyldig PDF"])
    good = base64.encodebytes(pdf)
    return [
        (
            "base64-garbage-chars",
            lambda: _multipart(
                [
                    (
                        'Content-Type: application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n',
                        good[:200] + b"!!##$$%%\x00\xff" + good[200:],
                    )
                ]
            ),
        ),
        (
            "base64-bad-padding",
            lambda: _multipart(
                [
                    (
                        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n",
                        b"SGVpIGZyYSBrb21tdW5lbg",
                    )
                ]
            ),
        ),
        (
            "base64-single-char",
            lambda: _multipart(
                [("Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n", b"A")]
            ),
        ),
        (
            "base64-declared-plain-text",
            lambda: _multipart(
                [
                    (
                        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n",
                        "Dette er vanlig tekst, ikke base64. Søknad om løyve!".encode(),
                    )
                ]
            ),
        ),
        (
            "base64-missing-cte",
            lambda: _multipart([('Content-Type: application/pdf; name="uten-cte.pdf"\r\n', good)]),
        ),
        (
            "qp-broken",
            lambda: _multipart(
                [
                    (
                        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                        b"S=C3=B8knad =ZZ =\r\nfortsatt =C3 =",
                    )
                ]
            ),
        ),
        (
            "unknown-cte",
            lambda: _multipart(
                [
                    (
                        "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-bogus-42\r\n",
                        b"Tekst med rar koding",
                    )
                ]
            ),
        ),
        (
            "uuencode-junk",
            lambda: _multipart(
                [
                    (
                        "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: x-uuencode\r\n",
                        b"begin 644 x\r\n!!!!garbage\r\nend\r\n",
                    )
                ]
            ),
        ),
        (
            "8bit-binary-attachment",
            lambda: _multipart(
                [
                    (
                        'Content-Type: application/pdf; name="bin.pdf"\r\nContent-Transfer-Encoding: binary\r\n',
                        pdf,
                    )
                ]
            ),
        ),
    ]


def _attachment_cases() -> list[tuple[str, Callable[[], bytes]]]:
    def with_attachment(ctype: str, filename: str, data: bytes, body: str = "Se vedlegg.\r\n") -> bytes:
        return _multipart([_text_part(body), _b64_part(ctype, filename, data)])

    pdf_ct = "application/pdf"
    docx_ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10)
    )
    billion_laughs = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("attachment-25mb", lambda: with_attachment("application/octet-stream", "stor.bin", bytes(25 * MB))),
        ("attachment-25mb-pdf", lambda: with_attachment(pdf_ct, "stor.pdf", b"%PDF-1.4\n" + bytes(25 * MB))),
        ("message-41mb", lambda: _simple("A" * (41 * MB))),
        (
            "zip-bomb-zipfile",
            lambda: with_attachment(
                "application/zip", "bombe.zip", _zip_bytes({"zeros.bin": bytes(32 * MB)})
            ),
        ),
        (
            "zip-bomb-2gb",
            lambda: with_attachment(
                "application/zip", "stor-bombe.zip", make_zero_bomb_zip({"a.bin": 1024, "b.bin": 1024})
            ),
        ),
        (
            "docx-bomb-2gb",
            lambda: with_attachment(
                docx_ct,
                "bombe.docx",
                make_zero_bomb_zip(
                    {"word/document.xml": 1024, "word/styles.xml": 1024},
                    prefix={"[Content_Types].xml": _CONTENT_TYPES},
                ),
            ),
        ),
        (
            "docx-bomb-ratio",
            lambda: with_attachment(
                docx_ct,
                "ratio.docx",
                make_zero_bomb_zip({"word/document.xml": 19}, prefix={"[Content_Types].xml": _CONTENT_TYPES}),
            ),
        ),
        (
            "docx-bomb-zipfile",
            lambda: with_attachment(
                docx_ct,
                "bombe2.docx",
                _zip_bytes(
                    {
                        "[Content_Types].xml": _CONTENT_TYPES,
                        "word/document.xml": b'<w:document xmlns:w="x"><w:body>'
                        + b"<w:p/>" * (3 * MB)
                        + b"</w:body></w:document>",
                    }
                ),
            ),
        ),
        (
            "docx-billion-laughs",
            lambda: with_attachment(
                docx_ct,
                "latter.docx",
                _zip_bytes(
                    {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": billion_laughs.encode()}
                ),
            ),
        ),
        (
            "docx-many-members",
            lambda: with_attachment(
                docx_ct, "mange.docx", _zip_bytes({f"word/media/{i}.bin": b"" for i in range(5000)}, level=1)
            ),
        ),
        ("docx-no-document", lambda: with_attachment(docx_ct, "tom.docx", _zip_bytes({"a.txt": b"a"}))),
        (
            "docx-not-zip",
            lambda: with_attachment(docx_ct, "falsk.docx", b"PK\x03\x04" + random.Random(5).randbytes(3000)),
        ),
        (
            "docx-long-text",
            lambda: with_attachment(docx_ct, "lang.docx", _docx(["Avsnitt med tekst. " * 50] * 2000)),
        ),
        (
            "pdf-malformed",
            lambda: with_attachment(
                pdf_ct,
                "skadet.pdf",
                b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + random.Random(6).randbytes(2000),
            ),
        ),
        ("pdf-truncated", lambda: with_attachment(pdf_ct, "avkortet.pdf", make_pdf(["Avkortet"] * 3)[:300])),
        ("pdf-empty", lambda: with_attachment(pdf_ct, "tom.pdf", b"")),
        ("pdf-encrypted", lambda: with_attachment(pdf_ct, "kryptert.pdf", make_encrypted_pdf())),
        (
            "pdf-claims-100000-pages",
            lambda: with_attachment(
                pdf_ct, "mange-sider.pdf", make_pdf(["Bare en side"], claimed_count=100_000)
            ),
        ),
        (
            "pdf-400-pages",
            lambda: with_attachment(pdf_ct, "tykk.pdf", make_pdf([f"Side {i}" for i in range(400)])),
        ),
        ("pdf-no-text", lambda: with_attachment(pdf_ct, "skannet.pdf", make_pdf([""] * 3))),
        (
            "image-large-only",
            lambda: with_attachment(
                "image/jpeg", "foto.jpg", b"\xff\xd8\xff\xe0" + random.Random(7).randbytes(300_000), ""
            ),
        ),
        (
            "image-garbage-png",
            lambda: with_attachment("image/png", "logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50),
        ),
        (
            "rtf-junk",
            lambda: with_attachment(
                "application/rtf",
                "brev.rtf",
                b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 S\\'f8knad \\u-3?{{{{\\par}",
            ),
        ),
        (
            "ics-junk",
            lambda: with_attachment(
                "text/calendar", "mote.ics", b'BEGIN:VCALENDAR\r\nSUMMARY;X="a:b":M\xf8te\r\n \\n\\,\r\nEND'
            ),
        ),
        (
            "txt-attachment-huge",
            lambda: with_attachment("text/plain", "logg.txt", b"linje med tekst\n" * 400_000),
        ),
        (
            "winmail-dat",
            lambda: with_attachment(
                "application/ms-tnef",
                "winmail.dat",
                make_tnef(
                    "Hei, dette er brødteksten fra Outlook.", {"vedlegg.pdf": make_pdf(["PDF inne i TNEF"])}
                ),
            ),
        ),
        (
            "winmail-dat-mapi",
            lambda: with_attachment(
                "application/ms-tnef",
                "winmail.dat",
                make_tnef(
                    "Brødtekst som MAPI-egenskap – ÆØÅ.", {"langt filnavn.pdf": make_pdf(["MAPI"])}, mapi=True
                ),
            ),
        ),
        (
            "winmail-dat-count-bomb",
            lambda: with_attachment("application/ms-tnef", "winmail.dat", make_tnef_count_bomb()),
        ),
        (
            "winmail-dat-many-objects",
            lambda: with_attachment(
                "application/ms-tnef",
                "winmail.dat",
                struct.pack("<IH", 0x223E9F78, 0x0101) + _tnef_attr(1, 0x8004, 0x0001, b"x") * 200_000,
            ),
        ),
        (
            "winmail-dat-truncated",
            lambda: with_attachment(
                "application/ms-tnef", "winmail.dat", make_tnef("Avkortet TNEF", {"x.txt": b"tekst"})[:40]
            ),
        ),
        (
            "winmail-dat-garbage",
            lambda: with_attachment(
                "application/ms-tnef", "winmail.dat", b"\x78\x9f\x3e\x22" + random.Random(8).randbytes(500)
            ),
        ),
        (
            "msg-attachment-garbage",
            lambda: with_attachment(
                "application/vnd.ms-outlook", "melding.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
            ),
        ),
        ("outlook-msg-file", make_msg),
        ("outlook-msg-file-no-attachment", lambda: make_msg(with_attachment=False)),
        ("outlook-msg-truncated", lambda: make_msg()[:2000]),
        (
            "outlook-msg-attachment",
            lambda: with_attachment("application/vnd.ms-outlook", "videresendt.msg", make_msg()),
        ),
        (
            "eml-attachment-octet",
            lambda: with_attachment(
                "application/octet-stream", "original.eml", _simple("Original som fil", "Original")
            ),
        ),
    ]
    return cases


def _all_cases() -> list[tuple[str, Callable[[], bytes]]]:
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("base-multipart", _base_multipart),
        ("base-alternative", _base_alternative),
        ("base-forward", _base_forward),
    ]
    cases += _structure_cases()
    cases += _charset_cases()
    cases += _encoding_cases()
    cases += _attachment_cases()
    cases += _script_cases()
    cases += _truncations()
    return cases


CASES: list[tuple[str, Callable[[], bytes]]] = _all_cases()


def build_hostile_corpus(directory: str | Path) -> list[Path]:
    """Write every hostile case into ``directory``; returns the written paths in order."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, (name, build) in enumerate(CASES):
        path = directory / f"{index:03d}-{name}.eml"
        path.write_bytes(build())
        paths.append(path)
    return paths
