"""Training-mail families in a new set of voices (writer "w-voices-a").

Categories: byggesak, plansak, vann_avlop, vei_trafikk, eiendomsskatt, innsynskrav,
politisk, horing, tilsyn and the out-of-scope nyhetsbrev, autosvar, intern.

Every text here is invented.  Each family holds several hand-written texts with slots
(``{addr}``, ``{gnr}``, ``{ref}`` ...) only for names, places, numbers and dates; the
voices differ on purpose from the other writers' modules: retired engineers, busy
tradespeople, dialect-coloured nynorsk, English-speaking newcomers, terse phone mail.
Weights make these families about 8 % of a corpus next to the other modules.
"""

from __future__ import annotations

import random
import re
from datetime import timedelta

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families.common import (
    avsender,
    firm_sender,
    mobile_footer,
    pick,
    pick_tenant,
    private_sender,
    terse,
    typos,
)
from training_data.generator.world import World

WRITER = "w-voices-a"
KOMMUNE = {"fjordvik": "Fjordvik kommune", "havoy": "Havøy kommune"}
PLACES = {"fjordvik": ["Nesje", "Bøen", "Sætre", "Myrdal", "Skarstein", "Hellevika"],
          "havoy": ["Kvalvika", "Leirvåg", "Hamna", "Botnen", "Straumen", "Sandøy"]}
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]


# ----------------------------------------------------------------------------- helpers


def _lang(rng: random.Random, tenant: str, english: float = 0.0) -> str:
    if rng.random() < english:
        return "en"
    return "nn" if rng.random() < (0.6 if tenant == "havoy" else 0.2) else "nb"


def _date(rng: random.Random, world: World, ahead: bool = True) -> str:
    delta = rng.randint(7, 60) * (1 if ahead else -1)
    d = world.start + timedelta(days=world.days // 2 + delta)
    return d.strftime("%d.%m.%Y") if rng.random() < 0.4 else f"{d.day}. {MONTHS[d.month - 1]}"


def _orgline(rng: random.Random, orgnr: str) -> str:
    spaced = f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}"
    return rng.choice([f"Org.nr. {spaced}", f"org.nr: {orgnr}", f"Foretaksregisteret NO {spaced} MVA",
                       f"Orgnr {orgnr}"])


def _fill(template: str, slots: dict) -> str:
    return template.format(**slots).strip("\n")


def _citizen_noise(rng: random.Random, body: str, phone: float = 0.3) -> str:
    if rng.random() < 0.35:
        body = typos(rng, body, 0.015)
    if rng.random() < phone:
        body = terse(rng, body) + "\n\n" + mobile_footer(rng)
    return body


def _close(rng: random.Random, lang: str) -> str:
    return pick(rng, {"nb": ["Mvh", "Hilsen", "Vennlig hilsen", "Med hilsen", "Ha det bra"],
                      "nn": ["Helsing", "Mvh", "Venleg helsing", "Beste helsing"],
                      "en": ["Best regards", "Thanks", "Kind regards", "Cheers"]}[lang])


def _formal_close(rng: random.Random, lang: str) -> str:
    return pick(rng, {"nb": ["Med vennlig hilsen", "Vennlig hilsen", "Med hilsen"],
                      "nn": ["Med venleg helsing", "Venleg helsing", "Med helsing"],
                      "en": ["Kind regards", "Yours sincerely"]}[lang])


def _firm_sig(rng: random.Random, world: World, person, firm, email: str, lang: str,
              orgnr_p: float = 0.5) -> tuple[str, str | None]:
    """A firm signature; returns (signature, orgnr if the signature states it)."""
    lines = [_formal_close(rng, lang) if rng.random() < 0.8 else _close(rng, lang), person.name]
    if rng.random() < 0.6:
        lines.append(pick(rng, ["Daglig leder", "Prosjektleder", "Fagleder", "Dagleg leiar", "Partner",
                                "Ansvarlig søker", "Kontorleder"]))
    lines.append(firm.name)
    if rng.random() < 0.6:
        lines.append(pick(rng, ["Tlf ", "T: ", "Mob. ", ""]) + world.phone())
    orgnr = None
    if rng.random() < orgnr_p:
        lines.append(_orgline(rng, firm.orgnr))
        orgnr = firm.orgnr
    if rng.random() < 0.3:
        lines.append(email)
    return "\n".join(lines), orgnr


def _subject_for(rng: random.Random, text: str, rules: list[tuple[str, list[str]]], default: list[str]) -> str:
    """A subject that fits the text: the first rule whose keyword occurs in it, else ``default``."""
    low = text.lower()
    for keyword, subjects in rules:
        if keyword in low:
            return pick(rng, subjects)
    return pick(rng, default)


ATTACHMENT_WORDS = re.compile(r"vedlagt|vedlegg|ligg ved|ligger ved|attached", re.IGNORECASE)


def _draft(tenant: str, name: str, email: str, subject: str, body: str, category: str, av: dict, **kw) -> Draft:
    """A Draft; a mail that speaks of an attachment but has none gets a short PDF, as real mail would."""
    if not kw.get("attachments") and ATTACHMENT_WORDS.search(body):
        title = subject.split(": ")[-1] or "Dokument"
        kw["attachments"] = [AttachmentSpec("vedlegg.pdf", "pdf", f"{title}\n\nSe e-post for nærmere omtale.")]
    return Draft(tenant=tenant, sender_name=name, sender_email=email, subject=subject, body=body,
                 category=category, avsender=av, **kw)


def _employee_sig(rng: random.Random, person, tenant: str, lang: str) -> str:
    unit = pick(rng, ["Plan og bygg", "Teknisk drift", "Servicetorget", "Økonomiavdelinga", "Arkivtenesta",
                      "Kommunalteknikk", "Rådmannens stab"])
    return "\n".join([_close(rng, lang), person.name, unit, KOMMUNE[tenant]])


# ----------------------------------------------------------------------------- byggesak

BYGG_ATTACH_BODY = {
    "nb": [
        ("Hei\n\nVedlagt følger søknad om tillatelse i ett trinn for {tiltak} på gnr. {gnr} bnr. {bnr}, {addr}. "
        "Situasjonsplan, tegninger og nabovarsel ligger i samme fil.\n\nGi beskjed om noe mangler."),
        "Se vedlegg.",
        ("Til byggesaksavdelingen\n\nPå vegne av tiltakshaver {owner} oversender vi søknad om {tiltak}. "
        "Gjenpart av nabovarsel med kvitteringer er lagt ved. Vi ber om at søknaden behandles innenfor "
        "fristen på 12 uker."),
        ("Oversender søknad om dispensasjon fra byggegrensen mot vei i forbindelse med {tiltak} ({addr}). "
        "Begrunnelse fremgår av vedlagte brev."),
        ("Hei!\nHer kommer søknaden for {owner} sitt prosjekt i {place}. Fikk ikke lastet opp i portalen, "
        "så sender på e-post i stedet. Beklager rotet."),
    ],
    "nn": [
        ("Hei\n\nVedlagt er søknad om løyve til {tiltak} på gnr. {gnr}/{bnr} i {place}. Teikningar og "
        "situasjonskart ligg i same PDF."),
        "Sjå vedlegg.",
        ("Til byggesakskontoret\n\nVi sender med dette søknad om {tiltak} for {owner}, {addr}. "
        "Nabovarsel er sendt, og det er ikkje kome merknader."),
        "Oversender søknad om mellombels bruksløyve for {tiltak}. Ferdigattest kjem når utomhusarbeida er ferdige.",
    ],
}
BYGG_DOC = {
    "nb": "Søknad om tillatelse til tiltak\n\nTiltakshaver: {owner}\nEiendom: gnr. {gnr} bnr. {bnr}, {addr}\n"
          "Tiltak: {tiltak}\nBebygd areal etter tiltak: {bya} m²\n\nTiltaket er i tråd med gjeldende plan. "
          "Avstand til nabogrense er minst 4 meter.\n\nAnsvarlig søker: {firm} ({orgnr})",
    "nn": "Søknad om løyve til tiltak\n\nTiltakshavar: {owner}\nEigedom: gnr. {gnr} bnr. {bnr}, {addr}\n"
          "Tiltak: {tiltak}\nBygd areal etter tiltak: {bya} m²\n\nTiltaket er i samsvar med gjeldande plan.\n\n"
          "Ansvarleg søkjar: {firm} ({orgnr})",
}
TILTAK = ["tilbygg til enebolig", "garasje med bod", "tomannsbolig", "bruksendring av kjeller til utleiedel",
          "naust", "riving av uthus", "fasadeendring og nye vinduer", "påbygg med ark", "hytte",
          "støttemur langs tomtegrensen", "terrasse over 50 cm høyde", "fritidsbustad", "altan"]


def make_bygg_vedlegg(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, firm, email = firm_sender(rng, world, rng.choice(["arkitekt", "bygg", None]))
    owner = world.person()
    prop = world.property()
    slots = {"tiltak": pick(rng, TILTAK), "gnr": prop.gnr, "bnr": prop.bnr, "addr": prop.address, "owner": owner.name,
                 "place": pick(rng, PLACES[tenant]), "firm": firm.name, "orgnr": firm.orgnr, "bya": rng.randint(60, 260)}
    sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.4)
    body = _fill(pick(rng, BYGG_ATTACH_BODY[lang]), slots) + "\n\n" + sig
    doc = _fill(BYGG_DOC[lang], slots)
    subject = pick(rng, [f"Søknad - gnr {prop.gnr}/{prop.bnr}", f"Byggesøknad {prop.address}",
                         "Søknad om tillatelse", f"{slots['tiltak'].capitalize()} - {prop.address}",
                         "søknad", f"Innsending gbnr {prop.gnr}/{prop.bnr}"])
    return _draft(tenant, p.name, email, subject, body, "byggesak", avsender(firm.name, email, firm.orgnr),
                  attachments=[AttachmentSpec(f"Soknad_{prop.gnr}_{prop.bnr}.pdf", "pdf", doc)],
                  note="Orgnr stated in the attached application." if orgnr is None else "")


BYGG_QUESTION = {
    "nb": [
        "Hei. Lurer på om jeg må søke for å sette opp {small} hjemme i {addr}? Naboen sier det er greit for han. {name}",
        ("God dag.\n\nVi har kjøpt eiendommen gnr {gnr} bnr {bnr} og vil gjerne bygge {small}. Hvor nærme "
        "nabogrensen kan vi gå uten å søke? Og gjelder det samme regler hvis det er på fjellgrunn?\n\n"
        "Svar gjerne på e-post, jeg jobber turnus og er vanskelig å nå på telefon."),
        ("Hallo\nnaboen på {addr} har begynt å bygge noe stort rett ved tomtegrensen vår, ser ut som en garasje "
        "på to etasjer. Har han fått lov til dette? Vi har ikke fått noe nabovarsel."),
        ("Hei\n\nJeg har fått beskjed om at det mangler ferdigattest på huset vi skal selge ({addr}). "
        "Huset er fra 1987. Hva må til for å få ordnet dette, og hvor lang tid tar det? Megler maser."),
    ],
    "nn": [
        "Hei. Må eg søkje for {small} på tomta mi i {addr}? Det blir ikkje større enn 15 kvm. {name}",
        ("Hei\n\nVi har planar om å byggje {small} på gnr. {gnr}/{bnr}. Kor nær grensa kan vi gå utan søknad, "
        "og treng vi nabovarsel?\n\nTakk for svar."),
        ("Hallo\nGrannen vår i {addr} har sett i gang med eit stort bygg heilt inntil grensa. Vi har ikkje fått "
        "noko nabovarsel. Er dette godkjent av kommunen?"),
    ],
    "en": [
        ("Hello, we recently moved to {place} and want to build {small_en} in our garden at {addr}. "
        "Do we need a permit from the municipality, and is there an English form? Thank you!"),
        ("Hi\n\nMy neighbour at {addr} is building a large structure very close to our fence. We never got "
        "any notice. Could you tell me if this has been approved?\n\nKind regards"),
    ],
}
SMALL = ["en carport", "en bod på 12 kvm", "et drivhus", "en levegg", "en platting", "et anneks"]
SMALL_NN = ["ein carport", "ei bu", "eit drivhus", "ein levegg", "ein platting", "eit anneks"]


