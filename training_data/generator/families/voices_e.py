"""Professional and institutional voices (w-voices-e).

Lawyers writing formal letters for clients, architects and consulting engineers sending
byggesak and plansak documents as PDF attachments behind a one-line cover mail, other
public bodies (Statsforvalteren, Statens vegvesen, Mattilsynet, NAV, a health trust, the
police, neighbouring kommuner, the fylkeskommune) sending tilsyn letters, høringer and
referrals, housing cooperatives and their forvaltere, journalists and researchers asking
for innsyn, interest organisations writing to politicians and suppliers in procurements.
Their negatives: fagnytt newsletters about new rules, conference invitations, invoices for
consultancy work on a named project, licence notices, DMARC reports, auto-replies.

Every text is written for this module; slots only hold names, places, numbers and dates
drawn from ``World``.  All firms, agencies' local addresses and numbers are invented.
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
    kommune_name,
    mobile_footer,
    pick,
    pick_tenant,
    private_sender,
    sender_lang,
    terse,
    typos,
)
from training_data.generator.world import TENANTS, Person, Property, World, _ascii

WRITER = "w-voices-e"
WEIGHT_SCALE = 0.5  # raw weights below sum to ~41; the module is ~20 of a ~265 corpus


# ======================================================================================
# helpers
# ======================================================================================


def _lang(rng: random.Random, tenant: str, variants: dict, english: float = 0.0) -> str:
    """Language of a professional sender: institutions writing to Havøy use nynorsk a bit more often."""
    lang = sender_lang(rng, tenant, english=english)
    if tenant == "havoy" and lang == "nb" and rng.random() < 0.2:
        lang = "nn"
    return lang if lang in variants else ("nb" if "nb" in variants else next(iter(variants)))


def _fill(text: str, slots: dict) -> str:
    return text.format(**slots)



def _kdomain(tenant: str) -> str:
    return TENANTS[tenant]["domain"]


def _low(s: str) -> str:
    return _ascii(s).lower().replace("&", "").replace(".", "")


def _date(rng: random.Random, world: World) -> str:
    d = world.received_date()
    y, m, dd = d.split("-")
    return pick(rng, [f"{int(dd)}.{int(m)}.{y}", f"{dd}.{m}.{y}", f"{int(dd)}. {_MONTHS[int(m) - 1]} {y}"])


_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"]


def _noise(rng: random.Random, body: str, lang: str, protect: list[str] = (), p_terse: float = 0.15,
           p_typo: float = 0.2, p_mobile: float = 0.12, *, sig: str = "") -> str:
    """Light noise for professional mail: an occasional slip, sometimes written on the phone.

    The noise touches only ``body``; ``sig`` (the signature block) is appended untouched.
    """
    keep = {f"\x00{i}\x00": s for i, s in enumerate(sorted(set(protect), key=len, reverse=True)) if s}
    for mark, s in keep.items():
        body = body.replace(s, mark)
    if rng.random() < p_terse:
        body = terse(rng, body)
    if rng.random() < p_typo:
        body = typos(rng, body, 0.01)
    for mark, s in keep.items():
        body = body.replace(mark, s)
    if sig:
        body += "\n\n" + sig
    if rng.random() < p_mobile:
        body += "\n\n" + mobile_footer(rng, lang if lang in ("nb", "nn", "en") else "nb")
    return body


# --- professional firms ------------------------------------------------------------------

_STEMS = ["Fjære", "Skjær", "Lauv", "Bratt", "Nøst", "Ospe", "Rabb", "Seil", "Tare", "Vaage", "Åker", "Linje",
          "Kompass", "Horisont", "Leira", "Kvitberg", "Molo", "Varde", "Tindar", "Utsyn", "Grunnmur", "Fjellhammer"]
_PRO = {
    "advokat": (["Advokatfirmaet {l1} & {l2} AS", "Advokatfirma {s} DA", "{l1} Advokatfirma AS",
                 "Advokatene {l1}, {l2} & Co", "Advokatkontoret {s} ANS"],
                ["advokat", "advokat (H)", "partner / advokat", "advokatfullmektig", "senioradvokat", "advokat MNA"]),
    "arkitekt": (["{s} Arkitekter AS", "Arkitektkontoret {l1} AS", "{s}arkitektene AS", "{l1} & {l2} Arkitekter AS",
                  "Arkitektgruppen {s} AS"],
                 ["sivilarkitekt MNAL", "arkitekt", "prosjektleder", "daglig leder", "arkitekt / ansvarlig søker",
                  "interiørarkitekt"]),
    "ingenior": (["{s} Rådgivende Ingeniører AS", "{l1} Consult AS", "{s}prosjekt AS", "Ingeniørkontoret {l1} AS",
                  "{s} Teknikk og Rådgivning AS"],
                 ["rådgiver VA", "senior rådgiver", "fagleder vann og avløp", "prosjekteringsleder",
                  "rådgivende ingeniør RIB", "ansvarlig søker"]),
    "plan": (["{s} Plan og Landskap AS", "Planråd {s} AS", "{s} Arealplan AS", "{l1} Planconsult AS"],
             ["arealplanlegger", "planlegger", "fagansvarlig plan", "senior arealplanlegger", "landskapsarkitekt MNLA"]),
    "forvalter": (["{s} Eiendomsforvaltning AS", "{s}bo Forvaltning AS", "Boligforvaltning {s} AS"],
                  ["forvalter", "boligforvalter", "rådgiver forvaltning", "teknisk forvalter"]),
    "rekruttering": (["{s} Executive AS", "{l1} & Partners Search AS", "Lederrekruttering {s} AS"],
                     ["partner", "seniorrådgiver", "rekrutteringsrådgiver", "Senior Consultant"]),
    "takst": (["{s} Takst og Eiendomsrådgivning AS", "Takstkontoret {l1} AS", "{s} Verdivurdering AS"],
              ["takstmann", "sertifisert takstmann", "eiendomsrådgiver", "daglig leder"]),
    "trafikk": (["{s} Trafikk og Arbeidsvarsling AS", "{s} Vegsikring AS", "{l1} Anlegg AS"],
                ["prosjektleder", "anleggsleder", "ansvarlig for arbeidsvarsling", "driftsleder"]),
    "konsulent": (["{s} Rådgivning AS", "{l1} Consulting AS", "{s} Analyse AS", "{s} Kommunepartner AS"],
                  ["seniorrådgiver", "konsulent", "partner", "daglig leder", "Senior Manager"]),
}


class Pro:
    """A professional sender: a person at an invented firm."""

    def __init__(self, rng: random.Random, world: World, kind: str):
        p = world.person()
        templates, titles = _PRO[kind]
        self.person = p
        self.kind = kind
        self.firm = pick(rng, templates).format(l1=world.person().last, l2=world.person().last, s=pick(rng, _STEMS))
        core = re.sub(r"\b(AS|DA|ANS|Co)\b", "", self.firm).replace("&", " ").replace(",", " ")
        words = [w for w in core.split() if w not in ("og", "Advokatfirmaet", "Advokatfirma", "Advokatkontoret")]
        self.domain = _low("".join(words[:2]) or "firma") + ".no"
        self.email = pick(rng, [f"{_low(p.first)}.{_low(p.last)}", f"{_low(p.first)[0]}{_low(p.last)}",
                                _low(p.first), f"{_low(p.first)[:2]}{_low(p.last)[:2]}"]) + "@" + self.domain
        self.title = pick(rng, titles)
        self.orgnr = world.orgnr()
        self.phone = world.phone()
        self.address = f"{world.street()}, {rng.randint(1000, 9990):04d} {pick(rng, _PLACES)}"

    @property
    def name(self) -> str:
        return self.person.name

    def sig(self, rng: random.Random, lang: str = "nb", *, orgnr: float = 0.35, full: bool | None = None) -> str:
        close = pick(rng, {"nb": ["Med vennlig hilsen", "Vennlig hilsen", "Med hilsen", "Mvh"],
                           "nn": ["Med venleg helsing", "Venleg helsing", "Med helsing"],
                           "en": ["Kind regards,", "Best regards,", "Yours sincerely,"]}[lang])
        lines = [close, "", self.name] if rng.random() < 0.6 else [close, self.name]
        if full if full is not None else rng.random() < 0.75:
            lines.append(self.title[0].upper() + self.title[1:])
            lines.append(self.firm)
            if rng.random() < 0.6:
                lines.append(self.address)
            lines.append(pick(rng, ["Tlf. ", "Mob. ", "T: ", "Direkte: ", ""]) + self.phone)
            if rng.random() < 0.4:
                lines.append(self.email)
            if rng.random() < orgnr:
                lines.append(pick(rng, ["Org.nr. ", "Org.nr: ", "Org nr "]) + _spaced(rng, self.orgnr))
            if self.kind == "advokat" and rng.random() < 0.3:
                lines += ["", pick(rng, _LAW_DISCLAIMER)]
        else:
            lines.append(self.firm)
        return "\n".join(lines)

    def av(self) -> dict:
        return avsender(self.firm, self.email, self.orgnr)


_LAW_DISCLAIMER = [
    ("Denne e-posten kan være underlagt advokatens taushetsplikt. Er den kommet til feil mottaker, ber vi om "
    "at den slettes og at vi varsles."),
    "KONFIDENSIELT: Innholdet er kun ment for adressaten. Videresending uten samtykke er ikke tillatt.",
]
_PLACES = ["Fjordvik", "Havøy", "Nordhamn", "Sjøvågen", "Lillevik", "Bergstrand", "Dalsbygda", "Vestvika",
           "Kvitsand", "Storøy", "Bergen", "Ålesund", "Førde", "Stavanger"]


def _spaced(rng: random.Random, orgnr: str) -> str:
    return f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}" if rng.random() < 0.5 else orgnr


# --- public bodies ------------------------------------------------------------------------

_AGENCIES = {
    "sf": ("Statsforvalteren i Vestkyst", "statsforvalteren.no", "sfvkpost"),
    "svv": ("Statens vegvesen", "vegvesen.no", "firmapost"),
    "mt": ("Mattilsynet", "mattilsynet.no", "postmottak"),
    "nav": ("NAV Kystbyen", "nav.no", "nav.kystbyen"),
    "hf": ("Helse Vestkyst HF", "helse-vestkyst.no", "postmottak"),
    "pol": ("Kyst politidistrikt", "politiet.no", "post.kyst"),
    "fk": ("Vestkyst fylkeskommune", "vestkystfk.no", "post"),
    "at": ("Arbeidstilsynet", "arbeidstilsynet.no", "post"),
    "nve": ("Noregs vassdrags- og energidirektorat", "nve.no", "nve"),
    "dt": ("Datatilsynet", "datatilsynet.no", "postkasse"),
    "ppt": ("PPT Kystregionen", "ppt-kystregionen.no", "post"),
    "brann": ("Kystbrann IKS", "kystbrann.no", "post"),
}
_OTHER_KOMMUNER = ["Nordhamn", "Lillevik", "Bergstrand", "Storøy", "Kvitsand", "Sjøvågen"]


class Agency:
    """A public body writing; ``self.personal`` decides whether a named officer sends it."""

    def __init__(self, rng: random.Random, world: World, key: str):
        if key == "kommune":
            stem = pick(rng, _OTHER_KOMMUNER)
            self.name, domain, box = f"{stem} kommune", f"{_low(stem)}.kommune.no", "postmottak"
        else:
            self.name, domain, box = _AGENCIES[key]
        self.key = key
        self.person = world.person()
        self.personal = rng.random() < 0.55
        self.email = (f"{_low(self.person.first)}.{_low(self.person.last)}@{domain}" if self.personal
                      else f"{box}@{domain}")
        self.domain = domain
        self.phone = world.phone()
        self.orgnr = world.orgnr()

    def sig(self, rng: random.Random, lang: str, title: str, *, orgnr: float = 0.2) -> str:
        close = pick(rng, {"nb": ["Med hilsen", "Med vennlig hilsen", "Vennlig hilsen"],
                           "nn": ["Med helsing", "Med venleg helsing", "Venleg helsing"],
                           "en": ["Kind regards,", "Yours faithfully,"]}[lang])
        lines = [close, "", self.person.name, title, self.name]
        if rng.random() < 0.5:
            lines.append(("Telefon " if lang != "en" else "Phone ") + self.phone)
        if rng.random() < orgnr:
            lines.append("Org.nr. " + _spaced(rng, self.orgnr))
        if rng.random() < 0.35:
            lines.append({"nn": "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.",
                          "nb": "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.",
                          "en": "This document is approved electronically."}[lang])
        return "\n".join(lines)

    def av(self) -> dict:
        return avsender(self.name, self.email, self.orgnr)


def _ref(world: World, sak: str, lang: str = "nb") -> str:
    """``world.cite_phrase`` as an outside sender writes it: our case is *their* "Deres ref.", never "Vår ref."."""
    phrase = world.cite_phrase(sak, lang)
    return phrase.replace("Vår ref.", "Deres ref." if lang != "nn" else "Dykkar ref.")


def _their_ref(rng: random.Random) -> str:
    """A reference number of the *sender's* own archive (never one of our cases)."""
    y = pick(rng, ["2025", "2026", "26", "25"])
    return f"{y}/{rng.randint(1000, 29999)}" + pick(rng, ["", f"-{rng.randint(1, 12)}", f" - {rng.randint(1, 40)}"])


# --- labelling --------------------------------------------------------------------------

def _draft(tenant: str, name: str, email: str, subject: str, body: str, category: str, *,
           skjerming: str | None = None, sak: str | None = None, av: dict | None = None,
           personnavn: list[str] | None = None, note: str = "", jpt: str = "I",
           accept: list[dict] | None = None, **kw) -> Draft:
    d = Draft(tenant=tenant, sender_name=name, sender_email=email, subject=subject, body=body,
              category=category, journalposttype=jpt, skjerming=skjerming, sak=sak,
              avsender=dict(av or avsender(name, email)), note=note, accept=list(accept or []),
              writer=WRITER, **kw)
    orgnr = d.avsender.get("orgnr")
    if orgnr and orgnr not in _all_text(d).replace(" ", ""):
        d.avsender["orgnr"] = None  # only when the mail states it
    d.personnavn = _named(d, personnavn or []) if skjerming else []
    return d


def _all_text(d: Draft) -> str:
    texts = [d.subject, d.body] + [a.text for a in d.attachments]
    texts += [m.sender_name + "\n" + m.subject + "\n" + m.body for m in (d.quoted, d.forwarded) if m]
    return "\n".join(texts)


def _named(d: Draft, names: list[str]) -> list[str]:
    text = _all_text(d)
    return [n for n in dict.fromkeys(names) if n in text or re.search(rf"\b{re.escape(n.split()[0])}\b", text)]


_FWD_NOTE = {
    "nb": ["Til journalføring.", "Hei postmottak, denne kom direkte til meg. Kan dere journalføre den i saken?",
           "Videresendes for arkivering.", "Kom til min e-post, sender til postmottak.",
           "FYI – kan registreres. Jeg tar saken videre.", "Arkiver denne, takk."],
    "nn": ["Til journalføring.", "Denne kom direkte til meg, kan de journalføre han?", "Vidaresender for arkivering.",
           "Kom til e-posten min. Sender til postmottaket."],
}


def _forward(rng: random.Random, world: World, d: Draft, note: str = "") -> Draft:
    """An employee forwards ``d`` to the postmottak; the original sender stays the korrespondansepart."""
    emp, email = world.employee(d.tenant)
    lang = "nn" if d.tenant == "havoy" and rng.random() < 0.6 else "nb"
    body = pick(rng, _FWD_NOTE[lang]) + "\n\n" + (emp.name if rng.random() < 0.6 else emp.first)
    if rng.random() < 0.5:
        body += "\n" + pick(rng, ["saksbehandler", "byggesaksbehandler", "rådgiver", "fagleder", "konsulent",
                                  "arealplanlegger", "sekretær"]) + "\n" + kommune_name(d.tenant)
    d.forwarded = EarlierMessage(d.sender_name, d.sender_email, d.subject, d.body, to=email)
    d.sender_name, d.sender_email = emp.name, email
    d.subject = pick(rng, ["VS: ", "Fwd: ", "WG: ", "Fw: "]) + d.subject
    d.body = body
    d.note = (d.note + " " if d.note else "") + (note or "Forwarded by an employee: avsender is the original sender.")
    return d


def _employee_msg(rng: random.Random, world: World, tenant: str, subject: str, body: str,
                  lang: str = "nb") -> EarlierMessage:
    emp, email = world.employee(tenant)
    close = "Med helsing" if lang == "nn" else "Med hilsen"
    role = pick(rng, ["saksbehandler", "rådgiver", "seniorrådgiver", "byggesaksbehandler", "arealplanlegger",
                      "fagleder", "arkivleder"])
    return EarlierMessage(emp.name, email, subject, f"{body}\n\n{close}\n{emp.name}\n{role}\n{kommune_name(tenant)}")


