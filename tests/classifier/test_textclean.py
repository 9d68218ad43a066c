"""Reply/signature split, inline-forward detection, HTML to text, byte decoding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.textclean import (
    decode_bytes,
    find_forwarded_from,
    html_to_text,
    normalize_text,
    parse_from_value,
    split_reply,
)
from classifier.types import Address

# --- split_reply -----------------------------------------------------------


OUTLOOK_NO = """Hei,

Vi ettersender tegningene som avtalt.

Med vennlig hilsen
Kari Nordbø
Byggmester Nordbø AS
Tlf 900 00 000

Fra: Per Saksbehandler <per.saksbehandler@fjordvik.example>
Sendt: 3. september 2026 10:12
Til: Kari Nordbø <kari@nordbo.example>
Emne: Mangler i søknaden

Vi mangler tegninger.
"""


def test_outlook_header_block_starts_quoted_and_closing_is_signature():
    body, quoted, signature = split_reply(OUTLOOK_NO)
    assert body == "Hei,\n\nVi ettersender tegningene som avtalt."
    assert signature.startswith("Med vennlig hilsen\nKari Nordbø")
    assert quoted.startswith("Fra: Per Saksbehandler")
    assert "Vi mangler tegninger." in quoted


@pytest.mark.parametrize(
    "marker",
    [
        "-----Opprinnelig melding-----",
        "-----Original Message-----",
        "-----Opphavleg melding-----",
        "-------- Videresendt melding --------",
        "---------- Forwarded message ---------",
        "-------- Vidaresend melding --------",
        "Den 3. sep. 2026 kl. 10:00 skrev Per Hansen <per@example.no>:",
        "On Thu, Sep 3, 2026 at 10:00 AM Per Hansen <per@example.no> wrote:",
        "tir. 15. sep. 2026 kl. 09:41 skrev Per Hansen <per@example.no>:",
    ],
)
def test_reply_and_forward_markers(marker):
    text = f"Ny tekst fra avsender.\n\n{marker}\nGammel tekst.\n"
    body, quoted, _ = split_reply(text)
    assert body == "Ny tekst fra avsender."
    assert quoted.startswith(marker.split()[0])
    assert "Gammel tekst." in quoted


def test_attribution_wrapped_over_two_lines():
    text = "Takk!\n\nOn Thu, Sep 3, 2026 at 10:00 AM Per Hansen <per@example.no>\nwrote:\n> hei\n"
    body, quoted, _ = split_reply(text)
    assert body == "Takk!"
    assert "> hei" in quoted


def test_angle_quotes_without_marker_keep_inline_answers_in_body():
    text = "> Kan dere svare?\nJa, vi kan.\n> Når?\nI morgen.\n"
    body, quoted, _ = split_reply(text)
    assert body == "Ja, vi kan.\nI morgen."
    assert quoted == "> Kan dere svare?\n> Når?"


@pytest.mark.parametrize(
    "closing",
    [
        "Mvh",
        "MVH\nOla",
        "Med vennleg helsing",
        "Venleg helsing\nOla",
        "Best regards,\nJohn Smith",
        "-- \nOla Nordmann\nTlf 900",
        "Sendt fra min iPhone",
        "Hilsen Ola",
    ],
)
def test_signature_closings(closing):
    body, quoted, signature = split_reply(f"Dette er selve meldingen.\n\n{closing}\n")
    assert body == "Dette er selve meldingen."
    assert signature == "\n".join(line.rstrip() for line in closing.splitlines())
    assert quoted == ""


def test_long_text_after_closing_word_is_not_a_signature():
    long_tail = "\n".join(f"Linje {i} med viktig innhold om saken." for i in range(30))
    text = f"Innledning.\n\nHilsen fra styret\n{long_tail}"
    body, _, signature = split_reply(text)
    assert signature == ""
    assert "Linje 29" in body


def test_text_without_markers_is_all_body():
    assert split_reply("Bare en kort melding.") == ("Bare en kort melding.", "", "")
    assert split_reply("") == ("", "", "")


# --- inline forwards ---------------------------------------------------------


def test_inline_forward_gives_original_sender():
    text = (
        "Til orientering.\n\nMvh\nSigrid\n\n-------- Videresendt melding --------\n"
        "Fra: Olav Nabo <olav.nabo@example.com>\nSendt: mandag 21. september 2026 19:48\n"
        "Til: sigrid@fjordvik.example\nEmne: Støttemuren\n\nHei, muren raser.\n"
    )
    body, quoted, _ = split_reply(text)
    assert find_forwarded_from(body, quoted, "VS: Støttemuren") == Address(
        "Olav Nabo", "olav.nabo@example.com"
    )


def test_outlook_forward_recognised_by_subject_prefix():
    text = (
        "Se under.\n\nFra: Olav Nabo [mailto:olav.nabo@example.com]\nSendt: 3. sep 2026\nTil: x\n"
        "Emne: Muren\n\nTekst.\n"
    )
    body, quoted, _ = split_reply(text)
    assert find_forwarded_from(body, quoted, "VS: Muren") == Address("Olav Nabo", "olav.nabo@example.com")
    assert find_forwarded_from(body, quoted, "FW: Muren").email == "olav.nabo@example.com"


def test_reply_is_not_a_forward():
    body, quoted, _ = split_reply(OUTLOOK_NO)
    assert find_forwarded_from(body, quoted, "SV: Mangler i søknaden") is None


def test_long_own_text_is_not_a_plain_forward():
    body = "Egen tekst. " * 100
    quoted = "-------- Videresendt melding --------\nFra: A <a@example.no>\n"
    assert find_forwarded_from(body, quoted, "VS: x") is None


@pytest.mark.parametrize(
    "value,expected",
    [
        ("Ola Nordmann <ola@example.no>", Address("Ola Nordmann", "ola@example.no")),
        ('"Nordmann, Ola" <Ola@Example.no>', Address("Nordmann, Ola", "ola@example.no")),
        ("ola@example.no", Address("", "ola@example.no")),
        ("Ola Nordmann [mailto:ola@example.no]", Address("Ola Nordmann", "ola@example.no")),
        ("Ola Nordmann", Address("Ola Nordmann", "")),
    ],
)
def test_parse_from_value(value, expected):
    assert parse_from_value(value) == expected


# --- HTML --------------------------------------------------------------------


def test_html_to_text_keeps_lines_and_drops_scripts():
    html = (
        "<html><head><title>Tittel</title><style>p{color:red}</style><script>var secret=1;</script></head>"
        "<body onload='x()'><p>Hei <b>Kari</b>,</p><div>Linje&nbsp;to &amp; mer<br>Linje tre</div>"
        "<table><tr><td>Gnr</td><td>12</td></tr></table>"
        "<a href='javascript:alert(1)'>Lenke</a><script>document.write('skjult')</script></body></html>"
    )
    text = html_to_text(html)
    assert text.splitlines() == ["Hei Kari,", "Linje to & mer", "Linje tre", "Gnr\t12", "Lenke"]
    for hidden in ("secret", "skjult", "color", "Tittel", "javascript", "x()"):
        assert hidden not in text


def test_html_to_text_empty_and_broken():
    assert html_to_text("") == ""
    assert html_to_text("<p>uavsluttet <b>tekst") == "uavsluttet tekst"


# --- decoding -----------------------------------------------------------------


def test_declared_charset_is_used_when_it_fits():
    assert decode_bytes("blåbær".encode("cp1252"), "windows-1252") == ("blåbær", None)


def test_latin1_declaration_over_utf8_bytes_is_a_lie():
    text, defect = decode_bytes("Søknad om løyve".encode(), "iso-8859-1")
    assert text == "Søknad om løyve"
    assert defect == "charset_mismatch"


def test_utf8_declaration_over_cp1252_bytes_falls_back():
    data = "Hei, jeg søker om byggetillatelse for garasje på gården vår.".encode("cp1252")
    text, defect = decode_bytes(data, "utf-8")
    assert text == "Hei, jeg søker om byggetillatelse for garasje på gården vår."
    assert defect == "charset_mismatch"


def test_unknown_charset_is_reported_and_text_still_decoded():
    text, defect = decode_bytes("Søknaden gjelder gården på Ærøy og båtplassen.".encode(), "x-klingon")
    assert text == "Søknaden gjelder gården på Ærøy og båtplassen."
    assert defect == "unknown_charset"


def test_decode_never_raises_on_junk():
    for charset in (None, "utf-7", "utf-16", "ascii", "bogus", ""):
        text, _ = decode_bytes(bytes(range(256)) * 3, charset)
        assert isinstance(text, str) and text


def test_normalize_text():
    assert normalize_text("a\r\nb\rc\x00d\u200b  \n\n\n\ne\u00a0f") == "a\nb\ncd\n\ne f"


@pytest.mark.parametrize(
    "line",
    [
        "15. sep. 2026 kl. 09:41 skrev Per Hansen <per@example.no>:",
        "Den 15.09.2026 09.41 skrev Per Hansen:",
        "per@example.no skrev:",
    ],
)
def test_more_attribution_forms(line):
    body, quoted, _ = split_reply(f"Svar.\n\n{line}\n> gammelt\n")
    assert body == "Svar." and quoted.startswith(line.split()[0])


def test_citing_a_decision_in_a_complaint_is_not_a_quote():
    text = (
        "Jeg klager på vedtaket.\n\nI vedtaket av 12.05.2026 skrev kommunen:\n"
        "«Tiltaket er i strid med planen.»\nDette er feil, fordi planen tillater garasjer.\n"
    )
    body, quoted, _ = split_reply(text)
    assert quoted == ""
    assert body.endswith("planen tillater garasjer.")


_PIECES = [
    "\n",
    "> ",
    "Fra: A <a@b.no>\nSendt: i dag\n",
    "-- \n",
    "Mvh\n",
    "-----Original Message-----\n",
    "Den 1. jan. 2026 kl. 10:00 skrev A <a@b.no>:\n",
    "<p>",
    "<script>x</script>",
    "æøå ",
    "tekst ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), max_size=40))
def test_text_helpers_never_raise_and_lose_nothing_big(pieces):
    text = "".join(pieces)
    body, quoted, signature = split_reply(text)
    assert len(body) + len(quoted) + len(signature) <= len(normalize_text(text))
    find_forwarded_from(body, quoted, "VS: x")
    assert isinstance(html_to_text(text), str)
    decode_bytes(text.encode("utf-8", errors="surrogatepass"), "iso-8859-1")


SAMPLE_HTML = (
    "<html><head><title>Tittel</title><style>p{color:red}</style><script>var secret=1;</script></head>"
    "<body onload='x()'><p>Hei <b>Kari</b>,</p><div>Linje&nbsp;to &amp; mer<br>Linje tre</div><!-- skjult -->"
    "<table><tr><td>Gnr</td><td>12</td></tr><tr><th>Bnr</th><td>34</td></tr></table>"
    "<a href='javascript:alert(1)'>Lenke</a><script>document.write('skjult')</script></body></html>"
)


def test_tag_heavy_fallback_reads_like_the_tree_builder(monkeypatch):
    from_tree = html_to_text(SAMPLE_HTML)
    monkeypatch.setattr("classifier.textclean._MAX_DOM_TAGS", 0)
    assert html_to_text(SAMPLE_HTML) == from_tree
    assert from_tree.splitlines() == [
        "Hei Kari,",
        "Linje to & mer",
        "Linje tre",
        "Gnr\t12",
        "Bnr\t34",
        "Lenke",
    ]


def test_deeply_nested_html_is_read():
    text = html_to_text("<div>" * 100_000 + "Innerst<script>skjult</script>")
    assert text == "Innerst"
