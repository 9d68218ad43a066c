"""parse_mail: headers, body selection, forwards, attachments, limits, refusals, and the dev set."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from classifier.parse import MailParseError, ParseLimits, parse_address_list, parse_mail, parse_msg_file
from classifier.types import Address, ParsedMail
from tests.hostile.corpus import make_msg, make_pdf, make_tnef

DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "dev-set"
PDF_TEXT = "Soknad om ferdigattest for gnr 12 bnr 34 i Fjordvik kommune"


def mail(body: str = "Hei,\n\nHer kommer søknaden.\n", **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = headers.pop("from_", "Kari Nordbø <kari.nordbo@example.no>")
    msg["To"] = headers.pop("to", "Postmottak <postmottak@fjordvik.example>")
    msg["Subject"] = headers.pop("subject", "Søknad om ferdigattest")
    msg["Date"] = headers.pop("date", "Mon, 14 Sep 2026 10:00:00 +0200")
    msg["Message-ID"] = "<abc123@example.no>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


# --- headers ---------------------------------------------------------------------------


def test_plain_mail_headers_and_body():
    raw = mail(
        cc="Per <per@example.no>, ola@example.no",
        delivered_to="postmottak@fjordvik.example",
        x_mailer="Microsoft Outlook 16.0",
        x_secret_header="ikke med",
    ).as_bytes()
    parsed = parse_mail(raw)
    assert isinstance(parsed, ParsedMail)
    assert parsed.subject == "Søknad om ferdigattest"
    assert parsed.sender == Address("Kari Nordbø", "kari.nordbo@example.no")
    assert parsed.to == [Address("Postmottak", "postmottak@fjordvik.example")]
    assert parsed.cc == [Address("Per", "per@example.no"), Address("", "ola@example.no")]
    assert parsed.delivered_to == ["postmottak@fjordvik.example"]
    assert parsed.message_id == "<abc123@example.no>"
    assert parsed.date.utcoffset() == timedelta(hours=2) and parsed.date.hour == 10
    assert parsed.body == "Hei,\n\nHer kommer søknaden."
    assert parsed.headers["x-mailer"] == "microsoft outlook 16.0"
    assert parsed.headers["content-type"].startswith("text/plain")
    assert "x-secret-header" not in parsed.headers
    assert parsed.raw_size == len(raw) and parsed.sha256 == hashlib.sha256(raw).hexdigest()
    assert parsed.defects == [] and not parsed.html_only


def test_encoded_words_keep_spacing():
    raw = (
        b"From: =?utf-8?q?Hav=C3=B8y?= kommune <post@havoy.example>\r\n"
        b"Subject: Nyhendebrev =?utf-8?q?fr=C3=A5_Kystkultur?=\r\n haustprogram\r\n\r\nTekst\r\n"
    )
    parsed = parse_mail(raw)
    assert parsed.sender == Address("Havøy kommune", "post@havoy.example")
    assert parsed.subject == "Nyhendebrev frå Kystkultur haustprogram"


def test_encoded_display_name_with_comma_stays_one_address():
    raw = (
        b"From: a@example.no\r\nTo: =?utf-8?q?=C3=98deg=C3=A5rd=2C_=C3=85se?= <aase@example.no>,\r\n"
        b" =?iso-8859-1?q?P=E5l?= <pal@example.no>\r\nSubject: x\r\n\r\nTekst\r\n"
    )
    assert parse_mail(raw).to == [
        Address("Ødegård, Åse", "aase@example.no"),
        Address("Pål", "pal@example.no"),
    ]


def test_raw_8bit_headers_are_repaired():
    raw = "From: Åse Ødegård <aase@example.no>\r\nSubject: Søknad om båtplass\r\n\r\nHei\r\n".encode()
    parsed = parse_mail(raw)
    assert parsed.subject == "Søknad om båtplass"
    assert parsed.sender.name == "Åse Ødegård"
    assert "8bit_header" in parsed.defects


def test_unparseable_date_is_none_and_naive_date_is_utc():
    assert parse_mail(mail(date="32 Foo 99999 99:99").as_bytes()).date is None
    naive = parse_mail(mail(date="Mon, 14 Sep 2026 10:00:00 -0000").as_bytes()).date
    assert naive is not None and naive.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("", []),
        ('<<<@@@>>> ,,, "', []),
        ("Bare et navn", [Address("Bare et navn", "")]),
        ("undisclosed-recipients:;", []),
        ("a@example.no, B <b@example.no>", [Address("", "a@example.no"), Address("B", "b@example.no")]),
        ("Ødegård, Åse <aase@example.no>", [Address("Ødegård, Åse", "aase@example.no")]),
    ],
)
def test_parse_address_list_is_tolerant(value, expected):
    assert parse_address_list(value) == expected


# --- bodies ----------------------------------------------------------------------------


def test_plain_preferred_over_html():
    msg = mail("Ren tekst er best.\n")
    msg.add_alternative("<p>HTML-versjonen</p>", subtype="html")
    parsed = parse_mail(msg.as_bytes())
    assert parsed.body == "Ren tekst er best." and not parsed.html_only


def test_html_only_body_without_script():
    msg = mail()
    msg.set_content(
        "<html><head><script>skjult()</script></head><body><p>Synlig tekst</p><p>Linje to</p></body></html>",
        subtype="html",
    )
    parsed = parse_mail(msg.as_bytes())
    assert parsed.body == "Synlig tekst\nLinje to"
    assert parsed.html_only


def test_reply_is_split_into_body_quoted_signature():
    text = (
        "Takk, vi sender tegningene i morgen.\n\nMed vennlig hilsen\nKari\n\n"
        "-----Opprinnelig melding-----\nFra: Per <per@fjordvik.example>\nSendt: 3. sep\n\nSend tegninger.\n"
    )
    parsed = parse_mail(mail(text, subject="SV: Tegninger").as_bytes())
    assert parsed.body == "Takk, vi sender tegningene i morgen."
    assert parsed.signature == "Med vennlig hilsen\nKari"
    assert "Send tegninger." in parsed.quoted
    assert parsed.forwarded_from is None


def test_lying_charset_is_survived():
    raw = (
        b"From: a@example.no\r\nSubject: x\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + "Søknad om løyve".encode()
    )
    parsed = parse_mail(raw)
    assert parsed.body == "Søknad om løyve"
    assert "charset_mismatch" in parsed.defects


def test_nul_bytes_and_bare_cr():
    raw = b"From: a@example.no\rSubject: N\x00UL\rContent-Type: text/plain\r\rLinje en\rLinje\x00 to\r"
    parsed = parse_mail(raw)
    assert parsed.subject == "NUL"
    assert parsed.body == "Linje en\nLinje to"


def test_base64_declared_over_plain_text():
    raw = (
        b"From: a@example.no\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b"Dette er ikke base64, men tekst."
    )
    parsed = parse_mail(raw)
    assert parsed.body == "Dette er ikke base64, men tekst."
    assert "cte_mismatch" in parsed.defects


# --- forwards -----------------------------------------------------------------------------


def forwarded_as_attachment() -> EmailMessage:
    original = mail(
        "Hei kommunen,\n\nJeg klager på vedtaket.\n\nHilsen Olav\n",
        from_="Olav Nabo <olav.nabo@example.com>",
        subject="Klage på vedtak",
    )
    original.add_attachment(make_pdf([PDF_TEXT]), maintype="application", subtype="pdf", filename="klage.pdf")
    outer = mail(
        "Videresender klagen fra en innbygger.\n",
        from_="Sigrid Saksbehandler <sigrid@fjordvik.example>",
        subject="VS: Klage på vedtak",
    )
    outer.add_attachment(original)
    return outer


def test_forward_as_attachment_gives_original_sender_and_text():
    parsed = parse_mail(forwarded_as_attachment().as_bytes())
    assert parsed.sender.email == "sigrid@fjordvik.example"
    assert parsed.forwarded_from == Address("Olav Nabo", "olav.nabo@example.com")
    assert parsed.body == "Videresender klagen fra en innbygger."
    assert "Jeg klager på vedtaket." in parsed.quoted and "Klage på vedtak" in parsed.quoted
    kinds = [a.kind for a in parsed.attachments]
    assert kinds == ["message", "pdf"]
    assert "ferdigattest" in parsed.attachments[1].text


def test_inline_forward_gives_original_sender():
    text = (
        "Til orientering.\n\n-------- Videresendt melding --------\nFra: Olav Nabo <olav.nabo@example.com>\n"
        "Sendt: mandag 21. september 2026 19:48\nTil: sigrid@fjordvik.example\nEmne: Muren\n\nMuren raser.\n"
    )
    parsed = parse_mail(mail(text, subject="VS: Muren").as_bytes())
    assert parsed.forwarded_from == Address("Olav Nabo", "olav.nabo@example.com")
    assert parsed.body == "Til orientering."
    assert "Muren raser." in parsed.quoted


def test_nesting_beyond_max_depth_is_cut():
    msg = mail("Innerst.\n", subject="Nivå 0")
    for level in range(1, 6):
        outer = mail(f"Nivå {level}\n", subject=f"Nivå {level}")
        outer.add_attachment(msg)
        msg = outer
    parsed = parse_mail(msg.as_bytes(), limits=ParseLimits(max_depth=2))
    assert "max_depth" in parsed.defects
    assert "Nivå 4" in parsed.quoted and "Nivå 3" in parsed.quoted
    assert "Innerst." not in parsed.quoted


# --- attachments --------------------------------------------------------------------------


def test_pdf_attachment_text_and_payload():
    msg = mail()
    pdf = make_pdf([PDF_TEXT])
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="søknad.pdf")
    parsed = parse_mail(msg.as_bytes())
    (att,) = parsed.attachments
    assert (att.filename, att.content_type, att.kind, att.size) == (
        "søknad.pdf",
        "application/pdf",
        "pdf",
        len(pdf),
    )
    assert att.payload == pdf and att.sha256 == hashlib.sha256(pdf).hexdigest()
    assert "ferdigattest" in att.text and "ferdigattest" in parsed.attachment_text()
    assert "payload" not in att.to_dict()


def test_oversized_attachment_is_kept_but_not_read():
    msg = mail()
    pdf = make_pdf([PDF_TEXT])
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="stor.pdf")
    parsed = parse_mail(msg.as_bytes(), limits=ParseLimits(max_attachment_bytes=100))
    (att,) = parsed.attachments
    assert att.kind == "pdf" and att.size == len(pdf) and att.text == "" and att.error
    assert any(d.startswith("attachment_too_large") for d in parsed.defects)


def test_part_limit():
    msg = mail()
    for i in range(20):
        msg.add_attachment(f"vedlegg {i}".encode(), maintype="text", subtype="plain", filename=f"v{i}.txt")
    parsed = parse_mail(msg.as_bytes(), limits=ParseLimits(max_parts=5))
    assert len(parsed.attachments) == 3  # the root and the body part count too
    assert any(d.startswith("too_many_parts") for d in parsed.defects)


def test_attachments_beyond_the_extraction_cap_are_kept_unread():
    msg = mail()
    for i in range(4):
        msg.add_attachment(make_pdf([PDF_TEXT]), maintype="application", subtype="pdf", filename=f"{i}.pdf")
    parsed = parse_mail(msg.as_bytes(), limits=ParseLimits(max_extracted_attachments=2))
    assert [bool(a.text) for a in parsed.attachments] == [True, True, False, False]
    assert [a.size > 0 for a in parsed.attachments] == [True] * 4
    assert "too_many_attachments (> 2)" in parsed.defects


def test_long_letter_with_attached_mail_is_not_a_forward():
    outer = mail("Jeg viser til deres brev og svarer grundig.\n" * 30, subject="Svar på brev")
    outer.add_attachment(mail("Tidligere e-post.\n", from_="Per <per@fjordvik.example>"))
    parsed = parse_mail(outer.as_bytes())
    assert parsed.forwarded_from is None
    assert "Tidligere e-post." in parsed.quoted


def test_image_is_scanned_only_when_it_is_the_only_content():
    photo = b"\xff\xd8\xff\xe0" + bytes(100_000)
    only = mail("Se bilde.\n")
    only.add_attachment(photo, maintype="image", subtype="jpeg", filename="brev.jpg")
    assert parse_mail(only.as_bytes()).attachments[0].scanned
    with_text = mail("Se bilde.\n")
    with_text.add_attachment(
        make_pdf([PDF_TEXT * 3]), maintype="application", subtype="pdf", filename="a.pdf"
    )
    with_text.add_attachment(photo, maintype="image", subtype="jpeg", filename="foto.jpg")
    assert not parse_mail(with_text.as_bytes()).attachments[1].scanned


def test_winmail_dat_body_and_attachments():
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@example.no", "Rik tekst"
    msg.add_attachment(
        make_tnef("Brødtekst fra Outlook.", {"notat.pdf": make_pdf([PDF_TEXT])}),
        maintype="application",
        subtype="ms-tnef",
        filename="winmail.dat",
    )
    parsed = parse_mail(msg.as_bytes())
    assert parsed.body == "Brødtekst fra Outlook."
    assert [a.filename for a in parsed.attachments] == ["winmail.dat", "notat.pdf"]
    assert "ferdigattest" in parsed.attachments[1].text


def test_msg_file_as_whole_input():
    raw = make_msg()
    for parsed in (parse_mail(raw), parse_msg_file(raw)):
        assert parsed.subject == "Søknad om byggeløyve (Outlook)"
        assert parsed.sender == Address("Ola Testmann", "ola.testmann@example.no")
        assert parsed.body == "Hei,\n\nSøknaden ligg ved."
        assert parsed.signature == "Helsing\nOla Testmann"
        assert [(a.filename, a.text) for a in parsed.attachments] == [("notat.txt", "Vedlagt notat om saka.")]


def test_msg_attachment_is_a_forwarded_original():
    msg = mail("Se vedlagt e-post.\n", subject="VS: Søknad")
    msg.add_attachment(make_msg(), maintype="application", subtype="vnd.ms-outlook", filename="original.msg")
    parsed = parse_mail(msg.as_bytes())
    assert parsed.forwarded_from == Address("Ola Testmann", "ola.testmann@example.no")
    assert "Søknaden ligg ved." in parsed.quoted


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,reason",
    [
        (b"", "tom melding"),
        (b" \r\n\t\n", "tom melding"),
        (bytes(range(256)) * 20, "ikke en e-postmelding"),
        (b"Bare tekst uten hoder.\r\n", "ikke en e-postmelding"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(3000), "kunne ikke lese Outlook-meldingen (.msg)"),
    ],
)
def test_unusable_input_is_refused_with_reason(raw, reason):
    with pytest.raises(MailParseError) as err:
        parse_mail(raw)
    assert err.value.reason == reason


def test_too_big_message_is_refused():
    raw = mail("x" * 5000).as_bytes()
    with pytest.raises(MailParseError, match=r"for stor melding \(\d+ kB > 1 kB\)"):
        parse_mail(raw, limits=ParseLimits(max_total_bytes=1024))


def test_headers_only_message_is_parsed():
    parsed = parse_mail(b"From: a@example.no\r\nSubject: Bare hoder\r\n")
    assert parsed.subject == "Bare hoder" and parsed.body == ""


# --- the dev set -------------------------------------------------------------------------------


def dev_set_labels() -> dict[str, dict]:
    path = DEV_SET / "labels.jsonl"
    if not path.exists():
        return {}
    return {r["id"]: r for r in (json.loads(line) for line in path.read_text().splitlines() if line.strip())}


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared dev set not available")
def test_every_dev_set_mail_parses_sensibly():
    labels = dev_set_labels()
    assert len(labels) == 150
    for mail_id, label in labels.items():
        parsed = parse_mail((DEV_SET / "mail" / f"{mail_id}.eml").read_bytes())
        assert parsed.subject, mail_id
        assert "@" in parsed.sender.email, mail_id
        assert parsed.date is not None and parsed.date.tzinfo is not None, mail_id
        assert parsed.body or parsed.quoted or parsed.attachment_text(), mail_id
        assert label["tenant"] in " ".join([a.email for a in parsed.to] + parsed.delivered_to), mail_id
        for att in parsed.attachments:
            if att.kind in ("pdf", "docx", "calendar"):
                assert att.text and att.error is None, mail_id
        json.dumps(parsed.to_dict(), ensure_ascii=False).encode("utf-8")


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared dev set not available")
@pytest.mark.parametrize("mail_id", ["d035", "d101"])
def test_dev_set_forwards_name_the_original_sender(mail_id):
    label = dev_set_labels()[mail_id]
    parsed = parse_mail((DEV_SET / "mail" / f"{mail_id}.eml").read_bytes())
    assert parsed.forwarded_from is not None
    assert parsed.forwarded_from.email == label["avsender"]["epost"]
    assert parsed.sender.email != label["avsender"]["epost"]


# --- the fast path for big base64 bodies ------------------------------------------------------


def big_mail_variants() -> list[bytes]:
    pdf = make_pdf([PDF_TEXT] * 3) + bytes(300_000)  # padded so the body is worth cutting out
    plain = mail("Se vedlegg.\n")
    plain.add_attachment(pdf, maintype="application", subtype="pdf", filename="stor.pdf")
    nested = forwarded_as_attachment()
    nested.add_attachment(pdf, maintype="application", subtype="pdf", filename="stor.pdf")
    tricky = mail(
        "Teksten nevner\nContent-Transfer-Encoding: base64\n\n" + "vanlig tekst\n" * 4000 + "slutt\n"
    )
    tricky.add_attachment(pdf, maintype="application", subtype="pdf", filename="stor.pdf")
    unterminated = plain.as_bytes().rsplit(b"\n--", 1)[0]
    return [plain.as_bytes(), nested.as_bytes(), tricky.as_bytes(), unterminated]


def comparable(parsed: ParsedMail) -> tuple:
    return parsed.to_dict(), [a.payload for a in parsed.attachments]


@pytest.mark.parametrize("index", range(4))
def test_fast_path_gives_the_same_result_as_the_plain_parser(index, monkeypatch):
    raw = big_mail_variants()[index]
    fast = parse_mail(raw)
    monkeypatch.setattr("classifier.parse._STUB_MIN_MESSAGE", 10**12)
    plain = parse_mail(raw)
    assert comparable(fast) == comparable(plain)
    assert any(a.kind == "pdf" and "ferdigattest" in a.text for a in fast.attachments)


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared dev set not available")
def test_fast_path_matches_on_the_big_dev_set_mails(monkeypatch):
    big = [p for p in sorted((DEV_SET / "mail").glob("*.eml")) if p.stat().st_size > 8 * 1024]
    assert big
    fast = [comparable(parse_mail(p.read_bytes())) for p in big]
    monkeypatch.setattr("classifier.parse._STUB_MIN_MESSAGE", 10**12)
    assert fast == [comparable(parse_mail(p.read_bytes())) for p in big]


def test_base64_without_padding_and_with_noise_is_decoded():
    head = b"From: a@example.no\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
    unpadded = parse_mail(head + b"Content-Transfer-Encoding: base64\r\n\r\nSGVpIGZyYSBrb21tdW5lbg\r\n")
    assert unpadded.body == "Hei fra kommunen" and "bad_base64" in unpadded.defects
    noisy = parse_mail(head + b"Content-Transfer-Encoding: BASE64\r\n\r\nSGVpIGZy!YSBrb21t\r\ndW5lbg==\r\n")
    assert noisy.body == "Hei fra kommunen"


def test_folded_encoded_words_join_without_a_space():
    """Whitespace between adjacent encoded words, folded over lines, is not text (RFC 2047 6.2)."""
    raw = (b"From: a@example.no\r\nTo: postmottak@fjordvik.kommune.no\r\n"
           b"Subject: =?utf-8?q?Sak_2026/003?=\r\n =?utf-8?q?621_L?=\r\n =?utf-8?q?=C3=B8v=C3=A5sen?= og\r\n mer\r\n\r\nhei\r\n")
    assert parse_mail(raw).subject == "Sak 2026/003621 Løvåsen og mer"
