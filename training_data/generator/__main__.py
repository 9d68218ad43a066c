"""Command line: build the training corpus or list the families.

    python -m training_data.generator --out training_data/corpus --n 6000 --seed 20261122
    python -m training_data.generator --list
    python -m training_data.generator --out /tmp/c --n 500 --families 'byggesak.*,plansak.*'
    python -m training_data.generator --out /tmp/train --n 6000 --holdout-writer w-people
    python -m training_data.generator --out /tmp/test --n 1000 --writer w-people --seed 7
    python -m training_data.generator --check training_data/corpus
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter

from training_data.generator.corpus import (
    DEFAULT_SCOPE,
    BuildError,
    BuildReport,
    LabelError,
    build,
    check_set,
    discover_families,
    select_families,
)
from training_data.generator.draft import Family


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="advarsel: %(message)s")
    if args.check:
        problems = check_set(args.check, args.scope)
        for problem in problems:
            print(problem)
        print(f"{len(problems)} feil i {args.check}", file=sys.stderr)
        return 1 if problems else 0
    families = select_families(discover_families(), args.families, writer=args.writer,
                               exclude_writer=args.holdout_writer)
    if args.list:
        print(families_table(families))
        return 0
    if not args.out:
        print("feil: --out mangler (eller bruk --list)", file=sys.stderr)
        return 2
    started = time.monotonic()
    try:
        report = build(args.out, args.n, args.seed, families, scope_path=args.scope, strict=not args.lenient,
                       cases_per_tenant=args.cases_per_tenant, progress=_progress)
    except (LabelError, BuildError) as exc:
        print(f"\nfeil: {exc}", file=sys.stderr)
        return 1
    print(summary(report, time.monotonic() - started))
    return 0


def families_table(families: list[Family]) -> str:
    """A markdown table of the families: name, category, weight, share of draws, writer."""
    total = sum(f.weight for f in families) or 1.0
    rows = ["| family | category | weight | share | writer |", "|---|---|---:|---:|---|"]
    for f in sorted(families, key=lambda f: (f.category, f.name)):
        rows.append(f"| `{f.name}` | {f.category} | {f.weight:g} | {100 * f.weight / total:.1f} % | {f.writer} |")
    per_writer = Counter()
    for f in families:
        per_writer[f.writer] += 1
    rows.append("")
    rows.append(f"{len(families)} families; " + ", ".join(f"{w or '(none)'}: {k}" for w, k in sorted(per_writer.items())))
    return "\n".join(rows)


def summary(report: BuildReport, seconds: float) -> str:
    lines = [f"{report.mails} e-poster skrevet til {report.out_dir} på {seconds:.0f} s "
             f"({report.bytes_on_disk / 1e6:.1f} MB), {report.in_scope} i scope",
             "per tenant: " + ", ".join(f"{t} {k}" for t, k in sorted(report.per_tenant.items())),
             "åpne saker i cases.jsonl: " + ", ".join(f"{t} {k}" for t, k in sorted(report.cases_per_tenant.items())),
             "per kategori:"]
    lines += [f"  {cat:<15} {k:>5}" for cat, k in sorted(report.per_category.items(), key=lambda x: -x[1])]
    if report.failures:
        lines.append("familier som feilet (trekk hoppet over):")
        lines += [f"  {name}: {k} ganger, f.eks. {report.failure_examples.get(name, '')}"
                  for name, k in report.failures.most_common()]
    return "\n".join(lines)


def _progress(done: int, total: int) -> None:
    if done % 1000 == 0 and done < total:
        print(f"{done}/{total} ...", file=sys.stderr, flush=True)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m training_data.generator",
                                description="Bygg treningskorpuset av genererte e-poster, eller list familiene.")
    p.add_argument("--out", help="mappe for korpuset (mail/, labels.jsonl, cases.jsonl)")
    p.add_argument("--n", type=int, default=6000, help="antall e-poster (standard 6000)")
    p.add_argument("--seed", type=int, default=20261122, help="frø; samme frø gir samme bytes")
    p.add_argument("--families", metavar="PATTERN",
                   help="bare familier med navn eller kategori som passer (fnmatch, kommaseparert)")
    p.add_argument("--writer", metavar="W", help="bare familiene skrevet av W")
    p.add_argument("--holdout-writer", metavar="W", help="utelat familiene skrevet av W (holdes av til test)")
    p.add_argument("--list", action="store_true", help="list familiene med vekt og skribent, som markdown-tabell")
    p.add_argument("--check", metavar="DIR", help="kontroller etikettene i et eksisterende sett og stopp")
    p.add_argument("--lenient", action="store_true",
                   help="hopp over trekk med ugyldig etikett i stedet for å stoppe")
    p.add_argument("--cases-per-tenant", type=int, default=400, help="minste antall åpne saker per tenant")
    p.add_argument("--scope", default=str(DEFAULT_SCOPE), help="scope-fil (standard service/scope.example.yaml)")
    return p


if __name__ == "__main__":
    sys.exit(main())
