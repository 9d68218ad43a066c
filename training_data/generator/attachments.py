"""The files attached to generated mail: real PDF, scanned PDF, DOCX, PNG/JPEG, iCalendar.

Each is small (a few KB) and reproducible: timestamps come from the mail's date and
all randomness from the ``rng`` passed in.  PDFs use a core font and latin-1 text, so
pypdfium2 gives the Norwegian letters back; a "scan" is a PDF with only an image.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from training_data.generator.draft import AttachmentSpec

OSLO = ZoneInfo("Europe/Oslo")

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def attachment_bytes(spec: AttachmentSpec, rng: random.Random, when: datetime) -> tuple[bytes, str, str]:
    """(content, maintype, subtype) of a file attachment."""
    kind = spec.kind
    if kind == "pdf":
        return text_pdf(spec.text, when), "application", "pdf"
    if kind == "scan":
        return scan_pdf(rng, when), "application", "pdf"
    if kind == "docx":
        return docx_bytes(spec.text, when), *DOCX_TYPE
    if kind == "txt":
        return spec.text.encode("utf-8"), "text", "plain"
    if kind == "image":
        fmt = "png" if spec.filename.lower().endswith(".png") else "jpeg"
        return image_bytes(rng, fmt), "image", fmt
    if kind == "ics":
        return ics_bytes(spec.text, when, rng), "text", "calendar"
    raise ValueError(f"vedlegg {spec.filename!r}: ukjent type {kind!r}")


_LATIN1_FIXES = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "„": '"',
                               "…": "...", "€": "EUR", "•": "-", "\u00a0": " ", "\t": "    "})


def latin1_text(text: str) -> str:
    """``text`` restricted to latin-1 (what the PDF core fonts can show and give back)."""
    return text.translate(_LATIN1_FIXES).encode("latin-1", "replace").decode("latin-1")


def text_pdf(text: str, when: datetime) -> bytes:
    """A small PDF with a real text layer; the first line of ``text`` is set as a heading."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(when.astimezone(OSLO))
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    lines = latin1_text(text).strip().split("\n") or [""]
    title, rest = lines[0], "\n".join(lines[1:]).strip()
    pdf.set_title(title[:80])
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, title)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10.5)
    if rest:
        pdf.multi_cell(0, 5.2, rest)
    return bytes(pdf.output())


def scan_pdf(rng: random.Random, when: datetime) -> bytes:
    """A PDF holding only a picture of a page (dark strokes as 'text lines'): no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    w, h = 310, 440
    img = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(img)
    y = 30 + rng.randint(0, 10)
    draw.rectangle((25, y, 25 + rng.randint(90, 180), y + 8), fill=40)  # heading
    y += 28
    while y < h - 40:
        x = 25
        end = w - 25 - (rng.randint(30, 150) if rng.random() < 0.2 else rng.randint(0, 10))
        while x < end:
            word = rng.randint(8, 38)
            draw.rectangle((x, y, min(x + word, end), y + 4), fill=rng.randint(30, 90))
            x += word + rng.randint(4, 7)
        y += 11 if rng.random() < 0.85 else 22
    for _ in range(40):  # speckle
        px, py = rng.randrange(w), rng.randrange(h)
        draw.point((px, py), fill=rng.randint(60, 160))
    img = img.rotate(rng.uniform(-1.2, 1.2), fillcolor=250).quantize(4)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(when.astimezone(OSLO))
    pdf.set_creator(rng.choice(["Canon iR-ADV C5535", "RICOH IM C3000", "HP Scan", "Adobe Scan"]))
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def image_bytes(rng: random.Random, fmt: str) -> bytes:
    """A small picture (photo of a site, a sign, a damaged pipe): shapes on a gradient."""
    from PIL import Image, ImageDraw

    w, h = (160, 120) if rng.random() < 0.7 else (120, 160)
    base = [rng.randint(60, 200) for _ in range(3)]
    img = Image.new("RGB", (w, h), tuple(base))
    draw = ImageDraw.Draw(img)
    for y in range(0, h, 4):
        shade = tuple(max(0, min(255, c + (y - h // 2) // 3)) for c in base)
        draw.rectangle((0, y, w, y + 3), fill=shade)
    for _ in range(rng.randint(3, 8)):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        box = (x0, y0, x0 + rng.randint(10, 60), y0 + rng.randint(10, 60))
        color = tuple(rng.randint(0, 255) for _ in range(3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=color)
    buf = io.BytesIO()
    img.save(buf, format="PNG" if fmt == "png" else "JPEG", **({} if fmt == "png" else {"quality": 60}))
    return buf.getvalue()


def logo_png(rng: random.Random) -> bytes:
    """A tiny firm logo for an HTML signature: a coloured block with a stripe."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (120, 40), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    color = tuple(rng.randint(0, 200) for _ in range(3))
    draw.rectangle((2, 4, 36, 36), fill=color)
    draw.rectangle((42, 16, 42 + rng.randint(40, 74), 24), fill=color)
    buf = io.BytesIO()
    img.quantize(8).save(buf, format="PNG", optimize=True)
    return buf.getvalue()


