"""Link a mail to one of the tenant's open cases (saksmapper), or to none (a new case).

Evidence, strongest first:
1. an explicit case number in any usual form (subject, body, quoted history —
   the kommune's own "Vår ref" in the quoted letter counts — or attachment text);
2. the plan's identity (planID) named in the title of an open plan case;
3. the same property (gnr/bnr) and the same matter (category and title words).

A party's name alone (the case's part, or the organisation in its title) is not
used: measured on the generated corpus it picked the wrong case far more often
than the right one (a new application from the same lag is a new case).

Never invents a case: every returned ``sak`` is one of ``cases``.  When the
evidence points at several cases equally, ``sak`` is None with a low confidence,
so the decision leaves the mail for a person.  ``confidence`` is how sure the
returned value (a case or None) is right; ``reason`` is shown to staff (bokmål).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from classifier.checks import normalise_saknr
from classifier.nlp import CaseRef, Entities, read_mail_entities
from classifier.scope import Scope, load_scope
from classifier.types import Case, ParsedMail

DEFAULT_SCOPE = Path(__file__).resolve().parents[1] / "service" / "scope.example.yaml"

# How much a reference counts, by its lead-in kind (see classifier.nlp.LEAD_KINDS).
_LEAD_WEIGHT = {"deres": 3.0, "sak": 2.5, "ref": 2.5, "var": 2.0, None: 1.0}
_SOURCE_BONUS = {"subject": 1.5, "body": 0.5, "signature": 0.0, "quoted": 0.0, "attachment": 0.0, "": 0.0}

_GENERIC_WORDS = frozenset(
    """søknad søknaden søknader søker søkjer klage klagen sak saken saka saker
    kommune kommunen kommunal kommunalt
    kommunale henvendelse spørsmål vedrørende angående gjelder gjeld ang vedr deres dykkar ref referanse
    ettersending dokumentasjon tilleggsdokumentasjon oppfølging purring svar brev""".split()
)
_STOPWORDS = frozenset(
    """og i på til av for fra frå med om som er det den de en et ei at har vi jeg eg du dere kan skal vil ikke
    ikkje the and of to for in on a an""".split()
)
_WORD = re.compile(r"[^\W\d_]{4,}")
_ADDRESS_PART = re.compile(r"^[A-ZÆØÅ][\wæøå]+(?:\s[\wæøå]+)?\s\d+[A-Za-z]?$")
_GNR_BNR_PART = re.compile(r"^\d{1,4}/\d{1,4}$")
_ANY_WORD = re.compile(r"\w+")


@dataclass
class CaseLink:
    sak: str | None
    confidence: float
    reason: str
    cited_not_open: list[str] = field(default_factory=list)


class OpenCases:
    """One tenant's open cases, indexed once for linking many mails: by case number, planID,
    property and the first word of the address in the title.  Linking a mail then reads only
    the cases its references, properties and words point at, so a registry of tens of
    thousands of saksmapper costs about as little per mail as a handful (the cases are the
    same, in the same order, as a scan of the whole list would find)."""

    def __init__(self, cases: Iterable[Case], tenant: str | None):
        self.tenant = tenant
        by_sak: dict[str, Case] = {}
        self.by_written: dict[str, Case] = {}  # the first case with each written case number
        for case in cases:
            if case.tenant != tenant:
                continue
            by_sak[_canonical_sak(case.sak)] = case
            self.by_written.setdefault(case.sak, case)
        self.by_sak = by_sak
        self.cases = list(by_sak.values())
        self.titles = [_title_parts(c.tittel) for c in self.cases]  # (address, matter), by position
        self._by_property: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._by_address_word: dict[str, list[int]] = defaultdict(list)
        self._by_plan_id: dict[str, list[int]] = defaultdict(list)
        for i, (case, (address, _)) in enumerate(zip(self.cases, self.titles)):
            if case.gnr is not None:
                self._by_property[(case.gnr, case.bnr)].append(i)
            if address is not None:
                self._by_address_word[address.split()[0].lower()].append(i)
            for plan_id in _plan_ids_of(case.tittel):
                self._by_plan_id[plan_id].append(i)

    def __len__(self) -> int:
        return len(self.cases)

    def with_plan_ids(self, plan_ids: Iterable[str]) -> list[Case]:
        return [self.cases[i] for i in sorted({i for p in plan_ids for i in self._by_plan_id.get(p, ())})]

    def near(self, properties: Iterable[tuple[int, int]], words: Iterable[str]) -> list[int]:
        """Positions of the cases on one of ``properties`` or whose address opens with one of
        ``words`` (lower-cased), in registry order."""
        found = {i for p in properties for i in self._by_property.get(p, ())}
        if self._by_address_word:
            found.update(i for w in words for i in self._by_address_word.get(w, ()))
        return sorted(found)

    @property
    def has_addresses(self) -> bool:
        return bool(self._by_address_word)

    def address_words_in(self, low_text: str) -> Iterable[str]:
        """The indexed address words that ``low_text`` may hold as a word (more is harmless:
        the linker checks each address): a substring test per word for a small registry,
        the text's words for a large one."""
        if len(self._by_address_word) <= 64:
            return [w for w in self._by_address_word if w in low_text]
        return set(_ANY_WORD.findall(low_text))


