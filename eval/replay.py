"""Replay a labelled set as a rollout: day by day, with overnight retraining on the corrections.

Day d (the set's ``received`` dates in order):

1. classify that day's mail with the current model (``classify_parsed``);
2. score it against the labels, which stand in for the reviewers' corrections;
3. "overnight": retrain on the base corpus plus every labelled mail of days <= d
   (``train_parsed`` without threshold tuning, keeping the base model's thresholds),
   giving model version ``<base version>+r<d's number>`` for the next day.

Every mail is parsed once.  The parsed base corpus is cached as gzip'd JSON
(``ParsedMail.to_dict``) under ``$POSTMOTTAK_HOME/cache`` so later replays skip the
parse.  Output: report.json, report.csv, chart.png and report.html (no mail content).

``postmottak eval replay SET --output DIR`` runs it with the settings' model;
``python -m eval.replay SET --output DIR [--base DIR] [--no-retrain] [--model PATH]``
offers the options.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from classifier.dataset import LabelledSet
from classifier.scope import Scope, load_scope
from classifier.types import ParsedMail
from eval.metrics import FIELDS, bucket, field_value, readings, skjerming_leaks
from eval.report import Outcome, build_report, write_report_files

log = logging.getLogger(__name__)
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASE = REPO_ROOT / "training_data" / "corpus"
CACHE_FORMAT = 1
PARSER_MODULES = ("parse.py", "extract.py", "textclean.py")  # a change in these invalidates the cache


def outcome_for(label: Mapping[str, Any], pred: Mapping[str, Any], scope: Scope | None,
                model_version: str) -> Outcome:
    """One labelled mail's outcome, by the rules of ``eval.metrics``."""
    archived = pred["action"] == "archive"
    fields_right = {}
    if archived:
        rs = readings(label)
        fields_right = {f: any(field_value(pred, f, scope) == field_value(r, f, scope) for r in rs) for f in FIELDS}
    return Outcome(
        day=label.get("received", "ukjent"),
        tenant=label.get("tenant", "ukjent"),
        bucket=bucket(label, pred),
        model_version=model_version,
        leak=bool(skjerming_leaks(label, pred)),
        archived=archived,
        fields_right=fields_right,
        label_category=label.get("category"),
        predicted_category=pred.get("category"),
    )


def parse_set(labelled: LabelledSet) -> dict[str, ParsedMail | None]:
    """Every labelled mail parsed once; None for a mail that cannot be read."""
    from classifier.parse import parse_mail

    parsed: dict[str, ParsedMail | None] = {}
    for row in labelled.labels:
        try:
            parsed[row["id"]] = parse_mail(labelled.raw(row["id"]))
        except Exception as exc:  # noqa: BLE001 - an unreadable mail is left, as in the service
            log.warning("kunne ikke lese %s: %s", row["id"], type(exc).__name__)
            parsed[row["id"]] = None
    return parsed


def set_fingerprint(set_dir: Path) -> str:
    """Cheap identity of a parsed set: the parser's source, the labels and each mail's name, size and mtime."""
    h = hashlib.sha256(f"{CACHE_FORMAT}".encode())
    for module in PARSER_MODULES:
        source = REPO_ROOT / "classifier" / module
        if source.exists():
            h.update(source.read_bytes())
    h.update((set_dir / "labels.jsonl").read_bytes())
    for p in sorted((set_dir / "mail").glob("*.eml")):
        st = p.stat()
        h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def load_base(base_dir: Path, cache_dir: Path | None) -> tuple[list[ParsedMail], list[dict[str, Any]], list[str]]:
    """The base corpus parsed (from the cache when it is there): mails, labels, groups."""
    cache = cache_dir / f"parsed-{base_dir.name}-{set_fingerprint(base_dir)}.json.gz" if cache_dir else None
    if cache is not None and cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return [ParsedMail.from_dict(m) for m in data["mails"]], data["labels"], data["groups"]
    labelled = LabelledSet.open(base_dir)
    parsed = parse_set(labelled)
    labels = [row for row in labelled.labels if parsed[row["id"]] is not None]
    mails = [parsed[row["id"]] for row in labels]
    groups = [str(row.get("family") or row["id"]) for row in labels]
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        with gzip.open(tmp, "wt", encoding="utf-8") as fh:
            json.dump({"mails": [m.to_dict() for m in mails], "labels": labels, "groups": groups}, fh)
        tmp.replace(cache)
    return mails, labels, groups


