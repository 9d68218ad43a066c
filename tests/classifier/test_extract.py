"""Attachment text extraction: every kind, every limit, and never an exception."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from classifier.extract import ExtractResult, ParseLimits, detect_kind, extract_text, read_tnef, rtf_to_text
from tests.hostile.corpus import (
    make_encrypted_pdf,
    make_pdf,
    make_tnef,
    make_tnef_count_bomb,
    make_zero_bomb_zip,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LINE = "Soknad om rammetillatelse for garasje gnr 12 bnr 34"


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- PDF -----------------------------------------------------------------------


def test_pdf_text_layer():
    result = extract_text("søknad.pdf", "application/pdf", make_pdf([LINE, "Side to med mer tekst om saken"]))
    assert result.kind == "pdf"
    assert "rammetillatelse" in result.text and "Side to" in result.text
    assert not result.scanned and result.error is None


def test_pdf_without_text_is_scanned():
    result = extract_text("skann.pdf", "application/pdf", make_pdf(["", "", ""]))
    assert result.kind == "pdf" and result.scanned and result.text == ""


def test_pdf_pages_are_capped():
    pdf = make_pdf([f"Side nummer {i} {LINE}" for i in range(40)])
    result = extract_text("lang.pdf", "application/pdf", pdf, ParseLimits(max_pdf_pages=5))
    assert "Side nummer 4 " in result.text
    assert "Side nummer 5 " not in result.text


def test_pdf_text_is_capped():
    pdf = make_pdf([LINE] * 20)
    result = extract_text("lang.pdf", "application/pdf", pdf, ParseLimits(max_text_chars=100))
    assert 0 < len(result.text) <= 100


def test_pdf_claiming_many_pages_is_read_without_trouble():
    result = extract_text("x.pdf", "application/pdf", make_pdf([LINE], claimed_count=100_000))
    assert "rammetillatelse" in result.text


def test_encrypted_pdf_is_reported_not_raised():
    result = extract_text("hemmelig.pdf", "application/pdf", make_encrypted_pdf())
    assert result == ExtractResult("pdf", text="", scanned=True, error="kryptert PDF")


@pytest.mark.parametrize(
    "payload", [b"", b"%PDF-1.4\n", b"%PDF-1.7\n" + bytes(range(256)) * 8, make_pdf([LINE])[:200]]
)
def test_broken_pdf_is_reported_not_raised(payload):
    result = extract_text("skadet.pdf", "application/pdf", payload)
    assert result.kind == "pdf" and result.error and result.text == ""


# --- DOCX --------------------------------------------------------------------


def test_docx_paragraphs_and_tables():
    payload = make_docx(["Søknad om dispensasjon", "Andre avsnitt"], table=[["Gnr", "Bnr"], ["12", "34"]])
    result = extract_text("søknad.docx", DOCX, payload)
    assert result.kind == "docx" and result.error is None
    lines = result.text.splitlines()
    assert lines[:2] == ["Søknad om dispensasjon", "Andre avsnitt"]
    assert "Gnr" in result.text and "34" in result.text


def test_docx_bomb_is_refused_by_declared_size():
    bomb = make_zero_bomb_zip({"word/document.xml": 200})  # 200 MB of zeros in ~200 kB
    result = extract_text("bombe.docx", DOCX, bomb)
    assert result.kind == "docx" and "zip-bombe" in result.error and result.text == ""


def test_docx_high_ratio_member_is_refused():
    bomb = make_zero_bomb_zip({"word/document.xml": 5})
    result = extract_text("ratio.docx", DOCX, bomb, ParseLimits(max_docx_xml_bytes=50 * 2**20))
    assert "zip-bombe" in result.error


def test_docx_entities_are_not_expanded():
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>&b;</w:t></w:r></w:p><w:p><w:r><w:t>Synlig</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", xml)
    result = extract_text("e.docx", DOCX, out.getvalue())
    assert "AAAAAAAAAA" not in result.text


def test_docx_that_is_not_a_zip():
    result = extract_text("falsk.docx", DOCX, b"PK\x03\x04 not really a zip")
    assert result.kind == "docx" and result.error == "skadet DOCX"


# --- text-like kinds -------------------------------------------------------------


def test_plain_text_attachment_without_charset():
    result = extract_text("notat.txt", "text/plain", "Søknad om båtplass på Ærøy, gnr 5.".encode("cp1252"))
    assert result == ExtractResult("txt", text="Søknad om båtplass på Ærøy, gnr 5.")


def test_csv_with_declared_charset():
    result = extract_text("liste.csv", "text/csv; charset=utf-8", "navn;sted\nÅse;Ørsta\n".encode())
    assert result.text == "navn;sted\nÅse;Ørsta"


def test_html_attachment_drops_script():
    html = b"<html><body><h1>Vedtak</h1><script>stjel()</script><p>Innvilget</p></body></html>"
    result = extract_text("vedtak.html", "text/html", html)
    assert result.kind == "html" and result.text == "Vedtak\nInnvilget"


def test_rtf_attachment():
    rtf = rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 S\'f8knad om l\'f8yve\par Gnr 12\par}"
    result = extract_text("brev.rtf", "application/rtf", rtf)
    assert result.kind == "txt" and result.text == "Søknad om løyve\nGnr 12"
    assert rtf_to_text(r"{\rtf1 \u248?re}") == "øre"


def test_calendar_summary_and_description():
    ics = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261001T090000Z\r\nSUMMARY;LANGUAGE=nb:Befaring "
        b"Myrvegen 22\r\nDESCRIPTION:M\xc3\xb8te om st\xc3\xb8ttemuren\\, ta med\r\n  tegninger\\nHilsen\r\n"
        b"LOCATION:Myrvegen 22\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = extract_text("invite.ics", "text/calendar", ics)
    assert result.kind == "calendar"
    assert result.text.splitlines() == [
        "Befaring Myrvegen 22",
        "Møte om støttemuren, ta med tegninger",
        "Hilsen",
        "Myrvegen 22",
    ]


# --- images, archives, others -----------------------------------------------------


def test_small_image_is_not_scanned_large_is():
    jpeg = b"\xff\xd8\xff\xe0"
    assert extract_text("logo.jpg", "image/jpeg", jpeg + bytes(2000)) == ExtractResult("image")
    big = extract_text("foto.jpg", "image/jpeg", jpeg + bytes(200_000))
    assert big.kind == "image" and big.scanned


def test_archive_is_never_opened():
    bomb = make_zero_bomb_zip({"a.bin": 100})
    assert extract_text("bombe.zip", "application/zip", bomb) == ExtractResult("archive")


def test_oversized_attachment_is_not_read():
    result = extract_text(
        "stor.pdf", "application/pdf", make_pdf([LINE]), ParseLimits(max_attachment_bytes=100)
    )
    assert result.kind == "pdf" and result.text == "" and "for stort vedlegg" in result.error


@pytest.mark.parametrize(
    "filename,ctype,payload,kind",
    [
        ("vedlegg.bin", "application/octet-stream", b"%PDF-1.4\n...", "pdf"),  # magic wins
        ("bilde", "application/octet-stream", b"\x89PNG\r\n\x1a\n....", "image"),
        ("x.docx", "application/octet-stream", b"PK\x03\x04....", "docx"),
        ("x.zip", "application/octet-stream", b"PK\x03\x04....", "archive"),
        ("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22....", "message"),
        ("m.msg", "application/octet-stream", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1....", "message"),
        ("gammel.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1....", "other"),
        ("invite.ics", "text/calendar", b"BEGIN:VCALENDAR", "calendar"),
        ("side.htm", "application/octet-stream", b"<html>", "html"),
        ("a.xlsx", "application/vnd.ms-excel", b"PK\x03\x04....", "other"),
        ("", "", b"", "other"),
    ],
)
def test_detect_kind(filename, ctype, payload, kind):
    assert detect_kind(filename, ctype, payload) == kind


@pytest.mark.parametrize(
    "filename,ctype",
    [
        ("a.pdf", "application/pdf"),
        ("a.docx", DOCX),
        ("a.txt", "text/plain"),
        ("a.html", "text/html"),
        ("a.rtf", "application/rtf"),
        ("a.ics", "text/calendar"),
        ("a.jpg", "image/jpeg"),
        ("a.bin", ""),
    ],
)
def test_extract_never_raises_on_random_bytes(filename, ctype):
    rng = random.Random(filename)
    for size in (0, 1, 10, 1000, 20_000):
        result = extract_text(filename, ctype, rng.randbytes(size))
        assert isinstance(result, ExtractResult)
        assert result.error is None or 0 < len(result.error) < 80


# --- winmail.dat ---------------------------------------------------------------------


def test_tnef_legacy_body_and_attachment():
    content = read_tnef(make_tnef("Brødtekst fra Outlook.", {"notat.pdf": b"%PDF-1.4 x"}))
    assert content.body == "Brødtekst fra Outlook." and content.error is None
    assert content.attachments == [("notat.pdf", b"%PDF-1.4 x")]


def test_tnef_mapi_body_and_long_filename():
    content = read_tnef(make_tnef("Søknad – ÆØÅ", {"et langt filnavn.pdf": b"data"}, mapi=True))
    assert content.body == "Søknad – ÆØÅ"
    assert content.attachments == [("et langt filnavn.pdf", b"data")]


@pytest.mark.parametrize(
    "payload",
    [b"", b"\x78\x9f\x3e\x22", make_tnef_count_bomb(), make_tnef("x", {"a": b"b"})[:40], bytes(100)],
)
def test_hostile_tnef_is_bounded(payload):
    content = read_tnef(payload)
    assert content.body == "" and content.attachments == []