def make_bygg_sporsmal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, english=0.12)
    p, email = private_sender(rng, world)
    prop = world.property()
    small = pick(rng, SMALL_NN if lang == "nn" else SMALL)
    slots = {"small": small, "small_en": pick(rng, ["a carport", "a shed", "a greenhouse", "a small annex"]),
                 "addr": prop.address, "gnr": prop.gnr, "bnr": prop.bnr, "name": p.first, "place": pick(rng, PLACES[tenant])}
    template = pick(rng, BYGG_QUESTION[lang])
    body = _fill(template, slots)
    if "{name}" not in template and rng.random() < 0.6:
        body += "\n\n" + _close(rng, lang) + "\n" + p.name
    body = _citizen_noise(rng, body)
    subject = _subject_for(rng, body, [
        ("ferdigattest", ["Ferdigattest", "mangler ferdigattest", "Ferdigattest - salg av bolig"]),
        ("neighbour", ["Neighbour building", "Question about construction next door"]),
        ("nabo", ["Bygging nabo", "Nabo bygger", "Har naboen søkt?", ""]),
        ("grann", ["Grannen byggjer", "Bygg ved grensa", ""]),
        ("permit", ["Building permit?", "Question"]),
    ], ["Spørsmål", "søknadsplikt?", "spm", f"{prop.address}", "Må jeg søke?", "", "Byggesak"])
    return _draft(tenant, p.name, email, subject, body, "byggesak", avsender(p.name, email))


BYGG_REPLY = {
    "nb": [
        ("Hei\n\nViser til brevet deres om mangler i søknaden ({cite}). Vedlagt ligger revidert situasjonsplan og "
        "snitt. Ansvarsrett for tømrer er nå sendt inn via portalen.\n\nHåper saken nå er komplett."),
        ("Takk for svar. Vi har snakket med naboen og flytter garasjen én meter lenger inn på tomten. "
        "Nye tegninger kommer i løpet av uka. Går det an å sette saken på vent så lenge?"),
        ("Hei igjen,\nhar dere fått det jeg sendte forrige uke? Har ikke hørt noe, og snekkeren vil gjerne "
        "starte i {month}. Saksnummeret står under."),
        ("Vi aksepterer vilkåret om at fasaden skal ha stående kledning, men ber om at kravet til "
        "rekkverk vurderes på nytt. Se begrunnelse i vedlegg."),
    ],
    "nn": [
        ("Hei\n\nSyner til brevet dykkar om manglar ({cite}). Vedlagt ligg nytt situasjonskart og fasadeteikning. "
        "Gje beskjed om det framleis er noko som manglar."),
        ("Takk for svaret. Vi har snakka med grannen og flyttar bygget ein meter lenger inn. Nye teikningar "
        "kjem snart. Kan saka stå i ro så lenge?"),
        "Hei igjen\nhar de fått dokumenta eg sende? Har ikkje høyrt noko, og snikkaren vil starte i {month}.",
    ],
}
KOMMUNE_LETTER = {
    "nb": "Vi har mottatt søknad om {tiltak} på gnr. {gnr} bnr. {bnr}. Før søknaden kan behandles, må "
          "følgende ettersendes: situasjonsplan i målestokk, snittegning og erklæring om ansvarsrett.\n\n"
          "Fristen for behandling løper ikke før søknaden er komplett.",
    "nn": "Vi har motteke søknad om {tiltak} på gnr. {gnr} bnr. {bnr}. Før søknaden kan handsamast, må de "
          "ettersende situasjonskart, snitteikning og erklæring om ansvarsrett.",
}


def make_bygg_svar(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    prop = world.property()
    tiltak = pick(rng, TILTAK)
    firm_mail = rng.random() < 0.4
    if firm_mail:
        p, firm, email = firm_sender(rng, world, "bygg")
        sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.5)
        av = avsender(firm.name, email, orgnr)
    else:
        p, email = private_sender(rng, world)
        sig = _close(rng, lang) + "\n" + p.name
        av = avsender(p.name, email)
    case = world.open_case(tenant, "byggesak", f"Gnr {prop.gnr}/{prop.bnr} - {tiltak}", prop=prop, part=av["navn"])
    slots = {"cite": world.cite(case.sak), "month": pick(rng, MONTHS), "tiltak": tiltak, "gnr": prop.gnr, "bnr": prop.bnr}
    body = _fill(pick(rng, BYGG_REPLY[lang]), slots) + "\n\n" + sig
    if not firm_mail:
        body = _citizen_noise(rng, body, 0.2)
    emp, emp_mail = world.employee(tenant)
    quoted = EarlierMessage(emp.name, emp_mail, f"{world.cite_phrase(case.sak, lang)} - {tiltak}",
                            _fill(KOMMUNE_LETTER[lang], slots) + "\n\n" + _employee_sig(rng, emp, tenant, lang))
    subject = pick(rng, ["SV: ", "Sv: ", "RE: "]) + quoted.subject
    return _draft(tenant, p.name, email, subject, body, "byggesak", av, quoted=quoted, sak=case.sak,
                  note="Case number only in the quoted kommune letter.")


BYGG_FWD_NOTE = {
    "nb": ["Til postmottak for journalføring.", "Fikk denne på min e-post, kan dere legge den inn på saken?",
           "Videresender. Hører til byggesaken på {addr}.", "FYI - fra nabo. Journalføres."],
    "nn": ["Til postmottak for journalføring.", "Fekk denne direkte, kan de leggje henne på saka?",
           "Vidaresender - gjeld byggesaka i {addr}."],
}
BYGG_FWD_NOTE_NEW = {
    "nb": ["Til postmottak for journalføring.", ("Fikk denne direkte. Ser ikke at det finnes noen sak på dette ennå, "
           "kan dere registrere den?"), "FYI - fra nabo. Journalføres som ny henvendelse."],
    "nn": ["Til postmottak for journalføring.", "Fekk denne direkte. Finn inga sak på dette, kan de registrere henne?"],
}
NABO = {
    "nb": [
        ("Hei {emp}\n\nSom nabo til {addr} vil jeg protestere mot det planlagte tilbygget. Det vil ta all "
        "kveldssol fra hagen vår, og vi mener høyden er i strid med planen. Vi ber om befaring før vedtak fattes."),
        ("Hei\nvi har nå sett tegningene for {addr}. Vinduene i andre etasje vender rett inn i soverommet "
        "vårt. Det synes vi er helt urimelig. Kan dere ta hensyn til dette?"),
        ("Hei. Nabovarselet for {addr} kom mens vi var bortreist, så fristen er gått ut. Vi har likevel "
        "merknader: avkjørselen blir liggende rett ved lekeplassen til barna. Håper dette blir vurdert."),
    ],
    "nn": [
        ("Hei {emp}\n\nSom grannar til {addr} er vi imot tilbygget. Det tek kveldssola frå hagen vår, og vi "
        "meiner høgda bryt med planen. Vi ber om synfaring før de gjer vedtak."),
        ("Hei\nno har vi sett teikningane for {addr}. Vindauga i andre høgda vender rett inn på soverommet vårt. "
        "Det er urimeleg."),
    ],
}


def make_bygg_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    prop = world.property()
    emp, emp_mail = world.employee(tenant)
    nabo, nabo_mail = private_sender(rng, world)
    cites = rng.random() < 0.6
    case = world.open_case(tenant, "byggesak", f"{prop.address} - tilbygg", prop=prop) if cites else None
    slots = {"addr": prop.address, "emp": emp.first}
    orig = _fill(pick(rng, NABO[lang]), slots)
    if case:
        orig += "\n\n" + world.cite_phrase(case.sak, lang)
    orig = _citizen_noise(rng, orig + "\n\n" + _close(rng, lang) + "\n" + nabo.name, 0.0)
    fwd = EarlierMessage(nabo.name, nabo_mail, pick(rng, ["Nabomerknad", f"Tilbygg {prop.address}", "Protest",
                                                          "merknad til byggesak"]), orig, to=emp_mail)
    note = _fill(pick(rng, (BYGG_FWD_NOTE if case else BYGG_FWD_NOTE_NEW)[lang]), slots)
    body = note + "\n\n" + emp.first if rng.random() < 0.5 else note + "\n\n" + _employee_sig(rng, emp, tenant, lang)
    return _draft(tenant, emp.name, emp_mail, "VS: " + fwd.subject, body, "byggesak", avsender(nabo.name, nabo_mail),
                  forwarded=fwd, sak=case.sak if case else None,
                  note="Forwarded by an employee; avsender is the neighbour who wrote the original.")


BYGG_MEMO = {
    "nb": [
        ("Notat til saken: Befaring gjennomført {date}. Garasjen er oppført ca. 1,2 m nærmere grensen enn "
        "omsøkt. Tiltakshaver er orientert muntlig. Det må sendes forhåndsvarsel om pålegg."),
        ("Internt notat\n\nTelefon fra tiltakshaver i dag. Han opplyser at arbeidene er stanset og at ny "
        "situasjonsplan kommer. Ingen videre oppfølging før den er mottatt."),
    ],
    "nn": [
        ("Notat til saka: Synfaring gjennomført {date}. Garasjen står om lag 1 meter nærare grensa enn "
        "det som er søkt om. Tiltakshavar er orientert. Vi må sende førehandsvarsel om pålegg."),
        ("Internt notat\n\nTelefon frå tiltakshavar i dag: arbeida er stansa, nytt situasjonskart kjem. "
        "Til orientering, inga oppfølging no."),
    ],
}


def make_bygg_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    prop = world.property()
    emp, emp_mail = world.employee(tenant)
    case = world.open_case(tenant, "byggesak", f"Gnr {prop.gnr}/{prop.bnr} - garasje", prop=prop)
    idx = rng.randrange(len(BYGG_MEMO[lang]))
    text = _fill(BYGG_MEMO[lang][idx], {"date": _date(rng, world, False)})
    body = f"{world.cite_phrase(case.sak, lang)} - gnr {prop.gnr}/{prop.bnr}\n\n{text}\n\n{emp.first}"
    return _draft(tenant, emp.name, emp_mail, f"Notat {world.cite(case.sak)}", body, "byggesak",
                  avsender(emp.name, emp_mail), journalposttype="N" if idx == 0 else "X", sak=case.sak,
                  note="Internal memo: N when follow-up is needed, X when only for the file.")


# ----------------------------------------------------------------------------- plansak

PLAN_TEXTS = {
    "nb": [
        ("Undertegnede eier gnr. {gnr} bnr. {bnr} som ligger innenfor planområdet for {plan}. Forslaget viser "
        "friområde over halve eiendommen vår. Dette har vi aldri blitt spurt om, og vi ber om at "
        "grensen trekkes tilbake til dagens gjerde."),
        ("Som pensjonert ingeniør har jeg gått gjennom planbeskrivelsen for {plan}. Trafikkberegningene "
        "bygger på tall fra 2014 og undervurderer helgetrafikken betydelig. Jeg ber om at dette "
        "kontrolleres før andregangs behandling."),
        "Hei\nhvor finner jeg kartet til {plan}? Linken i annonsen virker ikke. Fristen er snart ute.",
        ("Vi i {lag} støtter hovedgrepet i {plan}, men ber om at stien ned til sjøen sikres som "
        "offentlig tilgjengelig i bestemmelsene, ikke bare på plankartet."),
        ("Vi viser til varsel om oppstart av {plan}. Vår klient har næringsvirksomhet på gnr. {gnr}/{bnr} og "
        "er avhengig av tungtrafikk inn til området. Vi ber om å bli holdt orientert og at adkomsten "
        "utredes særskilt."),
    ],
    "nn": [
        ("Eg eig gnr. {gnr} bnr. {bnr}, som ligg inne i planområdet for {plan}. Framlegget viser friområde "
        "over halve eigedomen. Vi har aldri vore spurde, og ber om at grensa vert flytta attende til gjerdet."),
        "Hei\nkvar finn eg plankartet til {plan}? Lenkja i annonsen verkar ikkje, og fristen går snart ut.",
        ("Vi i {lag} stør hovudgrepet i {plan}, men ber om at stien ned til sjøen vert sikra som "
        "offentleg tilgjengeleg i føresegnene."),
        ("Innspel til {plan}: Området ved {place} er mykje brukt av ungane i bygda til aking om vinteren. "
        "Vi ber om at det ikkje vert lagt ut til bustader."),
    ],
}
PLANS = ["detaljregulering for {place} boligfelt", "reguleringsplan {place} sentrum", "kommuneplanens arealdel",
         "områderegulering {place} hamn", "reguleringsplan for {place} næringsområde"]


