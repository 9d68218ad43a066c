"""The public title (offentlig tittel) of the journalpost.

The subject, cleaned of reply/forward prefixes, ticket tags and case-number noise;
when that leaves nothing useful ("Hei", "Spørsmål", "(uten emne)"), a title built
from the case title or the category and the property (gnr/bnr).

When the journalpost is screened (skjerming set), every private person's name is
replaced by ``*****``: names read from the mail, the caller's ``personnavn``,
the sender's own name when a private person, any word from the name lexicons,
and any other capitalised run that could be a name.  When in doubt, mask.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from classifier.nlp import ORG_WORDS, Entities, get_nlp, name_lexicon, repair_split_numbers
from classifier.scope import load_scope
from classifier.types import ParsedMail

DEFAULT_SCOPE = Path(__file__).resolve().parents[1] / "service" / "scope.example.yaml"

MASK = "*****"
MAX_LENGTH = 120

_PREFIX = re.compile(
    r"^\s*(?:(?:sv|re|vs|fw|fwd|aw|wg|tr|svar|antw|vedr|vedrørande|vedrørende|ang|angående)\s*(?:\[\d+\])?\s*[:.]\s*)+",
    re.IGNORECASE,
)
_TAG = re.compile(r"\[(?:#|ticket|sak|case|ref)[^\]]*\]|\[#?\d+\]|\(#\d+\)", re.IGNORECASE)
_REF_NOISE = re.compile(
    r"\s*[(\[]?\s*(?:\b(?:i|jf\.?|for|av|til|om|fra|frå|på|oppfølging av)\s+)?"
    r"(?:(?:deres|dykkar|vår|your|our)\s+)?(?:ref(?:eranse|erence)?|saks?nr|saksnummer|sak|saka)\.?"
    r"\s*(?:nr\.?)?\s*[:.]?\s*\d{2,4}/\d{1,7}(?:-\d{1,4})?\s*[)\]]?",
    re.IGNORECASE,
)
_BARE_REF = re.compile(
    r"\s*[(\[]\s*\d{4}/\d{1,7}(?:-\d{1,4})?\s*[)\]]|(?<![\w/])\d{4}/0\d{2,6}(?:-\d{1,4})?(?![\w/])"
)
_DASHES = re.compile(r"\s*([–—-])\s*(?:[–—-]\s*)+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_EDGE_PUNCT = " \t-–—:,;.|"
_UNINFORMATIVE = frozenset(
    [
        "hei",
        "hallo",
        "heisann",
        "hi",
        "hello",
        "spørsmål",
        "henvendelse",
        "info",
        "informasjon",
        "viktig",
        "haster",
        "hjelp",
        "fyi",
        "test",
        "melding",
        "e-post",
        "epost",
        "mail",
        "(uten emne)",
        "uten emne",
        "(ingen emne)",
        "ingen emne",
        "no subject",
        "(no subject)",
        "til postmottak",
        "til kommunen",
        "postmottak",
        "vedlegg",
        "dokument",
        "dokumenter",
        "skjema",
    ]
)
_UNINFORMATIVE_WORDS = frozenset(
    "hei hallo heisann hi hello spørsmål henvendelse info informasjon viktig haster hjelp fyi test melding "
    "e-post epost mail uten ingen emne subject no til postmottak kommunen vedlegg dokument dokumenter skjema "
    "fra frå og".split()
)
CATEGORY_TITLES = {
    "byggesak": "Henvendelse i byggesak",
    "plansak": "Innspill i plansak",
    "innsynskrav": "Krav om innsyn",
    "politisk": "Henvendelse til politisk ledelse",
    "horing": "Høring",
    "tilsyn": "Brev fra tilsynsmyndighet",
    "skole": "Henvendelse om skole og elev",
    "barnehage": "Henvendelse om barnehage",
    "helse_omsorg": "Henvendelse om helse- og omsorgstjenester",
    "barnevern": "Henvendelse til barneverntjenesten",
    "vann_avlop": "Henvendelse om vann og avløp",
    "vei_trafikk": "Henvendelse om kommunal vei og trafikk",
    "bevilling": "Søknad om bevilling",
    "tilskudd": "Søknad om tilskudd",
    "eiendomsskatt": "Henvendelse om eiendomsskatt",
    "rekruttering": "Søknad på stilling",
    "anskaffelse": "Henvendelse i anskaffelse",
}

_CAP_TOKEN = re.compile(r"(?<![\w*])([A-ZÆØÅÄÖÜÉÁÍÓÚÑŚŁ][\wæøåäöüéèáíóúñçśłńźżę]*(?:-[A-ZÆØÅ][\wæøå]*)?)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SAFE_WORDS = frozenset(
    """nav sfo ppt bup adhd aap hms ik pbl tek17 sak10 fau iks kf hf as asa sa ans da nuf ab ltd
    mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august
    september oktober november desember norge noreg
    ny nytt nye gammel gamle stor store liten lille nord sør øst vest øvre nedre indre ytre""".split()
)
_FOLLOWED_BY_PLACE = re.compile(
    r"^\s+(?:kommune|skole|skule|barnehage|barneskole|ungdomsskole|sjukeheim|sykehjem|helsesenter|legesenter|"
    r"kyrkje|kirke|idrettspark|hyttefelt|boligfelt|havn|hamn|kai|vassverk|vannverk|rådhus|fylkeskommune)\b",
    re.IGNORECASE,
)
_NUMBER_ID = re.compile(r"(?<!\d)\d{6} ?\d{5}(?!\d)|(?<!\d)\d{2}\.\d{2}\.\d{2} ?\d{5}(?!\d)")


def offentlig_tittel(
    mail: ParsedMail,
    category: str,
    entities: Entities | None,
    skjerming: str | None,
    *,
    sak_tittel: str | None = None,
    personnavn: Iterable[str] = (),
    tenant_names: Iterable[str] = (),
) -> str:
    """A concise public title, at most ``MAX_LENGTH`` characters, names masked when screened."""
    title = clean_subject(mail.subject or "")
    if not informative(title):
        title = _built_title(category, entities, sak_tittel)
    title = _shorten(title)
    title = title[:1].upper() + title[1:]
    if skjerming:
        names = list(personnavn) + list(getattr(entities, "person_names", []) or [])
        names += _sender_names(mail)
        title = mask_names(title, names, safe=list(tenant_names) + _tenant_place_names())
    return mask_personal_numbers(title)


PERSONAL_NUMBER_LABELS = frozenset({"FNR", "PHONE"})
# what every FNR or PHONE match of the entity ruler holds: eight digits or more, the
# tokens between them separated by one space
_PERSONAL_NUMBER_SHAPE = re.compile(r"\d(?: ?\d){7}")


def mask_personal_numbers(title: str) -> str:
    """The last gate before a title goes public, screened or not: fødselsnummer and phone
    numbers (in every usual spacing) become ``MASK``.  They are found by the entity ruler of
    the spaCy pipeline (``classifier.nlp.get_nlp``); a title is a few words, so the pass is
    cheap, and a title without eight digits in a row (single spaces allowed between them:
    the shortest of them is a phone number, 3+2+3 digits) skips it."""
    if not _PERSONAL_NUMBER_SHAPE.search(title):
        return title
    spans = [e for e in get_nlp()(title).ents if e.label_ in PERSONAL_NUMBER_LABELS]
    for e in reversed(spans):
        title = title[: e.start_char] + MASK + title[e.end_char :]
    return title


@lru_cache(maxsize=1)
def _tenant_place_names() -> list[str]:
    """The municipalities of the shipped scope: place names, never person names."""
    try:
        scope = load_scope(DEFAULT_SCOPE)
    except Exception:  # the title must never fail for want of a scope file
        return []
    return [t.navn for t in scope.tenants.values()]


def clean_subject(subject: str) -> str:
    """The subject without SV:/VS:/Fwd: prefixes, ticket tags and case-number noise."""
    s = repair_split_numbers(" ".join(subject.split()))
    previous = None
    while previous != s:
        previous = s
        s = _PREFIX.sub("", s)
        if "[" in s or "(" in s:  # each pattern only where the text holds a character it needs
            s = _TAG.sub(" ", s)
    if "/" in s:
        s = _REF_NOISE.sub(" ", s)
        s = _BARE_REF.sub(" ", s)
    if "[" in s or "(" in s:
        s = _EMPTY_BRACKETS.sub(" ", s)
    if "-" in s or "–" in s or "—" in s:
        s = _DASHES.sub(r" \1 ", s)
    s = " ".join(s.split())
    return s.strip(_EDGE_PUNCT)


def informative(title: str) -> bool:
    """False for empty or content-free subjects such as "Hei" or "(uten emne)"."""
    t = title.strip().lower()
    if len(t) < 4 or t in _UNINFORMATIVE:
        return False
    words = _WORD.findall(t)
    return bool(words) and not all(w in _UNINFORMATIVE_WORDS for w in words)


def _built_title(category: str, entities: Entities | None, sak_tittel: str | None) -> str:
    if sak_tittel:
        return sak_tittel
    title = CATEGORY_TITLES.get(
        category, category.replace("_", " ").capitalize() if category else "Henvendelse"
    )
    props = list(getattr(entities, "gnr_bnr", []) or [])
    if props:
        gnr, bnr = props[0]
        title += f" – gnr. {gnr} bnr. {bnr}"
    return title


def _shorten(title: str) -> str:
    if len(title) <= MAX_LENGTH:
        return title
    cut = title[: MAX_LENGTH - 1].rsplit(" ", 1)[0]
    return cut.rstrip(_EDGE_PUNCT) + "…"


def _sender_names(mail: ParsedMail) -> list[str]:
    """The sender's (and a forwarded original's) name, unless it plainly names an organisation."""
    names = [mail.sender.name or ""]
    if mail.forwarded_from is not None:
        names.append(mail.forwarded_from.name or "")
    return [n for n in names if n and not any(w.lower().strip(",.") in ORG_WORDS for w in n.split())]


# --------------------------------------------------------------------------- masking


def mask_names(title: str, names: Iterable[str], *, safe: Iterable[str] = ()) -> str:
    """``title`` with every name-like word replaced by ``MASK``.

    Masks: each word of ``names`` (any case), lexicon first names and surnames,
    and every other capitalised word that is not the first word of the title or
    of a dash-separated part, an acronym, a weekday/month, a word in ``safe``,
    or the name of a school, kommune or similar place it is followed by.
    """
    lex = name_lexicon()
    safe_words = {w.lower() for s in safe for w in _WORD.findall(s)} | _SAFE_WORDS
    name_words = {w.lower() for n in names for w in _WORD.findall(n) if len(w) >= 2}
    name_words -= {"og", "i", "av", "til", "for"}

    def whole_word(m: re.Match) -> str:
        return MASK if m.group(0).lower() in name_words else m.group(0)

    title = _NUMBER_ID.sub(MASK, title)
    title = _WORD.sub(whole_word, title)

    out = []
    pos = 0
    for m in _CAP_TOKEN.finditer(title):
        tok = m.group(1)
        out.append(title[pos : m.start(1)])
        pos = m.end(1)
        out.append(MASK if _mask_capitalised(title, m, tok, lex, safe_words) else tok)
    out.append(title[pos:])
    masked = "".join(out)
    masked = re.sub(r"\*{5}(?:[\s-]+\*{5})+", MASK, masked)
    return masked


def _mask_capitalised(title: str, m: re.Match, tok: str, lex, safe_words: set[str]) -> bool:
    low = tok.lower()
    if tok in lex.given or tok in lex.surnames or tok.split("-")[0] in lex.given:
        return True
    if low in safe_words or tok.isupper() or any(c.isdigit() for c in tok):
        return False
    if tok in lex.not_names:
        return False
    before = title[max(0, m.start(1) - 40) : m.start(1)]
    after = title[m.end(1) : m.end(1) + 40]
    at_title_start = not title[: m.start(1)].strip()
    at_part_start = at_title_start or re.search(r"(?:[–—:(]|\s-|[.!?])\s*$", before) is not None
    if _FOLLOWED_BY_PLACE.match(after):
        return False
    if not at_part_start:
        return True
    # A part's first word is ordinary capitalisation ("Søknad om …", "– Storgata 40"), unless a
    # capitalised or masked word follows ("Wenzel Krüger", "Edvin *****"), or, after a dash or
    # colon, it stands alone ("Skyss – Brage").
    if re.match(r"\s+(?:[A-ZÆØÅ]|\*{5})", after):
        return True
    return not at_title_start and re.match(r"\s*(?:$|[,;)–—-]|\s-)", after) is not None