def _bulk_headers(rng: random.Random, domain: str, p: float = 0.7) -> dict[str, str]:
    if rng.random() >= p:
        return {}
    token = "".join(pick(rng, "abcdef0123456789") for _ in range(16))
    h = {"List-Unsubscribe": f"<https://{domain}/avmeld?id={token}>"}
    if rng.random() < 0.6:
        h["Precedence"] = "bulk"
    if rng.random() < 0.4:
        h["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return h


# ======================================================================================
# byggesak
# ======================================================================================

_TILTAK = ["tilbygg til enebolig", "ny enebolig med carport", "garasje med hems", ("bruksendring fra kontor til "
           "tre leiligheter"), "tomannsbolig", "riving av eksisterende naust og oppføring av nytt", ("påbygg med ny "
           "etasje"), "fritidsbolig", "rekkehus med fire boenheter", "støttemur og terrengarbeider",
           "innglassing av veranda", "anneks på 28 m²"]
_TILTAK_NN = ["tilbygg til einebustad", "ny einebustad med carport", "garasje med hems", "fritidsbustad",
              "nytt naust", "påbygg med ny etasje", "støttemur og terrengarbeid", "tomannsbustad"]

_BS_PRO = {
    "nb": {
        "ny": [
            ("Vedlagt oversendes søknad om {tiltak} på gnr. {gnr} bnr. {bnr}, {adr}, på vegne av tiltakshaver "
             "{th}.\n\nSøknaden består av søknadsskjema, situasjonsplan, tegninger, gjenpart av nabovarsel med "
             "kvitteringer og erklæringer om ansvarsrett. Det søkes samtidig om dispensasjon fra byggegrensen mot "
             "sjø; begrunnelsen følger i eget vedlegg."),
            ("Hei,\nSøknaden for {adr} ({gnr}/{bnr}) ligger vedlagt som én samlet PDF. Vi er ansvarlig søker. "
             "Gi gjerne beskjed om noe mangler, så ettersender vi raskt."),
            ("Søknad om tillatelse i ett trinn – {tiltak} – {adr}\n\nVi representerer {th}, som ønsker å føre opp "
             "{tiltak} på eiendommen. Tiltaket er i tråd med gjeldende reguleringsplan, bortsett fra at "
             "mønehøyden blir om lag 40 cm høyere enn planen tillater. Vi ber derfor om at vedlagte "
             "dispensasjonssøknad behandles samtidig.\n\nNabovarsel ble sendt {dato}. Det er ikke kommet "
             "merknader innen fristen."),
            "Oversender byggesøknad for gnr {gnr} bnr {bnr}, se vedlegg.",
            ("Til byggesaksavdelingen\n\nPå oppdrag fra {th} sender vi søknad om rammetillatelse for {tiltak}, "
             "{adr}. Dersom kommunen ser behov for avklaringer før behandling, ønsker vi en forhåndskonferanse. "
             "Gebyret bes fakturert tiltakshaver direkte."),
        ],
        "svar": [
            ("Vi viser til deres brev om mangler ved søknaden, {ref}.\n\nVedlagt følger revidert situasjonsplan "
             "med målsatt avstand til nabogrense, oppdaterte fasadetegninger og en kort redegjørelse for "
             "håndtering av overvann. Etter vårt syn er søknaden nå komplett, og vi ber om at "
             "saksbehandlingsfristen regnes fra i dag."),
            ("Ettersending av dokumentasjon i sak {refn}. Kvitteringen for nabovarsel til {gnr}/{bnr2} falt ut "
             "av forrige forsendelse. Den ligger ved nå."),
            ("Hei,\nSom avtalt på telefon sender vi uttalelsen fra vegmyndigheten om avkjørsel, jf. {ref}. De "
             "øvrige punktene i mangelbrevet ble besvart {dato}."),
            ("Svar på mangelbrev – {adr}, {ref}\n\nPunkt 1: Ansvarsrett for utførelse av våtrom er nå erklært, "
             "se gjennomføringsplan rev. B.\nPunkt 2: Terrengsnitt A–A og B–B følger vedlagt.\nPunkt 3: "
             "Tiltakshaver ønsker ikke å endre takvinkelen. Begrunnelsen er innarbeidet i "
             "dispensasjonssøknaden."),
        ],
        "igs": [
            ("Vi viser til rammetillatelse gitt {dato}, {ref}, og søker om igangsettingstillatelse for grunn- og "
             "betongarbeider. Oppdatert gjennomføringsplan og erklæringer om ansvarsrett ligger vedlagt."),
            ("Søknad om IG for hele tiltaket på {adr}. Rammetillatelsen er gitt i sak {refn}. Vedlagt: "
             "søknadsskjema, gjennomføringsplan og ansvarsretter."),
        ],
        "fa": [
            ("På vegne av tiltakshaver søker vi om ferdigattest for {tiltak}, {adr}, {ref}. Sluttdokumentasjon "
             "og FDV er overlevert eier. Vedlagt følger søknad, gjennomføringsplan der alle ansvarsområder er "
             "avsluttet, og situasjonskart som bygget."),
            ("Søknad om midlertidig brukstillatelse, {ref}. Det som gjenstår er utvendig kledning og asfalt, og "
             "det blir ferdig innen {dato}. Sikkerheten er ivaretatt, se vedlagt egenerklæring."),
        ],
    },
    "nn": {
        "ny": [
            ("Vedlagt ligg søknad om {tiltak} på gnr. {gnr} bnr. {bnr}, {adr}, på vegner av tiltakshavar {th}. "
             "Nabovarsel er sendt, og det kom ingen merknader. Vi søkjer samstundes om dispensasjon frå "
             "byggjegrensa mot sjø, sjå eige vedlegg."),
            ("Hei. Søknaden for {adr} ({gnr}/{bnr}) ligg ved som samla PDF. Vi er ansvarleg søkjar. Gje beskjed "
             "om noko manglar."),
        ],
        "svar": [
            ("Vi viser til brevet dykkar om manglar, {ref}. Revidert situasjonsplan og nye fasadeteikningar ligg "
             "ved. Vi ber om at saka no blir handsama."),
            "Ettersender nabovarselkvittering for {gnr}/{bnr2}, {ref}.",
        ],
        "igs": [
            ("Med tilvising til rammeløyve gjeve {dato}, {ref}, søkjer vi om igangsetjingsløyve for grunnarbeid. "
             "Gjennomføringsplan ligg ved."),
        ],
        "fa": [
            "Vi søkjer om ferdigattest for {tiltak}, {adr}, {ref}. Sluttdokumentasjonen er overlevert eigar.",
        ],
    },
}
_BS_PRO_SUBJ = {
    "ny": ["Byggesøknad – {adr}", "Søknad om rammetillatelse gnr {gnr} bnr {bnr}", "{gnr}/{bnr} {adr} - søknad",
           "Søknad om tillatelse til tiltak", "Ny søknad: {tiltak_kort}, {adr}"],
    "svar": ["Tilleggsdokumentasjon {refn}", "Svar på mangelbrev – {refn}", "SV: Mangler ved søknad – {adr}",
             "Ettersending {adr}", "Dokumentasjon til sak {refn}"],
    "igs": ["Søknad om igangsettingstillatelse – {adr}", "IG-søknad {refn}", "Igangsetting {gnr}/{bnr}"],
    "fa": ["Søknad om ferdigattest {refn}", "Ferdigattest – {adr}", "Midlertidig brukstillatelse {refn}"],
}


def _bs_slots(rng: random.Random, world: World, lang: str) -> tuple[Property, dict]:
    prop = world.property()
    tiltak = pick(rng, _TILTAK_NN if lang == "nn" else _TILTAK)
    s = {"gnr": prop.gnr, "bnr": prop.bnr, "bnr2": prop.bnr + rng.choice([1, 2, 3, 7]), "adr": prop.address,
         "tiltak": tiltak, "tiltak_kort": tiltak.split(" ")[0].capitalize(), "th": world.person().name,
         "dato": _date(rng, world)}
    return prop, s


def make_bs_ansvarlig_soker(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _BS_PRO)
    pro = Pro(rng, world, pick(rng, ["arkitekt", "arkitekt", "ingenior"]))
    prop, s = _bs_slots(rng, world, lang)
    kind = rng.choices(["ny", "svar", "igs", "fa"], [4, 4, 2, 2])[0]
    sak = None
    if kind != "ny":
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om "
                               f"tillatelse - {s['tiltak']}", prop=prop, part=s["th"])
        sak = case.sak
        s.update(ref=_ref(world, case.sak, lang), refn=world.cite(case.sak))
    text = _fill(pick(rng, _BS_PRO[lang][kind]), s)
    body = _noise(rng, text, lang, [s["th"]], p_terse=0.05, p_typo=0.15, p_mobile=0.08, sig=pro.sig(rng, lang))
    doc = {"ny": "Søknad om tillatelse til tiltak", "svar": "Tilleggsdokumentasjon",
           "igs": "Søknad om igangsettingstillatelse", "fa": "Søknad om ferdigattest"}[kind]
    atts = [AttachmentSpec(pick(rng, [f"{doc.replace(' ', '_')}.pdf", f"gnr{prop.gnr}_bnr{prop.bnr}_{kind}.pdf",
                                      "Samlet_dokumentasjon.pdf"]), "pdf",
                           f"{doc}\nTiltakshaver: {s['th']}\nEiendom: gnr. {prop.gnr} bnr. {prop.bnr}, {prop.address}\n"
                           f"Ansvarlig søker: {pro.firm}, org.nr. {pro.orgnr}\nTiltak: {s['tiltak']}\n"
                           + (f"Kommunens saksnr.: {s['refn']}\n" if sak else "")
                           + "Vedlegg: situasjonsplan, tegninger, gjennomføringsplan")]
    if rng.random() < 0.3:
        atts.append(AttachmentSpec(pick(rng, ["Nabovarsel_kvitteringer.pdf", "skann_nabovarsel.pdf"]), "scan",
                                   "Kvittering for nabovarsel\nGjenpart av nabovarsel med signaturer"))
    if rng.random() < 0.2:
        atts.append(AttachmentSpec("Gjennomføringsplan.docx", "docx",
                                   f"Gjennomføringsplan\n{prop.address}\nAnsvarlig søker {pro.firm}"))
    subject = _fill(pick(rng, _BS_PRO_SUBJ[kind]), s)
    d = _draft(tenant, pro.name, pro.email, subject, body, "byggesak", sak=sak, av=pro.av(), attachments=atts,
               note="Ansvarlig søker sends documents as PDF behind a short cover mail; orgnr only when stated.")
    if rng.random() < 0.15:
        d = _forward(rng, world, d)
    return d


_BS_LAW = {
    "klage": [
        ("Undertegnede representerer {client}, eier av naboeiendommen gnr. {gnr} bnr. {bnr2}.\n\nPå vegne av "
         "klienten påklages kommunens vedtak av {dato} om tillatelse til {tiltak} på {adr}, {ref}.\n\nVedtaket "
         "bygger etter vårt syn på en uriktig forståelse av reguleringsbestemmelsenes krav til maksimal "
         "gesimshøyde, og kommunen har ikke vurdert de ulempene tiltaket gir for lysforholdene på klientens "
         "uteplass. Vi ber om at vedtaket oppheves, subsidiært at det gis utsatt iverksetting til klagen er "
         "avgjort, jf. forvaltningsloven § 42.\n\nUtfyllende begrunnelse ettersendes innen tre uker."),
        ("Vi viser til vedtak i {ref} og varsler med dette klage på vegne av vår klient {client}. Klagen "
         "begrunnes nærmere i vedlagte brev."),
        ("Tilsvar til naboklage – {adr}\n\nSom advokat for tiltakshaver {client} viser vi til oversendelse av "
         "naboklage datert {dato}, {ref}. Klagen inneholder etter vårt syn ingen nye anførsler som ikke "
         "allerede er vurdert i vedtaket. Vi ber om at klagen ikke tas til følge og at saken oversendes "
         "Statsforvalteren uten opphold."),
        ("Begjæring om stans av arbeider – {adr}\n\nDet pågår gravearbeider på eiendommen selv om klagen "
         "fra vår klient {client} ikke er avgjort, {ref}. Vi ber om at kommunen straks vurderer pålegg om "
         "midlertidig stans etter plan- og bygningsloven § 32-4."),
    ],
    "helse": [
        ("Vi bistår {client} i saken om dispensasjon for {tiltak} på {adr}, {ref}.\n\nKlienten har en "
         "progredierende nevrologisk sykdom og er nå avhengig av rullestol. Tilbygget er nødvendig for å få "
         "soverom og bad på ett plan, slik at klienten kan bli boende hjemme. Vi ber om at disse forholdene "
         "tillegges vekt i dispensasjonsvurderingen, og legger ved legeerklæring."),
        ("På vegne av {client} ber vi om at klagen i {ref} prioriteres. Klientens ektefelle er alvorlig syk "
         "og familien har behov for å ta boligen i bruk før vinteren. Dokumentasjon fra sykehuset følger "
         "vedlagt."),
    ],
}


def make_bs_advokat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, "advokat")
    prop, s = _bs_slots(rng, world, "nb")
    client = world.person()
    s["client"] = client.name
    kind = "helse" if rng.random() < 0.2 else "klage"
    template = pick(rng, _BS_LAW[kind])
    # the client is the applicant in the health letters and the reply to a neighbour's appeal
    applicant = client.name if kind == "helse" or "tiltakshaver {client}" in template else s["th"]
    case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om tillatelse - "
                           f"{s['tiltak']}", prop=prop, part=applicant)
    s.update(ref=_ref(world, case.sak, "nb"), refn=world.cite(case.sak))
    text = _fill(template, s)
    sig = pro.sig(rng, "nb", full=True, orgnr=0.3)
    atts = []
    if "vedlagte brev" in text or rng.random() < 0.3:
        atts.append(AttachmentSpec(f"Brev til {kommune_name(tenant)} {s['dato']}.pdf".replace(" ", "_"), "pdf",
                                   f"{pro.firm}\n{kommune_name(tenant)}\nDeres ref.: {s['refn']}\n"
                                   f"Vår ref.: {rng.randint(10000, 99999)}/{pro.person.first[0]}{pro.person.last[0]}\n"
                                   f"Klient: {client.name}\nEiendom: gnr. {prop.gnr} bnr. {prop.bnr}, {prop.address}\n"
                                   "Anførslene i saken gjennomgås punktvis nedenfor."))
    if kind == "helse":
        atts.append(AttachmentSpec("legeerklaering.pdf", "scan", f"Legeerklæring\n{client.name}"))
    subject = pick(rng, [f"Klage på vedtak – {s['adr']} – {s['ref']}", f"Deres ref. {s['refn']} – {s['adr']}",
                         f"Gnr. {prop.gnr} bnr. {prop.bnr} – {client.name}", f"Sak {s['refn']} – brev fra advokat",
                         f"{s['adr']}, vår klient {client.last}"])
    if kind == "helse":
        return _draft(tenant, pro.name, pro.email, subject, text + "\n\n" + sig, "byggesak", sak=case.sak,
                      av=pro.av(), skjerming="P13", personnavn=[client.name], attachments=atts,
                      note="Lawyer's letter in a byggesak revealing the client's health: P13.")
    return _draft(tenant, pro.name, pro.email, subject, text + "\n\n" + sig, "byggesak", sak=case.sak,
                  av=pro.av(), attachments=atts, note="Law firm writes for a client; the law firm is the avsender.")


_BS_SAMEIE = {
    "nb": [
        ("Styret i {lag} ønsker å glasse inn samtlige balkonger i blokk A og B ({adr}, gnr. {gnr} bnr. {bnr}). "
         "Vi er usikre på om dette er søknadspliktig når det gjelder hele fasaden. Kan kommunen gi en "
         "vurdering før vi engasjerer ansvarlig søker?"),
        ("Som forretningsfører for {lag} oversender vi merknad til nabovarsel for tiltak på naboeiendommen, "
         "{ref}. Sameiet er særlig bekymret for innsyn og at adkomsten til vår parkeringskjeller blir sperret i "
         "byggeperioden. Merknaden er vedtatt av styret, se vedlagt protokoll."),
        ("Vi viser til ferdigattest-søknaden for fasaderehabiliteringen i {lag}, {ref}. Entreprenøren opplyser "
         "at kommunen venter på oppdatert brannteknisk notat. Dette ligger nå vedlagt. Vi ber om en "
         "tilbakemelding på forventet behandlingstid, da andelseierne venter på at stillaset kan tas ned."),
        ("Hei\n{lag} vil sette opp solcellepaneler på taket ({adr}). Er det tilstrekkelig med en melding, "
         "eller må det søkes? Bygget er fra 1972 og ikke vernet så vidt vi vet."),
    ],
    "nn": [
        ("Styret i {lag} vil byggje inn alle balkongane i blokk A ({adr}, gnr. {gnr} bnr. {bnr}). Er dette "
         "søknadspliktig? Vi vil gjerne ha ei førehandsvurdering før vi hyrer inn ansvarleg søkjar."),
        ("Som forretningsførar for {lag} sender vi merknad til nabovarselet for tiltaket på grannetomta, {ref}. "
         "Sameiget er uroa for innsyn og for tilkomsten til parkeringskjellaren i byggjetida."),
    ],
}


def _sameie_topic(text: str) -> str:
    for key, topic in (("balkong", "Innglassing av balkonger"), ("nabovarsel", "Merknad til nabovarsel"),
                       ("ferdigattest", "Ferdigattest fasade"), ("solcelle", "Solceller på tak")):
        if key in text:
            return topic
    return "Byggesak"


def make_bs_sameie(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _BS_SAMEIE)
    pro = Pro(rng, world, "forvalter")
    prop, s = _bs_slots(rng, world, lang)
    lag = pick(rng, ["Borettslaget", "Sameiet", "Boligsameiet", "Burettslaget" if lang == "nn" else "Borettslaget"]) \
        + " " + prop.address.rsplit(" ", 1)[0] + pick(rng, ["", " Terrasse", " Park", " Hageby"])
    s["lag"] = lag
    text = pick(rng, _BS_SAMEIE[lang])
    sak = None
    if "{ref}" in text:
        nb_prop = world.property()
        case = world.open_case(tenant, "byggesak", f"{nb_prop.gnr}/{nb_prop.bnr} - {nb_prop.address} - "
                               "Søknad om tillatelse - " + pick(rng, _TILTAK), prop=nb_prop)
        if "ferdigattest" in text:
            case.gnr, case.bnr = prop.gnr, prop.bnr
            case.tittel = f"{prop.gnr}/{prop.bnr} - {prop.address} - Fasaderehabilitering - {lag}"
        sak = case.sak
        s["ref"] = _ref(world, case.sak, lang)
    styreleder = rng.random() < 0.35
    if styreleder:
        p, email = private_sender(rng, world)
        body = _noise(rng, _fill(text, s), lang, [lag], sig=f"{closing(rng, lang)}\n{p.name}\nstyreleder, {lag}")
        d = _draft(tenant, p.name, email, pick(rng, ["Spørsmål fra styret", lag, _sameie_topic(text)]),
                   body, "byggesak", sak=sak, av=avsender(lag, email),
                   note="Styreleder writes for the housing cooperative from a private address.")
        return d
    body = _fill(text, s) + "\n\n" + pro.sig(rng, lang)
    atts = [AttachmentSpec("Styreprotokoll.pdf", "pdf", f"Protokoll fra styremøte\n{lag}\nSak 4: Merknad til nabovarsel")] \
        if "protokoll" in body else []
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"{lag} – byggesak", f"Henvendelse fra {lag}",
                                                           f"{lag}: {_sameie_topic(text).lower()}"]),
                  body, "byggesak", sak=sak, av=pro.av(), attachments=atts,
                  note="Forvalter writes for a housing cooperative.")


_BS_CHAIN_REPLY = {
    "nb": [
        "Takk for rask tilbakemelding. Revidert tegning ligger vedlagt. Øvrige punkter kommer i løpet av uka.",
        ("Hei {emp},\n\nVi har nå avklart med tiltakshaver at terrassen trekkes 1,2 meter inn fra nabogrensen. "
         "Oppdatert situasjonsplan og snitt følger vedlagt. Dermed bortfaller behovet for dispensasjon fra "
         "avstandskravet, og vi trekker den delen av søknaden."),
        ("Vedlagt er uttalelse fra Statens vegvesen (vegvesenets ref. {their}). Merk at den gjelder avkjørsel fra "
         "fylkesvegen, ikke fra den kommunale vegen som nevnt i forrige e-post."),
        ("Hei igjen. Vi skjønner ikke helt punkt 3 i e-posten under – er det situasjonsplanen eller "
         "fasadetegningen dere mener mangler kotehøyder? Vi sender gjerne begge på nytt, men vil unngå "
         "enda en runde."),
        "Se vedlegg. Mvh",
    ],
    "nn": [
        "Takk for svar. Revidert teikning ligg ved. Resten kjem i løpet av veka.",
        ("Hei {emp}. Vi har avklart med tiltakshavar at terrassen blir trekt 1,2 meter inn frå nabogrensa. "
         "Ny situasjonsplan ligg ved, så dispensasjonssøknaden kan sjåast som trekt."),
    ],
}
_BS_CHAIN_KOMMUNE = [
    ("Vi viser til mottatt søknad om {tiltak} på {adr}.\nVår ref.: {refdoc}\n\nFør søknaden kan behandles, "
     "må følgende ettersendes:\n1. Situasjonsplan med målsatt avstand til nabogrense\n2. Snitt som viser "
     "eksisterende og nytt terreng med kotehøyder\n3. Redegjørelse for avkjørsel og parkering\n\n"
     "Saksbehandlingsfristen løper ikke før søknaden er komplett."),
    ("Hei,\nJeg har sett på tilleggsdokumentasjonen i sak {refdoc}. Det mangler fortsatt uttalelse fra "
     "vegmyndigheten og kotehøyder på snittet. Kan dere sende dette?"),
]


def make_bs_kjede(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _BS_CHAIN_REPLY)
    pro = Pro(rng, world, pick(rng, ["arkitekt", "ingenior"]))
    prop, s = _bs_slots(rng, world, "nb")
    case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om tillatelse - "
                           f"{s['tiltak']}", prop=prop, part=s["th"])
    refdoc = world.cite(case.sak, doc=True)
    s.update(refdoc=refdoc, their=_their_ref(rng))
    earlier = _employee_msg(rng, world, tenant, f"Mangler ved søknad - {prop.address} - {refdoc}",
                            _fill(pick(rng, _BS_CHAIN_KOMMUNE), s))
    s["emp"] = earlier.sender_name.split()[0]
    if rng.random() < 0.5:  # the first message of the chain, quoted inside the kommune's mail
        earlier.body += (f"\n\n-----Opprinnelig melding-----\nFra: {pro.name} <{pro.email}>\nEmne: Byggesøknad "
                         f"{prop.address}\n\nVedlagt oversendes søknad for gnr. {prop.gnr} bnr. {prop.bnr}.")
    text = _fill(pick(rng, _BS_CHAIN_REPLY[lang]), s)
    body = _noise(rng, text, lang, [], p_terse=0.1, p_typo=0.15, p_mobile=0.15,
                  sig=pro.sig(rng, lang, full=rng.random() < 0.5))
    subject = pick(rng, ["SV: ", "RE: ", "Sv: "]) + earlier.subject
    if rng.random() < 0.3:
        subject = pick(rng, [f"Deres ref. {world.cite(case.sak)} – tilleggsdokumentasjon",
                             f"SV: {prop.address} - mangler"])
    atts = [AttachmentSpec(pick(rng, ["Situasjonsplan_revC.pdf", "Snitt_A-A.pdf", "Uttalelse_vegvesen.pdf"]), "pdf",
                           f"Tilleggsdokumentasjon\ngnr. {prop.gnr} bnr. {prop.bnr}\n{prop.address}")] \
        if "edlegg" in text or "ligg ved" in text or "vedlagt" in text else []
    return _draft(tenant, pro.name, pro.email, subject, body, "byggesak", sak=case.sak, av=pro.av(),
                  quoted=earlier, attachments=atts,
                  note="Reply in a chain; the case number is in the quoted letter. A foreign reference may appear too.")


_BS_SF = {
    "nb": [
        ("Statsforvalteren har behandlet klagen over kommunens vedtak om {tiltak} på gnr. {gnr} bnr. {bnr}, "
         "{adr}.\n\nKommunens vedtak stadfestes. Klagen har ikke ført fram.\n\nVedtaket er endelig og kan ikke "
         "påklages, jf. forvaltningsloven § 28 tredje ledd. Vi viser til vedlagte brev.\n\nDeres ref.: {refn}\n"
         "Vår ref.: {their}"),
        ("Vedlagt følger vedtak i klagesak om dispensasjon for {tiltak}, {adr}. Kommunens vedtak oppheves og "
         "saken sendes tilbake for ny behandling. Deres ref. {refn}."),
        ("Vi viser til oversendelse av klagesak datert {dato}, {ref}. Saken mangler kopi av nabovarsel og "
         "kommunens vurdering av klagen. Vi ber om at dette ettersendes innen tre uker."),
    ],
    "nn": [
        ("Statsforvaltaren har handsama klaga på vedtaket til kommunen om {tiltak} på gnr. {gnr} bnr. {bnr}. "
         "Vedtaket til kommunen vert stadfesta. Sjå vedlagt brev.\n\nDykkar ref.: {refn}\nVår ref.: {their}"),
        ("Vi viser til oversending av klagesak, {ref}. Saka manglar kopi av nabovarsel og vurderinga til "
         "kommunen av klaga. Vi ber om at dette vert ettersendt innan tre veker."),
    ],
}


