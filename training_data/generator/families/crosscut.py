"""Cross-cutting training-mail families: a second voice across all categories.

These families aim at the boundaries where the archivist's rule decides (a formal question
to the mayor about a road is politisk, an avkjøringsløyve from a kommunal veg is
vei_trafikk, an innsynskrav naming an open case still gets its own case, an auto-reply whose
subject quotes a case is out of scope ...) and at the forms mail arrives in whatever its
kind: terse phone mail, substance only in an attachment or a scan, a reply quoting the
kommune's letter with the case number only in the quote, mail forwarded by an employee,
English and Polish/Lithuanian-Norwegian mixed mail, nynorsk from havoy residents.

Texts are hand-written variants; slots carry only names, places, numbers and dates, all
from ``World``.  Labels follow ``dataset-format.md``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families.common import (
    mobile_footer,
    pick,
    private_sender,
    sign_off,
    strip_norwegian_letters,
    typos,
)
from training_data.generator.world import TENANTS, Firm, Person, Property, World

WRITER = "w-cross"
NB, NN, EN = "nb", "nn", "en"
DEFAULT_SKJERMING = {"helse_omsorg": "P13", "barnevern": "BV", "rekruttering": "P25"}
OUT_OF_SCOPE = {"nyhetsbrev", "spam", "autosvar", "faktura", "systemvarsel", "intern", "privat"}

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]
SCHOOLS = ["Fjordvik", "Havøy", "Nordhamn", "Sjøvågen", "Lillevik", "Bergstrand", "Dalsbygda", "Kvitsand",
           "Storøy", "Nesbakken"]
CHILD_NAMES = ["Emma", "Noah", "Olivia", "Jakob", "Nora", "Lukas", "Sofie", "Filip", "Ella", "Oskar", "Leah",
               "Aksel", "Maja", "Isak", "Frida", "Theo", "Selma", "Johannes", "Tiril", "Mikkel", "Zofia",
               "Jonas", "Ada", "Elias", "Hedda", "Kasper", "Amira", "Liam"]
ROADS = ["Kirkevegen", "Skolevegen", "Strandvegen", "Fjordvegen", "Myrvegen", "Bakkevegen", "Nesvegen",
         "Sjøgata", "Furulia", "Haugvegen", "Kvernhusvegen", "Lievegen"]
AGENCIES = [
    # (name, domain, kind)
    ("Statsforvalteren i Vestland", "statsforvalteren.no", "sf"),
    ("Statsforvalteren i Møre og Romsdal", "statsforvalteren.no", "sf"),
    ("Mattilsynet", "mattilsynet.no", "mt"),
    ("Arbeidstilsynet", "arbeidstilsynet.no", "at"),
    ("Statens vegvesen", "vegvesen.no", "svv"),
    ("Vestland fylkeskommune", "vlfk.no", "fk"),
    ("Møre og Romsdal fylkeskommune", "mrfylke.no", "fk"),
    ("Kystverket", "kystverket.no", "kv"),
    ("Norges vassdrags- og energidirektorat", "nve.no", "nve"),
]
DIRECTORATES = [
    ("Miljødirektoratet", "miljodir.no"), ("Helsedirektoratet", "helsedir.no"),
    ("Utdanningsdirektoratet", "udir.no"), ("Direktoratet for byggkvalitet", "dibk.no"),
    ("Kommunal- og distriktsdepartementet", "kdd.dep.no"), ("Klima- og miljødepartementet", "kld.dep.no"),
    ("Statens vegvesen", "vegvesen.no"), ("Landbruksdirektoratet", "landbruksdirektoratet.no"),
]


def _ascii(s: str) -> str:
    s = (s.replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("Æ", "Ae").replace("Ø", "O")
         .replace("Å", "A").replace("é", "e"))
    return re.sub(r"[^A-Za-z0-9.-]", "", s)


def _tenant(rng: random.Random, havoy: float = 0.5) -> str:
    return "havoy" if rng.random() < havoy else "fjordvik"


def _lang(rng: random.Random, tenant: str, en: float = 0.05) -> str:
    """havoy residents write nynorsk more often, fjordvik residents bokmål; both write both."""
    r = rng.random()
    if r < en:
        return EN
    return NN if rng.random() < (0.6 if tenant == "havoy" else 0.12) else NB


def _v(rng: random.Random, variants: dict[str, list[str]], lang: str, **slots: Any) -> str:
    """One hand-written variant in ``lang`` (bokmål when none), slots filled."""
    pool = variants.get(lang) or variants[NB]
    return pick(rng, pool).format(**slots)


def _date(rng: random.Random, month: int | None = None) -> str:
    m = month or rng.choice([8, 9, 9, 10])
    d = rng.randint(1, 28)
    return rng.choice([f"{d}. {MONTHS[m - 1]}", f"{d:02d}.{m:02d}.2026", f"{d}.{m}", f"{d}. {MONTHS[m - 1]} 2026"])


def _gb(rng: random.Random, prop: Property) -> str:
    g, b = prop.gnr, prop.bnr
    return rng.choice([f"gnr. {g} bnr. {b}", f"gnr {g} bnr {b}", f"{g}/{b}", f"gnr/bnr {g}/{b}",
                       f"Gnr. {g}, bnr. {b}", f"g/b {g}/{b}"])


def _join(*parts: str) -> str:
    return "\n\n".join(p.strip("\n") for p in parts if p and p.strip())


def _orgnr_line(rng: random.Random, orgnr: str, lang: str = NB) -> str:
    spaced = f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}"
    if lang == EN:
        return rng.choice([f"Org. no. {spaced}", f"Norwegian org.no. {orgnr}", f"Company reg. no. {spaced}"])
    return rng.choice([f"Org.nr. {spaced}", f"org.nr {orgnr}", f"Org.nr.: {spaced} MVA", f"Organisasjonsnummer {orgnr}",
                       f"NO {spaced} MVA"])


@dataclass
class Sender:
    """Who typed the mail and who the korrespondansepart is."""

    person: Person
    email: str
    avsender: dict[str, Any]
    org: str = ""
    orgnr_line: str = ""  # "" when the mail does not state the orgnr
    private: bool = True

    @property
    def name(self) -> str:
        return self.person.name


def _citizen(rng: random.Random, world: World) -> Sender:
    p, email = private_sender(rng, world)
    return Sender(p, email, {"navn": p.name, "epost": email, "orgnr": None})


def _firm(rng: random.Random, world: World, trade: str | None = None, *, p_orgnr: float = 0.55,
          lang: str = NB, firm: Firm | None = None) -> Sender:
    firm = firm or world.firm(trade)
    p = world.person()
    f, la = _ascii(p.first).lower(), _ascii(p.last).lower()
    email = rng.choice([f"{f}@{firm.domain}", f"{f}.{la}@{firm.domain}", f"{f[0]}{la}@{firm.domain}",
                        f"post@{firm.domain}"])
    stated = rng.random() < p_orgnr
    return Sender(p, email, {"navn": firm.name, "epost": email, "orgnr": firm.orgnr if stated else None},
                  org=firm.name, orgnr_line=_orgnr_line(rng, firm.orgnr, lang) if stated else "", private=False)


def _org(rng: random.Random, world: World, name: str, domain: str, *, p_orgnr: float = 0.25,
         generic: str = "") -> Sender:
    p = world.person()
    f, la = _ascii(p.first).lower(), _ascii(p.last).lower()
    email = generic if generic and rng.random() < 0.4 else rng.choice([f"{f}.{la}@{domain}", f"{f}{la[0]}@{domain}"])
    orgnr = world.orgnr() if rng.random() < p_orgnr else None
    return Sender(p, email, {"navn": name, "epost": email, "orgnr": orgnr}, org=name,
                  orgnr_line=_orgnr_line(rng, orgnr) if orgnr else "", private=False)


def _employee(rng: random.Random, world: World, tenant: str) -> Sender:
    p, email = world.employee(tenant)
    return Sender(p, email, {"navn": p.name, "epost": email, "orgnr": None}, org=TENANTS[tenant]["navn"])


def _sign(rng: random.Random, world: World, s: Sender, lang: str, title: str = "") -> str:
    """Closing and signature; organisations add role, name and (sometimes) the orgnr line."""
    if s.private:
        return sign_off(rng, world, s.person, lang if lang in (NB, NN, EN) else NB)
    close = pick(rng, {NB: ["Med vennlig hilsen", "Vennlig hilsen", "Mvh"], NN: ["Med venleg helsing", "Venleg helsing", "Mvh"],
                       EN: ["Kind regards", "Best regards", "Yours sincerely"]}[lang])
    lines = [close, "", s.name]
    if title:
        lines.append(title)
    lines.append(s.org)
    if rng.random() < 0.5:
        lines.append(("Tlf. " if lang != EN else "Phone ") + world.phone())
    if s.orgnr_line:
        lines.append(s.orgnr_line)
    return "\n".join(lines)


def _label(d: Draft, category: str, sender: Sender, *, sak: str | None = None, jpt: str = "I",
           skjerming: str | None = None, personnavn: list[str] | None = None, note: str = "") -> Draft:
    d.category = category
    d.journalposttype = jpt
    d.skjerming = skjerming
    d.sak = sak
    d.avsender = dict(sender.avsender)
    # only the names the mail really shows (its From header included)
    shown = _shown_text(d) + "\n" + d.sender_name
    d.personnavn = [n for n in dict.fromkeys(personnavn or []) if n in shown] if skjerming else []
    d.note = note
    return d


def _shown_text(d: Draft) -> str:
    parts = [d.subject, d.body]
    for a in d.attachments:
        parts.append(a.text)
        if a.message is not None:
            parts += [a.message.sender_name, _shown_text(a.message)]
    for earlier in (d.quoted, d.forwarded):
        if earlier:
            parts += [earlier.sender_name, earlier.subject, earlier.body]
    return "\n".join(parts)


NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéšūė]+")


def _typos_keep(rng: random.Random, text: str, rate: float) -> str:
    """Keyboard slips everywhere but in capitalised words, so names stay as the label gives them."""
    return "".join(part if NAME_WORD.fullmatch(part) else typos(rng, part, rate)
                   for part in re.split(r"([A-ZÆØÅ][a-zæøåéšūė]+)", text))


def _phone_noise(rng: random.Random, text: str, lang: str) -> str:
    text = _typos_keep(rng, text, 0.03)
    lines = [(ln[0].lower() + ln[1:]) if ln and rng.random() < 0.4 and not NAME_WORD.match(ln.split(" ")[0] or "x") else ln
             for ln in text.split("\n")]
    text = "\n".join(ln[:-1] if ln.endswith(".") and rng.random() < 0.5 else ln for ln in lines)
    if rng.random() < 0.6:
        text += "\n\n" + mobile_footer(rng, lang if lang in (NB, NN, EN) else NB)
    return text


# ------------------------------------------------------------------------------------------
# matters: what a mail is about, written so the forms below (phone, attachment, reply,
# forward, scan) can carry it.  Slots: name, child, child_full, elder, addr, gb, road,
# school, date, kr, lag, pos, place.
# ------------------------------------------------------------------------------------------


@dataclass
class Matter:
    key: str
    category: str
    title: str  # the open case's title when the mail belongs to one
    subject: dict[str, list[str]]
    terse: dict[str, list[str]]
    body: dict[str, list[str]]
    prop: bool = False
    who: str = "citizen"  # citizen | firm | lag
    screened: tuple[str, ...] = ()  # slot names of private persons named (besides a private sender)
    skjerming: str | None = None  # None: the category's default
    trades: tuple[str, ...] = ("mat", "catering")  # firm trades, when ``who`` is "firm"


MATTERS: list[Matter] = [
    Matter("byggesak.garasje", "byggesak", "{gnr}/{bnr} - {addr} - Søknad om oppføring av garasje",
           {NB: ["Garasje {addr}", "Søknad garasje {gb}", "Spørsmål om garasje"], NN: ["Garasje {addr}", "Søknad om garasje {gb}"],
            EN: ["Garage at {addr}"]},
           {NB: ["må jeg søke om garasje på 40 m2 på {addr}? skal stå 2 m fra grensa", "hei. trenger jeg byggetillatelse for dobbelgarasje {gb}",
                 "Har sendt tegninger av garasjen, når kommer svar?"],
            NN: ["treng eg løyve for garasje på {addr}? ca 45 kvm", "når får eg svar på garasjesøknaden for {gb}?"]},
           {NB: ["Vi ønsker å sette opp en dobbelgarasje på ca. 48 m² BYA på eiendommen vår i {addr} ({gb}). Garasjen plasseres 1,5 meter fra nabogrensen mot øst, og naboen har samtykket skriftlig. Situasjonsplan og fasadetegninger ligger ved.",
                 "Det søkes herved om tillatelse til oppføring av frittliggende garasje med bod på {gb}, {addr}. Mønehøyde blir 5,2 meter. Tiltaket er i tråd med gjeldende reguleringsplan, men vi ber om at avstand til vei vurderes."],
            NN: ["Vi ønskjer å setje opp ein garasje på om lag 40 m² på eigedomen vår i {addr} ({gb}). Garasjen kjem 2 meter frå nabogrensa, og naboen har skrive under på at det er greitt. Teikningar ligg ved.",
                 "Her kjem søknad om løyve til å byggje garasje med loft på {gb}. Mønehøgda blir om lag 5 meter, og vi har nabosamtykke."],
            EN: ["We would like to build a double garage of about 45 m² on our property at {addr} ({gb}). It will be placed 2 metres from the boundary; the neighbour has agreed in writing. Drawings are attached."]},
           prop=True),
    Matter("byggesak.tilbygg", "byggesak", "{gnr}/{bnr} - {addr} - Søknad om tilbygg bolig",
           {NB: ["Tilbygg {addr}", "Ettersending tilbygg {gb}", "Søknad om tilbygg"], NN: ["Tilbygg {addr}", "Ettersending - tilbygg {gb}"],
            EN: ["Extension {addr}"]},
           {NB: ["sender snart ny situasjonsplan for tilbygget på {addr}", "hva mangler i søknaden om tilbygg {gb}??"],
            NN: ["kva manglar i søknaden om tilbygg på {addr}?", "sender ny teikning av tilbygget i morgon"]},
           {NB: ["Som etterspurt ettersendes revidert situasjonsplan og snittegning for tilbygget på {addr} ({gb}). Tilbygget er redusert fra 34 til 29 m² slik at utnyttelsesgraden holdes innenfor planen.",
                 "Vi har bygget om planene for tilbygget i {addr}. Det nye tilbygget får saltak i stedet for flatt tak, og høyden blir lavere enn i forrige søknad. Nye tegninger følger vedlagt."],
            NN: ["Som de bad om, sender vi revidert situasjonsplan og fasadeteikning for tilbygget på {addr} ({gb}). Tilbygget er gjort mindre, no 28 m², slik at vi held oss innanfor planen."],
            EN: ["As requested we enclose the revised site plan and section drawing for the extension at {addr} ({gb}). The extension has been reduced to 29 m²."]},
           prop=True),
    Matter("plansak.innspill", "plansak", "Kommuneplanens arealdel 2026-2038",
           {NB: ["Innspill til kommuneplanen", "Innspill arealdel - {gb}"], NN: ["Innspel til kommuneplanen", "Innspel arealdelen {gb}"],
            EN: ["Input to the municipal master plan"]},
           {NB: ["vil gi innspill til kommuneplanen: ønsker {gb} lagt ut til hyttefelt", "innspill: myra bak {addr} må ikke bygges ned"],
            NN: ["innspel til kommuneplanen: vil ha {gb} ut som bustadområde", "vil ikkje at strandsona ved {addr} blir bygd ut"]},
           {NB: ["Jeg eier {gb} og ønsker at ca. 12 dekar av eiendommen avsettes til fritidsbebyggelse i den nye arealdelen. Området ligger inntil eksisterende vei og har ingen kjente naturverdier.",
                 "Som grunneier av {gb} ber jeg om at området mellom {addr} og sjøen beholdes som LNF i kommuneplanen. Området brukes av mange til tur, og det er registrert hekkende sjøfugl der."],
            NN: ["Eg eig {gb} og ønskjer at om lag 10 dekar blir lagt ut til bustader i den nye arealdelen. Området ligg inntil kommunal veg og har straum og vatn i nærleiken."],
            EN: ["I own {gb} and ask that about 10 decares be designated for holiday homes in the new land-use plan."]},
           prop=True),
    Matter("vann_avlop.lekkasje", "vann_avlop", "{gnr}/{bnr} - Lekkasje på stikkledning",
           {NB: ["Lekkasje", "Vannlekkasje {addr}", "Vann i grøfta"], NN: ["Lekkasje", "Vasslekkasje {addr}"], EN: ["Water leak"]},
           {NB: ["det renner vann opp av bakken ved {addr}. lekkasje?", "vannlekkasje i veien ved {addr} ring meg", "Lavt vanntrykk og vann i grøfta på {addr}"],
            NN: ["det renn vatn opp av vegen ved {addr}", "vasslekkasje ved {addr}, kan nokon kome?"],
            EN: ["water coming up from the ground near {addr}, I think leak"]},
           {NB: ["Siden i helgen har det rent vann opp av bakken mellom huset vårt i {addr} og kommunal vei. Vanntrykket har samtidig falt merkbart. Vi mistenker lekkasje på stikkledningen og ber om at dere ser på det."],
            NN: ["Sidan helga har det runne vatn opp av bakken mellom huset vårt i {addr} og den kommunale vegen. Vasstrykket har òg falle. Vi trur det er lekkasje på stikkleidninga."],
            EN: ["Since the weekend water has been running out of the ground between our house at {addr} and the road. The pressure is also low. We think there is a leak."]},
           prop=True),
    Matter("vann_avlop.gebyr", "vann_avlop", "{gnr}/{bnr} - Vannmåler - avlesning og gebyr",
           {NB: ["Vanngebyr", "Feil på vannregning?", "Måleravlesning {addr}"], NN: ["Vassgebyr", "Måleravlesing {addr}"], EN: ["Water bill"]},
           {NB: ["målerstand {addr}: 004512 m3", "regningen for vann er dobbelt så høy som i fjor??"],
            NN: ["målarstand {addr}: 003988", "vassrekninga er altfor høg i år"]},
           {NB: ["Årets gebyr for vann og avløp på {addr} ({gb}) er beregnet ut fra et forbruk på 380 m³. Vi er to personer i huset og har aldri brukt mer enn 120 m³. Måleren viser i dag 004512. Vi ber om at gebyret beregnes på nytt."],
            NN: ["Gebyret for vatn og avløp på {addr} ({gb}) er rekna ut frå 400 m³. Vi er to i huset og har aldri brukt meir enn 110 m³. Målaren viser no 003988. Vi ber om ny utrekning."],
            EN: ["This year's water and sewage fee for {addr} is based on 380 m³, but we are two people and never use more than 120 m³. The meter shows 004512 today."]},
           prop=True),
    Matter("vei_trafikk.brøyting", "vei_trafikk", "Brøyting og strøing - {road}",
           {NB: ["Brøyting {road}", "Strøing", "Glatt vei"], NN: ["Brøyting {road}", "Glatt veg"], EN: ["Snow clearing {road}"]},
           {NB: ["{road} er ikke brøytet i dag heller", "speilblankt i bakken i {road} noen må strø", "brøytebilen har tatt postkassen vår i {road}"],
            NN: ["{road} er ikkje brøytt enno", "det er speglglatt i {road}, kan de strø?"]},
           {NB: ["Brøytekanten i {road} legges igjen og igjen inn mot avkjørselen vår, og i morges måtte vi måke i en time for å komme ut. Kan dere be entreprenøren legge snøen på motsatt side?"],
            NN: ["Brøytekanten i {road} blir lagd att rett framfor innkøyrsla vår, og i dag måtte vi måke ein time for å kome ut. Kan de be entreprenøren leggje snøen på andre sida?"],
            EN: ["The snow plough keeps leaving a wall of snow across our driveway in {road}. Could you ask the contractor to push it to the other side?"]}),
    Matter("vei_trafikk.trafikk", "vei_trafikk", "Trafikksikkerhetstiltak {road}",
           {NB: ["Fartsdumper {road}", "Trafikkfarlig ved skolen", "Fart i {road}"], NN: ["Fartsdumpar {road}", "Farleg skuleveg"], EN: ["Speeding on {road}"]},
           {NB: ["bilene kjører alt for fort i {road}, når kommer fartsdumpene?", "gatelyset i {road} har vært mørkt i to uker"],
            NN: ["bilane køyrer altfor fort i {road}", "gatelyset i {road} er øydelagt"]},
           {NB: ["Vi som bor i {road} ber om fartsdumper. Mange kjører langt over 30 km/t forbi stoppestedet der barna venter på skolebussen, og det er ikke fortau på strekningen."],
            NN: ["Vi som bur i {road} ber om fartsdumpar. Mange køyrer langt over 30 km/t forbi busshaldeplassen der borna ventar på skulebussen, og det er ikkje fortau der."],
            EN: ["Cars drive far too fast on {road} past the school bus stop. There is no pavement. We ask for speed bumps."]}),
    Matter("eiendomsskatt.klage", "eiendomsskatt", "{gnr}/{bnr} - Klage på eiendomsskattetakst",
           {NB: ["Klage eiendomsskatt", "Klage på takst {gb}"], NN: ["Klage eigedomsskatt", "Klage på takst {gb}"], EN: ["Property tax appeal"]},
           {NB: ["klager på eiendomsskatten for {gb}, taksten er alt for høy", "boligen på {addr} er ikke 190 kvm. feil areal i takst"],
            NN: ["klagar på eigedomsskatten for {gb}", "arealet i taksten for {addr} er feil"]},
           {NB: ["Jeg klager herved på takstgrunnlaget for eiendomsskatt for {gb}, {addr}. Boligen er registrert med 190 m² bruksareal, men riktig areal er 132 m² ettersom loftet ikke er innredet. Jeg ber om befaring."],
            NN: ["Eg klagar med dette på takstgrunnlaget for eigedomsskatt for {gb}, {addr}. Bustaden er registrert med 185 m², men rett areal er om lag 130 m² sidan loftet ikkje er innreidd."],
            EN: ["I appeal the property tax valuation for {gb}, {addr}. The house is registered with 190 m² but the correct floor area is 132 m²."]},
           prop=True),
    Matter("skole.permisjon", "skole", "Søknad om permisjon fra undervisning - {child_full}",
           {NB: ["Permisjon {child}", "Søknad om fri", "Permisjonssøknad"], NN: ["Permisjon {child}", "Søknad om fri"], EN: ["Leave from school"]},
           {NB: ["{child} i 4b trenger fri fredag pga begravelse", "søker fri for {child} uke 42, familietur"],
            NN: ["{child} treng fri fredag, gravferd i familien", "søkjer fri for {child} veke 42"],
            EN: ["{child} needs leave from school next week, we travel home to visit family"]},
           {NB: ["Vi søker om permisjon for {child} fra {school} skole fra {date} til og med fem skoledager etter. Familien skal i bryllup i utlandet. Vi tar ansvar for at {child} gjør leksene i perioden."],
            NN: ["Vi søkjer om permisjon for {child} frå {school} skule frå {date} og ei veke framover. Familien skal i bryllaup. Vi sørgjer for at {child} gjer leksene."],
            EN: ["We apply for leave for {child} from {school} school from {date} for one week. We travel to a family wedding abroad and will make sure homework is done."]}),
    Matter("skole.sfo", "skole", "SFO-plass 2026/2027 - {child_full}",
           {NB: ["SFO", "Oppsigelse SFO {child}", "SFO-plass"], NN: ["SFO", "Seie opp SFO-plass"], EN: ["After-school care (SFO)"]},
           {NB: ["vil si opp sfo for {child} fra 1. november", "kan {child} få 60 % sfo i stedet for full plass?"],
            NN: ["vil seie opp sfo for {child} frå 1. november", "kan {child} byte til halv sfo-plass?"]},
           {NB: ["Vi ønsker å endre SFO-plassen til {child} på {school} skole fra full plass til tre dager i uka fra {date}. {child} går i 2. klasse."],
            NN: ["Vi ønskjer å endre SFO-plassen til {child} på {school} skule frå full plass til tre dagar i veka frå {date}."],
            EN: ["We would like to change {child}'s SFO place at {school} school from full time to three days a week from {date}."]}),
    Matter("barnehage.plass", "barnehage", "Barnehageopptak 2026 - {child_full}",
           {NB: ["Barnehageplass {child}", "Søknad barnehage", "Venteliste barnehage"], NN: ["Barnehageplass", "Venteliste barnehage"],
            EN: ["Kindergarten place"]},
           {NB: ["står {child} fortsatt på venteliste til {school} barnehage?", "takker ja til plassen for {child}"],
            NN: ["står {child} framleis på ventelista til {school} barnehage?", "takkar ja til plassen"]},
           {NB: ["Vi har søkt barnehageplass for {child} (f. 2024) og står på venteliste til {school} barnehage. Jeg begynner i ny jobb {date} og lurer på om det er mulig å få plass i en annen barnehage i mellomtiden."],
            NN: ["Vi har søkt barnehageplass for {child} (fødd 2024) og står på venteliste til {school} barnehage. Eg byrjar i ny jobb {date}. Er det mogleg å få plass ein annan stad i mellomtida?"],
            EN: ["We applied for a kindergarten place for {child} (born 2024) and are on the waiting list for {school} kindergarten. I start a new job on {date}. Is a place elsewhere possible meanwhile?"]}),
    Matter("barnehage.redusert", "barnehage", "Søknad om redusert foreldrebetaling - {child_full}",
           {NB: ["Redusert foreldrebetaling", "Søknad om lavere barnehagepris"], NN: ["Redusert foreldrebetaling"], EN: ["Reduced kindergarten fee"]},
           {NB: ["jeg er sykmeldt og har mistet jobben, kan vi få redusert pris for barnehagen til {child}?"],
            NN: ["eg er sjukmeld og mista jobben, kan vi få lågare pris for barnehagen til {child}?"]},
           {NB: ["Jeg søker om redusert foreldrebetaling for {child} i {school} barnehage. Jeg ble sagt opp i sommer og har vært sykmeldt for depresjon siden, så husholdningens inntekt er nå bare arbeidsavklaringspenger. Vedtak fra NAV ettersendes."],
            NN: ["Eg søkjer om redusert foreldrebetaling for {child} i {school} barnehage. Eg vart sagt opp i sommar og har vore sjukmeld sidan, så inntekta i huset er no berre arbeidsavklaringspengar."],
            EN: ["I apply for a reduced fee for {child} at {school} kindergarten. I lost my job this summer and have been on sick leave since, so our only income is now work assessment allowance."]},
           screened=("child_full", "child"), skjerming="P13"),
    Matter("helse_omsorg.hjemmetjeneste", "helse_omsorg", "Tjenester i hjemmet - {elder}",
           {NB: ["Hjemmetjeneste for mor", "Hjelp til {elder}", "Søknad om praktisk bistand"], NN: ["Heimeteneste for mor", "Hjelp til {elder}"],
            EN: ["Home care for my father"]},
           {NB: ["mor ({elder}) klarer seg ikke alene lenger etter fallet, hvem ringer jeg?", "far har fått demens og glemmer medisinene. trenger hjelp"],
            NN: ["mor ({elder}) klarar seg ikkje åleine lenger etter fallet", "far har fått demens og gløymer medisinane"]},
           {NB: ["Min mor {elder} (86) bor alene i {addr}. Etter et fall i august har hun brukket håndleddet og er blitt mer glemsk; fastlegen mistenker begynnende demens. Vi søker om hjemmesykepleie til medisiner og praktisk bistand til dusj."],
            NN: ["Mor mi {elder} (84) bur åleine i {addr}. Etter eit fall i august er ho vorten gløymsk, og fastlegen meiner det kan vere byrjande demens. Vi søkjer om heimesjukepleie og hjelp til dusj."],
            EN: ["My father {elder} (88) lives alone at {addr}. After a stroke in the spring he cannot manage his medication. We apply for home nursing."]},
           screened=("elder",)),
    Matter("barnevern.bekymring", "barnevern", "Bekymringsmelding - {child_full}",
           {NB: ["Bekymring for et barn", "Bekymringsmelding", "Jeg er bekymret"], NN: ["Uro for eit barn", "Bekymringsmelding"], EN: ["Concern about a child"]},
           {NB: ["er bekymret for barnebarnet mitt {child}, moren drikker og han er alene hjemme om kveldene"],
            NN: ["er uroleg for barnebarnet mitt {child}, mora drikk og han er åleine heime om kveldane"]},
           {NB: ["Jeg er bestemor til {child_full} (7). Det siste halve året har {child} ofte kommet til meg sulten og i skitne klær, og han forteller at mamma sover hele dagen. Jeg vet at hun har hatt problemer med rus tidligere. Jeg vil at barnevernet ser på dette."],
            NN: ["Eg er bestefar til {child_full} (6). Det siste året har {child} ofte kome til oss svolten, og han fortel at det er mykje krangling og drikking heime. Eg vil at barnevernet ser på dette."],
            EN: ["I am the grandmother of {child_full} (7). For months {child} has come to me hungry and says his mother sleeps all day. She has had drug problems before. Please look into this."]},
           screened=("child_full", "child")),
    Matter("tilskudd.kulturmidler", "tilskudd", "Kulturmidler 2026 - {lag}",
           {NB: ["Søknad om kulturmidler", "Tilskudd {lag}", "Rapport tilskudd"], NN: ["Søknad om kulturmidlar", "Tilskot {lag}"], EN: ["Grant application"]},
           {NB: ["når er fristen for kulturmidler? {lag} vil søke", "sender rapport for tilskuddet til {lag} snart"],
            NN: ["når er fristen for kulturmidlar? {lag} vil søkje"]},
           {NB: ["{lag} søker om {kr} kroner i kulturmidler til ny lydanlegg og leie av lokaler til sommerkonserten. Laget har 42 medlemmer, hvorav 18 under 20 år. Budsjett og årsmelding ligger ved."],
            NN: ["{lag} søkjer om {kr} kroner i kulturmidlar til nye drakter og leige av hall. Laget har 35 medlemer, 20 av dei er under 18 år. Budsjett og årsmelding ligg ved."],
            EN: ["{lag} applies for NOK {kr} in cultural funding for sound equipment and hall rental. Budget attached."]},
           who="lag"),
    Matter("bevilling.skjenke", "bevilling", "Skjenkebevilling - {firmname}",
           {NB: ["Søknad om skjenkebevilling", "Ambulerende bevilling", "Skjenkebevilling"], NN: ["Søknad om skjenkeløyve", "Skjenkeløyve"],
            EN: ["Alcohol licence"]},
           {NB: ["må vi ha skjenkebevilling for bryllup i grendehuset lørdag?", "søker enkeltanledning skjenking {date}"],
            NN: ["treng vi skjenkeløyve for konsert i grendahuset?"]},
           {NB: ["{firmname} søker om alminnelig bevilling for skjenking av øl, vin og brennevin i restauranten i {addr}. Styrer er daglig leder, stedfortreder er kjøkkensjef. Skjenketid ønskes til kl. 01.00 fredag og lørdag."],
            NN: ["{firmname} søkjer om løyve til skjenking av øl og vin på kafeen i {addr}. Styrar er dagleg leiar. Vi ønskjer skjenketid til kl. 00.30 i helgane."],
            EN: ["{firmname} applies for a licence to serve beer, wine and spirits at our restaurant at {addr}, until 01:00 on weekends."]},
           who="firm"),
    Matter("rekruttering.soknad", "rekruttering", "Tilsetting - {pos}",
           {NB: ["Søknad på stilling som {pos}", "Søknad - {pos}", "Jobbsøknad"], NN: ["Søknad på stilling som {pos}", "Søknad - {pos}"],
            EN: ["Application - {pos}"]},
           {NB: ["er stillingen som {pos} fortsatt ledig? har sendt cv", "søker på {pos}, cv kommer"],
            NN: ["er stillinga som {pos} framleis ledig?"]},
           {NB: ["Jeg søker herved på stillingen som {pos}. Jeg har fagbrev og åtte års erfaring, de siste tre i privat sektor. Jeg er vant til turnus, har førerkort klasse B og kan begynne på kort varsel. CV og attester ligger ved."],
            NN: ["Eg søkjer med dette på stillinga som {pos}. Eg har fagbrev og seks års erfaring, og kan byrje etter avtale. CV og attestar ligg ved."],
            EN: ["I hereby apply for the position as {pos}. I have seven years of experience and a Norwegian authorisation. CV and references attached."]}),
    Matter("byggesak.nabomerknad", "byggesak", "{gnr}/{bnr} - {addr} - Søknad om tilbygg bolig",
           {NB: ["Nabomerknad {addr}", "Merknad til byggesøknad", "Protest mot tilbygg naboeiendom"], NN: ["Nabomerknad {addr}", "Merknad til byggjesøknad"],
            EN: ["Objection to neighbour's building plans"]},
           {NB: ["vi protesterer på tilbygget til naboen på {addr}. tar all sol fra terrassen", "nabovarsel mottatt for {gb}, vi er IKKE enige"],
            NN: ["vi protesterer på tilbygget til naboen på {addr}, tek all sol", "fekk nabovarsel for {gb}, vi er ikkje einige"]},
           {NB: ["Vi har mottatt nabovarsel for tilbygg på {gb}, {addr}, og har følgende merknader: Tilbygget går 1,2 meter over tillatt gesimshøyde og vil skygge for uteplassen vår fra kl. 15. Vi ber om at søknaden ikke innvilges i denne formen.",
                 "Som eier av naboeiendommen til {addr} vil jeg påpeke at tegningene i nabovarselet ikke viser den nye verandaen som allerede er bygget. Jeg ber kommunen ta en befaring før saken avgjøres."],
            NN: ["Vi har fått nabovarsel for tilbygg på {gb}, {addr}. Tilbygget blir over ein meter høgare enn det planen tillèt og vil skugge for uteplassen vår. Vi ber om at søknaden ikkje blir innvilga slik han er."],
            EN: ["We received the neighbour notice for an extension at {addr} ({gb}). It will shade our terrace all afternoon and exceeds the permitted height. We object."]},
           prop=True),
    Matter("byggesak.ferdigattest", "byggesak", "{gnr}/{bnr} - {addr} - Midlertidig brukstillatelse - enebolig",
           {NB: ["Søknad om ferdigattest {addr}", "Ferdigattest {gb}", "Midlertidig brukstillatelse"], NN: ["Søknad om ferdigattest {addr}"],
            EN: ["Completion certificate {addr}"]},
           {NB: ["sender søknad om ferdigattest for {addr} i dag, sluttdok kommer i morgen", "kan vi få midlertidig brukstillatelse {gb}? familien flytter inn fredag"],
            NN: ["sender søknad om ferdigattest for {addr} i dag"]},
           {NB: ["Som ansvarlig søker søker vi om ferdigattest for ny enebolig på {gb}, {addr}. Samsvarserklæringer fra alle ansvarlige foretak, som-bygget-tegninger og FDV-dokumentasjon er overlevert tiltakshaver. Sluttdokumentasjon følger vedlagt.",
                 "Vi søker om midlertidig brukstillatelse for boligen på {addr} ({gb}). Utvendig kledning og asfaltering gjenstår og ferdigstilles innen {date}. Alle brannkrav er oppfylt."],
            NN: ["Som ansvarleg søkjar søkjer vi om ferdigattest for ny einebustad på {gb}, {addr}. Samsvarserklæringar og sluttdokumentasjon ligg ved."],
            EN: ["As responsible applicant we apply for a completion certificate for the new house at {addr} ({gb}). Final documentation is attached."]},
           prop=True, who="firm", trades=("bygg", "arkitekt", "entreprenør")),
    Matter("vann_avlop.tilknytning", "vann_avlop", "{gnr}/{bnr} - Tilknytning til kommunalt vann og avløp",
           {NB: ["Tilknytning VA {addr}", "Søknad om tilknytning", "Sanitærmelding {gb}"], NN: ["Tilknyting VA {addr}", "Søknad om tilknyting"],
            EN: ["Water connection {addr}"]},
           {NB: ["når kan vi koble oss på kommunalt avløp i {addr}? septiktanken er full", "sender sanitærmelding for {gb} i morgen"],
            NN: ["når kan vi kople oss på kommunalt avløp på {addr}?"]},
           {NB: ["På vegne av eier søker vi om tilknytning til kommunal vann- og avløpsledning for {gb}, {addr}. Ny stikkledning legges i felles grøft, ca. 35 meter. Sanitærabonnement og situasjonsplan med påkoblingspunkt følger.",
                 "Vi har privat avløpsanlegg på {addr} som nå må skiftes. Kommunal ledning ligger 60 meter unna. Hva koster tilknytning, og kan vi få fritak fra tilknytningsplikten?"],
            NN: ["På vegner av eigar søkjer vi om tilknyting til kommunal vass- og avløpsleidning for {gb}, {addr}. Ny stikkleidning blir lagd i felles grøft. Situasjonsplan ligg ved."],
            EN: ["On behalf of the owner we apply for connection to the municipal water and sewage main for {gb}, {addr}. Site plan attached."]},
           prop=True, who="firm", trades=("rør", "vvs", "entreprenør")),
    Matter("eiendomsskatt.fritak", "eiendomsskatt", "Søknad om fritak for eiendomsskatt - {lag}",
           {NB: ["Søknad om fritak for eiendomsskatt", "Fritak eiendomsskatt {lag}"], NN: ["Søknad om fritak for eigedomsskatt"], EN: ["Property tax exemption"]},
           {NB: ["{lag} må betale eiendomsskatt på klubbhuset i år, kan vi søke fritak?"], NN: ["{lag} må betale eigedomsskatt på klubbhuset, kan vi søkje fritak?"]},
           {NB: ["{lag} eier klubbhuset på {gb}. Bygget brukes utelukkende til ikke-kommersiell aktivitet for barn og unge. Vi søker om fritak for eiendomsskatt etter eiendomsskatteloven § 7 bokstav a."],
            NN: ["{lag} eig klubbhuset på {gb}. Bygget blir berre brukt til ideell aktivitet for born og unge. Vi søkjer fritak for eigedomsskatt etter eigedomsskattelova § 7 bokstav a."],
            EN: ["{lag} owns the clubhouse at {gb}, used only for non-commercial youth activities. We apply for exemption from property tax."]},
           prop=True, who="lag"),
    Matter("skole.skyss", "skole", "Skoleskyss 2026/2027 - {child_full}",
           {NB: ["Skoleskyss {child}", "Søknad om skoleskyss", "Farlig skolevei"], NN: ["Skuleskyss {child}", "Søknad om skuleskyss"], EN: ["School transport"]},
           {NB: ["{child} har ikke fått skyss i år selv om vi bor 4,5 km fra skolen. hva skjer?", "søker skoleskyss for {child}, veien er farlig om vinteren"],
            NN: ["{child} har ikkje fått skuleskyss i år, vi bur 4 km frå skulen", "søkjer skuleskyss for {child}, vegen er farleg"]},
           {NB: ["Vi søker om skoleskyss for {child} som begynner i 2. klasse på {school} skole. Skoleveien går langs {road}, som ikke har fortau eller gatelys, og fartsgrensen er 60. Vi mener skoleveien er særlig farlig."],
            NN: ["Vi søkjer om skuleskyss for {child} som byrjar i 2. klasse på {school} skule. Skulevegen går langs {road}, som ikkje har fortau eller gatelys."],
            EN: ["We apply for school transport for {child}, grade 2 at {school} school. The road has no pavement or street lights."]}),
    Matter("politisk.innbyggerforslag", "politisk", "Innbyggerforslag - {topic}",
           {NB: ["Innbyggerforslag", "Innbyggerforslag: {topic}", "Til kommunestyret"], NN: ["Innbyggjarforslag", "Til kommunestyret"],
            EN: ["Citizens' initiative"]},
           {NB: ["vi har samlet 300 underskrifter for {topic}. hvordan leverer vi innbyggerforslaget?"],
            NN: ["vi har samla 300 underskrifter for {topic}. korleis leverer vi innbyggjarforslaget?"]},
           {NB: ["Med hjemmel i kommuneloven § 12-1 fremmer vi innbyggerforslag om {topic}. Forslaget har 312 underskrifter fra innbyggere i kommunen, se vedlagt liste. Vi ber om at kommunestyret tar stilling til forslaget innen seks måneder."],
            NN: ["Med heimel i kommunelova § 12-1 fremjar vi innbyggjarforslag om {topic}. Forslaget har 305 underskrifter. Vi ber om at kommunestyret tek stilling til forslaget."],
            EN: ["Under the Local Government Act § 12-1 we submit a citizens' initiative on {topic}, with 312 signatures attached."]}),
    Matter("horing.uttalelse", "horing", "Høring - {forskrift}",
           {NB: ["Høringsuttalelse - {forskrift}", "Uttalelse til høring"], NN: ["Høyringsfråsegn - {forskrift}", "Fråsegn til høyring"],
            EN: ["Consultation response"]},
           {NB: ["{lag} støtter forslaget til {forskrift}, uttalelse kommer"], NN: ["{lag} støttar forslaget til {forskrift}"]},
           {NB: ["{lag} viser til kommunens høring av forslag til {forskrift}. Vi støtter hovedtrekkene, men mener at fritaket for lag og foreninger bør videreføres. Vi ber om at dette tas inn i den endelige forskriften."],
            NN: ["{lag} viser til høyringa av forslag til {forskrift}. Vi støttar hovudtrekka, men meiner at fritaket for lag og organisasjonar bør førast vidare."],
            EN: ["{lag} refers to the municipality's consultation on {forskrift}. We support the proposal but ask that the exemption for voluntary organisations is kept."]},
           who="lag"),
    Matter("politisk.sporsmal", "politisk", "Spørsmål til ordføreren - {road}",
           {NB: ["Spørsmål til ordføreren", "Til ordfører og kommunestyret", "Innbyggerspørsmål"], NN: ["Spørsmål til ordføraren", "Til ordføraren"],
            EN: ["Question to the mayor"]},
           {NB: ["til ordføreren: hvorfor ble gang- og sykkelveien langs {road} strøket fra budsjettet?"],
            NN: ["til ordføraren: kvifor vart gang- og sykkelvegen langs {road} stroken frå budsjettet?"]},
           {NB: ["Jeg ber ordføreren svare på følgende i neste kommunestyremøte: Hvorfor ble gang- og sykkelveien langs {road} tatt ut av handlingsplanen, når kommunestyret enstemmig vedtok den i fjor? Når vil saken bli lagt fram igjen?"],
            NN: ["Eg ber ordføraren svare på dette i neste kommunestyremøte: Kvifor vart gang- og sykkelvegen langs {road} teken ut av handlingsplanen, når kommunestyret samrøystes vedtok han i fjor?"],
            EN: ["I ask the mayor to answer in the next council meeting why the footpath along {road} was removed from the action plan."]}),
]


LAGS = ["{p} skolekorps", "{p} IL", "{p} songlag", "{p} ungdomslag", "{p} historielag", "{p} sjakklubb",
        "{p} seniordans", "{p} bygdekvinnelag", "{p} båtlag", "{p} teaterlag"]
POSITIONS = ["sykepleier ved {p} sjukeheim", "lærer ved {p} skole", "barnehagelærer", "helsefagarbeider i hjemmetjenesten",
             "saksbehandler byggesak", "ingeniør vann og avløp", "miljøterapeut", "renholder", "konsulent ved servicetorget",
             "assistent i SFO", "vaktmester"]


def _slots(rng: random.Random, world: World, sender: Sender, prop: Property) -> dict[str, Any]:
    place = pick(rng, SCHOOLS)
    elder = Person(pick(rng, ["Gunvor", "Ragna", "Kåre", "Olav", "Solveig", "Alfhild", "Ingvald", "Torbjørg", "Edvin"]),
                   sender.person.last if rng.random() < 0.6 else world.person().last)
    child = pick(rng, CHILD_NAMES)
    return {
        "name": sender.name, "child": child, "child_full": f"{child} {sender.person.last}", "elder": elder.name,
        "addr": prop.address, "gb": _gb(rng, prop), "gnr": prop.gnr, "bnr": prop.bnr, "road": pick(rng, ROADS),
        "school": place, "date": _date(rng), "kr": f"{rng.randint(5, 80) * 1000:,}".replace(",", " "),
        "lag": pick(rng, LAGS).format(p=pick(rng, SCHOOLS)), "pos": pick(rng, POSITIONS).format(p=place),
        "firmname": "", "place": place,
        "topic": pick(rng, ["bevaring av {p} skole", "gratis parkering i sentrum", "ny gang- og sykkelveg langs {r}",
                            "lengre åpningstid på biblioteket", "badeplass ved {p}"]).format(p=place, r=pick(rng, ROADS)),
        "forskrift": pick(rng, ["lokal forskrift om vann- og avløpsgebyrer", "forskrift om renovasjon og slam",
                                "forskrift om salgs- og skjenketider", "forskrift om utleie av kommunale lokaler",
                                "ruspolitisk handlingsplan", "forskrift om eiendomsskatt"]),
    }


def _matter_sender(rng: random.Random, world: World, m: Matter, lang: str, slots: dict[str, Any] | None = None) -> Sender:
    if m.who == "firm":
        return _firm(rng, world, pick(rng, list(m.trades)), lang=lang)
    if m.who == "lag":
        lag = pick(rng, LAGS).format(p=pick(rng, SCHOOLS))
        return _org(rng, world, lag, rng.choice(FREEMAIL_LAG), p_orgnr=0.45)
    return _citizen(rng, world)


FREEMAIL_LAG = ["gmail.com", "hotmail.com", "online.no", "outlook.com"]


def _setup(rng: random.Random, world: World, m: Matter, *, tenant: str | None = None, en: float = 0.05):
    """Tenant, language, sender, slots and skjerming for one mail about matter ``m``."""
    tenant = tenant or _tenant(rng)
    lang = _lang(rng, tenant, en)
    sender = _matter_sender(rng, world, m, lang)
    prop = world.property()
    slots = _slots(rng, world, sender, prop)
    if sender.org and m.who == "lag":
        slots["lag"] = sender.org
    if m.who == "firm":
        slots["firmname"] = sender.org
    skjerming = m.skjerming or DEFAULT_SKJERMING.get(m.category)
    names = ([sender.name] if sender.private else []) + [slots[k] for k in m.screened]
    names = list(dict.fromkeys(names)) if skjerming else []
    return tenant, lang, sender, prop, slots, skjerming, names


def _matters(category: str) -> list[Matter]:
    return [m for m in MATTERS if m.category == category]


# ------------------------------------------------------------------------------------------
# forms
# ------------------------------------------------------------------------------------------


def _phone_mail(m_list: list[Matter]) -> Callable[[random.Random, World], Draft]:
    """One or two lines typed on a phone, no greeting, typos."""
    def make(rng: random.Random, world: World) -> Draft:
        m = pick(rng, m_list)
        tenant, lang, s, _, slots, skj, names = _setup(rng, world, m, en=0.04)
        s.avsender["orgnr"] = None  # a phone mail carries no signature with the orgnr
        text = _v(rng, m.terse, lang, **slots)
        if rng.random() < 0.3:
            text += "\n" + (s.person.first if rng.random() < 0.6 else s.name)
        if rng.random() < 0.25 and s.private:
            text += " " + world.phone()
        subject = _v(rng, m.subject, lang, **slots) if rng.random() < 0.7 else ""
        if subject and rng.random() < 0.4:
            subject = subject.lower()
        d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject,
                  body=_phone_noise(rng, text, lang), style=pick(rng, ["iphone", "android", None]))
        return _label(d, m.category, s, skjerming=skj, personnavn=names, note="Terse phone mail.")
    return make


EMPTY_BODIES = {
    NB: ["Se vedlegg.", "Se vedlegg", "Vedlagt følger søknad.", "Hei, se vedlagt dokument.", "", "Oversendes.",
         "Vedlagt.", "Hei\nVedlagt ligger brevet\nmvh", "Viser til vedlegg.", "Se vedlagte fil. Ring meg hvis noe er uklart."],
    NN: ["Sjå vedlegg.", "Sjå vedlegg", "Vedlagt følgjer søknad.", "Hei, sjå vedlagt dokument.", "", "Vedlagt.",
         "Hei\nBrevet ligg ved\nmvh"],
    EN: ["Please see attached.", "See attachment.", "Attached.", "Please find the attached document.", ""],
}


def _attachment_name(rng: random.Random, m: Matter, slots: dict[str, Any], ext: str) -> str:
    stem = pick(rng, ["soknad", "brev", "dokument", "Skann_" + str(rng.randint(1000, 9999)), "scan0" + str(rng.randint(10, 99)),
                      _ascii(m.key.split(".")[1]).lower(), "IMG_" + str(rng.randint(1000, 9999)), "henvendelse"])
    return f"{stem}.{ext}"


def _document(rng: random.Random, world: World, m: Matter, s: Sender, lang: str, slots: dict[str, Any]) -> str:
    heading = _v(rng, m.subject, lang, **slots)
    place = pick(rng, SCHOOLS)
    lines = [heading, "", f"{place}, {_date(rng)}", "", f"Til {TENANTS_NAME_BY_LANG[lang]}", "",
             _v(rng, m.body, lang, **slots), "", _sign(rng, world, s, lang)]
    return "\n".join(lines)


TENANTS_NAME_BY_LANG = {NB: "kommunen", NN: "kommunen", EN: "the municipality"}


def _attachment_only(m_list: list[Matter], kind: str) -> Callable[[random.Random, World], Draft]:
    """Substance only in a PDF/DOCX (or a scanned PDF without text layer)."""
    def make(rng: random.Random, world: World) -> Draft:
        m = pick(rng, m_list)
        tenant, lang, s, _, slots, skj, names = _setup(rng, world, m, en=0.05)
        k = kind if kind == "scan" else pick(rng, ["pdf", "pdf", "docx"])
        ext = "pdf" if k in ("pdf", "scan") else "docx"
        doc = _document(rng, world, m, s, lang, slots)
        body = pick(rng, EMPTY_BODIES[lang])
        if s.private and rng.random() < 0.5:
            body = _join(body, mobile_footer(rng, lang))
        elif rng.random() < 0.5:
            body = _join(body, s.name)
        subject = pick(rng, [_v(rng, m.subject, lang, **slots), "", "Skannet dokument", "Dokument", "Søknad",
                             f"Scan {rng.randint(100, 999)}"])
        d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body,
                  attachments=[AttachmentSpec(_attachment_name(rng, m, slots, ext), k, doc)])
        note = ("Only a scanned PDF without text; labelled by its true kind, the model may leave it."
                if k == "scan" else "Substance only in the attachment.")
        return _label(d, m.category, s, skjerming=skj, personnavn=names, note=note)
    return make


KOMMUNE_LETTERS = {
    NB: ["Vi viser til din henvendelse mottatt {date}. Saken er registrert med saksnummer {ref}. Før vi kan behandle saken trenger vi mer informasjon. Vennligst svar på denne e-posten innen tre uker.",
         "Vi har mottatt saken din og gitt den {ref}. Saksbehandlingstiden er for tiden inntil åtte uker. Ta gjerne kontakt dersom noe er uklart.",
         "Takk for henvendelsen. Vi har sett på saken ({ref}) og trenger noen opplysninger fra deg: se punktene under.\n\n1. Bekreft kontaktopplysninger\n2. Eventuell dokumentasjon\n\nOppgi saksnummeret ved alle henvendelser.",
         "Vi viser til telefonsamtale i dag. Som avtalt sender vi en kort oppsummering. Saken har referanse {ref}. Vi venter på tilbakemelding fra deg før vi går videre."],
    NN: ["Vi viser til førespurnaden din motteken {date}. Saka er registrert med saksnummer {ref}. Før vi kan handsame saka treng vi meir informasjon. Ver venleg å svare på denne e-posten innan tre veker.",
         "Vi har motteke saka di og gjeve henne {ref}. Handsamingstida er no opptil åtte veker.",
         "Takk for førespurnaden. Vi har sett på saka ({ref}) og treng nokre opplysningar frå deg før vi går vidare."],
}
REPLY_OPENERS = {
    NB: ["Takk for svar.", "Hei igjen,", "Ok, her kommer det dere ba om.", "Beklager sent svar.", "Svarer på brevet under.", "",
         "Hei. Jeg skriver det en gang til, så det står samlet:", "Som avtalt på telefon:", "Her er opplysningene dere etterspurte."],
    NN: ["Takk for svar.", "Hei att,", "Her kjem det de bad om.", "Orsak seint svar.", "", "Som avtalt på telefonen:",
         "Her er opplysningane de bad om."],
    EN: ["Thank you for your reply.", "Hello again,", "Sorry for the late answer.", ""],
}


def _reply_chain(m_list: list[Matter]) -> Callable[[random.Random, World], Draft]:
    """A reply quoting the kommune's letter; the case number is only in the quote."""
    def make(rng: random.Random, world: World) -> Draft:
        m = pick(rng, m_list)
        tenant, lang, s, prop, slots, skj, names = _setup(rng, world, m, en=0.04)
        case = world.open_case(tenant, m.category, m.title.format(**slots), prop=prop if m.prop else None,
                               part=s.avsender["navn"])
        emp = _employee(rng, world, tenant)
        klang = NN if tenant == "havoy" and rng.random() < 0.8 else NB
        ref = world.cite(case.sak)
        letter = _v(rng, KOMMUNE_LETTERS, klang, date=_date(rng), ref=ref)
        letter = _join(letter, f"{pick(rng, ['Med venleg helsing', 'Venleg helsing'] if klang == NN else ['Med vennlig hilsen', 'Vennlig hilsen'])}\n{emp.name}\n{TENANTS[tenant]['navn']}")
        subj_k = rng.choice([f"{case.tittel} - {ref}", f"Sak {ref} - {case.tittel}", f"{ref} {case.tittel}",
                             case.tittel, case.tittel.split(" - ")[-1]])
        quoted = EarlierMessage(emp.name, emp.email, subj_k, letter)
        core = _v(rng, m.body, lang, **slots) if rng.random() < 0.8 else _v(rng, m.terse, lang, **slots)
        body = _join(pick(rng, REPLY_OPENERS[lang]), core, _sign(rng, world, s, lang))
        if s.private and rng.random() < 0.3:
            body = _typos_keep(rng, body, 0.015)
        d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subj_k, body=body, quoted=quoted)
        return _label(d, m.category, s, sak=case.sak, skjerming=skj, personnavn=names,
                      note="Reply; the case number is only in the quoted letter from the kommune.")
    return make


