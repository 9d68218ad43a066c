"""Rule-based entity reading: case numbers, gnr/bnr, org.nr, fødselsnummer, dates,
phone numbers and person names in Norwegian (bokmål and nynorsk) mail text.

``read_entities`` is the fast path used per mail: compiled regular expressions and
name lexicons, no pipeline run (a spaCy tokenizer pass alone costs more than a
millisecond for a 300-word mail).  ``get_nlp`` gives the cached blank ``nb``
pipeline with the lookup lemmatizer and an EntityRuler carrying the same entity
kinds as token patterns, for callers that want a ``Doc``; ``lemma`` reads the
lemma table directly.

Nothing here logs or prints text.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from classifier.checks import expand_year, plausible_birth_date, valid_orgnr

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from classifier.types import ParsedMail

MAX_CHARS = 20_000
DATA_DIR = Path(__file__).parent / "data"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class CaseRef:
    """A case number as written in the mail."""

    sak: str  # normalised "YYYY/N"
    doknr: int | None  # the document number after the dash, if any
    raw: str  # the span as written
    lead_in: str | None  # "deres" | "var" | "sak" | "ref" | None (see LEAD_KINDS)
    start: int = 0  # offset in the text it was read from
    source: str = ""  # subject | body | signature | quoted | attachment (set by read_mail_entities)

    @property
    def explicit(self) -> bool:
        """Whether a lead-in such as "Deres ref." or "saksnr." preceded the number."""
        return self.lead_in is not None


@dataclass
class Entities:
    case_refs: list[CaseRef] = field(default_factory=list)
    gnr_bnr: list[tuple[int, int]] = field(default_factory=list)
    orgnr: list[str] = field(default_factory=list)  # valid mod-11 only, 9 digits
    fnr_like: list[str] = field(default_factory=list)  # 11 digits, check digits may fail
    dates: list[str] = field(default_factory=list)  # "YYYY-MM-DD", or "--MM-DD" when no year is written
    phones: list[str] = field(default_factory=list)  # digits only, without +47
    person_names: list[str] = field(default_factory=list)
    plan_ids: list[str] = field(default_factory=list)  # "planID 1506202508" → "1506202508"
    whole_mail: bool = False  # True when read by read_mail_entities (case refs carry their source)

    def merge(self, other: Entities) -> Entities:
        """A new Entities with ``other``'s items appended (duplicates dropped, order kept)."""
        out = Entities()
        for name in _MERGED_LISTS:
            setattr(out, name, _dedupe(getattr(self, name) + getattr(other, name)))
        out.case_refs = self.case_refs + other.case_refs
        return out


_MERGED_LISTS = ("gnr_bnr", "orgnr", "fnr_like", "dates", "phones", "person_names", "plan_ids")


def _dedupe(items: list) -> list:
    seen = set()
    out = []
    for x in items:
        key = x.lower() if isinstance(x, str) else x
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


@dataclass(frozen=True)
class NameLexicon:
    given: frozenset[str]
    surnames: frozenset[str]
    not_names: frozenset[str]


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    raw = json.loads((DATA_DIR / "names.json").read_text(encoding="utf-8"))
    return NameLexicon(
        given=frozenset(raw["given"]),
        surnames=frozenset(raw["surnames"]),
        not_names=frozenset(raw["not_names"]),
    )


# --------------------------------------------------------------------------- spaCy


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """A blank Norwegian pipeline with the lookup lemmatizer and an entity ruler.

    Works offline: the lemma table comes from the installed spacy-lookups-data.
    """
    import spacy

    nlp = spacy.blank("nb")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler")
    spacy_logger = logging.getLogger("spacy")
    level = spacy_logger.level
    spacy_logger.setLevel(logging.WARNING)  # "Created vocabulary" etc. are not the service's news
    try:
        nlp.initialize()  # loads the lemma table; clears ruler patterns, so add them after
    finally:
        spacy_logger.setLevel(level)
    ruler.add_patterns(_ruler_patterns())
    return nlp


