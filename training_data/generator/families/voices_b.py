"""A second set of voices for the person-sensitive, grant, licence and procurement categories,
plus out-of-scope spam, faktura, systemvarsel and privat.

Each family holds a few hand-written texts (per written standard where it matters) with
slots only for names, places, numbers and dates.  The writers here are meant to sound
different from the other modules: grandparents, coaches, dentists, lawyers, food-truck
owners, choir treasurers, foreign suppliers, and so on.
"""

from __future__ import annotations

import random
from collections.abc import Callable

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
from training_data.generator.world import TENANTS, Person, World

WRITER = "w-voices-b"
WEIGHT_SCALE = 0.8  # the whole module makes up about 8 % of a corpus with the other writers' families


# --- small helpers -------------------------------------------------------------------


def _fill(text: str, slots: dict[str, str]) -> str:
    return text.format(**slots)


def _citizen_noise(rng: random.Random, body: str, lang: str, protect: list[str] = ()) -> str:
    """Phone-typed citizen mail: sometimes terse, sometimes with slips and a mobile footer.

    Strings in ``protect`` (names) are kept intact so the labels still match the text.
    """
    keep = {f"\x00{i}\x00": s for i, s in enumerate(sorted(set(protect), key=len, reverse=True))}
    for mark, s in keep.items():
        body = body.replace(s, mark)
    if rng.random() < 0.3:
        body = terse(rng, body)
    if rng.random() < 0.35:
        body = typos(rng, body, 0.015)
    for mark, s in keep.items():
        body = body.replace(mark, s)
    if rng.random() < 0.25:
        body += "\n\n" + mobile_footer(rng, lang if lang in ("nb", "nn", "en") else "nb")
    return body


_FOREIGN_FIRST = ["Maria", "Olena", "Tomasz", "Ahmed", "Lucia", "Jonas", "Fatima", "Marco", "Aiko", "Daniel",
                  "Joanna", "Mohammed", "Sofia", "Andrii", "Grace", "Pedro", "Emily", "Rasa"]
_FOREIGN_LAST = ["Santos", "Kovalenko", "Nowak", "Hassan", "Garcia", "Petrauskas", "Ali", "Rossi", "Tanaka",
                 "Müller", "Kowalska", "Reyes", "Smith", "Shevchenko", "Okafor", "Silva", "Brown", "Kazlauskas"]


def _foreign_sender(rng: random.Random, world: World) -> tuple[Person, str]:
    """An English-writing private sender, usually with a non-Norwegian name."""
    if rng.random() < 0.25:
        return private_sender(rng, world)
    p = Person(pick(rng, _FOREIGN_FIRST), pick(rng, _FOREIGN_LAST))
    local = pick(rng, [f"{p.first}.{p.last}", f"{p.first}{rng.randint(1, 99)}", f"{p.first[0]}{p.last}"])
    local = local.lower().replace("ü", "u")
    return p, f"{local}@{pick(rng, ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'])}"


def _day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}."


def _kid(world: World, last: str) -> Person:
    return Person(world.person().first, last)


def _employee_letter(world: World, tenant: str, subject: str, body: str) -> EarlierMessage:
    emp, email = world.employee(tenant)
    return EarlierMessage(sender_name=emp.name, sender_email=email, subject=subject,
                          body=body + f"\n\nMed hilsen\n{emp.name}\n{kommune_name(tenant)}")


def _draft(tenant: str, name: str, email: str, subject: str, body: str, category: str, *,
           skjerming: str | None = None, sak: str | None = None, av: dict | None = None,
           personnavn: list[str] | None = None, note: str = "", jpt: str = "I",
           orgnr_if_stated: str | None = None, **kw) -> Draft:
    d = Draft(tenant=tenant, sender_name=name, sender_email=email, subject=subject, body=body,
              category=category, journalposttype=jpt, skjerming=skjerming, sak=sak,
              avsender=av or avsender(name, email), note=note, writer=WRITER, **kw)
    d.personnavn = names_shown(d, personnavn or [])
    if orgnr_if_stated:
        shown = "".join([d.body] + [a.text for a in d.attachments]).replace(" ", "")
        d.avsender = {**d.avsender, "orgnr": orgnr_if_stated if orgnr_if_stated in shown else None}
    return d


# ======================================================================================
# helse_omsorg
# ======================================================================================

_HO_WORRY = {
    "nb": [
        'Min svigerfar {elder} bor på gården alene etter at svigermor døde i vinter. {Han_hun} spiser nesten ingenting og har gått ned mye i vekt. Vi lurer på om {han_hun} kan få middag levert på døra og noen som ser til {ham_henne} et par ganger i uka. {Han_hun} vil nok si at {han_hun} klarer seg selv, men det gjør {han_hun} ikke.',
        'Hei\nNaboen min, {elder} i {adr}, har ikke vært ute på flere dager og det lukter vondt fra leiligheten. Jeg har banket på uten svar. Jeg vet at {han_hun} har hjemmesykepleie. Kan dere sjekke?',
        'Søknad om omsorgsstønad\n\nJeg har i over to år hatt hovedansvaret for {mor_far} min, {elder} ({age}), som har KOLS og trenger hjelp hele døgnet. Jeg har gått ned i 50 % stilling for å klare det. Jeg søker herved om omsorgsstønad. Nærmere opplysninger kan gis på telefon {phone}.',
        ("Jeg skriver fordi jeg er bekymret for {mor_far} min, {elder}, som bor alene i {adr}. "
        "{Han_hun} falt på badet for to uker siden og ble liggende til naboen fant {ham_henne}. "
        "Nå tør {han_hun} nesten ikke gå ut av sengen om natta.\n\n"
        "Jeg bor selv i Trondheim og kan ikke være der hver dag. Kan noen fra hjemmetjenesten komme innom "
        "og vurdere om {han_hun} trenger tilsyn, trygghetsalarm eller noe mer? {Han_hun} er {age} år og "
        "husker dårlig på medisinene sine.\n\nJeg kan nås på {phone}."),
        ("{elder} ({age}) er min {mor_far}. {Han_hun} klarer seg ikke lenger hjemme, det er rett og slett blitt for "
        "tungt. Vi i familien har prøvd å dekke opp med handling og middag, men nå er det ikke mulig lenger. "
        "Vi ønsker å søke om langtidsplass på sykehjem. Hvordan går vi frem, og må {han_hun} selv skrive "
        "under? Legen {hans_hennes} mener det er på tide."),
        ("hei. {mamma_pappa} {elder} har fått diagnosen demens i sommer og vi trenger avlastning. "
        "jeg har passet på hver helg siden mai og er helt utslitt. finnes det dagsenter eller avlastningsopphold "
        "i {kommune}? gjerne ring meg {phone}"),
        ("Kort henvendelse: Jeg ønsker å søke om støttekontakt for min voksne {sonn_datter} {elder}, som har en "
        "psykisk utviklingshemning og sitter mye alene hjemme etter at dagtilbudet ble redusert. "
        "Vi har snakket med fastlegen, som støtter søknaden. Ta kontakt for nærmere opplysninger."),
    ],
    "nn": [
        'Hei. {mor_far_cap} til kona mi, {elder}, har byrja å gå seg bort. Sist veke fann politiet {ham_henne} på bussterminalen om natta. Vi treng hjelp no, kanskje plass på skjerma eining? Ring {phone}.',
        'Søknad om omsorgsstønad. Eg har stelt {mor_far} min, {elder}, heime sidan i fjor. Det er mykje nattarbeid og eg har måtta redusere stillinga mi. Eg søkjer om omsorgsstønad.',
        ("Eg skriv fordi eg er uroleg for {mor_far} min, {elder}, som bur åleine i {adr}. {Han_hun} datt i "
        "trappa i førre veke og har vondt i hofta. {Han_hun} vil ikkje plage nokon, men eg ser at det ikkje går "
        "lenger.\n\nKan heimesjukepleia kome på besøk og sjå korleis det står til? {Han_hun} er {age} år. "
        "Eg er å nå på {phone}."),
        ("Hei. Vi har no hatt {elder} buande hjå oss i snart eitt år etter slaget, men vi maktar ikkje meir. "
        "Vi søkjer om korttidsopphald eller fast plass på omsorgssenteret. Fastlegen har skrive erklæring "
        "som kjem i posten.\n\nVi treng svar så fort som råd."),
        ("{elder} treng hjelp til dusj og påkledning om morgonen. Kan de sende søknadsskjema for "
        "heimetenester? Eg er {dotter_son} og har fullmakt."),
    ],
}
_HO_WORRY_SUBJ = {"nb": ["Bekymring for {elder}", "Søknad om hjelp til {mor_far} min", "Trenger hjelp",
                         "Sykehjemsplass?", "Avlastning", "Henvendelse hjemmetjenesten"],
                  "nn": ["Uro for {elder}", "Søknad om hjelp", "Heimeteneste", "Treng hjelp til {mor_far}"]}


def _elder_slots(rng: random.Random, world: World, sender: Person, tenant: str) -> dict[str, str]:
    female = rng.random() < 0.6
    first, _ = people.elder(rng, "f" if female else "m")
    elder = Person(first, sender.last if rng.random() < 0.7 else world.person().last)
    return {"elder": elder.name, "mor_far": "mor" if female else "far",
            "mamma_pappa": "mamma" if female else "pappa", "mor_far_cap": "Mor" if female else "Far", "sonn_datter": "datter" if female else "sønn",
            "dotter_son": pick(rng, ["dotter", "son"]), "Han_hun": "Hun" if female else "Han",
            "han_hun": "hun" if female else "han", "ham_henne": "henne" if female else "ham",
            "hans_hennes": "hennes" if female else "hans", "age": str(rng.randint(74, 96)),
            "adr": world.street(), "phone": world.phone(), "kommune": kommune_name(tenant)}