FORWARD_NOTES = {
    NB: ["Til postmottak: denne kom til meg, kan dere journalføre den?", "Videresender til journalføring.", "Fra en innbygger. Journalføres.",
         "Hei, fikk denne på min e-post. Kan dere registrere den og sende til riktig enhet?", "Kom til feil adresse, sender videre.",
         "FYI - bør journalføres.", "Se under. Hører ikke til hos oss, men bør inn i arkivet."],
    NN: ["Til postmottak: denne kom til meg, kan de journalføre han?", "Vidaresender for journalføring.", "Kom til feil adresse, sender vidare.",
         "Hei, fekk denne på e-posten min. Kan de registrere han?"],
}


def _forwarded_by_employee(m_list: list[Matter], as_msg: bool) -> Callable[[random.Random, World], Draft]:
    """An employee forwards a resident's mail to the postmottak: the original sender is the korrespondansepart."""
    def make(rng: random.Random, world: World) -> Draft:
        m = pick(rng, m_list)
        tenant, lang, s, _, slots, skj, names = _setup(rng, world, m, en=0.04)
        emp = _employee(rng, world, tenant)
        subject = _v(rng, m.subject, lang, **slots)
        orig_body = _join(_v(rng, m.body, lang, **slots), _sign(rng, world, s, lang))
        klang = NN if tenant == "havoy" and rng.random() < 0.7 else NB
        note_text = _join(pick(rng, FORWARD_NOTES[klang]), maybe_sig(rng, emp, tenant))
        if as_msg:
            inner = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=orig_body)
            d = Draft(tenant=tenant, sender_name=emp.name, sender_email=emp.email, subject=subject, body=note_text,
                      attachments=[AttachmentSpec(f"{_ascii(subject)[:40] or 'melding'}.eml", "msg", message=inner)])
        else:
            d = Draft(tenant=tenant, sender_name=emp.name, sender_email=emp.email, subject=subject, body=note_text,
                      forwarded=EarlierMessage(s.name, s.email, subject, orig_body))
        return _label(d, m.category, s, skjerming=skj, personnavn=names,
                      note="Forwarded by an employee; avsender is the original sender, journalposttype I.")
    return make


