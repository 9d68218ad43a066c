"""Fiks Arkiv V1 ``arkivmelding`` (opprett) for one journalpost.

Mapping from a decision to Noark 5 (names as in the standard):

- a new saksmappe (``mappe xsi:type="saksmappe"``) when the mail belongs to no open case, with
  tittel, administrativEnhet, klassifikasjon (the scope's klasse, plus GBNR gnr/bnr when known) and
  saksstatus B; otherwise ``referanseForelderMappe/saksnummer`` of the open case;
- ``registrering xsi:type="journalpost"`` with journalposttype, journalstatus J, tittel (the subject)
  and offentligTittel (names screened), skjerming (tilgangsrestriksjon + skjermingshjemmel),
  korrespondansepart (EA avsender for I, IA intern avsender for N/X; erSkjermet for private persons
  when screened), dokumentbeskrivelse: the mail as hoveddokument, each attachment as vedlegg, every
  dokumentobjekt pointing to its file in the package (referanseDokumentfil) with a SHA-256 sjekksum;
- ``referanseEksternNoekkel`` (fagsystem postmottak, noekkel = the mail's sha256): the idempotency
  key a receiving archive can use to refuse a second journalpost for the same mail.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from lxml import etree

from service.archive.base import ArchiveRequest

NS = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1"
MDK = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = Path(__file__).resolve().parent / "schemas" / "fiks-arkiv-v1" / "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd"
SYSTEM = "postmottak"

JOURNALPOSTTYPER = {"I": "Inngående dokument", "N": "Organinternt dokument for oppfølging",
                    "X": "Organinternt dokument uten oppfølging"}
TILGANGSRESTRIKSJON = {"P13": ("13", "Unntatt etter offentleglova § 13"),
                       "F13": ("13", "Unntatt etter offentleglova § 13"),
                       "BV": ("13", "Unntatt etter offentleglova § 13"),
                       "P25": ("25", "Unntatt etter offentleglova § 25")}
GBNR = re.compile(r"\b(\d{1,4})\s*/\s*(\d{1,4})\b")


class ArkivmeldingError(ValueError):
    """The arkivmelding does not validate against the Fiks Arkiv schema."""


@dataclass(frozen=True)
class PackageFile:
    """A file of the package: the name inside the package and what it is."""

    reference: str  # referanseDokumentfil: the file's name in the package
    filename: str  # filnavn: the original name, for display
    mime_type: str
    sha256: str
    size: int
    title: str


@dataclass(frozen=True)
class Numbers:
    """What the archive allocated: journalpost number, and the new case number if one was made."""

    journalaar: int
    journalsekvensnummer: int
    saksaar: int
    sakssekvensnummer: int
    new_saksmappe: bool


def file_entry(reference: str, filename: str, mime_type: str, payload: bytes, title: str) -> PackageFile:
    return PackageFile(reference, filename, mime_type, hashlib.sha256(payload).hexdigest(), len(payload), title)


def _el(parent, name: str, text: str | int | None = None, *, ns: str = NS, **attrs):
    node = etree.SubElement(parent, f"{{{ns}}}{name}", **attrs)
    if text is not None:
        node.text = str(text)
    return node


def _md(parent, name: str, text: str | int | None = None):
    """A child of a type from the metadatakatalog, which qualifies its elements in its own namespace."""
    return _el(parent, name, text, ns=MDK)


def _kode(parent, name: str, kode: str, beskrivelse: str | None = None) -> None:
    node = _el(parent, name)
    _md(node, "kode", kode)
    if beskrivelse:
        _md(node, "beskrivelse", beskrivelse)


def _skjerming(parent, code: str | None, hjemmel: str | None) -> None:
    if not code:
        return
    kode, beskrivelse = TILGANGSRESTRIKSJON.get(code, ("13", "Unntatt etter offentleglova § 13"))
    node = _el(parent, "skjerming")
    _kode(node, "tilgangsrestriksjon", kode, beskrivelse)
    _el(node, "skjermingshjemmel", hjemmel or code)


def _ekstern(parent, name: str, key: str, *, ns: str = NS) -> None:
    node = _el(parent, name, ns=ns)
    _md(node, "fagsystem", SYSTEM)
    _md(node, "noekkel", key)


def _klassifikasjon(parent, klasse: str | None, gnr_bnr: tuple[int, int] | None) -> None:
    if klasse:
        node = _el(parent, "klassifikasjon")
        _el(node, "klassifikasjonssystemID", "ORDNPRI" if not klasse[:1].isalpha() else "KODE")
        _el(node, "klasseID", klasse)
    if gnr_bnr:
        node = _el(parent, "klassifikasjon")
        _el(node, "klassifikasjonssystemID", "GBNR")
        _el(node, "klasseID", f"{gnr_bnr[0]}/{gnr_bnr[1]}")


def gnr_bnr_from_title(title: str) -> tuple[int, int] | None:
    """The "56/60 - Kirkebakken 31 - ..." convention of saksmappe titles for property cases."""
    m = GBNR.match(title.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def build_arkivmelding(req: ArchiveRequest, files: list[PackageFile], numbers: Numbers, *,
                       enhet_navn: str | None, created: datetime, gnr_bnr: tuple[int, int] | None = None) -> bytes:
    """The arkivmelding XML for the journalpost described by ``req``.  ``files[0]`` is the mail itself."""
    p = req.prediction
    screened = p.skjerming is not None
    public_title = p.offentlig_tittel.strip() or "Henvendelse"
    full_title = (req.subject or "").strip() if screened else public_title
    full_title = full_title or public_title
    root = etree.Element(f"{{{NS}}}arkivmelding", nsmap={None: NS, "n5mdk": MDK, "xsi": XSI})
    _el(root, "system", SYSTEM)
    _el(root, "regel", "Automatisk journalføring fra postmottak")
    _el(root, "antallFiler", len(files))
    mappe_key = f"saksmappe-{req.mail_id}"
    if numbers.new_saksmappe:
        mappe = _el(root, "mappe", **{f"{{{XSI}}}type": "saksmappe"})
        _el(mappe, "systemID", str(uuid.uuid5(uuid.NAMESPACE_URL, f"postmottak:{mappe_key}")))
        _el(mappe, "tittel", req.saksmappe_tittel or public_title)
        _el(mappe, "offentligTittel", req.saksmappe_tittel or public_title)
        _el(mappe, "opprettetDato", created.isoformat(timespec="seconds"))
        _el(mappe, "opprettetAv", SYSTEM)
        _skjerming(mappe, p.skjerming, req.skjermingshjemmel)
        _klassifikasjon(mappe, p.klasse, gnr_bnr)
        _ekstern(mappe, "referanseEksternNoekkel", mappe_key)
        _el(mappe, "saksaar", numbers.saksaar)
        _el(mappe, "sakssekvensnummer", numbers.sakssekvensnummer)
        _el(mappe, "saksdato", created.date().isoformat())
        if p.enhet:
            enhet = _el(mappe, "administrativEnhet")
            if enhet_navn:
                _md(enhet, "navn", enhet_navn)
            _md(enhet, "identifikator", p.enhet)
        _kode(mappe, "saksstatus", "B", "Under behandling")

    jp = _el(root, "registrering", **{f"{{{XSI}}}type": "journalpost"})
    _el(jp, "systemID", str(uuid.uuid5(uuid.NAMESPACE_URL, f"postmottak:journalpost-{req.mail_id}")))
    _el(jp, "opprettetDato", created.isoformat(timespec="seconds"))
    _el(jp, "opprettetAv", SYSTEM)
    parent = _el(jp, "referanseForelderMappe")
    if numbers.new_saksmappe:
        _ekstern(parent, "referanseEksternNoekkel", mappe_key, ns=MDK)
    else:
        saksnummer = _md(parent, "saksnummer")
        _md(saksnummer, "saksaar", numbers.saksaar)
        _md(saksnummer, "sakssekvensnummer", numbers.sakssekvensnummer)
    _skjerming(jp, p.skjerming, req.skjermingshjemmel)
    for n, f in enumerate(files, 1):
        doc = _el(jp, "dokumentbeskrivelse")
        _kode(doc, "dokumenttype", "KORR" if n == 1 else "VEDLEGG", "Korrespondanse" if n == 1 else "Vedlegg")
        _kode(doc, "dokumentstatus", "F", "Dokumentet er ferdigstilt")
        _el(doc, "tittel", f.title or f.filename)
        _el(doc, "opprettetDato", created.isoformat(timespec="seconds"))
        _el(doc, "opprettetAv", SYSTEM)
        _kode(doc, "tilknyttetRegistreringSom", "H" if n == 1 else "V", "Hoveddokument" if n == 1 else "Vedlegg")
        _el(doc, "dokumentnummer", n)
        _skjerming(doc, p.skjerming, req.skjermingshjemmel)
        obj = _el(doc, "dokumentobjekt")
        _el(obj, "versjonsnummer", 1)
        _kode(obj, "variantformat", "P", "Produksjonsformat")
        _el(obj, "mimeType", f.mime_type)
        _el(obj, "filnavn", f.filename)
        _el(obj, "referanseDokumentfil", f.reference)
        _el(obj, "sjekksum", f.sha256)
        _el(obj, "sjekksumAlgoritme", "SHA-256")
        _el(obj, "filstoerrelse", f.size)
    _el(jp, "tittel", full_title)
    _el(jp, "offentligTittel", public_title)
    part = p.avsender
    if part.navn or part.epost:
        kp = _el(jp, "korrespondansepart")
        internal = p.journalposttype in ("N", "X")
        _kode(kp, "korrespondanseparttype", "IA" if internal else "EA", "Intern avsender" if internal else "Avsender")
        _el(kp, "korrespondansepartNavn", part.navn or part.epost)
        if part.orgnr:
            _el(kp, "organisasjonid", part.orgnr)
        if part.epost:
            _el(kp, "epostadresse", part.epost)
        if internal and p.enhet:
            enhet = _el(kp, "administrativEnhet")
            _md(enhet, "identifikator", p.enhet)
        if screened and not part.orgnr:
            _el(kp, "erSkjermet", "true")
            _el(kp, "erPersonnavn", "true")
    _klassifikasjon(jp, p.klasse, None)
    _ekstern(jp, "referanseEksternNoekkel", req.mail_id)
    _el(jp, "journalaar", numbers.journalaar)
    _el(jp, "journalsekvensnummer", numbers.journalsekvensnummer)
    _kode(jp, "journalposttype", p.journalposttype, JOURNALPOSTTYPER.get(p.journalposttype))
    _kode(jp, "journalstatus", "J", "Journalført")
    _el(jp, "journaldato", created.date().isoformat())
    _el(jp, "dokumentetsDato", _as_date(req.received).isoformat())
    _el(jp, "mottattDato", req.received.isoformat(timespec="seconds"))
    _el(jp, "antallVedlegg", max(0, len(files) - 1))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


@lru_cache(maxsize=4)
def _schema(path: str):
    import xmlschema

    return xmlschema.XMLSchema(path)


def validate_arkivmelding(xml: bytes, schema: str | Path = SCHEMA) -> None:
    """Raise ``ArkivmeldingError`` naming the first problem when ``xml`` does not validate."""
    errors = list(_schema(str(schema)).iter_errors(etree.fromstring(xml)))
    if errors:
        first = errors[0]
        raise ArkivmeldingError(f"arkivmeldingen er ugyldig ({len(errors)} feil): {first.reason} ved {first.path}")