def make_plan_innspill(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    place = pick(rng, PLACES[tenant])
    plan = pick(rng, PLANS).format(place=place)
    prop = world.property()
    idx = rng.randrange(len(PLAN_TEXTS[lang]))
    text = PLAN_TEXTS[lang][idx]
    lagish = "{lag}" in text
    lawyer = "Vår klient" in text
    slots = {"gnr": prop.gnr, "bnr": prop.bnr, "plan": plan, "place": place,
                 "lag": f"{place} {pick(rng, ['vel', 'grendalag', 'velforening'])}"}
    if lawyer:
        p, firm, email = firm_sender(rng, world, "advokat")
        sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.5)
        av = avsender(firm.name, email, orgnr)
    elif lagish:
        p, email = private_sender(rng, world)
        sig = f"{_close(rng, lang)}\n{p.name}\nleiar, {slots['lag']}" if lang == "nn" else \
            f"{_close(rng, lang)}\n{p.name}\nleder, {slots['lag']}"
        av = avsender(slots["lag"], email)
    else:
        p, email = private_sender(rng, world)
        sig = _close(rng, lang) + "\n" + p.name
        av = avsender(p.name, email)
    case = world.open_case(tenant, "plansak", plan[0].upper() + plan[1:]) if rng.random() < 0.5 else None
    body = _fill(text, slots)
    if case:
        body = world.cite_phrase(case.sak, lang) + "\n\n" + body
    body += "\n\n" + sig
    if not lawyer:
        body = _citizen_noise(rng, body, 0.15)
    subject = pick(rng, [f"Merknad {plan}", "Innspill til plan", f"Høringsinnspel - {plan}", "plan", f"{plan}"])
    return _draft(tenant, p.name, email, subject, body, "plansak", av, sak=case.sak if case else None)


PLAN_KONSULENT = {
    "nb": [
        ("Hei\n\nVedlagt oversendes referat fra oppstartsmøtet for {plan}, slik vi avtalte. Gi gjerne "
        "tilbakemelding innen {date} hvis noe er feil gjengitt."),
        ("Hei,\n\nPå vegne av forslagsstiller oversender vi komplett planforslag for {plan}: plankart, "
        "bestemmelser, planbeskrivelse og ROS-analyse. Vi ber om at saken legges fram for første gangs "
        "behandling så snart som mulig."),
        ("Vi varsler herved oppstart av arbeid med {plan}. Annonse og varselbrev til naboer og "
        "berørte myndigheter følger vedlagt til orientering."),
    ],
    "nn": [
        ("Hei\n\nVedlagt er referat frå oppstartsmøtet for {plan}. Gje tilbakemelding innan {date} om noko "
        "er feil."),
        ("På vegner av forslagsstillar sender vi komplett planframlegg for {plan} med plankart, føresegner, "
        "planomtale og ROS-analyse."),
    ],
}


def make_plan_konsulent(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    place = pick(rng, PLACES[tenant])
    plan = pick(rng, PLANS).format(place=place)
    p, firm, email = firm_sender(rng, world, "arkitekt")
    sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.6)
    case = world.open_case(tenant, "plansak", plan[0].upper() + plan[1:], part=firm.name) if rng.random() < 0.6 else None
    body = _fill(pick(rng, PLAN_KONSULENT[lang]), {"plan": plan, "date": _date(rng, world)})
    if case:
        body += "\n\n" + world.cite_phrase(case.sak, lang)
    body += "\n\n" + sig
    return _draft(tenant, p.name, email, pick(rng, [f"{plan} - oversending", f"Planforslag {place}",
                                                    "Referat oppstartsmøte", f"{plan}"]), body, "plansak",
                  avsender(firm.name, email, orgnr), sak=case.sak if case else None,
                  attachments=[AttachmentSpec(f"{place}_plan.pdf", "pdf", f"{plan}\n\nPlanbeskrivelse\n\n"
                                              "Planområdet omfatter ca. 40 dekar.")])


# ----------------------------------------------------------------------------- vann_avlop

VA_CITIZEN = {
    "nb": [
        "Vi har vært uten vann siden i går kveld i {addr}. Når kommer det tilbake?? Har småbarn i huset.",
        "Vannet i springen er brunt igjen. Tredje gang denne måneden. Hva skjer?",
        "Hei\n\nDet lukter kloakk fra kummen utenfor {addr}, spesielt når det er varmt. Kan noen komme og se på det?",
        "Det renner vann opp av asfalten i svingen ved {addr}. Ser ut som en lekkasje på hovedledningen.",
        ("Hei. Jeg har solgt huset i {addr} og lurer på hvordan jeg melder fra om sluttavlesning av "
        "vannmåleren. Stand i dag: {meter} m3."),
        "Hei\n\nVi fikk varsel om kokeanbefaling på SMS. Gjelder det også for {place}? Og hvor lenge?",
        "Slamtømmingen var ikke her i år heller. Tanken er full. Gnr {gnr}/{bnr}.",
        ("Hei\n\nKjelleren vår i {addr} ble oversvømt under styrtregnet i natt. Vannet kom opp gjennom "
        "sluket. Vi mistenker at kommunens ledning var full. Hvem dekker skaden, og hva gjør vi nå?"),
        ("God dag. Jeg er pensjonist og bor alene. Vannregningen er nesten doblet siden i fjor, men jeg bruker "
        "ikke mer vann. Kan noen sjekke måleren? Stand i dag er {meter}."),
        "Brannhydranten utenfor {addr} lekker og det står en dam rundt den. Bare så dere vet.",
    ],
    "nn": [
        "Vi har vore utan vatn sidan i går kveld i {addr}. Når kjem det att? Har små born i huset.",
        "Vatnet i krana er brunt att. Tredje gongen denne månaden.",
        "Hei\n\nDet luktar kloakk frå kummen utanfor {addr}, særleg når det er varmt. Kan nokon kome og sjå på det?",
        "Det renn vatn opp av asfalten i svingen ved {addr}. Ser ut som lekkasje på hovudleidninga.",
        "Målarstand vassmålar {addr}: {meter} m3. Har selt huset, så dette er sluttavlesing.",
        "Slamtøminga var ikkje her i år heller. Tanken er full. Gnr {gnr}/{bnr}.",
        ("Hei\n\nKjellaren vår i {addr} vart fylt med vatn under styrtregnet i natt. Det kom opp gjennom "
        "sluket. Kven dekkjer skaden?"),
        "Brannhydranten utanfor {addr} lek, det står ein dam rundt han.",
    ],
    "en": [
        "Hi, we have no water at {addr} since this morning. Is there a problem in the area? Thanks",
        "Hello, the tap water in our flat at {addr} is brown/yellow. Is it safe to drink?",
    ],
}


def make_va_borger(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, english=0.1)
    p, email = private_sender(rng, world)
    prop = world.property()
    slots = {"addr": prop.address, "gnr": prop.gnr, "bnr": prop.bnr, "meter": rng.randint(120, 9800),
                 "place": pick(rng, PLACES[tenant])}
    body = _fill(pick(rng, VA_CITIZEN[lang]), slots)
    if rng.random() < 0.7:
        body += "\n\n" + _close(rng, lang) + "\n" + p.name + (f"\n{world.phone()}" if rng.random() < 0.4 else "")
    body = _citizen_noise(rng, body, 0.4)
    subject = _subject_for(rng, body, [
        ("kloakk", ["Kloakk", "lukt fra kum", "Kloakklukt"]),
        ("lekkasje", ["Lekkasje!", "Vannlekkasje", "lekkasje i vegen"]),
        ("avles", ["Målerstand", "Sluttavlesning", "vannmåler"]),
        ("slam", ["slamtømming", "Slamtøming", "Septik"]),
        ("koke", ["Kokeanbefaling?", "Kokevarsel"]), ("kjel", ["Vann i kjelleren", "Oversvømmelse", "Tilbakeslag"]),
        ("vannregning", ["Vannregning", "For høy regning?"]), ("hydrant", ["Hydrant lekker", "Brannhydrant"]),
        ("brown", ["Brown water", "Water quality"]),
        ("brun", ["Brunt vann", "vannet", "Misfarga vatn"]),
        ("no water", ["No water", "Water"]),
    ], ["Vann", "ikke vann", "Utan vatn", "Vannet borte", ""])
    return _draft(tenant, p.name, email, subject, body, "vann_avlop", avsender(p.name, email))


VA_FIRM = {
    "nb": [
        ("Hei\n\nVedlagt følger sanitærabonnement for tilknytning av {addr} (gnr {gnr}/{bnr}) til kommunalt "
        "vann og avløp. Graving er planlagt uke {week}. Vi ber om påvisning av kommunale ledninger."),
        ("Ferdigmelding for utført stikkledning på {addr}. Trykkprøving og tetthetsprøving er godkjent, "
        "protokoller ligger vedlagt. Innmålte koordinater sendes separat."),
        ("Hei, vi skal bytte vannmåler i næringsbygget i {addr}. Må dere være til stede når plomben brytes, "
        "eller kan vi gjøre det selv og sende bilde av ny måler?"),
    ],
    "nn": [
        ("Hei\n\nVedlagt ligg sanitærabonnement for tilknyting av {addr} (gnr {gnr}/{bnr}) til kommunalt "
        "vatn og avlaup. Graving er planlagd veke {week}. Vi ber om påvising av leidningar."),
        "Ferdigmelding for stikkleidning i {addr}. Trykkprøving er godkjend, protokollen ligg ved.",
    ],
}


def make_va_rorlegger(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, firm, email = firm_sender(rng, world, rng.choice(["ror", None]))
    prop = world.property()
    sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.55)
    body = _fill(pick(rng, VA_FIRM[lang]), {"addr": prop.address, "gnr": prop.gnr, "bnr": prop.bnr,
                                                "week": rng.randint(2, 50)}) + "\n\n" + sig
    case = None
    if rng.random() < 0.35:
        case = world.open_case(tenant, "vann_avlop", f"Tilknytning VA - gnr {prop.gnr}/{prop.bnr}", prop=prop)
        body = world.cite_phrase(case.sak, lang) + "\n\n" + body
    return _draft(tenant, p.name, email, pick(rng, [f"Sanitærabonnement {prop.address}", "Ferdigmelding VA",
                                                    f"Vannmåler {prop.address}", f"VA gnr {prop.gnr}/{prop.bnr}"]),
                  body, "vann_avlop", avsender(firm.name, email, orgnr), sak=case.sak if case else None)


# ----------------------------------------------------------------------------- vei_trafikk

VEI_CITIZEN = {
    "nb": [
        "Det er et stort hull i veien ved {addr}. Holdt på å miste felgen i går. Kan dere fylle det før noen skader seg?",
        "Gatelyset ved busslommen i {place} har vært mørkt i tre uker. Ungene går der til skolebussen i mørket.",
        ("Hei\n\nBilene kjører altfor fort gjennom {place}, langt over 50. Kan vi få fartsdumper eller "
        "i det minste en fartsmåling? Vi er mange småbarnsfamilier her."),
        ("Brøytebilen har igjen lagt hele brøytekanten foran innkjørselen vår i {addr}. Det er tredje gang. "
        "Jeg er 78 år og klarer ikke å måke det bort."),
        "Buskene på hjørnet ved {addr} vokser ut i veien så man ikke ser trafikken. Hvem har ansvaret?",
        "Hei, er det mulig å få skiltet parkering forbudt i snuplassen i {place}? Bobiler står der hele sommeren.",
        ("Til kommunen\n\nVi i {place} vel har i mange år bedt om fortau langs skoleveien. Nå har det igjen "
        "vært en nestenulykke der en sjetteklassing ble strøket av et speil. Vi ber om et møte med "
        "teknisk etat før budsjettet for neste år legges."),
        "Kumlokket midt i veien ved {addr} klaprer hver gang en bil kjører over. Hele natta. Kan det festes?",
        "Rekkverket på brua ved {place} er knekt etter et uhell i helga. Farlig for syklister.",
    ],
    "nn": [
        "Det er eit stort hol i vegen ved {addr}. Held på å øydeleggje felgen i går.",
        "Gatelyset ved busslomma i {place} har vore mørkt i tre veker. Borna går der til skulebussen.",
        "Hei\n\nFolk køyrer altfor fort gjennom {place}. Kan vi få fartsdumpar? Her bur mange småbarnsfamiliar.",
        ("Brøytebilen har att lagt heile brøytekanten framfor innkøyrsla vår i {addr}. Eg klarer ikkje å "
        "måke det bort åleine."),
        "Buskane på hjørnet ved {addr} veks ut i vegen, ein ser ikkje trafikken. Kven har ansvaret?",
        "Kumlokket midt i vegen ved {addr} klaprar kvar gong ein bil køyrer over. Heile natta.",
        "Rekkverket på brua ved {place} er knekt etter eit uhell i helga. Farleg for syklistar.",
        ("Til kommunen\n\nVi i {place} grendalag har i mange år bede om fortau langs skulevegen. No har det "
        "att vore ei nestenulukke. Vi ber om eit møte med teknisk før budsjettet."),
    ],
    "en": [
        "Hello, there is a big pothole on the road near {addr}. It is dangerous for cyclists. Regards",
        "Hi, the street light outside {addr} has not worked for weeks. Could someone fix it?",
    ],
}