def maybe_sig(rng: random.Random, emp: Sender, tenant: str) -> str:
    return pick(rng, [emp.person.first, emp.name, f"{emp.name}\n{TENANTS[tenant]['navn']}", ""])


# ------------------------------------------------------------------------------------------
# boundary families: where the archivist's rule decides
# ------------------------------------------------------------------------------------------


def make_politisk_road_question(rng: random.Random, world: World) -> Draft:
    """A formal question to the mayor about a road: politisk, not vei_trafikk."""
    tenant = _tenant(rng)
    lang = _lang(rng, tenant, 0.0)
    road = pick(rng, ROADS)
    party = pick(rng, ["Senterpartiet", "Høyre", "Arbeiderpartiet", "Fremskrittspartiet", "SV", "KrF", "Venstre", "Raudt"])
    kind = rng.random()
    if kind < 0.45:
        s = _citizen(rng, world)
        role = f"kommunestyrerepresentant for {party}"
    elif kind < 0.7:
        s = _org(rng, world, f"{pick(rng, SCHOOLS)} {pick(rng, ['velforening', 'grendalag', 'FAU', 'vel'])}",
                 pick(rng, ["gmail.com", "online.no"]), p_orgnr=0.3)
        role = "leder" if lang == NB else "leiar"
    else:
        s = _citizen(rng, world)
        role = ""
    case = world.open_case(tenant, "politisk", f"Spørsmål til ordføreren - {road}") if rng.random() < 0.3 else None
    ref = f"\n\n({world.cite_phrase(case.sak, lang)})" if case else ""
    texts = {
        NB: ["Til ordføreren\n\nSpørsmål til kommunestyremøtet {date}, jf. reglementet for spørretimen:\n\nStrekningen langs {road} forbi {school} skole har ikke fortau, og foreldre melder om farlige situasjoner hver morgen. Kommunestyret vedtok i 2024 å prioritere tiltaket i handlingsplanen for trafikksikkerhet.\n\n1. Hvorfor er tiltaket ikke startet?\n2. Vil ordføreren ta initiativ til at saken legges fram for formannskapet før budsjettet?",
             "Hei ordfører,\n\nJeg ønsker å stille et spørsmål i åpen spørretime: Hva er status for asfaltering av {road}? Veien har vært lovet oppgradert i tre valgperioder, og hullene blir bare større. Innbyggerne fortjener et svar fra politisk ledelse, ikke bare fra teknisk etat.",
             "Interpellasjon til kommunestyret {date}\n\nTrafikksikkerhet ved {road}\n\nEtter ulykken i sommer har mange innbyggere tatt kontakt med meg. Jeg ber ordføreren redegjøre for hvilke tiltak kommunen vil prioritere, og om det er aktuelt å søke fylkeskommunen om midler til gang- og sykkelvei.",
             "Til ordfører og gruppeledere\n\nPå vegne av beboerne langs {road} ber vi om at kommunestyret tar opp nedleggelsen av busslommen. Vi har samlet 214 underskrifter (vedlagt). Vi ønsker å møte formannskapet og legge fram saken."],
        NN: ["Til ordføraren\n\nSpørsmål til kommunestyremøtet {date}:\n\nVegen langs {road} forbi {school} skule har ikkje fortau, og foreldra melder om farlege situasjonar kvar morgon. Kommunestyret vedtok i 2024 å prioritere tiltaket. Kvifor har ikkje arbeidet starta, og vil ordføraren fremje saka for formannskapet før budsjettet?",
             "Hei ordførar\n\nEg vil stille eit spørsmål i open spørjetime: Kva er status for asfaltering av {road}? Vegen har vore lova oppgradert i fleire periodar. Innbyggjarane fortener svar frå politisk leiing.",
             "Interpellasjon til kommunestyret\n\nTrafikktryggleik ved {road}\n\nEtter ulukka i sommar har mange teke kontakt. Eg ber ordføraren gjere greie for kva tiltak kommunen vil prioritere."],
    }
    body = _join(_v(rng, texts, lang, road=road, date=_date(rng), school=pick(rng, SCHOOLS)) + ref,
                 _sign(rng, world, s, lang, title=role) if not s.private else
                 (pick(rng, ["Med vennlig hilsen", "Vennlig hilsen"] if lang == NB else ["Med venleg helsing"]) + f"\n{s.name}" + (f"\n{role}" if role else "")))
    subject = pick(rng, [f"Spørsmål til ordføreren - {road}", "Spørsmål til spørretimen", f"Interpellasjon - trafikksikkerhet {road}",
                         f"Til ordføreren: {road}", "Innbyggerspørsmål til kommunestyret"])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body)
    return _label(d, "politisk", s, sak=case.sak if case else None,
                  note="Formal question to the mayor about a road: politisk, not vei_trafikk.")