def make_bs_klagevedtak(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _BS_SF)
    ag = Agency(rng, world, "sf")
    prop, s = _bs_slots(rng, world, lang)
    case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Dispensasjon - "
                           f"{s['tiltak']}", prop=prop, part=s["th"])
    s.update(ref=_ref(world, case.sak, lang), refn=world.cite(case.sak), their=_their_ref(rng))
    text = _fill(pick(rng, _BS_SF[lang]), s)
    body = text + "\n\n" + ag.sig(rng, lang, pick(rng, ["seniorrådgiver", "rådgiver", "juridisk rådgiver",
                                                          "fagdirektør"]))
    decision = "ettersend" not in text
    atts = [AttachmentSpec(f"Vedtak_klagesak_{prop.gnr}_{prop.bnr}.pdf", "pdf",
                           f"{ag.name}\nVedtak i klagesak\nDeres ref. {s['refn']} Vår ref. {s['their']}\n"
                           f"Gnr. {prop.gnr} bnr. {prop.bnr}, {prop.address}")] if decision else []
    subjects = ([f"Vedtak i klagesak gnr {prop.gnr} bnr {prop.bnr}", "Oversendelse av vedtak",
                 f"Klagesak - {prop.address} - {s['refn']}"] if decision else
                [f"Klagesak - {prop.address} - manglende dokumenter", f"Ettersending av dokumenter - {s['refn']}"])
    subjects.append(f"Dykkar ref. {s['refn']}" if lang == "nn" else f"Deres ref. {s['refn']}")
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email, pick(rng, subjects),
                  body, "byggesak", sak=case.sak, av=ag.av(), attachments=atts,
                  accept=[{"category": "tilsyn", "sak": case.sak}],
                  note="Statsforvalteren's decision in a byggesak appeal: filed in the byggesak; tilsyn defensible.")


# ======================================================================================
# plansak
# ======================================================================================

_PLAN_NAMES = ["Kvernhusbukta", "Sjøvegen nord", "Furulia boligfelt", "Havnebakken", "Strandparken",
               "Myrheia næringsområde", "Nesodden hyttefelt", "Brekkesletta", "Storneset", "Lyngholmen"]


# areas with no plan yet: a planinitiativ for one of these is a new matter
_NEW_PLAN_NAMES = ["Ospeli", "Tarevika hyttefelt", "Seilmakerbrygga", "Rabbane næringspark", "Kvitberg sør",
                   "Nøstbakken", "Vardehaugen"]


def _plan_case(rng: random.Random, world: World, tenant: str) -> tuple:
    name = pick(rng, _PLAN_NAMES)
    planid = f"{rng.randint(1500, 1580)}{rng.choice([2024, 2025, 2026])}{rng.randint(1, 20):02d}"
    case = world.open_case(tenant, "plansak", f"Detaljregulering for {name} - planID {planid}")
    return case, name, planid


_PL_CONSULT = {
    "nb": {
        "ny": [
            ("På vegne av {th} oversender vi planinitiativ for detaljregulering av {name}. Vi ber om "
             "oppstartsmøte, gjerne i løpet av de neste fire ukene. Planinitiativet med kart og skisser "
             "ligger vedlagt."),
            ("Hei,\nVedlagt følger planinitiativ for {name}. Forslagsstiller er {th}. Vi er plankonsulent og "
             "kontaktperson mot kommunen."),
        ],
        "sak": [
            ("Vi viser til oppstartsmøte og {ref}. Vedlagt oversendes komplett planforslag for {name}, planID "
             "{planid}: plankart (SOSI og PDF), bestemmelser, planbeskrivelse og ROS-analyse. Vi ber om at "
             "forslaget legges ut til offentlig ettersyn."),
            ("Revidert planforslag etter offentlig ettersyn – {name} ({refn}). Endringene er markert i "
             "planbeskrivelsen kapittel 9, og merknadene er oppsummert og kommentert i eget vedlegg."),
            ("Hei,\nHar dere rukket å se på referatet fra oppstartsmøtet for {name}? Vi har lagt inn våre "
             "kommentarer med gult i vedlagte fil. {ref}"),
            ("Varsel om oppstart av planarbeid – {name}, planID {planid}\n\nKommunen mottar herved kopi av "
             "varselet som er sendt naboer, grunneiere og regionale myndigheter. Frist for innspill er {dato}. "
             "Jf. {ref}."),
        ],
    },
    "nn": {
        "ny": [
            ("På vegner av {th} sender vi planinitiativ for detaljregulering av {name}. Vi ber om "
             "oppstartsmøte. Planinitiativet ligg ved."),
        ],
        "sak": [
            ("Vi viser til oppstartsmøtet og {ref}. Vedlagt ligg komplett planframlegg for {name}, planID "
             "{planid}, med plankart, føresegner, planomtale og ROS-analyse. Vi ber om at framlegget vert lagt "
             "ut til offentleg ettersyn."),
            "Revidert planframlegg etter offentleg ettersyn – {name} ({refn}). Endringane er merkte i planomtalen.",
        ],
    },
}


def make_pl_konsulent(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _PL_CONSULT)
    pro = Pro(rng, world, pick(rng, ["plan", "plan", "arkitekt"]))
    kind = "ny" if rng.random() < 0.3 else "sak"
    th = pick(rng, [world.person().name, world.person().last + " Eiendom AS", pick(rng, _STEMS) + "tomter AS"])
    s = {"th": th, "dato": _date(rng, world)}
    sak = None
    if kind == "ny":
        s.update(name=pick(rng, _NEW_PLAN_NAMES), planid="")
    else:
        case, name, planid = _plan_case(rng, world, tenant)
        sak = case.sak
        s.update(name=name, planid=planid, ref=_ref(world, case.sak, lang), refn=world.cite(case.sak))
    text = _fill(pick(rng, _PL_CONSULT[lang][kind]), s)
    body = _noise(rng, text, lang, [s["name"]], p_terse=0.05, p_typo=0.1, p_mobile=0.05, sig=pro.sig(rng, lang))
    doc = "Planinitiativ" if kind == "ny" else pick(rng, ["Planbeskrivelse", "Planforslag", "Referat oppstartsmøte",
                                                           "Varsel om oppstart"])
    atts = [AttachmentSpec(f"{doc.replace(' ', '_')}_{_low(s['name'])}.pdf", "pdf",
                           f"{doc}\nDetaljregulering for {s['name']}\nForslagsstiller: {th}\nPlankonsulent: {pro.firm}")]
    if kind == "sak" and rng.random() < 0.4:
        atts.append(AttachmentSpec("Reguleringsbestemmelser.docx", "docx",
                                   f"Reguleringsbestemmelser\n{s['name']}\n§ 1 Formål"))
    subject = pick(rng, [f"Planinitiativ – {s['name']}", f"Detaljregulering {s['name']}",
                         f"Planforslag {s['name']}" + (f" – {s.get('refn')}" if sak else ""),
                         f"{s['name']} - dokumenter"])
    return _draft(tenant, pro.name, pro.email, subject, body, "plansak", sak=sak, av=pro.av(), attachments=atts,
                  note="Plan consultant sends plan documents; new planinitiativ gets sak null.")


_PL_AUTH = {
    "nb": [
        ("Vi viser til varsel om oppstart av detaljregulering for {name}, {ref}.\n\n{ag} har ansvar for "
         "fylkesvegen som grenser til planområdet. Vi ber om at planen sikrer frisikt i kryssene og at "
         "avkjørsler samles. Gang- og sykkelforbindelse til skolen må vurderes særskilt.\n\nVi ber om å få "
         "planforslaget tilsendt når det legges ut til offentlig ettersyn."),
        ("Uttalelse til detaljregulering for {name} – offentlig ettersyn\nDeres ref.: {refn}\nVår ref.: "
         "{their}\n\nPlanforslaget legger opp til bebyggelse i et område med kjent fare for "
         "kvikkleireskred. Vi fremmer innsigelse til planen inntil det foreligger en faglig vurdering av "
         "områdestabilitet, jf. byggteknisk forskrift § 7-3."),
        "Se vedlagte uttalelse fra {ag} til planforslaget for {name}, jf. {ref}.",
        ("{ag} kjenner ikke til automatisk fredete kulturminner i planområdet for {name}. Vi minner likevel om "
         "aktsomhetsplikten i kulturminneloven § 8 andre ledd. Dette bør tas inn i bestemmelsene. {ref}"),
    ],
    "nn": [
        ("Vi viser til varsel om oppstart av detaljregulering for {name}, {ref}.\n\n{ag} minner om at "
         "strandsona skal takast vare på, og at omsynet til friluftsliv må greiast ut. Vi ber om å få "
         "planframlegget tilsendt når det vert lagt ut til offentleg ettersyn."),
        ("Fråsegn til detaljregulering for {name} – offentleg ettersyn\nDykkar ref.: {refn}\nVår ref.: "
         "{their}\n\nPlanframlegget manglar vurdering av havnivåstiging og stormflo. Vi ber om at dette vert "
         "innarbeidd før vedtak."),
        "Sjå vedlagt fråsegn frå {ag} til planframlegget for {name}, jf. {ref}.",
    ],
}


def make_pl_myndighet(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _PL_AUTH)
    ag = Agency(rng, world, pick(rng, ["svv", "fk", "sf", "nve", "fk"]))
    case, name, planid = _plan_case(rng, world, tenant)
    s = {"name": name, "ag": ag.name, "ref": _ref(world, case.sak, lang), "refn": world.cite(case.sak),
         "their": _their_ref(rng)}
    text = _fill(pick(rng, _PL_AUTH[lang]), s)
    body = text + "\n\n" + ag.sig(rng, lang, pick(rng, ["overingeniør", "rådgiver", "seniorrådgiver",
                                                          "arealplanlegger", "avdelingsleiar" if lang == "nn" else "avdelingsleder"]))
    atts = [AttachmentSpec(f"Uttalelse_{_low(name)}.pdf", "pdf",
                           f"{ag.name}\n{'Fråsegn' if lang == 'nn' else 'Uttalelse'} til detaljregulering for {name}\n"
                           f"Dykkar/Deres ref. {s['refn']} Vår ref. {s['their']}")] if rng.random() < 0.6 else []
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                  pick(rng, [f"Uttale - detaljregulering {name}", f"{name} - planID {planid}",
                             f"Fråsegn til reguleringsplan {name}" if lang == "nn" else f"Uttalelse til reguleringsplan for {name}",
                             f"Deres ref {s['refn']}"]),
                  body, "plansak", sak=case.sak, av=ag.av(), attachments=atts,
                  accept=[{"category": "horing", "sak": case.sak}],
                  note="Regional authority's statement to a reguleringsplan: plansak; horing also defensible.")


_PL_MERKNAD = [
    ("Merknad til {plan} – eiendommen gnr. {gnr} bnr. {bnr}\n\nVi representerer grunneier {client}. "
     "Planforslaget viser klientens eiendom regulert til grønnstruktur. Dette innebærer i praksis et "
     "byggeforbud uten at kommunen har vurdert alternativ plassering av turdraget. Vi ber om at området "
     "videreføres som boligformål, og forbeholder klienten retten til å kreve innløsning etter plan- og "
     "bygningsloven § 15-2 dersom planen vedtas som foreslått.{ref}"),
    ("På vegne av {client} oversendes merknad til {plan}. Se vedlagte brev.{ref}"),
    ("Innspill til {plan}\n\nVår klient {client} eier gnr. {gnr} bnr. {bnr}. Klienten ønsker at "
     "eiendommens nordre del avsettes til fritidsbebyggelse i planen. Innspillet er nærmere "
     "begrunnet i vedlagte notat med kartutsnitt.{ref}"),
]


def make_pl_advokat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["advokat", "advokat", "plan"]))
    prop = world.property()
    client = world.person()
    if rng.random() < 0.5:
        case, name, planid = _plan_case(rng, world, tenant)
        plan = f"detaljregulering for {name}, planID {planid}"
    else:
        yr = rng.choice([2026, 2027])
        case = world.open_case(tenant, "plansak", f"Kommuneplanens arealdel {yr}-{yr + 12}")
        plan = f"kommuneplanens arealdel {yr}–{yr + 12}"
    # a detaljregulering is identified by its planID; the arealdel is always cited by case number,
    # since the archive may hold the same title more than once
    ref = "\n\n" + _ref(world, case.sak, "nb") if rng.random() < 0.7 or "arealdel" in plan else ""
    text = _fill(pick(rng, _PL_MERKNAD), {"plan": plan, "client": client.name, "gnr": prop.gnr, "bnr": prop.bnr,
                                          "ref": ref})
    atts = [AttachmentSpec("Merknad.pdf", "pdf", f"{pro.firm}\nMerknad til {plan}\nKlient: {client.name}\n"
                                                 f"Gnr. {prop.gnr} bnr. {prop.bnr}")] if "vedlagte" in text else []
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"Merknad – {plan}", f"Innspill til {plan}",
                                                           f"{plan[0].upper() + plan[1:]} – gnr. {prop.gnr}/{prop.bnr}"]),
                  text + "\n\n" + pro.sig(rng, "nb", full=True), "plansak", sak=case.sak, av=pro.av(),
                  attachments=atts, note="Merknad naming the plan (planID or arealdel period) belongs to the plan case.")


# ======================================================================================
# innsynskrav
# ======================================================================================

_PAPERS = ["Fjordvik Tidende", "Havøyposten", "Kystnytt", "Vestkyst Avis", "Sjøvågen Blad", "NRK Vestkyst"]
_DOCTITLES = ["Tilsynsrapport - {inst}", "Varsel om pålegg", "Notat til kommunedirektøren om budsjettavvik",
              "Avtale om kjøp av tomt", "Svar på bekymringsmelding fra tillitsvalgte", "Rapport fra forvaltningsrevisjon",
              "Brev fra Statsforvalteren", "Tilbudsprotokoll", "Avviksmelding", "E-post fra advokat"]
_INSTS = ["Strandheim sykehjem", "Havnebakken skole", "Vikane barnehage", "brannstasjonen", "renseanlegget"]


def _docline(rng: random.Random, world: World, case_sak: str | None) -> str:
    sak = case_sak or world.unknown_saknr()
    title = pick(rng, _DOCTITLES).format(inst=pick(rng, _INSTS))
    form = rng.random()
    if form < 0.4:
        return f"{world.cite(sak, doc=True)} {title}, journalført {_date(rng, world)}"
    if form < 0.7:
        return f"«{title}», saksnr. {world.cite(sak)}, dok.nr. {rng.randint(1, 30)}, datert {_date(rng, world)}"
    return f"Sak {world.cite(sak)} – {title} (postjournal {_date(rng, world)})"


_INN_JOURNALIST = {
    "nb": [
        ("Innsynskrav\n\nMed hjemmel i offentleglova § 3 ber jeg om innsyn i følgende dokumenter, slik de "
         "står oppført i postjournalen:\n\n{docs}\n\nDersom innsyn helt eller delvis avslås, ber jeg om at "
         "hjemmel oppgis og at det vurderes merinnsyn etter § 11. Jeg ber om svar så raskt som mulig, jf. § 29."),
        "Hei! Ber om innsyn i {doc1}. Gjerne i dag om mulig, vi jobber med en sak til morgendagens avis.",
        ("Til postmottak\n\nJeg er journalist i {paper} og ber om kopi av {doc1}.\n\nI tillegg ønsker jeg "
         "innsyn i all korrespondanse i samme sak fra og med 1. juni, også e-post som ikke er journalført. "
         "Jeg minner om at dokumentet skal vurderes konkret, og at en eventuell sladding må begrunnes."),
        ("Jeg viser til avslag på innsyn mottatt {dato} og ber om at kommunen vurderer saken på nytt. Subsidiært "
         "påklages avslaget til Statsforvalteren. Kravet gjaldt {doc1}."),
    ],
    "nn": [
        ("Innsynskrav\n\nEg ber om innsyn i desse dokumenta, slik dei står i postjournalen:\n\n{docs}\n\nViss "
         "innsyn vert avslått, ber eg om heimel og vurdering av meirinnsyn."),
        "Hei. Ber om innsyn i {doc1}. Vi treng det helst i dag.",
    ],
    "en": [
        ("Dear archive,\n\nUnder the Norwegian Freedom of Information Act (offentleglova) I request access to "
         "the following documents:\n\n{docs}\n\nElectronic copies are fine. Thank you."),
    ],
}


def make_inn_journalist(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _INN_JOURNALIST, english=0.06)
    p = world.person()
    paper = pick(rng, _PAPERS)
    email = f"{_low(p.first)}.{_low(p.last)}@{_low(paper.split()[0] + (paper.split()[1] if len(paper.split()) > 1 else ''))}.no"
    case_sak = None
    accept = []
    if rng.random() < 0.5:
        cat = pick(rng, ["tilsyn", "anskaffelse", "politisk", "helse_omsorg", "eiendomsskatt"])
        title = {"tilsyn": "Tilsyn - " + pick(rng, _INSTS), "anskaffelse": "Anskaffelse - " + pick(rng, [("rammeavtale "
                 "renhold"), "ny brannbil", "konsulenttjenester IKT"]), "politisk": "Budsjett og økonomiplan",
                 "helse_omsorg": "Avvik og kvalitet - " + pick(rng, _INSTS),
                 "eiendomsskatt": "Alminnelig omtaksering eiendomsskatt"}[cat]
        case_sak = world.open_case(tenant, cat, title).sak
    docs = [_docline(rng, world, case_sak if i == 0 else None) for i in range(rng.randint(1, 4))]
    s = {"docs": "\n".join("- " + d for d in docs), "doc1": docs[0], "paper": paper, "dato": _date(rng, world)}
    text = _fill(pick(rng, _INN_JOURNALIST[lang]), s)
    sig = f"{p.name}\n" + pick(rng, ["journalist", "reporter", "nyhetsjournalist", "redaktør"]) + f", {paper}" \
          + (f"\n{world.phone()}" if rng.random() < 0.6 else "")
    body = _noise(rng, text, lang, [paper], p_terse=0.1, p_typo=0.1, p_mobile=0.2, sig=sig)
    return _draft(tenant, p.name, email, pick(rng, ["Innsynskrav", "Innsyn", f"Innsynskrav – {paper}",
                                                     "Krav om innsyn, haster", "Request for access" if lang == "en" else "Innsyn postjournal"]),
                  body, "innsynskrav", av=avsender(p.name, email), accept=accept,
                  note="Journalist cites journal entries; innsynskrav always gets sak null.")


_INN_RESEARCH = {
    "nb": [
        ("Jeg er forsker ved {inst} og arbeider med et prosjekt om kommunenes praksis ved {topic}. Jeg ber "
         "om innsyn i vedtak fattet i perioden 2023–2025 på dette feltet. En liste over sakene jeg har funnet "
         "i postjournalen ligger vedlagt. Personopplysninger kan gjerne sladdes."),
        ("Innsynskrav til forskningsformål\n\nVi ber om innsyn i saksdokumentene i følgende saker: {docs}.\n\n"
         "Prosjektet er meldt til Sikt. Vi har ikke behov for opplysninger som er underlagt taushetsplikt."),
    ],
    "en": [
        ("Dear Sir/Madam,\n\nI am a researcher at {inst} studying {topic_en} in Norwegian municipalities. "
         "I would like to request access to the documents listed in the attached spreadsheet, under the "
         "Freedom of Information Act. Redacted copies are perfectly acceptable."),
        "Hello, could I get copies of {docs}? This is for a research project. Many thanks.",
    ],
}


