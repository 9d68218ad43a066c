"""The training-mail generator: renderer, corpus builder, CLI and family helpers.

Uses three tiny example families defined here, so the tests do not depend on the
real family modules (which other people change).
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import random
from datetime import date
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier.dataset import LabelledSet
from classifier.scope import load_scope
from training_data.generator import corpus
from training_data.generator.__main__ import families_table, main
from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families import common
from training_data.generator.render import STYLES, render
from training_data.generator.world import TENANTS, World

OSLO = ZoneInfo("Europe/Oslo")
SCOPE = load_scope(corpus.DEFAULT_SCOPE)


# ----------------------------------------------------------------------------- example families

def make_nabomerknad(rng: random.Random, world: World) -> Draft:
    tenant = rng.choice(["fjordvik", "havoy"])
    prop = world.property()
    case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om tilbygg",
                           prop=prop)
    p, addr = common.private_sender(rng, world)
    body = common.letter(rng, "nb", [f"Jeg har merknader til tilbygget på gnr. {prop.gnr} bnr. {prop.bnr} "
                                     f"({world.cite_phrase(case.sak)}). Utsikten vår blir ødelagt."],
                         sign=common.sign_off(rng, world, p, "nb"))
    return Draft(tenant=tenant, sender_name=p.name, sender_email=addr, subject="Merknad til nabovarsel",
                 body=body, category="byggesak", sak=case.sak, avsender=common.avsender(p.name, addr),
                 attachments=[AttachmentSpec("Merknad.pdf", "pdf", "Merknad til nabovarsel\nØnsker ikke tilbygg.")])


def make_helse(rng: random.Random, world: World) -> Draft:
    tenant = rng.choice(["fjordvik", "havoy"])
    p, addr = common.private_sender(rng, world)
    mother = world.person()
    return Draft(tenant=tenant, sender_name=p.name, sender_email=addr, subject="Søknad om hjemmetjenester",
                 body=f"Hei\n\nMor ({mother.name}) trenger hjelp hjemme etter fallet.\n\nMvh {p.name}",
                 category="helse_omsorg", skjerming="P13", avsender=common.avsender(p.name, addr),
                 personnavn=[mother.name], attachments=[AttachmentSpec("legeerklæring.pdf", "scan")])


def make_tilbud(rng: random.Random, world: World) -> Draft:
    tenant = rng.choice(["fjordvik", "havoy"])
    p, firm, addr = common.firm_sender(rng, world, "renhold")
    inner = Draft(tenant=tenant, sender_name="Innkjøp", sender_email=f"innkjop@{TENANTS[tenant]['domain']}",
                  subject="Konkurranse – renhold", body="Vedlagt konkurransegrunnlaget.")
    return Draft(tenant=tenant, sender_name=p.name, sender_email=addr, subject="Tilbud renhold kommunale bygg",
                 body="Hei\n\nVedlagt vårt tilbud.\n\n" + common.sign_off(rng, world, p, "nb", firm=firm),
                 category="anskaffelse", skjerming="F13", avsender=common.avsender(firm.name, addr, firm.orgnr),
                 attachments=[AttachmentSpec("Tilbud.docx", "docx", "Tilbud renhold\nPris: 1 200 000 kr"),
                              AttachmentSpec("Konkurranse.eml", "msg", message=inner)])


EXAMPLES = [
    Family("test.byggesak.nabomerknad", "byggesak", make_nabomerknad, 2.0, "w-test-a"),
    Family("test.helse.hjemmetjenester", "helse_omsorg", make_helse, 1.0, "w-test-b"),
    Family("test.anskaffelse.tilbud", "anskaffelse", make_tilbud, 1.0, "w-test-b"),
]


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def plain_text(msg: email.message.EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content().replace("\r\n", "\n") if part is not None else ""


def recipients(msg: email.message.EmailMessage) -> set[str]:
    """Every address the mail was delivered to: To, Cc and Delivered-To."""
    found = {msg["Delivered-To"]} if msg["Delivered-To"] else set()
    for name in ("To", "Cc"):
        if msg[name] is not None:
            found |= {a.addr_spec for a in msg[name].addresses}
    return found


def attachments(msg: email.message.EmailMessage) -> dict[str, email.message.EmailMessage]:
    return {p.get_filename(): p for p in msg.iter_attachments()}


def simple_draft(**kw) -> Draft:
    base = dict(tenant="havoy", sender_name="Bjørn Sæther", sender_email="bjorn.saether@online.no",
                subject="Søknad om kulturmidler – Ærfugllaget", body="Hei!\n\nHer er søknaden vår.\nBlåbær og ærfugl.\n\nMvh\nBjørn Sæther",
                received="2026-09-15")
    base.update(kw)
    return Draft(**base)


# ----------------------------------------------------------------------------- renderer

@pytest.mark.parametrize("style", [s for s in STYLES])
@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "windows-1252"])
def test_render_round_trips_headers_and_norwegian_text(style, charset):
    draft = simple_draft(style=style, charset=charset, subject="Søknad om kulturmidler Ærfugllaget")
    raw = render(draft, random.Random(f"{style}{charset}"), World(rng=random.Random(0)))
    msg = parse(raw)
    assert msg["Subject"] == "Søknad om kulturmidler Ærfugllaget"
    assert msg["From"].addresses[0].display_name == "Bjørn Sæther"
    assert msg["From"].addresses[0].addr_spec == "bjorn.saether@online.no"
    assert "post@havoy.kommune.no" in recipients(msg)
    assert msg["MIME-Version"] == "1.0" and msg["Message-ID"].strip().startswith("<")
    sent = msg["Date"].datetime
    assert sent.astimezone(OSLO).date() == date(2026, 9, 15)
    assert sent.utcoffset().total_seconds() == 7200  # CEST in September
    assert "Blåbær og ærfugl." in plain_text(msg)
    assert not msg.defects and all(not p.defects for p in msg.walk())
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_render_uses_requested_charset_and_encoded_words():
    raw = render(simple_draft(style="outlook", charset="iso-8859-1", subject="Søknad om løyve"),
                 random.Random(1), World(rng=random.Random(0)))
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"=?iso-8859-1?" in head.lower()
    assert b'charset="iso-8859-1"' in raw
    assert parse(raw)["Subject"] == "Søknad om løyve"


def test_charset_falls_back_to_utf8_when_text_does_not_fit():
    raw = render(simple_draft(charset="iso-8859-1", body="Hei – tankestrek og Łukasz."), random.Random(2),
                 World(rng=random.Random(0)))
    assert b'charset="utf-8"' in raw
    assert "Łukasz" in plain_text(parse(raw))


def test_outlook_reply_quotes_the_earlier_message_below_the_body():
    earlier = EarlierMessage("Kari Nilsen", "kari.nilsen@havoy.kommune.no", "Kulturmidler", "Send søknaden innen fredag.")
    raw = render(simple_draft(style="outlook", quoted=earlier, html=True), random.Random(3), World(rng=random.Random(0)))
    msg = parse(raw)
    text = plain_text(msg)
    assert text.index("Blåbær") < text.index("Fra: Kari Nilsen <kari.nilsen@havoy.kommune.no>")
    assert "Emne: Kulturmidler" in text and "Send søknaden innen fredag." in text
    assert msg["Subject"].startswith(("SV: ", "AW: ")) or msg["Subject"] == simple_draft().subject
    assert "MsoNormal" in msg.get_body(preferencelist=("html",)).get_content()
    assert msg["In-Reply-To"]


def test_gmail_reply_quotes_with_angle_brackets_and_gmail_quote_div():
    earlier = EarlierMessage("Kari Nilsen", "kari@havoy.kommune.no", "Kulturmidler", "Linje en.\nLinje to.")
    msg = parse(render(simple_draft(style="gmail", quoted=earlier, html=True), random.Random(4),
                       World(rng=random.Random(0))))
    text = plain_text(msg)
    assert "skrev Kari Nilsen <kari@havoy.kommune.no>:" in text or "wrote:" in text
    assert "> Linje en.\n> Linje to." in text
    assert 'class="gmail_quote"' in msg.get_body(preferencelist=("html",)).get_content()


def test_forward_renders_the_original_with_its_headers():
    original = EarlierMessage("Ola Hansen", "ola@gmail.com", "Bekymring for nabo", "Naboen min trenger hjelp.",
                              date="12. september 2026 10:00")
    for style, marker in [("gmail", "Videresendt melding"), ("outlook", "Fra: Ola Hansen <ola@gmail.com>"),
                          ("iphone", "videresendt")]:
        msg = parse(render(simple_draft(style=style, forwarded=original, body="Til journalføring."),
                           random.Random(5), World(rng=random.Random(0))))
        text = plain_text(msg)
        assert marker.lower() in text.lower(), style
        assert "Naboen min trenger hjelp." in text and "Bekymring for nabo" in text
        assert text.index("Til journalføring.") < text.index("Naboen min")
        assert msg["Subject"].lower().startswith(("fwd:", "vs:", "fw:"))


def test_iphone_mail_is_plain_text_with_footer():
    msg = parse(render(simple_draft(style="iphone"), random.Random(6), World(rng=random.Random(0))))
    assert msg.get_content_type() == "text/plain"
    assert "Sendt fra min iPhone" in plain_text(msg) or "Sendt frå iPhone-en min" in plain_text(msg)


def test_bulk_and_system_senders_get_their_headers():
    world = World(rng=random.Random(0))
    bulk = parse(render(simple_draft(style="bulk"), random.Random(7), world))
    assert bulk["List-Unsubscribe"] and bulk["Precedence"] == "bulk"
    assert bulk.get_body(preferencelist=("html",)) is not None
    system = parse(render(simple_draft(style="system"), random.Random(8), world))
    assert system["Auto-Submitted"] == "auto-generated"
    custom = parse(render(simple_draft(extra_headers={"Auto-Submitted": "auto-replied"}), random.Random(9), world))
    assert custom["Auto-Submitted"] == "auto-replied"


def test_html_only_mail_has_no_plain_part():
    msg = parse(render(simple_draft(html_only=True, style="bulk"), random.Random(10), World(rng=random.Random(0))))
    assert msg.get_content_type() == "text/html"
    assert "Blåbær og ærfugl." in msg.get_content()


def test_pdf_attachment_has_extractable_norwegian_text():
    draft = simple_draft(attachments=[AttachmentSpec("Søknad.pdf", "pdf", "Søknad om tilskudd\nÆrfugl på øya – "
                                                     "kr 25 000 for å øke bestanden.")])
    msg = parse(render(draft, random.Random(11), World(rng=random.Random(0))))
    part = attachments(msg)["Søknad.pdf"]
    data = part.get_content()
    assert data.startswith(b"%PDF") and len(data) < 8000
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert "Søknad om tilskudd" in text and "Ærfugl på øya - kr 25 000 for å øke" in " ".join(text.split())


def test_scan_attachment_is_a_pdf_without_text_layer():
    msg = parse(render(simple_draft(attachments=[AttachmentSpec("skann.pdf", "scan")]), random.Random(12),
                       World(rng=random.Random(0))))
    data = attachments(msg)["skann.pdf"].get_content()
    doc = pdfium.PdfDocument(data)
    assert len(doc) == 1 and doc[0].get_textpage().get_text_range().strip() == ""
    assert len(data) < 10000


def test_docx_image_ics_and_txt_attachments_are_real_files():
    import docx
    from PIL import Image

    draft = simple_draft(attachments=[
        AttachmentSpec("Budsjett.docx", "docx", "Budsjett for ærfuglprosjektet\nØkonomi: 25 000 kr"),
        AttachmentSpec("bilde.jpg", "image"), AttachmentSpec("kart.png", "image"),
        AttachmentSpec("møte.ics", "ics", "Befaring på tomta\nMøt opp ved porten"),
        AttachmentSpec("notat.txt", "txt", "Notat om ærfugl")])
    msg = parse(render(draft, random.Random(13), World(rng=random.Random(0))))
    files = attachments(msg)
    document = docx.Document(io.BytesIO(files["Budsjett.docx"].get_content()))
    assert [p.text for p in document.paragraphs][:2] == ["Budsjett for ærfuglprosjektet", "Økonomi: 25 000 kr"]
    assert len(files["Budsjett.docx"].get_content()) < 10000
    assert Image.open(io.BytesIO(files["bilde.jpg"].get_content())).format == "JPEG"
    assert Image.open(io.BytesIO(files["kart.png"].get_content())).format == "PNG"
    assert files["møte.ics"].get_content_type() == "text/calendar"
    ics = files["møte.ics"].get_content()
    assert "BEGIN:VCALENDAR" in ics and "SUMMARY:Befaring på tomta" in ics
    assert files["notat.txt"].get_content().strip() == "Notat om ærfugl"


def test_msg_attachment_is_a_nested_rfc822_message():
    inner = Draft(tenant="havoy", sender_name="Åse Ødegård", sender_email="ase@online.no", subject="Klage på støy",
                  body="Det bråker hele natta.", attachments=[AttachmentSpec("lyd.pdf", "pdf", "Logg\nmåling")])
    msg = parse(render(simple_draft(attachments=[AttachmentSpec("Klage.eml", "msg", message=inner)]),
                       random.Random(14), World(rng=random.Random(0))))
    part = attachments(msg)["Klage.eml"]
    assert part.get_content_type() == "message/rfc822"
    nested = part.get_content()
    assert nested["Subject"] == "Klage på støy"
    assert nested["To"].addresses[0].addr_spec == "bjorn.saether@online.no"
    assert "Det bråker hele natta." in plain_text(nested)
    assert "lyd.pdf" in attachments(nested)


def test_dsn_is_a_multipart_report_with_original_headers():
    original = EarlierMessage("Postmottak", "post@havoy.kommune.no", "Svar på søknad", "", to="feil@ukjent.no")
    draft = Draft(tenant="havoy", sender_name="Mail Delivery System", sender_email="mailer-daemon@mx.havoy.kommune.no",
                  subject="Ikke levert: Svar på søknad", body="", dsn=True, quoted=original, received="2026-09-01")
    msg = parse(render(draft, random.Random(15), World(rng=random.Random(0))))
    assert msg.get_content_type() == "multipart/report"
    assert msg.get_param("report-type") == "delivery-status"
    types = [p.get_content_type() for p in msg.iter_parts()]
    assert types == ["text/plain", "message/delivery-status", "text/rfc822-headers"]
    status = msg.get_payload()[1].get_payload()
    assert status[1]["Final-Recipient"] == "rfc822; feil@ukjent.no" and status[1]["Action"] == "failed"
    original = email.message_from_string(msg.get_payload()[2].get_content(), policy=email.policy.default)
    assert original["Subject"] == "Svar på søknad" and original["To"] == "feil@ukjent.no"
    assert msg.get_payload()[2].get_content().isascii()
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["Subject"] == "Ikke levert: Svar på søknad" and msg["In-Reply-To"] is None


def test_delayed_dsn_says_delayed():
    draft = Draft(tenant="fjordvik", sender_name="Postmaster", sender_email="postmaster@fjordvik.kommune.no",
                  subject="Forsinket levering: Vedtak", body="Meldingen er ennå ikke levert.", dsn=True,
                  received="2026-09-01")
    msg = parse(render(draft, random.Random(16), World(rng=random.Random(0))))
    status = msg.get_payload()[1].get_payload()
    assert status[1]["Action"] == "delayed" and status[1]["Status"].startswith("4.")


def test_render_is_deterministic_for_the_same_rng():
    draft = make_tilbud(random.Random(1), World(rng=random.Random(2)))
    draft.received = "2026-09-03"
    a = render(draft, random.Random(99), World(rng=random.Random(5)))
    b = render(draft, random.Random(99), World(rng=random.Random(5)))
    c = render(draft, random.Random(100), World(rng=random.Random(5)))
    assert a == b and a != c


norwegian_text = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzæøåÆØÅé .,:;-–!?()\"'0123456789/\n")),
                         min_size=1, max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=norwegian_text, subject=norwegian_text, style=st.sampled_from(STYLES),
       charset=st.sampled_from(["utf-8", "iso-8859-1", "windows-1252"]), seed=st.integers(0, 10**6))
def test_any_norwegian_text_round_trips(body, subject, style, charset, seed):
    subject = " ".join(subject.split()) or "Emne"
    draft = simple_draft(body=body, subject=subject, style=style, charset=charset)
    msg = parse(render(draft, random.Random(seed), World(rng=random.Random(0))))
    assert msg["Subject"] == subject
    assert body.rstrip() in plain_text(msg)


# ----------------------------------------------------------------------------- labels

def good_label(**kw):
    label = {"id": "t00001", "tenant": "fjordvik", "received": "2026-09-01", "category": "byggesak",
             "in_scope": True, "journalposttype": "I", "skjerming": None, "sak": "2024/1187",
             "avsender": {"navn": "Kari", "epost": "kari@online.no", "orgnr": None}, "personnavn": [], "note": ""}
    label.update(kw)
    return label


def test_valid_label_has_no_problems():
    assert corpus.label_problems(good_label(), SCOPE, {"fjordvik": {"2024/1187"}, "havoy": set()}) == []


@pytest.mark.parametrize("change, expected", [
    ({"category": "hagesak"}, "ukjent kategori"),
    ({"skjerming": "X99"}, "ukjent skjermingskode"),
    ({"journalposttype": "U"}, "ukjent journalposttype"),
    ({"sak": "2024/9999"}, "ikke en åpen sak"),
    ({"sak": "24/1187"}, "ÅÅÅÅ/N"),
    ({"avsender": {"navn": "A", "epost": "a@b.no"}}, "navn, epost og orgnr"),
    ({"avsender": {"navn": "A", "epost": "a@b.no", "orgnr": "123456789"}}, "gyldig organisasjonsnummer"),
    ({"received": "15.09.2026"}, "ISO-dato"),
    ({"accept": [{"category": "plansak", "sak": "2023/1"}]}, "accept[0]: sak 2023/1"),
    ({"accept": [{"kategori": "plansak"}]}, "ukjente felt"),
])
def test_invalid_labels_are_reported(change, expected):
    problems = corpus.label_problems(good_label(**change), SCOPE, {"fjordvik": {"2024/1187"}, "havoy": set()})
    assert any(expected in p for p in problems), problems


def test_sak_of_another_tenant_is_not_accepted():
    problems = corpus.label_problems(good_label(), SCOPE, {"fjordvik": set(), "havoy": {"2024/1187"}})
    assert problems


def test_valid_orgnr():
    world = World(rng=random.Random(3))
    assert all(corpus.valid_orgnr(world.orgnr()) for _ in range(50))
    valid = world.orgnr()
    wrong = valid[:8] + str((int(valid[8]) + 1) % 10)
    assert not corpus.valid_orgnr(wrong)
    assert not corpus.valid_orgnr(valid[:8]) and not corpus.valid_orgnr(int(valid))


# ----------------------------------------------------------------------------- corpus builder

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    report = corpus.build(out, 24, seed=7, families=EXAMPLES, cases_per_tenant=60)
    return out, report


def test_build_writes_a_labelled_set_in_the_dataset_format(built):
    out, report = built
    labelled = LabelledSet.open(out)
    assert len(labelled.labels) == 24 == report.mails
    assert [row["id"] for row in labelled.labels] == [f"t{i:05d}" for i in range(1, 25)]
    assert sorted(p.name for p in (out / "mail").iterdir()) == [f"t{i:05d}.eml" for i in range(1, 25)]
    first = labelled.labels[0]
    assert list(first)[:11] == list(corpus.LABEL_KEYS) and list(first)[-2:] == ["family", "writer"]
    saks = {(c.tenant, c.sak) for c in labelled.cases}
    for row in labelled.labels:
        assert row["in_scope"] == SCOPE.in_scope(row["tenant"], row["category"])
        assert row["sak"] is None or (row["tenant"], row["sak"]) in saks
        assert row["family"] in {f.name for f in EXAMPLES} and row["writer"].startswith("w-test-")
        msg = parse(labelled.raw(row["id"]))
        assert TENANTS[row["tenant"]]["postmottak"] in recipients(msg)
        assert msg["Date"].datetime.astimezone(OSLO).date().isoformat() == row["received"]
    helse_havoy = [r for r in labelled.labels if r["category"] == "helse_omsorg" and r["tenant"] == "havoy"]
    assert all(not r["in_scope"] for r in helse_havoy)


def test_build_fills_the_archive_with_other_open_cases(built):
    out, report = built
    cases = LabelledSet.open(out).cases
    assert report.cases_per_tenant["fjordvik"] >= 60 and report.cases_per_tenant["havoy"] >= 60
    assert len({(c.tenant, c.sak) for c in cases}) == len(cases)  # no case number twice
    assert {c.enhet for c in cases} > {"PLB"}


def test_build_is_deterministic(built, tmp_path):
    out, _ = built
    corpus.build(tmp_path, 24, seed=7, families=EXAMPLES, cases_per_tenant=60)
    for name in ("labels.jsonl", "cases.jsonl", "mail/t00001.eml", "mail/t00024.eml"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name
    other = tmp_path / "other"
    corpus.build(other, 24, seed=8, families=EXAMPLES, cases_per_tenant=60)
    assert (other / "labels.jsonl").read_bytes() != (out / "labels.jsonl").read_bytes()


def test_a_family_that_raises_is_reported_and_skipped(tmp_path):
    def flaky(rng, world):
        if rng.random() < 0.5:
            raise KeyError("mangler mal")
        return make_helse(rng, world)

    families = [Family("test.flaky", "helse_omsorg", flaky, 1.0, "w-x"), EXAMPLES[0]]
    report = corpus.build(tmp_path, 20, seed=1, families=families, cases_per_tenant=10)
    assert report.mails == 20
    assert report.failures["test.flaky"] > 0
    assert "KeyError" in report.failure_examples["test.flaky"]


def test_a_family_with_a_bad_label_stops_the_build(tmp_path):
    def bad(rng, world):
        d = make_helse(rng, world)
        d.avsender["orgnr"] = "123"
        return d

    families = [Family("test.bad_orgnr", "helse_omsorg", bad, 1.0, "w-x")]
    with pytest.raises(corpus.LabelError, match="test.bad_orgnr.*orgnr"):
        corpus.build(tmp_path, 5, seed=1, families=families)
    lenient = corpus.build(tmp_path, 3, seed=1, families=families + [EXAMPLES[1]], strict=False,
                           cases_per_tenant=5)
    assert lenient.mails == 3 and lenient.failures["test.bad_orgnr"] > 0


def test_select_families_by_pattern_and_writer():
    names = lambda fs: sorted(f.name for f in fs)  # noqa: E731
    assert names(corpus.select_families(EXAMPLES, "test.byggesak.*")) == ["test.byggesak.nabomerknad"]
    assert names(corpus.select_families(EXAMPLES, "anskaffelse,helse_omsorg")) == [
        "test.anskaffelse.tilbud", "test.helse.hjemmetjenester"]
    assert names(corpus.select_families(EXAMPLES, writer="w-test-a")) == ["test.byggesak.nabomerknad"]
    assert "test.byggesak.nabomerknad" not in names(corpus.select_families(EXAMPLES, exclude_writer="w-test-a"))


def test_discover_families_skips_helpers_and_broken_modules():
    errors: dict[str, str] = {}
    families = corpus.discover_families(errors)
    assert "common" not in errors
    assert all(isinstance(f, Family) for f in families)


def test_families_table_lists_weights_and_writers():
    table = families_table(EXAMPLES)
    assert "| `test.byggesak.nabomerknad` | byggesak | 2 | 50.0 % | w-test-a |" in table
    assert "3 families" in table


def test_cli_builds_from_a_family_pattern(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(corpus, "discover_families", lambda import_errors=None: list(EXAMPLES))
    import training_data.generator.__main__ as cli

    monkeypatch.setattr(cli, "discover_families", lambda import_errors=None: list(EXAMPLES))
    assert main(["--out", str(tmp_path), "--n", "6", "--seed", "3", "--families", "test.helse.*",
                 "--cases-per-tenant", "5"]) == 0
    rows = [json.loads(x) for x in (tmp_path / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6 and {r["family"] for r in rows} == {"test.helse.hjemmetjenester"}
    assert "6 e-poster" in capsys.readouterr().out
    assert main(["--list", "--holdout-writer", "w-test-b"]) == 0
    listed = capsys.readouterr().out
    assert "test.byggesak.nabomerknad" in listed and "test.anskaffelse.tilbud" not in listed


# ----------------------------------------------------------------------------- family helpers

def test_typos_keep_digits_and_case_numbers():
    rng = random.Random(4)
    text = "Viser til sak 2024/1187-3 om gnr. 12 bnr. 345 og søknaden datert 15.09.2026."
    noisy = common.typos(rng, text, rate=0.3)
    assert noisy != text
    for token in ("2024/1187-3", "12", "345", "15.09.2026"):
        assert token in noisy


def test_sign_off_and_signature_use_the_sender():
    world = World(rng=random.Random(1))
    rng = random.Random(2)
    p, firm, addr = common.firm_sender(rng, world, "bygg")
    assert addr.endswith("@" + firm.domain)
    signs = [common.sign_off(rng, world, p, "nn", firm=firm) for _ in range(20)]
    assert all(p.first in s for s in signs)
    assert any(firm.name in s for s in signs)
    assert common.greeting(rng, "en", "Kari").startswith(("Hello", "Hi", "Dear", "Good"))
    assert common.strip_norwegian_letters("Bjørnsæter på Åsen") == "Bjornsaeter paa Aasen"


def test_sender_lang_follows_the_tenant():
    rng = random.Random(5)
    havoy = [common.sender_lang(rng, "havoy") for _ in range(400)]
    fjordvik = [common.sender_lang(rng, "fjordvik") for _ in range(400)]
    assert havoy.count("nn") > 150 and fjordvik.count("nn") < 80
    assert set(havoy) | set(fjordvik) <= {"nb", "nn", "en"}


def test_outlook_firm_mail_sometimes_carries_an_inline_logo_not_an_attachment():
    world = World(rng=random.Random(0))
    related = 0
    for seed in range(30):
        msg = parse(render(simple_draft(style="outlook", html=True, sender_email="kari@vestbygg.no"),
                           random.Random(seed), world))
        types = [p.get_content_type() for p in msg.walk()]
        if "multipart/related" in types:
            related += 1
            html_part = msg.get_body(preferencelist=("html",))
            assert 'src="cid:image001.png@' in html_part.get_content()
            assert "image/png" in types and list(msg.iter_attachments()) == []
    assert 0 < related < 30


def row_postmottak(row):
    return TENANTS[row["tenant"]]["postmottak"]


def test_recipients_vary_but_always_reach_the_postmottak():
    world = World(rng=random.Random(0))
    to_first = 0
    for seed in range(80):
        msg = parse(render(simple_draft(style="outlook"), random.Random(seed), world))
        assert "post@havoy.kommune.no" in recipients(msg)
        to_first += [a.addr_spec for a in msg["To"].addresses][:1] == ["post@havoy.kommune.no"]
    assert 55 < to_first < 80


def test_the_real_families_build_into_a_valid_set(tmp_path):
    """Integration: whatever family modules exist render and validate together (small build)."""
    families = corpus.discover_families()
    if not families:
        pytest.skip("no family modules yet")
    report = corpus.build(tmp_path, 300, seed=20261122, families=families)
    labelled = LabelledSet.open(tmp_path)
    assert report.mails == len(labelled.labels) == 300
    assert sum(report.failures.values()) < 30, report.failure_examples
    for row in labelled.labels[:60]:
        msg = parse(labelled.raw(row["id"]))
        assert not msg.defects and row_postmottak(row) in recipients(msg)


def test_fill_archive_keeps_off_properties_that_new_matters_mention():
    world = World(rng=random.Random(1))
    avoid = frozenset((t, g, b) for t in TENANTS for g in range(1, 241) for b in range(1, 400))
    added = world.fill_archive(120, random.Random(2), avoid)
    assert added == 240
    placed = [c for c in world.cases if c.gnr is not None]
    assert placed and all(c.bnr == 400 for c in placed)


def test_mentioned_properties_reads_gnr_bnr_forms():
    draft = simple_draft(subject="Gnr. 12, bnr. 34", body="Gjelder 56/78, jf. sak 2024/1187.")
    assert corpus.mentioned_properties(draft) == {(12, 34), (56, 78)}


def test_non_ascii_file_names_round_trip_in_both_encodings():
    forms = set()
    for seed in range(12):
        draft = simple_draft(style="outlook", attachments=[AttachmentSpec("Søknad tilbygg.pdf", "pdf", "S\nx")])
        raw = render(draft, random.Random(seed), World(rng=random.Random(0)))
        assert list(attachments(parse(raw))) == ["Søknad tilbygg.pdf"]
        forms.add("rfc2047" if b'filename="=?utf-8?' in raw else "rfc2231" if b"filename*=utf-8''" in raw else "?")
    assert forms == {"rfc2047", "rfc2231"}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quoted=norwegian_text, forwarded=norwegian_text, name=norwegian_text, style=st.sampled_from(STYLES),
       charset=st.sampled_from(["utf-8", "iso-8859-1", "windows-1252"]), seed=st.integers(0, 10**6))
def test_any_history_round_trips(quoted, forwarded, name, style, charset, seed):
    name = " ".join(name.split()) or "Kari"
    draft = simple_draft(style=style, charset=charset,
                         quoted=EarlierMessage(name, "kari@havoy.kommune.no", "Emne", quoted, to=name),
                         forwarded=EarlierMessage(name, "ola@online.no", "Gammelt emne", forwarded))
    text = plain_text(parse(render(draft, random.Random(seed), World(rng=random.Random(0)))))
    assert "Blåbær og ærfugl." in text
    for line in (forwarded.rstrip() + "\n" + quoted.rstrip()).split("\n"):
        assert line.strip() in text


def test_check_set_accepts_the_shared_dev_set_and_a_built_corpus(built):
    from tests.conftest import DEV_SET

    out, _ = built
    assert corpus.check_set(out) == []
    if DEV_SET.exists():
        assert corpus.check_set(DEV_SET) == []


def test_check_cli_reports_a_broken_set(built, tmp_path, capsys):
    import shutil

    out, _ = built
    broken = tmp_path / "broken"
    shutil.copytree(out, broken)
    rows = [json.loads(x) for x in (broken / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[0]["in_scope"] = not rows[0]["in_scope"]
    rows[1]["sak"] = "1999/1"
    (broken / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["--check", str(broken)]) == 1
    printed = capsys.readouterr().out
    assert "t00001: in_scope stemmer ikke" in printed and "t00002: sak 1999/1 er ikke en åpen sak" in printed
    assert main(["--check", str(out)]) == 0


def test_generated_fodselsnummer_never_pass_the_check_digit():
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    world = World(rng=random.Random(9))
    for _ in range(500):
        fnr = world.fodselsnummer()
        rest = sum(int(d) * w for d, w in zip(fnr[:9], w1)) % 11
        k1 = 0 if rest == 0 else 11 - rest
        assert len(fnr) == 11 and fnr.isdigit() and (k1 == 10 or int(fnr[9]) != k1)
