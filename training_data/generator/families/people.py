"""Training-mail families for the person-sensitive categories.

helse_omsorg, barnevern, skole, barnehage and rekruttering: the kinds where skjerming
and the names of private persons (``personnavn``) matter most.  Each family writes one
mail from several hand-written texts; slots only carry names, places, numbers and dates.
Everything is invented.

Label conventions used here (see shared/spec/dataset-format.md):
- helse_omsorg is always P13, barnevern always BV, rekruttering always P25;
- skole and barnehage get P13 only when the mail reveals health, economy or family problems;
- ``personnavn`` lists the private persons named (patient, relatives, children, applicants,
  a private sender), as full name and as first name when the text uses it alone; it is
  empty when skjerming is null;
- a forwarded mail keeps the original sender as avsender; an internal memo has the
  employee as avsender (orgnr null) and journalposttype N or X.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families.common import (
    avsender,
    closing,
    mobile_footer,
    pick,
    strip_norwegian_letters,
    terse,
)
from training_data.generator.world import TENANTS, Person, World, _ascii

WRITER = "w-people"

# --- invented local places and institutions ----------------------------------------

PLACES = {
    "fjordvik": ["Nesvik", "Straumsvika", "Kleivane", "Bøvika", "Lundeby", "Ytre Fjordvik", "Hegnes",
                 "Sentrum"],
    "havoy": ["Kvalvika", "Nordøya", "Sandvær", "Langeneset", "Hamnvika", "Sørøya", "Brattholmen"],
}
SCHOOLS = {
    "fjordvik": ["Fjordvik barneskole", "Nesvik skole", "Straumsvika skole", "Fjordvik ungdomsskole",
                 "Kleivane oppvekstsenter", "Lundeby skole"],
    "havoy": ["Havøy skule", "Kvalvika skule", "Nordøya oppvekstsenter", "Havøy ungdomsskule",
              "Sandvær skule"],
}
KINDERGARTENS = {
    "fjordvik": ["Humla barnehage", "Kongleskogen barnehage", "Bøvika barnehage", "Tyttebærtoppen barnehage",
                 "Straumsvika barnehage", "Lundeby gårdsbarnehage", "Hegnes naturbarnehage"],
    "havoy": ["Måkeskjæret barnehage", "Kvalvika barnehage", "Tangloppa barnehage", "Nordøya barnehage",
              "Fyrlykta barnehage", "Sandvær barnehage"],
}
NURSING_HOMES = {
    "fjordvik": ["Fjordvik sjukeheim", "Straumsvika omsorgssenter", "Lundeby bu- og behandlingssenter"],
    "havoy": ["Havøy omsorgssenter", "Kvalvika bu- og servicesenter", "Havøy sjukeheim"],
}
KID_NAMES = {
    "f": ["Nora", "Emma", "Ella", "Maja", "Olivia", "Sofie", "Leah", "Ingrid", "Frida", "Selma", "Astrid",
          "Amina", "Hedda", "Tiril", "Iben", "Mia", "Alma", "Vilde", "Julie", "Aurora", "Sigrid", "Hanna",
          "Ylva", "Mathilde", "Zofia", "Aisha", "Eline", "Live"],
    "m": ["Emil", "Lukas", "Oliver", "Filip", "Noah", "Isak", "Jakob", "Aksel", "Theo", "Johannes",
          "Ludvig", "Elias", "Sander", "Adam", "Olav", "Tobias", "William", "Mikkel", "Sebastian", "Brage",
          "Kasper", "Henrik", "Matheo", "Yusuf", "Kacper", "Håkon", "Edvard", "Storm"],
}
ELDER_NAMES = {
    "f": ["Ragnhild", "Gunvor", "Aslaug", "Magnhild", "Borghild", "Alfhild", "Solveig", "Margit",
          "Ingebjørg", "Jenny", "Klara", "Dagny", "Sigrun", "Oddny", "Bjørg", "Aud", "Reidun", "Marta"],
    "m": ["Olav", "Arnfinn", "Ingvald", "Torleif", "Sigvald", "Kåre", "Reidar", "Oddvar", "Halvard",
          "Edvin", "Alf", "Birger", "Harald", "Einar", "Johannes", "Leiv", "Asbjørn", "Nils"],
}
ADULT_NAMES = {
    "f": ["Kari", "Anne", "Ingrid", "Marit", "Hilde", "Sigrid", "Tone", "Randi", "Silje", "Marte", "Hanne",
          "Camilla", "Linn", "Ida", "Kristin", "Guro", "Maria", "Fatima", "Agnieszka", "Ewa", "Line", "Janne",
          "Monica", "Trine", "Eirin", "Renate", "Tonje", "Elin"],
    "m": ["Lars", "Erik", "Nils", "Knut", "Geir", "Svein", "Trond", "Rune", "Magnus", "Henrik", "Sindre",
          "Eivind", "Vegard", "Kjetil", "Anders", "Petter", "Tomasz", "Ahmed", "Piotr", "Thomas", "Stian",
          "Kenneth", "Ronny", "Espen", "Jørgen", "Frode", "Arild"],
}
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


# --- small helpers -----------------------------------------------------------------

def ascii_fold(s: str) -> str:
    """For e-mail addresses and file names: æøå spelled out, other accents dropped, no spaces."""
    folded = unicodedata.normalize("NFKD", _ascii(s)).encode("ascii", "ignore").decode("ascii")
    return folded.replace(" ", "")


def pick_tenant(rng: random.Random) -> str:
    return "fjordvik" if rng.random() < 0.5 else "havoy"


def pick_lang(rng: random.Random, tenant: str, *, english: float = 0.0, nynorsk: float | None = None) -> str:
    """nb/nn/en for a private writer; havoy mail is more often nynorsk, fjordvik bokmål."""
    if nynorsk is None:
        nynorsk = 0.68 if tenant == "havoy" else 0.08
    if rng.random() < english:
        return "en"
    return "nn" if rng.random() < nynorsk else "nb"


def gender(rng: random.Random) -> str:
    return "f" if rng.random() < 0.5 else "m"


def kid(rng: random.Random, g: str | None = None) -> tuple[str, str]:
    g = g or gender(rng)
    return pick(rng, KID_NAMES[g]), g


def elder(rng: random.Random, g: str | None = None) -> tuple[str, str]:
    g = g or gender(rng)
    return pick(rng, ELDER_NAMES[g]), g


def adult_first(rng: random.Random, g: str | None = None) -> str:
    return pick(rng, ADULT_NAMES[g or gender(rng)])


def person(rng: random.Random, world: World, g: str | None = None, last: str | None = None) -> Person:
    """A private adult; gendered when the text needs it (mor/far, kona/mannen)."""
    p = world.person()
    return Person(adult_first(rng, g) if g else p.first, last or p.last)


def email_for(rng: random.Random, world: World, p: Person) -> str:
    return world.private_email(p)


def employee(rng: random.Random, world: World, tenant: str, g: str | None = None) -> tuple[Person, str]:
    p = person(rng, world, g)
    local = f"{ascii_fold(p.first).lower()}.{ascii_fold(p.last).lower()}"
    return p, f"{local}@{TENANTS[tenant]['domain']}"


def day(rng: random.Random, lang: str = "nb") -> str:
    d, m = rng.randint(1, 28), rng.randint(8, 12)
    if lang == "en":
        return f"{d} {MONTHS_EN[m - 1]}" if rng.random() < 0.7 else f"{MONTHS_EN[m - 1]} {d}"
    return f"{d}. {MONTHS[m - 1]}" if rng.random() < 0.8 else f"{d}.{m}"


def day_pair(rng: random.Random, lang: str = "nb") -> tuple[str, str]:
    """A start and an end date a few days to two weeks apart, written alike."""
    start = date(2026, rng.randint(8, 12), rng.randint(1, 28))
    end = start + timedelta(days=rng.randint(2, 14))
    numeric = rng.random() < 0.2

    def fmt(d: date) -> str:
        if lang == "en":
            return f"{d.day} {MONTHS_EN[d.month - 1]}"
        return f"{d.day}.{d.month}" if numeric else f"{d.day}. {MONTHS[d.month - 1]}"
    return fmt(start), fmt(end)


def month(rng: random.Random, lang: str = "nb") -> str:
    m = rng.randint(9, 12)
    return MONTHS_EN[m - 1] if lang == "en" else MONTHS[m - 1]


def fnr_phrase(rng: random.Random, world: World, lang: str = "nb") -> str:
    f = world.fodselsnummer()
    shown = f if rng.random() < 0.5 else f"{f[:6]} {f[6:]}"
    return pick(rng, {"nb": ["fnr. {f}", "f.nr {f}", "født {d}", "personnr. {f}", "fødselsnr {f}"],
                      "nn": ["fnr. {f}", "fødd {d}", "personnr. {f}"],
                      "en": ["national ID {f}", "born {d}", "ID no. {f}"]}[lang]).format(
        f=shown, d=f"{f[:2]}.{f[2:4]}.{f[4:6]}")


def pron(g: str, lang: str) -> dict[str, str]:
    """Pronoun slots for a person of gender g: {han} {ham} {hans} (object form is nn 'han')."""
    if lang == "en":
        return {"han": "she" if g == "f" else "he", "ham": "her" if g == "f" else "him",
                "hans": "her" if g == "f" else "his", "Han": "She" if g == "f" else "He"}
    if lang == "nn":
        d = {"han": "ho" if g == "f" else "han", "ham": "henne" if g == "f" else "han",
             "hans": "hennar" if g == "f" else "hans"}
    else:
        d = {"han": "hun" if g == "f" else "han", "ham": "henne" if g == "f" else "ham",
             "hans": "hennes" if g == "f" else "hans"}
    d["Han"] = d["han"].capitalize()
    return d


def prefixed(prefix: str, d: dict[str, str]) -> dict[str, str]:
    return {f"{prefix}{k}": v for k, v in d.items()}


class _Slots(dict):
    def __missing__(self, key: str) -> str:  # a template asked for a slot the family did not fill
        raise KeyError(f"template slot {{{key}}} not filled")


def fill(template: str, slots: dict[str, Any]) -> str:
    text = template.format_map(_Slots(slots)).strip("\n")
    return re.sub(r"\(\(([^()]*)\)\)", r"(\1)", text)  # "(Saksnr. 24/1)" inside "(...)"


def split_subject(rng: random.Random, template: str) -> tuple[str | None, str]:
    """A template may start with "SUBJ: a | b" naming the subjects that fit it."""
    if template.startswith("SUBJ: "):
        first, _, rest = template.partition("\n")
        return pick(rng, [x.strip() for x in first[6:].split("|")]), rest
    return None, template


_OPENERS = ("Hei", "hei", "Hallo", "Hello", "Hi", "Dear", "Til ", "God dag", "To ")


def opening(rng: random.Random, lang: str, text: str, p: float = 0.6) -> str:
    """A greeting unless the text already opens with one or with a heading."""
    first = text.split("\n", 1)[0]
    if text.startswith(_OPENERS) or text[:1].islower() or ("\n" in text and len(first) < 60 and not first.endswith(".")):
        return ""
    return greet(rng, lang, p)


def choose(rng: random.Random, variants: dict[str, list[str]], lang: str) -> str:
    """One hand-written variant in ``lang`` (falls back to nb, then any)."""
    pool = variants.get(lang) or variants.get("nb") or next(iter(variants.values()))
    return pick(rng, pool)


def roughen(rng: random.Random, text: str, protect: list[str], *, p_terse: float = 0.3,
            typo_rate: float = 0.015) -> str:
    """Phone-style noise for citizen mail: terse casing and keyboard slips, names left intact."""
    if rng.random() < p_terse:
        text = terse(rng, text)
    if typo_rate and rng.random() < 0.35:
        words = text.split(" ")
        out = []
        for w in words:
            if w and w[0].islower() and len(w) > 4 and not any(ch.isdigit() for ch in w) and rng.random() < typo_rate * 3:
                i = rng.randrange(1, len(w) - 2)
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            out.append(w)
        text = " ".join(out)
    for name in sorted(set(protect), key=len, reverse=True):  # terse() may have lower-cased a name
        text = re.sub(re.escape(name), name, text, flags=re.IGNORECASE)
    return text


def sign(rng: random.Random, world: World, p: Person, lang: str, *, phone: float = 0.5,
         address: str | None = None) -> str:
    """Closing and a private person's signature."""
    r = rng.random()
    name = p.name if rng.random() < 0.85 else p.first
    if r < 0.12:
        return name
    lines = [closing(rng, lang), name] if rng.random() < 0.8 else [f"{closing(rng, lang).split(chr(10))[-1]} {name}"]
    if rng.random() < phone:
        label = pick(rng, ["tlf ", "Tlf: ", "Tlf. ", "mob ", "Mobil: ", ""]) if lang != "en" else pick(
            rng, ["Phone: ", "Mobile: ", "Tel. ", ""])
        lines.append(label + world.phone())
    if address and rng.random() < 0.4:
        lines.append(address)
    return "\n".join(lines)


def greet(rng: random.Random, lang: str, p: float = 0.8) -> str:
    if rng.random() >= p:
        return ""
    return pick(rng, {"nb": ["Hei", "Hei,", "Hei!", "Hallo", "God dag", "Til Fjordvik kommune", "Hei dere"],
                      "nn": ["Hei", "Hei,", "Hei!", "God dag", "Hallo"],
                      "en": ["Hello,", "Dear Sir or Madam,", "Hi,", "Good morning,", "To whom it may concern,"],
                      }[lang])


def compose(rng: random.Random, *parts: str) -> str:
    joiner = "\n\n" if rng.random() < 0.85 else "\n"
    return joiner.join(p.strip("\n") for p in parts if p and p.strip())


def names_in(texts: list[str], people: list[tuple[str, str | None]]) -> list[str]:
    """personnavn: each private person's full name and, when used alone, the first name.

    ``people`` holds (full name, first name) pairs; full name may equal first name for a
    child named only by first name.  Names typed without æøå count as they are written.
    """
    text = "\n".join(t for t in texts if t)
    found: list[str] = []

    def keep(name: str) -> None:
        if name not in found:
            found.append(name)

    for full, first in people:
        for variant in dict.fromkeys([full, strip_norwegian_letters(full)]):
            if variant and variant in text:
                keep(variant)
        if not first or first == full:
            continue
        rest = full[len(first):].strip() if full.startswith(first) else ""
        rests = "|".join(re.escape(r) for r in dict.fromkeys([rest, strip_norwegian_letters(rest)]) if r)
        for variant in dict.fromkeys([first, strip_norwegian_letters(first)]):
            pattern = r"\b" + re.escape(variant) + r"\b" + (rf"(?!\s+(?:{rests}))" if rests else "")
            if re.search(pattern, text):
                keep(variant)
    return found


def draft_texts(d: Draft) -> list[str]:
    texts = [d.subject, d.body]
    for m in (d.quoted, d.forwarded):
        if m is not None:
            texts += [m.sender_name, m.subject, m.body]
    texts += [a.text for a in d.attachments]
    texts += [t for a in d.attachments if a.message is not None for t in draft_texts(a.message) + [a.message.sender_name]]
    return texts


@dataclass
class Label:
    category: str
    skjerming: str | None
    avsender: dict[str, Any]
    sak: str | None = None
    journalposttype: str = "I"
    note: str = ""
    accept: list[dict[str, Any]] | None = None


def finish(d: Draft, label: Label, people: list[tuple[str, str | None]], *, private_sender: Person | None = None
           ) -> Draft:
    """Fill the label fields; personnavn only when the mail is screened."""
    d.category = label.category
    d.skjerming = label.skjerming
    d.avsender = label.avsender
    d.sak = label.sak
    d.journalposttype = label.journalposttype
    d.note = label.note
    d.accept = label.accept or []
    d.writer = WRITER
    if label.skjerming:
        names = names_in(draft_texts(d), people)
        if private_sender is not None and private_sender.name not in names:
            names.insert(0, private_sender.name)
        d.personnavn = names
    else:
        d.personnavn = []
    return d


def ref_or_unknown(rng: random.Random, world: World, tenant: str, category: str, tittel: str, *,
                   p_open: float, p_unknown: float, part: str | None = None, lang: str = "nb"
                   ) -> tuple[str | None, str, str]:
    """Maybe tie the mail to a case: (sak label, phrase citing it, bare citation) or (None, "", "")."""
    r = rng.random()
    if r < p_open:
        case = world.open_case(tenant, category, tittel, part=part)
        return case.sak, world.cite_phrase(case.sak, lang), world.cite(case.sak)
    if r < p_open + p_unknown:
        s = world.unknown_saknr()
        return None, world.cite_phrase(s, lang), world.cite(s)
    return None, "", ""


def kommune_letter(rng: random.Random, world: World, tenant: str, sak: str, subject: str, text: str) -> EarlierMessage:
    """The kommune's earlier letter in the case, quoted below a reply; it carries the case number."""
    emp, mail = employee(rng, world, tenant)
    ref = world.cite(sak, doc=True)
    head = pick(rng, ["Vår ref.: {r}", "Saksnr.: {r}", "Vår referanse: {r}", "Dykkar ref.: – Vår ref.: {r}"]).format(r=ref)
    return EarlierMessage(sender_name=emp.name, sender_email=mail, subject=subject,
                          body=f"{head}\n\n{text}\n\nMed hilsen\n{emp.name}\n{TENANTS[tenant]['navn']}")


def phone_style(rng: random.Random) -> str:
    return pick(rng, ["iphone", "android", "iphone", "gmail"])


# =====================================================================================
# helse_omsorg — always P13; personnavn: patient, relatives, private sender
# =====================================================================================

DIAGNOSES = {
    "nb": ["demens", "Parkinsons sykdom", "hjertesvikt", "KOLS", "Alzheimers", "diabetes type 2 og dårlig syn",
           "alvorlig slitasjegikt", "følger etter hjerneslag", "kreft i tarmen", "MS"],
    "nn": ["demens", "Parkinson", "hjartesvikt", "KOLS", "Alzheimer", "diabetes og dårleg syn",
           "alvorleg slitasjegikt", "følgjer etter hjerneslag", "kreft", "MS"],
    "en": ["dementia", "Parkinson's disease", "heart failure", "COPD", "Alzheimer's", "diabetes",
           "severe arthritis", "after-effects of a stroke", "cancer", "MS"],
}
EVENTS = {
    "nb": ["et hjerneslag", "et lårhalsbrudd", "en lungebetennelse", "en hjerteoperasjon", "et fall i hjemmet",
           "en blodpropp", "en infeksjon"],
    "nn": ["eit hjerneslag", "eit lårhalsbrot", "ei lungebetennelse", "ein hjarteoperasjon", "eit fall heime"],
    "en": ["a stroke", "a hip fracture", "pneumonia", "heart surgery", "a fall at home"],
}
REL = {  # how a grown child names the parent
    "nb": {"f": ("mor", "min mor", "moren min"), "m": ("far", "min far", "faren min")},
    "nn": {"f": ("mor", "mor mi", "mora mi"), "m": ("far", "far min", "faren min")},
    "en": {"f": ("my mother", "my mother", "my mother"), "m": ("my father", "my father", "my father")},
}


def _patient_slots(rng: random.Random, world: World, lang: str, tenant: str) -> tuple[dict[str, str], Person, str]:
    first, g = elder(rng)
    pas = Person(first, world.person().last)
    rel = REL[lang][g]
    slots = {"pas": pas.name, "pas_first": pas.first, "rel": rel[0], "rel_min": rel[1], "rel_def": rel[2],
             "alder": str(rng.randint(78, 97)), "diag": pick(rng, DIAGNOSES[lang]),
             "diag2": pick(rng, DIAGNOSES[lang]), "hendelse": pick(rng, EVENTS[lang]), "adr": world.street(), "sted": pick(rng, PLACES[tenant]),
             "heim": pick(rng, NURSING_HOMES[tenant]), "kommune": TENANTS[tenant]["navn"],
             **dict(zip(("dato", "dato2"), day_pair(rng, lang))), "fnr": fnr_phrase(rng, world, lang),
             "uker": str(rng.randint(2, 8)), "ganger": str(rng.randint(2, 4))}
    slots.update(pron(g, lang))
    slots["rel_word_en"] = "mother" if g == "f" else "father"
    slots["mnd"] = month(rng, lang)
    return slots, pas, g


HO_SJUKEHEIM = {
    "nb": [
        """Ektefellen har passet {pas} hjemme i mange år, men nå går det ikke lenger. {pas_first} har {diag} og trenger hjelp både dag og natt, og ektefellen har selv fått hjerteproblemer. Vi barna har vært mye hjemme den siste tiden, men alle bor langt unna og har jobb og familie.

Vi søker derfor om fast plass på {heim}. Vi vil gjerne bli kontaktet om hvordan søknaden blir vurdert, og hvor lang ventetiden er.""",
        """Søknad om sykehjemsplass – {pas}

{pas}, {adr}, ble innlagt på sykehuset {dato} etter {hendelse}. Sykehuset har nå meldt at {han} er utskrivningsklar, og at {han} ikke vil klare seg i egen bolig. Huset har bratt trapp og bad i kjelleren.

Jeg er nærmeste pårørende og søker på {hans} vegne om plass i institusjon, helst på {heim} der {han} har venner fra bygda.""",
        """hei. {rel} ({pas_first}) har ligget på sykehuset siden {dato} og skal snart skrives ut. {han} kan ikke komme hjem til huset i {sted} igjen, trappene er umulige og {han} husker ikke å spise. vi vil søke om plass på sykehjem. hvordan gjør vi det? haster""",
        """Viser til samtale med tildelingskontoret i forrige uke.

Som avtalt sender jeg skriftlig søknad om fast plass i institusjon for {rel_min} {pas}. {Han} fyller {alder} i år, har {diag} og {diag2}, og har de siste månedene hatt flere innleggelser. Vedlagt følger fullmakt, slik at jeg kan følge opp saken på {hans} vegne.""",
        """Til helse og omsorg

Min svigermor {pas} bor alene i {adr}. Etter at {han} fikk {diag} har {han} gått seg bort to ganger, sist {dato}, da politiet fant {ham} ved kaia i {sted} sent på kvelden. Vi er redde for at det skal skje noe alvorlig.

Vi ønsker å søke om plass på skjermet enhet for personer med demens. Hvem tar vi kontakt med?""",
        """SUBJ: Venteliste sykehjem – {pas} | Hvor lenge må vi vente?
Hei

{rel_min} {pas} søkte om langtidsplass i {mnd}, og vi har fått beskjed om at {han} står på venteliste. Hvor mange står foran? Situasjonen hjemme blir verre for hver uke, og {han} ringer meg flere ganger hver natt fordi {han} er redd.""",
    ],
    "nn": [
        """Eg søkjer om langtidsplass på {heim} for {rel_min}, {pas}.

{pas_first} har {diag}, og det siste halvåret har {han} sove mest om dagen og vandra om natta. Ektefellen orkar ikkje meir, og heimesjukepleia kan ikkje vere der heile natta. Vi trur {han} vil ha det tryggast på ein institusjon med folk rundt seg heile døgnet.""",
        """Søknad om sjukeheimsplass

{pas} ({fnr}), {adr}, vart lagd inn på sjukehuset {dato} etter {hendelse}. Sjukehuset meiner {han} ikkje kan bu heime åleine lenger, og huset har bratt trapp opp til soverommet. Eg er næraste pårørande og søkjer på vegner av {ham}.""",
        """hei, {rel_min} {pas_first} er no på sjukehuset og skal skrivast ut på {dato}. {han} klarer seg ikkje heime lenger i {sted}. kva må vi gjere for å søkje om sjukeheimsplass? {han} har {diag}. ring meg gjerne""",
        """Viser til telefonsamtale med tildelingskontoret.

Som avtala sender eg skriftleg søknad om fast plass i institusjon for {rel_min} {pas}. {Han} er {alder} år, har {diag} og har vore innlagd tre gonger sidan sommaren. Fullmakt ligg ved.""",
        """SUBJ: Venteliste sjukeheim | Kor lenge må vi vente?
Hei

{rel_min} {pas} søkte om langtidsplass i {mnd} og står på venteliste. Kor mange står framfor? Det blir verre heime for kvar veke.""",
    ],
}

HO_HJEMMETJENESTER = {
    "nb": [
        """Jeg vil søke om hjemmesykepleie og praktisk bistand for {rel_min}, {pas}, {adr}.

Etter {hendelse} i {mnd} har {han} mistet mye av kreftene, og {han} trenger nå hjelp til dusj, påkledning og å legge medisinene i dosett. Hjelpen {han} har fått fra naboen, kan ikke fortsette når naboen flytter i neste måned.""",
        """Hei

Jeg er {alder} år og bor alene i {sted}. Etter operasjonen i hoften klarer jeg ikke lenger å vaske huset eller handle selv. Kan jeg få hjelp til rengjøring og handling en gang i uka? Jeg har ingen familie i nærheten.""",
        """Søknad om praktisk bistand i hjemmet

{pas}, {adr}, søker om hjelp til rengjøring og innkjøp. {Han} har {diag} og blir fort sliten. Ektefellen har tidligere gjort dette, men døde i sommer.

Søknaden sendes av meg som pårørende etter avtale med {ham}.""",
        """Hei, {rel} har fått {diag} og glemmer medisinene sine. kan hjemmesykepleien komme innom morgen og kveld og gi {ham} medisinene? {han} bor i {adr}. mvh""",
        """Vi ønsker å søke om økt hjemmesykepleie for {pas}. I dag får {han} besøk to ganger i uka, men det er ikke nok lenger. {Han} har fått sår på leggen som må stelles, og {han} spiser nesten ingenting når {han} er alene. Kan noen komme og gjøre en ny vurdering?""",
    ],
    "nn": [
        """Eg vil søkje om heimesjukepleie og praktisk bistand til {rel_min}, {pas}, {adr}.

{Han} kom heim frå sjukehuset {dato} etter {hendelse} og klarer ikkje å dusje eller kle på seg sjølv enno. {Han} treng òg hjelp med medisinane. Eg bur sjølv i Bergen og kjem berre kvar tredje helg.""",
        """Hei

Eg er {alder} år og bur åleine i {sted}. Etter at eg fekk {diag} klarer eg ikkje lenger å vaske eller handle sjølv. Kan eg få hjelp ein gong i veka? Eg har ingen familie her på øya.""",
        """Søknad om auka heimeteneste for {pas}

I dag kjem heimesjukepleia to gonger i veka. Det er ikkje nok. {Han} har fått sår på foten som må stellast, et for lite og har gått ned mykje i vekt. Vi ber om at de kjem og gjer ei ny kartlegging heime hjå {ham}.""",
    ],
}

