"""Build a labelled training corpus from the scenario families.

``build(out_dir, n, seed)`` samples families by weight, lets each write a ``Draft``
against one shared ``World``, renders it to RFC 5322 bytes and writes a labelled set
in the format of ``shared/spec/dataset-format.md``::

    out_dir/mail/t00001.eml ...
    out_dir/labels.jsonl     # the label fields, plus "family" and "writer" (provenance)
    out_dir/cases.jsonl      # open cases the mail refers to, plus the rest of the archive

Every label is validated; a family that writes a bad label stops the build (``strict``)
so it gets fixed.  A family that raises is reported and skipped for that draw.  The
same seed and families give the same bytes.
"""

from __future__ import annotations

import fnmatch
import importlib
import logging
import pkgutil
import random
import re
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from classifier.dataset import write_jsonl
from classifier.scope import Scope, load_scope
from training_data.generator.draft import Draft, Family
from training_data.generator.render import render
from training_data.generator.world import World, orgnr_check_digit

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCOPE = REPO_ROOT / "service" / "scope.example.yaml"
FAMILIES_PACKAGE = "training_data.generator.families"
HELPER_MODULES = {"common"}
LABEL_KEYS = ("id", "tenant", "received", "category", "in_scope", "journalposttype", "skjerming", "sak",
              "avsender", "personnavn", "note")
ACCEPT_KEYS = {"category", "journalposttype", "skjerming", "sak", "avsender", "in_scope"}
SAK_RE = re.compile(r"^\d{4}/\d+$")


class LabelError(ValueError):
    """A family wrote a label that does not follow dataset-format.md."""


class BuildError(RuntimeError):
    """The corpus could not be built (no families, or nearly every draw failed)."""


@dataclass
class BuildReport:
    out_dir: Path
    mails: int = 0
    per_category: Counter = field(default_factory=Counter)
    per_family: Counter = field(default_factory=Counter)
    per_tenant: Counter = field(default_factory=Counter)
    in_scope: int = 0
    failures: Counter = field(default_factory=Counter)  # family name -> draws skipped
    failure_examples: dict[str, str] = field(default_factory=dict)  # family name -> first error
    import_errors: dict[str, str] = field(default_factory=dict)  # module -> error
    cases_per_tenant: Counter = field(default_factory=Counter)
    bytes_on_disk: int = 0


# ----------------------------------------------------------------------------- families

def discover_families(import_errors: dict[str, str] | None = None) -> list[Family]:
    """``FAMILIES`` of every module in ``families/``.

    Helper modules are skipped; a module that fails to import is skipped with a warning
    and noted in ``import_errors`` (module name -> error) when given.
    """
    package = importlib.import_module(FAMILIES_PACKAGE)
    found: list[Family] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name in HELPER_MODULES or info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{FAMILIES_PACKAGE}.{info.name}")
            families = list(getattr(module, "FAMILIES"))
        except Exception as exc:  # a module being written by someone else must not stop the build
            msg = f"{type(exc).__name__}: {exc}"
            log.warning("familiemodulen %s ble hoppet over: %s", info.name, msg)
            if import_errors is not None:
                import_errors[info.name] = msg
            continue
        found.extend(f for f in families if isinstance(f, Family))
    names = Counter(f.name for f in found)
    duplicates = sorted(n for n, k in names.items() if k > 1)
    if duplicates:
        raise BuildError(f"familienavn brukt mer enn én gang: {', '.join(duplicates)}")
    return found


def select_families(families: Iterable[Family], pattern: str | None = None, *, writer: str | None = None,
                    exclude_writer: str | None = None) -> list[Family]:
    """Families whose name or category matches ``pattern`` (fnmatch, comma-separated alternatives).

    ``writer`` keeps only that writer's families; ``exclude_writer`` drops them (hold-out).
    """
    patterns = [p.strip() for p in (pattern or "").split(",") if p.strip()]
    chosen = []
    for f in families:
        if patterns and not any(fnmatch.fnmatchcase(f.name, p) or fnmatch.fnmatchcase(f.category, p)
                                for p in patterns):
            continue
        if writer is not None and f.writer != writer:
            continue
        if exclude_writer is not None and f.writer == exclude_writer:
            continue
        chosen.append(f)
    return chosen


# ----------------------------------------------------------------------------- labels

def label_for(draft: Draft, mail_id: str, scope: Scope) -> dict[str, Any]:
    """The labels.jsonl row of a draft (dataset-format.md), with provenance keys at the end."""
    label: dict[str, Any] = {
        "id": mail_id,
        "tenant": draft.tenant,
        "received": draft.received,
        "category": draft.category,
        "in_scope": scope.in_scope(draft.tenant, draft.category) if draft.category in scope.categories else False,
        "journalposttype": draft.journalposttype,
        "skjerming": draft.skjerming,
        "sak": draft.sak,
        "avsender": dict(draft.avsender),
        "personnavn": list(draft.personnavn),
        "note": draft.note,
    }
    if draft.accept:
        label["accept"] = [dict(a) for a in draft.accept]
    label["family"] = draft.family
    label["writer"] = draft.writer
    return label