def make_vei_avkjorsel(rng: random.Random, world: World) -> Draft:
    """Avkjøringsløyve from a kommunal veg for a new house: vei_trafikk, not byggesak."""
    tenant = _tenant(rng)
    lang = _lang(rng, tenant)
    s = _citizen(rng, world) if rng.random() < 0.6 else _firm(rng, world, pick(rng, ["bygg", "arkitekt", "entreprenør"]), lang=lang)
    prop = world.property()
    road = pick(rng, ROADS)
    texts = {
        NB: ["Vi skal bygge enebolig på {gb} og trenger ny avkjørsel fra {road}, som er kommunal vei. Byggesøknaden sendes separat. Avkjørselen blir ca. 4 meter bred, og det er god sikt begge veier. Hva må vi sende for å få avkjøringstillatelse?",
             "Søknad om avkjøringstillatelse etter vegloven § 40\n\nEiendom: {gb}, {addr}\nVei: {road} (kommunal)\nFormål: ny avkjørsel til bolig, erstatter eksisterende traktorvei\n\nSiktkrav 4 x 45 m er oppfylt, situasjonskart ligger ved.",
             "hei. vi har fått rammetillatelse for huset på {addr} men byggesak sier vi må søke om avkjørsel fra dere siden veien er kommunal. kan vi bare bruke den gamle avkjørselen eller må den flyttes?",
             "På vegne av tiltakshaver søker vi om utvidet bruk av eksisterende avkjørsel fra {road} til {gb}. Eiendommen skal deles i to boligtomter, og begge skal bruke samme avkjørsel."],
        NN: ["Vi skal byggje einebustad på {gb} og treng ny avkøyrsle frå {road}, som er kommunal veg. Byggjesøknaden kjem for seg. Kva må vi sende inn for å få avkøyrsleløyve?",
             "Søknad om avkøyrsleløyve etter veglova § 40\n\nEigedom: {gb}, {addr}\nVeg: {road} (kommunal)\nFøremål: ny avkøyrsle til bustad\n\nSiktkrava er oppfylte, kart ligg ved.",
             "hei. vi har fått løyve til huset på {addr} men byggjesak seier vi må søkje avkøyrsle frå dykk. kan vi bruke den gamle avkøyrsla?"],
        EN: ["We are building a house at {gb} and need a new driveway onto {road}, which is a municipal road. What do we need to submit for the access permit?"],
    }
    body = _join(_v(rng, texts, lang, gb=_gb(rng, prop), addr=prop.address, road=road), _sign(rng, world, s, lang))
    subject = pick(rng, ["Avkjørsel", f"Søknad om avkjøringstillatelse {prop.address}", f"Avkjørsel fra {road}", "Avkøyrsleløyve",
                         f"Ny avkjørsel {_gb(rng, prop)}"])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body)
    return _label(d, "vei_trafikk", s, note="Avkjøringsløyve from a kommunal veg (veglova): vei_trafikk, not byggesak.")


def make_vei_gravemelding(rng: random.Random, world: World) -> Draft:
    tenant = _tenant(rng)
    lang = _lang(rng, tenant, 0.1)
    s = _firm(rng, world, pick(rng, ["entreprenør", "maskin", "elektro", "rør"]), lang=lang, p_orgnr=0.6)
    road = pick(rng, ROADS)
    prop = world.property()
    texts = {
        NB: ["Gravemelding\n\nVi skal grave over {road} ved {addr} for å legge ny vann- og avløpsledning til nybygg. Arbeidet er planlagt {date} og tar ca. to dager. Trafikken ledes forbi med manuell dirigering. Arbeidsvarslingsplan følger vedlagt.",
             "Hei\nVi melder graving i kommunal vei, {road}, for fiberkabel til 14 husstander. Oppstart {date}. Ansvarlig for arbeidsvarsling er undertegnede. Tillatelse fra byggesak foreligger ikke, da tiltaket ikke er søknadspliktig.",
             "Søker om tillatelse til å stenge {road} mellom {addr} og krysset i tre timer {date} pga løft av ferdighus med kran."],
        NN: ["Gravemelding\n\nVi skal grave over {road} ved {addr} for å leggje ny vass- og avløpsleidning til nybygg. Arbeidet byrjar {date} og tek om lag to dagar. Arbeidsvarslingsplan ligg ved.",
             "Vi søkjer om å stengje {road} ved {addr} i tre timar {date} fordi vi skal løfte inn ferdighus med kran."],
        EN: ["Excavation notice: we will dig across {road} near {addr} on {date} to connect a new building to the water main. Traffic management plan attached."],
    }
    body = _join(pick(rng, ["Hei,", "", "God dag,"]), _v(rng, texts, lang, road=road, addr=prop.address, date=_date(rng)),
                 _sign(rng, world, s, lang))
    subject = pick(rng, [f"Gravemelding {road}", "Gravemelding", f"Stenging av {road}", "Søknad om arbeid i kommunal veg"])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body)
    return _label(d, "vei_trafikk", s, note="Digging in a kommunal veg for a building: vei_trafikk.")


def _agency_sender(rng: random.Random, world: World, kinds: tuple[str, ...]) -> Sender:
    name, domain, _ = pick(rng, [a for a in AGENCIES if a[2] in kinds])
    return _org(rng, world, name, domain, p_orgnr=0.35, generic=f"post@{domain}")


