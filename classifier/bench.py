"""Benchmark: treffsikkerhet, field accuracy, speed, memory and a Paperless-style baseline.

    python -m classifier.bench --set /work/shared/dev-set --model classifier/models/default \
        --cv training_data/corpus --baseline --out docs/benchmarks/default.json

* ``--set``: classify a labelled set with the given model (the dev-set with the shipped
  model) and score it; also parse+classify throughput, latency and peak RSS.
* ``--cv``: grouped cross-validation on a training corpus: GroupKFold by ``family``
  (thresholds cross-fitted: tuned on one half of the families, applied to the other)
  and leave-one-writer-out; plus retraining time on 20 000 parsed mails.
* ``--baseline``: Paperless-ngx's scheme (word 1–2-gram counts, MLPClassifier) trained
  on the ``--cv`` corpus, category accuracy on ``--set``, and the speed of ours and both
  baseline variants timed in turns on ``--set`` (``speed_side_by_side``).
* ``--registry 0,5000,20000``: the ``--set`` speed again with that many made-up open cases
  per tenant (case linking against a large registry, indexed once).

Buckets, leaks and field accuracy come from ``eval.metrics`` (``dataset-format.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from classifier.scope import Scope
from classifier.types import Case

BUCKETS = ("riktig_tolket", "riktig_utenfor_scope", "ikke_gjenkjent", "feiltolkning")


# --------------------------------------------------------------------- scoring
def bucket_of(label: dict[str, Any], record: dict[str, Any]) -> str:
    """The treffsikkerhet bucket of one prediction record (``eval.metrics.bucket``)."""
    from eval.metrics import bucket

    return bucket(label, record)


def treffsikkerhet(
    labels: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]], scope: Scope | None = None
) -> dict[str, Any]:
    """Buckets (fractions), skjerming leaks (messages) and per-field accuracy on archived mail."""
    from eval.metrics import evaluate

    tally = evaluate(labels, records, scope).overall.to_dict()
    n = max(tally["n"], 1)
    result: dict[str, Any] = {"n": tally["n"], **{b: tally["counts"][b] / n for b in BUCKETS}}
    result["totalt_riktig"] = result["riktig_tolket"] + result["riktig_utenfor_scope"]
    result["skjerming_leaks"] = tally["skjerming_leaks"]
    result["archived"] = tally["archived"]
    result["field_accuracy_archived"] = {
        k: (None if v is None else v / 100) for k, v in tally["field_accuracy"].items()
    }
    return result


# ------------------------------------------------------------------ measuring
def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def evaluate_set(set_dir: Path, model_path: Path, scope: Scope) -> dict[str, Any]:
    """Score the model on a set; throughput and latency of parse+classify in this process."""
    from classifier.artefact import load_model
    from classifier.dataset import LabelledSet
    from classifier.parse import parse_mail
    from classifier.predict import classify_parsed, classify_set

    model = load_model(model_path)
    labelled = LabelledSet.open(set_dir)
    records = list(classify_set(set_dir, model, scope))
    result = treffsikkerhet(labelled.labels, records, scope)
    result["mistakes"] = [
        {"id": r["id"], "bucket": bucket_of(labelled.label(r["id"]), r), "category": r["category"], "reasons": r["reasons"]}
        for r in records
        if labelled.label(r["id"]) and bucket_of(labelled.label(r["id"]), r) in ("feiltolkning", "ikke_gjenkjent")
    ]
    raws = [(mail_id, raw) for mail_id, raw in labelled.iter_raw()]

    def ours(batch):
        classify_parsed([(mail_id, parse_mail(raw)) for mail_id, raw in batch], model, scope, labelled.cases)

    result["speed"] = throughput(raws, ours)
    result["model"] = {
        "path": str(model_path),
        "version": model.model_version,
        "joblib_bytes": Path(str(model_path) + ".joblib").stat().st_size,
    }
    result["service_rss_mb"] = _service_rss(set_dir, model_path, scope)
    return result


def _service_rss(set_dir: Path, model_path: Path, scope: Scope) -> float:
    """Peak RSS of a fresh process that loads the model and classifies the set."""
    code = (
        "import resource,sys;from pathlib import Path;"
        "from classifier.artefact import load_model;from classifier.scope import load_scope;"
        "from classifier.predict import classify_set;"
        f"m=load_model({str(model_path)!r});s=load_scope({scope.source!r});"
        f"list(classify_set(Path({str(set_dir)!r}),m,s));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    try:
        return float(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return float("nan")


def grouped_cv(
    corpus: Path,
    scope: Scope,
    *,
    folds: int = 5,
    retrain_n: int = 20000,
    params: dict[str, Any] | None = None,
    penalty: float | None = None,
) -> dict[str, Any]:
    """Held-out-family and held-out-writer scores on a corpus, and retraining time.

    ``params`` are ``MailClassifier`` parameters and ``penalty`` the tuning penalty, to
    measure a variant of the shipped settings (``--params``, read by
    ``classifier_from_params``; ``--penalty``)."""
    from sklearn.base import clone

    from classifier.training import PENALTY, load_parsed_set, out_of_fold, train_parsed, tune_thresholds

    template = classifier_from_params(params)
    tune = {"penalty": PENALTY if penalty is None else penalty}

    t0 = time.perf_counter()
    mails, labels, groups, cases = load_parsed_set(corpus)
    parse_seconds = time.perf_counter() - t0
    result: dict[str, Any] = {"n": len(mails), "parse_seconds": parse_seconds}

    oof = out_of_fold(mails, labels, scope, groups, cases, folds=folds, classifier=template)
    result["family_cv"] = _cross_fitted(oof, labels, groups, scope, **tune)
    result["family_cv"]["category_accuracy"] = float(np.mean([p.category == r["category"] for p, r in zip(oof, labels)]))

    writers = [str(r.get("writer") or "") for r in labels]
    if len(set(writers)) > 1:
        per_writer = {}
        thresholds, _ = tune_thresholds(oof, labels, scope, **tune)
        for writer in sorted(set(writers)):
            test = [i for i, w in enumerate(writers) if w == writer]
            train = [i for i, w in enumerate(writers) if w != writer]
            model = clone(template).fit([mails[i] for i in train], [labels[i] for i in train], scope=scope)
            model.thresholds_ = thresholds
            preds = model.predict_many([mails[i] for i in test], mail_ids=[labels[i]["id"] for i in test], cases=cases)
            per_writer[writer or "(ukjent)"] = _score(preds, [labels[i] for i in test], scope, thresholds)
        result["writer_holdout"] = per_writer

    # retraining from parsed mail (no CV): replicate up to retrain_n mails
    reps = max(1, -(-retrain_n // len(mails)))
    big_mails = (mails * reps)[:retrain_n]
    big_labels = (labels * reps)[:retrain_n]
    t0 = time.perf_counter()
    train_parsed(big_mails, big_labels, scope, tune=False, classifier=template)
    result["retrain_seconds"] = {"n": len(big_mails), "seconds": time.perf_counter() - t0}
    return result


def _score(predictions, labels, scope: Scope, thresholds) -> dict[str, Any]:
    from classifier.policy import decide

    records = [decide(p, scope, thresholds).to_record() for p in predictions]
    return treffsikkerhet(labels, records, scope)


def _cross_fitted(oof, labels, groups, scope: Scope, **tune) -> dict[str, Any]:
    """Thresholds tuned on half of the families, scored on the other half, and back."""
    from classifier.training import tune_thresholds

    names = sorted(set(groups))
    half = {g for i, g in enumerate(names) if i % 2 == 0}
    records = []
    for tune_side in (True, False):
        tune_idx = [i for i, g in enumerate(groups) if (g in half) == tune_side]
        test_idx = [i for i, g in enumerate(groups) if (g in half) != tune_side]
        if not tune_idx or not test_idx:
            continue
        thresholds, _ = tune_thresholds([oof[i] for i in tune_idx], [labels[i] for i in tune_idx], scope, **tune)
        from classifier.policy import decide

        records += [decide(oof[i], scope, thresholds).to_record() for i in test_idx]
    return treffsikkerhet(labels, records, scope)


class PaperlessBaseline:
    """Paperless-ngx's document classifier scheme (``documents/classifier.py``, format
    version 11), trained on the same corpus.

    ``preprocess_content``: the words (``\\b\\w+\\b``) lower-cased and joined; with NLTK
    enabled (Paperless' default) then ``word_tokenize``, stop words dropped, every other
    word Snowball-stemmed through a 10 000-word stem cache (words with digits are kept as
    they are).  Then ``CountVectorizer(analyzer="word", ngram_range=(1, 2), min_df=0.01)``
    once per document and ``MLPClassifier(tol=0.01, random_state=0)`` trained with balanced
    sample weights, read by ``predict_proba``.

    ``stem=True`` is that default, in Norwegian.  What differs, all of it in the baseline's
    favour for speed: NLTK's punkt sentence splitter and stop-word list need data downloads,
    so ``word_tokenize`` runs with ``preserve_line=True`` (the same word tokenizer without
    the sentence pass) and spaCy's Norwegian stop words stand in; the stem cache lives in the
    process instead of being loaded from and saved to Redis for every document (and drops
    its oldest word when full, where Paperless' drops the least recently used); the
    vectoriser's Redis read-cache is left out; one field is predicted (the category) where
    Paperless predicts up to four.  ``stem=False`` is Paperless with NLTK switched off.
    Both read our parsed mail (subject, body, attachment text).
    """

    STEM_CACHE_SIZE = 10_000
    _WORD = re.compile(r"\b\w+\b")
    _DIGIT = re.compile(r"\d")

    def __init__(self, *, stem: bool):
        self.stem = stem
        if stem:
            from nltk.stem.snowball import SnowballStemmer
            from nltk.tokenize import word_tokenize
            from spacy.lang.nb.stop_words import STOP_WORDS

            self._stemmer = SnowballStemmer("norwegian")
            self._stop_words = frozenset(STOP_WORDS)
            self._tokenize = word_tokenize
            self._stem_cache: dict[str, str] = {}

    @property
    def scheme(self) -> str:
        nltk = "NLTK word_tokenize + stoppord + Snowball-stemming" if self.stem else "uten NLTK"
        return f"Paperless-ngx ({nltk}): CountVectorizer(word 1-2, min_df=0.01) + MLPClassifier(tol=0.01)"

    def content(self, mail) -> str:
        text = " ".join((mail.subject, mail.body, mail.attachment_text()))
        text = " ".join(m.group().lower() for m in self._WORD.finditer(text))
        if self.stem:
            words = self._tokenize(text, language="norwegian", preserve_line=True)
            text = " ".join(filter(None, map(self._stem_word, words)))
        return text

    def _stem_word(self, word: str) -> str:
        cached = self._stem_cache.get(word)
        if cached is not None:
            return cached
        if word in self._stop_words:
            return ""
        if self._DIGIT.search(word):
            return word
        if len(self._stem_cache) >= self.STEM_CACHE_SIZE:
            self._stem_cache.pop(next(iter(self._stem_cache)))  # the oldest entry
        stemmed = self._stem_cache[word] = self._stemmer.stem(word)
        return stemmed

    def fit(self, mails, categories) -> PaperlessBaseline:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.neural_network import MLPClassifier
        from sklearn.utils.class_weight import compute_sample_weight

        self.vectorizer = CountVectorizer(analyzer="word", ngram_range=(1, 2), min_df=0.01)
        X = self.vectorizer.fit_transform([self.content(m) for m in mails])
        self.classifier = MLPClassifier(tol=0.01, random_state=0)
        self.classifier.fit(X, categories, sample_weight=compute_sample_weight("balanced", categories))
        return self

    def predict(self, mails) -> np.ndarray:
        proba = self.classifier.predict_proba(self.vectorizer.transform([self.content(m) for m in mails]))
        return self.classifier.classes_[proba.argmax(axis=1)]


def classifier_from_params(params: dict[str, Any] | None):
    """An unfitted ``MailClassifier`` from ``--params`` JSON; a ``features`` entry holds
    ``MailFeatures`` parameters (JSON lists become tuples, as ``char_ngram_range`` wants)."""
    from classifier.features import MailFeatures
    from classifier.model import MailClassifier

    params = dict(params or {})
    if "features" in params:
        params["features"] = MailFeatures(
            **{k: tuple(v) if isinstance(v, list) else v for k, v in params["features"].items()}
        )
    return MailClassifier(**params)


def paperless_baseline(mails, labels, eval_set: Path, *, stem: bool) -> tuple[PaperlessBaseline, dict[str, Any]]:
    """The baseline trained on parsed ``mails``/``labels`` and its category accuracy on
    ``eval_set`` (its speed is measured beside ours: ``side_by_side``)."""
    from classifier.dataset import LabelledSet
    from classifier.parse import parse_mail

    t0 = time.perf_counter()
    baseline = PaperlessBaseline(stem=stem).fit(mails, [r["category"] for r in labels])
    train_seconds = time.perf_counter() - t0
    target = LabelledSet.open(eval_set)
    raws = [(mail_id, raw) for mail_id, raw in target.iter_raw()]
    predicted = baseline.predict([parse_mail(raw) for _, raw in raws])
    truth = {r["id"]: r["category"] for r in target.labels}
    return baseline, {
        "scheme": baseline.scheme,
        "category_accuracy": float(np.mean([p == truth[mail_id] for p, (mail_id, _) in zip(predicted, raws)])),
        "train_seconds": train_seconds,
    }


def throughput(raws: Sequence[tuple[str, bytes]], classify, *, rounds: int = 5, batch: int = 32) -> dict[str, Any]:
    """Parse + classify speed of ``classify(list of (id, raw))`` over ``raws`` (``side_by_side``
    for one system)."""
    return side_by_side(raws, {"": classify}, rounds=rounds, batch=batch)[""]


def side_by_side(
    raws: Sequence[tuple[str, bytes]], systems: dict[str, Any], *, rounds: int = 5, batch: int = 32
) -> dict[str, dict[str, Any]]:
    """Parse + classify speed of each ``classify(list of (id, raw))`` in ``systems``, measured
    the same way and in turns: after a warm-up, each round times one pass in batches of
    ``batch`` and one pass mail by mail for every system, one system after the other, so a
    machine that slows down for a while slows all of them alike.  Each system's figures are
    its best batch pass and its best single pass (latencies from that pass)."""
    for classify in systems.values():
        classify(raws[:batch])  # warm-up: lazy imports, caches, first-call costs
    batch_seconds: dict[str, list[float]] = {name: [] for name in systems}
    single: dict[str, list[list[float]]] = {name: [] for name in systems}
    for _ in range(rounds):
        for name, classify in systems.items():
            t0 = time.perf_counter()
            for k in range(0, len(raws), batch):
                classify(raws[k : k + batch])
            batch_seconds[name].append(time.perf_counter() - t0)
            latencies = []
            for item in raws:
                t0 = time.perf_counter()
                classify([item])
                latencies.append(time.perf_counter() - t0)
            single[name].append(latencies)
    result = {}
    for name in systems:
        latencies = min(single[name], key=sum)
        result[name] = {
            "mails": len(raws),
            "batch_mails_per_second": len(raws) / min(batch_seconds[name]),
            "single_mails_per_second": len(latencies) / sum(latencies),
            "latency_p50_ms": float(np.percentile(latencies, 50) * 1000),
            "latency_p99_ms": float(np.percentile(latencies, 99) * 1000),
            "batch_pass_seconds": batch_seconds[name],
            "single_pass_seconds": [sum(pass_) for pass_ in single[name]],
        }
    return result


def speed_ratios(speeds: dict[str, dict[str, Any]], reference: str) -> dict[str, dict[str, float]]:
    """How fast ``reference`` is against each other system: the median over the rounds of
    (their pass time / the reference's pass time in the same round), in batches and one mail
    at a time.  Above 1 the reference is faster.  Pairing the passes of one round cancels
    most of what the machine does to both."""
    own = speeds[reference]
    return {
        name: {
            mode: float(np.median(np.asarray(s[f"{mode}_pass_seconds"]) / np.asarray(own[f"{mode}_pass_seconds"])))
            for mode in ("batch", "single")
        }
        for name, s in speeds.items()
        if name != reference
    }


def speed_side_by_side(set_dir: Path, model_path: Path, scope: Scope, baselines: dict[str, PaperlessBaseline]):
    """Ours and the baselines timed in turns on the same mail (``side_by_side``)."""
    from classifier.artefact import load_model
    from classifier.dataset import LabelledSet
    from classifier.parse import parse_mail
    from classifier.predict import classify_parsed

    model = load_model(model_path)
    labelled = LabelledSet.open(set_dir)
    raws = [(mail_id, raw) for mail_id, raw in labelled.iter_raw()]

    def ours(batch):
        classify_parsed([(mail_id, parse_mail(raw)) for mail_id, raw in batch], model, scope, labelled.cases)

    def baseline(b: PaperlessBaseline):
        return lambda batch: b.predict([parse_mail(raw) for _, raw in batch])

    speeds = side_by_side(raws, {"ours": ours, **{name: baseline(b) for name, b in baselines.items()}}, rounds=9)
    return {**speeds, "ours_speed_ratio": speed_ratios(speeds, "ours")}


def synthetic_open_cases(tenants: Sequence[str], n: int, *, seed: int = 0) -> list[Case]:
    """``n`` made-up open cases per tenant, shaped like a byggesak registry (gnr/bnr, an address
    and a matter in the title), numbered in 2010–2014 so that they do not take the set's own."""
    rng = random.Random(seed)
    streets = ["Storgata", "Kirkevegen", "Fjordvegen", "Skolegata", "Havnevegen", "Bakkevegen", "Strandvegen"]
    matters = ["Søknad om tiltak", "Riving av garasje", "Tilbygg", "Klage på gebyr", "Utslippsløyve"]
    cases = []
    for tenant in tenants:
        for k in range(n):
            gnr, bnr = rng.randint(1, 300), rng.randint(1, 400)
            title = f"{gnr}/{bnr} - {rng.choice(streets)} {rng.randint(1, 120)} - {rng.choice(matters)}"
            cases.append(Case(tenant, f"{2010 + k % 5}/{k // 5 + 1}", title, "PLB", "L42", gnr, bnr))
    return cases


def registry_scaling(set_dir: Path, model_path: Path, scope: Scope, sizes: Sequence[int]) -> dict[str, Any]:
    """Parse + classify speed of the set with ``n`` made-up open cases per tenant added to the
    set's own, indexed once (``CaseRegistry``) as ``classify_set`` and the service do."""
    from classifier.artefact import load_model
    from classifier.cases import CaseRegistry
    from classifier.dataset import LabelledSet
    from classifier.parse import parse_mail
    from classifier.predict import classify_parsed

    model = load_model(model_path)
    labelled = LabelledSet.open(set_dir)
    raws = list(labelled.iter_raw())
    tenants = sorted(scope.tenants)
    out = {}
    for n in sizes:
        t0 = time.perf_counter()
        registry = CaseRegistry(list(labelled.cases) + synthetic_open_cases(tenants, n))
        for tenant in tenants:
            registry.for_tenant(tenant)
        index_seconds = time.perf_counter() - t0

        def ours(batch, registry=registry):
            classify_parsed([(mail_id, parse_mail(raw)) for mail_id, raw in batch], model, scope, registry)

        out[str(n)] = {"open_cases_per_tenant": n, "index_seconds": index_seconds, **throughput(raws, ours)}
    return out


def category_accuracy(set_dir: Path, model_path: Path) -> float:
    from classifier.artefact import load_model
    from classifier.dataset import LabelledSet
    from classifier.parse import parse_mail

    model = load_model(model_path)
    target = LabelledSet.open(set_dir)
    proba = model.category_proba([parse_mail(target.raw(r["id"])) for r in target.labels])
    predicted = model.classes_[proba.argmax(axis=1)]
    return float(np.mean([p == r["category"] for p, r in zip(predicted, target.labels)]))


def main(argv: Sequence[str] | None = None) -> int:
    from classifier.scope import load_scope
    from classifier.training import DEFAULT_SCOPE

    parser = argparse.ArgumentParser(prog="python -m classifier.bench", description=__doc__)
    parser.add_argument("--set", type=Path, help="labelled set to score the model on (e.g. the dev-set)")
    parser.add_argument("--model", type=Path, default=Path(__file__).parent / "models" / "default")
    parser.add_argument("--cv", type=Path, help="training corpus for grouped CV and retraining time")
    parser.add_argument("--params", type=json.loads, default=None,
                        help='--cv with other MailClassifier parameters, e.g. \'{"C": 8}\'')
    parser.add_argument("--penalty", type=float, default=None, help="--cv with another tuning penalty")
    parser.add_argument("--baseline", action="store_true", help="Paperless-style baseline (needs --cv and --set)")
    parser.add_argument("--registry", type=lambda v: [int(x) for x in v.split(",")], default=None,
                        help="--set with N made-up open cases per tenant, e.g. 0,5000,20000 (case-linking scale)")
    parser.add_argument("--scope", type=Path, default=DEFAULT_SCOPE)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cpu", type=int, default=max(os.sched_getaffinity(0)),
                        help="pin the benchmark to this CPU (default: the last one); -1 = do not pin")
    args = parser.parse_args(argv)
    args.cpu = None if args.cpu < 0 else args.cpu
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.cpu is not None:  # "one core": the speed figures are for a single pinned CPU
        os.sched_setaffinity(0, {args.cpu})
    report: dict[str, Any] = {"created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "cpu": args.cpu}
    scope = load_scope(args.scope)
    if args.set:
        report["set"] = {"path": str(args.set), **evaluate_set(args.set, args.model, scope)}
        print("set:", {k: v for k, v in report["set"].items() if k != "mistakes"})
    if args.registry and args.set:
        report["registry"] = registry_scaling(args.set, args.model, scope, args.registry)
        print("registry:", {n: (round(r["index_seconds"], 2), round(r["batch_mails_per_second"]),
                                round(r["single_mails_per_second"])) for n, r in report["registry"].items()})
    if args.cv:
        report["cv"] = {"path": str(args.cv), "params": args.params, "penalty": args.penalty,
                        **grouped_cv(args.cv, scope, params=args.params, penalty=args.penalty)}
        print("cv:", report["cv"])
    if args.baseline and args.cv and args.set:
        from classifier.training import load_parsed_set

        mails, labels, _, _ = load_parsed_set(args.cv)
        nltk, nltk_report = paperless_baseline(mails, labels, args.set, stem=True)
        plain, plain_report = paperless_baseline(mails, labels, args.set, stem=False)
        del mails, labels
        report["baseline_paperless"] = {
            "ours_category_accuracy": category_accuracy(args.set, args.model),
            "nltk": nltk_report,
            "plain": plain_report,
            "speed_side_by_side": speed_side_by_side(args.set, args.model, scope, {"nltk": nltk, "plain": plain}),
        }
        print("baseline:", report["baseline_paperless"])
    report["bench_peak_rss_mb"] = _peak_rss_mb()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"skrev {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