def make_vei_borger(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, english=0.08)
    p, email = private_sender(rng, world)
    slots = {"addr": world.street(), "place": pick(rng, PLACES[tenant])}
    template = pick(rng, VEI_CITIZEN[lang])
    body = _fill(template, slots)
    av = avsender(p.name, email)
    if "{place} vel" in template or "{place} grendalag" in template:
        org = f"{slots['place']} {'vel' if ' vel ' in template else 'grendalag'}"
        body += f"\n\n{_close(rng, lang)}\n{p.name}\n{pick(rng, ['leiar', 'for styret'] if lang == 'nn' else ['styreleder', 'for styret'])}, {org}"
        av = avsender(org, email)
    elif rng.random() < 0.75:
        body += "\n\n" + _close(rng, lang) + "\n" + p.name
    if av["navn"] == p.name:
        body = _citizen_noise(rng, body, 0.4)
    subject = _subject_for(rng, body, [
        ("pothole", ["Pothole", "Road damage"]), ("street light", ["Street light", "Broken light"]),
        ("hull", ["Hull i veien", "hull", "Veiskade"]), ("hol ", ["Hol i vegen", "veg"]),
        ("gatelys", ["gatelys", "Gatelys ute", "Mørkt ved busslomma"]),
        ("fortau", ["Fortau langs skoleveien", "Trafikksikring", "Skuleveg"]),
        ("fort", ["Fart", "Trafikkfarlig", "Fartsdumper?"]), ("brøyt", ["Brøyting", "brøytekant"]),
        ("busk", ["Sikt i kryss", "Busker", "Buskar"]), ("parkering", ["Parkering", "Skilting snuplass"]),
        ("fortau", ["Fortau langs skoleveien", "Trafikksikring", "Skuleveg"]), ("kumlok", ["Kumlokk", "Bråk fra kumlokk"]),
        ("rekkverk", ["Rekkverk bru", "Skadet rekkverk"]),
    ], ["Melding", "vei", ""])
    return _draft(tenant, p.name, email, subject, body, "vei_trafikk", av)


VEI_FIRM = {
    "nb": [
        ("Hei\n\nVi søker om tillatelse til arbeid i kommunal vei, {addr}, i forbindelse med fiberutbygging. "
        "Arbeidsvarslingsplan og kart er vedlagt. Ønsket oppstart {date}, varighet ca. to uker."),
        ("Oversender gravemelding for reparasjon av strømkabel i fortauet ved {addr}. Veien vil være "
        "manuelt dirigert i arbeidstiden."),
        ("Vi skal avholde sykkelritt {date} og ønsker å stenge {addr} mellom kl. 10 og 14. Søknad om "
        "bruk av kommunal veg og skiltplan er vedlagt."),
    ],
    "nn": [
        ("Hei\n\nVi søkjer om løyve til arbeid i kommunal veg, {addr}, for fiberutbygging. Arbeidsvarslingsplan "
        "og kart ligg ved. Ønskt oppstart {date}."),
        "Oversender gravemelding for kabelreparasjon i fortauet ved {addr}. Vegen vert manuelt dirigert.",
    ],
}


def make_vei_entreprenor(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, firm, email = firm_sender(rng, world, rng.choice(["entreprenor", None]))
    sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.5)
    addr = world.street()
    body = _fill(pick(rng, VEI_FIRM[lang]), {"addr": addr, "date": _date(rng, world)}) + "\n\n" + sig
    return _draft(tenant, p.name, email, pick(rng, [f"Gravemelding {addr}", "Søknad arbeid i vei",
                                                    f"Arbeidsvarsling {addr}", "Søknad om bruk av veg"]),
                  body, "vei_trafikk", avsender(firm.name, email, orgnr),
                  attachments=[AttachmentSpec("arbeidsvarslingsplan.pdf", "pdf",
                                              f"Arbeidsvarslingsplan\n\nSted: {addr}\nAnsvarlig: {p.name}")])


# ----------------------------------------------------------------------------- eiendomsskatt

ES_TEXTS = {
    "nb": [
        ("Jeg klager på eiendomsskatten for {addr}, gnr {gnr} bnr {bnr}. Taksten legger til grunn {area} m² "
        "bruksareal, men loftet er ikke innredet og har under 1,9 m takhøyde. Riktig areal er vesentlig lavere."),
        "Hei\nhvorfor har eiendomsskatten på hytta økt så mye i år? Ingenting er bygget om. Ber om forklaring.",
        ("Klage på eiendomsskatt {year}\n\nBoligen i {addr} ligger inntil fylkesveien med mye støy og har "
        "ikke vært pusset opp siden 70-tallet. Sjablongtaksten gir en verdi langt over det huset kan selges for."),
        ("Hei. Vi har fått eiendomsskatt på et naust som ble tatt av storm for to år siden. Det står bare "
        "grunnmuren igjen. Gnr {gnr}/{bnr}. Kan dette rettes?"),
        ("Til sakkyndig nemnd\n\nJeg vil klage på takseringen av fritidsboligen min på gnr. {gnr} bnr. {bnr}. "
        "Hytta har ikke innlagt vann eller strøm og har kun adkomst med båt. Etter min mening er "
        "sonefaktoren satt altfor høyt sammenlignet med hyttene på fastlandssiden."),
        ("Eiendommen {addr} er registrert med to boenheter, men kjelleren har aldri vært leid ut og har ikke "
        "eget kjøkken. Ber om at det rettes i matrikkelen og at skatten beregnes på nytt."),
    ],
    "nn": [
        ("Eg klagar på eigedomsskatten for {addr}, gnr {gnr} bnr {bnr}. Taksten reknar med {area} m², men "
        "loftet er ikkje innreidd. Rett areal er mykje lågare."),
        "Hei\nkvifor har eigedomsskatten på hytta auka så mykje i år? Ingenting er bygd om.",
        ("Til sakkunnig nemnd\n\nEg klagar på taksten for hytta på gnr. {gnr} bnr. {bnr}. Ho har ikkje "
        "innlagt vatn eller straum, og det er berre tilkomst med båt. Sonefaktoren er altfor høg."),
        "Hei. Vi har fått eigedomsskatt på eit naust som stormen tok for to år sidan. Berre grunnmuren står att.",
    ],
}
ES_P13 = {
    "nb": "Jeg har vært sykmeldt det siste året etter en kreftbehandling og har store problemer med å betale. "
          "Kan jeg få utsettelse eller nedsettelse?",
    "nn": "Eg har vore sjukmeld heile året etter ei kreftbehandling og har store vanskar med å betale. "
          "Kan eg få utsetjing eller reduksjon?",
}


