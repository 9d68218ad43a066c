"""Voices from inside the municipality and its edges.

Employees who forward citizen mail to the postmottak for journalføring (the korrespondansepart
is always the original sender), internal memos between units (journalposttype N when someone
must follow up, X when it is only for the record), politicians and the mayor's office, schools,
kindergartens, nurses and doctors writing about the people they serve, and the informal or
automatic mail around the organisation that must NOT be journalført: lunch and meeting-room
mail, sick-day notes to a colleague, phishing dressed up as the kommune's own IT, Microsoft 365,
Altinn, ID-porten or the bank, bounces and out-of-office replies that quote a case subject,
system alerts, and invoices that mention a project or case number.

Every text is written for this module; slots only carry names, places, numbers and dates from
``World``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families import people
from training_data.generator.families.common import (
    avsender,
    closing,
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

WRITER = "w-voices-f"
WEIGHT_SCALE = 0.57  # raw weights sum to ~35; scaled, the module is ~20 of a ~245 corpus


# --- small helpers -------------------------------------------------------------------


def _kname(tenant: str) -> str:
    return kommune_name(tenant).split()[0]


def _staff_lang(rng: random.Random, tenant: str) -> str:
    """Employees write their municipality's standard, with some bokmål at Havøy."""
    if tenant == "havoy":
        return "nn" if rng.random() < 0.75 else "nb"
    return "nb"


def _fill(text: str, slots: dict[str, str]) -> str:
    """Fill the slots; a date slot like "28.11." before a full stop keeps one dot."""
    return re.sub(r"(\d\.)\.(?!\.)", r"\1", text.format(**slots))


def _day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(8, 12)}."


def _noise(rng: random.Random, body: str, lang: str, protect: list[str] = ()) -> str:
    """Phone-typed mail: sometimes terse, sometimes slips, sometimes a mobile footer.

    Strings in ``protect`` (names, references) are kept intact so labels still match.
    """
    keep = {f"\x00{i}\x00": s for i, s in enumerate(sorted(set(protect), key=len, reverse=True)) if s}
    for mark, s in keep.items():
        body = body.replace(s, mark)
    if rng.random() < 0.3:
        body = terse(rng, body)
    if rng.random() < 0.3:
        body = typos(rng, body, 0.015)
    for mark, s in keep.items():
        body = body.replace(mark, s)
    if rng.random() < 0.2:
        body += "\n\n" + mobile_footer(rng, lang if lang in ("nb", "nn", "en") else "nb")
    return body


def _staff_sig(rng: random.Random, world: World, emp: Person, unit: str, tenant: str) -> str:
    lines = [emp.name if rng.random() < 0.85 else emp.first, unit]
    if rng.random() < 0.6:
        lines.append(kommune_name(tenant))
    if rng.random() < 0.4:
        lines.append(pick(rng, ["Tlf. ", "Mobil ", "Direkte: ", ""]) + world.phone())
    return "\n".join(lines)


def _draft(tenant: str, name: str, email: str, subject: str, body: str, category: str, *,
           skjerming: str | None = None, sak: str | None = None, av: dict | None = None,
           personnavn: list[str] | None = None, note: str = "", jpt: str = "I", **kw) -> Draft:
    d = Draft(tenant=tenant, sender_name=name, sender_email=email, subject=subject, body=body,
              category=category, journalposttype=jpt, skjerming=skjerming, sak=sak,
              avsender=av or avsender(name, email), note=note, writer=WRITER, **kw)
    d.personnavn = names_shown(d, personnavn or []) if skjerming else []
    return d


def _orgnr_if_shown(orgnr: str, *texts: str) -> str | None:
    return orgnr if orgnr in "".join(texts).replace(" ", "") else None


def _forward(rng: random.Random, world: World, orig: Draft, notes: dict[str, list[str]], units: list[str],
             slots: dict[str, str] | None = None, prefix: str | None = None,
             emp: tuple[Person, str] | None = None) -> tuple[Person, str, str, str]:
    """An employee's forwarding note: (employee, email, subject, body)."""
    emp, email = emp or world.employee(orig.tenant)
    lang = _staff_lang(rng, orig.tenant)
    note = _fill(pick(rng, notes[lang]), slots or {})
    body = note + "\n\n" + _staff_sig(rng, world, emp, pick(rng, units), orig.tenant)
    if rng.random() < 0.2:
        body = body.replace(note, note.lower() if rng.random() < 0.5 else note.rstrip(".?!"), 1)
    subject = (prefix or pick(rng, ["VS: ", "Fwd: ", "FW: ", "Vs: "])) + orig.subject
    return emp, email, subject, body


def _topic_subject(rng: random.Random, text: str, table: list[tuple[str, list[str]]], default: list[str]) -> str:
    """A subject that fits the text: the first row whose keywords ('a|b') occur in it, else ``default``."""
    low = text.lower()
    for keys, subjects in table:
        if any(k in low for k in keys.split("|")):
            return pick(rng, subjects)
    return pick(rng, default)


def _earlier(d: Draft) -> EarlierMessage:
    return EarlierMessage(d.sender_name, d.sender_email, d.subject, d.body)


FEMALE_HEN = {"Han_hun": "Hun", "han_hun": "hun", "ham_henne": "henne", "hans_hennes": "hennes"}
MALE_HEN = {"Han_hun": "Han", "han_hun": "han", "ham_henne": "ham", "hans_hennes": "hans"}


def _kid_slots(rng: random.Random, world: World, lang: str) -> tuple[Person, dict[str, str]]:
    first, g = people.kid(rng)
    kid = Person(first, world.person().last)
    s = dict(FEMALE_HEN if g == "f" else MALE_HEN)
    if lang == "nn":
        s.update(Han_hun="Ho" if g == "f" else "Han", han_hun="ho" if g == "f" else "han",
                 ham_henne="henne" if g == "f" else "han", hans_hennes="hennar" if g == "f" else "hans")
    s.update(kid=kid.name, kid_first=kid.first, trinn=str(rng.randint(1, 10)), alder=str(rng.randint(1, 5)))
    return kid, s


SCHOOLS = ["Sjøvågen", "Nesbakken", "Kvitsand", "Lillevik", "Dalsbygda", "Storøy", "Bergstrand", "Nordhamn"]


# ======================================================================================
# byggesak
# ======================================================================================

_BS_ORIG = {
    "nb": [
        ("Hei {case_officer}!\n\nSom vi snakket om på telefonen sender jeg oppdatert situasjonsplan og nye "
         "fasadetegninger for garasjen på {adr}. Avstanden til nabogrensen er nå 1,2 meter og ikke 0,9 som på "
         "den første tegningen. Si ifra om noe fortsatt mangler."),
        ("Hei igjen. Naboen på andre siden har endelig skrevet under på samtykket til at vi bygger nærmere "
         "enn fire meter. Scannet kopi ligger ved. Håper det var det siste dere trengte, vi vil gjerne "
         "støpe før frosten kommer."),
        ("Vi har sett varselet om tilbygg på {adr} og har en merknad vi ber om kommer med i saken. "
         "Tilbygget vil ta all kveldssol fra terrassen vår, og vi mener høyden må reduseres. Vi ble ikke "
         "kontaktet av tiltakshaver før nabovarselet kom i postkassen."),
        ("hei, lurer på hvor langt dere har kommet med søknaden vår om bruksendring av kjelleren til hybel? "
         "leietaker skulle flytte inn i forrige måned og vi venter bare på dere"),
        ("Viser til telefonsamtale i går. Vedlagt er bilder av den nye støttemuren mot veien, tatt fra tre "
         "vinkler slik du ba om. Muren er 1,4 meter på det høyeste. Gnr. {gnr} bnr. {bnr}."),
    ],
    "nn": [
        ("Hei. Her kjem dei nye teikningane av naustet på gnr. {gnr} bnr. {bnr}. Vi har senka mønehøgda med "
         "40 cm slik de bad om, og flytta døra til kortveggen."),
        ("Eg sender som lova bilete av grunnmuren og stikningsprotokollen frå landmålaren. Gi beskjed om det "
         "manglar noko før de kan gje løyve."),
        ("Hei {case_officer}. Vi har fått brevet om at søknaden ikkje er komplett. Kva er det eigentleg som "
         "manglar? Arkitekten vår meiner alt vart sendt i juni."),
    ],
}
_BS_FWD = {
    "nb": ["Til journalføring på {ref}.", "Kan dere arkivere denne på sak {ref}? Den kom rett til meg.",
           "Hei postmottak, denne hører hjemme i {ref}. Vennligst journalfør med vedlegg.",
           "Videresendes for arkivering i byggesak {ref}.", "journalfør på {ref} takk",
           "Fikk denne i innboksen min i stedet for i postmottaket. Gjelder {ref} (gnr. {gnr}/{bnr})."],
    "nn": ["Til journalføring på sak {ref}.", "Kan de arkivere denne på {ref}? Kom direkte til meg.",
           "Denne høyrer til byggesak {ref}, ver snill og journalfør.", "Journalfør på {ref}, takk."],
}
_BS_TITLES = ["Søknad om oppføring av garasje", "Søknad om tilbygg", "Søknad om naust",
              "Bruksendring kjeller til hybel", "Søknad om støttemur", "Tilbygg og terrasse"]


_BS_TITLE_BY_TEXT = [
    ("garasje", ["Søknad om oppføring av garasje"]), ("hybel", ["Bruksendring kjeller til hybel"]),
    ("naust", ["Søknad om naust"]), ("støttemur|muren", ["Søknad om støttemur"]),
    ("tilbygg|nabogrensa|fire meter|bod", ["Søknad om tilbygg", "Tilbygg og terrasse"]),
    ("grunnmur", ["Søknad om tillatelse til tiltak - enebolig"]), ("avkøyrsl", ["Søknad om tilbygg og ny avkjørsel"]),
]


def _byggesak_case(rng: random.Random, world: World, tenant: str, owner: str | None = None, text: str = "",
                   prop=None):
    """Open the byggesak the mail is about; its title names the same kind of tiltak as ``text``."""
    prop = prop or world.property()
    title = _topic_subject(rng, text, _BS_TITLE_BY_TEXT, _BS_TITLES)
    case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - {title}",
                           prop=prop, part=owner or world.person().name)
    return prop, case


def make_bs_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BS_ORIG)
    p, email = private_sender(rng, world)
    template = pick(rng, _BS_ORIG[lang])
    neighbour = "merknad" in template
    prop, case = _byggesak_case(rng, world, tenant, None if neighbour else p.name, template)
    officer = world.employee(tenant)
    s = {"adr": prop.address, "gnr": str(prop.gnr), "bnr": str(prop.bnr), "case_officer": officer[0].first,
         "ref": world.cite(case.sak)}
    body = _fill(template, s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    subj = _topic_subject(rng, body, [
        ("situasjonsplan", ["Nye tegninger", "Revidert situasjonsplan", "Tegninger garasje"]),
        ("samtykke", ["Nabosamtykke", "Samtykke fra nabo", "Ettersending"]),
        ("merknad", ["Merknad til nabovarsel", "Nabovarsel - merknad", "Tilbygget hos naboen"]),
        ("hybel", ["Søknaden vår", "Bruksendring kjeller", "Status?"]),
        ("støttemur", ["Bilder av muren", "Støttemur", "Bilder som avtalt"]),
        ("naustet", ["Nye teikningar naust", "Naustet", "Revidert teikning"]),
        ("grunnmuren", ["Bilete av grunnmur", "Stikningsprotokoll", "Dokumentasjon"]),
        ("manglar", ["Brevet om manglar", "Kva manglar?", "Søknaden vår"]),
    ], ["Ettersending"])
    if rng.random() < 0.2:
        subj = f"Gnr {prop.gnr} bnr {prop.bnr}"
    orig = _draft(tenant, p.name, email, subj, _noise(rng, body, lang), "byggesak")
    emp, eemail, subject, fbody = _forward(rng, world, orig, _BS_FWD, ["Byggesak", "Plan og bygg", "Byggesakskontoret"],
                                           s, emp=officer)
    atts = []
    if any(w in body for w in ("ligger ved", "Vedlagt", "tegning", "bilete", "teikning")):
        kind = pick(rng, ["pdf", "scan", "image"])
        name = {"pdf": "tegninger_rev.pdf", "scan": "skann_0001.pdf", "image": "IMG_4411.jpg"}[kind]
        atts.append(AttachmentSpec(name, kind, f"Tegning / dokumentasjon\nGnr. {prop.gnr} bnr. {prop.bnr}\n{prop.address}"
                                   if kind != "image" else ""))
    return _draft(tenant, emp.name, eemail, subject, fbody, "byggesak", sak=case.sak, av=orig.avsender,
                  forwarded=_earlier(orig), attachments=atts,
                  note="Case officer forwards a citizen's mail to the postmottak: avsender is the citizen; "
                       "the case number is in the forwarding note.")


_BS_MEMO_N = {  # (unit, text)
    "nb": [
        ("Byggesak, tilsyn", ("Befaring på gnr. {gnr} bnr. {bnr} ({adr}) ble gjort {dag}. Tiltaket står om lag to meter "
         "nærmere sjøen enn omsøkt. Saksbehandler må vurdere om det trengs ny dispensasjon før ferdigattest.")),
        ("Oppmåling og geodata", ("Fra oppmåling: Det er ikke tinglyst vegrett over naboeiendommen for {gnr}/{bnr}. "
         "Dette bør avklares med søker før rammetillatelse gis.")),
        ("Vann og avløp", ("Vann og avløp har ingen merknader til tilknytningen for {adr}, forutsatt at stikkledningen "
         "legges i samme grøft som den gamle. Vi ber om at dette settes som vilkår i tillatelsen.")),
        ("Landbruk", ("Innspill fra landbruk: Garasjen er plassert på fulldyrka mark. Vi anbefaler at den flyttes "
         "nærmere tunet, og ber om å få saken tilbake før vedtak.")),
    ],
    "nn": [
        ("Byggesak", ("Synfaring på gnr. {gnr} bnr. {bnr} ({adr}) vart gjort {dag}. Muren er høgare enn det som er "
         "søkt om, om lag 1,8 meter. Sakshandsamar må følgje opp med søkjar.")),
        ("Kommunalteknikk", ("Frå kommunalteknikk: Avkøyrsla som er teikna inn for {gnr}/{bnr} har for dårleg sikt mot "
         "fylkesvegen. Vi rår til at ho vert flytta 15 meter austover og at dette vert eit vilkår i løyvet.")),
    ],
}
_BS_MEMO_X = {
    "nb": [
        ("Byggesak", ("Telefonnotat: Tiltakshaver ringte og spurte om saksbehandlingstid. Orientert om at saken "
         "behandles innen fristen. Ingen videre oppfølging.")),
        ("Byggesak", "Notat til saken: Ferdigattest er sendt {dag}. Saken kan avsluttes."),
        ("Plan og bygg", ("Til orientering: Søker har trukket den delen av søknaden som gjaldt bod. Resten behandles "
         "som før. Notatet legges i saken.")),
    ],
    "nn": [
        ("Byggesak", ("Telefonnotat: Ansvarleg søkjar ringde og stadfesta at tilleggsteikningane kjem innan fredag. "
         "Til orientering.")),
        ("Plan og bygg", "Notat til saka: Mellombels bruksløyve er sendt ut {dag}. Inga vidare oppfølging."),
    ],
}


def make_bs_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    followup = rng.random() < 0.55
    unit, text = pick(rng, (_BS_MEMO_N if followup else _BS_MEMO_X)[lang])
    prop, case = _byggesak_case(rng, world, tenant, text=text)
    s = {"gnr": str(prop.gnr), "bnr": str(prop.bnr), "adr": prop.address, "dag": _day(rng)}
    text = _fill(text, s)
    ref = world.cite(case.sak)
    if followup:
        subject = pick(rng, [f"Uttalelse til byggesak {ref}", f"Befaring {prop.gnr}/{prop.bnr} - {ref}",
                             f"Intern uttale {prop.gnr}/{prop.bnr} ({ref})", f"{ref} - innspill"])
    else:
        subject = pick(rng, [f"Notat - {ref}", f"Telefonnotat {ref}", f"{ref} - notat til saken", "Til saken " + ref])
    body = (pick(rng, ["", f"Gjelder {prop.address}\n\n", f"Eiendom: {prop.gnr}/{prop.bnr}\n"]) + text + "\n\n"
            + _staff_sig(rng, world, emp, unit, tenant))
    return _draft(tenant, emp.name, email, subject, body, "byggesak", jpt="N" if followup else "X", sak=case.sak,
                  note="Internal memo in a byggesak: N when the case officer must act, X for the record.")


_BS_SVAR = {
    "nb": [
        ("Takk for brevet. Vedlagt følger reviderte tegninger og gjennomføringsplan i tråd med mangellisten. "
         "Punkt 3 om overvann er løst med ny drensledning, se situasjonsplan."),
        ("Vi viser til mangelbrevet og beklager at redegjørelsen for dispensasjonen manglet. Den ligger nå "
         "ved. Vi ber om at fristen regnes fra i dag."),
        ("Hei. Kort svar: Erklæring om ansvarsrett for rørlegger kommer fra underentreprenør i løpet av uka. "
         "Resten av dokumentasjonen er sendt via byggsøk."),
        ("Vi er uenige i at tiltaket krever dispensasjon. Etter vår vurdering er mønehøyden målt fra "
         "gjennomsnittlig planert terreng, og da er kravet oppfylt. Vi ber om et møte før dere avgjør saken."),
    ],
    "nn": [
        ("Takk for brevet. Vedlagt ligg reviderte teikningar og oppdatert gjennomføringsplan. Punktet om "
         "avstand til nabogrensa er løyst ved at tilbygget er flytta 50 cm."),
        "Hei. Nabosamtykket de etterlyste ligg ved. Vi ser fram til vidare handsaming.",
    ],
    "en": [
        ("Dear case officer, thank you for your letter. We are the owners of the holiday house and live in "
         "Germany, so please excuse the English. Our architect will send the missing drawings next week. "
         "Could you confirm that the deadline can be extended to the end of the month?"),
    ],
}


def make_bs_svar_mangel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BS_SVAR, english=0.08)
    emp, emp_email = world.employee(tenant)
    if lang == "en" or rng.random() < 0.3:
        p, email = private_sender(rng, world)
        name, org = p.name, None
        sig = name_or_sign_off(rng, world, p, lang)
    else:
        p, firm, email = firm_sender(rng, world, pick(rng, ["arkitekt", "bygg", "prosjekt"]))
        name, org = firm.name, firm.orgnr
        sig = name_or_sign_off(rng, world, p, lang, firm=firm, email=email)
    prop, case = _byggesak_case(rng, world, tenant)
    ref = world.cite(case.sak)
    body = _fill(pick(rng, _BS_SVAR[lang]), {})
    if rng.random() < 0.5:
        body = world.cite_phrase(case.sak, lang) + "\n\n" + body
    body += "\n\n" + sig
    letter = (f"Vi har gått gjennom søknaden om tiltak på gnr. {prop.gnr} bnr. {prop.bnr} og mangler disse opplysningene før "
              "saken kan behandles:\n1. Situasjonsplan i målestokk\n2. Redegjørelse for dispensasjon\n"
              "3. Plan for overvann\n\nFrist for tilbakemelding er tre uker.")
    quoted = EarlierMessage(emp.name, emp_email, f"Mangelbrev - {ref} - gnr {prop.gnr} bnr {prop.bnr}",
                            letter + f"\n\nMed hilsen\n{emp.name}\nByggesak, {kommune_name(tenant)}")
    atts = [AttachmentSpec(pick(rng, ["reviderte_tegninger.pdf", "Situasjonsplan.pdf", "dispensasjon.docx"]),
                           "pdf", f"Vedlegg til sak {ref}\nGnr. {prop.gnr} bnr. {prop.bnr}")] \
        if any(w in body for w in ("edlagt", "ligger", "Vedlagt", "ligg ved")) else []
    shown = _orgnr_if_shown(org, body) if org else None
    return _draft(tenant, p.name, email, "SV: " + quoted.subject, body, "byggesak", sak=case.sak,
                  av=avsender(name, email, shown), quoted=quoted, attachments=atts)