HO_ALARM = {
    "nb": [
        """Hei. Vi har snakket med {rel} om trygghetsalarm, og nå vil {han} endelig ha en. Hvordan bestiller vi? {Han} heter {pas} og bor i {adr}.""",
        """Søknad om trygghetsalarm

{rel_min} {pas} ({alder}) har de siste månedene blitt svimmel når {han} reiser seg, trolig på grunn av nye blodtrykksmedisiner. En nabo ser innom om morgenen, men resten av døgnet er {han} alene. Vi i familien sover dårlig av bekymring. En alarm med direkte kontakt til hjemmesykepleien ville gitt oss alle ro.

Jeg og søsteren min kan være kontaktpersoner og har nøkkel til huset.""",
        """Søknad om trygghetsalarm med fallsensor

Navn: {pas}
Adresse: {adr}
Alder: {alder}

Begrunnelse: Bor alene, {diag}, to fall siden {dato}. Nærmeste pårørende er undertegnede.""",
        """hei! vi lurer på om {rel} kan få sånn alarm rundt halsen. {han} har {diag} og vil ikke flytte fra huset. hva koster det i måneden?""",
        """Vi ønsker trygghetsalarm til {pas}. Det er ikke mobildekning inne i huset {hans} i {sted}, så vi trenger en alarm som går over fasttelefon eller eget nett. Er det mulig?""",
    ],
    "nn": [
        """Hei

Kan {rel_min}, {pas}, få tryggleiksalarm? {Han} har {diag} og har byrja å bli ustø på beina. Dagen går greitt, men om natta er {han} åleine i huset i {sted}, og {han} vil ikkje ha med seg mobilen på soverommet. Eg har nøkkel og bur ti minutt unna.""",
        """Kan {rel} få tryggleiksalarm? {Han} vart svimmel på trappa i {sted} i helga og har ingen nære naboar. mvh""",
        """Søknad om tryggleiksalarm

Namn: {pas}
Adresse: {adr}
Grunngjeving: {diag}, fleire fall i haust, ingen naboar i nærleiken.""",
    ],
    "en": [
        """Hello,

My {rel_word_en} {pas} ({alder}) lives on {hans} own at {adr}. I live in Scotland and phone {ham} every evening, but last month {han} did not answer for two days and it turned out {han} had been ill in bed. Is it possible to get a personal alarm (trygghetsalarm) for {ham}, and who would respond if {han} pressed it?""",
    ],
}

HO_BPA = {  # parent of a disabled child or relative carer; slots c_* for the child
    "nb": [
        """Søknad om brukerstyrt personlig assistanse (BPA)

Vi søker om BPA for {c_barnet} {c_full}, {c_alder} år. {c_Han} har cerebral parese og trenger hjelp til det meste i hverdagen: av- og påkledning, måltider, forflytning og toalettbesøk. I dag har vi avlastning én helg i måneden, men vi ønsker å styre hjelpen selv slik at {c_first} kan delta på fritidsaktiviteter som andre på {c_hans} alder.

Vedlagt følger uttalelse fra habiliteringstjenesten.""",
        """Hei

Jeg vil søke om omsorgsstønad. Jeg har i tre år passet {spouse} {pas} på heltid etter at {han} fikk {diag}. Jeg har gått ned til 40 % stilling for å klare det, og nå orker jeg snart ikke mer. Jeg trenger også avlastning noen døgn i måneden.""",
        """Søknad om avlastning og omsorgsstønad

{c_full} ({c_alder} år) har autisme og epilepsi og trenger tilsyn hele døgnet. Vi foreldre har ikke sovet en hel natt på lenge. Vi ber om avlastning to helger i måneden og omsorgsstønad for den ekstra innsatsen vi gjør hjemme.""",
        """hei vi har {c_gutt} på {c_alder} med downs syndrom og lurer på om vi kan søke støttekontakt til {c_first}. {c_han} vil så gjerne gå på fotball men trenger en voksen med seg. hvordan søker vi?""",
    ],
    "nn": [
        """Søknad om brukarstyrt personleg assistanse (BPA)

Vi søkjer om BPA for {c_full}, {c_alder} år. {c_Han} har ein muskelsjukdom og treng hjelp til stell, måltid og forflytting. I dag får vi avlasting ei helg i månaden, men vi ønskjer å styre hjelpa sjølve slik at {c_first} kan vere med på ting som andre på {c_hans} alder gjer.""",
        """Hei

Eg vil søkje om omsorgsstønad. Eg har stelt {rel_min} {pas} heime sidan {han} fekk {diag}, og har redusert stillinga mi til 50 %. Eg treng òg avlasting nokre døgn i månaden for å halde ut.""",
        """hei, vi har fått avlasting for {c_first} ei helg i månaden, men avlastingsheimen skal stengje i jula. {c_han} har ei sjeldan diagnose og må ha tilsyn heile døgnet. kva skjer med avlastinga då? vi er heilt utslitne""",
    ],
}

HO_ANDRE = {  # other municipal health and care services; the writer is often the person concerned
    "nb": [
        """SUBJ: Søknad om omsorgsbolig | Omsorgsbolig til {rel} | Bolig med tilsyn
Vi søker om omsorgsbolig for {rel_min}, {pas}, som i dag bor alene i en enebolig i {sted} med bratt innkjørsel og trapp til soverommet. {Han} har {diag} og har falt flere ganger i vinter. {Han} klarer seg fortsatt med hjemmesykepleie, men trenger å bo lettere og nærmere tjenestene.""",
        """SUBJ: Dagsenter for {rel} | Plass på dagsenter | Dagtilbud demens
Hei

Er det mulig å få plass på dagsenter for personer med demens for {rel}? {Han} sitter alene hjemme hele dagen mens far er på jobb, og begynner å bli urolig og trist. To dager i uka ville vært til stor hjelp for hele familien.""",
        """SUBJ: Middagsombringing | Matombringing til {rel} | middag levert hjem?
hei. kan {rel} få middag levert hjem? {han} klarer ikke lage mat selv lenger etter {hendelse} og har mistet mye vekt. bor i {adr}""",
        """SUBJ: Hjelp fra psykisk helsetjeneste | Trenger oppfølging | Søknad om oppfølging psykisk helse
Hei

Jeg har slitt med depresjon og angst i lang tid, og etter at jeg mistet jobben i vår har det blitt mye verre. Fastlegen sa at jeg kunne ta kontakt med kommunens psykiske helsetjeneste for samtaler. Jeg har også et alkoholforbruk jeg ikke har kontroll på. Hvordan kommer jeg i gang?""",
        """SUBJ: Ergoterapeut – hjelpemidler | Hjelpemidler i hjemmet | Behov for rullator og dusjkrakk
Hei. {rel_min} {pas} trenger hjelpemidler etter {hendelse}: rullator, dusjkrakk og forhøyer til toalettet. Kan ergoterapeuten komme på hjemmebesøk i {adr}? {Han} er hjemme hele dagen.""",
        """SUBJ: Fysioterapi etter operasjon | Kommunal fysioterapi
Jeg er {alder} år og har nettopp fått ny hofte. Sykehuset sier jeg skal ha opptrening hos kommunal fysioterapeut, men jeg har ikke hørt noe. Jeg kan ikke kjøre bil og trenger at noen kommer hjem til meg.""",
    ],
    "nn": [
        """SUBJ: Søknad om omsorgsbustad | Omsorgsbustad til {rel}
Vi søkjer om omsorgsbustad for {rel_min}, {pas}, som bur åleine i eit gamalt hus i {sted} med bratt trapp. {Han} har {diag} og har falle fleire gonger i vinter. {Han} treng å bu lettare og nærare tenestene.""",
        """SUBJ: Dagsenter for {rel} | Plass på dagsenter
Hei

Går det an å få plass på dagsenter for {rel}? {Han} har {diag} og sit åleine heime heile dagen. To dagar i veka ville vore til stor hjelp for heile familien.""",
        """SUBJ: Middag levert heim? | Matombering
hei. kan {rel} få middag levert heim? {han} klarer ikkje lage mat sjølv etter {hendelse}. bur i {adr}""",
        """SUBJ: Treng hjelp – psykisk helse | Samtalar
Hei

Eg har slite med angst og depresjon lenge, og etter at sambuaren min flytta ut har det vorte mykje verre. Fastlegen sa eg kunne ta kontakt med kommunen for samtalar. Korleis kjem eg i gang?""",
    ],
    "en": [
        """SUBJ: Sheltered housing for a relative | Application for care housing
Dear Sir or Madam,

I would like to apply for a care flat (omsorgsbolig) for {rel}, {pas}. {Han} lives alone in an old house at {adr}, has {diag} and has fallen several times this winter. We think {han} needs to live closer to the home nursing service.""",
    ],
}

HO_KLAGE = {
    "nb": [
        """SUBJ: Klage på vedtak {ref_bare} | Klage – avslag på økt hjemmehjelp | klage på vedtak
Klage på vedtak {ref_bare}

Jeg har fullmakt fra {rel_min}, {pas}, og påklager vedtaket datert {dato} der søknaden om økt hjemmehjelp ble avslått.

Begrunnelsen i vedtaket er at {han} «mestrer dagliglivet med dagens tjenester». Det stemmer ikke. {Han} har {diag}, har ikke dusjet på tre uker fordi {han} er redd for å falle i badekaret, og kjøleskapet er tomt når jeg kommer på besøk. Vurderingen ble gjort over telefon. Vi krever et hjemmebesøk før saken avgjøres på nytt.""",
        """SUBJ: Klage på oppfølging av {rel} | Bekymring – {heim} | Ber om møte med ledelsen
Hei

Vi er svært misfornøyde med oppfølgingen av {rel} på {heim}. Ved flere besøk har vi funnet {ham} i skitne klær, og {han} har gått ned åtte kilo siden {dato}. Vi har tatt dette opp med avdelingen uten at noe har skjedd. Vi ber om et møte med ledelsen.""",
        """SUBJ: Nattilsyn for {pas} | Sv: vedtak | Uenig i vedtaket {ref_bare}
{ref}

Viser til brevet deres. Vi er ikke enige i at {pas_first} bare trenger tilsyn morgen og kveld. {Han} har {diag} og går ut om natten. Forrige uke ble {han} funnet i veikanten i {sted}. Det må bli nattilsyn, ellers skjer det en ulykke.""",
        """SUBJ: Hjemmesykepleien kommer ikke! | Klage på hjemmesykepleien | Tredje henvendelse om {rel}
Dette er tredje gang jeg skriver om {rel}. Hjemmesykepleien kommer til helt forskjellige tider, i går kom de ikke i det hele tatt, og {han} fikk ikke insulinen sin før kl 14. Jeg forventer svar på hvem som har ansvaret.""",
        """SUBJ: Klage på egenandel | Feil i faktura for hjemmetjenester?
Hei. Jeg forstår ikke hvorfor egenandelen for praktisk bistand har økt fra 300 til 1400 kroner i måneden for {rel}, {pas}. Pensjonen {hans} har ikke endret seg, og {han} har store utgifter til medisiner for {diag}. Jeg ber om at beregningen blir kontrollert.""",
    ],
    "nn": [
        """SUBJ: Klage på vedtak | Klage – avslag på meir hjelp | Klage {ref_bare}
Klage på vedtak, {ref}

Eg har fullmakt frå {rel_min}, {pas}, og klagar på avslaget på søknaden om meir heimehjelp. I vedtaket står det at {han} klarer seg med det {han} har. Det gjer {han} ikkje. {Han} har {diag}, et for lite og har ikkje kome seg i dusjen på fleire veker. Ingen frå kommunen har sett korleis {han} har det heime. Vi ber om heimebesøk før saka blir avgjord på nytt.""",
        """SUBJ: Klage på oppfølginga av {rel} | Ber om møte
Hei

Vi er lite nøgde med oppfølginga av {rel} på {heim}. Fleire gonger har vi funne {ham} utan mat på nattbordet og med våte klede. {Han} har gått mykje ned i vekt. Vi ber om eit møte med leiinga så snart som råd.""",
        """SUBJ: Heimesjukepleia kjem ikkje | Klage på heimesjukepleia
Dette er tredje gongen eg skriv om {rel}. Heimesjukepleia kjem til heilt ulike tider, og i går kom dei ikkje i det heile. {Han} har {diag} og må ha medisinane sine til faste tider. Kven har ansvaret?""",
    ],
}

HO_OPPFOLGING = {  # update in an open case (cites the case)
    "nb": [
        """SUBJ: Vedr. {pas} – {ref_bare} | Ny informasjon om {rel} | {ref}
Vedr. {rel_min}, {pas} – {ref}

Til orientering: {rel} var innlagt på sykehuset fra {dato} til {dato2} med en lungebetennelse. {Han} er hjemme igjen, men er mye svakere enn før og har fått nye medisiner som skal doseres tre ganger daglig. Vi regner med at det påvirker hvor mye hjelp {han} trenger.""",
        """SUBJ: Ettersending {ref_bare} | Legeerklæring {pas} | Dokumentasjon til søknad
Ettersender legeerklæring som dere ba om i brevet av {dato}, {ref}. Legen bekrefter at {pas} har {diag} og ikke kan bo alene uten tilsyn.""",
        """SUBJ: Korttidsopphold – {pas} | Forlenget opphold? {ref_bare} | Re: Vedtak om korttidsopphold
Hei igjen

Viser til vedtaket om korttidsopphold for {pas} ({ref}). {Han} skal etter planen hjem {dato}, men vi pårørende er svært bekymret. {Han} klarer ikke å reise seg fra stolen uten hjelp. Vi ber om at oppholdet forlenges.""",
        """SUBJ: Ferie – avbestille hjemmetjenester | Beskjed om fravær {ref_bare}
Hei. {pas} skal være hos oss i Bergen fra {dato} til {dato2}, så hjemmesykepleien trenger ikke komme i den perioden. Medisinene tar vi med oss. Gjelder {ref}.""",
    ],
    "nn": [
        """SUBJ: Gjeld {pas} – {ref_bare} | Ny informasjon om {rel}
Gjeld {rel_min}, {pas} – {ref}

Til orientering: {rel} var innlagd på sjukehuset frå {dato} til {dato2}. {Han} er heime att, men er mykje svakare og har fått nye medisinar tre gonger dagleg. Det påverkar nok kor mykje hjelp {han} treng.""",
        """SUBJ: Ettersending {ref_bare} | Legeerklæring {pas}
Ettersender legeerklæring som de bad om i brevet dykkar, {ref}. Legen stadfestar at {pas} har {diag} og treng tilsyn.""",
        """SUBJ: Korttidsopphald – {pas} | Forlenge opphaldet? {ref_bare}
Hei att

Viser til vedtaket om korttidsopphald for {pas} ({ref}). {Han} skal etter planen heim {dato}, men {han} klarer ikkje å reise seg frå stolen utan hjelp. Vi ber om at opphaldet blir forlengt.""",
    ],
}

HO_ENGLISH = [
    """Dear Sir or Madam,

My {rel_word} {pas} will be visiting us in {sted} from {dato} to {dato2}. {Han} has {diag} and needs help with {hans} insulin injections every morning. Is it possible to get assistance from the municipal home nursing service during the stay, and how do we apply?""",
    """Hello,

I am writing about my {rel_word}, {pas}, who lives at {adr}. I live in Poland and I am very worried: {han} has {diag} and the neighbours tell me {han} does not eat properly and forgets to lock the door. Can the municipality visit {ham} and assess whether {han} needs home care? I can be reached by phone at any time.""",
    """Hi,

My {rel_word} {pas} moved here from Germany last year to live near us. {Han} has {diag} and {hans} condition is getting worse; {han} now needs help to get dressed and to take {hans} medicines. We do not understand the Norwegian system. Is there a form we should fill in to apply for help at home?""",
    """Good afternoon,

We have rented a cabin near {sted} for the autumn holiday. My {rel_word} {pas} has {diag} and normally gets help from a nurse twice a day at home in the Netherlands. Could the local home care service help during our week here? We are happy to pay, and we can send the care plan from {hans} nurse.""",
    """To the health and care services,

I am a British citizen and my {rel_word} {pas} lives in your municipality at {adr}. {Han} is becoming confused and fell twice in the last month. I have power of attorney. What is the process for applying for a place in a nursing home, and can the application be made in English?""",
]


def make_ho_application(rng: random.Random, world: World, variants: dict[str, list[str]], subjects: dict[str, list[str]],
                        *, english: float = 0.0, family_note: str = "", tenant: str | None = None) -> Draft:
    tenant = tenant or pick_tenant(rng)
    lang = pick_lang(rng, tenant, english=english)
    if lang == "en" and "en" not in variants:
        lang = "nb"
    slots, pas, g = _patient_slots(rng, world, lang, tenant)
    # child slots for BPA/støttekontakt texts
    cfirst, cg = kid(rng)
    sender = person(rng, world, last=pas.last if rng.random() < 0.5 else None)
    child = Person(cfirst, sender.last)
    slots.update({"c_full": child.name, "c_first": child.first, "c_alder": str(rng.randint(4, 19))})
    slots.update(prefixed("c_", pron(cg, lang)))
    slots.update({"c_barnet": {"nb": ("datteren vår", "sønnen vår"), "nn": ("dottera vår", "sonen vår")}.get(
                      lang, ("our daughter", "our son"))[cg == "m"],
                  "c_gutt": "ei jente" if cg == "f" else "en gutt",
                  "spouse": "kona mi" if g == "f" else "mannen min"})
    self_applicant = False
    subj_t, template = split_subject(rng, choose(rng, variants, lang))
    text = fill(template, slots)
    if not any(k in template for k in ("{pas", "{rel", "{c_")):  # the person concerned writes
        self_applicant = True
        if "{alder}" in template:  # an elderly person: the patient themself
            sender = pas
    email = email_for(rng, world, sender)
    body = compose(rng, opening(rng, lang, text, 0.5), text, sign(rng, world, sender, lang, phone=0.6))
    casual = text[:1].islower()
    body = roughen(rng, body, [pas.name, pas.first, child.first, sender.name], p_terse=0.5 if casual else 0.1)
    if self_applicant and subj_t is None:
        subj_t = pick(rng, {"nb": ["Søknad om hjelp i hjemmet", "Trenger hjelp", "Søknad om praktisk bistand",
                                   "Hjemmehjelp", "Hjelp etter operasjon"],
                            "nn": ["Søknad om hjelp i heimen", "Treng hjelp", "Heimehjelp"]}.get(lang, ["Help at home"]))
    subj = fill(subj_t or choose(rng, subjects, lang), slots)
    attachments = []
    about_patient = "{pas}" in template and not self_applicant
    if about_patient and ("ullmakt" in text or "Vedlagt" in text or "ligg ved" in text or rng.random() < 0.15):
        attachments.append(AttachmentSpec(filename=pick(rng, ["Fullmakt.pdf", f"Fullmakt_{ascii_fold(pas.first)}.pdf",
                                                              "fullmakt signert.pdf", "Uttalelse.pdf"]),
                                          kind=pick(rng, ["pdf", "scan"]),
                                          text=fill(_HO_FULLMAKT[lang if lang != "en" else "nb"], {**slots, "me": sender.name})))
    elif "habiliteringstjenesten" in text:
        attachments.append(AttachmentSpec(filename="Uttalelse_habilitering.pdf", kind="pdf", text=fill(
            "Uttalelse fra habiliteringstjenesten\n\nGjelder: {c_full}\n\n{c_Han} har omfattende bistandsbehov "
            "gjennom hele døgnet. Habiliteringstjenesten støtter søknaden om BPA.", slots)))
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email, subject=subj, body=body,
              attachments=attachments, style=phone_style(rng) if casual else None)
    people = [(pas.name, pas.first), (child.name, child.first), (sender.name, sender.first)]
    return finish(d, Label("helse_omsorg", "P13", avsender(sender.name, email), note=family_note), people,
                  private_sender=sender)


_HO_FULLMAKT = {
    "nb": """Fullmakt

Jeg, {pas}, gir med dette {me} fullmakt til å søke om og følge opp helse- og omsorgstjenester på mine vegne, og til å motta opplysninger om min helse fra kommunen.

Sted/dato: {sted}, {dato}

Underskrift: {pas}""",
    "nn": """Fullmakt

Eg, {pas}, gjev med dette {me} fullmakt til å søkje om og følgje opp helse- og omsorgstenester på mine vegner.

Stad/dato: {sted}, {dato}

Underskrift: {pas}""",
}

HO_SUBJECTS = {
    "sjukeheim": {"nb": ["Søknad om sykehjemsplass", "Søknad om langtidsplass – {pas}", "sykehjemsplass for {rel}",
                         "Søknad om fast plass på {heim}", "Langtidsopphold {pas}", "Haster: plass til {rel}"],
                  "nn": ["Søknad om sjukeheimsplass", "Søknad om langtidsplass – {pas}", "sjukeheimsplass til {rel}",
                         "Søknad om fast plass på {heim}"]},
    "hjemme": {"nb": ["Søknad om hjemmesykepleie", "Hjelp i hjemmet", "Søknad om praktisk bistand",
                      "Hjemmetjenester til {rel}", "trenger hjelp hjemme", "Økt hjemmesykepleie – {pas}"],
               "nn": ["Søknad om heimesjukepleie", "Hjelp i heimen", "Søknad om praktisk bistand",
                      "Heimeteneste til {rel}"]},
    "alarm": {"nb": ["Trygghetsalarm", "Søknad om trygghetsalarm", "alarm til {rel}", "Trygghetsalarm – {pas}"],
              "nn": ["Tryggleiksalarm", "Søknad om tryggleiksalarm til {rel}", "alarm"],
              "en": ["Safety alarm for {rel}", "Application for a safety alarm"]},
    "bpa": {"nb": ["Søknad om BPA", "Søknad om omsorgsstønad", "Avlastning og omsorgsstønad", "støttekontakt?",
                   "BPA – {c_full}"],
            "nn": ["Søknad om BPA", "Søknad om omsorgsstønad", "støttekontakt", "Avlasting"]},
    "klage": {"nb": ["Klage på vedtak", "Klage – hjemmetjenester", "Klage på oppfølging av {rel}",
                     "Misfornøyd med hjemmesykepleien", "Klage {ref_bare}"],
              "nn": ["Klage på vedtak", "Klage – heimeteneste", "Klage på oppfølginga av {rel}"]},
    "oppfolging": {"nb": ["Vedr. {pas} – {ref_bare}", "Ettersending {ref_bare}", "Re: Vedtak om tjenester {ref_bare}",
                          "Oppdatering om {rel}", "{ref}"],
                   "nn": ["Gjeld {pas} – {ref_bare}", "Ettersending {ref_bare}", "Sv: Vedtak {ref_bare}"]},
}


def make_ho_sjukeheim(rng: random.Random, world: World) -> Draft:
    return make_ho_application(rng, world, HO_SJUKEHEIM, HO_SUBJECTS["sjukeheim"])


def make_ho_hjemmetjenester(rng: random.Random, world: World) -> Draft:
    return make_ho_application(rng, world, HO_HJEMMETJENESTER, HO_SUBJECTS["hjemme"])


def make_ho_alarm(rng: random.Random, world: World) -> Draft:
    return make_ho_application(rng, world, HO_ALARM, HO_SUBJECTS["alarm"], english=0.12)


def make_ho_bpa(rng: random.Random, world: World) -> Draft:
    return make_ho_application(rng, world, HO_BPA, HO_SUBJECTS["bpa"])


def _ho_case_mail(rng: random.Random, world: World, variants: dict[str, list[str]], subjects: dict[str, list[str]],
                  *, p_open: float, p_unknown: float) -> Draft:
    """A relative writes in (maybe) an open Tjenester-i-hjemmet case, sometimes quoting the vedtak letter."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    slots, pas, _g = _patient_slots(rng, world, lang, tenant)
    subj_t, template = split_subject(rng, choose(rng, variants, lang))
    cites = "{ref" in template or "{ref" in (subj_t or "") or rng.random() < p_open + p_unknown
    sak, phrase, bare = (ref_or_unknown(rng, world, tenant, "helse_omsorg", f"Tjenester i hjemmet - {pas.name}",
                                        p_open=p_open / (p_open + p_unknown), p_unknown=1.0, part=pas.name, lang=lang)
                         if cites else (None, "", ""))
    slots.update({"ref": phrase, "ref_bare": bare})
    sender = person(rng, world, last=pas.last if rng.random() < 0.6 else None)
    email = email_for(rng, world, sender)
    text = fill(template, slots)
    if bare and "{ref" not in template and "{ref" not in (subj_t or ""):
        text = f"{phrase}\n\n{text}" if rng.random() < 0.5 else f"{text}\n\n{phrase}"
    body = compose(rng, opening(rng, lang, text), text, sign(rng, world, sender, lang, phone=0.6))
    body = roughen(rng, body, [pas.name, pas.first, sender.name], p_terse=0.15)
    subj = fill(subj_t or choose(rng, subjects, lang), slots).strip(" –")
    quoted = None
    if sak and rng.random() < 0.4:
        emp, emp_mail = employee(rng, world, tenant)
        quoted = EarlierMessage(
            sender_name=f"{emp.name}", sender_email=emp_mail,
            subject=f"Vedtak om helse- og omsorgstjenester – {pas.name}",
            body=fill(pick(rng, [
                ("Vår ref.: {bare}\n\nVedtak om helse- og omsorgstjenester\n\nDu er innvilget praktisk bistand annenhver uke fra {dato}. "
                "Vedtaket kan påklages innen tre uker."),
                "Saksnr. {bare}\n\nVi viser til kartleggingsbesøk {dato}. Tjenestetilbudet blir endret slik det går fram av vedtaket i vedlegget.",
                "Dykkar ref.: -- Vår ref.: {bare}\n\nVedtak om heimeteneste. De kan klage på vedtaket innan tre veker."]),
                {**slots, "bare": world.cite(sak, doc=True)}),
        )
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email, subject=subj, body=body, quoted=quoted)
    note = "Cites a case number that is not open: new case." if sak is None and bare else ""
    return finish(d, Label("helse_omsorg", "P13", avsender(sender.name, email), sak=sak, note=note),
                  [(pas.name, pas.first), (sender.name, sender.first)], private_sender=sender)


def make_ho_klage(rng: random.Random, world: World) -> Draft:
    return _ho_case_mail(rng, world, HO_KLAGE, HO_SUBJECTS["klage"], p_open=0.45, p_unknown=0.15)


def make_ho_oppfolging(rng: random.Random, world: World) -> Draft:
    return _ho_case_mail(rng, world, HO_OPPFOLGING, HO_SUBJECTS["oppfolging"], p_open=0.85, p_unknown=0.15)


def make_ho_andre(rng: random.Random, world: World) -> Draft:
    return make_ho_application(rng, world, HO_ANDRE, HO_SUBJECTS["hjemme"], english=0.05)


def make_ho_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    slots, pas, _g = _patient_slots(rng, world, "en", tenant)
    slots["rel_word"] = pick(rng, ["mother", "wife", "grandmother", "aunt"] if _g == "f" else
                             ["father", "husband", "grandfather", "uncle"])
    sender = Person(pick(rng, ["Sarah", "Anna", "Marek", "Katarzyna", "John", "Ingrid", "Laura", "Paul", "Olena"]),
                    pick(rng, ["Mitchell", "Kowalska", "Brown", "Schneider", "Novak", "Evans", "Bauer", "Shevchenko"]))
    pas = Person(pas.first if slots["rel_word"] not in ("husband", "wife") else
                 pick(rng, ["Helen", "Maria", "Ruth"] if _g == "f" else ["David", "Peter", "Thomas"]), sender.last)
    slots.update({"pas": pas.name, "pas_first": pas.first})
    email = f"{ascii_fold(sender.first).lower()}.{ascii_fold(sender.last).lower()}@" + pick(
        rng, ["gmail.com", "btinternet.com", "wp.pl", "web.de", "outlook.com", "yahoo.co.uk"])
    text = fill(pick(rng, HO_ENGLISH), slots)
    body = compose(rng, opening(rng, "en", text, 0.3), text,
                   sign(rng, world, sender, "en", phone=0.7))
    subj = pick(rng, ["Home nursing during our stay", "Request for home care", "Help for my relative",
                      f"Assistance for {pas.name}", "Question about home care services"])
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email, subject=subj, body=body)
    note = "English health request" + (" to havoy, out of scope there; screening shown as P13." if tenant == "havoy" else ".")
    return finish(d, Label("helse_omsorg", "P13", avsender(sender.name, email), note=note),
                  [(pas.name, pas.first), (sender.name, sender.first)], private_sender=sender)


HO_MEMO_N = {
    "nb": [
        """Til tildelingskontoret