_DOCX_DROP = ("word/stylesWithEffects.xml", "word/theme/theme1.xml", "docProps/thumbnail.jpeg",
              "word/numbering.xml", "customXml/")
_MIN_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>'
    '</w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/></w:style></w:styles>')


def docx_bytes(text: str, when: datetime) -> bytes:
    """A Word document made with python-docx, slimmed to a few KB and with fixed timestamps."""
    import docx

    doc = docx.Document()
    lines = text.strip().split("\n") or [""]
    doc.add_heading(lines[0], level=1)
    for para in "\n".join(lines[1:]).strip().split("\n\n"):
        if para:
            doc.add_paragraph(para)
    stamp = when.astimezone(OSLO).replace(tzinfo=None)
    doc.core_properties.created = stamp
    doc.core_properties.modified = stamp
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    buf = io.BytesIO()
    doc.save(buf)
    return _slim_docx(buf.getvalue(), stamp)


def _slim_docx(data: bytes, stamp: datetime) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name.startswith(_DOCX_DROP):
                continue
            blob = src.read(name)
            if name == "word/styles.xml":
                blob = _MIN_STYLES.encode("utf-8")
            elif name.endswith(".rels") or name == "[Content_Types].xml":
                text = blob.decode("utf-8")
                for dropped in ("stylesWithEffects", "theme", "thumbnail", "numbering", "customXml"):
                    text = re.sub(rf'<(Relationship|Override)[^>]*{dropped}[^>]*/>', "", text)
                blob = text.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob)
    return out.getvalue()


def ics_bytes(text: str, when: datetime, rng: random.Random) -> bytes:
    """An iCalendar invitation; first line of ``text`` is the summary, the rest the description."""
    lines = text.strip().split("\n") or ["Møte"]
    start = (when + timedelta(days=rng.randint(3, 30))).replace(hour=rng.randint(8, 14), minute=0, second=0)
    end = start + timedelta(hours=rng.choice([1, 1, 2, 3]))
    desc = "\\n".join(x.replace(",", "\\,").replace(";", "\\;") for x in lines[1:])
    fmt = "%Y%m%dT%H%M%S"
    ics = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
           "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{_hex(rng, 32)}", f"DTSTAMP:{when.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}",
           f"DTSTART;TZID=Europe/Oslo:{start:{fmt}}", f"DTEND;TZID=Europe/Oslo:{end:{fmt}}",
           f"SUMMARY:{lines[0]}", f"DESCRIPTION:{desc}", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold_ics(x) for x in ics) + "\r\n").encode("utf-8")


def _fold_ics(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " "
        cur += ch
    return "\r\n".join(out + [cur])



def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))
