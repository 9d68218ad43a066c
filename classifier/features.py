"""The text view of a ParsedMail that every model reads, as a scikit-learn transformer.

``MailFeatures`` turns a sequence of ``ParsedMail`` into one sparse float32 matrix:

* TF-IDF word 1–2-grams of the subject (its own block, so the subject weighs more),
* TF-IDF word 1–2-grams of what the sender wrote: body, signature and attachment text,
* TF-IDF word unigrams of the quoted history / forwarded original (a weaker signal),
* TF-IDF char 2–5-grams (``char_wb``) of subject and the start of the body,
* a small dense block of cues: list/auto-reply headers, delivery reports, the kind of
  sender domain, case numbers, gnr/bnr, fødselsnummer-like numbers, attachments.

Tokens are lower-cased words; the char n-grams carry Norwegian inflection, so no
lemmatiser is needed (and training stays well under a minute for 20 000 mails).
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

from classifier.types import ParsedMail

FREEMAIL_DOMAINS = frozenset(
    ["gmail.com", "googlemail.com", "hotmail.com", "hotmail.no", "outlook.com", "outlook.no", "live.no", "live.com", "msn.com", "yahoo.com", "yahoo.no", "icloud.com", "me.com", "mac.com", "online.no", "frisurf.no", "broadpark.no", "getmail.no", "c2i.net", "start.no", "lyse.net", "altibox.no", "protonmail.com", "proton.me", "gmx.com", "gmx.de", "gmx.net", "web.de", "btinternet.com", "aol.com", "mail.com", "yandex.com"]
)

# State agencies and other public bodies that write to municipalities (besides *.dep.no,
# *.kommune.no and *fylke*.no, recognised by pattern).
AGENCY_DOMAINS = frozenset(
    ["statsforvalteren.no", "vegvesen.no", "mattilsynet.no", "dsb.no", "arbeidstilsynet.no", "miljodir.no", "nve.no", "kartverket.no", "dibk.no", "husbanken.no", "udir.no", "helsedirektoratet.no", "helsetilsynet.no", "politiet.no", "nav.no", "skatteetaten.no", "brreg.no", "riksantikvaren.no", "fiskeridir.no", "kystverket.no", "ks.no", "ssb.no", "bufdir.no", "imdi.no", "nkom.no", "datatilsynet.no", "regjeringen.no", "stortinget.no", "sivilrett.no", "fhi.no", "lovdata.no", "digdir.no", "altinn.no"]
)

SENDER_KINDS = ("internal", "kommune", "agency", "freemail", "org")

# Word stems that reveal personal circumstances (fvl. § 13): health, economy, family life.
# Matched at word starts in lower-cased text; bokmål, nynorsk and English.  Stems that are
# also the start of everyday administrative words were taken out or narrowed ("gjeld" is
# the start of "gjelder", "enke" of "enkelt", "nav" of "navn", "syk" of "sykkel",
# "behandling" is how every application is handled); ``SENSITIVE_EXCEPTIONS`` lists the
# word starts that never count.
SENSITIVE_STEMS = {
    "health": ["diagnos", "sykdom", "sjukdom", "syk", "sjuk", "sykemeld", "sjukemeld", "sykmeld", "legeerklæring", "lege", "fastlege", "spesialisthelse", "sykehus", "sjukehus", "innlagt", "innleggelse", "innlegging", "medisin", "medikament", "kreft", "cellegift", "demens", "alzheimer", "parkinson", "hjerneslag", "hjerteinfarkt", "hjertesvikt", "diabetes", "epilepsi", "astma", "allergi", "adhd", "autism", "asperger", "tourette", "dysleksi", "dyskalkuli", "psykisk", "psykiatri", "psykolog", "depresjon", "depressiv", "angst", "spiseforstyrr", "selvskad", "sjølvskad", "rusmiddel", "rusmisbruk", "rusavhengig", "rusproblem", "rusbehandling", "alkoholproblem", "alkoholavhengig", "alkoholisme", "narkotika", "avhengighet", "uføre", "ufør", "funksjonsnedsett", "funksjonshemm", "rullestol", "hørselshemm", "synshemm", "utviklingshemm", "cerebral", "parese", "operasjon", "operert", "rehabilitering", "fysioterapi", "ergoterapi", "bup", "ppt", "sakkyndig", "helsesykepleier", "helsesjukepleiar", "helsestasjon", "gravid", "svangerskap", "palliativ", "diagnosis", "illness", "hospital", "disease", "medication", "therapy"],
    "economy": ["arbeidsledig", "arbeidsløys", "permittert", "oppsagt", "arbeidsavklaringspenger", "aap", "nav", "sosialhjelp", "sosialstønad", "økonomisk sosialhjelp", "gjeld", "inkasso", "betalingsproblem", "betalingsvansk", "lavinntekt", "låginntekt", "trygd", "uføretrygd", "minstepensjon", "bostøtte", "startlån", "tvangssalg", "unemploy", "debt"],
    "family": ["skilsmisse", "samlivsbrudd", "separasjon", "foreldretvist", "barnefordeling", "samvær", "vold", "overgrep", "mishandl", "omsorgsovertak", "fosterhjem", "beredskapshjem", "krisesenter", "dødsfall", "døde", "gravferd", "sorg", "enke", "enkemann", "alenemor", "alenefar", "divorce", "custody"],
}
SENSITIVE_EXCEPTIONS = (
    "sykkel", "sykl", "sjukkel", "gjelde", "gjeldande", "gjeldende", "enkel", "enkl", "navn", "navig",
    "legend", "legemeld", "voldgift", "sorgfri", "operasjonell", "operasjonal",
)


def stem_pattern(stems: Sequence[str]) -> str:
    """A regex matching any of ``stems`` (longest first), built as a trie so a word start
    is tested against one branch per letter instead of every stem in turn."""
    trie: dict[str, dict] = {}
    for stem in stems:
        node = trie
        for ch in stem.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# One scan of the lower-cased text (a case-sensitive scan is much faster than an
# IGNORECASE one) finds every word that starts with a stem of any group; each word found
# is then assigned to its groups by prefix (a word such as "uføretrygd" counts for two).
_SENSITIVE_ANY = re.compile(r"\b" + stem_pattern([s for stems in SENSITIVE_STEMS.values() for s in stems]) + r"\w*")
_SENSITIVE_PREFIXES = {group: tuple(s.lower() for s in stems) for group, stems in SENSITIVE_STEMS.items()}


def sensitive_counts(text: str) -> dict[str, int]:
    """For every group of ``SENSITIVE_STEMS``: how many words of ``text`` start with one of
    its stems (and not with an exception)."""
    counts = dict.fromkeys(SENSITIVE_STEMS, 0)
    for low in _SENSITIVE_ANY.findall(text.lower()):
        if low.startswith(SENSITIVE_EXCEPTIONS):
            continue
        for group, prefixes in _SENSITIVE_PREFIXES.items():
            if low.startswith(prefixes):
                counts[group] += 1
    return counts


def sensitive_count(group: str, text: str) -> int:
    """How many words of ``text`` start with one of the group's stems (and not with an exception)."""
    return sensitive_counts(text)[group]