def make_tilsyn_report(rng: random.Random, world: World) -> Draft:
    """A supervision report or notice about a school, waterworks or kindergarten: tilsyn."""
    tenant = _tenant(rng)
    area = pick(rng, ["skole", "vann", "barnehage", "helse"])
    s = _agency_sender(rng, world, ("mt",) if area == "vann" else ("at",) if area == "helse" and rng.random() < 0.4 else ("sf",))
    lang = NN if tenant == "havoy" and rng.random() < 0.5 else NB
    place = pick(rng, SCHOOLS)
    topics = {
        "skole": {NB: [f"Tilsyn med {place} skole - elevenes rett til et trygt og godt skolemiljø", f"Endelig tilsynsrapport - {place} skole - opplæringsloven kapittel 12"],
                  NN: [f"Tilsyn med {place} skule - elevane sin rett til eit trygt skulemiljø"]},
        "vann": {NB: [f"Tilsynsrapport - {place} vannverk", f"Varsel om vedtak - {place} vassverk - drikkevannsforskriften"],
                 NN: [f"Tilsynsrapport - {place} vassverk"]},
        "barnehage": {NB: ["Tilsyn med kommunen som barnehagemyndighet", f"Varsel om tilsyn - {place} barnehage"],
                      NN: ["Tilsyn med kommunen som barnehagestyresmakt"]},
        "helse": {NB: [f"Tilsyn med {place} sykehjem - legemiddelhåndtering", "Varsel om tilsyn - hjemmetjenesten"],
                  NN: [f"Tilsyn med {place} sjukeheim"]},
    }
    title = _v(rng, topics[area], lang)
    texts = {
        NB: ["Vedlagt følger endelig rapport fra tilsynet. Vi fant to lovbrudd, og kommunen må sende plan for retting innen {date}. Tilsynet avsluttes når vi har mottatt dokumentasjon på at forholdene er rettet.",
             "Vi varsler med dette tilsyn. Kommunen bes sende dokumentasjonen som er nevnt i vedlagte brev innen {date}. Åpningsmøte holdes på rådhuset, tidspunkt avtales med kontaktperson.",
             "Foreløpig tilsynsrapport er vedlagt. Kommunen får anledning til å uttale seg om faktafeil innen tre uker. Deretter fatter vi vedtak om pålegg om retting.",
             "Se vedlagt brev om tilsyn. Brevet sendes også til kommunedirektøren."],
        NN: ["Vedlagt følgjer endeleg rapport frå tilsynet. Vi fann to lovbrot, og kommunen må sende plan for retting innan {date}.",
             "Vi varslar med dette tilsyn. Kommunen blir beden om å sende dokumentasjonen nemnd i vedlagt brev innan {date}.",
             "Førebels tilsynsrapport ligg ved. Kommunen kan uttale seg om faktafeil innan tre veker."],
    }
    letter = _v(rng, texts, lang, date=_date(rng, 10))
    ref_own = f"{rng.choice([2025, 2026])}/{rng.randint(5000, 19999)}"  # the agency's own, never a kommune case
    doc = "\n".join([title, "", f"Vår ref: {ref_own}", "", letter, "",
                     "Funn:", pick(rng, ["- Skolen har ikke rutiner for aktivitetsplikten.",
                                                                   "- Prøvetakingsplanen er ikke oppdatert.",
                                                                   "- Internkontrollen er mangelfull.",
                                                                   "- Avvik blir ikkje følgde opp."]), "", s.org])
    in_pdf = rng.random() < 0.55
    body = _join(pick(rng, ["Til kommunen", "Hei,", ""]), pick(rng, ["Se vedlegg.", "Vedlagt følger brev.", "Sjå vedlegg."]) if in_pdf else letter,
                 _sign(rng, world, s, lang, title=pick(rng, ["seniorrådgiver", "rådgiver", "inspektør", "fagdirektør"])))
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=title + rng.choice(["", f" - vår ref {ref_own}"]), body=body,
              attachments=[AttachmentSpec(pick(rng, ["tilsynsrapport.pdf", "varsel_om_tilsyn.pdf", "rapport.pdf"]), "pdf", doc)])
    return _label(d, "tilsyn", s, note="Supervision by a state authority: tilsyn, not the supervised service; "
                  "its own reference is not a kommune case.")


def make_horing_directorate(rng: random.Random, world: World) -> Draft:
    """A directorate's høring about rules (sewage, kindergartens, building): horing, not vann_avlop/plansak."""
    tenant = _tenant(rng)
    name, domain = pick(rng, DIRECTORATES)
    s = _org(rng, world, name, domain, p_orgnr=0.15, generic=f"postmottak@{domain}")
    topic = pick(rng, ["endringer i forurensningsforskriften kapittel 12 om små avløpsanlegg",
                       "forslag til ny forskrift om vann- og avløpsgebyrer", "endringer i barnehageloven - bemanning og pedagognorm",
                       "endringer i byggteknisk forskrift (TEK17) - krav til tilgjengelighet",
                       "forslag om endringer i plan- og bygningsloven - mindre endringer av reguleringsplaner",
                       "ny veileder om skoleskyss", "endringer i matrikkelforskriften", "forslag til endringer i alkoholforskriften"])
    texts = [
        "Høring - {t}\n\n{n} sender med dette på høring forslag om {t}. Høringsdokumentene er tilgjengelige på våre nettsider. Høringsfristen er {d}. Vi ber om at uttalelser sendes elektronisk.",
        "Vi viser til vedlagte høringsbrev om {t}. Kommunene er blant høringsinstansene. Frist for å gi uttalelse er {d}.",
        "Høyring - {t}\n\nDepartementet/direktoratet ber om merknader til forslaget. Fristen er {d}. Høyringsinstansane står fritt til å vidaresende saka.",
        "Til høringsinstansene\n\nVi inviterer med dette til å gi innspill på {t}. Forslaget innebærer blant annet nye krav til kommunene som tilsynsmyndighet. Frist: {d}.",
    ]
    body = _join(pick(rng, texts).format(t=topic, n=name, d=_date(rng, 11)), _sign(rng, world, s, NB, title="seniorrådgiver"))
    subject = pick(rng, [f"Høring - {topic}", f"Høringsbrev - {topic}", f"Høyring - {topic}", f"Invitasjon til høring: {topic}"])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body,
              attachments=[AttachmentSpec("horingsbrev.pdf", "pdf", f"Høring - {topic}\n\nHøringsfrist {_date(rng, 11)}")] if rng.random() < 0.5 else [])
    return _label(d, "horing", s, note="Hearing on national rules from a directorate: horing, not the topic's category.")


def make_plansak_agency_statement(rng: random.Random, world: World) -> Draft:
    """A state agency's uttalelse to an ongoing reguleringsplan: plansak, not tilsyn or horing."""
    tenant = _tenant(rng)
    s = _agency_sender(rng, world, ("sf", "svv", "fk", "kv", "nve"))
    lang = NN if tenant == "havoy" and rng.random() < 0.4 else NB
    place = pick(rng, SCHOOLS)
    area = pick(rng, ["Bøen hyttefelt", "Kaiområdet", "Sentrum vest", "Nesodden boligfelt", "Industriområde nord", "Strandparken"])
    planid = f"{rng.randint(1500, 1580)}{rng.choice([2024, 2025, 2026])}{rng.randint(1, 12):02d}"
    case = world.open_case(tenant, "plansak", f"Detaljregulering for {place} {area} - planID {planid}") if rng.random() < 0.75 else None
    ref = world.cite_phrase(case.sak, lang) if case else ""
    texts = {
        NB: ["Uttalelse til offentlig ettersyn - detaljregulering for {p} {a}, planID {pid}\n\n{ref}\n\nVi viser til oversendelse av planforslaget. Planområdet ligger delvis innenfor 100-metersbeltet langs sjøen. Vi har innsigelse til byggeområdet nærmest strandlinjen, da det er i strid med statlige planretningslinjer.",
             "Merknad til varsel om oppstart av planarbeid for {p} {a}\n\n{ref}\n\nVi ber om at planen sikrer trafikksikker atkomst fra fylkesveien og at frisiktsoner reguleres. Vi minner om byggegrense 15 meter fra fylkesvei.",
             "Vi viser til brev datert {d} ({ref}). Vi har ingen merknader til planforslaget for {p} {a} ut over at flomfare må utredes i ROS-analysen før vedtak.",
             "Fråsegn til detaljregulering for {p} {a}\n\n{ref}\n\nVi rår til at kulturminna i planområdet blir regulerte til omsynssone bevaring."],
        NN: ["Fråsegn til offentleg ettersyn - detaljregulering for {p} {a}, planID {pid}\n\n{ref}\n\nPlanområdet ligg delvis innanfor 100-metersbeltet langs sjøen. Vi har motsegn til byggjeområdet nærast strandlina.",
             "Merknad til varsel om oppstart av planarbeid for {p} {a}\n\n{ref}\n\nVi ber om at planen sikrar trygg tilkomst frå fylkesvegen."],
    }
    body = _join(_v(rng, texts, lang, p=place, a=area, pid=planid, ref=ref, d=_date(rng)),
                 _sign(rng, world, s, lang, title=pick(rng, ["seniorrådgiver", "arealplanlegger", "rådgjevar"])))
    subject = pick(rng, [f"Uttalelse - detaljregulering {place} {area}", f"Merknad til planoppstart - {place} {area}",
                         f"Fråsegn - {place} {area} - planID {planid}", f"Detaljregulering {area} - uttalelse"])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=re.sub(r"\n\n\n+", "\n\n", body))
    return _label(d, "plansak", s, sak=case.sak if case else None,
                  note="Uttalelse from a state agency to a reguleringsplan: plansak, not tilsyn or horing.")


def make_byggesak_dispensasjon(rng: random.Random, world: World) -> Draft:
    """Building application that needs a dispensasjon from the reguleringsplan: byggesak, not plansak."""
    tenant = _tenant(rng)
    lang = _lang(rng, tenant)
    s = _citizen(rng, world) if rng.random() < 0.5 else _firm(rng, world, pick(rng, ["arkitekt", "bygg", "konsult"]), lang=lang)
    prop = world.property()
    what = pick(rng, ["naust", "terrasse", "støttemur", "carport", "anneks", "brygge"])
    texts = {
        NB: ["Det søkes om dispensasjon fra reguleringsplanens bestemmelse § 3.2 om byggegrense mot sjø, for oppføring av {w} på {gb}. Fordelene er klart større enn ulempene: tiltaket ligger i et allerede bebygd område og hindrer ikke allmennhetens ferdsel.",
             "Vi ønsker å bygge {w} på eiendommen vår ({addr}). Kommunen har sagt at det krever dispensasjon fra reguleringsplanen fordi det ligger i friområdet. Vi legger ved begrunnelse og nabovarsel.",
             "Søknad om tillatelse til tiltak med dispensasjon\n\nTiltak: {w}\nEiendom: {gb}\nDispensasjon fra: reguleringsplan for området, utnyttelsesgrad (%-BYA 30 % -> 33 %)\n\nBegrunnelse ligger i vedlegg Q."],
        NN: ["Vi søkjer om dispensasjon frå reguleringsplanen § 3.2 om byggjegrense mot sjø, for å setje opp {w} på {gb}. Tiltaket ligg i eit område som alt er utbygd.",
             "Vi vil byggje {w} på eigedomen vår ({addr}). Kommunen seier det krev dispensasjon frå reguleringsplanen. Grunngjeving og nabovarsel ligg ved."],
        EN: ["We apply for a permit with exemption (dispensasjon) from the zoning plan to build a {w} on {gb}. The zoning plan's setback from the sea is 50 m; the {w} is 30 m from the shore."],
    }
    body = _join(pick(rng, ["Hei,", "", "Til byggesak"]), _v(rng, texts, lang, w=what, gb=_gb(rng, prop), addr=prop.address),
                 _sign(rng, world, s, lang))
    subject = pick(rng, [f"Dispensasjon {what} {_gb(rng, prop)}", f"Søknad om dispensasjon - {what}", f"{what.capitalize()} - dispensasjon fra reguleringsplan"])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body)
    return _label(d, "byggesak", s, note="Building application needing dispensasjon from a plan: byggesak, not plansak.")


def make_innsynskrav_names_case(rng: random.Random, world: World) -> Draft:
    """An access request naming an open case: innsynskrav always gets its own case (sak null)."""
    tenant = _tenant(rng)
    lang = _lang(rng, tenant, 0.05)
    cat, title = pick(rng, [("byggesak", "Søknad om tilbygg - {a}"), ("tilsyn", "Tilsyn med {p} skole"),
                            ("anskaffelse", "Anskaffelse av brøytetjenester {p}"), ("plansak", "Detaljregulering {p} sentrum"),
                            ("vei_trafikk", "Trafikksikkerhetstiltak {r}")])
    case = world.open_case(tenant, cat, title.format(a=world.street(), p=pick(rng, SCHOOLS), r=pick(rng, ROADS)))
    r = rng.random()
    s = (_org(rng, world, pick(rng, ["Fjordposten", "Havøy Avis", "Vestkysten", "NRK Vestland"]),
              pick(rng, ["fjordposten.no", "havoyavis.no", "vestkysten.no"]), p_orgnr=0.2) if r < 0.4 else _citizen(rng, world))
    ref = world.cite(case.sak)
    texts = {
        NB: ["Jeg ber om innsyn i alle dokumenter i sak {ref} ({t}), inkludert interne notater, jf. offentleglova § 3.",
             "Krav om innsyn\n\nSaksnummer: {ref}\nDokument: alle inngående og utgående brev\n\nBer om at dokumentene sendes elektronisk.",
             "hei, kan jeg få se søknaden og tegningene i saken {ref}? er nabo",
             "Viser til postlisten. Jeg ber om innsyn i dokument 3 og 4 i {ref}. Om noe unntas, ber jeg om hjemmel og merinnsynsvurdering."],
        NN: ["Eg ber om innsyn i alle dokument i sak {ref} ({t}), jf. offentleglova § 3.",
             "Krav om innsyn\n\nSaksnummer: {ref}\nDokument: alle brev inn og ut\n\nSend gjerne elektronisk.",
             "hei, kan eg få sjå søknaden i saka {ref}?"],
        EN: ["I request access under the Freedom of Information Act to all documents in case {ref} ({t})."],
    }
    body = _join(_v(rng, texts, lang, ref=ref, t=case.tittel), _sign(rng, world, s, lang))
    subject = pick(rng, [f"Innsynskrav sak {ref}", "Innsynskrav", f"Krav om innsyn - {case.tittel}", "Innsyn", f"Begjæring om innsyn {ref}"])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body)
    return _label(d, "innsynskrav", s, note=f"Innsynskrav naming open case {case.sak}; innsynskrav always gets sak null.")


def make_byggesak_in_open_case(rng: random.Random, world: World) -> Draft:
    """Ordinary mail in an open byggesak citing its number: the contrast to an innsynskrav."""
    tenant = _tenant(rng)
    lang = _lang(rng, tenant)
    prop = world.property()
    s = _citizen(rng, world) if rng.random() < 0.6 else _firm(rng, world, pick(rng, ["arkitekt", "bygg", "advokat"]), lang=lang)
    case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - {pick(rng, ['Søknad om tilbygg bolig', 'Søknad om oppføring av garasje', 'Søknad om naust', 'Dispensasjon fra reguleringsplan - terrasse'])}",
                           prop=prop, part=s.avsender["navn"])
    ref = world.cite_phrase(case.sak, lang)
    texts = {
        NB: ["{ref}\n\nVi har fått kopi av søknaden og vil komme med merknader. Tiltaket vil ta utsikten fra stua vår, og vi ber om at høyden reduseres.",
             "Ettersender dokumentasjon i {ref}: oppdatert situasjonsplan og gjennomføringsplan.",
             "Hei. Hva er status i {ref}? Vi har ventet i tolv uker nå.",
             "På vegne av min klient påklages vedtaket i {ref}. Klagen begrunnes nærmere innen tre uker."],
        NN: ["{ref}\n\nVi har fått kopi av søknaden og vil kome med merknader. Tiltaket tek utsikta frå stova vår.",
             "Ettersender dokumentasjon i {ref}: ny situasjonsplan.", "Hei. Kva er status i {ref}? Vi har venta lenge."],
        EN: ["{ref}\n\nPlease find the updated site plan attached. What is the status of the case?"],
    }
    body = _join(_v(rng, texts, lang, ref=ref), _sign(rng, world, s, lang))
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email,
              subject=pick(rng, [case.tittel, f"Sak {world.cite(case.sak)}", ref, "Merknad", "Status"]), body=body)
    return _label(d, "byggesak", s, sak=case.sak, note="Ordinary mail in an open byggesak citing its number.")


def make_autosvar_subject_case(rng: random.Random, world: World) -> Draft:
    """An out-of-office or delivery receipt whose subject quotes a case: autosvar, sak null."""
    tenant = _tenant(rng)
    p = world.person()
    firm = world.firm() if rng.random() < 0.5 else None
    email = f"{_ascii(p.first).lower()}@{firm.domain}" if firm else world.private_email(p)
    cat = pick(rng, ["byggesak", "vann_avlop", "eiendomsskatt", "anskaffelse", "skole"])
    case = world.open_case(tenant, cat, pick(rng, ["Vedtak - søknad om tilbygg", "Vedtak om gebyr", "Svar på klage", "Tilbudsforespørsel", "Vedtak om skoleskyss"]))
    ref = world.cite(case.sak)
    subject = pick(rng, [f"Fravær: Vedtak i sak {ref}", f"Automatisk svar: {case.tittel} - {ref}", f"Out of Office: Sak {ref}",
                         f"Autosvar: SV: {ref} {case.tittel}", f"Lest: {case.tittel} ({ref})"])
    texts = ["Takk for e-posten. Jeg er på ferie til {d} og har begrenset tilgang til e-post. Haster det, ring sentralbordet.",
             "Eg er på kurs og svarar når eg er tilbake {d}.",
             "I am out of the office until {d} with limited access to email.",
             "Meldingen din er mottatt. Vi svarer så snart vi kan, normalt innen tre virkedager.",
             "Jeg er i permisjon. Henvendelser kan rettes til kollega på sentralbordet."]
    body = pick(rng, texts).format(d=_date(rng))
    d = Draft(tenant=tenant, sender_name=p.name, sender_email=email, subject=subject, body=body,
              extra_headers={"Auto-Submitted": "auto-replied"} if rng.random() < 0.6 else {})
    s = Sender(p, email, {"navn": firm.name if firm else p.name, "epost": email, "orgnr": None})
    return _label(d, "autosvar", s, note=f"Auto-reply whose subject quotes open case {case.sak}: out of scope, sak null.")