def label_problems(label: dict[str, Any], scope: Scope, open_cases: dict[str, set[str]]) -> list[str]:
    """What is wrong with a label (empty when it is valid).  Messages are in Norwegian."""
    problems = []
    tenant = label.get("tenant")
    if tenant not in scope.tenants:
        return [f"ukjent tenant {tenant!r}"]
    try:
        date.fromisoformat(str(label.get("received")))
    except ValueError:
        problems.append(f"received er ikke en ISO-dato: {label.get('received')!r}")
    problems += _reading_problems(label, scope, open_cases[tenant], where="")
    avsender = label.get("avsender")
    if not isinstance(avsender, dict) or set(avsender) != {"navn", "epost", "orgnr"}:
        problems.append(f"avsender må ha nøklene navn, epost og orgnr: {avsender!r}")
    else:
        problems += _avsender_problems(avsender)
    if not isinstance(label.get("personnavn"), list) or not all(isinstance(p, str) for p in label["personnavn"]):
        problems.append("personnavn må være en liste med navn")
    if not isinstance(label.get("note"), str):
        problems.append("note må være tekst")
    for i, reading in enumerate(label.get("accept") or []):
        if not isinstance(reading, dict) or not reading or set(reading) - ACCEPT_KEYS:
            problems.append(f"accept[{i}] har ukjente felt: {reading!r}")
            continue
        problems += _reading_problems(reading, scope, open_cases[tenant], where=f"accept[{i}]: ", partial=True)
        if isinstance(reading.get("avsender"), dict):
            problems += _avsender_problems(reading["avsender"])
    return problems


def _reading_problems(r: dict[str, Any], scope: Scope, saks: set[str], *, where: str,
                      partial: bool = False) -> list[str]:
    problems = []
    if not partial or "category" in r:
        if r.get("category") not in scope.categories:
            problems.append(f"{where}ukjent kategori {r.get('category')!r}")
    if not partial or "journalposttype" in r:
        if r.get("journalposttype") not in scope.journalposttyper:
            problems.append(f"{where}ukjent journalposttype {r.get('journalposttype')!r}")
    if not partial or "skjerming" in r:
        if r.get("skjerming") is not None and r.get("skjerming") not in scope.skjerming:
            problems.append(f"{where}ukjent skjermingskode {r.get('skjerming')!r}")
    if not partial or "sak" in r:
        sak = r.get("sak")
        if sak is not None and (not isinstance(sak, str) or not SAK_RE.match(sak)):
            problems.append(f"{where}sak må være 'ÅÅÅÅ/N' eller null: {sak!r}")
        elif sak is not None and sak not in saks:
            problems.append(f"{where}sak {sak} er ikke en åpen sak hos denne tenanten")
    return problems


def _avsender_problems(a: dict[str, Any]) -> list[str]:
    problems = []
    orgnr = a.get("orgnr")
    if orgnr is not None and not valid_orgnr(orgnr):
        problems.append(f"avsender.orgnr er ikke et gyldig organisasjonsnummer: {orgnr!r}")
    for key in ("navn", "epost"):
        if key in a and a[key] is not None and not isinstance(a[key], str):
            problems.append(f"avsender.{key} må være tekst eller null")
    return problems


def valid_orgnr(orgnr: Any) -> bool:
    """Nine digits with a correct mod-11 check digit."""
    if not isinstance(orgnr, str) or not re.fullmatch(r"\d{9}", orgnr):
        return False
    return orgnr_check_digit(orgnr[:8]) == int(orgnr[8])


def check_set(root: str | Path, scope_path: str | Path = DEFAULT_SCOPE) -> list[str]:
    """Problems in an existing labelled set on disk (labels against its own cases.jsonl)."""
    from classifier.dataset import LabelledSet

    scope = load_scope(scope_path)
    labelled = LabelledSet.open(root)
    saks: dict[str, set[str]] = {t: set() for t in scope.tenants}
    for case in labelled.cases:
        saks.setdefault(case.tenant, set()).add(case.sak)
    problems = []
    for row in labelled.labels:
        found = label_problems(row, scope, saks)
        if row.get("category") in scope.categories and row.get("tenant") in scope.tenants:
            if row.get("in_scope") != scope.in_scope(row["tenant"], row["category"]):
                found.append("in_scope stemmer ikke med tenantens scope")
        if not labelled.mail_path(row.get("id", "")).exists():
            found.append("mail-filen mangler")
        problems += [f"{row.get('id')}: {p}" for p in found]
    return problems


# ----------------------------------------------------------------------------- build