Behov for revurdering – {pas}, {adr}

Etter utskrivning fra sykehuset {dato} (etter {hendelse}) har vi i praksis gitt tjenester langt utover vedtaket. Brukeren trenger nå hjelp til morgenstell, insulin og kveldsmåltid, og vi har brukt to personer ved forflytning de siste dagene. Vi ber om at saken tas opp på tildelingsmøtet denne uka, slik at vedtaket samsvarer med det faktiske behovet.""",
        """Melding til tildelingsteamet, kopi arkiv

Vi har i dag vært på hjemmebesøk hos {pas}. {Han} har {diag} og har vist tydelig forverring de siste {uker} ukene: {han} har gått ned i vekt, glemmer måltider og har ved to anledninger latt komfyren stå på. Datteren er informert.

Vi mener {han} bør vurderes for korttidsopphold på {heim} og ber om at saken tas opp på inntaksmøtet torsdag.""",
        """Internt notat

Pasient: {pas}, {adr}
Tema: behov for økt tilsyn

Nattpatruljen har tre netter på rad funnet {pas_first} ute av sengen og forvirret. {Han} har {diag}. Vi anbefaler at det vurderes nattilsyn og eventuelt sengealarm. Ber om tilbakemelding fra tildelingskontoret innen fredag.""",
    ],
    "nn": [
        """Til tildelingskontoret

Behov for ny vurdering – {pas}, {adr}

Etter at {pas_first} kom heim frå sjukehuset {dato} har vi gjeve langt meir hjelp enn vedtaket dekkjer: morgonstell, insulin og kveldsmat, og to personar ved forflytting. Vi ber om at saka blir teken opp på tildelingsmøtet denne veka.""",
        """Melding til tildelingsteamet

Vi var på heimebesøk hjå {pas} i dag. {Han} har {diag} og har vorte tydeleg dårlegare dei siste {uker} vekene. {Han} et lite og har fleire gonger gløymt å slå av komfyren. Vi meiner {han} bør vurderast for korttidsopphald på {heim}.""",
    ],
}
HO_MEMO_X = {
    "nb": [
        """Til arkivet – til orientering

Telefonsamtale {dato} med {rel_pa} {rel_name}, pårørende til {pas}. {rel_name_first} ønsket informasjon om besøkstider og hvem som er primærkontakt. Gitt informasjon. Ingen videre oppfølging.""",
        """Notat for journal, ingen oppfølging

Hjemmebesøk hos {pas} {dato}. {Han} var i god form, hadde spist og tatt medisinene sine. Ingen endring i bistandsbehovet. Notatet arkiveres i saken.""",
    ],
    "nn": [
        """Til arkivet – til orientering

Telefonsamtale {dato} med {rel_name}, pårørande til {pas}. Vedkomande ville vite kven som er primærkontakt. Informasjon gjeven. Inga vidare oppfølging.""",
    ],
}


def make_ho_memo(rng: random.Random, world: World) -> Draft:
    """hjemmetjenesten writes to postmottak/tildeling: N when it needs follow-up, X for the file."""
    tenant = "fjordvik" if rng.random() < 0.8 else "havoy"
    lang = "nn" if tenant == "havoy" and rng.random() < 0.7 else "nb"
    slots, pas, _g = _patient_slots(rng, world, lang, tenant)
    rel = person(rng, world, last=pas.last)
    slots.update({"rel_pa": pick(rng, ["datter", "sønn", "barnebarn"]), "rel_name": rel.name,
                  "rel_name_first": rel.first})
    jpt = "N" if rng.random() < 0.7 else "X"
    text = fill(choose(rng, HO_MEMO_N if jpt == "N" else HO_MEMO_X, lang), slots)
    emp, emp_mail = employee(rng, world, tenant)
    title = pick(rng, ["avdelingsleder hjemmetjenesten", "sykepleier, hjemmesykepleien sone sør",
                       "fagsykepleier", "koordinator, tildelingskontoret", "avdelingssjukepleiar"])
    sak, _phrase, bare = ref_or_unknown(rng, world, tenant, "helse_omsorg", f"Tjenester i hjemmet - {pas.name}",
                                       p_open=0.55, p_unknown=0.0, part=pas.name, lang=lang)
    body = compose(rng, text + (f"\n\nGjelder sak {bare}." if bare else ""),
                   f"{emp.name}\n{title}\n{TENANTS[tenant]['navn']}")
    subj = pick(rng, ["Notat – endret bistandsbehov", "Notat {pas}", "Internt notat – hjemmetjenesten",
                      "Til journal: {pas}", "Melding om økt behov – {pas}"] if jpt == "N" else
                ["Til arkiv", "Notat for journal – {pas}", "Til orientering", "Notat hjemmebesøk"])
    subj = fill(subj, slots) + (f", sak {bare}" if bare and rng.random() < 0.6 else "")
    d = Draft(tenant=tenant, sender_name=emp.name, sender_email=emp_mail, subject=subj, body=body, style="outlook")
    note = ("Internal memo that needs follow-up (N), health details." if jpt == "N"
            else "Internal note for the file without follow-up (X).")
    return finish(d, Label("helse_omsorg", "P13", avsender(emp.name, emp_mail), sak=sak, journalposttype=jpt,
                           note=note), [(pas.name, pas.first), (rel.name, rel.first)])


HO_DOCTOR_PDF = [
    """Legeerklæring

Pasient: {pas}, {fnr}
Adresse: {adr}

Ovennevnte er fulgt opp av undertegnede i flere år. Pasienten har {diag} og {diag2}. Funksjonsnivået er betydelig redusert siste halvår, med flere fall og økende kognitiv svikt. Pasienten klarer ikke å ivareta egen ernæring og medisinering.

Etter min vurdering har pasienten behov for {tiltak}.

{lege}
fastlege""",
    """Uttalelse til søknad om {tiltak}

Gjelder: {pas}, {fnr}

Jeg bekrefter at pasienten har {diag}. Tilstanden er kronisk og forventes å forverres. Pasienten bor alene og har begrenset nettverk. Jeg støtter søknaden.

Med vennlig hilsen
{lege}, spesialist i allmennmedisin""",
]
HO_DOCTOR_BODY = {
    "nb": ["Oversendes som avtalt med pårørende.", "Se vedlegg.",
           "Vedlagt følger uttalelse fra fastlege til søknad om {tiltak} for felles pasient.",
           "Oversender legeerklæring etter forespørsel fra pårørende.",
           "Hei\n\nVedlagt er erklæringen dere etterspurte. Ta kontakt ved spørsmål.",
           "Til tildelingskontoret\n\nErklæring fra fastlege i forbindelse med søknad om {tiltak} ligger i vedlegget."],
    "nn": ["Erklæring frå fastlege ligg ved, jf. søknad om {tiltak}.", "Sjå vedlegg.",
           "Oversender fråsegn frå fastlege til søknad om {tiltak}."],
}


def make_ho_legeerklaring(rng: random.Random, world: World) -> Draft:
    """A GP surgery sends a letter; the diagnoses are only in the PDF.  Avsender is the surgery."""
    tenant = pick_tenant(rng)
    lang = "nn" if tenant == "havoy" and rng.random() < 0.5 else "nb"
    slots, pas, _g = _patient_slots(rng, world, "nb", tenant)
    lege = person(rng, world)
    slots.update({"lege": f"Dr. {lege.name}" if rng.random() < 0.3 else lege.name,
                  "tiltak": pick(rng, ["omsorgsbolig", "langtidsplass i sykehjem", "hjemmesykepleie",
                                       "trygghetsalarm", "korttidsopphold", "BPA"])})
    stem = pick(rng, ["Fjordvik", "Havøy", "Sentrum", "Kaia", "Nesvik", "Fjellsida", "Bryggen", "Torget"])
    org = f"{stem} legesenter" if rng.random() < 0.7 else f"{stem} legekontor AS"
    orgnr = world.orgnr()
    domain = ascii_fold(org.split(" AS")[0]).lower() + ".no"
    email = pick(rng, ["post", "legekontor", "resepsjon", "ekspedisjon"]) + "@" + domain
    show_orgnr = rng.random() < 0.5
    sig = org + (f"\norg.nr. {orgnr}" if show_orgnr else "") + (f"\nTlf. {world.phone()}" if rng.random() < 0.5 else "")
    body = compose(rng, fill(choose(rng, HO_DOCTOR_BODY, lang), slots), closing(rng, lang) + "\n" + sig)
    att = AttachmentSpec(filename=pick(rng, ["Legeerklaering.pdf", f"Legeerklaering_{ascii_fold(pas.last)}.pdf",
                                             "uttalelse.pdf", "Erklaering_fastlege.pdf"]),
                         kind=pick(rng, ["pdf", "pdf", "scan"]), text=fill(pick(rng, HO_DOCTOR_PDF), slots))
    subj = fill(pick(rng, ["Legeerklæring", "Legeerklæring til søknad om {tiltak}", "Uttalelse fra fastlege",
                           "Dokumentasjon", "Legeerklæring – felles pasient"]), slots)
    d = Draft(tenant=tenant, sender_name=org, sender_email=email, subject=subj, body=body, attachments=[att])
    return finish(d, Label("helse_omsorg", "P13", avsender(org, email, orgnr if show_orgnr else None),
                           note="Substance only in the pdf (diagnoses); the doctor is named in a professional role."),
                  [(pas.name, pas.first)])


def make_ho_forwarded(rng: random.Random, world: World) -> Draft:
    """A kommune employee forwards a relative's request; avsender is the relative."""
    variants, subjects = pick(rng, [(HO_HJEMMETJENESTER, HO_SUBJECTS["hjemme"]), (HO_ALARM, HO_SUBJECTS["alarm"]),
                                    (HO_SJUKEHEIM, HO_SUBJECTS["sjukeheim"])])
    orig = make_ho_application(rng, world, variants, subjects)
    return forward_by_employee(rng, world, orig, titles=["saksbehandler", "merkantil", "avdelingsleder",
                                                         "sakshandsamar", "sykepleier"],
                               intros=_HO_FORWARD_INTROS,
                               note="Forwarded by a kommune employee; avsender is the original sender.")


_HO_FORWARD_INTROS = {
    "nb": ["Hei postmottak\n\nDenne kom til meg direkte. Kan dere journalføre og sende til tildelingskontoret?",
           "Videresender til journalføring.", "Til arkivering – gjelder søknad om tjenester.",
           "Fikk denne på min e-post. Sendes til postmottak for registrering."],
    "nn": ["Hei postmottak\n\nDenne kom direkte til meg. Kan de journalføre og sende vidare til tildelingskontoret?",
           "Vidaresender til journalføring.", "Fekk denne på e-posten min. Til registrering."],
}


# =====================================================================================
# barnevern — always BV; personnavn: children and parents named, a private sender
# =====================================================================================

@dataclass
class _Family:
    mor: Person
    far: Person
    b1: Person
    b2: Person
    g1: str
    g2: str
    b1_alder: int
    b2_alder: int


def _family(rng: random.Random, world: World, *, min_age: int = 1, max_age: int = 16) -> _Family:
    last = world.person().last
    mor = person(rng, world, "f", last=last if rng.random() < 0.6 else None)
    far = person(rng, world, "m", last=last)
    f1, g1 = kid(rng)
    f2, g2 = kid(rng)
    while f2 == f1:
        f2, g2 = kid(rng)
    a1 = rng.randint(min_age, max_age)
    a2 = a1 - rng.randint(2, 6) if a1 >= 4 else a1 + rng.randint(2, 5)
    return _Family(mor, far, Person(f1, last), Person(f2, last), g1, g2, a1, a2)


def _family_slots(rng: random.Random, world: World, fam: _Family, tenant: str, lang: str) -> dict[str, str]:
    s = {"mor": fam.mor.name, "far": fam.far.name, "mor_first": fam.mor.first, "far_first": fam.far.first,
         "b1": fam.b1.first, "b1_full": fam.b1.name, "b1_alder": str(fam.b1_alder),
         "b2": fam.b2.first, "b2_full": fam.b2.name, "b2_alder": str(fam.b2_alder),
         "adr": world.street(), "sted": pick(rng, PLACES[tenant]),
         "kl": f"{rng.randint(20, 23)}.{pick(rng, ['00', '15', '30', '45', '10'])}",
         "skole": pick(rng, SCHOOLS[tenant]), "bhg": pick(rng, KINDERGARTENS[tenant]),
         "trinn": str(min(10, max(1, fam.b1_alder - 5))), "kommune": TENANTS[tenant]["navn"],
         "fnr": fnr_phrase(rng, world, lang if lang != "en" else "nb")}
    s["dato"], s["dato2"] = day_pair(rng, lang)
    s.update(prefixed("b1_", pron(fam.g1, lang)))
    s.update(prefixed("b2_", pron(fam.g2, lang)))
    return s


def _family_people(fam: _Family) -> list[tuple[str, str | None]]:
    return [(fam.b1.name, fam.b1.first), (fam.b2.name, fam.b2.first), (fam.mor.name, fam.mor.first),
            (fam.far.name, fam.far.first)]


BV_NABO = {
    "nb": [
        """SUBJ: Barn alene hjemme i {adr}? | bekymring – barn alene | Uro for to barn i {sted}
jeg sender dette sent fordi jeg ikke får sove. i rekkehuset ved siden av bor {b1} og {b2}, tror de er {b1_alder} og {b2_alder}. moren jobber natt og de er alene fra kvelden til neste morgen flere ganger i uka. i kveld banket den eldste på hos oss kl {kl} og spurte om vi hadde brød. de hadde ikke spist middag.

vet ikke om dere kan gjøre noe, men noen må vite om det.""",
        """SUBJ: Bekymringsmelding | Melding om barn i {adr} | Til barnevernet
Hei

Jeg må melde fra om noe som har plaget meg lenge. I leiligheten under oss i {adr} bor en mor med to små barn. Nesten hver helg er det fest der med høy musikk til langt på natt, og flere ganger har jeg hørt barna gråte lenge uten at noen trøster dem. I går kveld ropte en mann at han skulle «ta» mora, og så ble det helt stille.

Jeg vet ikke hva barna heter, men den eldste går på {skole}. Jeg ber om at noen sjekker at de har det bra.""",
        """SUBJ: Bekymring for {b1} | Barn som ber om mat | Melding til barnevernet
Bekymring for en gutt/jente i nabolaget. {b1} ({b1_alder}) kommer nesten hver dag hjem til oss etter skolen og spør om mat. {b1_Han} sier at {mor_first} sover og at det ikke er noe i kjøleskapet. {b1_Han} har hatt samme klær i over en uke. Vi gir {b1_ham} middag, men dette kan ikke fortsette.""",
        """SUBJ: Krangling og bråk i {adr} | Melding fra nabo | Bekymringsmelding
Hei. Jeg er nabo til familien i {adr}. I natt rundt kl {kl} hørte jeg høy krangling og noe som ble knust. Barna {b1} og {b2} var hjemme. Jeg ringte politiet, men vil også melde til dere. Dette er ikke første gang.""",
        """SUBJ: Anonym melding | Til barnevernet – anonymt | bekymring
Til barnevernet

Jeg ønsker å være anonym. Det bor en familie i {sted} der faren drikker mye. Barna, {b1} og {b2}, er mye alene og ser redde ut når han kommer hjem. Jeg har sett {b1} med blåmerke i ansiktet. Håper dere kan undersøke dette.""",
        """SUBJ: Bekymring – barn i bil | Så noe i dag som uroet meg
Jeg var på butikken i {sted} i dag og så en mann som satt i bilen med to små barn i baksetet og drakk øl. Han kjørte fra parkeringen rett etterpå. Jeg kjenner igjen barna fra barnehagen, den ene heter {b1}. Jeg har meldt det til politiet også.""",
    ],
    "nn": [
        """SUBJ: Uro for to born | Born åleine om natta | bekymring
eg skriv dette seint fordi eg ikkje får sove. i huset ved sida av bur {b1} og {b2}, kring {b1_alder} og {b2_alder} år. mora jobbar natt og borna er åleine fleire netter i veka. i kveld kom den eldste bort til oss kl {kl} og spurde om vi hadde mat. veit ikkje kva de kan gjere, men nokon må få vite det.""",
        """SUBJ: Bekymringsmelding | Til barnevernet
Eg må melde frå om noko som har plaga meg lenge. I leilegheita under oss bur ei mor med to små born. Nesten kvar helg er det fest med høg musikk til langt på natt, og eg høyrer borna gråte utan at nokon trøystar dei. Den eldste går på {skole}. Kan nokon sjekke at dei har det bra?""",
        """SUBJ: Uro for {b1} | Barn som ber om mat
Bekymring: {b1} ({b1_alder} år) kjem til oss nesten kvar dag etter skulen og spør etter mat. {b1_Han} seier at mor søv og at det ikkje er mat heime. Vi gjev {b1_ham} middag, men dette kan ikkje halde fram.""",
        """SUBJ: Bråk i nabohuset | Melding frå nabo
hei. nabo her. i natt kl {kl} høyrde eg masse krangling og noko som vart knust i {adr}. ungane {b1} og {b2} var heime. ringde politiet men melder til dykk og. ikkje første gongen""",
    ],
}

BV_FORELDER = {
    "nb": [
        """SUBJ: Trenger råd om {b1} | Hjelp til familien vår | Kan noen ringe meg?
Hei

Jeg skriver på vegne av meg selv og {b1_full} ({b1_alder}). Det siste året har {b1} begynt å stikke av hjemmefra om nettene, og politiet har hentet {b1_ham} to ganger i {sted}. {b1_Han} har sluttet på fotballen og nekter å si hvor {b1_han} er. Skolen sier fraværet er bekymringsfullt.

Jeg er redd for at {b1_han} er med i et miljø som ikke er bra. Finnes det noen som kan hjelpe oss som familie, for eksempel med samtaler eller en miljøarbeider?""",
        """SUBJ: trenger hjelp | klarer ikke mer | avlastning?
hei. jeg er alenemor med {b1} ({b1_alder}) og {b2} ({b2_alder}) og klarer ikke mer. har vært sykmeldt siden sommeren og har ikke penger til mat ut måneden. {b1} slår {b2} og meg når {b1_han} blir sint. jeg er så sliten. finnes det noe hjelp å få? foreldreveiledning eller avlastning?""",
        """SUBJ: Ønsker hjelp fra barnevernet | Vedr. {b1_full}
Hei

Vi er foreldrene til {b1_full} ({b1_alder} år). Etter skilsmissen har {b1_han} fått store problemer, skulker skolen og har begynt å henge med eldre ungdommer i {sted}. Forrige helg ble {b1_han} hentet av politiet full. Vi ønsker hjelp fra barnevernet, for eksempel en miljøarbeider eller et ungdomstiltak. Ring gjerne en av oss.""",
        """SUBJ: Bekymret for barnebarnet mitt | {b1} trenger hjelp
Jeg skriver fordi jeg er redd for barnebarnet mitt, {b1_full}. Moren hans/hennes, min datter {mor}, har fått tilbakefall og ruser seg igjen. {b1} bor hos henne i {adr}. Jeg kan ta {b1_ham} til meg, men trenger hjelp fra dere til å få det til på riktig måte.""",
        """SUBJ: Bekymring for barna hos mor | Bekymringsmelding – {b1} og {b2}
Jeg er far til {b1} ({b1_alder}) og {b2} ({b2_alder}), som bor fast hos mor {mor} i {adr}. Etter siste samvær fortalte {b1} at mors nye samboer har låst {b1_ham} inne på rommet flere ganger, og at {b2} har fått et blåmerke på armen. Barna gråt da de måtte reise tilbake. Jeg ber barnevernet undersøke forholdene hos mor snarest.""",
    ],
    "nn": [
        """SUBJ: Treng råd om {b1} | Hjelp til familien | Kan nokon ringje meg?
Hei

Sidan i vår har {b1_full} ({b1_alder}) byrja å rømme heimanfrå om nettene, og politiet har henta {b1_ham} to gonger. {b1_Han} har slutta på alle fritidsaktivitetar og vil ikkje seie kvar {b1_han} er. Eg er redd {b1_han} er med i eit dårleg miljø. Finst det nokon som kan hjelpe oss, til dømes med samtalar eller ein miljøarbeidar?""",
        """SUBJ: Barnet mitt skadar seg sjølv | Treng hjelp no | Kven kan hjelpe oss?
Hei

Eg fann i går ut at {b1} ({b1_alder}) har skore seg på armane i fleire månader. {b1_Han} vil ikkje snakke med meg og seier at eg ikkje forstår noko. Helsesjukepleiaren på skulen er sjukmeld, og fastlegen har ikkje time før om tre veker. Eg veit ikkje om dette er noko for barnevernet, men eg treng nokon å snakke med, og {b1} treng hjelp.""",
        """SUBJ: treng hjelp | klarer ikkje meir
hei. eg er åleine med {b1} og {b2} og klarer ikkje meir. har vore sjukmeld sidan i sommar og har ikkje pengar til mat. {b1} slår når {b1_han} blir sint. finst det hjelp å få? avlasting eller noko""",
        """SUBJ: Ønskjer hjelp | Gjeld {b1_full}
Hei

Vi er foreldra til {b1_full}. Etter skilsmissa har {b1_han} fått store vanskar, skulkar skulen og heng med eldre ungdomar. Førre helg vart {b1_han} henta av politiet. Vi ønskjer hjelp frå barnevernet, gjerne ein miljøarbeidar. Ring gjerne ein av oss.""",
        """SUBJ: Uro for borna hjå far | Bekymring – {b1}
Eg er mor til {b1} ({b1_alder}), som er hjå far {far} annakvar helg. Sidan i sommar har {b1} kome heim frå samvær trøytt og redd, og fortel at far drikk og køyrer bil etterpå. Eg har prøvd å snakke med han, men han blir berre sint. Eg ber om at barnevernet ser på dette.""",
    ],
}


def _bv_private(rng: random.Random, world: World, variants: dict[str, list[str]], subjects: dict[str, list[str]],
                *, sender_is_parent: bool, note: str = "") -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    fam = _family(rng, world, min_age=4 if sender_is_parent else 2, max_age=16)
    slots = _family_slots(rng, world, fam, tenant, lang)
    slots["mnd"] = month(rng, lang)
    subj_t, template = split_subject(rng, choose(rng, variants, lang))
    text = fill(template, slots)
    text = text.replace("Moren hans/hennes", "Moren til " + fam.b1.first).replace("gutt/jente", "gutt" if fam.g1 == "m" else "jente")
    if sender_is_parent:
        if "er far til" in text:
            sender = fam.far
        elif any(k in text for k in ("er mor til", "Faren", "alenemor", "åleine med")):
            sender = fam.mor
        else:
            sender = fam.mor if rng.random() < 0.7 else fam.far
        if "barnebarnet mitt" in text:
            sender = person(rng, world)
    else:
        sender = person(rng, world)
    email = email_for(rng, world, sender)
    casual = text[:1].islower()
    body = compose(rng, opening(rng, lang, text, 0.5), text, sign(rng, world, sender, lang, phone=0.7))
    body = roughen(rng, body, [fam.b1.first, fam.b2.first, fam.mor.name, fam.far.name, fam.mor.first, sender.name],
                   p_terse=0.6 if casual else 0.1)
    if casual and rng.random() < 0.4:
        body += "\n\n" + mobile_footer(rng, lang)
    subj = fill(subj_t if subj_t and rng.random() < 0.75 else choose(rng, subjects, lang), slots)
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email, subject=subj, body=body,
              style=phone_style(rng) if casual else None)
    if tenant == "havoy":
        note = (note + " " if note else "") + "Barnevern to havoy, where it is out of scope; screening shown as BV."
    return finish(d, Label("barnevern", "BV", avsender(sender.name, email), note=note.strip()),
                  _family_people(fam) + [(sender.name, sender.first)], private_sender=sender)


BV_SUBJECTS = {
    "nabo": {"nb": ["Bekymring for barn i nabolaget", "Bekymringsmelding", "Til barnevernet", "bekymring",
                    "Melding til barnevernet – anonym", "barn alene hjemme", "Uro for to barn i {sted}"],
             "nn": ["Uro for born i nabolaget", "Bekymringsmelding", "Til barnevernet", "bekymring"]},
    "forelder": {"nb": ["trenger hjelp", "Hjelp med sønnen/datteren min", "Til barnevernet", "Ønsker hjelp",
                        "veiledning?", "Kan noen ringe meg?"],
                 "nn": ["treng hjelp", "Til barnevernet", "Ønskjer hjelp", "kan nokon ringje meg?"]},
}


def make_bv_nabo(rng: random.Random, world: World) -> Draft:
    return _bv_private(rng, world, BV_NABO, BV_SUBJECTS["nabo"], sender_is_parent=False,
                       note="Informal bekymringsmelding from a neighbour.")


def make_bv_forelder(rng: random.Random, world: World) -> Draft:
    d = _bv_private(rng, world, BV_FORELDER, BV_SUBJECTS["forelder"], sender_is_parent=True,
                    note="A parent or grandparent asks barnevernet for help.")
    d.subject = d.subject.replace("sønnen/datteren", pick(rng, ["sønnen", "datteren", "barnet"]))
    return d