def make_inn_forsker(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "en" if rng.random() < 0.35 else "nb"
    p = world.person()
    inst = pick(rng, ["Senter for kommuneforskning", "Institutt for planlegging, Universitetet i Kyststad",
                      "Nordvest forskingsinstitutt", "Høgskolen på Vestkysten"])
    email = f"{_low(p.first)}.{_low(p.last)}@" + pick(rng, ["kommuneforsk.no", "uni-kyststad.no", "nvfi.no", "hvk.no"])
    docs = [_docline(rng, world, None) for _ in range(rng.randint(1, 3))]
    s = {"inst": inst, "topic": pick(rng, ["dispensasjoner i strandsonen", "innsynsbehandling",
                                            "tildeling av sykehjemsplasser", "skjenkekontroller"]),
         "topic_en": pick(rng, ["planning exemptions", "freedom of information practice", "local climate plans"]),
         "docs": "; ".join(docs)}
    text = _fill(pick(rng, _INN_RESEARCH[lang]), s)
    atts = [AttachmentSpec(pick(rng, ["saksliste.docx", "innsyn_liste.docx", "document_list.docx"]), "docx",
                           "Liste over dokumenter\n" + "\n".join(docs + [_docline(rng, world, None) for _ in range(3)]))] \
        if "vedlagt" in text or "attached" in text else []
    sig = "\n\n" + closing(rng, lang) + f"\n{p.name}\n" + pick(rng, ["forsker", "postdoktor", "stipendiat",
                                                                     "Researcher", "PhD candidate"]) + f"\n{inst}"
    return _draft(tenant, p.name, email, pick(rng, ["Innsynskrav – forskningsprosjekt", "Request for access to documents",
                                                     "Innsyn i vedtak", "FOI request"]),
                  text + sig, "innsynskrav", av=avsender(p.name, email), attachments=atts,
                  note="Researcher's innsynskrav; case numbers in it are not open cases of this archive.")


_INN_ORG = [
    ("Vi ber om innsyn i tilbudsprotokollen og tildelingsnotatet i konkurransen om {what}, {ref}. Vi er "
     "kjent med at forretningshemmeligheter kan unntas, men ber om at resten av dokumentene gis ut."),
    ("Innsynskrav på vegne av {org}\n\nVi ber om kopi av korrespondansen mellom kommunen og utbygger i "
     "saken om {what}, {ref}, herunder møtereferater."),
    ("Hei. {org} ber om innsyn i postjournalen for uke {week} og {week2}, og i dokument nr. {n} i {ref}."),
]


def make_inn_organisasjon(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    if rng.random() < 0.5:
        pro = Pro(rng, world, "advokat")
        name, email, av, sig = pro.name, pro.email, pro.av(), pro.sig(rng, "nb")
        org = pro.firm
    else:
        p = world.person()
        org = pick(rng, ["Naturvernlaget Vestkyst", "Fjordvik Næringsforum", "Huseiernes lokallag Havøy",
                         "Foreningen Kystarv", "Turlaget Nordhamn"])
        email = f"{_low(org.split()[0])}@" + pick(rng, ["gmail.com", "online.no", f"{_low(org.split()[0])}.no"])
        name, av = p.name, avsender(org, email)
        sig = closing(rng, "nb") + f"\n{p.name}\n" + pick(rng, ["leder", "styremedlem", "sekretær"]) + f", {org}"
    what = pick(rng, ["rammeavtale for byggeledelse", "utbyggingsavtale Havnebakken", "kjøp av tomt i Myrheia",
                      "drift av kommunale ferjekaier"])
    accept = []
    if rng.random() < 0.6:
        case = world.open_case(tenant, "anskaffelse" if "rammeavtale" in what else "plansak", what.capitalize())
        ref = _ref(world, case.sak, "nb")
    else:
        ref = _ref(world, world.unknown_saknr(), "nb")
    text = _fill(pick(rng, _INN_ORG), {"what": what, "ref": ref, "org": org, "week": rng.randint(30, 40),
                                       "week2": rng.randint(41, 44), "n": rng.randint(2, 25)})
    return _draft(tenant, name, email, pick(rng, ["Innsynskrav", f"Innsyn – {what}", "Krav om innsyn etter offentleglova"]),
                  text + "\n\n" + sig, "innsynskrav", av=av, accept=accept,
                  note="Innsynskrav naming a case: innsynskrav gets sak null.")


# ======================================================================================
# politisk, horing, tilsyn
# ======================================================================================

_POL_ORG = {
    "nb": [
        ("Til ordføreren og gruppelederne i kommunestyret\n\n{org} har med uro sett at rådmannens forslag til "
         "budsjett kutter driftstilskuddet til {topic}. Vi ber om et møte med formannskapet før budsjettet "
         "behandles, og legger ved vårt notat med konsekvensene av kuttet."),
        ("Åpent brev til {kommune}\n\nVi i {org} ber kommunestyret om å stanse planene om {plan}. Området "
         "brukes daglig av skoleklasser, turgåere og fiskere. Over 900 innbyggere har skrevet under på "
         "oppropet, som vi overleverer i kommunestyremøtet."),
        ("Hei ordfører,\nTakk for et godt møte forrige uke. Som lovet sender vi en kort oppsummering av "
         "forslagene fra {org}, se vedlegg. Vi håper de kan tas med i arbeidet med handlingsplanen."),
        ("Til hovedutvalg for miljø og teknikk\n\nI forbindelse med sak PS {ps}/{yy} om {plan} ber {org} om "
         "å få holde en kort orientering i møtet. Vi trenger ti minutter."),
    ],
    "nn": [
        ("Til ordføraren og gruppeleiarane i kommunestyret\n\n{org} har sett at framlegget til budsjett kuttar "
         "driftstilskotet til {topic}. Vi ber om eit møte med formannskapet før budsjettet vert handsama."),
        ("Ope brev til {kommune}\n\nVi i {org} ber kommunestyret stanse planane om {plan}. Området vert brukt "
         "kvar dag av skuleklassar og turgåarar."),
    ],
}


def make_pol_organisasjon(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _POL_ORG)
    p = world.person()
    org = pick(rng, ["Pensjonistforeningen Fjordglimt", "Næringsforeningen Vestkyst", "Fjordvern Vest",
                     "Foreldrenettverket i kommunen", "Idrettsrådet", "Ungdomsrådet", "Handelsstanden sentrum"])
    email = pick(rng, [f"{_low(p.first)}.{_low(p.last)}@{pick(rng, ['gmail.com', 'online.no'])}",
                       f"post@{_low(org.split()[0])}.no", f"leder@{_low(org.split()[0])}.no"])
    s = {"org": org, "kommune": kommune_name(tenant), "topic": pick(rng, ["frivilligsentralen", "fritidsklubben",
                                                                       "kulturskolen", "turløypene"]),
         "plan": pick(rng, ["å legge ned Vikane skole", "ny masseuttaksplass ved Storneset",
                            "å flytte legevakten", "parkeringsavgift i sentrum"]),
         "ps": rng.randint(10, 120), "yy": rng.choice([25, 26])}
    text = _fill(pick(rng, _POL_ORG[lang]), s)
    sak = None
    if rng.random() < 0.3:
        case = world.open_case(tenant, "politisk", f"Henvendelse til formannskapet - {s['plan']}", part=org)
        text += "\n\n" + _ref(world, case.sak, lang)
        sak = case.sak
    sig = closing(rng, lang) + f"\n{p.name}\n" + pick(rng, ["leder", "styreleder", "daglig leder", "nestleder"]) \
        + f"\n{org}"
    atts = [AttachmentSpec(pick(rng, ["Notat.pdf", "Opprop.pdf", "Innspill.pdf"]), "pdf",
                           f"{org}\nInnspill til {kommune_name(tenant)}\n{s['plan']}")] if "vedlegg" in text or "legger ved" in text else []
    return _draft(tenant, p.name, email, pick(rng, ["Til ordføreren", "Åpent brev", f"Brev fra {org}",
                                                     "Budsjett " + str(rng.choice([2027, 2027])), "Ønske om møte"]),
                  text + "\n\n" + sig, "politisk", sak=sak, av=avsender(org, email), attachments=atts,
                  note="Interest organisation to politicians. 'PS nn/yy' is a meeting item number, not a case.")


_HOR_IN = {
    "nb": [
        ("Høring – {what}\n\n{ag} sender med dette {what} på høring. Høringsdokumentene ligger vedlagt og på "
         "våre nettsider. Frist for uttalelse er {dato}. Uttalelser sendes elektronisk til {mail}."),
        "Vedlagt følger høringsbrev om {what}. Høringsfrist {dato}.",
        ("Til høringsinstansene\n\nVi viser til tidligere varsel og sender nå {what} på offentlig høring. "
         "Kommunene bes særlig vurdere konsekvensene for egen tjenesteproduksjon."),
    ],
    "nn": [
        ("Høyring – {what}\n\n{ag} sender med dette {what} på høyring. Høyringsdokumenta ligg ved. Frist for "
         "fråsegn er {dato}. Fråsegner vert sende til {mail}."),
        "Vedlagt følgjer høyringsbrev om {what}. Høyringsfrist {dato}.",
    ],
}
_HOR_WHAT = ["regional plan for kysten 2027–2039", "forslag til forskrift om fiske i sjø", ("regional "
             "transportplan"), "kommuneplanens samfunnsdel for nabokommunen", "ny interkommunal forskrift om slam",
             "regional plan for vassforvaltning"]


def make_hor_etat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _HOR_IN)
    outgoing_reply = rng.random() < 0.35
    if outgoing_reply:  # an organisation's høringsuttalelse to one of the kommune's own høringer
        pro = Pro(rng, world, pick(rng, ["konsulent", "forvalter"]))
        hearing = pick(rng, ["forslag til gebyrregulativ", "revidert renovasjonsforskrift", "ny parkeringsforskrift",
                             "forskrift om eiendomsskatt"])
        case = world.open_case(tenant, "horing", f"Høring - {hearing}")
        text = pick(rng, [
            f"Vedlagt følger høringsuttalelse fra {pro.firm} til {hearing}, {_ref(world, case.sak, 'nb')}.",
            (f"Høringsuttalelse – {hearing}\n\nVi viser til høringsbrev, {_ref(world, case.sak, 'nb')}. "
             "Vi støtter hovedlinjene, men mener overgangsperioden på seks måneder er for kort for virksomheter "
             "som må gjøre investeringer. Vi foreslår tolv måneder."),
        ])
        return _draft(tenant, pro.name, pro.email, f"Høringsuttalelse – {hearing}", text + "\n\n" + pro.sig(rng, "nb"),
                      "horing", sak=case.sak, av=pro.av(),
                      attachments=[AttachmentSpec("Horingsuttalelse.pdf", "pdf", f"Høringsuttalelse\n{pro.firm}\n{hearing}")]
                      if "Vedlagt" in text else [],
                      note="A firm's høringsuttalelse to the kommune's own høring: filed in that case.")
    key = pick(rng, ["fk", "sf", "kommune", "kommune", "nve"])
    ag = Agency(rng, world, key)
    what = pick(rng, _HOR_WHAT)
    if key == "kommune":
        what = pick(rng, ["kommuneplanens arealdel", "kommuneplanens samfunnsdel", "interkommunal plan for sjøareal"])
    s = {"ag": ag.name, "what": what, "dato": _date(rng, world), "mail": f"post@{ag.domain}"}
    text = _fill(pick(rng, _HOR_IN[lang]), s)
    body = text + "\n\n" + ag.sig(rng, lang, pick(rng, ["rådgiver", "seniorrådgiver", "plansjef", "fagleiar" if lang == "nn" else "fagleder"]))
    accept = [{"category": "plansak"}] if key == "kommune" and "areal" in what else []
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                  pick(rng, [f"Høring – {what}", f"Høyring – {what}" if lang == "nn" else f"Høringsbrev – {what}",
                             "Høring", f"Offentlig ettersyn – {what}"]),
                  body, "horing", av=ag.av(),
                  attachments=[AttachmentSpec("Horingsbrev.pdf", "pdf", f"{ag.name}\nHøring\n{what}")],
                  accept=accept, note="Another public body sends a høring to the kommune: new case.")


_TS_VARSEL = {
    "sf": {
        "nb": [
            ("Varsel om tilsyn med {area}\n\nStatsforvalteren vil gjennomføre tilsyn med {kommune} om {area}. "
             "Tilsynet gjennomføres som systemrevisjon. Vi ber om at dokumentene i vedlagte liste oversendes "
             "innen {dato}. Åpningsmøte foreslås holdt i kommunehuset."),
            ("Endelig tilsynsrapport – {area}\n\nVedlagt følger endelig rapport. Det ble avdekket to lovbrudd. "
             "Kommunen bes utarbeide en plan for retting og sende den til oss innen {dato}."),
        ],
        "nn": [
            ("Varsel om tilsyn med {area}\n\nStatsforvaltaren vil gjennomføre tilsyn med {kommune} om {area}. "
             "Vi ber om at dokumenta i vedlagt liste vert sende innan {dato}."),
            "Vedlagt følgjer endeleg tilsynsrapport. Det vart avdekt eitt lovbrot. Frist for plan for retting er {dato}.",
        ],
    },
    "mt": {
        "nb": [
            ("Varsel om vedtak – {vannverk}\n\nVed tilsyn {dato} fant Mattilsynet at vannverket ikke har "
             "oppdatert beredskapsplan, og at prøveplanen ikke følges. Vi varsler at vi vil fatte vedtak om "
             "retting. Kommunen kan uttale seg innen tre uker."),
            "Se vedlagte tilsynsrapport etter inspeksjon ved {vannverk}.",
        ],
        "nn": [
            ("Førehandsvarsel om vedtak – {vannverk}\n\nVed tilsyn {dato} fann Mattilsynet at vassverket ikkje har "
             "oppdatert beredskapsplan. Kommunen kan uttale seg innan tre veker."),
        ],
    },
    "at": {
        "nb": [
            ("Arbeidstilsynet gjennomførte tilsyn ved {inst} {dato}. Vi varsler pålegg om risikovurdering av "
             "vold og trusler. Se vedlagte rapport."),
        ],
    },
    "dt": {
        "nb": [
            ("Datatilsynet har mottatt melding om avvik fra {kommune} og ber om en redegjørelse for hvilke "
             "tiltak som er gjennomført. Vi ber om svar innen {dato}."),
        ],
    },
}


def make_tilsyn_varsel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key = rng.choices(["sf", "mt", "at", "dt"], [4, 3, 1.5, 1])[0]
    variants = _TS_VARSEL[key]
    lang = _lang(rng, tenant, variants)
    ag = Agency(rng, world, key)
    s = {"kommune": kommune_name(tenant), "dato": _date(rng, world),
         "area": pick(rng, ["kommunens beredskapsarbeid", "elevenes skolemiljø", ("tjenester til personer med "
                                                                                 "utviklingshemning"), "kommunens arbeid med introduksjonsprogram"]),
         "vannverk": pick(rng, ["Fjellvatn vannverk", "Havøy vassverk", "Sentrum vannverk", "Nordsida vassverk"]),
         "inst": pick(rng, _INSTS)}
    text = _fill(pick(rng, variants[lang]), s)
    body = text + "\n\n" + ag.sig(rng, lang, pick(rng, ["seniorinspektør", "inspektør", "revisjonsleder",
                                                          "seniorrådgiver", "rådgiver"]))
    doc = pick(rng, ["Varsel_om_tilsyn.pdf", "Tilsynsrapport.pdf", "Varsel_om_vedtak.pdf"])
    atts = [AttachmentSpec(doc, "pdf", f"{ag.name}\n{doc[:-4].replace('_', ' ')}\n{kommune_name(tenant)}\nVår ref. {_their_ref(rng)}")]
    accept = [{"category": "vann_avlop"}] if key == "mt" else []
    d = _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
               pick(rng, ["Varsel om tilsyn", "Tilsynsrapport", f"Tilsyn – {s['area']}" if key == "sf" else
                          f"Tilsyn {s['vannverk']}" if key == "mt" else "Varsel om pålegg", f"Vår ref. {_their_ref(rng)}"]),
               body, "tilsyn", av=ag.av(), attachments=atts, accept=accept,
               note="Supervisory authority letter; its own reference is not a case of ours.")
    if rng.random() < 0.15:
        d = _forward(rng, world, d)
    return d


_TS_CHAIN = {
    "nb": [
        ("Takk for tilsendt plan for retting. Statsforvalteren vurderer at tiltakene er tilstrekkelige for "
         "avvik 1, men ikke for avvik 2. Vi ber om dokumentasjon på at rutinen er implementert, innen {dato}."),
        ("Vi har mottatt kommunens redegjørelse. Tilsynet avsluttes. Vi minner om at kommunen selv må følge "
         "opp at tiltakene virker."),
        "Kan dere bekrefte at vedlegg 3 i forrige forsendelse er korrekt versjon? Den vi mottok er udatert.",
    ],
    "nn": [
        ("Takk for tilsend plan for retting. Statsforvaltaren meiner tiltaka er tilstrekkelege for avvik 1, "
         "men ikkje for avvik 2. Vi ber om dokumentasjon innan {dato}."),
        "Vi har motteke utgreiinga frå kommunen. Tilsynet vert avslutta.",
    ],
}


def make_tilsyn_kjede(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _TS_CHAIN)
    ag = Agency(rng, world, "sf")
    area = pick(rng, ["beredskap", "skolemiljø", "sosiale tjenester i NAV", "helse- og omsorgstjenester"])
    case = world.open_case(tenant, "tilsyn", f"Tilsyn med {area} - Statsforvalteren {rng.choice([2025, 2026])}")
    their = _their_ref(rng)
    ours = world.cite(case.sak, doc=rng.random() < 0.5)
    text = _fill(pick(rng, _TS_CHAIN[lang]), {"dato": _date(rng, world)})
    head = pick(rng, [f"Dykkar ref.: {ours}  Vår ref.: {their}\n\n" if lang == "nn" else f"Deres ref.: {ours}  Vår ref.: {their}\n\n",
                      "", ""])
    quoted = _employee_msg(rng, world, tenant, f"Plan for retting - tilsyn {area}",
                           f"Vedlagt følger kommunens plan for retting etter tilsynet.\nVår ref. {ours}\nDeres ref. {their}")
    body = head + text + "\n\n" + ag.sig(rng, lang, pick(rng, ["seniorrådgiver", "revisjonsleder", "rådgiver"]))
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                  pick(rng, ["SV: ", "RE: "]) + quoted.subject, body, "tilsyn", sak=case.sak, av=ag.av(), quoted=quoted,
                  note="Statsforvalteren's reply; 'Deres ref.' is our case, 'Vår ref.' is theirs.")


# ======================================================================================
# skole, barnehage, helse_omsorg, barnevern
# ======================================================================================

_SCHOOLS = ["Vikane skole", "Holmen barneskole", "Strandå ungdomsskole", "Nordsida skule", "Bakkeli oppvekstsenter",
            "Lia skule"]

_SK_HELSE = {
    "nb": [
        ("Henvisning / samarbeid om elev\n\nElev: {kid}, f. {fnr}, {klasse} ved {school}.\n\nEleven er utredet "
         "ved BUP og har fått diagnosen {diag}. Vi anbefaler at skolen tilrettelegger med {tiltak}, og ber om "
         "at PP-tjenesten vurderer behovet for spesialundervisning. Foresatte har samtykket til at vi tar "
         "kontakt.\n\nEpikrise følger vedlagt."),
        ("Sakkyndig vurdering for {kid}, {klasse} ved {school}, følger vedlagt. PPT tilrår spesialundervisning "
         "i norsk og matematikk, {timer} timer per uke, og assistent i friminutt på grunn av {diag}."),
        ("Hei,\nVi har utskrevet {kid} fra døgnavdelingen i dag. Hen skal tilbake til {school} fra mandag med "
         "redusert timeplan. Kan dere sørge for at kontaktlærer og rektor får beskjed? Ring meg ved spørsmål."),
    ],
    "nn": [
        ("Sakkunnig vurdering for {kid}, {klasse} ved {school}, følgjer vedlagt. PPT rår til spesialundervisning "
         "{timer} timar i veka på grunn av {diag}."),
        ("Eleven {kid} ({fnr}) er utgreidd ved BUP og har fått diagnosen {diag}. Vi rår til at skulen legg til "
         "rette med {tiltak}. Føresette har samtykt."),
    ],
}
_SK_OVERFORING = [
    ("Vi viser til at {kid} flytter til {kommune} og skal begynne ved {school} fra {dato}. Vi ber om at "
     "elevmappen oversendes oss, og at kommunen bekrefter skoleplass."),
    ("Refusjonskrav for gjesteelev\n\n{kid} har gått på skole i vår kommune skoleåret 2025/26 med bostedsadresse "
     "i {kommune}. Vi krever refusjon etter satsene i forskriften. Faktura kommer separat, men vi ber om en "
     "bekreftelse på at elevens bosted er korrekt."),
]


def make_sk_helse(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    kid = Person(people.kid(rng)[0], world.person().last)
    s = {"kid": kid.name, "fnr": world.fodselsnummer(), "school": pick(rng, _SCHOOLS), "kommune": kommune_name(tenant),
         "klasse": pick(rng, ["3. trinn", "5. trinn", "7B", "8. trinn", "10A"]), "timer": rng.randint(3, 9),
         "diag": pick(rng, ["ADHD", "autismespekterforstyrrelse", "alvorlig angstlidelse", "epilepsi",
                            "dysleksi og språkvansker"]),
         "tiltak": pick(rng, ["skjermet arbeidsplass og faste pauser", "forutsigbar dagsplan",
                              "redusert timetall i en periode"]), "dato": _date(rng, world)}
    if rng.random() < 0.3:  # another kommune about a pupil who moves: no personal circumstances
        ag = Agency(rng, world, "kommune")
        text = _fill(pick(rng, _SK_OVERFORING), s)
        body = text + "\n\n" + ag.sig(rng, "nb", pick(rng, ["rektor", "skolefaglig rådgiver", "oppvekstsjef"]))
        return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                      pick(rng, ["Gjesteelev – refusjon", f"Refusjonskrav gjesteelev {kid.first}"] if "Refusjon" in text
                           else ["Elev som flytter", f"Overføring av elevmappe – {kid.first}"]),
                      body, "skole", av=ag.av(),
                      note="Another kommune about a pupil's school place; nothing sensitive, so not screened.")
    key = pick(rng, ["hf", "ppt"])
    ag = Agency(rng, world, key)
    lang = _lang(rng, tenant, _SK_HELSE)
    text = _fill(pick(rng, [t for t in _SK_HELSE[lang] if ("PPT" in t) == (key == "ppt")] or _SK_HELSE[lang]), s)
    title = pick(rng, ["psykologspesialist", "overlege", "sosionom"]) if key == "hf" else pick(rng, ["PP-rådgiver", "spesialpedagog"])
    body = text + "\n\n" + ag.sig(rng, lang, title)
    atts = [AttachmentSpec(pick(rng, ["Sakkyndig_vurdering.pdf", "Epikrise.pdf"]), pick(rng, ["pdf", "scan"]),
                           f"{ag.name}\nElev: {kid.name}\nFødselsnummer: {s['fnr']}\nVurdering og tilråding")] \
        if "vedlagt" in text else []
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                  pick(rng, ["Samarbeid om elev", "Sakkyndig vurdering", "Henvisning", "Fortrolig – elev",
                             f"Elev ved {s['school']}"]),
                  body, "skole", skjerming="P13", av=ag.av(), personnavn=[kid.name], attachments=atts,
                  note="Health trust / PPT reveals a pupil's diagnosis: P13.")


_SK_LAW = [
    (("Vi representerer foreldrene til {kid}, elev på {klasse} ved {school}.\n\n{kid_first} har over lang tid "
     "vært utsatt for krenkelser fra medelever, og har nå utviklet skolevegring og søvnproblemer som følges "
     "opp av fastlegen. Skolen har ikke satt inn tiltak i samsvar med aktivitetsplikten i opplæringslova "
     "§ 12-4. Vi ber om kopi av aktivitetsplanen og et møte med rektor innen en uke.{ref}"), True),
    (("Klage på vedtak om skoleskyss – {kid}\n\nVi viser til vedtak {ref_inline}. Foreldrene mener at "
     "skolevegen er særlig farlig, blant annet fordi fylkesvegen mangler fortau på en strekning på 1,4 km. "
     "Vedtaket påklages. Vi ber om at klagen oversendes Statsforvalteren dersom kommunen opprettholder "
     "vedtaket."), False),
    (("Vi viser til vedtak om spesialundervisning for {kid}, {ref_inline}. Foreldrene er uenige i at timetallet "
     "er redusert fra {timer} til {timer2} timer uten ny sakkyndig vurdering. Vedtaket påklages."), False),
]