def make_faktura_building(rng: random.Random, world: World) -> Draft:
    tenant = _tenant(rng)
    s = _firm(rng, world, pick(rng, ["bygg", "entreprenør", "rør", "elektro", "maskin"]), p_orgnr=0.8)
    proj = pick(rng, [f"Rehabilitering {pick(rng, SCHOOLS)} skole", "Tilbygg sjukeheimen", f"Ny VA-ledning {pick(rng, ROADS)}",
                      "Garderobeanlegg idrettshallen", f"Omsorgsboliger {pick(rng, ROADS)}"])
    kr = f"{rng.randint(20, 900)} {rng.randint(100, 999)},{rng.randint(0, 99):02d}"
    texts = ["Vedlagt følger faktura {n} for {p}, delinnbetaling {k}. Beløp kr {kr} inkl. mva. Forfall {d}.",
             "Hei\nFaktura for utført arbeid på {p} i august ligger vedlagt. Merk fakturaen med ressursnummer. Kr {kr}.",
             "Purring: faktura {n} ({p}) er ikke betalt. Utestående kr {kr}. Vennligst betal innen {d} for å unngå inkasso.",
             "Kreditnota {n} gjelder feilfakturert tillegg på {p}. Kr {kr} krediteres."]
    body = _join(pick(rng, texts).format(n=rng.randint(10000, 99999), p=proj, k=rng.randint(2, 9), kr=kr, d=_date(rng)),
                 _sign(rng, world, s, NB))
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, [f"Faktura {proj}", f"Faktura nr {rng.randint(10000, 99999)}", "Purring", "Kreditnota"]),
              body=body, attachments=[AttachmentSpec("faktura.pdf", "pdf", f"FAKTURA\n\nProsjekt: {proj}\nBeløp: kr {kr}\n{s.org}\n{s.orgnr_line}")])
    return _label(d, "faktura", s, note="Invoice for a building project: faktura (out of scope), not byggesak.")


def _newsletter(topics: dict[str, list[str]], note: str, trades: tuple[str, ...]) -> Callable[[random.Random, World], Draft]:
    def make(rng: random.Random, world: World) -> Draft:
        tenant = _tenant(rng)
        s = _firm(rng, world, pick(rng, list(trades)), p_orgnr=0.35)
        s.email = pick(rng, [f"nyhetsbrev@{s.email.split('@')[1]}", f"post@{s.email.split('@')[1]}", f"kurs@{s.email.split('@')[1]}"])
        s.avsender["epost"] = s.email
        lang = NN if rng.random() < 0.15 else NB
        text = _v(rng, topics, lang, d=_date(rng, 10), kr=rng.choice(["1 990", "2 450", "3 900", "gratis"]))
        unsub = pick(rng, ["Meld deg av nyhetsbrevet her", "Avslutt abonnement", "Du får denne e-posten fordi du er registrert som kunde. Meld deg av."])
        body = _join(text, s.org, s.orgnr_line, unsub)
        d = Draft(tenant=tenant, sender_name=s.org, sender_email=s.email, subject=text.split("\n")[0][:90], body=body,
                  extra_headers={"List-Unsubscribe": f"<mailto:unsubscribe@{s.email.split('@')[1]}>"} if rng.random() < 0.6 else {},
                  html=True if rng.random() < 0.6 else None)
        return _label(d, "nyhetsbrev", s, note=note)
    return make


NEWS_BUILDING = {
    NB: ["Nytt i byggesaksforskriften fra 1. januar\n\nHva betyr de nye reglene om søknadsplikt for små tiltak for kommunens byggesaksbehandlere? Meld deg på vårt frokostseminar {d}. Pris: {kr}.",
         "Kurs: Dispensasjon og ulovlighetsoppfølging i praksis\n\nLær å skrive gode vedtak om dispensasjon fra reguleringsplan. Nettkurs {d}, kursavgift {kr}.",
         "Nyhetsbrev: TEK17 og energikrav\n\nI denne utgaven: nye krav til tilbygg, ferdigattest uten ansvarsrett, og hvordan kommuner håndterer nabomerknader digitalt."],
    NN: ["Nytt om byggjesaksforskrifta\n\nKva tyder dei nye reglane om søknadsplikt for småtiltak? Frukostseminar {d}, pris {kr}."],
}
NEWS_GRANTS = {
    NB: ["Søk midler nå! Frist for tilskudd til friluftsliv nærmer seg\n\nOversikt over tilskuddsordninger for lag og foreninger denne høsten. Webinar om hvordan du skriver en god søknad {d}.",
         "Månedens tilskuddsoversikt for kommuner\n\nFylkeskommunen har lyst ut midler til inkluderingstiltak. Vi hjelper kommunen med søknaden, pris fra {kr}."],
    NN: ["Søk midlar no! Oversikt over tilskotsordningar for lag og organisasjonar\n\nWebinar om gode søknader {d}."],
}
NEWS_INNSYN = {
    NB: ["Webinar: Innsynskrav og offentleglova i praksis\n\nHvordan behandle innsynskrav innen fristen, merinnsyn og sladding. {d}, pris {kr}.",
         "Nyhetsbrev fra arkivforeningen: eInnsyn, postlister og nye krav til journalføring av e-post"],
    NN: ["Webinar: Innsynskrav og offentleglova\n\nKorleis handsame innsynskrav innan fristen. {d}, pris {kr}."],
}
NEWS_SUPPLIER = {
    NB: ["Rammeavtale for kommuner: skoleskyss, renhold og IT\n\nVi er leverandør på flere offentlige anskaffelser. Book en uforpliktende demo av vår løsning for {kr} per bruker.",
         "Tilbud til kommunen: brøyteutstyr og strøsand til høstpris\n\nBestill før {d} og få 15 % rabatt. Vi deltar gjerne i deres neste konkurranse!",
         "Ny løsning for digital journalføring av e-post\n\nSe hvordan 40 kommuner sparer tid. Gratis webinar {d}."],
    NN: ["Tilbod til kommunen: strøsand til hausten\n\nBestill før {d} og få rabatt."],
}


def make_intern_meeting(rng: random.Random, world: World) -> Draft:
    """Meeting logistics between employees: intern, even when it names a case or a category's matter."""
    tenant = _tenant(rng)
    s = _employee(rng, world, tenant)
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    topic = pick(rng, ["byggesaksmøtet", "gjennomgang av eiendomsskattetakstene", "planforum", "møtet om skoleskyss",
                       "samarbeidsmøtet med barnevernet", "VA-møtet", "befaring i Kirkevegen"])
    texts = {
        NB: ["Hei alle\nVi flytter {t} til møterom Fjorden kl. 10. Ta med PC.", "Kan noen bestille lunsj til {t} torsdag? Vi blir åtte.",
             "Påminnelse: {t} i morgen. Agenda kommer.", "Jeg blir forsinket til {t}, start uten meg.", "Hvem har nøkkelen til bilen? Trenger den til {t}."],
        NN: ["Hei alle\nVi flyttar {t} til møterommet Fjorden kl. 10.", "Kan nokon bestille lunsj til {t} torsdag? Vi blir åtte.",
             "Påminning: {t} i morgon.", "Eg blir sein til {t}, start utan meg."],
    }
    body = _join(_v(rng, texts, lang, t=topic), s.person.first)
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, [topic.capitalize(), "Møterom", "Lunsj", "Flytting av møte", ""]), body=body)
    if rng.random() < 0.3:
        d.attachments.append(AttachmentSpec("invite.ics", "ics", topic))
    return _label(d, "intern", s, note="Meeting logistics between employees: intern.")


MEMO_TEXTS = {
    "byggesak": ({NB: ["Notat: befaring {addr} {date}. Tiltaket er oppført i samsvar med tillatelsen. Ingen avvik.",
                       "Telefonnotat: tiltakshaver i {addr} ringte og opplyste at ferdigattest søkes neste uke."],
                  NN: ["Notat: synfaring {addr} {date}. Tiltaket er oppført i samsvar med løyvet."]},
                 {NB: ["Notat til byggesak: på befaring i {addr} så jeg at det er bygget en ny tilbygg uten tillatelse. Må følges opp med ulovlighetssak.",
                       "Til byggesak: nabo på {addr} har ringt flere ganger om en mur som er satt opp uten søknad. Kan noen ta en befaring?"],
                  NN: ["Til byggjesak: på synfaring i {addr} såg eg at det er bygd eit tilbygg utan løyve. Må følgjast opp."]}),
    "vei_trafikk": ({NB: ["Notat: kontroll av skilt i {road} {date}. Alle skilt på plass."]},
                    {NB: ["Til kommunalteknikk: rektor melder at elevene krysser {road} uten gangfelt. Ber om vurdering av tiltak før vinteren.",
                          "Notat fra driftsmøtet: brøytekontrakten for {road} må endres. Innkjøp må kobles inn."],
                     NN: ["Til kommunalteknikk: rektor melder at elevane kryssar {road} utan gangfelt. Ber om vurdering av tiltak."]}),
    "vann_avlop": ({NB: ["Notat: avlest vannmåler {addr} {date}, stand 004221. Til orientering."], NN: ["Notat: lese av vassmålar {addr}, stand 003112."]},
                   {NB: ["Til VA: abonnent på {addr} har meldt om brunt vann tre ganger. Bør spyles og prøvetas.",
                         "Internt notat: lekkasje på hovedledning ved {addr} må repareres før frosten. Trenger bestilling av graver."],
                    NN: ["Til VA: abonnent på {addr} har meldt om brunt vatn tre gonger. Bør spylast."]}),
    "tilskudd": ({NB: ["Notat til saken: rapport og regnskap fra laget er kontrollert. Ingen merknader.", "Notat: utbetaling av tilskudd er gjennomført {date}."],
                  NN: ["Notat til saka: rapport og rekneskap frå laget er kontrollert."]},
                 {NB: ["Til kulturkontoret: laget har ikke levert rapport for fjoråret. Må purres før ny utbetaling."]}),
    "eiendomsskatt": ({NB: ["Notat: kontrollbefaring {addr} {date}. Arealet i takst er korrekt."]},
                      {NB: ["Til sakkyndig nemnd: ny opplysning om areal på {addr}, må vurderes før klagen behandles."]}),
}


def _memo(category: str, jpt: str) -> Callable[[random.Random, World], Draft]:
    """An employee's memo in an in-scope category: N when it needs follow-up, X when it is only for the file."""
    for_file, follow_up = MEMO_TEXTS[category]
    texts = for_file if jpt == "X" else follow_up

    def make(rng: random.Random, world: World) -> Draft:
        tenant = _tenant(rng)
        s = _employee(rng, world, tenant)
        lang = NN if tenant == "havoy" and rng.random() < 0.5 else NB
        prop = world.property()
        road = pick(rng, ROADS)
        case = None
        if jpt == "X" or rng.random() < 0.5:
            title = {"byggesak": f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om tilbygg bolig",
                     "vei_trafikk": f"Trafikksikkerhetstiltak {road}", "vann_avlop": f"{prop.gnr}/{prop.bnr} - Vannmåler - avlesning og gebyr",
                     "tilskudd": f"Kulturmidler 2026 - {pick(rng, LAGS).format(p=pick(rng, SCHOOLS))}",
                     "eiendomsskatt": f"{prop.gnr}/{prop.bnr} - Klage på eiendomsskattetakst"}[category]
            case = world.open_case(tenant, category, title, prop=prop if category in ("byggesak", "vann_avlop", "eiendomsskatt") else None)
        text = _v(rng, texts, lang, addr=prop.address, road=road, date=_date(rng))
        if case:
            text = f"{pick(rng, ['Sak', 'Saksnr.', 'Ref.', 'Gjeld sak'])} {world.cite(case.sak)}\n\n{text}"
        body = _join(text, f"{s.name}\n{pick(rng, ['saksbehandler', 'rådgiver', 'rektor', 'avdelingsleder', 'ingeniør'])}")
        d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, ["Notat", "Internt notat", "Til saken", "Telefonnotat", "Til oppfølging"]),
                  body=body, style="outlook")
        return _label(d, category, s, jpt=jpt, sak=case.sak if case else None,
                      note=("Internal memo for the file without follow-up: X." if jpt == "X" else "Internal memo that needs follow-up: N."))
    return make


def make_barnehage_sibling_sfo(rng: random.Random, world: World) -> Draft:
    """A barnehage matter that mentions an older sibling's SFO: barnehage is the main matter."""
    tenant = _tenant(rng)
    lang = _lang(rng, tenant)
    s = _citizen(rng, world)
    small, big = pick(rng, CHILD_NAMES), pick(rng, CHILD_NAMES)
    school = pick(rng, SCHOOLS)
    texts = {
        NB: ["Vi søker barnehageplass for {s} (2 år) i {sc} barnehage fra januar. Storebror {b} går på SFO på {sc} skole, så det hadde vært fint med plass i samme område. Søskenmoderasjon?",
             "hei, {s} har fått plass i barnehagen men vi takker nei, han skal begynne i {sc} barnehage nærmere jobben i stedet. {b} beholder sfo-plassen",
             "Vi ønsker å si opp barnehageplassen til {s} fra 1. desember fordi vi flytter. {b} sin SFO-plass sier vi opp separat via skolen."],
        NN: ["Vi søkjer barnehageplass for {s} (2 år) i {sc} barnehage frå januar. Storebror {b} går på SFO på {sc} skule. Får vi søskenmoderasjon?",
             "Vi vil seie opp barnehageplassen til {s} frå 1. desember fordi vi flyttar. SFO-plassen til {b} seier vi opp for seg."],
        EN: ["We would like a kindergarten place for {s} (2) at {sc} kindergarten from January. Her brother {b} attends SFO at {sc} school."],
    }
    body = _join(pick(rng, ["Hei!", "", "Til opptakskontoret"]), _v(rng, texts, lang, s=small, b=big, sc=school), _sign(rng, world, s, lang))
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, ["Barnehageplass", f"Plass til {small}", "Oppsigelse barnehage", "Søskenmoderasjon"]), body=body)
    return _label(d, "barnehage", s, note="Mentions a sibling's SFO, but the barnehage place is the matter.")


def make_skole_sfo_application(rng: random.Random, world: World) -> Draft:
    """SFO belongs to skole, even when written like a barnehage application."""
    tenant = _tenant(rng)
    lang = _lang(rng, tenant)
    s = _citizen(rng, world)
    child, school = pick(rng, CHILD_NAMES), pick(rng, SCHOOLS)
    texts = {
        NB: ["{c} slutter i barnehagen i sommer og begynner i 1. klasse på {sc} skole. Vi søker SFO-plass fra august, fem dager.",
             "kan {c} få gratis sfo-timer? han begynner i første klasse. vi har lav inntekt",
             "Vi søker om SFO-plass for {c} fra skolestart. Hun går nå i {sc} barnehage og trenger tilrettelegging for allergi."],
        NN: ["{c} sluttar i barnehagen i sommar og byrjar i 1. klasse på {sc} skule. Vi søkjer SFO-plass frå august.",
             "kan {c} få gratis sfo-timar? byrjar i første klasse"],
        EN: ["{c} starts first grade at {sc} school in August. We apply for an SFO place five days a week."],
    }
    body = _join(_v(rng, texts, lang, c=child, sc=school), _sign(rng, world, s, lang))
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, ["SFO", "Søknad om SFO-plass", f"SFO {child}", "sfo"]), body=body)
    return _label(d, "skole", s, note="SFO is skole, not barnehage.")


def _grandparent_worry(about_child: bool) -> Callable[[random.Random, World], Draft]:
    """A grandparent's worry: about a grandchild at home it is barnevern, about a frail spouse helse_omsorg."""
    def make(rng: random.Random, world: World) -> Draft:
        return _grandparent_mail(rng, world, about_child)
    return make


def _grandparent_mail(rng: random.Random, world: World, about_child: bool) -> Draft:
    tenant = _tenant(rng)
    lang = _lang(rng, tenant, 0.03)
    s = _citizen(rng, world)
    child = pick(rng, CHILD_NAMES)
    child_full = f"{child} {world.person().last}"
    spouse = f"{pick(rng, ['Gunvor', 'Olav', 'Ragnhild', 'Kåre', 'Aslaug', 'Ingvar'])} {s.person.last}"
    if about_child:
        texts = {
            NB: ["Jeg er morfar til {cf}. Når jeg henter {c} i barnehagen, har han blåmerker på armene, og han sier at kjæresten til mamma blir sint. Jeg vet ikke hvem andre jeg skal si det til.",
                 "Skriver fordi jeg er bekymret for barnebarnet mitt {c} (9). Foreldrene har skilt seg, og {c} bor nå hos faren som jobber offshore og er borte i to uker av gangen. {c} er alene mye og skulker skolen.",
                 "bestemor her. {c} har fortalt at hun ikke får mat hjemme og at mamma gråter hele tiden. kan barnevernet ta kontakt med meg"],
            NN: ["Eg er morfar til {cf}. Når eg hentar {c} i barnehagen, har han blåmerke på armane, og han seier at kjærasten til mamma blir sint.",
                 "bestemor her. {c} har fortalt at ho ikkje får mat heime. kan barnevernet ta kontakt med meg"],
            EN: ["I am the grandfather of {cf}. {c} has bruises and says his mother's boyfriend gets angry. I am very worried."],
        }
        category, skj, names = "barnevern", "BV", [s.name, child_full, child]
        note = "A grandparent worried about a grandchild's home: barnevern."
    else:
        texts = {
            NB: ["Jeg er 79 år og har passet barnebarna hver uke, men nå klarer jeg ikke mer. Mannen min {sp} har fått Parkinson og trenger hjelp om natten. Vi søker om avlastning eller plass på korttidsavdeling.",
                 "Hei. Kona mi {sp} ble utskrevet fra sykehuset i går etter hjerneslaget. Barnebarna hjelper til, men vi trenger hjemmesykepleie til medisinene.",
                 "min mann {sp} er blitt dement og går ut om natta. jeg er sliten. hvem kan hjelpe oss?"],
            NN: ["Eg er 81 år. Mannen min {sp} har fått Parkinson og treng hjelp om natta. Vi søkjer om avlasting eller plass på korttidsavdeling.",
                 "kona mi {sp} er vorten gløymsk og går ut om natta. eg er sliten"],
            EN: ["My husband {sp} has Parkinson's and needs help at night. We apply for respite care."],
        }
        category, skj, names = "helse_omsorg", "P13", [s.name, spouse]
        note = "A grandparent writing about a frail spouse: helse_omsorg, even though grandchildren are mentioned."
    text = _v(rng, texts, lang, c=child, cf=child_full, sp=spouse)
    if rng.random() < 0.4:
        text = _typos_keep(rng, text, 0.02)
    body = _join(pick(rng, ["Hei", "Til kommunen", ""]), text, _sign(rng, world, s, lang))
    subject = pick(rng, ["Bekymring", "Trenger hjelp", "Hjelp", "Barnebarnet mitt" if about_child else "Mannen min", ""])
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body)
    return _label(d, category, s, skjerming=skj, personnavn=names, note=note)


