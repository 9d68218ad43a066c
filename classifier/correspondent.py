"""Who is behind a mail: the korrespondansepart (navn, epost, orgnr).

Conventions (those of the labelled sets):
- the sender of the mail, except: a kommune employee forwarding someone's mail
  (inline or as an attached message) → the original sender; an eInnsyn order →
  the requester named in the order; a noreply sender with a Reply-To → Reply-To;
- navn is the organisation when the writer writes on behalf of a firm, agency or
  association (a signature line with AS/SA/NUF/…, "leder, <lag>", an agency
  name, the organisation the stated org.nr belongs to), else the person's name;
  journalists, researchers and elected representatives write as persons, and so
  do kommune employees and automatic replies;
- orgnr only when a valid (mod-11) organisasjonsnummer is stated in the mail
  (signature, body or attachment); an 8-digit CVR or other number is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.checks import valid_orgnr
from classifier.nlp import ORGNR_DIGITS, Entities, name_lexicon
from classifier.types import Address, Korrespondansepart, ParsedMail

_LEGAL_FORMS = (
    r"AS|ASA|ANS|DA|SA|BA|NUF|ENK|KS|IKS|KF|FKF|SF|HF|SE|AB|ApS|A/S|Oy|Oyj|GmbH|AG|KG|UAB|SIA|OÜ|BV|B\.V\.|NV|"
    r"SRL|S\.r\.l\.|SARL|SAS|S\.A\.|Ltd|Limited|PLC|plc|LLC|Inc\.?|s\.r\.o\.|Sp\. z o\.o\."
)
_LEGAL_FORM = re.compile(rf"(?P<org>[A-ZÆØÅ0-9][^\n|·•;]*?\s(?:{_LEGAL_FORMS}))(?![\w.])")
_LEADER_ROLE = re.compile(
    r"^(?:styre)?(?:leder|leiar|formann|nestleder|nestleiar|medlem|kasserer|kasserar|sekretær|daglig leder|"
    r"dagleg leiar|festivalsjef|styrer|prosjektleder|prosjektleiar|kontaktperson|"
    r"på vegne av|på vegner av|for)"
    r"\s*[,:]?\s+(?P<org>.+)$",
    re.IGNORECASE,
)
_PERSONAL_ROLE = re.compile(
    r"\b(?:journalist|frilansjournalist|frilanser|stipendiat|forsker|student|kommunestyrerepresentant|"
    r"representant|bystyrerepresentant|privatperson|pensjonist)\b",
    re.IGNORECASE,
)
_ORG_SUFFIX_WORD = re.compile(
    r"(?:lag|laget|forening|foreningen|foreining|foreininga|forbund|forbundet|festival|festivalen|kor|koret|"
    r"korps|korpset|klubb|klubben|forum|forumet|rådet|legesenter|senter|senteret|barnehage|stiftelse|stiftelsen|"
    r"stiftinga|samarbeid|samvirke|menighet|sokn|borettslag|sameie|vel|velforening|aksjonsgruppe|aksjonsgruppa|"
    r"skole|skule|friskole|friskule)$",
    re.IGNORECASE,
)
_ORG_LEADING_WORD = re.compile(r"^(?:FAU|SU|SMU|Stiftelsen|Styret i|Foreldrerådet|Velforeningen)\b")
_AGENCY = re.compile(
    r"(?:politidistrikt|politiet|statsforvalter\w*|statsforvaltar\w*|direktorat\w*|fylkeskommune|departement\w*|"
    r"tilsynet|verket\b|etaten\b|vegvesen|\bkommune\b|sykehus\w*|sjukehus\w*|helseforetak|\bNAV\b|\bKS\b)",
    re.IGNORECASE,
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatisk svar|autosvar|auto(?:matic)? reply|out of office|fravær|fråvær|abwesenheit|lest|read|"
    r"lesebekreftelse|ikke levert|kan ikke leveres|undeliverable|delivery status)",
    re.IGNORECASE,
)
_NOREPLY = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|ikkje-svar|ikke-svar|ikkje_svar|ikke_svar)", re.IGNORECASE
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_NOISE_LINE = re.compile(
    r"(?:@|https?:|www\.|\btlf\b|\btel\b|\bmob\b|\bphone\b|\+\d|\d{2} ?\d{2} ?\d{2} ?\d{2}|^\d{4}\s|postboks|"
    r"org\.?\s?n|\bmva\b)",
    re.IGNORECASE,
)
_ORGNR_IN_LINE = re.compile(
    r"(?:org(?:anisasjons)?\.?\s*(?:nr|nummer|no|number)\.?|organisasjonsnummer|orgnr\.?|foretaksregisteret|"
    r"reg(?:istration)?\.?\s*(?:no|nr|number)\.?(?:\s*\(norway\))?|\bNO)\s*[:.]?\s*"
    r"(?:NO\s*)?(\d{3}[ .]?\d{3}[ .]?\d{3})",
    re.IGNORECASE,
)
_LABEL_PREFIX = re.compile(
    r"^(?:søker|søkar|søkjar|søkjer|klager|klagar|tiltakshaver|tiltakshavar|leverandør|tilbyder|tilbydar|"
    r"avsender|avsendar|firma|bedrift|namn|navn|organisasjon|lag|foretak|applicant|company|supplier)\s*:\s*",
    re.IGNORECASE,
)


@dataclass
class _Who:
    address: Address
    region: str  # the text whose signature speaks for this sender
    forwarded: bool = False


def read_korrespondansepart(
    mail: ParsedMail,
    entities: Entities | None,
    tenant_domain: str | None,
    *,
    category: str | None = None,
) -> tuple[Korrespondansepart, float]:
    """The korrespondansepart and how sure we are of it (0–1).

    ``entities`` is accepted for the common reader signature; the org.nr is read here line by
    line, because where it stands (signature, attachment, a customer line) decides whose it is.
    """
    tenant_domain = (tenant_domain or "").lower().lstrip("@")
    einnsyn = _einnsyn_requester(mail)
    if einnsyn is not None:
        return Korrespondansepart(navn=einnsyn.name or None, epost=einnsyn.email or None, orgnr=None), 0.9

    who = _who(mail, tenant_domain)
    email = (who.address.email or "").lower() or None
    display = _clean_display(who.address.name)
    internal = bool(tenant_domain) and bool(email) and _domain(email).endswith(tenant_domain)
    automatic = category == "autosvar" or bool(_AUTO_SUBJECT.match(mail.subject or ""))

    if internal:  # a kommune employee writes as a person, never for a firm
        navn = display or _name_from_email(email)
        return Korrespondansepart(navn=navn, epost=email, orgnr=None), 0.85 if display else 0.6
    own = tenant_domain.split(".")[0] if tenant_domain else ""
    sources = _orgnr_sources(mail, who)
    orgnr, orgnr_owner = _find_orgnr(sources, own)
    if orgnr is None:
        orgnr = _orgnr_across_lines(sources)
    if automatic:
        legal = _LEGAL_FORM.search(display)
        navn = _strip_role(legal.group("org")) if legal else display or _name_from_email(email)
        return Korrespondansepart(navn=navn, epost=email, orgnr=orgnr), 0.85 if display else 0.6

    sig_lines = _signature_lines(who.region)
    personal = any(_PERSONAL_ROLE.search(line) for line in sig_lines)
    display_kind = _display_kind(display, email)
    sig_lines = [line for line in sig_lines if not (own and "kommune" in line.lower() and own in _fold(line))]
    org = None if personal else _organisation_in(sig_lines, display)
    if org is None and not personal and orgnr_owner and not _looks_like_person(orgnr_owner):
        org = orgnr_owner
    if display_kind == "org":
        legal = _LEGAL_FORM.search(display)
        if legal:  # "Nordby Regnskap AS Kundeservice" → the firm itself
            navn = _strip_role(legal.group("org"))
        elif org and _LEGAL_FORM.search(org) and _shares_word(org, display):
            navn = org  # the display name completed with its legal form from the signature
        else:
            navn = display
        confidence = 0.9
    elif org:
        navn, confidence = org, 0.8
    else:
        navn, confidence = display or _name_from_email(email), 0.85 if display else 0.5
    return Korrespondansepart(navn=navn, epost=email, orgnr=orgnr), confidence


# --------------------------------------------------------------------------- who


def _who(mail: ParsedMail, tenant_domain: str) -> _Who:
    sender = mail.sender
    region = _signature_region(mail.body or "", mail.signature or "")
    sender_internal = bool(tenant_domain) and _domain(sender.email).endswith(tenant_domain)
    fwd = mail.forwarded_from
    if sender_internal and fwd is not None and fwd.email and not _domain(fwd.email).endswith(tenant_domain):
        return _Who(fwd, _signature_region(mail.quoted or "", ""), forwarded=True)
    if _NOREPLY.match(sender.email or ""):
        reply_to = _EMAIL.search(mail.headers.get("reply-to", "") or "")
        if reply_to:
            return _Who(Address(name=sender.name, email=reply_to.group(0)), region)
    return _Who(sender, region)


_DEVICE_LINE = re.compile(
    r"^(?:sendt|sent|send)\s+(?:fra|frå|from)\b|^get outlook|^hent outlook", re.IGNORECASE
)


def _signature_region(body: str, signature: str) -> str:
    """The body's last lines and the signature (phone footers such as "Sendt fra min iPhone" dropped)."""
    lines = [line for line in body.splitlines() if line.strip()][-6:]
    lines += [line for line in signature.splitlines() if line.strip()]
    return "\n".join(line for line in lines if not _DEVICE_LINE.match(line.strip()))