def make_sk_advokat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, "advokat")
    kid = Person(people.kid(rng)[0], world.person().last)
    text, sensitive = pick(rng, _SK_LAW)
    case = world.open_case(tenant, "skole", pick(rng, ["Skoleskyss", "Spesialundervisning", "Skolemiljø"]) +
                           f" - {kid.name}", part=kid.name)
    ref = _ref(world, case.sak, "nb")
    s = {"kid": kid.name, "kid_first": kid.first, "klasse": pick(rng, ["6. trinn", "8. trinn", "9. trinn"]),
         "school": pick(rng, _SCHOOLS), "ref": "\n\n" + ref, "ref_inline": ref, "timer": rng.randint(6, 10),
         "timer2": rng.randint(2, 5)}
    body = _fill(text, s) + "\n\n" + pro.sig(rng, "nb", full=True)
    subject = pick(rng, [f"{kid.name} – {s['school']}", "Aktivitetsplikt og skolemiljø" if sensitive else "Klage på vedtak",
                         f"Elev {kid.first} {kid.last[0]}.", f"Deres ref. {world.cite(case.sak)}"])
    if sensitive:
        return _draft(tenant, pro.name, pro.email, subject, body, "skole", sak=case.sak, skjerming="P13",
                      personnavn=[kid.name], av=pro.av(),
                      note="Lawyer for parents reveals the pupil's health: P13.")
    return _draft(tenant, pro.name, pro.email, subject, body, "skole", sak=case.sak, av=pro.av(),
                  note="Lawyer's appeal in a school case; no health or family details, so not screened.")


_BH_PRIVAT = {
    "nb": [
        ("Vi viser til kommunens vedtak om driftstilskudd for {year}, {ref}. Etter vår beregning er "
         "kapitaltilskuddet lagt inn med feil byggeår, noe som gir et avvik på om lag kr {belop}. Vi ber om at "
         "vedtaket rettes, og at dette betraktes som en klage dersom kommunen er uenig."),
        ("{bhg} søker om dispensasjon fra pedagognormen for perioden 1.8.–31.12. Vi har lyst ut stillingen to "
         "ganger uten kvalifiserte søkere. Vedlagt følger utlysningstekst og oversikt over bemanningen."),
        ("Melding om endret åpningstid: Fra 1. januar åpner {bhg} kl. 07.00 og stenger kl. 16.30. Endringen er "
         "behandlet i samarbeidsutvalget."),
        ("Hei,\nI forbindelse med hovedopptaket har vi fortsatt {ledig} ledige plasser for barn over tre år. "
         "Kan kommunen sende oss søkere fra ventelisten?"),
    ],
    "nn": [
        ("Vi viser til vedtaket frå kommunen om driftstilskot for {year}, {ref}. Etter vår utrekning er "
         "kapitaltilskotet lagt inn med feil byggjeår. Vi ber om at vedtaket vert retta."),
        "Hei. {bhg} har framleis {ledig} ledige plassar etter hovudopptaket. Kan de sende søkjarar frå ventelista?",
    ],
}


def make_bh_privat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _BH_PRIVAT)
    p = world.person()
    bhg = pick(rng, ["Solsikken barnehage AS", "Tarevika FUS barnehage", "Lykkebo naturbarnehage SA",
                     "Fjæra friluftsbarnehage AS", "Kråkeslottet barnehage SA"])
    domain = _low(bhg.split()[0]) + "bhg.no"
    email = pick(rng, [f"styrer@{domain}", f"{_low(p.first)}@{domain}", f"post@{domain}"])
    orgnr = world.orgnr()
    s = {"bhg": bhg, "year": rng.choice([2025, 2026]), "belop": f"{rng.randint(40, 380)} 000",
         "ledig": rng.randint(2, 6)}
    text = pick(rng, _BH_PRIVAT[lang])
    sak, accept = None, []
    if "{ref}" in text:
        case = world.open_case(tenant, "barnehage", f"Tilskudd til private barnehager {s['year']} - {bhg}", part=bhg)
        sak, s["ref"] = case.sak, _ref(world, case.sak, lang)
        accept = [{"category": "tilskudd", "sak": case.sak}]
    body = _fill(text, s) + "\n\n" + closing(rng, lang) + f"\n{p.name}\n" + pick(rng, ["styrer", "daglig leder",
                                                                                       "eier"]) + f"\n{bhg}"
    if rng.random() < 0.4:
        body += f"\nOrg.nr. {_spaced(rng, orgnr)}"
    atts = [AttachmentSpec("Bemanningsoversikt.pdf", "pdf", f"{bhg}\nBemanning og utlysning")] if "Vedlagt" in text else []
    return _draft(tenant, p.name, email, pick(rng, ["Driftstilskudd", "Søknad om dispensasjon fra pedagognormen",
                                                     "Åpningstider", "Ledige plasser", f"{bhg}"]),
                  body, "barnehage", sak=sak, av=avsender(bhg, email, orgnr), attachments=atts, accept=accept,
                  note="Private barnehage writing to the kommune; grant questions could also go to tilskudd.")


_BH_PPT = {
    "nb": [
        ("Sakkyndig vurdering etter barnehageloven § 34 for {kid}, født {fdato}, følger vedlagt. PPT tilrår "
         "spesialpedagogisk hjelp {timer} timer per uke på grunn av {diag}."),
        ("Vi har mottatt henvisning fra {bhg} om {kid}. Barnet har {diag}, og vi ber om at barnehagen får "
         "tilført ekstra ressurs mens utredningen pågår. Foreldrene er informert."),
        ("Hei. Barneavdelingen har fulgt {kid} etter operasjonen i vår. Barnet trenger fortsatt tilrettelagt "
         "måltid og hvile midt på dagen. Vi ber om at barnehagen informeres."),
    ],
    "nn": [
        ("Sakkunnig vurdering etter barnehagelova § 34 for {kid}, fødd {fdato}, følgjer vedlagt. PPT rår til "
         "spesialpedagogisk hjelp {timer} timar i veka på grunn av {diag}."),
    ],
}


def make_bh_ppt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _BH_PPT)
    template = pick(rng, _BH_PPT[lang])
    ag = Agency(rng, world, "hf" if "Barneavdelingen" in template else "ppt")
    kid = Person(people.kid(rng)[0], world.person().last)
    s = {"kid": kid.name, "fdato": f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.choice([2021, 2022, 2023])}",
         "timer": rng.randint(2, 8), "bhg": pick(rng, ["Vikane barnehage", "Solsikken barnehage", "Lia barnehage"]),
         "diag": pick(rng, ["forsinket språkutvikling", "cerebral parese", "en alvorlig matallergi",
                            "autismespekterforstyrrelse"])}
    text = _fill(template, s)
    body = text + "\n\n" + ag.sig(rng, lang, pick(rng, ["PP-rådgiver", "logoped"] if ag.key == "ppt"
                                                      else ["spesialsykepleier", "overlege"]))
    atts = [AttachmentSpec("Sakkyndig_vurdering.pdf", pick(rng, ["pdf", "scan"]),
                           f"Sakkyndig vurdering\n{kid.name}\n{s['fdato']}")] if "vedlagt" in text else []
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                  pick(rng, ["Sakkyndig vurdering", "Spesialpedagogisk hjelp", f"Barn i {s['bhg']}", "Fortrolig"]),
                  body, "barnehage", skjerming="P13", personnavn=[kid.name], av=ag.av(), attachments=atts,
                  note="PPT/hospital about a child's needs in barnehage: health, so P13.")


def make_bh_relocation(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, "konsulent")
    firm = pick(rng, ["Nordic Relocation Partners AS", "MoveWest Relocation AS", "Fjord Global Mobility AS"])
    email = f"{_low(pro.person.first)}@{_low(firm.split()[0])}.com"
    parent = Person(pick(rng, ["James", "Priya", "Carlos", "Anna", "Wei", "Sophie"]),
                    pick(rng, ["Walker", "Sharma", "Ortega", "Becker", "Zhang", "Laurent"]))
    kid_first = pick(rng, ["Leo", "Mia", "Noah", "Aria", "Lucas", "Ella"])
    text = pick(rng, [
        (f"Dear Sir or Madam,\n\nWe assist {parent.name}, who starts working for a company in "
         f"{kommune_name(tenant).split()[0]} on 1 October, with the family's move from abroad. The family has a "
         f"daughter/son, {kid_first}, aged {rng.randint(1, 5)}, and would like to apply for a kindergarten place "
         "as soon as possible. Could you tell us how to apply without a Norwegian ID number, and whether "
         "there are places available this autumn?"),
        (f"Hello,\nFollowing up on our phone call: attached is the completed application for a kindergarten place "
         f"for {kid_first} {parent.last}. The family's temporary address is {world.street()}. Please confirm receipt."),
        (f"Hi, quick question on behalf of an assignee family: is there a waiting list for kindergartens in "
         f"{kommune_name(tenant).split()[0]} for children under 3? The child will arrive in January."),
    ])
    atts = [AttachmentSpec("Application_kindergarten.pdf", "pdf", f"Application for kindergarten place\n"
                                                                   f"{kid_first} {parent.last}")] if "attached" in text else []
    body = text + "\n\n" + closing(rng, "en") + f"\n{pro.name}\nRelocation Consultant\n{firm}"
    return _draft(tenant, pro.name, email, pick(rng, ["Kindergarten place", "Barnehageplass – relocation",
                                                       "Application kindergarten", "Question about kindergarten"]),
                  body, "barnehage", av=avsender(firm, email), attachments=atts,
                  note="Relocation agency writes in English for a family; nothing sensitive.")


_HO_HF = {
    "nb": [
        ("Melding om utskrivningsklar pasient\n\nPasient: {pat}, f. {fnr}\nAdresse: {adr}\n\nPasienten er "
         "vurdert utskrivningsklar fra {avd} fra {dato}. Pasienten har behov for hjelp til personlig hygiene, "
         "medisinhåndtering og tilsyn om natten. Vi ber kommunen bekrefte at den kan ta imot pasienten."),
        ("Vi viser til telefonsamtale med tildelingskontoret. {pat} ({fnr}) er fortsatt innlagt, men vil etter "
         "planen være utskrivningsklar i løpet av uka. Oppdatert funksjonsvurdering følger vedlagt."),
        ("Innkalling til samarbeidsmøte\n\nGjelder: {pat}\n\nVi inviterer til samarbeidsmøte om videre "
         "oppfølging etter utskrivning fra {avd}. Pasienten har samtykket til at kommunen deltar."),
    ],
    "nn": [
        ("Melding om utskrivingsklar pasient\n\nPasient: {pat}, f. {fnr}\n\nPasienten er vurdert "
         "utskrivingsklar frå {avd} frå {dato} og treng hjelp til stell, medisinar og tilsyn om natta. Vi ber "
         "kommunen stadfeste at pasienten kan takast imot."),
        "Oppdatert funksjonsvurdering for {pat} ({fnr}) ligg ved. Pasienten vert truleg utskrivingsklar i veka.",
    ],
}
_HO_NAV = [
    ("NAV {place} har en felles bruker, {pat}, som har søkt om individuell plan. Bruker ønsker at "
     "kommunens psykiske helsetjeneste tar koordinatorrollen. Samtykke er innhentet. Kan dere ta kontakt "
     "for å avtale et første møte?"),
    ("Vi viser til samarbeid om {pat}. Brukeren har mistet boligen og bor midlertidig på campingplass. "
     "Vi ber om at kommunen vurderer hjemmetjenester og bistand til bolig."),
]


def make_ho_helseforetak(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pat = world.person()
    s = {"pat": pat.name, "fnr": world.fodselsnummer(), "adr": world.street(), "dato": _date(rng, world),
         "avd": pick(rng, ["medisinsk avdeling", "ortopedisk avdeling", "slagenheten", "geriatrisk sengepost"]),
         "place": pick(rng, ["Kystbyen", "Havøy", "Fjordvik"])}
    if rng.random() < 0.3:
        ag = Agency(rng, world, "nav")
        text = _fill(pick(rng, _HO_NAV), s)
        body = text + "\n\n" + ag.sig(rng, "nb", pick(rng, ["veileder", "rådgiver", "sosionom"]))
        note = "NAV about a shared user: personal circumstances, P13."
        lang = "nb"
    else:
        ag = Agency(rng, world, "hf")
        lang = _lang(rng, tenant, _HO_HF)
        text = _fill(pick(rng, _HO_HF[lang]), s)
        body = text + "\n\n" + ag.sig(rng, lang, pick(rng, ["sykepleier", "koordinator", "overlege", "sosionom"]))
        note = "Health trust about a patient: P13."
    atts = [AttachmentSpec("Funksjonsvurdering.pdf", "pdf", f"Funksjonsvurdering\n{pat.name}\n{s['fnr']}")] \
        if "vedlagt" in text or "ligg ved" in text else []
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                  pick(rng, (["Felles bruker", "Individuell plan", "Fortrolig"] if ag.key == "nav" else
                             ["Samarbeidsmøte", "Fortrolig"] if "samarbeidsmøte" in text else
                             ["Utskrivningsklar pasient", "Melding om pasient", "PLO-melding", "Fortrolig"])),
                  body, "helse_omsorg", skjerming="P13", personnavn=[pat.name], av=ag.av(), attachments=atts,
                  note=note)


_HO_VERGE = {
    "nb": [
        ("Undertegnede er oppnevnt som verge for {pat}. Jeg viser til vedtak om avslag på langtidsplass, "
         "{ref}, og påklager vedtaket på vegne av vergehaver. {pat_first} har demens og har de siste månedene "
         "gått seg bort flere ganger. Hjemmetjenestene er etter mitt syn ikke forsvarlige."),
        ("Som advokat for {pat} ber vi om partsinnsyn i alle dokumenter i saken om helse- og omsorgstjenester, "
         "{ref}, herunder kartlegging og IPLOS-registrering."),
        ("Hei, jeg er verge for {pat} ({ref}). Kan dere sende meg kopi av siste vedtak om hjemmesykepleie? "
         "Vergefullmakten ligger vedlagt."),
    ],
    "nn": [
        ("Eg er oppnemnd som verje for {pat} og klagar på vedtaket om avslag på langtidsplass, {ref}. "
         "{pat_first} har demens og har gått seg bort fleire gonger."),
        "Hei, eg er verje for {pat} ({ref}). Kan de sende meg kopi av siste vedtak? Verjefullmakta ligg ved.",
    ],
}


def make_ho_verge(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _HO_VERGE)
    pat = world.person()
    case = world.open_case(tenant, "helse_omsorg", f"Helse- og omsorgstjenester - {pat.name}", part=pat.name)
    text = _fill(pick(rng, _HO_VERGE[lang]), {"pat": pat.name, "pat_first": pat.first,
                                              "ref": _ref(world, case.sak, lang)})
    if text.startswith("Som advokat"):
        pro = Pro(rng, world, "advokat")
        name, email, av, sig = pro.name, pro.email, pro.av(), pro.sig(rng, "nb")
    else:
        pro = Pro(rng, world, "konsulent")
        firm = pick(rng, ["Vergetjenester Vest AS", "Kyst Vergekontor", "Profesjonell verge"])
        name = pro.name
        email = f"{_low(pro.person.first)}@{_low(firm.split()[0])}verge.no"
        av = avsender(firm, email)
        sig = closing(rng, lang) + f"\n{pro.name}\n" + ("verje" if lang == "nn" else "verge") + f"\n{firm}"
    atts = [AttachmentSpec("Vergefullmakt.pdf", "scan", f"Vergefullmakt\n{pat.name}")] \
        if "vedlagt" in text or "ligg ved" in text else []
    return _draft(tenant, name, email, pick(rng, ["Klage på vedtak", f"Vergehaver {pat.name}", "Partsinnsyn",
                                                   f"Ref. {world.cite(case.sak)}"]),
                  text + "\n\n" + sig, "helse_omsorg", skjerming="P13", sak=case.sak, personnavn=[pat.name], av=av,
                  attachments=atts, note="Professional verge / lawyer for a care recipient: P13, in the open case.")


_BV_POL = [
    ("Til barneverntjenesten\n\nPolitiet pågrep i går en mann på {adr} for narkotikalovbrudd. I leiligheten "
     "bodde også {kid} ({alder} år). Vi melder dette i tråd med opplysningsplikten til barneverntjenesten."),
    ("Bekymringsmelding fra politiet\n\nPolitiet rykket natt til {dag} ut til {adr} etter melding om "
     "husbråk. I boligen bor {kid} ({alder} år) sammen med mor og samboer. Begge voksne var beruset, og "
     "barnet var våken og redd da patruljen kom. Barnevernvakten ble varslet. Anmeldelse er opprettet."),
    ("Vi viser til tidligere bekymringsmelding om {kid}, {ref}. Politiet har i dag gjennomført avhør av "
     "barnet på Statens barnehus. Vi ber om at barneverntjenesten kontakter etterforsker for videre "
     "samarbeid."),
]
_BV_KOMMUNE = [
    ("Vi viser til telefonsamtale i dag. Barneverntjenesten hos oss har hatt ansvar for hjelpetiltak for {kid} "
     "fram til familien flyttet til {kommune}. Vi ber om at dere overtar oppfølgingen av tiltakene "
     "(besøkshjem og foreldreveiledning) fra neste måned."),
    ("Melding om flytting\n\n{kid} og familien har flytta til {kommune}. Barneverntenesta her har hatt ei "
     "undersøking som vert avslutta med melding til dykk. Sakspapira kjem i sikker post."),
    ("Overføring av barnevernssak\n\nFamilien til {kid} har flyttet til {kommune}. Vi oversender sakens "
     "dokumenter i sikker forsendelse og ber om at dere bekrefter mottak. Det pågår en undersøkelse som ikke "
     "er avsluttet."),
]
_BV_ADV = [
    ("Vi er oppnevnt som advokat for far, {parent}, i sak om {kid}, {ref}. Vi ber om partsinnsyn i sakens "
     "dokumenter, herunder referater fra samværsmøter."),
]


def make_bv_etat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    kid = Person(people.kid(rng)[0], world.person().last)
    parent = Person(world.person().first, kid.last)
    kind = rng.choices(["pol", "kommune", "adv"], [3, 1.5, 1.5])[0]
    s = {"kid": kid.name, "parent": parent.name, "adr": world.street(), "dag": pick(rng, ["lørdag", "søndag",
                                                                                          "fredag"]),
         "alder": rng.randint(2, 14), "kommune": kommune_name(tenant)}
    sak = None
    templates = {"pol": _BV_POL, "kommune": _BV_KOMMUNE, "adv": _BV_ADV}[kind]
    text = pick(rng, templates)
    if "{ref}" in text:
        case = world.open_case(tenant, "barnevern", f"Barnevernssak - {kid.name}", part=kid.name)
        sak, s["ref"] = case.sak, _ref(world, case.sak, "nb")
    text = _fill(text, s)
    if kind == "adv":
        pro = Pro(rng, world, "advokat")
        name, email, av, sig = pro.name, pro.email, pro.av(), pro.sig(rng, "nb")
    else:
        ag = Agency(rng, world, "pol" if kind == "pol" else "kommune")
        title = pick(rng, ["politibetjent", "politiførstebetjent", "etterforsker"]) if kind == "pol" \
            else "saksbehandler, barneverntjenesten"
        name, email, av = (ag.person.name if ag.personal else ag.name), ag.email, ag.av()
        sig = ag.sig(rng, "nb", title)
    subjects = {"pol": ["Bekymringsmelding", "Melding fra politiet", "Bekymringsmelding fra politiet", "Unntatt offentlighet"],
                "kommune": ["Overføring av sak", "Overføring av barnevernssak", "Unntatt offentlighet – flytting"],
                "adv": ["Partsinnsyn", "Begjæring om partsinnsyn", "Unntatt offentlighet"]}[kind]
    return _draft(tenant, name, email, pick(rng, subjects),
                  text + "\n\n" + sig, "barnevern", skjerming="BV", sak=sak, personnavn=[kid.name, parent.name], av=av,
                  note="Police / other kommune / lawyer about a child: barnevern, BV.")


# ======================================================================================
# vann_avlop, vei_trafikk
# ======================================================================================

_VA_RAD = {
    "nb": [
        ("Vedlagt oversendes VA-rammeplan for {felt}, gnr. {gnr} bnr. {bnr}, til godkjenning. Planen omfatter "
         "ny vannledning, spillvann og overvannshåndtering for {n} boenheter. Vi ber særlig om kommunens "
         "tilbakemelding på påkoblingspunktet ved kum {kum}."),
        ("Søknad om tilknytning til kommunalt vann og avløp for {adr} ({gnr}/{bnr}). Rørleggerens "
         "situasjonskart og sanitærmelding ligger vedlagt."),
        ("Hei,\nVi prosjekterer nytt avløpsanlegg for hyttefeltet på {felt} og lurer på om kommunen krever "
         "minirenseanlegg eller om infiltrasjon kan godkjennes. Grunnundersøkelsen er ikke ferdig ennå."),
        ("Vi viser til kommunens merknader til VA-planen, {ref}. Revidert plan med dimensjonering av "
         "overvannsmagasin er vedlagt. Vi har lagt inn flomvei mot bekken som avtalt i møtet."),
    ],
    "nn": [
        ("Vedlagt ligg VA-rammeplan for {felt}, gnr. {gnr} bnr. {bnr}, til godkjenning. Planen gjeld {n} "
         "bueiningar. Vi ber om tilbakemelding på påkoplingspunktet ved kum {kum}."),
        "Vi viser til merknadene dykkar til VA-planen, {ref}. Revidert plan ligg ved.",
    ],
}


