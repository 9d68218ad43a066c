"""Every hostile message is either parsed or refused with a reason -- never anything else."""

from __future__ import annotations

import hashlib
import json
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier.parse import MailParseError, ParseLimits, parse_mail
from classifier.types import ParsedMail
from tests.hostile.corpus import CASES, SCRIPT_MARKER, build_hostile_corpus

LIMITS = ParseLimits()
BUILDERS = dict(CASES)


def parse_or_refuse(raw: bytes) -> ParsedMail | MailParseError:
    try:
        return parse_mail(raw, limits=LIMITS)
    except MailParseError as err:
        return err


def texts(parsed: ParsedMail) -> list[str]:
    return [parsed.subject, parsed.body, parsed.quoted, parsed.signature] + [
        a.text for a in parsed.attachments
    ]


@pytest.mark.parametrize("name", [name for name, _ in CASES])
def test_hostile_message_is_parsed_or_refused(name):
    result = parse_or_refuse(BUILDERS[name]())
    if isinstance(result, MailParseError):
        assert result.reason.strip()
        return
    assert isinstance(result, ParsedMail)
    for text in texts(result):
        assert SCRIPT_MARKER not in text
    for text in (result.body, result.quoted, *(a.text for a in result.attachments)):
        assert len(text) <= LIMITS.max_text_chars
    for defect in result.defects:
        assert 0 < len(defect) < 80
    for att in result.attachments:
        assert att.error is None or 0 < len(att.error) < 80
        assert att.size == len(att.payload)
    stored = json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # no lone surrogates
    assert ParsedMail.from_dict(json.loads(stored)).to_dict() == result.to_dict()


def test_corpus_is_large_and_deterministic(tmp_path):
    first = build_hostile_corpus(tmp_path / "a")
    second = build_hostile_corpus(tmp_path / "b")
    assert len(first) >= 200
    assert [p.name for p in first] == [p.name for p in second]
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in first]
    assert digest == [hashlib.sha256(p.read_bytes()).hexdigest() for p in second]


@pytest.mark.parametrize(
    "name,reason",
    [
        ("empty", "tom melding"),
        ("whitespace-only", "tom melding"),
        ("binary-garbage", "ikke en e-postmelding"),
        ("message-41mb", "for stor melding (41 MB > 40 MB)"),
    ],
)
def test_refusals_say_why(name, reason):
    result = parse_or_refuse(BUILDERS[name]())
    assert isinstance(result, MailParseError) and result.reason == reason


@pytest.mark.parametrize(
    "name",
    [
        "zip-bomb-zipfile",
        "zip-bomb-2gb",
        "docx-bomb-2gb",
        "docx-bomb-ratio",
        "docx-bomb-zipfile",
        "docx-billion-laughs",
    ],
)
def test_bombs_are_not_expanded(name):
    raw = BUILDERS[name]()
    tracemalloc.start()
    try:
        parsed = parse_mail(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(raw) + 50_000_000  # the message and a few copies, never the expansion
    bomb = parsed.attachments[-1]
    assert bomb.kind in ("archive", "docx") and bomb.text == ""
    if bomb.kind == "docx":
        assert bomb.error


def test_big_attachment_is_kept_unread():
    parsed = parse_mail(BUILDERS["attachment-25mb"]())
    (att,) = parsed.attachments
    assert att.size == 25 * 1024 * 1024 and att.text == "" and att.error
    assert "attachment_too_large (25 MB > 15 MB)" in parsed.defects


def test_deep_nesting_and_many_parts_are_cut():
    assert "max_depth" in parse_mail(BUILDERS["nested-rfc822-30"]()).defects
    assert "too_many_parts (> 500)" in parse_mail(BUILDERS["many-parts-10000"]()).defects
    assert "too_deep" in parse_mail(BUILDERS["multipart-nesting-200"]()).defects


def test_pdf_edge_cases():
    encrypted = parse_mail(BUILDERS["pdf-encrypted"]()).attachments[0]
    assert encrypted.error == "kryptert PDF" and encrypted.scanned
    claims = parse_mail(BUILDERS["pdf-claims-100000-pages"]()).attachments[0]
    assert claims.text == "Bare en side"
    thick = parse_mail(BUILDERS["pdf-400-pages"]()).attachments[0]
    assert "Side 29" in thick.text and "Side 30" not in thick.text


def test_outlook_containers_are_opened():
    winmail = parse_mail(BUILDERS["winmail-dat"]())
    assert [a.kind for a in winmail.attachments] == ["message", "pdf"]
    assert "PDF inne i TNEF" in winmail.attachments[1].text
    msg = parse_mail(BUILDERS["outlook-msg-file"]())
    assert msg.subject == "Søknad om byggeløyve (Outlook)" and msg.sender.email == "ola.testmann@example.no"


_FUZZ_HEADERS = [
    b"From: a@example.no\r\n",
    b"Content-Type: multipart/mixed; boundary=b\r\n",
    b"\r\n--b\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Type: message/rfc822\r\n",
    b"=?utf-8?q?",
    b"\r\n\r\n",
    b"--b--\r\n",
    b"Content-Type: text/html\r\n\r\n<script>",
    b"\x00",
    b"\r",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_FUZZ_HEADERS), st.binary(max_size=200)), max_size=30))
def test_fuzzed_mime_is_parsed_or_refused(chunks):
    result = parse_or_refuse(b"From: fuzz@example.no\r\n" + b"".join(chunks))
    assert isinstance(result, (ParsedMail, MailParseError))
    if isinstance(result, ParsedMail):
        json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")