_EINNSYN_NAME = re.compile(
    r"(?:Bestilt av|Bestiller|Bestillar|Requested by)\s*:?[ \t]*\n?[ \t]*(?P<name>[^\n,<(]+)", re.IGNORECASE
)


def _einnsyn_requester(mail: ParsedMail) -> Address | None:
    """The requester named in an eInnsyn order ("Bestilt av: Navn, e-post" and its variants)."""
    sender_domain = _domain(mail.sender.email)
    text = mail.body or ""
    if "einnsyn" not in sender_domain and "einnsyn" not in text[:400].lower():
        return None
    m = _EINNSYN_NAME.search(text)
    emails = [e.lower() for e in _EMAIL.findall(text) if "einnsyn" not in e.lower() and not _NOREPLY.match(e)]
    if not m and not emails:
        return None
    name = m.group("name").strip() if m else ""
    if _EMAIL.search(name) or ":" in name or any(ch.isdigit() for ch in name):
        name = ""
    return Address(name=name, email=emails[0] if emails else "")


# --------------------------------------------------------------------------- names


def _clean_display(name: str) -> str:
    name = (name or "").strip().strip("\"'").strip()
    name = re.sub(r"\s*\((?:via|på vegne av)[^)]*\)\s*$", "", name, flags=re.IGNORECASE)
    if _EMAIL.fullmatch(name):
        return ""
    return name