def make_va_radgiver(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _VA_RAD)
    pro = Pro(rng, world, "ingenior")
    prop = world.property()
    s = {"felt": pick(rng, _PLAN_NAMES), "gnr": prop.gnr, "bnr": prop.bnr, "adr": prop.address,
         "n": rng.randint(6, 48), "kum": f"SP{rng.randint(100, 999)}"}
    text = pick(rng, _VA_RAD[lang])
    sak = None
    if "{ref}" in text:
        case = world.open_case(tenant, "vann_avlop", f"{prop.gnr}/{prop.bnr} - VA-rammeplan {s['felt']}", prop=prop)
        sak, s["ref"] = case.sak, _ref(world, case.sak, lang)
    text = _fill(text, s)
    atts = [AttachmentSpec(pick(rng, ["VA-rammeplan.pdf", "Situasjonskart_VA.pdf", "VA-plan_revB.pdf"]), "pdf",
                           f"VA-rammeplan\n{s['felt']}\ngnr. {prop.gnr} bnr. {prop.bnr}\n{pro.firm}")] \
        if "edlagt" in text or "ligg ved" in text else []
    accept = [{"category": "byggesak"}] if "hyttefeltet" in text else []
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"VA-rammeplan {s['felt']}", "Søknad om tilknytning",
                                                           f"Avløp {s['felt']}", f"VA {prop.gnr}/{prop.bnr}"]),
                  text + "\n\n" + pro.sig(rng, lang), "vann_avlop", sak=sak, av=pro.av(), attachments=atts,
                  accept=accept, note="Consulting engineer sends water and sewage plans.")


_VA_SAMEIE = {
    "nb": [
        ("Vi er forretningsfører for {lag} ({n} leiligheter). Sameiet har én felles vannmåler, men har fått "
         "fakturert vann- og avløpsgebyr for hver enkelt seksjon i tillegg. Vi ber om at fakturaene for "
         "{year} gjennomgås og krediteres. Kundenummer {kunde}."),
        ("Etter styrtregnet natt til {dag} fikk {k} kjellerboder i {lag} inn kloakkvann. Vi mener "
         "tilbakeslaget skyldes kapasiteten i den kommunale ledningen og melder herved krav. Bilder og "
         "takstrapport ettersendes."),
        ("Måleravlesning for {lag}: {stand} m³ per {dato}. Vi registrerer ikke i portalen fordi måleren står "
         "oppført på feil adresse. Kan dette rettes?"),
        "Vi viser til {ref} om lekkasje på stikkledningen til {lag}. Rørlegger har nå utbedret feilen.",
    ],
    "nn": [
        ("Vi er forretningsførar for {lag}. Sameiget har éin felles vassmålar, men har fått faktura på vass- og "
         "avløpsgebyr for kvar seksjon i tillegg. Vi ber om at fakturaene for {year} vert gått gjennom. "
         "Kundenummer {kunde}."),
        "Målarstand for {lag}: {stand} m³ per {dato}.",
    ],
}


def make_va_sameie(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _VA_SAMEIE)
    pro = Pro(rng, world, "forvalter")
    prop = world.property()
    lag = pick(rng, ["Sameiet ", "Borettslaget ", "Boligsameiet "]) + prop.address.rsplit(" ", 1)[0]
    s = {"lag": lag, "n": rng.randint(8, 64), "year": rng.choice([2025, 2026]), "kunde": rng.randint(100000, 999999),
         "dag": pick(rng, ["tirsdag", "onsdag", "søndag"]), "k": rng.randint(3, 14), "stand": rng.randint(1200, 98000),
         "dato": _date(rng, world)}
    text = pick(rng, _VA_SAMEIE[lang])
    sak = None
    if "{ref}" in text:
        case = world.open_case(tenant, "vann_avlop", f"{prop.gnr}/{prop.bnr} - Lekkasje på stikkledning", prop=prop)
        sak, s["ref"] = case.sak, _ref(world, case.sak, lang)
    body = _fill(text, s) + "\n\n" + pro.sig(rng, lang)
    topic = ("Vannmåler og gebyr" if "gebyr" in body else "Tilbakeslag i kjeller" if "kjeller" in body
             else "Måleravlesning" if "m³" in body else "Lekkasje stikkledning")
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"{lag} – vann og avløp", topic, f"{topic} – {lag}"]),
                  body, "vann_avlop", sak=sak, av=pro.av(),
                  note="Forvalter for a housing cooperative; kundenummer is not a case number.")


_VEI_SVV = {
    "nb": [
        ("Statens vegvesen har mottatt flere henvendelser om trafikksikkerheten i krysset mellom fylkesvegen og "
         "den kommunale {vei}. Vi foreslår et møte med kommunen som vegeier for å se på felles tiltak, blant "
         "annet flytting av bussholdeplassen."),
        ("Varsel om omkjøring: I forbindelse med bruarbeid på fylkesvegen vil trafikken i perioden {dato} "
         "til utgangen av måneden bli ledet over den kommunale {vei}. Vi ber om kommunens samtykke og "
         "eventuelle vilkår for bruk av vegen."),
        ("Vi viser til søknad om nedsatt fartsgrense på {vei}, {ref}. Statens vegvesen har ingen merknader "
         "til at fartsgrensen settes til 30 km/t på strekningen forbi skolen."),
    ],
    "nn": [
        ("Statens vegvesen har fått fleire meldingar om trafikktryggleiken i krysset mellom fylkesvegen og den "
         "kommunale {vei}. Vi foreslår eit møte med kommunen som vegeigar."),
        ("Vi viser til søknaden om lågare fartsgrense på {vei}, {ref}. Vi har ingen merknader til 30 km/t "
         "forbi skulen."),
    ],
}


def make_vei_vegvesen(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _VEI_SVV)
    ag = Agency(rng, world, pick(rng, ["svv", "svv", "fk"]))
    vei = world.street().rsplit(" ", 1)[0]
    s = {"vei": vei, "dato": _date(rng, world)}
    text = pick(rng, _VEI_SVV[lang])
    sak = None
    if "{ref}" in text:
        case = world.open_case(tenant, "vei_trafikk", f"Fartsgrense {vei}")
        sak, s["ref"] = case.sak, _ref(world, case.sak, lang)
    text = _fill(text, s)
    if ag.key == "fk":
        text = text.replace("Statens vegvesen", ag.name)
    body = text + "\n\n" + ag.sig(rng, lang, pick(rng, ["overingeniør", "trafikksikkerhetsrådgiver", "byggeleiar"
                                                          if lang == "nn" else "byggeleder", "senioringeniør"]))
    return _draft(tenant, ag.person.name if ag.personal else ag.name, ag.email,
                  pick(rng, [("Omkjøring via " + vei) if "omkjøring" in text.lower() else
                             (f"Fartsgrense {vei}" if "fartsgrense" in text else f"Kryss ved {vei} – trafikktryggleik"
                              if lang == "nn" else f"Kryss ved {vei} – trafikksikkerhet"),
                             f"{vei}", f"Vår ref. {_their_ref(rng)}"]),
                  body, "vei_trafikk", sak=sak, av=ag.av(), note="Road authority writes to the kommune as road owner.")


_VEI_RAD = [
    ("Søknad om arbeid i kommunal veg\n\nPå vegne av {oppdrag} søker vi om tillatelse til å grave i {vei} for "
     "legging av {hva}. Arbeidet er planlagt i uke {uke}–{uke2}. Arbeidsvarslingsplan og kart ligger vedlagt."),
    "Vedlagt følger revidert arbeidsvarslingsplan for {vei}, {ref}, med ny plassering av lysregulering.",
    ("Hei,\nVi må dessverre forlenge arbeidet i {vei} med en uke på grunn av fjell i grøfta. Gjelder "
     "gravetillatelse {ref}. Skiltingen står som før."),
    "Ferdigmelding: gravearbeid i {vei} er avsluttet og asfalt er lagt tilbake, {ref}. Ber om befaring.",
]


def make_vei_radgiver(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["trafikk", "trafikk", "ingenior"]))
    vei = world.street().rsplit(" ", 1)[0]
    uke = rng.randint(33, 48)
    s = {"vei": vei, "oppdrag": pick(rng, ["Kystfiber AS", "nettselskapet", "Fjordvik Energi", "byggherren"]),
         "hva": pick(rng, ["fiberkabel", "høyspentkabel", "ny vannledning", "fjernvarmerør"]), "uke": uke, "uke2": uke + 2}
    text = pick(rng, _VEI_RAD)
    sak = None
    if "{ref}" in text:
        case = world.open_case(tenant, "vei_trafikk", f"Gravemelding - {vei}")
        sak, s["ref"] = case.sak, _ref(world, case.sak, "nb")
    text = _fill(text, s)
    atts = [AttachmentSpec(pick(rng, ["Arbeidsvarslingsplan.pdf", "AV-plan.pdf"]), "pdf",
                           f"Arbeidsvarslingsplan\n{vei}\n{pro.firm}")] if "edlagt" in text else []
    body = _noise(rng, text, "nb", [vei], p_terse=0.2, p_typo=0.2, p_mobile=0.25, sig=pro.sig(rng, "nb"))
    topic = ("Søknad om arbeid i veg" if "Søknad" in text else "Revidert AV-plan" if "revidert" in text
             else "Forlengelse gravetillatelse" if "forlenge" in text else "Ferdigmelding graving")
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"{topic} – {vei}", topic, f"Gravemelding {vei}"]),
                  body, "vei_trafikk", sak=sak, av=pro.av(), attachments=atts,
                  note="Contractor's traffic consultant about digging in a municipal road.")


_VEI_SAMEIE = {
    "nb": [
        ("Styret i {lag} ber kommunen om å vurdere fartsdumper i {vei}. Veien brukes som snarvei til "
         "industriområdet, og mange barn krysser til lekeplassen. Vedlagt er underskrifter fra beboerne."),
        ("Brøytingen av {vei} har denne vinteren lagt snøvollen foran innkjøringen til vår garasjeanlegg. "
         "Beboerne har selv måttet fjerne den. Vi ber om at brøyteentreprenøren får beskjed."),
        "Kan kommunen sette opp skilt med parkering forbudt på snuplassen i enden av {vei}? Renovasjonsbilen kommer ikke fram.",
    ],
    "nn": [
        ("Styret i {lag} ber kommunen vurdere fartsdumpar i {vei}. Vegen vert brukt som snarveg, og mange born "
         "kryssar til leikeplassen."),
        "Brøytinga av {vei} legg snøvollen framfor innkøyringa til garasjeanlegget vårt. Kan de gje beskjed til brøytaren?",
    ],
}


def make_vei_sameie(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _VEI_SAMEIE)
    vei = world.street().rsplit(" ", 1)[0]
    lag = pick(rng, ["Borettslaget ", "Sameiet ", "Velforeningen "]) + vei
    text = _fill(pick(rng, _VEI_SAMEIE[lang]), {"lag": lag, "vei": vei})
    if rng.random() < 0.5:
        pro = Pro(rng, world, "forvalter")
        name, email, av, sig = pro.name, pro.email, pro.av(), pro.sig(rng, lang)
    else:
        p, email = private_sender(rng, world)
        name, av = p.name, avsender(lag, email)
        sig = closing(rng, lang) + f"\n{p.name}\n" + pick(rng, ["styreleder", "styremedlem", "leder"]) + f", {lag}"
    atts = [AttachmentSpec("Underskrifter.pdf", "scan", "Underskriftsliste\nBeboere")] if "Vedlagt" in text else []
    body = _noise(rng, text, lang, [lag, vei], sig=sig)
    topic = ("Fartsdumper" if "fartsdump" in text else "Brøyting" if "røyt" in text else "Skilting snuplass")
    return _draft(tenant, name, email, pick(rng, [f"{vei}", topic, f"{topic} – {vei}", f"Henvendelse fra {lag}"]),
                  body, "vei_trafikk", av=av, attachments=atts,
                  note="Housing cooperative about a municipal road.")


# ======================================================================================
# bevilling, tilskudd, eiendomsskatt, rekruttering, anskaffelse
# ======================================================================================

_BEV = {
    "pol": [
        ("Uttalelse til søknad om skjenkebevilling – {sted}\n\nVi viser til kommunens brev, {ref}. Politiet har "
         "ingen merknader til søkerens vandel. Vi viser likevel til at stedet ligger i et område med mye uro i "
         "helgene, og anbefaler at skjenketiden ikke går utover kl. 02.00."),
        ("Politiet har ved kontroll natt til søndag registrert brudd på alkoholloven ved {sted}, {ref}. "
         "Anmeldelse er ikke opprettet, men forholdet oversendes kommunen for vurdering av prikktildeling."),
    ],
    "adv": [
        ("Vi representerer {firma} og viser til forhåndsvarsel om tildeling av prikker, {ref}. Klienten bestrider "
         "at det ble skjenket til en åpenbart påvirket gjest. Vaktselskapets logg og videoopptak viser at "
         "gjesten ble nektet servering. Vi ber om at saken avsluttes uten prikker."),
        ("På vegne av {firma} klages det på vedtak om tildeling av fire prikker, {ref}. Nærmere begrunnelse i "
         "vedlagte brev."),
    ],
}


def make_bev_etat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    kind = pick(rng, ["pol", "adv"])
    sted = pick(rng, ["Bryggeloftet", "Café Kompasset", "Pub Fortøyningen", "Restaurant Tareskogen", "Hotell Utsyn"])
    firma = f"{sted} AS"
    case = world.open_case(tenant, "bevilling", f"Skjenkebevilling - {firma}", part=firma)
    text = _fill(pick(rng, _BEV[kind]), {"sted": sted, "firma": firma, "ref": _ref(world, case.sak, "nb")})
    if kind == "pol":
        ag = Agency(rng, world, "pol")
        name, email, av = (ag.person.name if ag.personal else ag.name), ag.email, ag.av()
        sig = ag.sig(rng, "nb", pick(rng, ["politiadvokat", "politioverbetjent", "seksjonsleder forvaltning"]))
    else:
        pro = Pro(rng, world, "advokat")
        name, email, av, sig = pro.name, pro.email, pro.av(), pro.sig(rng, "nb")
    atts = [AttachmentSpec("Klage_prikker.pdf", "pdf", f"Klage\n{firma}\n{case.tittel}")] if "vedlagte" in text else []
    return _draft(tenant, name, email, pick(rng, [f"Skjenkebevilling {sted}", "Uttalelse fra politiet",
                                                   f"Prikktildeling – {firma}", f"Deres ref. {world.cite(case.sak)}"]),
                  text + "\n\n" + sig, "bevilling", sak=case.sak, av=av, attachments=atts,
                  note="Police statement / lawyer in a licence case.")


_TSK = {
    "nb": [
        ("{org} søker om tilskudd på kr {belop} til {formal}. Søknad, budsjett og siste årsregnskap følger "
         "vedlagt. Organisasjonsnummer: {orgnr}."),
        ("Rapport for bruk av tilskudd, {ref}\n\nProsjektet «{formal}» er gjennomført som planlagt med {n} "
         "deltakere. Regnskapet viser et lite overskudd som foreslås brukt til samme formål neste år."),
        ("Hei,\nVi viser til tilsagnsbrevet om tilskudd, {ref}. Kan utbetalingen gå til nytt kontonummer? "
         "Bekreftelse fra banken ligger ved."),
    ],
    "nn": [
        ("{org} søkjer om tilskot på kr {belop} til {formal}. Søknad, budsjett og rekneskap ligg ved. "
         "Organisasjonsnummer: {orgnr}."),
        "Rapport for bruk av tilskot, {ref}. Prosjektet «{formal}» er gjennomført med {n} deltakarar.",
    ],
}


def make_tskudd_org(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _TSK)
    p = world.person()
    org = pick(rng, ["Stiftelsen Kystmuseet", "Frivilligsentralen i sentrum", "Fjordvik idrettsråd",
                     "Foreningen Naustkultur", "Havøy sogelag"])
    orgnr = world.orgnr()
    email = pick(rng, [f"post@{_low(org.split()[1] if len(org.split()) > 1 else org)}.no",
                       f"{_low(p.first)}.{_low(p.last)}@{pick(rng, ['gmail.com', 'online.no'])}"])
    s = {"org": org, "orgnr": _spaced(rng, orgnr), "belop": f"{rng.randint(15, 400)} 000",
         "formal": pick(rng, ["ny utstilling om kystkultur", "aktivitetsdager for eldre", "oppgradering av lysløype",
                              "digitalisering av fotoarkivet"]), "n": rng.randint(20, 400)}
    text = pick(rng, _TSK[lang])
    sak = None
    if "{ref}" in text:
        case = world.open_case(tenant, "tilskudd", f"Tilskudd {rng.choice([2025, 2026])} - {org}", part=org)
        sak, s["ref"] = case.sak, _ref(world, case.sak, lang)
    text = _fill(text, s)
    atts = [AttachmentSpec(pick(rng, ["Soknad_budsjett.pdf", "Rapport.pdf", "Bankbekreftelse.pdf"]), "pdf",
                           f"{org}\nOrg.nr. {orgnr}\n{s['formal']}")] if "vedlagt" in text or "ligg ved" in text else []
    body = text + "\n\n" + closing(rng, lang) + f"\n{p.name}\n" + pick(rng, ["daglig leder", "styreleder", "kasserer",
                                                                             "prosjektleder"]) + f"\n{org}"
    topic = ("Rapport" if "Rapport" in text else "Utbetaling – nytt kontonummer" if "kontonummer" in text
             else ("Søknad om tilskot" if lang == "nn" else "Søknad om tilskudd"))
    return _draft(tenant, p.name, email, pick(rng, [topic, f"{org} – {topic.lower()}", f"{topic} {rng.choice([2026, 2027])}"]),
                  body, "tilskudd", sak=sak, av=avsender(org, email, orgnr), attachments=atts,
                  note="Organisation applies for / reports on a grant.")


_EST = [
    ("Klage på eiendomsskattetakst – gnr. {gnr} bnr. {bnr}\n\nVi representerer {eier}, eier av "
     "næringseiendommen i {adr}. Takstgrunnlaget bygger på et bruksareal som er om lag {m2} m² for høyt, "
     "fordi lagerhallen er regnet med full sjablongverdi selv om den er uisolert og uten oppvarming. Vi ber "
     "om ny besiktigelse og at taksten nedsettes. Frist for klage er overholdt."),
    ("Vedlagt følger klage på eiendomsskatt for {eier}, gnr. {gnr} bnr. {bnr}, med vår takstrapport som "
     "dokumenterer en markedsverdi vesentlig under kommunens takst."),
    ("Vi viser til klage på takst, {ref}, og ettersender tegninger og arealberegning for bygningene på "
     "{adr}. Vi ber om at klagen behandles før neste utskriving."),
    ("Søknad om fritak for eiendomsskatt\n\n{eier} eier {adr} (gnr. {gnr} bnr. {bnr}), som brukes av "
     "stiftelsen til kulturformål uten utbytte. Vi ber om fritak etter eigedomsskattelova § 7 bokstav a."),
]


def make_est_advokat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["advokat", "takst", "takst"]))
    prop = world.property()
    eier = pick(rng, [world.person().last + " Eiendom AS", pick(rng, _STEMS) + " Næringsbygg AS",
                      f"Stiftelsen {pick(rng, _STEMS)}huset"])
    s = {"gnr": prop.gnr, "bnr": prop.bnr, "adr": prop.address, "eier": eier, "m2": rng.randint(120, 900)}
    text = pick(rng, _EST)
    sak = None
    if "{ref}" in text:
        case = world.open_case(tenant, "eiendomsskatt", f"{prop.gnr}/{prop.bnr} - Klage på eiendomsskattetakst",
                               prop=prop, part=eier)
        sak, s["ref"] = case.sak, _ref(world, case.sak, "nb")
    text = _fill(text, s)
    atts = [AttachmentSpec("Takstrapport.pdf", "pdf", f"Takstrapport\ngnr. {prop.gnr} bnr. {prop.bnr}\n{prop.address}\n"
                                                      f"{pro.firm}")] if "edlagt" in text or "takstrapport" in text else []
    first = "Søknad om fritak" if "fritak" in text else "Klage på eiendomsskatt"
    return _draft(tenant, pro.name, pro.email, pick(rng, [first, f"Eiendomsskatt {prop.gnr}/{prop.bnr}",
                                                           f"{eier} – eiendomsskatt", f"{first} – {eier}"]),
                  text + "\n\n" + pro.sig(rng, "nb"), "eiendomsskatt", sak=sak, av=pro.av(), attachments=atts,
                  note="Law firm / takstmann for a company owner; no private circumstances.")


_REK = [
    ("Som avtalt oversender vi kandidatrapport for de {n} kandidatene som anbefales til andre intervju i "
     "prosessen for {stilling}: {c1} og {c2}. Rapportene inneholder testresultater og referanser, og er "
     "unntatt offentlighet."),
    ("Referanseintervju – {c1}\n\nJeg har snakket med to referanser for {c1}. Begge beskriver hen som en "
     "tydelig leder med god økonomiforståelse. Notatene ligger vedlagt."),
    ("Søkerliste til {stilling}: {n} søkere, hvorav {k} har bedt om å bli unntatt fra offentlig søkerliste. "
     "Vår vurdering av begrunnelsene ligger vedlagt. {c1} har trukket seg."),
    ("Hei,\n{c1} har takket ja til stillingen som {stilling} med oppstart {dato}. Kan dere sende "
     "arbeidsavtalen direkte til kandidaten?"),
]