class CaseRegistry:
    """All open cases, indexed per tenant on first use: build it once for a set of mails, a
    batch or a running service, and every mail is linked without reading the whole list."""

    def __init__(self, cases: Iterable[Case] = ()):
        self.cases = list(cases)
        self._tenants: dict[str | None, OpenCases] = {}

    def for_tenant(self, tenant: str | None) -> OpenCases:
        found = self._tenants.get(tenant)
        if found is None:
            found = self._tenants[tenant] = OpenCases(self.cases, tenant)
        return found

    @classmethod
    def of(cls, cases: Sequence[Case] | CaseRegistry) -> CaseRegistry:
        return cases if isinstance(cases, CaseRegistry) else cls(cases)


@lru_cache(maxsize=8192)
def _canonical_sak(sak: str) -> str:
    return normalise_saknr(sak) or sak


@lru_cache(maxsize=1)
def _default_scope() -> Scope:
    return load_scope(DEFAULT_SCOPE)


def link_case(
    mail: ParsedMail,
    entities: Entities | None,
    tenant: str,
    cases: Sequence[Case] | OpenCases,
    category: str | None,
    *,
    scope: Scope | None = None,
    max_year: int | None = None,
) -> CaseLink:
    """``cases``: the open cases (those of other tenants are passed over), or the tenant's
    ``OpenCases`` when many mails are linked against the same registry."""
    scope = scope or _default_scope()
    open_cases = cases if isinstance(cases, OpenCases) else OpenCases(cases, tenant)
    if open_cases.tenant != tenant:
        raise ValueError(f"the open cases are {open_cases.tenant}'s, not {tenant}'s")

    if category == "innsynskrav":
        return CaseLink(None, 0.95, "Innsynskrav får alltid egen sak.")
    cat = scope.categories.get(category) if category else None
    if cat is not None and not cat.journalfoeres:
        return CaseLink(None, 0.9, "Kategorien journalføres ikke, så e-posten knyttes ikke til sak.")

    if entities is not None and getattr(entities, "whole_mail", False):
        mail_ents = entities
    else:
        mail_ents = read_mail_entities(mail, max_year=max_year)
        if entities is not None:
            extra = [r for r in getattr(entities, "case_refs", []) if isinstance(r, CaseRef)]
            mail_ents = mail_ents.merge(
                Entities(case_refs=extra, gnr_bnr=list(getattr(entities, "gnr_bnr", [])))
            )
    internal = _is_internal(mail, scope, tenant)
    quoted_from_kommune = _quoted_from_kommune(mail, scope, tenant)

    linked = _by_case_number(mail_ents.case_refs, open_cases.by_sak, cat, internal, quoted_from_kommune)
    if linked is not None:
        return linked
    linked = _by_plan_id(mail_ents, open_cases)
    if linked is not None:
        return linked
    linked = _by_property(mail, mail_ents, open_cases, cat)
    if linked is not None:
        return linked
    return CaseLink(None, 0.85, "Ingen saksreferanse eller eiendom som passer en åpen sak – ny sak.")


# --------------------------------------------------------------------------- case numbers


def _ref_weight(ref: CaseRef, internal: bool, quoted_from_kommune: bool) -> tuple[float, bool]:
    """How much a reference counts, and whether it is weak evidence on its own.

    "Vår ref." is the writer's own reference: the kommune's when the kommune wrote it (a
    quoted letter from the kommune, or an internal note); an outside sender's or a quoted
    outside letter's "Vår ref." only rarely is a kommune case number, so it is weak.
    """
    weight = _LEAD_WEIGHT.get(ref.lead_in, 1.0) + _SOURCE_BONUS.get(ref.source, 0.0)
    if ref.lead_in == "var" and not _kommune_wrote(ref, internal, quoted_from_kommune):
        return 0.5, True
    return weight, False