# ======================================================================================
# plansak
# ======================================================================================

_PLAN_NAMES = ["Detaljregulering for {place} småbåthavn", "Reguleringsplan for {place} boligfelt",
               "Områderegulering {place} sentrum", "Detaljregulering for {place} hyttefelt",
               "Kommuneplanens arealdel 2027-2039"]
_PL_ORIG = {
    "nb": [
        ("Vi i velforeningen har diskutert planforslaget for {plan} på årsmøtet. Vi er særlig bekymret for at "
         "gangstien ned til sjøen forsvinner. Den brukes av mange hver dag, også av barn på vei til skolen. "
         "Vi ber om at stien sikres som grøntdrag i plankartet."),
        ("Som grunneier av gnr. {gnr} bnr. {bnr} ønsker jeg å komme med innspill til oppstart av {plan}. "
         "Jeg ønsker at den nordre delen av eiendommen avsettes til boligformål, slik at barna mine kan bygge "
         "der på sikt."),
        ("Hei! Skal planen for {plan} virkelig tillate fire etasjer helt nede ved kaia? Det vil skjerme utsikten "
         "for hele gata bak. Dette er min merknad til høringen."),
        ("Innspill til {plan}: Parkeringskravet er for lavt. Allerede i dag parkerer folk langs veien om "
         "sommeren, og med 40 nye båtplasser blir det kaos."),
    ],
    "nn": [
        ("Eg eig gnr. {gnr} bnr. {bnr} og vil kome med merknad til {plan}. Den nye vegen er teikna tvers over "
         "beitet mitt. Eg ber om at traséen vert lagd langs eigedomsgrensa i staden."),
        ("Merknad til planforslaget for {plan}: Grendalaget meiner leikeplassen må liggje sentralt i feltet "
         "og ikkje i skråninga nedst mot elva, der det er bratt og farleg for små born."),
    ],
}
_PL_FWD = {
    "nb": ["Merknad til {plan} som kom på min e-post. Journalfør på {ref}.", "Til journalføring, plansak {ref}.",
           "Innspill fra grunneier, hører til {ref}. Takk!", "Kan dere legge denne inn i {ref}? Kom etter fristen, men vi tar den med."],
    "nn": ["Merknad til {plan}, kom til meg. Journalfør på {ref}.", "Til journalføring i plansak {ref}.",
           "Innspel frå grunneigar, høyrer til {ref}."],
}


def _plan_case(rng: random.Random, world: World, tenant: str):
    plan = pick(rng, _PLAN_NAMES).format(place=pick(rng, ["Nesbakken", "Kvitsand", "Storøy", "Lillevik", "Vestvika",
                                                          "Bergstrand"]))
    return plan, world.open_case(tenant, "plansak", plan)