def _ruler_patterns() -> list[dict]:
    lead = {
        "LOWER": {
            "IN": ["ref", "ref.", "ref.:", "referanse", "saksnr", "saksnr.", "saksnr.:", "sak", "saksnummer"]
        }
    }
    case = {"TEXT": {"REGEX": r"^(\d{2}|\d{4})/\d{1,7}(-\d{1,4})?$"}}
    nine = {"TEXT": {"REGEX": r"^\d{9}$"}}
    three = {"TEXT": {"REGEX": r"^\d{3}$"}}
    return [
        {"label": "CASE_REF", "pattern": [lead, {"IS_PUNCT": True, "OP": "?"}, case]},
        {"label": "CASE_REF", "pattern": [{"TEXT": {"REGEX": r"^\d{4}/\d{1,7}(-\d{1,4})?$"}}]},
        {
            "label": "GNR_BNR",
            "pattern": [
                {"LOWER": {"REGEX": r"^g(\.)?nr\.?$|^gardsnr\.?$"}},
                {"IS_DIGIT": True},
                {"IS_PUNCT": True, "OP": "?"},
                {"LOWER": {"REGEX": r"^b(\.)?nr\.?$|^bruksnr\.?$"}},
                {"IS_DIGIT": True},
            ],
        },
        {"label": "ORGNR", "pattern": [{"LOWER": {"REGEX": r"^org"}}, {"IS_PUNCT": True, "OP": "?"}, nine]},
        {
            "label": "ORGNR",
            "pattern": [{"LOWER": {"REGEX": r"^org"}}, {"IS_PUNCT": True, "OP": "?"}, three, three, three],
        },
        {"label": "FNR", "pattern": [{"TEXT": {"REGEX": r"^\d{6}$"}}, {"TEXT": {"REGEX": r"^\d{5}$"}}]},
        {"label": "FNR", "pattern": [{"TEXT": {"REGEX": r"^\d{11}$"}}]},
        {"label": "DATE", "pattern": [{"TEXT": {"REGEX": r"^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$"}}]},
        {
            "label": "PHONE",
            "pattern": [{"TEXT": "+47", "OP": "?"}, three, {"TEXT": {"REGEX": r"^\d{2}$"}}, three],
        },
    ]


@lru_cache(maxsize=1)
def _lemma_table():
    return get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


def lemma(word: str) -> str:
    """The lookup lemma of a lower-cased word (the word itself when the table lacks it)."""
    w = word.lower()
    return _lemma_table().get(w, w)


# --------------------------------------------------------------------------- patterns

_CAP = r"[A-ZÆØÅÄÖÜÉÁÍÓÚÑŚŁ][a-zæøåäöüéèáíóúñçśłńźżęą]+"
_NAME_TOKEN = rf"{_CAP}(?:-{_CAP})?"

# Tried at every "digits/digits" (see _case_number_matches); what follows may not continue
# a word, a path or a decimal number, and what precedes may not be one of _CASE_NOT_BEFORE.
_CASE_AT = re.compile(r"(\d{1,4})/(\d{1,7})(?:-(\d{1,4}))?(?![\w/]|[.,]\d)")
_CASE_NOT_BEFORE = "/.,:-_"

LEAD_KINDS = {
    "deres": r"(?:deres|dykkar|dykkas|your)\s+"
    r"(?:ref(?:eranse|erence)?|saks?nr|saksnummer|sak|sak\s?nr|saksreferanse)",
    "var": r"(?:vår|var|our)\s+(?:ref(?:eranse|erence)?|saks?nr|saksnummer|sak|saksreferanse)",
    "sak": r"(?:arkiv)?saks?nr|saksnummer|saksreferanse|sak\s?nr|arkivsak|sak|saka|saken|case(?:\s+no)?|"
    r"journalpost(?:nr)?",
    "ref": r"ref(?:eranse|erence)?|referansenummer",
}
_LEAD_BEFORE = re.compile(
    r"(?:^|[^\wæøå])(?P<lead>"
    + "|".join(f"(?P<{k}>{v})" for k, v in LEAD_KINDS.items())
    + r")\.?\s*(?:nr\.?|no\.?)?\s*[:.]?\s*[(\[]?\s*$",
    re.IGNORECASE,
)
_GNR_CONTEXT_BEFORE = re.compile(
    r"(?:g\.?\s?nr|gardsnr|gnr\./bnr|gnr/bnr|g\.nr/b\.nr|g/bnr|gbnr|matr(?:ikkel)?(?:nr|nummer)?|eigedom(?:men)?|"
    r"eiendom(?:men)?|tomt(?:a|en)?|property|på|for)[.:]?\s*$",
    re.IGNORECASE,
)
_TITLE_STYLE_AFTER = re.compile(r"^\s+[-–]\s+\w")