def _kommune_wrote(ref: CaseRef, internal: bool, quoted_from_kommune: bool) -> bool:
    if ref.source == "quoted":
        return quoted_from_kommune
    return internal


def _cites_kommune_case(ref: CaseRef, internal: bool, quoted_from_kommune: bool) -> bool:
    """Whether a reference plainly names one of the kommune's own case numbers."""
    if ref.lead_in in ("deres", "sak", "ref"):
        return True
    return ref.lead_in == "var" and _kommune_wrote(ref, internal, quoted_from_kommune)


def _by_case_number(
    refs: list[CaseRef], open_cases: dict[str, Case], cat, internal: bool, quoted_from_kommune: bool = True
) -> CaseLink | None:
    scores: dict[str, float] = {}
    strong: dict[str, bool] = {}  # backed by at least one reference that is not weak
    explicit: dict[str, bool] = {}
    short_year: dict[str, bool] = {}  # only ever written with a two-digit year and no lead-in
    not_open: list[str] = []
    for ref in refs:
        w, weak = _ref_weight(ref, internal, quoted_from_kommune)
        if ref.sak in open_cases:
            if cat is not None and open_cases[ref.sak].klasse not in (None, cat.klasse, cat.klasse2):
                w *= 0.8
            scores[ref.sak] = max(scores.get(ref.sak, 0.0), w) + 0.1 * (ref.sak in scores)
            strong[ref.sak] = strong.get(ref.sak, False) or not weak
            explicit[ref.sak] = explicit.get(ref.sak, False) or (ref.explicit and not weak)
            two_digit = ref.raw.split("/")[0].strip().isdigit() and len(ref.raw.split("/")[0].strip()) == 2
            short_year[ref.sak] = short_year.get(ref.sak, True) and two_digit and not ref.explicit
        elif _cites_kommune_case(ref, internal, quoted_from_kommune) and ref.sak not in not_open:
            not_open.append(ref.sak)
    if scores:
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        best, best_score = ranked[0]
        if len(ranked) > 1 and ranked[1][1] >= best_score - 0.5:
            names = ", ".join(s for s, _ in ranked[:3])
            return CaseLink(
                None, 0.3, f"Viser til flere åpne saker ({names}) uten at det er klart hvilken.", not_open
            )
        if not strong[best]:
            conf = 0.6  # only the writer's own "Vår ref." matches: perhaps a coincidence
        elif explicit[best]:
            conf = 0.97 if best_score >= 3.0 else 0.92
        else:
            conf = 0.65 if short_year[best] else 0.8
        sak = open_cases[best].sak  # as the archive writes it
        return CaseLink(sak, conf, f"Viser til saksnummer {sak}.", not_open)
    if not_open:
        return CaseLink(
            None, 0.85, f"Viser til sak {', '.join(not_open)} som ikke er åpen – ny sak.", not_open
        )
    return None


_QUOTED_FROM = re.compile(
    r"^[ \t>]*\*?(?:fra|frå|from|von|från)\*?[ \t]*:[ \t]*(.+)$", re.IGNORECASE | re.MULTILINE
)


def _quoted_from_kommune(mail: ParsedMail, scope: Scope, tenant: str) -> bool:
    """Whether the quoted message was written by the kommune (or by an unknown writer)."""
    m = _QUOTED_FROM.search((mail.quoted or "")[:2000])
    if m is None:
        return True
    who = m.group(1).lower()
    try:
        t = scope.tenant(tenant)
        domain = t.postmottak.rsplit("@", 1)[-1].lower()
        name = t.navn.lower()
    except Exception:
        domain, name = "", ""
    return (
        (bool(domain) and domain in who)
        or (bool(name) and name in who)
        or ("kommune" in who and "@" not in who)
    )


# --------------------------------------------------------------------------- plan id