def make_rek_byra(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, "rekruttering")
    c1, c2 = world.person(), world.person()
    stilling = pick(rng, ["kommunalsjef for oppvekst", "økonomisjef", "enhetsleder teknisk drift",
                          "kommunedirektør", "leder for tildelingskontoret"])
    text = _fill(pick(rng, _REK), {"n": 2, "k": rng.randint(2, 9), "stilling": stilling, "c1": c1.name,
                                   "c2": c2.name, "dato": _date(rng, world)})
    sak = None
    if rng.random() < 0.5:
        case = world.open_case(tenant, "rekruttering", f"Tilsetting - {stilling}")
        text += "\n\n" + _ref(world, case.sak, "nb")
        sak = case.sak
    atts = [AttachmentSpec("Kandidatrapport.pdf", "pdf", f"Kandidatrapport\n{stilling}\n{c1.name}\n{c2.name}")] \
        if "vedlagt" in text or "oversender" in text else []
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"{stilling.capitalize()} – kandidater", "Kandidatrapport",
                                                           "Referanser", "Søkerliste", "Fortrolig – rekruttering"]),
                  text + "\n\n" + pro.sig(rng, "nb"), "rekruttering", skjerming="P25", sak=sak,
                  personnavn=[c1.name, c2.name], av=pro.av(), attachments=atts,
                  note="Search firm about candidates: P25, candidates screened.")


_ANS_WHAT = ["rammeavtale for arkitekttjenester", "rådgivende ingeniørtjenester for ny skole",
             "byggeledelse for omsorgsboliger", "kartlegging av overvann", "juridisk bistand i plan- og byggesaker",
             "prosjektering av ny brannstasjon"]


def _ans_case(rng: random.Random, world: World, tenant: str) -> tuple[object, str, str]:
    what = pick(rng, _ANS_WHAT)
    case = world.open_case(tenant, "anskaffelse", f"Anskaffelse - {what}")
    doffin = f"{rng.choice([2026])}-{rng.randint(100000, 199999)}"
    return case, what, doffin


def make_ans_tilbud(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["arkitekt", "ingenior", "konsulent", "advokat"]))
    case, what, doffin = _ans_case(rng, world, tenant)
    rate = rng.randint(950, 1650)
    total = f"{rng.randint(1, 14)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    ref = _ref(world, case.sak, "nb")
    text = pick(rng, [
        (f"Vedlagt følger tilbud fra {pro.firm} på {what}, {ref} (Doffin {doffin}). Timepris for "
         f"seniorrådgiver er kr {rate},- eks. mva., og samlet estimat for oppdraget er kr {total},- eks. mva. "
         "Prisskjema, CV-er og referanseprosjekter ligger i vedlegget."),
        (f"Tilbud – {what} – {ref}\n\nVi bekrefter at tilbudet er levert i KGV, men sender prisskjemaet i "
         f"tillegg som avtalt. Våre priser: timepris kr {rate},-, reisetid kr {rate // 2},-."),
        f"Se vedlagt prisskjema og tilbudsbrev i konkurransen om {what} ({world.cite(case.sak)}).",
        (f"Vi viser til oppklaringsmøtet og bekrefter at timeprisen på kr {rate},- også gjelder for "
         f"opsjonsårene. Rabatten på 8 % fra tilbudet står ved lag. {ref}"),
    ])
    atts = [AttachmentSpec(pick(rng, ["Prisskjema.pdf", "Tilbudsbrev.pdf", "Tilbud_signert.pdf"]),
                           pick(rng, ["pdf", "pdf", "scan"]),
                           f"Tilbudsbrev\n{pro.firm}\nOrg.nr. {pro.orgnr}\n{what}\nTimepris kr {rate},- eks. mva.\n"
                           f"Estimat kr {total},-")]
    if rng.random() < 0.3:
        atts.append(AttachmentSpec("Prisskjema.docx", "docx", f"Prisskjema\n{what}\nTimepris {rate}"))
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"Tilbud – {what}", f"Tilbud {doffin}", "Innlevert tilbud",
                                                           f"Prisskjema {world.cite(case.sak)}"]),
                  text + "\n\n" + pro.sig(rng, "nb"), "anskaffelse", skjerming="F13", sak=case.sak, av=pro.av(),
                  attachments=atts, note="Tender with prices: F13; the Doffin number is not a case number.")


_ANS_Q = [
    ("Spørsmål til konkurransegrunnlaget – {what} ({ref})\n\n1. Kan referanseprosjekter fra de siste fem "
     "årene benyttes, eller må de være fra de siste tre?\n2. Skal opsjonen på oppfølging i byggefasen prises "
     "separat?\n3. Er det anledning til å benytte underleverandør for geoteknikk?"),
    ("Hei,\nVi finner ikke vedlegg 4 (kravspesifikasjon) i KGV for konkurransen om {what}. Kan dere legge "
     "det ut på nytt? Doffin-ref. {doffin}."),
    ("Vi viser til konkurranse om {what}, {ref}. Fristen for tilbud faller i høstferien. Vi ber om at "
     "fristen forlenges med én uke, slik at også mindre leverandører får mulighet til å levere."),
    ("Vi er et mindre firma og lurer på om vi kan inngå i et samarbeid med en annen leverandør og levere "
     "felles tilbud i {what}? Må begge da oppfylle kvalifikasjonskravene hver for seg?"),
]


def make_ans_sporsmal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["arkitekt", "ingenior", "konsulent"]))
    case, what, doffin = _ans_case(rng, world, tenant)
    text = pick(rng, _ANS_Q)
    cites = "{ref}" in text
    text = _fill(text, {"what": what, "ref": _ref(world, case.sak, "nb"), "doffin": doffin})
    body = _noise(rng, text, "nb", [what], p_terse=0.05, p_typo=0.15, p_mobile=0.1, sig=pro.sig(rng, "nb"))
    return _draft(tenant, pro.name, pro.email, pick(rng, [f"Spørsmål – {what}", f"Konkurranse {doffin}",
                                                           "Spørsmål til konkurransegrunnlaget", "Frist for tilbud"]),
                  body, "anskaffelse", sak=case.sak if cites else None, av=pro.av(),
                  note="Supplier's question without prices: no screening.")


_ANS_KLAGE = [
    (("Klage på tildelingsbeslutning – {what}, {ref}\n\nVi representerer {firm}. Klienten ble rangert som nummer "
     "to, med en samlet pris på kr {pris},- mot vinnerens kr {pris2},-. Evalueringen av kvalitet er etter vårt "
     "syn ikke i samsvar med de oppgitte tildelingskriteriene. Vi ber om at tildelingen omgjøres, og at "
     "kontrakt ikke inngås før klagen er behandlet."), True),
    (("Vi viser til meddelelse om avvisning av {firm} i konkurransen om {what}, {ref}. Avvisningen bygger på "
     "at skatteattest var eldre enn seks måneder. Dette er en ubetydelig mangel som kunne vært rettet. Vi "
     "ber om at beslutningen trekkes tilbake. Klienten vurderer begjæring om midlertidig forføyning."), False),
    (("Vi ber om en nærmere begrunnelse for tildelingen i {what}, {ref}, herunder poengberegningen for "
     "kvalitet. Klagefristen må etter vårt syn løpe fra begrunnelsen foreligger."), False),
]


def make_ans_klage(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, "advokat")
    case, what, _ = _ans_case(rng, world, tenant)
    client = Pro(rng, world, pick(rng, ["arkitekt", "ingenior", "konsulent"]))
    text, priced = pick(rng, _ANS_KLAGE)
    text = _fill(text, {"what": what, "ref": _ref(world, case.sak, "nb"), "firm": client.firm,
                        "pris": f"{rng.randint(2, 9)} {rng.randint(100, 999)} 000",
                        "pris2": f"{rng.randint(2, 9)} {rng.randint(100, 999)} 000"})
    return _draft(tenant, pro.name, pro.email, pick(rng, ["Klage på tildeling", f"Klage – {what}",
                                                           f"{client.firm} – anskaffelse", "Begrunnelse for tildeling"]),
                  text + "\n\n" + pro.sig(rng, "nb", full=True), "anskaffelse", skjerming="F13" if priced else None,
                  sak=case.sak, av=pro.av(),
                  note="Complaint; F13 when it reveals tender prices, otherwise public.")


# ======================================================================================
# out of scope: nyhetsbrev, spam, autosvar, faktura, systemvarsel, intern, privat
# ======================================================================================

_NEWS = [
    ("Fagnytt fra {firm} – {month}\n\n"
     "1. Endringer i plan- og bygningsloven fra 1. januar\nStortinget har vedtatt endringer i reglene om "
     "dispensasjon. Kommunene får strengere krav til begrunnelse, og nabovarsel kan sendes digitalt via "
     "Fellestjenester BYGG. Vi gjennomgår hva dette betyr for tiltakshavere og kommuner.\n\n"
     "2. Ny praksis for innsyn i tilbudsprotokoller\nSivilombudet har uttalt seg om offentleglova § 13 og "
     "forretningshemmeligheter. Les vår oppsummering.\n\n"
     "3. Frokostseminar {dato}: Ulovlighetsoppfølging i praksis\nPåmelding på våre nettsider.\n\n"
     "Du mottar dette nyhetsbrevet fordi du er registrert som kontakt hos {firm}. Meld deg av her."),
    ("Nytt fra {firm}: Hva betyr de nye anskaffelsesreglene for kommunene?\n\nFra årsskiftet heves "
     "terskelverdiene, og kravene til klima og miljø blir skjerpet. I dette nyhetsbrevet ser våre advokater "
     "på de vanligste feilene i kunngjøring og evaluering, og hvordan oppdragsgivere kan unngå klagesaker.\n\n"
     "Les hele artikkelen på nett.\n\nAvmeld nyhetsbrev"),
    ("Byggteknisk forskrift – høring om nye energikrav\n\nDirektoratet har sendt forslag om endringer i TEK "
     "på høring. {firm} har laget en kort oversikt over forslagene og hvilke konsekvenser de kan få for "
     "pågående prosjekter. Vi tar gjerne en prat om hvordan dere bør forberede dere.\n\nVennlig hilsen\n{firm}"),
    ("Offentleglova 20 år – hva har vi lært?\n\nI månedens utgave: ny veileder om innsyn i e-post, dom om "
     "meroffentlighet i byggesaker, og våre tips til hvordan arkivet kan korte ned svartiden på "
     "innsynskrav.\n\nDette er et nyhetsbrev fra {firm}. Du kan når som helst reservere deg."),
]


def make_nyhet_fagnytt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["advokat", "advokat", "konsulent", "arkitekt"]))
    email = pick(rng, ["nyhetsbrev@", "fagnytt@", "news@", "marked@"]) + pro.domain
    month = pick(rng, _MONTHS)
    idx = rng.randrange(len(_NEWS))
    text = _fill(_NEWS[idx], {"firm": pro.firm, "month": month, "dato": _date(rng, world)})
    subjects = [["Nytt om plan- og bygningsloven", f"Fagnytt – {month}", "Dispensasjon og nabovarsel: dette endres"],
                ["Anskaffelsesregelverket 2027", "Nye terskelverdier – hva betyr det for dere?", f"Nyhetsbrev {month}"],
                ["Endringer i TEK – dette må du vite", "Høring om nye energikrav i byggteknisk forskrift"],
                ["Nyhetsbrev: offentleglova og innsyn", f"Fagnytt – {month}", "Innsyn i e-post – ny veileder"]][idx]
    return _draft(tenant, pro.firm, email, pick(rng, subjects),
                  text, "nyhetsbrev", av=avsender(pro.firm, email), style="bulk", html=True,
                  extra_headers=_bulk_headers(rng, pro.domain),
                  note="Law/consultancy newsletter about building and access-to-information rules: hard negative.")


_CONF = [
    ("Velkommen til Plan- og byggesaksdagene {year}!\n\nTo dager med faglig påfyll for saksbehandlere, "
     "arkitekter og utbyggere. Tema i år: dispensasjoner, digital byggesøknad og samspill mellom plan og "
     "byggesak. Tidlig-pris kr {pris},- ut {month}.\n\nSted: {sted}\n\nMeld deg på i dag!"),
    ("Invitasjon til webinar: Arkiv og innsyn i praksis\n\nHvordan håndterer kommunen innsynskrav som "
     "gjelder e-post og chat? Bli med på et gratis webinar {dato} kl. 09.00–10.00 med erfarne rådgivere.\n\n"
     "Lenke til påmelding."),
    ("Save the date: Kommunalteknisk forum {year}\n\nVann, avløp og veg i endring. Program og påmelding "
     "kommer i neste uke. Vedlagt finner du en kalenderinvitasjon."),
]


def make_nyhet_konferanse(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["konsulent", "ingenior", "advokat"]))
    email = pick(rng, ["kurs@", "arrangement@", "event@", "post@"]) + pro.domain
    idx = rng.randrange(len(_CONF))
    text = _fill(_CONF[idx], {"year": rng.choice([2026, 2027]), "pris": rng.randint(3900, 8900),
                                    "month": pick(rng, _MONTHS), "sted": pick(rng, ["Hotell Utsyn", "Kulturhuset",
                                                                                    "Scandic Fjord"]),
                                    "dato": _date(rng, world)})
    atts = [AttachmentSpec("invitasjon.ics", "ics", "Kommunalteknisk forum")] if "kalenderinvitasjon" in text else []
    subjects = [["Plan- og byggesaksdagene", "Påmelding åpner – Plan- og byggesaksdagene", "Invitasjon"],
                ["Webinar – arkiv og innsyn", "Invitasjon til gratis webinar", "Invitasjon"],
                ["Save the date", "Save the date: Kommunalteknisk forum", "Invitasjon"]][idx]
    return _draft(tenant, pro.firm, email, pick(rng, subjects),
                  text + f"\n\n{pro.firm}", "nyhetsbrev", av=avsender(pro.firm, email), attachments=atts,
                  extra_headers=_bulk_headers(rng, pro.domain, 0.5),
                  note="Conference invitation on an in-scope theme: hard negative.")


_PHISH = [
    ("Altinn", "noreply@altinn-varsel.{tld}", "Ny melding i Altinn: Vedtak i byggesak",
     ("Du har mottatt en ny melding fra {kommune} i din innboks i Altinn.\n\nDokumentet gjelder vedtak i "
     "byggesak og må åpnes innen 48 timer, ellers blir saken avsluttet.\n\nLogg inn for å lese: "
     "https://altinn-no.{tld}/login\n\nMed vennlig hilsen\nAltinn")),
    ("ID-porten", "sikkerhet@idporten-no.{tld}", "Din BankID må fornyes",
     ("Hei,\nVi har registrert at din elektroniske ID utløper i dag. For å fortsatt ha tilgang til offentlige "
     "tjenester må du bekrefte identiteten din her: https://id-porten.{tld}/verify\n\nID-porten")),
    ("IT-avdelingen", "it-support@{kdom}.mail-secure.{tld}", "Postkassen din er nesten full",
     ("Kjære bruker,\nPostkassen din har nådd 98 % av kvoten. Nye e-poster vil bli avvist. Klikk under for å "
     "øke lagringsplassen umiddelbart.\n\nØk kvote: https://{kdom}-owa.{tld}\n\nIT-avdelingen\n{kommune}")),
    ("Doffin", "varsel@doffin-tender.{tld}", "Nye dokumenter i konkurranse",
     ("Det er publisert nye konkurransedokumenter som krever din handling. Last ned dokumentene via lenken "
     "under før fristen utløper.\n\nhttps://doffin-docs.{tld}/download")),
    ("{arkfirma}", "dokumenter@share-{tld}.com", "{arkfirma} har delt «Byggesøknad_signert.pdf» med deg",
     ("{arkfirma} har delt en fil med deg via sikker dokumentdeling.\n\nByggesøknad_signert.pdf (2,4 MB)\n\n"
     "Åpne dokument\n\nLenken utløper om 24 timer.")),
    ("Kundeservice Bank", "kundeservice@sparebank-sikker.{tld}", "Viktig: mistenkelig transaksjon på driftskonto",
     ("Vi har stanset en betaling fra kommunens driftskonto. Bekreft betalingen eller avvis den innen kl. "
     "15.00 i dag via nettbanken: https://nettbank-verify.{tld}")),
]


def make_spam_phishing(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    name, email, subject, body = pick(rng, _PHISH)
    arkfirma = Pro(rng, world, "arkitekt").firm
    slots = {"tld": pick(rng, ["com", "net", "info", "xyz", "top"]), "kommune": kommune_name(tenant),
             "kdom": _kdomain(tenant).split(".")[0], "arkfirma": arkfirma}
    name, email, subject, body = (_fill(x, slots) for x in (name, email, subject, body))
    return _draft(tenant, name, email, subject, body, "spam", av=avsender(name, email), html=True,
                  note="Phishing posing as Altinn / ID-porten / IT / Doffin / a firm: spam.")


_SCAM = [
    ("Norsk Næringsregister", "faktura@naeringsregisteret-no.com", "Faktura – registrering {year}",
     ("Registrering av {kommune} i Norsk Næringsregister {year}\n\nBeløp: kr {amount},-\nForfall: 10 dager\n\n"
     "Oppføringen sikrer synlighet i vårt næringsregister. Ved manglende betaling overføres kravet til "
     "inkasso.\n\nDette er et tilbud og ikke en faktura før det er signert.")),
    ("{boss}", "{boss_local}.{kdom}@gmail.com", "Haster",
     ("Hei,\nEr du på kontoret? Jeg trenger at du ordner en betaling til en advokat i dag i forbindelse med "
     "et tomtekjøp. Dette må holdes konfidensielt inntil videre. Svar meg på e-post, jeg sitter i møte.\n\n"
     "{boss}\nSendt fra min iPhone")),
    ("{boss}", "{boss_local}.office@outlook.com", "Kjapp tjeneste",
     ("Hei, har du et øyeblikk? Jeg trenger {n} gavekort à kr 1000 til et arrangement i kveld. Kjøp dem og "
     "send meg kodene, så ordner jeg refusjon i morgen. Ikke ring, jeg er i møte.\n\n{boss}")),
    ("Advokatfirmaet Inkasso & Co", "inkasso@advokat-inkassovarsel.net", "Inkassovarsel – siste frist",
     ("Vår klient har et forfalt krav mot {kommune}. Betaler dere ikke kr {amount},- innen 48 timer, vil saken "
     "bli sendt til forliksrådet. Se faktura (åpne lenken): https://inkasso-dokument.net/{kdom}")),
    ("{firm}", "regnskap@{firm_dom}-betaling.com", "Endret kontonummer",
     ("Hei,\nVi har byttet bank. Alle fremtidige betalinger for prosjekteringsoppdraget må gå til nytt "
     "kontonummer {konto}. Vennligst oppdater leverandørregisteret i dag, da vi har en faktura som forfaller.\n\n"
     "Mvh\nRegnskap, {firm}")),
    ("Domeneregisteret", "fornyelse@no-domeneservice.com", "Domenet {kdom}.no utløper",
     ("Domenet {kdom}.no utløper om 3 dager. For å unngå at nettsider og e-post slutter å virke må fornyelse "
     "betales nå: kr {amount},-.\n\nhttps://domene-fornyelse.com/{kdom}")),
    ("Kommune-Katalogen", "post@kommunekatalogen.eu", "Bekreft opplysninger for {kommune}",
     ("Vi oppdaterer Kommune-Katalogen {year}. Kontroller opplysningene i vedlagte skjema og returner det "
     "signert. Oppføringen koster kr {amount},- per år i tre år, jf. vilkårene på baksiden.")),
]


def make_spam_svindel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    name, email, subject, body = pick(rng, _SCAM)
    boss = world.person()
    firm = Pro(rng, world, pick(rng, ["arkitekt", "ingenior"]))
    slots = {"year": rng.choice([2026, 2027]), "kommune": kommune_name(tenant), "kdom": _kdomain(tenant).split(".")[0],
             "amount": f"{rng.randint(4, 19)} {rng.randint(100, 999)}", "boss": boss.name,
             "boss_local": _low(boss.first), "n": rng.randint(4, 12), "firm": firm.firm,
             "firm_dom": firm.domain.split(".")[0], "konto": f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}."
                                                             f"{rng.randint(10000, 99999)}"}
    name, email, subject, body = (_fill(x, slots) for x in (name, email, subject, body))
    return _draft(tenant, name, email, subject, body, "spam", av=avsender(name, email),
                  note="Fake registry invoice / CEO fraud / fake debt collector: spam.")


_OOO = {
    "nb": [
        ("Takk for din e-post. Jeg er på kurs og har begrenset tilgang til e-post til og med {dato}. Haster "
        "saken, kontakt sentralbordet på {phone}."),
        ("Jeg er i retten hele uken og svarer på e-post etter {dato}. Henvendelser som haster kan rettes til "
        "advokatsekretær på {phone}."),
        "Jeg har ferie til {dato}. E-posten blir ikke videresendt. Kontakt gjerne kollega {colleague}.",
    ],
    "nn": [
        "Takk for e-posten. Eg er på ferie til og med {dato}. Ved hastesaker kan du kontakte sentralbordet på {phone}.",
        "Eg er på kurs og les ikkje e-post før {dato}.",
    ],
    "en": ["Thank you for your e-mail. I am out of the office until {dato} with limited access to e-mail."],
}