# The gnr/bnr and org.nr patterns run on the lower-cased text and open with a literal,
# which lets the regex engine skip ahead quickly; the word boundary before is checked in code.
_GNR_BNR = re.compile(
    r"g(?:\.?\s?nr|ardsnr|ardsnummer|årdsnr|årdsnummer)\.?\s*:?\s*(\d{1,4})\s*,?\s*(?:og\s+|/\s*)?"
    r"(?:b\.?\s?nr|bruksnr|bruksnummer)\.?\s*:?\s*(\d{1,4})((?:\s*(?:,|og|and)\s*\d{1,4}\b(?!\s*(?:m|km|%|kr|år)\b))*)"
)
_GNR_BNR_SLASH = re.compile(
    r"g(?:nr\.?\s*/\s*bnr|\.\s?nr\.?\s*/\s*b\.\s?nr|/bnr|bnr|nr|\.nr)\.?\s*:?\s*(\d{1,4})\s*/\s*(\d{1,4})\b"
)
# "Strandvegen 88 (120/254)" — an address followed by gnr/bnr in parentheses
_PAREN_PAIR = re.compile(r"\(\s*(\d{1,4})/(\d{1,4})\s*\)")
_ADDRESS_BEFORE = re.compile(r"[^\W\d_]{3,}\s+\d{1,4}[a-zA-Z]?\s*$")

_ORGNR = re.compile(
    r"(?:org(?:anisasjons)?\.?\s*(?:nr|nummer|no|number)\b\.?|organisasjonsnummer\b|orgnr\b\.?|foretaksregisteret\b|"
    r"(?:business\s+)?reg(?:istration)?\.?\s*(?:no|nr|number)\b\.?(?:\s*\(norway\))?)"
    r"\s*[:.]?\s*(?:no\s*)?(\d{3}[ .]?\d{3}[ .]?\d{3})(?!\d)"
)
_PLAN_ID = re.compile(r"plan\s?-?id(?:\s?nr)?\.?\s*:?\s*(\d{6,14})\b")
# the digits of every org.nr pattern, found much faster than any of the patterns
# (the class [\d] opens the pattern so that the scan skips to the next digit: the same matches as \d{3})
ORGNR_DIGITS = re.compile(r"[\d]\d{2}[ .]?\d{3}[ .]?\d{3}")
_ORGNR_MVA = re.compile(r"NO\s?(\d{3}[ .]?\d{3}[ .]?\d{3})\s?MVA\b")