def _name_from_email(email: str | None) -> str | None:
    if not email:
        return None
    local = email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._-]+", local) if p.isalpha()]
    if len(parts) >= 2:
        return " ".join(p.capitalize() for p in parts)
    return None


def _looks_like_person(name: str | None) -> bool:
    if not name:
        return False
    tokens = name.replace(",", " ").split()
    if not tokens or len(tokens) > 5:
        return False
    lex = name_lexicon()
    first = tokens[0]
    if first not in lex.given and first.split("-")[0] not in lex.given:
        return False
    return not any(
        _LEGAL_FORM.search(name) or _ORG_SUFFIX_WORD.search(t) or _AGENCY.search(t) for t in tokens[1:]
    )


def _display_kind(display: str, email: str | None) -> str:
    """ "person", "org" or "unknown" (capitalised words that may be either)."""
    if not display:
        return "unknown"
    if _looks_like_person(display) or _named_like_address(display, email):
        return "person"
    tokens = display.replace(",", " ").split()
    if (
        len(tokens) == 1
        or len(tokens) > 4
        or _LEGAL_FORM.search(display)
        or _AGENCY.search(display)
        or any(
            _ORG_SUFFIX_WORD.search(t) or not t[:1].isupper() or any(c.isdigit() for c in t) for t in tokens
        )
    ):
        return "org"
    return "unknown"


def _named_like_address(display: str, email: str | None) -> bool:
    """A display name of 2–4 capitalised words, one of which the address's local part spells out."""
    tokens = display.split()
    if not 2 <= len(tokens) <= 4 or not all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens):
        return False
    if _LEGAL_FORM.search(display) or any(_ORG_SUFFIX_WORD.search(t) or _AGENCY.search(t) for t in tokens):
        return False
    local = _fold((email or "").split("@", 1)[0])
    return any(len(t) >= 3 and _fold(t) in local for t in (tokens[0], tokens[-1]))


_LEGAL_SUFFIXES = frozenset("as asa ans da sa ba nuf ks ab aps a/s ltd limited gmbh oy".split())


def _shares_word(a: str, b: str) -> bool:
    words_a = {w.lower() for w in a.split() if len(w) >= 3 and w.lower() not in _LEGAL_SUFFIXES}
    return bool(words_a & {w.lower() for w in b.split()})


# --------------------------------------------------------------------------- signature


_ADDRESSEE = re.compile(r"^(?:til|to|kopi|cc|attn|v/|dear|hei|hello)\b", re.IGNORECASE)


_SEGMENT_BREAK = re.compile(r"\s[·|•]\s")  # "Nordby Bygg AS · Storgata 1 · 1234 Nordby"


def _segments(line: str) -> list[str]:
    return _SEGMENT_BREAK.split(line) if "·" in line or "|" in line or "•" in line else [line]


