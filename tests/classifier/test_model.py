"""MailClassifier on a small invented corpus: fit, predict, the fields it fills in."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.cases import CaseRegistry
from classifier.features import MailFeatures, mail_cues, sender_kind
from classifier.model import MailClassifier
from classifier.types import Address, Attachment, Case, ParsedMail, Prediction

POSTMOTTAK = {"fjordvik": "postmottak@fjordvik.kommune.no", "havoy": "post@havoy.kommune.no"}

# (subject, body, sender, skjerming) per category; every word is invented for the test
TEMPLATES = {
    "byggesak": ("Søknad om tillatelse til tiltak gnr {n} bnr 7", "Vi søker om rammetillatelse for tilbygg og garasje. Situasjonsplan og tegninger følger vedlagt.", "ola.tomt@gmail.com", None),
    "nyhetsbrev": ("Nyhetsbrev {n}: kurs og webinar", "Meld deg på vårt webinar om digitalisering. Avmeld nyhetsbrevet her. Tidlig påmelding gir rabatt.", "nyhetsbrev@kursfirma.no", None),
    "helse_omsorg": ("Søknad om hjemmetjenester", "Jeg søker om hjemmesykepleie og trygghetsalarm for min far som har demens og hjertesvikt.", "sonn.pleie@hotmail.com", "P13"),
    "spam": ("Konto sperret {n}", "Din konto er sperret. Klikk på lenken og bekreft passord og kortnummer innen 24 timer.", "sikkerhet@bank-verifisering.com", None),
    "vann_avlop": ("Vannlekkasje i gata {n}", "Det renner vann opp av kumlokket ved vannmåleren. Lekkasje på hovedledningen, ber om at noen kommer.", "kari.lekk@online.no", None),
    "anskaffelse": ("Tilbud i konkurranse om renhold {n}", "Vedlagt vårt tilbud med prisskjema og timepriser. Enhetspris per kvadratmeter er oppgitt i prisskjema.", "tilbud@renholdfirma.no", "F13"),
}
FILLER = ["og", "i", "på", "for", "med", "som", "til", "av", "det", "er", "vi", "ber", "om", "takk", "hilsen", "gjerne", "snarest", "uke"]


def make_mail(category: str, n: int = 0, *, tenant: str = "fjordvik", extra: str = "", seed: int = 0) -> ParsedMail:
    subject, body, sender, _ = TEMPLATES[category]
    rng = random.Random(seed * 1000 + n)
    noise = " ".join(rng.choice(FILLER) for _ in range(8))
    return ParsedMail(
        message_id=f"<{category}{n}@test>",
        subject=subject.format(n=n),
        sender=Address(name="Avsender Testesen", email=sender),
        to=[Address(email=POSTMOTTAK[tenant])],
        body=f"{body} {noise} {extra}".strip(),
    )


def make_corpus(per_category: int = 8, seed: int = 0) -> tuple[list[ParsedMail], list[dict], list[str]]:
    from classifier.scope import load_scope
    from tests.conftest import SCOPE_FILE

    scope = load_scope(SCOPE_FILE)
    mails, labels, groups = [], [], []
    for category, (_, _, sender, skjerming) in TEMPLATES.items():
        for n in range(per_category):
            tenant = "fjordvik" if n % 2 else "havoy"
            mails.append(make_mail(category, n, tenant=tenant, seed=seed))
            labels.append(
                {
                    "id": f"{category}-{n}",
                    "tenant": tenant,
                    "category": category,
                    "in_scope": scope.in_scope(tenant, category),
                    "journalposttype": "I",
                    "skjerming": skjerming,
                    "sak": None,
                    "avsender": {"navn": "Avsender Testesen", "epost": sender, "orgnr": None},
                    "personnavn": [],
                    "family": f"{category}.f{n % 4}",
                }
            )
            groups.append(f"{category}.f{n % 4}")
    return mails, labels, groups


@pytest.fixture(scope="module")
def fitted(scope) -> MailClassifier:
    mails, labels, groups = make_corpus()
    return MailClassifier(model_version="test-1").fit(mails, labels, scope=scope, groups=groups)


def test_learned_state_lives_in_underscore_attributes(scope):
    model = MailClassifier(C=3.0)
    assert model.get_params()["C"] == 3.0
    assert not hasattr(model, "category_model_")
    mails, labels, _ = make_corpus(per_category=3)
    model.fit(mails, labels, scope=scope)
    assert set(model.classes_) == set(TEMPLATES)
    assert model.get_params()["C"] == 3.0


@pytest.mark.parametrize("category", sorted(TEMPLATES))
def test_predicts_the_category_of_an_unseen_mail(fitted, category):
    mail = make_mail(category, 99, seed=7)
    p = fitted.predict(mail, mail_id="x1", tenant="fjordvik", cases=[])
    assert isinstance(p, Prediction)
    assert p.category == category
    assert 0.0 < p.confidence <= 1.0


def test_fills_in_every_field_from_scope_and_readers(fitted, scope):
    p = fitted.predict(make_mail("byggesak", 50), mail_id="b50", tenant=None, cases=[])
    assert p.id == "b50"
    assert p.tenant == "fjordvik"  # read from To:
    assert (p.enhet, p.klasse) == (scope.categories["byggesak"].enhet, scope.categories["byggesak"].klasse)
    assert p.journalposttype == "I"
    assert p.avsender.epost == "ola.tomt@gmail.com"
    assert p.offentlig_tittel
    assert p.model_version == "test-1"
    for name in ("tenant", "category", "journalposttype", "skjerming", "sak", "avsender"):
        assert 0.0 <= p.field_confidence[name] <= 1.0


def test_unknown_recipient_gives_no_tenant(fitted):
    mail = make_mail("byggesak", 51)
    mail.to = [Address(email="post@annen-kommune.example")]
    p = fitted.predict(mail, mail_id="u", tenant=None, cases=[])
    assert p.tenant is None
    assert p.field_confidence["tenant"] == 0.0


def test_skjerming_follows_the_category(fitted):
    health = fitted.predict(make_mail("helse_omsorg", 60), mail_id="h", tenant="fjordvik", cases=[])
    assert health.skjerming == "P13"
    build = fitted.predict(make_mail("byggesak", 60), mail_id="b", tenant="fjordvik", cases=[])
    assert build.skjerming is None
    offer = fitted.predict(make_mail("anskaffelse", 60), mail_id="a", tenant="fjordvik", cases=[])
    assert offer.skjerming == "F13"


def test_links_a_cited_open_case(fitted):
    case = Case(tenant="fjordvik", sak="2024/1187", tittel="12/7 - Tilbygg", enhet="PLB", klasse="L42", gnr=12, bnr=7)
    mail = make_mail("byggesak", 70, extra="Deres ref. 2024/1187.")
    p = fitted.predict(mail, mail_id="c", tenant="fjordvik", cases=[case])
    assert p.sak == "2024/1187"
    other = fitted.predict(mail, mail_id="c", tenant="havoy", cases=[case])  # another tenant's case
    assert other.sak is None


def test_scanned_attachment_is_flagged(fitted):
    mail = make_mail("byggesak", 80)
    mail.body = "Se vedlegg."
    mail.attachments = [Attachment("skann.pdf", "application/pdf", 1000, "0" * 64, kind="pdf", scanned=True)]
    p = fitted.predict(mail, mail_id="s", tenant="fjordvik", cases=[])
    assert "scanned_attachment" in p.flags
    assert "scanned_substance" in p.flags


def test_predict_many_matches_predict(fitted):
    mails = [make_mail(c, 90) for c in TEMPLATES]
    many = fitted.predict_many(mails, mail_ids=[str(i) for i in range(len(mails))], cases=[])
    one = [fitted.predict(m, mail_id=str(i), tenant=None, cases=[]) for i, m in enumerate(mails)]
    assert [p.category for p in many] == [p.category for p in one]
    assert [p.confidence for p in many] == pytest.approx([p.confidence for p in one])


def test_features_are_float32_and_cues_read_headers():
    mails, _, _ = make_corpus(per_category=2)
    X = MailFeatures().fit_transform(mails)
    assert X.shape[0] == len(mails)
    assert X.dtype.name == "float32"
    auto = make_mail("nyhetsbrev", 1)
    auto.headers = {"auto-submitted": "auto-replied", "list-unsubscribe": "<mailto:x@y>"}
    cues = mail_cues(auto)
    assert cues[0] == 1.0 and cues[1] == 1.0
    assert mail_cues(make_mail("nyhetsbrev", 1))[0] == 0.0


def test_sender_kind():
    assert sender_kind("a@fjordvik.kommune.no", ["fjordvik.kommune.no"]) == "internal"
    assert sender_kind("a@havoy.kommune.no", ["fjordvik.kommune.no"]) == "kommune"
    assert sender_kind("a@gmail.com") == "freemail"
    assert sender_kind("post@statsforvalteren.no") == "agency"
    assert sender_kind("post@byggfirma.no") == "org"


def test_a_batch_reads_each_mail_as_it_would_alone(fitted):
    mails = [make_mail(c, k) for c in TEMPLATES for k in (3, 4)]
    ids = [f"m{i}" for i in range(len(mails))]
    batch = fitted.predict_many(mails, mail_ids=ids)
    for mail, mail_id, together in zip(mails, ids, batch):
        alone = fitted.predict(mail, mail_id=mail_id, tenant=None, cases=())
        assert alone.category == together.category
        assert alone.skjerming == together.skjerming and alone.journalposttype == together.journalposttype
        assert alone.field_confidence == pytest.approx(together.field_confidence)


def test_fast_probabilities_match_scikit_learn(fitted):
    from sklearn.linear_model import LogisticRegression

    from classifier.model import _proba

    X = fitted.features_.transform([make_mail(c, k) for c in TEMPLATES for k in (3, 5)])
    Xc = fitted._category_view(X)
    assert _proba(fitted.category_model_, Xc) == pytest.approx(fitted.category_model_.predict_proba(Xc))
    binary = LogisticRegression().fit(X, [i % 2 == 0 for i in range(X.shape[0])])
    assert _proba(binary, X) == pytest.approx(binary.predict_proba(X))


def test_p13_without_the_one_hot_matrix_is_the_models_own(fitted):
    from classifier.model import _p_true

    mails = [make_mail(c, k) for c in TEMPLATES for k in (3, 5)]
    X = fitted.features_.transform(mails)
    categories = [c for c in TEMPLATES for _ in (3, 5)]
    expected = _p_true(fitted.p13_model_, fitted._skjerming_view(X, categories))
    assert fitted._p13(X, categories) == pytest.approx(expected)


def test_one_product_for_all_models_gives_each_models_own_scores(scope):
    """``_products`` multiplies the batch with all coefficients side by side; each block must
    be that model's own ``X @ coef.T`` (category without the sensitivity columns, P13
    without its category columns), and the probabilities scikit-learn's."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from classifier.model import _p_true, _proba

    mails, labels, groups = make_corpus(per_category=6)
    for i, row in enumerate(labels):  # P13 and F13 on some mails only, so both are models
        if row["category"] == "byggesak" and i % 2 == 0:
            row["skjerming"] = "P13"
            mails[i].body += " Rampen trengs fordi sønnen vår sitter i rullestol etter en operasjon."
        if row["category"] == "anskaffelse" and i % 2 == 0:
            row["skjerming"] = None
    model = MailClassifier().fit(mails, labels, scope=scope)
    assert isinstance(model.p13_model_, LogisticRegression) and isinstance(model.f13_model_, LogisticRegression)
    batch = [make_mail(c, k, seed=1) for c in TEMPLATES for k in (3, 5)]
    categories = [c for c in TEMPLATES for _ in (3, 5)]
    X = model.features_.transform(batch)
    Xc = model._category_view(X)
    products = model._products(X)
    assert set(products) == {"category", "p13", "f13"}  # journalposttype: no internal mail, a constant
    np.testing.assert_array_equal(products["category"], Xc @ model.category_model_.coef_.T)
    np.testing.assert_array_equal(products["p13"], X @ model.p13_model_.coef_[:, : X.shape[1]].T)
    np.testing.assert_array_equal(products["f13"], X @ model.f13_model_.coef_.T)
    assert _proba(model.category_model_, X, products["category"]) == pytest.approx(
        model.category_model_.predict_proba(Xc))
    expected_p13 = _p_true(model.p13_model_, model._skjerming_view(X, categories))
    assert model._p13(X, categories, products["p13"]) == pytest.approx(expected_p13)
    assert _p_true(model.f13_model_, X, products["f13"]) == pytest.approx(model.f13_model_.predict_proba(X)[:, 1])
    np.testing.assert_array_equal(_p_true(model.f13_model_, X, products["f13"]),
                                  _proba(model.f13_model_, X, products["f13"])[:, 1])
    assert "_stacked" in model.__dict__ and "_stacked" not in model.__getstate__()  # a cache, never pickled