_WORD_TOKEN = r"(?u)\b\w[\w\-]*\w\b|\b\w\b"
# The same tokens as _WORD_TOKEN, found with fewer tests: read left to right, a greedy match
# starts where a run of word characters starts and ends where one ends, so the word
# boundaries always hold (tested).  TermCounter uses it for vectorizers fitted with _WORD_TOKEN.
_SAME_TOKENS_FASTER = {_WORD_TOKEN: r"\w+(?:-+\w+)*"}
# _CASE_REF and _FNR_LIKE open with the digit and look behind it, not the other way round:
# a pattern that opens with a look-behind is tried at every position, one that opens with a
# digit class only where a digit stands (the same matches, tested; 3-4x faster).
# _CASE_REF: "(?<![\d/])(?:19|20)?\d{2}/0*\d{1,6}(?:-\d{1,4})?(?![\d/])"
_CASE_REF = re.compile(r"\d(?<![\d/]\d)(?:(?<=1)9\d{2}|(?<=2)0\d{2}|\d)/0*\d{1,6}(?:-\d{1,4})?(?![\d/])")
_GNR_BNR = re.compile(r"\bgnr\.?\s*\d{1,4}\s*[,/ ]*\s*bnr\.?\s*\d{1,4}|\b\d{1,4}/\d{1,4}\s*\(gnr", re.IGNORECASE)
# _FNR_LIKE: "(?<!\d)[0-3]\d[01]\d{3}\s?\d{5}(?!\d)"
_FNR_LIKE = re.compile(r"[0-3](?<!\d[0-3])\d[01]\d{3}\s?\d{5}(?!\d)")
_ORGNR = re.compile(r"\b(?:org\.?\s*(?:nr|nummer)\.?:?|organisasjonsnummer:?)\s*(?:NO\s*)?\d{3}\s?\d{3}\s?\d{3}", re.IGNORECASE)
_REPLY = re.compile(r"^\s*(sv|re|aw|svar)\s*:", re.IGNORECASE)
_FORWARD = re.compile(r"^\s*(vs|fw|fwd|wg|tr)\s*:", re.IGNORECASE)
_NOREPLY = re.compile(r"(no-?reply|do-?not-?reply|mailer-daemon|postmaster|microsoftexchange|bounce)", re.IGNORECASE)


