"""The local archive, the embedded default: each journalpost as a Fiks Arkiv package on disk.

Layout under the archive root::

    <tenant>/<package>/arkivmelding.xml   validates against the Fiks Arkiv V1 opprett schema
    <tenant>/<package>/melding.eml        the mail, byte-exact (hoveddokument)
    <tenant>/<package>/vedlegg-01-....     each attachment (vedlegg), under a safe name
    <tenant>/<package>/kvittering.json     journalpost and saksmappe numbers
    <tenant>/saksmapper.jsonl             saksmapper this archive created (open cases)
    <tenant>/.sekvens.json                number series per year

``<package>`` is derived from the mail's sha256, so archiving the same mail again finds the
package instead of writing a second one.  A package is written in a temporary directory and
renamed into place; a crash leaves only a temporary directory, which ``recover`` removes.
Numbers are allocated under an exclusive file lock, so several processes can share the root.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import unicodedata
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from classifier.scope import Scope
from classifier.types import Case
from service.archive.arkivmelding import (
    ArkivmeldingError,
    Numbers,
    PackageFile,
    build_arkivmelding,
    file_entry,
    gnr_bnr_from_title,
    validate_arkivmelding,
)
from service.archive.base import ArchiveReceipt, ArchiveRejected, ArchiveRequest, ArchiveUnavailable
from service.store import fsync_dir

MAIL_FILE = "melding.eml"
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def safe_filename(name: str, *, limit: int = 80) -> str:
    """An ASCII file name that cannot escape the package or clash with a device name."""
    name = _CONTROL.sub("", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = name.translate(str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "å": "a", "Å": "A"}))
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = _UNSAFE.sub("_", name).strip("._ ")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.upper() in RESERVED or not stem:
        stem = f"_{stem}" if stem else "vedlegg"
    ext = ext[:10]
    stem = stem[: max(1, limit - len(ext) - 1)]
    return f"{stem}.{ext}" if ext else stem


def display_filename(name: str) -> str:
    """The original name for ``filnavn``: without paths and control characters."""
    cleaned = _CONTROL.sub("", name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return cleaned[:200] or "vedlegg"


class LocalArchive:
    def __init__(self, root: Path, scope: Scope, *, seed_cases: list[Case] | None = None) -> None:
        self.root = Path(root)
        self.scope = scope
        self.seed_cases = list(seed_cases or [])
        self.root.mkdir(parents=True, exist_ok=True)
        # each tenant's open cases as last read, with the (mtime, size) of saksmapper.jsonl then
        self._open_cases: dict[str, tuple[tuple[int, int] | None, list[Case]]] = {}

    # --- the adapter interface ---------------------------------------------------------
    def archive(self, req: ArchiveRequest) -> ArchiveReceipt:
        tenant_dir = self.root / req.tenant
        tenant_dir.mkdir(parents=True, exist_ok=True)
        final = tenant_dir / req.mail_id[:32]
        with self._lock():
            if final.exists():
                return self._existing(final, tenant_dir)
            created = datetime.now(timezone.utc)
            numbers = self._allocate(tenant_dir, req, created.year)
            tmp = tenant_dir / f".tmp-{req.mail_id[:32]}-{os.getpid()}"
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir()
            try:
                receipt = self._write_package(tmp, final, req, numbers, created)
                os.rename(tmp, final)
                fsync_dir(tenant_dir)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            if numbers.new_saksmappe:
                self._record_saksmappe(tenant_dir, receipt.saksmappe, req)
            return receipt

    def find_open_cases(self, tenant: str) -> list[Case]:
        """The tenant's open cases: the seed cases and the saksmapper this archive made.  The
        same list object (not to be changed) as long as saksmapper.jsonl is unchanged, so a
        caller can keep an index of it (``service.runtime.make_classify`` does)."""
        path = self.root / tenant / "saksmapper.jsonl"
        try:
            st = path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)  # appended to, never rewritten
        except FileNotFoundError:
            stamp = None
        cached = self._open_cases.get(tenant)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        cases = [c for c in self.seed_cases if c.tenant == tenant]
        if stamp is not None:
            with open(path, encoding="utf-8") as fh:
                cases.extend(Case.from_dict(json.loads(line)) for line in fh if line.strip())
        self._open_cases[tenant] = (stamp, cases)
        return cases

    def health(self) -> None:
        if not os.access(self.root, os.W_OK):
            raise ArchiveUnavailable(f"kan ikke skrive til arkivmappen {self.root}")

    def recover(self) -> int:
        """Remove packages a crashed writer left half-written; returns how many."""
        removed = 0
        for tmp in self.root.glob("*/.tmp-*"):
            shutil.rmtree(tmp, ignore_errors=True)
            removed += 1
        return removed

    # --- internals ----------------------------------------------------------------------
    @contextmanager
    def _lock(self):
        with open(self.root / ".lock", "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _allocate(self, tenant_dir: Path, req: ArchiveRequest, year: int) -> Numbers:
        path = tenant_dir / ".sekvens.json"
        series = json.loads(path.read_text()) if path.exists() else {}
        counters = series.setdefault(str(year), {"journalpost": 0, "sak": 0})
        counters["journalpost"] += 1
        sak = req.prediction.sak
        if sak:
            saksaar, sakssekvensnummer = (int(x) for x in sak.split("/"))
            new = False
        else:  # a new saksmappe takes the next number after every case this archive knows of
            known = [int(c.sak.split("/")[1]) for c in self.find_open_cases(req.tenant)
                     if c.sak.startswith(f"{year}/")]
            counters["sak"] = max([counters["sak"], *known]) + 1
            saksaar, sakssekvensnummer, new = year, counters["sak"], True
        _write_atomic(path, json.dumps(series, indent=1).encode())
        return Numbers(year, counters["journalpost"], saksaar, sakssekvensnummer, new)

    def _write_package(self, tmp: Path, final: Path, req: ArchiveRequest, numbers: Numbers,
                       created: datetime) -> ArchiveReceipt:
        files: list[PackageFile] = []
        _write_file(tmp / MAIL_FILE, req.raw_mail)
        files.append(file_entry(MAIL_FILE, MAIL_FILE, "message/rfc822", req.raw_mail,
                                req.prediction.offentlig_tittel or "E-post"))
        used = {MAIL_FILE.lower()}
        for n, att in enumerate(req.attachments, 1):
            reference = f"vedlegg-{n:02d}-{safe_filename(att.filename)}"
            while reference.lower() in used:
                reference = f"vedlegg-{n:02d}-{len(used)}-{safe_filename(att.filename)}"
            used.add(reference.lower())
            _write_file(tmp / reference, att.payload)
            files.append(file_entry(reference, display_filename(att.filename), att.content_type or
                                    "application/octet-stream", att.payload, display_filename(att.filename)))
        category = self.scope.categories.get(req.prediction.category)
        enhet_navn = self.scope.enheter.get(req.prediction.enhet or "")
        gnr_bnr = gnr_bnr_from_title(req.saksmappe_tittel) if category and category.klasse2 == "GBNR" else None
        xml = build_arkivmelding(req, files, numbers, enhet_navn=enhet_navn, created=created, gnr_bnr=gnr_bnr)
        try:
            validate_arkivmelding(xml)
        except ArkivmeldingError as exc:
            raise ArchiveRejected(str(exc)) from None
        _write_file(tmp / "arkivmelding.xml", xml)
        receipt = ArchiveReceipt(
            journalpost_id=f"{numbers.journalaar}/{numbers.journalsekvensnummer:06d}",
            saksmappe=f"{numbers.saksaar}/{numbers.sakssekvensnummer}",
            location=str(final),
            created=True,
        )
        kvittering = {"mail_id": req.mail_id, "journalpost": receipt.journalpost_id, "saksmappe": receipt.saksmappe,
                      "ny_saksmappe": numbers.new_saksmappe, "saksmappe_tittel": req.saksmappe_tittel,
                      "enhet": req.prediction.enhet, "klasse": req.prediction.klasse,
                      "opprettet": created.isoformat(timespec="seconds"), "filer": [f.reference for f in files]}
        _write_file(tmp / "kvittering.json", json.dumps(kvittering, ensure_ascii=False, indent=1).encode())
        fsync_dir(tmp)
        return receipt

    def _existing(self, final: Path, tenant_dir: Path) -> ArchiveReceipt:
        k = json.loads((final / "kvittering.json").read_text(encoding="utf-8"))
        if k.get("ny_saksmappe") and not any(c.sak == k["saksmappe"] for c in self.find_open_cases(tenant_dir.name)):
            self._append_saksmappe(tenant_dir, k["saksmappe"], k.get("saksmappe_tittel") or "", k.get("enhet"),
                                   k.get("klasse"))  # the crash came between package and case register
        return ArchiveReceipt(k["journalpost"], k["saksmappe"], str(final), created=False)

    def _record_saksmappe(self, tenant_dir: Path, sak: str, req: ArchiveRequest) -> None:
        self._append_saksmappe(tenant_dir, sak, req.saksmappe_tittel, req.prediction.enhet, req.prediction.klasse)

    def _append_saksmappe(self, tenant_dir: Path, sak: str, tittel: str, enhet: str | None,
                          klasse: str | None) -> None:
        gnr_bnr = gnr_bnr_from_title(tittel)
        case = Case(tenant=tenant_dir.name, sak=sak, tittel=tittel, enhet=enhet, klasse=klasse,
                    gnr=gnr_bnr[0] if gnr_bnr else None, bnr=gnr_bnr[1] if gnr_bnr else None)
        with open(tenant_dir / "saksmapper.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(case.to_dict(), ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    _write_file(tmp, data)
    os.replace(tmp, path)
