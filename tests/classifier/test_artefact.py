"""Model artefacts: round trip, and refusal of altered or incompatible files before unpickling."""

from __future__ import annotations

import json
import os
import pickle

import pytest

from classifier.artefact import ModelError, load_model, save_model
from classifier.model import MailClassifier
from tests.classifier.test_model import make_corpus, make_mail


@pytest.fixture(scope="module")
def model(scope) -> MailClassifier:
    mails, labels, groups = make_corpus(per_category=4)
    m = MailClassifier(model_version="artefact-test").fit(mails, labels, scope=scope, groups=groups)
    m.cv_metrics_ = {"feiltolkning": 0.0}
    return m


def test_round_trip_keeps_predictions_and_metadata(model, tmp_path):
    meta_path = save_model(model, tmp_path / "m")
    assert (tmp_path / "m.joblib").exists()
    meta = json.loads(meta_path.read_text())
    assert meta["model_version"] == "artefact-test"
    assert meta["metrics"] == {"feiltolkning": 0.0}
    assert meta["thresholds"]["category"] > 0
    assert {"python", "sklearn", "numpy", "spacy"} <= meta["versions"].keys()
    assert len(meta["joblib_sha256"]) == 64

    loaded = load_model(tmp_path / "m")
    mail = make_mail("spam", 5)
    a = model.predict(mail, mail_id="x", tenant="fjordvik", cases=[])
    b = loaded.predict(mail, mail_id="x", tenant="fjordvik", cases=[])
    assert (a.category, a.confidence) == (b.category, pytest.approx(b.confidence))


def test_altered_model_file_is_refused(model, tmp_path):
    save_model(model, tmp_path / "m")
    path = tmp_path / "m.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256"):
        load_model(tmp_path / "m")


class _Trap:
    """Unpickling this would create a file: proves the loader never unpickles unverified bytes."""

    def __init__(self, target: str):
        self.target = target

    def __reduce__(self):
        return (os.mkdir, (self.target,))


def test_unverified_pickle_is_never_opened(model, tmp_path):
    save_model(model, tmp_path / "m")
    target = tmp_path / "was-unpickled"
    (tmp_path / "m.joblib").write_bytes(pickle.dumps(_Trap(str(target))))
    with pytest.raises(ModelError):
        load_model(tmp_path / "m")
    assert not target.exists()


def test_other_sklearn_version_is_refused(model, tmp_path):
    meta_path = save_model(model, tmp_path / "m")
    meta = json.loads(meta_path.read_text())
    meta["versions"]["sklearn"] = "0.24.2"
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="scikit-learn"):
        load_model(tmp_path / "m")


def test_missing_metadata_is_refused(model, tmp_path):
    save_model(model, tmp_path / "m")
    (tmp_path / "m.json").unlink()
    with pytest.raises(ModelError, match="metadata"):
        load_model(tmp_path / "m")


def test_path_with_suffix_is_accepted(model, tmp_path):
    save_model(model, tmp_path / "m.joblib")
    assert load_model(tmp_path / "m.json").model_version == "artefact-test"