def email_domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""


def sender_kind(sender_email: str, recipient_domains: Sequence[str] = ()) -> str:
    """internal (same domain as the receiving postmottak) | kommune | agency | freemail | org."""
    domain = email_domain(sender_email)
    if not domain:
        return "org"
    if any(domain == d or domain.endswith("." + d) for d in recipient_domains if d):
        return "internal"
    if domain.endswith("kommune.no"):
        return "kommune"
    if domain in FREEMAIL_DOMAINS:
        return "freemail"
    if domain in AGENCY_DOMAINS or domain.endswith(".dep.no") or "fylke" in domain:
        return "agency"
    return "org"


def recipient_domains(mail: ParsedMail) -> list[str]:
    """Domains of the receiving postmottak (To / Delivered-To), kommune domains only."""
    domains = {email_domain(a.email) for a in mail.to} | {email_domain(a) for a in mail.delivered_to}
    return sorted(d for d in domains if d.endswith("kommune.no"))


@dataclass
class TextView:
    """The parts of a mail the text models read."""

    subject: str
    main: str  # body + signature + attachment text
    quoted: str
    head: str  # subject + start of body, for char n-grams
    cues: np.ndarray


CUE_NAMES = (
    "auto_submitted",
    "list_headers",
    "precedence_bulk",
    "auto_response_suppress",
    "delivery_report",
    "noreply_sender",
    *(f"sender_{k}" for k in SENDER_KINDS),
    "has_case_ref",
    "has_gnr_bnr",
    "has_fnr_like",
    "has_orgnr",
    "n_attachments",
    "has_pdf",
    "has_docx",
    "has_image",
    "has_calendar",
    "has_message",
    "scanned",
    "html_only",
    "is_reply",
    "is_forward",
    "body_empty",
    "body_length",
    "attachment_length",
    *(f"sensitive_{g}" for g in SENSITIVE_STEMS),
)


def cue_text(mail: ParsedMail) -> str:
    """The text the cues read: subject, body, signature and attachments (no quoted history)."""
    return "\n".join((mail.subject, mail.body, mail.signature, mail.attachment_text()))


