"""The local archive: packages that validate against KS's schema, idempotency, crash recovery, safe names."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree

from classifier.types import Attachment, Case, Korrespondansepart, Prediction
from service.archive.arkivmelding import MDK, NS, validate_arkivmelding
from service.archive.base import ArchiveRequest
from service.archive.local import LocalArchive, safe_filename
from tests.conftest import SHARED

SHARED_XSD = SHARED / "schemas" / "fiks-arkiv-v1" / "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd"


def shared_validate(xml: bytes) -> None:
    if not SHARED_XSD.exists():
        pytest.skip("../shared/schemas mangler")
    validate_arkivmelding(xml, SHARED_XSD)


def request(raw: bytes = b"From: a@b.no\r\n\r\nhei\r\n", **pred) -> ArchiveRequest:
    fields = dict(id="x", tenant="fjordvik", category="byggesak", confidence=0.99, journalposttype="I",
                  skjerming=None, sak="2024/1187", offentlig_tittel="56/60 - Kirkebakken 31 - Nabomerknad",
                  avsender=Korrespondansepart("Vestbygg AS", "post@vestbygg.example", "946420697"),
                  enhet="PLB", klasse="L42")
    fields.update(pred)
    p = Prediction(**fields)
    att = [Attachment(filename="Situasjonsplan rev C.pdf", content_type="application/pdf", size=5,
                      sha256="", payload=b"%PDF-")]
    return ArchiveRequest(mail_id=hashlib.sha256(raw).hexdigest(), tenant="fjordvik", tenant_navn="Fjordvik kommune",
                          prediction=p, skjermingshjemmel=None, saksmappe_tittel=p.offentlig_tittel,
                          received=datetime(2026, 9, 14, 8, 58, tzinfo=timezone.utc), subject="SV: nabomerknad",
                          raw_mail=raw, attachments=att)


@pytest.fixture
def archive(tmp_path, scope):
    return LocalArchive(tmp_path / "archive", scope, seed_cases=[
        Case("fjordvik", "2024/1187", "56/60 - Kirkebakken 31 - Riving", "PLB", "L42", 56, 60)])


def xml_of(receipt) -> bytes:
    return (Path(receipt.location) / "arkivmelding.xml").read_bytes()


def test_existing_case_package_validates_and_references_its_files(archive):
    r = archive.archive(request())
    assert r.created and r.saksmappe == "2024/1187"
    xml = xml_of(r)
    shared_validate(xml)
    doc = etree.fromstring(xml)
    refs = [e.text for e in doc.iter(f"{{{NS}}}referanseDokumentfil")]
    files = sorted(p.name for p in Path(r.location).iterdir() if p.name not in ("arkivmelding.xml", "kvittering.json"))
    assert sorted(refs) == files == ["melding.eml", "vedlegg-01-Situasjonsplan_rev_C.pdf"]
    assert (Path(r.location) / "melding.eml").read_bytes() == b"From: a@b.no\r\n\r\nhei\r\n"
    assert doc.find(f".//{{{MDK}}}saksnummer/{{{MDK}}}sakssekvensnummer").text == "1187"
    assert doc.find(f".//{{{NS}}}organisasjonid").text == "946420697"


def test_new_case_gets_next_number_and_is_open_afterwards(archive):
    r = archive.archive(request(sak=None, offentlig_tittel="130/162 - Skolegata 4 - Søknad om tiltak"))
    year = datetime.now(timezone.utc).year
    assert r.saksmappe == f"{year}/1"
    shared_validate(xml_of(r))
    doc = etree.fromstring(xml_of(r))
    assert doc.find(f"{{{NS}}}mappe/{{{NS}}}tittel").text.startswith("130/162")
    classes = [e.text for e in doc.iter(f"{{{NS}}}klasseID")]
    assert "130/162" in classes and "L42" in classes
    assert any(c.sak == r.saksmappe for c in archive.find_open_cases("fjordvik"))


def test_open_cases_are_read_again_only_when_a_saksmappe_was_added(archive):
    """The same list while saksmapper.jsonl is unchanged (callers index it once); a new list
    with the new case as soon as one is recorded, also when another archive object wrote it."""
    first = archive.find_open_cases("fjordvik")
    assert archive.find_open_cases("fjordvik") is first and [c.sak for c in first] == ["2024/1187"]
    r = archive.archive(request(sak=None, offentlig_tittel="130/162 - Skolegata 4 - Søknad om tiltak"))
    after = archive.find_open_cases("fjordvik")
    assert after is not first and [c.sak for c in after] == ["2024/1187", r.saksmappe]
    other = LocalArchive(archive.root, archive.scope)  # another process writing the same archive
    r2 = other.archive(request(b"From: c@d.no\r\n\r\nny\r\n", sak=None, offentlig_tittel="Søknad om løyve"))
    assert [c.sak for c in archive.find_open_cases("fjordvik")] == ["2024/1187", r.saksmappe, r2.saksmappe]
    assert archive.find_open_cases("havoy") == []


def test_the_service_indexes_a_tenants_open_cases_once_until_they_change(archive, scope):
    from classifier.cases import CaseRegistry
    from classifier.policy import Thresholds
    from service.runtime import make_classify

    seen = []

    class Model:
        thresholds_ = Thresholds()

        def predict(self, parsed, *, mail_id, tenant, cases):
            seen.append(cases)
            return Prediction(id=mail_id, tenant=tenant, category="byggesak", confidence=0.5)

    classify = make_classify(Model(), scope, archive)
    from classifier.types import Address, ParsedMail

    mail = ParsedMail(subject="s", body="b", sender=Address("A", "a@b.no"))
    classify(mail, "k1", "fjordvik")
    classify(mail, "k2", "fjordvik")
    assert isinstance(seen[0], CaseRegistry) and seen[1] is seen[0]
    archive.archive(request(sak=None, offentlig_tittel="130/162 - Skolegata 4 - Søknad om tiltak"))
    classify(mail, "k3", "fjordvik")
    assert seen[2] is not seen[0] and len(seen[2].for_tenant("fjordvik")) == 2


def test_screened_internal_memo(archive):
    req = request(b"memo", category="helse_omsorg", journalposttype="N", skjerming="P13", sak=None,
                  offentlig_tittel="Notat - endret bistandsbehov - *****",
                  avsender=Korrespondansepart("Anne Hansen", "anne.hansen@fjordvik.kommune.no", None),
                  enhet="HO", klasse="H12")
    req.skjermingshjemmel = "Offl. § 13 jf. fvl. § 13 første ledd nr. 1"
    req.subject = "Notat - endret bistandsbehov - Ola Nordmann"
    r = archive.archive(req)
    xml = xml_of(r)
    shared_validate(xml)
    doc = etree.fromstring(xml)
    jp = doc.find(f"{{{NS}}}registrering")
    assert jp.find(f"{{{NS}}}offentligTittel").text.endswith("*****")
    assert jp.find(f"{{{NS}}}skjerming/{{{NS}}}skjermingshjemmel").text.startswith("Offl. § 13")
    assert jp.find(f"{{{NS}}}journalposttype/{{{MDK}}}kode").text == "N"
    assert jp.find(f".//{{{NS}}}korrespondanseparttype/{{{MDK}}}kode").text == "IA"


def test_same_mail_twice_is_one_package(archive):
    first = archive.archive(request())
    second = archive.archive(request())
    assert first.created and not second.created
    assert (first.journalpost_id, first.location) == (second.journalpost_id, second.location)
    assert len(list((archive.root / "fjordvik").glob("*/arkivmelding.xml"))) == 1


def test_recover_removes_half_written_packages(archive):
    archive.archive(request())
    half = archive.root / "fjordvik" / ".tmp-deadbeef-123"
    half.mkdir()
    (half / "melding.eml").write_bytes(b"half")
    assert archive.recover() == 1
    assert not half.exists()


@pytest.mark.parametrize("hostile", ["../../etc/passwd", "CON", "con.txt", "a" * 300 + ".pdf", "x\x00y\n.pdf",
                                     "C:\\Windows\\system32\\evil.exe", "", "....", "søknad æøå.docx"])
def test_hostile_attachment_names_are_safe(hostile):
    name = safe_filename(hostile)
    assert name and "/" not in name and "\\" not in name and "\x00" not in name and "\n" not in name
    assert len(name) <= 80 and name.isascii() and not name.startswith(".")
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}


def test_duplicate_and_hostile_names_in_one_package(archive):
    req = request()
    req.attachments = [Attachment(filename=n, content_type="application/pdf", size=1, sha256="", payload=b"1")
                       for n in ["../x.pdf", "x.pdf", "X.PDF", "melding.eml"]]
    r = archive.archive(req)
    names = sorted(p.name for p in Path(r.location).iterdir())
    assert len(names) == 4 + 3  # 4 attachments + mail, xml, kvittering, all distinct
    assert all(Path(r.location, n).resolve().parent == Path(r.location).resolve() for n in names)
    shared_validate(xml_of(r))
