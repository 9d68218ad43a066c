"""Shared helpers for family writers: greetings, closings, signatures, footers, typos.

Every helper takes the ``random.Random`` of the draw so a corpus stays reproducible.
``lang`` is ``"nb"`` (bokmål), ``"nn"`` (nynorsk) or ``"en"``.  All names, numbers and
firms come from ``World``; nothing here is real.

Typical use in a family::

    lang = sender_lang(rng, tenant)
    p, email = private_sender(rng, world)
    body = letter(rng, lang, ["Jeg viser til ...", "Kan dere ..."],
                  sign=sign_off(rng, world, p, lang))
"""

from __future__ import annotations

import random
import re
from typing import Any

from training_data.generator.draft import Draft
from training_data.generator.world import TENANTS, Firm, Person, World

GREETINGS = {
    "nb": ["Hei,", "Hei!", "Hei", "Hallo,", "God dag,", "Til postmottak,", "Til den det måtte gjelde,",
           "Hei {name},", "Hei {name}!", "Til {name},"],
    "nn": ["Hei,", "Hei!", "Hei", "Hallo,", "God dag,", "Til postmottak,", "Hei {name},", "Til {name},"],
    "en": ["Hello,", "Hi,", "Dear Sir or Madam,", "Good afternoon,", "Hello {name},", "Dear {name},"],
}
CLOSINGS = {
    "nb": ["Med vennlig hilsen", "Vennlig hilsen", "Mvh", "mvh", "Mvh.", "Hilsen", "Beste hilsen",
           "Med hilsen", "Takk på forhånd.\n\nMvh", "Ha en fin dag!\n\nHilsen"],
    "nn": ["Med venleg helsing", "Venleg helsing", "Mvh", "Helsing", "Beste helsing", "Med helsing",
           "Takk på førehand.\n\nMvh"],
    "en": ["Best regards,", "Kind regards,", "Regards,", "Sincerely,", "Thanks in advance.\n\nBest regards,"],
}
MOBILE_FOOTERS = {
    "nb": ["Sendt fra min iPhone", "Sendt fra min iPad", "Sendt fra min Samsung Galaxy-smarttelefon.",
           "Hent Outlook for Android", "Sendt fra Outlook for iOS", "Sendt fra mobilen"],
    "nn": ["Sendt frå iPhone-en min", "Sendt fra min iPhone", "Sendt frå mobilen",
           "Hent Outlook for Android"],
    "en": ["Sent from my iPhone", "Sent from my Android phone", "Get Outlook for iOS"],
}
DISCLAIMERS = {
    "nb": ["Denne e-posten kan inneholde konfidensiell informasjon og er kun beregnet for mottakeren. "
           "Har du mottatt den ved en feil, ber vi deg slette den og varsle avsender.",
           "Vennligst tenk på miljøet før du skriver ut denne e-posten."],
    "nn": ["Denne e-posten kan innehalde konfidensiell informasjon og er berre meint for mottakaren.",
           "Tenk på miljøet før du skriv ut denne e-posten."],
    "en": ["This e-mail may contain confidential information and is intended only for the addressee."],
}
JOB_TITLES = {
    "nb": ["daglig leder", "prosjektleder", "rådgiver", "saksbehandler", "seniorrådgiver", "konsulent",
           "prosjekteringsleder", "ansvarlig søker", "kontormedarbeider", "innehaver", "partner",
           "fagansvarlig", "styreleder"],
    "nn": ["dagleg leiar", "prosjektleiar", "rådgjevar", "sakshandsamar", "seniorrådgjevar", "konsulent",
           "kontormedarbeidar", "innehavar", "styreleiar"],
    "en": ["Project Manager", "Managing Director", "Sales Manager", "Consultant", "Account Manager"],
}