def _signature_lines(region: str, *, last: int = 12) -> list[str]:
    lines = [part.strip(" \t>*") for line in region.splitlines() for part in _segments(line)]
    lines = [line for line in lines if line and len(line) <= 90 and not _ADDRESSEE.match(line)]
    lines = [line for line in lines if len(line.split()) <= 9 and not line.endswith((":", "?", "!"))]
    lines = [line for line in lines if not _FIELD_LINE.match(line) or _LABEL_PREFIX.match(line)]
    return lines[-last:]


# "Arrangement: Bluesnatt på kaia", "Sted: Kaia" — a form field, not a signature line
_FIELD_LINE = re.compile(r"^[A-ZÆØÅa-zæøå][\wæøå .-]{0,25}:\s")


def _organisation_in(lines: list[str], display: str) -> str | None:
    """The organisation the signature speaks for, or None.

    In order: a line opening with a name in a legal form ("Nordby Bygg AS"); "leder, <lag>";
    the last line naming a public agency; a short line naming an association ("Nordby skyttarlag").
    """
    for line in lines:
        if _ORGNR_IN_LINE.match(line.strip()):
            continue
        # the organisation opens the line (after a greeting, label or role): not a sentence mentioning a firm
        m = _LEGAL_FORM.match(_strip_role(_GREETING.sub("", line)))
        if m and len(m.group("org").split()) <= 7 and _plausible_org_name(m.group("org")):
            org = m.group("org").split(",")[-1].strip()  # "Lisensportalen, Vik IT AS" → the firm
            if "NUF" in line and not org.endswith("NUF"):
                org = f"{org} NUF"
            return org
    for line in lines:
        m = _LEADER_ROLE.match(line)
        if m:
            org = _first_segment(m.group("org"))
            if _usable_org(org):
                return org
    agency = None
    for line in lines:
        if _NOISE_LINE.search(line) or len(line) > 70 or line.endswith((".", "?", "!", ":")):
            continue
        for segment in line.split(","):
            segment = segment.strip()
            if _AGENCY.search(segment) and len(segment.split()) <= 6 and _usable_org(segment):
                agency = segment
                break
    if agency:
        return agency
    for line in lines:
        line = _GREETING.sub("", line).strip(" ,")
        if _NOISE_LINE.search(line) or len(line) > 60 or line.endswith((".", "?", "!", ":")):
            continue
        words = line.split()
        if not 1 <= len(words) <= 6 or not _usable_org(line) or words[0].lower() in _FUNCTION_WORDS:
            continue
        if _ORG_LEADING_WORD.match(line) or any(_association_word(w, i, words) for i, w in enumerate(words)):
            return line
    return None


_FUNCTION_WORDS = frozenset(
    "på til for fra frå og i med vi jeg eg hilsen helsing takk vennlig venleg".split()
)


def _association_word(word: str, i: int, words: list[str]) -> bool:
    """ "idrettslag", "Velforeningen", "vel" (as in "Vågen vel"): a word naming an association."""
    w = word.lower().strip(",.")
    if len(w) < 2 or not _ORG_SUFFIX_WORD.search(w):
        return False
    if w in _NOT_ASSOCIATIONS:
        return w == "vel" and i == len(words) - 1 and i > 0  # "Vågen vel", not "vel møtt"
    return True


def _usable_org(org: str) -> bool:
    """A capitalised name that is not a person's and carries no phone, address or mail noise."""
    return (
        bool(org)
        and org[:1].isupper()
        and not _NOISE_LINE.search(org)
        and not _looks_like_person(org)
        and _plausible_org_name(org)
    )


# Words that occur in sentences but not inside an organisation's name.
_SENTENCE_WORDS = frozenset(
    """med om mot ber jeg eg vi er har kan skal vil som at ikke ikkje blir vart ble var sendt
    gjeld gjelder""".split()
)
# Common words that happen to end like an association ("-lag", "-vel", "-kor").
_NOT_ASSOCIATIONS = frozenset(
    """avslag forslag grunnlag tilslag bilag utslag innslag oppslag påslag anslag vedlag fradrag
    oppdrag vel""".split()
)


def _plausible_org_name(org: str) -> bool:
    words = org.split()
    if not words or len(words) > 7 or re.match(r"^\d+[.)]", org):
        return False
    if any(w.lower() in _SENTENCE_WORDS for w in words):
        return False
    return words[0].lower() not in _DOCUMENT_WORDS


