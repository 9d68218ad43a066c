"""Classify a folder of mail into prediction records (``dataset-format.md``).

``classify_set`` never stops on a bad mail: a mail that cannot be parsed or
classified becomes a ``leave`` record with a reason the dokumentsenter can read.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from classifier.cases import CaseRegistry
from classifier.dataset import LabelledSet, write_jsonl
from classifier.model import MailClassifier
from classifier.policy import Thresholds, decide
from classifier.scope import Scope, load_scope
from classifier.types import Case, Decision, ParsedMail, Prediction

log = logging.getLogger(__name__)
BATCH = 32


def failed_record(mail_id: str, reason: str, model_version: str = "") -> dict[str, Any]:
    """The record of a mail the service could not read or classify: always leave."""
    prediction = Prediction(id=mail_id, tenant=None, category="ukjent", confidence=0.0, model_version=model_version)
    return Decision(action="leave", reasons=[reason], prediction=prediction).to_record()


def classify_parsed(
    items: Sequence[tuple[str, ParsedMail]],
    model: MailClassifier,
    scope: Scope,
    cases: Sequence[Case] | CaseRegistry,
    thresholds: Thresholds | None = None,
) -> list[dict[str, Any]]:
    """Prediction records for parsed mails, in order; one failing mail does not sink the batch."""
    thresholds = thresholds or getattr(model, "thresholds_", None) or Thresholds()
    ids = [mail_id for mail_id, _ in items]
    mails = [mail for _, mail in items]
    try:
        predictions = model.predict_many(mails, mail_ids=ids, cases=cases)
    except Exception as exc:
        if len(items) == 1:  # type only: an exception's message or traceback may quote the mail
            log.warning("klassifisering feilet for %s: %s", ids[0], type(exc).__name__)
            return [failed_record(ids[0], "feil_i_klassifisering", model.model_version)]
        return [r for item in items for r in classify_parsed([item], model, scope, cases, thresholds)]
    return [decide(p, scope, thresholds).to_record() for p in predictions]


def classify_set(
    set_dir: Path, model: MailClassifier, scope: Scope, *, thresholds: Thresholds | None = None
) -> Iterator[dict[str, Any]]:
    """One prediction record per mail of the set, in the set's order."""
    from classifier.parse import parse_mail

    labelled = LabelledSet.open(set_dir)
    cases = CaseRegistry(labelled.cases)  # indexed once for the whole set
    batch: list[tuple[str, ParsedMail]] = []
    for mail_id in labelled.ids():
        try:
            mail = parse_mail(labelled.raw(mail_id))
        except Exception as exc:  # noqa: BLE001 - unreadable mail is left for a person
            log.warning("kunne ikke lese %s: %s", mail_id, type(exc).__name__)
            yield from classify_parsed(batch, model, scope, cases, thresholds)
            batch = []
            yield failed_record(mail_id, "uleselig_epost", model.model_version)
            continue
        batch.append((mail_id, mail))
        if len(batch) >= BATCH:
            yield from classify_parsed(batch, model, scope, cases, thresholds)
            batch = []
    yield from classify_parsed(batch, model, scope, cases, thresholds)


def main(argv: Sequence[str] | None = None) -> int:
    from classifier.artefact import load_model
    from classifier.training import DEFAULT_SCOPE

    parser = argparse.ArgumentParser(prog="python -m classifier.predict", description=__doc__)
    parser.add_argument("--set", required=True, type=Path)
    parser.add_argument("--model", type=Path, default=Path(__file__).parent / "models" / "default")
    parser.add_argument("--scope", type=Path, default=DEFAULT_SCOPE)
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args(argv)
    model = load_model(args.model)
    n = write_jsonl(args.out, classify_set(args.set, model, load_scope(args.scope)))
    print(f"skrev {n} prediksjoner til {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