def make_es_klage(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, email = private_sender(rng, world)
    prop = world.property()
    slots = {"addr": prop.address, "gnr": prop.gnr, "bnr": prop.bnr, "area": rng.randint(90, 320), "year": 2026}
    body = _fill(pick(rng, ES_TEXTS[lang]), slots)
    p13 = rng.random() < 0.25
    if p13:
        body += "\n\n" + ES_P13[lang]
    body = _citizen_noise(rng, body + "\n\n" + _close(rng, lang) + "\n" + p.name, 0.2)
    return _draft(tenant, p.name, email, pick(rng, ["Klage eiendomsskatt", "Eigedomsskatt", "eiendomsskatt",
                                                    f"Klage - gnr {prop.gnr}/{prop.bnr}", "Skatteseddel"]),
                  body, "eiendomsskatt", avsender(p.name, email), skjerming="P13" if p13 else None,
                  personnavn=[p.name] if p13 else [],
                  note="Reveals illness and economy: P13." if p13 else "")


# ----------------------------------------------------------------------------- innsynskrav

INNSYN = {
    "nb": [
        "Jeg ber om innsyn i {doc} i sak {ref}.",
        "Hei\n\nKan jeg få kopi av alle dokumenter i saken om {topic}? Gjerne elektronisk.",
        ("Innsynskrav\n\nMed hjemmel i offentleglova § 3 ber jeg om innsyn i postjournalen for uke {week}, "
        "samt {doc} som er journalført i sak {ref}. Dersom deler av dokumentet unntas, ber jeg om "
        "merinnsynsvurdering og henvisning til hjemmel."),
        ("Hei, jeg er journalist i {paper} og ber om innsyn i korrespondansen mellom kommunen og {firm} "
        "om {topic} de siste tolv månedene."),
    ],
    "nn": [
        "Eg ber om innsyn i {doc} i sak {ref}.",
        "Hei\n\nKan eg få kopi av alle dokumenta i saka om {topic}?",
        ("Med heimel i offentleglova § 3 ber eg om innsyn i {doc} (sak {ref}). Ber om grunngjeving med "
        "heimel dersom noko vert unnateke."),
    ],
    "en": [
        "Dear {kommune}, under the Norwegian Freedom of Information Act I request access to {doc_en} in case {ref}.",
    ],
}


def make_innsyn(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, english=0.06)
    names_open = rng.random() < 0.4
    if names_open:
        case = world.open_case(tenant, pick(rng, ["byggesak", "plansak", "vei_trafikk"]), "Sak om " + "utbygging")
        ref = world.cite(case.sak)
    else:
        ref = world.cite(world.unknown_saknr())
    paper = pick(rng, ["Fjordingen", "Havøyposten", "Kystavisa", "Vestlandsnytt"])
    journalist = "{paper}" in "".join(INNSYN["nb"]) and rng.random() < 0.3
    p, email = private_sender(rng, world)
    if journalist:
        email = f"{p.first.lower()}.{p.last.lower()}@{paper.lower().replace('ø', 'o')}.no"
        email = email.replace("å", "a").replace("æ", "ae").replace("ø", "o").replace(" ", "")
    slots = {"doc": pick(rng, ["vedtaket", "kontrakten", "alle dokumenter", "rapporten", "saksframlegget"]),
                 "doc_en": "the decision", "ref": ref, "week": rng.randint(1, 52), "topic": pick(rng, ["den nye kaia",
                 "skolestrukturen", "utbyggingen i " + pick(rng, PLACES[tenant]), "bompengene"]),
                 "paper": paper, "firm": world.firm().name, "kommune": KOMMUNE[tenant]}
    texts = INNSYN[lang] if journalist is False else INNSYN["nb"][3:]
    body = _fill(pick(rng, texts), slots) + "\n\n" + _close(rng, lang) + "\n" + p.name
    if journalist:
        body += f"\n{paper}"
    return _draft(tenant, p.name, email, pick(rng, ["Innsynskrav", "innsyn", f"Innsyn sak {ref}", "Krav om innsyn",
                                                    "Request for access" if lang == "en" else "Innsynsbegjæring"]),
                  body, "innsynskrav", avsender(p.name, email),
                  note="Innsynskrav names an open case but gets sak null." if names_open else "")


# ----------------------------------------------------------------------------- politisk

POLITISK = {
    "nb": [
        ("Hei ordfører\n\nJeg sitter i kontrollutvalget og ber om at protokollen fra forrige møte rettes: "
        "mitt forslag om å be revisjonen se på {topic} er ikke tatt med."),
        ("Til formannskapet\n\nSom vararepresentant ønsker jeg å gjøre oppmerksom på at sakspapirene til møtet "
        "{date} ikke er lagt ut på nettsiden. Vi har ikke fått tid til å forberede oss."),
        ("Spørsmål til ordføreren fra {party}\n\nHvor mange søknader om {topic} har kommunen avslått det siste "
        "året, og hva er den gjennomsnittlige saksbehandlingstiden?"),
        "hei. kan ikke møte i kveld, sykt barn. kan vara kalles inn?",
        ("Til ordføreren\n\nJeg ønsker å stille følgende spørsmål i kommunestyremøtet {date}:\n\n"
        "Hva vil ordføreren gjøre for å sikre at {topic} ikke blir nedprioritert i neste års budsjett?"),
        "Hei\nmelder forfall til formannskapsmøtet {date} pga jobbreise. Vara er varslet.",
        ("Interpellasjon til kommunestyret {date}\n\nInnbyggerne i {place} opplever at {topic} har blitt "
        "dårligere de siste årene. Vil ordføreren ta initiativ til en gjennomgang?"),
        ("Hei\n\nVi er en gruppe innbyggere som ønsker å bruke åpen halvtime før kommunestyret {date} til å "
        "snakke om {topic}. Hvordan melder vi oss på?"),
    ],
    "nn": [
        ("Til ordføraren\n\nEg vil stille dette spørsmålet i kommunestyremøtet {date}: Kva vil ordføraren gjere "
        "for at {topic} ikkje skal verte nedprioritert i budsjettet?"),
        "Hei\nmelder forfall til formannskapet {date}, er bortreist. Vara er varsla.",
        ("Spørsmål til ordføraren frå {party}\n\nKor mange søknader om {topic} har kommunen avslått i år, og "
        "kor lang er sakshandsamingstida?"),
        "hei. kjem ikkje på møtet i kveld, sjukt barn. kan vara kallast inn?",
        ("Interpellasjon til kommunestyret {date}\n\nFolk i {place} opplever at {topic} har vorte dårlegare. "
        "Vil ordføraren ta initiativ til ein gjennomgang?"),
    ],
}


def make_politisk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, email = private_sender(rng, world)
    slots = {"date": _date(rng, world), "place": pick(rng, PLACES[tenant]),
                 "topic": pick(rng, ["vedlikehald av kommunale vegar" if lang == "nn" else "vedlikehold av kommunale veier",
                                  "ferjetilbodet" if lang == "nn" else "fergetilbudet", "eldreomsorga",
                                  "kulturskulen", "rekruttering av fastleger"])}
    party = pick(rng, ["Ap", "H", "Sp", "FrP", "SV", "KrF", "V", "Bygdelista"])
    slots["party"] = party
    body = _fill(pick(rng, POLITISK[lang]), slots) + "\n\n" + _close(rng, lang) + "\n" + p.name
    if rng.random() < 0.5:
        body += f"\n{party}" if rng.random() < 0.5 else f"\nkommunestyrerepresentant ({party})"
    subject = _subject_for(rng, body, [
        ("forfall", ["Forfall", "forfall formannskapet", "Forfall FSK"]),
        ("vara", ["Forfall i kveld", "forfall"]),
        ("protokoll", ["Retting av protokoll", "Protokoll kontrollutvalget"]),
        ("sakspapir", ["Sakspapirer mangler", "Møtepapir"]),
        ("interpellasjon", ["Interpellasjon", f"Interpellasjon til kommunestyret {slots['date']}"]),
        ("halvtime", ["Åpen halvtime", "Påmelding åpen halvtime"]),
    ], ["Spørsmål til ordføreren", "Spørsmål til ordføraren", "Spørsmål til KST"])
    return _draft(tenant, p.name, email, subject,
                  body, "politisk", avsender(p.name, email))


# ----------------------------------------------------------------------------- horing

HORING_AGENCY = [("Kommunal- og distriktsdepartementet", "postmottak@kdd.dep.no"),
                 ("Vestkyst fylkeskommune", "post@vestkystfylke.no"), ("Landbruksdirektoratet", "postmottak@landbruksdirektoratet.no"),
                 ("Helsedirektoratet", "postmottak@helsedir.no"), ("Miljødirektoratet", "post@miljodir.no"),
                 ("Statens vegvesen", "firmapost@vegvesen.no"), ("Kystverket", "post@kystverket.no")]
HORING_TEXTS = {
    "nb": [
        ("Høring - forslag til endringer i {law}\n\nDepartementet sender med dette på høring forslag til endringer "
        "i {law}. Høringsfristen er {date}. Høringsnotatet finnes på regjeringen.no. Uttalelser sendes "
        "elektronisk via høringsløsningen."),
        ("Vi viser til høringsliste og inviterer kommunen til å gi innspill til utkast til ny veileder om {topic}. "
        "Frist for innspill: {date}."),
        ("Høring av regional plan for {topic}\n\nFylkeskommunen legger planforslaget ut til offentlig ettersyn. "
        "Kommunene er særlig bedt om å vurdere konsekvensene for egne tjenester. Frist {date}."),
        ("Hei\n\nVedlagt følger høringsbrev og høringsnotat om endringer i {law}. Vi ber om at kommunen "
        "videreformidler saken til relevante fagmiljøer."),
    ],
    "nn": [
        ("Høyring - framlegg til endringar i {law}\n\nVi sender med dette på høyring framlegg til endringar i "
        "{law}. Høyringsfristen er {date}."),
        ("Høyring av regional plan for {topic}\n\nFylkeskommunen legg planframlegget ut til offentleg ettersyn. "
        "Kommunane vert bedne om å vurdere konsekvensane for eigne tenester. Frist {date}."),
    ],
}
HORING_UTTALE = {
    "nb": [("Høringsuttalelse fra {org}\n\nVi viser til kommunens høring av {topic}. {org} mener forslaget "
           "svekker tilbudet i {place} og ber om at det vurderes på nytt."),
           ("Hei\n\nVi hadde styremøte i går og ble enige om å sende en kort uttalelse: vi støtter forslaget "
           "om {topic}, men savner en plan for hvordan eldre uten bil skal nå tilbudet."),
           "Vedlagt følger innspill fra {org} til høringen om {topic}. Beklager at det kommer en dag etter fristen."],
    "nn": [("Høyringsfråsegn frå {org}\n\nVi viser til høyringa om {topic}. {org} meiner framlegget svekkjer "
           "tilbodet i {place}, og ber om at det vert vurdert på nytt."),
           ("Hei\n\nStyret har drøfta saka og vil gje ei kort fråsegn: vi stør framlegget om {topic}, men saknar ein "
           "plan for dei eldre som ikkje har bil.")],
}


def make_horing(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    slots = {"law": pick(rng, ["plan- og bygningsloven", "forurensningsforskriften", "helse- og omsorgstjenesteloven",
                                "vegtrafikkloven"]), "topic": pick(rng, ["kommunal beredskap", "overvannshåndtering",
                                "ny skolestruktur", "endra opningstider på biblioteket", "trafikksikkerhetsplan"]),
                 "date": _date(rng, world), "place": pick(rng, PLACES[tenant])}
    if rng.random() < 0.55:
        navn, email = pick(rng, HORING_AGENCY)
        body = _fill(pick(rng, HORING_TEXTS[lang]), slots) + f"\n\n{_formal_close(rng, lang)}\n{navn}"
        return _draft(tenant, navn, email, pick(rng, ["Høring", "Høyring", f"Høring - {slots['law']}"]), body,
                      "horing", avsender(navn, email), style="system" if rng.random() < 0.4 else None)
    p, email = private_sender(rng, world)
    org = f"{slots['place']} {pick(rng, ['pensjonistforening', 'bondelag', 'idrettslag', 'grendalag'])}"
    slots["org"] = org
    case = world.open_case(tenant, "horing", f"Høring - {slots['topic']}")
    body = _fill(pick(rng, HORING_UTTALE[lang]), slots) + f"\n\n{world.cite_phrase(case.sak, lang)}\n\n{_close(rng, lang)}\n{p.name}\n{org}"
    return _draft(tenant, p.name, email, pick(rng, ["Høringsuttalelse", "Høyringsinnspel", f"Uttale - {slots['topic']}"]),
                  body, "horing", avsender(org, email), sak=case.sak)


# ----------------------------------------------------------------------------- tilsyn

TILSYN_AGENCY = [("Statsforvalteren i Vestland", "sfvlpost@statsforvalteren.no"),
                 ("Arbeidstilsynet", "post@arbeidstilsynet.no"), ("Mattilsynet", "postmottak@mattilsynet.no"),
                 ("Direktoratet for byggkvalitet", "post@dibk.no"), ("Datatilsynet", "postkasse@datatilsynet.no")]
TILSYN_TEXTS = {
    "nb": [
        ("Varsel om tilsyn\n\nVi varsler med dette tilsyn med {object} i {kommune}. Tilsynet gjennomføres "
        "{date}. Vi ber om at dokumentasjon i henhold til vedlagte liste sendes oss senest to uker før."),
        ("Endelig tilsynsrapport\n\nVedlagt følger endelig rapport etter tilsynet med {object}. Det ble påpekt "
        "to avvik. Kommunen må sende plan for lukking av avvikene innen {date}."),
        "Se vedlagte brev om oppfølging av tilsyn.",
        ("Hei\n\nVi minner om at dokumentasjonen til tilsynet med {object} ikke er mottatt. Fristen var "
        "i forrige uke. Gi beskjed dersom dere trenger mer tid."),
        ("Foreløpig tilsynsrapport\n\nKommunen gis anledning til å kommentere faktiske feil i rapporten om {object} "
        "innen {date}. Endelig rapport sendes deretter."),
        ("Varsel om pålegg\n\nTilsynet med {object} avdekket brudd på regelverket som ikke er rettet. Vi varsler "
        "derfor vedtak om pålegg. Kommunen kan uttale seg innen {date}."),
    ],
    "nn": [
        ("Varsel om tilsyn\n\nVi varslar med dette tilsyn med {object} i {kommune}. Tilsynet vert gjennomført "
        "{date}. Dokumentasjon etter vedlagd liste må sendast oss seinast to veker før."),
        ("Endeleg tilsynsrapport\n\nVedlagt er endeleg rapport etter tilsynet med {object}. Det vart funne to "
        "avvik. Kommunen må sende plan for lukking innan {date}."),
        "Førebels tilsynsrapport\n\nKommunen kan kommentere faktiske feil i rapporten om {object} innan {date}.",
        ("Hei\n\nVi minner om at dokumentasjonen til tilsynet med {object} ikkje er motteken. Fristen gjekk ut "
        "førre veke."),
    ],
}


def make_tilsyn(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    navn, email = pick(rng, TILSYN_AGENCY)
    slots = {"object": pick(rng, ["vannverket", "kommunens byggesaksbehandling", ("arbeidsmiljøet i "
                                   "heimetenesta"), "internkontroll med personopplysninger", "smittevern på sjukeheimen"]),
                 "kommune": KOMMUNE[tenant], "date": _date(rng, world)}
    text = _fill(pick(rng, TILSYN_TEXTS[lang]), slots)
    body = text + f"\n\n{_formal_close(rng, lang)}\n{world.person().name}\n{navn}"
    subject = _subject_for(rng, text, [("varsel om tilsyn", ["Varsel om tilsyn", "Varsel om tilsyn - " + slots["object"]]),
                                       ("endeleg", ["Endeleg tilsynsrapport", "Tilsynsrapport"]),
                                       ("endelig", ["Endelig tilsynsrapport", "Tilsynsrapport"]),
                                       ("forel", ["Foreløpig tilsynsrapport"]), ("førebels", ["Førebels tilsynsrapport"]),
                                       ("pålegg", ["Varsel om pålegg"]), ("minner", ["Purring - dokumentasjon til tilsyn"])],
                           ["Oppfølging av tilsyn", "Tilsyn"])
    return _draft(tenant, navn, email, subject,
                  body, "tilsyn", avsender(navn, email),
                  attachments=[AttachmentSpec("tilsyn.pdf", "pdf", f"{text}\n\n{navn}")],
                  note="Supervision from an agency: tilsyn, not the area's category.")


# ----------------------------------------------------------------------------- nyhetsbrev

NEWS_SENDERS = [("Byggforum Nord", "nyheter@byggforumnord.no"), ("Norsk Vannforum", "kurs@vannforum.no"),
                ("Europeisk Kommunenettverk", "newsletter@eurolocalnet.eu"), ("Saksflyt AS", "marked@saksflyt.no"),
                ("Kystkommunane", "post@kystkommunane.no"), ("Arkivforum Vest", "nyhende@arkivforumvest.no"),
                ("Veg og Trafikk Vest", "post@vegtrafikkvest.no"), ("Kommunekurs AS", "kurs@kommunekurs.no"),
                ("Takstnett", "nyhetsbrev@takstnett.no"), ("Plannettverket", "info@plannettverket.no")]
NEWS_TEXTS = [
    ("Nyhetsbrev {month}\n\n* Nye regler for {topic} fra 1. januar\n* Kurs: Slik unngår du klager i {topic2}\n"
    "* Årets konferanse – tidlig påmelding\n\nLes mer på nettsiden vår."),
    ("Webinar: {topic} i praksis\n\nBli med når våre rådgivere går gjennom de vanligste feilene kommunene gjør. "
    "Gratis for medlemmer. Påmelding innen {date}."),
    ("Kjære abonnent\n\nI denne utgaven: ny veileder om {topic}, intervju med en byggesaksbehandler og "
    "statistikk over {topic2}."),
    "Fagdag om {topic}\nTid: {date}\nSted: Hotell i sentrum\nPris: kr 2 900\n\nMeld deg på i dag!",
    ("Nytt frå oss i {month}\n\nDenne månaden skriv vi om {topic} og korleis små kommunar kan samarbeide om "
    "{topic2}. Du finn òg lenkje til opptaket frå haustkonferansen."),
    ("Siste sjanse! Earlybird-prisen på årskonferansen går ut {date}. Over 30 foredrag om {topic}, "
    "{topic2} og digitalisering."),
    ("Kurskalender høsten {year}\n\n{date}: Grunnkurs i {topic}\n{date2}: Videregående kurs i {topic2}\n"
    "Alle kurs holdes digitalt. Kursbevis utstedes."),
    ("Newsletter – {month}\n\nNew EU guidance on {topic_en} is out. Read our summary for local authorities "
    "and join our free webinar on {date}."),
    ("Hei!\n\nVisste du at mange kommuner bruker for mye tid på {topic}? Vårt nye fagsystem automatiserer "
    "saksflyten. Book en gratis demo i dag."),
    ("Medlemsinfo\n\nStyret minner om årsmøtet {date}. Saksliste og årsmelding ligger på medlemssidene. "
    "Tema for fagdelen er {topic}."),
]


def make_nyhetsbrev(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    navn, email = pick(rng, NEWS_SENDERS)
    topics = ["byggesaksbehandling", "eiendomsskatt", "overvann", "trafikksikkerhet", "reguleringsplaner",
              "innsyn og offentlighet", "tilsyn med ulovlig bygging"]
    slots = {"month": pick(rng, MONTHS), "topic": pick(rng, topics), "topic2": pick(rng, topics), "date": _date(rng, world),
                 "date2": _date(rng, world), "year": 2026,
                 "topic_en": pick(rng, ["urban wastewater", "building energy performance", "road safety", "open data"])}
    footer = pick(rng, ["Du mottar denne e-posten fordi du abonnerer. Meld deg av her.",
                        "Ønsker du ikke flere e-poster fra oss? Avslutt abonnementet.",
                        "Du får denne e-posten fordi du er medlem. Administrer varsler i profilen din.",
                        "Unsubscribe | View in browser", "Meld deg av nyhetsbrevet"])
    body = _fill(pick(rng, NEWS_TEXTS), slots) + f"\n\n{navn}\n{footer}"
    headers = {"List-Unsubscribe": f"<mailto:avmeld@{email.split('@')[1]}>"} if rng.random() < 0.6 else {}
    subject = _subject_for(rng, body, [("webinar:", [f"Webinar: {slots['topic']}"]), ("fagdag", [f"Fagdag {slots['topic']}"]),
                                       ("kurskalender", ["Kurskalender høsten 2026", "Nye kurs"]),
                                       ("earlybird", ["Siste sjanse: earlybird", "Årskonferansen"]),
                                       ("demo", ["Spar tid i saksbehandlingen", "Gratis demo"]),
                                       ("årsmøte", ["Medlemsinfo", "Innkalling til årsmøte"]),
                                       ("newsletter", [f"Newsletter {slots['month']}"])],
                           [f"Nyhetsbrev {slots['month']}", "Siste nytt", f"Nytt frå oss - {slots['month']}"])
    return _draft(tenant, navn, email, subject,
                  body, "nyhetsbrev", avsender(navn, email), extra_headers=headers, style="bulk",
                  note="Newsletter with in-scope vocabulary: hard negative.")


# ----------------------------------------------------------------------------- autosvar

AUTO = {
    "nb": ["Takk for e-posten. Jeg er på ferie til {date} og leser ikke e-post. Haster det, ring sentralbordet.",
           "Jeg er ute av kontoret til {date}. Henvendelser om byggesaker kan sendes til postmottak.",
           "Hei! Jeg har permisjon og er tilbake {date}.",
           "Jeg er på kurs hele uken med begrenset tilgang til e-post. Svarer så snart jeg kan etter {date}.",
           "Dette er et automatisk svar. Jeg har sluttet i firmaet. Ta kontakt med {other} i stedet.",
           "Hei,\nJeg er på befaring ute i felt i dag og kommer ikke til å lese e-post før i morgen.",
           "Takk for henvendelsen! Vi har mottatt e-posten din og svarer normalt innen tre virkedager.",
           "Fravær: {date}. Ved akutte saker kontakt {other} på {phone}."],
    "nn": ["Takk for e-posten. Eg er på ferie til {date} og les ikkje e-post. Hastar det, ring sentralbordet.",
           "Eg er ikkje på kontoret før {date}. Saker som hastar kan sendast til postmottak.",
           "Eg er på kurs denne veka og har avgrensa tilgang til e-post. Svarar etter {date}.",
           "Dette er eit automatisk svar. Eg har slutta. Ta kontakt med {other} i staden.",
           "Fråvær til {date}. Ved hastesaker kontakt {other}, tlf. {phone}."],
    "en": ["Thank you for your email. I am out of the office until {date} with limited access to email.",
           "I am currently travelling and will respond after {date}. For urgent matters contact {other}.",
           "This is an automatic reply. Your message has been received and will be handled shortly."],
}


def make_autosvar(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, english=0.15)
    if rng.random() < 0.5:
        p, firm, email = firm_sender(rng, world)
        tail = f"\n\n{p.name}\n{firm.name}" if rng.random() < 0.6 else ""
    else:
        p, email = private_sender(rng, world)
        tail = f"\n\n{_close(rng, lang)}\n{p.first}" if rng.random() < 0.5 else ""
    orig_subject = pick(rng, ["Vedtak - byggesak", f"Eigedomsskatt gnr {rng.randint(1, 200)}/{rng.randint(1, 300)}",
                              "Innkalling til møte", "Svar på innsynskrav", "Varsel om gravearbeid",
                              "Mangelbrev", "Høring - trafikksikkerhetsplan", "Tilsynsrapport"])
    other = world.person().name
    body = _fill(pick(rng, AUTO[lang]), {"date": _date(rng, world), "other": other, "phone": world.phone()}) + tail
    headers = {"Auto-Submitted": "auto-replied"} if rng.random() < 0.6 else {}
    prefix = {"nb": pick(rng, ["Automatisk svar: ", "Fraværende: ", "Autosvar: "]),
              "nn": pick(rng, ["Automatisk svar: ", "Fråverande: "]),
              "en": pick(rng, ["Automatic reply: ", "Out of Office: "])}[lang]
    return _draft(tenant, p.name, email, prefix + orig_subject, body, "autosvar", avsender(p.name, email),
                  extra_headers=headers, note="Out-of-office reply; subject names a kommune matter.")


# ----------------------------------------------------------------------------- intern

INTERN = {
    "nb": ["Hei alle\n\nDet er kake på pauserommet i andre etasje kl. 13 – {first} har bursdag!",
           "Minner om at printeren på {place}-kontoret er ute av drift til torsdag. Bruk den i resepsjonen.",
           "Hei\nhar noen sett laderen min? Lå på møterommet i går. {first}",
           "Påminnelse: personalmøte {date} kl. 09.00 i kommunestyresalen. Ta med innspill til juleavslutningen.",
           "Hei\n\nJeg bytter vakt med {other} neste uke, så jeg er på servicetorget tirsdag og ikke onsdag.",
           "Er det noen som skal til {place} i morgen og har plass i bilen? Tjenestebilen er booket.",
           "Hei dere\nKantina er stengt fredag pga. vareopptelling. Ta med matpakke!",
           "Takk for en fin sommeravslutning alle sammen! Bildene ligger på fellesområdet.",
           "Hei {other}\nkan du se på utkastet mitt til budsjettnotatet før lunsj? Ligger i Teams."],
    "nn": ["Hei alle\n\nDet er kake på pauserommet kl. 13 – {first} har bursdag!",
           "Minner om at skrivaren er ute av drift til torsdag. Bruk den i resepsjonen.",
           "Påminning: personalmøte {date} kl. 09.00 i kommunestyresalen.",
           "Er det nokon som skal til {place} i morgon og har plass i bilen?",
           "Hei {other}\nkan du sjå over utkastet mitt før lunsj? Det ligg i Teams.",
           "Kantina er stengd fredag. Ta med matpakke!",
           "Eg byter vakt med {other} neste veke, så eg er på servicetorget tysdag."],
}


def _meeting_invite(rng: random.Random, world: World, tenant: str, lang: str) -> Draft:
    emp, emp_mail = world.employee(tenant)
    topic = pick(rng, ["Fagmøte byggesak", "Planlegging av budsjettseminar", "Avdelingsmøte teknisk",
                       "Gjennomgang av rutinar for postmottak", "Oppstart nytt sak/arkivsystem", "Julebord-komité"])
    when = _date(rng, world)
    text = pick(rng, {"nb": ["Hei\n\nSender invitasjon til {t} {d}. Agenda kommer.",
                             "Velkommen til {t}. Møtet er på Teams, lenke i invitasjonen.",
                             "Hei alle, setter opp et kort møte om {t} {d}. Si fra om tidspunktet ikke passer."],
                      "nn": ["Hei\n\nSender invitasjon til {t} {d}. Agenda kjem.",
                             "Hei alle, set opp eit kort møte om {t} {d}. Sei frå om tida ikkje passar."]}[lang])
    body = text.format(t=topic.lower(), d=when) + "\n\n" + emp.first
    return _draft(tenant, emp.name, emp_mail, f"Invitasjon: {topic}", body, "intern", avsender(emp.name, emp_mail),
                  attachments=[AttachmentSpec("invite.ics", "ics", f"{topic}\n{when}")],
                  note="Internal meeting invitation with calendar file.")


def make_intern(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    if rng.random() < 0.25:
        return _meeting_invite(rng, world, tenant, lang)
    emp, emp_mail = world.employee(tenant)
    body = _fill(pick(rng, INTERN[lang]), {"first": emp.first, "place": pick(rng, PLACES[tenant]),
                                               "date": _date(rng, world), "other": world.person().first})
    body += "\n\n" + (emp.first if rng.random() < 0.6 else _employee_sig(rng, emp, tenant, lang))
    subject = _subject_for(rng, body, [("kake", ["Kake!", "Bursdag"]), ("print", ["Printer", "Skrivar"]),
                                       ("skrivar", ["Skrivar", "Printer"]), ("personalmøte", ["Personalmøte"]),
                                       ("lader", ["lader??"]), ("bil", ["Skyss?", "Bil"]),
                                       ("kantin", ["Kantina", "Fredag"]), ("vakt", ["Vaktbytte"]),
                                       ("utkast", ["Utkast", "Kan du sjå på dette?"])], ["Info", "Til alle"])
    return _draft(tenant, emp.name, emp_mail, subject,
                  body, "intern", avsender(emp.name, emp_mail))


# ----------------------------------------------------------------------------- more voices

INNSYN_ADVOKAT = {
    "nb": [
        ("Innsynsbegjæring\n\nVi representerer {client} og ber på vegne av vår klient om innsyn i samtlige "
        "dokumenter i sak {ref}, herunder interne notater og korrespondanse med tiltakshaver. Vi ber om at "
        "innsyn gis fortløpende, jf. offentleglova § 29."),
        ("Hei\n\nVi ber om kopi av saksdokumentene knyttet til {topic} ({ref}). Dokumentene kan sendes til "
        "denne adressen."),
        ("Vår klient har behov for dokumentasjon i forbindelse med en tvist. Vi ber derfor om innsyn i "
        "postjournalen for perioden {date1}–{date2} for saker som gjelder {topic}."),
    ],
    "nn": [
        ("Krav om innsyn\n\nVi representerer {client} og ber om innsyn i alle dokumenta i sak {ref}, "
        "medrekna interne notat. Vi ber om at innsyn vert gjeve fortløpande."),
        "Vi ber om kopi av saksdokumenta om {topic} ({ref}).",
    ],
}


def make_innsyn_advokat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, firm, email = firm_sender(rng, world, "advokat")
    sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.5)
    open_named = rng.random() < 0.5
    sak = world.open_case(tenant, "byggesak", "Tilbygg og bruksendring").sak if open_named else world.unknown_saknr()
    slots = {"client": pick(rng, ["Eiendomsselskapet i sentrum", "grunneierne i " + pick(rng, PLACES[tenant]),
                                   "en nabo til tiltaket", world.firm().name]),
                 "ref": world.cite(sak), "topic": pick(rng, ["oppføring av næringsbygg", "kaiutvidelsen",
                                                       "tomtesalget i " + pick(rng, PLACES[tenant])]),
                 "date1": _date(rng, world, False), "date2": _date(rng, world, False)}
    body = _fill(pick(rng, INNSYN_ADVOKAT[lang]), slots) + "\n\n" + sig
    return _draft(tenant, p.name, email, pick(rng, ["Innsynsbegjæring", "Innsyn - sak " + slots["ref"], "Krav om innsyn"]),
                  body, "innsynskrav", avsender(firm.name, email, orgnr),
                  note="Innsynskrav gets sak null even when it names an open case." if open_named else "")


ES_FIRMA = {
    "nb": [
        ("Klage på utskrevet eiendomsskatt for {year}\n\n{firm} eier lagerbygget på gnr. {gnr} bnr. {bnr}. "
        "Bygget har stått tomt siden i fjor og er i dårlig stand. Vi mener takstgrunnlaget på {value} er "
        "for høyt og ber om ny befaring. Driftsregnskap kan ettersendes."),
        ("Hei\n\nVi har mottatt skatteseddel for eiendomsskatt på næringseiendommen vår i {addr}. Arealet i "
        "taksten stemmer ikke: en del av bygget ble revet i {month}. Se vedlagt rivingsmelding."),
        ("På vegne av {firm} klager vi på eiendomsskatten for kraftanlegget. Verdsettelsen avviker fra "
        "Skatteetatens formuesgrunnlag uten at det er begrunnet."),
    ],
    "nn": [
        ("Klage på eigedomsskatt for {year}\n\n{firm} eig lagerbygget på gnr. {gnr} bnr. {bnr}. Bygget har "
        "stått tomt sidan i fjor. Vi meiner taksten på {value} er for høg og ber om ny synfaring."),
        ("Hei\n\nVi har fått skattesetel for eigedomsskatt på næringseigedomen i {addr}. Arealet stemmer ikkje, "
        "ein del av bygget vart rive i {month}."),
    ],
}


def make_es_firma(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, firm, email = firm_sender(rng, world)
    sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.6)
    prop = world.property()
    slots = {"year": 2026, "firm": firm.name, "gnr": prop.gnr, "bnr": prop.bnr, "addr": prop.address, "month": pick(rng, MONTHS),
                 "value": f"kr {rng.randint(2, 40)} {rng.randint(100, 999)} 000"}
    body = _fill(pick(rng, ES_FIRMA[lang]), slots) + "\n\n" + sig
    return _draft(tenant, p.name, email, pick(rng, ["Klage på eiendomsskatt", f"Eiendomsskatt gnr {prop.gnr}/{prop.bnr}",
                                                    "Eigedomsskatt - klage", "Skatteseddel næringseiendom"]),
                  body, "eiendomsskatt", avsender(firm.name, email, orgnr))


POLITISK_LAG = {
    "nb": [
        ("Til kommunestyret i {kommune}\n\nVedlagt følger innbyggerinitiativ med {n} underskrifter om å "
        "bevare {topic}. Vi ber om at saken tas opp innen seks måneder, slik kommuneloven krever."),
        ("Til gruppelederne\n\n{org} ber om et møte med partiene før budsjettbehandlingen for å orientere om "
        "situasjonen for {topic}."),
        "Hei\n\nHer er et åpent brev fra {org} til ordfører og kommunestyre om {topic}. Se vedlegg.",
    ],
    "nn": [
        ("Til kommunestyret i {kommune}\n\nVedlagt er innbyggjarinitiativ med {n} underskrifter om å ta vare på "
        "{topic}. Vi ber om at saka vert handsama innan seks månader."),
        "Til gruppeleiarane\n\n{org} ber om eit møte med partia før budsjetthandsaminga om {topic}.",
    ],
}


def make_politisk_lag(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, email = private_sender(rng, world)
    place = pick(rng, PLACES[tenant])
    org = f"{place} {pick(rng, ['ungdomslag', 'foreldreutval', 'sanitetslag', 'vel', 'aksjonsgruppe'])}"
    slots = {"kommune": KOMMUNE[tenant], "n": rng.randint(120, 900), "org": org,
                 "topic": pick(rng, [f"skulen i {place}", "nærbutikken", "ferjekaien", "legekontoret i bygda",
                                  "badeplassen"])}
    text = _fill(pick(rng, POLITISK_LAG[lang]), slots)
    body = text + f"\n\n{_close(rng, lang)}\n{p.name}\n{org}"
    return _draft(tenant, p.name, email, pick(rng, ["Innbyggerinitiativ", "Åpent brev", "Ønske om møte", "Til kommunestyret"]),
                  body, "politisk", avsender(org, email),
                  attachments=[AttachmentSpec("brev.pdf", "pdf", text)] if rng.random() < 0.5 else [])


TILSYN_SVAR = {
    "nb": [
        ("Vi viser til kommunens brev med plan for lukking av avvik etter tilsynet. Planen godtas for avvik 1. "
        "For avvik 2 ber vi om ytterligere dokumentasjon innen {date}."),
        "Vi har mottatt anmodning om utsatt frist. Fristen for å lukke avvikene forlenges til {date}.",
        "Etter gjennomgang av tilsendt dokumentasjon anser vi avvikene som lukket. Tilsynet avsluttes.",
    ],
    "nn": [
        ("Vi viser til brevet frå kommunen med plan for lukking av avvik. Planen vert godteken for avvik 1. "
        "For avvik 2 ber vi om meir dokumentasjon innan {date}."),
        "Fristen for å lukke avvika vert forlengd til {date}.",
    ],
}


def make_tilsyn_oppfolging(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    navn, email = pick(rng, TILSYN_AGENCY)
    case = world.open_case(tenant, "tilsyn", f"Tilsyn - {navn}", part=navn)
    writer = world.person()
    body = (world.cite_phrase(case.sak, lang) + "\n\n" + _fill(pick(rng, TILSYN_SVAR[lang]),
            {"date": _date(rng, world)}) + f"\n\n{_formal_close(rng, lang)}\n{writer.name}\n{pick(rng, ['seniorrådgiver', 'inspektør', 'rådgjevar'])}\n{navn}")
    subject = _subject_for(rng, body, [("forleng", ["Utsatt frist", "Svar på søknad om utsatt frist"]),
                                       ("avslutt", ["Tilsynet er avsluttet", "Avslutning av tilsyn"])],
                           ["Svar - lukking av avvik", "Oppfølging av tilsyn"])
    return _draft(tenant, navn, email, subject,
                  body, "tilsyn", avsender(navn, email), sak=case.sak)


VEI_MEMO = {
    "nb": [("Telefonnotat\n\nInnbygger i {addr} ringte om sprekk i støttemuren langs veien. Må befares før "
           "helgen. Kontaktes på telefon etter befaring."),
           "Notat: Skiltplan for {addr} er kontrollert og godkjent muntlig. Til orientering, legges i saken."],
    "nn": [("Telefonnotat\n\nInnbyggjar i {addr} ringde om sprekk i støttemuren langs vegen. Må synfarast før "
           "helga."),
           "Notat: Skiltplan for {addr} er kontrollert og godkjend munnleg. Til orientering, vert lagd i saka."],
}


def make_vei_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    emp, emp_mail = world.employee(tenant)
    idx = rng.randrange(2)
    addr = world.street()
    body = _fill(VEI_MEMO[lang][idx], {"addr": addr}) + "\n\n" + (emp.first if rng.random() < 0.5 else
                                                                    _employee_sig(rng, emp, tenant, lang))
    return _draft(tenant, emp.name, emp_mail, pick(rng, ["Telefonnotat", "Notat", f"Notat - {addr}"]), body,
                  "vei_trafikk", avsender(emp.name, emp_mail), journalposttype="N" if idx == 0 else "X",
                  note="Internal memo by an employee.")


VA_REPLY = {
    "nb": [("Hei\n\nJeg har fått varsel om pålegg om tilknytning til offentlig avløp. Vi har en godkjent "
           "septiktank fra 2012 og mener kostnaden på over hundre tusen er urimelig. Kan vi få utsettelse?"),
           ("Takk for brevet. Vi er enige i påleggene, men rørleggeren kan tidligst komme i {month}. Ber om at "
           "fristen forlenges."),
           "Hei\nvi forstår ikke hvorfor vi skal betale tilknytningsgebyr når huset har vært tilknyttet siden 60-tallet?"],
    "nn": [("Hei\n\nEg har fått varsel om pålegg om tilknyting til offentleg avlaup. Vi har godkjend slamavskiljar "
           "frå 2012, og kostnaden er urimeleg. Kan vi få utsetjing?"),
           "Takk for brevet. Røyrleggjaren kan tidlegast kome i {month}. Vi ber om lengre frist."],
}


def make_va_svar(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, email = private_sender(rng, world)
    prop = world.property()
    case = world.open_case(tenant, "vann_avlop", f"Pålegg om tilknytning - gnr {prop.gnr}/{prop.bnr}", prop=prop,
                           part=p.name)
    emp, emp_mail = world.employee(tenant)
    body = _citizen_noise(rng, _fill(pick(rng, VA_REPLY[lang]), {"month": pick(rng, MONTHS)}) +
                          f"\n\n{_close(rng, lang)}\n{p.name}", 0.2)
    letter = ("Kommunen varsler pålegg om tilknytning til offentlig avløpsnett for eiendommen gnr. "
              f"{prop.gnr} bnr. {prop.bnr}, {prop.address}. Frist for merknader er tre uker.")
    quoted = EarlierMessage(emp.name, emp_mail, f"Varsel om pålegg - {world.cite_phrase(case.sak, lang)}",
                            letter + "\n\n" + _employee_sig(rng, emp, tenant, lang))
    return _draft(tenant, p.name, email, "SV: " + quoted.subject, body, "vann_avlop", avsender(p.name, email),
                  quoted=quoted, sak=case.sak, note="Case number only in the quoted kommune letter.")


# ----------------------------------------------------------------------------- byggesak, further voices

FOREIGN_FIRMS = [("Nordic Modular Homes AB", "se"), ("Baltic Timber Frames UAB", "lt"),
                 ("Budmax Construction Sp. z o.o.", "pl"), ("Scandi Prefab OÜ", "ee"), ("Haus Nord GmbH", "de")]
BYGG_FOREIGN = [
    ("Dear Sir/Madam,\n\nWe are delivering a prefabricated house to {owner} at {addr} (gnr {gnr}/{bnr}). "
    "Our Norwegian partner says we need to apply for responsibility (ansvarsrett) for the production. "
    "Can you confirm which documents you need from us, and whether our CE documentation is sufficient?"),
    ("Hello\n\nplease find attached the updated drawings for the garage project at {addr}. Sorry for delay, "
    "our engineer was sick. Let me know if something is missing."),
    ("Good morning,\n\nWe have been asked by the building owner to install new windows and a balcony at {addr}. "
    "Do we need a building permit for this in your municipality, or is a notification enough? "
    "We are a foreign company without a Norwegian org number yet."),
    ("Hi,\nwe got a letter from you about missing documentation in the application for {addr}. "
    "We do not read Norwegian well. Could you please explain in English what is missing? Thank you."),
]


def make_bygg_utenlandsk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    firm_name, cc = pick(rng, FOREIGN_FIRMS)
    p = world.person()
    domain = firm_name.split()[0].lower() + {"se": ".se", "lt": ".lt", "pl": ".pl", "ee": ".ee", "de": ".de"}[cc]
    email = f"{pick(rng, ['office', 'projects', 'info', 'sales'])}@{domain}"
    prop = world.property()
    idx = rng.randrange(len(BYGG_FOREIGN))
    case = None
    if idx in (1, 3) or rng.random() < 0.3:
        case = world.open_case(tenant, "byggesak", f"Gnr {prop.gnr}/{prop.bnr} - {pick(rng, TILTAK)}", prop=prop)
    body = _fill(BYGG_FOREIGN[idx], {"owner": world.person().name, "addr": prop.address, "gnr": prop.gnr, "bnr": prop.bnr})
    if case:
        body += f"\n\n{pick(rng, ['Your ref.', 'Case no.', 'Ref:', 'Saksnr'])} {world.cite(case.sak)}"
    body += f"\n\n{pick(rng, ['Best regards', 'Kind regards', 'Regards'])}\n{p.name}\n{firm_name}"
    if rng.random() < 0.4:
        body = typos(rng, body, 0.01)
    return _draft(tenant, p.name, email, pick(rng, ["Building permit question", f"Project {prop.address}",
                                                    "Documents", "Ansvarsrett / responsibility", "RE: missing documents"]),
                  body, "byggesak", avsender(firm_name, email), sak=case.sak if case else None,
                  note="Foreign firm writing in English; no Norwegian orgnr stated.")


BYGG_ULOVLIG = {
    "nb": [
        ("Anmodning om ulovlighetsoppfølging – gnr. {gnr} bnr. {bnr}, {addr}\n\n"
        "Vi representerer {client}, eier av naboeiendommen. Det er i løpet av sommeren oppført en "
        "betydelig terrengmur og et frittliggende bygg på eiendommen gnr. {gnr} bnr. {bnr}. Så vidt vi kan se "
        "av kommunens postjournal foreligger det verken søknad eller tillatelse.\n\n"
        "Tiltakene fører til at overvann ledes inn på vår klients tomt, og muren står etter vår vurdering "
        "nærmere enn fire meter fra nabogrensen. Vi ber kommunen om å vurdere stansing, jf. plan- og "
        "bygningsloven kapittel 32, og om å bli holdt orientert om videre oppfølging."),
        "Se vedlagte brev om ulovlig oppført tilbygg på {addr}, gnr. {gnr}/{bnr}.",
        ("Hei\n\nJeg skriver på vegne av sameiet i {addr}. En av seksjonseierne har bygget inn balkongen sin "
        "uten samtykke fra styret og, etter det vi forstår, uten søknad. Vi ber kommunen se på saken."),
    ],
    "nn": [
        ("Oppmoding om ulovlegoppfølging – gnr. {gnr} bnr. {bnr}, {addr}\n\n"
        "Vi representerer {client}, som eig naboeigedomen. I sommar er det sett opp ein stor mur og eit "
        "frittståande bygg på gnr. {gnr} bnr. {bnr}. Vi kan ikkje sjå at det ligg føre søknad eller løyve. "
        "Overvatn vert no leidd inn på tomta til klienten vår. Vi ber kommunen vurdere stans."),
        "Sjå vedlagde brev om ulovleg oppført tilbygg i {addr}, gnr. {gnr}/{bnr}.",
    ],
}


def make_bygg_ulovlig(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    prop = world.property()
    idx = rng.randrange(len(BYGG_ULOVLIG[lang]))
    text = BYGG_ULOVLIG[lang][idx]
    client = world.person()
    slots = {"gnr": prop.gnr, "bnr": prop.bnr, "addr": prop.address, "client": client.name}
    if "sameiet" in text:
        p, email = private_sender(rng, world)
        org = f"Sameiet {prop.address.rsplit(' ', 1)[0]}"
        body = _fill(text, slots) + f"\n\n{_close(rng, lang)}\n{p.name}\nstyreleder"
        return _draft(tenant, p.name, email, "Ulovlig innbygging av balkong", body, "byggesak", avsender(org, email))
    p, firm, email = firm_sender(rng, world, "advokat")
    sig, orgnr = _firm_sig(rng, world, p, firm, email, lang, 0.6)
    letter_text = _fill(BYGG_ULOVLIG[lang][0], slots)
    body = _fill(text, slots) + "\n\n" + sig
    attachments = [AttachmentSpec("Brev_til_kommunen.pdf", "pdf", letter_text + f"\n\n{firm.name}\n{_orgline(rng, firm.orgnr)}")] \
        if idx == 1 else []
    if attachments:
        orgnr = firm.orgnr
    return _draft(tenant, p.name, email, pick(rng, [f"Gnr {prop.gnr}/{prop.bnr} - ulovlig byggearbeid",
                                                    "Anmodning om ulovlighetsoppfølging", f"{prop.address}"]),
                  body, "byggesak", avsender(firm.name, email, orgnr), attachments=attachments,
                  note="Lawyer's request for illegal-building follow-up; the neighbour client is not the avsender.")


# ----------------------------------------------------------------------------- plansak / eiendomsskatt, further voices

PLAN_BONDE = {
    "nn": [
        ("Hei\n\nEg driv garden på gnr. {gnr} bnr. {bnr} og har sett at de held på med ny arealdel. Eg har to "
        "ungar som gjerne vil flytte heim att og byggje, og vi har ein teig nede ved vegen som ikkje er dyrka "
        "jord, berre skog og stein. Kan den leggjast ut til bustad? Eg har eit kart, men veit ikkje korleis eg "
        "sender det.\n\nTa gjerne ein telefon."),
        ("Til kommunen\n\nInnspel til kommuneplanen frå {name}. Teigen min ved {place} er i dag LNF. Eg vil "
        "ha han omdisponert til fritidsbustader, 4–5 tomter. Det er veg og straum fram. Grunngjeving: "
        "bygda treng folk, og det er ingen andre ledige tomter her."),
        ("vi skjønar ikkje kvifor heile strandsona vår er lagd ut som friluftsområde i framlegget. "
        "det er privat grunn og har vore i slekta sidan 1800-talet. ber om at dette vert teke ut"),
    ],
    "nb": [
        ("Hei\n\nJeg driver gården på gnr. {gnr} bnr. {bnr} og har sett at dere jobber med ny arealdel. Barna "
        "våre vil gjerne flytte hjem og bygge, og vi har et stykke nede ved veien som ikke er dyrket mark. "
        "Kan det legges ut til bolig?"),
        ("Innspill til kommuneplanen\n\nJeg eier et område ved {place} som i dag er LNF. Jeg ønsker det "
        "omdisponert til 4–5 hyttetomter. Det er vei og strøm fram."),
        ("vi skjønner ikke hvorfor hele strandsonen vår er lagt ut som friluftsområde i forslaget. det er "
        "privat grunn. ber om at dette tas ut"),
    ],
}


def make_plan_bonde(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if rng.random() < (0.75 if tenant == "havoy" else 0.4) else "nb"
    p, email = private_sender(rng, world)
    prop = world.property()
    body = _fill(pick(rng, PLAN_BONDE[lang]), {"gnr": prop.gnr, "bnr": prop.bnr, "name": p.name,
                                                   "place": pick(rng, PLACES[tenant])})
    case = None
    if rng.random() < 0.4:
        case = world.open_case(tenant, "plansak", "Kommuneplanens arealdel - revisjon")
        body += "\n\n" + world.cite_phrase(case.sak, lang)
    body = _citizen_noise(rng, body + f"\n\n{_close(rng, lang)}\n{p.name}\n{world.phone()}", 0.2)
    return _draft(tenant, p.name, email, pick(rng, ["Kommuneplanen", "innspel arealdel", "Innspill til kommuneplan",
                                                    f"gnr {prop.gnr}/{prop.bnr}", "Strandsona", ""]),
                  body, "plansak", avsender(p.name, email), sak=case.sak if case else None)


ES_REPLY = {
    "nb": [("Takk for svaret, men jeg er fortsatt ikke enig. Dere har ikke svart på det jeg skrev om loftet. "
           "Jeg ber om at klagen sendes videre til klagenemnda."),
           ("Hei\n\nJeg har nå fått bekreftet fra takstmann at boligen er på {area} m² BRA. Rapporten er vedlagt. "
           "Ber om at vedtaket omgjøres."),
           "Hvor lang tid tar det før klagen blir behandlet? Fakturaen forfaller snart, skal jeg betale i mellomtiden?"],
    "nn": [("Takk for svaret, men eg er framleis ikkje samd. De har ikkje svart på det eg skreiv om loftet. "
           "Eg ber om at klaga vert send vidare til klagenemnda."),
           "Kor lang tid tek det før klaga vert handsama? Fakturaen forfell snart, skal eg betale i mellomtida?"],
}


def make_es_svar(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if _lang(rng, tenant) == "nn" else "nb"
    p, email = private_sender(rng, world)
    prop = world.property()
    case = world.open_case(tenant, "eiendomsskatt", f"Klage på eiendomsskatt - gnr {prop.gnr}/{prop.bnr}", prop=prop,
                           part=p.name)
    emp, emp_mail = world.employee(tenant)
    body = _fill(pick(rng, ES_REPLY[lang]), {"area": rng.randint(80, 260)}) + f"\n\n{_close(rng, lang)}\n{p.name}"
    body = _citizen_noise(rng, body, 0.25)
    quoted = EarlierMessage(emp.name, emp_mail, f"Eiendomsskatt gnr {prop.gnr}/{prop.bnr} - {world.cite_phrase(case.sak, lang)}",
                            "Sakkyndig nemnd har vurdert klagen og finner ikke grunnlag for å endre takstvedtaket.\n\n"
                            + _employee_sig(rng, emp, tenant, lang))
    return _draft(tenant, p.name, email, pick(rng, ["SV: ", "Re: ", "Sv: "]) + quoted.subject, body, "eiendomsskatt",
                  avsender(p.name, email), quoted=quoted, sak=case.sak)


# ----------------------------------------------------------------------------- registry

def _family(name: str, make, weight: float) -> Family:
    return Family(name=f"{name}", category=name.split(".")[0], make=make, weight=weight, writer=WRITER)


FAMILIES = [
    _family("byggesak.vo_vedlegg_soknad", make_bygg_vedlegg, 1.0),
    _family("byggesak.vo_borger_sporsmal", make_bygg_sporsmal, 0.9),
    _family("byggesak.vo_svar_mangel", make_bygg_svar, 0.8),
    _family("byggesak.vo_videresendt_nabo", make_bygg_videresendt, 0.6),
    _family("byggesak.vo_notat", make_bygg_notat, 0.3),
    _family("byggesak.vo_utenlandsk", make_bygg_utenlandsk, 0.3),
    _family("byggesak.vo_ulovlig", make_bygg_ulovlig, 0.4),
    _family("plansak.vo_innspill", make_plan_innspill, 0.8),
    _family("plansak.vo_konsulent", make_plan_konsulent, 0.5),
    _family("plansak.vo_grunneier", make_plan_bonde, 0.4),
    _family("vann_avlop.vo_borger", make_va_borger, 0.8),
    _family("vann_avlop.vo_rorlegger", make_va_rorlegger, 0.5),
    _family("vei_trafikk.vo_borger", make_vei_borger, 0.9),
    _family("vei_trafikk.vo_entreprenor", make_vei_entreprenor, 0.5),
    _family("eiendomsskatt.vo_klage", make_es_klage, 0.7),
    _family("innsynskrav.vo_krav", make_innsyn, 1.2),
    _family("politisk.vo_representant", make_politisk, 0.9),
    _family("horing.vo_horing", make_horing, 0.9),
    _family("tilsyn.vo_tilsyn", make_tilsyn, 0.9),
    _family("nyhetsbrev.vo_fag", make_nyhetsbrev, 1.8),
    _family("autosvar.vo_fravaer", make_autosvar, 1.4),
    _family("intern.vo_kollega", make_intern, 1.0),
    _family("innsynskrav.vo_advokat", make_innsyn_advokat, 0.5),
    _family("eiendomsskatt.vo_firma", make_es_firma, 0.4),
    _family("eiendomsskatt.vo_svar", make_es_svar, 0.3),
    _family("politisk.vo_lag", make_politisk_lag, 0.4),
    _family("tilsyn.vo_oppfolging", make_tilsyn_oppfolging, 0.4),
    _family("vei_trafikk.vo_notat", make_vei_notat, 0.3),
    _family("vann_avlop.vo_svar_palegg", make_va_svar, 0.4),
]