def mail_cues(mail: ParsedMail) -> np.ndarray:
    """The dense cue block of one mail, every value in [0, 1]."""
    h = {k.lower(): v for k, v in mail.headers.items()}
    auto = h.get("auto-submitted", "").strip().lower()
    content_type = h.get("content-type", "").lower()
    kind = sender_kind(mail.sender.email, recipient_domains(mail))
    text = cue_text(mail)
    low = text.lower()
    kinds = {a.kind for a in mail.attachments}
    names = " ".join(a.filename.lower() for a in mail.attachments)
    types = " ".join(a.content_type.lower() for a in mail.attachments)
    values = [
        bool(auto) and auto != "no",
        "list-unsubscribe" in h or "list-id" in h,
        h.get("precedence", "").strip().lower() in ("bulk", "list", "junk", "auto_reply"),
        "x-auto-response-suppress" in h,
        "multipart/report" in content_type or "delivery-status" in types,
        bool(_NOREPLY.search(mail.sender.email)),
        *(kind == k for k in SENDER_KINDS),
        # each pattern is only run where the text holds the literal it cannot match without
        "/" in text and bool(_CASE_REF.search(text)),
        "gnr" in low and bool(_GNR_BNR.search(text)),
        bool(_FNR_LIKE.search(text)),
        "org" in low and bool(_ORGNR.search(text)),
        min(len(mail.attachments), 4) / 4,
        "pdf" in kinds,
        "docx" in kinds,
        "image" in kinds,
        ".ics" in names or "calendar" in types,
        "message" in kinds,
        any(a.scanned for a in mail.attachments),
        mail.html_only,
        bool(_REPLY.match(mail.subject)),
        bool(_FORWARD.match(mail.subject)) or mail.forwarded_from is not None,
        len(mail.body.strip()) < 20,
        min(math.log1p(len(mail.body)) / 9, 1.0),
        min(math.log1p(len(mail.attachment_text())) / 10, 1.0),
        *(min(n / 3, 1.0) for n in sensitive_counts(text).values()),
    ]
    return np.asarray(values, dtype=np.float32)