def replay(labelled: LabelledSet, model: Any, scope: Scope, *,
           retrain: Callable[[Any, list[tuple[ParsedMail, dict[str, Any]]], int], Any] | None = None,
           ) -> tuple[list[Outcome], list[dict[str, Any]]]:
    """Walk the set day by day.  ``retrain(model, corrections so far, day number)`` gives the next day's model.

    Returns the outcomes and one summary per day (day, model version, n, seconds).
    """
    from classifier.predict import classify_parsed, failed_record

    parsed = parse_set(labelled)
    by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in labelled.labels:
        by_day[row["received"]].append(row)
    outcomes: list[Outcome] = []
    corrections: list[tuple[ParsedMail, dict[str, Any]]] = []
    days = []
    for number, day in enumerate(sorted(by_day), start=1):
        started = time.perf_counter()
        rows = by_day[day]
        readable = [(row["id"], parsed[row["id"]]) for row in rows if parsed[row["id"]] is not None]
        preds = {r["id"]: r for r in classify_parsed(readable, model, scope, labelled.cases)}
        for row in rows:
            pred = preds.get(row["id"]) or failed_record(row["id"], "uleselig_epost", model.model_version)
            outcomes.append(outcome_for(row, pred, scope, model.model_version))
        corrections += [(parsed[row["id"]], row) for row in rows if parsed[row["id"]] is not None]
        summary = {"day": day, "model_version": model.model_version, "n": len(rows)}
        if retrain is not None and number < len(by_day):
            model = retrain(model, corrections, number)
        summary["seconds"] = round(time.perf_counter() - started, 1)
        days.append(summary)
        log.info("dag %s: %d meldinger, modell %s, %.1f s", day, len(rows), summary["model_version"],
                 summary["seconds"])
    return outcomes, days


def overnight_retrainer(base_mails: Sequence[ParsedMail], base_labels: Sequence[dict[str, Any]],
                        base_groups: Sequence[str], scope: Scope, base_model: Any):
    """A ``retrain`` for ``replay``: base corpus + corrections, the base model's thresholds and parameters."""
    from sklearn.base import clone

    from classifier.training import train_parsed

    base_version = base_model.model_version
    thresholds = base_model.thresholds_

    def retrain(_model: Any, corrections: list[tuple[ParsedMail, dict[str, Any]]], number: int) -> Any:
        template = clone(base_model).set_params(model_version=f"{base_version}+r{number}")
        mails = [*base_mails, *(m for m, _ in corrections)]
        labels = [*base_labels, *(row for _, row in corrections)]
        groups = [*base_groups, *(f"korreksjon:{row['id']}" for _, row in corrections)]
        return train_parsed(mails, labels, scope, groups, tune=False, thresholds=thresholds, classifier=template)

    return retrain


def run_replay(set_dir: Path, output: Path, *, settings, base: Path | None = None, retrain: bool = True,
               model_path: Path | None = None) -> int:
    """The ``postmottak eval replay`` command: returns the exit code."""
    from classifier.artefact import ModelError, load_model

    started = time.perf_counter()
    scope = load_scope(settings.scope_file)
    labelled = LabelledSet.open(set_dir)
    if not labelled.labels:
        print(f"{set_dir} har ingen labels.jsonl", file=sys.stderr)
        return 2
    try:
        model = load_model(model_path or settings.model_path)
    except (ModelError, OSError) as exc:
        print(f"Kan ikke laste modellen: {exc}", file=sys.stderr)
        return 2
    retrainer = None
    n_base = 0
    if retrain:
        base_dir = Path(base or DEFAULT_BASE)
        base_mails, base_labels, base_groups = load_base(base_dir, settings.home / "cache")
        n_base = len(base_mails)
        retrainer = overnight_retrainer(base_mails, base_labels, base_groups, scope, model)
    outcomes, days = replay(labelled, model, scope, retrain=retrainer)
    report = build_report(outcomes, kind="replay", title=f"Replay av {Path(set_dir).name}")
    report["replay"] = {
        "set": Path(set_dir).name,
        "base_model": model.model_version,
        "retrain": retrain,
        "base_corpus": Path(base or DEFAULT_BASE).name if retrain else None,
        "n_base": n_base,
        "days": days,
        "seconds": round(time.perf_counter() - started, 1),
    }
    paths = write_report_files(report, Path(output))
    o = report["overall"]["percent"]
    print(f"{report['overall']['n']} meldinger over {len(days)} dager på {report['replay']['seconds']} s: "
          f"totalt riktig {o['totalt_riktig']:.2f} %, feiltolkning {o['feiltolkning']:.2f} %, "
          f"ikke gjenkjent {o['ikke_gjenkjent']:.2f} %. Skrev {', '.join(p.name for p in paths.values())} til {output}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from service.config import Settings

    parser = argparse.ArgumentParser(prog="python -m eval.replay", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--output", "-o", required=True, type=Path)
    parser.add_argument("--base", type=Path, default=DEFAULT_BASE, help="base corpus to retrain on")
    parser.add_argument("--no-retrain", action="store_true", help="keep the starting model all the way")
    parser.add_argument("--model", type=Path, default=None, help="starting model (default: the settings')")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    return run_replay(args.set_dir, args.output, settings=Settings(), base=args.base,
                      retrain=not args.no_retrain, model_path=args.model)


if __name__ == "__main__":
    sys.exit(main())