def make_pl_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _PL_ORIG)
    p, email = private_sender(rng, world)
    plan, case = _plan_case(rng, world, tenant)
    prop = world.property()
    s = {"plan": plan, "gnr": str(prop.gnr), "bnr": str(prop.bnr), "ref": world.cite(case.sak)}
    body = _fill(pick(rng, _PL_ORIG[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    orig = _draft(tenant, p.name, email, pick(rng, ["Merknad til planforslag", "Innspill", plan, "Høring plan",
                                                    "Merknad"]), _noise(rng, body, lang, [plan]), "plansak")
    emp, eemail, subject, fbody = _forward(rng, world, orig, _PL_FWD, ["Plan", "Arealplan", "Plan og bygg"], s)
    return _draft(tenant, emp.name, eemail, subject, fbody, "plansak", sak=case.sak, av=orig.avsender,
                  forwarded=_earlier(orig), note="Planner forwards a merknad: avsender is the original writer.")


_PL_INTERN = {
    "nb": [
        ("Oppvekst", ("Innspill fra oppvekst til oppstart av {plan}: Skolen i området har ledig kapasitet de neste fem "
         "årene, men skoleveien har 600 meter uten fortau. Vi ber om at trafikksikker "
         "skolevei blir et rekkefølgekrav.")),
        ("Kommunalteknikk", ("Kommunalteknikk har gått gjennom planforslaget for {plan}. Overvannsløsningen er ikke dimensjonert "
         "for 200-årsregn. Vi ber om at planbeskrivelsen suppleres før andre gangs høring.")),
        ("Kultur", ("Kulturavdelingen minner om at det er registrert et automatisk fredet kulturminne i planområdet for "
         "{plan}. Vi anbefaler at fylkeskommunen kontaktes før planen legges ut.")),
    ],
    "nn": [
        ("Helse og omsorg", ("Innspel frå helse og omsorg til {plan}: Det bør setjast av areal til omsorgsbustader nær butikk og "
         "busshaldeplass. Vi ber om at dette vert vurdert i planarbeidet.")),
        ("Landbruk", ("Landbruk har merknader til {plan}: Om lag 12 dekar dyrka jord går tapt. Vi rår til at feltet vert "
         "redusert mot nord.")),
    ],
}


def make_pl_intern(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    plan, case = _plan_case(rng, world, tenant)
    ref = world.cite(case.sak)
    unit, text = pick(rng, _PL_INTERN[lang])
    text = _fill(text, {"plan": plan})
    body = (f"{pick(rng, ['Til planavdelinga', 'Til plan', 'Til saksbehandler for planen', ''])}\n\n{text}\n\n"
            + _staff_sig(rng, world, emp, unit, tenant)).lstrip()
    return _draft(tenant, emp.name, email, pick(rng, [f"Innspill til {plan}", f"Intern uttalelse - {ref}",
                                                      f"{ref} - innspel", f"Planforslag {plan} - merknad fra {unit.lower()}"]),
                  body, "plansak", jpt="N", sak=case.sak,
                  note="Internal comment from another unit to a plan case: N, the planner follows up.")


_PL_FOLKEVALGT = {
    "nb": [
        ("Jeg sitter i kommunestyret, men skriver dette som privat grunneier og nabo. Planforslaget for {plan} "
         "legger opp til at bekken legges i rør. Det mener jeg er feil, og jeg ber om at merknaden tas med i "
         "saken. Jeg vil selvfølgelig vurdere min egen habilitet når saken kommer opp."),
        ("Hei. Jeg har fått flere henvendelser fra folk i bygda om {plan}. Jeg sender derfor inn en merknad: "
         "Bygghøyden bør ikke overstige to etasjer, og badeplassen må være offentlig tilgjengelig."),
    ],
    "nn": [
        ("Eg er kommunestyrerepresentant, men sender denne merknaden som privatperson og nabo til planområdet "
         "for {plan}. Eg meiner parkeringsplassen bør flyttast bort frå badeplassen."),
    ],
}


def make_pl_folkevalgt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _PL_FOLKEVALGT)
    p, email = private_sender(rng, world)
    plan, case = _plan_case(rng, world, tenant)
    cite = rng.random() < 0.6
    text = _fill(pick(rng, _PL_FOLKEVALGT[lang]), {"plan": plan})
    if cite:
        text = world.cite_phrase(case.sak, lang) + "\n\n" + text
    party = pick(rng, ["Sp", "H", "Ap", "FrP", "SV", "KrF", "V", "Bygdelista"])
    body = text + "\n\n" + name_or_sign_off(rng, world, p, lang) + maybe_party(rng, party)
    return _draft(tenant, p.name, email, pick(rng, ["Merknad til planforslag", f"Merknad - {plan}", "Innspel til planen"]),
                  body, "plansak", sak=case.sak, accept=[{"category": "politisk", "sak": None}],
                  note="A politician writing a merknad to a named plan (open case): plansak; politisk can be defended.")


def maybe_party(rng: random.Random, party: str) -> str:
    return f"\nKommunestyrerepresentant ({party})" if rng.random() < 0.4 else ""


# ======================================================================================
# innsynskrav
# ======================================================================================

_INN_ORIG = {
    "nb": [
        "Hei. Jeg ber om innsyn i {obj}. Send gjerne elektronisk. Jeg trenger det innen fredag om mulig.",
        ("Etter offentleglova § 3 krever jeg innsyn i {obj}. Blir noe sladdet eller holdt tilbake, vil jeg vite "
         "hvilken paragraf dere bruker og om merinnsyn er vurdert."),
        "Kan jeg få innsyn i {obj}? Takk for hjelpa.",
    ],
    "nn": [
        "Hei. Eg ber om innsyn i {obj}. Send det gjerne på e-post.",
        "Eg krev innsyn i {obj} etter offentleglova. Vert noko halde tilbake, vil eg ha heimelen oppgitt.",
    ],
    "en": ["I am a researcher and would like copies of {obj}, under offentleglova. PDF by e-mail is perfect."],
}
_INN_OBJ = {
    "nb": ["avtalen kommunen har inngått med konsulentselskapet om ny skolestruktur",
           "e-postene mellom rådmannen og ordføreren om ferjesambandet i august",
           "tilsynsrapporten fra brannvesenet for rådhuset", "saksdokumentene om salg av den gamle kaia",
           "postjournalen for uke {week}"],
    "nn": ["avtalen med konsulentselskapet om ny skulestruktur", "postjournalen for veke {week}",
           "tilsynsrapporten frå brannvesenet for rådhuset", "dokumenta om sal av den gamle kaia"],
    "en": ["the contract between the municipality and the ferry operator",
           "the municipality's journal (postjournal) for week {week}"],
}
_INN_FWD = {
    "nb": ["Innsynskrav som kom til meg. Sender til dere for registrering.", "Til journalføring - innsynskrav.",
           "Hei, dette er vel et innsynskrav? Kan dere ta det videre?", "Videresender innsynskrav, fristen løper."],
    "nn": ["Innsynskrav som kom til meg. Sender til dykk for registrering.", "Til journalføring - innsynskrav."],
}


def _press(rng: random.Random, world: World) -> tuple[Person, str, str]:
    p = world.person()
    paper = pick(rng, ["Fjordposten", "Kystavisa", "Havøy-nytt", "Vestlandsbladet", "Øyposten"])
    dom = paper.lower().replace("ø", "o").replace("å", "a").replace("-", "") + ".no"
    local = f"{p.first}.{p.last}".lower().replace("ø", "o").replace("å", "a").replace("æ", "ae")
    return p, paper, f"{local}@{dom}"


def make_inn_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _INN_ORIG, english=0.06)
    if rng.random() < 0.5:
        p, paper, email = _press(rng, world)
        sig = f"{p.name}\n{pick(rng, ['journalist', 'reporter', 'nyhetsjournalist'])}, {paper}"
    else:
        p, email = private_sender(rng, world)
        sig = name_or_sign_off(rng, world, p, lang)
    obj = _fill(pick(rng, _INN_OBJ[lang]), {"week": str(rng.randint(30, 44))})
    body = _fill(pick(rng, _INN_ORIG[lang]), {"obj": obj}) + "\n\n" + sig
    orig = _draft(tenant, p.name, email, pick(rng, ["Innsynskrav", "Innsyn", "Krav om innsyn", "Request for access"
                                                    if lang == "en" else "Innsyn i dokument"]), body, "innsynskrav")
    emp, eemail, subject, fbody = _forward(rng, world, orig, _INN_FWD, ["Kommunedirektørens stab", "Servicetorget",
                                                                         "Oppvekst", "Kommunikasjon"])
    return _draft(tenant, emp.name, eemail, subject, fbody, "innsynskrav", av=orig.avsender,
                  forwarded=_earlier(orig), note="Innsynskrav sent to an employee and forwarded: avsender is the requester.")


_INN_POL = {
    "nb": [
        ("Som kommunestyremedlem ber jeg om innsyn i {obj}. Send dem gjerne til meg før "
         "formannskapsmøtet."),
        "Hei. Jeg ber om innsyn etter offentleglova i {obj}. Svar til denne adressen.",
    ],
    "nn": ["Som medlem av kommunestyret ber eg om innsyn i {obj}. Send det til denne adressa."],
}


def make_inn_folkevalgt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _INN_POL)
    p, email = private_sender(rng, world)
    obj = _fill(pick(rng, _INN_OBJ[lang]), {"week": str(rng.randint(30, 44))})
    body = _fill(pick(rng, _INN_POL[lang]), {"obj": obj}) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    return _draft(tenant, p.name, email, pick(rng, ["Innsyn", "Innsynskrav fra kommunestyremedlem", "Be om dokument"]),
                  _noise(rng, body, lang), "innsynskrav", accept=[{"category": "politisk", "sak": None}],
                  note="A representative asks for documents under offentleglova: innsynskrav; politisk defensible.")


# ======================================================================================
# politisk
# ======================================================================================

_POL_Q = {
    "nb": [
        ("Spørsmål til ordføreren til kommunestyremøtet {dag}\n\nHvor mange elever i {kname} har ventet mer enn "
         "tre måneder på sakkyndig vurdering fra PPT, og hvilke tiltak vil ordføreren sette inn for å korte ned ventetiden?"),
        ("Interpellasjon til kommunestyret\n\nDet er nå ett år siden kommunestyret vedtok å utrede gratis "
         "kjernetid i SFO. Vil ordføreren redegjøre for hvor arbeidet står, og når saken kommer til politisk "
         "behandling?"),
        ("Hei ordfører. Jeg vil stille et spørsmål i spørretimen: Hvorfor er badeplassen ved {sted} fortsatt "
         "stengt, når vedlikeholdet skulle vært ferdig i juni?"),
        ("Jeg ber om at følgende sak settes på sakskartet til neste formannskapsmøte: Ny ferjerute og "
         "konsekvensene for pendlerne fra øyene."),
        ("Hei. På vegne av gruppa ber jeg om at kommunedirektøren orienterer formannskapet om status for den nye "
         "barnehagen på {sted} i neste møte."),
        "Vi varsler at vi vil fremme et verbalforslag om gratis leie av idrettshallen for barn og unge i budsjettmøtet.",
    ],
    "nn": [
        ("Spørsmål til ordføraren til kommunestyremøtet {dag}\n\nKor mange kommunale bustader står tomme i "
         "{kname} i dag, og kva er planen for dei?"),
        ("Interpellasjon: Fleire foreldre på {sted} har teke kontakt om den farlege skulevegen. Vil ordføraren "
         "ta initiativ til ein trafikksikringsplan for grenda?"),
        "Hei ordførar. Eg vil ta opp i spørjetimen kvifor kulturskulen har så lang venteliste.",
    ],
}


def make_pol_sporsmal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _POL_Q)
    p, email = private_sender(rng, world)
    if rng.random() < 0.3:
        email = f"{p.first.lower()}.{p.last.lower()}@{pick(rng, ['politiker', 'parti-lokal', 'folkevalgt'])}.no" \
            .replace("ø", "o").replace("å", "a").replace("æ", "ae")
    s = {"dag": _day(rng), "kname": _kname(tenant), "sted": pick(rng, ["Kvitsand", "Storøy", "Lillevik", "Vestvika"])}
    party = pick(rng, ["Senterpartiet", "Høyre", "Arbeiderpartiet", "Fremskrittspartiet", "SV", "Bygdelista"])
    body = (_fill(pick(rng, _POL_Q[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
            + f"\n{party}" + pick(rng, ["", ", gruppeleder", ", kommunestyret"]))
    return _draft(tenant, p.name, email, pick(rng, ["Spørsmål til ordføreren", "Interpellasjon", "Spørretimen",
                                                    "Sak til formannskapet", "Spørsmål til kommunestyremøtet"]),
                  body, "politisk", note="A representative's question or interpellasjon to the mayor.")


_POL_FORFALL = {
    "nb": [
        "Jeg melder forfall til formannskapet {dag} på grunn av jobbreise. Vennligst kall inn vara.",
        "hei, kan ikke møte i kommunestyret {dag}. er bortreist. send innkalling til vara",
        ("Jeg må dessverre melde forfall til møtet i utvalg for teknikk og miljø {dag}. Jeg ber også om at "
         "min habilitet vurderes i sak {polsak}, da min svoger er søker i saken."),
        "Forfall til kontrollutvalget {dag}. Første vara er varslet.",
    ],
    "nn": [
        "Eg melder forfall til kommunestyret {dag} grunna jobb. Kall inn vara.",
        "Hei. Eg kjem ikkje på formannskapsmøtet {dag}, er på kurs. Mvh",
    ],
}


def make_pol_forfall(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _POL_FORFALL)
    p, email = private_sender(rng, world)
    s = {"dag": _day(rng), "polsak": f"{rng.randint(10, 99)}/{rng.choice(['26', '2026'])}"}
    body = _fill(pick(rng, _POL_FORFALL[lang]), s) + "\n\n" + (p.first if rng.random() < 0.5 else p.name)
    return _draft(tenant, p.name, email, pick(rng, ["Forfall", "forfall", "Forfall møte", "Melding om forfall",
                                                    "Kan ikke møte"]), _noise(rng, body, lang, [s["polsak"]]),
                  "politisk", note="Forfall from an elected member: politisk; a politisk saksnr is not an archive case.")


_POL_CITIZEN = {
    "nb": [
        ("Kjære ordfører. Jeg skriver fordi bussen fra {sted} til sentrum er foreslått lagt ned. For oss eldre "
         "som ikke kjører bil er dette den eneste måten å komme til butikk og lege på. Jeg håper du tar dette "
         "opp med fylkeskommunen."),
        ("Hei! Vi i bygdelaget på {sted} vil gjerne invitere ordføreren til å åpne den nye gapahuken vår "
         "lørdag {dag}. Det blir grilling og kaffe. Gi oss gjerne en tilbakemelding."),
        ("Til ordføreren. Hvorfor skal kommunen bruke penger på et nytt rådhus når skolen på {sted} har "
         "lekkende tak? Jeg forventer et svar."),
    ],
    "nn": [
        ("Kjære ordførar. Ferja frå {sted} går no så tidleg om kvelden at ungdomane ikkje rekk heim frå "
         "trening. Kan kommunen ta dette opp med fylket?"),
        "Hei ordførar! Vi vil gjerne invitere deg til opninga av den nye kaia på {sted} {dag}. Velkommen!",
    ],
}
_POL_FWD = {
    "nb": ["Brev til ordføreren, til journalføring.", "Fra ordførerens innboks. Journalføres som henvendelse til ordfører.",
           "Til arkivering, ordføreren svarer selv."],
    "nn": ["Brev til ordføraren, til journalføring.", "Frå innboksen til ordføraren. Journalfør, takk."],
}


def make_pol_ordforer_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _POL_CITIZEN)
    p, email = private_sender(rng, world)
    s = {"sted": pick(rng, ["Kvitsand", "Storøy", "Lillevik", "Vestvika", "Dalsbygda"]), "dag": _day(rng)}
    body = _fill(pick(rng, _POL_CITIZEN[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    subj = _topic_subject(rng, body, [("bussen", ["Bussruta", "Nedlegging av bussen", "Til ordføreren"]),
                                      ("ferja", ["Ferja", "Brev til ordførar", "Ferjetidene"]),
                                      ("invitere", ["Invitasjon", "Invitasjon til ordføreren", "Opning"]),
                                      ("rådhus", ["Til ordføreren", "Nytt rådhus?", "Skoletaket"])], ["Til ordføreren"])
    orig = _draft(tenant, p.name, email, subj, _noise(rng, body, lang), "politisk")
    emp, eemail, subject, fbody = _forward(rng, world, orig, _POL_FWD, ["Ordførerens kontor", "Politisk sekretariat"])
    return _draft(tenant, emp.name, eemail, subject, fbody, "politisk", av=orig.avsender, forwarded=_earlier(orig),
                  note="The mayor's office forwards a citizen's letter: avsender is the citizen.")


# ======================================================================================
# horing, tilsyn
# ======================================================================================

_HOR_BODIES = [
    ("Høring - {tema}", ("Vedlagt følger høringsdokumenter om {tema}. Høringsfristen er {dag}. Uttalelser sendes "
     "elektronisk.")),
    ("Invitasjon til å gi innspill - {tema}", ("Kommunene i regionen inviteres til å gi innspill til {tema}. "
     "Se vedlagt høringsnotat. Frist {dag}.")),
    ("Høyring - {tema}", "Vedlagt ligg høyringsnotat om {tema}. Fristen for å gje fråsegn er {dag}."),
    ("{tema_cap} - høring", ("Hei\n\nVi sender med dette {tema} på høring til kommunene. Dokumentene ligger vedlagt "
     "og på nettsidene våre. Frist for innspill: {dag}.")),
    ("Høringsbrev: {tema}", "Se vedlagt høringsbrev."),
    ("Påminnelse om høringsfrist - {tema}", ("Fristen for å uttale seg om {tema} går ut {dag}. Vi har "
     "foreløpig ikke mottatt uttalelse fra kommunen.")),
    ("Høyringsbrev - {tema}", "Sjå vedlagt høyringsbrev. Spørsmål kan rettast til underteikna."),
]
_HOR_ORGS = [  # (sender, e-mail, topics it sends hearings on)
    ("Kystfylket fylkeskommune", "post@kystfylket.no", ["ny regional plan for kystsona", "regional transportplan"]),
    ("Vassområde Fjordane", "post@vassomrade-fjordane.no", ["forvaltningsplan for vassområdet"]),
    ("Regionrådet for kysten", "sekretariat@regionradet-kyst.no", ["felles legevaktordning", "interkommunalt barnevernssamarbeid"]),
    ("Interkommunalt renovasjonsselskap IKS", "post@renovasjon-iks.no", ["endring i forskrift om renovasjon",
                                                                         "ny renovasjonsordning for hytter"]),
]
_HOR_FWD = {
    "nb": ["Høring som kom til meg. Kan dere journalføre og fordele til rett enhet?", "Til journalføring, høring.",
           "Ble sendt direkte til meg. Til arkiv og fordeling."],
    "nn": ["Høyring som kom til meg. Kan de journalføre og fordele?", "Til journalføring, høyring."],
}


def make_hor_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    org, email, topics = pick(rng, _HOR_ORGS)
    subj, text = pick(rng, _HOR_BODIES)
    s = {"tema": pick(rng, topics), "dag": _day(rng) + "2026"}
    s["tema_cap"] = s["tema"][0].upper() + s["tema"][1:]
    p = world.person()
    body = _fill(text, s) + f"\n\nMed hilsen\n{p.name}\n{org}"
    subject = _fill(subj, s)
    atts = [AttachmentSpec("hoeringsnotat.pdf", "pdf", f"Høringsnotat\n{_fill(subj, s)}\n{org}")]
    orig = _draft(tenant, org, email, subject, body, "horing")
    if rng.random() < 0.35:
        return _draft(tenant, org, email, subject, body, "horing", attachments=atts)
    emp, eemail, fsubject, fbody = _forward(rng, world, orig, _HOR_FWD, ["Kommunedirektørens stab", "Plan", "Miljø"])
    return _draft(tenant, emp.name, eemail, fsubject, fbody, "horing", av=orig.avsender, forwarded=_earlier(orig),
                  attachments=atts, note="A hearing forwarded by an employee: avsender is the body that sent it.")


_TIL_ORGS = [("Statsforvalteren i Kystfylket", "sfkpost@statsforvalteren-kyst.no"),
             ("Arbeidstilsynet region Kyst", "post.kyst@arbeidstilsyn-region.no"),
             ("Mattilsynet avdeling Fjordkysten", "fjordkysten@mattilsyn-avd.no")]
_TIL_TEXT = [
    "Varsel om tilsyn med {obj}. Se vedlagt brev.",
    "Vedlagt følger endelig tilsynsrapport etter tilsynet med {obj}. Kommunen bes lukke avvikene innen {dag}.",
    "Brev fra tilsynsmyndigheten om {obj} er vedlagt. Vennligst bekreft mottak.",
    "Vedlagt ligg varsel om tilsyn med {obj}. Kommunen vert beden om å sende inn dokumentasjon innan {dag}.",
    "Vi har mottatt en bekymringsmelding om {obj} og ber kommunen redegjøre skriftlig innen {dag}.",
    ("Oppfølging etter tilsyn: Vi har mottatt kommunens plan for lukking av avvik og har ingen ytterligere "
     "merknader. Tilsynet med {obj} er med dette avsluttet."),
    "Se vedlegg.",
]
_TIL_OBJ = ["skolens arbeid med elevenes psykososiale skolemiljø", "drikkevannsforsyningen på {sted}",
            "kommunens beredskapsplan", "arbeidsmiljøet i hjemmetjenesten", "kjøkkenet ved {sted} sykehjem"]


def make_til_varsel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    org, email = pick(rng, _TIL_ORGS)
    s = {"obj": pick(rng, _TIL_OBJ).format(sted=pick(rng, SCHOOLS)), "dag": _day(rng) + "2026"}
    p = world.person()
    body = _fill(pick(rng, _TIL_TEXT), s) + f"\n\n{p.name}\n{org}"
    subject = pick(rng, ["Varsel om tilsyn", "Tilsynsrapport", "Tilsyn - " + s["obj"][:40], "Brev fra tilsynsmyndighet"])
    atts = [AttachmentSpec("brev.pdf", pick(rng, ["pdf", "pdf", "scan"]), f"{subject}\n{org}\nTilsyn med {s['obj']}")]
    if rng.random() < 0.5:
        return _draft(tenant, org, email, subject, body, "tilsyn", attachments=atts)
    orig = _draft(tenant, org, email, subject, body, "tilsyn")
    notes = {"nb": ["Til journalføring. Tilsynet gjelder oss, jeg følger opp.", "Kom til meg som enhetsleder. Arkiver, takk."],
             "nn": ["Til journalføring. Tilsynet gjeld oss, eg følgjer opp.", "Kom til meg som einingsleiar. Arkiver, takk."]}
    emp, eemail, fsubject, fbody = _forward(rng, world, orig, notes, ["Rektor", "Enhetsleder", "Virksomhetsleder"])
    return _draft(tenant, emp.name, eemail, fsubject, fbody, "tilsyn", av=orig.avsender, forwarded=_earlier(orig),
                  attachments=atts, note="Supervisory letter forwarded by the unit leader: avsender is the authority.")


# ======================================================================================
# skole
# ======================================================================================

_SK_MEMO = {  # (skjerming, journalposttype, text)
    "nb": [
        (None, "N", ("Vi har fått søknad om skolebytte for {kid} fra {trinn}. trinn ved {other} skole. Vi har plass "
                    "i klassen og har ingen innvendinger. Søknaden sendes oppvekstkontoret for vedtak.")),
        (None, "N", ("Skyssen for {kid} ({trinn}. trinn) fungerer ikke. Drosjen har ikke møtt opp tre morgener denne "
                    "måneden. Kan oppvekst ta dette opp med skysskontoret?")),
        ("P13", "N", ("Etter at foreldrene gikk fra hverandre i vår har {kid} på {trinn}. trinn hatt store vansker, og "
                     "{han_hun} bor nå hos besteforeldrene. Skolen ber om ekstra assistentressurs ut skoleåret.")),
        ("P13", "N", ("{kid} på {trinn}. trinn har fått diabetes type 1 og trenger hjelp med blodsukkermåling i "
                     "skoletiden. Vi ber om midler til opplæring av personalet og assistent i lunsjen.")),
        (None, "X", ("Til orientering: Skolen har innvilget tre dagers permisjon for {kid} i uke {week} etter søknad "
                    "fra foresatte. Notatet legges i saken.")),
    ],
    "nn": [
        (None, "N", ("Vi har fått søknad om skulebyte for {kid} frå {trinn}. trinn ved {other} skule. Vi har plass og "
                    "ingen innvendingar. Søknaden vert send oppvekstkontoret for vedtak.")),
        ("P13", "N", ("{kid} i {trinn}. klasse har fått epilepsi og treng tilsyn i friminutta og på tur. Skulen ber "
                     "om ressurs til ein ekstra vaksen.")),
        (None, "X", ("Til orientering: Rektor har innvilga permisjon for {kid} i to dagar i veke {week}. Inga vidare "
                    "oppfølging.")),
    ],
}


def make_sk_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    kid, s = _kid_slots(rng, world, lang)
    school = pick(rng, SCHOOLS)
    s.update(other=pick(rng, [x for x in SCHOOLS if x != school]), week=str(rng.randint(35, 50)))
    skj, jpt, text = pick(rng, _SK_MEMO[lang])
    sak = None
    subject = pick(rng, ["Notat til oppvekst", f"Elev {kid.name}", "Til oppvekstkontoret", "Notat", "Elevsak",
                         f"{kid.first} - {s['trinn']}. trinn"])
    if rng.random() < 0.3:
        case = world.open_case(tenant, "skole", f"Elevsak - {kid.name}", part=kid.name)
        sak = case.sak
        subject += f" ({world.cite(case.sak)})"
    body = (_fill(text, s) + "\n\n" + _staff_sig(rng, world, emp, pick(rng, ["rektor", "inspektør", "avdelingsleder"])
                                                 + f", {school} {'skule' if lang == 'nn' else 'skole'}", tenant))
    return _draft(tenant, emp.name, email, subject, body, "skole", jpt=jpt, skjerming=skj, sak=sak,
                  personnavn=[kid.name],
                  note="School to oppvekst about a pupil: N/X; P13 when the pupil's health or family situation shows.")


_SK_PARENT = {
    "nb": [
        ("Hei {teacher}! {kid_first} skal være med oss på hyttetur torsdag og fredag i uke {week}. Vi søker om fri "
         "de to dagene, og {han_hun} tar med seg leksene."),
        ("Vi har flyttet til {adr} og lurer på om {kid_first} har rett på skyss nå, det er godt over fire kilometer. "
         "Hvem søker vi til?"),
        "Hei. Vi sier opp SFO-plassen til {kid} fra 1. {mnd}. {Han_hun} vil heller gå hjem med naboungene.",
        ("Vi ønsker at {kid} bytter til {other} skole fra nyttår, der de fleste vennene fra barnehagen går. "
         "Hvordan søker vi om skolebytte?"),
    ],
    "nn": [
        "Hei {teacher}. Vi søkjer om fri for {kid_first} måndag til onsdag i veke {week}, vi skal i konfirmasjon i Polen.",
        "Vi seier opp SFO-plassen til {kid} frå 1. {mnd}. Takk for no!",
        "Hei. Vi har flytta til {adr}. Kan {kid_first} få skuleskyss no? Det er langt å gå langs vegen.",
    ],
    "en": [
        ("Hi {teacher}, {kid_first} will be away from school for two weeks from week {week}, as we are visiting "
         "family abroad. Please tell us if we need to fill in a form for this."),
        "Hello, {kid} will stop going to SFO from 1 {mnd}, so we are giving notice. Thank you for everything.",
    ],
}
_SK_FWD = {
    "nb": ["Til journalføring.", "Søknad fra foresatte, kan dere journalføre?", "Fikk denne fra en forelder. Til arkiv.",
           "Hei postmottak, denne må vel journalføres? Sender videre."],
    "nn": ["Til journalføring.", "Søknad frå føresette, kan de journalføre?", "Fekk denne frå ein forelder. Til arkiv."],
}


def make_sk_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _SK_PARENT, english=0.1)
    p, email = private_sender(rng, world)
    kid, s = _kid_slots(rng, world, lang)
    kid = Person(kid.first, p.last if rng.random() < 0.7 else kid.last)
    teacher = world.employee(tenant)
    s.update(kid=kid.name, teacher=teacher[0].first, week=str(rng.randint(35, 50)), adr=world.street(),
             mnd=pick(rng, ["oktober", "november", "desember", "januar"]), other=pick(rng, SCHOOLS))
    body = _fill(pick(rng, _SK_PARENT[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    subj = _topic_subject(rng, body, [("sfo", ["SFO", "Oppsigelse SFO", "SFO-plass", kid.first]),
                                      ("skyss", ["Skyss", "Skoleskyss", "Skyss?"]),
                                      ("skolebytte", ["Skolebytte", "Bytte skole", kid.first]),
                                      ("fri |away|fri de|fri for", ["Fri", "Permisjon", "Søknad om fri", kid.first])],
                          ["Henvendelse", kid.first])
    orig = _draft(tenant, p.name, email, subj, _noise(rng, body, lang, [kid.name]), "skole")
    emp, eemail, subject, fbody = _forward(rng, world, orig, _SK_FWD, ["kontaktlærer", "kontaktlærer", "rektor"],
                                           emp=teacher)
    return _draft(tenant, emp.name, eemail, subject, fbody, "skole", av=orig.avsender, forwarded=_earlier(orig),
                  note="Teacher forwards a parent's request: avsender is the parent.")


# ======================================================================================
# barnehage
# ======================================================================================

_BH_MEMO = {
    "nb": [
        (None, "N", ("Foreldrene til {kid} har sagt opp plassen fra 1. {mnd}. Plassen på avdelingen kan tildeles fra "
                    "ventelisten.")),
        (None, "N", ("Foreldrene til {kid} ønsker å øke fra 60 % til 100 % plass. Vi har kapasitet fra {dag} og ber "
                    "opptakskontoret fatte vedtak.")),
        ("P13", "N", ("{kid} ({alder} år) har en hørselshemming, og barnehagen ser stort behov for tilrettelegging og "
                     "språkstøtte. Vi ber om at PPT kobles inn og at det søkes om ekstra ressurs.")),
        ("P13", "N", ("Mor til {kid} har fortalt at familien står uten inntekt etter at far flyttet ut. Vi har "
                     "oppfordret henne til å søke redusert foreldrebetaling og ber om at søknaden prioriteres.")),
        (None, "X", "{kid} startet i barnehagen {dag} som avtalt. Notat til saken, ingen oppfølging."),
    ],
    "nn": [
        (None, "N", "Føresette til {kid} har sagt opp plassen frå 1. {mnd}. Plassen kan tildelast frå ventelista."),
        ("P13", "N", ("{kid} ({alder} år) har ein alvorleg matallergi og treng eige kosthald og tilsyn ved måltid. "
                     "Vi ber om ekstra ressurs frå januar.")),
        (None, "X", "{kid} byrja i barnehagen {dag}. Til orientering, inga oppfølging."),
    ],
}


def make_bh_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    kid, s = _kid_slots(rng, world, lang)
    bhg = pick(rng, ["Måken", "Tusseladden", "Fjæra", "Solsikken", "Skogly", "Knerten"]) + " barnehage"
    s.update(mnd=pick(rng, ["november", "desember", "januar", "februar"]), dag=_day(rng))
    skj, jpt, text = pick(rng, _BH_MEMO[lang])
    sak = None
    subject = pick(rng, ["Til opptakskontoret", f"Barn {kid.first}", "Notat fra barnehagen", f"{bhg} - melding",
                         "Plass - oppsigelse/endring"])
    if rng.random() < 0.3:
        case = world.open_case(tenant, "barnehage", f"Barnehageplass - {kid.name}", part=kid.name)
        sak = case.sak
        subject += " - " + world.cite(case.sak)
    body = _fill(text, s) + "\n\n" + _staff_sig(rng, world, emp, f"styrer, {bhg}", tenant)
    return _draft(tenant, emp.name, email, subject, body, "barnehage", jpt=jpt, skjerming=skj, sak=sak,
                  personnavn=[kid.name], note="Municipal kindergarten to the opptakskontor: N/X; P13 on health or hardship.")


_BH_PARENT = {
    "nb": [
        "Hei {styrer}! Vi har fått jobb i Bergen og flytter i {mnd}. Vi sier derfor opp plassen til {kid_first} med vanlig oppsigelsestid.",
        "Lillebroren til {kid_first} trenger barnehageplass fra august. Er det til deg vi sender søknaden?",
        ("Kan {kid_first} bytte til barnehagen nærmere jobben min fra januar? Jeg har snakket med styreren der og de "
         "har visst en ledig plass."),
        "hei, vi vil gjerne redusere til 4 dager i uka for {kid_first} fra nyttår. går det an?",
    ],
    "nn": [
        "Hei. Vi seier opp barnehageplassen til {kid_first} frå 1. {mnd} fordi vi flyttar.",
        "Kan {kid_first} få auke plassen til fem dagar i veka frå januar? Eg har fått full stilling.",
    ],
}
_BH_FWD = {
    "nb": ["Til journalføring, gjelder barnehageplass.", "Kom til meg som styrer. Sendes til arkiv.",
           "Oppsigelse/endring av plass - journalfør, takk."],
    "nn": ["Til journalføring, gjeld barnehageplass.", "Kom til meg som styrar. Send til arkiv."],
}


def make_bh_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _BH_PARENT)
    p, email = private_sender(rng, world)
    kid, s = _kid_slots(rng, world, lang)
    kid = Person(kid.first, p.last)
    styrer = world.employee(tenant)
    s.update(kid=kid.name, styrer=styrer[0].first, mnd=pick(rng, ["oktober", "november", "desember"]))
    body = _fill(pick(rng, _BH_PARENT[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    subj = _topic_subject(rng, body, [("opp plassen|opp barnehageplassen", ["Oppsigelse", "Oppsigelse av plass", kid.first]),
                                      ("lillebroren", ["Plass til lillebror", "Søknad om plass"]),
                                      ("bytte", ["Bytte barnehage", "Overflytting", kid.first]),
                                      ("redusere|auke", ["Endring av plass", "Endre oppholdstid", kid.first])],
                          ["Barnehageplass"])
    orig = _draft(tenant, p.name, email, subj, _noise(rng, body, lang, [kid.name]), "barnehage")
    emp, eemail, subject, fbody = _forward(rng, world, orig, _BH_FWD, ["styrer", "styrer", "pedagogisk leder"],
                                           emp=styrer)
    return _draft(tenant, emp.name, eemail, subject, fbody, "barnehage", av=orig.avsender, forwarded=_earlier(orig),
                  note="Kindergarten leader forwards a parent's mail: avsender is the parent.")


# ======================================================================================
# helse_omsorg (always P13)
# ======================================================================================

_HO_DOC = {
    "nb": [
        ("Henvisning til psykisk helsetjeneste\n\nPasient: {pat}, f. {fnr}\n\nPasienten har over tid hatt alvorlig "
         "depresjon og har vært sykmeldt siden våren. Ønsker samtaleoppfølging og hjelp til struktur i hverdagen."),
        ("Jeg støtter søknaden om omsorgsbolig for {pat}. Pasienten har nedsatt gangfunksjon etter amputasjon og "
         "klarer ikke trappene i dagens bolig. Legeerklæring følger vedlagt."),
        ("Til tildelingskontoret: {pat} har fått påvist kreft og ønsker å være hjemme så lenge som mulig. Ber om "
         "vurdering av palliativ oppfølging fra hjemmesykepleien og hjelpemidler."),
        ("Kort melding: {pat} har uteblitt fra tre avtaler hos meg og tar ikke telefonen. Pasienten bor alene og "
         "har kjent rusproblematikk. Kan hjemmetjenesten gjøre et hjemmebesøk?"),
    ],
    "nn": [
        ("Tilvising til kommunal fysioterapi\n\nPasient: {pat}, f. {fnr}\n\nPasienten har hatt hjerneslag og treng "
         "opptrening for å klare seg heime."),
        ("Eg stør søknaden om avlasting for familien til {pat}. Pasienten har langtkomen demens og ektefellen er "
         "utsliten."),
    ],
}


def make_ho_fastlege(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if tenant == "havoy" and rng.random() < 0.45 else "nb"
    doc, firm, _ = firm_sender(rng, world)
    hospital = rng.random() < 0.25
    if hospital:
        org = pick(rng, ["Kystsjukehuset, medisinsk avdeling", "Sjukehuset Vest, geriatrisk sengepost"])
        domain = "helse-kyst.no"
    else:
        org = pick(rng, ["Kaien", "Torget", "Fjordparken", "Øyane", "Nordhamn"]) + pick(rng, [" legesenter", " legekontor"])
        domain = org.lower().replace(" ", "").replace("ø", "o").replace("å", "a") + ".no"
    email = pick(rng, ["post", "legekontor", doc.first.lower().replace("ø", "o").replace("å", "a").replace("æ", "ae")]) \
        + "@" + domain
    pat = world.person()
    fnr = world.fodselsnummer()
    text = _fill(pick(rng, _HO_DOC[lang]), {"pat": pat.name, "fnr": fnr})
    stated = rng.random() < 0.35
    sig = f"{closing(rng, lang)}\n{doc.name}\n{pick(rng, ['fastlege', 'lege', 'overlege', 'spesialist i allmennmedisin'])}\n{org}"
    if stated:
        sig += f"\nOrg.nr. {firm.orgnr}"
    atts = []
    if "vedlagt" in text or rng.random() < 0.3:
        atts.append(AttachmentSpec(pick(rng, ["legeerklaering.pdf", "henvisning.pdf", "erklaering_skannet.pdf"]),
                                   pick(rng, ["pdf", "scan"]),
                                   f"Legeerklæring\nPasient: {pat.name}, f. {fnr}\n{doc.name}, {org}"))
    return _draft(tenant, doc.name, email, pick(rng, ["Henvisning", "Felles pasient", "Legeerklæring", "Pasient - fortrolig",
                                                      "Tilvising", f"Vedr. {pat.name}"]),
                  text + "\n\n" + sig, "helse_omsorg", skjerming="P13",
                  av=avsender(org, email, firm.orgnr if stated else None), personnavn=[pat.name], attachments=atts,
                  note="Doctor writes about a patient: P13, the patient is screened.")


_HO_MEMO_N = {
    "nb": [
        ("Til tildelingskontoret: Bruker {pat} i {adr} trenger mer hjelp. {Han_hun} klarer ikke lenger å lage mat "
         "selv og har gått ned fire kilo på en måned. Vi ber om ny kartlegging."),
        ("Hjemmesykepleien har funnet {pat} forvirret og dehydrert to morgener på rad. Vi ber om vurdering av "
         "korttidsopphold så snart som mulig."),
    ],
    "nn": [
        ("Brukar {pat} har fått nytt sår på foten som treng stell kvar dag. Vedtaket bør utvidast med "
         "kveldsbesøk."),
        "Til tildelingskontoret: {pat} er mykje meir gløymsk no og har gløymt å ta medisinane fleire dagar. Ber om ny vurdering.",
    ],
}
_HO_MEMO_X = {
    "nb": [
        "Til orientering: {pat} ble lagt inn på sykehuset {dag}. Tjenestene er stanset til utskrivning.",
        "Trygghetsalarmen til {pat} ble montert og testet {dag}. Ingen videre oppfølging.",
    ],
    "nn": ["{pat} flytta til sjukeheimen {dag}. Heimetenestene er avslutta. Til orientering."],
}


def make_ho_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    first, g = people.elder(rng)
    pat = Person(first, world.person().last)
    followup = rng.random() < 0.6
    s = dict(FEMALE_HEN if g == "f" else MALE_HEN)
    s.update(pat=pat.name, adr=world.street(), dag=_day(rng))
    text = _fill(pick(rng, (_HO_MEMO_N if followup else _HO_MEMO_X)[lang]), s)
    sak = None
    subject = pick(rng, ["Notat", "Endring i behov", "Melding fra hjemmesykepleien", "Bruker - oppfølging", "Til orientering"])
    if rng.random() < 0.4:
        case = world.open_case(tenant, "helse_omsorg", f"Helse- og omsorgstjenester - {pat.name}", part=pat.name)
        sak = case.sak
        subject += f" - {world.cite(case.sak)}"
    body = text + "\n\n" + _staff_sig(rng, world, emp, pick(rng, ["Hjemmesykepleien sone nord", "Hjemmetjenesten",
                                                                  "sykepleier, hjemmesykepleien", "Heimetenesta"]), tenant)
    return _draft(tenant, emp.name, email, subject, body, "helse_omsorg", jpt="N" if followup else "X",
                  skjerming="P13", sak=sak, personnavn=[pat.name],
                  note="Nurse's internal memo about a user: P13; N when tildelingskontoret must act, X for the record.")


# ======================================================================================
# barnevern (always BV)
# ======================================================================================

_BV_SCHOOL = {
    "nb": [
        ("Bekymringsmelding\n\nKontaktlærer og rektor melder bekymring for {kid}, {trinn}. trinn. {Han_hun} kommer "
         "ofte sulten og uten matpakke, har klær som ikke passer årstiden og sovner i timene. Foreldrene møter "
         "ikke til samtaler."),
        ("{kid} fortalte i dag helsesykepleier og meg at far slo {ham_henne} i går kveld. {Han_hun} har et merke "
         "på kinnet. Vi har ikke kontaktet foreldrene, etter råd fra barnevernvakten."),
        ("Skolen melder bekymring for {kid} ({trinn}. trinn), som har over 30 % fravær siden skolestart. "
         "{Han_hun} sier {han_hun} må passe småsøsknene når mor ikke står opp."),
    ],
    "nn": [
        ("Skulen melder uro for {kid} i {trinn}. klasse. {Han_hun} har fortalt at det er mykje krangel og drikking "
         "heime i helgane, og gruar seg til fredagane."),
        ("Rektor melder: {kid} har skrive om sjølvskading i ein norsktekst. Vi har snakka med {ham_henne} og ber "
         "barnevernet kontakte skulen i dag."),
    ],
}


def make_bv_skole(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    kid, s = _kid_slots(rng, world, lang)
    own = rng.random() < 0.65
    school = pick(rng, SCHOOLS)
    if own:
        emp, email = world.employee(tenant)
        org = f"{school} {'skule' if lang == 'nn' else 'skole'}"
        name, av = emp.name, avsender(emp.name, email)
    else:
        emp = world.person()
        org = pick(rng, ["Kysten Montessoriskole", "Fjordheim friskole", "Havblikk kristne skole"])
        dom = org.lower().split()[0].replace("ø", "o").replace("å", "a") + "-skole.no"
        email = f"{emp.first.lower()}@{dom}".replace("ø", "o").replace("å", "a").replace("æ", "ae")
        name, av = emp.name, avsender(org, email)
    body = _fill(pick(rng, _BV_SCHOOL[lang]), s) + f"\n\n{emp.name}\n{pick(rng, ['rektor', 'kontaktlærar' if lang == 'nn' else 'kontaktlærer', 'sosiallærer'])}\n{org}"
    atts = [AttachmentSpec("meldeskjema.pdf", "pdf", f"Bekymringsmelding til barneverntjenesten\nBarn: {kid.name}\n{org}")] \
        if rng.random() < 0.3 else []
    return _draft(tenant, name, email, pick(rng, ["Bekymringsmelding", "Fortrolig - melding til barnevernet",
                                                  "Uro for elev", "Melding etter opplysningsplikta", "Bekymring elev"]),
                  body, "barnevern", jpt="N" if own else "I", skjerming="BV", av=av, personnavn=[kid.name],
                  attachments=atts,
                  note="Bekymringsmelding from a school: N from the kommune's own school, I from a private school.")


_BV_HS = {
    "nb": [
        ("Melding fra helsestasjonen\n\nVed seksmånederskontrollen i dag hadde {kid} dårlig vektøkning og var svært "
         "passiv. Mor virket sliten og fortalte at hun nesten ikke sover. Vi er bekymret for omsorgssituasjonen."),
        ("Helsesykepleier melder bekymring for {kid} ({alder} år). Barnet har ikke vært til kontroller på halvannet "
         "år, og familien svarer ikke på brev. Flere vaksiner mangler."),
        ("Fødeavdelingen melder bekymring for nyfødt barn av {parent}, født {dag}. Mor har vært i rusbehandling og "
         "skrev seg ut mot råd dagen etter fødselen."),
        "Viser til samtale med barnevernvakta i dag. Skriftlig melding om {kid} ({alder} år) følger vedlagt, som avtalt.",
        ("Helsesykepleier hadde i dag samtale med mor til {kid}, {parent}. Hun fortalte at hun og barnet har flyktet "
         "fra samboeren etter vold, og at de nå bor midlertidig hos en venninne. Vi melder dette etter "
         "opplysningsplikten."),
    ],
    "nn": [
        ("Helsestasjonen er uroleg for {kid} ({alder} år). Ved kontrollen kom det fram at barnet ofte er åleine med "
         "ein eldre søsken om kvelden."),
        ("Melding frå helsestasjonen: Far til {kid} kom rusa til konsultasjonen i dag med barnet åleine. Vi ber "
         "barnevernet vurdere saka snarast."),
    ],
}


def make_bv_helsestasjon(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    kid, s = _kid_slots(rng, world, lang)
    parent = Person(people.adult_first(rng, "f"), kid.last)
    s.update(parent=parent.name, dag=_day(rng))
    text = pick(rng, _BV_HS[lang])
    hospital = "Fødeavdelingen" in text
    if hospital:
        emp = world.person()
        org = pick(rng, ["Kystsjukehuset, fødeavdelingen", "Sjukehuset Vest, barsel"])
        email = f"{emp.first.lower()}.{emp.last.lower()}@helse-kyst.no".replace("ø", "o").replace("å", "a").replace("æ", "ae")
        av, jpt = avsender(org, email), "I"
    else:
        emp, email = world.employee(tenant)
        org = pick(rng, ["Helsestasjonen", "Helsestasjon og skulehelsetenesta" if lang == "nn" else "Helsestasjon og skolehelsetjenesten"])
        av, jpt = avsender(emp.name, email), "N"
    body = _fill(text, s) + f"\n\n{emp.name}\n{pick(rng, ['helsesykepleier', 'jordmor', 'lege'])}\n{org}"
    atts = [AttachmentSpec("melding_barnevern.pdf", pick(rng, ["pdf", "scan"]),
                           f"Melding til barneverntjenesten\nBarn: {kid.name}, {s['alder']} år\nMor: {parent.name}\n"
                           "Helsestasjonen har over tid vært bekymret for barnets utvikling og omsorg.")] \
        if "vedlagt" in text else []
    return _draft(tenant, emp.name, email, pick(rng, ["Bekymringsmelding", "Melding til barneverntenesta",
                                                      "Fortrolig", "Uro for barn"]),
                  body, "barnevern", jpt=jpt, skjerming="BV", av=av, personnavn=[kid.name, parent.name],
                  attachments=atts, note="From the kommune's own helsestasjon: N; from the hospital: I.")


# ======================================================================================
# vann_avlop, vei_trafikk
# ======================================================================================

_VA_ORIG = {
    "nb": [
        ("Hei. Vannet i springen hos oss i {adr} har vært brunt siden i går kveld. Det lukter også litt jern. "
         "Er det arbeid på ledningen? Vi har en baby i huset, er det trygt å lage mat med det?"),
        ("Midt i svingen nedenfor {adr} står det en liten fontene opp gjennom en sprekk i veidekket. Den har "
         "vokst siden helgen. Tenkte dere burde vite det."),
        ("Jeg har fått vannmålerkort i posten, men måleren vår står i et krypkjeller vi ikke kommer inn i. "
         "Avlesningen i fjor var {stand} m3. Kan dere stipulere?"),
        ("Hvorfor har årsgebyret for avløp økt så mye? Vi er to personer i en liten leilighet og betaler nesten "
         "det samme som naboen med fem barn."),
    ],
    "nn": [
        ("Hei. Vatnet hjå oss i {adr} har vore grumsete i to dagar. Er det noko feil på leidningsnettet? "
         "Kan vi drikke det?"),
        "Ved {adr} piplar det vatn opp gjennom asfalten, og pytten har vakse sidan måndag.",
        "Målaren vår stod på {stand} m3 i dag. Eg fann ikkje skjemaet på nettsida, så eg sender det her.",
    ],
    "en": [
        ("Hello, the tap water in the house we rent at {adr} has tasted strange since Monday. Is it safe to drink? "
         "We have small children."),
        "Hi, a puddle keeps growing in the street by {adr} although it has not rained for days. Burst pipe?",
    ],
}
_VA_FWD = {
    "nb": ["Fra servicetorget: melding om vann, til journalføring og oppfølging hos VA.",
           "Kom inn på min e-post. Journalfør og send til drift vann og avløp.", "Til arkivering. VA har fått beskjed på telefon."],
    "nn": ["Frå servicetorget: melding om vatn, til journalføring.", "Kom til meg. Journalfør og send til VA-drift."],
}


def make_va_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _VA_ORIG, english=0.08)
    p, email = private_sender(rng, world)
    s = {"adr": world.street(), "stand": str(rng.randint(120, 4800))}
    body = _fill(pick(rng, _VA_ORIG[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    subj = _topic_subject(rng, body, [("brunt|grumsete|tasted", ["Brunt vann", "Misfarga vatn", "Vannet", "Water"]),
                                      ("fontene|piplar|puddle", ["Lekkasje", "Vannlekkasje i veien", "Lekkasje?"]),
                                      ("måler", ["Vannmåler", "Måleravlesning", "Målarstand"]),
                                      ("gebyr", ["Gebyr", "Avløpsgebyr", "Årsgebyr"])], ["Vann"])
    orig = _draft(tenant, p.name, email, subj, _noise(rng, body, lang, [s["stand"]]), "vann_avlop")
    emp, eemail, subject, fbody = _forward(rng, world, orig, _VA_FWD, ["Servicetorget", "Kommunalteknikk", "Vakttelefon VA"])
    return _draft(tenant, emp.name, eemail, subject, fbody, "vann_avlop", av=orig.avsender, forwarded=_earlier(orig),
                  note="Service desk forwards a water report: avsender is the resident.")


_VA_FIRM = [
    ("Ferdigmelding tilknytning", ("Tilknytning av {adr} (gnr. {gnr} bnr. {bnr}) til kommunalt vann og avløp er "
     "utført {dag}. Innmålingsdata og trykkprøveprotokoll er vedlagt. {ref}")),
    ("Søknad om sanitærabonnement", ("Vi er engasjert av byggherre for ny enebolig på gnr. {gnr} bnr. {bnr} og "
     "sender søknad om påkobling til kommunalt nett. Skjema og situasjonsplan med påkoblingspunkt ligger ved.")),
    ("Lekkasje stikkledning {adr}", ("Vi har funnet lekkasje på privat stikkledning ved {adr}. Vi må grave i "
     "kommunal vei for å reparere og ber om at VA stenger vannet på hovedkranen torsdag morgen. {ref}")),
]


def make_va_rorlegger(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, pick(rng, ["rør", "vvs", "entreprenør"]))
    prop = world.property()
    subj, text = pick(rng, _VA_FIRM)
    sak, ref = None, ""
    r = rng.random()
    if r < 0.45 and "{ref}" in text:
        case = world.open_case(tenant, "vann_avlop", f"{prop.gnr}/{prop.bnr} - Tilknytning til kommunalt vann og avløp",
                               prop=prop)
        sak, ref = case.sak, world.cite_phrase(case.sak)
    elif r < 0.6 and "{ref}" in text:
        ref = world.cite_phrase(world.unknown_saknr())
    s = {"adr": prop.address, "gnr": str(prop.gnr), "bnr": str(prop.bnr), "dag": _day(rng), "ref": ref}
    body = _fill(text, s).rstrip() + "\n\n" + name_or_sign_off(rng, world, p, "nb", firm=firm, email=email)
    atts = [AttachmentSpec(pick(rng, ["innmaling.pdf", "trykkprove.pdf", "situasjonsplan.pdf"]), "pdf",
                           f"{_fill(subj, s)}\n{firm.name}\nGnr. {prop.gnr} bnr. {prop.bnr}")] \
        if ("vedlagt" in text or "ligger ved" in text) else []
    return _draft(tenant, p.name, email, _fill(subj, s), body, "vann_avlop", sak=sak,
                  av=avsender(firm.name, email, _orgnr_if_shown(firm.orgnr, body)), attachments=atts,
                  note="Plumber about a connection or leak: vann_avlop; sak only when an open case number is cited.")


_VEI_FAU = {
    "nb": [
        ("Vi i FAU ved {school} skole er bekymret for krysset ved {street}. Bilene kjører fort, og det er ingen "
         "gangfelt. I forrige uke var det nesten en ulykke med en elev på sykkel. Vi ber kommunen vurdere "
         "fartsdemper og gangfelt."),
        ("Hei. Gatelyset langs skoleveien fra {street} til {school} skole har vært slukket i tre uker. Det er "
         "mørkt om morgenen nå og barna går langs veikanten."),
        ("Brøytebilen la igjen en stor brøytekant rett i busslomma ved {street} i går, så barna måtte stå i veien "
         "og vente på bussen. Kan dette ryddes før neste snøfall?"),
    ],
    "nn": [
        ("Vi i FAU ved {school} skule ber om fartsdump og gangfelt ved {street}. Bilane køyrer altfor fort forbi "
         "skulen om morgonen."),
        "Hei. Gatelyset langs skulevegen ved {street} har vore sløkt i fleire veker. Kan de fikse det?",
    ],
}


def make_vei_fau(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _VEI_FAU)
    p, email = private_sender(rng, world)
    s = {"school": pick(rng, SCHOOLS), "street": world.street().rsplit(" ", 1)[0]}
    body = _fill(pick(rng, _VEI_FAU[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang) + pick(
        rng, ["", "\nleder FAU", "\nFAU-leiar" if lang == "nn" else "\nFAU-leder"])
    subj = _topic_subject(rng, body, [("krysset|fartsdump", ["Trafikksikkerhet", "Farlig kryss", "Fartsdemper ved skolen"]),
                                      ("gatelys", ["Gatelys", "Gatelys skolevei", "Mørk skolevei"]),
                                      ("brøyte", ["Brøytekant i busslomma", "Brøyting", "Busslomma"])], ["Skolevei"])
    orig = _draft(tenant, p.name, email, subj, _noise(rng, body, lang), "vei_trafikk")
    if rng.random() < 0.5:
        return orig
    notes = {"nb": ["Fra FAU, sendes til journalføring og kommunalteknikk.", "Til journalføring. Skolen støtter henvendelsen."],
             "nn": ["Frå FAU, til journalføring og kommunalteknikk.", "Til journalføring. Skulen stør dette."]}
    emp, eemail, subject, fbody = _forward(rng, world, orig, notes, ["rektor", "Oppvekst"])
    return _draft(tenant, emp.name, eemail, subject, fbody, "vei_trafikk", av=orig.avsender, forwarded=_earlier(orig),
                  note="Rektor forwards FAU's road-safety mail: avsender is the FAU contact.")


_VEI_GRAV = [
    ("Gravemelding - {street}", ("Vi søker om graveløyve for legging av fiber i {street} fra {dag}, ca. 180 meter i "
     "fortauskant. Arbeidsvarslingsplan og kart følger vedlagt.")),
    ("Arbeidsvarsling {street}", ("Vedlagt arbeidsvarslingsplan for asfaltarbeid i {street} uke {week}. Veien blir "
     "stengt i to dager; omkjøring er skiltet. {ref}")),
    ("Ferdigmelding graving {street}", ("Grøfta i {street} ble lukket og reasfaltert {dag}. Vi ber om at kommunen "
     "kommer på sluttbefaring. {ref}")),
]


def make_vei_graving(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, pick(rng, ["entreprenør", "maskin", "elektro"]))
    street = world.street().rsplit(" ", 1)[0]
    subj, text = pick(rng, _VEI_GRAV)
    sak, ref = None, ""
    if "{ref}" in text and rng.random() < 0.5:
        case = world.open_case(tenant, "vei_trafikk", f"Gravemelding - {street}")
        sak, ref = case.sak, world.cite_phrase(case.sak)
    s = {"street": street, "dag": _day(rng), "week": str(rng.randint(36, 48)), "ref": ref}
    body = _fill(text, s).rstrip() + "\n\n" + name_or_sign_off(rng, world, p, "nb", firm=firm, email=email)
    atts = [AttachmentSpec("arbeidsvarslingsplan.pdf", "pdf", f"Arbeidsvarslingsplan\n{street}\n{firm.name}")] \
        if "edlagt" in text else []
    return _draft(tenant, p.name, email, _fill(subj, s), body, "vei_trafikk", sak=sak,
                  av=avsender(firm.name, email, _orgnr_if_shown(firm.orgnr, body)), attachments=atts)


# ======================================================================================
# bevilling, tilskudd, eiendomsskatt
# ======================================================================================

_BEV_ORIG = [
    ("Søknad om skjenkebevilling", ("Vi åpner kafé på {sted} til våren og ønsker bevilling til å servere øl og vin, "
     "alle dager til kl. 23. Styrer er {styrer} og stedfortreder er undertegnede. Skjema og kurs-bevis følger vedlagt.")),
    ("Ambulerende bevilling", ("Vi søker om ambulerende skjenkebevilling til bryllup i grendahuset på {sted} lørdag "
     "{dag}. Ca. 90 gjester. Det serveres vin og øl til maten.")),
    ("Utvidet skjenketid", ("Kan vi få utvidet skjenketid til kl. 02 natt til søndag {dag} i forbindelse med "
     "konserten på kaia? Vi har allerede ordinær bevilling.")),
    ("Serveringsbevilling - ny eier", ("Vi har overtatt driften av kafeen på {sted} fra nyttår og søker om "
     "serveringsbevilling. Firmaattest og skatteattest er vedlagt.")),
    ("Endring av styrer", ("Vi melder at {styrer} blir ny styrer for skjenkebevillingen fra neste måned. Bevis for "
     "bestått kunnskapsprøve ettersendes.")),
]


def make_bev_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, pick(rng, ["mat", "catering"]))
    subj, text = pick(rng, _BEV_ORIG)
    s = {"sted": pick(rng, ["kaia", "Storøy", "Kvitsand", "torget"]), "styrer": world.person().name, "dag": _day(rng)}
    body = _fill(text, s) + "\n\n" + name_or_sign_off(rng, world, p, "nb", firm=firm, email=email,
                                             title=pick(rng, ["daglig leder", "innehaver", "kjøkkensjef", "styrer"]))
    orig = _draft(tenant, firm.name, email, subj, body, "bevilling")
    notes = {"nb": ["Bevillingssøknad som kom til meg. Til journalføring.", "Journalfør, takk. Jeg tar saken."],
             "nn": ["Søknad om løyve som kom til meg. Til journalføring.", "Journalfør, takk. Eg tek saka."]}
    emp, eemail, subject, fbody = _forward(rng, world, orig, notes, ["Næring", "Servicetorget", "Næringsrådgjevar"])
    atts = [AttachmentSpec("soknadsskjema.pdf", "pdf", f"Søknad om bevilling\n{firm.name}")] if "vedlagt" in text else []
    return _draft(tenant, emp.name, eemail, subject, fbody, "bevilling",
                  av=avsender(firm.name, email, _orgnr_if_shown(firm.orgnr, body)), forwarded=_earlier(orig),
                  attachments=atts, note="Licence application forwarded by an employee: avsender is the firm.")


_TS_ORIG = {
    "nb": [
        ("Vedlagt søknad om kulturmidler for {lag} til innkjøp av nye uniformer. Vi beklager at den kommer til "
         "deg og ikke til postmottak."),
        ("Her er rapporten for tilskuddet {lag} fikk i fjor. Pengene gikk til leie av hall og trener til "
         "jentelaget. Regnskap ligger ved."),
        "Søknad om tilskudd til 17. mai-arrangementet i regi av {lag}. Budsjett: kr {kr}. Se vedlegg.",
        ("Hei! Vi søker om tilskudd til nærmiljøtiltak for {lag}: ny gapahuk ved badeplassen, kr {kr}. "
         "Søknadsskjemaet på nettsida virket ikke, så jeg sender det slik."),
        "Kan {lag} få utsatt frist for rapporten til 1. desember? Kassereren har flyttet og vi må finne bilagene.",
    ],
    "nn": [
        "Vedlagt søknad om kulturmidlar for {lag} til nytt lydanlegg i grendahuset.",
        "Her er rapporten for tilskotet {lag} fekk i fjor, med rekneskap.",
    ],
}


def make_ts_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _TS_ORIG)
    p, email = private_sender(rng, world)
    lag = pick(rng, ["Storøy songlag", "Kvitsand IL", "Vestvika skulekorps", "Lillevik ungdomslag", "Nesbakken sjakklubb"])
    body = _fill(pick(rng, _TS_ORIG[lang]), {"lag": lag, "kr": f"{rng.randint(8, 45)} 000"})
    body += "\n\n" + name_or_sign_off(rng, world, p, lang) + f"\n{pick(rng, ['kasserer', 'leder', 'leiar', 'styremedlem'])}, {lag}"
    orig = _draft(tenant, p.name, email, pick(rng, ["Kulturmidler", "Søknad om tilskudd", "Rapport tilskudd",
                                                    "Kulturmidlar"]), body, "tilskudd")
    notes = {"nb": ["Til journalføring, søknad om kulturmidler.", "Kom til meg. Journalfør på tilskuddsrunden, takk."],
             "nn": ["Til journalføring, søknad om kulturmidlar.", "Kom til meg. Journalfør, takk."]}
    emp, eemail, subject, fbody = _forward(rng, world, orig, notes, ["Kultur", "Kulturkontoret", "Kultur og fritid"])
    atts = [AttachmentSpec(pick(rng, ["soknad.pdf", "rapport_regnskap.pdf", "budsjett.docx"]), "pdf",
                           f"Søknad/rapport\n{lag}")]
    return _draft(tenant, emp.name, eemail, subject, fbody, "tilskudd", av=orig.avsender, forwarded=_earlier(orig),
                  attachments=atts, note="Grant mail forwarded by the culture office: avsender is the club's contact.")


_ES_ORIG = {
    "nb": [
        ("Kjære ordfører. Eiendomsskatten på hytta vår på {adr} er nesten doblet etter den nye taksten. Hytta har "
         "ikke innlagt vann og ligger uten veiforbindelse. Kan du sørge for at noen ser på "
         "taksten igjen?"),
        ("Til ordføreren: Taksten for {adr} (gnr. {gnr}/{bnr}) er satt som om huset er nytt. Det er fra 1952 og har "
         "store fuktskader. Jeg klager på taksten."),
    ],
    "nn": [
        ("Kjære ordførar. Eigedomsskatten på naustet vårt på {adr} er urimeleg høg. Det er eit gamalt naust utan "
         "straum. Eg klagar på taksten."),
    ],
}


def make_es_ordforer(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _ES_ORIG)
    p, email = private_sender(rng, world)
    prop = world.property()
    s = {"adr": prop.address, "gnr": str(prop.gnr), "bnr": str(prop.bnr)}
    body = _fill(pick(rng, _ES_ORIG[lang]), s) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    orig = _draft(tenant, p.name, email, pick(rng, ["Eiendomsskatt", "Klage på takst", "Til ordføreren",
                                                    "Eigedomsskatt"]), _noise(rng, body, lang), "eiendomsskatt")
    if rng.random() < 0.3:
        orig.accept = [{"category": "politisk", "sak": None}]
        orig.note = "Written to the mayor but it is a complaint on the property-tax valuation: eiendomsskatt."
        return orig
    notes = {"nb": ["Fra ordførerens innboks. Dette er en klage på takst - til journalføring og behandling i eiendomsskattekontoret.",
                    "Til journalføring som klage på eiendomsskatt."],
             "nn": ["Frå innboksen til ordføraren. Klage på takst, til journalføring.", "Til journalføring som klage på eigedomsskatt."]}
    emp, eemail, subject, fbody = _forward(rng, world, orig, notes, ["Ordførerens kontor", "Politisk sekretariat"])
    return _draft(tenant, emp.name, eemail, subject, fbody, "eiendomsskatt", av=orig.avsender,
                  forwarded=_earlier(orig), accept=[{"category": "politisk", "sak": None}],
                  note="A valuation complaint sent to the mayor and forwarded: eiendomsskatt; politisk defensible.")


# ======================================================================================
# rekruttering (always P25)
# ======================================================================================

_REK_MEMO_N = {
    "nb": [
        ("Innstilling - {job}\n\nEtter intervjuer {dag} innstilles {cand} som nummer én og {cand2} som nummer to. "
         "Begge har relevant utdanning; {cand} har lengst erfaring. Ber HR sende tilbud."),
        ("Vi ønsker å kalle inn {cand} og {cand2} til andregangsintervju for stillingen som {job}. Kan HR innhente "
         "referanser og politiattest for begge?"),
    ],
    "nn": [
        ("Innstilling - {job}\n\nEtter intervju {dag} vert {cand} innstilt som nummer éin. {cand2} er reserve. "
         "Ber HR sende tilbod."),
    ],
}
_REK_MEMO_X = {
    "nb": ["Referansesjekk for {cand}, {job}: To referanser kontaktet {dag}, begge positive. Notat til saken."],
    "nn": ["Referansesjekk for {cand}, {job}: Begge referansane var positive. Til orientering."],
}
_JOBS = ["lærer 100 %", "barnehagelærer", "sykepleier natt", "helsefagarbeider", "ingeniør VA", "byggesaksbehandler",
         "konsulent lønn", "vernepleier"]


def make_rek_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    cand, cand2 = world.person(), world.person()
    job = pick(rng, _JOBS)
    followup = rng.random() < 0.65
    text = _fill(pick(rng, (_REK_MEMO_N if followup else _REK_MEMO_X)[lang]),
                 {"cand": cand.name, "cand2": cand2.name, "job": job, "dag": _day(rng)})
    case = world.open_case(tenant, "rekruttering", f"Tilsetting - {job[0].upper() + job[1:]}")
    cited = rng.random() < 0.6
    ref = world.cite(case.sak)
    subject = pick(rng, [f"Tilsetting {job} - {ref}", f"{ref} innstilling", f"Rekruttering {job} ({ref})"]) if cited \
        else pick(rng, [f"Innstilling {job}", "Rekruttering", f"Stillingen som {job}"])
    body = text + "\n\n" + _staff_sig(rng, world, emp, pick(rng, ["enhetsleder", "rektor", "avdelingsleder"]), tenant)
    return _draft(tenant, emp.name, email, subject, body, "rekruttering", jpt="N" if followup else "X",
                  skjerming="P25", sak=case.sak if cited else None, personnavn=[cand.name, cand2.name],
                  note="Hiring manager's memo: P25; candidates screened.")


_REK_ORIG = {
    "nb": [
        ("Hei! Jeg så at dere trenger {job} fra januar. Jeg er ferdig utdannet til jul og har hatt praksis hos "
         "dere. Jeg sender søknad og CV direkte til deg, håper det går bra."),
        ("Jeg ønsker å søke på vikariatet som {job}. Jeg har jobbet som vikar i nabokommunen i to år. "
         "Søknad og vitnemål ligger ved."),
        ("Viser til samtalen på telefon. Her er søknaden min på sommerjobb som {job}. Jeg er 18 år og går "
         "helsefag på videregående."),
        "Søknad på stilling som {job}, se vedlegg.",
    ],
    "nn": ["Hei. Eg søkjer på stillinga som {job}. Søknad og CV ligg ved. Eg kan byrje på kort varsel.",
           "Eg vil gjerne stå på vikarlista som {job}. CV ligg ved, og eg kan ta både helg og kveld."],
    "en": [("Dear Sir/Madam, please consider me for the {job} vacancy. I trained as a nurse in Spain and "
           "speak Norwegian at B2 level. My CV is attached.")],
}


def make_rek_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = variant_lang(rng, tenant, _REK_ORIG, english=0.1)
    p, email = private_sender(rng, world)
    body = _fill(pick(rng, _REK_ORIG[lang]), {"job": pick(rng, _JOBS)}) + "\n\n" + name_or_sign_off(rng, world, p, lang)
    orig = _draft(tenant, p.name, email, pick(rng, ["Søknad", "Søknad på stilling", "Jobbsøknad", "Application"
                                                    if lang == "en" else "Stillinga"]), body, "rekruttering")
    notes = {"nb": ["Søknad sendt direkte til meg. Til journalføring i rekrutteringssaken.", "Til journalføring, jobbsøknad."],
             "nn": ["Søknad send direkte til meg. Til journalføring.", "Til journalføring, jobbsøknad."]}
    emp, eemail, subject, fbody = _forward(rng, world, orig, notes, ["rektor", "enhetsleder", "HR"])
    atts = [AttachmentSpec(f"CV_{p.last}.pdf", "pdf", f"CV\n{p.name}"), AttachmentSpec("soknad.docx", "docx",
                                                                                        f"Søknad\n{p.name}")]
    return _draft(tenant, emp.name, eemail, subject, fbody, "rekruttering", skjerming="P25", av=orig.avsender,
                  forwarded=_earlier(orig), personnavn=[p.name], attachments=atts,
                  note="Application forwarded by the leader it was sent to: avsender is the applicant; P25.")


# ======================================================================================
# anskaffelse
# ======================================================================================

_ANS_MEMO = [  # (skjerming, jpt, text)
    ("F13", "N", ("Evaluering - {proc}\n\n{f1}: pris kr {p1} eks. mva, kvalitet 7/10.\n{f2}: pris kr {p2} eks. mva, "
                 "kvalitet 8/10.\n\nVi anbefaler tildeling til {f2}. Ber innkjøp sende tildelingsbrev.")),
    ("F13", "X", ("Protokoll fra tilbudsåpning - {proc}\n\nMottatt tre tilbud innen fristen. Laveste pris: {f1}, "
                 "kr {p1}. Til orientering.")),
    (None, "N", ("Behovsmelding - {proc}\n\nEnheten trenger ny avtale fra 1. januar. Dagens avtale løper ut. "
                "Estimert verdi under terskel. Ber innkjøp starte prosessen.")),
    (None, "X", "Kontrakten for {proc} er signert av begge parter {dag}. Notat til saken."),
]


def make_ans_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    proc = pick(rng, ["renhold i barnehagene", "skolemøbler", "brøyting rode 4", "arbeidsklær hjemmetjenesten",
                      "IT-utstyr til skolene", "matlevering til sykehjemmet"])
    skj, jpt, text = pick(rng, _ANS_MEMO)
    s = {"proc": proc, "f1": world.firm().name, "f2": world.firm().name, "p1": f"{rng.randint(200, 900)} {rng.randint(100, 999)}",
         "p2": f"{rng.randint(200, 900)} {rng.randint(100, 999)}", "dag": _day(rng)}
    case = world.open_case(tenant, "anskaffelse", f"Anskaffelse - {proc[0].upper() + proc[1:]}")
    cite = rng.random() < 0.6
    subject = pick(rng, [f"Anskaffelse {proc}", "Innkjøp", f"Evaluering/oppfølging {proc}"]) + \
        (f" - {world.cite(case.sak)}" if cite else "")
    body = _fill(text, s) + "\n\n" + _staff_sig(rng, world, emp, pick(rng, ["Innkjøp", "Enhetsleder drift", "Prosjektleder"]), tenant)
    return _draft(tenant, emp.name, email, subject, body, "anskaffelse", jpt=jpt, skjerming=skj,
                  sak=case.sak if cite else None,
                  note="Internal procurement memo: F13 when tender prices show; N/X by follow-up.")


_ANS_ORIG = [
    ("F13", "Tilbud - {proc}", ("Vedlagt følger vårt tilbud på {proc}. Totalpris kr {p} eks. mva. Prisene er "
                               "forretningshemmeligheter og bes unntatt offentlighet.")),
    ("F13", "Revidert pris {proc}", ("Etter avklaringsmøtet justerer vi timeprisen til kr {hour} og rabatten på "
                                    "materiell til 14 %. Øvrige vilkår som i tilbudet.")),
    (None, "Spørsmål til konkurransen", ("Vi har et spørsmål til konkurransen om {proc}: Er det krav om "
                                        "miljøsertifisering av underleverandører? Svar ønskes før fristen.")),
    ("F13", "Tilbud {proc} - rettet versjon", ("Vi oppdaget en regnefeil i prisskjemaet. Korrekt sum er kr {p} eks. "
                                               "mva. Oppdatert skjema er vedlagt.")),
    (None, "Befaring?", "Blir det befaring i forbindelse med konkurransen om {proc}? Vi ønsker å delta med to personer."),
]


def make_ans_videresendt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    proc, trade = pick(rng, [("renhold av rådhuset", "renhold"), ("snøbrøyting", "maskin"),
                             ("nye PC-er til skolene", "it"), ("vaktmestertjenester", "bygg"),
                             ("rådgivning i reguleringsarbeid", "konsult")])
    p, firm, email = firm_sender(rng, world, trade)
    skj, subj, text = pick(rng, _ANS_ORIG)
    s = {"proc": proc, "p": f"{rng.randint(150, 2500)} {rng.randint(100, 999)}", "hour": str(rng.randint(650, 1250))}
    body = _fill(text, s) + "\n\n" + name_or_sign_off(rng, world, p, "nb", firm=firm, email=email,
                                             title=pick(rng, ["daglig leder", "salgssjef", "tilbudsansvarlig", "markedssjef"]))
    orig = _draft(tenant, firm.name, email, _fill(subj, s), body, "anskaffelse")
    notes = {"nb": ["Dette kom til meg som prosjektleder. Til journalføring i anskaffelsessaken.",
                    "Til journalføring. NB: inneholder priser."],
             "nn": ["Kom til meg som prosjektleiar. Til journalføring.", "Til journalføring. NB: inneheld prisar."]}
    if skj is None:
        notes = {"nb": ["Spørsmål i konkurransen, til journalføring.", "Til journalføring."],
                 "nn": ["Spørsmål i konkurransen, til journalføring.", "Til journalføring."]}
    emp, eemail, subject, fbody = _forward(rng, world, orig, notes, ["Innkjøp", "Eiendom", "Prosjektleder"])
    atts = [AttachmentSpec("tilbud.pdf", "pdf", f"Tilbud\n{firm.name}\n{proc}\nkr {s['p']}")] if skj else []
    return _draft(tenant, emp.name, eemail, subject, fbody, "anskaffelse", skjerming=skj,
                  av=avsender(firm.name, email, _orgnr_if_shown(firm.orgnr, body)), forwarded=_earlier(orig),
                  attachments=atts, note="Supplier mail forwarded by the project lead: avsender is the supplier.")


# ======================================================================================
# out of scope: nyhetsbrev
# ======================================================================================

_NEWS = [
    ("Byggfag Nytt", "nyhetsbrev@byggfagnytt.no",
     ["Nye krav til energi i TEK - dette må byggesaksbehandlere vite", "Endringer i byggesaksforskriften fra 1. januar",
      "Webinar: Dispensasjoner etter ny praksis"],
     ("Denne uka: Departementet har sendt ut forslag om endringer i byggteknisk forskrift. Vi går gjennom hva "
     "det betyr for søknader om tilbygg og garasjer, og hvorfor mange kommuner må oppdatere sjekklistene "
     "sine.\n\nLes mer på nettsiden vår.\n\nDu mottar denne e-posten fordi du abonnerer på Byggfag Nytt. "
     "Meld deg av her.")),
    ("Barnehagefaglig forum", "post@bhg-forum.no",
     ["Kurs: Språkarbeid i flerkulturelle barnehager", "Påmelding åpen: Styrerkonferansen 2027"],
     ("Vi inviterer styrere og pedagogiske ledere til to dager med faglig påfyll i {sted}. Tidlig-pris kr "
     "{kr},- gjelder til {dag}. Begrenset antall plasser.\n\nAvmelding fra nyhetsbrevet: klikk her.")),
    ("Kommunal Innsikt", "redaksjon@kommunalinnsikt.no",
     ["Ukens innsikt: Innsynskrav øker kraftig", "Slik håndterer du offentleglova i praksis",
      "Nyhetsbrev uke {week}"],
     ("Antallet innsynskrav til kommunene har økt med 40 prosent på fem år. I denne utgaven forteller tre "
     "arkivledere hvordan de har organisert arbeidet.\n\nIkke interessert lenger? Avslutt abonnementet.")),
    ("VA-Forum", "nyhet@vaforum-norge.no",
     ["Nye gebyrregler for vann og avløp - dette gjelder fra nyttår", "VA-Forum nyhetsbrev {week}/2026"],
     ("Departementet har fastsatt nye regler for beregning av vann- og avløpsgebyr. Vi har samlet det "
     "viktigste for kommunene, og inviterer til gratis frokostseminar i {sted}.\n\nAvslutt abonnement: lenke i bunnen.")),
    ("Plan og Areal Magasinet", "post@planogareal.no",
     ["Temanummer: Medvirkning i reguleringsplaner", "Slik lykkes kommunene med kommuneplanens arealdel"],
     ("I denne utgaven: Tre planleggere forteller hvordan de fikk flere innbyggere til å sende merknader til "
     "planforslag. Pluss: nye veiledere fra departementet.\n\nDu abonnerer på Plan og Areal Magasinet.")),
    ("Helsefag Kurs", "kurs@helsefagkurs.no",
     ["Fagdag om demens og velferdsteknologi", "Siste sjanse: kurs i legemiddelhåndtering"],
     ("Meld på hele avdelingen! Fagdagen passer for sykepleiere og helsefagarbeidere i hjemmetjenesten. "
     "Pris kr {kr} per deltaker.\n\nDu får denne e-posten fordi du tidligere har deltatt på våre kurs.")),
]


def make_ny_fagnytt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    name, email, subjects, body = pick(rng, _NEWS)
    s = {"sted": pick(rng, ["Bergen", "Ålesund", "Trondheim", "Stavanger"]), "kr": str(rng.randint(24, 69) * 100),
         "dag": _day(rng), "week": str(rng.randint(32, 50))}
    who = world.person().first
    intro = pick(rng, ["", f"Hei {who},\n\n", "Kjære abonnent!\n\n", "God morgen!\n\n", f"Hei {who}!\n\n",
                       "Se nettversjon | Del på e-post\n\n", "Til deg som jobber i kommunen\n\n"])
    outro = pick(rng, ["", f"\n\n{name}, {pick(rng, ['Oslo', 'Bergen', 'Trondheim'])}",
                       "\n\nPersonvern: Vi lagrer kun e-postadressen din.", f"\n\nRedaktør: {world.person().name}",
                       "\n\nFølg oss i sosiale medier."])
    body = intro + body + outro
    return _draft(tenant, name, email, _fill(pick(rng, subjects), s), _fill(body, s), "nyhetsbrev", style="bulk",
                  html=True, extra_headers={"List-Unsubscribe": f"<mailto:unsubscribe@{email.split('@')[1]}>"},
                  note="Newsletter about building rules, innsyn, kindergartens or care: looks in scope, is not.")


_INTERN_NEWS = {
    "nb": [
        ("Ukebrev fra kommunedirektøren - uke {week}",
         ("Hei alle sammen!\n\nDenne uka har kommunestyret behandlet budsjettet, og jeg vil takke alle som har bidratt. "
         "Husk også at influensavaksinering for ansatte starter på mandag i kantina.\n\nGod helg!\n{boss}\nKommunedirektør")),
        ("Påminnelse: medarbeiderundersøkelsen",
         ("Fristen for å svare på medarbeiderundersøkelsen er fredag. Svarprosenten er nå {pct} %. Lenken ligger "
         "i e-posten du fikk forrige uke.\n\nHilsen HR")),
        ("Nytt fra IKT", ("Nye PC-er rulles ut i rådhuset uke {week}. Husk å lagre filene dine i OneDrive før "
         "byttet.\n\nIKT-tjenesten")),
        ("Nytt på intranettet",
         ("Nye rutiner for reiseregninger er publisert. Personalhåndboka er oppdatert. Julebordet blir {dag} - "
         "påmelding på intranettet.\n\nKommunikasjonsavdelingen")),
    ],
    "nn": [
        ("Vekebrev frå kommunedirektøren - veke {week}",
         ("Hei alle!\n\nTakk for innsatsen med budsjettet. Minner om at ny versjon av sak/arkiv kjem i november, "
         "med opplæring for alle.\n\nHelsing\n{boss}\nKommunedirektør")),
        ("Nytt frå HR", "Minner om fristen for medarbeidarundersøkinga fredag. Svarprosenten er no {pct} %."),
    ],
}


def make_ny_internt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    boss, email = world.employee(tenant)
    if rng.random() < 0.5:
        email = f"kommunikasjon@{TENANTS[tenant]['domain']}"
    subj, body = pick(rng, _INTERN_NEWS[lang])
    body = (pick(rng, ["", "Til alle tilsette\n\n" if lang == "nn" else "Til alle ansatte\n\n", "[Internt]\n\n",
                       "Vis i nettlesar\n\n" if lang == "nn" else "Vis i nettleser\n\n"])
            + body + pick(rng, ["", "\n\nLes meir på intranettet." if lang == "nn" else "\n\nLes mer på intranettet.",
                                "\n\nDenne e-posten går til alle med kommunal e-postadresse."]))
    s = {"week": str(rng.randint(32, 50)), "boss": boss.name, "dag": _day(rng), "pct": str(rng.randint(31, 78))}
    return _draft(tenant, "Kommunikasjon" if email.startswith("kommunikasjon") else boss.name, email, _fill(subj, s),
                  _fill(body, s), "nyhetsbrev", html=rng.random() < 0.5, accept=[{"category": "intern"}],
                  note="The kommune's own staff newsletter: not journalført (nyhetsbrev; intern defensible).")


# ======================================================================================
# out of scope: spam
# ======================================================================================

def make_spam_it(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    dom = TENANTS[tenant]["domain"]
    kommune = kommune_name(tenant)
    fake = pick(rng, [f"{dom.split('.')[0]}-it-support.com", "m365-secure-login.net", "office-mailbox-verify.com",
                      f"{dom.replace('.', '-')}.sharepoint-docs.io"])
    case_like = world.cite(world.new_saknr())  # looks like a case number, never an open case
    kind = rng.randrange(6)
    if kind == 4:
        name, subject = "Telefonsvarer", f"Ny talemelding ({rng.randint(0, 1)}:{rng.randint(10, 59)}) fra {world.phone()}"
        body = (f"Du har mottatt en ny talemelding i {kommune} sitt telefonsystem. Lytt til meldingen her:\n"
                f"https://{fake}/voicemail\n\nMeldingen slettes etter 48 timer.")
    elif kind == 5:
        name = "DocuSign"
        subject = f"Kontrakt til signering: {pick(rng, ['Rammeavtale renhold', 'Tilskuddsavtale', 'Leieavtale'])} {case_like}"
        body = (f"{world.person().name} venter på signaturen din.\n\nÅPNE OG SIGNER: https://{fake}/sign\n\n"
                "Ikke del denne e-posten med andre.")
    elif kind == 0:
        name, subject = f"IT-avdelingen {kommune}", pick(rng, ["Passordet ditt utløper om 24 timer", "Handling kreves: bekreft kontoen"])
        body = (f"Kjære ansatt,\n\nPassordet for {TENANTS[tenant]['postmottak']} utløper i dag. For å beholde samme "
                f"passord må du bekrefte innloggingen din her:\n\nhttps://{fake}/behold-passord\n\nHilsen IT-avdelingen")
    elif kind == 1:
        name, subject = "Microsoft 365", pick(rng, ["Du har 4 meldinger i karantene", "Meldinger ble holdt tilbake"])
        body = (f"Microsoft 365 har holdt tilbake {rng.randint(3, 9)} innkommende meldinger til postmottaket. "
                f"Se gjennom og frigi dem før de slettes automatisk:\n\nhttps://{fake}/quarantine\n\nMicrosoft Corporation")
    elif kind == 2:
        name, subject = "SharePoint", f"Et dokument er delt med deg: Byggesak {case_like} - vedtak.pdf"
        body = (f"Et dokument er delt med deg.\n\nByggesak {case_like} - vedtak.pdf\n\nÅpne i SharePoint: "
                f"https://{fake}/doc\n\nLenken utløper om tre dager.")
    else:
        name, subject = "Helpdesk", pick(rng, ["Your mailbox is almost full", "Mailbox storage 98%"])
        body = (f"Your mailbox has exceeded the storage limit set by your administrator. You may not be able to "
                f"receive new mail until you upgrade: https://{fake}/upgrade\n\nIT Service Desk")
    email = pick(rng, ["no-reply", "support", "it", "admin"]) + "@" + fake
    return _draft(tenant, name, email, subject, body, "spam", html=rng.random() < 0.7,
                  note="Phishing dressed as the kommune's IT or Microsoft 365: spam, even when a case number shows.")


def make_spam_tjenester(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    kommune = kommune_name(tenant)
    kind = rng.randrange(4)
    if kind == 0:
        name, email = "Altinn", pick(rng, ["varsel@altinn-melding.com", "no-reply@altinn-no.info"])
        subject = pick(rng, ["Ny melding venter i Altinn-innboksen", "Ulest melding fra Skatteetaten i Altinn"])
        body = (f"{kommune} har en ulest melding i innboksen i Altinn som krever handling innen {rng.randint(2, 5)} "
                "dager. Meldingen åpnes her etter innlogging: https://altinn-melding.com/innboks")
    elif kind == 1:
        name, email = "ID-porten", pick(rng, ["sikkerhet@idporten-verify.net", "noreply@id-porten.eu"])
        subject = pick(rng, ["Din elektroniske ID må fornyes", "Verifiser din identitet"])
        body = pick(rng, [
            ("Vi oppdaterer sikkerhetsløsningen i ID-porten. Brukere som ikke verifiserer seg innen fredag "
             "mister tilgangen til offentlige tjenester. Verifiser her: https://idporten-verify.net/login"),
            (f"Hei {world.person().first}. Din MinID er låst etter {rng.randint(3, 6)} mislykkede innloggingsforsøk. "
             "Lås opp kontoen innen 24 timer: https://id-porten.eu/unlock"),
            (f"Viktig: Innloggingen for {kommune} til offentlige tjenester må bekreftes på nytt før "
             f"{_day(rng)}. Klikk her og logg inn med BankID."),
        ])
    elif kind == 2:
        name, email = "DNB Bedrift", pick(rng, ["kundeservice@dnb-bedrift-sikker.com", "varsel@dnb-nettbank.info"])
        subject = pick(rng, ["Betaling stoppet - bekreft mottaker", "BankID for bedrift utløper"])
        body = (f"En utbetaling på kr {rng.randint(20, 480)} {rng.randint(100, 999)},00 fra konto til {kommune} er "
                "stoppet. Bekreft betalingen innen 12 timer, ellers blir den avvist:\nhttps://dnb-bedrift-sikker.com")
    else:
        boss = world.person()
        name = f"{boss.name} (ordfører)"
        email = f"{boss.first.lower()}.ordforer{rng.randint(1, 99)}@{pick(rng, ['gmail.com', 'outlook.com'])}" \
            .replace("ø", "o").replace("å", "a").replace("æ", "ae")
        subject = pick(rng, ["Haster", "Er du ved PC-en?", "Liten tjeneste"])
        body = pick(rng, ["Hei. Er du tilgjengelig? Sitter i møte og trenger at du ordner noe for meg raskt. "
                          "Svar på denne e-posten.\n\n" + boss.first,
                          ("Jeg trenger 6 gavekort à kr 1000 til en oppmerksomhet for ansatte i dag. Kjøp dem og "
                          "send meg kodene, så ordner vi refusjon i morgen. Ikke ring, er i møte.")])
    if kind < 3 and rng.random() < 0.5:
        body = pick(rng, ["Kjære kunde,\n\n", "Hei,\n\n", f"Til {kommune}\n\n", "VIKTIG!\n\n"]) + body
    return _draft(tenant, name, email, subject, body, "spam", html=rng.random() < 0.5,
                  note="Phishing or CEO fraud posing as Altinn, ID-porten, the bank or the mayor.")


# ======================================================================================
# out of scope: autosvar
# ======================================================================================

_CASE_SUBJECTS = ["Byggesak {ref} - tilbygg gnr {gnr} bnr {bnr}", "Vedtak om barnehageplass - {ref}",
                  "Innsynskrav - svar ({ref})", "Mangelbrev {ref}", "Søknad om skoleskyss - {ref}",
                  "Kommunestyret - innkalling", "Gravemelding {ref}"]
_OOO = {
    "nb": [("Takk for e-posten. Jeg er på ferie til og med {dag} og leser ikke e-post. Haster det, kontakt "
           "postmottak eller sentralbordet."),
           "Jeg er på kurs og tilbake {dag}. E-posten blir ikke videresendt.",
           "Automatisk svar: Jeg er borte fra jobb en periode. Saker kan sendes til {alt}."],
    "nn": ["Takk for e-posten. Eg er på ferie til {dag} og les ikkje e-post. Ved hastesaker, kontakt sentralbordet.",
           "Eg er borte frå jobb fram til {dag}. E-posten vert ikkje vidaresend."],
    "en": ["Thanks for your message. I'm away until {dag} and will reply when I'm back. Urgent? Please contact {alt}."],
}


def make_as_fravaer(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick(rng, ["nb", "nb", "nn", "en"]) if tenant == "havoy" else pick(rng, ["nb", "nb", "nb", "en"])
    external = rng.random() < 0.5
    if external:
        p, _firm, email = firm_sender(rng, world)
    else:
        p, email = world.employee(tenant)
    prop = world.property()
    ref = world.cite(world.unknown_saknr() if rng.random() < 0.5 else world.new_saknr())
    subj = _fill(pick(rng, _CASE_SUBJECTS), {"ref": ref, "gnr": str(prop.gnr), "bnr": str(prop.bnr)})
    alt = world.person()
    body = _fill(pick(rng, _OOO[lang]), {"dag": _day(rng), "alt": alt.name}) + "\n\n" + p.name
    prefix = pick(rng, ["Automatisk svar: ", "Fraværsmelding: ", "Autosvar: ", "Automatic reply: ", "Out of Office: "])
    if rng.random() < 0.3:
        body += pick(rng, [f"\n\n[Opprinnelig emne: {subj}]", f"\n\nGjelder din melding: {subj}"])
    return _draft(tenant, p.name, email, prefix + subj, body, "autosvar",
                  extra_headers={"Auto-Submitted": "auto-replied"}, style="system" if rng.random() < 0.5 else None,
                  note="Out-of-office reply quoting a case subject: autosvar, sak null even if the number exists.")


def make_as_ndr(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    prop = world.property()
    ref = world.cite(world.new_saknr())
    subj = _fill(pick(rng, _CASE_SUBJECTS), {"ref": ref, "gnr": str(prop.gnr), "bnr": str(prop.bnr)})
    p = world.person()
    rcpt = world.private_email(p) if rng.random() < 0.6 else f"post@{world.firm().domain}"
    dom = TENANTS[tenant]["domain"]
    kind = rng.randrange(3)
    if kind == 0:
        name, email = "Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}"
        subject = f"Kan ikke leveres: {subj}"
        body = (f"Meldingen din til {rcpt} ble ikke levert.\n\nMottakerens postboks er full og kan ikke motta "
                "meldinger nå. Prøv å sende meldingen på nytt senere, eller kontakt mottakeren direkte.")
    elif kind == 1:
        name, email = "Mail Delivery System", f"MAILER-DAEMON@mx.{dom}"
        subject = "Returned mail: see transcript for details"
        body = (f"The original message was received from {TENANTS[tenant]['postmottak']}.\n\n----- The following "
                f"addresses had permanent fatal errors -----\n<{rcpt}>\n    (reason: 550 5.1.1 mailbox unavailable)")
    else:
        name, email = "Postmaster", f"postmaster@{dom}"
        subject = f"Ikke levert: {subj}"
        body = f"Leveringen til {rcpt} mislyktes fordi domenet ikke finnes. Kontroller adressen."
    original = EarlierMessage(kommune_name(tenant), TENANTS[tenant]["postmottak"], subj,
                              "Vedlagt følger vedtak i saken.", to=rcpt)
    return _draft(tenant, name, email, subject, body, "autosvar", dsn=True, style="system", quoted=original,
                  note="Bounce of the kommune's own letter in a case: autosvar, sak null.")


# ======================================================================================
# out of scope: faktura
# ======================================================================================

def make_fa_prosjekt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world, pick(rng, ["bygg", "entreprenør", "arkitekt", "konsult", "rør"]))
    email = pick(rng, ["faktura@", "regnskap@", "okonomi@"]) + firm.domain
    nr = rng.randint(20000, 89999)
    proj = pick(rng, ["Rehabilitering av {s} skole", "Nytt tak {s} barnehage", "Omsorgsboliger {s}",
                      "VA-anlegg {s} boligfelt"]).format(s=pick(rng, SCHOOLS))
    ref = world.cite(world.new_saknr()) if rng.random() < 0.6 else f"P-{rng.randint(1000, 9999)}"
    belop = f"{rng.randint(12, 980)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    body = pick(rng, [
        f"Vedlagt faktura {nr} for {proj}, deres ref. {ref}.\nBeløp inkl. mva: kr {belop}\nForfall 30 dager.\n\n{firm.name}\nOrg.nr. {firm.orgnr}",
        f"Hei\n\nSender a konto-faktura nr. {nr} for arbeid utført i september, prosjekt {proj} (ref {ref}).\n\nMvh\n{p.name}\n{firm.name}\nOrg.nr {firm.orgnr}",
        f"Faktura {nr}\nProsjekt: {proj}\nDeres bestiller: {world.person().name}\nRef: {ref}\nÅ betale: kr {belop}\n\n{firm.name} - Org.nr. {firm.orgnr}",
    ])
    atts = [AttachmentSpec(f"Faktura_{nr}.pdf", "pdf", f"Faktura {nr}\n{firm.name}\nOrg.nr {firm.orgnr}\n{proj}\nRef {ref}\nkr {belop}")]
    return _draft(tenant, firm.name, email, pick(rng, [f"Faktura {nr}", f"Faktura {nr} - {proj}", f"Faktura ref {ref}"]),
                  body, "faktura", av=avsender(firm.name, email, firm.orgnr), attachments=atts,
                  note="An invoice citing a project or case number is still faktura: sak null.")


def make_fa_purring(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, firm, email = firm_sender(rng, world)
    email = pick(rng, ["inkasso@", "faktura@", "post@"]) + firm.domain
    nr = rng.randint(10000, 99999)
    belop = f"{rng.randint(2, 60)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    body = pick(rng, [
        f"Purring\n\nFaktura {nr} med forfall {_day(rng)}2026 er fortsatt ubetalt. Utestående: kr {belop} + purregebyr kr 35.\n\n{firm.name}\nOrg.nr. {firm.orgnr}",
        f"Hei. Vi har ikke mottatt betaling for faktura {nr} (prosjekt {world.cite(world.new_saknr())}). Ber om at dette ordnes snarest.\n\n{p.name}\n{firm.name}",
        f"Inkassovarsel\n\nDersom kr {belop} (faktura {nr}) ikke er betalt innen 14 dager, sendes kravet til inkasso.\n\n{firm.name}, org.nr {firm.orgnr}",
    ])
    stated = _orgnr_if_shown(firm.orgnr, body)
    d = _draft(tenant, firm.name, email, pick(rng, [f"Purring faktura {nr}", "Påminnelse: ubetalt faktura",
                                                    f"Inkassovarsel {nr}"]), body, "faktura",
               av=avsender(firm.name, email, stated))
    if rng.random() < 0.4:
        emp, eemail = world.employee(tenant)
        note = pick(rng, ["Denne kom til meg, hører vel til økonomi?", "Videresender purring - ikke journalføring, men til regnskap."])
        return _draft(tenant, emp.name, eemail, "VS: " + d.subject, note + "\n\n" + emp.name, "faktura",
                      av=d.avsender, forwarded=_earlier(d),
                      note="Payment reminder forwarded by an employee: faktura, avsender is the creditor.")
    return d


# ======================================================================================
# out of scope: systemvarsel, intern, privat
# ======================================================================================

def make_sys_drift(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    dom = TENANTS[tenant]["domain"]
    kind = rng.randrange(5)
    if kind == 0:
        name, email = "Backupvarsel", f"backup@{dom}"
        subject = f"Sikkerhetskopi {pick(rng, ['fullført med advarsler', 'feilet', 'OK'])} - {pick(rng, ['ARKIV01', 'FIL02', 'SQL03'])}"
        body = f"Jobb startet {rng.randint(0, 4):02d}:{rng.randint(0, 59):02d}. {rng.randint(2, 40)} filer kunne ikke kopieres (i bruk). Se logg."
    elif kind == 1:
        name, email = "Lisensportal", "licensing@software-vendor-portal.com"
        subject = pick(rng, ["Lisensen for sak/arkiv utløper om 14 dager", "License renewal notice"])
        body = f"Lisensavtalen for {kommune_name(tenant)} (kundenr. {rng.randint(10000, 99999)}) må fornyes. Kontakt din forhandler."
    elif kind == 2:
        name, email = "Passordvarsel", f"noreply@{dom}"
        subject = "Passordet ditt utløper om 5 dager"
        body = ("Passordet for kontoen din utløper snart. Bytt passord ved å trykke Ctrl+Alt+Del på en kommunal PC, "
                "eller via selvbetjeningsportalen på intranettet. Dette er en automatisk melding.")
    elif kind == 3:
        name, email = "Skriver 2. etg", f"mfp-2etg@{dom}"
        subject = pick(rng, ["Toner lav (svart)", "Papirskuff 2 er tom", "Service nødvendig"])
        body = f"Enhet: MFP-2ETG\nStatus: {subject}\nTidspunkt: {_day(rng)} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}"
    else:
        name, email = "Fiks varsling", "noreply@fiks-varsel.no"
        subject = "Ny forsendelse mottatt i SvarUt/SvarInn - kvittering"
        body = (f"{rng.randint(1, 12)} forsendelser er hentet fra SvarInn og importert til arkivet. {rng.randint(0, 2)} "
                "feilet og må behandles manuelt. Automatisk generert melding.")
    return _draft(tenant, name, email, subject, body, "systemvarsel", style="system",
                  extra_headers={"Auto-Submitted": "auto-generated"},
                  note="System alert: not journalført.")


_INTERN = {
    "nb": [
        ("Lunsj?", "Noen som blir med på lunsj kl 11.30 i dag? Kantina har fiskesuppe."),
        ("Møterom", "Hei! Har booket Fjordrommet torsdag 10-12 til planmøtet. Si fra om dere trenger projektor."),
        ("Takk!", "Tusen takk for hjelpen med postlista i går, {first}. Du reddet dagen min."),
        ("Teams-lenke", "Her er lenken til møtet i morgen:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}\n\nSees!"),
        ("Kake på pauserommet", "Det er bursdagskake på pauserommet i 3. etasje kl 14. Velkommen!"),
    ],
    "nn": [
        ("Lunsj?", "Nokon som vil ete lunsj saman kl. 11.30? Eg har med vaflar."),
        ("Møterom", "Eg har booka Havrommet fredag kl. 9 til avdelingsmøtet."),
        ("Takk", "Takk for god hjelp med skannaren i går, {first}!"),
    ],
}


def make_int_logistikk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    subj, text = pick(rng, _INTERN[lang])
    body = _fill(text, {"first": world.person().first, "code": f"{rng.randint(10**8, 10**9)}"}) + "\n\n" + emp.first
    return _draft(tenant, emp.name, email, subj, _noise(rng, body, lang), "intern",
                  note="Informal internal mail that reached the postmottak: not journalført.")


_SYK = {
    "nb": ["Hei {first}, jeg er syk i dag og blir hjemme. Kan du ta postmottaket fram til lunsj?",
           "Minsten har feber, så jeg er hjemme med sykt barn i dag. Jobber litt hjemmefra om jeg får til.",
           "Er dårlig i dag, håper å være tilbake i morgen. Møtet kl 13 må flyttes."],
    "nn": ["Hei {first}, eg er sjuk i dag. Kan du ta postmottaket?", "Er heime med sjukt barn i dag. Flyttar møtet til torsdag."],
}


def make_int_syk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    emp, email = world.employee(tenant)
    body = _fill(pick(rng, _SYK[lang]), {"first": world.person().first}) + "\n\n" + emp.first
    return _draft(tenant, emp.name, email, pick(rng, ["Syk", "Borte i dag", "Sjuk i dag", "Hjemme med sykt barn", "fravær"]),
                  _noise(rng, body, lang), "intern", note="Sick-day note to a colleague: intern, not journalført.")


_PRIVAT = {
    "nb": [
        "Hei mamma! Husker du foreldremøtet på {school} skole i kveld? Jeg kommer litt sent fra trening. Klem",
        "Hei {first}! Blir du med på hyttetur neste helg? Vi tar båten fra kaia fredag kl 17.",
        "Kan du kjøpe melk på vei hjem? Og husk at {kid} skal ha med matpakke til turdagen på skolen i morgen.",
    ],
    "nn": ["Hei! Hugsar du dugnaden på {school} skule laurdag? Eg tek med kaffi.",
           "Hei {first}, kan du hente ungane på SFO i dag? Eg blir sein."],
}


def make_privat_ansatt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _staff_lang(rng, tenant)
    p, email = private_sender(rng, world)
    body = _fill(pick(rng, _PRIVAT[lang]), {"school": pick(rng, SCHOOLS), "first": world.person().first,
                                           "kid": people.kid(rng)[0]})
    return _draft(tenant, p.name, email, pick(rng, ["Hei", "i kveld", "Hytta", "Melk", "Dugnad", "Re: helga"]),
                  _noise(rng, body + "\n\n" + p.first, lang), "privat",
                  note="Private mail to an employee that mentions a school: privat, not skole.")


# ======================================================================================

def _fam(name: str, category: str, make: Callable[[random.Random, World], Draft], weight: float) -> Family:
    return Family(name=name, category=category, make=make, weight=round(weight * WEIGHT_SCALE, 3), writer=WRITER)


FAMILIES = [
    _fam("byggesak.vf_videresendt", "byggesak", make_bs_videresendt, 2.0),
    _fam("byggesak.vf_notat", "byggesak", make_bs_notat, 1.2),
    _fam("byggesak.vf_svar_mangel", "byggesak", make_bs_svar_mangel, 1.3),
    _fam("plansak.vf_videresendt", "plansak", make_pl_videresendt, 0.9),
    _fam("plansak.vf_intern", "plansak", make_pl_intern, 0.6),
    _fam("plansak.vf_folkevalgt", "plansak", make_pl_folkevalgt, 0.3),
    _fam("innsynskrav.vf_videresendt", "innsynskrav", make_inn_videresendt, 0.7),
    _fam("innsynskrav.vf_folkevalgt", "innsynskrav", make_inn_folkevalgt, 0.4),
    _fam("politisk.vf_sporsmal", "politisk", make_pol_sporsmal, 0.6),
    _fam("politisk.vf_forfall", "politisk", make_pol_forfall, 0.4),
    _fam("politisk.vf_ordforer_videresendt", "politisk", make_pol_ordforer_videresendt, 0.5),
    _fam("horing.vf_videresendt", "horing", make_hor_videresendt, 0.5),
    _fam("tilsyn.vf_varsel", "tilsyn", make_til_varsel, 0.4),
    _fam("skole.vf_notat", "skole", make_sk_notat, 0.9),
    _fam("skole.vf_videresendt", "skole", make_sk_videresendt, 0.9),
    _fam("barnehage.vf_notat", "barnehage", make_bh_notat, 0.8),
    _fam("barnehage.vf_videresendt", "barnehage", make_bh_videresendt, 0.8),
    _fam("helse_omsorg.vf_fastlege", "helse_omsorg", make_ho_fastlege, 0.9),
    _fam("helse_omsorg.vf_notat", "helse_omsorg", make_ho_notat, 0.7),
    _fam("barnevern.vf_skole", "barnevern", make_bv_skole, 0.5),
    _fam("barnevern.vf_helsestasjon", "barnevern", make_bv_helsestasjon, 0.5),
    _fam("vann_avlop.vf_videresendt", "vann_avlop", make_va_videresendt, 0.8),
    _fam("vann_avlop.vf_rorlegger", "vann_avlop", make_va_rorlegger, 0.6),
    _fam("vei_trafikk.vf_fau", "vei_trafikk", make_vei_fau, 0.6),
    _fam("vei_trafikk.vf_graving", "vei_trafikk", make_vei_graving, 0.6),
    _fam("bevilling.vf_videresendt", "bevilling", make_bev_videresendt, 0.5),
    _fam("tilskudd.vf_videresendt", "tilskudd", make_ts_videresendt, 0.5),
    _fam("eiendomsskatt.vf_ordforer", "eiendomsskatt", make_es_ordforer, 0.5),
    _fam("rekruttering.vf_notat", "rekruttering", make_rek_notat, 0.5),
    _fam("rekruttering.vf_videresendt", "rekruttering", make_rek_videresendt, 0.6),
    _fam("anskaffelse.vf_notat", "anskaffelse", make_ans_notat, 0.5),
    _fam("anskaffelse.vf_videresendt", "anskaffelse", make_ans_videresendt, 0.6),
    _fam("nyhetsbrev.vf_fagnytt", "nyhetsbrev", make_ny_fagnytt, 1.5),
    _fam("nyhetsbrev.vf_internt", "nyhetsbrev", make_ny_internt, 0.8),
    _fam("spam.vf_it", "spam", make_spam_it, 1.4),
    _fam("spam.vf_tjenester", "spam", make_spam_tjenester, 1.2),
    _fam("autosvar.vf_fravaer", "autosvar", make_as_fravaer, 1.5),
    _fam("autosvar.vf_ndr", "autosvar", make_as_ndr, 1.2),
    _fam("faktura.vf_prosjekt", "faktura", make_fa_prosjekt, 1.0),
    _fam("faktura.vf_purring", "faktura", make_fa_purring, 0.9),
    _fam("systemvarsel.vf_drift", "systemvarsel", make_sys_drift, 1.0),
    _fam("intern.vf_logistikk", "intern", make_int_logistikk, 1.3),
    _fam("intern.vf_syk", "intern", make_int_syk, 0.7),
    _fam("privat.vf_ansatt", "privat", make_privat_ansatt, 0.5),
]