def make_auto_fravaer(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, _OOO, english=0.1)
    pro = Pro(rng, world, pick(rng, ["advokat", "arkitekt", "ingenior", "plan"])) if rng.random() < 0.7 else None
    if pro is None:
        ag = Agency(rng, world, pick(rng, ["sf", "svv", "fk", "kommune"]))
        name, email, firm = ag.person.name, f"{_low(ag.person.first)}.{_low(ag.person.last)}@{ag.domain}", ag.name
    else:
        name, email, firm = pro.name, pro.email, pro.firm
    prop = world.property()
    sak = world.cite(world.unknown_saknr(), doc=True)
    orig = pick(rng, [f"Mangler ved søknad - {prop.address} - {sak}", f"Vedtak - gnr {prop.gnr} bnr {prop.bnr}",
                      f"Deres ref. {sak} - nabomerknad", f"Oversendelse av klage {sak}",
                      f"Referat oppstartsmøte - {pick(rng, _PLAN_NAMES)}"])
    text = _fill(pick(rng, _OOO[lang]), {"dato": _date(rng, world), "phone": world.phone(),
                                         "colleague": world.person().name})
    prefix = pick(rng, ["Automatisk svar: ", "Fraværende: ", "Autosvar: ", "Out of Office: ", "Automatic reply: "])
    return _draft(tenant, name, email, prefix + orig, text + f"\n\n{name}\n{firm}", "autosvar",
                  av=avsender(name, email), extra_headers={"Auto-Submitted": "auto-replied"},
                  note="Out-of-office reply quoting a byggesak subject with a case number: autosvar, sak null.")


def make_auto_kvittering(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    ag = Agency(rng, world, pick(rng, ["sf", "svv", "mt", "nav", "fk", "at"]))
    email = pick(rng, ["noreply@", "ikke-svar@", "postmottak@"]) + ag.domain
    their = f"{rng.choice([2026])}/{rng.randint(1000, 29999)}"
    text = pick(rng, [
        (f"Vi bekrefter at vi har mottatt din henvendelse. Den er registrert med saksnummer {their}. Oppgi "
         "saksnummeret ved senere kontakt. Dette er en automatisk generert melding som ikke kan besvares."),
        (f"Kvittering for mottatt e-post\n\n{ag.name} har mottatt e-posten din. Vi tar sikte på å svare "
         f"innen {rng.choice(['tre', 'fire', 'seks'])} uker."),
        (f"Takk for henvendelsen til {ag.name}. Saksbehandlingstiden er for tiden om lag {rng.randint(3, 14)} uker. "
         "Du trenger ikke sende henvendelsen på nytt."),
        (f"Din melding er mottatt {_date(rng, world)} og journalført hos oss med referanse {their}. "
         "Svar på denne e-posten blir ikke lest."),
        (f"Stadfesting: {ag.name} har motteke e-posten din, og han er registrert i saka {their}. Denne e-posten "
         "kan ikkje svarast på."),
    ])
    orig = pick(rng, ["Oversendelse av klagesak", "Uttalelse til planforslag", "Svar på varsel om tilsyn",
                      "Søknad om dispensasjon – oversendelse"])
    return _draft(tenant, ag.name, email, pick(rng, ["Kvittering: ", "Mottatt: ", "Automatisk kvittering – "]) + orig,
                  text, "autosvar", av=avsender(ag.name, email), style="system",
                  extra_headers={"Auto-Submitted": "auto-generated"},
                  note="Automatic receipt from an agency; the number is theirs, not ours.")


def make_auto_ndr(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p = world.person()
    bad = f"{_low(p.first)}.{_low(p.last)}@{pick(rng, ['gmial.com', 'hotmai.com', 'onlie.no', Pro(rng, world, 'advokat').domain])}"
    kid = world.person().first
    subj = pick(rng, [f"Tilbud om barnehageplass - {kid}", "Vedtak om barnehageplass",
                      f"Svar på søknad om tillatelse - gnr {rng.randint(1, 200)} bnr {rng.randint(1, 300)}",
                      "Mangelbrev - byggesøknad", "Innkalling til oppstartsmøte"])
    email = pick(rng, ["MAILER-DAEMON@mx." + _kdomain(tenant), "postmaster@" + _kdomain(tenant)])
    body = pick(rng, [
        (f"Levering til følgende mottakere mislyktes:\n\n{bad}\n\nMottakerens e-postadresse ble ikke funnet. "
         "Kontroller adressen og prøv igjen.\n\nDiagnostikk: 550 5.1.1 User unknown"),
        (f"Delivery has failed to these recipients or groups:\n\n{bad}\nThe email address you entered couldn't "
         "be found.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'"),
    ])
    original = EarlierMessage(kommune_name(tenant), TENANTS[tenant]["postmottak"], subj,
                              "Vedlagt følger brev fra kommunen.", to=bad)
    return _draft(tenant, "Mail Delivery System", email, pick(rng, ["Ikke levert: ", "Undeliverable: "]) + subj,
                  body, "autosvar", av=avsender("Mail Delivery System", email), dsn=True, style="system",
                  quoted=original, note="Bounce of an outgoing barnehage/byggesak letter: autosvar, not journalført.")


def make_faktura_konsulent(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pro = Pro(rng, world, pick(rng, ["arkitekt", "ingenior", "advokat", "plan", "konsulent"]))
    email = pick(rng, ["faktura@", "regnskap@", "invoice@", "okonomi@"]) + pro.domain
    prop = world.property()
    nr = rng.randint(20260001, 20269999)
    ref = world.cite(world.unknown_saknr()) if rng.random() < 0.5 else None
    if ref is None and rng.random() < 0.5:
        # the invoice names a case the archive does hold: still faktura, sak null
        ref = world.cite(world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - "
                                         "Søknad om tillatelse - " + pick(rng, _TILTAK), prop=prop).sak)
    proj = f"{prop.address} (gnr. {prop.gnr} bnr. {prop.bnr})"
    belop = f"{rng.randint(8, 240)} {rng.randint(100, 999)},{rng.choice(['00', '50'])}"
    text = pick(rng, [
        (f"Vedlagt følger faktura nr. {nr} for prosjekteringsbistand, {proj}" + (f", deres ref. {ref}" if ref else "")
         + f".\n\nBeløp å betale: kr {belop}\nForfall: 30 dager\nKID: {rng.randint(10**9, 10**10)}"),
        (f"Kreditnota {nr}\n\nKreditering av faktura {nr - rng.randint(3, 40)} gjelder timer ført feil på prosjekt "
         f"{proj}. Kreditert beløp kr {belop}." + (f" Ref. sak {ref}." if ref else "")),
        (f"Purring – faktura {nr}\n\nVi kan ikke se å ha mottatt betaling for faktura {nr} gjeldende "
         f"{proj}. Utestående: kr {belop}. Vennligst betal innen 14 dager for å unngå inkasso."),
        f"Faktura {nr} for juridisk bistand i sak {ref or proj} ligger vedlagt. EHF er sendt samtidig.",
    ])
    head = text.split()[0]
    subjects = {"Kreditnota": [f"Kreditnota {nr}", f"Kreditering – {prop.address}"],
                "Purring": [f"Purring faktura {nr}", f"Påminnelse – faktura {nr}"]}.get(
        head, [f"Faktura {nr}", f"Faktura – {prop.address}", f"Faktura {nr} fra {pro.firm}"])
    return _draft(tenant, pro.firm, email, pick(rng, subjects),
                  text + f"\n\n{pro.firm}\nOrg.nr. {pro.orgnr}", "faktura", av=avsender(pro.firm, email, pro.orgnr),
                  attachments=[AttachmentSpec(f"Faktura_{nr}.pdf", "pdf", f"Faktura {nr}\n{pro.firm}\nOrg.nr. {pro.orgnr}\n"
                                                                           f"Prosjekt: {proj}\nBeløp kr {belop}")],
                  note="Invoice for consultancy work on a named building project citing a case number: faktura, sak null.")


def make_faktura_abonnement(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    vendor = pick(rng, ["Juridika Kommune", "Plannett Abonnement", "GeoKart Pro", "Lovdata-tjenester Vest",
                        "ByggForsk Innsikt"])
    dom = _low(vendor.split()[0]) + pick(rng, [".no", ".com"])
    email = pick(rng, ["faktura@", "billing@", "kundeservice@"]) + dom
    orgnr = world.orgnr()
    nr = rng.randint(100000, 999999)
    users = rng.randint(3, 40)
    belop = f"{rng.randint(12, 160)} {rng.randint(100, 999)},00"
    lang = "en" if rng.random() < 0.2 else ("nn" if tenant == "havoy" and rng.random() < 0.3 else "nb")
    text = {
        "nb": pick(rng, [
            (f"Faktura {nr} for fornyelse av abonnement på {vendor} ({users} brukere) for perioden 1.1.–31.12. "
             f"er sendt som EHF. Beløp: kr {belop}. Kopi i PDF ligger vedlagt."),
            (f"Kreditnota {nr}\n\nVi krediterer {users // 2 + 1} lisenser som ble sagt opp i {pick(rng, _MONTHS)}. "
             f"Kreditert beløp kr {belop} motregnes neste faktura."),
            f"Påminnelse: faktura {nr} på kr {belop} forfalt for {rng.randint(5, 30)} dager siden.",
        ]),
        "nn": pick(rng, [
            f"Faktura {nr} for fornying av abonnementet på {vendor} er send som EHF. Beløp: kr {belop}.",
            f"Kreditnota {nr}: Vi krediterer {users // 2 + 1} lisensar. Beløp kr {belop}.",
        ]),
        "en": pick(rng, [
            f"Please find attached invoice {nr} for your {vendor} subscription ({users} seats). Amount due: NOK {belop}.",
            f"Credit note {nr}: NOK {belop} has been credited to your account.",
        ]),
    }[lang]
    head = text.split()[0]
    subjects = ([f"Kreditnota {nr}", f"{vendor} – kreditnota"] if head == "Kreditnota" else
                [f"Invoice {nr}", f"{vendor} subscription – invoice {nr}"] if lang == "en" and head != "Credit" else
                [f"Credit note {nr}"] if head == "Credit" else
                [f"Påminnelse faktura {nr}", f"Purring {nr}"] if head == "Påminnelse:" else
                [f"Faktura {nr}", f"{vendor} – fornyelse og faktura"])
    return _draft(tenant, vendor, email, pick(rng, subjects),
                  text + f"\n\n{vendor}\nOrg.nr. {orgnr}", "faktura", av=avsender(vendor, email, orgnr),
                  attachments=[AttachmentSpec(f"{nr}.pdf", "pdf", f"Faktura {nr}\n{vendor}\nOrg.nr. {orgnr}\nkr {belop}")],
                  note="Subscription invoice / credit note for a legal or planning database: faktura.")


def make_system_dmarc(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    dom = _kdomain(tenant)
    kind = rng.random()
    if kind < 0.45:
        sender = pick(rng, ["noreply-dmarc-support@google.com", "dmarcreport@microsoft.com", "dmarc@yahoo.com"])
        rid = rng.randint(10**17, 10**18)
        subject = f"Report domain: {dom} Submitter: {sender.split('@')[1]} Report-ID: {rid}"
        body = pick(rng, ["This is an aggregate report from " + sender.split("@")[1] + ".",
                          "DMARC aggregate report attached.", ""])
        atts = [AttachmentSpec(f"{sender.split('@')[1]}!{dom}!{rid}.xml.txt", "txt",
                               f"<feedback><policy_published><domain>{dom}</domain></policy_published></feedback>")]
        name = sender.split("@")[1]
    elif kind < 0.8:
        vendor = pick(rng, ["GeoKart Pro", "ByggSak Online", "ArkivPlus", "PlanViewer"])
        sender = f"lisens@{_low(vendor)}.no"
        name = f"{vendor} Lisensservice"
        subject = pick(rng, [f"Lisensen din for {vendor} utløper om 30 dager", f"Fornyelse av {vendor}-lisens"])
        body = (f"Hei,\n\nKommunens lisens for {vendor} ({rng.randint(5, 60)} brukere) utløper {_date(rng, world)}. "
                "Fornyelsen skjer automatisk dersom dere ikke sier opp avtalen. Lisensadministrator kan se "
                "detaljer i kundeportalen.\n\nDette er en automatisk melding.")
        atts = []
    else:
        sender = f"certwatch@{pick(rng, ['sertifikat-overvakning.no', 'monitor.it-drift.no'])}"
        name = "Sertifikatovervåking"
        subject = f"Sertifikat for postmottak.{dom} utløper om {rng.randint(3, 21)} dager"
        body = (f"TLS-sertifikatet for webmail.{dom} utløper snart. Forny sertifikatet for å unngå driftsavbrudd.\n\n"
                "Alarm-ID: " + str(rng.randint(10000, 99999)))
        atts = []
    return _draft(tenant, name, sender, subject, body, "systemvarsel", av=avsender(name, sender), style="system",
                  attachments=atts, note="DMARC report / licence renewal / certificate alert: systemvarsel.")


def make_intern_logistikk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    pro = Pro(rng, world, pick(rng, ["arkitekt", "advokat", "plan"]))
    nn = tenant == "havoy" and rng.random() < 0.6
    text = pick(rng, [
        f"Hei alle\nMøtet med {pro.firm} på torsdag er flyttet til møterom Fjorden kl. 13. Kan noen bestille kaffe?",
        f"Advokat {pro.name} kommer kl. 10 i morgen. Kan resepsjonen ringe meg når hen er her? Takk!",
        (f"Lunsj etter befaringen i morgen? Jeg tenkte kantina kl. 11.30, så rekker vi tilbake til møtet med "
        f"{pro.firm} kl. 13."),
        "Har noen sett laderen til prosjektoren på møterom 2? Den var der før plankonferansen i går.",
    ] if not nn else [
        f"Hei alle\nMøtet med {pro.firm} på torsdag er flytta til møterom Fjorden kl. 13. Kan nokon bestille kaffi?",
        "Lunsj etter synfaringa i morgon? Kantina kl. 11.30?",
    ])
    return _draft(tenant, emp.name, email, pick(rng, ["Møterom torsdag", "Besøk i morgen", "Lunsj?", "Prosjektorlader",
                                                       "Flytta møte" if nn else "Flyttet møte"]),
                  text + f"\n\n{emp.first}", "intern", av=avsender(emp.name, email),
                  note="Informal internal logistics mentioning a firm: intern, not journalført.")


def make_privat_bolig(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, _ = world.employee(tenant)
    pro = Pro(rng, world, "forvalter")
    lag = pick(rng, ["Borettslaget ", "Sameiet "]) + world.street().rsplit(" ", 1)[0]
    friend, friend_email = private_sender(rng, world)
    school = pick(rng, _SCHOOLS)
    housing = [
        ((f"Hei {emp.first}\n\nInnkalling til ordinær generalforsamling i {lag} ligger vedlagt. Møtet holdes i "
         "fellesrommet. Saker som andelseierne ønsker behandlet, må være styret i hende innen to uker."),
         ["Innkalling til generalforsamling", f"Generalforsamling {lag}"]),
        ((f"Til andelseier {emp.name}\n\nFelleskostnadene økes med 4 % fra 1. januar, jf. vedtak i styret. Ny "
         "giro sendes ut i desember."), ["Felleskostnader", f"Økte felleskostnader – {lag}"]),
        ((f"Hei {emp.first}, vi har mottatt melding om vannlekkasje fra din leilighet til naboen under. Kan du "
         "gi beskjed når rørlegger kan slippe inn? Forsikringsselskapet er varslet."), ["Vannlekkasje i leiligheten din",
                                                                                     "Melding om skade"]),
    ]
    personal = [
        ((f"Hei {emp.first}, takk for sist! Barna snakket om skolen hele veien hjem. Skal vi ta en middag når du "
         f"er tilbake fra ferie?\n\nKlem\n{friend.first}"), ["Takk for sist", "Middag?"]),
        ((f"Hei! Som klassekontakt i 4B minner jeg om dugnaden på {school} lørdag kl. 10. Kan du ta med kaker? "
         f"Si fra om du ikke kan.\n\n{friend.first}"), ["Dugnad lørdag", f"Dugnad {school}"]),
        ((f"Hei {emp.first}. Fikk du sett på kontrakten for hytta jeg sendte? Advokaten vår mener vi bør få "
         f"tinglyst veiretten før vi signerer. Ring meg i kveld om du har tid.\n{friend.first}"),
         ["Hyttekontrakten", "Kontrakt"]),
    ]
    if rng.random() < 0.5:
        text, subjects = pick(rng, personal)
        name, email, av = friend.name, friend_email, avsender(friend.name, friend_email)
    else:
        text, subjects = pick(rng, housing)
        name, email, av = pro.name, pro.email, avsender(pro.firm, pro.email)
        text += "\n\n" + pro.sig(rng, "nb", full=False)
    atts = [AttachmentSpec("Innkalling_generalforsamling.pdf", "pdf", f"Innkalling\n{lag}")] if "vedlagt" in text else []
    return _draft(tenant, name, email, pick(rng, subjects), text, "privat", av=av, attachments=atts,
                  note="Private mail to an employee's work address (own housing cooperative, friends, school "
                       "dugnad): privat.")


# ======================================================================================

def _fam(name: str, category: str, make: Callable[[random.Random, World], Draft], weight: float) -> Family:
    return Family(name=name, category=category, make=make, weight=round(weight * WEIGHT_SCALE, 3), writer=WRITER)


FAMILIES = [
    _fam("byggesak.ve_ansvarlig_soker", "byggesak", make_bs_ansvarlig_soker, 2.4),
    _fam("byggesak.ve_advokat", "byggesak", make_bs_advokat, 1.4),
    _fam("byggesak.ve_sameie", "byggesak", make_bs_sameie, 1.0),
    _fam("byggesak.ve_kjede", "byggesak", make_bs_kjede, 1.4),
    _fam("byggesak.ve_klagevedtak", "byggesak", make_bs_klagevedtak, 0.8),
    _fam("plansak.ve_plankonsulent", "plansak", make_pl_konsulent, 1.2),
    _fam("plansak.ve_myndighet", "plansak", make_pl_myndighet, 1.0),
    _fam("plansak.ve_advokat_merknad", "plansak", make_pl_advokat, 0.8),
    _fam("innsynskrav.ve_journalist", "innsynskrav", make_inn_journalist, 1.0),
    _fam("innsynskrav.ve_forsker", "innsynskrav", make_inn_forsker, 0.6),
    _fam("innsynskrav.ve_organisasjon", "innsynskrav", make_inn_organisasjon, 0.6),
    _fam("politisk.ve_organisasjon", "politisk", make_pol_organisasjon, 0.9),
    _fam("horing.ve_etat", "horing", make_hor_etat, 1.0),
    _fam("tilsyn.ve_varsel", "tilsyn", make_tilsyn_varsel, 1.0),
    _fam("tilsyn.ve_kjede", "tilsyn", make_tilsyn_kjede, 0.7),
    _fam("skole.ve_helse_ppt", "skole", make_sk_helse, 0.6),
    _fam("skole.ve_advokat", "skole", make_sk_advokat, 0.6),
    _fam("barnehage.ve_privat_barnehage", "barnehage", make_bh_privat, 0.8),
    _fam("barnehage.ve_ppt", "barnehage", make_bh_ppt, 0.5),
    _fam("barnehage.ve_relocation", "barnehage", make_bh_relocation, 0.3),
    _fam("helse_omsorg.ve_helseforetak", "helse_omsorg", make_ho_helseforetak, 1.0),
    _fam("helse_omsorg.ve_verge", "helse_omsorg", make_ho_verge, 0.7),
    _fam("barnevern.ve_etat", "barnevern", make_bv_etat, 0.8),
    _fam("vann_avlop.ve_radgiver", "vann_avlop", make_va_radgiver, 0.9),
    _fam("vann_avlop.ve_sameie", "vann_avlop", make_va_sameie, 0.8),
    _fam("vei_trafikk.ve_vegvesen", "vei_trafikk", make_vei_vegvesen, 0.8),
    _fam("vei_trafikk.ve_radgiver", "vei_trafikk", make_vei_radgiver, 0.7),
    _fam("vei_trafikk.ve_sameie", "vei_trafikk", make_vei_sameie, 0.6),
    _fam("bevilling.ve_etat", "bevilling", make_bev_etat, 0.7),
    _fam("tilskudd.ve_organisasjon", "tilskudd", make_tskudd_org, 0.7),
    _fam("eiendomsskatt.ve_advokat_takst", "eiendomsskatt", make_est_advokat, 0.7),
    _fam("rekruttering.ve_byra", "rekruttering", make_rek_byra, 0.6),
    _fam("anskaffelse.ve_tilbud", "anskaffelse", make_ans_tilbud, 0.9),
    _fam("anskaffelse.ve_sporsmal", "anskaffelse", make_ans_sporsmal, 0.7),
    _fam("anskaffelse.ve_klage", "anskaffelse", make_ans_klage, 0.5),
    _fam("nyhetsbrev.ve_fagnytt", "nyhetsbrev", make_nyhet_fagnytt, 1.6),
    _fam("nyhetsbrev.ve_konferanse", "nyhetsbrev", make_nyhet_konferanse, 1.2),
    _fam("spam.ve_phishing", "spam", make_spam_phishing, 1.2),
    _fam("spam.ve_svindel", "spam", make_spam_svindel, 0.8),
    _fam("autosvar.ve_fravaer", "autosvar", make_auto_fravaer, 1.4),
    _fam("autosvar.ve_kvittering", "autosvar", make_auto_kvittering, 0.9),
    _fam("autosvar.ve_ndr", "autosvar", make_auto_ndr, 0.7),
    _fam("faktura.ve_konsulent", "faktura", make_faktura_konsulent, 1.0),
    _fam("faktura.ve_abonnement", "faktura", make_faktura_abonnement, 0.6),
    _fam("systemvarsel.ve_dmarc_lisens", "systemvarsel", make_system_dmarc, 1.0),
    _fam("intern.ve_logistikk", "intern", make_intern_logistikk, 0.6),
    _fam("privat.ve_bolig", "privat", make_privat_bolig, 0.6),
]