BV_INSTITUTION = {
    "barnehage": [
        """Bekymringsmelding

Barnehagen melder bekymring for {b1} ({b1_alder} år). {b1_Han} blir ofte hentet sent, flere ganger etter stengetid, og har ved tre anledninger blitt hentet av en voksen som virket ruset. {b1} har hatt lite språkutvikling det siste året og er svært engstelig for høye lyder. Mor {mor} har ikke møtt til foreldresamtale.""",
        """Til barneverntenesta

Melding om uro for barn – {b1_full}

Personalet har sidan august sett at {b1} kjem i barnehagen med skitne klede og utan mat. {b1_Han} et svært mykje når {b1_han} får mat, og gøymer brødskiver i hylla si. Far {far} har sagt at familien har store økonomiske problem. Vi har tilbode hjelp, men ser ingen betring.""",
        """Til barneverntjenesten i {kommune}

Vi melder bekymring for {b1_full} ({b1_alder} år) på avdeling {avd}, jf. opplysningsplikten i barnehageloven.

Under bleieskift {dato} oppdaget personalet brannmerker på {b1}s lår, runde og om lag en centimeter store. Mor {mor} forklarte at {b1_han} hadde brent seg på en ovn. Vi har tidligere notert flere uforklarte skader og at {b1} reagerer med å stivne når voksne løfter hånden.

Vi har ikke orientert foreldrene om denne meldingen. Styrer kan nås på telefon hele dagen.""",
        """Bekymringsmelding – {b1_full} ({b1_alder} år)

Vi melder bekymring for {b1}, som går på avdeling {avd}. {b1_Han} kommer ofte sulten i barnehagen, har ikke med matpakke og har manglende klær etter vær. Ved henting har mor {mor} flere ganger virket ruset, og i dag måtte vi ringe bestemor for å hente.

Bekymringen er tatt opp med mor i samtale {dato}, uten at situasjonen har bedret seg.""",
        """Til barnevernet

Vi har i lengre tid vært bekymret for {b1} ({b1_alder} år) og lillesøster/lillebror {b2}. Barna er ofte trette og uvaskede, og {b1} har fortalt at de har sett på film alene hele natta. Far {far} har vært lite tilgjengelig på telefon. Vi ønsker et samarbeidsmøte med barneverntjenesten.""",
    ],
    "skole": [
        """Til barneverntenesta

Bekymringsmelding

Eleven {b1_full} ({b1_alder} år) fortalde i dag til kontaktlæraren at mor {mor} har vore full fleire kveldar denne veka, og at {b1_han} har måtta leggje småsyskena sjølv. {b1} verkar sliten og redd, og har ikkje hatt med matpakke på lenge. Skulen har ikkje informert foreldra om meldinga.""",
        """Bekymringsmelding – {b1_full}

{b1} har over tid vist en seksualisert atferd overfor medelever som ikke er vanlig for alderen ({b1_alder} år). I en samtale med helsesykepleier {dato} kom det fram opplysninger som gjør at skolen er bekymret for at {b1} kan ha vært utsatt for overgrep. Vi ber om at barneverntjenesten vurderer å ta kontakt med politiet.""",
        """Bekymringsmelding til barneverntjenesten

Elev: {b1_full}, {trinn}. trinn
Foresatte: {mor}, {adr}

Skolen har siden skolestart registrert høyt fravær, 31 dager, de fleste uten melding. Når {b1} er på skolen, sover {b1_han} ofte i timene og forteller at {b1_han} må passe småsøsken om kvelden. {b1_Han} har fortalt kontaktlærer at mamma «er lei seg hele tiden og ligger i senga». Vi har forsøkt å få til møte med mor tre ganger uten å lykkes.""",
        """Til barneverntjenesten

Vi melder bekymring for {b1_full} ({b1_alder} år). I dag fortalte {b1_han} helsesykepleier at {b1_han} ble slått med belte hjemme i helga, og {b1_han} har merker på låret. {b1_Han} er redd for å dra hjem. Rektor har vurdert at foreldrene ikke skal informeres før barnevernet har vurdert saken. Vi ber om at dere tar kontakt i dag.""",
        """Bekymring for elev – {b1_full}

{b1} har de siste månedene gått kraftig ned i vekt og har ved flere anledninger kastet opp etter lunsj. {b1_Han} har fortalt venner at far {far} kaller {b1_ham} feit og teller hva {b1_han} spiser. Skolen har kontaktet helsesykepleier. Vi ønsker barneverntjenestens vurdering.""",
    ],
    "helse": [
        """Melding til barneverntjenesten

Vi har ved flere tannhelsekontroller registrert omfattende karies hos {b1_full} ({b1_alder} år), og foresatte har ikke møtt til tre avtalte behandlinger. {b1} har smerter og har fått antibiotika for tannbyll. Vi vurderer at dette er tannhelsemessig omsorgssvikt og melder derfor bekymring.""",
        """Bekymringsmelding

{mor} ble {dato} innlagt ved akuttpsykiatrisk avdeling. Hun har aleneomsorg for {b1} ({b1_alder}) og {b2} ({b2_alder}). Barna er nå midlertidig hos en nabo. Vi ber barneverntjenesten vurdere barnas omsorgssituasjon mens mor er innlagt.""",
        """Bekymringsmelding

Gjelder: {b1_full}, {fnr}
Mor: {mor}, far: {far}

Barnet ble brakt til legevakten {dato} kl {kl} med brudd i underarmen. Forklaringen fra foreldrene om at {b1_han} falt fra sengen stemmer dårlig med skadens art, og det er også funnet eldre blåmerker på ryggen. Vi melder derfor bekymring i henhold til helsepersonelloven § 33.""",
        """Til barneverntjenesten

Melding etter helsepersonelloven § 33

Mor {mor} møtte til kontroll med {b1} ({b1_alder} mnd) {dato}. Barnet har ikke lagt på seg siden forrige kontroll og har tydelig bleieutslett. Mor fortalte at hun har lite mat i huset og at barnefar har flyttet ut. Hun virket sterkt preget og gråt gjennom konsultasjonen.

Vi har tilbudt tett oppfølging, men melder bekymring for omsorgssituasjonen.""",
    ],
}
BV_INSTITUTION_BODY = [
    "Se vedlagt bekymringsmelding.", "Vedlagt følger bekymringsmelding. Meldingen sendes også per post.",
    "Hei\n\nOversender bekymringsmelding, se vedlegg. Ring gjerne for mer informasjon.",
]


def _bv_from_institution(rng: random.Random, world: World, kind: str) -> Draft:
    tenant = pick_tenant(rng)
    fam = _family(rng, world, min_age=2 if kind != "skole" else 7, max_age=6 if kind == "barnehage" else 15)
    slots = _family_slots(rng, world, fam, tenant, "nb")
    slots["avd"] = pick(rng, ["Tyttebæret", "Marihøna", "Ekornet", "Krabba", "Humlebolet", "Revebjella", "Bikuben"])
    text = fill(pick(rng, BV_INSTITUTION[kind]), slots).replace(
        "lillesøster/lillebror", ("lille" if fam.b2_alder < fam.b1_alder else "store") + ("søster" if fam.g2 == "f" else "bror"))
    writer = person(rng, world)
    jpt, note = "I", ""
    if kind == "barnehage":
        org = pick(rng, ["{s} barnehage AS", "{s} Naturbarnehage SA", "Stiftelsen {s} barnehage",
                         "{s} FUS barnehage AS", "{s} private barnehage"]).format(
            s=pick(rng, ["Solbakken", "Bjørkelia", "Trollskogen", "Fjæra", "Lykketrollet", "Kvitveisen", "Svaberget"]))
        title = pick(rng, ["styrer", "pedagogisk leder", "daglig leder"])
    elif kind == "skole":
        org = pick(rng, ["{s} friskole", "{s} Montessoriskole", "{s} kristne skole"]).format(
            s=pick(rng, ["Fjordvik", "Havøy", "Vestkysten", "Nesvik", "Kvalvika"]))
        title = pick(rng, ["rektor", "kontaktlærer", "inspektør"])
    else:
        if "tannhelse" in text:
            org = pick(rng, ["Den offentlege tannhelsetenesta, {s} tannklinikk", "Tannhelsetjenesten, {s} tannklinikk"])
        elif "akuttpsykiatrisk" in text:
            org = pick(rng, ["Helse Vestkyst, akuttpsykiatrisk avdeling", "{s} DPS"])
        else:
            org = pick(rng, ["{s} legevakt", "{s} legesenter", "Helse Vestkyst, barneavdelingen", "BUP {s}",
                             "{s} helsestasjon"])
        org = org.format(s=pick(rng, ["Fjordvik", "Havøy", "Nordhamn", "Interkommunal"]))
        title = pick(rng, ["tannlege", "klinikkleder"] if "tannhelse" in text else ["lege", "overlege", "helsesykepleier", "psykologspesialist"])
    internal = kind in ("helse",) and "helsestasjon" in org and org.startswith(("Fjordvik", "Havøy")) and \
        org.split()[0] == TENANTS[tenant]["navn"].split()[0]
    orgnr = world.orgnr()
    show_orgnr = not internal and rng.random() < 0.45
    domain = ascii_fold(org.split(",")[0].replace(" AS", "").replace(" SA", "")).lower().replace("stiftelsen", "") + ".no"
    if internal:
        writer, email = employee(rng, world, tenant)
        jpt, note = "N", "Bekymringsmelding from the kommune's own helsestasjon: internal document for follow-up (N)."
        navn = writer.name
    else:
        email = f"{ascii_fold(writer.first).lower()}@{domain}" if rng.random() < 0.6 else f"post@{domain}"
        navn = org
    sig = f"{writer.name}\n{title}\n{org}" + (f"\norg.nr. {orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}" if show_orgnr else "") + \
        (f"\ntlf {world.phone()}" if rng.random() < 0.6 else "")
    attachments = []
    if rng.random() < 0.3:
        attachments.append(AttachmentSpec(filename=pick(rng, ["Bekymringsmelding.pdf", "bekymringsmelding_signert.pdf",
                                                              "Melding til barnevernet.pdf"]),
                                          kind=pick(rng, ["pdf", "scan"]), text=text))
        body = compose(rng, pick(rng, BV_INSTITUTION_BODY), closing(rng, "nb") + "\n" + sig)
        note = (note + " Substance only in the pdf.").strip()
    else:
        body = compose(rng, text, closing(rng, "nb") + "\n" + sig)
    subj = fill(pick(rng, ["Bekymringsmelding", "Bekymringsmelding – {b1_full}", "Bekymringsmelding – barn {b1_alder} år",
                           "Melding til barneverntjenesten", "Bekymringsmelding fra " + org.split(",")[0],
                           "Unntatt offentlighet: bekymringsmelding"]), slots)
    d = Draft(tenant=tenant, sender_name=writer.name, sender_email=email, subject=subj, body=body,
              attachments=attachments, style="outlook")
    if tenant == "havoy":
        note = (note + " Barnevern to havoy, out of scope there.").strip()
    return finish(d, Label("barnevern", "BV", avsender(navn, email, orgnr if show_orgnr else None),
                           journalposttype=jpt, note=note), _family_people(fam))


def make_bv_barnehage(rng: random.Random, world: World) -> Draft:
    return _bv_from_institution(rng, world, "barnehage")


def make_bv_skole(rng: random.Random, world: World) -> Draft:
    return _bv_from_institution(rng, world, "skole")


def make_bv_helse(rng: random.Random, world: World) -> Draft:
    return _bv_from_institution(rng, world, "helse")


BV_POLITI = [
    """Til barneverntjenesten i {kommune}

Melding etter politiloven § 24 tredje ledd

Under trafikkontroll på riksveien ved {sted} {dato} kl {kl} ble fører {far} stanset og tatt med til blodprøve, mistenkt for kjøring i påvirket tilstand. I bilen satt {b1} ({b1_alder} år) og {b2} ({b2_alder} år), ingen av dem sikret med bilbelte eller bilstol. Barna ble hentet av mor {mor}, som ifølge patruljen virket edru og samarbeidsvillig.

Forholdet er anmeldt, politiets saksnummer {politisak}. Vi vurderer at barneverntjenesten bør kjenne til hendelsen.""",
    """Melding til barneverntjenesten

{b1_full} ({b1_alder} år) ble {dato} pågrepet for butikktyveri sammen med to eldre ungdommer. {b1_Han} var beruset. Foresatte {mor} ble kontaktet og hentet {b1_ham} på lensmannskontoret. Politiet har fått flere meldinger om {b1} den siste måneden.

Anmeldelse er registrert med nummer {politisak}.""",
    """Hei

Vi sender bekymringsmelding etter at patrulje i går kveld kl {kl} fant {b1} ({b1_alder} år) alene ute ved kaia i {sted}. {b1_Han} var kald og lite kledd og sa at {b1_han} ikke fikk komme inn hjemme. Patruljen kjørte {b1_ham} hjem til {adr}, der far {far} var beruset. Mor {mor} kom hjem like etter og overtok omsorgen.

Vi ber barneverntjenesten vurdere saken. Vår referanse {politisak}.""",
    """Til barnevernvakten / barneverntjenesten

Melding om ungdom i risiko

{b1_full}, {b1_alder} år, er de siste ukene observert flere ganger i miljø der det omsettes narkotika i {sted}. Ved kontroll {dato} hadde {b1_han} en mindre mengde cannabis på seg. Foresatte {mor} og {far} er orientert. Politiet ønsker samarbeidsmøte med barneverntjenesten og skolen. Saksnummer hos politiet: {politisak}.""",
    """Bekymringsmelding – vold i nære relasjoner

Politiet har {dato} mottatt anmeldelse fra {mor} mot samboer {far} for vold. Parets barn {b1} ({b1_alder}) skal ha vært til stede. Mor og barn oppholder seg nå på krisesenter. Politisak {politisak}.""",
]


def make_bv_politi(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    fam = _family(rng, world, min_age=3, max_age=16)
    slots = _family_slots(rng, world, fam, tenant, "nb")
    slots["politisak"] = str(rng.randint(10_000_000, 19_999_999))
    district = pick(rng, ["Vest politidistrikt", "Møre og Romsdal politidistrikt", "Nordland politidistrikt",
                          "Agder politidistrikt", "Sør-Vest politidistrikt"])
    officer = person(rng, world)
    email = f"{ascii_fold(officer.first).lower()}.{ascii_fold(officer.last).lower()}@politiet.no"
    text = fill(pick(rng, BV_POLITI), slots)
    sig = (f"{closing(rng, 'nb')}\n{officer.name}\n{pick(rng, ['politiførstebetjent', 'politibetjent', 'etterforsker', 'lensmann'])}\n"
           f"{district}" + pick(rng, [", " + TENANTS[tenant]["navn"].split()[0] + " lensmannskontor", ", felles enhet for forebygging", ""]))
    d = Draft(tenant=tenant, sender_name=officer.name, sender_email=email,
              subject=fill(pick(rng, ["Melding fra politiet til barneverntjenesten", "Melding fra politiet – {b1_alder} år gammelt barn",
                                      "Bekymringsmelding", "Melding etter politiloven § 24"]), slots),
              body=compose(rng, text, sig), style="outlook")
    note = "Police report to barnevernet; avsender is the police district."
    if tenant == "havoy":
        note += " havoy: out of scope."
    return finish(d, Label("barnevern", "BV", avsender(district, email), note=note), _family_people(fam))


BV_OVERFORING_PDF = """Overføring av barneverntiltak ved flytting

Barn: {b1_full}, {fnr}
Mor: {mor}
Ny adresse: {adr}, {kommune}

Barneverntjenesten i {fra} har siden {aar} hatt hjelpetiltak for familien etter barnevernsloven § 3-1, i form av foreldreveiledning og støttekontakt. Bakgrunnen var bekymring for mors psykiske helse og barnets skolefravær.

Familien har nå flyttet til {kommune}. Vi ber om at barneverntjenesten i {kommune} vurderer videreføring av tiltakene, og vi bidrar gjerne i et overføringsmøte.

Med hilsen
{leder}
barnevernleder, {fra}"""


def make_bv_annen_kommune(rng: random.Random, world: World) -> Draft:
    """Another kommune's barnevern writes; the substance (and a fødselsnummer) only in the PDF."""
    tenant = pick_tenant(rng)
    fam = _family(rng, world, min_age=3, max_age=15)
    slots = _family_slots(rng, world, fam, tenant, "nb")
    fra_stem = pick(rng, ["Bergstad", "Nordhamn", "Sjøvågen", "Lillevik", "Dalsbygda", "Storøy", "Kvitsand"])
    fra = f"{fra_stem} kommune"
    leder = person(rng, world)
    slots.update({"fra": fra, "aar": str(rng.randint(2019, 2025)), "leder": leder.name})
    email = pick(rng, ["barnevern", "postmottak", "barnevernstjenesten"]) + f"@{ascii_fold(fra_stem).lower()}.kommune.no"
    navn = pick(rng, [f"{fra}, barneverntjenesten", f"Barneverntjenesten i {fra}", fra])
    body = compose(rng, pick(rng, [("Hei\n\nVi har hatt kontakt med en familie som nå har flyttet til deres kommune. Brevet i vedlegget "
                                   "gir en oversikt over tiltakene. Originalen kommer i posten."),
                                   "Vedlagt følger melding om flytting.",
                                   "Til barneverntjenesten\n\nOversender melding om overføring av sak, se vedlegg. Vi ber om at brevet behandles fortrolig.",
                                   ("Hei,\n\nEn familie vi har fulgt opp har meldt flytting til deres kommune. Nærmere opplysninger i vedlagte brev. "
                                   "Vi ønsker et overføringsmøte på Teams."),
                                   "Viser til telefonsamtale i dag. Som avtalt sender vi over melding om flytting.",
                                   "God dag\n\nVedlagt ligg melding om flytting av ei familie med tiltak frå oss. Ta kontakt med sakshandsamar ved spørsmål.",
                                   "Sender over brev om overføring av barneverntiltak, da familien nå er folkeregistrert hos dere."]),
                   f"{closing(rng, 'nb')}\nBarneverntjenesten i {fra}")
    att = AttachmentSpec(filename=pick(rng, ["Overforing_tiltak.pdf", "brev_til_barneverntjenesten.pdf", "brev.pdf"]),
                         kind="pdf", text=fill(BV_OVERFORING_PDF, slots))
    d = Draft(tenant=tenant, sender_name=navn, sender_email=email,
              subject=pick(rng, ["Flytting av familie med tiltak", "Overføring av barneverntiltak",
                                 "Melding om flytting", "Fortrolig: overføring", "Familie flyttet til {k}".format(
                                     k=TENANTS[tenant]["navn"].split()[0])]), body=body, attachments=[att])
    return finish(d, Label("barnevern", "BV", avsender(navn, email),
                           note="Substance and a fictional fødselsnummer only in the pdf."), _family_people(fam))


BV_OPPFOLGING = {
    "nb": [
        """Vi viser til brev av {dato} om undersøkelse ({ref}).

Vi er uenige i mye av det som står i bekymringsmeldingen, men ønsker å samarbeide. Vi kan møte på kontoret den {dato2}. {b1} vil helst slippe å bli intervjuet på skolen, kan samtalen skje hjemme?""",
        """Hei

Jeg har fått brev om at dere har startet undersøkelse for {b1} og {b2}, {ref}. Jeg vil at dere skal vite at jeg har sluttet å drikke og går til samtaler på DPS. Kan jeg få lese meldingen dere har fått?""",
        """{ref}

Hei {saksbeh_first}. Takk for møtet i går. Som avtalt sender jeg oversikt over fritidsaktivitetene til {b1}, og timen hos BUP er satt til {dato2}. Vi ønsker fortsatt hjelp fra familieveileder.""",
        """Til saksbehandler i barneverntjenesten ({ref})

Jeg ønsker å klage på at samværet mitt med {b1} og {b2} er redusert til to timer hver tredje uke. Jeg har møtt til alle avtaler og har levert rene rusprøver siden {dato}. Barna spør etter meg. Jeg ber om at samværet utvides, og at saken tas opp i neste møte.""",
        """Hei. Fosterforeldrene til {b1} har sagt at {b1_han} ikke får komme hjem til jul. Stemmer det? Ingen har sagt noe til meg. Dette gjelder {ref}.""",
    ],
    "nn": [
        """Vi viser til brevet av {dato} om undersøking ({ref}).

Vi er ikkje samde i alt som står i meldinga, men vil samarbeide. Vi kan møte {dato2}. {b1} vil helst sleppe samtale på skulen, kan de kome heim til oss?""",
        """Hei {saksbeh_first}

Takk for møtet. Som avtala sender eg oversikt over aktivitetane til {b1}, og timen på BUP er {dato2}. Vi ønskjer framleis hjelp frå familierettleiar. ({ref})""",
        """Hei. Fosterforeldra til {b1} seier at {b1_han} ikkje får kome heim til jul. Stemmer det? Ingen har sagt noko til meg. Gjeld {ref}.""",
    ],
}


def make_bv_oppfolging(rng: random.Random, world: World) -> Draft:
    """A parent (or their lawyer) writes in an open barnevern case."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    fam = _family(rng, world, min_age=3, max_age=15)
    slots = _family_slots(rng, world, fam, tenant, lang)
    sb, sb_mail = employee(rng, world, tenant)
    slots["saksbeh_first"] = sb.first
    sak, phrase, bare = ref_or_unknown(rng, world, tenant, "barnevern", f"Undersøkelsessak - {fam.b1.name}",
                                       p_open=0.8, p_unknown=0.2, part=fam.b1.name, lang=lang)
    slots["ref"] = phrase
    parent = fam.mor if rng.random() < 0.6 else fam.far
    lawyer = rng.random() < 0.25
    if lawyer:
        adv = person(rng, world)
        firm = world.firm("advokat")
        email = f"{ascii_fold(adv.first).lower()}@{firm.domain}"
        text = fill(pick(rng, [
            ("Jeg representerer {mor} i sak om {b1_full}, {ref}.\n\nPå vegne av min klient ber jeg om innsyn i sakens dokumenter, "
            "herunder bekymringsmeldingen, jf. forvaltningsloven § 18. Min klient ønsker videre at samværet med {b1} gjenopptas snarest."),
            ("Undertegnede er oppnevnt som prosessfullmektig for {far}, jf. {ref}.\n\nVi ber om at all kommunikasjon i saken heretter går "
            "via advokatkontoret, og at vi får kopi av tiltaksplanen for {b1} og {b2}.")]), slots)
        orgnr_shown = rng.random() < 0.5
        body = compose(rng, text, f"{closing(rng, 'nb')}\n{adv.name}\nadvokat\n{firm.name}" +
                       (f"\nOrg.nr. {firm.orgnr}" if orgnr_shown else ""))
        av = avsender(firm.name, email, firm.orgnr if orgnr_shown else None)
        sender_name, private = adv.name, None
    else:
        email = email_for(rng, world, parent)
        text = fill(choose(rng, BV_OPPFOLGING, lang), slots)
        body = compose(rng, opening(rng, lang, text, 0.4), text,
                       sign(rng, world, parent, lang, phone=0.5))
        body = roughen(rng, body, [fam.b1.first, fam.b2.first, parent.name], p_terse=0.1)
        av = avsender(parent.name, email)
        sender_name, private = parent.name, parent
    quoted = None
    if sak and not lawyer and rng.random() < 0.4:
        quoted = EarlierMessage(sender_name=sb.name, sender_email=sb_mail, subject="Melding om undersøkelse",
                                body=f"Vår ref.: {world.cite(sak, doc=True)}\n\nBarneverntjenesten har mottatt en bekymringsmelding "
                                     f"og har besluttet å undersøke saken, jf. barnevernsloven § 2-2. Vi ber om et møte med dere.")
    subj = pick(rng, ["Sv: Melding om undersøkelse", f"Vedr. {fam.b1.first}", f"{bare or ''} – {fam.b1.first}".strip(" –"),
                      "Møte", f"Re: undersøkelse {bare}".strip(), f"Sak om {fam.b1.name}"])
    d = Draft(tenant=tenant, sender_name=sender_name, sender_email=email, subject=subj, body=body, quoted=quoted)
    note = "" if sak else "Cites a number that is not an open case: new case."
    return finish(d, Label("barnevern", "BV", av, sak=sak, note=note), _family_people(fam), private_sender=private)


BV_UNGDOM = {
    "nb": [
        """hei. jeg er {b1_alder} og bor i {sted}. jeg orker ikke være hjemme mer. stefaren min kjefter hele tiden og i går kastet han telefonen min i veggen. mamma gjør ingenting. kan jeg snakke med noen? ikke ring hjem""",
        """Hei, jeg heter {b1} og går i {trinn}. klasse. Jeg tror venninna mi har det veldig vondt hjemme, hun har fortalt at faren slår henne. Hun vil ikke at jeg skal si det til noen, men jeg er redd. Hva kan jeg gjøre?""",
        """hei jeg er {b1_alder} år. mamma har vært på sykehuset i to uker og jeg og lillebroren min er alene hjemme. vi har nesten ikke mer mat. pappa bor i Oslo og svarer ikke på telefon. kan noen hjelpe oss?""",
    ],
    "nn": [
        """hei. eg er {b1_alder} og bur i {sted}. orkar ikkje vere heime meir. stefaren min kjeftar heile tida og i går kasta han mobilen min i veggen. mamma gjer ingenting. kan eg snakke med nokon? ikkje ring heim""",
        """Hei. Eg heiter {b1} og er {b1_alder}. Det er mykje krangling heime og pappa drikk kvar helg. Eg søv dårleg og orkar ikkje gå på skulen. Kan eg få snakke med nokon utan at foreldra mine får vite det?""",
    ],
}


def make_bv_ungdom(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    fam = _family(rng, world, min_age=12, max_age=16)
    slots = _family_slots(rng, world, fam, tenant, lang)
    text = fill(choose(rng, BV_UNGDOM, lang), slots)
    teen = fam.b1
    email = f"{ascii_fold(teen.first).lower()}{rng.randint(2008, 2014)}@" + pick(rng, ["gmail.com", "hotmail.com", "icloud.com"])
    body = roughen(rng, text + pick(rng, ["", f"\n\n{teen.first}", f"\n\n{teen.first.lower()}"]), [teen.first], p_terse=0.8)
    d = Draft(tenant=tenant, sender_name=teen.name if rng.random() < 0.6 else teen.first, sender_email=email,
              subject=pick(rng, ["hjelp", "trenger å snakke med noen", "barnevern", "", "hei"]), body=body,
              style=phone_style(rng))
    d = finish(d, Label("barnevern", "BV", avsender(d.sender_name, email), note="A young person writes to barnevernet."),
               _family_people(fam), private_sender=Person(teen.first, teen.last) if d.sender_name == teen.name else None)
    if d.sender_name not in d.personnavn:
        d.personnavn.insert(0, d.sender_name)
    return d


BV_ENGLISH = [
    """Hi,

I work as a cleaner at the school in {sted}. A pupil called {b1} ({b1_alder}) comes very early every morning, around 6.30, and waits outside in the cold. {b1_Han} says nobody is home at night. I think {b1_han} is hungry. I did not know who to tell, so I am writing to you.""",
    """To the child protection service,

I am the father of {b1} ({b1_alder}). I live in Germany and {b1} lives with {b1_hans} mother {mor} at {adr}. When we talk on video {b1_han} tells me that the mother's new boyfriend hits {b1_ham}. Please check on him. I can send messages and pictures if needed.""",
    """Good evening,

Our neighbours at {adr} leave their two little children, {b1} and {b2}, alone for many hours. Tonight at {kl} the youngest was standing on the balcony crying. We have called the police, but we also want to inform you.""",
    """Hello,

I am not sure who to contact. I live next door to a family at {adr}. There are two small children, {b1} and {b2}. Almost every night I hear the father shouting and the children crying, and last night I heard something that sounded like someone being hit. I do not speak Norwegian well, but I think someone should check that the children are safe.""",
    """Dear child welfare service,

We are a family from Ukraine living in {sted}. My sister {mor} and her son {b1} ({b1_alder}) live with us. She is very depressed and does not get out of bed, and {b1} does not go to school. We do not know what to do. Can somebody help us?""",
]