# One scan finds every run of digits ("281147 54120", "12.10.2026", "+47 913 44 208");
# each run is then classified by small anchored patterns.
# written "\+?\d+(?:[ ./-]\d+)*"; opening with the character class lets the scan skip to the
# next digit or plus sign (same matches, tested)
_NUM_RUN = re.compile(r"[+\d](?:(?<=\+)\d+|(?<=\d)\d*)(?:[ ./-]\d+)*")
_RUN_FNR = re.compile(r"(\d{6}) ?(\d{5})|(\d{2})\.(\d{2})\.(\d{2}) ?(\d{5})")
_RUN_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})|(20\d{2})-(\d{2})-(\d{2})")
_RUN_PHONE = re.compile(
    r"(?:\+47 ?)?([2-9]\d{7}|[2-9]\d \d{2} \d{2} \d{2}|[2-9]\d{2} \d{2} \d{3}|[2-9]\d{3} \d{4})"
)

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("januar", "january", "jan"),
            ("februar", "february", "feb"),
            ("mars", "march", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("desember", "december", "des", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_AFTER = re.compile(
    r"\.?[ \t]+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?(?:[ \t]+(\d{4})\b)?",
    re.IGNORECASE,
)

_NAME_SEQ = re.compile(rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})(?![\w@])")
_NAME_CUE_BEFORE = re.compile(
    r"(?i:\b(?:sønnen|sonen|datteren|dottera|dotter|jenta|gutten|barnet|eleven|pasienten|brukeren|beboeren|"
    r"mor|mora|moren|far|faren|mann|mannen|kona|kone|samboer|samboeren|søster|bror|bestemor|bestefar|"
    r"mormor|farmor|morfar|farfar|barn|foreldre|forelder|klient|tiltakshaver|tiltakshavar|eier|eigar|"
    r"kontaktperson|styrer|stedfortreder|gjelder|gjeld|søker|søkjar|klager|mottaker|"
    r"husband|wife|son|daughter|patient|pupil|child)"
    r"(?:[ \t]+(?:min|mi|mitt|mine|vår|vårt|våre|hennar|hennes|hans|deres|my|our))?[ \t]*[,:]?[ \t]+)$"
)

# Words that end a capitalised run as an organisation or a place, not a person.
ORG_WORDS = frozenset(
    """as asa ans da sa ba nuf ab aps ltd gmbh oy kommune kommunes fylkeskommune skole skule barnehage
    sjukeheim sykehjem legesenter idrettslag lag laget forening foreningen kor festival bank sparebank
    hotell hotel restaurant kafé kafe senter senteret gruppen group as. ab. stiftelse stiftinga universitet
    høgskule høgskole direktorat direktoratet departement departementet politidistrikt tilsynet""".split()
)
_STREET_SUFFIX = re.compile(
    r"(?:vegen|veien|vei|veg|gata|gate|bakken|lia|stranda|tunet|plassen|kaia|bryggen|sletta|åsen|haugen)$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- readers


def read_entities(
    text: str,
    *,
    max_year: int | None = None,
    max_chars: int = MAX_CHARS,
    names: bool = True,
    numbers: bool = True,
    dedupe: bool = True,
) -> Entities:
    """Every entity of interest in ``text`` (only its first ``max_chars`` characters are read);
    person names only with ``names``; org.nr, fødselsnummer-like numbers, dates and phone
    numbers only with ``numbers`` (case numbers, gnr/bnr and planIDs are always read, and
    come out the same either way).  (``read_mail_entities`` deduplicates its parts' lists
    once, gathered, and so reads each part with ``dedupe=False``.)"""
    text = (text or "")[:max_chars]
    ents = Entities()
    if not text:
        return ents
    taken: list[tuple[int, int]] = []  # spans already claimed by orgnr/fnr/gnr-bnr

    low = text.lower()
    if len(low) != len(text):  # a rare character whose lower case is longer: keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    labelled = numbers and ("org" in low or "foretaks" in low or "reg" in low)
    # the nine digits both org.nr patterns need: a fast first test
    nine_digits = (labelled or numbers and "MVA" in text) and ORGNR_DIGITS.search(text) is not None
    if nine_digits and labelled:
        for m in _ORGNR.finditer(low):
            if _word_start(low, m.start()):
                _add_orgnr(ents, m.group(1))
                taken.append(m.span(1))
    if nine_digits and "MVA" in text:
        for m in _ORGNR_MVA.finditer(text):
            if _word_start(text, m.start()):
                _add_orgnr(ents, m.group(1))
                taken.append(m.span(1))

    if "plan" in low:
        ents.plan_ids = [m.group(1) for m in _PLAN_ID.finditer(low) if _word_start(low, m.start())]
    gnr_spans = _read_gnr_bnr(text, low, ents)
    taken.extend(gnr_spans)
    if "/" in text:
        _read_case_refs(text, ents, gnr_spans, max_year=max_year)
    if numbers:  # the org.nr spans above only keep number runs from reading them again
        _read_number_runs(text, ents, taken)
    if names:
        ents.person_names = read_person_names(text)

    if dedupe:
        for name in ("gnr_bnr", "orgnr", "fnr_like", "dates", "phones"):
            setattr(ents, name, _dedupe(getattr(ents, name)))
    return ents


def _word_start(text: str, i: int) -> bool:
    """Whether position ``i`` starts a word (no letter, digit or dot just before it)."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "._")


def _add_orgnr(ents: Entities, raw: str) -> None:
    d = re.sub(r"\D", "", raw)
    if valid_orgnr(d) and d not in ents.orgnr:
        ents.orgnr.append(d)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _read_gnr_bnr(text: str, low: str, ents: Entities) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "bnr" in low or "b.nr" in low or "b. nr" in low or "b nr" in low or "bruksn" in low:
        for m in _GNR_BNR.finditer(low):
            if not _word_start(low, m.start()):
                continue
            gnr = int(m.group(1))
            ents.gnr_bnr.append((gnr, int(m.group(2))))
            for extra in re.findall(r"\d{1,4}", m.group(3) or ""):
                ents.gnr_bnr.append((gnr, int(extra)))
            spans.append(m.span())
    if "/" in text and ("gnr" in low or "g.nr" in low or "bnr" in low):
        for m in _GNR_BNR_SLASH.finditer(low):
            if _word_start(low, m.start()) and not _overlaps(m.span(), spans):
                ents.gnr_bnr.append((int(m.group(1)), int(m.group(2))))
                spans.append(m.span())
    if "(" in text and "/" in text:
        for m in _PAREN_PAIR.finditer(text):
            if _ADDRESS_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                ents.gnr_bnr.append((int(m.group(1)), int(m.group(2))))
                spans.append(m.span(1))
    return spans


def _case_number_matches(text: str):
    """Matches of ``_CASE_AT`` at every "digits/digits" in ``text``, found from the slashes."""
    i = text.find("/")
    while i != -1:
        if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            j = i - 1
            while j > 0 and text[j - 1].isdigit():
                j -= 1
            if j == 0 or text[j - 1] not in _CASE_NOT_BEFORE and not text[j - 1].isalnum():
                m = _CASE_AT.match(text, j)
                if m:
                    yield m
        i = text.find("/", i + 1)


def _read_case_refs(
    text: str, ents: Entities, gnr_spans: list[tuple[int, int]], *, max_year: int | None
) -> None:
    for m in _case_number_matches(text):
        if _overlaps(m.span(), gnr_spans):
            continue
        y_raw, n_raw, doc_raw = m.group(1), m.group(2), m.group(3)
        before = text[max(0, m.start() - 48) : m.start()]
        lead = _LEAD_BEFORE.search(before)
        lead_kind = next((k for k in LEAD_KINDS if lead and lead.group(k)), None) if lead else None
        after = text[m.end() : m.end() + 6]
        # "2026/2027" is a school or budget year, never a case.
        if (
            len(y_raw) == 4
            and not doc_raw
            and (
                len(n_raw) == 4
                and int(n_raw) == int(y_raw) + 1
                or len(n_raw) == 2
                and int(n_raw) == (int(y_raw) + 1) % 100
            )
        ):
            continue  # "2026/2027", "2024/25": a school, season or budget year
        year = expand_year(y_raw, max_year=max_year) if len(y_raw) in (2, 4) else None
        gnr_context = _GNR_CONTEXT_BEFORE.search(before)
        if lead_kind is None and not doc_raw and len(n_raw) <= 4:
            # "gnr 48/6", "56/60 - Kirkebakken 31", "Nabomerknad 231/165" (231 cannot be a case year)
            if gnr_context or _TITLE_STYLE_AFTER.match(after) or year is None and len(y_raw + n_raw) >= 4:
                ents.gnr_bnr.append((int(y_raw), int(n_raw)))
        if year is None or int(n_raw) == 0:
            continue
        if lead_kind is None:
            if gnr_context:
                continue
            # bare "24/7", "12/10": too short to be read as a case number without a lead-in
            if len(y_raw) == 2 and len(n_raw) < 3 and not doc_raw:
                continue
        ents.case_refs.append(
            CaseRef(
                sak=f"{year}/{int(n_raw)}",
                doknr=int(doc_raw) if doc_raw else None,
                raw=m.group(0),
                lead_in=lead_kind,
                start=m.start(),
            )
        )


def _read_number_runs(text: str, ents: Entities, taken: list[tuple[int, int]]) -> None:
    """Fødselsnummer, dates and phone numbers, from one scan over digit runs."""
    for m in _NUM_RUN.finditer(text):
        run = m.group(0).rstrip(" .-/")
        if len(run) <= 2:
            _word_date_after(text, run, m.start() + len(run), ents)
            continue
        if len(run) < 6:
            continue
        if _overlaps(m.span(), taken):
            continue
        before = text[m.start() - 1 : m.start()] if m.start() else ""
        if before in ("/", ",") or before.isalpha():
            continue
        f = _RUN_FNR.fullmatch(run)
        if f:
            d = "".join(g for g in f.groups() if g)
            if plausible_birth_date(d):
                ents.fnr_like.append(d)
                continue
        dt = _RUN_DATE.fullmatch(run)
        if dt:
            if dt.group(5):
                _add_date(ents, dt.group(5), dt.group(6), dt.group(7))
            else:
                _add_date(ents, dt.group(4), dt.group(3), dt.group(1))
            continue
        p = _RUN_PHONE.fullmatch(run)
        if p:
            ents.phones.append(p.group(1).replace(" ", ""))


def _word_date_after(text: str, day: str, end: int, ents: Entities) -> None:
    """ "1. oktober 2026", "14 October": a day number followed by a month name."""
    nxt = text[end : end + 3]
    if not (nxt[:1] == " " and nxt[1:2].isalpha() or nxt[:2] == ". " and nxt[2:3].isalpha()):
        return
    if not day.isdigit() or not 1 <= int(day) <= 31:
        return
    m = _MONTH_AFTER.match(text, end)
    if m is None:
        return
    month = _MONTHS[m.group(1).lower()]
    if m.group(2):
        _add_date(ents, m.group(2), str(month), day)
    else:
        ents.dates.append(f"--{month:02d}-{int(day):02d}")


def _add_date(ents: Entities, y: str, mth: str, d: str) -> None:
    year = int(y) + (2000 if len(y) == 2 else 0)
    month, day = int(mth), int(d)
    if 1 <= month <= 12 and 1 <= day <= 31:
        ents.dates.append(f"{year:04d}-{month:02d}-{day:02d}")


# --------------------------------------------------------------------------- names


def read_person_names(text: str) -> list[str]:
    """Person names: lexicon first-name + capitalised surname runs, and names after cues
    such as "sønnen min", "pasienten", "mor til", "Barn:" (those may be single first names)."""
    lex = name_lexicon()
    found: list[str] = []
    for m in _NAME_SEQ.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "@._"):
            continue  # inside a word, an address or a domain
        tokens = m.group(1).split()
        names = _names_in_run(tokens, text, m.start(1), lex)
        if not names and _cue_before(text, m.start(1)):
            cued = _trim_run(tokens, lex)
            following = _next_word(text, m.start(1), tokens, len(tokens)).lower().strip(".,")
            if cued and not _is_place_or_org(cued + ([following] if following.isalpha() else [])):
                names = [" ".join(cued)]
        found.extend(names)
    return _dedupe(found)


_CUE_WORDS = frozenset(
    """sønnen sonen datteren dottera dotter jenta gutten barnet eleven pasienten brukeren beboeren mor mora
    moren far faren mann mannen kona kone samboer samboeren søster bror bestemor bestefar mormor farmor morfar
    farfar barn foreldre forelder klient tiltakshaver tiltakshavar eier eigar kontaktperson styrer
    stedfortreder
    gjelder gjeld søker søkjar klager mottaker husband wife son daughter patient pupil child min mi mitt mine
    vår vårt våre hennar hennes hans deres my our""".split()
)


def _cue_before(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start]
    words = before.lower().replace(",", " ").replace(":", " ").split()
    if not words or words[-1] not in _CUE_WORDS:
        return False
    return bool(_NAME_CUE_BEFORE.search(before))


def _names_in_run(tokens: list[str], text: str, start: int, lex: NameLexicon) -> list[str]:
    out = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _is_given(tok, lex):
            j = i + 1
            while j < len(tokens) and _is_name_part(tokens[j], lex) and j - i < 4:
                j += 1
            run = tokens[i:j]
            following = tokens[j] if j < len(tokens) else _next_word(text, start, tokens, j)
            if following and following.lower().strip(".,") in ORG_WORDS:
                i = j + 1
                continue
            if len(run) >= 2:
                out.append(" ".join(run))
            elif not _at_sentence_start(text, start, tokens, i):
                out.append(tok)
            i = j
        else:
            i += 1
    return out


def _is_given(tok: str, lex: NameLexicon) -> bool:
    return tok in lex.given or ("-" in tok and tok.split("-")[0] in lex.given)


def _is_name_part(tok: str, lex: NameLexicon) -> bool:
    if tok in lex.not_names or tok.lower() in ORG_WORDS or _STREET_SUFFIX.search(tok):
        return tok in lex.surnames
    return True


def _trim_run(tokens: list[str], lex: NameLexicon) -> list[str]:
    out = []
    for tok in tokens:
        if tok in lex.not_names or tok.lower() in ORG_WORDS:
            break
        out.append(tok)
    return out


_ORG_ENDINGS = (
    "lag",
    "laget",
    "forening",
    "foreningen",
    "forbund",
    "festival",
    "festivalen",
    "kor",
    "koret",
    "klubb",
    "klubben",
    "senter",
    "senteret",
    "barnehage",
    "skole",
    "skule",
    "kommune",
    "sparebank",
)


def _is_place_or_org(tokens: list[str]) -> bool:
    return any(_STREET_SUFFIX.search(t) for t in tokens[-1:]) or any(
        t.lower() in ORG_WORDS or t.lower().endswith(_ORG_ENDINGS) for t in tokens
    )


def _next_word(text: str, start: int, tokens: list[str], j: int) -> str:
    end = start + len(" ".join(tokens))
    m = re.match(r"[ \t]+(\S+)", text[end : end + 40])
    return m.group(1) if m else ""


def _at_sentence_start(text: str, start: int, tokens: list[str], i: int) -> bool:
    if i > 0:
        return False
    before = text[max(0, start - 3) : start]
    return start == 0 or bool(re.search(r"(?:[.!?:]\s+|\n\s*)$", before)) or before.strip() == ""


# --------------------------------------------------------------------------- mail level


def mail_parts(mail: ParsedMail, *, max_chars: int = MAX_CHARS) -> list[tuple[str, str]]:
    """The mail's text as (source, text) pairs, subject first, within ``max_chars`` in all."""
    parts = [
        ("subject", mail.subject or ""),
        ("body", mail.body or ""),
        ("signature", mail.signature or ""),
        ("quoted", mail.quoted or ""),
    ]
    parts += [("attachment", a.text) for a in mail.attachments if a.text]
    out = []
    budget = max_chars
    for source, text in parts:
        if not text or budget <= 0:
            continue
        out.append((source, text[:budget]))
        budget -= len(text[:budget])
    return out


def read_mail_entities(
    mail: ParsedMail,
    *,
    max_year: int | None = None,
    max_chars: int = MAX_CHARS,
    names: bool = True,
    numbers: bool = True,
) -> Entities:
    """``read_entities`` over subject, body, signature, quoted text and attachments, with each
    case reference tagged by the part it came from.  Without ``names`` the person names are
    left for ``read_mail_person_names``: only a screened mail needs them; without ``numbers``
    no org.nr, fødselsnummer, date or phone number is read: the case linker and the title
    need none of them."""
    ents = Entities()
    # the parts' items gathered in order and deduplicated once (what merging part by part gives)
    gathered: dict[str, list] = {name: [] for name in _MERGED_LISTS}
    for source, text in mail_parts(mail, max_chars=max_chars):
        part = read_entities(text, max_year=max_year, max_chars=max_chars, names=names, numbers=numbers, dedupe=False)
        if source == "subject":
            repaired = repair_split_numbers(text)
            if repaired != text:
                extra = read_entities(repaired, max_year=max_year, max_chars=max_chars, names=False, numbers=False)
                part.case_refs += extra.case_refs
                part.gnr_bnr += extra.gnr_bnr
        ents.case_refs += [_with_source(r, source) for r in part.case_refs]
        for name, items in gathered.items():
            items += getattr(part, name)
    for name, items in gathered.items():
        setattr(ents, name, _dedupe(items))
    ents.whole_mail = True
    return ents


def read_mail_person_names(mail: ParsedMail, *, max_chars: int = MAX_CHARS) -> list[str]:
    """The ``person_names`` of ``read_mail_entities``, read on their own."""
    return _dedupe([name for _, text in mail_parts(mail, max_chars=max_chars) for name in read_person_names(text)])


_SPACE_AT_SLASH = re.compile(r"(\d) +/ *(\d)|(\d)/ +(\d)")
_SPLIT_TAIL = re.compile(r"(?<![\d/])(\d{2,4}/\d+) (\d+)(?![\d/])")


def repair_split_numbers(subject: str) -> str:
    """Undo spaces that header decoding can leave inside numbers ("2026/003 621" → "2026/003621").

    A subject folded between two encoded words sometimes comes out with a space at the fold;
    the subject is read both as written and repaired, so a real "2024/1187 2" costs nothing.
    """
    if "/" not in subject:
        return subject  # both patterns need a slash
    s = _SPACE_AT_SLASH.sub(lambda m: f"{m.group(1) or m.group(3)}/{m.group(2) or m.group(4)}", subject)
    return _SPLIT_TAIL.sub(r"\1\2", s)


def _with_source(ref: CaseRef, source: str) -> CaseRef:
    return CaseRef(ref.sak, ref.doknr, ref.raw, ref.lead_in, ref.start, source)
