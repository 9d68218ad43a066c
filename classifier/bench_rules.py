"""Measure the rule-based readers on a labelled set.

    python -m classifier.bench_rules /work/shared/dev-set [--show-errors]

Reports case-link accuracy (sak exact, every mail, with its tenant and the gold
category), korrespondansepart accuracy (epost, orgnr, navn), skjerming-title
leaks (must be 0) and CPU time per mail for the readers (parsing excluded, caches warmed first).  With
``--show-errors`` it lists the ids and fields that differ — never mail text.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from classifier.cases import link_case
from classifier.correspondent import read_korrespondansepart
from classifier.dataset import LabelledSet
from classifier.nlp import read_mail_entities
from classifier.parse import parse_mail
from classifier.scope import load_scope
from classifier.title import offentlig_tittel

DEFAULT_SCOPE = Path(__file__).resolve().parents[1] / "service" / "scope.example.yaml"


def name_leaks(title: str, personnavn: list[str]) -> list[str]:
    """Every listed name, or part of one, that appears as a whole word in ``title``."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", title)}
    leaks = []
    for name in personnavn:
        for part in name.split():
            if part.lower() in words:
                leaks.append(part)
    return leaks


def _warm_up() -> None:
    """Load the lexicons, scope and compiled patterns once, outside the timing."""
    from classifier.types import ParsedMail

    mail = ParsedMail(subject="Hei", body="Deres ref. 2024/1 gnr. 1 bnr. 2 Kari Lie")
    ents = read_mail_entities(mail)
    offentlig_tittel(mail, "byggesak", ents, "P13", personnavn=[])
    link_case(mail, ents, "x", [], "byggesak")


def run(root: Path, scope_path: Path, show_errors: bool = False) -> dict[str, float]:
    data = LabelledSet.open(root)
    scope = load_scope(scope_path)
    n = sak_ok = epost_ok = orgnr_ok = navn_ok = 0
    screened = leaks = 0
    seconds = 0.0
    errors: list[str] = []
    _warm_up()
    for label in data.labels:
        mail = parse_mail(data.raw(label["id"]))
        tenant = label["tenant"]
        domain = scope.tenant(tenant).postmottak.rsplit("@", 1)[-1]
        started = time.process_time()
        ents = read_mail_entities(mail)
        link = link_case(mail, ents, tenant, data.cases, label["category"], scope=scope)
        part, _ = read_korrespondansepart(mail, ents, domain, category=label["category"])
        sak_tittel = next((c.tittel for c in data.cases if c.tenant == tenant and c.sak == link.sak), None)
        title = offentlig_tittel(
            mail,
            label["category"],
            ents,
            label["skjerming"],
            sak_tittel=sak_tittel,
            personnavn=list(ents.person_names),
        )
        seconds += time.process_time() - started
        n += 1
        gold = label["avsender"]
        checks = {
            "sak": (link.sak, label["sak"]),
            "epost": ((part.epost or "").lower(), (gold["epost"] or "").lower()),
            "orgnr": (part.orgnr, gold["orgnr"]),
            "navn": (part.navn, gold["navn"]),
        }
        sak_ok += checks["sak"][0] == checks["sak"][1]
        epost_ok += checks["epost"][0] == checks["epost"][1]
        orgnr_ok += checks["orgnr"][0] == checks["orgnr"][1]
        navn_ok += checks["navn"][0] == checks["navn"][1]
        if label["skjerming"]:
            screened += 1
            found = name_leaks(title, label.get("personnavn") or [])
            if found:
                leaks += 1
                errors.append(f"{label['id']} LEAK in title ({len(found)} name parts)")
        for field_name, (got, want) in checks.items():
            if got != want:
                errors.append(f"{label['id']} {field_name}: got {got!r} want {want!r}")
    result = {
        "mails": n,
        "sak_accuracy": sak_ok / n,
        "epost_accuracy": epost_ok / n,
        "orgnr_accuracy": orgnr_ok / n,
        "navn_accuracy": navn_ok / n,
        "screened_mails": screened,
        "title_leaks": leaks,
        "cpu_ms_per_mail": 1000 * seconds / n,
    }
    if show_errors:
        for line in errors:
            print(line)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", type=Path)
    ap.add_argument("--scope", type=Path, default=DEFAULT_SCOPE)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    result = run(args.set, args.scope, args.show_errors)
    for key, value in result.items():
        print(f"{key:16s} {value:.4f}" if isinstance(value, float) else f"{key:16s} {value}")
    return 0 if result["title_leaks"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