def make_bv_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    fam = _family(rng, world, min_age=3, max_age=14)
    slots = _family_slots(rng, world, fam, tenant, "en")
    sender = Person(pick(rng, ["Olena", "Jonas", "Laura", "Mark", "Agnieszka", "Ivan", "Emily"]),
                    pick(rng, ["Kovalenko", "Petrauskas", "Smith", "Wiśniewska", "Jansen", "Becker"]))
    email = f"{ascii_fold(sender.first).lower()}{rng.randint(1, 99)}@" + pick(rng, ["gmail.com", "outlook.com", "ukr.net"])
    text = fill(pick(rng, BV_ENGLISH), slots)
    body = compose(rng, text, sign(rng, world, sender, "en", phone=0.6))
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email,
              subject=pick(rng, ["Worried about children", "Concern for a child", "Child welfare", "Need help"]), body=body)
    return finish(d, Label("barnevern", "BV", avsender(sender.name, email), note="English bekymringsmelding."),
                  _family_people(fam) + [(sender.name, sender.first)], private_sender=sender)


# =====================================================================================
# skole — null unless health/family problems are revealed (then P13)
# =====================================================================================

def _pupil_slots(rng: random.Random, world: World, tenant: str, lang: str) -> tuple[dict[str, str], _Family]:
    fam = _family(rng, world, min_age=6, max_age=15)
    s = _family_slots(rng, world, fam, tenant, lang)
    s.update({"trinn2": str(min(10, max(1, fam.b2_alder - 5))), "skole2": pick(rng, SCHOOLS[tenant]),
              "km": f"{rng.randint(2, 7)},{rng.randint(0, 9)}", "land": pick(rng, [
                  "Spania", "Polen", "Thailand", "Tyrkia", "Pakistan", "USA", "Kroatia", "Somalia", "Hellas", "Filippinene"]),
              "dager": str(rng.randint(2, 10)), "mnd": month(rng, lang)})
    s["barnet"] = {"nb": ("datteren vår", "sønnen vår"), "nn": ("dottera vår", "sonen vår"),
                   "en": ("our daughter", "our son")}[lang][fam.g1 == "m"]
    s["c_word"] = "son" if fam.g1 == "m" else "daughter"
    return s, fam


SK_PERM = {
    "nb": [
        """søker om permisjon for {b1} {trinn}. trinn fra {dato} til {dato2}, skal i begravelse i {land}. mvh""",
        """Hei, oldefar fyller 100 år og det blir stor feiring i {land}. Vi søker derfor om fri for {b1} ({trinn}. trinn) og {b2} ({trinn2}. trinn) {dato}–{dato2}. Kontaktlærerne vet om det.""",
        """Søknad om permisjon fra opplæringen

Elev: {b1_full}, {trinn}. trinn, {skole}
Periode: {dato}–{dato2} ({dager} skoledager)
Begrunnelse: Familiebryllup i {land}.

Vi er kjent med at permisjonen ikke kan gis for mer enn to uker, og at vi som foreldre har ansvar for at {b1} tar igjen det {b1_han} går glipp av.""",
        """Hei!
Kan {b1} få fri fredag {dato}? {b1_Han} skal være med på NM i svømming i Bergen. Vi reiser torsdag kveld.""",
        """God dag

Vi ønsker å søke om utvidet permisjon for {barnet} {b1_full} i perioden {dato} til {dato2}. Familien skal besøke slekt i {land} som vi ikke har sett på fire år. Kontaktlærer er informert og har gitt oss en plan for skolearbeidet.""",
        """SUBJ: Fri til Eid | Søknad om fri – Eid | fri {dato}
Hei. {b1} ({trinn}. trinn) og {b2} ({trinn2}. trinn) ønsker fri {dato} for å feire Eid med familien. Håper det går fint.""",
        """SUBJ: Permisjon – {b1_full} | Søknad om fri pga idrett
Viser til samtale med kontaktlærer. {b1} er tatt ut til regionlaget i håndball og skal på samling i Førde fra {dato} til {dato2}. Vi søker om permisjon for disse dagene. {b1_Han} følger arbeidsplanen og leverer oppgavene digitalt.""",
        """Til rektor ved {skole}

Jeg søker om at {b1} kan få permisjon i {dager} dager fra {dato} for å delta på landsleir med speideren. Leiren er en del av et internasjonalt prosjekt og vi mener den har stor verdi for {b1_ham}.""",
    ],
    "nn": [
        """søkjer om fri for {b1} {trinn}. trinn frå {dato} til {dato2}, skal i gravferd i {land}. helsing""",
        """Hei, oldefar fyller 100 år og det blir stor feiring i {land}. Vi søkjer difor om fri for {b1} ({trinn}. trinn) og {b2} ({trinn2}. trinn) {dato}–{dato2}. Kontaktlærarane veit om det.""",
        """Søknad om permisjon frå opplæringa

Elev: {b1_full}, {trinn}. trinn, {skole}
Periode: {dato}–{dato2}
Grunngjeving: Bryllaup i familien i {land}.

Vi er kjende med at vi har ansvar for at {b1} tek att det {b1_han} går glipp av.""",
        """Hei
Kan {b1} få fri fredag {dato}? {b1_Han} skal vere med på kretsmeisterskap i fotball.""",
    ],
    "en": [
        """Hello, we would like to apply for leave for {b1} ({trinn}th grade) from {dato} to {dato2}. We are travelling to {land} for a family wedding. {b1} will bring homework.""",
        """SUBJ: Leave from school | Application for leave – {b1}
Dear principal,

My mother in {land} is very old and we have not visited her for three years. We would like to take {b1} and {b2} out of school for {dager} days from {dato}. The teachers have given us a plan, and the children will do their homework during the trip.""",
        """SUBJ: school day off | Absence {dato}
hi, {b1} in class {trinn} needs a day off on {dato} because we have an appointment at the embassy in Oslo for passports. thank you""",
    ],
}

SK_SKYSS = {
    "nb": [
        """SUBJ: Søknad om skyss – trafikkfarlig skolevei | Skyss for {b1} fra {adr}
Fra {adr} til {skole} er det {km} km, og halve strekningen går gjennom et industriområde der lastebiler rygger ut på veien. Det er ingen gangfelt ved krysset ved bensinstasjonen. {barnet} {b1} går i {trinn}. klasse, og vi mener at strekningen er for farlig for et barn å gå alene. Vi søker om skyss, og legger gjerne ved bilder av strekningen.""",
        """Søknad om skoleskyss for {b1_full}, {trinn}. trinn ved {skole}. Bostedsadresse {adr}. Avstand til skolen er {km} km. Vi ber om at {b1_han} får skysskort fra {dato}.""",
        """SUBJ: Bussen stopper ikke | Skolebussen kjørte forbi {b1}
hei. skolebussen har to ganger denne uka kjørt forbi holdeplassen der {b1} står, og {b1_han} måtte gå hjem igjen. hvem har ansvaret for dette? {b1_han} går i {trinn}. klasse""",
        """SUBJ: Skyss ved ny turnus | Endring i skyss fra januar
Hei

Skolen har endret timeplanen slik at {trinn}. trinn slutter 14.30 på onsdager fra januar, men skolebussen går først 15.40. Kan skyssen tilpasses, eller finnes det et annet tilbud for elevene som bor i {sted}?""",
        """Klage på avslag på skoleskyss

Vi klager på avslaget på søknad om skoleskyss for {b1} ({trinn}. trinn). Kommunen har målt avstanden til {km} km, men dette er målt langs en sti som ikke er brøytet om vinteren. Den reelle veien er over 4 km, langs fylkesvei uten gang- og sykkelvei. Vi ber om at saken vurderes på nytt.""",
        """SUBJ: Busskort mistet | Nytt skysskort {b1}
Hei! {b1} har mistet skysskortet sitt. Hvordan får vi nytt, og må vi betale for det? {b1_Han} går i {trinn}. trinn på {skole}.""",
        """SUBJ: Skyss på ungdomsskolen – ny søknad? | Skoleskyss ved skolebytte til 8. trinn
Hei

{b1} har hatt skoleskyss i hele barneskolen etter vedtaket deres, og begynner på {skole2} etter sommeren. Må vi sende ny søknad, eller blir skyssen overført automatisk? Ungdomsskolen ligger enda lenger unna enn barneskolen.""",
        """SUBJ: Vedtak om skyss – nytt skoleår | Fornyelse av skoleskyss
Til oppvekst

Vi fikk vedtak om skoleskyss for {b1_full} i fjor. Står det i vedtaket hvor lenge det gjelder? Vi finner ikke brevet, og {b1} har ikke fått nytt kort for dette skoleåret. {b1_Han} tar bussen hver dag og vi har betalt selv de to siste ukene.""",
        """SUBJ: Adresseendring – skoleskyss | Ny adresse – skyss for {b1}
Til oppvekstkontoret

Vi har flyttet innad i kommunen, til {adr}. {b1_full} ({trinn}. trinn) har vedtak om skoleskyss fra den gamle adressen. Vi ber om at vedtaket oppdateres og at busselskapet får beskjed, slik at {b1} kan ta bussen fra nærmeste holdeplass.""",
        """SUBJ: Skysskortet blir avvist | Skysskort sperret?
hei, kortet til {b1} ble avvist på bussen både i dag og i går. sjåføren sier det er sperret. {b1_han} har hatt skyss hele året og vi har ikke fått noe brev. hva er galt?""",
        """SUBJ: Skyss ved delt bosted | Skoleskyss fra to adresser
Hei

{b1} bor annenhver uke hos meg i {adr} og hos faren sin i {sted}. Skolen ligger over fire kilometer fra begge adressene. Kan {b1_han} få skyss fra begge steder? Hvem søker, jeg eller faren?""",
        """SUBJ: Skoleveien er ikke trygg | Skyss for {b1} i vinterhalvåret
Vi er flere foreldre i {sted} som er bekymret for skoleveien. Etter at brøytingen ble dårligere er veikanten borte, og barna må gå ute i kjørebanen. {b1} ({trinn}. trinn) har nesten blitt påkjørt to ganger. Vi ber om at barna får skyss i vinterhalvåret.""",
    ],
    "nn": [
        """SUBJ: Søknad om skuleskyss – trafikkfarleg veg | Skyss for {b1}
Frå {adr} til {skole} er det {km} km. Vegen går over ei smal bru utan gangbane, og om morgonen køyrer fiskebilane fort der. {barnet} {b1} går i {trinn}. klasse, og vi meiner strekninga er for farleg å gå åleine. Vi søkjer om skyss og sender gjerne bilete av brua.""",
        """Søknad om skuleskyss for {b1_full}, {trinn}. trinn ved {skole}. Adresse: {adr}. Avstand til skulen er {km} km. Vi ber om skysskort frå {dato}.""",
        """SUBJ: Bussen stoppar ikkje | Skulebussen køyrde forbi
hei. skulebussen har to gonger denne veka køyrt forbi haldeplassen der {b1} står, og {b1_han} måtte gå heim att. kven har ansvaret? {b1_han} går i {trinn}. klasse""",
        """Klage på avslag om skuleskyss

Vi klagar på avslaget for {b1} ({trinn}. trinn). De har målt avstanden langs ein sti som ikkje blir brøytt. Den verkelege vegen er over 4 km langs fylkesveg utan gang- og sykkelveg. Vi ber om ny vurdering.""",
        """SUBJ: Skyss – ventetid etter skulen | Lang ventetid på skulebussen
Hei. {b1} i {trinn}. klasse må vente nesten ein time på bussen etter at skulen sluttar kvar tysdag og torsdag. Kan skyssen leggjast om, eller kan {b1_han} få vere på SFO desse dagane utan å betale?""",
        """SUBJ: Skuleskyss på ungdomsskulen | Må vi søkje på nytt?
Hei

{b1} har hatt skuleskyss heile barneskulen og byrjar på {skole2} til hausten. Må vi søkje på nytt, eller gjeld vedtaket vidare? Ungdomsskulen ligg endå lenger unna.""",
        """SUBJ: Adresseendring – skuleskyss | Ny adresse for {b1} – skyss
Melding om ny adresse

{b1_full}, {trinn}. trinn på {skole}, har flytta innanfor kommunen. Ny adresse er {adr}. {b1_Han} har vedtak om skyss frå før, men på den gamle adressa. Kan skyssen endrast slik at {b1_han} kan gå på bussen ved den nye heimen frå neste veke?""",
        """SUBJ: Skysskortet vert avvist | Problem med skysskort
hei. kortet til {b1} vart avvist på bussen i dag og i går, og sjåføren sa det var sperra. {b1_han} har hatt skyss heile året. kva har skjedd? vi har ikkje fått noko brev""",
        """SUBJ: Skyss i ferja | Ferjebillett for skuleelevar
Hei

Vi bur på {sted} og {b1} tek ferja til {skole} kvar dag. No har ferjeselskapet byrja å krevje billett av elevane. Er ikkje ferja ein del av skuleskyssen? Kven skal vi kontakte?""",
    ],
}

SK_SKYSS_HEALTH = {  # medical transport: reveals health -> P13
    "nb": [
        """Søknad om skoleskyss av medisinske grunner

{b1_full} ({trinn}. trinn, {skole}) brakk foten {dato} og går med gips og krykker i minst seks uker. {b1_Han} har også astma som gjør det vanskelig å gå lange strekninger. Vi søker om drosje til og fra skolen i denne perioden. Legeerklæring er vedlagt.""",
        """Hei. {b1} har epilepsi og kan ikke sykle eller gå alene til skolen etter et anfall forrige måned. Legen har skrevet erklæring. Vi søker om skyss fra {adr} til {skole}.""",
    ],
    "nn": [
        """Søknad om skuleskyss av medisinske grunnar

{b1_full} ({trinn}. trinn) har diabetes type 1 og har fått fleire fall i blodsukkeret på veg til skulen. Legen meiner {b1_han} ikkje bør gå åleine langs vegen. Vi søkjer om skyss frå {adr}. Legeerklæring ligg ved.""",
        """Hei. {b1} har fått operert kneet og går på krykker i minst fem veker. Kan {b1_han} få drosje til {skole} i denne perioden? Legen har skrive erklæring som vi kan sende.""",
    ],
}

SK_BYTTE = {
    "nb": [
        """Vi søker om skolebytte for {b1_full} fra {skole} til {skole2} fra {dato}. Vi har flyttet til {adr}, og {skole2} ligger bare noen hundre meter unna. {b1} har en venn som allerede går der.""",
        """SUBJ: Skolebytte – ny vurdering | Skolebytte {b1} ({ref})
Hei

Viser til vedtak om avslag på skolebytte for {b1} ({ref}). Siden den gang har to elever sluttet på {trinn}. trinn ved {skole2}, har vi fått høre. Vi ber derfor om at søknaden blir vurdert på nytt, og at {b1} får plass dersom det nå er ledig kapasitet.""",
        """søknad om skolebytte for {b1} {trinn}. trinn. ønsker {skole2} pga jobb, vi kjører forbi hver morgen. fra nyttår hvis mulig""",
        """Søknad om skoleplass ved annen skole enn nærskolen

Elev: {b1_full}, {trinn}. trinn
Nærskole: {skole}
Ønsket skole: {skole2}

Begrunnelse: Begge foreldrene jobber i {sted}, og {b2} går allerede i barnehage like ved {skole2}. Det vil gjøre hverdagen mye enklere for familien.""",
    ],
    "nn": [
        """Vi søkjer om skulebyte for {b1_full} frå {skole} til {skole2} frå {dato}. Vi har flytta til {adr}, og {skole2} ligg berre nokre hundre meter unna.""",
        """SUBJ: Skulebyte – ny vurdering | Skulebyte {b1} ({ref})
Hei

Viser til avslaget på skulebyte for {b1} ({ref}). Vi har høyrt at det no er ledige plassar på {trinn}. trinn ved {skole2}, og ber om at søknaden blir vurdert på nytt.""",
        """søknad om skulebyte for {b1}, {trinn}. trinn. vil ha {skole2} pga jobb. frå nyttår om mogleg""",
    ],
}

SK_SFO = {
    "nb": [
        """SUBJ: Oppsigelse av SFO | SFO – oppsigelse for {b1}
Hei. Besteforeldrene til {b1} har flyttet hit og henter {b1_ham} etter skolen fra nå av, så vi sier opp SFO-plassen fra 1. {mnd}. Blir det fakturert for oppsigelsestiden?""",
        """SUBJ: Søknad om SFO-plass | SFO {b1} | SFO fra {dato}
Hei, vi ønsker å søke SFO-plass for {b1} ({trinn}. trinn) på {skole}, tre dager i uka, fra {dato}.""",
        """SUBJ: Endring SFO | Redusert SFO-plass | SFO 60 %
Hei

Kan vi endre SFO fra hel plass til 60 % for {b1} fra neste måned? Jeg har gått ned i arbeidstid.""",
        """SUBJ: Fortsatt venteliste SFO?! | SFO-plass | Ber om svar – SFO
Hvorfor har {b1} fortsatt ikke fått SFO-plass? Vi søkte i mars og står fortsatt på venteliste. Jeg begynner i ny jobb om to uker. Ber om svar.""",
        """oppsigelse sfo {b1} {trinn}b fra 1. {mnd}. mvh""",
    ],
    "en": [
        """SUBJ: After-school programme (SFO) | SFO place for {b1}
Hello, we just moved here and our {c_word} {b1} started in {trinn}th grade at {skole}. We both work until 16.00. How do we apply for a place in the after-school programme, and what does it cost?""",
        """SUBJ: Cancel SFO | Terminate SFO place
Hi, we want to cancel the SFO place for {b1} from 1 {mnd}. My mother has come to live with us and can pick {b1_ham} up after school.""",
    ],
    "nn": [
        """SUBJ: Oppseiing av SFO | SFO – oppseiing
Hei. Besteforeldra til {b1} har flytta hit og hentar etter skulen frå no av, så vi seier opp SFO-plassen frå 1. {mnd}. Blir det fakturert for oppseiingstida?""",
        """SUBJ: Søknad om SFO-plass | SFO {b1}
Hei, vi søkjer SFO-plass for {b1} ({trinn}. trinn) på {skole}, tre dagar i veka, frå {dato}.""",
        """SUBJ: Endring SFO | SFO 60 %
Kan vi endre SFO-plassen til {b1} frå full plass til 60 %? Eg har gått ned i stilling.""",
    ],
}

SK_SPESIAL = {  # diagnoses -> P13
    "nb": [
        """SUBJ: Henvisning til PPT – {b1} | Ønsker utredning av {b1_full}
Til oppvekstkontoret

{barnet} {b1_full} ({fnr}) har epilepsi og tar medisiner som gjør {b1_ham} trett og treg. Etter at medisinene ble økt i sommer har {b1} gått kraftig tilbake i matte, og {b1_han} glemmer det {b1_han} har lært fra dag til dag. Nevrologen mener {b1_han} bør utredes for lærevansker. Vi ber om at skolen henviser {b1} til PPT, og at lærerne får informasjon om anfall.""",
        """SUBJ: Søknad om assistent for {b1} | Behov for assistent i klassen | Tilrettelegging {trinn}. trinn
Til {skole} v/rektor, kopi oppvekstkontoret

{b1_full} begynte i {trinn}. trinn i høst. {b1_Han} har Downs syndrom og trenger voksenstøtte i overganger, i friminuttene og i praktiske fag. I barnehagen hadde {b1_han} egen assistent, men på skolen er det bare én voksen i klassen på 24 elever. Vi ber om at skolen søker om ressurs til assistent og at PPT oppdaterer den sakkyndige vurderingen.""",
        """SUBJ: IOP og timer med spesialpedagog | Spørsmål om IOP – {b1} | Oppfølging av sakkyndig vurdering
Hei

PPT konkluderte i vår med at {b1} har rett på spesialundervisning i norsk og matte på grunn av dyskalkuli og språkvansker. Nå er vi langt ut i {mnd}, og vi har ikke sett noen IOP, og {b1} har ikke fått en eneste time med spesialpedagog. {b1_Han} sier {b1_han} føler seg dum og gruer seg til mattetimene. Når kommer opplegget på plass?""",
        """SUBJ: Dysleksi – tilrettelegging på prøver | Tilrettelegging for {b1_full}
Hei. {b1} i {trinn}. klasse har fått påvist dysleksi etter testing hos logoped. Vi ønsker at {b1_han} får lydbøker, mer tid på prøver og muntlig vurdering der det går. Hvem på skolen følger opp dette, og trenger dere rapporten fra logopeden?""",
        """SUBJ: Skolevegring – {b1} | Fravær og bekymring | Ber om møte med skolen og PPT
Vi er svært bekymret for {barnet} {b1_full}, {trinn}. trinn. {b1} har de siste månedene fått diagnosen generalisert angst hos BUP, og har vært borte fra skolen nesten hver dag siden {mnd}. {b1_Han} klarer ikke å gå inn i klasserommet. Vi ber om et møte med skolen, PPT og helsesykepleier for å lage en plan for hvordan {b1} kan komme tilbake.""",
        """Hei

{b1} ({trinn}. trinn) har autisme og har ikke klart å være på skolen mer enn noen timer i uka siden høstferien. {b1_Han} får sterk angst av støyen i klasserommet. Vi ber om at skolen lager et tilrettelagt opplegg og at det blir søkt om assistent. Epikrise fra BUP kan ettersendes.""",
        """Klage på enkeltvedtak om spesialundervisning ({ref})

Vi klager på vedtaket om at {b1_full} skal ha 2 timer spesialundervisning i uka. PPT anbefalte 5 timer på grunn av {b1_hans} diagnoser (Tourettes syndrom og språkvansker). Vi kan ikke se at skolen har begrunnet hvorfor de går bort fra den sakkyndige vurderingen.""",
        """SUBJ: Mobbing – krav om tiltak | Aktivitetsplikt – {b1_full} | Melding om mobbing
Vi melder med dette at {b1_full} ({trinn}. trinn) blir mobbet på {skole}, jf. opplæringsloven kapittel 12. {b1_Han} blir holdt utenfor og får stygge meldinger på Snapchat hver kveld. {b1} har fått panikkanfall og går nå til samtaler hos helsesykepleier og fastlege for angst. {b1_Han} gruer seg hver morgen og har flere ganger kastet opp før skolen.

Vi ber om at skolen setter inn tiltak og lager en aktivitetsplan snarest.""",
        """Til rektor og oppvekstsjef

{b1} har siden {mnd} hatt svært høyt fravær. {b1_Han} er under utredning for depresjon og får behandling hos psykolog. Samtidig har vi det tøft hjemme etter at faren flyttet ut, og økonomien er anstrengt. Vi ber om at fraværet ikke føres på vitnemålet, og at skolen setter inn tiltak.""",
    ],
    "nn": [
        """SUBJ: Tilvising til PPT – {b1} | Ønskjer utgreiing
{barnet} {b1_full} har epilepsi og tek medisinar som gjer {b1_ham} trøytt. Etter at dosen vart auka i sommar har {b1} gått mykje tilbake i matematikk. Nevrologen meiner {b1_han} bør utgreiast for lærevanskar. Vi ber om at skulen tilviser {b1} til PPT.""",
        """SUBJ: Tilpassa opplegg for {b1} | Etter ulykka – {b1}
Til {skole} og oppvekstkontoret

{b1_full} går i {trinn}. trinn. Etter ein bilulykke i vår har {b1_han} hatt hovudverk og svimmelheit, og legen seier {b1_han} har fått ein hjernerystelse som tek tid å gå over. {b1_Han} toler ikkje lange skuledagar og støy. Vi ber om at skulen lagar eit tilpassa opplegg og tek kontakt med PPT.""",
        """SUBJ: Skulevegring – {b1} | Ber om møte
Vi er svært uroa for {barnet} {b1_full}. {b1_Han} har fått diagnosen angst hjå BUP og har vore borte frå skulen nesten kvar dag sidan {mnd}. Vi ber om eit møte med skulen, PPT og helsesjukepleiar.""",
        """SUBJ: Mobbing – krav om tiltak | Melding om mobbing
Vi melder at {b1_full} blir mobba på {skole}. {b1_Han} blir halden utanfor og får stygge meldingar kvar kveld. {b1} har fått angst og går til samtalar hjå helsesjukepleiar. {b1_Han} gruar seg kvar morgon. Vi ber om at skulen set inn tiltak og lagar ein aktivitetsplan.""",
        """Hei

{b1} ({trinn}. trinn) har autisme og har ikkje klart å vere på skulen meir enn nokre timar i veka sidan haustferien. {b1_Han} får sterk angst av støyen i klasserommet. Vi ber om eit tilrettelagt opplegg.""",
    ],
}

SK_KLAGE = {  # plain complaints, no personal circumstances -> null
    "nb": [
        """SUBJ: Vikarbruk på {trinn}. trinn | Bekymring for undervisningen | Mangel på lærere
Hei

Vi er flere foreldre på {trinn}. trinn ved {skole} som er bekymret for at klassen har hatt vikar i nesten alle timer siden skolestart. Hvordan skal kommunen sikre at elevene får den undervisningen de har krav på?""",
        """SUBJ: Klage på standpunktkarakter | Klage på karakter – {b1_full}
Klage på karakter i matematikk

Jeg klager på standpunktkarakteren i matematikk for {b1_full}, 10. trinn. Vurderingsgrunnlaget er ikke godt nok dokumentert, og {b1} fikk ikke mulighet til å ta igjen den siste prøven.""",
        """SUBJ: Skolestart kl 08.00 | Skolebuss og skolestart
Vi lurer på hvorfor skoledagen på {skole} skal begynne kl 08.00 fra januar når skolebussen først er fremme 08.05. Hvem har ansvaret for å samordne dette?""",
        """SUBJ: leksehjelp? | Svar?
hei. ingen har svart på mailen min om leksehjelp for {b1}. står det på lista eller ikke?""",
    ],
    "nn": [
        """SUBJ: Vikarbruk på {trinn}. trinn | Uro for undervisninga
Hei

Vi er fleire foreldre på {trinn}. trinn ved {skole} som er uroa for at klassen har hatt vikar i nesten alle timane sidan skulestart. Korleis skal kommunen sikre at elevane får undervisninga dei har krav på?""",
        """SUBJ: Skulestart kl 08.00 | Skulebuss og skulestart
Kvifor skal skuledagen på {skole} byrje kl 08.00 når skulebussen kjem fram 08.05? Kven har ansvaret for å samordne dette?""",
        """SUBJ: Klage på karakter | Klage på standpunktkarakter – {b1_full}
Eg klagar på standpunktkarakteren i engelsk for {b1_full}, 10. trinn. {b1} fekk ikkje høve til å ta att den siste munnlege prøva, og grunnlaget for karakteren er dårleg dokumentert.""",
    ],
}

