"""Builds the running service from settings: one place where the parts are wired together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from classifier.dataset import read_jsonl
from classifier.scope import Scope, load_scope
from classifier.types import Case, Decision, ParsedMail
from service.archive.base import ArchiveAdapter
from service.config import Settings
from service.db import Database
from service.pipeline import Pipeline
from service.sources import InboxSource, make_source
from service.store import RawStore


@dataclass
class Runtime:
    settings: Settings
    db: Database
    store: RawStore
    scope: Scope
    model: Any
    archive: ArchiveAdapter
    pipeline: Pipeline

    def sources(self) -> list[InboxSource]:
        return [make_source(cfg) for cfg in self.settings.inboxes]

    def close(self) -> None:
        self.db.dispose()


def load_classifier(settings: Settings) -> Any:
    from classifier.artefact import load_model

    return load_model(settings.model_path)


def make_archive(settings: Settings, scope: Scope) -> ArchiveAdapter:
    from service.archive.local import LocalArchive

    seed = [Case.from_dict(c) for c in read_jsonl(settings.cases_file)] if settings.cases_file else []
    archive = LocalArchive(settings.archive_dir, scope, seed_cases=seed)
    archive.recover()
    return archive


def make_classify(model: Any, scope: Scope, archive: ArchiveAdapter):
    from classifier.cases import CaseRegistry
    from classifier.policy import decide

    # each tenant's open cases indexed once, until the archive hands out another list
    registries: dict[str, tuple[list[Case], CaseRegistry]] = {}

    def classify(parsed: ParsedMail, key: str, tenant: str | None) -> Decision:
        cases = archive.find_open_cases(tenant) if tenant else []
        known = registries.get(tenant or "")
        if known is None or known[0] is not cases:
            known = registries[tenant or ""] = (cases, CaseRegistry(cases))
        prediction = model.predict(parsed, mail_id=key, tenant=tenant, cases=known[1])
        return decide(prediction, scope, model.thresholds_)

    return classify


def build_runtime(settings: Settings, *, model: Any = None, migrate: bool = True) -> Runtime:
    settings.home.mkdir(parents=True, exist_ok=True)
    scope = load_scope(settings.scope_file)
    db = Database(settings.db_url)
    if migrate:
        db.migrate()
    store = RawStore(settings.raw_dir)
    store.cleanup_temp()
    model = model if model is not None else load_classifier(settings)
    archive = make_archive(settings, scope)
    pipeline = Pipeline(
        db, store, scope, make_classify(model, scope, archive), archive,
        model_version=model.model_version,
        archive_name=settings.archive,
        max_attempts=settings.max_attempts,
        lease_seconds=settings.lease_seconds,
    )
    return Runtime(settings=settings, db=db, store=store, scope=scope, model=model, archive=archive,
                   pipeline=pipeline)
