"""Saving and loading a trained ``MailClassifier`` as a verified artefact.

``save_model(model, "classifier/models/default")`` writes ``default.joblib`` and
``default.json``.  The JSON holds the metadata and the sha256 of the joblib file.
``load_model`` reads the JSON first, checks the sha256 and the library versions and
only then unpickles the bytes it has just verified; a pickle is never opened
before that (unpickling runs code).
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import joblib
import numpy
import sklearn

from classifier.model import MailClassifier

FORMAT = 1


class ModelError(RuntimeError):
    """The model artefact is missing, altered or built with incompatible libraries."""


def _paths(path: str | Path) -> tuple[Path, Path]:
    path = Path(path)
    if path.suffix in (".joblib", ".json"):
        path = path.with_suffix("")
    return path.with_name(path.name + ".joblib"), path.with_name(path.name + ".json")


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version(), "sklearn": sklearn.__version__, "numpy": numpy.__version__}
    try:
        import spacy

        versions["spacy"] = spacy.__version__
    except ImportError:  # pragma: no cover - spacy is a project dependency
        versions["spacy"] = ""
    return versions


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def save_model(model: MailClassifier, path: str | Path, *, extra: dict[str, Any] | None = None) -> Path:
    """Write ``<path>.joblib`` and ``<path>.json``; returns the JSON path."""
    joblib_path, json_path = _paths(path)
    joblib_path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    joblib.dump(model, buffer, compress=3)
    data = buffer.getvalue()
    joblib_path.write_bytes(data)
    thresholds = getattr(model, "thresholds_", None)
    meta = {
        "format": FORMAT,
        "model_version": model.model_version,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "training_set_sha256": getattr(model, "training_set_sha256_", None),
        "n_training_mails": getattr(model, "n_training_mails_", None),
        "metrics": getattr(model, "cv_metrics_", {}),
        "thresholds": thresholds.to_dict() if thresholds is not None else None,
        "versions": library_versions(),
        "joblib_file": joblib_path.name,
        "joblib_sha256": hashlib.sha256(data).hexdigest(),
        "joblib_bytes": len(data),
        **(extra or {}),
    }
    json_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return json_path


def read_metadata(path: str | Path) -> dict[str, Any]:
    _, json_path = _paths(path)
    try:
        return json.loads(json_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"modellen mangler metadatafil {json_path} / model metadata missing") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"kan ikke lese modellens metadata {json_path}: {exc} / unreadable metadata") from None


def load_model(path: str | Path) -> MailClassifier:
    """Load a model saved by ``save_model`` after verifying hash and versions."""
    joblib_path, _ = _paths(path)
    meta = read_metadata(path)
    if meta.get("format") != FORMAT:
        raise ModelError(f"ukjent modellformat {meta.get('format')!r} / unknown model format")
    try:
        data = joblib_path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"modellfilen {joblib_path} finnes ikke / model file missing") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != meta.get("joblib_sha256"):
        raise ModelError(
            f"modellfilen {joblib_path.name} stemmer ikke med sjekksummen i metadata (endret eller ødelagt) "
            "/ model file does not match its sha256: altered or corrupt, refusing to load"
        )
    built = meta.get("versions") or {}
    here = library_versions()
    if _major_minor(built.get("sklearn", "")) != _major_minor(here["sklearn"]):
        raise ModelError(
            f"modellen er bygget med scikit-learn {built.get('sklearn')}, men {here['sklearn']} er installert; "
            "tren modellen på nytt / scikit-learn version mismatch, retrain the model"
        )
    if built.get("numpy", "").split(".")[0] != here["numpy"].split(".")[0]:
        raise ModelError(
            f"modellen er bygget med numpy {built.get('numpy')}, men {here['numpy']} er installert "
            "/ numpy major version mismatch, retrain the model"
        )
    model = joblib.load(io.BytesIO(data))
    if not isinstance(model, MailClassifier):
        raise ModelError("modellfilen inneholder ikke en MailClassifier / not a MailClassifier")
    return model