def make_ho_parorende(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _HO_WORRY)
    p, email = private_sender(rng, world)
    s = _elder_slots(rng, world, p, tenant)
    if lang == "nn":
        s.update(Han_hun=s["Han_hun"].replace("Hun", "Ho"), han_hun=s["han_hun"].replace("hun", "ho"))
    body = _fill(pick(rng, _HO_WORRY[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    subject = _fill(pick(rng, _HO_WORRY_SUBJ[lang]), s)
    return _draft(tenant, p.name, email, subject, _citizen_noise(rng, body, lang, [p.name, s["elder"]]), "helse_omsorg",
                  skjerming="P13", personnavn=[p.name, s["elder"]])


_HO_GP = [
    ("Vi viser til vår pasient {pat}, f. {fnr}, {adr}.\n\nPasienten ble utskrevet fra sykehuset {dag} etter "
    "behandling for hjertesvikt og trenger daglig oppfølging med vekt, væskebalanse og medisinhåndtering. "
    "Vi ber om at hjemmesykepleien vurderer vedtak om helsetjenester i hjemmet snarest.\n\nEpikrise og "
    "medisinliste er vedlagt."),
    ("Henvisning til kommunal ergoterapi\n\nPasient: {pat} ({fnr})\n\nPasienten har progredierende "
    "Parkinsons sykdom og har hatt flere fall. Ønsker vurdering av hjelpemidler og tilrettelegging av bolig. "
    "Pasienten er samtykkende."),
    "Se vedlagte legeerklæring vedr. søknad om langtidsplass for {pat}.",
    ("Vedlagt følger legeerklæring til bruk i søknad om BPA for vår felles pasient {pat}. "
    "Ta gjerne kontakt med undertegnede ved spørsmål."),
    ("Hei. Ringte tildelingskontoret i dag uten å komme gjennom. Pasienten {pat} bor alene og har falt "
    "to ganger siste måned. Pasienten bør få trygghetsalarm og tilsyn morgen og kveld. Kan noen ringe meg "
    "tilbake på direktenummer?"),
    ("Orientering: {pat} har startet opp med ny insulinbehandling og trenger hjelp til å sette sprøyte "
    "morgen og kveld fra {dag}. Dosering framgår av vedlagte resept/medisinkort."),
]


def make_ho_legekontor(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    doc, firm, _ = firm_sender(rng, world)
    stem = pick(rng, ["Sentrum", "Kaien", "Bryggen", "Nordhamn", "Vestvika", "Øyane", "Torget", "Fjordparken"])
    office = pick(rng, [f"{stem} legesenter", f"{stem} legekontor", f"Legegruppen {stem}"])
    domain = office.lower().replace(" ", "").replace("ø", "o").replace("å", "a") + ".no"
    email = pick(rng, ["post", "resepsjon", doc.first.lower().replace("ø", "o").replace("å", "a").replace("æ", "ae").replace(" ", "")]) \
        + "@" + domain
    pat = world.person()
    s = {"pat": pat.name, "fnr": world.fodselsnummer(), "adr": world.street(), "dag": _day(rng)}
    text = _fill(pick(rng, _HO_GP), s)
    has_org = rng.random() < 0.4
    sig = f"Med vennlig hilsen\n{doc.name}\nlege/fastlege\n{office}\nTlf. {world.phone()}"
    if has_org:
        sig += f"\nOrg.nr {firm.orgnr}"
    atts = []
    if rng.random() < 0.6:
        atts.append(AttachmentSpec(pick(rng, ["legeerklaering.pdf", "epikrise.pdf", "henvisning.pdf"]), "pdf",
                                   f"Legeerklæring\nPasient: {pat.name}\nFødselsnummer: {s['fnr']}\n"
                                   "Diagnose og funksjonsvurdering: se journalnotat.\n"
                                   f"{doc.name}, {office}"))
    return _draft(tenant, doc.name, email, pick(rng, ["Henvisning", "Legeerklæring", f"Pasient {pat.name}",
                                                       "Vedr. felles pasient", "Helsetjenester i hjemmet"]),
                  text + "\n\n" + sig, "helse_omsorg", skjerming="P13",
                  av=avsender(office, email, firm.orgnr if has_org else None), personnavn=[pat.name],
                  attachments=atts, note="Doctor writes for the legekontor; the patient is screened.")


_HO_REPLY = {
    "nb": [
        ("Takk for vedtaket. Vi er ikke enige i at {pat} bare skal ha hjelp to ganger i uka, det holder ikke. "
        "Vi ber om at saken vurderes på nytt og regner dette som en klage."),
        ("Hei igjen. Jeg har lest brevet deres. Kan matombringingen starte allerede mandag? Og hvem skal vi "
        "ringe hvis {pat} ikke er hjemme?"),
        ("Jeg vil bare gi beskjed om at {pat} er lagt inn på sykehuset igjen, så hjemmebesøkene kan stoppes "
        "til vi gir beskjed."),
        ("Hei! Takk for raskt svar. Vi takker ja til plassen på korttidsavdelingen og kommer med {pat} "
        "i morgen formiddag. Hva må vi ta med av klær og medisiner?"),
        ("Vi har fått vedtaket om avlastning, men ukene som er satt opp passer dårlig fordi jeg jobber "
        "turnus. Er det mulig å bytte til annenhver helg? Ring meg gjerne."),
    ],
    "nn": [
        ("Takk for svar. Vi meiner vedtaket ikkje tek omsyn til at {pat} har blitt mykje dårlegare sidan "
        "kartlegginga. Vi klagar difor på vedtaket."),
        "Hei. {pat} er no heime att frå sjukehuset. Kan heimesjukepleia starte opp att frå i morgon?",
    ],
}


def make_ho_svar(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _HO_REPLY)
    p, email = private_sender(rng, world)
    pat = Person(world.person().first, p.last)
    case = world.open_case(tenant, "helse_omsorg", f"Helse- og omsorgstjenester - {pat.name}", part=pat.name)
    ref = world.cite(case.sak)
    body = _fill(pick(rng, _HO_REPLY[lang]), {"pat": pat.first if rng.random() < 0.5 else pat.name})
    body += "\n\n" + name_or_sign_off(rng, world, p, lang)
    quoted = _employee_letter(world, tenant, f"Vedtak - {ref}",
                              f"Vedtak om helse- og omsorgstjenester\nVår ref.: {ref}\n\nDet er fattet vedtak "
                              f"for {pat.name}. Se vedlagte brev.")
    return _draft(tenant, p.name, email, "SV: Vedtak - " + ref, _citizen_noise(rng, body, lang, [p.name, pat.name, pat.first]),
                  "helse_omsorg",
                  skjerming="P13", sak=case.sak, personnavn=[p.name, pat.name], quoted=quoted)


def make_ho_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _foreign_sender(rng, world)
    spouse = Person(people.elder(rng, "f")[0], world.person().last)
    body = pick(rng, [
        (f"Hello, my wife {spouse.name} had a stroke in June and now uses a wheelchair. We moved to "
        f"{kommune_name(tenant).split()[0]} in the spring for my work. I do not know what help we can get at home. "
        "Is there someone who speaks English who can explain the system to us?"),
        (f"Dear sir/madam\nI am writing on behalf of my elderly mother {spouse.name} who lives with us. She needs "
        "help with medicines and showering. Our GP said we should apply to the municipality for home nursing. "
        "Please send me the form or tell me where to find it online."),
        (f"Hi, I need information about a safety alarm for my mother-in-law {spouse.name}. She is 88 and alone in the "
        "daytime. What does it cost?"),
    ])
    body += "\n\n" + name_or_sign_off(rng, world, p, "en")
    return _draft(tenant, p.name, email, pick(rng, ["Help at home", "Home nursing", "Question about care",
                                                     "Safety alarm"]),
                  _citizen_noise(rng, body, "en", [p.name, spouse.name]), "helse_omsorg", skjerming="P13",
                  personnavn=[p.name, spouse.name])


# ======================================================================================
# barnevern
# ======================================================================================

_BV_TANN = [
    'Vi er fritidsklubben på {adr} og vil melde fra om et barn som kommer hit nesten hver kveld: {kid}. Hen har fortalt en av de ansatte at hen ikke får komme hjem før mor sin kjæreste har dratt, og hen har hatt blåmerker på armene. Vi vet ikke mer, men mener dere bør vite dette.',
    'Opplysningsplikt til barneverntjenesten\n\nBarn: {kid}, f. {fnr}\n\nBarnet har vært innlagt ved barneavdelingen etter en skade som ikke stemmer med forklaringen fra foreldrene. Vi ber om at saken undersøkes. Kontakt vakthavende lege ved behov.',
    ("Melding om bekymring\n\nDen offentlige tannhelsetjenesten har plikt til å melde fra når vi har grunn "
    "til å tro at et barn blir utsatt for omsorgssvikt. Vi melder herved bekymring for {kid}, f. {fnr}.\n\n"
    "Barnet har omfattende karies i melketennene og har uteblitt fra fire innkallinger. Foreldrene svarer "
    "ikke på brev eller telefon. Barnet klaget over smerter ved siste besøk."),
    ("Vi viser til telefonsamtale med barneverntjenesten i dag og sender skriftlig bekymringsmelding som "
    "avtalt. Gjelder {kid} ({fnr}), bosatt {adr}.\n\nSe vedlagt meldeskjema."),
    ("Bekymringsmelding - {kid}\n\nUndertegnede er helsesykepleier og har over tid fulgt {kid}. Barnet har "
    "ved flere anledninger fortalt om voldsomme krangler hjemme og sier hen gruer seg til helgene. "
    "Vi har snakket med mor, som avviser bekymringen."),
]


def make_bv_tannhelse(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp = world.person()
    kid = world.person()
    s = {"kid": kid.name, "fnr": world.fodselsnummer(), "adr": world.street()}
    text = _fill(pick(rng, _BV_TANN), s)
    if "fritidsklubben" in text:
        org, domain = "Fritidsklubben " + pick(rng, ["Loftet", "Basen", "Fyret"]), "fritidsklubb.org"
    elif "barneavdelingen" in text:
        org, domain = "Barneavdelingen, " + pick(rng, ["Kystsjukehuset", "Sjukehuset Vest"]), "kystsjukehuset.no"
    elif "helsesykepleier" in text:
        org, domain = "Skolehelsetjenesten, " + pick(rng, ["Kyst vgs", "Fjordane vgs"]), "vgs-kyst.no"
    else:
        org, domain = "Tannhelsetjenesten " + pick(rng, ["Vest", "Nordfjord", "Kyst"]), "tannhelse.no"
    local = f"{emp.first.lower()}.{emp.last.lower()}"
    email = local.replace("ø", "o").replace("å", "a").replace("æ", "ae").replace(" ", "") + "@" + domain
    body = text + f"\n\nMed hilsen\n{emp.name}\n{org}\nTlf {world.phone()}"
    atts = [AttachmentSpec("bekymringsmelding.pdf", "pdf", f"Bekymringsmelding\nBarn: {kid.name}\n{s['fnr']}")] \
        if rng.random() < 0.4 else []
    return _draft(tenant, emp.name, email, pick(rng, ["Bekymringsmelding", "Melding til barneverntjenesten",
                                                       "Fortrolig", "Melding etter opplysningsplikt"]),
                  body, "barnevern", skjerming="BV", av=avsender(org, email), personnavn=[kid.name],
                  attachments=atts)


_BV_GRAND = {
    "nb": [
        'Til barnevernstjenesten. Jeg har bodd vegg i vegg med en familie i {kid_adr} i snart ett år. Nesten hver kveld hører vi skriking og dører som smelles, og den minste, {kid_first}, gråter lenge. Forrige lørdag satt {kid_first} alene i trappeoppgangen i bare pysjen. Jeg ønsker ikke at familien får vite hvem som melder.',
        ("Jeg er {besteforelder} til {kid}. Jeg vil ikke at dette skal komme fra meg, men jeg klarer ikke å "
        "tie lenger. Da jeg hentet {kid_first} på lørdag var det ikke mat i huset og mor sov midt på dagen. "
        "Det har vært sånn lenge. Kan dere se på det?"),
        ("Til barnevernet. Vi er besteforeldre og har hatt {kid_first} boende hos oss i store deler av "
        "sommeren. Vi ønsker å bli vurdert som fosterhjem dersom det blir aktuelt. Saken deres har "
        "vel nummer et sted, men vi har ikke fått noe brev."),
        "hei jeg er tante til {kid} og er bekymret. ungen sier at far slår. hva gjør jeg nå? kan jeg være anonym",
    ],
    "nn": [
        ("Eg er bestemor til {kid}. Eg er redd for korleis ho/han har det heime. Dei siste månadane har "
        "{kid_first} vore mykje åleine og fortel at mor er sjuk og ligg heile dagen. Eg ber om at de ser på dette."),
        ("Hei. Eg vil melde uro for barnebarnet mitt {kid}. Far drikk mykje og det er ofte bråk i huset. "
        "Eg har prøvd å snakke med han, men det nyttar ikkje."),
    ],
}


def make_bv_familie(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BV_GRAND)
    p, email = private_sender(rng, world)
    kid = Person(world.person().first, world.person().last)
    body = _fill(pick(rng, _BV_GRAND[lang]), {"kid": kid.name, "kid_first": kid.first,
                                               "besteforelder": pick(rng, ["bestemor", "bestefar", "mormor", "farfar"]), "kid_adr": world.street()})
    body += "\n\n" + name_or_sign_off(rng, world, p, lang)
    return _draft(tenant, p.name, email, pick(rng, ["Bekymring", "Barnebarnet mitt", "Melding", "Uro for eit barn",
                                                     "Viktig"]),
                  _citizen_noise(rng, body, lang, [p.name, kid.name, kid.first]), "barnevern", skjerming="BV", personnavn=[p.name, kid.name])


_BV_LAWYER = [
    ("Undertegnede er oppnevnt som advokat for mor, {parent}, i ovennevnte sak.\n\nJeg ber om innsyn i "
    "sakens dokumenter, herunder undersøkelsesrapport og referater fra samarbeidsmøter, jf. "
    "forvaltningsloven § 18. Dokumentene bes oversendt digitalt."),
    ("Vi viser til brev datert {dag} om planlagt akuttvedtak.\n\nPå vegne av far, {parent}, bestrides "
    "faktumbeskrivelsen. Klienten ønsker et møte med barneverntjenesten snarest, og vi ber om at vi blir "
    "varslet om alle møter i saken."),
    "Vedlagt følger prosesskriv i saken om samvær for {kid}. Vi ber om at dette forelegges saksbehandler.",
]


def make_bv_advokat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lawyer, firm, email = firm_sender(rng, world)
    firm_name = f"Advokatfirmaet {firm.name.split()[0]} AS"
    parent = world.person()
    kid = Person(world.person().first, parent.last)
    case = world.open_case(tenant, "barnevern", f"Barnevernssak - {kid.name}", part=kid.name)
    ref = world.cite_phrase(case.sak)
    body = f"{ref} - {kid.name}\n\n" + _fill(pick(rng, _BV_LAWYER),
                                              {"parent": parent.name, "kid": kid.name, "dag": _day(rng)})
    has_org = rng.random() < 0.5
    body += f"\n\nMed vennlig hilsen\n{firm_name}\n\n{lawyer.name}\nadvokat\n" + \
        (f"Org.nr. {firm.orgnr} MVA\n" if has_org else "") + f"Tlf. {world.phone()}"
    return _draft(tenant, lawyer.name, email, pick(rng, ["Innsyn", "Barnevernssak", "Vår klient", "Prosesskriv"])
                  + " - " + world.cite(case.sak), body, "barnevern", skjerming="BV", sak=case.sak,
                  av=avsender(firm_name, email, firm.orgnr if has_org else None),
                  personnavn=[parent.name, kid.name], note="Lawyer in role: not in personnavn.")


def make_bv_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    kid = world.person()
    text = pick(rng, [
        (f"Telefon fra anonym innringer kl. 14.10 i dag. Innringer opplyste at {kid.name} (ca. 10 år) har "
        "vært alene hjemme flere netter denne uka. Meldingen må vurderes innen en uke."),
        (f"Notat: Skolen ringte om {kid.name}. Eleven har ikke møtt på tre uker. Kontaktlærer sender skriftlig "
        "melding. Følges opp av vakthavende."),
        (f"Samtale med {kid.name} på kontoret i dag. Ungdommen ønsker kontakt med barneverntjenesten om "
        "situasjonen hjemme. Avtalt ny samtale neste uke."),
    ])
    return _draft(tenant, emp.name, email, pick(rng, ["Notat", "Telefonnotat", "Muntlig melding"]),
                  text + f"\n\n{emp.name}\nbarneverntjenesten", "barnevern", jpt="N", skjerming="BV",
                  personnavn=[kid.name], note="Internal memo needing follow-up: N.")


# ======================================================================================
# skole
# ======================================================================================

_SK_MOBB = {
    "nb": [
        'Skolen ringte i går og sa at {kid} hadde slått en medelev. Vi forstår at det er alvorlig, men vi vil også at skolen ser på hvorfor. {kid_first} har fortalt hjemme i lang tid at hen blir kalt stygge ting. Vi ber om skriftlig referat fra samtalen og et møte med rektor.',
        'hei, hvem har ansvaret for at skolegården er trygg? {kid_first} ({klasse}) ble låst inne på do av noen større gutter og ingen voksne merket noe. dette må dere gjøre noe med',
        ("Vi har tidligere tatt opp med kontaktlærer at {kid} blir holdt utenfor i friminuttene og får stygge "
        "meldinger på Snapchat om kvelden. Det har ikke skjedd noe. Vi ber nå rektor om å sette i gang en "
        "aktivitetsplan etter opplæringsloven, og vi vil ha et møte."),
        ("{kid} ({klasse}) gruer seg til skolen hver morgen. I går kom hen hjem med rift i jakka og sa at noen "
        "eldre elever hadde dyttet hen i garderoben. Hva gjør skolen med dette?"),
        ("Dette er tredje gang jeg skriver om samme sak. {Sonnen} min {kid} blir plaget på skolebussen "
        "og skolen sier det er busselskapets ansvar. Jeg mener skolen har plikt til å følge opp."),
    ],
    "nn": [
        ("Vi har fleire gonger sagt frå til kontaktlæraren om at {kid} vert halden utanfor og erta. No vil "
        "vi at skulen lagar ein aktivitetsplan og kallar inn til møte."),
        ("Hei, {kid} i {klasse} vil ikkje gå på skulen lenger. {Ho_han} seier at dei andre ler av {henne_han}. "
        "Kven skal eg snakke med?"),
    ],
}
_SK_FRITAK = {
    "nb": [
        'Vi ber om permisjon for {kid} ({klasse}) fra {dag} og en uke frem. Vi skal i bryllup hos familie i Pakistan. Vi vet at skolen ikke anbefaler fri i skoletiden, og vi tar ansvar for at hen tar igjen det hen går glipp av.',
        'Søknad om skoleskyss på grunn av farlig skolevei. Vi bor langs fylkesveien uten fortau, og {kid_first} i {klasse} må gå 1,8 km i 80-sone. Se vedlagt kart.',
        ("Vi søker om utsatt skolestart for {kid}, født i desember. Barnehagen og PPT mener hen trenger ett år "
        "til i barnehagen. Uttalelse fra PPT ettersendes."),
        ("Søknad om fritak fra opplæring i sidemål for {kid}, {klasse}. {kid_first} har bodd i Norge i to år og "
        "har nok med bokmål. Vi håper dette kan innvilges."),
        ("Kan {kid} få fri fra kroppsøving resten av semesteret? Hen har brukket armen og har gips i seks uker. "
        "Legeerklæring kan sendes om nødvendig."),
        ("Vi ønsker at {kid} skal delta på leirskole selv om hen trenger medisiner om kvelden. Hvem på skolen "
        "tar ansvar for dette?"),
    ],
    "nn": [
        ("Vi søkjer om utsett skulestart for {kid}. Barnet er fødd seint på året og er ikkje klar for skulen "
        "etter det barnehagen seier."),
        "Søknad om fritak frå sidemål for {kid} i {klasse}. {Ho_han} kom til Noreg for to år sidan.",
    ],
}


def _school_mail(rng: random.Random, world: World, variants: dict[str, list[str]], subjects: list[str]) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, variants)
    p, email = private_sender(rng, world)
    first, g = people.kid(rng)
    kid = Person(first, p.last)
    s = {"kid": kid.name if rng.random() < 0.6 else kid.first, "kid_first": kid.first,
         "Sonnen": "Datteren" if g == "f" else "Sønnen", "Ho_han": "Ho" if g == "f" else "Han",
         "henne_han": "henne" if g == "f" else "han", "dag": _day(rng),
         "klasse": pick(rng, ["2A", "3. trinn", "5B", "7. klasse", "9C", "10. trinn", "4. klasse"])}
    body = _fill(pick(rng, variants[lang]), s)
    skole = pick(rng, ["Holmen", "Vikane", "Bakkeli", "Strandå", "Nordsida", "Lia"]) + pick(
        rng, [" skole", " barneskole", " ungdomsskule", " oppvekstsenter"])
    if rng.random() < 0.5:
        body = pick(rng, [f"Gjelder elev ved {skole}.\n\n", f"Til rektor ved {skole}\n\n", ""]) + body
    body += "\n\n" + name_or_sign_off(rng, world, p, lang)
    return _draft(tenant, p.name, email, pick(rng, subjects), _citizen_noise(rng, body, lang), "skole")


def make_sk_mobbing(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, _SK_MOBB, ["Mobbing", "Skolemiljø", "Aktivitetsplan?", "Klassemiljøet",
                                               "Møte ønskes", "Dottera vår", "Sønnen min"])


def make_sk_fritak(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, _SK_FRITAK, ["Søknad om fritak", "Utsatt skolestart", "Søknad",
                                                 "Kroppsøving", "Leirskole", "Sidemål"])


def make_sk_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _foreign_sender(rng, world)
    kids = rng.randint(1, 3)
    body = pick(rng, [
        (f"Hello, we are moving to {kommune_name(tenant).split()[0]} from Poland in October with our {kids} children "
        "aged 6 to 13. How do we register them for school, and is there an introduction class for children "
        "who do not speak Norwegian?"),
        ("Hi, my son started in 8th grade this autumn. We got a letter about 'skoleskyss' but we do not "
        "understand if he can take the bus for free. We live about 5 km from the school."),
        ("Dear principal, I would like to request two days of leave for my daughter in November, as we are "
        "travelling to my grandmother's funeral in Lithuania."),
    ]) + "\n\n" + name_or_sign_off(rng, world, p, "en")
    return _draft(tenant, p.name, email, pick(rng, ["School registration", "School bus", "Leave from school",
                                                     "Question about school"]),
                  _citizen_noise(rng, body, "en"), "skole")


# ======================================================================================
# barnehage
# ======================================================================================

_BH_PLASS = {
    "nb": [
        'Hei! Vi har fått tilbud om plass på {bh}, men vi ønsker egentlig en barnehage nærmere jobben. Hvis vi takker nei nå, mister vi da plassen i køen?',
        'Lurer på om det er mulig å få plass i {bh} fra august for lillebror når storesøster allerede går der? Har søskenprioritet noe å si?',
        ("Vi flytter til {kommune} i januar fordi jeg har fått jobb på {arbeid}. Vi har en gutt/jente på "
        "{alder} som trenger barnehageplass fra 1. februar. Er det ledige plasser i løpet av året, eller må "
        "vi vente til hovedopptaket?"),
        ("Hei! Jeg har søkt plass på {bh} for {kid} i hovedopptaket, men ikke hørt noe. Søknaden ble sendt i "
        "februar. Er det mulig å få vite hvor vi står på ventelisten?"),
        ("Ønsker å bytte fra 60 % til full plass for {kid} fra neste måned. Jeg har begynt i ny jobb med "
        "lengre arbeidsdager."),
        "Vi sier med dette opp plassen til {kid} på {bh} fra {dag}. Vi flytter til Bergen. Takk for tiden.",
    ],
    "nn": [
        ("Vi flyttar til {kommune} etter nyttår og treng barnehageplass til {kid} på {alder}. Korleis søkjer "
        "vi, og kor lang ventetid er det?"),
        ("Hei. Vi vil byte frå {bh} til ein barnehage nærare der vi bur no. Kan vi søkje om overflytting midt "
        "i året?"),
        "Vi seier opp plassen til {kid} frå {dag}. Takk for god tid i barnehagen!",
    ],
}


def make_bh_plass(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BH_PLASS)
    p, email = private_sender(rng, world)
    kid = Person(world.person().first, p.last)
    s = {"kommune": kommune_name(tenant).split()[0], "arbeid": pick(rng, ["sykehjemmet", "fiskemottaket", "banken",
                                                                      "ungdomsskolen", "Coop"]),
         "alder": pick(rng, ["ett år", "to år", "tre år", "18 månader"]), "kid": kid.first,
         "bh": pick(rng, ["Solbakken barnehage", "Tusseladden", "Fjordglimt barnehage", "Måken barnehage",
                          "Knerten barnehage"]), "dag": _day(rng)}
    body = _fill(pick(rng, _BH_PLASS[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    return _draft(tenant, p.name, email, pick(rng, ["Barnehageplass", "Søknad om plass", "Venteliste",
                                                     "Oppsigelse av plass", "Endring av plass", "bhg"]),
                  _citizen_noise(rng, body, lang), "barnehage")


_BH_MONEY = {
    "nb": [
        ("Jeg er alene med to barn og har vært sykmeldt siden mars på grunn av kreftbehandling. Inntekten min "
        "har gått kraftig ned. Kan jeg søke om redusert foreldrebetaling for {kid} midt i året?"),
        ("Min mann mistet jobben i august da bedriften gikk konkurs, og vi har ikke råd til full pris nå. "
        "Vi søker om redusert betaling og gratis kjernetid. Skattemelding legges ved."),
        ("Vi har fått regning på full pris selv om vi har søkt om moderasjon. Husstanden lever bare på "
        "arbeidsavklaringspenger i år. Vi ber om at dette rettes."),
    ],
    "nn": [
        ("Eg er åleine med borna etter samlivsbrot og har låg inntekt. Eg søkjer om redusert foreldrebetaling "
        "for {kid}. Skattemeldinga ligg ved."),
        ("Sambuaren min har vore sjuk sidan våren og har ikkje inntekt. Vi søkjer om redusert betaling i "
        "barnehagen for {kid}."),
    ],
}


def make_bh_betaling(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BH_MONEY)
    p, email = private_sender(rng, world)
    kid = Person(world.person().first, p.last)
    body = _fill(pick(rng, _BH_MONEY[lang]), {"kid": kid.name}) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    atts = [AttachmentSpec("skattemelding.pdf", "pdf", "Skattemelding 2025\nPersoninntekt ...")] \
        if rng.random() < 0.4 else []
    return _draft(tenant, p.name, email, pick(rng, ["Redusert betaling", "Søknad om moderasjon", "Foreldrebetaling",
                                                     "Barnehagepris"]),
                  _citizen_noise(rng, body, lang, [p.name, kid.name]), "barnehage", skjerming="P13", personnavn=[p.name, kid.name],
                  attachments=atts, note="Reveals illness/unemployment or low income: P13.")


def make_bh_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _foreign_sender(rng, world)
    body = pick(rng, [
        ("Hello, we just moved here from Spain and our daughter is 2 years old. Can we apply for kindergarten "
        "now or do we have to wait until next year? I am sorry for writing in English."),
        ("Hi, I got an invoice from the kindergarten but my son has been sick at home most of the month. "
        "Do we still have to pay the full price?"),
        ("Dear kindergarten office, we would like to change our place from 5 days to 4 days per week "
        "starting next month. Please let me know if this is possible."),
    ]) + "\n\n" + name_or_sign_off(rng, world, p, "en")
    return _draft(tenant, p.name, email, pick(rng, ["Kindergarten", "Barnehage application", "Kindergarten place",
                                                     "Question kindergarten"]),
                  _citizen_noise(rng, body, "en"), "barnehage")


# ======================================================================================
# rekruttering
# ======================================================================================

_REK = {
    "nb": [
        'Hei\nJeg er student ved sykepleien og ser etter helgejobb eller ekstravakter på sykehjemmet. Jeg er ferdig med andre studieår og har praksis fra medisinsk avdeling. Har dere behov for ringevikarer?',
        'Søknad – {stilling}\n\nEtter mange år i privat sektor ønsker jeg å bruke erfaringen min i kommunen. Jeg har {aar} års erfaring, de siste fem som teamleder, og er vant til saksbehandling og kundekontakt. Vedlagt følger CV og attester.',
        ("Hei! Jeg heter {navn} og er 17 år. Jeg vil gjerne jobbe som sommervikar på sykehjemmet i sommer. "
        "Jeg har gått helsefag på videregående og er vant til å jobbe med folk. Jeg kan jobbe helger også."),
        ("Jeg søker herved stillingen som {stilling} (ref. {ref}). CV, vitnemål og attester ligger vedlagt.\n\n"
        "Jeg har {aar} års erfaring fra tilsvarende arbeid og trives best der det skjer mye."),
        "Se vedlagt søknad og CV på stillingen som {stilling}.",
        ("Jeg trekker min søknad på stillingen som {stilling}. Jeg har takket ja til en annen jobb. Takk for "
        "intervjuet."),
    ],
    "nn": [
        ("Søknad på stilling som {stilling}\n\nEg har budd i kommunen heile livet og har {aar} års erfaring frå "
        "liknande arbeid. No ønskjer eg nye utfordringar nærare heimen. Attestar kan ettersendast."),
        "Hei! Er det mogleg å få ekstravakter i sommar? Eg er 19 år og har fagbrev som helsefagarbeidar.",
        ("Eg søkjer på stillinga som {stilling}. Eg har {aar} år erfaring og er utdanna frå Høgskulen på "
        "Vestlandet. CV og vitnemål ligg ved."),
        ("Hei. Eg lurer på om stillinga som {stilling} framleis er ledig, og om det er mogleg å få redusert "
        "stilling? Eg har to små born."),
    ],
}
_STILLINGER = ["sykepleier", "lærer på ungdomstrinnet", "barnehagelærer", "fagarbeider i hjemmetjenesten",
               "ingeniør vann og avløp", "helsesykepleier", "konsulent i servicetorget", "renholder",
               "miljøterapeut i bofellesskap", "saksbehandler byggesak"]


def make_rek_soknad(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _REK)
    p, email = private_sender(rng, world)
    stilling = pick(rng, _STILLINGER)
    sak = None
    ref = f"{rng.randint(4000, 4999)}{rng.randint(100000, 999999)}"
    if rng.random() < 0.4:
        case = world.open_case(tenant, "rekruttering", f"Tilsetting - {stilling}")
        sak, ref = case.sak, world.cite(case.sak)
    s = {"navn": p.name, "stilling": stilling, "ref": ref, "aar": str(rng.randint(2, 25))}
    body = _fill(pick(rng, _REK[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang, phone=True)
    atts = []
    if "vedlagt" in body.lower() or "ligg ved" in body.lower():
        atts = [AttachmentSpec(f"CV_{p.first}_{p.last}.pdf".replace(" ", "_"), "pdf",
                               f"CV\n{p.name}\nUtdanning og arbeidserfaring\n..."),
                AttachmentSpec("Soknad.docx", "docx", f"Søknad på stilling som {stilling}\n{p.name}")]
    return _draft(tenant, p.name, email, pick(rng, [f"Søknad {stilling}", "Søknad på stilling", "Sommerjobb",
                                                     f"Stilling som {stilling}", "Søknad", "Trekker søknad"]),
                  _citizen_noise(rng, body, lang, [p.name]), "rekruttering", skjerming="P25", sak=sak,
                  personnavn=[p.name], attachments=atts)


def make_rek_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _foreign_sender(rng, world)
    body = pick(rng, [
        ("Dear hiring manager,\nI am a registered nurse from the Philippines with authorisation from "
        "Helsedirektoratet and B2 Norwegian. I would like to apply for the nurse position at your nursing home. "
        "Please find my CV attached."),
        ("Hello, I saw the advertisement for a kindergarten assistant. I speak English, German and some "
        "Norwegian. Is it possible to apply even if my Norwegian is not perfect yet?"),
        ("Hi, I am an engineer from Ukraine living in Norway since 2022. I would like to apply for the engineer "
        "position in water and sewage. My CV and diploma are attached."),
    ]) + "\n\n" + name_or_sign_off(rng, world, p, "en", phone=True)
    atts = [AttachmentSpec("CV.pdf", "pdf", f"Curriculum vitae\n{p.name}")] if "attached" in body else []
    return _draft(tenant, p.name, email, pick(rng, ["Job application", "Application nurse", "Position",
                                                     "Application for position"]),
                  body, "rekruttering", skjerming="P25", personnavn=[p.name], attachments=atts)


def make_rek_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    stilling = pick(rng, _STILLINGER)
    case = world.open_case(tenant, "rekruttering", f"Tilsetting - {stilling}")
    cand = world.person()
    text = pick(rng, [
        (f"Referat fra intervju med {cand.name} til stillingen som {stilling}. Kandidaten fremstod godt "
        "forberedt. Innstilles som nr. 1. Referanser sjekkes i morgen."),
        (f"Innstilling: Intervjupanelet anbefaler at {cand.name} tilsettes som {stilling}. Sendes til "
        "tilsettingsrådet for behandling."),
        f"Referansesjekk på {cand.name} er gjennomført med to referanser. Begge gode. Notat til saken.",
    ])
    jpt = "X" if "Notat til saken" in text else "N"
    return _draft(tenant, emp.name, email, f"{pick(rng, ['Intervju', 'Innstilling', 'Referanser'])} - "
                  f"{world.cite(case.sak)}", text + f"\n\n{emp.name}", "rekruttering", jpt=jpt, skjerming="P25",
                  sak=case.sak, personnavn=[cand.name])


# ======================================================================================
# bevilling
# ======================================================================================

_BEV_FIRM = [
    'Vi har overtatt driften av puben i {adr} og søker om ny skjenkebevilling fordi eierskiftet gjør at den gamle bortfaller. Styrer {styrer} har bestått kunnskapsprøven. Skatteattest og firmaattest følger vedlagt.',
    ("Vi åpner ny restaurant i {adr} i {mnd} og søker om skjenkebevilling for øl, vin og brennevin, "
    "inne og på uteservering. Styrer blir {styrer}, stedfortreder {sted}. Utfylt søknadsskjema, "
    "plantegning og firmaattest er vedlagt."),
    ("Vi søker om serveringsbevilling for matbil/food truck som skal stå på torget i {kommune} i "
    "sommerhalvåret. Se vedlagt søknad."),
    "Vedlagt følger søknad om salgsbevilling for øl i vår nye dagligvarebutikk i {adr}.",
    ("Vi ønsker å utvide skjenketiden på fredag og lørdag til kl. 02.00, og ber om at dette behandles "
    "før julebordsesongen."),
]


def make_bev_firma(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    s = {"adr": world.street(), "mnd": pick(rng, ["oktober", "november", "mars", "april"]),
         "styrer": p.name, "sted": world.person().name, "kommune": kommune_name(tenant).split()[0]}
    text = _fill(pick(rng, _BEV_FIRM), s)
    in_body = rng.random() < 0.5
    sig = name_or_sign_off(rng, world, p, "nb", firm=firm, email=email)
    if in_body:
        sig += f"\nOrg.nr {firm.orgnr}"
    atts = []
    if "vedlagt" in text.lower() or not in_body:
        atts = [AttachmentSpec("soknad_bevilling.pdf", "pdf",
                               f"Søknad om bevilling\nSøker: {firm.name}\nOrganisasjonsnummer: {firm.orgnr}\n"
                               f"Adresse: {s['adr']}\nStyrer: {s['styrer']}")]
    return _draft(tenant, p.name, email, pick(rng, ["Søknad om skjenkebevilling", "Serveringsbevilling",
                                                     "Salgsbevilling", "Skjenketid", "Søknad bevilling"]),
                  text + "\n\n" + sig, "bevilling", attachments=atts,
                  av=avsender(firm.name, email), orgnr_if_stated=firm.orgnr)


_BEV_ENKELT = {
    "nb": [
        'Hei!\nVi er en gjeng som arrangerer vinsmaking i {sted} {dato} for ca. {n} personer, med billettsalg. Trenger vi bevilling for en enkelt anledning, og hva koster det? Hvor lang er saksbehandlingstiden?',
        ("Hei. Vi skal ha bryllup på {sted} {dato} med ca. {n} gjester, og lokalet har ikke skjenkebevilling. "
        "Må vi søke om bevilling for en enkeltanledning når vi serverer vin til maten selv?"),
        ("{lag} arrangerer {arr} {dato} og ønsker å søke om skjenkebevilling for en enkelt anledning (øl og vin). "
        "Ansvarlig er undertegnede."),
        ("Søknad om ambulerende skjenkebevilling til firmafest i {sted} {dato}. Ca {n} deltakere, skjenking "
        "fra 19 til 01."),
    ],
    "nn": [
        ("Hei. {lag} skal ha {arr} i {sted} {dato} og søkjer om løyve til skjenking av øl og vin denne "
        "kvelden. Eg er ansvarleg."),
        "Vi skal ha bryllaup på {sted} {dato}, om lag {n} gjester. Treng vi skjenkeløyve?",
    ],
}


def make_bev_enkelt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BEV_ENKELT)
    p, email = private_sender(rng, world)
    lag = pick(rng, ["Ungdomslaget Framtid", "Bygdelaget", "Musikkforeningen", "Vestbygda idrettslag",
                     "Velforeningen"])
    s = {"sted": pick(rng, ["grendahuset", "samfunnshuset", "Brygga", "skulehuset", "naustet"]),
         "dato": f"{rng.randint(1, 28)}. {pick(rng, ['september', 'oktober', 'november', 'desember'])}",
         "n": str(rng.randint(40, 180)), "lag": lag,
         "arr": pick(rng, ["haustfest", "dansegalla", "revy", "julebord", "50-årsjubileum"])}
    text = _fill(pick(rng, _BEV_ENKELT[lang]), s)
    body = text + "\n\n" + name_or_sign_off(rng, world, p, lang)
    if lag in text:
        av = avsender(lag, email)
    else:
        av = avsender(p.name, email)
    return _draft(tenant, p.name, email, pick(rng, ["Skjenkebevilling enkeltanledning", "Skjenkeløyve",
                                                     "Bevilling til fest", "Søknad"]),
                  _citizen_noise(rng, body, lang, [lag]), "bevilling", av=av)


def make_bev_endring(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    case = world.open_case(tenant, "bevilling", f"Skjenkebevilling - {firm.name}", part=firm.name)
    ref = world.cite_phrase(case.sak)
    new = world.person()
    text = pick(rng, [
        (f"Melding om endring av stedfortreder ({ref}). Ny stedfortreder er {new.name}. Dokumentasjon på "
        "bestått kunnskapsprøve er vedlagt."),
        f"Vi viser til {ref}. Styrer har sluttet, og {new.name} overtar som styrer fra 1. neste måned.",
        (f"Svar på varsel om prikktildeling ({ref}): Vi er uenige i at det ble skjenket til åpenbart påvirket "
        "person. Vakten vår hadde avvist gjesten ved døra. Vi ber om at saken vurderes på nytt."),
    ])
    return _draft(tenant, p.name, email, pick(rng, ["Endring styrer/stedfortreder", "Prikktildeling",
                                                     "Vår bevilling", "Endring i bevilling"]),
                  text + "\n\n" + name_or_sign_off(rng, world, p, "nb", firm=firm, email=email), "bevilling", sak=case.sak,
                  av=avsender(firm.name, email), orgnr_if_stated=firm.orgnr, note="New styrer is named in the role of styrer: no skjerming.")


# ======================================================================================
# tilskudd
# ======================================================================================

_TS_LAG = {
    "nb": [
        'Hei! Vi i {lag} har tenkt å søke om tilskudd til {arr} i {mnd}. Er det for sent å søke nå, og kan vi søke selv om vi ikke er registrert i Frivillighetsregisteret ennå?',
        'Søknad om tilskudd til ungdomstiltak\n\n{lag} vil starte opp et lavterskeltilbud for ungdom fredagskveld, med gratis mat og aktiviteter. Vi søker om kr {belop} til oppstart. Budsjett ligger vedlagt.',
        ("{lag} søker om kulturmidler til innkjøp av nye {ting}. Laget har {n} aktive medlemmer, og "
        "utstyret vi har i dag er over 20 år gammelt. Budsjett og årsmelding ligger vedlagt."),
        ("På vegne av {lag} søker vi om tilskudd til {arr} som arrangeres i {mnd}. Vi regner med rundt {n} "
        "besøkende. Søknadsbeløp kr {belop}."),
        "Vedlagt er vår søknad om driftstilskudd for {lag}.",
    ],
    "nn": [
        "{lag} søkjer om tilskot til {ting}. Laget har {n} medlemer, dei fleste born og unge. Budsjett ligg ved.",
        "Vi søkjer om kulturmidlar til {arr} i {mnd}. Søknadssum kr {belop}. Sjå vedlegg.",
    ],
}


def make_ts_lag(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _TS_LAG)
    p, email = private_sender(rng, world)
    lag = pick(rng, ["Fjellbygda skyttarlag", "Sjøbris skolekorps", "Kystsoga historielag", "Havgapet mannskor",
                     "Nordsida idrettslag", "Trollungane barnekor", "Vika båtlag"])
    orgnr = world.orgnr()
    s = {"lag": lag, "ting": pick(rng, ["uniformer", "instrumenter", "noter og notestativ", "drakter",
                                        "kano og vester"]),
         "n": str(rng.randint(12, 90)), "arr": pick(rng, ["sommarkonsert", "bygdedag", "cupen", "kulturkveld"]),
         "mnd": pick(rng, ["juni", "august", "oktober"]), "belop": f"{rng.randint(5, 80)} 000"}
    text = _fill(pick(rng, _TS_LAG[lang]), s)
    org_in_body = rng.random() < 0.5
    sig = name_or_sign_off(rng, world, p, lang) + "\n" + pick(rng, ["kasserer", "leiar", "leder", "styremedlem"]) + ", " + lag
    if org_in_body:
        sig += f"\nOrg.nr. {orgnr}"
    atts = [AttachmentSpec("soknad_tilskudd.docx", "docx",
                           f"Søknad om tilskudd\nSøker: {lag}\nOrganisasjonsnummer: {orgnr}\nKontonummer ...")]
    return _draft(tenant, p.name, email, pick(rng, ["Søknad om kulturmidler", "Søknad tilskudd", "Tilskot",
                                                     f"Søknad fra {lag}", "Kulturmidlar"]),
                  text + "\n\n" + sig, "tilskudd", av=avsender(lag, email, orgnr), attachments=atts,
                  note="Orgnr in the attachment.")


def make_ts_rapport(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = private_sender(rng, world)
    lag = pick(rng, ["Havblikk velforening", "Strand grendalag", "Vestvika ungdomsklubb", "Fjordvik seniordans"])
    case = world.open_case(tenant, "tilskudd", f"Tilskudd - {lag}", part=lag)
    ref = world.cite_phrase(case.sak)
    text = pick(rng, [
        (f"Vi sender herved rapport og regnskap for tilskuddet vi fikk i vår ({ref}). Gapahuken står ferdig og "
        "ble tatt i bruk på dugnaden i september."),
        (f"Viser til tilsagnsbrevet ({ref}). Prosjektet er forsinket, og vi ber om at fristen for rapport "
        "forlenges til mars."),
        f"Hei, når blir tilskuddet utbetalt? Vi fikk tilsagn i juni ({ref}), men ingenting er kommet på kontoen.",
    ])
    return _draft(tenant, p.name, email, pick(rng, ["Rapport tilskudd", "Sluttrapport", "Utbetaling tilskudd",
                                                     "Utsatt frist"]),
                  text + "\n\n" + name_or_sign_off(rng, world, p, "nb") + f"\n{lag}", "tilskudd", sak=case.sak,
                  av=avsender(lag, email))


def make_ts_naering(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    text = pick(rng, [
        ("Vi er en liten bedrift som vil starte produksjon av tørrfisk-snacks og søker om etablerertilskudd "
        "fra kommunens næringsfond. Forretningsplan er vedlagt."),
        ("Søknad om tilskudd fra næringsfondet til markedsføring av vår nye overnattingsnæring. Total "
        "kostnad er ca. kr 240 000, vi søker om 50 %."),
        ("Kan vi søke om tilskudd fra næringsfondet til kurs for de ansatte, eller gjelder fondet bare nye "
        "bedrifter?"),
    ])
    sig = name_or_sign_off(rng, world, p, "nb", firm=firm, email=email)
    return _draft(tenant, p.name, email, pick(rng, ["Næringsfond", "Søknad om etablerertilskudd",
                                                     "Tilskudd næringsfondet"]),
                  text + "\n\n" + sig + f"\nOrg.nr {firm.orgnr}", "tilskudd", av=avsender(firm.name, email, firm.orgnr))


# ======================================================================================
# anskaffelse
# ======================================================================================

def make_ans_sporsmal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    what = pick(rng, ["brøyting av kommunale veier", "rammeavtale om renhold", "levering av arbeidsklær",
                      "kjøp av skolemøbler", "drift av IKT-plattform", "transport av skoleelever"])
    sak = None
    head = ""
    if rng.random() < 0.6:
        case = world.open_case(tenant, "anskaffelse", f"Konkurranse - {what}")
        sak = case.sak
        head = f"Vedr. konkurranse {world.cite(case.sak)} - {what}.\n\n"
    text = head + pick(rng, [
        (f"Vi har noen spørsmål til konkurransegrunnlaget for {what}:\n1. Er det mulig å levere alternativt "
        "tilbud?\n2. Kan underleverandører benyttes?\n3. Når er planlagt kontraktsstart?"),
        f"Vi finner ikke prisskjemaet i konkurransen om {what} på Mercell. Kan dette legges ut på nytt?",
        f"Er det anledning til befaring før tilbudsfristen i konkurransen om {what}?",
        (f"Hei. Vi har lasta ned konkurransegrunnlaget for {what}. I kravspesifikasjonen står det at leverandøren "
        "må ha eige lager i kommunen. Er dette eit minstekrav eller eit tildelingskriterium?"),
        (f"Vi ber om at tilbodsfristen for {what} vert utsett med ei veke. Fleire av underleverandørane våre "
        "har ferie, og vi treng tid til å hente inn prisar."),
        (f"Spørsmål 4 i Q&A-en om {what} er ikke besvart. Vil svaret komme før fristen, eller må vi basere "
        "tilbudet på egne forutsetninger?"),
        (f"Vi er en mindre lokal leverandør og lurer på om dere kan dele opp {what} i flere delkontrakter, slik "
        "at også små bedrifter kan delta."),
    ])
    has_org = rng.random() < 0.5
    sig = name_or_sign_off(rng, world, p, "nb", firm=firm, email=email) + (f"\nOrg.nr. {firm.orgnr}" if has_org else "")
    return _draft(tenant, p.name, email, pick(rng, ["Spørsmål til konkurransen", "Avklaring", "Konkurranse",
                                                     "Spørsmål konkurransegrunnlag"]),
                  text + "\n\n" + sig, "anskaffelse", sak=sak, av=avsender(firm.name, email), orgnr_if_stated=firm.orgnr,
                  note="Plain questions, no prices: no F13.")


def make_ans_tilbud(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    what = pick(rng, ["vedlikehold av gatelys", "vaktmestertjenester", "snøbrøyting rode 4", "kantinedrift",
                      "levering av inkontinensprodukter"])
    case = world.open_case(tenant, "anskaffelse", f"Anbud - {what}")
    pris = f"kr {rng.randint(120, 2400)} {rng.randint(100, 999)},-"
    text = pick(rng, [
        (f"Vedlagt følger vårt tilbud på {what}, {world.cite_phrase(case.sak)}. Samlet pris eks. mva er {pris}. "
        "Timepris for tilleggsarbeid er kr 795,-."),
        (f"Tilbud - {what} ({world.cite(case.sak)})\n\nSe vedlagte prisskjema og dokumentasjon på "
        "kvalifikasjonskrav. Tilbudet er bindende i 3 måneder."),
        (f"Vi viser til tildelingsbrevet i konkurransen om {what} ({world.cite(case.sak)}). Vi klager på "
        f"tildelingen. Vårt tilbud på {pris} var lavest, og vi forstår ikke hvorfor vi fikk lavere poeng på pris."),
    ])
    atts = [AttachmentSpec("prisskjema.pdf", "pdf", f"Prisskjema\n{firm.name}\nSum eks. mva: {pris}\n"
                                                    f"Org.nr {firm.orgnr}")]
    return _draft(tenant, p.name, email, pick(rng, ["Tilbud", "Innlevering av tilbud", f"Tilbud {what}",
                                                     "Klage på tildeling"]),
                  text + "\n\n" + name_or_sign_off(rng, world, p, "nb", firm=firm, email=email), "anskaffelse",
                  skjerming="F13", sak=case.sak, av=avsender(firm.name, email, firm.orgnr), attachments=atts,
                  note="Prices in the mail: F13.")


def make_ans_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p = world.person()
    company = pick(rng, ["Baltic Lighting UAB", "Nordic Care Supply AB", "Danfield Software ApS",
                         "Helsinki Road Solutions Oy"])
    email = f"{p.first.lower()}@{company.split()[0].lower()}.eu".replace("ø", "o").replace("å", "a").replace("æ", "ae")
    text = pick(rng, [
        ("We are interested in the tender published on Doffin. Could you clarify whether documents can be "
        "submitted in English, and whether a Norwegian subsidiary is required?"),
        "Please find attached our offer. The total price is EUR 84 500 excluding VAT, delivery within six weeks.",
    ])
    priced = "EUR" in text
    return _draft(tenant, p.name, email, pick(rng, ["Tender question", "Offer", "Tender clarification"]),
                  text + "\n\n" + name_or_sign_off(rng, world, p, "en") + f"\n{company}", "anskaffelse",
                  skjerming="F13" if priced else None, av=avsender(company, email),
                  attachments=[AttachmentSpec("offer.pdf", "pdf", f"Offer\n{company}\nTotal EUR 84 500")] if priced else [],
                  note="Foreign firm, no Norwegian orgnr.")


# ======================================================================================
# out of scope: spam, faktura, systemvarsel, privat
# ======================================================================================

def make_spam(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    kommune = kommune_name(tenant)
    person = world.person()
    kr = f"{rng.randint(1, 19)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    kind = rng.randrange(8)
    if kind == 0:
        name, email = "Skatteetaten", pick(rng, ["refusjon@skatteetaten-no.net", "info@skatt-refusjon.org"])
        subject = pick(rng, ["Du har penger til gode", "Tilbakebetaling av skatt", "Ny skatteberegning"])
        body = (f"Kjære skattyter,\n\nEtter ny beregning har du krav på tilbakebetaling på kr {kr}. For å motta "
                "beløpet må du bekrefte kontoopplysningene dine innen 48 timer:\n\n"
                "https://skatteetaten-no.net/refusjon\n\nSkatteetaten")
    elif kind == 1:
        name, email = "Vipps", pick(rng, ["support@vipps-sikker.com", "no-reply@vipps-kunde.info"])
        subject = pick(rng, ["Kontoen din er midlertidig sperret", "Bekreft identiteten din", "Viktig melding"])
        body = (f"Hei {person.first},\nvi har oppdaget uvanlig aktivitet på kontoen din. Logg inn via lenken under "
                f"innen {rng.randint(12, 72)} timer for å gjenopprette tilgangen, ellers slettes kontoen.\n\n"
                ">> Gjenopprett konto <<")
    elif kind == 2:
        name = f"Mr. {person.last}"
        email = f"{person.last.lower()}.trust{rng.randint(1, 99)}@outlook.com".replace("ø", "o").replace("å", "a")
        subject = pick(rng, ["Confidential business proposal", "URGENT REPLY NEEDED", "Partnership"])
        body = (f"Dear Friend,\nI am a bank officer and I have a deceased client with no next of kin. The sum of "
                f"USD {rng.randint(3, 19)}.{rng.randint(1, 9)} million can be transferred to your account if you "
                "cooperate. Reply with your full name and phone number.")
    elif kind == 3:
        name, email = "Bedriftsregisteret Norden", pick(rng, ["post@bedriftsregister-norden.com",
                                                               "kontroll@nordisk-firmaregister.eu"])
        subject = pick(rng, ["Kontroll av oppføring", "Oppdatering av firmaopplysninger", "Påminnelse: registrering"])
        body = (f"Vi ber dere kontrollere og returnere vedlagte skjema med oppdaterte opplysninger om {kommune}. "
                f"Signert skjema utgjør bestilling av oppføring, årlig kostnad kr {rng.randint(6, 14)} 850,- eks mva.")
    elif kind == 4:
        name, email = "PostNord", pick(rng, ["tracking@postnord-levering.top", "info@pakke-toll.net"])
        subject = pick(rng, ["Pakken din venter på tollgebyr", "Leveringsforsøk mislyktes"])
        body = (f"Sending nr. NO{rng.randint(10**8, 10**9)} kunne ikke leveres. Betal tollgebyr på kr "
                f"{rng.randint(19, 89)},- for ny levering:\nhttps://pakke-toll.net/betal")
    elif kind == 5:
        name, email = "SEO Experts", f"growth{rng.randint(1, 99)}@rankfast-seo.com"
        subject = pick(rng, ["Your website is not on Google page 1", "Quick question about your website"])
        body = (f"Hi,\nI was checking the website of {kommune} and found {rng.randint(12, 80)} errors that stop you "
                "from ranking. We can fix this for a small monthly fee. Can I send you a free report?\n\n"
                f"{person.first}\nSenior SEO Consultant")
    elif kind == 6:
        name, email = f"{kommune} IT-støtte", f"it-helpdesk@{rng.choice(['mail-verify', 'kommune-login'])}.com"
        subject = pick(rng, ["Postkassen din er full", "Passordet ditt utløper i dag", "Bekreft e-postkonto"])
        body = (f"Postkassen din har nådd {rng.randint(95, 99)} % av kvoten. Innkommende e-post blir avvist. "
                "Klikk her for å øke lagringsplassen: https://mail-verify.com/kvote\n\nIT-avdelingen")
    else:
        name, email = person.name, f"{person.first.lower()}{rng.randint(10, 999)}@gmail.com".replace("ø", "o")
        subject = pick(rng, ["Investering", "Tjen penger hjemmefra", "Krypto - tidsbegrenset"])
        body = (f"Hei! Jeg tjente kr {rng.randint(20, 90)} 000 på én uke med denne kryptoplattformen. Det er "
                "helt trygt og anbefalt av kjente nordmenn. Registrer deg nå før plassene er fulle.")
    return _draft(tenant, name, email, subject, body, "spam", av=avsender(name, email), html=rng.random() < 0.6)


def make_faktura(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    email = pick(rng, ["faktura@", "regnskap@", "post@"]) + firm.domain
    nr = rng.randint(10000, 99999)
    belop = f"{rng.randint(1, 90)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    kind = rng.randrange(3)
    if kind == 0:
        subject = f"Faktura {nr} fra {firm.name}"
        body = (f"Vedlagt følger faktura {nr} for utført arbeid.\nBeløp: kr {belop}\nForfall: 30 dager\n\n"
                f"Fakturaen skulle vært sendt som EHF – beklager. Ta kontakt ved spørsmål.\n\n{firm.name}\n"
                f"Org.nr {firm.orgnr}")
    elif kind == 1:
        subject = f"Purring - faktura {nr}"
        body = (f"Hei\n\nVi kan ikke se å ha mottatt betaling for faktura {nr}, forfall {_day(rng)}2026. "
                f"Utestående beløp er kr {belop}. Vennligst betal innen 14 dager for å unngå inkasso.\n\n"
                f"Mvh\n{p.name}\n{firm.name}\nOrg.nr {firm.orgnr}")
    else:
        subject = f"Kreditnota {nr}"
        body = (f"Vedlagt kreditnota for feilfakturert leveranse. Kreditnotaen motregnes neste faktura.\n\n"
                f"{p.name}\nØkonomi, {firm.name}\nOrg.nr. {firm.orgnr}")
    atts = [AttachmentSpec(f"faktura_{nr}.pdf", "pdf", f"Faktura {nr}\n{firm.name}\nOrg.nr {firm.orgnr}\n"
                                                        f"Å betale: kr {belop}")]
    return _draft(tenant, firm.name, email, subject, body, "faktura", av=avsender(firm.name, email, firm.orgnr),
                  attachments=atts)


def make_systemvarsel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    dom = TENANTS[tenant]["domain"]
    server = f"{pick(rng, ['SRV', 'FIL', 'ARK', 'SQL', 'APP'])}-{pick(rng, ['FJV', 'HAV', 'DRIFT'])}{rng.randint(1, 20):02d}"
    when = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    kind = rng.randrange(6)
    if kind == 0:
        name, email = "Veeam Backup", f"veeam@{dom}"
        status = pick(rng, ["Failed", "Warning", "Success"])
        subject = f"[{status}] {pick(rng, ['Nightly backup', 'Daglig kopi', 'Offsite copy'])} ({server})"
        body = (f"Job: {server}\nStatus: {status}\nStart: {when}\nProcessed: {rng.randint(40, 900)} GB\n"
                + ("Error: Unable to connect to repository." if status != "Success" else "All VMs processed."))
    elif kind == 1:
        name, email = "Driftsovervåking", pick(rng, [f"monitor@{dom}", f"zabbix@{dom}", f"prtg@{dom}"])
        subject = f"{pick(rng, ['PROBLEM', 'RESOLVED', 'Varsel'])}: disk på {server} er {rng.randint(85, 99)} % full"
        body = (f"Automatisk varsel fra overvåkingssystemet kl. {when}.\nVert: {server}\nVolum: "
                f"{pick(rng, ['C:', 'D:', '/var', '/data'])}\nTerskel overskredet. Ikke svar på denne e-posten.")
    elif kind == 2:
        name, email = "Microsoft 365", pick(rng, ["no-reply@microsoft.com", "msonlineservicesteam@microsoftonline.com"])
        subject = pick(rng, ["Lisensene dine utløper snart", "Your subscription will expire",
                             "Handling kreves: betalingsmåte"])
        body = (f"Abonnementet for {kommune_name(tenant)} utløper om {rng.randint(3, 30)} dager. Logg inn i "
                "administrasjonssenteret for å fornye.")
    elif kind == 3:
        name, email = "Sak/arkiv - driftsmelding", f"noreply@{dom}"
        subject = pick(rng, ["Planlagt nedetid i arkivsystemet", "Eksport til arkivdepot feilet",
                             "Integrasjon mot Fiks feilet"])
        body = (f"Det er registrert en feil i nattlig jobb kl. {when} på {server}. "
                f"{rng.randint(1, 40)} forsendelser ligger i kø og blir forsøkt sendt på nytt. "
                "Meldingen er generert automatisk.")
    elif kind == 4:
        name, email = "Printserver", f"printer-{rng.randint(1, 30)}@{dom}"
        subject = pick(rng, ["Lite toner", "Papirstopp", "Skanning fullført"])
        body = (f"Enhet: {pick(rng, ['Ricoh', 'Canon', 'Konica'])} {rng.randint(2000, 9000)} (2. etg.)\n"
                f"Status: {subject}\nTid: {when}\nDette er en automatisk melding.")
    else:
        name, email = "Sertifikatvarsel", pick(rng, [f"certbot@{dom}", "alerts@buypass-ssl.no"])
        subject = f"Sertifikat for {pick(rng, ['www', 'innsyn', 'post', 'vpn'])}.{dom} utløper om {rng.randint(2, 30)} dager"
        body = "Fornyelse må gjøres manuelt. Kontakt driftsansvarlig.\n\nAutomatisk generert - ikke svar."
    return _draft(tenant, name, email, subject, body, "systemvarsel", av=avsender(name, email), style="system",
                  extra_headers={"Auto-Submitted": "auto-generated"})


def make_privat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = private_sender(rng, world)
    emp, _ = world.employee(tenant)
    lang = "nn" if tenant == "havoy" and rng.random() < 0.5 else "nb"
    texts = {
        "nb": [
            (f"Hei {emp.first}! Takk for sist, så hyggelig å se deg på stranda. Bursdagen til mamma er den 14., "
            "kommer du? Ta med kaka du lovet :)"),
            (f"Hei {emp.first}, fikk ikke tak i deg på mobilen. Har du fortsatt tilhengeren jeg kan låne på "
            "lørdag? Skal kjøre hageavfall."),
            "Hei, jeg tror jeg har sendt dette til feil adresse. Det skulle til broren min. Bare se bort fra det!",
            (f"Heisann {emp.first}! Bildene fra hytteturen ligger i delt album nå. Du må se det av deg i "
            "kajakken haha. Middag på fredag som avtalt?"),
            (f"Kjære {emp.first}, takk for blomstene og den fine hilsenen da pappa døde. Det betydde mye for oss "
            "alle. Klem"),
            f"Hei! Vi selger hvalpene nå, to igjen. Sa du ikke at søstera di var interessert, {emp.first}?",
            "Hei, jeg skal bare takke for en flott konsert i kirka i går. Håper dere spiller igjen til jul.",
        ],
        "nn": [
            f"Hei {emp.first}! Vi skal ha grillfest laurdag, kjem du? Ta med gitaren.",
            f"Hei {emp.first}. Gratulerer med dagen! Håpar du får ein fin dag på jobb.",
            f"Hei {emp.first}, eg har funne lua di i bilen min etter dugnaden. Kan levere ho på måndag.",
            "Hei. Beklagar, denne meldinga skulle eigentleg til sonen min. Berre slett ho.",
        ],
    }
    body = pick(rng, texts[lang]) + "\n\n" + p.first
    return _draft(tenant, p.name, email, pick(rng, ["Hei!", "lørdag", "Bursdag", "Feil adresse", "Fest",
                                                     "Tilhenger"]),
                  _citizen_noise(rng, body, lang), "privat", av=avsender(p.name, email),
                  note="Private message to the shared mailbox.")


# ======================================================================================
# more voices: forwarded mail, foster parents, farmers, invoices in English
# ======================================================================================

_FWD_NOTES = {
    "nb": ["Videresender denne til rett instans.", "Kom inn til meg i dag, sender den videre til journalføring.",
           "Til arkivering og oppfølging.", "Fikk denne på min e-post. Sendes til postmottak.", "FYI - til saken."],
    "nn": ["Sender denne vidare til rett instans.", "Kom til meg, sender vidare til journalføring.",
           "Til arkivering og oppfølging."],
}


def make_ho_videresendt(rng: random.Random, world: World) -> Draft:
    orig = make_ho_parorende(rng, world)
    tenant = orig.tenant
    emp, email = world.employee(tenant)
    lang = "nn" if tenant == "havoy" and rng.random() < 0.5 else "nb"
    body = pick(rng, _FWD_NOTES[lang]) + f"\n\n{emp.name}\n" + pick(rng, ["Servicetorget", "Tildelingskontoret",
                                                                         "Sentralbordet", "Helse og omsorg"])
    return _draft(tenant, emp.name, email, "VS: " + orig.subject, body, "helse_omsorg", skjerming="P13",
                  av=orig.avsender, personnavn=orig.personnavn,
                  forwarded=EarlierMessage(orig.sender_name, orig.sender_email, orig.subject, orig.body),
                  note="Forwarded by an employee: avsender is the original sender; journalposttype I.")


def make_sk_videresendt(rng: random.Random, world: World) -> Draft:
    orig = make_sk_fritak(rng, world) if rng.random() < 0.5 else make_sk_mobbing(rng, world)
    tenant = orig.tenant
    emp, email = world.employee(tenant)
    body = pick(rng, _FWD_NOTES["nb"]) + f"\n\n{emp.name}\n" + pick(rng, ["rektor", "inspektør", "kontaktlærer",
                                                                        "skolesekretær"])
    return _draft(tenant, emp.name, email, "Fwd: " + orig.subject, body, "skole", av=orig.avsender,
                  forwarded=EarlierMessage(orig.sender_name, orig.sender_email, orig.subject, orig.body),
                  note="Forwarded by school staff: avsender is the parent.")


_BV_FOSTER = {
    "nb": [
        ("Vi er fosterforeldre for {kid} ({ref}). Skolen har spurt om {kid_first} kan være med på tur til "
        "Danmark i mai. Trenger vi samtykke fra barneverntjenesten eller fra mor?"),
        ("Hei. Samværet med biologisk far sist helg gikk dårlig. {kid_first} kom hjem veldig urolig og har "
        "ikke sovet to netter. Vi ønsker et møte før neste samvær. {ref}"),
        ("Vi sender kvitteringer for utgifter til klær og fritidsaktiviteter for {kid} for siste kvartal, "
        "jf. {ref}. Ber om refusjon."),
    ],
    "nn": [
        ("Vi er fosterforeldre til {kid}, {ref}. Kan {kid_first} få bli med på leirskule i haust? "
        "Kven må skrive under på skjemaet?"),
        "Hei. {kid_first} har fått plass på fotballag, men kontingenten er høg. Dekkjer barnevernet dette? {ref}",
    ],
}


def make_bv_fosterhjem(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BV_FOSTER)
    p, email = private_sender(rng, world)
    kid = Person(people.kid(rng)[0], world.person().last)
    case = world.open_case(tenant, "barnevern", f"Fosterhjem - {kid.name}", part=kid.name)
    body = _fill(pick(rng, _BV_FOSTER[lang]), {"kid": kid.name, "kid_first": kid.first,
                                               "ref": world.cite_phrase(case.sak, lang)})
    body += "\n\n" + name_or_sign_off(rng, world, p, lang)
    return _draft(tenant, p.name, email, pick(rng, ["Fosterhjem", "Samvær", "Refusjon utgifter", "Spørsmål",
                                                     "Leirskule"]),
                  _citizen_noise(rng, body, lang, [p.name, kid.name, kid.first]), "barnevern", skjerming="BV",
                  sak=case.sak, personnavn=[p.name, kid.name])


_TS_SMIL = {
    "nb": [
        ("Jeg driver sauebruk på gnr. {gnr} bnr. {bnr} og søker om SMIL-midler til restaurering av gammel "
        "steingard og beiteområde langs fjorden. Kostnadsoverslag er vedlagt."),
        ("Søknad om tilskudd til drenering av {daa} dekar jord på eiendommen {gnr}/{bnr}. Arbeidet er planlagt "
        "til neste høst. Jeg har fått hjelp av landbruksrådgiveren med kartet."),
        ("Hei, er det fortsatt mulig å søke om tilskudd til tiltak i beiteområder for i år? Vi er et "
        "beitelag med {n} medlemmer og trenger ny sanketrø."),
    ],
    "nn": [
        ("Eg driv mjølkebruk på gnr. {gnr} bnr. {bnr} og søkjer om SMIL-midlar til istandsetjing av den "
        "gamle løa. Kostnadsoverslag ligg ved."),
        "Søknad om tilskot til drenering av {daa} dekar på {gnr}/{bnr}. Arbeidet skal gjerast til hausten.",
    ],
}


def make_ts_landbruk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _TS_SMIL)
    p, email = private_sender(rng, world)
    prop = world.property()
    s = {"gnr": str(prop.gnr), "bnr": str(prop.bnr), "daa": str(rng.randint(8, 120)), "n": str(rng.randint(4, 25))}
    body = _fill(pick(rng, _TS_SMIL[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    atts = [AttachmentSpec("kostnadsoverslag.pdf", "pdf", "Kostnadsoverslag\nMaterialer og arbeid ...")] \
        if "edlagt" in body or "ligg ved" in body else []
    return _draft(tenant, p.name, email, pick(rng, ["SMIL", "Søknad om tilskudd", "Drenering", "Tilskot landbruk",
                                                     "Søknad SMIL-midler"]),
                  _citizen_noise(rng, body, lang, [p.name]), "tilskudd", attachments=atts,
                  note="Agricultural grant from a farmer: tilskudd, not byggesak.")


def make_faktura_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    company = pick(rng, ["Scandic Events Ltd", "CloudDesk GmbH", "Nordic Conference Partners AB", "MapWorks B.V."])
    email = pick(rng, ["invoices@", "billing@", "ar@"]) + company.split()[0].lower() + pick(rng, [".com", ".eu", ".de"])
    nr = f"INV-{rng.randint(2026000, 2026999)}"
    body = pick(rng, [
        (f"Dear customer,\n\nPlease find attached invoice {nr} for {kommune_name(tenant)}. Amount due: EUR "
        f"{rng.randint(200, 9000)}.00. Payment terms: 30 days.\n\nAccounts Receivable\n{company}"),
        (f"Hello,\nThis is a friendly reminder that invoice {nr} is now {rng.randint(5, 40)} days overdue. "
        f"Please arrange payment at your earliest convenience.\n\nKind regards,\n{company} Billing"),
    ])
    return _draft(tenant, company, email, pick(rng, [f"Invoice {nr}", f"Payment reminder {nr}", "Your invoice"]),
                  body, "faktura", av=avsender(company, email),
                  attachments=[AttachmentSpec(f"{nr}.pdf", "pdf", f"Invoice {nr}\n{company}\nVAT ID DE{rng.randint(10**8, 10**9)}")],
                  note="Foreign firm: no Norwegian orgnr.")


def make_ts_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    lag = pick(rng, ["Sjøbris skolekorps", "Vika båtlag", "Strand grendalag", "Havgapet mannskor", "Nordsida IL"])
    case = world.open_case(tenant, "tilskudd", f"Kulturmidler - {lag}", part=lag)
    followup = rng.random() < 0.5
    if followup:
        text = pick(rng, [
            (f"{lag} ringte i dag og sa at kontonummeret i søknaden er feil. Nytt kontonummer må innhentes "
            "skriftlig før utbetaling. Følges opp."),
            f"Rapporten fra {lag} mangler regnskap. Sender purring med frist tre uker.",
        ])
    else:
        text = pick(rng, [
            f"Tilskuddet til {lag} er utbetalt i dag. Notat til saken, ingen videre oppfølging.",
            f"Sluttrapport fra {lag} er gjennomgått og godkjent. Saken kan avsluttes.",
        ])
    return _draft(tenant, emp.name, email, pick(rng, ["Notat", "Notat til saken", "Utbetaling", "Oppfølging"])
                  + f" - {world.cite(case.sak)}", text + f"\n\n{emp.name}\nkulturkontoret", "tilskudd",
                  jpt="N" if followup else "X", sak=case.sak,
                  note="Internal note: N when it needs follow-up, X when only for the file.")


def make_rek_byra(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    agency = pick(rng, ["Kystbemanning", "Helsevikar Nord", "Proffrekruttering", "Vestvikar"]) + " AS"
    email = email.split("@")[0] + "@" + agency.lower().replace(" as", "").replace(" ", "") + ".no"
    cand = world.person()
    stilling = pick(rng, _STILLINGER)
    text = pick(rng, [
        (f"Vi viser til deres behov for {stilling} og presenterer herved kandidaten {cand.name}. Kandidaten har "
        "lang erfaring og kan starte på kort varsel. CV er vedlagt. Timepris etter rammeavtale."),
        (f"Referanse for {cand.name}\n\n{cand.name} har vært ansatt hos oss som {stilling} i fire år. Hen er "
        "pålitelig, faglig sterk og godt likt av kollegaer. Jeg gir kandidaten mine beste anbefalinger."),
        (f"Vår kandidat {cand.name} trekker seg dessverre fra prosessen for stillingen som {stilling}, da hen "
        "har takket ja til en annen stilling."),
    ])
    body = text + "\n\n" + name_or_sign_off(rng, world, p, "nb") + f"\n{agency}\nOrg.nr. {firm.orgnr}"
    atts = [AttachmentSpec(f"CV_{cand.last}.pdf", "pdf", f"CV\n{cand.name}")] if "vedlagt" in text else []
    return _draft(tenant, p.name, email, pick(rng, ["Kandidat", f"Stilling som {stilling}", "Referanse",
                                                     "Kandidatpresentasjon"]),
                  body, "rekruttering", skjerming="P25", av=avsender(agency, email, firm.orgnr),
                  personnavn=[cand.name], attachments=atts,
                  note="Agency writes about a candidate: the candidate is screened.")


def make_bev_kontroll(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    ctrl = pick(rng, ["Nordic Kontroll AS", "Skjenkekontrollen Vest AS", "Sikre Tjenester AS"])
    email = email.split("@")[0] + "@" + ctrl.lower().replace(" as", "").replace(" ", "") + ".no"
    place = pick(rng, ["Kaibaren", "Restaurant Fyret", "Pub Ankeret", "Hotell Havbris", "Bryggekroa"])
    has_case = rng.random() < 0.5
    sak = None
    ref = ""
    if has_case:
        case = world.open_case(tenant, "bevilling", f"Skjenkebevilling - {place}", part=place)
        sak, ref = case.sak, f" ({world.cite_phrase(case.sak)})"
    text = pick(rng, [
        (f"Vedlagt følger rapport fra skjenkekontroll på {place}{ref} natt til lørdag kl. 00.40. Det ble "
        "observert skjenking til gjest som var åpenbart påvirket. Styrer var ikke til stede."),
        f"Kontrollrapport {place}{ref}: Ingen merknader. Alderskontroll ble gjennomført i døra.",
        (f"Rapport fra kontroll av salgsbevilling, {place}{ref}: Salg av øl etter kl. 20.00 ble ikke observert. "
        "Internkontroll var tilgjengelig."),
    ])
    body = text + f"\n\nMed vennlig hilsen\n{p.name}\n{ctrl}\nOrg.nr {firm.orgnr}"
    return _draft(tenant, p.name, email, pick(rng, ["Kontrollrapport", "Skjenkekontroll", f"Rapport {place}"]),
                  body, "bevilling", sak=sak, av=avsender(ctrl, email, firm.orgnr),
                  attachments=[AttachmentSpec("kontrollrapport.pdf", "pdf", f"Kontrollrapport\n{place}\n{ctrl}")])


# ======================================================================================

def _fam(name: str, category: str, make: Callable[[random.Random, World], Draft], weight: float) -> Family:
    return Family(name=name, category=category, make=make, weight=round(weight * WEIGHT_SCALE, 3), writer=WRITER)


FAMILIES = [
    _fam("helse_omsorg.vb_parorende", "helse_omsorg", make_ho_parorende, 1.2),
    _fam("helse_omsorg.vb_legekontor", "helse_omsorg", make_ho_legekontor, 0.9),
    _fam("helse_omsorg.vb_svar_vedtak", "helse_omsorg", make_ho_svar, 0.8),
    _fam("helse_omsorg.vb_english", "helse_omsorg", make_ho_english, 0.3),
    _fam("helse_omsorg.vb_videresendt", "helse_omsorg", make_ho_videresendt, 0.4),
    _fam("barnevern.vb_helsetjeneste", "barnevern", make_bv_tannhelse, 0.7),
    _fam("barnevern.vb_familie", "barnevern", make_bv_familie, 0.8),
    _fam("barnevern.vb_advokat", "barnevern", make_bv_advokat, 0.5),
    _fam("barnevern.vb_notat", "barnevern", make_bv_notat, 0.4),
    _fam("barnevern.vb_fosterhjem", "barnevern", make_bv_fosterhjem, 0.4),
    _fam("skole.vb_mobbing", "skole", make_sk_mobbing, 1.0),
    _fam("skole.vb_fritak", "skole", make_sk_fritak, 1.0),
    _fam("skole.vb_english", "skole", make_sk_english, 0.4),
    _fam("skole.vb_videresendt", "skole", make_sk_videresendt, 0.4),
    _fam("barnehage.vb_plass", "barnehage", make_bh_plass, 1.1),
    _fam("barnehage.vb_betaling", "barnehage", make_bh_betaling, 0.8),
    _fam("barnehage.vb_english", "barnehage", make_bh_english, 0.3),
    _fam("rekruttering.vb_soknad", "rekruttering", make_rek_soknad, 1.0),
    _fam("rekruttering.vb_english", "rekruttering", make_rek_english, 0.3),
    _fam("rekruttering.vb_notat", "rekruttering", make_rek_notat, 0.4),
    _fam("rekruttering.vb_byra", "rekruttering", make_rek_byra, 0.3),
    _fam("bevilling.vb_firma", "bevilling", make_bev_firma, 0.9),
    _fam("bevilling.vb_enkeltanledning", "bevilling", make_bev_enkelt, 0.7),
    _fam("bevilling.vb_endring", "bevilling", make_bev_endring, 0.5),
    _fam("bevilling.vb_kontroll", "bevilling", make_bev_kontroll, 0.3),
    _fam("tilskudd.vb_lag", "tilskudd", make_ts_lag, 1.0),
    _fam("tilskudd.vb_rapport", "tilskudd", make_ts_rapport, 0.6),
    _fam("tilskudd.vb_naering", "tilskudd", make_ts_naering, 0.5),
    _fam("tilskudd.vb_landbruk", "tilskudd", make_ts_landbruk, 0.5),
    _fam("tilskudd.vb_notat", "tilskudd", make_ts_notat, 0.2),
    _fam("anskaffelse.vb_sporsmal", "anskaffelse", make_ans_sporsmal, 0.8),
    _fam("anskaffelse.vb_tilbud", "anskaffelse", make_ans_tilbud, 0.8),
    _fam("anskaffelse.vb_english", "anskaffelse", make_ans_english, 0.3),
    _fam("spam.vb_phishing", "spam", make_spam, 1.0),
    _fam("faktura.vb_leverandor", "faktura", make_faktura, 0.8),
    _fam("faktura.vb_english", "faktura", make_faktura_english, 0.3),
    _fam("systemvarsel.vb_drift", "systemvarsel", make_systemvarsel, 1.3),
    _fam("privat.vb_personlig", "privat", make_privat, 1.2),
]