def test_p13_decides_only_where_training_saw_screened_mail(scope):
    mails, labels, groups = make_corpus(per_category=6)
    # byggesak: three of six mails reveal a disability (P13); vann_avlop: never screened
    for i, row in enumerate(labels):
        if row["category"] == "byggesak" and i % 2 == 0:
            row["skjerming"] = "P13"
            mails[i].body += " Rampen trengs fordi sønnen vår sitter i rullestol etter en operasjon."
    model = MailClassifier().fit(mails, labels, scope=scope)
    assert model.p13_categories_ == ["byggesak"]
    health = " Jeg er sykemeldt med depresjon og angst og har en diagnose fra fastlegen."
    leak = make_mail("vann_avlop", 99, extra=health)
    prediction = model.predict(leak, mail_id="v", tenant="fjordvik", cases=())
    assert prediction.category == "vann_avlop"
    assert prediction.skjerming is None and prediction.field_confidence["skjerming"] == 1.0
    ramp = make_mail("byggesak", 99, extra=health)
    assert model.predict(ramp, mail_id="b", tenant="fjordvik", cases=()).field_confidence["skjerming"] < 1.0


def test_a_public_reading_of_a_p13_kind_is_never_sure_when_the_mail_speaks_of_personal_matters(scope):
    import numpy as np

    from classifier.model import speaks_of_personal_matters

    mails, labels, _ = make_corpus(per_category=6)
    for i, row in enumerate(labels):  # byggesak is screened when the mail reveals a disability
        if row["category"] == "byggesak" and i % 2 == 0:
            row["skjerming"] = "P13"
            mails[i].body += " Rampen trengs fordi sønnen vår sitter i rullestol etter en operasjon."
    model = MailClassifier().fit(mails, labels, scope=scope)
    assert model.p13_categories_ == ["byggesak"]

    def read(mail, category):  # the P13 model says "public" for sure: only the guard can doubt it
        jpt = np.ones(len(model.journalposttype_model_.classes_)) / len(model.journalposttype_model_.classes_)
        return model._read(mail, "m", "fjordvik", category, 0.99, jpt, 0.0, 0.0, CaseRegistry())

    two = " Jeg er sykemeldt og har fått en diagnose."
    assert speaks_of_personal_matters(make_mail("byggesak", 1, extra=two))
    guarded = read(make_mail("byggesak", 1, extra=two), "byggesak")
    assert guarded.skjerming is None and guarded.field_confidence["skjerming"] == 0.0
    assert "nevner_personlige_forhold" in guarded.flags
    # one such word is often something else (nynorsk "Dette gjeld søknaden": it concerns)
    one = read(make_mail("byggesak", 2, extra=" Dette gjeld søknaden om garasje."), "byggesak")
    assert one.field_confidence["skjerming"] == 1.0 and "nevner_personlige_forhold" not in one.flags
    # a kind never screened in training keeps its default
    other = read(make_mail("vann_avlop", 1, extra=two), "vann_avlop")
    assert other.field_confidence["skjerming"] == 1.0 and "nevner_personlige_forhold" not in other.flags