SK_INNSKRIVING = {
    "nb": [
        """Hei

Vi flytter til {adr} i {mnd} og lurer på hvordan vi melder {b1} ({trinn}. trinn) inn på {skole}. {b1_Han} går nå på en skole i Bergen.""",
        """Innmelding av ny elev: {b1_full}, født {b1_aar}, skal begynne i {trinn}. trinn etter flytting fra Trondheim. Ny adresse: {adr}. Foresatte: {mor} og {far}.""",
    ],
    "nn": [
        """Hei

Vi flyttar til {adr} i {mnd} og lurer på korleis vi melder {b1} ({trinn}. trinn) inn på {skole}.""",
        """Innmelding av ny elev

Namn: {b1_full}
Trinn: {trinn}
Ny adresse: {adr}
Føresette: {mor} og {far}
Flyttar frå Stavanger {dato}.""",
    ],
    "en": [
        """Hello,

Our family is moving to {sted} in {mnd} because of my new job at the fish farm. Our son/daughter {b1} is {b1_alder} years old and speaks English and Polish but no Norwegian yet. How do we enrol {b1_ham} in school, and is there an introductory class for newly arrived pupils?""",
        """Dear Sir/Madam, we want to register our children {b1} ({b1_alder}) and {b2} ({b2_alder}) for school. We arrived from {land} last week and live at {adr}. What documents do you need?""",
    ],
}


def forward_by_employee(rng: random.Random, world: World, orig: Draft, *, titles: list[str],
                        intros: dict[str, list[str]], note: str) -> Draft:
    """An employee sends a citizen's mail on to postmottak, inline or as an attached message.

    The label stays the original's (avsender = the original sender, journalposttype I).
    """
    tenant = orig.tenant
    emp, emp_mail = employee(rng, world, tenant)
    lang = "nn" if tenant == "havoy" and rng.random() < 0.6 else "nb"
    body = compose(rng, pick(rng, intros[lang]),
                   f"{pick(rng, ['Hilsen', 'Mvh', 'Helsing' if lang == 'nn' else 'Vennlig hilsen'])}\n{emp.name}\n"
                   f"{pick(rng, titles)}\n{TENANTS[tenant]['navn']}")
    body_with_history = orig.body
    if orig.quoted is not None:  # the parent's reply still carries the kommune's letter below it
        q = orig.quoted
        body_with_history += "\n\n" + "\n".join("> " + line for line in
                                                 [f"Fra: {q.sender_name} <{q.sender_email}>", f"Emne: {q.subject}", ""]
                                                 + q.body.split("\n"))
    earlier = EarlierMessage(sender_name=orig.sender_name, sender_email=orig.sender_email, subject=orig.subject,
                             body=body_with_history, to=emp_mail)
    d = Draft(tenant=tenant, sender_name=emp.name, sender_email=emp_mail,
              subject=pick(rng, ["VS: ", "Fwd: ", "Fw: ", "VS: "]) + orig.subject, body=body, style="outlook")
    if rng.random() < 0.5:
        d.forwarded = earlier
        d.attachments = list(orig.attachments)
    else:
        d.attachments = [AttachmentSpec(filename=f"{orig.subject[:40] or 'melding'}.msg", kind="msg", message=orig)]
    d.category, d.skjerming, d.sak, d.avsender = orig.category, orig.skjerming, orig.sak, orig.avsender
    d.journalposttype, d.personnavn, d.accept, d.writer = "I", list(orig.personnavn), orig.accept, WRITER
    d.note = note
    return d


_FORWARD_INTROS = {
    "nb": ["Hei postmottak\n\nVideresender e-post fra en forelder, se under. Kan dere journalføre og sende til oppvekst?",
           "Til journalføring.", "Videresendes til arkivering og oppfølging.",
           "Denne kom til meg direkte. Kan dere registrere den?", "Hei\n\nSe vedlagt henvendelse. Ber om at den journalføres."],
    "nn": ["Hei postmottak\n\nVidaresender e-post frå ein forelder, sjå under. Kan de journalføre og sende vidare til oppvekst?",
           "Til journalføring.", "Denne kom direkte til meg. Kan de registrere han?"],
}


def _school_mail(rng: random.Random, world: World, variants: dict[str, list[str]], subjects: list[str], *,
                 skjerming: str | None, case_title: str, p_open: float, english: float = 0.0,
                 note: str = "", tenant: str | None = None) -> Draft:
    tenant = tenant or pick_tenant(rng)
    lang = pick_lang(rng, tenant, english=english)
    if lang not in variants:
        lang = "nb"
    slots, fam = _pupil_slots(rng, world, tenant, lang)
    slots["b1_aar"] = str(2026 - fam.b1_alder)
    subj_t, template = split_subject(rng, choose(rng, variants, lang))
    tittel = fill(case_title, slots)
    sak = None
    if "{ref}" in template:
        sak, phrase, _bare = ref_or_unknown(rng, world, tenant, "skole", tittel, p_open=p_open, p_unknown=1.0,
                                           part=fam.b1.name, lang=lang if lang != "en" else "nb")
        slots["ref"] = phrase
    text = fill(template, slots).replace("son/daughter", "son" if fam.g1 == "m" else "daughter")
    subj = fill(subj_t or pick(rng, subjects), slots)
    if "{ref}" not in template and p_open and rng.random() < p_open * 0.5:
        case = world.open_case(tenant, "skole", tittel, part=fam.b1.name)
        sak = case.sak
        phrase = world.cite_phrase(sak, lang if lang != "en" else "nb")
        if rng.random() < 0.5:
            subj = f"{subj} ({phrase})"
        else:
            text = f"{text}\n\n{phrase}" if rng.random() < 0.5 else f"{pick(rng, ['Viser til', 'Gjelder'])} {phrase}.\n\n{text}"
    sender = fam.mor if rng.random() < 0.6 or "faren" in text else fam.far
    email = email_for(rng, world, sender)
    casual = text[:1].islower()
    body = compose(rng, opening(rng, lang, text), text, sign(rng, world, sender, lang, phone=0.4))
    body = roughen(rng, body, [fam.b1.first, fam.b2.first, fam.mor.name, fam.far.name, sender.name],
                   p_terse=0.7 if casual else 0.15)
    if casual and rng.random() < 0.3:
        body += "\n\n" + mobile_footer(rng, lang)
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email, subject=subj, body=body,
              style=phone_style(rng) if casual else None)
    if sak and rng.random() < 0.35:
        d.quoted = kommune_letter(rng, world, tenant, sak, f"Vedtak – {tittel}", pick(rng, [
            (f"Vedtak om {tittel.split(' - ')[0].lower()} for {fam.b1.name}. Søknaden er behandlet etter opplæringsloven. "
            "Vedtaket kan påklages innen tre uker."),
            f"Vi viser til søknaden deres og har behov for flere opplysninger før saken kan avgjøres. Gjelder {fam.b1.first}.",
            f"Søknaden om {tittel.split(' - ')[0].lower()} er avslått. Se begrunnelsen i vedlagte vedtak."]))
        if not subj.lower().startswith(("sv", "re")):
            d.subject = pick(rng, ["SV: ", "Sv: ", "RE: ", ""]) + d.quoted.subject
    if skjerming and ("vedlagt" in text.lower() or "ligg ved" in text) and rng.random() < 0.7:
        d.attachments.append(AttachmentSpec(filename=pick(rng, ["Legeerklaering.pdf", "erklaering.pdf", "scan_001.pdf"]),
                                            kind=pick(rng, ["pdf", "scan"]),
                                            text=fill("Legeerklæring\n\nGjelder: {b1_full}\n\nUndertegnede bekrefter at pasienten "
                                                      "har en tilstand som gjør det nødvendig med skyss til og fra skolen "
                                                      "i en periode på minst seks uker.\n\nFjordvik legesenter", slots)))
    if sak is None and "{ref}" in template:
        note = (note + " Cites a closed case that is not open: new case.").strip()
    return finish(d, Label("skole", skjerming, avsender(sender.name, email), sak=sak, note=note),
                  _family_people(fam), private_sender=sender)


def make_sk_permisjon(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_PERM, ["perm", "Søknad om permisjon", "Permisjon {b1}", "fri fra skolen",
                                              "Søknad om fri – {b1_full}", "Permisjonssøknad {trinn}. trinn",
                                              "permisjon {dato}-{dato2}"],
                        skjerming=None, case_title="Permisjon - {b1_full}", p_open=0.0, english=0.08)


def make_sk_skyss(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_SKYSS, ["Søknad om skoleskyss", "Skoleskyss {b1}", "skysskort virker ikke",
                                               "Farlig skolevei – søknad om skyss", "Klage på avslag skoleskyss",
                                               "Skyss skoleåret 2026/2027", "Skuleskyss"],
                        skjerming=None, case_title="Skoleskyss 2026/2027 - {b1_full}", p_open=0.45)


def make_sk_skyss_helse(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_SKYSS_HEALTH, ["Skoleskyss av medisinske grunner", "Søknad om skyss – {b1}",
                                                      "Drosje til skolen", "skyss pga sykdom"],
                        skjerming="P13", case_title="Skoleskyss 2026/2027 - {b1_full}", p_open=0.1,
                        note="Medical school transport reveals a child's health: P13.")


def make_sk_skolebytte(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_BYTTE, ["Søknad om skolebytte", "Skolebytte for {b1}", "Søknad om skolebytte på nytt",
                                               "skolebytte", "Søknad om skuleplass", "Bytte skole – {b1_full}"],
                        skjerming=None, case_title="Skolebytte - {b1_full}", p_open=0.4)


def make_sk_sfo(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_SFO, ["Oppsigelse av SFO-plass", "SFO", "Søknad om SFO-plass",
                                             "Endring SFO – {b1}", "SFO-plass?", "Oppseiing av SFO-plass – {b1}"],
                        skjerming=None, case_title="SFO - {b1_full}", p_open=0.1, english=0.08)


def make_sk_spesial(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_SPESIAL, ["Sakkyndig vurdering", "Spesialundervisning – {b1_full}",
                                                 "Klage på vedtak om spesialundervisning", "Tilrettelegging for {b1}",
                                                 "Fravær og tiltak – {b1}", "Henvisning til PPT"],
                        skjerming="P13", case_title="Spesialundervisning - {b1_full}", p_open=0.6,
                        note="A pupil's diagnoses or family problems: P13.")


def make_sk_klage(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_KLAGE, ["Vikarbruk på {trinn}. trinn", "Klage på karakter", "Skolestart kl 08",
                                               "Bekymring for undervisningen", "leksehjelp?", "Klage"],
                        skjerming=None, case_title="Klage - {b1_full}", p_open=0.0)


def make_sk_innskriving(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, SK_INNSKRIVING, ["Innmelding ny elev", "Ny elev fra {mnd}", "School enrolment",
                                                     "Register our children for school", "Skoleplass etter flytting"],
                        skjerming=None, case_title="Innskriving - {b1_full}", p_open=0.0, english=0.35)


def make_sk_rektor_forward(rng: random.Random, world: World) -> Draft:
    maker = rng.choices([make_sk_skyss, make_sk_permisjon, make_sk_skolebytte, make_sk_sfo, make_sk_spesial],
                        weights=[3, 3, 2, 2, 1])[0]
    orig = maker(rng, world)
    return forward_by_employee(rng, world, orig, titles=["rektor", "inspektør", "rektor", "kontaktlærar", "SFO-leder"],
                               intros=_FORWARD_INTROS,
                               note="Forwarded by the rektor; avsender is the parent.")


# =====================================================================================
# barnehage — null unless economy/health/family problems are revealed (then P13)
# =====================================================================================

def _kindergarten_slots(rng: random.Random, world: World, tenant: str, lang: str) -> tuple[dict[str, str], _Family]:
    fam = _family(rng, world, min_age=1, max_age=5)
    s = _family_slots(rng, world, fam, tenant, lang)
    s.update({"bhg2": pick(rng, KINDERGARTENS[tenant]), "mnd": month(rng, lang),
              "fodt": f"{pick(rng, MONTHS if lang != 'en' else MONTHS_EN)} {2026 - fam.b1_alder}",
              "b1_mnd": str(rng.randint(10, 20)), "inntekt": f"{rng.randint(180, 420)} 000",
              "jobb": pick(rng, ["sykepleier", "lærer", "ingeniør på verftet", "fiskeindustrien", "butikken",
                                 "lege ved legesenteret", "Vestvik Smolt"]),
              "prosent": pick(rng, ["60", "80", "50"])})
    s["barnet"] = {"nb": ("datteren vår", "sønnen vår"), "nn": ("dottera vår", "sonen vår"),
                   "en": ("our daughter", "our son")}[lang][fam.g1 == "m"]
    s["c_word"] = "son" if fam.g1 == "m" else "daughter"
    return s, fam


BH_SOKNAD = {
    "nb": [
        """Vi søker om barnehageplass for {b1_full}, født {fodt}, fra {dato}. Første ønske er {bhg}, andre ønske {bhg2}. Begge foreldrene jobber fullt.""",
        """Hei! Vi har nettopp flyttet til {sted} og trenger barnehageplass til {b1} ({b1_alder} år) så fort som mulig. Jeg begynner å jobbe som {jobb} i {mnd}. Er det ledige plasser noe sted?""",
        """Søknad om barnehageplass utenom hovedopptaket

Barn: {b1_full}
Foresatte: {mor} og {far}, {adr}
Ønsket oppstart: {dato}
Ønsket barnehage: {bhg}, eventuelt {bhg2}
Oppholdstid: 100 %""",
        """hei. når får vi svar på søknaden om bhg plass for {b1}? søkte i mars. begynner i jobb om 3 uker og har ingen barnevakt""",
        """SUBJ: Takker ja til plass | Svar på tilbud om barnehageplass – {b1_full}
Vi takker ja til tilbudet om plass for {b1_full} i {bhg} fra {dato}. Vi ønsker 100 % plass. Gi beskjed om det er noe mer vi må fylle ut før oppstart.""",
        """SUBJ: Opptak i private barnehager? | Spørsmål om samordnet opptak
Hei! Vi flytter til kommunen til våren. Er de private barnehagene med i det samordnede opptaket, eller må vi søke til dem hver for seg? {b1} er født {fodt}.""",
        """Hei

Jeg lurer på om det er mulig å søke plass for {b1} fra {b1_mnd} måneder, selv om {b1_han} ikke har rett på plass før neste høst. Vi er fleksible med hvilken barnehage.""",
    ],
    "nn": [
        """Vi søkjer om barnehageplass for {b1_full}, fødd {fodt}, frå {dato}. Første ønske er {bhg}, andre ønske {bhg2}.""",
        """Hei! Vi har nett flytta til {sted} og treng barnehageplass til {b1} ({b1_alder} år) så snart som råd. Eg byrjar å jobbe som {jobb} i {mnd}. Er det ledige plassar nokon stad?""",
        """hei. når får vi svar på søknaden om barnehageplass for {b1}? søkte i mars. byrjar i jobb om tre veker""",
        """SUBJ: Takkar ja til plass | Svar på tilbod om barnehageplass
Vi takkar ja til tilbodet om plass for {b1_full} i {bhg} frå {dato}. Gje beskjed om det er noko meir vi må fylle ut.""",
        """Søknad om barnehageplass utanom hovudopptaket

Barn: {b1_full}
Føresette: {mor} og {far}, {adr}
Ønskt oppstart: {dato}
Ønskt barnehage: {bhg}""",
    ],
    "en": [
        """SUBJ: Kindergarten for {b1} – we are new in {sted} | Application for kindergarten
My name is {mor}. I am a doctor and started at the health centre in {sted} this month. We would like a place for {barnet} {b1} ({b1_alder}) as soon as possible, ideally close to the health centre because I sometimes work evenings. I have attached {b1}'s vaccination card in case you need it. Thank you!""",
        """Hi, we are looking for a kindergarten place for {b1} ({b1_alder} years) from {dato}. We live at {adr}. Which kindergartens have free places, and how long is the waiting list?""",
        """Dear Sir or Madam,

I am writing to apply for a place at {bhg} for {barnet} {b1_full}. We moved from {land} this summer. {b1} speaks some English. I work full time as a nurse and need a place from {dato} if possible.""",
        """SUBJ: Kindergarten place – moving in {mnd} | Application for a kindergarten place
Hello,

We are a family of three moving to {sted} in {mnd}; I have accepted a job at the hospital and my wife will study Norwegian. Our {c_word} {b1} was born in {fodt}. We would like to apply for a full-time kindergarten place from {dato}. We do not yet have a Norwegian ID number. Is it possible to apply without it, and what is the monthly price?""",
        """SUBJ: Question about kindergarten fees | Sibling discount?
Hi, my {c_word} {b1} started at {bhg} in August and {b1_hans} little sibling will start in January. Is there a sibling discount, and do we have to apply for it? Is there information about prices in English?""",
        """SUBJ: Kindergarten waiting list | Still no kindergarten place
Dear Sir or Madam,

We applied for a place for {b1} in the main admission in March and we are still on the waiting list. We both work full time and our parental leave has ended. Could you please tell us when we can expect an offer?""",
        """SUBJ: Termination of kindergarten place | Cancel kindergarten place
Hello, we are moving back to {land} at the end of {mnd}, so we want to cancel {b1}'s place at {bhg} from 1 {mnd}. Please confirm. Thank you for taking such good care of {b1_ham}!""",
    ],
}

BH_REDUSERT = {  # economy / health -> P13
    "nb": [
        """SUBJ: Redusert foreldrebetaling – svar på brev {ref} | Svar om inntekt
Svar på brevet deres ({ref}).

Inntekten i skattemeldingen for i fjor stemmer ikke lenger. {mor_first} fikk kreft i vinter og har ikke kunnet jobbe siden, og selv har jeg redusert til 60 % for å kunne følge opp behandlingen og barna. Vi har derfor mye lavere inntekt i år. Jeg legger ved bekreftelse fra NAV på sykepengene og mine lønnsslipper.""",
        """Søknad om redusert foreldrebetaling og gratis kjernetid

Jeg er alene med {b1} og {b2} og har en samlet inntekt på ca. {inntekt} kr i år. Jeg er 50 % ufør på grunn av sykdom. Vedlagt ligger skattemelding og vedtak fra NAV.""",
        """Hei. Jeg ble skilt i sommer og har nå {b1} alene, og jeg er i tillegg sykmeldt i en periode. Jeg vet ikke om det påvirker saken om redusert betaling ({ref}), men vil gi beskjed om at husstandsinntekten er mye lavere nå. Si fra om dere trenger papirer.""",
        """SUBJ: Ettersending – redusert foreldrebetaling {ref} | Dokumentasjon inntekt
Hei

Som svar på brevet deres ({ref}) sender jeg lønnsslippene for de tre siste månedene. Jeg jobber 40 % i butikk etter at jeg ble syk i fjor, og har i tillegg uføretrygd. Samboeren min flyttet ut i juni, så det er bare jeg og {b1} i husstanden.""",
        """SUBJ: Sender dokumentasjon {ref} | Dokumentasjon på inntekt
Sender som avtalt på telefon kopi av vedtaket om uføretrygd og bostøtte, slik at dere kan behandle søknaden om redusert foreldrebetaling for {b1} ({ref}). Jeg har ingen andre inntekter.""",
        """SUBJ: Vedlegg til søknad {ref} | Manglende vedlegg
Hei! Beklager at dette kommer sent. Her er vedtaket fra NAV om sosialhjelp og kontoutskrift for de tre siste månedene, som dere etterlyste i saken om redusert pris for {b1} ({ref}).""",
        """SUBJ: Redusert betaling – endret inntekt | Endring i inntekt – {b1}
Hei. Vi fikk innvilget redusert foreldrebetaling for {b1} i vår ({ref}). Nå har jeg blitt permittert fra jobben på verftet, og inntekten vår har gått enda mer ned. Kan vi få ny beregning? Vedlagt er permitteringsvarselet.""",
        """hei, vi har det veldig trangt økonomisk etter at mannen min ble syk og mistet jobben. kan vi få redusert pris i barnehagen for {b1}? hva må vi sende?""",
        """Søknad om friplass

Vi søker om friplass for {b1_full} i {bhg}. Familien har hatt store utgifter etter at {far_first} fikk kreftdiagnose i vår og har vært sykmeldt siden. Inntekten vår er nå under grensen for redusert foreldrebetaling. Dokumentasjon følger vedlagt.""",
    ],
    "nn": [
        """SUBJ: Svar på brev om redusert foreldrebetaling | Inntekt – {ref}
Svar på brevet dykkar ({ref}).

Inntekta i skattemeldinga for i fjor stemmer ikkje lenger. {mor_first} fekk kreft i vinter og har ikkje jobba sidan, og eg har gått ned i stilling for å vere heime meir. Vi har difor mykje lågare inntekt i år. Stadfesting frå NAV ligg ved.""",
        """Søknad om redusert foreldrebetaling

Eg er åleine med {b1} og {b2} og har ei samla inntekt på om lag {inntekt} kr i år. Eg er delvis ufør på grunn av sjukdom. Skattemelding og vedtak frå NAV ligg ved.""",
        """Hei. Eg vart skild i sommar og har {b1} åleine no, og eg er i tillegg sjukmeld ei stund. Eg veit ikkje om det har noko å seie for saka om redusert betaling ({ref}), men inntekta i hushaldet er mykje lågare. Sei frå om de treng papir.""",
        """SUBJ: Dokumentasjon {ref} | Ettersender vedtak frå NAV
Som avtala på telefon sender eg kopi av vedtaket om uføretrygd og bustøtte, slik at de kan handsame søknaden om redusert foreldrebetaling for {b1} ({ref}). Eg har ingen andre inntekter.""",
        """hei, vi har det trongt økonomisk etter at mannen min vart sjuk og miste jobben. kan vi få redusert pris i barnehagen for {b1}? kva må vi sende inn?""",
    ],
}

BH_OPPSIGELSE = {
    "nb": [
        """SUBJ: si opp plass | Oppsigelse {b1}
hei, {b1} har fått plass i privat barnehage ved jobben min fra {dato}. vi må si opp plassen i {bhg}. hvor lang er oppsigelsestiden? mvh""",
        """Oppsigelse av barnehageplass

Vi sier med dette opp plassen til {b1_full} i {bhg} med virkning fra 1. {mnd}. {b1_Han} skal begynne i privat barnehage nærmere jobben min.""",
        """SUBJ: Oppsigelse – skjema vedlagt | Oppsigelse av plass
Se vedlagt utfylt oppsigelsesskjema for {b1_full}. Siste dag blir {dato}.""",
        """SUBJ: Oppsigelse av plass | Si opp plass {b1}
Hei! Vi har fått plass i en barnehage nærmere jobben og ønsker å si opp plassen til {b1} i {bhg}. Er oppsigelsestiden én eller to måneder?""",
        """Hei

{b1} slutter i barnehagen ved utgangen av {mnd}. Takk for fine år på avdelingen! Siste faktura kan sendes som vanlig.""",
    ],
    "nn": [
        """SUBJ: seie opp plass | Oppseiing {b1}
hei, {b1} har fått plass i ein privat barnehage ved jobben min frå {dato}, så vi må seie opp plassen i {bhg}. kor lang er oppseiingstida?""",
        """Oppseiing av barnehageplass

Vi seier med dette opp plassen til {b1_full} i {bhg} frå 1. {mnd}.""",
        """SUBJ: Oppseiing av plass | {b1} sluttar
Hei! {b1} skal byrje i ein privat barnehage nærare jobben min, så vi seier opp plassen i {bhg} frå 1. {mnd}. Takk for god omsorg!""",
    ],
}

BH_ENDRING = {
    "nb": [
        """SUBJ: Ønsker bytte av barnehage | Overflytting til {bhg2} | Bytte barnehage
Vi ønsker at {b1} ({b1_alder} år) og {b2} skal gå i samme barnehage. {b2} har fått plass i {bhg2}, mens {b1} fortsatt går i {bhg}. Levering i to barnehager hver morgen tar nesten en time. Kan {b1} overføres til {bhg2}?""",
        """SUBJ: Endring av oppholdstid | redusert plass {b1}
Hei, kan vi endre oppholdstiden for {b1} fra 100 % til {prosent} % fra 1. {mnd}? Jeg jobber redusert nå.""",
        """SUBJ: Søskenmoderasjon | Søknad om søskenmoderasjon
Søknad om søskenmoderasjon

{b1_full} går i {bhg} og {b2_full} begynner i {bhg2} i {mnd}. Vi ber om at søskenmoderasjon blir lagt inn fra oppstart.""",
        """SUBJ: Takke ja og stå på venteliste? | Plass i {bhg}
Hei

Vi har fått plass i {bhg}, men ønsker heller {bhg2} som ligger nærmere. Kan vi takke ja og samtidig stå på venteliste til {bhg2}?""",
    ],
    "nn": [
        """SUBJ: Ønskjer byte av barnehage | Byte barnehage
Vi ønskjer at {b1} og {b2} skal gå i same barnehage. {b2} har fått plass i {bhg2}, medan {b1} går i {bhg}. Kan {b1} flyttast til {bhg2}?""",
        """SUBJ: Endring av opphaldstid
Hei, kan vi endre opphaldstida for {b1} frå 100 % til {prosent} % frå 1. {mnd}?""",
        """SUBJ: Søskenmoderasjon
Søknad om søskenmoderasjon: {b1_full} går i {bhg}, og {b2_full} byrjar i {bhg2} i {mnd}.""",
    ],
}

BH_KLAGE = {
    "nb": [
        """SUBJ: Klage – tilbud om plass langt unna | Barnehageplass i feil ende av kommunen
Vi har fått tilbud om plass til {b1} fra {dato}, men i {bhg2}, som ligger en halvtime unna uten buss. Vi har ikke bil. Loven sier at plassen skal være i kommunen, men det kan vel ikke være meningen at vi skal takke nei og miste plassen? Vi ber om å få stå på venteliste til {bhg} uten at tilbudet faller bort.""",
        """SUBJ: Klage på tildeling | Klage – barnehageplass
Klage på tildeling av barnehageplass

Vi har fått tilbud om plass i {bhg2}, som ligger 25 minutter unna i feil retning. Vi søkte {bhg} som første ønske og har søsken der. Vi klager på vedtaket og ber om at det blir vurdert på nytt.""",
        """SUBJ: Når får vi plass?? | Ventelisten – {b1} | Svar på henvendelse etterlyses
Nå har jeg ringt tre ganger og sendt to e-poster uten å få et skikkelig svar. {b1} står på venteliste, og jeg har fått beskjed om at {b1_han} «står høyt». Hva betyr det? Arbeidsgiveren min venter ikke i det uendelige. Jeg vil ha et konkret svar på når {b1} kan begynne, og i hvilken barnehage.""",
        """SUBJ: Åpningstider {bhg} | Stengetid fra nyttår
Hei

Foreldre på {bhg} reagerer på at barnehagen skal stenge kl 16.15 fra nyttår. Mange av oss pendler og rekker ikke å hente før 16.30. Hvem har bestemt dette, og er det mulig å gi innspill?""",
    ],
    "nn": [
        """SUBJ: Klage – plass langt unna | Barnehageplass utan buss
Vi har fått tilbod om plass til {b1} i {bhg2}, som ligg ein halvtime unna utan buss, og vi har ikkje bil. Vi ber om å få stå på venteliste til {bhg} utan at tilbodet fell bort.""",
        """SUBJ: Klage på tildeling | Klage – barnehageplass
Klage på tildeling av barnehageplass

Vi har fått tilbod om plass i {bhg2}, som ligg langt unna i feil retning. Vi søkte {bhg} som første ønske og har sysken der. Vi ber om at saka blir vurdert på nytt.""",
        """SUBJ: Opningstider {bhg} | Stengetid
Hei

Fleire foreldre på {bhg} reagerer på at barnehagen skal stengje 16.15 frå nyttår. Mange av oss pendlar og rekk ikkje å hente før halv fem. Kven har bestemt dette?""",
    ],
}