def text_view(mail: ParsedMail, *, max_chars: int = 6000, head_chars: int = 600) -> TextView:
    attachment_text = mail.attachment_text()
    main = "\n".join(p for p in (mail.body, mail.signature, attachment_text) if p)
    return TextView(
        subject=mail.subject,
        main=main[:max_chars],
        quoted=mail.quoted[: max_chars // 2],
        head=(mail.subject + "\n" + (mail.body or attachment_text))[:head_chars],
        cues=mail_cues(mail),
    )


class MailFeatures(TransformerMixin, BaseEstimator):
    """ParsedMail sequence -> sparse float32 feature matrix (see module docstring)."""

    def __init__(
        self,
        *,
        word_max_features: int = 60000,
        subject_max_features: int = 15000,
        quoted_max_features: int = 8000,
        char_max_features: int = 40000,
        char_ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_chars: int = 6000,
        head_chars: int = 600,
        cue_weight: float = 1.0,
    ):
        self.word_max_features = word_max_features
        self.subject_max_features = subject_max_features
        self.quoted_max_features = quoted_max_features
        self.char_max_features = char_max_features
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.max_chars = max_chars
        self.head_chars = head_chars
        self.cue_weight = cue_weight

    def _views(self, mails: Sequence[ParsedMail]) -> list[TextView]:
        return [text_view(m, max_chars=self.max_chars, head_chars=self.head_chars) for m in mails]

    def _vectorizer(self, *, max_features: int, ngram_range=(1, 2), analyzer="word", min_df=None):
        return TfidfVectorizer(
            lowercase=True,
            analyzer=analyzer,
            token_pattern=_WORD_TOKEN if analyzer == "word" else None,
            ngram_range=ngram_range,
            min_df=self.min_df if min_df is None else min_df,
            max_df=0.9,
            max_features=max_features,
            sublinear_tf=True,
            dtype=np.float32,
        )

    def fit(self, mails: Sequence[ParsedMail], y=None):
        self.fit_transform(mails)
        return self

    def fit_transform(self, mails: Sequence[ParsedMail], y=None):
        self.__dict__.pop("_blocks_cache", None)  # the vectorizers of an earlier fit
        views = self._views(mails)
        min_df = min(self.min_df, max(1, len(views) // 50))
        self.subject_ = self._vectorizer(max_features=self.subject_max_features, min_df=min_df)
        self.main_ = self._vectorizer(max_features=self.word_max_features, min_df=min_df)
        self.quoted_ = self._vectorizer(max_features=self.quoted_max_features, ngram_range=(1, 1), min_df=min_df)
        self.char_ = self._vectorizer(
            max_features=self.char_max_features,
            ngram_range=self.char_ngram_range,
            analyzer="char_wb",
            min_df=min_df,
        )
        blocks = [
            self.subject_.fit_transform([v.subject for v in views]),
            self.main_.fit_transform([v.main for v in views]),
            _fit_or_empty(self.quoted_, [v.quoted for v in views]),
            self.char_.fit_transform([v.head for v in views]),
            sp.csr_matrix(self._cues(views)),
        ]
        self.n_features_out_ = sum(b.shape[1] for b in blocks)
        self.n_sensitive_ = len(SENSITIVE_STEMS)  # the last columns: for the skjerming models only
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    def transform(self, mails: Sequence[ParsedMail]):
        views = self._views(mails)
        n = len(views)
        blocks = self._blocks()
        texts = (
            [v.subject for v in views],
            [v.main for v in views],
            [v.quoted for v in views],
            [v.head for v in views],
        )
        # All four TF-IDF blocks are counted as one: every term occurrence becomes the key
        # row * width + column, one sort counts them, and each block is normalised on its own
        # (group row * 5 + block).  The cues join as one key each, so that the sorted keys are
        # the CSR entries in order; their values replace the counted ones.  Every numpy call
        # counts here: one mail at a time, between the parsing of mails, each costs several
        # microseconds, so a single mail takes the shortest path.
        n_blocks = len(blocks.counters)
        terms_width = blocks.offsets[-1]
        width = terms_width + len(CUE_NAMES)
        chunks, lengths = [], []
        for counter, docs in zip(blocks.counters, texts):
            indices, counted = counter._term_indices(docs)
            chunks.append(indices)
            lengths += counted
        cues = self._cues(views)
        cue_rows, cue_cols = np.nonzero(cues)
        if n == 1:
            chunks.append(cue_cols + terms_width)
            # each block's segment starts at the block's first column
            starts = np.repeat(blocks.offsets[:-1], lengths)
        else:
            chunks.append(cue_rows * width + (cue_cols + terms_width))
            # each (block, row) segment of `lengths` starts at row * width + the block's first column
            starts = np.repeat((np.arange(n, dtype=np.int64) * width + blocks.offsets[:-1, None]).ravel(), lengths)
        keys = np.concatenate(chunks)
        keys[: len(starts)] += starts
        keys, counts = _count_sorted(keys)
        if n == 1:
            rows, cols = None, keys
        else:
            rows, cols = np.divmod(keys, width)
        groups = np.searchsorted(blocks.offsets, cols, side="right") - 1  # the cues: block n_blocks
        if rows is not None:
            groups += rows * (n_blocks + 1)
        vals = tfidf_values(counts, cols, groups, n * (n_blocks + 1),
                            idf=blocks.idf, sublinear_tf=blocks.sublinear_tf, norm=blocks.norm)
        if len(cue_rows):  # row by row, in column order, as np.nonzero gives them: the last of each row
            vals[cols >= terms_width] = cues[cue_rows, cue_cols]
        if n == 1:
            indptr = np.array([0, len(keys)], dtype=np.int32)
        else:
            indptr = np.zeros(n + 1, dtype=np.int32)  # int32 indices, as scipy would choose: no check and cast
            np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
        return sp.csr_matrix((vals, cols.astype(np.int32), indptr), shape=(n, width), dtype=np.float32)

    def _blocks(self) -> _Blocks:
        """The fitted vectorizers as one counting unit (built on first use, not pickled)."""
        blocks = self.__dict__.get("_blocks_cache")
        if blocks is None:
            vectorizers = [self.subject_, self.main_, self.quoted_, self.char_]
            settings = {(v.sublinear_tf, v.use_idf, v.norm) for v in vectorizers}
            if len(settings) != 1:
                raise ValueError("MailFeatures counts its TF-IDF blocks together: they must share their settings")
            counters = [TermCounter(v) for v in vectorizers]
            offsets = np.cumsum([0] + [c.n_terms for c in counters])
            # the cue columns weigh 1, so their counted values stay finite until replaced
            idf = [v.idf_ for v in vectorizers if v.use_idf and getattr(v, "vocabulary_", None)]
            idf.append(np.ones(len(CUE_NAMES), dtype=idf[0].dtype if idf else np.float64))
            sublinear_tf, use_idf, norm = settings.pop()
            blocks = self._blocks_cache = _Blocks(
                counters=counters,
                offsets=offsets,
                idf=np.concatenate(idf) if use_idf else None,
                sublinear_tf=sublinear_tf,
                norm=norm,
            )
        return blocks

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_blocks_cache", None)  # caches, rebuilt after loading
        return state

    def _cues(self, views: Sequence[TextView]) -> np.ndarray:
        cues = np.vstack([v.cues for v in views]) if views else np.zeros((0, len(CUE_NAMES)), np.float32)
        return cues * np.float32(self.cue_weight)


class TermCounter:
    """``TfidfVectorizer.transform`` of a fitted vectorizer, with the same numbers, faster.

    scikit-learn counts terms one at a time in a Python loop; here the vocabulary lookups
    run in a comprehension and, for ``char_wb`` n-grams, per word from a cache: a word's
    padded n-grams never depend on its neighbours, and the words of municipal mail repeat
    a great deal, so most words cost one dictionary lookup instead of ~15.  Tests check the
    output against ``vectorizer.transform``.
    """

    MAX_CACHED_WORDS = 50_000

    def __init__(self, vectorizer: TfidfVectorizer):
        if vectorizer.norm not in ("l2", None) or vectorizer.analyzer not in ("word", "char_wb"):
            raise ValueError("TermCounter reads word or char_wb vectorizers with l2 or no norm")
        self.vectorizer = vectorizer
        self.analyze = vectorizer.build_analyzer()
        self.by_word = vectorizer.analyzer == "char_wb"
        self._cache: dict[str, bytes] = {}
        # word n-grams straight from the token pattern, when the vectorizer adds no step of
        # its own (preprocessor, tokenizer, accent stripping, stop words) to lower-casing
        v = vectorizer
        plain = (
            v.analyzer == "word" and v.input == "content" and v.lowercase and v.preprocessor is None
            and v.tokenizer is None and v.strip_accents is None and v.stop_words is None
        )
        pattern = _SAME_TOKENS_FASTER.get(v.token_pattern, v.token_pattern)
        tokens = re.compile(pattern) if plain and pattern else None
        self._tokens = tokens.findall if tokens is not None and tokens.groups == 0 else None

    @property
    def n_terms(self) -> int:
        return len(getattr(self.vectorizer, "vocabulary_", None) or {})

    def _term_indices(self, docs: Sequence[str]) -> tuple[np.ndarray, list[int]]:
        """The vocabulary index of every term occurrence (int64), and how many each document has.

        For ``char_wb`` the cache holds each word's indices as the bytes of an int64 array:
        joining bytes is a copy, where turning Python ints into an array reads every int
        object, scattered in memory, and cost more than finding the n-grams."""
        vocabulary = getattr(self.vectorizer, "vocabulary_", None) or {}
        lookup = vocabulary.get
        lengths: list[int] = []
        if not vocabulary:
            return np.zeros(0, dtype=np.int64), [0] * len(docs)
        if self.by_word:
            cache = self._cache
            chunks: list[bytes] = []
            for doc in docs:
                size = 0
                for word in doc.lower().split():
                    chunk = cache.get(word)
                    if chunk is None:
                        chunk = array("q", [i for i in map(lookup, self.analyze(word)) if i is not None]).tobytes()
                        if len(cache) >= self.MAX_CACHED_WORDS:
                            cache.clear()
                        cache[word] = chunk
                    chunks.append(chunk)
                    size += len(chunk)
                lengths.append(size // 8)
            return np.frombuffer(b"".join(chunks), dtype=np.int64), lengths
        indices: list[int] = []
        for doc in docs:
            before = len(indices)
            if self._tokens is not None:
                tokens = self._tokens(doc.lower())
                low, high = self.vectorizer.ngram_range
                for n in range(low, high + 1):
                    terms = tokens if n == 1 else map(" ".join, zip(*(tokens[k:] for k in range(n))))
                    indices.extend([i for i in map(lookup, terms) if i is not None])
            else:
                indices.extend([i for i in map(lookup, self.analyze(doc)) if i is not None])
            lengths.append(len(indices) - before)
        return np.asarray(indices, dtype=np.int64), lengths

    def tfidf_triples(self, docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, value) of the TF-IDF matrix, rows in order, columns sorted in a row."""
        indices, lengths = self._term_indices(docs)
        n_terms = max(self.n_terms, 1)
        keys = np.repeat(np.arange(len(docs), dtype=np.int64), lengths) * n_terms + indices
        keys, counts = np.unique(keys, return_counts=True)
        rows, cols = np.divmod(keys, n_terms)
        v = self.vectorizer
        vals = tfidf_values(counts, cols, rows, len(docs), idf=v.idf_ if v.use_idf else None,
                            sublinear_tf=v.sublinear_tf, norm=v.norm)
        return rows, cols, vals

    def tfidf(self, docs: Sequence[str]):
        rows, cols, vals = self.tfidf_triples(docs)
        return sp.csr_matrix((vals, (rows, cols)), shape=(len(docs), self.n_terms), dtype=np.float32)


def _count_sorted(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, return_counts=True)`` in fewer numpy calls (sorts ``keys`` in place)."""
    keys.sort()
    if len(keys) == 0:
        return keys, np.zeros(0, dtype=np.intp)
    first = np.empty(len(keys) + 1, dtype=bool)
    first[0] = first[-1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:-1])
    starts = np.flatnonzero(first)  # each key's first place, then the end
    return keys[starts[:-1]], np.diff(starts)


def tfidf_values(counts, cols, groups, n_groups: int, *, idf, sublinear_tf: bool, norm) -> np.ndarray:
    """TF-IDF values of term counts as ``TfidfTransformer`` computes them (float32), each
    group of values (a row, or a row's block) normalised on its own."""
    vals = counts.astype(np.float32)
    if sublinear_tf:
        np.log(vals, out=vals)
        vals += 1.0
    if idf is not None and len(vals):
        vals *= idf[cols]
    if norm == "l2":
        norms = np.sqrt(np.bincount(groups, weights=np.square(vals, dtype=np.float64), minlength=n_groups))
        vals /= norms[groups]  # a group with a value has a norm > 0
    return vals


@dataclass
class _Blocks:
    counters: list[TermCounter]
    offsets: np.ndarray  # first column of each block, then the end of the last
    idf: np.ndarray | None
    sublinear_tf: bool
    norm: str | None


def _fit_or_empty(vectorizer: TfidfVectorizer, texts: list[str]):
    """Fit a vectorizer that may see no usable token at all (e.g. no quoted text anywhere)."""
    try:
        return vectorizer.fit_transform(texts)
    except ValueError:
        vectorizer.vocabulary_ = {}
        return sp.csr_matrix((len(texts), 0), dtype=np.float32)
