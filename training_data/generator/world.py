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
import re
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

    def fill_archive(self, per_tenant: int = 400, rng: random.Random | None = None,
                     avoid: frozenset[tuple[str, int, int]] = frozenset()) -> int:
        """Add open cases no mail is about until each tenant holds ``per_tenant`` (a real archive).

        A third look like the cases mail is about (same street address, same property
        with another unit's matter, same title another year or for another party).
        Returns how many were added.  Call after all mail is drawn.  ``avoid`` holds
        (tenant, gnr, bnr) that mail mentions without citing a case: no new case is put
        there, so such mail stays a new matter.
        """
        return _fill_archive(self, per_tenant, rng or self.rng, avoid)


def _fnr_checks(base9: str) -> tuple[int | None, int | None]:
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    s = sum(int(d) * w for d, w in zip(base9, w1)) % 11
    k1 = 0 if s == 0 else 11 - s
    return (None if k1 == 10 else k1), None


def _ascii(s: str) -> str:
    return (s.replace("æ", "ae").replace("ø", "o").replace("å", "a")
             .replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A").replace(" ", ""))


# --- the rest of the archive: open cases no mail in the corpus is about -----------------

SCHOOL_STEMS = ["Fjordvik", "Havøy", "Nordhamn", "Sjøvågen", "Lillevik", "Bergstrand", "Dalsbygda", "Kvitsand",
                "Storøy", "Nesbakken"]
TILTAK = ["Søknad om tillatelse til tiltak - enebolig", "Søknad om oppføring av garasje", "Søknad om tilbygg bolig",
          "Søknad om riving av uthus", "Dispensasjon fra reguleringsplan - terrasse",
          "Dispensasjon fra reguleringsplan - naust", "Dispensasjon fra reguleringsplan - støttemur",
          "Søknad om bruksendring fra næring til bolig", "Søknad om fradeling av tomt", "Ferdigattest - tilbygg",
          "Ulovlighetsoppfølging - støttemur", "Søknad om mindre tiltak - veranda", "Søknad om fritidsbolig",
          "Søknad om naust", "Midlertidig brukstillatelse - enebolig", "Søknad om bruksendring - hybel",
          "Søknad om tilbygg fritidsbolig", "Søknad om oppføring av flytebrygge"]
PROPERTY_MATTERS = {
    "vann_avlop": ["Tilknytning til kommunalt vann og avløp", "Utslippstillatelse - separat avløpsanlegg",
                   "Vannmåler - avlesning og gebyr", "Lekkasje på stikkledning"],
    "eiendomsskatt": ["Klage på eiendomsskattetakst", "Søknad om fritak for eiendomsskatt"],
    "vei_trafikk": ["Søknad om avkjørselstillatelse", "Gravemelding - fiberkabel"],
}
ARCHIVE_TITLES = {
    "plansak": ["Detaljregulering for {place} {area} - planID {planid}", "Reguleringsplan for {place} {area}",
                "Mindre endring av reguleringsplan for {place} {area}", "Områderegulering {place} sentrum",
                "Kommuneplanens arealdel {year}-{year12}"],
    "innsynskrav": ["Innsynskrav {year} - {org}", "Innsynskrav - {topic}"],
    "politisk": ["Spørsmål til ordføreren - {topic}", "Innbyggerforslag - {topic}",
                 "Interpellasjon - {topic}", "Henvendelse til formannskapet - {topic}"],
    "horing": ["Høring - {hearing}", "Høringsuttalelse - {hearing}"],
    "tilsyn": ["Tilsyn med {area2} - {year}", "Klagesak - {topic} - Statsforvalteren", "Varsel om tilsyn - {area2}"],
    "skole": ["Skoleskyss {year}/{year1} - {person}", "Søknad om permisjon fra undervisning - {person}",
              "Skolebytte - {person}", "Spesialundervisning - {person}", "SFO-plass {year}/{year1} - {person}"],
    "barnehage": ["Søknad om redusert foreldrebetaling - {person}", "Barnehageopptak {year} - {person}",
                  "Oppsigelse av barnehageplass - {person}", "Tilsyn {school} barnehage {year}"],
    "helse_omsorg": ["Tjenester i hjemmet - {person}", "Søknad om helse- og omsorgstjenester - {person}",
                     "Søknad om langtidsopphold - {person}", "Trygghetsalarm - {person}"],
    "barnevern": ["Bekymringsmelding - {person}", "Undersøkelsessak - {person}"],
    "vei_trafikk": ["Trafikksikkerhetstiltak {street}", "Brøyting og strøing {year}/{year1} - {street}",
                    "Gravemelding - {street}", "Fartsdemper - {street}"],
    "vann_avlop": ["Vannlekkasje - {street}", "Hovedplan vann og avløp {year}-{year12}", "Gebyrklage - {person}"],
    "bevilling": ["Skjenkebevilling - {firm}", "Serveringsbevilling - {firm}", "Salgsbevilling - {firm}",
                  "Ambulerende skjenkebevilling - {firm}"],
    "tilskudd": ["Kulturmidler {year} - {club}", "Tilskudd til lag og foreninger {year} - {club}",
                 "Tilskudd til nærmiljøtiltak - {club}"],
    "eiendomsskatt": ["Eiendomsskatt {year} - klager på takst", "Fritak for eiendomsskatt - {club}"],
    "rekruttering": ["Tilsetting - {job}", "Tilsetting - {job} - {school} skole", "Vikariat - {job}"],
    "anskaffelse": ["Anskaffelse - {procurement}", "Rammeavtale - {procurement}", "Konkurranse - {procurement}"],
}
ARCHIVE_WORDS = {
    "area": ["boligfelt", "hyttefelt", "næringsområde", "småbåthavn", "skole og idrettspark", "sentrum vest"],
    "topic": ["parkering i sentrum", "bredbånd i utkantene", "gatelys langs fylkesvegen", "ferjetilbudet",
              "skolestruktur", "ny gangveg til skolen", "bassenget i hallen", "eldreomsorg på øyene",
              "hundeluftingsområde", "kommunal bolig", "bompenger", "nedlegging av postkontoret"],
    "hearing": ["Regional transportplan", "Ny forskrift om renovasjon", "Regional plan for kysten",
                "Endring i forskrift om gebyr", "Interkommunalt samarbeid om brannvern", "Forvaltningsplan for vassområdet"],
    "area2": ["kommunens beredskapsarbeid", "helse- og omsorgstjenestene", "barnehagene", "skolemiljø",
              "vannverket", "økonomiforvaltningen", "forurensning fra avløp"],
    "org": ["Fjordposten", "Kystavisa", "NRK Vest", "Havøy-nytt", "Lokalradioen"],
    "club": ["musikklaget", "idrettslaget", "bygdekvinnelaget", "skulekorpset", "historielaget", "sjakklubben",
             "grendelaget", "båtforeningen", "speidergruppa", "pensjonistforeningen"],
    "job": ["Lærer 100 %", "Lærer 80 %", "Sykepleier 100 %", "Helsefagarbeider natt", "Byggesaksbehandler",
            "Rådgiver plan", "Barnehagelærer", "Renholder 50 %", "Ingeniør vann og avløp", "Konsulent økonomi"],
    "procurement": ["Nytt IK/HMS-system", "Renhold kommunale bygg", "Ombygging av skole", "Brøytetjenester",
                    "Kontorrekvisita", "Ny brannbil", "Vedlikehold av kommunale veier", "Skoleskyss båt",
                    "Sak/arkivsystem", "Legevaktsamarbeid"],
}
ARCHIVE_WEIGHTS = {"byggesak": 30, "plansak": 6, "innsynskrav": 4, "politisk": 4, "horing": 4, "tilsyn": 3,
                   "skole": 8, "barnehage": 6, "helse_omsorg": 6, "barnevern": 2, "vei_trafikk": 5,
                   "vann_avlop": 6, "bevilling": 3, "tilskudd": 4, "eiendomsskatt": 4, "rekruttering": 4,
                   "anskaffelse": 3, "property_matter": 8}


def _fill_archive(world: World, per_tenant: int, rng: random.Random,
                  avoid: frozenset[tuple[str, int, int]] = frozenset()) -> int:
    """Add open cases until each tenant holds ``per_tenant``; return how many were added.

    A third of them look like cases mail is about: the same street address with another
    gnr/bnr and matter, the same property with another unit's matter, the same title in
    another year or for another person.  Case numbers never collide with ones already
    cited (``new_saknr`` tracks them).
    """
    added = 0
    cats = list(ARCHIVE_WEIGHTS)
    weights = [ARCHIVE_WEIGHTS[c] for c in cats]
    for tenant in TENANTS:
        mail_cases = [c for c in world.cases if c.tenant == tenant]
        addresses = [world.street() for _ in range(max(20, per_tenant // 8))]
        while sum(1 for c in world.cases if c.tenant == tenant) < per_tenant:
            base = rng.choice(mail_cases) if mail_cases and rng.random() < 0.33 else None
            if base is not None and _add_lookalike(world, tenant, base, rng, addresses, avoid):
                added += 1
                continue
            cat = rng.choices(cats, weights)[0]
            if cat == "property_matter":
                cat = rng.choice(list(PROPERTY_MATTERS))
                prop = _free_property(tenant, rng, addresses, avoid)
                world.open_case(tenant, cat, f"{prop.gnr}/{prop.bnr} - {rng.choice(PROPERTY_MATTERS[cat])}", prop=prop)
            elif cat == "byggesak":
                prop = _free_property(tenant, rng, addresses, avoid)
                world.open_case(tenant, cat, f"{prop.gnr}/{prop.bnr} - {prop.address} - {rng.choice(TILTAK)}",
                                prop=prop, part=world.person().name if rng.random() < 0.8 else world.firm().name)
            else:
                title, part = _archive_title(world, cat, rng, addresses)
                world.open_case(tenant, cat, title, part=part)
            added += 1
    return added


def _free_property(tenant: str, rng: random.Random, addresses: list[str],
                   avoid: frozenset[tuple[str, int, int]]) -> Property:
    while True:
        gnr, bnr = rng.randint(1, 240), rng.randint(1, 400)
        if (tenant, gnr, bnr) not in avoid:
            return Property(gnr, bnr, rng.choice(addresses))


def _add_lookalike(world: World, tenant: str, base: OpenCase, rng: random.Random, addresses: list[str],
                   avoid: frozenset[tuple[str, int, int]]) -> bool:
    if base.gnr is not None and base.category == "byggesak":
        parts = base.tittel.split(" - ")
        address = parts[1] if len(parts) >= 3 else rng.choice(addresses)
        if rng.random() < 0.5:  # same street address, another property and matter
            gnr, bnr = base.gnr + rng.choice([-2, -1, 1, 2, 10]), rng.randint(1, 400)
            if gnr < 1 or (tenant, gnr, bnr) in avoid:
                return False
            other = rng.choice([t for t in TILTAK if t not in base.tittel])
            world.open_case(tenant, "byggesak", f"{gnr}/{bnr} - {address} - {other}",
                            prop=Property(gnr, bnr, address), part=world.person().name)
        else:  # same property, a matter for another unit
            cat = rng.choice(list(PROPERTY_MATTERS))
            world.open_case(tenant, cat, f"{base.gnr}/{base.bnr} - {rng.choice(PROPERTY_MATTERS[cat])}",
                            prop=Property(base.gnr, base.bnr, address))
        return True
    if base.category in ("byggesak", "") or base.category not in CASE_META:
        return False
    title = base.tittel
    years = re.findall(r"\b(20\d\d)\b", title)
    if years and rng.random() < 0.6:  # the same matter another year
        y = years[0]
        new = title.replace(y, str(int(y) + rng.choice([-2, -1, 1])), 1)
        if "/" in new and re.search(r"20\d\d/20\d\d", title):
            a, b = re.findall(r"(20\d\d)/(20\d\d)", title)[0]
            d = rng.choice([-2, -1, 1])
            new = title.replace(f"{a}/{b}", f"{int(a) + d}/{int(b) + d}", 1)
        world.open_case(tenant, base.category, new, part=base.part)
        return True
    if " - " in title and base.part and title.endswith(base.part):  # the same kind of matter, another party
        head = title[: -len(base.part)].rstrip(" -")
        is_firm = base.part.rsplit(" ", 1)[-1] in FIRM_FORMS
        other = world.firm().name if is_firm else world.person().name
        world.open_case(tenant, base.category, f"{head} - {other}", part=other)
        return True
    return False


def _archive_title(world: World, cat: str, rng: random.Random, addresses: list[str]) -> tuple[str, str | None]:
    template = rng.choice(ARCHIVE_TITLES[cat])
    year = rng.choice([2023, 2024, 2025, 2026])
    person = world.person().name
    firm = world.firm(rng.choice(["mat", "catering", None])).name
    values = {
        "year": year, "year1": year + 1, "year12": year + 12, "person": person, "firm": firm,
        "place": rng.choice(SCHOOL_STEMS), "school": rng.choice(SCHOOL_STEMS),
        "street": rng.choice(addresses).rsplit(" ", 1)[0], "planid": f"{rng.randint(1500, 1580)}{year}{rng.randint(1, 12):02d}",
    }
    for key, words in ARCHIVE_WORDS.items():
        values[key] = rng.choice(words)
    title = template.format(**values)
    part = person if "{person}" in template else firm if "{firm}" in template else None
    return title, part

