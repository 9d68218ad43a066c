"""Replay: day by day, score with the current model, retrain overnight on the corrections."""

import json
from email.message import EmailMessage

import pytest

from classifier.dataset import LabelledSet, write_jsonl
from classifier.policy import Thresholds
from classifier.types import Prediction
from eval.replay import outcome_for, replay

FJORDVIK = "postmottak@fjordvik.kommune.no"


class SubjectModel:
    """A stand-in model: knows the category of the subjects it has been taught, leaves the rest."""

    def __init__(self, known: dict[str, str], version: str):
        self.known = dict(known)
        self.model_version = version
        self.thresholds_ = Thresholds()

    def predict_many(self, mails, *, mail_ids, tenants=None, cases=()):
        out = []
        for mail, mail_id in zip(mails, mail_ids):
            category = self.known.get(mail.subject)
            conf = {"skjerming": 1.0, "journalposttype": 1.0, "sak": 1.0}
            out.append(Prediction(id=mail_id, tenant="fjordvik", category=category or "annet",
                                  confidence=1.0 if category else 0.2, field_confidence=conf,
                                  model_version=self.model_version))
        return out


def eml(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Innbygger <innbygger@example.no>"
    msg["To"] = FJORDVIK
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{abs(hash(subject))}@example.no>"
    msg.set_content("Hei, se vedlagt.")
    return bytes(msg)


@pytest.fixture
def small_set(tmp_path):
    root = tmp_path / "set"
    (root / "mail").mkdir(parents=True)
    rows = []
    for i, (day, subject) in enumerate([("2026-09-14", "Søknad om bruksendring"),
                                        ("2026-09-14", "Nyhetsbrev september"),
                                        ("2026-09-15", "Søknad om bruksendring"),
                                        ("2026-09-16", "Søknad om bruksendring")]):
        (root / "mail" / f"m{i}.eml").write_bytes(eml(subject))
        newsletter = subject.startswith("Nyhetsbrev")
        rows.append({"id": f"m{i}", "tenant": "fjordvik", "received": day,
                     "category": "nyhetsbrev" if newsletter else "byggesak", "in_scope": not newsletter,
                     "journalposttype": "I", "skjerming": None, "sak": None,
                     "avsender": {"navn": "Innbygger", "epost": "innbygger@example.no", "orgnr": None},
                     "personnavn": []})
    write_jsonl(root / "labels.jsonl", rows)
    return LabelledSet.open(root)


def test_retraining_on_corrections_moves_the_curve(small_set, scope):
    taught = []

    def retrain(model, corrections, number):
        taught.append((number, [row["id"] for _, row in corrections]))
        return SubjectModel({m.subject: row["category"] for m, row in corrections}, f"base+r{number}")

    outcomes, days = replay(small_set, SubjectModel({}, "base"), scope, retrain=retrain)
    assert [(o.day, o.bucket, o.model_version) for o in outcomes] == [
        ("2026-09-14", "ikke_gjenkjent", "base"),
        ("2026-09-14", "riktig_utenfor_scope", "base"),
        ("2026-09-15", "riktig_tolket", "base+r1"),  # learnt overnight from day 1's correction
        ("2026-09-16", "riktig_tolket", "base+r2"),
    ]
    # overnight after each day but the last, on all corrections so far
    assert taught == [(1, ["m0", "m1"]), (2, ["m0", "m1", "m2"])]
    assert [d["model_version"] for d in days] == ["base", "base+r1", "base+r2"]


def test_without_retraining_the_model_stays(small_set, scope):
    outcomes, _ = replay(small_set, SubjectModel({}, "base"), scope, retrain=None)
    assert {o.model_version for o in outcomes} == {"base"}
    assert [o.bucket for o in outcomes].count("ikke_gjenkjent") == 3


def test_unreadable_mail_is_left(small_set, scope, monkeypatch):
    import classifier.parse

    real = classifier.parse.parse_mail
    monkeypatch.setattr(classifier.parse, "parse_mail",
                        lambda raw, **kw: (_ for _ in ()).throw(ValueError("x")) if b"Nyhetsbrev" in raw
                        else real(raw, **kw))
    outcomes, _ = replay(small_set, SubjectModel({}, "base"), scope)
    assert outcomes[1].bucket == "riktig_utenfor_scope"  # left, and out of scope anyway


def test_outcome_for_uses_the_bucket_rules(scope):
    label = {"id": "x", "tenant": "havoy", "received": "2026-09-14", "category": "byggesak", "in_scope": True,
             "skjerming": "P13", "sak": None, "personnavn": ["Kari Nordmann"],
             "avsender": {"epost": "a@b.no", "orgnr": None}, "journalposttype": "I"}
    pred = {"id": "x", "action": "archive", "category": "byggesak", "skjerming": None, "sak": None,
            "offentlig_tittel": "Søknad", "avsender": {"epost": "A@b.no", "orgnr": None}, "journalposttype": "N"}
    o = outcome_for(label, pred, scope, "v1")
    assert o.bucket == "feiltolkning" and o.leak and o.archived and o.tenant == "havoy"
    assert o.fields_right["avsender.epost"] and not o.fields_right["journalposttype"]
    assert not o.fields_right["skjerming"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from training_data.generator.corpus import build

    root = tmp_path_factory.mktemp("gen")
    build(root / "base", n=120, seed=7)
    build(root / "set", n=30, seed=8)
    return root


def test_run_replay_writes_report_chart_and_html(generated, tmp_path):
    """End to end with a real (small) model: base model, overnight retrains, the four files."""
    from classifier.artefact import save_model
    from classifier.scope import load_scope
    from classifier.training import train_sets
    from eval.replay import run_replay
    from service.config import Settings

    settings = Settings(home=tmp_path / "home")
    model = train_sets([generated / "base"], load_scope(settings.scope_file), tune=False)
    save_model(model, tmp_path / "m")
    # spread the set over three days
    labels = LabelledSet.open(generated / "set").labels
    for i, row in enumerate(labels):
        row["received"] = f"2026-09-{14 + i % 3}"
    write_jsonl(generated / "set" / "labels.jsonl", labels)

    code = run_replay(generated / "set", tmp_path / "out", settings=settings, base=generated / "base",
                      model_path=tmp_path / "m")
    assert code == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["overall"]["n"] == 30
    assert [d["overall"]["model_version"] for d in report["days"]] == [
        model.model_version, f"{model.model_version}+r1", f"{model.model_version}+r2"]
    assert len(report["model_changes"]) == 3
    for d in report["days"]:
        assert sum(d["overall"]["percent"][c] for c in report["columns"]) == pytest.approx(100, abs=0.02)
    assert (tmp_path / "out" / "chart.png").read_bytes().startswith(b"\x89PNG")
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "chart.png" in html
    for row in labels:  # no mail content in the report
        assert row["avsender"]["epost"] not in html and (row["avsender"]["navn"] or "@@") not in html
    assert list((tmp_path / "home" / "cache").glob("parsed-base-*.json.gz"))  # the base corpus is cached
    # a second run reads the cache and gives the same figures
    assert run_replay(generated / "set", tmp_path / "out2", settings=settings, base=generated / "base",
                      model_path=tmp_path / "m") == 0
    again = json.loads((tmp_path / "out2" / "report.json").read_text(encoding="utf-8"))
    assert again["days"] == report["days"]


def test_missing_model_is_a_clear_error(small_set, tmp_path, capsys):
    from eval.replay import run_replay
    from service.config import Settings

    code = run_replay(small_set.root, tmp_path / "out", settings=Settings(home=tmp_path),
                      model_path=tmp_path / "nope", retrain=False)
    assert code == 2 and "Kan ikke laste modellen" in capsys.readouterr().err