def make_intern_colleague_vacation(rng: random.Random, world: World) -> Draft:
    tenant = _tenant(rng)
    s = _employee(rng, world, tenant)
    colleague = world.person().first
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    texts = {
        NB: ["Vet noen når {c} er tilbake fra ferie? Har en sak som venter på henne.", "Hei, hvem er vikar for {c} mens hun er i permisjon?",
             "Kan noen sjekke om {c} har levert ferielisten til HR? Fristen var i går.", "{c} slutter hos oss fredag. Vi samler inn til blomster, vipps til meg."],
        NN: ["Veit nokon når {c} er tilbake frå ferie?", "Kven er vikar for {c} medan ho er i permisjon?", "{c} sluttar fredag. Vi samlar inn til blomar."],
    }
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, [f"{colleague}?", "Ferie", "Vikar", "Avskjed", "Spørsmål"]),
              body=_join(_v(rng, texts, lang, c=colleague), s.person.first))
    return _label(d, "intern", s, note="An employee asking about a colleague: intern, not rekruttering.")


def make_rekruttering_internal(rng: random.Random, world: World) -> Draft:
    """An employee applies internally or recommends a candidate: rekruttering, P25."""
    tenant = _tenant(rng)
    s = _employee(rng, world, tenant)
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    pos = pick(rng, POSITIONS).format(p=pick(rng, SCHOOLS))
    cand = world.person().name
    case = world.open_case(tenant, "rekruttering", f"Tilsetting - {pos}") if rng.random() < 0.5 else None
    ref = f" ({world.cite_phrase(case.sak, lang)})" if case else ""
    if rng.random() < 0.5:
        texts = {NB: ["Jeg søker internt på stillingen som {p}{r}. Jeg har jobbet i kommunen i seks år og har relevant videreutdanning. CV er oppdatert i HR-systemet."],
                 NN: ["Eg søkjer internt på stillinga som {p}{r}. Eg har jobba i kommunen i seks år. CV er oppdatert."]}
        names, jpt, note = [s.name], "I", "Internal application: rekruttering, P25."
    else:
        texts = {NB: ["Til HR: etter intervjuene anbefaler vi {c} til stillingen som {p}{r}. Referansene er gode. Tilbud kan sendes."],
                 NN: ["Til HR: etter intervjua tilrår vi {c} til stillinga som {p}{r}. Referansane er gode."]}
        names, jpt, note = [cand], "N", "Internal recommendation needing follow-up (N), P25."
    body = _join(pick(rng, ["Hei", ""]), _v(rng, texts, lang, p=pos, r=ref, c=cand), s.name)
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, [f"Intern søknad - {pos}", f"Innstilling {pos}", pos]), body=body)
    return _label(d, "rekruttering", s, jpt=jpt, sak=case.sak if case else None, skjerming="P25", personnavn=names, note=note)


def make_tilskudd_lag_application(rng: random.Random, world: World) -> Draft:
    tenant = _tenant(rng)
    lang = _lang(rng, tenant, 0.0)
    lag = pick(rng, LAGS).format(p=pick(rng, SCHOOLS))
    s = _org(rng, world, lag, pick(rng, ["gmail.com", "online.no", "hotmail.com"]), p_orgnr=0.5)
    kr = f"{rng.randint(5, 60) * 1000:,}".replace(",", " ")
    texts = {
        NB: ["Så i nyhetsbrevet at fristen for kulturmidler er {d}. {l} søker om kr {k} til innkjøp av nye instrumenter. Budsjett og årsmelding er vedlagt.",
             "Søknad om tilskudd til arrangement\n\n{l} arrangerer bygdedag {d} og søker om kr {k} i underskuddsgaranti. Vi har søkt Sparebankstiftelsen om resten.",
             "Hei! Vi i {l} har ikke brukt opp tilskuddet fra i fjor pga avlyst tur. Kan vi overføre restbeløpet til neste år?"],
        NN: ["Såg i nyheitsbrevet at fristen for kulturmidlar er {d}. {l} søkjer om kr {k} til nye instrument. Budsjett og årsmelding ligg ved.",
             "Søknad om tilskot til arrangement\n\n{l} skipar bygdedag {d} og søkjer om kr {k} i underskotsgaranti."],
    }
    body = _join(_v(rng, texts, lang, l=lag, k=kr, d=_date(rng, 10)), _sign(rng, world, s, lang, title=pick(rng, ["leder", "kasserer", "styreleiar"])))
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, ["Søknad om kulturmidler", f"Tilskudd - {lag}", "Kulturmidlar", "Underskuddsgaranti"]), body=body)
    return _label(d, "tilskudd", s, note="A lag's own grant application: tilskudd, not nyhetsbrev.")


def make_anskaffelse(rng: random.Random, world: World) -> Draft:
    """A tender question (no skjerming) or an offer/complaint with prices (F13)."""
    tenant = _tenant(rng)
    lang = EN if rng.random() < 0.15 else NB
    s = _firm(rng, world, pick(rng, ["it", "renhold", "transport", "entreprenør", "catering", "konsult"]), lang=lang, p_orgnr=0.6)
    what = pick(rng, ["brøytetjenester 2026-2030", "renhold av kommunale bygg", "skoleskyss", "nytt sak-/arkivsystem",
                      "rehabilitering av svømmehall", "matlevering til sykehjem"])
    case = world.open_case(tenant, "anskaffelse", f"Anskaffelse av {what}") if rng.random() < 0.6 else None
    ref = world.cite_phrase(case.sak, lang) if case else ""
    prices = rng.random() < 0.5
    if prices:
        texts = {NB: ["Vedlagt følger vårt tilbud på {w} {r}. Samlet pris er kr {kr} eks. mva. Prisskjema og referanser er vedlagt. Vi ber om at timepriser unntas offentlighet.",
                      "Klage på tildeling - {w} {r}\n\nVårt tilbud var kr {kr}, mens valgte leverandør har lavere pris fordi de ikke har priset opsjonene. Vi ber om ny evaluering."],
                 EN: ["Please find our tender for {w} {r}. Total price NOK {kr} excl. VAT; the price schedule is attached. We consider our unit prices business secrets."]}
        skj, note = "F13", "Tender or complaint disclosing prices: F13."
    else:
        texts = {NB: ["Spørsmål til konkurransen {w} {r}: Er det mulig å levere tilbud på deler av oppdraget? Og hva er forventet oppstart?",
                      "Hei, vi finner ikke vedlegg 3 i konkurransegrunnlaget for {w}. Kan dere legge det ut på nytt? {r}",
                      "Kan fristen for {w} {r} forlenges med en uke? Befaringen ble holdt sent."],
                 EN: ["Question regarding the competition for {w} {r}: may we submit an offer for part of the contract?"]}
        skj, note = None, "Plain questions about a competition: no F13."
    body = _join(_v(rng, texts, lang, w=what, r=f"({ref})" if ref else "", kr=f"{rng.randint(200, 9000)} {rng.randint(100, 999)}"),
                 _sign(rng, world, s, lang))
    d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=pick(rng, [f"Anskaffelse - {what}", f"Tilbud {what}", f"Spørsmål - {what}", what]),
              body=body)
    return _label(d, "anskaffelse", s, sak=case.sak if case else None, skjerming=skj, note=note)


def make_spam_fake_permit(rng: random.Random, world: World) -> Draft:
    tenant = _tenant(rng)
    fake = f"{rng.choice([2024, 2025, 2026])}/{rng.randint(100, 4999)}"
    dom = pick(rng, ["kommune-betaling.com", "byggesak-portal.net", "norge-gebyr.info", "altinn-sikker.org", "e-kommune.top"])
    p = world.person()
    email = pick(rng, ["noreply", "saksbehandling", "gebyr", "post"]) + "@" + dom
    texts = [f"Your building permit {fake} is APPROVED. To complete registration, pay the processing fee of NOK 2 450 within 24 hours: https://{dom}/pay",
             f"Din byggesøknad {fake} er godkjent! Betal saksbehandlingsgebyr kr 1 990 innen i dag for å unngå at saken avsluttes. Klikk her: http://{dom}/betal",
             f"Melding fra kommunen: Gebyr for sak {fake} er ubetalt. Logg inn med BankID her for å unngå inkasso: https://{dom}/login",
             f"Vedtak i sak {fake}: Vi har refusjon til deg på kr 3 480. Oppgi kortnummer for utbetaling: https://{dom}/refusjon"]
    d = Draft(tenant=tenant, sender_name=pick(rng, ["Kommune Byggesak", "Saksbehandling", "Norge.no", "Byggesak"]), sender_email=email,
              subject=pick(rng, [f"Building permit {fake} approved", f"Sak {fake} - betaling kreves", "Viktig: ubetalt gebyr", f"Vedtak {fake}"]),
              body=pick(rng, texts))
    s = Sender(p, email, {"navn": d.sender_name, "epost": email, "orgnr": None})
    return _label(d, "spam", s, note="Phishing posing as a kommune case; the number is not a case.")


FOREIGN_FIRST = ["Piotr", "Tomasz", "Agnieszka", "Marta", "Jonas", "Rūta", "Darius", "Ewa", "Andrzej", "Lina",
                 "Sarah", "David", "Olena", "Mindaugas", "Katarzyna", "Juan", "Ahmed", "Fatima"]
FOREIGN_LAST = ["Kowalski", "Nowak", "Wiśniewski", "Kazlauskas", "Petrauskas", "Jankowska", "Smith", "Mitchell",
                "Shevchenko", "Zieliński", "García", "Hassan", "Vaitkus"]

FOREIGN = {
    "byggesak": [
        "Hei, jeg heter {n}, jeg jobber for bygg firma. Vi skal sette opp brakker for arbeidere på tomt {gb} i 6 maneder. Trenger vi søknad til kommune? Sorry for my Norwegian.",
        "Hello, we are a Polish company ({f}) building a house for customer at {addr}. The customer say we need 'ansvarsrett'. How we apply? Thank you",
        "Dzień dobry / God dag. Vi har kjopt hus på {addr} og vil bygge terrasse 30 m2. Er det søknadspliktig? Takk for hjelp",
        "Hi, I want to build a small cabin (anneks) 14 m2 in my garden at {addr}. Do I need permission from kommune or only tell the neighbour?",
    ],
    "vann_avlop": [
        "Hei. Jeg leier leilighet på {addr}. Ingen vann siden i morges. Hvem kan hjelpe? Min telefon {ph}",
        "Hello, there is water coming from the road into our basement at {addr}. I think it is the municipal pipe. Please send someone.",
        "Labas / hei, vannet i kran er brunt i {addr} siden i går. Er det trygt å drikke? Vi har liten baby.",
        "Good morning, I received bill for water and sewage for {addr} but I live here only since June. Previous owner must pay first half year?",
    ],
    "rekruttering": [
        "Hei, mitt navn er {n}. Jeg søker jobb som {pos}. Jeg har utdanning fra Polen og godkjenning fra Helsedirektoratet. Jeg snakker norsk B1 og lærer mer. CV vedlagt.",
        "Dear Sir/Madam, I would like to apply for the position as {pos}. I have 8 years experience from Lithuania and I live in Norway since 2022. My CV is attached.",
        "Hello, I apply for summer job or vikar in {pos}. I am student, speak English and little Norwegian. Available from {date}.",
    ],
    "barnehage": [
        "Hello, we moved to {place} last month from Ukraine. We need kindergarten place for our son {c} (3 years). How to apply? Thank you very much",
        "Hei, jeg er mamma til {c}. Vi kom fra Litauen. Kan {c} begynne i barnehage før jul? Jeg starter jobb på fiskebruket.",
        "Hi, our daughter {c} got a place at {place} kindergarten but we cannot start before {date}. Can we keep the place?",
    ],
    "skole": [
        "Hei laerer, {c} trenger fri fra skole {date} til to uker, vi reiser til Polen for begravelse av bestemor. Takk",
        "Hello, we just moved to {addr}. Our two children (8 and 11) need school. Which school and how do we register?",
        "Hei, min sønn {c} har lang vei til skole, over 4 km. Kan han få skoleskyss? Vi bor {addr}.",
    ],
    "bevilling": [
        "Hello, I own a small restaurant ({f}) at {addr}. We want to serve beer and wine from next month. What documents do you need for the licence?",
        "Hei, vi har pizzeria i {place} og vil søke skjenkebevilling. Jeg har bestått kunnskapsprøven. Hva er neste steg?",
    ],
}


def _foreign(category: str) -> Callable[[random.Random, World], Draft]:
    """Mail from foreign workers, firms and immigrants: English or Norwegian with a foreign hand."""
    def make(rng: random.Random, world: World) -> Draft:
        tenant = _tenant(rng)
        p = Person(pick(rng, FOREIGN_FIRST), pick(rng, FOREIGN_LAST))
        text_t = pick(rng, FOREIGN[category])
        prop = world.property()
        firm = None
        if "{f}" in text_t:
            firm = world.firm(pick(rng, ["bygg", "mat"]) if category in ("byggesak", "bevilling") else None)
            suffix, tld = pick(rng, [(" Sp. z o.o. NUF", ".pl"), (" UAB NUF", ".lt"), (" Ltd NUF", ".co.uk"), (" AS", ".no")])
            firm = Firm(firm.name.rsplit(" ", 1)[0] + suffix, firm.orgnr, firm.domain.rsplit(".", 1)[0] + tld, firm.trade)
        email = f"{_ascii(p.first).lower()}.{_ascii(p.last).lower()}@" + (firm.domain if firm else pick(rng, ["gmail.com", "wp.pl", "outlook.com", "inbox.lt", "yahoo.com"]))
        child = pick(rng, ["Oliwia", "Jakub", "Lukas", "Emilija", "Mark", "Sofia", "Antoni", "Zuzanna"])
        text = text_t.format(n=p.name, f=firm.name if firm else "", gb=_gb(rng, prop), addr=prop.address, ph=world.phone(),
                             pos=pick(rng, POSITIONS).format(p=pick(rng, SCHOOLS)), place=pick(rng, SCHOOLS), c=child, date=_date(rng))
        if rng.random() < 0.3:
            text = strip_norwegian_letters(text)
        orgnr = None
        sig = p.name
        if firm and rng.random() < 0.5:
            orgnr = firm.orgnr
            sig += f"\n{firm.name}\nOrg.nr. {orgnr}"
        elif firm:
            sig += f"\n{firm.name}"
        body = _join(text, sig)
        subject = pick(rng, {"byggesak": ["Question about permit", "Søknad?", "Building permit question", "brakker"],
                             "vann_avlop": ["No water", "Water problem", "vann", "Brunt vann"],
                             "rekruttering": ["Job application", "Søknad jobb", "Application"],
                             "barnehage": ["Kindergarten", "Barnehage", "Kindergarten place"],
                             "skole": ["Fri fra skole", "School registration", "Skoleskyss"],
                             "bevilling": ["Alcohol licence", "Skjenkebevilling", "Licence question"]}[category])
        d = Draft(tenant=tenant, sender_name=p.name, sender_email=email, subject=subject, body=body)
        s = Sender(p, email, {"navn": firm.name if firm else p.name, "epost": email, "orgnr": orgnr}, org=firm.name if firm else "",
                   private=firm is None)
        skj = DEFAULT_SKJERMING.get(category)
        names = [p.name] if skj else []
        return _label(d, category, s, skjerming=skj, personnavn=names, note="Foreign writer (English or learner Norwegian).")
    return make


