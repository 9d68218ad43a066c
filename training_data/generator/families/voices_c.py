"""A third set of voices: rural and older writers, and the small-business side of rural life.

Farmers writing about driftsbygning, kårbolig and landbruksvei; fishermen and boat owners;
cabin owners writing from elsewhere in Norway; pensioners whose long, polite letters get to
the point in the third paragraph; people who write in all lower case or with odd punctuation;
a daughter writing for her old father; dialect-coloured nynorsk.  Also the village shop, the
idrettslag and the grendelag, and a small entreprenør sending byggesak documentation.  Their
negatives: a farm-supply newsletter, a cooperative's invoice and annual-meeting invitation,
phishing dressed as the agricultural authorities, a pump-station alarm, a relative's private
mail to an employee.

Each family holds several hand-written texts (per written standard where it matters) with
slots only for names, places, numbers and dates.  Nothing is copied from other modules.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import partial

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families import people
from training_data.generator.families.common import (
    avsender,
    firm_sender,
    kommune_name,
    mobile_footer,
    name_or_sign_off,
    names_shown,
    pick,
    pick_tenant,
    private_sender,
    terse,
    typos,
    variant_lang,
)
from training_data.generator.world import TENANTS, Person, Property, World

WRITER = "w-voices-c"
WEIGHT_SCALE = 0.66  # raw weights below sum to about 30; scaled, the module is about 20 of a ~265 corpus


# --- small helpers -------------------------------------------------------------------


def _place(tenant: str) -> str:
    return kommune_name(tenant).split()[0]


def _fill(text: str, slots: dict[str, str]) -> str:
    return text.format(**slots)


# older and rural writers more often end with just their name
_sign = partial(name_or_sign_off, first_name=0.12, full_name=0.2)


def _old_sign(rng: random.Random, p: Person, lang: str, place: str) -> str:
    """How an older person signs a letter: warm closing, full name, sometimes the farm or the town."""
    nb = ["Med vennlig hilsen", "Vennlig hilsen", "Med hilsen", "Ærbødigst", "Hilsen fra", "Med beste hilsener"]
    nn = ["Med venleg helsing", "Helsing", "Venleg helsing", "Med beste helsing"]
    head = pick(rng, nn if lang == "nn" else nb)
    tail = pick(rng, ["", f"\n{place}", f"\n({place})", ""])
    return f"{head}\n{p.name}{tail}"


def _protect(body: str, protect: list[str] | tuple[str, ...], fn: Callable[[str], str]) -> str:
    keep = {f"\x00{i}\x00": s for i, s in enumerate(sorted(set(protect), key=len, reverse=True))}
    for mark, s in keep.items():
        body = body.replace(s, mark)
    body = fn(body)
    for mark, s in keep.items():
        body = body.replace(mark, s)
    return body


def _noise(rng: random.Random, body: str, lang: str, protect: list[str] | tuple[str, ...] = (),
           terse_p: float = 0.25, typo_p: float = 0.3, footer_p: float = 0.2) -> str:
    """Phone-typed or hurried mail: sometimes terse, sometimes with slips and a mobile footer."""
    if rng.random() < terse_p:
        body = _protect(body, protect, lambda b: terse(rng, b))
    if rng.random() < typo_p:
        body = _protect(body, protect, lambda b: typos(rng, b, 0.015))
    if rng.random() < footer_p:
        body += "\n\n" + mobile_footer(rng, lang if lang in ("nb", "nn", "en") else "nb")
    return body


def _lower_voice(body: str, protect: list[str] | tuple[str, ...] = ()) -> str:
    """The writer who never uses the shift key (names in ``protect`` kept so labels match)."""
    return _protect(body, protect, lambda b: b.lower())


def _dots(rng: random.Random, body: str) -> str:
    """Odd punctuation: full stops become '...' or '..', commas lose their space."""
    style = rng.random()
    if style < 0.5:
        body = re.sub(r"\.(\s)", lambda m: pick(rng, ["...", "..", "....", "."]) + m.group(1), body)
    else:
        body = re.sub(r", ", lambda m: pick(rng, [",", " ,", ", "]), body)
        body = re.sub(r"\?(\s|$)", lambda m: "??" + m.group(1), body)
    return body


def _gbnr(rng: random.Random, prop: Property, lang: str = "nb") -> str:
    g, b = prop.gnr, prop.bnr
    return pick(rng, [f"gnr. {g} bnr. {b}", f"gnr {g}/bnr {b}", f"{g}/{b}", f"g.nr {g} b.nr {b}",
                      f"gards- og bruksnr. {g}/{b}" if lang != "en" else f"property no. {g}/{b}",
                      f"gnr/bnr {g}/{b}"])


_FARMS = ["Nordre Haugen", "Søre Vollen", "Øvre Lia", "Nedre Berget", "Kvia", "Tuftene", "Myrvollen",
          "Nesset", "Bakkane", "Hamrane", "Stølen", "Flaten", "Teigen", "Gjerdet", "Moen"]
_CITIES = ["Oslo", "Bærum", "Drammen", "Trondheim", "Stavanger", "Hamar", "Asker", "Sandnes", "Tromsø",
           "Lillehammer", "Kristiansand", "Tønsberg"]
_FOREIGN = [("Dieter", "Schneider"), ("Anke", "Vogel"), ("Pieter", "de Vries"), ("Sanne", "Bakker"),
            ("Jürgen", "Hoffmann"), ("Femke", "Jansen"), ("Klaus", "Becker"), ("Ingrid", "Lindqvist"),
            ("Mats", "Eklund"), ("Heike", "Krüger")]


def _foreign_owner(rng: random.Random, world: World) -> tuple[Person, str]:
    """A cabin owner living abroad who writes in English (names from a small invented list + random pairing)."""
    first, _ = pick(rng, _FOREIGN)
    _, last = pick(rng, _FOREIGN)
    p = Person(first, last)
    local = _slug(first) + pick(rng, [".", "", "_"]) + _slug(last)
    return p, local + "@" + pick(rng, ["gmx.de", "web.de", "ziggo.nl", "telia.se", "gmail.com", "t-online.de"])


_BYGD = ["Nordbygda", "Austbygda", "Vestre Vika", "Innerfjorden", "Straumen", "Holmane", "Skarvika",
         "Lindås-grenda", "Myrane", "Kvernvika"]


def _subject(rng: random.Random, text: str, table: list[tuple[str, list[str]]], generic: list[str]) -> str:
    """A subject that fits the text: topic subjects whose keyword (regex) the text has, else a generic one."""
    topical = [subj for key, subjects in table if re.search(key, text, re.IGNORECASE) for subj in subjects]
    if topical and rng.random() < 0.75:
        return pick(rng, topical)
    return pick(rng, generic)


def _slug(text: str) -> str:
    """An ASCII domain label from a name: 'Fjordfôr SA' -> 'fjordfor'."""
    import unicodedata
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text)


def _day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}."


def _date_words(rng: random.Random, lang: str = "nb") -> str:
    months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
              "november", "desember"]
    return f"{rng.randint(1, 28)}. {pick(rng, months)}"


def _employee_letter(world: World, tenant: str, subject: str, body: str) -> EarlierMessage:
    emp, email = world.employee(tenant)
    sign = "Med helsing" if tenant == "havoy" else "Med hilsen"
    return EarlierMessage(sender_name=emp.name, sender_email=email, subject=subject,
                          body=body + f"\n\n{sign}\n{emp.name}\n{kommune_name(tenant)}")


def _draft(tenant: str, name: str, email: str, subject: str, body: str, category: str, *,
           skjerming: str | None = None, sak: str | None = None, av: dict | None = None,
           personnavn: list[str] | None = None, note: str = "", jpt: str = "I",
           orgnr_if_stated: str | None = None, **kw) -> Draft:
    d = Draft(tenant=tenant, sender_name=name, sender_email=email, subject=subject, body=body,
              category=category, journalposttype=jpt, skjerming=skjerming, sak=sak,
              avsender=av or avsender(name, email), note=note, writer=WRITER, **kw)
    d.personnavn = names_shown(d, personnavn or []) if skjerming else []
    if orgnr_if_stated:
        shown = "".join([d.body] + [a.text for a in d.attachments]).replace(" ", "")
        d.avsender = {**d.avsender, "orgnr": orgnr_if_stated if orgnr_if_stated in shown else None}
    return d


def _forward(rng: random.Random, world: World, orig: Draft, notes: list[str], roles: list[str],
             prefix: str = "VS: ") -> Draft:
    """The same mail forwarded to the postmottak by an employee; the label keeps the original sender."""
    emp, email = world.employee(orig.tenant)
    body = pick(rng, notes) + f"\n\n{emp.name}\n{pick(rng, roles)}"
    original = orig.body
    if orig.quoted is not None:  # the original was itself a reply: its quote travels with it
        q = orig.quoted
        original += f"\n\n{q.sender_name} <{q.sender_email}> skrev:\n" + "\n".join("> " + ln for ln in q.body.split("\n"))
    d = _draft(orig.tenant, emp.name, email, prefix + orig.subject, body, orig.category,
               skjerming=orig.skjerming, sak=orig.sak, av=orig.avsender, personnavn=orig.personnavn,
               attachments=orig.attachments,
               forwarded=EarlierMessage(orig.sender_name, orig.sender_email, orig.subject, original),
               note="Forwarded by an employee: avsender is the original sender; journalposttype I.")
    d.accept = list(orig.accept)
    return d


# ======================================================================================
# byggesak
# ======================================================================================

_BYGG_FARM_NEW = {
    "nb": [
        ("Vi driver med melkeku på {farm} ({gbnr}) og har i mange år hatt planer om et nytt løsdriftsfjøs. "
         "Det gamle båsfjøset er fra 1962 og blir ikke lovlig å bruke om noen år.\n\nNå har vi fått tilsagn "
         "fra Innovasjon Norge, og vi lurer på hva dere trenger av tegninger og ansvarsretter før søknaden kan "
         "sendes. Kan vi stå som ansvarlig søker selv, eller må vi ha et firma til det? Bygget blir på ca. "
         "{m2} m2 og plasseres nord for det gamle fjøset."),
        ("Far og mor skal flytte ut av hovedhuset når sønnen vår tar over gården til våren, og vi ønsker å "
         "sette opp en kårbolig på tunet. Huset blir på om lag 90 m2 i én etasje.\n\nEiendommen er {gbnr} og "
         "ligger i LNF-område. Må vi søke dispensasjon, eller er kårbolig tillatt som en del av "
         "landbruksdriften? Vi vil gjerne ha svar før vi bestiller huset fra fabrikken."),
        "hei. skal sette opp ny plansilo og utvide gjødselkjelleren på {gbnr}. trengs byggesøknad for dette eller holder det med melding? mvh",
        ("Den gamle løa på {gbnr} holder på å falle sammen etter vinteren, og den er farlig for både unger og "
         "dyr. Jeg vil rive den i sommer. Må jeg søke om det? Den er fra rundt 1920, og jeg vet ikke om den er "
         "verneverdig. Den står et godt stykke fra bolighuset."),
        ("Vedlagt følger søknad om tillatelse til tiltak for nytt sauefjøs på {farm}, {gbnr}. Situasjonskart, "
         "fasadetegninger og kvitterte nabovarsel ligger ved. Vi har {n} vinterfôra sau og trenger mer plass "
         "til lamming."),
    ],
    "nn": [
        ("Vi driv med sau og ammeku på {farm}, {gbnr}, og vil byggja ut fjøset med om lag {m2} m2. Kan de "
         "seia kva teikningar og dokument de treng? Vi har snakka med landbrukskontoret, og dei meinte vi "
         "måtte søkja."),
        ("Eg er 71 år og skal overlata garden til dotter mi. Vi har tenkt å setja opp ein kårbustad nede ved "
         "vegen, på same bruket ({gbnr}).\n\nMå vi søkja om dispensasjon frå kommuneplanen? Det er LNF der, "
         "men det har stått eit hus på same tomta før."),
        ("Hei! Eg skal setja opp ei ny maskinhall på garden, kring {m2} kvadrat, på {gbnr}. Treng eg søkja "
         "når det er til landbruket? Ho skal stå der den gamle vedskjulen stod. Ha det bra"),
        ("Sender søknad om løyve til tiltak for ny gjødselkum på {farm} ({gbnr}). Teikningar og situasjonskart "
         "ligg ved. Kummen skal ha tak, slik landbrukskontoret tilrådde."),
    ],
}
_BYGG_FARM_REPLY = {
    "nb": [
        ("Takk for brevet. Jeg har nå fått tegningene fra snekkeren og sender dem med her. Nabovarselet til "
         "naboen i sør var ikke kvittert, men han har skrevet under på et ark at han ikke har merknader. Det "
         "ligger også ved."),
        ("Hei igjen. Dere ba om avstanden fra fjøset til bekken. Jeg har målt, og det er 23 meter fra "
         "nærmeste hjørne. Gjødselkummen ligger enda lenger unna. Håper dette er nok."),
        ("Vi har fått beskjed om at søknaden om kårbolig må behandles som dispensasjon. Vi ber da om "
         "dispensasjon. Begrunnelsen er at gården trenger to generasjoner på tunet mens den nye generasjonen "
         "lærer driften. Landbrukskontoret støtter dette, se vedlagt uttalelse."),
        "Når kan vi vente svar? Betongen er bestilt til august og entreprenøren spør hver uke.",
    ],
    "nn": [
        "Takk for brevet. Eg sender no dei teikningane de bad om. Avstanden til nabogrensa er 8 meter, det står på situasjonskartet.",
        ("Kor lenge må vi venta på svar? Vi har betong bestilt til august, og entreprenøren spør kvar veke. "
         "Det er viktig at fjøset står før beitesesongen er over."),
        "Hei. Her kjem nabovarselet med underskrifter. Eg fekk ikkje tak i den eine naboen før no, han bur i Bergen.",
    ],
}


def make_bygg_bonde(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = private_sender(rng, world)
    prop = world.property()
    reply = rng.random() < 0.4
    lang = variant_lang(rng, tenant, _BYGG_FARM_NEW)
    s = {"farm": pick(rng, _FARMS), "gbnr": _gbnr(rng, prop, lang), "m2": str(rng.randint(180, 900)),
         "n": str(rng.randint(60, 280))}
    sak = None
    quoted = None
    atts: list[AttachmentSpec] = []
    if reply:
        tiltak = pick(rng, ["Nytt fjøs", "Kårbolig", "Tilbygg driftsbygning", "Gjødselkum", "Maskinhall"])
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - {tiltak}", prop=prop,
                               part=p.name)
        sak = case.sak
        ref = world.cite(case.sak)
        text = pick(rng, _BYGG_FARM_REPLY[lang])
        if rng.random() < 0.5:
            text = world.cite_phrase(case.sak, lang) + "\n\n" + text
        quoted = _employee_letter(world, tenant, f"{tiltak} - {prop.gnr}/{prop.bnr} - {ref}",
                                  f"Vi viser til søknad om {tiltak.lower()} på gnr. {prop.gnr} bnr. {prop.bnr}, "
                                  f"vår ref. {ref}.\n\nFør søknaden kan behandles, må vi ha tilleggsopplysninger.")
        subject = "SV: " + quoted.subject
        if "vedlagt" in text or "sender" in text.lower() or "ligger" in text:
            atts.append(AttachmentSpec(pick(rng, ["tegninger.pdf", "nabovarsel.pdf", "skann0001.pdf"]), "scan",
                                       f"Tegninger og nabovarsel\ngnr. {prop.gnr} bnr. {prop.bnr}"))
    else:
        text = _fill(pick(rng, _BYGG_FARM_NEW[lang]), s)
        subject = _subject(rng, text, [("fjøs", ["Nytt fjøs", "Fjøs", "Løsdriftsfjøs"]), ("kårbo", ["Kårbolig", "Kårbustad"]),
                                       ("silo|gjødsel", ["Silo og gjødselkum", "Gjødselkum"]), ("løa|rive", ["Riving av løe"]),
                                       ("maskinhall", ["Maskinhall"])],
                           ["Spørsmål om byggesøknad", f"Byggesøknad {prop.gnr}/{prop.bnr}", "Landbruksbygg", "Søknad"])
        if "edlagt" in text or "ligg ved" in text:
            atts.append(AttachmentSpec("soknad_tiltak.pdf", "pdf",
                                       f"Søknad om tillatelse til tiltak\nEiendom: gnr. {prop.gnr} bnr. {prop.bnr}\n"
                                       f"Tiltakshaver: {p.name}\nTiltak: landbruksbygg"))
    body = text + "\n\n" + _sign(rng, world, p, lang)
    if rng.random() < 0.2:
        body = _lower_voice(body)
    body = _noise(rng, body, lang)
    return _draft(tenant, p.name, email, subject, body, "byggesak", sak=sak, quoted=quoted, attachments=atts,
                  note="Farmer's building matter; sak only when the reply cites the open case.")


_ENTR_COVER = {
    "nb": [
        "Vedlagt ettersendes gjennomføringsplan og erklæring om ansvarsrett for {tiltak} på {gbnr}, {ref}.",
        "Hei. Her kommer dokumentasjon for ferdigattest, se vedlegg. {ref}",
        ("Sender over situasjonsplan med målsetting som avtalt på telefon i dag. Gjelder {addr}, {ref}. "
         "Fasadetegningene kommer i morgen, tegneren er sjuk."),
        ("Vi er ferdige med grunnarbeidet på {addr} og ber om igangsettingstillatelse for resten av tiltaket. "
         "Oppdatert gjennomføringsplan ligger ved. {ref}"),
        "Se vedlegg. {ref}",
        "Ettersender samsvarserklæring fra rørlegger. {ref}\nDet skal være alt nå.",
    ],
    "nn": [
        "Vedlagt ligg samsvarserklæring og sluttdokumentasjon for {tiltak}, {ref}. Vi ber om ferdigattest.",
        "Hei. Sender teikningar som lova. Ring om noko manglar. {ref}",
        "Her kjem gjennomføringsplanen i revidert utgåve, {ref}. Endringa gjeld ansvarsrett for graving.",
    ],
}
_ENTR_NEW = {
    "nb": [
        "Vedlagt følger søknad om tillatelse til tiltak for {tiltak} på {gbnr} ({addr}) på vegne av tiltakshaver {owner}.",
        ("Hei. Vi skal sette opp {tiltak} for {owner} på {addr} ({gbnr}). Søknad med vedlegg kommer via "
         "byggsøk, men vi sender nabovarslene på e-post her siden to av naboene bare hadde papir."),
    ],
    "nn": [
        "Vedlagt ligg søknad om løyve til tiltak for {tiltak} på {gbnr} på vegner av tiltakshavar {owner}.",
    ],
}


def make_bygg_entreprenor(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, pick(rng, ["bygg", "entreprenør", "maskin", None]))
    lang = variant_lang(rng, tenant, _ENTR_COVER)
    prop = world.property()
    owner = world.person()
    tiltak = pick(rng, ["tilbygg", "garasje", "naust", "kårbolig", "enebolig", "driftsbygning", "fritidsbolig"])
    s = {"tiltak": tiltak, "gbnr": _gbnr(rng, prop, lang), "addr": prop.address, "owner": owner.name}
    sak = None
    if rng.random() < 0.7:
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om {tiltak}",
                               prop=prop, part=owner.name)
        sak = case.sak
        s["ref"] = world.cite_phrase(case.sak, lang)
        text = _fill(pick(rng, _ENTR_COVER[lang]), s)
        subject = pick(rng, [f"{prop.gnr}/{prop.bnr} - ettersending", f"Dokumentasjon {world.cite(case.sak)}",
                             f"Ferdigattest {prop.address}", f"Sak {world.cite(case.sak)}", "Ettersending",
                             f"{tiltak.capitalize()} {prop.address}"])
    else:
        text = _fill(pick(rng, _ENTR_NEW[lang]), s)
        subject = pick(rng, [f"Søknad {tiltak} {prop.gnr}/{prop.bnr}", "Byggesøknad", f"Nabovarsel {prop.address}"])
    kind = "scan" if rng.random() < 0.35 else "pdf"
    doc = pick(rng, ["Gjennomføringsplan", "Erklæring om ansvarsrett", "Situasjonsplan", "Samsvarserklæring",
                     "Søknad om tillatelse til tiltak"])
    atts = [AttachmentSpec(f"{doc.split()[0].lower()}_{prop.gnr}_{prop.bnr}.pdf", kind,
                           f"{doc}\nEiendom: gnr. {prop.gnr} bnr. {prop.bnr}, {prop.address}\n"
                           f"Tiltakshaver: {owner.name}\nForetak: {firm.name}"
                           + (f", org.nr. {firm.orgnr}\n" if rng.random() < 0.5 else "\n")
                           + "Ansvarsområde: utførelse, tiltaksklasse 1")]
    if rng.random() < 0.3:
        atts.append(AttachmentSpec("IMG_" + str(rng.randint(1000, 9999)) + ".jpg", "image"))
    sig = _sign(rng, world, p, lang, firm=firm, email=email)
    if rng.random() < 0.35 and "Org" not in sig:
        sig += f"\nOrg.nr. {firm.orgnr}"
    body = _noise(rng, text + "\n\n" + sig, lang, terse_p=0.3, typo_p=0.25, footer_p=0.15)
    return _draft(tenant, p.name, email, subject, body, "byggesak", sak=sak, attachments=atts,
                  av=avsender(firm.name, email), orgnr_if_stated=firm.orgnr,
                  note="Small contractor's byggesak documentation; orgnr only when the mail body states it.")


_HYTTE_BYGG = {
    "nb": [
        ("Vi har hatt hytte på {addr} siden 1987, og nå har barna fått egne familier, så det begynner å bli "
         "trangt. Vi vurderer å bygge et anneks på ca. 25 m2 ved siden av hytta.\n\nJeg har forstått at det "
         "gjelder egne regler i hytteområder, og at planen for feltet kanskje sier noe om antall bygg på tomta. "
         "Kan dere fortelle hva som gjelder for vår eiendom, {gbnr}? Vi bor i {city} og kommer oppover i "
         "påsken, så vi kan eventuelt stikke innom kommunehuset."),
        ("Hei! Vi har kjøpt en gammel sjøbu på {gbnr} og ønsker å sette den i stand. Taket lekker og "
         "grunnmuren må støpes om. Regnes dette som vedlikehold, eller må vi søke? Vi vil ikke endre "
         "utseendet."),
        ("Vi har mottatt nabovarsel om ny hytte på naboeiendommen {gbnr}. Vi er i utgangspunktet positive til "
         "at det bygges i feltet, men den nye hytta er tegnet rett i siktlinja vår mot fjorden og ser ut til "
         "å bli høyere enn planen tillater. Vi ber kommunen se nøye på mønehøyden før det gis tillatelse."),
        ("hei, vi er på hytta i {bygd} i helgen og ser at naboen har bygd ei stor platting helt ned i fjæra. "
         "er det søkt om dette? det ser ikke lovlig ut. vi bor i {city} til vanlig så vi får ikke fulgt med"),
        "Gjelder hytta vår på {gbnr}: Hvor stor terrasse kan vi bygge uten å søke? Vi kommer fra {city}.",
    ],
    "nn": [
        ("Vi er hytteeigarar på {gbnr} og bur til vanleg i {city}. Vi vil gjerne byggja ein ny terrasse på om "
         "lag 30 m2 og ein levegg mot vest. Kva må vi senda inn, og kan vi gjera det digitalt?"),
        ("Vi har fått nabovarsel om eit stort tilbygg på hytta ved sida av vår ({gbnr}). Tilbygget går nesten "
         "heilt ut til grensa. Vi har ikkje noko imot at folk byggjer, men vi meiner dette er for nært."),
        "Hei. Vi har hytte i {bygd}. Kan vi setja opp eit lite naust på 15 m2 utan å søkja? Kven kan vi spørja?",
    ],
    "en": [
        ("Dear Sir or Madam,\n\nWe are the owners of the holiday cabin at {addr} ({gbnr}) and live in Germany most "
         "of the year. We would like to replace the old terrace and add a small shed for firewood. Do we need a "
         "building permit for this, and can the application be written in English?"),
        ("Hello, our neighbour at the cabin area in {bygd} has started to build a large extension very close to "
         "our boundary ({gbnr}). We did not receive any notice. Could you please tell us if this has been "
         "approved?"),
        "Hi, what is the maximum size of an annex we can build at our cabin ({gbnr}) without applying? Thank you!",
    ],
}
_HYTTE_REPLY = {
    "nb": [
        ("Takk for vedtaket. Vi ser at tillatelsen har vilkår om at terrassen ikke skal ha rekkverk i glass. "
         "Vi har allerede kjøpt glasset. Kan vi søke om endring, eller er det noen annen løsning?"),
        "Vi bekrefter at arbeidet med hytta er ferdig og ber om ferdigattest. Bilder ligger ved.",
        ("Vi forstår at dere trenger et nytt situasjonskart. Vi er i {city} hele høsten, men landmåleren vår "
         "sender kartet direkte til dere neste uke."),
    ],
    "nn": [
        "Takk for svar. Vi sender nytt situasjonskart så snart landmålaren har vore der. Vi er sjølve i {city}.",
        "Arbeidet med hytta er ferdig, og vi ber om ferdigattest. Bilete ligg ved.",
    ],
    "en": [
        ("Thank you for the decision. We understand that you need a new site plan. Our surveyor will send it to "
         "you directly next week, as we are back home until Easter."),
        "The work on the cabin is finished and we would like to apply for the completion certificate. Photos are attached.",
    ],
}


def make_bygg_hytteeier(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    prop = world.property()
    lang = variant_lang(rng, tenant, _HYTTE_BYGG, english=0.15)
    p, email = _foreign_owner(rng, world) if lang == "en" else private_sender(rng, world)
    s = {"addr": prop.address, "gbnr": _gbnr(rng, prop, lang), "city": pick(rng, _CITIES), "bygd": pick(rng, _BYGD)}
    sak = None
    quoted = None
    atts: list[AttachmentSpec] = []
    if rng.random() < 0.35:
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om tilbygg fritidsbolig",
                               prop=prop, part=p.name)
        sak = case.sak
        text = _fill(pick(rng, _HYTTE_REPLY[lang]), s)
        ref = world.cite(case.sak)
        quoted = _employee_letter(world, tenant, f"Vedtak - tilbygg fritidsbolig - {prop.gnr}/{prop.bnr} - {ref}",
                                  f"Saksnr.: {ref}\nEiendom: gnr. {prop.gnr} bnr. {prop.bnr}\n\nSøknaden er "
                                  "behandlet. Vedtaket følger vedlagt.")
        subject = "SV: " + quoted.subject
        if "ligger ved" in text or "ligg ved" in text or "attached" in text:
            atts.append(AttachmentSpec("hytta.jpg", "image"))
    else:
        text = _fill(pick(rng, _HYTTE_BYGG[lang]), s)
        subject = _subject(rng, text, [("nabovarsel", ["Nabovarsel", "Merknad til nabovarsel", "Merknad"]),
                                       ("anneks", ["Anneks på hyttetomt"]), ("sjøbu", ["Sjøbu", "Gammel sjøbu"]),
                                       ("platting", ["Platting i fjæra", "Ulovlig bygging?"]),
                                       ("terrasse", ["Terrasse på hytta"]), ("naust", ["Naust"]),
                                       ("terrace|shed", ["Building permit for terrace?", "Our cabin"]),
                                       ("extension", ["Neighbour's extension", "Building next to our cabin"]),
                                       ("annex", ["Annex at our cabin"])],
                           ["Hytte", "Cabin"] if lang == "en" else
                           ["Hytta vår", "Spørsmål om hytte", f"Hytte {prop.gnr}/{prop.bnr}"])
    body = text + "\n\n" + _sign(rng, world, p, lang, address=lang != "en" and rng.random() < 0.3)
    body = _noise(rng, body, lang)
    return _draft(tenant, p.name, email, subject, body, "byggesak", sak=sak, quoted=quoted, attachments=atts,
                  note="Cabin owner writing from elsewhere in Norway.")


_PENSJ_NABO = {
    "nb": [
        ("Jeg håper det er i orden at jeg skriver på denne måten, for jeg er ikke så flink med data, men "
         "barnebarnet mitt har hjulpet meg å sette opp e-posten.\n\nJeg har bodd i {addr} i snart femti år, "
         "og huset bygde vi selv i 1974. Vi har alltid hatt et godt forhold til naboene, og jeg vil ikke lage "
         "bråk for noen.\n\nMen nå har jeg fått brev om at de nye eierne av naboeiendommen ({gbnr}) vil bygge "
         "en garasje med leilighet oppå, bare fire meter fra gjerdet mitt. Da mister jeg all ettermiddagssol "
         "i stua og på verandaen. Jeg ber om at kommunen tar hensyn til dette når søknaden behandles.{ref}\n\n"
         "Jeg kan nås på telefon {phone}, helst før klokken tolv."),
        ("God dag.\n\nFørst vil jeg si at jeg setter pris på det arbeidet kommunen gjør, og at jeg vet dere "
         "har mye å gjøre. Jeg har selv sittet i bygningsrådet en periode på syttitallet, så jeg vet litt om "
         "hvordan det er.\n\nNaboen min har i sommer satt opp en stor tilbygning mot sjøen på {gbnr}. Jeg har "
         "ikke sett noe nabovarsel, og jeg lurer på om det i det hele tatt er søkt. Tilbygget står der det før "
         "var en gammel sti ned til fjæra som hele bygda har brukt.{ref}\n\nJeg ønsker ikke å bli nevnt med "
         "navn overfor naboen, om det går an."),
        ("Til bygningsetaten\n\nJeg skriver på vegne av min far, som er 86 år og ikke bruker e-post. Han har "
         "fått brev om at et uthus på eiendommen hans ({gbnr}) ikke er omsøkt.\n\nUthuset ble satt opp av "
         "bestefar en gang før krigen, og far har aldri visst at det var noe som skulle søkes om. Vi ber om "
         "at dere ser bort fra dette, eller sier hva vi eventuelt må sende inn.{ref}\n\nSvar kan sendes til "
         "meg på denne adressen."),
        ("merknad til nabovarsel.......jeg har ingenting imot at naboen bygger,men den nye muren kommer helt "
         "inntil min eiendomsgrense på {gbnr} og den er over to meter høy...det blir som å bo ved siden av en "
         "festning...håper dere tar dette med{ref}"),
    ],
    "nn": [
        ("Eg skriv dette med hjelp frå sonen min, for eg er ikkje vand med datamaskin.\n\nEg har budd i "
         "{addr} sidan 1968, og vi har alltid hatt det fredeleg her i grenda. Eg vil ikkje vera vanskeleg.\n\n"
         "Men det nye huset som er planlagt på {gbnr} vert ståande rett framfor stovevindauget mitt, og eg "
         "mistar både utsikta og sola om ettermiddagen. Eg ber om at kommunen ser på om huset kan flyttast "
         "nokre meter lenger vest.{ref}"),
        ("God dag. Eg har fått nabovarsel om at naboen skal riva den gamle løa på {gbnr} og byggja ein stor "
         "garasje. Løa har stått der så lenge eg kan hugsa, og ho er ein del av det gamle tunet. Eg meiner "
         "kommunen bør tenkja seg om.{ref}"),
    ],
}


def make_bygg_pensjonist(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = private_sender(rng, world)
    prop = world.property()
    lang = variant_lang(rng, tenant, _PENSJ_NABO)
    sak = None
    ref = ""
    accept: list[dict] = []
    r = rng.random()
    if r < 0.35:
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - "
                               + pick(rng, ["Søknad om garasje", "Søknad om tilbygg bolig", "Søknad om riving av uthus",
                                            "Ulovlighetsoppfølging - uthus"]), prop=prop)
        sak = case.sak
        phrase = world.cite_phrase(case.sak, lang)
        ref = " " + pick(rng, [f"Saksnummeret i brevet var {world.cite(case.sak)}.", f"({phrase})",
                               f"Det gjeld {phrase}." if lang == "nn" else f"Det gjelder {phrase}."])
    elif r < 0.45:
        ref = " " + world.cite_phrase(world.unknown_saknr(), lang) + "."
    s = {"addr": world.street(), "gbnr": _gbnr(rng, prop, lang), "phone": world.phone(), "ref": ref}
    text = _fill(pick(rng, _PENSJ_NABO[lang]), s)
    body = text + "\n\n" + _old_sign(rng, p, lang, pick(rng, _BYGD))
    subject = pick(rng, ["Nabovarsel", "Merknad", "Byggesak naboen", "Angående nabovarsel", "Brev fra nabo",
                         "Uthus", "Til bygningsetaten", "Vedr. bygging"])
    return _draft(tenant, p.name, email, subject, body, "byggesak", sak=sak, accept=accept,
                  note="Long polite letter with the point in the third paragraph; an unknown case number gives sak null.")


# ======================================================================================
# plansak
# ======================================================================================

_PLAN_GRUNN = {
    "nb": [
        ("Som eier av {farm} ({gbnr}) vil jeg komme med merknad til planforslaget{ref}.\n\nPlanen legger ny "
         "adkomstvei til hyttefeltet tvers over den beste slåttemarka vår. Det er dyrket jord som har vært i "
         "drift i generasjoner, og teigen blir delt i to biter som er vanskelige å drive med store maskiner.\n\n"
         "Vi ber om at veien legges i skogkanten lenger opp, der den gamle traktorveien går i dag."),
        ("Vi har sett kunngjøringen om oppstart av planarbeid for {plan}{ref}. Vi har beite for sau i området "
         "og ber om at det settes av en ferdselsåre for dyra ned til fjorden, og at det kommer ferist ved "
         "innkjøringen. Ellers har vi ingen merknader."),
        "merknad fra grunneier {gbnr}: vi godtar ikke at det blir regulert friområde på vår eiendom uten at noen snakker med oss først. ingen har tatt kontakt.{ref}",
        ("Jeg er yrkesfisker og har hatt båten ved kaia i {bygd} i over tretti år. Planforslaget for "
         "småbåthavna{ref} viser flytebrygger akkurat der vi legger til med fangst og tar om bord is. Det må "
         "være plass til yrkesfiskerne også, ikke bare fritidsbåtene."),
    ],
    "nn": [
        ("Merknad til planframlegget{ref}. Vi eig {farm}, {gbnr}, og ser at planen legg opp til tett "
         "hyttebygging heilt inn mot innmarka vår. Vi er redde for konfliktar med laus hund og ferdsel gjennom "
         "beitet. Vi ber om ei buffersone på minst 50 meter."),
        ("Eg har fiska frå {bygd} sidan eg var fjorten år, og no vil kommunen regulera bort den einaste "
         "plassen vi kan ta opp båtane om hausten. Det går ikkje an. Eg ber om at opptrekket vert teke med i "
         "planen.{ref}"),
        ("Innspel til {plan}{ref}: Den gamle kyrkjevegen over {farm} må ikkje verta bilveg. Han er smal og "
         "går tett forbi fjøset. Vi ber om at tilkomsten vert lagd frå fylkesvegen i staden."),
    ],
}


def make_plan_grunneier(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = private_sender(rng, world)
    prop = world.property()
    lang = variant_lang(rng, tenant, _PLAN_GRUNN)
    area = pick(rng, ["hyttefelt", "småbåthavn", "boligfelt", "næringsområde", "sentrum"])
    stem = pick(rng, ["Kvernvika", "Straumsnes", "Holmane", "Skarvika", "Lia", "Myrane", "Nesset"])
    plan = f"detaljregulering for {stem} {area}"
    sak = None
    ref = ""
    if rng.random() < 0.5:
        case = world.open_case(tenant, "plansak", f"Detaljregulering for {stem} {area} - planID "
                               f"{rng.randint(1500, 1580)}{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}")
        sak = case.sak
        ref = f" ({world.cite_phrase(case.sak, lang)})"
    s = {"farm": pick(rng, _FARMS), "gbnr": _gbnr(rng, prop, lang), "plan": plan, "bygd": stem, "ref": ref}
    body = _fill(pick(rng, _PLAN_GRUNN[lang]), s) + "\n\n" + _sign(rng, world, p, lang)
    body = _noise(rng, body, lang, terse_p=0.15)
    subject = pick(rng, [f"Merknad - {plan}", "Merknad til planforslag", "Innspill planarbeid" if lang == "nb"
                         else "Innspel til planarbeidet", "Grunneiers merknad", f"Plan {stem}", "Reguleringsplan"])
    return _draft(tenant, p.name, email, subject, body, "plansak", sak=sak,
                  note="Landowner's or fisherman's merknad to a plan; sak only when the plan case is cited.")


_PLAN_HYTTE = {
    "nb": [
        ("{org} har {n} medlemmer med hytter i {bygd}. Vi vil med dette gi innspill til rulleringen av "
         "kommuneplanens arealdel{ref}.\n\n1. Vi ber om at maks bruksareal for fritidsboliger i feltet økes "
         "fra 90 til 120 m2, slik nabokommunene har.\n2. Vi ber om at det ikke åpnes for flere nye hytter i "
         "strandsonen.\n3. Veien inn til feltet må inn i planen som offentlig vei."),
        ("Styret i {org} har drøftet planforslaget{ref} og har én hovedmerknad: det nye hyttefeltet på "
         "toppen av lia vil ligge midt i skiløypa som medlemmene våre har kjørt opp på dugnad i tjue år. Vi ber "
         "om at løypetraseen sikres i planen."),
        "Se vedlagt innspill fra {org} til kommuneplanen.{ref}",
    ],
    "nn": [
        ("{org} har {n} medlemer og vil koma med innspel til arealdelen av kommuneplanen{ref}. Vi ønskjer at "
         "det vert lagt til rette for straum og vatn til hyttene i {bygd}, og at det vert sett av areal til "
         "felles parkering ved vegenden."),
        "Vedlagt er innspelet frå {org} til kommuneplanen{ref}. Ta kontakt med styreleiar om noko er uklart.",
    ],
}


def make_plan_hytteforening(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = private_sender(rng, world)
    lang = variant_lang(rng, tenant, _PLAN_HYTTE)
    bygd = pick(rng, _BYGD)
    org = pick(rng, [f"{bygd} hytteeierforening", f"Hytteeierlaget i {bygd}", f"{bygd} hyttevel",
                     f"Velforeninga for {bygd} hyttefelt"])
    sak = None
    ref = ""
    if rng.random() < 0.45:
        year = rng.choice([2025, 2026])
        case = world.open_case(tenant, "plansak", f"Kommuneplanens arealdel {year}-{year + 12}")
        sak = case.sak
        ref = f", {world.cite_phrase(case.sak, lang)}"
    s = {"org": org, "n": str(rng.randint(20, 140)), "bygd": bygd, "ref": ref}
    text = _fill(pick(rng, _PLAN_HYTTE[lang]), s)
    orgnr = world.orgnr()
    role = pick(rng, ["styreleder", "leder", "sekretær"] if lang == "nb" else ["styreleiar", "leiar", "skrivar"])
    sig = _sign(rng, world, p, lang) + f"\n{role}, {org}"
    if rng.random() < 0.3:
        sig += f"\nOrg.nr. {orgnr}"
    atts = []
    if "edlagt" in text or rng.random() < 0.3:
        atts.append(AttachmentSpec("innspill_kommuneplan.pdf", "pdf",
                                   f"Innspill til kommuneplanens arealdel\nFra: {org}\nOrganisasjonsnummer: {orgnr}\n"
                                   "Bakgrunn\nMedlemmene har hytter i feltet og ønsker ..."))
    return _draft(tenant, p.name, email, pick(rng, ["Innspill kommuneplan", "Innspel til kommuneplanen",
                                                     f"Merknad fra {org}", "Kommuneplanens arealdel - innspill"]),
                  text + "\n\n" + sig, "plansak", sak=sak, attachments=atts, av=avsender(org, email),
                  orgnr_if_stated=orgnr, note="Cabin owners' association: avsender is the association.")


# ======================================================================================
# helse_omsorg
# ======================================================================================

_HO_DOTTER = {
    "nb": [
        ("Jeg skriver på vegne av min far, {elder}, som er {age} år og bor alene på gården i {bygd}. Han vil "
         "ikke ringe selv, for han mener han klarer seg, men jeg ser at det går nedover.\n\nHan har sluttet å "
         "lage middag, og sist jeg var hjemme sto det melk i kjøleskapet som var flere uker gammel. Han har "
         "også gått seg bort i skogen en gang i høst.\n\nJeg bor i {city} og kommer bare hjem annenhver helg. "
         "Kan hjemmetjenesten komme og gjøre en vurdering? Han trenger nok matombringing og kanskje "
         "trygghetsalarm. Han er ikke så glad i fremmede, så det er best om noen ringer meg først på {phone}."),
        ("Hei. Pappa ({elder}, {age} år) falt i fjøstrappa i forrige uke og brakk håndleddet. Han blir "
         "utskrevet fra sykehuset på fredag. Han har ingen til å hjelpe seg med påkledning og dusj. Hvem skal "
         "vi snakke med?"),
        ("Søknad om plass på sykehjem for min far {elder}, f. {fnr}.\n\nHan har fått diagnosen Alzheimer og "
         "har flere ganger gått ut om natta i bare undertøyet. Mor døde i vinter, og vi søsknene klarer ikke "
         "lenger å dekke opp. Fastlegen støtter søknaden. Fullmakt er vedlagt."),
        ("far min {elder} har vedtak om hjemmesykepleie to ganger om dagen men de kommer ikke til avtalt tid. "
         "i går kom ingen før kl 14 og han hadde ikke fått medisinene sine. han har diabetes og dette er "
         "farlig. hvem har ansvaret?"),
    ],
    "nn": [
        ("Eg skriv for far min, {elder}, som er {age} år og bur åleine i {bygd}. Han har blitt gløymsk og har "
         "brent ei kjele på komfyren to gonger sidan jul. Kan nokon frå heimetenesta koma og sjå til han? Han "
         "vil nok seia at alt er bra, men det er det ikkje.\n\nEg er å nå på {phone}."),
        ("Hei. Far vår, {elder}, har fått ny hofte og kjem heim frå sjukehuset neste veke. Han treng hjelp "
         "med dusj og innkjøp dei første vekene. Kven søkjer vi til?"),
        ("Søknad om dagtilbod for far min, {elder} ({age}). Han har demens og sit mykje åleine på garden "
         "medan bror min er i fjøset. Han trivst i lag med folk og hadde hatt godt av eit par dagar i veka på "
         "dagsenteret."),
    ],
}
_HO_DOTTER_REPLY = {
    "nb": [
        ("Takk for vedtaket om trygghetsalarm til pappa. Han lurer på om den tåler å bli med i fjøset, for "
         "der er han fremdeles hver morgen. Og hvem kommer og monterer den?"),
        ("Vi har fått vedtaket om korttidsopphold for far, {elder}. Han vil helst ikke reise før slåtten er "
         "ferdig, sier han, men vi mener han bør reise med en gang. Kan startdatoen flyttes til mandag?"),
    ],
    "nn": [
        "Takk for vedtaket. Far min, {elder}, takkar ja til plassen på korttidsavdelinga. Kva skal han ha med seg?",
        "Vi har fått brevet om heimehjelp til far. Han vil helst ha hjelpa om føremiddagen, for då er han vaken.",
    ],
}


def _elder(rng: random.Random, world: World, last: str, g: str | None = None) -> Person:
    first, _ = people.elder(rng, g or pick(rng, ["m", "f"]))
    return Person(first, last)


def make_ho_dotter(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _HO_DOTTER)
    p, email = private_sender(rng, world)
    father = _elder(rng, world, p.last if rng.random() < 0.6 else world.person().last, "m")
    s = {"elder": father.name, "age": str(rng.randint(78, 97)), "bygd": pick(rng, _BYGD), "city": pick(rng, _CITIES),
         "phone": world.phone(), "fnr": world.fodselsnummer()}
    sak = None
    quoted = None
    atts: list[AttachmentSpec] = []
    if rng.random() < 0.3:
        case = world.open_case(tenant, "helse_omsorg", f"Helse- og omsorgstjenester - {father.name}", part=father.name)
        sak = case.sak
        ref = world.cite(case.sak)
        text = _fill(pick(rng, _HO_DOTTER_REPLY[lang]), s)
        quoted = _employee_letter(world, tenant, f"Vedtak - {ref}",
                                  f"Vår ref.: {ref}\nVedtak om tenester til {father.name}.\n\nSjå vedlagt brev."
                                  if lang == "nn" else
                                  f"Vår ref.: {ref}\nVedtak om tjenester til {father.name}.\n\nSe vedlagt brev.")
        subject = "SV: " + quoted.subject
    else:
        text = _fill(pick(rng, _HO_DOTTER[lang]), s)
        subject = pick(rng, ["Far min", "Hjelp til pappa", "Søknad sykehjem" if lang == "nb" else "Søknad om plass",
                             f"Gjelder {father.name}", "Bekymring", "Heimeteneste" if lang == "nn" else "Hjemmetjenesten"])
        if "ullmakt" in text:
            atts.append(AttachmentSpec("fullmakt.pdf", "scan", f"Fullmakt\nUndertegnede {father.name} gir med dette "
                                                               f"{p.name} fullmakt i saker om helse og omsorg."))
    body = text + "\n\n" + _sign(rng, world, p, lang)
    body = _noise(rng, body, lang, [p.name, father.name, father.first])
    return _draft(tenant, p.name, email, subject, body, "helse_omsorg", skjerming="P13", sak=sak, quoted=quoted,
                  attachments=atts, personnavn=[p.name, father.name],
                  note="Daughter writes for her old father: both are screened.")


_HO_PENSJ = {
    "nb": [
        ("God dag.\n\nJeg er {age} år og har bodd i {bygd} hele livet. Jeg har aldri bedt kommunen om noe før, "
         "og jeg liker ikke å være til bry. {spouse_rel} {spouse} gikk bort i fjor høst, og siden har det vært "
         "stille her.\n\nGrunnen til at jeg skriver, er at synet mitt er blitt dårlig, og jeg kan ikke lenger "
         "kjøre til butikken. Bussen går bare to ganger i uka. Finnes det noen ordning med handlehjelp eller "
         "matombringing, og hva koster det?\n\nJeg er hjemme det meste av dagen. Telefon {phone}."),
        ("Til helse og omsorg\n\nFørst vil jeg takke for god hjelp fra hjemmesykepleien det siste året. Dere "
         "har mange flinke folk, og jeg vet at de har det travelt.\n\nJeg skriver fordi trygghetsalarmen min "
         "ikke virker når jeg er ute i hagen eller i vedskjulet. Jeg falt der i sommer og lå lenge før naboen "
         "hørte meg. Kan jeg få en alarm som virker lenger unna huset?"),
        ("hei...jeg er {age} år og har hatt hjemmehjelp i mange år..nå har jeg fått brev om at den skal kuttes "
         "til hver fjerde uke...det går ikke,jeg har dårlig rygg og klarer ikke å vaske gulvene selv..vil klage "
         "på dette..."),
        ("{spouse_rel} {spouse} og jeg er begge over 85, og {spouse_pron} er blitt mye dårligere i høst med "
         "parkinson. Jeg klarer ikke lenger å hjelpe {spouse_obj} opp av sengen alene. Vi søker om hjelp morgen "
         "og kveld, og om mulig et avlastningsopphold så jeg får hvile litt."),
    ],
    "nn": [
        ("Eg er {age} år og har budd på garden i {bygd} heile livet. No har beina vorte dårlege, og eg kjem meg "
         "ikkje ned trappa til kjellaren der vedfyringa er.\n\nEg lurer på om kommunen kan hjelpa med noko, "
         "eller om eg kan søkja om omsorgsbustad i sentrum. Eg vil helst bli buande, men det er tungt om "
         "vinteren."),
        ("Hei. {spouse_rel} {spouse} har fått slag og sit i rullestol. Vi treng rampe ved inngangen og hjelp "
         "til å søkja om hjelpemiddel. Kven kan eg ringja? Telefon {phone}."),
        ("God dag. Eg vil gjerne søkja om tryggleiksalarm. Eg bur åleine på eit småbruk, og den næraste "
         "grannen er ein kilometer unna. Eg har hatt to fall i år."),
    ],
}


def make_ho_pensjonist(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _HO_PENSJ)
    p, email = private_sender(rng, world)
    female_spouse = rng.random() < 0.5
    spouse = _elder(rng, world, p.last, "f" if female_spouse else "m")
    if lang == "nn":
        rel, pron, obj = ("Kona mi", "ho", "henne") if female_spouse else ("Mannen min", "han", "han")
    else:
        rel, pron, obj = ("Kona mi", "hun", "henne") if female_spouse else ("Mannen min", "han", "ham")
    s = {"age": str(rng.randint(74, 94)), "bygd": pick(rng, _BYGD), "spouse": spouse.name, "spouse_rel": rel,
         "spouse_pron": pron, "spouse_obj": obj, "phone": world.phone()}
    text = _fill(pick(rng, _HO_PENSJ[lang]), s)
    body = text + "\n\n" + _old_sign(rng, p, lang, pick(rng, _BYGD))
    subject = _subject(rng, text, [("alarm", ["Trygghetsalarm" if lang == "nb" else "Tryggleiksalarm", "Alarmen"]),
                                   ("hjemmehjelp", ["Hjemmehjelp", "Klage på vedtak"]),
                                   ("handle|butikk", ["Handlehjelp", "Matombringing"]),
                                   ("rampe", ["Rampe og hjelpemiddel"]), ("omsorgsbustad", ["Omsorgsbustad"]),
                                   ("avlastning", ["Søknad om hjelp og avlastning"])],
                       ["Hjelp", "Søknad", "Spørsmål til kommunen", "Fra en eldre innbygger" if lang == "nb"
                        else "Frå ein eldre innbyggjar"])
    return _draft(tenant, p.name, email, subject,
                  body, "helse_omsorg", skjerming="P13", personnavn=[p.name, spouse.name],
                  note="An older person writes about their own care needs: P13.")


def make_ho_videresendt(rng: random.Random, world: World) -> Draft:
    orig = make_ho_pensjonist(rng, world) if rng.random() < 0.6 else make_ho_dotter(rng, world)
    notes = ["Fikk denne i innboksen min, den skulle vel til dere.", "Til journalføring og videre oppfølging.",
             "Sendes rett instans. Hun ringte også i går.", "Videresender fra servicetorget.",
             "Denne kom til meg. Sender den til postmottak slik at den blir registrert."]
    if orig.tenant == "havoy":
        notes += ["Sender denne vidare til postmottaket.", "Kom inn til meg, ver snill og journalfør."]
    return _forward(rng, world, orig, notes, ["Servicetorget", "Sentralbordet", "Tildelingskontoret",
                                              "Helse og omsorg", "Heimetenesta"])


# ======================================================================================
# skole
# ======================================================================================

_SK_SKYSS = {
    "nb": [
        ("Vi bor på {farm}, ca. {km} km fra {skole}. Veien fra gården og ned til bussholdeplassen er en smal "
         "grusvei uten lys, og om vinteren kommer brøytebilen ofte ikke før etter at bussen har gått.\n\n"
         "{kid} begynner i 1. klasse til høsten. Vi søker om at skolebussen kjører helt opp til tunet, eller "
         "at {kid} får drosje den første vinteren."),
        ("Hei. Bussen har sluttet å snu ved {farm} etter at det nye rutekartet kom, og nå må ungene gå "
         "{km} km langs fylkesveien i mørket. Vi har tre barn på {skole}. Hvem kan vi klage til?"),
        ("skoleskyss for {kid}. vi har flytta til gården etter farfar og bor nå {km} km fra skolen. hvordan "
         "søker vi? det går en elg og sau i veien hver morgen så vi vil helst ha buss"),
        "Søknad om skoleskyss for {kid} ({klasse}) fra {farm}, {km} km fra {skole}. Skjema ligger ved.",
    ],
    "nn": [
        ("Vi bur på {farm}, om lag {km} km frå {skole}. Vegen ned til bussen er bratt og glatt om vinteren, og "
         "han vert ikkje alltid brøytt før bussen kjem. Vi søkjer om skuleskyss heilt frå tunet for {kid}."),
        ("Hei. Skulebussen snur no ved krysset og ikkje ved butikken som før. {kid} i {klasse} må gå åleine "
         "langs vegen i mørkret. Kan de sjå på dette?"),
        "Søknad om skuleskyss for {kid}, {klasse}. Vi bur {km} km frå skulen. Skjemaet ligg ved.",
    ],
}
_SK_PERM = {
    "nb": [
        ("Vi søker om permisjon for {kid} ({klasse}) i tre dager i september. Vi driver med sau, og {kid} har "
         "vært med på sankingen på fjellet hvert år siden hen var liten. Det er en viktig del av livet på "
         "gården, og vi håper skolen kan gi fri."),
        ("Eldstemann vår, {kid}, går i 10. trinn og har fått tilbud om å være med som lottakar på fiske i tre uker "
         "i mars. Jeg er selv fisker og har med meg båt og mannskap. Vi søker om permisjon og skal sørge for "
         "at {kid} tar igjen skolearbeidet."),
        ("Jeg er {gp} til {kid} i {klasse}. Foreldrene er på fiske i Lofoten, og {kid} bor hos oss på "
         "gården i vinter. Jeg lurer på om det er jeg som må skrive under på lappene fra skolen, eller om det "
         "må være foreldrene?"),
        "kan {kid} få fri fredag? vi skal på landbruksmessa på Hamar og reiser tidlig. mvh",
    ],
    "nn": [
        ("Vi søkjer om permisjon for {kid} ({klasse}) tre dagar i september. Vi skal sanka sauene på fjellet, "
         "og {kid} har vore med kvart år. Vi passar på at lekser vert gjort på kveldane."),
        ("Eg er {gp} til {kid} og har ansvaret medan foreldra er på sesongarbeid. Kan eg "
         "skriva under på søknaden om permisjon, eller må det vera mor?"),
    ],
}


def _school_slots(rng: random.Random, world: World, p: Person, lang: str) -> dict[str, str]:
    kid = Person(people.kid(rng)[0], p.last)
    skole = pick(rng, ["Holmane skole", "Myrane skule", "Straumen oppvekstsenter", "Lia skule",
                       "Nordbygda skole", "Kvernvika barneskule"])
    return {"kid": kid.first if rng.random() < 0.5 else kid.name, "farm": pick(rng, _FARMS),
            "km": f"{rng.randint(3, 11)},{rng.randint(0, 9)}", "skole": skole,
            "klasse": pick(rng, ["1. klasse", "2. trinn", "3B", "5. klasse", "7. trinn", "9A", "10. trinn"])}


def make_sk_skyss(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _SK_SKYSS)
    p, email = private_sender(rng, world)
    s = _school_slots(rng, world, p, lang)
    text = _fill(pick(rng, _SK_SKYSS[lang]), s)
    atts = [AttachmentSpec("skoleskyss_soknad.pdf", pick(rng, ["pdf", "scan"]),
                           f"Søknad om skoleskyss\nElev: {s['kid']}\nAvstand: {s['km']} km")] \
        if "ligg" in text else []
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang)
    return _draft(tenant, p.name, email, pick(rng, ["Skoleskyss", "Skuleskyss", "Bussen", "Skolevei",
                                                     "Søknad om skyss", "Farlig skolevei"]),
                  body, "skole", attachments=atts, note="Farm family about school transport.")


def make_sk_permisjon(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _SK_PERM)
    g = people.gender(rng)
    p = people.person(rng, world, g)
    email = people.email_for(rng, world, p)
    s = _school_slots(rng, world, p, lang)
    s["gp"] = pick(rng, ["bestefar", "morfar", "farfar"] if g == "m" else ["bestemor", "mormor", "farmor"])
    text = _fill(pick(rng, _SK_PERM[lang]), s)
    if rng.random() < 0.4:
        text = f"Til rektor ved {s['skole']}\n\n" + text
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang)
    subject = _subject(rng, text, [("sank", ["Sanking", "Permisjon sanking"]), ("lottakar|fiske", ["Lofotfiske", "Permisjon fiske"]),
                                   ("bestefar|bestemor", ["Spørsmål fra besteforelder", "Hvem skriver under?"]),
                                   ("messa", ["Fri fredag"])],
                       ["Permisjon", "Søknad om fri", "Fri fra skolen" if lang == "nb" else "Fri frå skulen"])
    return _draft(tenant, p.name, email, subject,
                  body, "skole", note="Leave for farm or fishing work; grandparent in charge: still skole, no skjerming.")


# ======================================================================================
# barnehage
# ======================================================================================

_BH_GARD = {
    "nb": [
        ("Vi har en jente på to år som trenger plass i {bh} fra januar. Vi driver gården på {farm} og har "
         "mest å gjøre i lammingen i april og mai og i onna i juli. Er det mulig å ha utvidet plass i de "
         "månedene og redusert ellers?"),
        ("Hei. Vi flyttet hjem til gården i {bygd} i sommer etter mange år i {city}. Nærmeste barnehage er "
         "{bh}. Er det ledige plasser der for en gutt på tre år, eller må vi søke i sentrum?"),
        ("vi har plass på {bh} men ønsker å bytte fra fem til tre dager i uka fra neste måned. jeg er hjemme "
         "på gården i vinter. går det an?"),
        "Vi sier opp plassen til {kid} i {bh} fra {dag}. Vi flytter til kysten, der mannen har fått hyre på en båt.",
    ],
    "nn": [
        ("Vi treng barnehageplass til {kid} frå august. Vi bur på {farm} i {bygd}, og {bh} er næraste "
         "barnehage. Vi må levera tidleg, for fjøsstellet byrjar klokka seks. Kva tid opnar dei?"),
        ("Hei! Kan vi byta frå full plass til fire dagar i veka frå hausten? Eg er heime på fredagane no "
         "når fisket er slutt for sesongen."),
        "Vi seier opp barnehageplassen til {kid} frå {dag}. Takk for god tid på {bh}!",
    ],
}
_BH_HARD = {
    "nb": [
        ("Vi søker om redusert foreldrebetaling for {kid}. Det har vært et svært dårlig år på gården. Tørken i "
         "sommer gjorde at vi måtte kjøpe inn fôr for over 200 000 kroner, og inntekten vår er nesten borte. "
         "Regnskapet fra regnskapsføreren er vedlagt."),
        ("Mannen min, {partner}, skadet seg om bord i båten i vinter og har vært sykmeldt siden. Han får ikke "
         "full lott, og vi har bare min deltidsinntekt. Kan vi søke om redusert betaling for {kid} i "
         "barnehagen?"),
    ],
    "nn": [
        ("Vi søkjer om redusert foreldrebetaling for {kid}. Sambuaren min, {partner}, miste hyra då båten vart "
         "seld, og eg har berre ei lita stilling. Skattemeldinga ligg ved."),
        ("Garden hadde eit svært dårleg år, og vi har nesten inga inntekt att etter at vi måtte kjøpa fôr. Vi "
         "søkjer om redusert betaling for {kid} i barnehagen."),
    ],
}


def _bh_slots(rng: random.Random, world: World, p: Person) -> dict[str, str]:
    return {"bh": pick(rng, ["Tunet barnehage", "Grendehuset barnehage", "Myrtua barnehage", "Fjøsnissen gardsbarnehage",
                             "Straumen barnehage", "Lia naturbarnehage"]),
            "farm": pick(rng, _FARMS), "bygd": pick(rng, _BYGD), "city": pick(rng, _CITIES),
            "kid": people.kid(rng)[0], "dag": _day(rng)}


def make_bh_gardsfamilie(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BH_GARD)
    p, email = private_sender(rng, world)
    s = _bh_slots(rng, world, p)
    text = _fill(pick(rng, _BH_GARD[lang]), s)
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang)
    subject = _subject(rng, text, [("sier opp|seier opp", ["Oppsigelse", "Oppseiing av plass", "Oppsigelse av plass"]),
                                   ("bytte|byta|redusert", ["Endring av plass", "Færre dager"]),
                                   ("ledige|trenger plass|treng barnehage", ["Barnehageplass", "Plass i barnehagen"])],
                       ["bhg plass", "Spørsmål barnehage", "Barnehagen"])
    return _draft(tenant, p.name, email, subject,
                  body, "barnehage")


def make_bh_hardt_aar(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BH_HARD)
    p, email = private_sender(rng, world)
    s = _bh_slots(rng, world, p)
    kid = Person(s["kid"], p.last)
    partner = Person(people.adult_first(rng, "m"), p.last)
    s.update(kid=kid.name if rng.random() < 0.5 else kid.first, partner=partner.name)
    text = _fill(pick(rng, _BH_HARD[lang]), s)
    atts = [AttachmentSpec(pick(rng, ["regnskap.pdf", "skattemelding.pdf"]), "pdf",
                           f"Resultatregnskap\n{p.name}\nDriftsresultat ...")] if ("edlagt" in text or "ligg ved" in text) else []
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang, [p.name, kid.name, kid.first, partner.name])
    return _draft(tenant, p.name, email, pick(rng, ["Redusert betaling", "Foreldrebetaling", "Søknad om moderasjon",
                                                     "Barnehage betaling"]),
                  body, "barnehage", skjerming="P13", attachments=atts,
                  personnavn=[p.name, kid.name, partner.name],
                  note="Economic hardship (failed farm year, injured fisherman): P13.")


# ======================================================================================
# barnevern
# ======================================================================================

_BV_NABO = {
    "nb": [
        ("Jeg er pensjonist og bor på nabogården, og jeg har lenge vært i tvil om jeg skulle skrive dette. "
         "Jeg vil ikke blande meg i andres liv.\n\nMen de to små, {kid1} og {kid2}, går ofte alene langs "
         "veien sent på kvelden, også nå som det er mørkt og kaldt. Den minste hadde ikke sko på seg forrige "
         "uke. Jeg har gitt dem mat et par ganger, og de spiser som om de ikke har fått noe hele dagen.\n\n"
         "Jeg ber barnevernet om å se til dem. Jeg vil helst ikke at foreldrene skal vite at det er meg."),
        ("hei. jeg bor like ved {adr}. der bor det en familie med barn, {kid1} er kanskje 8 år. det er mye "
         "skriking og bråk om nettene og i går så jeg at faren dro ungen etter armen over tunet. jeg tenkte "
         "dere burde vite det"),
        ("Til barnevernet\n\nJeg og kona mi har vært naboer med familien på {farm} i mange år. Etter at mor "
         "flyttet ut i vinter, virker det som om far drikker mye, og ungene, {kid1} og {kid2}, er mye overlatt "
         "til seg selv. Bilen står ofte i veikanten om morgenen, og ungene kommer for seint til bussen.\n\n"
         "Vi kan snakkes på telefon {phone}."),
    ],
    "nn": [
        ("Eg er pensjonist og bur på garden ved sida av. Eg har lenge vore uroleg for borna på {farm}, "
         "{kid1} og {kid2}. Dei er mykje åleine, og eg har sett at den eldste har hatt blåmerke i andletet. Eg "
         "vil ikkje at familien skal få vita at det er eg som har meldt frå."),
        ("Hei. Eg vil seia frå om ungane i huset nedanfor oss. {kid1} kjem ofte til oss om kvelden fordi "
         "det er bråk heime. Vi gjev barnet mat og lèt det sova på sofaen. Kan de sjå på dette?"),
    ],
}


def make_bv_nabo(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BV_NABO)
    p, email = private_sender(rng, world)
    last = world.person().last
    k1, k2 = Person(people.kid(rng)[0], last), Person(people.kid(rng)[0], last)
    s = {"kid1": k1.first if rng.random() < 0.5 else k1.name, "kid2": k2.first, "adr": world.street(),
         "farm": pick(rng, _FARMS), "phone": world.phone()}
    text = _fill(pick(rng, _BV_NABO[lang]), s)
    body = text + "\n\n" + _old_sign(rng, p, lang, pick(rng, _BYGD))
    return _draft(tenant, p.name, email, pick(rng, ["Bekymring", "Ungene på nabogården", "Til barnevernet",
                                                     "Uro for borna", "Fortrolig", "Melding"]),
                  body, "barnevern", skjerming="BV", personnavn=[p.name, k1.name, k2.name],
                  note="Older neighbour's worry about children: BV; the reporter and the children are screened.")


# ======================================================================================
# innsynskrav
# ======================================================================================

_INNSYN_GRUNN = {
    "nb": [
        ("Jeg eier {farm} ({gbnr}) og har fått høre at naboen har søkt om å bygge et stort lagerbygg rett ved "
         "grensa vår. Jeg ber om innsyn i søknaden, tegningene og det som ellers finnes i saken.{ref}"),
        ("Med hjemmel i offentleglova ber jeg om kopi av all korrespondanse mellom kommunen og Statens vegvesen "
         "om den nye avkjørselen ved {farm} de siste to årene.{ref}"),
        "ber om innsyn i saken om landbruksveien over {gbnr}.{ref} send på epost takk",
        ("God dag. Jeg har fått vite at kommunen har behandlet en konsesjonssak for eiendommen ved siden av "
         "meg ({gbnr}). Kan jeg få kopi av vedtaket og søknaden?{ref}"),
    ],
    "nn": [
        ("Eg eig {farm} ({gbnr}) og ber om innsyn i søknaden frå naboen om ny driftsbygning, med teikningar.{ref}"),
        "Kan eg få kopi av dokumenta i saka om vegen over garden min, {gbnr}?{ref} Eg ber om innsyn etter offentleglova.",
        "Hei. Ber om innsyn i vedtaket om konsesjon for {gbnr}.{ref}",
    ],
}


def make_innsyn_grunneier(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _INNSYN_GRUNN)
    p, email = private_sender(rng, world)
    prop = world.property()
    ref = ""
    accept: list[dict] = []
    note = "Access request from a landowner: innsynskrav, sak null."
    r = rng.random()
    if r < 0.3:
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - "
                               + pick(rng, ["Søknad om driftsbygning", "Søknad om lagerbygg", "Dispensasjon - landbruksvei"]),
                               prop=prop)
        ref = " " + world.cite_phrase(case.sak, lang) + "."
        accept = [{"category": "byggesak", "sak": case.sak}]
        note = "Access request citing an open byggesak; innsynskrav gets sak null, the byggesak reading is accepted."
    elif r < 0.4:
        ref = " " + world.cite_phrase(world.unknown_saknr(), lang) + "."
    s = {"farm": pick(rng, _FARMS), "gbnr": _gbnr(rng, prop, lang), "ref": ref}
    body = _noise(rng, _fill(pick(rng, _INNSYN_GRUNN[lang]), s) + "\n\n" + _sign(rng, world, p, lang), lang)
    return _draft(tenant, p.name, email, pick(rng, ["Innsyn", "Innsynskrav", "Kopi av dokumenter" if lang == "nb"
                                                     else "Kopi av dokument", f"Innsyn {prop.gnr}/{prop.bnr}",
                                                     "Be om innsyn"]),
                  body, "innsynskrav", accept=accept, note=note)


_INNSYN_HYTTE = {
    "nb": [
        ("Hei. Jeg har hytte i {bygd} og følger med på postlista deres fra {city}. I journalen for uke {week} "
         "står det et brev fra Statens vegvesen om «{doc}». Jeg ber om innsyn i dette dokumentet."),
        ("Vi er en gruppe hytteeiere som er bekymret for planene om vindkraft på fjellet ovenfor {bygd}. Vi ber "
         "om innsyn i all korrespondanse mellom kommunen og utbyggeren i år. Dokumentene kan sendes på e-post."),
        "Ber om kopi av dokumentet «{doc}», journalført i uke {week}. Takk.",
    ],
    "nn": [
        "Hei. I postlista for veke {week} står det eit brev med tittelen «{doc}». Eg har hytte der og ber om innsyn.",
        ("Vi er hytteeigarar i {bygd} og ber om innsyn i alle dokument om den nye hyttevegen, inkludert avtalane "
         "med grunneigarane."),
    ],
}


def make_innsyn_hytteeier(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _INNSYN_HYTTE)
    p, email = private_sender(rng, world)
    bygd = pick(rng, _BYGD)
    s = {"bygd": bygd, "city": pick(rng, _CITIES), "week": str(rng.randint(30, 42)),
         "doc": pick(rng, [f"Avkjørsel til hyttefelt {bygd}", f"Utbedring av veg til {bygd}",
                           f"Vedr. hyttefeltet i {bygd}", f"Parkering ved {bygd} vegende"])}
    body = _noise(rng, _fill(pick(rng, _INNSYN_HYTTE[lang]), s) + "\n\n" + _sign(rng, world, p, lang), lang,
                  terse_p=0.1)
    return _draft(tenant, p.name, email, pick(rng, ["Innsyn i postliste", "Innsynskrav", "Dokument fra postlista",
                                                     "Innsyn", "Kopi av brev"]),
                  body, "innsynskrav", note="Cabin owner reads the postliste from elsewhere; no case.")


# ======================================================================================
# vann_avlop
# ======================================================================================

_VA_HYTTE = {
    "nb": [
        ("Vi har hytte på {gbnr} i {bygd} og bruker den bare i fellesferien og et par helger i påsken. Likevel "
         "får vi fullt årsgebyr for vann og avløp, det samme som de som bor der hele året. Er det mulig å få "
         "redusert gebyr, eller betale etter målt forbruk?"),
        "Måleravlesning for hytta på {gbnr}: {stand} m3. Vi var oppe i helgen og tok bildet som ligger ved.",
        ("Hei. Da vi kom til hytta i helgen, rant det vann ut av grunnmuren. Vi har stengt hovedkranen, men vi "
         "tror stikkledningen har frosset i vinter. Hvem har ansvaret for ledningen fram til hytta? Vi reiser "
         "tilbake til {city} på søndag."),
        ("Vi har fått brev om pålegg om tilknytning til det nye kommunale avløpsnettet i {bygd}. Vi har en "
         "godkjent tett tank fra 2009 og mener tilknytning blir urimelig dyrt for ei hytte som står tom ti "
         "måneder i året."),
    ],
    "nn": [
        ("Vi har hytte på {gbnr} og brukar ho berre nokre veker i året. Vi får likevel fullt gebyr for vatn og "
         "avlaup. Kan vi søkja om reduksjon?"),
        "Målarstand for hytta vår på {gbnr}: {stand} m3. Bilete ligg ved.",
        ("Hei. Det renn vatn i grøfta nedanfor hytta vår i {bygd}, og trykket i krana er nesten borte. Vi trur "
         "det er lekkasje på den kommunale leidningen. Vi er sjølve i {city}."),
    ],
    "en": [
        ("Hello, we own a holiday cabin at {gbnr} in {bygd} and only use it in the summer. We were surprised to "
         "receive the full annual fee for water and sewage. Is it possible to pay according to the water meter "
         "instead?"),
        "Water meter reading for our cabin at {gbnr}: {stand} m3. A photo of the meter is attached.",
        ("Dear municipality, when we arrived at our cabin in {bygd} we found water running out under the "
         "foundation. We have closed the main valve. Who is responsible for the pipe up to the house?"),
    ],
}


def make_va_hytte(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _VA_HYTTE, english=0.12)
    p, email = _foreign_owner(rng, world) if lang == "en" else private_sender(rng, world)
    prop = world.property()
    s = {"gbnr": _gbnr(rng, prop, lang), "bygd": pick(rng, _BYGD), "city": pick(rng, _CITIES),
         "stand": str(rng.randint(12, 480))}
    text = _fill(pick(rng, _VA_HYTTE[lang]), s)
    sak = None
    if rng.random() < 0.3:
        case = world.open_case(tenant, "vann_avlop", f"{prop.gnr}/{prop.bnr} - "
                               + pick(rng, ["Vannmåler - avlesning og gebyr", "Tilknytning til kommunalt vann og avløp"]),
                               prop=prop)
        sak = case.sak
        text = world.cite_phrase(case.sak, lang) + "\n\n" + text
    atts = [AttachmentSpec("IMG_" + str(rng.randint(1000, 9999)) + ".jpg", "image")] \
        if ("ligger ved" in text or "ligg ved" in text or "attached" in text) else []
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang)
    subject = _subject(rng, text, [("gebyr", ["Gebyr hytte", "Årsgebyr for hytta"]), ("m3", ["Måleravlesning", "Målarstand"]),
                                   ("rant|renn|lekk", ["Lekkasje ved hytta", "Vatn i grøfta"]),
                                   ("tilknytning", ["Pålegg om tilknytning", "Tilknytning"]),
                                   ("annual fee", ["Water fee for our cabin", "Annual fee"]),
                                   ("meter reading", ["Water meter reading"]), ("running out", ["Water leak at cabin"])],
                       ["Cabin", "Water"] if lang == "en" else ["Vann og avløp hytte", "Vatn og avlaup", "Hytta"])
    return _draft(tenant, p.name, email, subject,
                  body, "vann_avlop", sak=sak, attachments=atts)


_VA_GARD = {
    "nb": [
        ("Brønnen på gården har gått tom for tredje sommer på rad, og vi har måttet kjøre vann til dyra med "
         "tankhenger. Den kommunale vannledningen går bare 400 meter fra tunet. Hva koster det å knytte seg "
         "til, og kan vi få lov?"),
        ("Den kommunale vannledningen som går over jordet vårt på {gbnr} må ha sprunget lekk. Det er blautt i "
         "enga midt i tørkeperioden, og det bobler opp vann ved kumlokket. Kan noen komme og se på det før "
         "vi skal slå?"),
        ("slamavskilleren på {farm} skulle vært tømt i juni men ingen har kommet. den er full nå og det "
         "begynner å lukte. kan dere sende bilen?"),
        ("Vi ønsker å bygge nytt avløpsanlegg for våningshuset og kårboligen på {gbnr}. Rørleggeren sier vi "
         "trenger utslippstillatelse. Hvilket skjema skal vi bruke?"),
    ],
    "nn": [
        ("Brønnen vår har gått tom i tørken, og vi køyrer no vatn til fjøset kvar dag. Den kommunale leidningen "
         "går langs vegen nedanfor garden. Kan vi koplast på, og kva kostar det?"),
        ("Slamavskiljaren på {farm} vart ikkje tømd i sommar som han skulle. Han er full no. Kan de senda "
         "bilen?"),
        ("Det står vatn i enga vår på {gbnr} der den kommunale leidningen går. Eg trur det er lekkasje. Kom "
         "gjerne og sjå, men ring først, for oksen går ute."),
    ],
}


def make_va_gard(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _VA_GARD)
    p, email = private_sender(rng, world)
    prop = world.property()
    s = {"gbnr": _gbnr(rng, prop, lang), "farm": pick(rng, _FARMS)}
    text = _fill(pick(rng, _VA_GARD[lang]), s)
    body = text + "\n\n" + _sign(rng, world, p, lang, phone=rng.random() < 0.6)
    if rng.random() < 0.15:
        body = _lower_voice(body)
    body = _noise(rng, body, lang)
    subject = _subject(rng, text, [("brønn", ["Brønn tom", "Vann til gården", "Tilkopling vatn"]),
                                   ("lekk|blautt|vatn i enga", ["Lekkasje på jordet", "Lekkasje"]),
                                   ("slam", ["Slamtømming", "Tømming slamavskiller"]),
                                   ("utslipp|avløpsanlegg", ["Avløp", "Utslippstillatelse"])],
                       ["Vann og avløp", "Spørsmål"])
    return _draft(tenant, p.name, email, subject,
                  body, "vann_avlop")


# ======================================================================================
# vei_trafikk
# ======================================================================================

_VEI_GARD = {
    "nb": [
        ("Vi skal bygge ny landbruksvei opp til skogteigen på {gbnr} og trenger ny avkjørsel fra den "
         "kommunale veien ved {farm}. Landbrukskontoret har godkjent veiplanen. Hva må vi sende inn for å få "
         "avkjørselstillatelse?"),
        ("Stikkrenna under den kommunale veien ved {farm} er tett, og i regnværet i går gikk bekken over veien "
         "og rett inn på jordet vårt. Det er ikke første gang. Kan kommunen rense eller bytte renna før "
         "høstflommen?"),
        ("brøytebilen kaster all snøen inn i gardsveien vår hver gang den kjører forbi. i dag kom ikke "
         "melkebilen fram. dette må dere ordne. {farm}, {gbnr}"),
        ("Vi får ikke kjøre ut tømmer fordi det er satt opp skilt om 8 tonn aksellast på kommuneveien forbi "
         "{farm}. Hvor lenge varer telerestriksjonene i år? Tømmerbilen står klar."),
    ],
    "nn": [
        ("Vi skal byggja landbruksveg til skogen på {gbnr} og treng ny avkøyrsle frå den kommunale vegen. "
         "Kva skjema skal vi bruka?"),
        ("Stikkrenna under kommunevegen ved {farm} er tett, og vatnet går over vegen og ut på innmarka vår. "
         "Kan de ordna det før hausten?"),
        ("Brøytebilen fyller gardsvegen vår med snø kvar einaste gong. I dag kom ikkje mjølkebilen fram. "
         "Dette må de gjera noko med."),
    ],
}


def make_vei_gard(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _VEI_GARD)
    p, email = private_sender(rng, world)
    prop = world.property()
    s = {"gbnr": _gbnr(rng, prop, lang), "farm": pick(rng, _FARMS)}
    text = _fill(pick(rng, _VEI_GARD[lang]), s)
    sak = None
    if rng.random() < 0.25:
        title = ("Søknad om avkjørselstillatelse" if re.search("avkjørsel|avkøyrsle", text) else
                 "Stikkrenne og overvann" if "tikkrenn" in text else
                 "Brøyting av kommunal veg" if re.search("brøyte|brøyta", text, re.IGNORECASE) else "Telerestriksjoner kommunal veg")
        case = world.open_case(tenant, "vei_trafikk", f"{prop.gnr}/{prop.bnr} - {title}", prop=prop)
        sak = case.sak
        text = pick(rng, ["Viser til ", "Gjelder ", "Ang. "]) + world.cite_phrase(case.sak, lang) + ".\n\n" + text
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang, terse_p=0.35)
    subject = _subject(rng, text, [("avkjørsel|avkøyrsle", ["Avkjørsel", "Landbruksvei", "Avkøyrsle"]),
                                   ("stikkrenn", ["Stikkrenne tett", "Vatn over vegen"]),
                                   ("brøyte", ["Brøyting", "Snø i gardsvegen"]), ("tonn|tømmer", ["Telerestriksjoner"])],
                       ["Kommunevegen", "Vegen forbi garden", "Vei"])
    return _draft(tenant, p.name, email, subject,
                  body, "vei_trafikk", sak=sak)


_VEI_PENSJ = {
    "nb": [
        ("God dag.\n\nJeg har bodd i {adr} i over førti år, og vi har alltid vært fornøyd med brøytingen her. "
         "Det skal dere ha.\n\nMen i natt tok brøytebilen med seg postkassestativet mitt, og det ligger nå i "
         "grøfta. Jeg er {age} år og klarer ikke å sette det opp igjen selv. Kan dere sørge for at det blir "
         "satt opp igjen?"),
        ("Gatelyset utenfor {adr} har vært slukket siden oktober. Det er svært mørkt på veien når jeg går med "
         "hunden om morgenen, og jeg har falt en gang. Kan noen se på det?"),
        ("det er ikke strødd i bakken opp til {adr} i hele vinter. vi er mange gamle som bor her og vi tør "
         "ikke gå ut. er det noen som har glemt oss?"),
        ("Hei...busskuret ved {adr} blåste ned i stormen og er ikke satt opp igjen...nå står vi gamle ute i "
         "regnet og venter på bussen...håper det kan ordnes før jul...."),
    ],
    "nn": [
        ("God dag. Eg har budd i {adr} sidan 1971. I natt tok brøytebilen postkassa mi, og no ligg ho i "
         "grøfta. Eg er {age} år og får ikkje sett ho opp att sjølv. Kan de hjelpa?"),
        "Det er ikkje strødd i bakken opp til {adr} i heile vinter. Vi er fleire eldre som bur her og vågar ikkje gå ut.",
    ],
}


def make_vei_pensjonist(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _VEI_PENSJ)
    p, email = private_sender(rng, world)
    s = {"adr": world.street(), "age": str(rng.randint(72, 93))}
    text = _fill(pick(rng, _VEI_PENSJ[lang]), s)
    body = text + "\n\n" + _old_sign(rng, p, lang, pick(rng, _BYGD))
    if rng.random() < 0.2:
        body = _lower_voice(body)
    elif rng.random() < 0.2:
        body = _dots(rng, body)
    subject = _subject(rng, text, [("postkass", ["Postkasse", "Brøytebilen tok postkassa"]), ("gatelys", ["Gatelys"]),
                                   ("strødd", ["Strøing", "Glatt"]), ("busskur", ["Busskur"])],
                       ["Vegen", "Fra en pensjonist"])
    return _draft(tenant, p.name, email, subject,
                  body, "vei_trafikk", note="Older resident about road upkeep: vei_trafikk, no skjerming for age alone.")


_VEI_NOTAT = [
    ("Telefonnotat\n\n{caller} ({farm}, {gbnr}) ringte i dag. Innringer bruker ikke e-post. Stikkrenna under "
     "kommuneveien ved gården er tett, og vannet går inn på dyrket mark. Innringer ber om at driftsavdelingen ser "
     "på det denne uka. Ring tilbake på {phone}."),
    ("Telefon fra {caller}, {farm}: Brøyteentreprenøren har skadet steingjerdet langs kommuneveien ved "
     "{gbnr}. Innringer ønsker at kommunen dekker reparasjonen. Må følges opp med entreprenøren."),
    ("Notat: {caller} ringte om avkjørselen ved {farm} ({gbnr}). Innringer har fått svar fra oss og er fornøyd. "
     "Ingen videre oppfølging, notatet legges i saken."),
    ("{caller} møtte opp på servicetorget og fortalte at skiltet om fartsgrense ved {farm} er veltet. "
     "Meldt videre til vegvokteren. Til orientering, ingen oppfølging fra oss."),
]


def make_vei_telefonnotat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    prop = world.property()
    caller = world.person()
    text = _fill(pick(rng, _VEI_NOTAT), {"caller": caller.name, "farm": pick(rng, _FARMS),
                                           "gbnr": _gbnr(rng, prop), "phone": world.phone()})
    followup = "Ingen videre" not in text and "ingen oppfølging" not in text
    sak = None
    subject = pick(rng, ["Telefonnotat", "Notat", "Henvendelse på telefon", "Notat - kommunevei"])
    if rng.random() < 0.4:
        case = world.open_case(tenant, "vei_trafikk", f"{prop.gnr}/{prop.bnr} - "
                               + pick(rng, ["Søknad om avkjørselstillatelse", "Skade på kommunal veg", "Stikkrenne"]),
                               prop=prop)
        sak = case.sak
        subject += f" - {world.cite(case.sak)}"
    body = text + f"\n\n{emp.name}\n" + pick(rng, ["Kommunalteknikk", "Servicetorget", "Drift veg", "Teknisk drift"])
    return _draft(tenant, emp.name, email, subject, body, "vei_trafikk", jpt="N" if followup else "X", sak=sak,
                  av=avsender(emp.name, email),
                  note="Employee records a call from a farmer without e-mail: N when it needs follow-up, X when not.")


# ======================================================================================
# politisk
# ======================================================================================

_POL = {
    "nb": [
        ("Kjære ordfører.\n\nJeg har fulgt med i lokalpolitikken i {bygd} i over seksti år, og jeg har sett "
         "mange gode og mindre gode vedtak. Jeg var selv med og bygde grendehuset på dugnad i 1965.\n\nNå leser "
         "jeg i avisa at ferjeavgangen klokken 06.40 skal kuttes fra nyttår. Det er den ferja fiskerne og "
         "pendlerne bruker, og uten den blir det umulig å bo her ute for de unge. Jeg ber ordføreren ta dette "
         "opp med fylkeskommunen og kjempe for ferja vår.\n\nMed ønske om et godt arbeid videre."),
        ("Til kommunestyret\n\nVi er en gruppe pensjonister i {bygd} som er bekymret for at postkontoret i "
         "butikken skal legges ned. Mange av oss har ikke nettbank, og vi er avhengige av å kunne betale "
         "regninger og hente pakker her. Vi ber kommunestyret om å ta saken opp med Posten."),
        "til ordføreren. når kommer fiberen til {bygd}??? dere lovte det før valget. vi venter fortsatt",
        ("Ordfører {mayor}.\n\nJeg skriver om skolen i {bygd}. Om skolen legges ned, vil det ikke være barn "
         "igjen i grenda om ti år. Jeg vet at det koster penger, men jeg ber dere tenke på hva det koster å "
         "miste en hel bygd."),
    ],
    "nn": [
        ("Kjære ordførar.\n\nEg har budd i {bygd} heile livet, og eg har aldri skrive til kommunen før. Men no "
         "må eg.\n\nFerja som går tidleg om morgonen skal takast vekk, står det i avisa. Då kjem ikkje fiskarane "
         "seg til mottaket, og ungdomane kjem seg ikkje på skulen. Eg ber deg ta dette opp med fylket."),
        ("Til formannskapet. Vi i {bygd} ber om at bygdeskulen vert ståande. Han er hjartet i grenda, og utan "
         "han flyttar dei unge familiane. Vi har samla {n} underskrifter, sjå vedlegg."),
    ],
}


def make_pol_ordforer(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _POL)
    p, email = private_sender(rng, world)
    s = {"bygd": pick(rng, _BYGD), "mayor": world.person().name, "n": str(rng.randint(40, 400))}
    text = _fill(pick(rng, _POL[lang]), s)
    atts = [AttachmentSpec("underskrifter.pdf", "scan", "Underskriftsliste\nNamn Adresse Underskrift")] \
        if "vedlegg" in text else []
    body = text + "\n\n" + _old_sign(rng, p, lang, s["bygd"])
    if "???" in text:
        body = _noise(rng, body, lang)
    subject = _subject(rng, text, [("ferj", ["Ferja", "Ferjeavgangen"]), ("postkontor", ["Postkontoret"]),
                                   ("fiber", ["Fiber", "Fiberen"]), ("skole|skule", ["Skolen i bygda" if lang == "nb" else "Skulen i bygda"])],
                       ["Til ordføreren", "Brev til kommunestyret", "Til ordførar"])
    return _draft(tenant, p.name, email, subject,
                  body, "politisk", attachments=atts, note="Older resident writes to the mayor or council.")


# ======================================================================================
# horing
# ======================================================================================

_HOR_TOPICS = [
    ("forskrift om båndtvang for hund", "Forskrift om båndtvang for hund"),
    ("ny renovasjonsforskrift", "Ny renovasjonsforskrift"),
    ("forskrift om slamtømming", "Forskrift om tømming av slamavskillere"),
    ("forskrift om snøskuterløyper", "Forskrift om snøskuterløyper"),
    ("gebyrregulativ for vann og avløp", "Gebyrregulativ vann og avløp"),
]
_HOR = {
    "nb": [
        ("{org} viser til høringen om {topic}{ref} og vil gi følgende uttalelse:\n\nVi støtter at det innføres "
         "båndtvang i lammingstida, men perioden bør vare til 1. september, ikke 20. august. Sauen går på "
         "utmarksbeite helt til sankinga, og løs hund gjør stor skade."),
        ("Høringsuttalelse fra {org} til {topic}{ref}.\n\nMedlemmene våre bor spredt, og mange har lang vei til "
         "nærmeste hentepunkt. Vi ber om at henting av avfall fortsatt skjer ved gardsveien, og at gebyret "
         "ikke økes for dem som bor langt unna."),
        "Vedlagt følger høringsuttalelse fra {org} til {topic}{ref}.",
    ],
    "nn": [
        ("{org} viser til høyringa om {topic}{ref} og har desse merknadene:\n\n1. Fristen for tømming må "
         "tilpassast onna.\n2. Bilen kjem ikkje fram på mange av gardsvegane, og gebyret må ta omsyn til det."),
        "Vedlagt ligg høyringsfråsegna frå {org} til {topic}{ref}.",
    ],
}


def make_hor_lag(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _HOR)
    p, email = private_sender(rng, world)
    bygd = pick(rng, _BYGD)
    org = pick(rng, [f"{bygd} bondelag", f"{bygd} sau og geit", f"{bygd} fiskarlag", f"Grunneigarlaget i {bygd}",
                     f"{bygd} bonde- og småbrukarlag"])
    topic, title = pick(rng, _HOR_TOPICS)
    sak = None
    ref = ""
    if rng.random() < 0.55:
        case = world.open_case(tenant, "horing", f"Høring - {title}")
        sak = case.sak
        ref = f" ({world.cite_phrase(case.sak, lang)})"
    text = _fill(pick(rng, _HOR[lang]), {"org": org, "topic": topic, "ref": ref})
    atts = [AttachmentSpec("horingsuttalelse.pdf", "pdf",
                           f"Høringsuttalelse - {title}\nFra {org}\nStyret har behandlet saken i møte ...")] \
        if "edlagt" in text else []
    role = pick(rng, ["leder", "sekretær", "styreleder"] if lang == "nb" else ["leiar", "skrivar", "styreleiar"])
    body = text + "\n\n" + _sign(rng, world, p, lang) + f"\n{role}, {org}"
    return _draft(tenant, p.name, email, pick(rng, [f"Høringsuttalelse - {title}", f"Høyring {topic}",
                                                     "Høringsuttalelse", f"Uttalelse fra {org}"]),
                  body, "horing", sak=sak, attachments=atts, av=avsender(org, email),
                  note="Local farmers'/fishers' association answers the kommune's hearing.")


# ======================================================================================
# tilsyn
# ======================================================================================

_TILSYN = [
    ("Varsel om forvaltningskontroll av landbruksforvaltningen i {kommune}\n\nStatsforvalteren vil i uke {week} "
     "gjennomføre kontroll av kommunens behandling av søknader om produksjonstilskudd og tilskudd til "
     "avløsning ved sykdom. Kontrollen omfatter et utvalg saker fra søknadsomgangen {year}.\n\nVi ber om at "
     "kommunen innen {frist} sender oversikt over saksbehandlingsrutiner og kontaktperson."),
    ("Endelig rapport etter forvaltningskontroll - {kommune}\n\nVedlagt følger endelig rapport etter "
     "kontrollen av kommunens forvaltning av SMIL- og NMSK-midler. Det ble funnet ett avvik knyttet til "
     "dokumentasjon av utbetalinger. Kommunen bes sende plan for lukking av avviket innen {frist}."),
    ("Varsel om tilsyn med {kommune} sitt vannverk\n\nMattilsynet varsler tilsyn med vannverket i {bygd} "
     "den {dato}. Tilsynet vil omfatte beredskapsplan, prøvetakingsplan og tilstanden til "
     "høydebassenget.\n\nSe vedlagt brev."),
]


def make_tilsyn_landbruk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p = world.person()
    text = pick(rng, _TILSYN)
    if "Mattilsynet" in text:
        org, email = "Mattilsynet", "postmottak@mattilsynet.no"
    else:
        org = pick(rng, ["Statsforvalteren i Vestkyst", "Statsforvalteren i Kystfylket"])
        email = pick(rng, ["sfvkpost@statsforvalteren.no", "sfkfpost@statsforvalteren.no"])
    sak = None
    ref_line = f"Vår ref.: {rng.randint(2025, 2026)}/{rng.randint(1000, 19999)}"
    if rng.random() < 0.3:
        title = "Tilsyn med vannverket" if org == "Mattilsynet" else "Forvaltningskontroll landbruk"
        case = world.open_case(tenant, "tilsyn", f"{title} {rng.choice([2025, 2026])}")
        sak = case.sak
        ref_line += f"\nDykkar ref.: {world.cite(case.sak)}" if tenant == "havoy" else f"\nDeres ref.: {world.cite(case.sak)}"
    body = ref_line + "\n\n" + text.format(kommune=kommune_name(tenant), week=rng.randint(36, 48), year=rng.choice([2025, 2026]),
                                           frist=_date_words(rng), bygd=pick(rng, _BYGD), dato=_date_words(rng))
    body += f"\n\nMed hilsen\n\n{p.name}\n{pick(rng, ['seniorrådgiver', 'rådgiver', 'seksjonsleder'])}\n{org}"
    subject = body.split("\n\n")[1].split("\n")[0]
    atts = [AttachmentSpec(pick(rng, ["varsel.pdf", "rapport.pdf", "brev.pdf"]), "pdf", subject + "\n" + org)]
    return _draft(tenant, p.name, email, subject, body, "tilsyn", sak=sak, attachments=atts, av=avsender(org, email),
                  note="Supervisory body writes to the kommune; its own reference is not an open case.")


# ======================================================================================
# bevilling
# ======================================================================================

_BEV_BUTIKK = [
    ("Vi driver {shop} i {bygd} og søker om salgsbevilling for øl med alkoholinnhold inntil 4,7 %. Butikken "
     "er den eneste i grenda, og folk må i dag kjøre 40 minutter for å handle øl til helga. Styrer blir "
     "undertegnede, stedfortreder {deputy}. Søknadsskjema, firmaattest og skatteattest ligger ved."),
    ("Vi har åpnet kafé i bakrommet på {shop} og ønsker å servere øl og vin til maten, særlig om sommeren "
     "når hyttefolket og turistene kommer. Vi søker derfor om skjenkebevilling for gruppe 1 og 2, "
     "innendørs og på terrassen mot sjøen."),
    ("Hei. Bevillingen vår for salg av øl går ut ved nyttår. Må vi søke på nytt, eller fornyes den av seg "
     "selv? Vi er {shop} i {bygd}."),
    "Vedlagt er søknad om salgsbevilling for {shop}. Ring meg om noe mangler.",
]
_BEV_BUTIKK_NN = [
    ("Vi driv {shop} i {bygd} og søkjer om salsløyve for øl. Butikken er den einaste i grenda, og folk må "
     "elles køyra langt. Styrar vert underteikna, stedfortredar {deputy}. Skjema og attestar ligg ved."),
    "Hei. Kafeen på {shop} vil gjerne skjenkja øl og vin om sommaren. Kva må vi senda inn?",
]


def make_bev_butikk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, None)
    bygd = pick(rng, _BYGD)
    shop = pick(rng, [f"{bygd} Landhandel", f"{bygd} Handelslag", "Nærbutikken", "Joker " + bygd.split()[-1],
                      f"Bygdebutikken i {bygd}"])
    shop_firm = shop + pick(rng, [" AS", " SA", " ANS"])
    local = email.split("@")[0]
    email = local + "@" + _slug(shop) + ".no"
    lang = "nn" if tenant == "havoy" and rng.random() < 0.45 else "nb"
    s = {"shop": shop, "bygd": bygd, "deputy": world.person().name}
    text = _fill(pick(rng, _BEV_BUTIKK_NN if lang == "nn" else _BEV_BUTIKK), s)
    sak = None
    if rng.random() < 0.25:
        case = world.open_case(tenant, "bevilling", f"Salgsbevilling - {shop_firm}", part=shop_firm)
        sak = case.sak
        text = world.cite_phrase(case.sak, lang) + "\n\n" + text
    atts = []
    if "ligger ved" in text or "ligg ved" in text or "edlagt" in text:
        atts.append(AttachmentSpec("soknad_bevilling.pdf", pick(rng, ["pdf", "scan"]),
                                   f"Søknad om bevilling\nSøker: {shop_firm}\nOrganisasjonsnummer: {firm.orgnr}\n"
                                   f"Styrer: {p.name}"))
    sig = _sign(rng, world, p, lang) + f"\n{shop_firm}"
    if rng.random() < 0.4:
        sig += f"\nOrg.nr. {firm.orgnr}"
    subject = _subject(rng, text, [("kafé|kafeen", ["Skjenkebevilling kafé", "Skjenking i kafeen"]),
                                   ("går ut|fornye", ["Fornyelse bevilling"]), ("salgsbevilling|salsløyve", ["Salgsbevilling", "Bevilling øl"])],
                       ["Søknad om bevilling", "Bevilling"])
    return _draft(tenant, p.name, email, subject,
                  text + "\n\n" + sig, "bevilling", sak=sak, attachments=atts, av=avsender(shop_firm, email),
                  orgnr_if_stated=firm.orgnr, note="Village shop applies for a licence; orgnr when stated.")


_BEV_FEST = {
    "nb": [
        ("{lag} arrangerer låvedans på {farm} lørdag {dato}, med levende musikk og ca. {n} gjester. Vi søker om "
         "skjenkebevilling for en enkelt anledning, øl og vin, fra kl. 20 til 01. Ansvarlig: undertegnede. "
         "Vakter er ordnet."),
        ("Hei! Vi i {lag} skal ha bygdedag {dato} og vil gjerne selge øl i teltet på kvelden. Hva må vi søke "
         "om, og hvor lang tid tar det? Det er første gang vi gjør dette."),
        "søknad om skjenkeløyve for haustfesten til {lag} {dato} i grendehuset. ca {n} stk. øl og vin. mvh",
    ],
    "nn": [
        ("{lag} skipar til haustfest i grendehuset {dato}. Vi søkjer om skjenkeløyve for ein einskild høve, "
         "øl og vin, for om lag {n} personar. Eg er ansvarleg."),
        ("Hei. Vi i {lag} skal ha låvedans på {farm} {dato}. Treng vi løyve for å selja øl i baren? Vi har "
         "aldri gjort det før."),
        "Søknad om skjenkeløyve til 17. mai-festen for {lag} i grendehuset. Om lag {n} personar. Skjemaet ligg ved.",
    ],
}


def make_bev_bygdefest(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BEV_FEST)
    p, email = private_sender(rng, world)
    bygd = pick(rng, _BYGD)
    lag = pick(rng, [f"{bygd} grendelag", f"Ungdomslaget {pick(rng, ['Fram', 'Vonbrot', 'Samhald', 'Heimhug'])}",
                     f"{bygd} idrettslag", f"{bygd} bygdekvinnelag"])
    s = {"lag": lag, "farm": pick(rng, _FARMS), "dato": _date_words(rng), "n": str(rng.randint(60, 300))}
    text = _fill(pick(rng, _BEV_FEST[lang]), s)
    atts = [AttachmentSpec("skjema_skjenkeloyve.pdf", "scan", f"Søknad om skjenkebevilling\n{lag}")] if "ligg ved" in text else []
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang, [lag])
    subject = _subject(rng, text, [("låvedans", ["Låvedans"]), ("bygdedag", ["Bygdedag"]), ("haustfest", ["Haustfest"]),
                                   ("17. mai", ["17. mai"])],
                       ["Skjenkebevilling", "Skjenkeløyve", "Løyve til fest", "Søknad enkeltanledning"])
    return _draft(tenant, p.name, email, subject,
                  body, "bevilling", attachments=atts, av=avsender(lag, email),
                  note="A club applies for a one-off licence: avsender is the club.")


# ======================================================================================
# tilskudd
# ======================================================================================

_TS_IL = {
    "nb": [
        ("{lag} søker om tilskudd til ny lysløype rundt {bygd}. Løypa blir 2,5 km og skal brukes både av "
         "skolen, barnehagen og pensjonistene om dagen. Kostnad er beregnet til kr {belop}, og vi stiller med "
         "dugnad tilsvarende en tredjedel. Budsjett og kart ligger ved."),
        ("Hei. Vi er et lite idrettslag med {n} medlemmer, de fleste barn. Vi lurer på om det finnes tilskudd "
         "til nytt tak på klubbhuset. Det har lekket i to vintre nå."),
        "Vedlagt følger søknad fra {lag} om driftstilskudd for neste år.",
        ("Rapport for tilskudd til skileik for barn{ref}. Vi hadde {n} barn med gjennom vinteren, og alle "
         "pengene gikk til ski og lån av utstyr. Regnskap ligger ved."),
    ],
    "nn": [
        ("{lag} søkjer om tilskot til ny lysløype i {bygd}. Løypa skal brukast av skulen og barnehagen òg. "
         "Kostnaden er rekna til kr {belop}. Budsjett ligg ved."),
        ("Hei. Vi er eit lite idrettslag med {n} medlemer. Finst det tilskot til nytt dekke på ballbingen? "
         "Han er heilt utsliten."),
        "Rapport for tilskotet til sommarskulen{ref}. {n} born var med. Rekneskapen ligg ved.",
    ],
}


def make_ts_idrettslag(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _TS_IL)
    p, email = private_sender(rng, world)
    bygd = pick(rng, _BYGD)
    lag = pick(rng, [f"{bygd} IL", f"{bygd} idrettslag", f"IL {pick(rng, ['Fjellvind', 'Frisk', 'Brattli', 'Havbris'])}",
                     f"{bygd} skilag"])
    orgnr = world.orgnr()
    candidates = [t for t in _TS_IL[lang]]
    text_t = pick(rng, candidates)
    sak = None
    ref = ""
    if "{ref}" in text_t:
        case = world.open_case(tenant, "tilskudd", f"Tilskudd til lag og foreninger {rng.choice([2025, 2026])} - {lag}", part=lag)
        sak = case.sak
        ref = f" ({world.cite_phrase(case.sak, lang)})"
    text = _fill(text_t, {"lag": lag, "bygd": bygd, "n": str(rng.randint(25, 180)), "belop": f"{rng.randint(150, 900)} 000",
                          "ref": ref})
    atts = []
    if "ligger ved" in text or "ligg ved" in text or "edlagt" in text:
        kind = "rapport" if re.search("rapport", text, re.IGNORECASE) else "soknad"
        atts.append(AttachmentSpec(pick(rng, [f"{kind}.docx", f"{kind}_{lag.split()[0].lower()}.docx"]), "docx",
                                   ("Rapport for tilskudd" if kind == "rapport" else "Søknad om tilskudd")
                                   + f"\nSøker: {lag}\nOrganisasjonsnummer: {orgnr}\nBudsjett og regnskap ..."))
    sig = _sign(rng, world, p, lang) + "\n" + pick(rng, ["kasserer", "leder", "leiar", "styremedlem"]) + f", {lag}"
    if rng.random() < 0.3:
        sig += f"\nOrg.nr. {orgnr}"
    subject = _subject(rng, text, [("lysløype", ["Lysløype", "Søknad lysløype"]), ("klubbhus", ["Klubbhus", "Taket på klubbhuset"]),
                                   ("rapport", ["Rapport tilskudd", "Rapport"]), ("ballbing", ["Ballbingen"]),
                                   ("driftstilskudd", ["Driftstilskudd"])],
                       ["Søknad om tilskudd", "Tilskot", f"Søknad frå {lag}"])
    return _draft(tenant, p.name, email, subject,
                  text + "\n\n" + sig, "tilskudd", sak=sak, attachments=atts, av=avsender(lag, email),
                  orgnr_if_stated=orgnr, note="Sports club; avsender is the club, orgnr only when stated.")


_TS_GREND = {
    "nb": [
        ("Til kulturkontoret\n\nJeg er kasserer i {lag} og har vært det i snart tjue år. Grendehuset vårt ble "
         "bygd på dugnad i 1952, og det har vært samlingsstedet for bygda siden, til juletrefest, årsmøter, "
         "bryllup og begravelser.\n\nNå er taket så dårlig at det regner inn i salen. Vi har fått tilbud på nytt "
         "tak på kr {belop}, og laget har selv spart opp en del. Vi søker derfor om tilskudd til nærmiljøtiltak "
         "for resten.\n\nJeg legger ved tilbudet og årsregnskapet. Jeg er ikke så flink på data, så si fra "
         "om noe mangler."),
        ("Hei. {lag} vil bygge en gapahuk og en badebrygge ved {bygd}vannet. Er det mulig å søke om tilskudd "
         "til materialer? Dugnaden står vi for selv."),
        ("hei, vi har fått tilsagn om tilskudd til grendehuset{ref} men pengene er ikke kommet. "
         "kontonummeret har ikke endret seg. kan dere sjekke?"),
    ],
    "nn": [
        ("Eg er kasserar i {lag}. Grendahuset vårt er frå 1950-talet, og no må taket skiftast. Vi har fått "
         "tilbod på kr {belop}, og laget har spart ein del sjølv. Vi søkjer om tilskot til resten. Tilbodet "
         "ligg ved."),
        "Hei. Vi har fått tilsegn om tilskot{ref}. Kan vi få utbetalt no? Prosjektet er ferdig, og rapporten ligg ved.",
        ("{lag} vil setja opp ein gapahuk ved fjøra, til bruk for alle. Finst det tilskot til materialar? "
         "Dugnaden tek vi sjølve."),
    ],
}


def make_ts_grendelag(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _TS_GREND)
    p, email = private_sender(rng, world)
    bygd = pick(rng, _BYGD)
    lag = pick(rng, [f"{bygd} grendelag", f"{bygd} grendalag", f"{bygd} vel", f"Bygdelaget i {bygd}"])
    text_t = pick(rng, _TS_GREND[lang])
    sak = None
    ref = ""
    if "{ref}" in text_t:
        case = world.open_case(tenant, "tilskudd", f"Tilskudd til nærmiljøtiltak - {lag}", part=lag)
        sak = case.sak
        ref = f" ({world.cite_phrase(case.sak, lang)})"
    text = _fill(text_t, {"lag": lag, "bygd": bygd.split()[-1], "belop": f"{rng.randint(180, 650)} 000", "ref": ref})
    atts = []
    if "legger ved" in text or "ligg ved" in text:
        atts.append(AttachmentSpec(pick(rng, ["tilbud_tak.pdf", "arsregnskap.pdf", "rapport.pdf"]), "scan",
                                   f"Tilbud\nNytt tak grendehus\n{lag}"))
    if text.startswith("hei"):
        body = _noise(rng, text + "\n\n" + p.first, lang, [lag], terse_p=0.0)
    else:
        body = text + "\n\n" + _old_sign(rng, p, lang, lag)
    subject = _subject(rng, text, [("taket", ["Nytt tak grendehuset", "Taket på grendahuset"]), ("grende|grenda", ["Grendehuset"]), ("gapahuk", ["Gapahuk"]),
                                   ("utbet|pengene", ["Utbetaling", "Utbetaling av tilskot"])],
                       ["Søknad om tilskudd", "Tilskot", "Nærmiljøtiltak"])
    return _draft(tenant, p.name, email, subject,
                  body, "tilskudd", sak=sak, attachments=atts, av=avsender(lag, email),
                  note="Old treasurer of a grendelag writes for the association.")


# ======================================================================================
# eiendomsskatt
# ======================================================================================

_ESK = {
    "nb": [
        (("Jeg har fått skatteseddel for eiendomsskatt på kårboligen på {farm} ({gbnr}). Kårboligen er en del "
         "av gårdsbruket og er bolig for min mor. Så vidt jeg vet, skal bolig knyttet til landbruket ikke "
         "verdsettes som et vanlig bolighus. Jeg klager derfor på taksten."), False),
        (("Klage på eiendomsskattetakst for hytta vår på {gbnr}. Takstmannen har satt arealet til 94 m2, men "
         "hytta er 62 m2. Det som ble målt med, er en åpen veranda og et uisolert uthus. Vi ber om ny takst. "
         "Vi bor i {city} og kan sende bilder."), False),
        (("Den gamle fjøsbygningen på {gbnr} har ikke vært i bruk siden 1998 og er i så dårlig stand at den "
         "ikke har noen verdi. Likevel er den tatt med i taksten. Jeg ber om at den tas ut."), False),
        (("God dag.\n\nJeg er {enke} og {age} år og bor alene på det lille småbruket på {gbnr}. Jeg har bare "
         "minstepensjon, og etter at eiendomsskatten kom, har jeg problemer med å betale strømregningen. Jeg "
         "lurer på om det er mulig å få fritak eller utsettelse. Jeg vil så gjerne bli boende."), True),
    ],
    "nn": [
        (("Eg klagar på eigedomsskatten for kårbustaden på {farm} ({gbnr}). Huset er ein del av garden og er "
         "bustad for far min. Det kan ikkje takserast som eit vanleg bustadhus."), False),
        (("Klage på takst for hytta på {gbnr}. Arealet er sett til 88 m2, men hytta er 55 m2. Uthuset er rekna "
         "med. Vi ber om ny takst."), False),
        (("Eg er {age} år og sit åleine att på småbruket etter at {spouse_rel} døydde. Eg har berre minstepensjon "
         "og greier ikkje å betala eigedomsskatten. Kan eg søkja om fritak?"), True),
    ],
}


def make_esk_gard(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _ESK)
    g = people.gender(rng)
    p = people.person(rng, world, g)
    email = people.email_for(rng, world, p)
    prop = world.property()
    text_t, hardship = pick(rng, _ESK[lang])
    s = {"farm": pick(rng, _FARMS), "gbnr": _gbnr(rng, prop, lang), "city": pick(rng, _CITIES),
         "age": str(rng.randint(76, 92)), "enke": "enke" if g == "f" else "enkemann",
         "spouse_rel": "mannen min" if g == "f" else "kona mi"}
    text = _fill(text_t, s)
    sak = None
    if rng.random() < 0.35:
        case = world.open_case(tenant, "eiendomsskatt", f"{prop.gnr}/{prop.bnr} - Klage på eiendomsskattetakst", prop=prop)
        sak = case.sak
        text = world.cite_phrase(case.sak, lang) + "\n\n" + text
    if hardship:
        body = text + "\n\n" + _old_sign(rng, p, lang, pick(rng, _BYGD))
    else:
        body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang), lang, terse_p=0.15)
    subject = _subject(rng, text, [("kårbo", ["Kårbolig", "Eigedomsskatt kårbustad"]), ("hytt", ["Takst hytte"]),
                                   ("fjøs", ["Gammelt fjøs i taksten"]), ("fritak", ["Søknad om fritak"])],
                       ["Klage på eiendomsskatt", "Eigedomsskatt", "Takst", f"Eiendomsskatt {prop.gnr}/{prop.bnr}"])
    return _draft(tenant, p.name, email, subject,
                  body, "eiendomsskatt", sak=sak, skjerming="P13" if hardship else None,
                  personnavn=[p.name] if hardship else [],
                  note="A pensioner's economic hardship makes it P13; a plain takst complaint is public.")


# ======================================================================================
# rekruttering
# ======================================================================================

_REK = {
    "nb": [
        ("Jeg søker på stillingen som {stilling}. Jeg er {age} år, gift med en fisker og har tre barn som nå er "
         "store. Jeg har jobbet på fiskemottaket i mange år og er vant til tidlige morgener og hardt arbeid. "
         "Jeg har førerkort og egen bil."),
        ("Hei. Jeg er pensjonert sykepleier og bor i {bygd}. Jeg har fortsatt autorisasjon og kunne tenke meg "
         "å ta noen vakter på sykehjemmet i ferier og helger. Er det aktuelt?"),
        ("Søknad på stilling som {stilling}{ref}.\n\nJeg har drevet gården hjemme i femten år, men nå har "
         "broren min tatt over. Jeg har traktor- og maskinførerbevis, fagbrev som anleggsmaskinfører og har "
         "kjørt brøyting for kommunen som underleverandør i mange vintrer. CV følger vedlagt."),
    ],
    "nn": [
        ("Eg søkjer på stillinga som {stilling}{ref}. Eg har budd i {bygd} heile livet og har arbeidd på "
         "ferjekaia og i butikken. Eg er ærleg og stabil. CV ligg ved."),
        "Hei. Eg er 17 år og vil gjerne søkja sommarjobb som {stilling}. Eg har køyrt traktor sidan eg var tolv.",
    ],
}


def make_rek_bygd(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _REK)
    p, email = private_sender(rng, world)
    stilling = pick(rng, ["renholder", "driftsoperatør vei", "assistent i barnehagen", "helsefagarbeider",
                          "ferjekaiarbeider", "sommervikar på teknisk drift", "vaktmester"])
    sak = None
    ref = ""
    if rng.random() < 0.35:
        case = world.open_case(tenant, "rekruttering", f"Tilsetting - {stilling}")
        sak = case.sak
        ref = f" ({world.cite_phrase(case.sak, lang)})"
    text_t = pick(rng, _REK[lang])
    text = _fill(text_t, {"stilling": stilling, "age": str(rng.randint(38, 58)), "bygd": pick(rng, _BYGD),
                          "ref": ref})
    if ref and "{ref}" not in text_t:
        text = ref.strip(" ()") + "\n\n" + text
    atts = [AttachmentSpec(f"CV_{p.last}.pdf".replace(" ", "_"), "pdf", f"CV\n{p.name}\nArbeidserfaring ...")] \
        if ("vedlagt" in text or "ligg ved" in text) else []
    body = _noise(rng, text + "\n\n" + _sign(rng, world, p, lang, phone=True), lang, [p.name], terse_p=0.15)
    subject = _subject(rng, text, [("vakter", ["Ekstravakter", "Vakter på sykehjemmet"]), ("sommarjobb", ["Sommarjobb"])],
                       [f"Søknad {stilling}", "Søknad på stilling", "Stilling", "Jobb"])
    return _draft(tenant, p.name, email, subject,
                  body, "rekruttering", skjerming="P25", sak=sak, attachments=atts, personnavn=[p.name],
                  note="Job application from a rural applicant: P25.")


# ======================================================================================
# anskaffelse
# ======================================================================================

def make_ans_broyting(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, pick(rng, ["maskin", "entreprenør", "transport"]))
    bygd = pick(rng, _BYGD)
    rode = f"rode {rng.randint(1, 14)} ({bygd})"
    sak = None
    head = ""
    if rng.random() < 0.6:
        case = world.open_case(tenant, "anskaffelse", "Konkurranse - Brøytetjenester")
        sak = case.sak
        head = f"Gjelder konkurranse om brøyting, {world.cite_phrase(case.sak)}.\n\n"
    tender = rng.random() < 0.55
    if tender:
        price = rng.randint(780, 1450)
        text = pick(rng, [
            (f"Vi gir med dette tilbud på brøyting og strøing av {rode}. Timepris traktor med plog og "
             f"strøapparat: kr {price},- eks. mva. Beredskapstillegg per sesong: kr {rng.randint(15, 45)} 000,-. "
             "Utstyrsliste og referanser ligger ved. Tilbudet gjelder i 60 dager."),
            (f"Vedlagt er vårt tilbud på {rode}. Pris per time kr {price} eks. mva. Vi har drevet gården og brøyta "
             "bygdeveiene her i over tjue år, og kjenner hver sving."),
            f"Tilbud {rode}: kr {price}/t eks mva. Se vedlagt prisskjema.",
        ])
        atts = [AttachmentSpec("tilbud_broyting.pdf", "pdf",
                               f"Tilbud - brøyting {rode}\nTilbyder: {firm.name}\nOrg.nr. {firm.orgnr}\n"
                               f"Timepris: kr {price} eks. mva\nKonfidensielt: prisene er forretningshemmeligheter")]
    else:
        text = pick(rng, [
            (f"Vi er et lite enkeltpersonforetak som driver gård og vil gjerne gi tilbud på {rode}. Må vi ha "
             "egen ansvarsforsikring for å være med, eller holder gårdsforsikringen?"),
            ("Hei. I konkurransegrunnlaget står det krav om to års erfaring med kommunal brøyting. Teller det at "
             "vi har brøytet private veier og for veglaget i femten år?"),
            f"Hvor mange meter gang- og sykkelvei er med i {rode}? Det står ikke i kartet.",
        ])
        atts = []
    sig = _sign(rng, world, p, "nb", firm=firm, email=email)
    body = _noise(rng, head + text + "\n\n" + sig, "nb", terse_p=0.2, typo_p=0.3, footer_p=0.1)
    return _draft(tenant, p.name, email, pick(rng, ["Tilbud brøyting" if tender else "Spørsmål brøyting",
                                                     f"Brøyting {rode}", "Konkurranse brøyting",
                                                     "Tilbud" if tender else "Spørsmål til konkurransen"]),
                  body, "anskaffelse", skjerming="F13" if tender else None, sak=sak, attachments=atts,
                  av=avsender(firm.name, email), orgnr_if_stated=firm.orgnr,
                  note="Tender with prices: F13; a plain question: public.")


# ======================================================================================
# negatives: nyhetsbrev
# ======================================================================================

def _list_headers(rng: random.Random, domain: str, p: float = 0.6) -> dict[str, str]:
    if rng.random() >= p:
        return {}
    token = "".join(pick(rng, list("abcdef0123456789")) for _ in range(16))
    h = {"List-Unsubscribe": f"<https://{domain}/avmeld?id={token}>"}
    if rng.random() < 0.6:
        h["Precedence"] = "bulk"
    return h


_AGRI_SHOPS = ["Bygdekompaniet", "Gardsbutikken Vest", "Agri-Kyst", "Fjordfôr", "Landmannen", "Bondens Lager"]


def make_nyh_landbruk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    shop = pick(rng, _AGRI_SHOPS)
    domain = _slug(shop) + ".no"
    email = pick(rng, ["nyhetsbrev@", "nyheter@", "kundeklubb@", "post@"]) + domain
    season = pick(rng, ["VÅRONNA", "BEITESESONGEN", "HØSTEN", "VINTERFÔRINGA"])
    pct = rng.randint(10, 35)
    body = pick(rng, [
        (f"{season} STÅR FOR DØREN\n\nKjære kunde!\n\nNå er det tid for å planlegge gjødsling og såing. Denne "
         f"måneden får du {pct} % rabatt på alle fullgjødseltyper og grasfrømiks ved bestilling før fredag.\n\n"
         "NYE REGLER FOR GJØDSELLAGER\nFra neste år kommer nye krav til lagerkapasitet og tak på gjødsellager. "
         "Mange må bygge om eller søke kommunen om tillatelse. Les vår guide: hva må du søke om, og hva kan du "
         "gjøre selv?\n\nKURS: Bygge nytt fjøs? Bli med på vårt gratis webinar om planlegging og byggesøknad.\n\n"
         f"Hilsen oss i {shop}"),
        (f"Ukens tilbud fra {shop}\n\n- Ensileringsplast 75 cm: kr {rng.randint(600, 900)},-\n- Strøsand og "
         f"veisalt i storsekk: kr {rng.randint(900, 1600)},-\n- Arbeidsklær og støvler: {pct} % på alt\n\n"
         "Visste du at vi også leverer til kommuner og veglag? Kontakt vår proffavdeling.\n\nDu mottar denne "
         "e-posten fordi du er registrert som kunde."),
        (f"Nyheter fra {shop}\n\nTilskudd til drenering er økt! Vi hjelper deg med søknaden til kommunen og "
         "leverer rør og kummer rett på gården.\n\nSE ALLE TILBUD I NETTBUTIKKEN\n\nMeld deg av nyhetsbrevet "
         "her."),
        (f"Nyhende frå {shop}\n\nNo er det tid for å tinga fôr til vinteren. Bestill før {_date_words(rng)} "
         f"og få gratis levering. Vi har òg {pct} % på gjerdemateriell og straumapparat.\n\nHelsing {shop}"),
    ])
    subject = _subject(rng, body, [("GJØDSELLAGER", ["Nye regler for gjødsellager", f"{season.capitalize()} står for døren",
                                                      f"{pct} % på gjødsel og frø"]),
                                   ("Ukens tilbud", [f"Ukens tilbud fra {shop}", f"{pct} % på arbeidsklær"]),
                                   ("drenering", ["Tilskudd til drenering økt!", "Drenering - vi hjelper deg"]),
                                   ("Nyhende", ["Nyhende frå oss", "Tinga fôr no"])],
                       [f"Nyheter fra {shop}", "Nyhetsbrev"])
    return _draft(tenant, shop, email, subject,
                  body, "nyhetsbrev", av=avsender(shop, email), style="bulk", html=True,
                  extra_headers=_list_headers(rng, domain, 0.7),
                  note="Farm-supply newsletter that talks about building rules and grants: hard negative.")


def make_nyh_samvirke(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    bygd = pick(rng, _BYGD)
    org = pick(rng, [f"{bygd} Samvirkelag SA", "Kystmeieriet SA", f"{bygd} Fiskesalslag SA", "Vest Skogeigarlag SA",
                     f"{bygd} Bygdeallmenning SA"])
    domain = _slug(org.replace(" SA", "")) + ".no"
    email = pick(rng, ["post@", "styret@", "medlem@"]) + domain
    dato = _date_words(rng)
    body = pick(rng, [
        (f"Innkalling til årsmøte i {org}\n\nTid: {dato} kl. 19.00\nSted: grendehuset i {bygd}\n\nSaksliste:\n"
         "1. Godkjenning av innkalling og saksliste\n2. Årsmelding og regnskap\n3. Fordeling av overskudd\n"
         "4. Valg\n\nAlle andelseiere, også kommunen som eier av skogteigen, har møte- og stemmerett. Det blir "
         "servert kaffe og rømmegraut.\n\nStyret"),
        (f"Kjære medlem\n\nVelkommen til årsmøte i {org} {dato}. Årsmeldingen finner du vedlagt. Forslag som "
         "skal behandles, må være styret i hende senest to uker før møtet.\n\nMed vennlig hilsen\nStyret"),
        (f"Innkalling til årsmøte\n\n{org} held årsmøte {dato} på samfunnshuset. Saker som skal opp, må vere "
         "styret i hende innan ei veke før. Vel møtt!\n\nStyret"),
    ])
    atts = [AttachmentSpec("arsmelding.pdf", "pdf", f"Årsmelding {org}\nStyrets beretning ...")] \
        if "vedlagt" in body or rng.random() < 0.3 else []
    return _draft(tenant, org, email, pick(rng, ["Innkalling til årsmøte", f"Årsmøte {org}", "Årsmøte - velkommen",
                                                  "Innkalling årsmøte " + str(rng.choice([2026, 2027]))]),
                  body, "nyhetsbrev", av=avsender(org, email), attachments=atts,
                  extra_headers=_list_headers(rng, domain, 0.3), style=pick(rng, ["outlook", "webmail", "bulk"]),
                  note="Cooperative's annual-meeting invitation to members: nyhetsbrev, not politisk.")


def make_nyh_hytte(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    org = pick(rng, ["Hyttemagasinet", "Hytteliv Nyhetsbrev", "Fritidsboligforum", "Byggmester Hytte & Hus",
                     "Hytteeiernes Landsforum"])
    domain = _slug(org.replace("&", "og")) + ".no"
    email = "nyhetsbrev@" + domain
    n = rng.randint(3, 12)
    body = pick(rng, [
        (f"Nytt nummer av {org}!\n\n{n} ting du bør sjekke på hytta før vinteren: vannrør, avløp, pipe og tak. "
         "Vi forklarer også hva kommunen krever når du vil koble hytta til offentlig vann og avløp.\n\n"
         "Les hele saken på nett."),
        (f"Hei hytteeier!\n\nDenne uka i {org}: Slik søker du om dispensasjon for anneks, og {n} eksempler "
         "på saker som fikk nei. Pluss: ny dom om strandsonen.\n\nDu får denne e-posten fordi du abonnerer."),
        ("DETTE KAN DU BYGGE PÅ HYTTA UTEN Å SØKE\n\nTerrasse, anneks eller ny bod? Vi har gått gjennom reglene "
         "for søknadsfrie tiltak og forklarer når du må sende byggesøknad til kommunen, og når du slipper.\n\n"
         f"Dessuten: {n} tips til hvordan du skriver et nabovarsel som ikke ender i konflikt.\n\nHilsen {org}"),
        (f"Nytt fra hyttemarkedet\n\nEiendomsskatt på hytta: dette kan du gjøre om du mener taksten er for høy. "
         f"Vi har samlet klagefrister og eksempler fra {n} kommuner.\n\nI tillegg: vann og avløp på hytta – "
         f"hva koster tilknytning?\n\n{org}"),
        (f"Høstens kurs fra {org}: Rehabilitering av gamle naust og sjøbuer, {_date_words(rng)}. Vi går gjennom "
         "byggesak, dispensasjon fra strandsonen og valg av materialer. Påmelding på nett. Kun "
         f"{n + 10} plasser!"),
    ])
    subject = _subject(rng, body, [("UTEN Å SØKE", ["Bygge på hytta uten å søke?", "Dette kan du bygge uten å søke"]),
                                   ("Eiendomsskatt", ["Eiendomsskatt på hytta", "Nytt fra hyttemarkedet"]),
                                   ("naust", ["Kurs: naust og sjøbuer", "Høstens kurs"]),
                                   ("før vinteren", ["Gjør hytta klar for vinteren", f"{n} ting å sjekke på hytta"]),
                                   ("dispensasjon for anneks", ["Dispensasjon for anneks?", "Ny dom om strandsonen"])],
                       ["Nyhetsbrev", f"Nytt fra {org}"])
    return _draft(tenant, org, email, subject,
                  body, "nyhetsbrev", av=avsender(org, email), style="bulk", html=True,
                  extra_headers=_list_headers(rng, domain, 0.8),
                  note="Cabin newsletter about building rules and property tax: hard negative.")


# ======================================================================================
# negatives: spam
# ======================================================================================

def make_spam_landbruk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    amount = f"{rng.randint(12, 190)} {rng.randint(100, 999)}"
    v = rng.randrange(6)
    if v == 0:
        name, host = "Landbruksdirektoratet", pick(rng, ["landbruksdir-tilskudd.com", "ldir-utbetaling.net"])
        body = (f"Kjære søker,\n\nUtbetalingen av produksjonstilskudd på kr {amount} er stanset fordi kontonummeret "
                f"ditt ikke er bekreftet. Logg inn innen 48 timer for å unngå at tilskuddet blir trukket tilbake:\n\n"
                f"https://{host}/bekreft\n\nLandbruksdirektoratet")
        subjects = ["Utbetaling stanset", "Produksjonstilskudd - handling kreves", "Bekreft kontonummer"]
    elif v == 1:
        name, host = "Altinn", pick(rng, ["altinn-melding.net", "altinn-no.info"])
        body = (f"Du har en ny melding i Altinn vedrørende din byggesak / eiendom.\n\nMeldingen slettes om 24 timer. "
                f"Åpne: https://{host}/innboks\n\nAltinn")
        subjects = ["Ny melding i Altinn", "Uleste meldinger i Altinn"]
    elif v == 2:
        name, host = pick(rng, ["ID-porten", "BankID"]), pick(rng, ["idporten-verifisering.info", "bankid-fornying.com"])
        body = (f"Viktig: Din BankID utløper i dag. For å fortsatt kunne logge inn i kommunens tjenester og nettbank "
                f"må du fornye her: https://{host}/fornye\n\nMvh kundeservice")
        subjects = ["BankID utløper", "Fornying av BankID", "Handling kreves"]
    elif v == 3:
        name, host = "Mattilsynet", pick(rng, ["mattilsynet-varsel.org", "mattilsynet-gebyr.com"])
        body = (f"Mattilsynet har registrert avvik ved din dyrehold-registrering. Et gebyr på kr {amount} vil bli "
                f"ilagt dersom du ikke bekrefter opplysningene via lenken: https://{host}/dyrehold")
        subjects = ["Varsel om gebyr", "Avvik dyrehold"]
    elif v == 4:
        name, host = "Sparebanken Kyst", pick(rng, ["sparebank-kyst-sikkerhet.com", "skyst-kunde.net"])
        body = (f"Kjære kunde. Vi har oppdaget uvanlig aktivitet på driftskontoen til gården. Kontoen er midlertidig "
                f"sperret. Bekreft identiteten din innen kl. 18.00: https://{host}/verifiser\n\nSparebanken Kyst")
        subjects = ["Konto sperret", "Uvanlig aktivitet", "Sikkerhetsvarsel"]
    else:
        name, host = "Agri Parts Shipping", pick(rng, ["agriparts-delivery.com", "tractorparts-eu.shop"])
        body = (f"Dear customer, your tractor parts order #{rng.randint(10000, 99999)} is on hold. Pay customs fee of "
                f"NOK {rng.randint(29, 99)} to release: https://{host}/pay")
        subjects = ["Order on hold", "Customs fee required", "Your parcel"]
    email = pick(rng, ["no-reply@", "varsel@", "kundeservice@", "info@"]) + host
    return _draft(tenant, name, email, pick(rng, subjects), body, "spam", av=avsender(name, email),
                  note="Phishing dressed as agricultural authority, Altinn, ID-porten or bank.")


def make_spam_it(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    kdom = TENANTS[tenant]["domain"]
    fake = pick(rng, [kdom.replace(".kommune.no", "-kommune.com"), kdom.replace(".", "-") + ".net",
                      "mail-" + kdom.split(".")[0] + ".support"])
    email = pick(rng, ["it-support@", "helpdesk@", "postmaster@", "admin@"]) + fake
    name = pick(rng, ["IT-avdelingen", "Helpdesk", f"{kommune_name(tenant)} IT", "Postmaster"])
    body = pick(rng, [
        (f"Postkassen din {TENANTS[tenant]['postmottak']} har nådd 98 % av kvoten. Innkommende e-post vil bli "
         f"avvist fra i morgen. Klikk her for å øke lagringsplassen: https://{fake}/kvote\n\nIT-avdelingen"),
        (f"Hei,\n\nVi oppgraderer e-postsystemet i {kommune_name(tenant)}. Alle ansatte må bekrefte passordet sitt "
         f"innen kl. 16.00 i dag, ellers blir kontoen stengt.\n\nBekreft her: https://{fake}/login"),
        (f"Du har {rng.randint(3, 17)} ventende meldinger i karantene, blant annet «Søknad om byggetillatelse» og "
         f"«Faktura». Frigi meldingene: https://{fake}/karantene"),
    ])
    return _draft(tenant, name, email, pick(rng, ["Postkassen er full", "Bekreft passord", "Ventende meldinger",
                                                   "VIKTIG: oppgradering", "Kvote overskredet"]),
                  body, "spam", av=avsender(name, email),
                  note="Phishing posing as the kommune's own IT from a look-alike domain.")


# ======================================================================================
# negatives: autosvar
# ======================================================================================

def _outgoing_subject(rng: random.Random, world: World, tenant: str) -> str:
    """The subject of a kommune letter an auto-reply answers; its case number is never the mail's sak."""
    prop = world.property()
    sak = world.cite(world.unknown_saknr()) if rng.random() < 0.5 else world.cite(
        world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om driftsbygning",
                        prop=prop).sak)
    return pick(rng, [f"Mangel ved søknad - {prop.gnr}/{prop.bnr} - {sak}", f"Vedtak - {sak}",
                      f"Ferdigattest {prop.address} - {sak}", f"Foreløpig svar - sak {sak}",
                      "Tilbud om barnehageplass", "Vedtak om skoleskyss", f"Avkjørselstillatelse {prop.gnr}/{prop.bnr}"])


