"""The ``postmottak`` command line.  Output never contains mail content."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated, Optional

import typer

from service.config import Settings

HEARTBEAT = "worker.heartbeat"

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="postmottak: leser postmottaket, journalfører det den er sikker på, lar resten ligge.")
db_app = typer.Typer(help="Databasen.")
app.add_typer(db_app, name="db")


def _settings() -> Settings:
    try:
        return Settings()
    except Exception as exc:  # pydantic's message names the bad setting
        typer.echo(f"Ugyldige innstillinger: {exc}", err=True)
        raise typer.Exit(2) from None


def _logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _mail_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in (".eml", ".msg")))
        elif p.is_file():
            files.append(p)
        else:
            typer.echo(f"Finnes ikke: {p}", err=True)
            raise typer.Exit(2)
    return files


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help=".eml/.msg-filer eller mapper med dem")]) -> None:
    """Kjør meldinger gjennom hele kjeden nå, én linje per melding."""
    from service.models import Mail
    from service.runtime import build_runtime

    rt = build_runtime(_settings())
    try:
        for f in _mail_files(paths):
            got = rt.pipeline.receive(f.read_bytes(), source="cli", item_ref=None)
            rt.pipeline.process(got.mail_id)
            with rt.db.session() as s:
                mail = s.get(Mail, got.mail_id)
                category = mail.classification.category if mail.classification else "-"
                where = mail.journalpost.location if mail.journalpost else (mail.reason or "-")
                dup = "" if got.new else " (mottatt før)"
                typer.echo(f"{mail.id}\t{mail.state.value}\t{category}\t{where}{dup}")
    finally:
        rt.close()


@app.command()
def run(verbose: bool = False) -> None:
    """Start tjenesten: API og bakgrunnsarbeider som leser innboksene."""
    import uvicorn

    from service.api.app import create_app
    from service.runtime import build_runtime
    from service.worker import Worker

    _logging(verbose)
    settings = _settings()
    rt = build_runtime(settings)
    worker = Worker(rt.pipeline, rt.sources(), poll_interval=settings.poll_interval,
                    heartbeat=settings.home / HEARTBEAT)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), name="worker", daemon=True)
    thread.start()
    api = create_app(rt, worker=worker)
    try:
        uvicorn.run(api, host=settings.api.host, port=settings.api.port, log_level="info")
    finally:
        stop.set()
        thread.join(timeout=30)
        rt.close()


@app.command()
def worker(verbose: bool = False, once: bool = typer.Option(False, help="Én runde, så avslutt.")) -> None:
    """Bare bakgrunnsarbeideren (som egen prosess, f.eks. i docker-compose)."""
    from service.runtime import build_runtime
    from service.worker import Worker

    _logging(verbose)
    settings = _settings()
    rt = build_runtime(settings)
    w = Worker(rt.pipeline, rt.sources(), poll_interval=settings.poll_interval,
               heartbeat=settings.home / HEARTBEAT)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        if once:
            rt.pipeline.release_stale_leases()
            while w.run_once():
                pass
        else:
            w.run(stop)
    finally:
        rt.close()


@app.command()
def api(verbose: bool = False) -> None:
    """Bare API-et og nettsidene (arbeideren kjører for seg)."""
    import uvicorn

    from service.api.app import create_app
    from service.runtime import build_runtime

    _logging(verbose)
    settings = _settings()
    rt = build_runtime(settings)
    try:
        uvicorn.run(create_app(rt), host=settings.api.host, port=settings.api.port, log_level="info")
    finally:
        rt.close()


@app.command()
def classify(
    set_dir: Annotated[Path, typer.Argument(help="Et merket sett (mail/, labels.jsonl, cases.jsonl)")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL-fil med én prediksjon per melding")],
    model: Annotated[Optional[Path], typer.Option(help="Modellfil (standard: innstillingene)")] = None,
) -> None:
    """Prediksjoner for et sett, i prediksjonsformatet fra dataset-format.md."""
    from classifier.artefact import load_model
    from classifier.dataset import LabelledSet, write_jsonl
    from classifier.predict import classify_set
    from classifier.scope import load_scope

    settings = _settings()
    scope = load_scope(settings.scope_file)
    clf = load_model(model or settings.model_path)
    LabelledSet.open(set_dir)  # a clear error when SET_DIR is not a set
    n = write_jsonl(output, classify_set(set_dir, clf, scope))
    typer.echo(f"{n} prediksjoner skrevet til {output}")


@app.command("eval")
def eval_(
    args: Annotated[list[str], typer.Argument(help="SET_DIR, eller: replay SET_DIR")],
    predictions: Annotated[Optional[Path], typer.Option(help="Prediksjoner (JSONL); ellers klassifiseres settet")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Mappe for rapporten")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Skriv tallene som JSON")] = False,
    base: Annotated[Optional[Path], typer.Option(help="replay: grunnkorpuset det læres av om natten")] = None,
    retrain: Annotated[bool, typer.Option(help="replay: lær på nytt etter hver dag")] = True,
    model: Annotated[Optional[Path], typer.Option(help="Modellfil (standard: innstillingene)")] = None,
) -> None:
    """Treffsikkerhet for et merket sett; `eval replay SET --output DIR` spiller av en utrulling dag for dag."""
    from eval.cli import run_eval

    raise typer.Exit(run_eval(args, predictions=predictions, output=output, as_json=as_json, settings=_settings(),
                              base=base, retrain=retrain, model_path=model))


@app.command()
def train(
    extra: Annotated[list[Path], typer.Option("--extra", help="Ekstra merket sett å lære av")] = [],  # noqa: B006
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Hvor modellen skrives")] = None,
    corpus: Annotated[Path, typer.Option(help="Treningskorpuset")] = Path("training_data/corpus"),
) -> None:
    """Bygg modellen på nytt fra training_data/ (og eventuelle ekstra sett)."""
    from classifier.artefact import save_model
    from classifier.scope import load_scope
    from classifier.training import train_sets

    settings = _settings()
    scope = load_scope(settings.scope_file)
    model = train_sets([corpus], scope, extra=extra)
    target = output or settings.model_path
    save_model(model, target)
    typer.echo(f"modell {model.model_version} skrevet til {target}")


@app.command()
def health(worker: bool = typer.Option(False, "--worker", help="Sjekk at arbeideren går.")) -> None:
    """Helsesjekk: databasen, og med --worker at arbeideren har gått en runde nylig."""
    import time

    from sqlalchemy import text

    from service.db import Database

    settings = _settings()
    db = Database(settings.db_url)
    try:
        with db.session() as s:
            s.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - reported as a failed check
        typer.echo(f"databasen svarer ikke: {type(exc).__name__}", err=True)
        raise typer.Exit(1) from None
    finally:
        db.dispose()
    if worker:
        beat = settings.home / HEARTBEAT
        limit = max(60.0, 5 * settings.poll_interval)
        if not beat.exists() or time.time() - beat.stat().st_mtime > limit:
            typer.echo(f"arbeideren har ikke gått en runde de siste {limit:.0f} sekundene", err=True)
            raise typer.Exit(1)
    typer.echo("ok")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Oppgrader databaseskjemaet til nyeste versjon."""
    from service.db import Database

    db = Database(_settings().db_url)
    db.migrate()
    db.dispose()
    typer.echo("databasen er oppdatert")


@app.command()
def config() -> None:
    """Vis innstillingene (uten hemmeligheter)."""
    import json

    typer.echo(json.dumps(_settings().public_view(), indent=2, ensure_ascii=False))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