def pick(rng: random.Random, options: list[str] | tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def pick_tenant(rng: random.Random) -> str:
    """Fjordvik or Havøy, even odds."""
    return pick(rng, ("fjordvik", "havoy"))


def kommune_name(tenant: str) -> str:
    """The municipality's name as a letter writes it, e.g. "Fjordvik kommune"."""
    return TENANTS[tenant]["navn"]


def tenant_lang(tenant: str) -> str:
    """The written standard the municipality itself uses (fjordvik bokmål, havoy nynorsk)."""
    return TENANTS[tenant]["lang"]


def sender_lang(rng: random.Random, tenant: str, *, english: float = 0.03) -> str:
    """The language a sender writing to ``tenant`` uses: mostly the local standard, sometimes not."""
    r = rng.random()
    if r < english:
        return "en"
    if tenant_lang(tenant) == "nn":
        return "nn" if r < 0.55 else "nb"
    return "nn" if r < english + 0.07 else "nb"


def greeting(rng: random.Random, lang: str, name: str | None = None) -> str:
    options = [g for g in GREETINGS[lang] if name or "{name}" not in g]
    return pick(rng, options).format(name=name or "")


def closing(rng: random.Random, lang: str) -> str:
    return pick(rng, CLOSINGS[lang])


def mobile_footer(rng: random.Random, lang: str = "nb") -> str:
    return pick(rng, MOBILE_FOOTERS[lang])


def disclaimer(rng: random.Random, lang: str = "nb") -> str:
    return pick(rng, DISCLAIMERS[lang])


def signature(rng: random.Random, world: World, person: Person, *, lang: str = "nb",
              firm: Firm | None = None, email: str = "", title: str | None = None,
              phone: bool | None = None, address: bool | None = None) -> str:
    """A signature block: name, then (at random) title, firm, phone, address, e-mail, disclaimer."""
    lines = [person.name if rng.random() < 0.9 else person.first]
    if firm is not None:
        if title is None and rng.random() < 0.7:
            title = pick(rng, JOB_TITLES[lang])
        if title:
            lines.append(title[0].upper() + title[1:] if rng.random() < 0.6 else title)
        lines.append(firm.name)
    elif title:
        lines.append(title)
    if phone if phone is not None else rng.random() < (0.8 if firm else 0.35):
        label = pick(rng, ["Tlf: ", "Tlf. ", "Mob: ", "Mobil: ", "M: ", "", "Telefon "])
        if lang == "en":
            label = pick(rng, ["Phone: ", "Mobile: ", "T: ", ""])
        lines.append(label + world.phone())
    if address if address is not None else rng.random() < (0.5 if firm else 0.25):
        lines.append(f"{world.street()}, {rng.randint(1000, 9990):04d} {pick(rng, _PLACES)}")
    if firm is not None and email and rng.random() < 0.5:
        lines.append(email)
    if firm is not None and rng.random() < 0.4:
        lines.append(f"Org.nr. {_spaced_orgnr(rng, firm.orgnr)}")
    if firm is not None and rng.random() < 0.4:
        lines.append("www." + firm.domain)
    sig = "\n".join(lines)
    if firm is not None and rng.random() < 0.15:
        sig += "\n\n" + disclaimer(rng, lang)
    return sig


def sign_off(rng: random.Random, world: World, person: Person, lang: str = "nb", **kw: Any) -> str:
    """Closing phrase plus signature, e.g. ``"Mvh\\nKari Hansen\\nTlf: 412 34 567"``.

    Keyword arguments go to ``signature`` (firm=, email=, title=, phone=, address=).
    """
    sep = "\n" if rng.random() < 0.8 else "\n\n"
    if rng.random() < 0.12:  # some people only write their name
        return person.name if rng.random() < 0.7 else person.first
    return closing(rng, lang) + sep + signature(rng, world, person, lang=lang, **kw)


def variant_lang(rng: random.Random, tenant: str, variants: dict, english: float = 0.0) -> str:
    """``sender_lang`` for texts written in some languages only: a language the ``variants``
    lack falls back to bokmål."""
    lang = sender_lang(rng, tenant, english=english)
    return lang if lang in variants else "nb"


def name_or_sign_off(rng: random.Random, world: World, person: Person, lang: str, *,
                     first_name: float = 0.15, full_name: float | None = None, **kw: Any) -> str:
    """A closing phrase and ``signature`` (keyword arguments go there) or, for one draw below
    ``first_name``, only the first name, and below ``full_name`` only the full name."""
    r = rng.random()
    if r < first_name:
        return person.first
    if full_name is not None and r < full_name:
        return person.name
    return closing(rng, lang) + "\n" + signature(rng, world, person, lang=lang, **kw)


def letter(rng: random.Random, lang: str, paragraphs: list[str], *, sign: str = "",
           to_name: str | None = None, greet: bool | None = None) -> str:
    """Greeting, paragraphs and sign-off joined the way people type them."""
    parts = []
    if greet if greet is not None else rng.random() < 0.8:
        parts.append(greeting(rng, lang, to_name))
    parts.extend(p for p in paragraphs if p)
    if sign:
        parts.append(sign)
    joiner = "\n\n" if rng.random() < 0.85 else "\n"
    return joiner.join(parts)


# --- people as senders ------------------------------------------------------------

def private_sender(rng: random.Random, world: World) -> tuple[Person, str]:
    """A private person and their free-mail address."""
    p = world.person()
    return p, world.private_email(p)


def firm_sender(rng: random.Random, world: World, trade: str | None = None) -> tuple[Person, Firm, str]:
    """An employee of an invented firm, with an address at the firm's domain."""
    firm = world.firm(trade)
    p = world.person()
    first, last = _ascii_lower(p.first), _ascii_lower(p.last)
    local = pick(rng, [f"{first}.{last}", first, f"{first[0]}{last}", f"{first}{last[0]}", "post", "firmapost"])
    return p, firm, f"{local}@{firm.domain}"


def avsender(navn: str, epost: str, orgnr: str | None = None) -> dict[str, Any]:
    """The ``avsender`` label: the korrespondansepart behind the mail."""
    return {"navn": navn, "epost": epost, "orgnr": orgnr}


# --- noise: typos and terse writing -----------------------------------------------

def typos(rng: random.Random, text: str, rate: float = 0.02) -> str:
    """Sprinkle keyboard slips over ``text``: swapped, doubled and dropped letters.

    Digits and the characters around them are left alone so case numbers, gnr/bnr,
    dates and orgnr stay readable.
    """
    out = list(text)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if a.isalpha() and b.isalpha() and rng.random() < rate:
            op = rng.random()
            if op < 0.45:
                out[i], out[i + 1] = b, a
                i += 1
            elif op < 0.7:
                out.insert(i, a)
                i += 1
            else:
                del out[i]
        i += 1
    return "".join(out)


def strip_norwegian_letters(text: str) -> str:
    """As typed on a foreign keyboard: æ -> ae, ø -> o, å -> aa."""
    table = {"æ": "ae", "ø": "o", "å": "aa", "Æ": "Ae", "Ø": "O", "Å": "Aa"}
    return "".join(table.get(c, c) for c in text)


def terse(rng: random.Random, text: str) -> str:
    """Phone-style writing: lower-case sentence starts, fewer full stops, sometimes no æøå."""
    lines = []
    for line in text.split("\n"):
        if line and rng.random() < 0.6:
            line = line[0].lower() + line[1:]
        if line.endswith(".") and rng.random() < 0.5:
            line = line[:-1]
        lines.append(line)
    text = "\n".join(lines)
    text = text.replace("\n\n\n", "\n\n")
    if rng.random() < 0.15:
        text = strip_norwegian_letters(text)
    return text


def maybe(rng: random.Random, p: float, text: str, otherwise: str = "") -> str:
    """``text`` with probability ``p``, else ``otherwise``."""
    return text if rng.random() < p else otherwise


_PLACES = ["Fjordvik", "Havøy", "Nordhamn", "Sjøvågen", "Lillevik", "Bergstrand", "Dalsbygda", "Vestvika",
           "Kvitsand", "Storøy"]


def _spaced_orgnr(rng: random.Random, orgnr: str) -> str:
    return f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}" if rng.random() < 0.5 else orgnr


def _ascii_lower(s: str) -> str:
    return (s.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace(" ", ""))


def names_shown(d: Draft, names: list[str]) -> list[str]:
    """The names in ``names`` that the mail actually shows (full or first name, in the text,
    attachments or quoted/forwarded message); the sender is always kept."""
    texts = [d.subject, d.body] + [a.text for a in d.attachments]
    texts += [m.sender_name + "\n" + m.body for m in (d.quoted, d.forwarded) if m]
    text = "\n".join(texts)
    return [n for n in dict.fromkeys(names)
            if n == d.sender_name or n in text or re.search(rf"\b{re.escape(n.split()[0])}\b", text)]