def test_a_public_category_is_never_sure_when_the_mail_speaks_of_barnevern(fitted):
    mail = make_mail("vann_avlop", 5, extra="Saken gjelder også barneverntjenesten sin oppfølging av familien.")
    prediction = fitted.predict(mail, mail_id="bv", tenant="fjordvik", cases=())
    assert prediction.category == "vann_avlop" and prediction.skjerming is None
    assert prediction.field_confidence["skjerming"] == 0.0 and "nevner_barnevern" in prediction.flags
    plain = fitted.predict(make_mail("vann_avlop", 5), mail_id="v", tenant="fjordvik", cases=())
    assert plain.field_confidence["skjerming"] > 0.5


def test_softmax_is_scipys():
    import numpy as np
    from scipy.special import softmax

    from classifier.model import _softmax

    scores = np.random.default_rng(0).normal(scale=20, size=(40, 24))
    np.testing.assert_array_equal(_softmax(scores), softmax(scores, axis=1))
    np.testing.assert_array_equal(_softmax(scores.astype(np.float32)), softmax(scores.astype(np.float32), axis=1))


def test_refitting_drops_the_caches_of_the_earlier_fit(scope):
    """``_products`` and ``MailFeatures.transform`` cache what they build from the fitted
    models; fitting the same object again must not keep the old coefficients or vocabularies."""
    import numpy as np

    first, first_labels, _ = make_corpus(per_category=4, seed=1)
    second, second_labels, _ = make_corpus(per_category=6, seed=2)
    model = MailClassifier().fit(first, first_labels, scope=scope)
    model.predict_many(first[:3], mail_ids=["a", "b", "c"])  # fills the caches
    model.fit(second, second_labels, scope=scope)
    fresh = MailClassifier().fit(second, second_labels, scope=scope)
    batch = [make_mail(c, 9, seed=3) for c in TEMPLATES]
    ids = [str(i) for i in range(len(batch))]
    again = model.predict_many(batch, mail_ids=ids)
    expected = fresh.predict_many(batch, mail_ids=ids)
    assert [p.confidence for p in again] == pytest.approx([p.confidence for p in expected])
    assert [p.field_confidence["skjerming"] for p in again] == pytest.approx(
        [p.field_confidence["skjerming"] for p in expected])
    features = model.features_
    features.fit_transform(first)
    np.testing.assert_allclose(features.transform(first[:2]).toarray(), features.fit_transform(first)[:2].toarray(),
                               rtol=1e-6, atol=1e-7)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("barnevern bvl omsorgsovertak fosterhjem child welfare protection_1-æ\n"), max_size=60))
def test_letter_first_barnevern_pattern_finds_what_the_written_one_finds(text):
    from classifier.model import _BARNEVERN

    written = re.compile(
        r"\b(?:barnevern|omsorgsovertak|fosterhjem|beredskapshjem|bekymringsmelding|bvl\b|child welfare|child protection)"
    )
    samples = [text, "barnevernet", "xbarnevern", "_bvl", "bvl.", "bvlx", "ombarnevern", "fosterhjemmet", "the child welfare",
               "kbekymringsmelding", "æbarnevern", "1barnevern", "-barnevern", "beredskapshjem", "cchild protection"]
    for sample in samples:
        assert [m.span() for m in _BARNEVERN.finditer(sample)] == [m.span() for m in written.finditer(sample)]
