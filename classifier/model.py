"""``MailClassifier``: reads one ParsedMail into a ``Prediction``.

Statistical parts (learned in ``fit``):
* category: multinomial logistic regression on ``MailFeatures`` (probabilities are
  the confidence the policy thresholds);
* journalposttype: "I" for mail from outside the tenant; for mail from the tenant's
  own domain a small model chooses between I, N and X;
* skjerming: the category default, refined by a binary model "reveals personal
  circumstances" (P13) for categories whose default is public, and "contains prices
  or business secrets" (F13) for anskaffelse.

Everything else comes from the rule-based readers written beside this module
(``classifier.nlp``, ``classifier.cases``, ``classifier.correspondent``,
``classifier.title``); a small fallback stands in while one of them is missing.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.special import expit, softmax
from sklearn.base import BaseEstimator, clone
from sklearn.linear_model import LogisticRegression

from classifier.features import MailFeatures, email_domain, recipient_domains, sender_kind
from classifier.scope import Scope
from classifier.types import Case, Korrespondansepart, ParsedMail, Prediction

MODEL_NAME = "postmottak-linear"
P13_BASE_CATEGORIES_EXCLUDED = frozenset({"anskaffelse"})


class _Constant:
    """A stand-in binary/multiclass model when training saw a single class."""

    def __init__(self, label: Any):
        self.classes_ = np.array([label])

    def predict_proba(self, X):
        return np.ones((X.shape[0], 1))


class MailClassifier(BaseEstimator):
    """Category, journalposttype and skjerming model plus the rule-based readers."""

    def __init__(
        self,
        *,
        features: MailFeatures | None = None,
        C: float = 4.0,
        skjerming_C: float = 4.0,
        journalposttype_C: float = 5.0,
        class_weight: str | None = "balanced",
        max_iter: int = 300,
        model_version: str = "",
    ):
        self.features = features
        self.C = C
        self.skjerming_C = skjerming_C
        self.journalposttype_C = journalposttype_C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.model_version = model_version

    # ------------------------------------------------------------------ fit
    def fit(
        self,
        mails: Sequence[ParsedMail],
        labels: Sequence[dict[str, Any]],
        *,
        scope: Scope,
        groups: Sequence[str] | None = None,
    ) -> MailClassifier:
        if len(mails) != len(labels):
            raise ValueError("mails and labels differ in length")
        if groups is not None and len(groups) != len(mails):
            raise ValueError("groups and mails differ in length")
        self.scope_ = scope
        self.features_ = clone(self.features) if self.features is not None else MailFeatures()
        X = self.features_.fit_transform(mails)
        categories = np.array([row["category"] for row in labels])
        Xc = self._category_view(X)
        self.category_model_ = self._logreg(self.C).fit(Xc, categories) if len(set(categories)) > 1 else _Constant(
            categories[0]
        )
        self.classes_ = np.asarray(self.category_model_.classes_)

        journalfoeres = np.array([scope.categories[c].journalfoeres for c in categories])
        defaults = np.array([scope.categories[c].skjerming for c in categories], dtype=object)
        skjerming = np.array([row.get("skjerming") for row in labels], dtype=object)
        p13_rows = journalfoeres & (defaults == None) & ~np.isin(categories, list(P13_BASE_CATEGORIES_EXCLUDED))
        self.skjerming_categories_ = sorted(set(categories[p13_rows]))
        Xs = self._skjerming_view(X[p13_rows], categories[p13_rows])
        self.p13_model_ = self._binary(Xs, skjerming[p13_rows] == "P13", self.skjerming_C)
        f13_rows = categories == "anskaffelse"
        self.f13_model_ = self._binary(X[f13_rows], skjerming[f13_rows] == "F13", self.skjerming_C)

        internal = np.array([sender_kind(m.sender.email, recipient_domains(m)) == "internal" for m in mails])
        jpt_rows = internal & journalfoeres
        jpt = np.array([row.get("journalposttype") or "I" for row in labels])
        if jpt_rows.sum() >= 2 and len(set(jpt[jpt_rows])) > 1:
            self.journalposttype_model_ = self._logreg(self.journalposttype_C).fit(Xc[jpt_rows], jpt[jpt_rows])
        else:
            self.journalposttype_model_ = _Constant(jpt[jpt_rows][0] if jpt_rows.any() else "N")
        external = journalfoeres & ~internal
        self.external_i_rate_ = float((jpt[external] == "I").mean()) if external.any() else 1.0
        self.n_training_mails_ = len(mails)
        self.n_groups_ = len(set(groups)) if groups is not None else None
        if not hasattr(self, "thresholds_"):
            from classifier.policy import Thresholds

            self.thresholds_ = Thresholds()
        return self

    def _skjerming_view(self, X, categories: Sequence[str]):
        """The P13 model also sees the category, so a category that never needs screening
        (e.g. innsynskrav) gets a confident "public" rather than the average rate."""
        index = {c: i for i, c in enumerate(self.skjerming_categories_)}
        onehot = sp.csr_matrix(_sparse_onehot(categories, index), shape=(len(categories), len(index)))
        return sp.hstack([X, onehot], format="csr")

    def _category_view(self, X):
        """Category and journalposttype read every column except the sensitivity cues."""
        return X[:, : X.shape[1] - self.features_.n_sensitive_]

    def _logreg(self, C: float) -> LogisticRegression:
        return LogisticRegression(C=C, max_iter=self.max_iter, class_weight=self.class_weight, tol=1e-3)

    def _binary(self, X, y: np.ndarray, C: float):
        if len(y) == 0 or y.all() or not y.any():
            return _Constant(bool(y[0]) if len(y) else False)
        return LogisticRegression(C=C, max_iter=self.max_iter, class_weight="balanced", tol=1e-3).fit(X, y)

    # -------------------------------------------------------------- predict
    def predict(self, mail: ParsedMail, *, mail_id: str, tenant: str | None, cases: Sequence[Case]) -> Prediction:
        return self.predict_many([mail], mail_ids=[mail_id], tenants=[tenant], cases=cases)[0]

    def predict_many(
        self,
        mails: Sequence[ParsedMail],
        *,
        mail_ids: Sequence[str],
        tenants: Sequence[str | None] | None = None,
        cases: Sequence[Case] = (),
    ) -> list[Prediction]:
        if not mails:
            return []
        tenants = list(tenants) if tenants is not None else [None] * len(mails)
        X = self.features_.transform(mails)
        category_proba = self.category_model_.predict_proba(self._category_view(X))
        best = category_proba.argmax(axis=1)
        return [
            self._read(mail, X[i], mail_id, tenant, self.classes_[best[i]], float(category_proba[i, best[i]]), cases)
            for i, (mail, mail_id, tenant) in enumerate(zip(mails, mail_ids, tenants))
        ]

    def category_proba(self, mails: Sequence[ParsedMail]) -> np.ndarray:
        """Category probabilities, columns in the order of ``classes_``."""
        return self.category_model_.predict_proba(self._category_view(self.features_.transform(mails)))

    def _read(self, mail, x, mail_id, tenant, category, confidence, cases) -> Prediction:
        scope = self.scope_
        cat = scope.categories[str(category)]
        flags: list[str] = []
        tenant_confidence = 1.0
        if tenant is None:
            tenant = scope.tenant_for_address([a.email for a in mail.to] + [a.email for a in mail.cc] + mail.delivered_to)
            tenant_confidence = 1.0 if tenant else 0.0
        tenant_domain = email_domain(scope.tenants[tenant].postmottak) if tenant in scope.tenants else ""

        jpt, jpt_confidence = self._journalposttype(mail, x, tenant_domain)
        skjerming, skjerming_confidence = self._skjerming(str(category), x)
        entities = _readers.entities(mail)
        tenant_cases = [c for c in cases if c.tenant == tenant]
        link = _readers.link_case(mail, entities, tenant, tenant_cases, str(category), scope)
        if link.cited_not_open:
            flags.append("cited_case_not_open")
        linked = next((c for c in tenant_cases if c.sak == link.sak), None)
        if linked is not None and cat.klasse is not None and linked.klasse == cat.klasse:
            flags.append("sak_samme_klasse")  # an open case of the same kind backs the category
        avsender, avsender_confidence = _readers.korrespondansepart(mail, entities, tenant_domain, str(category))
        personnavn = list(getattr(entities, "person_names", []) or [])
        sak_tittel = linked.tittel if linked is not None else None
        tittel = _readers.title(mail, str(category), entities, skjerming, sak_tittel, personnavn)
        if skjerming and _contains_name(tittel, personnavn):
            tittel = cat.navn.split(" (")[0]
            flags.append("title_masked")
        if any(a.scanned for a in mail.attachments):
            flags.append("scanned_attachment")
            if _substance_in_scan(mail):
                flags.append("scanned_substance")
        return Prediction(
            id=mail_id,
            tenant=tenant,
            category=str(category),
            confidence=confidence,
            journalposttype=jpt,
            skjerming=skjerming,
            sak=link.sak,
            offentlig_tittel=tittel,
            avsender=avsender,
            enhet=cat.enhet,
            klasse=cat.klasse,
            personnavn=personnavn,
            field_confidence={
                "tenant": tenant_confidence,
                "category": confidence,
                "enhet": confidence,  # both follow from the category
                "klasse": confidence,
                "journalposttype": jpt_confidence,
                "skjerming": skjerming_confidence,
                "sak": float(link.confidence),
                "avsender": float(avsender_confidence),
            },
            flags=flags,
            model_version=self.model_version,
        )

    def _journalposttype(self, mail: ParsedMail, x, tenant_domain: str) -> tuple[str, float]:
        if sender_kind(mail.sender.email, [tenant_domain] if tenant_domain else recipient_domains(mail)) != "internal":
            return "I", self.external_i_rate_
        proba = _row_proba(self.journalposttype_model_, self._category_view(x))
        k = int(proba.argmax())
        return str(self.journalposttype_model_.classes_[k]), float(proba[k])

    def _skjerming(self, category: str, x) -> tuple[str | None, float]:
        cat = self.scope_.categories[category]
        if category == "anskaffelse":
            return _binary_choice(self.f13_model_, x, "F13")
        if cat.skjerming is not None or not cat.journalfoeres:
            return cat.skjerming, 1.0
        return _binary_choice(self.p13_model_, self._skjerming_view(x, [category]), "P13")


def _row_proba(model, x) -> np.ndarray:
    """``predict_proba`` of one row without scikit-learn's per-call input checks (the
    checks cost more than the arithmetic for a single mail); same numbers."""
    if not isinstance(model, LogisticRegression):
        return model.predict_proba(x)[0]
    scores = np.asarray(x @ model.coef_.T).ravel() + model.intercept_
    if len(scores) == 1:
        p = float(expit(scores[0]))
        return np.array([1.0 - p, p])
    return softmax(scores)


def _sparse_onehot(categories: Sequence[str], index: dict[str, int]):
    rows = [r for r, c in enumerate(categories) if c in index]
    cols = [index[categories[r]] for r in rows]
    return (np.ones(len(rows), dtype=np.float32), (rows, cols))


def _binary_choice(model, x, code: str) -> tuple[str | None, float]:
    proba = _row_proba(model, x)
    classes = list(model.classes_)
    p_true = float(proba[classes.index(True)]) if True in classes else 0.0
    return (code, p_true) if p_true >= 0.5 else (None, 1.0 - p_true)


def _contains_name(text: str, names: Sequence[str]) -> bool:
    low = text.lower()
    for name in names:
        parts = [p for p in name.lower().split() if len(p) > 2]
        if name and (name.lower() in low or any(re.search(rf"\b{re.escape(p)}\b", low) for p in parts[-1:])):
            return True
    return False


def _substance_in_scan(mail: ParsedMail) -> bool:
    """A scanned attachment carries the substance: the mail itself says little."""
    readable = len(mail.body.strip()) + len(mail.attachment_text().strip())
    return readable < 250


# ---------------------------------------------------------------- the readers
@dataclass
class _CaseLink:
    sak: str | None
    confidence: float
    reason: str = ""
    cited_not_open: bool = False


@dataclass
class _Entities:
    case_refs: list[str] = field(default_factory=list)
    gnr_bnr: list[tuple[int, int]] = field(default_factory=list)
    orgnr: list[str] = field(default_factory=list)
    fnr_like: list[str] = field(default_factory=list)
    person_names: list[str] = field(default_factory=list)


_REF = re.compile(r"(?<![\d/.])((?:20)?[12]\d)/0*(\d{1,6})(?:-\d{1,4})?(?![\d/])")
_GNR = re.compile(r"gnr\.?\s*(\d{1,4})\s*[,/ ]*\s*bnr\.?\s*(\d{1,4})", re.IGNORECASE)
_ORG = re.compile(r"(?:org\.?\s*(?:nr|nummer)\.?:?|organisasjonsnummer:?)\s*(?:NO\s*)?(\d{3})\s?(\d{3})\s?(\d{3})", re.IGNORECASE)


def _mod11_ok(orgnr: str) -> bool:
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    s = sum(int(d) * w for d, w in zip(orgnr[:8], weights))
    check = 11 - s % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(orgnr[8])


class _Readers:
    """Calls the rule-based readers, falling back to a minimal reading while one is missing."""

    def _module(self, name: str):
        try:
            return importlib.import_module(f"classifier.{name}")
        except ImportError:
            return None

    def entities(self, mail: ParsedMail):
        nlp = self._module("nlp")
        text = "\n".join((mail.subject, mail.body, mail.signature, mail.attachment_text(), mail.quoted))
        if nlp is not None and hasattr(nlp, "read_mail_entities"):
            return nlp.read_mail_entities(mail)
        if nlp is not None and hasattr(nlp, "read_entities"):
            return nlp.read_entities(text)
        refs = [f"20{y[-2:]}/{int(n)}" for y, n in _REF.findall(text)]
        gnr = [(int(g), int(b)) for g, b in _GNR.findall(text)]
        orgs = ["".join(m) for m in _ORG.findall(text)]
        return _Entities(case_refs=refs, gnr_bnr=gnr, orgnr=[o for o in orgs if _mod11_ok(o)])

    def link_case(self, mail, entities, tenant, cases, category, scope):
        mod = self._module("cases")
        if mod is not None and hasattr(mod, "link_case"):
            return mod.link_case(mail, entities, tenant, cases, category, scope=scope)
        if category == "innsynskrav":
            return _CaseLink(None, 0.95, "innsynskrav får egen sak")
        open_cases = {c.sak: c for c in cases}
        refs = list(dict.fromkeys(getattr(r, "sak", r) for r in getattr(entities, "case_refs", [])))
        cited_open = [r for r in refs if r in open_cases]
        if len(cited_open) == 1:
            return _CaseLink(cited_open[0], 0.95, "saksnummer i e-posten")
        if cited_open:
            return _CaseLink(cited_open[0], 0.4, "flere åpne saker nevnt")
        pairs = set(getattr(entities, "gnr_bnr", []))
        by_property = [c for c in cases if c.gnr is not None and (c.gnr, c.bnr) in pairs]
        if len(by_property) == 1:
            return _CaseLink(by_property[0].sak, 0.7, "samme gnr/bnr", cited_not_open=bool(refs))
        if by_property:
            return _CaseLink(by_property[0].sak, 0.3, "flere saker på samme eiendom")
        return _CaseLink(None, 0.85, "ny sak", cited_not_open=bool(refs))

    def korrespondansepart(self, mail, entities, tenant_domain, category):
        mod = self._module("correspondent")
        if mod is not None and hasattr(mod, "read_korrespondansepart"):
            return mod.read_korrespondansepart(mail, entities, tenant_domain, category=category)
        who = mail.sender
        if mail.forwarded_from is not None and email_domain(who.email) == tenant_domain:
            who = mail.forwarded_from
        orgnr = next(iter(getattr(entities, "orgnr", []) or []), None)
        return Korrespondansepart(navn=who.name or None, epost=(who.email or "").lower() or None, orgnr=orgnr), 0.7

    def title(self, mail, category, entities, skjerming, sak_tittel, personnavn):
        mod = self._module("title")
        if mod is not None and hasattr(mod, "offentlig_tittel"):
            return mod.offentlig_tittel(
                mail, category, entities, skjerming, sak_tittel=sak_tittel, personnavn=personnavn
            )
        if skjerming is not None:  # no name reader to trust: a title without any content
            return sak_tittel_safe(category)
        subject = re.sub(r"^\s*((sv|re|vs|fw|fwd|tr)\s*:\s*)+", "", mail.subject, flags=re.IGNORECASE).strip()
        return subject or category


def sak_tittel_safe(category: str) -> str:
    """A public title that names no one: the kind of matter only."""
    return category.replace("_", " ").capitalize()


_readers = _Readers()