BH_SPESIAL = {  # a child's diagnosis or family problems -> P13
    "nb": [
        """Hei

{b1} ({b1_alder} år) har fått påvist en alvorlig språkforstyrrelse og mistanke om autisme etter utredning på sykehuset. Vi ønsker at {b1_han} får spesialpedagogisk hjelp i barnehagen og ber om at {bhg} og PPT kobles inn. Rapporten fra sykehuset kan ettersendes.""",
        """Søknad om ekstra ressurs i barnehagen

{b1_full} har cerebral parese og trenger hjelp til å spise og forflytte seg. Vi søker om ekstra bemanning slik at {b1_han} kan delta i aktivitetene på lik linje med de andre barna på {bhg}.""",
        """Vi søker om prioritert plass for {b1_full} på {bhg}. Mamma {mor} er alvorlig syk og innlagt på sykehuset, og jeg er alene med tre barn og jobber turnus. Barnevernet kjenner familien og støtter søknaden.""",
    ],
    "nn": [
        """Hei

{b1} ({b1_alder} år) har fått påvist ein alvorleg språkvanske og mistanke om autisme. Vi ønskjer at {b1_han} får spesialpedagogisk hjelp i barnehagen og ber om at {bhg} og PPT blir kopla inn.""",
        """Søknad om ekstra ressurs i barnehagen

{b1_full} har epilepsi og treng vaksen nær seg heile dagen. Vi søkjer om ekstra bemanning på {bhg}.""",
        """Vi søkjer om prioritert plass for {b1_full} på {bhg}. Mor til {b1} er alvorleg sjuk og innlagd på sjukehuset, og eg er åleine med tre born og jobbar turnus.""",
    ],
}


def _kindergarten_mail(rng: random.Random, world: World, variants: dict[str, list[str]], subjects: list[str], *,
                       skjerming: str | None, case_title: str, p_open: float, english: float = 0.0,
                       note: str = "", attach: list[tuple[str, str]] | None = None) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant, english=english)
    if lang not in variants:
        lang = "nb"
    slots, fam = _kindergarten_slots(rng, world, tenant, lang)
    slots["land"] = pick(rng, ["Poland", "Spain", "the Philippines", "Lithuania", "Germany", "Eritrea"])
    subj_t, template = split_subject(rng, choose(rng, variants, lang))
    sender = fam.mor if rng.random() < 0.6 else fam.far
    if any(k in template for k in ("{mor_first}", "Mamma {mor}", "Mor til")):
        sender = fam.far
    elif any(k in template for k in ("{far_first}", "My name is {mor}", "mannen min")):
        sender = fam.mor
    tittel = fill(case_title, {**slots, "sender": sender.name})
    sak = None
    if "{ref}" in template:
        sak, phrase, _ = ref_or_unknown(rng, world, tenant, "barnehage", tittel, p_open=p_open, p_unknown=1.0,
                                        part=sender.name, lang=lang if lang != "en" else "nb")
        slots["ref"] = phrase
    text = fill(template, slots)
    email = email_for(rng, world, sender)
    casual = text[:1].islower()
    body = compose(rng, opening(rng, lang, text), text, sign(rng, world, sender, lang, phone=0.4))
    body = roughen(rng, body, [fam.b1.first, fam.b2.first, fam.mor.name, fam.far.name, fam.mor.first, fam.far.first, sender.name],
                   p_terse=0.7 if casual else 0.1)
    if casual and rng.random() < 0.35:
        body += "\n\n" + mobile_footer(rng, lang)
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email, subject=fill(subj_t or pick(rng, subjects), slots),
              body=body, style=phone_style(rng) if casual else None)
    if sak and rng.random() < 0.35:
        d.quoted = kommune_letter(rng, world, tenant, sak, "Søknad om redusert foreldrebetaling – behov for dokumentasjon",
                                  pick(rng, [("Vi har mottatt søknaden om redusert foreldrebetaling. For å behandle den trenger vi "
                                             "dokumentasjon på samlet inntekt i husstanden."),
                                             ("Søknaden kan ikke behandles før vi har mottatt siste skattemelding og dokumentasjon på "
                                             "nåværende inntekt."), "Vi ber om at dokumentasjon blir ettersendt innen 14 dager."]))
    if attach and ("vedlagt" in text.lower() or "ligg ved" in text or "følger" in text):
        for fname, doc in rng.sample(attach, k=rng.randint(1, len(attach))):
            d.attachments.append(AttachmentSpec(filename=fname, kind=pick(rng, ["pdf", "pdf", "scan"]),
                                                text=fill(doc, {**slots, "sender": sender.name})))
    if sak is None and "{ref}" in template:
        note = (note + " Cites a case number that is not open: new case.").strip()
    return finish(d, Label("barnehage", skjerming, avsender(sender.name, email), sak=sak, note=note),
                  _family_people(fam), private_sender=sender)


_BH_DOCS = [
    ("NAV_vedtak.pdf", ("Vedtak fra NAV\n\nTil: {sender}\n\nDu har rett til arbeidsavklaringspenger fra {dato}. "
                       "Ytelsen utgjør 66 prosent av beregningsgrunnlaget.")),
    ("Skattemelding_2025.pdf", "Skattemelding for 2025\n\nSkattyter: {sender}\nAlminnelig inntekt: {inntekt} kr"),
    ("lonnsslipper_siste_mnd.pdf", "Lønnsslipp\n\nAnsatt: {sender}\nStillingsprosent: 40\nUtbetalt for perioden {dato}–{dato2}."),
]


def make_bh_soknad(rng: random.Random, world: World) -> Draft:
    return _kindergarten_mail(rng, world, BH_SOKNAD, ["Søknad om barnehageplass", "barnehageplass?",
                                                      "Application for kindergarten place", "Barnehageplass til {b1}",
                                                      "Søknad om plass – {b1_full}", "svar på søknad?", "Kindergarten"],
                              skjerming=None, case_title="Barnehageplass - {b1_full}", p_open=0.0, english=0.12)


def make_bh_redusert(rng: random.Random, world: World) -> Draft:
    return _kindergarten_mail(rng, world, BH_REDUSERT, ["Redusert foreldrebetaling", "Dokumentasjon – redusert betaling",
                                                        "Søknad om redusert foreldrebetaling", "redusert pris barnehage?",
                                                        "Søknad om friplass", "Endret inntekt – redusert betaling"],
                              skjerming="P13", case_title="Søknad om redusert foreldrebetaling - {sender}", p_open=0.75,
                              note="Economic and health circumstances revealed: P13.", attach=_BH_DOCS)


def make_bh_oppsigelse(rng: random.Random, world: World) -> Draft:
    return _kindergarten_mail(rng, world, BH_OPPSIGELSE, ["oppsigelse av plass", "Oppsigelse av barnehageplass",
                                                          "Oppseiing av plass", "{b1} slutter", "Oppsigelse – {b1_full}"],
                              skjerming=None, case_title="Barnehageplass - {b1_full}", p_open=0.0)


def make_bh_endring(rng: random.Random, world: World) -> Draft:
    return _kindergarten_mail(rng, world, BH_ENDRING, ["Overføring til annen barnehage", "Endring av oppholdstid",
                                                       "Søskenmoderasjon", "Bytte barnehage", "Overflytting til {bhg2}"],
                              skjerming=None, case_title="Barnehageplass - {b1_full}", p_open=0.0)


def make_bh_klage(rng: random.Random, world: World) -> Draft:
    return _kindergarten_mail(rng, world, BH_KLAGE, ["Venter fortsatt på barnehageplass", "Klage på tildeling",
                                                     "Åpningstider {bhg}", "Klage – barnehageplass", "Rett til plass"],
                              skjerming=None, case_title="Barnehageplass - {b1_full}", p_open=0.0)


def make_bh_spesial(rng: random.Random, world: World) -> Draft:
    return _kindergarten_mail(rng, world, BH_SPESIAL, ["Spesialpedagogisk hjelp", "Ekstra ressurs i barnehagen",
                                                       "Prioritert plass", "Tilrettelegging for {b1}"],
                              skjerming="P13", case_title="Barnehageplass - {b1_full}", p_open=0.0,
                              note="A child's diagnosis or a family crisis revealed: P13.")


# =====================================================================================
# rekruttering — always P25; personnavn: the applicant(s)
# =====================================================================================

POSITIONS = [  # (nb title, nn title, workplace kind)
    ("sykepleier 100 %", "sjukepleiar 100 %", "heim"), ("helsefagarbeider 75 %", "helsefagarbeidar 75 %", "heim"),
    ("lærer 80 %", "lærar 80 %", "skole"), ("lektor i realfag", "lektor i realfag", "skole"),
    ("pedagogisk leder", "pedagogisk leiar", "bhg"), ("barnehageassistent 100 %", "barnehageassistent 100 %", "bhg"),
    ("byggesaksbehandler", "byggesakshandsamar", "rådhus"), ("rådgiver i plan og utvikling", "rådgjevar i plan", "rådhus"),
    ("økonomikonsulent", "økonomikonsulent", "rådhus"), ("ingeniør vann og avløp", "ingeniør vatn og avløp", "rådhus"),
    ("barnevernspedagog", "barnevernspedagog", "rådhus"), ("vernepleier i bofellesskap", "vernepleiar i bufellesskap", "heim"),
    ("sommervikar i hjemmetjenesten", "sommarvikar i heimetenesta", "heim"), ("renholder 50 %", "reinhaldar 50 %", "rådhus"),
    ("IT-konsulent", "IT-konsulent", "rådhus"), ("arkivmedarbeider", "arkivmedarbeidar", "rådhus"),
]


def _position(rng: random.Random, tenant: str, lang: str) -> tuple[str, str]:
    nb, nn, kind = pick(rng, POSITIONS)
    title = nn if lang == "nn" else nb
    where = {"heim": pick(rng, NURSING_HOMES[tenant]), "skole": pick(rng, SCHOOLS[tenant]),
             "bhg": pick(rng, KINDERGARTENS[tenant]), "rådhus": TENANTS[tenant]["navn"]}[kind]
    full = f"{title} ved {where}" if kind != "rådhus" else f"{title} i {where}"
    case_title = f"Tilsetting - {nb[0].upper() + nb[1:]}" + (f" {where}" if kind != "rådhus" else "")
    return full, case_title


def _applicant_slots(rng: random.Random, world: World, tenant: str, lang: str) -> dict[str, str]:
    return {"aar": str(rng.randint(2, 18)), "utd": pick(rng, {
        "nb": ["bachelor i sykepleie fra Høgskulen på Vestlandet", "master i samfunnsplanlegging fra NTNU",
               "lektorutdanning fra Universitetet i Bergen", "fagbrev som helsefagarbeider",
               "bachelor i barnehagelærerutdanning", "ingeniørutdanning fra Høgskolen i Ålesund",
               "bachelor i økonomi og administrasjon"],
        "nn": ["bachelor i sjukepleie frå Høgskulen på Vestlandet", "master i samfunnsplanlegging frå NTNU",
               "lektorutdanning frå Universitetet i Bergen", "fagbrev som helsefagarbeidar",
               "bachelor i barnehagelærarutdanning"],
        "en": ["a bachelor's degree in nursing", "a master's degree in civil engineering",
               "a teaching degree", "a degree in economics"]}[lang]),
        "forrige": pick(rng, ["Haukeland universitetssjukehus", "Ålesund kommune", "Bergen kommune", "et privat firma",
                              "Volda kommune", "Helse Møre og Romsdal", "en ungdomsskole i Oslo", "NAV"]),
        "sted": pick(rng, PLACES[tenant]), "dato": day(rng, lang), "dato2": day(rng, lang),
        "land": pick(rng, ["Portugal", "Polen", "Spania", "Filippinene", "Litauen", "Tyskland", "Italia"])}


REK_SOKNAD = {
    "nb": [
        """Jeg søker herved på stillingen som {stilling}, utlyst på NAV.no.

Jeg har {utd} og {aar} års erfaring fra {forrige}. Der har jeg jobbet selvstendig og i team, og jeg trives med varierte oppgaver og tett samarbeid med brukerne.

Familien min har bestemt seg for å flytte tilbake til {sted}, der jeg vokste opp, og jeg ønsker meg en fast stilling i kommunen. CV, vitnemål og attester ligger vedlagt.""",
        """Søknad på stilling som {stilling}

Med stor interesse leste jeg utlysningen deres. Etter {aar} år i {forrige} ønsker jeg nye utfordringer nærmere familien. Jeg er strukturert, løsningsorientert og har god erfaring med fagsystemer og saksbehandling.

Jeg kan tiltre etter avtale, oppsigelsestiden min er tre måneder.""",
        """Hei!

Vil gjerne søke på {stilling}. Har {utd}, jobber nå som vikar. Kan begynne med en gang. CV vedlagt.""",
        """Hei!

Jeg er sykepleierstudent på tredje året og vil gjerne søke på {stilling} i sommer. Jeg har jobbet som assistent på sykehjem i helgene i to år og kjenner godt til rutinene. Kan jobbe fra 15. juni til midten av august.""",
        """Søknad – {stilling}

Jeg har fulgt med på kommunens utlysninger en stund og ble glad da jeg så denne stillingen. I dag jobber jeg i {forrige}, men jeg pendler tre timer hver dag og ønsker meg jobb der jeg bor. Jeg har {utd}, førerkort klasse B og disponerer egen bil.

Jeg legger ved CV, vitnemål og to attester.""",
        """Søknad om stilling som {stilling}

Etter tolv år som selvstendig næringsdrivende ønsker jeg å bruke erfaringen min i offentlig sektor. Jeg har drevet eget firma med fire ansatte, hatt ansvar for regnskap, kundekontakt og personal, og har fullført {utd} ved siden av jobb. Jeg er vant til å ta beslutninger og trives med å løse problemer sammen med andre.

Jeg ser fram til å høre fra dere, og stiller gjerne til intervju.""",
        """Hei,

Jeg ble ferdig med {utd} i juni og har sommerjobbet i {forrige}. Stillingen som {stilling} virker spennende, og jeg vil gjerne begynne karrieren min i en kommune der jeg får prøve meg på mange ulike oppgaver. Karakterutskrift og CV ligger vedlagt.""",
        """Jeg viser til annonsen for {stilling} og søker stillingen.

Jeg er {alder} år, har {utd} og har de siste {aar} årene jobbet i {forrige}. Jeg er opptatt av kvalitet og trivsel på arbeidsplassen, og har gode referanser fra nåværende leder.""",
    ],
    "nn": [
        """Eg søkjer med dette på stillinga som {stilling}, lyst ut på NAV.no.

Eg har {utd} og {aar} års erfaring frå {forrige}. Eg trivst med varierte oppgåver og tett samarbeid med brukarane.

Familien min skal flytte tilbake til {sted}, der eg vaks opp. CV, vitnemål og attestar ligg ved.""",
        """Søknad på stilling som {stilling}

Eg las utlysinga med stor interesse. Etter {aar} år i {forrige} ønskjer eg nye utfordringar nærare familien. Eg er strukturert og løysingsorientert. Eg kan byrje etter avtale.""",
        """Hei!

Vil gjerne søkje på {stilling}. Har {utd} og jobbar no som vikar. CV ligg ved.""",
        """Søknad – {stilling}

Eg jobbar i dag i {forrige}, men pendlar tre timar kvar dag og ønskjer meg jobb der eg bur. Eg har {utd}, førarkort klasse B og eigen bil. CV og attestar ligg ved.""",
    ],
}

REK_VEDLEGG_BODY = {
    "nb": ["Her er søknaden min på {stilling}, med CV, vitnemål og attester i vedleggene.",
           "Se vedlagt søknad.", "Hei!\n\nVedlagt følger min søknad på stillingen som {stilling}.",
           "Søknad og CV vedlagt. Ser frem til å høre fra dere.", "Søknad {stilling} – se vedlegg"],
    "nn": ["Vedlagt ligg søknad og CV på stillinga som {stilling}.", "Sjå vedlagt søknad.",
           "Hei!\n\nSøknad og CV på stillinga som {stilling} ligg ved."],
}
REK_DOC_SOKNAD = """Søknad på stilling som {stilling}

Jeg viser til utlysningen og søker stillingen. Jeg har {utd} og {aar} års erfaring fra {forrige}, og jeg ønsker å bidra til gode tjenester for innbyggerne i kommunen.

Med vennlig hilsen
{navn}"""
REK_DOC_CV = """CV – {navn}

Utdanning: {utd}
Arbeidserfaring: {forrige}, {aar} år
Språk: norsk, engelsk
Referanser oppgis på forespørsel"""


def _applicant(rng: random.Random, world: World, foreign: bool = False) -> tuple[Person, str]:
    if foreign:
        p = Person(pick(rng, ["Ana Sofia", "Marta", "Tomasz", "Joana", "Lukas", "Rasa", "Maria", "Jonas", "Olena", "Diego"]),
                   pick(rng, ["Ferreira", "Kowalczyk", "Silva", "Petrauskienė", "Müller", "Reyes", "Novak", "García"]))
        return p, f"{ascii_fold(p.first).lower()}.{ascii_fold(p.last).lower()}@" + pick(rng, ["gmail.com", "outlook.com", "yahoo.com"])
    p = world.person()
    return p, world.private_email(p)


def _rek_case(rng: random.Random, world: World, tenant: str, case_title: str, p_open: float, p_unknown: float,
              lang: str) -> tuple[str | None, str, str]:
    return ref_or_unknown(rng, world, tenant, "rekruttering", case_title, p_open=p_open, p_unknown=p_unknown,
                          lang=lang if lang != "en" else "en")


def make_rek_soknad(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant, nynorsk=0.6 if tenant == "havoy" else 0.1)
    stilling, case_title = _position(rng, tenant, lang)
    slots = {**_applicant_slots(rng, world, tenant, lang), "stilling": stilling, "alder": str(rng.randint(24, 58))}
    p, email = _applicant(rng, world)
    sak, phrase, bare = _rek_case(rng, world, tenant, case_title, 0.45, 0.05, lang)
    text = fill(choose(rng, REK_SOKNAD, lang), slots)
    in_text = bool(phrase) and rng.random() < 0.5
    if in_text:
        text = f"{phrase}\n\n{text}" if rng.random() < 0.6 else f"{text}\n\n{phrase}"
    body = compose(rng, opening(rng, lang, text, 0.4), text, sign(rng, world, p, lang, phone=0.8))
    subj = pick(rng, [f"Søknad – {stilling}", f"Søknad på stilling som {stilling}", "Jobbsøknad", f"Søknad {stilling}",
                      "Søknad på utlyst stilling"]) + (f", ref. {bare}" if bare and (not in_text or rng.random() < 0.4) else "")
    d = Draft(tenant=tenant, sender_name=p.name, sender_email=email, subject=subj, body=body)
    if "vedlagt" in text.lower() or "ligg ved" in text or "ligger vedlagt" in text:
        d.attachments.append(AttachmentSpec(filename=f"CV {p.name}.pdf", kind="pdf",
                                            text=fill(REK_DOC_CV, {**slots, "navn": p.name})))
    note = "" if sak or not bare else "Cites a number that is not an open case: new case."
    return finish(d, Label("rekruttering", "P25", avsender(p.name, email), sak=sak, note=note),
                  [(p.name, p.first)], private_sender=p)


def make_rek_vedlegg(rng: random.Random, world: World) -> Draft:
    """Short body; the application and CV are docx/pdf attachments."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant, nynorsk=0.5 if tenant == "havoy" else 0.1)
    stilling, case_title = _position(rng, tenant, lang)
    slots = {**_applicant_slots(rng, world, tenant, "nb"), "stilling": stilling}
    p, email = _applicant(rng, world)
    slots["navn"] = p.name
    sak, _phrase, bare = _rek_case(rng, world, tenant, case_title, 0.5, 0.05, lang)
    body = compose(rng, fill(choose(rng, REK_VEDLEGG_BODY, lang), slots),
                   pick(rng, ["Mvh", "Hilsen", "Vennlig hilsen", "Helsing"]) + f" {p.name}")
    ext = pick(rng, ["docx", "pdf"])
    atts = [AttachmentSpec(filename=f"Søknad {stilling.split(' ved ')[0].split(' i ')[0]} - {p.name}.{ext}", kind=ext,
                           text=fill(REK_DOC_SOKNAD, slots)),
            AttachmentSpec(filename=f"CV {p.name}.{ext}", kind=ext, text=fill(REK_DOC_CV, slots))]
    if rng.random() < 0.3:
        atts.append(AttachmentSpec(filename="Vitnemål.pdf", kind="scan",
                                   text=f"Vitnemål\n\n{p.name} har fullført {slots['utd']}."))
    subj = pick(rng, [f"Søknad – {stilling}", "Søknad", f"Søknad {stilling}", "Jobbsøknad med CV"]) + \
        (f", ref. {bare}" if bare else "")
    d = Draft(tenant=tenant, sender_name=p.name, sender_email=email, subject=subj, body=body, attachments=atts)
    return finish(d, Label("rekruttering", "P25", avsender(p.name, email), sak=sak,
                           note="Application mostly in attachments." + ("" if sak or not bare else " Cited number not open: new case.")),
                  [(p.name, p.first)], private_sender=p)


REK_ENGLISH = [
    """I am applying for the advertised position as registered nurse in the home nursing service. I trained in {land} and worked for {aar} years in a surgical ward before I moved to Norway with my family. I have my Norwegian licence and I drive, which I understand is necessary for home nursing in a rural municipality.

I enclose my CV, diploma and licence.""",
    """Hello, I saw your job advertisement for a healthcare worker (helsefagarbeider) at the nursing home. I have a certificate from {land} and {aar} years of experience in elderly care. I am living in Norway already and can start immediately. Please see my CV attached. Is it possible to work night shifts?""",
    """Dear recruitment team,

Please consider my application for the position of {stilling}. I hold {utd} and have worked for {aar} years, most recently as a team leader. I relocated to Norway with my partner this year and I am fluent in English and have basic Norwegian.""",
    """Please find attached my application and CV for the {stilling} position. I have {aar} years of experience and I am available for an interview on Teams at any time.""",
    """Dear hiring manager,

I am writing to express my interest in the position of {stilling}. After {aar} years in {land}, my family and I have decided to settle in western Norway. I speak Norwegian at an intermediate level and I am eager to learn more.""",
    """Hi! I am a {nasj} {yrke} and I have lived in {sted} for two years. I would like to apply for the job as {stilling}. My Norwegian is not perfect yet, but I take evening classes twice a week and I understand most things at work. My CV is attached.""",
]


def make_rek_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    stilling, case_title = _position(rng, tenant, "nb")
    p, email = _applicant(rng, world, foreign=True)
    slots = {**_applicant_slots(rng, world, tenant, "en"), "stilling": stilling, "mnd": month(rng, "en"),
             "nasj": pick(rng, ["Portuguese", "Polish", "Spanish", "Filipino", "Lithuanian", "German"]),
             "yrke": pick(rng, ["nurse", "engineer", "teacher", "social worker", "accountant"]),
             "land": pick(rng, ["Portugal", "Poland", "Spain", "the Philippines", "Lithuania", "Germany"])}
    sak, phrase, _bare = _rek_case(rng, world, tenant, case_title, 0.3, 0.05, "en")
    text = fill(pick(rng, REK_ENGLISH), slots)
    body = compose(rng, opening(rng, "en", text, 0.7), text + (f"\n\n{phrase}" if phrase else ""),
                   sign(rng, world, p, "en", phone=0.8))
    d = Draft(tenant=tenant, sender_name=p.name, sender_email=email,
              subject=pick(rng, [f"Application – {stilling}", "Job application", f"Application for the position as {stilling}"]),
              body=body, attachments=[AttachmentSpec(filename=f"CV_{ascii_fold(p.name)}.pdf", kind="pdf",
                                                     text=f"Curriculum Vitae – {p.name}\n\nExperience: {slots['aar']} years.")])
    return finish(d, Label("rekruttering", "P25", avsender(p.name, email), sak=sak, note="English job application."),
                  [(p.name, p.first)], private_sender=p)


REK_SPORSMAL = {
    "nb": [
        "Jeg vurderer å søke på stillingen som {stilling} og lurer på om det er mulig å jobbe deltid i starten. Er det også mulig å få hjelp til å finne bolig?",
        "Hei, er søknadsfristen for {stilling} 1. {mnd} eller er den forlenget? Finner ikke annonsen lenger.",
        "Hvilken turnus er det i stillingen som {stilling}? Og er det krav om førerkort?",
        "Jeg søkte på {stilling} for tre uker siden og har ikke hørt noe. Har dere mottatt søknaden min?",
        "Hei! Når blir det intervjuer til stillingen som {stilling}? Jeg er bortreist i uke 43 og vil gjerne vite om det passer.",
    ],
    "nn": [
        "Eg vurderer å søkje på stillinga som {stilling} og lurer på om det går an å jobbe deltid i starten. Kan kommunen hjelpe med bustad?",
        "Hei, er søknadsfristen for {stilling} framleis 1. {mnd}?",
        "Eg søkte på {stilling} for tre veker sidan og har ikkje høyrt noko. Har de fått søknaden min?",
        "Er stillinga som {stilling} fast eller eit vikariat? Det står ikkje i annonsen. Og er det mogleg med heimekontor ein dag i veka?",
    ],
}


def make_rek_sporsmal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    stilling, case_title = _position(rng, tenant, lang)
    p, email = _applicant(rng, world)
    slots = {"stilling": stilling, "mnd": month(rng, lang)}
    sak, phrase, _bare = _rek_case(rng, world, tenant, case_title, 0.3, 0.0, lang)
    text = fill(choose(rng, REK_SPORSMAL, lang), slots)
    body = compose(rng, opening(rng, lang, text, 0.7), text + (f" ({phrase})" if phrase else ""), sign(rng, world, p, lang, phone=0.5))
    body = roughen(rng, body, [p.name], p_terse=0.2)
    d = Draft(tenant=tenant, sender_name=p.name, sender_email=email,
              subject=pick(rng, ["Spørsmål om stillingen", f"Spørsmål – {stilling}", "Søknadsfrist?", "Mottatt søknad?",
                                 "Spørsmål om utlyst stilling"]), body=body)
    return finish(d, Label("rekruttering", "P25", avsender(p.name, email), sak=sak,
                           note="Question from a (potential) applicant: tilsettingssak, P25."),
                  [(p.name, p.first)], private_sender=p)


REK_I_CASE = {  # trekk, ettersending, svar på tilbud — always in an open case
    "nb": [
        "SUBJ: Søknaden min – {stilling} | Trekk av søknad {bare}\nEtter en ny runde med familien har jeg bestemt meg for å bli i nåværende jobb ett år til. Jeg ønsker derfor ikke lenger å være søker på {stilling} ({ref}). Beklager bryet!",
        "SUBJ: Ettersending {bare} | Vitnemål og attester\nEttersender vitnemål og attester til søknaden min på {stilling} ({ref}).",
        "SUBJ: Sv: Tilbud om stilling – {stilling} | Takker ja\nTakk for tilbudet om stilling som {stilling}. Jeg takker ja og kan begynne {dato}. Signert arbeidsavtale følger vedlagt. ({ref})",
        "SUBJ: Sv: Tilbud om stilling – {stilling} | Takker nei til tilbud\nJeg har dessverre valgt å takke nei til tilbudet om {stilling} ({ref}). Lønnen ble for lav i forhold til reiseveien.",
        "SUBJ: Politiattest {bare} | Politiattest\nHei igjen! Her er politiattesten dere ba om, jf. {ref}. Den ble utstedt {dato}.",
    ],
    "nn": [
        "SUBJ: Søknaden min – {stilling}\nEg har bestemt meg for å bli verande i noverande jobb, og ønskjer difor ikkje lenger å vere søkjar på {stilling} ({ref}).",
        "SUBJ: Ettersending {bare}\nEttersender vitnemål og attestar til søknaden min på {stilling} ({ref}).",
        "SUBJ: Sv: Tilbod om stilling – {stilling}\nTakk for tilbodet om stilling som {stilling}. Eg takkar ja og kan byrje {dato}. ({ref})",
        "SUBJ: Politiattest {bare}\nHer er politiattesten de bad om, jf. {ref}.",
    ],
}


def make_rek_i_sak(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    stilling, case_title = _position(rng, tenant, lang)
    p, email = _applicant(rng, world)
    sak, phrase, bare = _rek_case(rng, world, tenant, case_title, 0.85, 0.15, lang)
    slots = {"stilling": stilling, "ref": phrase, "dato": day(rng, lang), "bare": bare}
    subj_t, template = split_subject(rng, choose(rng, REK_I_CASE, lang))
    text = fill(template, slots)
    body = compose(rng, opening(rng, lang, text, 0.7), text, sign(rng, world, p, lang, phone=0.4))
    atts = []
    if "Ettersender" in text or "følger vedlagt" in text or "politiattest" in text:
        atts.append(AttachmentSpec(filename=pick(rng, ["Attester.pdf", "Vitnemål.pdf", "Politiattest.pdf", "Arbeidsavtale_signert.pdf"]),
                                   kind="scan", text=f"Dokument\n\nGjelder: {p.name}"))
    quoted = None
    if sak and rng.random() < 0.35:
        hr, hr_mail = employee(rng, world, tenant)
        quoted = EarlierMessage(sender_name=hr.name, sender_email=hr_mail, subject=f"Tilbud om stilling – {stilling}",
                                body=f"Vår ref.: {world.cite(sak, doc=True)}\n\nVi viser til intervju og har gleden av å tilby deg "
                                     f"stilling som {stilling}. Vi ber om svar innen en uke.")
    subj = fill(subj_t, slots) if subj_t and rng.random() < 0.8 else pick(rng, [f"Ang. stilling {bare}", f"{stilling} ({bare})"])
    d = Draft(tenant=tenant, sender_name=p.name, sender_email=email, subject=subj, body=body, attachments=atts, quoted=quoted)
    return finish(d, Label("rekruttering", "P25", avsender(p.name, email), sak=sak,
                           note="" if sak else "Cites a number that is not an open case: new case."),
                  [(p.name, p.first)], private_sender=p)


REK_REFERANSE = [
    """Referanse for {kandidat}