def make_auto_fravaer(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    subj = _outgoing_subject(rng, world, tenant)
    if rng.random() < 0.5:
        p, firm, email = firm_sender(rng, world, pick(rng, ["maskin", "entreprenør", "bygg"]))
        who = firm.name
    else:
        p, email = private_sender(rng, world)
        who = p.name
    back = _date_words(rng)
    body = pick(rng, [
        f"Takk for e-posten. Jeg er i onna og leser ikke e-post før {back}. Ring ved noe som haster.",
        f"Er på fiske og har dårlig dekning til {back}. Svarer når jeg er i land.",
        f"Vi har fellesferie til {back}. Henvendelser om pågående byggeprosjekt tas etter ferien.",
        f"Eg er på stølen utan nett til {back}. Ta kontakt etter det.",
        f"Automatisk svar: Jeg er på hytta uten internett til {back}. Mvh {p.first}",
        f"I am away until {back} with limited access to e-mail.",
    ])
    return _draft(tenant, who, email, pick(rng, ["Automatisk svar: ", "Autosvar: ", "Fravær: ", "Abwesend: "]) + subj,
                  body, "autosvar", av=avsender(who, email),
                  extra_headers={"Auto-Submitted": "auto-replied"} if rng.random() < 0.6 else {},
                  note="Out-of-office whose subject quotes a kommune letter with a case number: autosvar, sak null.")


def make_auto_ndr(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    subj = _outgoing_subject(rng, world, tenant)
    p = world.person()
    rcpt = world.private_email(p).split("@")[0] + "@" + pick(rng, ["online.no", "frisurf.no", "c2i.net", "start.no"])
    kdom = TENANTS[tenant]["domain"]
    v = rng.randrange(3)
    if v == 0:
        name, email = "Mail Delivery System", f"MAILER-DAEMON@mx.{kdom}"
        body = (f"This is the mail system at host mx.{kdom}.\n\nI'm sorry to have to inform you that your message "
                f"could not be delivered to one or more recipients.\n\n<{rcpt}>: 550 5.1.1 mailbox unavailable\n\n"
                f"Subject: {subj}")
        subject = "Undelivered Mail Returned to Sender"
    elif v == 1:
        name, email = "Microsoft Outlook", f"postmaster@{kdom}"
        body = (f"Levering til disse mottakerne eller gruppene mislyktes:\n\n{rcpt}\nE-postadressen finnes ikke "
                f"lenger. Kontakt mottakeren på annen måte.\n\nEmne: {subj}")
        subject = f"Kan ikke leveres: {subj}"
    else:
        name, email = "Mail Delivery Subsystem", pick(rng, ["mailer-daemon@googlemail.com", f"postmaster@{rcpt.split('@')[1]}"])
        body = (f"Adressen {rcpt} ble ikke funnet. Meldingen «{subj}» ble ikke levert.\n\nKontoen er "
                "avsluttet eller adressen er feilstavet.")
        subject = pick(rng, ["Delivery Status Notification (Failure)", "Levering mislyktes"])
    return _draft(tenant, name, email, subject, body, "autosvar", av=avsender(name, email), dsn=True, style="system",
                  note="Delivery failure of a kommune letter (byggesak, barnehage, skyss) to a closed address.")


def make_auto_kvittering(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    org, domain = pick(rng, [("Landbruksdirektoratet", "landbruksdirektoratet.no"), ("Kystmeieriet SA", "kystmeieriet.no"),
                             ("Bygdekompaniet kundeservice", "bygdekompaniet.no"), ("Fjordfôr kundesenter", "fjordfor.no"),
                             (f"{pick(rng, _BYGD)} veglag", "veglag-post.no")])
    email = pick(rng, ["noreply@", "kundeservice@", "post@"]) + domain
    nr = rng.randint(100000, 999999)
    days = rng.randint(2, 10)
    body = pick(rng, [
        f"Vi har mottatt din henvendelse og gitt den saksnummer {nr}. Vi svarer normalt innen {days} virkedager.",
        f"Takk for meldingen til {org}. Denne e-posten er en automatisk kvittering. Referanse: {nr}.",
        f"Takk for e-posten din. Vi har motteke henvendinga (ref. {nr}) og svarar innan {days} dagar.",
        (f"Hei!\n\nDette er en automatisk bekreftelse på at {org} har mottatt e-posten din. Pga. stor pågang "
         f"kan svartiden være opptil {days} dager. Har du spørsmål om faktura, oppgi fakturanummer.\n\n"
         "Ikke svar på denne e-posten."),
        f"Din sak er registrert med nummer {nr}. Du vil få svar fra {org} så snart som mulig.",
    ])
    return _draft(tenant, org, email, pick(rng, [f"Kvittering - {nr}", "Vi har mottatt henvendelsen din",
                                                  f"Automatisk svar [{nr}]", "Kvittering for motteke e-post"]),
                  body, "autosvar", av=avsender(org, email),
                  extra_headers={"Auto-Submitted": "auto-replied"} if rng.random() < 0.7 else {},
                  note="Automatic receipt; its reference is the other party's, never a sak.")


# ======================================================================================
# negatives: faktura
# ======================================================================================

def make_faktura_samvirke(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    shop = pick(rng, _AGRI_SHOPS) + " SA"
    orgnr = world.orgnr()
    domain = _slug(shop.replace(" SA", "")) + ".no"
    email = pick(rng, ["faktura@", "regnskap@", "noreply@"]) + domain
    nr = rng.randint(4400000, 4499999)
    lines = pick(rng, [["Strøsand storsekk 1000 kg", "Veisalt 25 kg"], ["Grasfrø plenblanding", "Kalk 600 kg"],
                       ["Arbeidsklær refleks", "Vernestøvler"], ["Gjerdenetting", "Stolper impregnert"]])
    amount = f"{rng.randint(2, 68)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    body = pick(rng, [
        (f"Vedlagt følger faktura {nr} fra {shop}.\nForfall: {_date_words(rng)}\nBeløp: kr {amount}\n\n"
         f"Org.nr. {orgnr} MVA"),
        (f"PURRING\n\nVi kan ikke se å ha mottatt betaling for faktura {nr} på kr {amount}. Vennligst betal "
         f"innen 14 dager for å unngå inkasso.\n\n{shop}\nOrg.nr {orgnr}"),
        f"Faktura {nr} til {kommune_name(tenant)}, {pick(rng, ['teknisk drift', 'vei og park', 'kommunalteknikk', 'drift og vedlikehold'])}. Se vedlegg.",
        (f"Hei,\n\nHer kommer faktura for varer hentet på lageret {_date_words(rng)}, jf. bestilling fra "
         f"{world.person().name}. Beløp kr {amount}.\n\n{shop}"),
        (f"Kreditnota til faktura {nr}\n\nVi krediterer kr {amount} for returnerte varer. Beløpet trekkes fra "
         f"neste faktura.\n\nMvh {shop}"),
    ])
    atts = [AttachmentSpec(f"faktura_{nr}.pdf", "pdf",
                           f"FAKTURA {nr}\n{shop}\nOrg.nr. {orgnr} MVA\nKunde: {kommune_name(tenant)}\n"
                           + "\n".join(f"{ln} ... kr {rng.randint(300, 9000)},00" for ln in lines)
                           + f"\nÅ betale: kr {amount}")]
    return _draft(tenant, shop, email, pick(rng, [f"Faktura {nr}", f"Purring faktura {nr}", f"Faktura fra {shop}",
                                                   "Ny faktura"]),
                  body, "faktura", av=avsender(shop, email), attachments=atts, orgnr_if_stated=orgnr,
                  note="Cooperative's invoice to the kommune: faktura; orgnr when the body states it.")


def make_faktura_entreprenor(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, pick(rng, ["bygg", "entreprenør", "maskin"]))
    prop = world.property()
    case_ref = world.cite(world.unknown_saknr())
    if rng.random() < 0.5:
        case_ref = world.cite(world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - "
                                              "Søknad om tilbygg bolig", prop=prop).sak)
    nr = rng.randint(1000, 9999)
    amount = f"{rng.randint(18, 480)} {rng.randint(100, 999)},00"
    body = pick(rng, [
        (f"Hei\n\nVedlagt faktura {nr} for arbeid på {prop.address} (gnr. {prop.gnr} bnr. {prop.bnr}), deres "
         f"ref. {case_ref}. Beløp kr {amount} inkl. mva.\n\nMvh {p.name}\n{firm.name}"),
        (f"Faktura for graving og tilkobling vann/avløp, {prop.address}. Prosjektnr. {case_ref}. Forfall 30 "
         f"dager.\n\n{firm.name}"),
        f"Sender faktura nr {nr} på brøyting i desember. Ref: {case_ref}\n{p.first}",
    ])
    sig_org = rng.random() < 0.4
    if sig_org:
        body += f"\nOrg.nr. {firm.orgnr}"
    atts = [AttachmentSpec(f"Faktura_{nr}.pdf", "pdf", f"Faktura {nr}\n{firm.name}\nOrg.nr. {firm.orgnr}\n"
                                                       f"Deres ref.: {case_ref}\nSum: kr {amount}")]
    return _draft(tenant, p.name, email, pick(rng, [f"Faktura {nr}", f"Faktura {prop.address}", "Faktura",
                                                     f"Faktura - ref {case_ref}"]),
                  body, "faktura", av=avsender(firm.name, email), attachments=atts, orgnr_if_stated=firm.orgnr,
                  note="Contractor's invoice citing a case or project number: faktura, sak null.")


# ======================================================================================
# negatives: systemvarsel, intern, privat
# ======================================================================================

def make_sys_pumpestasjon(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    kdom = TENANTS[tenant]["domain"]
    station = pick(rng, ["PS03 Nesset", "PS11 Kvernvika", "HB02 Lia høydebasseng", "PS07 Straumen",
                         "VV01 vannverk UV-anlegg"])
    email = pick(rng, ["scada-alarm@", "driftsovervaking@", "noreply-alarm@"]) + kdom
    name = pick(rng, ["SCADA Alarm", "Driftsovervåking VA", "Alarmsentral VA"])
    t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    body = pick(rng, [
        f"ALARM A1\nStasjon: {station}\nTekst: Høyt nivå i pumpesump\nTid: {t}\nStatus: AKTIV\nKvitter i driftssystemet.",
        f"Alarm kvittert\nStasjon: {station}\nTekst: Pumpe 2 feil\nKvittert av: vakt\nTid: {t}",
        f"VARSEL\n{station}: Strømbrudd, reserveaggregat startet {t}.\nDenne meldingen er automatisk generert.",
        f"{station}: Lav klorverdi målt {t}. Verdi 0,0{rng.randint(1, 9)} mg/l. Grenseverdi underskredet.",
    ])
    return _draft(tenant, name, email, pick(rng, [f"ALARM {station}", f"[A1] {station}", "Driftsvarsel VA",
                                                   f"Alarm kvittert - {station}"]),
                  body, "systemvarsel", av=avsender(name, email), style="system",
                  extra_headers={"Auto-Submitted": "auto-generated"},
                  note="Pump-station alarm sent by the monitoring system: systemvarsel, not vann_avlop.")


def make_intern_bygd(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    nn = tenant == "havoy" and rng.random() < 0.6
    colleague = world.person().first
    options = [
        ("Er det nokon som skal med ferja 07.10 i morgon? Eg har plass til tre i bilen.", ["Ferja i morgon", "Skyss?"]),
        ("Hei alle. Kaka til fredag er det landbrukskontoret som tek denne gongen. Kom kl. 11!", ["Kake fredag", "Fredagskake"]),
        ("Nøkkelen til tenestebilen ligg ikkje i skapet. Den som hadde han sist, må leggja han attende.",
         ["Tenestebilen", "Bilnøkkel"]),
        (f"Takk for kaffen i går, {colleague}! Eg tek med vaflene neste gong.", ["Takk", "Kaffe"]),
    ] if nn else [
        ("Er det noen som skal med ferja 07.10 i morgen? Jeg har plass til tre i bilen.", ["Ferja i morgen", "Samkjøring?"]),
        ("Hei alle! Vi på landbrukskontoret spanderer vafler i kantina fredag kl. 11. Velkommen!", ["Vafler!", "Fredag"]),
        ("Hvem har nøkkelen til tjenestebilen? Den ligger ikke i skapet. Jeg skal på befaring kl. 13.",
         ["Tjenestebilen", "Nøkkel til bilen?"]),
        ("Påminnelse: Vi samkjører til landbruksmessa på torsdag. Oppmøte ved rådhuset kl. 07.30.",
         ["Samkjøring", "Landbruksmessa"]),
        (f"Takk for en fin avslutning for {colleague} i går! Bildene ligger på fellesområdet.", ["Takk", "Bilder fra avslutningen"]),
    ]
    text, subjects = pick(rng, options)
    body = text + f"\n\n{emp.first}"
    return _draft(tenant, emp.name, email, pick(rng, subjects), body, "intern", av=avsender(emp.name, email),
                  note="Informal internal mail sent to the postmottak: intern.")


def make_privat_slekt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = private_sender(rng, world)
    emp, _ = world.employee(tenant)
    kid = world.person().first
    nn = tenant == "havoy" and rng.random() < 0.6
    body = pick(rng, [
        (f"Hei {emp.first}!\n\nDet var så koselig å se dere i konfirmasjonen. Si til {kid} at vi gleder oss til "
         "å høre hvordan det går på den nye skolen. Onkel har funnet fram den gamle fiskestanga han lovte.\n\n"
         f"Jeg fant ikke e-posten din, så jeg sender til kommunen. Håper det kommer fram.\n\nKlem frå {p.first}"),
        (f"Hei {emp.first}. Mor spør om du kan ta med potetene når du kommer i helga. Og har {kid} fått svar "
         f"på skoleskyssen? Ho var så spent.\n\nHelsing {p.first}"),
        (f"Hei {emp.first}! Vi skal slakte lam neste helg og treng hjelp. Kan du og {kid} koma laurdag? "
         f"Ta med gamle klede.\n\nHelsing {p.first}"),
        (f"kjære {emp.first}. takk for sist. eg sender nokre bilete frå 80-årsdagen til bestefar. "
         f"{kid} var så fin i bunaden.\n\n{p.first}"),
    ] if nn else [
        (f"Hei {emp.first}!\n\nDet var så koselig å se dere i konfirmasjonen. Si til {kid} at vi gleder oss til "
         "å høre hvordan det går på den nye skolen. Onkel har funnet fram den gamle fiskestanga han lovte.\n\n"
         f"Jeg fant ikke e-posten din, så jeg sender til kommunen. Håper det kommer fram.\n\nKlem fra {p.first}"),
        (f"Hei {emp.first}. Mor spør om du kan ta med potetene når du kommer i helga. Og har {kid} fått svar "
         f"på skoleskyssen? Hun var så spent.\n\nHilsen {p.first}"),
        (f"Hei {emp.first}! Vi skal slakte lam neste helg og trenger hjelp. Kan du og {kid} komme lørdag? "
         f"Ta med gamle klær.\n\nHilsen {p.first}"),
    ])
    atts = [AttachmentSpec("IMG_" + str(rng.randint(1000, 9999)) + ".jpg", "image")] if "bilete" in body else []
    subject = _subject(rng, body, [("konfirmasjon", ["Konfirmasjonen", "Takk for sist"]), ("potet", ["Poteter", "Helga"]),
                                   ("slakt", ["Slakting", "Lørdag" if not nn else "Laurdag"]), ("bilete", ["Bilete", "80-årsdagen"])],
                       [f"Til {emp.first}", "Hei!", "Hei"])
    return _draft(tenant, p.name, email, subject,
                  _noise(rng, body, "nn" if nn else "nb", [emp.first, kid], terse_p=0.2), "privat",
                  attachments=atts, av=avsender(p.name, email),
                  note="A relative's private mail to an employee via the postmottak; the school mention is a decoy.")


def make_bygg_videresendt(rng: random.Random, world: World) -> Draft:
    orig = make_bygg_pensjonist(rng, world) if rng.random() < 0.6 else make_bygg_bonde(rng, world)
    notes = ["Denne kom til meg direkte. Sender til postmottak for journalføring.",
             "Videresendes for registrering i saken.", "Fikk denne fra en innbygger, kan dere journalføre?",
             "Til journalføring. Jeg tar saken."]
    if orig.tenant == "havoy":
        notes += ["Sender vidare til postmottaket for journalføring.", "Kom til meg. Ver snill og registrer."]
    return _forward(rng, world, orig, notes, ["byggesaksbehandler", "Plan og byggesak", "landbruksrådgiver",
                                              "Servicetorget", "rådgjevar byggesak"], prefix=pick(rng, ["VS: ", "Fwd: "]))


# ======================================================================================

def _fam(name: str, category: str, make: Callable[[random.Random, World], Draft], weight: float) -> Family:
    return Family(name=name, category=category, make=make, weight=round(weight * WEIGHT_SCALE, 3), writer=WRITER)


FAMILIES = [
    _fam("byggesak.vc_bonde", "byggesak", make_bygg_bonde, 1.5),
    _fam("byggesak.vc_entreprenor", "byggesak", make_bygg_entreprenor, 1.4),
    _fam("byggesak.vc_hytteeier", "byggesak", make_bygg_hytteeier, 1.1),
    _fam("byggesak.vc_pensjonist", "byggesak", make_bygg_pensjonist, 1.0),
    _fam("byggesak.vc_videresendt", "byggesak", make_bygg_videresendt, 0.3),
    _fam("plansak.vc_grunneier", "plansak", make_plan_grunneier, 0.8),
    _fam("plansak.vc_hytteforening", "plansak", make_plan_hytteforening, 0.5),
    _fam("helse_omsorg.vc_dotter", "helse_omsorg", make_ho_dotter, 0.9),
    _fam("helse_omsorg.vc_pensjonist", "helse_omsorg", make_ho_pensjonist, 0.8),
    _fam("helse_omsorg.vc_videresendt", "helse_omsorg", make_ho_videresendt, 0.3),
    _fam("skole.vc_skyss", "skole", make_sk_skyss, 0.8),
    _fam("skole.vc_permisjon", "skole", make_sk_permisjon, 0.6),
    _fam("barnehage.vc_gardsfamilie", "barnehage", make_bh_gardsfamilie, 0.7),
    _fam("barnehage.vc_hardt_aar", "barnehage", make_bh_hardt_aar, 0.4),
    _fam("barnevern.vc_nabo", "barnevern", make_bv_nabo, 0.5),
    _fam("innsynskrav.vc_grunneier", "innsynskrav", make_innsyn_grunneier, 0.6),
    _fam("innsynskrav.vc_hytteeier", "innsynskrav", make_innsyn_hytteeier, 0.5),
    _fam("vann_avlop.vc_hytte", "vann_avlop", make_va_hytte, 0.8),
    _fam("vann_avlop.vc_gard", "vann_avlop", make_va_gard, 0.8),
    _fam("vei_trafikk.vc_gard", "vei_trafikk", make_vei_gard, 0.9),
    _fam("vei_trafikk.vc_pensjonist", "vei_trafikk", make_vei_pensjonist, 0.8),
    _fam("vei_trafikk.vc_telefonnotat", "vei_trafikk", make_vei_telefonnotat, 0.4),
    _fam("politisk.vc_ordforer", "politisk", make_pol_ordforer, 0.6),
    _fam("horing.vc_lag", "horing", make_hor_lag, 0.5),
    _fam("tilsyn.vc_landbruk", "tilsyn", make_tilsyn_landbruk, 0.4),
    _fam("bevilling.vc_butikk", "bevilling", make_bev_butikk, 0.6),
    _fam("bevilling.vc_bygdefest", "bevilling", make_bev_bygdefest, 0.5),
    _fam("tilskudd.vc_idrettslag", "tilskudd", make_ts_idrettslag, 0.7),
    _fam("tilskudd.vc_grendelag", "tilskudd", make_ts_grendelag, 0.6),
    _fam("eiendomsskatt.vc_gard", "eiendomsskatt", make_esk_gard, 0.7),
    _fam("rekruttering.vc_bygd", "rekruttering", make_rek_bygd, 0.5),
    _fam("anskaffelse.vc_broyting", "anskaffelse", make_ans_broyting, 0.5),
    _fam("nyhetsbrev.vc_landbruk", "nyhetsbrev", make_nyh_landbruk, 0.9),
    _fam("nyhetsbrev.vc_samvirke", "nyhetsbrev", make_nyh_samvirke, 0.6),
    _fam("nyhetsbrev.vc_hytte", "nyhetsbrev", make_nyh_hytte, 0.6),
    _fam("spam.vc_landbruk", "spam", make_spam_landbruk, 0.7),
    _fam("spam.vc_kommune_it", "spam", make_spam_it, 0.5),
    _fam("autosvar.vc_fravaer", "autosvar", make_auto_fravaer, 0.8),
    _fam("autosvar.vc_ndr", "autosvar", make_auto_ndr, 0.5),
    _fam("autosvar.vc_kvittering", "autosvar", make_auto_kvittering, 0.4),
    _fam("faktura.vc_samvirke", "faktura", make_faktura_samvirke, 0.6),
    _fam("faktura.vc_entreprenor", "faktura", make_faktura_entreprenor, 0.5),
    _fam("systemvarsel.vc_pumpestasjon", "systemvarsel", make_sys_pumpestasjon, 0.6),
    _fam("intern.vc_bygd", "intern", make_intern_bygd, 0.5),
    _fam("privat.vc_slekt", "privat", make_privat_slekt, 0.6),
]
