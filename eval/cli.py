"""`postmottak eval`: treffsikkerhet for a labelled set."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from classifier.dataset import LabelledSet, read_predictions
from classifier.scope import load_scope
from eval.metrics import evaluate, format_text
from service.config import Settings


def run_eval(args: list[str], *, predictions: Path | None, output: Path | None, as_json: bool,
             settings: Settings, base: Path | None = None, retrain: bool = True,
             model_path: Path | None = None) -> int:
    if args and args[0] == "replay":
        from eval.replay import run_replay

        if len(args) != 2 or output is None:
            typer.echo("Bruk: postmottak eval replay SET_DIR --output DIR", err=True)
            return 2
        return run_replay(Path(args[1]), output, settings=settings, base=base, retrain=retrain,
                          model_path=model_path)
    if len(args) != 1:
        typer.echo("Bruk: postmottak eval SET_DIR [--predictions FILE]", err=True)
        return 2
    scope = load_scope(settings.scope_file)
    labelled = LabelledSet.open(args[0])
    if not labelled.labels:
        typer.echo(f"{args[0]} har ingen labels.jsonl", err=True)
        return 2
    if predictions is not None:
        preds = read_predictions(predictions)
    else:
        from classifier.artefact import load_model
        from classifier.predict import classify_set

        preds = list(classify_set(Path(args[0]), load_model(model_path or settings.model_path), scope))
    ev = evaluate(labelled.labels, preds, scope)
    if as_json:
        typer.echo(json.dumps(ev.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_text(ev))
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        (output / "eval.json").write_text(json.dumps(ev.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    return 0
