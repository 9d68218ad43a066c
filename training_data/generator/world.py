"""The invented world the training mail lives in: people, firms, properties, open cases.

Nothing here is real.  Names are random pairs of common Norwegian given names and
surnames; organisation numbers are random 9-digit numbers with a valid mod-11 check
digit (starting with 8 or 9 like real ones, but drawn at random); fødselsnummer are
random 11-digit strings whose check digits are deliberately wrong; streets and firms are
made up from word lists.  Cases (saksmapper) are generated per tenant and written to
``cases.jsonl`` beside the mail.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

FIRST_NAMES = (
    "Ola Kari Per Anne Lars Ingrid Erik Marit Nils Berit Jon Hilde Knut Sigrid Arne Liv Geir Tone "
    "Svein Randi Terje Astrid Bjørn Solveig Morten Gunn Trond Åse Rune Eli Odd Turid Håkon Synnøve "
    "Magnus Nora Emil Sara Jonas Ida Sander Thea Mathias Emma Henrik Maja Sindre Ragnhild Øystein "
    "Kristin Eivind Silje Vegard Marte Torbjørn Hanne Asbjørn Guro Even Mari Steinar Oda Leif Vilde "
    "Kjetil Tuva Gunnar Ingeborg Anders Line Halvor Frida Petter Camilla Ståle Linnea Yngve Tiril "
    "Ahmed Fatima Piotr Agnieszka Mohammed Amina Tomasz Ewa Ali Maryam Jonas Aleksander Oskar Live"
).split()
SURNAMES = (
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen "
    "Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen "
    "Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen "
    "Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde "
    "Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen "
    "Nielsen Knudsen Evensen Sæther Aas Myhre Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen "
    "Danielsen Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen "
    "Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland "
    "Bøe Jenssen Aune Mikkelsen Tveit Brekke Abrahamsen Madsen Kowalski Nowak Hussain Fjeld Sunde "
    "Rindal Hoem Flemsæter Gjendem Hatlevik Vold Tveiten Skogen Brenna Sletten Nordby Kvam Lied"
).split()
STREET_STEMS = (
    "Kirke Skole Strand Fjord Bjørke Furu Lien Haug Myr Nes Sjø Fjell Bakke Åsen Dal Eik Rogn Heia "
    "Kvernhus Sag Mølle Havne Nau Storm Sol Brekke Ly Øvre Nedre Vest Aust Nord Sør Stor Lille"
).split()
STREET_SUFFIX = ["vegen", "veien", "gata", "bakken", "stien", "lia", "svingen", "tunet", "ringen", "haugen"]
FIRM_STEMS = (
    "Vest Fjord Kyst Nord Hav Berg Dal Nes Sol Stein Furu Bjørk Tinde Bre Elv Øy Vik Skog Fjell "
    "Lyng Mo Strand Sand Kvitt Blå Grøn Midt Øst Topp Bølge Ankers Los Fyr Brygge Sjø Bru"
).split()
FIRM_TRADES = [
    ("bygg", "Bygg"), ("arkitekt", "Arkitekter"), ("rør", "Rør"), ("elektro", "Elektro"),
    ("maskin", "Maskin"), ("entreprenør", "Entreprenør"), ("takst", "Takst"), ("eiendom", "Eiendom"),
    ("regnskap", "Regnskap"), ("advokat", "Advokatfirma"), ("konsult", "Rådgivning"), ("transport", "Transport"),
    ("it", "IT"), ("renhold", "Renhold"), ("catering", "Catering"), ("mat", "Mat og Vinhus"),
    ("prosjekt", "Prosjekt"), ("landskap", "Landskap"), ("vvs", "VVS"), ("oppmåling", "Oppmåling"),
]
FIRM_FORMS = ["AS", "AS", "AS", "AS", "SA", "ANS", "DA", "ENK"]
TENANTS = {
    "fjordvik": {"navn": "Fjordvik kommune", "postmottak": "postmottak@fjordvik.kommune.no",
                 "domain": "fjordvik.kommune.no", "lang": "nb"},
    "havoy": {"navn": "Havøy kommune", "postmottak": "post@havoy.kommune.no",
              "domain": "havoy.kommune.no", "lang": "nn"},
}
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "online.no", "live.no", "yahoo.no", "icloud.com", "altibox.no"]

# What an open case of each category looks like, for the generated cases.jsonl.
CASE_META = {
    "byggesak": ("PLB", "L42"), "plansak": ("PLB", "L12"), "innsynskrav": ("DOK", "070"),
    "politisk": ("POL", "033"), "horing": ("ADM", "008"), "tilsyn": ("ADM", "026"),
    "skole": ("OPP", "B13"), "barnehage": ("OPP", "A10"), "helse_omsorg": ("HO", "H12"),
    "barnevern": ("BV", "F47"), "vann_avlop": ("TEK", "M10"), "vei_trafikk": ("TEK", "Q10"),
    "bevilling": ("NAR", "U63"), "tilskudd": ("KUL", "C00"), "eiendomsskatt": ("OKO", "232"),
    "rekruttering": ("HR", "411"), "anskaffelse": ("INN", "055"),
}


def orgnr_check_digit(first8: str) -> int | None:
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    rest = sum(int(d) * w for d, w in zip(first8, weights)) % 11
    check = 0 if rest == 0 else 11 - rest
    return None if check == 10 else check


@dataclass
class Person:
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Firm:
    name: str
    orgnr: str
    domain: str
    trade: str


@dataclass
class Property:
    gnr: int
    bnr: int
    address: str


@dataclass
class OpenCase:
    tenant: str
    sak: str  # "YYYY/N"
    tittel: str
    enhet: str
    klasse: str
    gnr: int | None = None
    bnr: int | None = None
    part: str | None = None
    category: str = ""

    def to_dict(self) -> dict:
        return {"tenant": self.tenant, "sak": self.sak, "tittel": self.tittel, "enhet": self.enhet,
                "klasse": self.klasse, "gnr": self.gnr, "bnr": self.bnr, "part": self.part}


@dataclass
class World:
    """Random, reproducible facts for one corpus.  Families take what they need from here."""

    rng: random.Random
    start: date = date(2026, 8, 3)
    days: int = 60
    cases: list[OpenCase] = field(default_factory=list)
    _used_saknr: set = field(default_factory=set)

    # --- people and firms ----------------------------------------------------
    def person(self) -> Person:
        return Person(self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES))

    def private_email(self, p: Person) -> str:
        r = self.rng.random()
        first = _ascii(p.first).lower()
        last = _ascii(p.last).lower()
        local = (f"{first}.{last}" if r < 0.4 else f"{first}{last}" if r < 0.6
                 else f"{first}{self.rng.randint(1, 99)}" if r < 0.8 else f"{first[0]}{last}{self.rng.randint(50, 99)}")
        return f"{local}@{self.rng.choice(FREEMAIL)}"

    def orgnr(self) -> str:
        while True:
            first8 = str(self.rng.choice([8, 9])) + "".join(str(self.rng.randint(0, 9)) for _ in range(7))
            check = orgnr_check_digit(first8)
            if check is not None:
                return first8 + str(check)

    def fodselsnummer(self) -> str:
        """An 11-digit fødselsnummer-looking string whose check digits are wrong (never a real one)."""
        d = date(1935, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 85))
        base = d.strftime("%d%m%y") + f"{self.rng.randint(0, 499):03d}"
        k1, k2 = _fnr_checks(base)
        bad1 = (k1 + 1 + self.rng.randint(0, 7)) % 10 if k1 is not None else self.rng.randint(0, 9)
        return base + str(bad1) + str(self.rng.randint(0, 9))

    def firm(self, trade: str | None = None) -> Firm:
        key, word = self.rng.choice([t for t in FIRM_TRADES if trade in (None, t[0])] or FIRM_TRADES)
        stem = self.rng.choice(FIRM_STEMS)
        form = self.rng.choice(FIRM_FORMS)
        name = f"{stem}{word.lower()} {form}" if self.rng.random() < 0.5 else f"{stem} {word} {form}"
        domain = _ascii(f"{stem}{word}").lower().replace(" ", "") + ".no"
        return Firm(name=name, orgnr=self.orgnr(), domain=domain, trade=key)

    def employee(self, tenant: str) -> tuple[Person, str]:
        p = self.person()
        return p, f"{_ascii(p.first).lower()}.{_ascii(p.last).lower()}@{TENANTS[tenant]['domain']}"

    def phone(self) -> str:
        n = f"{self.rng.choice([4, 9])}{self.rng.randint(0, 9999999):07d}"
        style = self.rng.random()
        if style < 0.4:
            return f"{n[:3]} {n[3:5]} {n[5:]}"
        if style < 0.7:
            return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        return ("+47 " if style < 0.85 else "") + n

    # --- places ----------------------------------------------------------------
    def street(self) -> str:
        return f"{self.rng.choice(STREET_STEMS)}{self.rng.choice(STREET_SUFFIX)} {self.rng.randint(1, 120)}"

    def property(self) -> Property:
        return Property(gnr=self.rng.randint(1, 240), bnr=self.rng.randint(1, 400), address=self.street())

    # --- time --------------------------------------------------------------------
    def received_date(self) -> str:
        return (self.start + timedelta(days=self.rng.randint(0, self.days - 1))).isoformat()

    # --- cases ------------------------------------------------------------------
    def new_saknr(self) -> str:
        while True:
            s = f"{self.rng.choice([2023, 2024, 2024, 2025, 2025, 2026, 2026])}/{self.rng.randint(100, 4999)}"
            if s not in self._used_saknr:
                self._used_saknr.add(s)
                return s

    def open_case(self, tenant: str, category: str, tittel: str, *, prop: Property | None = None,
                  part: str | None = None) -> OpenCase:
        """Register an open case the archive holds (it goes to cases.jsonl) and return it."""
        enhet, klasse = CASE_META[category]
        case = OpenCase(tenant=tenant, sak=self.new_saknr(), tittel=tittel, enhet=enhet, klasse=klasse,
                        gnr=prop.gnr if prop else None, bnr=prop.bnr if prop else None, part=part,
                        category=category)
        self.cases.append(case)
        return case

    def unknown_saknr(self) -> str:
        """A case number that is NOT an open case (closed or from another body): mail citing it gets sak null."""
        return self.new_saknr()

    def cite(self, sak: str, *, doc: bool | None = None) -> str:
        """A case number written as people do: 24/1187, 2024/1187-3, 2024/001187, 24/01187 ..."""
        year, num = sak.split("/")
        r = self.rng.random()
        n = int(num)
        if r < 0.30:
            s = f"{year}/{n}"
        elif r < 0.50:
            s = f"{year[2:]}/{n}"
        elif r < 0.65:
            s = f"{year}/{n:06d}"
        elif r < 0.75:
            s = f"{year[2:]}/{n:05d}"
        else:
            s = f"{year}/{n}"
            doc = True if doc is None else doc
        if doc or (doc is None and self.rng.random() < 0.2):
            s += f"-{self.rng.randint(1, 14)}"
        return s

    def cite_phrase(self, sak: str, lang: str = "nb") -> str:
        """'Deres ref. 2024/001187', 'Saksnr: 24/1187', 'Dykkar ref. 2024/1187-3' ..."""
        ref = self.cite(sak)
        phrases = {
            "nb": ["Deres ref. {r}", "Deres referanse: {r}", "Saksnr. {r}", "Saksnummer {r}", "sak {r}",
                   "Ref: {r}", "Vår ref. {r}", "(saksnr {r})", "jf. sak {r}", "Deres ref: {r}"],
            "nn": ["Dykkar ref. {r}", "Dykkar referanse: {r}", "Saksnr. {r}", "sak {r}", "Ref: {r}",
                   "jf. sak {r}", "Saksnummer: {r}"],
            "en": ["Your ref. {r}", "Case no. {r}", "Ref: {r}", "case {r}", "Reference {r}"],
        }[lang]
        return self.rng.choice(phrases).format(r=ref)


def _fnr_checks(base9: str) -> tuple[int | None, int | None]:
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    s = sum(int(d) * w for d, w in zip(base9, w1)) % 11
    k1 = 0 if s == 0 else 11 - s
    return (None if k1 == 10 else k1), None


def _ascii(s: str) -> str:
    return (s.replace("æ", "ae").replace("ø", "o").replace("å", "a")
             .replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A").replace(" ", ""))