_PLAN_ID_IN_TITLE = re.compile(r"plan\s?-?id\s*:?\s*(\d{6,14})", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _plan_ids_of(title: str) -> frozenset[str]:
    return frozenset(_PLAN_ID_IN_TITLE.findall(title))


def _by_plan_id(ents: Entities, open_cases: OpenCases) -> CaseLink | None:
    wanted = set(getattr(ents, "plan_ids", []) or [])
    if not wanted:
        return None
    hits = open_cases.with_plan_ids(wanted)
    if len(hits) == 1:
        case = hits[0]
        return CaseLink(case.sak, 0.92, f"Viser til planID som hører til sak {case.sak}.")
    if len(hits) > 1:
        return CaseLink(None, 0.3, "Samme planID finnes i flere åpne saker; uklart hvilken.")
    return None


# --------------------------------------------------------------------------- property


def matter_words(text: str) -> set[str]:
    """Stems (first five letters) of the content words of ``text``."""
    out = set()
    for w in _WORD.findall(text.lower()):
        if w in _STOPWORDS or w in _GENERIC_WORDS:
            continue
        out.add(w[:5])
    return out


@lru_cache(maxsize=8192)
def _title_parts(title: str) -> tuple[str | None, str]:
    """(address, matter text) of a case title such as "56/60 - Kirkebakken 31 - Søknad om riving"."""
    address = None
    matter = []
    for part in re.split(r"\s+[-–]\s+", title):
        part = part.strip()
        if _GNR_BNR_PART.match(part):
            continue
        if address is None and _ADDRESS_PART.match(part):
            address = part
            continue
        matter.append(part)
    return address, " ".join(matter)


@lru_cache(maxsize=8192)
def _title_matter_words(matter: str) -> frozenset[str]:
    return frozenset(matter_words(matter))


def _category_fits(case: Case, cat) -> bool | None:
    if cat is None:
        return None
    return case.klasse in (cat.klasse, cat.klasse2) or (case.klasse is None and case.enhet == cat.enhet)


def _mail_text(mail: ParsedMail) -> str:
    parts = [mail.subject, mail.body, mail.signature, mail.quoted] + [a.text for a in mail.attachments]
    return "\n".join(p for p in parts if p)[:20_000]


def _by_property(mail: ParsedMail, ents: Entities, open_cases: OpenCases, cat) -> CaseLink | None:
    low: str | None = None  # the mail's text and its matter words, read when a case needs them
    words: set[str] | None = None
    props = set(ents.gnr_bnr)
    mail_words: Iterable[str] = ()
    if open_cases.has_addresses:
        low = _mail_text(mail).lower()
        mail_words = open_cases.address_words_in(low)  # an address in the text opens with one of them
    candidates = []  # (score, case, how)
    for i in open_cases.near(props, mail_words):
        case = open_cases.cases[i]
        address, matter = open_cases.titles[i]
        same_property = case.gnr is not None and (case.gnr, case.bnr) in props
        same_address = address is not None and _contains_phrase(low, address)
        if not same_property and not same_address:
            continue
        if same_address and not same_property and case.gnr is not None and _names_other_gnr_bnr(props, case):
            continue  # the mail names another property at the same address
        fits = _category_fits(case, cat)
        if fits is False:
            continue
        if words is None:
            words = matter_words(_mail_text(mail) if low is None else low)  # it lower-cases the text itself
        overlap = len(words & _title_matter_words(matter))
        if fits is None and overlap < 2:
            continue
        if not same_property and overlap == 0:
            continue
        score = (2.0 if same_property else 1.0) + overlap + (0.5 if same_address else 0.0)
        candidates.append((score, overlap, case, same_property))
    if not candidates:
        return None
    candidates.sort(key=lambda c: -c[0])
    score, overlap, case, same_property = candidates[0]
    if len(candidates) > 1 and candidates[1][0] >= score - 0.5:
        names = ", ".join(c[2].sak for c in candidates[:3])
        return CaseLink(
            None, 0.3, f"Samme eiendom eller adresse som flere åpne saker ({names}); uklart hvilken."
        )
    where = f"gnr. {case.gnr} bnr. {case.bnr}" if same_property else "adressen"
    if overlap == 0:
        if cat is not None and cat.klasse == "L42":
            return CaseLink(
                None, 0.35, f"Samme eiendom som sak {case.sak}, men uklart om det er samme tiltak."
            )
        return CaseLink(case.sak, 0.7, f"Samme eiendom ({where}) og samme type sak som {case.sak}.")
    conf = 0.88 if same_property else 0.6
    return CaseLink(case.sak, conf, f"Samme eiendom ({where}) og samme sak som {case.sak}.")


def _names_other_gnr_bnr(props: set[tuple[int, int]], case: Case) -> bool:
    return any(g != case.gnr for g, _ in props)


# --------------------------------------------------------------------------- helpers


def _contains_phrase(low_text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs as whole words in the lower-cased text."""
    p = phrase.lower()
    return p in low_text and _phrase_pattern(p).search(low_text) is not None


@lru_cache(maxsize=16384)
def _phrase_pattern(low_phrase: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(low_phrase)}(?!\w)")


def _is_internal(mail: ParsedMail, scope: Scope, tenant: str) -> bool:
    try:
        domain = scope.tenant(tenant).postmottak.rsplit("@", 1)[-1].lower()
    except Exception:
        return False
    return bool(domain) and (mail.sender.email or "").lower().endswith("@" + domain)
