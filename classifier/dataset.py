"""Labelled mail sets and prediction files (``shared/spec/dataset-format.md``).

A set is a folder with ``mail/<id>.eml``, ``labels.jsonl`` and ``cases.jsonl``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier.types import Case

PREDICTION_FIELDS = (
    "id",
    "action",
    "category",
    "confidence",
    "journalposttype",
    "skjerming",
    "sak",
    "offentlig_tittel",
    "avsender",
)


class DatasetError(ValueError):
    """A set or prediction file does not follow the format."""


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path}:{n}: ugyldig JSON ({exc.msg})") from None
    return rows


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


@dataclass
class LabelledSet:
    """A labelled set on disk. ``labels`` may be empty for an unlabelled folder of mail."""

    root: Path
    labels: list[dict[str, Any]]
    cases: list[Case]

    @classmethod
    def open(cls, root: str | Path) -> "LabelledSet":
        root = Path(root)
        if not (root / "mail").is_dir():
            raise DatasetError(f"{root} er ikke et sett: mangler mail/")
        labels_path = root / "labels.jsonl"
        labels = read_jsonl(labels_path) if labels_path.exists() else []
        cases_path = root / "cases.jsonl"
        cases = [Case.from_dict(c) for c in read_jsonl(cases_path)] if cases_path.exists() else []
        return cls(root=root, labels=labels, cases=cases)

    def ids(self) -> list[str]:
        """Every mail in the set: labelled ones first in label order, then any others."""
        labelled = [row["id"] for row in self.labels]
        seen = set(labelled)
        extra = sorted(p.stem for p in (self.root / "mail").glob("*.eml") if p.stem not in seen)
        return labelled + extra

    def mail_path(self, mail_id: str) -> Path:
        return self.root / "mail" / f"{mail_id}.eml"

    def raw(self, mail_id: str) -> bytes:
        return self.mail_path(mail_id).read_bytes()

    def iter_raw(self) -> Iterator[tuple[str, bytes]]:
        for mail_id in self.ids():
            yield mail_id, self.raw(mail_id)

    def label(self, mail_id: str) -> dict[str, Any] | None:
        if not hasattr(self, "_by_id"):
            self._by_id = {row["id"]: row for row in self.labels}
        return self._by_id.get(mail_id)

    def cases_for(self, tenant: str | None) -> list[Case]:
        return [c for c in self.cases if c.tenant == tenant]


def readings(label: dict[str, Any]) -> list[dict[str, Any]]:
    """The label itself and each of its ``accept`` readings laid over it: every reading counts as right."""
    base = {k: v for k, v in label.items() if k != "accept"}
    return [base] + [{**base, **alt} for alt in label.get("accept") or []]


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    rows = read_jsonl(Path(path))
    for row in rows:
        missing = [f for f in PREDICTION_FIELDS if f not in row]
        if missing:
            raise DatasetError(f"prediksjon {row.get('id')!r} mangler felt: {', '.join(missing)}")
        if row["action"] not in ("archive", "leave"):
            raise DatasetError(f"prediksjon {row['id']!r}: ugyldig action {row['action']!r}")
    return rows