def make_bundled(main: str) -> Callable[[random.Random, World], Draft]:
    """One mail, two matters: the main one decides the category, the side question rides along."""
    texts = {
        "byggesak": {
            NB: ["Vi vurderer å bygge en glassveranda på ca. 15 m² på {addr} ({gb}). Må vi søke, eller er det unntatt? Og et lite spørsmål ved siden av: vil eiendomsskatten øke når vi bygger på?",
                 "Hei! To ting: 1) Vi vil rive den gamle låven på {gb} og sette opp en garasje i stedet, hva må vi sende inn? 2) Hvem kan svare på eiendomsskatten for låven så lenge den står?"],
            NN: ["Vi vurderer å byggje ei glasveranda på om lag 15 m² på {addr} ({gb}). Må vi søkje? Og eit lite spørsmål attåt: aukar eigedomsskatten når vi byggjer på?"],
            EN: ["We plan a 15 m² glass veranda at {addr} ({gb}). Do we need a permit? Also, will the property tax go up?"]},
        "vei_trafikk": {
            NB: ["Veien forbi {addr} er full av hull etter vinteren, og i går punkterte naboen. Når blir den lappet? PS: vanntrykket har også vært dårlig i det siste, men det er mindre viktig.",
                 "Skiltet med 30-sone ved {road} er borte etter brøytingen, og bilene kjører som før. Kan dere sette det opp igjen? Samtidig: hvem spør jeg om søppelhenting?"],
            NN: ["Vegen forbi {addr} er full av hòl etter vinteren. Når blir han lappa? PS: vasstrykket har òg vore dårleg, men det er mindre viktig."],
            EN: ["The road past {addr} is full of potholes. When will it be repaired? Also the water pressure has been low lately."]},
        "barnehage": {
            NB: ["Vi har ventet på barnehageplass til {child} siden mars og har fortsatt ikke hørt noe. Jeg må begynne i jobb {date}. I tillegg står storesøster på venteliste til SFO. Dette er ikke holdbart!"],
            NN: ["Vi har venta på barnehageplass til {child} sidan mars og har framleis ikkje høyrt noko. I tillegg står storesyster på venteliste til SFO."]},
    }[main]
    note = {"byggesak": "Bundles a permit question (main) with a property-tax question.",
            "vei_trafikk": "Bundles a road complaint (main) with a side question.",
            "barnehage": "Bundles a barnehage place (main) with an SFO waiting list."}[main]

    def make(rng: random.Random, world: World) -> Draft:
        tenant = _tenant(rng)
        lang = _lang(rng, tenant)
        s = _citizen(rng, world)
        prop = world.property()
        text = _v(rng, texts, lang, addr=prop.address, gb=_gb(rng, prop), road=pick(rng, ROADS),
                  child=pick(rng, CHILD_NAMES), date=_date(rng))
        if rng.random() < 0.4:
            text = _typos_keep(rng, text, 0.02)
        body = _join(pick(rng, ["Hei", "Hei!", "", "God dag"]), text, _sign(rng, world, s, lang))
        subject = pick(rng, {"byggesak": ["Glassveranda", "Spørsmål om søknad", "Riving av låve", "To spørsmål"],
                             "vei_trafikk": ["Hull i veien", "Skilt borte", "Vei", "Klage vei"],
                             "barnehage": ["Barnehageplass!!", "Venteliste", "Klage"]}[main])
        d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email, subject=subject, body=body)
        return _label(d, main, s, note=note)
    return make


SAME_PROPERTY_TEXTS = {
    NB: ["Jeg skriver angående garasjen på {gb} ({addr}). Hvor langt har dere kommet? Snekkeren vil gjerne starte før frosten.",
         "Naboen på {addr} har allerede begynt å støpe garasjemuren, er det gitt tillatelse? Gjelder {gb}.",
         "Vedlagt ny fasadetegning av garasjen, nå med lavere mønehøyde. Eiendom {gb}, {addr}."],
    NN: ["Eg skriv om garasjen på {gb} ({addr}). Kor langt har de kome? Snikkaren vil gjerne starte før frosten.",
         "Vedlagt ny fasadeteikning av garasjen, no med lågare mønehøgd. Eigedom {gb}, {addr}."],
}


def _same_property(same_matter: bool) -> Callable[[random.Random, World], Draft]:
    """No case number, only gnr/bnr: the same matter joins the open case, another matter there starts a new one."""
    def make(rng: random.Random, world: World) -> Draft:
        tenant = _tenant(rng)
        lang = _lang(rng, tenant, 0.0)
        s = _citizen(rng, world)
        prop = world.property()
        if same_matter:
            case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om oppføring av garasje",
                                   prop=prop, part=s.name)
        else:
            world.open_case(tenant, pick(rng, ["vann_avlop", "eiendomsskatt"]),
                            f"{prop.gnr}/{prop.bnr} - {pick(rng, ['Tilknytning til kommunalt vann og avløp', 'Klage på eiendomsskattetakst'])}",
                            prop=prop)
            case = None
        gb = pick(rng, [f"gnr. {prop.gnr} bnr. {prop.bnr}", f"gnr {prop.gnr} bnr {prop.bnr}", f"{prop.gnr}/{prop.bnr}"])
        body = _join(pick(rng, ["Hei,", ""]), _v(rng, SAME_PROPERTY_TEXTS, lang, gb=gb, addr=prop.address), _sign(rng, world, s, lang))
        d = Draft(tenant=tenant, sender_name=s.name, sender_email=s.email,
                  subject=pick(rng, ["Garasje", f"Garasje {prop.address}", f"{gb} garasje", "Byggesak"]), body=body)
        note = ("No case number; gnr/bnr and matter match the open garage case." if same_matter
                else "Same gnr/bnr as an open case about another matter (not a garage): new case.")
        return _label(d, "byggesak", s, sak=case.sak if case else None, note=note)
    return make


# ------------------------------------------------------------------------------------------
# the family list
# ------------------------------------------------------------------------------------------


WEIGHT_SCALE = 1.2  # the whole group makes up about 15 % of a corpus with the other writers' families


def _fam(name: str, category: str, make: Callable[[random.Random, World], Draft], weight: float) -> Family:
    return Family(name=name, category=category, make=make, weight=round(weight * WEIGHT_SCALE, 3), writer=WRITER)


_MATTER_CATEGORIES = sorted({m.category for m in MATTERS})
_FORMS: list[tuple[str, Callable[[list[Matter]], Callable[[random.Random, World], Draft]], float]] = [
    ("telefon", _phone_mail, 0.16),
    ("vedlegg", lambda ms: _attachment_only(ms, "pdf"), 0.14),
    ("skannet", lambda ms: _attachment_only(ms, "scan"), 0.04),
    ("svar_pa_brev", _reply_chain, 0.14),
    ("videresendt", lambda ms: _forwarded_by_employee(ms, as_msg=False), 0.08),
    ("videresendt_vedlegg", lambda ms: _forwarded_by_employee(ms, as_msg=True), 0.05),
]
# roughly the dev-set's mix: byggesak most common, høring and politisk rarer
_CATEGORY_BOOST = {"byggesak": 2.5, "vann_avlop": 1.3, "vei_trafikk": 1.3, "skole": 1.2, "barnehage": 1.2,
                   "horing": 0.5, "politisk": 0.6, "tilskudd": 0.7, "rekruttering": 0.7, "plansak": 0.8}
_NOT_BY_PHONE = {"horing", "bevilling"}  # organisations do not write these as one-liners

FAMILIES: list[Family] = [
    _fam(f"{cat}.x_{form}", cat, build(_matters(cat)), round(w * _CATEGORY_BOOST.get(cat, 1.0), 3))
    for form, build, w in _FORMS for cat in _MATTER_CATEGORIES
    if not (form == "telefon" and cat in _NOT_BY_PHONE)
] + [
    _fam("politisk.x_sporsmal_om_vei", "politisk", make_politisk_road_question, 0.8),
    _fam("vei_trafikk.x_avkjorsel", "vei_trafikk", make_vei_avkjorsel, 0.7),
    _fam("vei_trafikk.x_gravemelding", "vei_trafikk", make_vei_gravemelding, 0.5),
    _fam("tilsyn.x_rapport", "tilsyn", make_tilsyn_report, 0.9),
    _fam("horing.x_direktorat", "horing", make_horing_directorate, 0.8),
    _fam("plansak.x_etatsuttalelse", "plansak", make_plansak_agency_statement, 0.8),
    _fam("byggesak.x_dispensasjon", "byggesak", make_byggesak_dispensasjon, 0.7),
    _fam("innsynskrav.x_navngitt_sak", "innsynskrav", make_innsynskrav_names_case, 0.9),
    _fam("byggesak.x_i_apen_sak", "byggesak", make_byggesak_in_open_case, 0.7),
    _fam("autosvar.x_saksnr_i_emne", "autosvar", make_autosvar_subject_case, 0.6),
    _fam("faktura.x_byggeprosjekt", "faktura", make_faktura_building, 0.5),
    _fam("nyhetsbrev.x_byggeregler", "nyhetsbrev", _newsletter(NEWS_BUILDING, "Newsletter about building rules: out of scope.", ("konsult", "arkitekt", "advokat")), 0.4),
    _fam("nyhetsbrev.x_tilskudd", "nyhetsbrev", _newsletter(NEWS_GRANTS, "Newsletter about grants: not a tilskudd application.", ("konsult", "regnskap")), 0.35),
    _fam("nyhetsbrev.x_innsyn", "nyhetsbrev", _newsletter(NEWS_INNSYN, "Course about innsynskrav: not an innsynskrav.", ("konsult", "advokat", "it")), 0.3),
    _fam("nyhetsbrev.x_leverandor", "nyhetsbrev", _newsletter(NEWS_SUPPLIER, "Supplier marketing: not a tender question.", ("it", "maskin", "transport", "renhold")), 0.35),
    _fam("intern.x_motelogistikk", "intern", make_intern_meeting, 0.5),
    _fam("intern.x_kollega_ferie", "intern", make_intern_colleague_vacation, 0.35),
    _fam("rekruttering.x_intern", "rekruttering", make_rekruttering_internal, 0.5),
    _fam("barnehage.x_sosken_sfo", "barnehage", make_barnehage_sibling_sfo, 0.5),
    _fam("skole.x_sfo", "skole", make_skole_sfo_application, 0.5),
    _fam("barnevern.x_besteforelder", "barnevern", _grandparent_worry(True), 0.4),
    _fam("helse_omsorg.x_besteforelder", "helse_omsorg", _grandparent_worry(False), 0.4),
    _fam("tilskudd.x_lag", "tilskudd", make_tilskudd_lag_application, 0.5),
    _fam("anskaffelse.x_konkurranse", "anskaffelse", make_anskaffelse, 0.7),
    _fam("spam.x_falsk_byggesak", "spam", make_spam_fake_permit, 0.4),
    _fam("byggesak.x_samlet", "byggesak", make_bundled("byggesak"), 0.4),
    _fam("vei_trafikk.x_samlet", "vei_trafikk", make_bundled("vei_trafikk"), 0.35),
    _fam("barnehage.x_samlet", "barnehage", make_bundled("barnehage"), 0.25),
    _fam("byggesak.x_samme_eiendom", "byggesak", _same_property(True), 0.4),
    _fam("byggesak.x_annen_sak_samme_eiendom", "byggesak", _same_property(False), 0.3),
] + [
    _fam(f"{cat}.x_notat_{jpt.lower()}", cat, _memo(cat, jpt), 0.18 if cat == "byggesak" else 0.12)
    for cat in MEMO_TEXTS for jpt in ("N", "X")
] + [
    _fam(f"{cat}.x_utenlandsk", cat, _foreign(cat), 0.35 if cat in ("byggesak", "vann_avlop") else 0.25)
    for cat in FOREIGN
]


# ------------------------------------------------------------------------------------------
# more hand-written variants for the matters (kept apart so the table above stays readable)
# ------------------------------------------------------------------------------------------

_EXTRA_BODIES: dict[str, dict[str, list[str]]] = {
    "vann_avlop.lekkasje": {
        NB: ["Det står en dam i veikanten utenfor {addr} som ikke tørker opp, selv etter en uke uten regn. Naboen sier det har vært slik før da hovedledningen sprakk. Kan noen fra VA komme og se?",
             "Vannmåleren vår går selv når alt er skrudd av. Vi har sjekket alle kraner og toaletter inne. Kan lekkasjen være på kommunens side av stoppekranen? Adresse {addr}."],
        NN: ["Det står ein dam i vegkanten utanfor {addr} som ikkje tørkar opp, sjølv etter ei veke utan regn. Kan nokon frå VA kome og sjå?"]},
    "vann_avlop.gebyr": {
        NB: ["Vi har solgt huset på {addr} med overtakelse {date}, men fakturaen for vann og avløp for hele året er sendt til oss. Kan dere dele gebyret og sende resten til ny eier?"]},
    "vei_trafikk.brøyting": {
        NB: ["Snøopplastingen fra sentrum dumpes nå på plassen ved {road}, rett ved der barna går til skolen. Haugen er over tre meter og det er umulig å se biler som kommer. Dette må flyttes.",
             "Jeg er 82 år og har rullator. Fortauet i {road} har ikke vært brøytet siden jul, så jeg må gå i veibanen. Er det ikke kommunens ansvar?"],
        NN: ["Fortauet i {road} har ikkje vore brøytt på ei veke, så vi må gå i vegbana med barnevogn. Kven har ansvaret?"]},
    "vei_trafikk.trafikk": {
        NB: ["Hekken på hjørnet {road}/{addr} er så høy at man ikke ser biler fra høyre når man kjører ut. Det har nesten smelt flere ganger. Kan kommunen pålegge eieren å klippe?",
             "Etter at den nye boligfeltet åpnet, er {road} blitt gjennomkjøringsvei. Vi ber om skilt med gjennomkjøring forbudt og 30-sone."]},
    "eiendomsskatt.klage": {
        NB: ["Eiendomsskatteseddelen for {addr} viser at garasjen er taksert som bolig. Garasjen er uisolert og brukes kun til bil og ved. Jeg ber om at takstgrunnlaget rettes og at skatten reduseres tilsvarende."]},
    "skole.permisjon": {
        NB: ["{child} er tatt ut til regionlaget i håndball og skal på samling fra {date}, tre skoledager. Vi søker om permisjon for disse dagene. Kontaktlærer er informert."]},
    "skole.sfo": {
        NB: ["Vi har fått faktura for full SFO-plass for {child} for september, men vi sa opp plassen i juni. Kan dere se på dette og kreditere?"]},
    "barnehage.plass": {
        NB: ["{child} har fått plass i {school} barnehage fra {date}, men vi ønsker å bytte til en barnehage nærmere der vi bor nå. Står hun fortsatt på ventelisten for førsteønsket?"]},
    "barnehage.redusert": {
        NB: ["Familien har hatt en svært vanskelig høst: mannen min fikk kreftdiagnose i august og er sykmeldt, og jeg har redusert stillingen for å følge ham opp. Vi søker derfor om redusert foreldrebetaling og gratis kjernetid for {child}."]},
    "helse_omsorg.hjemmetjeneste": {
        NB: ["Jeg skriver på vegne av min svigerfar {elder}. Han har KOLS og hjertesvikt, bruker oksygen, og kona hans orker ikke lenger å stelle ham alene. Vi ønsker et møte om hvilke tjenester han kan få, eventuelt plass på sykehjem."]},
    "barnevern.bekymring": {
        NB: ["Jeg er nabo til familien i {addr}, og de siste ukene har jeg hørt mye roping og gråt sent på kvelden. Den yngste, {child}, har flere ganger sittet alene på trappen om natten. Jeg vet ikke om det er noe, men vil heller melde fra."]},
    "tilskudd.kulturmidler": {
        NB: ["Vedlagt følger rapport og regnskap for tilskuddet {lag} fikk til sommerleir. 46 barn deltok, og vi brukte {kr} kroner av tildelt beløp. Restbeløpet ønsker vi å bruke til samme formål neste år hvis kommunen godtar det."]},
    "bevilling.skjenke": {
        NB: ["{firmname} søker om skjenkebevilling for en enkelt anledning: firmafest i leide lokaler i {addr} {date}, ca. 120 gjester. Skjenking av øl og vin fra kl. 19 til 01."]},
    "rekruttering.soknad": {
        NB: ["Med dette søker jeg stillingen som {pos}, som ble utlyst på kommunens nettside. Etter mange år i Oslo flytter familien tilbake til {place}, og jeg ønsker å bruke erfaringen min lokalt. Jeg har gode referanser og kan legge fram politiattest."]},
    "politisk.sporsmal": {
        NB: ["Til ordfører. Vi som bor langs {road} har i to år bedt om gatelys, og administrasjonen sier det er et budsjettspørsmål. Da spør vi politikerne: Vil ordføreren foreslå midler til dette i budsjettet for neste år?"]},
}
_EXTRA_TERSE: dict[str, dict[str, list[str]]] = {
    "byggesak.garasje": {NB: ["Hei, fikk brev om at søknaden mangler nabovarsel. naboen er død, hvem varsler jeg da?"]},
    "barnehage.plass": {NB: ["vi flytter i desember, må vi si opp plassen til {child} en måned før?"]},
    "skole.permisjon": {NB: ["{child} er syk i dag og i morgen. mvh mamma"], NN: ["{child} er sjuk i dag"]},
    "eiendomsskatt.klage": {NB: ["hvorfor har eiendomsskatten på {addr} økt med 40 %?"]},
}


def _extend_matters() -> None:
    for m in MATTERS:
        for extra, target in ((_EXTRA_BODIES, m.body), (_EXTRA_TERSE, m.terse)):
            for lang, texts in extra.get(m.key, {}).items():
                target.setdefault(lang, [])
                target[lang] = target[lang] + [t for t in texts if t not in target[lang]]


_extend_matters()