# Words that open a subject or a sentence, not an organisation's name.
_DOCUMENT_WORDS = frozenset(
    """klage søknad merknad innspill melding notat vedtak svar spørsmål purring faktura tilbud tilbod rapport
    høring høyring uttalelse fråsegn invitasjon nyhetsbrev hei hilsen helsing mvh med vennlig venleg takk til
    fra
    frå vedlagt vedlegg gjelder gjeld ang vedr""".split()
)


_GREETING = re.compile(
    r"^(?:(?:med\s+)?(?:vennlig|venleg|beste)?\s*(?:hilsen|helsing|hilsner)|mvh|vh)\b[\s,]*(?:(?:fra|frå)\s+)?(?:styret\s+i\s+)?",
    re.IGNORECASE,
)


def _strip_role(org: str) -> str:
    org = _LABEL_PREFIX.sub("", org.strip())
    if "," in org:
        head, tail = org.split(",", 1)
        if head.strip()[:1].islower() or len(head.split()) <= 2 and head.strip().lower() in _ROLE_WORDS:
            org = tail
    return org.strip(" ,")


_ROLE_WORDS = frozenset(
    "daglig leder|leder|styreleder|kasserer|styrer|advokat|arkitekt|rådgiver|prosjektleder|konsulent".split(
        "|"
    )
)


def _first_segment(text: str) -> str:
    return re.split(r"\s*[,|·•]\s*", text.strip())[0].strip()


# --------------------------------------------------------------------------- orgnr


def _orgnr_sources(mail: ParsedMail, who: _Who) -> list[tuple[str, str]]:
    """Where the sender's org.nr may stand, as (source, text): only the texts that hold nine
    digits in org.nr shape, which every org.nr pattern needs."""
    if who.forwarded:
        sources = [("signature", who.region)]
    else:
        sources = [("signature", mail.signature or ""), ("body", mail.body or "")]
    sources += [("attachment", a.text) for a in mail.attachments if a.text]
    return [(source, text) for source, text in sources if text and ORGNR_DIGITS.search(text)]


def _find_orgnr(sources: list[tuple[str, str]], own: str) -> tuple[str | None, str | None]:
    """The sender's organisation number and the name it is stated for, if any."""
    best: tuple[float, str, str | None] | None = None
    for source, text in sources:
        if not _ORGNR_IN_LINE.search(text):
            continue  # a match on one line is a match in the whole text: no line has one
        lines = text.splitlines()
        for i, line in enumerate(lines):
            for m in _ORGNR_IN_LINE.finditer(line):
                digits = re.sub(r"\D", "", m.group(1))
                if not valid_orgnr(digits):
                    continue
                owner = _orgnr_owner(line[: m.start()], lines[i - 1] if i else "")
                score = {"signature": 3.0, "body": 2.0, "attachment": 1.0}[source]
                if owner and own and own in _fold(owner) and "kommune" in owner.lower():
                    score -= 5.0  # the customer (the receiving kommune itself), not the sender
                if best is None or score > best[0]:
                    best = (score, digits, owner)
    if best is None or best[0] < 0:
        return None, None
    return best[1], best[2]


def _orgnr_across_lines(sources: list[tuple[str, str]]) -> str | None:
    """An org.nr whose label and number stand on separate lines ("Org.nr.:\n974 760 673")."""
    for _, text in sources:
        for m in re.finditer(
            r"(?:org\.?\s*(?:nr|nummer)\.?|organisasjonsnummer)\s*:?\s*\n\s*(\d{3}[ .]?\d{3}[ .]?\d{3})",
            text,
            re.I,
        ):
            digits = re.sub(r"\D", "", m.group(1))
            if valid_orgnr(digits):
                return digits
    return None


def _orgnr_owner(before: str, previous_line: str) -> str | None:
    """The organisation name stated just before an org.nr (same line, or the line above)."""
    text = before.strip(" ,|·•-–:")
    if not text:
        text = previous_line.strip(" ,|·•-–:")
    if not text or _NOISE_LINE.search(text) and not _LEGAL_FORM.search(text):
        return None
    legal = _LEGAL_FORM.search(text)
    if legal:
        return _strip_role(legal.group("org"))
    text = _LABEL_PREFIX.sub("", text)
    role = _LEADER_ROLE.match(text)
    if role:
        text = role.group("org")
    elif "," in text:
        text = text.split(",")[-1]
    text = _first_segment(text)
    if not text or len(text.split()) > 6 or not text[:1].isupper():
        return None
    return text


def _fold(text: str) -> str:
    """Lower-case ASCII folding, so "Havøy" matches the domain word "havoy"."""
    return text.lower().replace("ø", "o").replace("æ", "ae").replace("å", "a").replace("é", "e")


def _domain(email: str | None) -> str:
    return (email or "").rsplit("@", 1)[-1].lower()