def build(out_dir: str | Path, n: int, seed: int, families: list[Family] | str | None = None, *,
          scope_path: str | Path = DEFAULT_SCOPE, strict: bool = True, cases_per_tenant: int = 400,
          progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Write ``n`` labelled mails to ``out_dir``.  ``families``: a list, a name pattern, or None for all."""
    out = Path(out_dir)
    report = BuildReport(out_dir=out)
    if families is None or isinstance(families, str):
        families = select_families(discover_families(report.import_errors), families)
    if not families:
        raise BuildError("ingen familier å bygge fra")
    scope = load_scope(scope_path)
    master = random.Random(seed)
    world = World(rng=random.Random(f"world:{seed}"))
    weights = [f.weight for f in families]
    mail_dir = out / "mail"
    mail_dir.mkdir(parents=True, exist_ok=True)
    for old in mail_dir.glob("*.eml"):
        old.unlink()
    labels: list[dict[str, Any]] = []
    new_matter_properties: set[tuple[str, int, int]] = set()
    max_failures = max(50, n)
    while len(labels) < n:
        family = master.choices(families, weights)[0]
        family_rng = random.Random(master.getrandbits(64))
        render_rng = random.Random(master.getrandbits(64))
        mail_id = f"t{len(labels) + 1:05d}"
        try:
            draft = family.make(family_rng, world)
            if not isinstance(draft, Draft):
                raise TypeError(f"make() returnerte {type(draft).__name__}, ikke Draft")
            draft.family, draft.writer = family.name, family.writer
            if not draft.received:
                draft.received = world.received_date()
            label = label_for(draft, mail_id, scope)
            problems = label_problems(label, scope, _open_saks(world))
            if problems:
                msg = f"familien {family.name} skrev en ugyldig etikett: " + "; ".join(problems)
                if strict:
                    raise LabelError(msg)
                raise ValueError(msg)
            raw = render(draft, render_rng, world)
        except LabelError:
            raise
        except Exception as exc:
            _record_failure(report, family, exc)
            if sum(report.failures.values()) > max_failures:
                raise BuildError(f"for mange mislykkede trekk ({sum(report.failures.values())}); "
                                 f"se {dict(report.failures)}") from exc
            continue
        (mail_dir / f"{mail_id}.eml").write_bytes(raw)
        if draft.sak is None:
            new_matter_properties.update((draft.tenant, g, b) for g, b in mentioned_properties(draft))
        labels.append(label)
        report.per_category[label["category"]] += 1
        report.per_family[family.name] += 1
        report.per_tenant[label["tenant"]] += 1
        report.in_scope += bool(label["in_scope"])
        report.bytes_on_disk += len(raw)
        if progress is not None:
            progress(len(labels), n)
    report.mails = len(labels)
    _write_cases(out, world, cases_per_tenant, seed, report, frozenset(new_matter_properties))
    write_jsonl(out / "labels.jsonl", labels)
    report.bytes_on_disk += (out / "labels.jsonl").stat().st_size + (out / "cases.jsonl").stat().st_size
    return report


PROPERTY_RE = re.compile(r"\b(?:gnr\.?\s*(\d{1,3})\s*,?\s*bnr\.?\s*(\d{1,4})|(\d{1,3})\s*/\s*(\d{1,4})\b)", re.I)


def mentioned_properties(draft: Draft) -> set[tuple[int, int]]:
    """(gnr, bnr) pairs a draft's text may name ("gnr. 12 bnr. 34", "12/34"); over-inclusive on purpose."""
    texts = [draft.subject, draft.body] + [a.text for a in draft.attachments]
    texts += [m.body + " " + m.subject for m in (draft.quoted, draft.forwarded) if m is not None]
    found = set()
    for m in PROPERTY_RE.finditer("\n".join(texts)):
        gnr, bnr = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.add((int(gnr), int(bnr)))
    return found


def _open_saks(world: World) -> dict[str, set[str]]:
    saks: dict[str, set[str]] = {}
    for case in world.cases:
        saks.setdefault(case.tenant, set()).add(case.sak)
    for tenant in ("fjordvik", "havoy"):
        saks.setdefault(tenant, set())
    return saks


def _write_cases(out: Path, world: World, per_tenant: int, seed: int, report: BuildReport,
                 avoid: frozenset[tuple[str, int, int]]) -> None:
    """cases.jsonl: the cases mail refers to mixed with the rest of the archive, in shuffled order."""
    rng = random.Random(f"archive:{seed}")
    biggest = max(Counter(c.tenant for c in world.cases).values(), default=0)
    world.fill_archive(max(per_tenant, int(biggest * 1.25)), rng, avoid)
    rows = [c.to_dict() for c in world.cases]
    rng.shuffle(rows)
    rows.sort(key=lambda r: r["tenant"])
    write_jsonl(out / "cases.jsonl", rows)
    report.cases_per_tenant.update(r["tenant"] for r in rows)


def _record_failure(report: BuildReport, family: Family, exc: Exception) -> None:
    report.failures[family.name] += 1
    if family.name not in report.failure_examples:
        frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
        ours = [f for f in frames if f.filename.startswith(str(REPO_ROOT)) and "/.venv/" not in f.filename]
        frame = (ours or frames or [None])[-1]
        where = f" ({Path(frame.filename).name}:{frame.lineno})" if frame else ""
        report.failure_examples[family.name] = f"{type(exc).__name__}: {exc}{where}"
        log.warning("familien %s feilet og ble hoppet over: %s", family.name, report.failure_examples[family.name])