Jeg viser til telefonsamtale og bekrefter at {kandidat} har vært ansatt hos oss som {rolle} fra 2019 til i dag. {kandidat_first} er faglig sterk, pålitelig og svært godt likt av både kolleger og brukere. Jeg anbefaler {kandidat_first} uten forbehold.""",
    """Som avtalt sender jeg skriftlig referanse for {kandidat}, som har søkt stillingen som {stilling} hos dere.

{kandidat_first} har vært i vår virksomhet i fire år. Vi opplever {kandidat_first} som strukturert og løsningsorientert, og som en god samarbeidspartner. Ta gjerne kontakt hvis dere har flere spørsmål.""",
]


def make_rek_referanse(rng: random.Random, world: World) -> Draft:
    """A referee writes for an employer; avsender is the employer organisation."""
    tenant = pick_tenant(rng)
    stilling, case_title = _position(rng, tenant, "nb")
    kandidat = world.person()
    firm = world.firm(pick(rng, ["bygg", "konsult", "regnskap", "it", "eiendom", None]))
    writer = world.person()
    email = f"{ascii_fold(writer.first).lower()}.{ascii_fold(writer.last).lower()}@{firm.domain}"
    sak, phrase, _bare = _rek_case(rng, world, tenant, case_title, 0.5, 0.0, "nb")
    slots = {"kandidat": kandidat.name, "kandidat_first": kandidat.first, "stilling": stilling,
             "rolle": pick(rng, ["prosjektleder", "saksbehandler", "konsulent", "rådgiver"])}
    text = fill(pick(rng, REK_REFERANSE), slots) + (f"\n\n{phrase}" if phrase else "")
    show = rng.random() < 0.4
    sig = f"{closing(rng, 'nb')}\n{writer.name}\n{pick(rng, ['daglig leder', 'avdelingsleder', 'HR-sjef'])}\n{firm.name}" + \
        (f"\nOrg.nr. {firm.orgnr}" if show else "")
    d = Draft(tenant=tenant, sender_name=writer.name, sender_email=email,
              subject=pick(rng, [f"Referanse – {kandidat.name}", "Referanse", f"Attest for {kandidat.name}"]),
              body=compose(rng, opening(rng, "nb", text, 0.5), text, sig))
    return finish(d, Label("rekruttering", "P25", avsender(firm.name, email, firm.orgnr if show else None), sak=sak,
                           note="Reference from an employer about an applicant; the referee writes in role."),
                  [(kandidat.name, kandidat.first)])


REK_INTERNT_N = {
    "nb": [
        """Til HR

Etter intervjuene {dato} ønsker vi å gå videre med {k1} ({k1_beskr}) i stillingen som {stilling}. Dersom {k1} takker nei, er {k2} ({k2_beskr}) aktuell som nummer to. {k3} er ikke kvalifisert for stillingen.

Kan dere sende tilbud og sørge for at politiattest blir innhentet før oppstart? Ønsket oppstart er {dato2}.""",
        """Innstilling – tilsetting i {stilling}

Intervjupanel: {leder_rolle}, verneombud og representant fra HR.
Antall søkere: {antall}. Intervjuet: 3.

Rangering:
- Nr. 1: {k1}. {k1_beskr}.
- Nr. 2: {k2}. {k2_beskr}.
- Nr. 3: {k3}. {k3_beskr}.

Panelet er samstemt. Referanser er sjekket for de to første. HR bes sende tilbud til nr. 1 med svarfrist en uke.""",
        """Notat – referansesjekk {stilling}

Referanser for {k1} er innhentet fra to tidligere ledere. Begge er svært positive. Det er ikke funnet forhold som tilsier at {k1} ikke bør tilbys stillingen. Ber HR om å utarbeide arbeidsavtale med oppstart {dato2}.""",
    ],
    "nn": [
        """Til HR

Etter intervjua {dato} ønskjer vi å gå vidare med {k1} ({k1_beskr}) i stillinga som {stilling}. Takkar {k1} nei, er {k2} ({k2_beskr}) aktuell. {k3} fyller ikkje krava.

Kan de sende tilbod og hente inn politiattest før oppstart {dato2}?""",
        """Innstilling – tilsetjing i {stilling}

Intervjupanel: {leder_rolle} og tillitsvald. Søkjarar: {antall}, tre til intervju.

Rangering:
- Nr. 1: {k1}. {k1_beskr}.
- Nr. 2: {k2}. {k2_beskr}.
- Nr. 3: {k3}. {k3_beskr}.

HR vert beden om å sende tilbod til nr. 1.""",
    ],
}
REK_INTERNT_X = {
    "nb": ["""Til arkivet

Søkerliste for {stilling} er sendt ut {dato}. {k1} har bedt om å bli unntatt fra offentlig søkerliste, og dette er innvilget. Notatet arkiveres i saken uten videre oppfølging."""],
    "nn": ["""Til arkivet

Søkjarliste for {stilling} vart send ut {dato}. {k1} har bede om å bli unnateken frå offentleg søkjarliste, og dette er innvilga. Til orientering."""],
}


def make_rek_internt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if tenant == "havoy" and rng.random() < 0.6 else "nb"
    stilling, case_title = _position(rng, tenant, lang)
    ks = [world.person() for _ in range(3)]
    while len({k.name for k in ks}) < 3:
        ks = [world.person() for _ in range(3)]
    beskr = ["sykepleier med 5 års erfaring, svært gode referanser", "nyutdannet, god i intervju",
             "12 års erfaring, men mangler formell kompetanse", "relevant master, erfaring fra kommunal sektor",
             "lang erfaring fra privat sektor", "fagbrev og vikarerfaring hos oss"]
    rng.shuffle(beskr)
    jpt = "N" if rng.random() < 0.75 else "X"
    slots = {"stilling": stilling, "antall": str(rng.randint(3, 24)), "dato": day(rng, lang), "dato2": day(rng, lang),
             "leder_rolle": pick(rng, ["rektor", "avdelingsleder", "enhetsleder", "styrer"]),
             "k1": ks[0].name, "k2": ks[1].name, "k3": ks[2].name,
             "k1_beskr": beskr[0], "k2_beskr": beskr[1], "k3_beskr": beskr[2]}
    text = fill(choose(rng, REK_INTERNT_N if jpt == "N" else REK_INTERNT_X, lang), slots)
    sak, _phrase, bare = _rek_case(rng, world, tenant, case_title, 0.8, 0.0, lang)
    emp, emp_mail = employee(rng, world, tenant)
    body = compose(rng, text, f"{emp.name}\n{pick(rng, ['rektor', 'avdelingsleder', 'enhetsleiar', 'HR-rådgiver', 'styrer'])}\n{TENANTS[tenant]['navn']}")
    subj = (pick(rng, [f"Tilsetting {stilling} – videre prosess", "Innstilling til tilsetting", f"Referansesjekk {stilling}",
                        f"Tilbud til kandidat – {stilling}"]) if jpt == "N"
            else pick(rng, ["Til arkiv – søkerliste", f"Søkerliste {stilling}"])) + (f" (sak {bare})" if bare else "")
    d = Draft(tenant=tenant, sender_name=emp.name, sender_email=emp_mail, subject=subj, body=body, style="outlook")
    note = "Internal recommendation that needs follow-up (N)." if jpt == "N" else "Internal note for the file (X)."
    return finish(d, Label("rekruttering", "P25", avsender(emp.name, emp_mail), sak=sak, journalposttype=jpt, note=note),
                  [(k.name, k.first) for k in ks])


REK_AAPEN = {
    "nb": [
        "SUBJ: Vikar? | Ledig som vikar | Tilkallingsvikar\nJeg er utdannet {utd_kort} og har nettopp flyttet til {sted}. Har dere behov for vikarer? Jeg kan jobbe både dag, kveld og helg. CV er vedlagt.",
        "SUBJ: Åpen søknad | Jobb i kommunen\nÅpen søknad\n\nJeg ønsker å sende en åpen søknad på arbeid i kommunen, gjerne innen helse eller oppvekst. Jeg har {aar} års erfaring fra {forrige}.",
        "SUBJ: sommerjobb | sommerjobb sykehjem?\nhei! er 17 år og lurer på om det finnes sommerjobb på sykehjemmet til sommeren? har jobbet som frivillig på kafeen der",
    ],
    "nn": [
        "SUBJ: Vikar? | Ledig som vikar\nEg er utdanna {utd_kort} og har nett flytta til {sted}. Treng de vikarar? Eg kan jobbe dag, kveld og helg. CV ligg ved.",
        "SUBJ: Open søknad | Jobb i kommunen\nOpen søknad\n\nEg ønskjer å sende ein open søknad om arbeid i kommunen, gjerne innan helse eller oppvekst.",
    ],
}


def make_rek_aapen(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    p, email = _applicant(rng, world)
    slots = {**_applicant_slots(rng, world, tenant, lang),
             "utd_kort": pick(rng, ["sykepleier", "helsefagarbeider", "barnehagelærer", "vernepleier", "lærer", "sjukepleiar"])}
    subj_t, template = split_subject(rng, choose(rng, REK_AAPEN, lang))
    text = fill(template, slots)
    body = compose(rng, opening(rng, lang, text, 0.7), text, sign(rng, world, p, lang, phone=0.7))
    body = roughen(rng, body, [p.name], p_terse=0.6 if text[:1].islower() else 0.1)
    d = Draft(tenant=tenant, sender_name=p.name, sender_email=email,
              subject=subj_t or pick(rng, ["Åpen søknad", "Søknad om vikariat", "Jobb i kommunen"]), body=body,
              style=phone_style(rng) if text[:1].islower() else None)
    if "vedlagt" in text or "ligg ved" in text:
        d.attachments.append(AttachmentSpec(filename=f"CV_{ascii_fold(p.last)}.pdf", kind="pdf",
                                            text=fill(REK_DOC_CV, {**slots, "navn": p.name})))
    return finish(d, Label("rekruttering", "P25", avsender(p.name, email), note="Open application: rekruttering, P25."),
                  [(p.name, p.first)], private_sender=p)


# --- substance only in an attached form (skole and barnehage) ------------------------

FORM_BODIES = {
    "nb": ["Se vedlagt søknad.", "Vedlagt følger søknad om {tema}.", "Hei\n\nSender utfylt skjema, se vedlegg.",
           "Søknaden ligger vedlagt. Gi beskjed hvis noe mangler.", "vedlagt", "Hei, her er skjemaet dere ba om.",
           "Hei!\nVedlagt er {tema} for {b1}.", "Skjema for {tema} er vedlagt. Takk!"],
    "nn": ["Sjå vedlagt søknad.", "Vedlagt følgjer søknad om {tema}.", "Hei\n\nSender utfylt skjema, sjå vedlegg.",
           "Søknaden ligg ved. Gje beskjed om noko manglar."],
}
FORMS = {
    "skole": [
        ("permisjon", """Søknad om permisjon fra opplæringen (opplæringsloven § 2-11)

Elevens navn: {b1_full}
Skole/trinn: {skole}, {trinn}. trinn
Periode: {dato} – {dato2}
Årsak: Familiebesøk i {land}
Foresattes underskrift: {sender}"""),
        ("skoleskyss", """Søknad om skoleskyss

Elev: {b1_full}
Adresse: {adr}
Skole: {skole}, {trinn}. trinn
Grunnlag: avstand over grensen / særlig farlig skolevei
Avstand: {km} km
Underskrift foresatt: {sender}"""),
        ("SFO-plass", """Søknad om plass i SFO

Barnets navn: {b1_full}
Skole: {skole}
Ønsket plass: 3 dager i uka fra {dato}
Foresatt: {sender}, {adr}"""),
    ],
    "barnehage": [
        ("barnehageplass", """Søknad om barnehageplass

Barnets navn: {b1_full}
Fødselsdato: {fodt}
Adresse: {adr}
1. ønske: {bhg}
2. ønske: {bhg2}
Oppstart: {dato}
Foresatte: {mor}, {far}"""),
        ("oppsigelse", """Oppsigelse av barnehageplass

Barnets navn: {b1_full}
Barnehage: {bhg}
Siste dag i barnehagen: {dato}
Underskrift: {sender}"""),
        ("endring av oppholdstid", """Søknad om endring av oppholdstid

Barn: {b1_full}
Barnehage: {bhg}
Fra: 100 % Til: {prosent} %
Gjelder fra: 1. {mnd}
Foresatt: {sender}"""),
    ],
}


def _form_mail(rng: random.Random, world: World, category: str) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    if category == "skole":
        slots, fam = _pupil_slots(rng, world, tenant, "nb")
    else:
        slots, fam = _kindergarten_slots(rng, world, tenant, "nb")
        slots["land"] = ""
    sender = fam.mor if rng.random() < 0.6 else fam.far
    tema, form = pick(rng, FORMS[category])
    slots.update({"sender": sender.name, "tema": tema})
    email = email_for(rng, world, sender)
    text = fill(choose(rng, FORM_BODIES, lang), slots)
    body = compose(rng, text, pick(rng, ["", sender.name, f"Mvh {sender.name}", f"Hilsen {sender.first}",
                                         f"{closing(rng, lang)}\n{sender.name}"]))
    kind = pick(rng, ["pdf", "pdf", "docx", "scan"])
    ext = "docx" if kind == "docx" else "pdf"
    fname = pick(rng, [f"Søknad {tema}.{ext}", f"skjema_{ascii_fold(tema)}.{ext}", f"{ascii_fold(fam.b1.first)}_{ascii_fold(tema)}.{ext}",
                       f"Skann_{rng.randint(100, 999)}.pdf" if kind == "scan" else f"skjema.{ext}"])
    subj = pick(rng, [f"Søknad om {tema}", tema.capitalize(), f"{tema.capitalize()} – {fam.b1.first}", "Skjema",
                      "Søknad", f"{tema} {fam.b1.name}"])
    d = Draft(tenant=tenant, sender_name=sender.name, sender_email=email, subject=subj, body=body,
              attachments=[AttachmentSpec(filename=fname, kind=kind, text=fill(form, slots))])
    return finish(d, Label(category, None, avsender(sender.name, email),
                           note="Substance only in the attached form."), _family_people(fam))


def make_sk_skjema(rng: random.Random, world: World) -> Draft:
    return _form_mail(rng, world, "skole")


def make_bh_skjema(rng: random.Random, world: World) -> Draft:
    return _form_mail(rng, world, "barnehage")


# --- internal memos from a rektor or styrer (N/X) ------------------------------------

OPP_MEMOS = {  # (category, skjerming, journalposttype, text)
    "skole": [
        (None, "N", """Til oppvekstkontoret

Ny elev fra {dato}: {b1_full}, {trinn}. trinn, flyttet til {adr}. Adressen ligger over fire kilometer fra {skole}, og eleven har rett på skoleskyss. Ber om at skyss bestilles fra første skoledag."""),
        (None, "N", """Notat til oppvekstsjefen

{skole} har fått søknad om permisjon ut over to uker for {b1_full}, {trinn}. trinn. Etter retningslinjene skal slike søknader avgjøres av kommunen. Skolen anbefaler at søknaden innvilges. Søknaden ligger vedlagt."""),
        ("P13", "N", """Til PPT og oppvekstkontoret

Skolen har mottatt sakkyndig vurdering for {b1_full}, {trinn}. trinn. Eleven har diagnosene ADHD og dysleksi og har rett på spesialundervisning i norsk og matematikk, 4 timer i uka. Det må fattes enkeltvedtak, og skolen ber om ressurs til spesialpedagog fra januar."""),
        (None, "X", """Til arkivet

Foreldremøte på {trinn}. trinn ble holdt {dato}. Tema var skolemiljø og bruk av mobil. Ingen saker til oppfølging. Referatet legges i saken til orientering."""),
    ],
    "barnehage": [
        ("P13", "N", """Til opptakskontoret

{b1_full} ({b1_alder} år) på avdeling {avd} har fått diagnosen autisme. Barnehagen trenger ekstra bemanning for å gi {b1_ham} et forsvarlig tilbud og ber om at søknad om spesialpedagogisk hjelp behandles snarest."""),
        (None, "N", """Notat til opptakskontoret

{bhg} har ledig 100 % plass på småbarnsavdelingen fra {dato} etter en oppsigelse. Vi ber om at plassen tildeles fra ventelisten så snart som mulig."""),
        (None, "X", """Til arkivet – til orientering

Foreldrerådsmøte i {bhg} {dato}. Tema: åpningstider og planleggingsdager. Ingen vedtak. Referatet arkiveres."""),
    ],
}


def _opp_memo(rng: random.Random, world: World, category: str) -> Draft:
    tenant = pick_tenant(rng)
    slots, fam = (_pupil_slots if category == "skole" else _kindergarten_slots)(rng, world, tenant, "nb")
    slots["avd"] = pick(rng, ["Nøtta", "Marihøna", "Ekornet", "Revebjella", "Bikuben"])
    skjerming, jpt, template = pick(rng, OPP_MEMOS[category])
    text = fill(template, slots)
    emp, emp_mail = employee(rng, world, tenant)
    title = pick(rng, ["rektor", "inspektør", "avdelingsleder"] if category == "skole" else ["styrer", "pedagogisk leder"])
    place = slots["skole"] if category == "skole" else slots["bhg"]
    body = compose(rng, text, f"{emp.name}\n{title}, {place}\n{TENANTS[tenant]['navn']}")
    subj = pick(rng, ["Notat", "Internt notat", f"Notat – {fam.b1.first}" if jpt == "N" else "Til arkiv",
                      text.split("\n")[0].strip(), f"Til journalføring – {place}"])
    d = Draft(tenant=tenant, sender_name=emp.name, sender_email=emp_mail, subject=subj, body=body, style="outlook")
    if "vedlagt" in text:
        d.attachments.append(AttachmentSpec(filename="Permisjonssoknad.pdf", kind="scan",
                                            text=fill("Søknad om permisjon\n\nElev: {b1_full}\nPeriode: {dato}–{dato2}", slots)))
    note = ("Internal memo that needs follow-up (N)." if jpt == "N" else "Internal note for the file (X).") + \
        (" Reveals a child's diagnosis: P13." if skjerming else "")
    return finish(d, Label(category, skjerming, avsender(emp.name, emp_mail), journalposttype=jpt, note=note),
                  _family_people(fam))


def make_sk_memo(rng: random.Random, world: World) -> Draft:
    return _opp_memo(rng, world, "skole")


def make_bh_memo(rng: random.Random, world: World) -> Draft:
    return _opp_memo(rng, world, "barnehage")


# =====================================================================================
# registry — weights per category add up to about the dev-set count per 150 mails
# =====================================================================================

FAMILIES = [
    Family("helse_omsorg.sjukeheimsplass", "helse_omsorg", make_ho_sjukeheim, 1.0, WRITER),
    Family("helse_omsorg.hjemmetjenester", "helse_omsorg", make_ho_hjemmetjenester, 1.1, WRITER),
    Family("helse_omsorg.trygghetsalarm", "helse_omsorg", make_ho_alarm, 0.7, WRITER),
    Family("helse_omsorg.bpa_omsorgsstonad", "helse_omsorg", make_ho_bpa, 0.8, WRITER),
    Family("helse_omsorg.klage", "helse_omsorg", make_ho_klage, 0.8, WRITER),
    Family("helse_omsorg.oppfolging_i_sak", "helse_omsorg", make_ho_oppfolging, 0.8, WRITER),
    Family("helse_omsorg.legeerklaring_pdf", "helse_omsorg", make_ho_legeerklaring, 0.6, WRITER),
    Family("helse_omsorg.internt_notat", "helse_omsorg", make_ho_memo, 0.7, WRITER),
    Family("helse_omsorg.english", "helse_omsorg", make_ho_english, 0.4, WRITER),
    Family("helse_omsorg.andre_tjenester", "helse_omsorg", make_ho_andre, 0.8, WRITER),
    Family("helse_omsorg.videresendt", "helse_omsorg", make_ho_forwarded, 0.5, WRITER),
    Family("barnevern.nabo", "barnevern", make_bv_nabo, 0.9, WRITER),
    Family("barnevern.forelder", "barnevern", make_bv_forelder, 0.8, WRITER),
    Family("barnevern.barnehage", "barnevern", make_bv_barnehage, 0.6, WRITER),
    Family("barnevern.skole", "barnevern", make_bv_skole, 0.5, WRITER),
    Family("barnevern.helse", "barnevern", make_bv_helse, 0.5, WRITER),
    Family("barnevern.politi", "barnevern", make_bv_politi, 0.5, WRITER),
    Family("barnevern.annen_kommune_pdf", "barnevern", make_bv_annen_kommune, 0.4, WRITER),
    Family("barnevern.oppfolging_i_sak", "barnevern", make_bv_oppfolging, 0.5, WRITER),
    Family("barnevern.ungdom", "barnevern", make_bv_ungdom, 0.2, WRITER),
    Family("barnevern.english", "barnevern", make_bv_english, 0.2, WRITER),
    Family("skole.permisjon", "skole", make_sk_permisjon, 1.3, WRITER),
    Family("skole.skoleskyss", "skole", make_sk_skyss, 1.0, WRITER),
    Family("skole.skoleskyss_helse", "skole", make_sk_skyss_helse, 0.3, WRITER),
    Family("skole.skolebytte", "skole", make_sk_skolebytte, 0.8, WRITER),
    Family("skole.sfo", "skole", make_sk_sfo, 0.9, WRITER),
    Family("skole.spesialundervisning", "skole", make_sk_spesial, 0.8, WRITER),
    Family("skole.klage", "skole", make_sk_klage, 0.45, WRITER),
    Family("skole.innskriving", "skole", make_sk_innskriving, 0.3, WRITER),
    Family("skole.rektor_videresender", "skole", make_sk_rektor_forward, 0.5, WRITER),
    Family("skole.skjema_vedlegg", "skole", make_sk_skjema, 0.4, WRITER),
    Family("skole.internt_notat", "skole", make_sk_memo, 0.25, WRITER),
    Family("barnehage.soknad_plass", "barnehage", make_bh_soknad, 1.3, WRITER),
    Family("barnehage.redusert_betaling", "barnehage", make_bh_redusert, 1.3, WRITER),
    Family("barnehage.oppsigelse", "barnehage", make_bh_oppsigelse, 0.7, WRITER),
    Family("barnehage.endring_bytte", "barnehage", make_bh_endring, 0.9, WRITER),
    Family("barnehage.klage", "barnehage", make_bh_klage, 0.6, WRITER),
    Family("barnehage.spesialpedagogisk", "barnehage", make_bh_spesial, 0.6, WRITER),
    Family("barnehage.skjema_vedlegg", "barnehage", make_bh_skjema, 0.4, WRITER),
    Family("barnehage.internt_notat", "barnehage", make_bh_memo, 0.2, WRITER),
    Family("rekruttering.soknad", "rekruttering", make_rek_soknad, 0.9, WRITER),
    Family("rekruttering.soknad_vedlegg", "rekruttering", make_rek_vedlegg, 0.8, WRITER),
    Family("rekruttering.english", "rekruttering", make_rek_english, 0.35, WRITER),
    Family("rekruttering.sporsmal", "rekruttering", make_rek_sporsmal, 0.4, WRITER),
    Family("rekruttering.i_sak", "rekruttering", make_rek_i_sak, 0.6, WRITER),
    Family("rekruttering.referanse", "rekruttering", make_rek_referanse, 0.3, WRITER),
    Family("rekruttering.internt_notat", "rekruttering", make_rek_internt, 0.4, WRITER),
    Family("rekruttering.aapen_soknad", "rekruttering", make_rek_aapen, 0.25, WRITER),
]
