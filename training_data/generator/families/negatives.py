"""Families for mail the service must never journalføre (writer "w-neg").

Categories: nyhetsbrev, spam, autosvar, faktura, systemvarsel, intern, privat.  Many
scenarios are *hard negatives*: they use the vocabulary of in-scope kinds (byggesak,
innsyn, vann og avløp, tilskudd, case numbers ...) while being newsletters, bounces,
invoices or system mail.  For all of them skjerming, sak and personnavn stay empty and
journalposttype is "I"; avsender is the person or organisation behind the mail.

Weights are on the scale "mails per 150 in the dev set" (category totals: nyhetsbrev 13,
autosvar 9, spam 7, faktura 6, intern 6, systemvarsel 5, privat 5; the last two are raised
above the dev-set share so each gets at least ~150 mails in a 6000-mail corpus).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families.common import kommune_name, pick_tenant
from training_data.generator.world import TENANTS, World, _ascii

WRITER = "w-neg"

WEEKDAYS = {"nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
            "nn": ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
MONTHS = {"nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}
MONTHS["nn"] = MONTHS["nb"]
POSTPLACES = ["5003 Bergen", "6002 Ålesund", "6900 Florø", "4006 Stavanger", "7010 Trondheim", "0150 Oslo",
              "6800 Førde", "5501 Haugesund", "6100 Volda", "9008 Tromsø", "8006 Bodø", "6509 Kristiansund",
              "4611 Kristiansand", "2317 Hamar", "3015 Drammen", "6413 Molde", "5411 Stord", "1606 Fredrikstad"]
VILLAGES = {"fjordvik": ["Nesvika", "Fjordvik sentrum", "Sandøyra", "Kvernes", "Bjørkedal", "Straumen"],
            "havoy": ["Havøy", "Nordvåg", "Skjerneset", "Kyrkjebø", "Bøstranda", "Leirvik"]}
ROLES = {"nb": ["rådgiver", "konsulent", "saksbehandler", "arkivleder", "enhetsleder", "spesialrådgiver",
                "byggesaksbehandler", "kommuneplanlegger", "økonomikonsulent", "personalrådgiver",
                "konsulent, servicetorget", "avdelingsleder", "IKT-koordinator", "rektor", "styrer"],
         "nn": ["rådgjevar", "konsulent", "sakshandsamar", "arkivleiar", "einingsleiar", "spesialrådgjevar",
                "byggesakshandsamar", "kommuneplanleggjar", "økonomikonsulent", "personalrådgjevar",
                "konsulent, servicetorget", "avdelingsleiar", "IKT-koordinator", "rektor", "styrar"]}
ROOMS = ["Lundefuglen", "Havørna", "Teisten", "Måken", "Ærfuglen", "Kommunestyresalen", "Lunden", "Toppen", "Naustet", "Loftet"]


# --- small helpers --------------------------------------------------------------------------


def _lang(rng: random.Random, tenant: str, en: float = 0.0) -> str:
    """bokmål or nynorsk (havoy mail is more often nynorsk); sometimes English."""
    if rng.random() < en:
        return "en"
    return "nn" if rng.random() < (0.55 if tenant == "havoy" else 0.12) else "nb"



def _kdomain(tenant: str) -> str:
    return TENANTS[tenant]["domain"]


def _postmottak(tenant: str) -> str:
    return TENANTS[tenant]["postmottak"]


def _avs(navn: str, epost: str, orgnr: str | None = None) -> dict:
    return {"navn": navn, "epost": epost, "orgnr": orgnr}


def _day(world: World, received: str, lo: int, hi: int) -> date:
    return date.fromisoformat(received) + timedelta(days=world.rng.randint(lo, hi))


def _long(d: date, lang: str = "nb", weekday: bool = True) -> str:
    if lang == "en":
        return (f"{WEEKDAYS['en'][d.weekday()]} " if weekday else "") + f"{d.day} {MONTHS['en'][d.month - 1]}"
    return (f"{WEEKDAYS[lang][d.weekday()]} " if weekday else "") + f"{d.day}. {MONTHS[lang][d.month - 1]}"


def _short(d: date, rng: random.Random) -> str:
    return rng.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}",
                       f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", f"{d.day}.{d.month}"])


def _orgnr_text(rng: random.Random, orgnr: str) -> str:
    spaced = f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}"
    return rng.choice([f"Org.nr. {spaced}", f"Org.nr {orgnr}", f"org.nr.: {spaced}", f"Organisasjonsnummer: {orgnr}",
                       f"NO {spaced} MVA", f"Foretaksregisteret NO {orgnr} MVA", f"Orgnr: {orgnr}"])


def _amount(rng: random.Random, lo: int, hi: int) -> str:
    v = rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, 0.9])
    whole = f"{int(v):,}".replace(",", " ")
    return f"{whole},{round((v % 1) * 100):02d}"


def _kid(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([9, 11, 13, 15])))


def _account(rng: random.Random) -> str:
    return f"{rng.randint(1200, 9800)} {rng.randint(10, 99)} {rng.randint(10000, 99999)}"


def _num(rng: random.Random, digits: int) -> str:
    return str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))


def _token(rng: random.Random, n: int = 10) -> str:
    return "".join(rng.choice("abcdef0123456789") for _ in range(n))


def _slug(text: str) -> str:
    return _ascii(text).lower().replace(".", "").replace(",", "").replace("&", "og")


def _list_headers(rng: random.Random, domain: str, p: float = 0.6) -> dict[str, str]:
    """List-Unsubscribe / Precedence headers, present only part of the time."""
    if rng.random() >= p:
        return {}
    h = {"List-Unsubscribe": f"<https://{domain}/unsubscribe?u={_token(rng)}>"}
    if rng.random() < 0.5:
        h["List-Unsubscribe"] += f", <mailto:unsubscribe@{domain}?subject=unsubscribe>"
        h["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if rng.random() < 0.7:
        h["Precedence"] = "bulk"
    if rng.random() < 0.3:
        h["List-Id"] = f"<nyhetsbrev.{domain}>"
    return h


def _casual(rng: random.Random, text: str, p: float = 0.5) -> str:
    """Phone/citizen style: sometimes lower-case starts, dropped commas and a typo or two."""
    if rng.random() >= p:
        return text
    out = text.replace(",", "") if rng.random() < 0.5 else text
    if rng.random() < 0.5:
        out = "\n".join(line[:1].lower() + line[1:] for line in out.split("\n"))
    words = out.split(" ")
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def _employee_sig(rng: random.Random, p_first: str, name: str, tenant: str, lang: str, world: World) -> str:
    r = rng.random()
    if r < 0.3:
        return p_first
    if r < 0.45:
        return ""
    role = rng.choice(ROLES["nn" if lang == "nn" else "nb"])
    lines = [name, role[:1].upper() + role[1:], kommune_name(tenant)]
    if rng.random() < 0.5:
        lines.append(("Tlf. " if lang != "en" else "Tel. ") + world.phone())
    return ("\n".join([p_first, ""] + lines) if rng.random() < 0.4 else "\n".join(lines))


def _orgnr_in(text: str, orgnr: str | None) -> bool:
    """Whether the text states the organisation number (with or without spaces)."""
    return bool(orgnr) and orgnr in text.replace(" ", "")


def _doc(rng: random.Random, stem: str, text: str) -> AttachmentSpec:
    kind = rng.choice(["pdf", "pdf", "docx"])
    return AttachmentSpec(f"{stem}.{kind}", kind, text)


def _draft(tenant: str, sender_name: str, sender_email: str, subject: str, body: str, category: str,
           avsender: dict, received: str = "", **kw) -> Draft:
    return Draft(tenant=tenant, sender_name=sender_name, sender_email=sender_email, subject=subject, body=body,
                 received=received, category=category, journalposttype="I", skjerming=None, sak=None,
                 avsender=avsender, personnavn=[], **kw)


def _ics(summary: str, start: date, hour: int, minutes: int, location: str, organizer: str) -> str:
    d = start.strftime("%Y%m%d")
    end_h = hour + max(1, minutes // 60)
    return (f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Invitasjon//NO\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            f"SUMMARY:{summary}\nDTSTART:{d}T{hour:02d}0000\nDTEND:{d}T{end_h:02d}0000\n"
            f"LOCATION:{location}\nORGANIZER:mailto:{organizer}\nEND:VEVENT\nEND:VCALENDAR\n")


# =====================================================================================
# nyhetsbrev
# =====================================================================================

# Agencies and bodies that send newsletters: (name, address, topics, language bias)
AGENCIES = [
    ("Direktoratet for byggkvalitet", "nyhetsbrev@dibk.no", "bygg", "nb"),
    ("Husbanken", "nyhetsbrev@husbanken.no", "bolig", "nb"),
    ("KS", "nyhetsbrev@ks.no", "kommune", "nb"),
    ("Statistisk sentralbyrå", "nyhetsbrev@ssb.no", "statistikk", "nb"),
    ("Norsk Vann", "post@norskvann.no", "vann", "nb"),
    ("Kartverket", "nyhetsbrev@kartverket.no", "plan", "nb"),
    ("Miljødirektoratet", "nyheter@miljodir.no", "plan", "nb"),
    ("Arkivverket", "nyhetsbrev@arkivverket.no", "arkiv", "nb"),
    ("Digitaliseringsdirektoratet", "nyhetsbrev@digdir.no", "arkiv", "nb"),
    ("Utdanningsdirektoratet", "nyhetsbrev@udir.no", "skole", "nb"),
    ("Helsedirektoratet", "nyhetsbrev@helsedir.no", "helse", "nb"),
    ("Statens vegvesen", "nyhetsbrev@vegvesen.no", "vei", "nn"),
    ("Distriktssenteret", "nyhetsbrev@distriktssenteret.no", "tilskudd", "nn"),
    ("Vestland fylkeskommune", "nyheiter@vlfk.no", "tilskudd", "nn"),
    ("Kulturrådet", "nyhetsbrev@kulturradet.no", "tilskudd", "nb"),
    ("Direktoratet for forvaltning og økonomistyring", "nyhetsbrev@dfo.no", "anskaffelse", "nb"),
]

# Hand-written news items per topic: (title, text), bokmål and nynorsk.
NEWS_ITEMS = {
    "bygg": {"nb": [
        ("Kontrollområder for tilsyn neste år",
         "Direktoratet anbefaler at kommunene prioriterer tilsyn med fuktsikring i våtrom og sikring av byggegroper. Vi har laget sjekklister som kan lastes ned."),
        ("Spørsmål og svar om garasjer og boder",
         "Hvor stor kan en frittliggende garasje være før den må søkes om? Vi har samlet de vanligste spørsmålene fra kommunene og svarene våre."),
        ("Ny versjon av byggesøknadsløsningen",
         "Fra neste måned kan ansvarlig søker legge ved situasjonsplan og tegninger direkte fra kartløsningen. Kommuner som mottar søknader via Fellestjenester BYGG trenger ikke gjøre noe."),
        ("Uavhengig kontroll – erfaringer etter fem år",
         "En ny evaluering viser at den obligatoriske kontrollen av bærekonstruksjoner har redusert antall byggefeil, men at dokumentasjonen ofte er mangelfull."),
        ("Tall fra KOSTRA: saksbehandlingstid i byggesaker",
         "Gjennomsnittlig saksbehandlingstid for rammesøknader gikk ned med fire dager i fjor. Se hvordan din kommune ligger an."),
        ("Tilsyn med ulovlige tiltak – ny rettledning",
         "Hvordan prioritere ulovlighetsoppfølging når ressursene er knappe? Den nye rettledningen gir konkrete råd om forhåndsvarsel, pålegg og tvangsmulkt."),
    ], "nn": [
        ("Fleire spørsmål om tilbygg på fritidsbustader",
         "Vi får mange spørsmål om kor mykje ei hytte kan byggjast på utan søknad. Sjå dei oppdaterte døma i rettleiaren vår."),
        ("Ny rettleiar om ferdigattest og mellombels bruksløyve",
         "Rettleiaren forklarer kva kommunen skal kontrollere før ferdigattest vert skriven ut, og korleis gamle saker utan ferdigattest kan ryddast opp i."),
    ]},
    "bolig": {"nb": [
        ("Startlån: ny rapport om mislighold",
         "Andelen startlån med betalingsproblemer er fortsatt lav, men øker i noen regioner. Rapporten gir råd om oppfølging av låntakere."),
        ("Frist for rapportering av kommunale utleieboliger",
         "Kommunene skal rapportere antall og standard på utleieboligene innen utgangen av november. Skjemaet ligger i kommuneportalen."),
        ("Boligsosial monitor er oppdatert",
         "Se hvordan din kommune ligger an på bostøtte, startlån og kommunalt disponerte boliger."),
        ("Bostøtte: nye satser",
         "Inntektsgrensene i bostøtten justeres fra januar. Informer gjerne innbyggere som kan ha rett til støtte."),
    ], "nn": [
        ("Tilskot til utleigebustader",
         "Kommunar som planlegg nye utleigebustader kan søkje om tilskot. Søknadsfristen for første tildelingsrunde er 15. november."),
    ]},
    "kommune": {"nb": [
        ("Kommuneproposisjonen: dette betyr den for dere",
         "Vi har gått gjennom forslagene om inntektssystemet og laget en oversikt over hvordan endringene slår ut for kommuner av ulik størrelse."),
        ("Nettverk for digitalisering i små kommuner",
         "Et nytt nettverk skal hjelpe kommuner under 10 000 innbyggere med felles løsninger for arkiv, skjema og selvbetjening."),
        ("Arbeidsgiverdagene",
         "Årets arbeidsgiverdager handler om heltidskultur og rekruttering. Meld på innen fristen for å sikre deg plass."),
        ("Lønnsoppgjøret: enighet i mekling",
         "Partene kom til enighet natt til fredag. Her er de viktigste endringene for kommunalt ansatte."),
        ("Folkevalgtprogrammet for neste periode",
         "Vi har revidert opplæringen for folkevalgte og tilbyr nå moduler om habilitet, innsyn og økonomistyring."),
    ], "nn": [
        ("Kommunane og klimatilpassing",
         "Ny kartlegging syner at berre éin av tre kommunar har oppdaterte ROS-analysar for overvatn. KS tilbyr nettverk for kommunar som vil kome i gang."),
    ]},
    "statistikk": {"nb": [
        ("Flytting mellom kommuner",
         "Nettoinnflyttingen til kystkommunene på Vestlandet økte svakt i første halvår. Se de nye tallene for flytting og innvandring."),
        ("Utgifter til pleie og omsorg",
         "Driftsutgiftene til pleie og omsorg per innbygger varierer med mer enn det dobbelte mellom kommunene. Tabellen er oppdatert med fjorårets regnskapstall."),
        ("Elever i grunnskolen",
         "Antall elever som får spesialundervisning har gått litt ned. Tallene for skoleåret er publisert i statistikkbanken."),
        ("Eiendomsskatt i kommunene",
         "Stadig flere kommuner skriver ut eiendomsskatt på boliger og fritidseiendommer. Se promillesatser og bunnfradrag for alle kommuner."),
    ], "nn": []},
    "vann": {"nb": [
        ("Fagtreff om lekkasjekontroll",
         "Hvordan få ned lekkasjetapet på ledningsnettet? Erfaringer fra tre kommuner som har halvert tapet på fem år."),
        ("Nye krav i drikkevannsforskriften",
         "Mattilsynet har varslet endringer i kravene til beredskap og prøvetaking. Vi oppsummerer hva vannverkene må forberede."),
        ("Gebyrkalkulatoren er oppdatert",
         "Bruk kalkulatoren til å beregne selvkost for vann- og avløpsgebyrene for neste år."),
        ("Kurs: separering av avløp og overvann",
         "Kurset tar for seg pålegg om separering, kostnadsfordeling og dialog med huseiere."),
    ], "nn": [
        ("VA-dagane i Bergen",
         "Årets konferanse handlar om fornying av leidningsnettet og klimatilpassing. Program og påmelding ligg på nettsida vår."),
    ]},
    "plan": {"nb": [
        ("Nytt i matrikkelen",
         "Fra november kan kommunen føre oppmålingsforretning digitalt i ny klient. Se opplæringsvideoene."),
        ("Arealplaner og naturmangfold",
         "Ny veileder om hvordan kommunene skal vurdere naturmangfold i reguleringsplaner og dispensasjoner."),
        ("Kartgrunnlag for kommuneplanen",
         "Oppdaterte høydedata og flomsonekart er nå tilgjengelige for alle kommuner i Vestland."),
        ("Strandsonen: ny statistikk over bygging",
         "Antallet nye bygninger nærmere sjøen enn 100 meter økte i fjor. Se tall for din kommune."),
    ], "nn": [
        ("Planregisteret og nasjonal arealplan-ID",
         "Frå årsskiftet må alle nye reguleringsplanar ha nasjonal arealplan-ID i planregisteret. Sjå korleis de kan førebu dykk."),
    ]},
    "arkiv": {"nb": [
        ("Ny veileder for journalføring av e-post",
         "Veilederen gir råd om hva som skal journalføres, og hvordan kommunene kan bruke automatisering i postmottaket uten å svekke arkivkvaliteten."),
        ("Innsynsløsningen får nytt grensesnitt",
         "Innsynskrav sendt via løsningen får nå en egen kvittering, og kommunene kan se statistikk over behandlingstid."),
        ("Noark 5: ny versjon av tjenestegrensesnittet",
         "Leverandørene har fått frist til neste høst med å støtte den nye versjonen. Vi anbefaler at kommunene tar dette opp med sin leverandør."),
        ("Bevaring og kassasjon i kommunene",
         "Høringen om ny bevarings- og kassasjonsplan er avsluttet. Vi takker for over 200 innspill."),
    ], "nn": [
        ("Avlevering til arkivdepot",
         "Fleire kommunar skal avlevere eldre elektroniske arkiv neste år. Vi held eit ope digitalt møte om korleis de planlegg arbeidet."),
    ]},
    "skole": {"nb": [
        ("Nye læreplaner i praksis",
         "Erfaringsdeling fra skoler som har jobbet med dybdelæring og tverrfaglige tema."),
        ("Frist for rapportering i GSI",
         "Grunnskolens informasjonssystem åpner for rapportering 1. oktober. Husk spesialundervisning og skoleskyss."),
        ("Ny veileder om skolemiljø",
         "Veilederen beskriver aktivitetsplikten og hvordan skolen dokumenterer tiltak."),
    ], "nn": [
        ("Nasjonale prøvar",
         "Prøvene vert gjennomførte i veke 36–39. Rettleiinga for skuleeigarar er oppdatert."),
    ]},
    "helse": {"nb": [
        ("Nasjonal faglig retningslinje for demens er revidert",
         "Endringene gjelder blant annet pårørendestøtte og dagaktivitetstilbud."),
        ("Tilskudd til velferdsteknologi",
         "Kommuner kan søke om midler til innføring av digital hjemmeoppfølging. Søknadsfrist 1. desember."),
        ("Influensavaksinasjon – informasjon til kommunene",
         "Vaksinene leveres fra uke 40. Se råd om organisering og prioriterte grupper."),
    ], "nn": [
        ("Kompetanseløftet",
         "Kommunane kan søkje om tilskot til vidareutdanning for tilsette i helse- og omsorgstenestene."),
    ]},
    "vei": {"nb": [
        ("Trafikksikker kommune",
         "Ti nye kommuner er godkjent som trafikksikre kommuner. Les hvordan de jobbet med skoleveiene."),
    ], "nn": [
        ("Stenging av fylkesvegar i haust",
         "Vi varslar om planlagde stengingar på grunn av asfaltarbeid. Oversikt over omkøyringar finn du på nettsida."),
        ("Tilskot til trafikktryggingstiltak",
         "Kommunar kan søkje om midlar til gang- og sykkelvegar og trygge skulevegar. Fristen er 15. januar."),
        ("Nye reglar for gravearbeid langs fylkesveg",
         "Frå 1. januar gjeld ny graveinstruks. Søknad om gravemelding skal sendast digitalt."),
    ]},
    "tilskudd": {"nb": [
        ("Nå kan dere søke om kulturmidler",
         "Lag og organisasjoner kan søke om tilskudd til arrangement og utstyr. Søknadsfrist 1. november."),
        ("Tilskuddsportalen får nye funksjoner",
         "Søkere kan nå lagre utkast og invitere medsøkere. Kommunene kan hente ut rapporter direkte."),
        ("Tips: slik skriver dere en god søknad",
         "Vi har samlet de vanligste feilene i søknadene vi fikk i vår – og hvordan dere unngår dem."),
    ], "nn": [
        ("Tilskot til lokalt næringsliv",
         "Kommunane i distrikta kan søkje om midlar til omstilling og utviklingsprosjekt. Fristen er 1. februar."),
        ("Ope for søknader til kulturarv",
         "Lag og eigarar av freda og verneverdige bygningar kan søkje om tilskot til istandsetjing."),
        ("Inspirasjonsdag for frivilligheita",
         "Vi inviterer frivillige lag, kommunar og næringsliv til inspirasjonsdag om samarbeid og finansiering."),
    ]},
    "anskaffelse": {"nb": [
        ("Nye terskelverdier fra 1. januar",
         "Terskelverdiene for offentlige anskaffelser justeres. Se hva det betyr for kunngjøringsplikten."),
        ("Klimakrav i anskaffelser",
         "Veiledningen om klima- og miljøkrav er oppdatert med eksempler fra bygg og transport."),
        ("Maler for konkurransegrunnlag",
         "Vi har publisert nye maler for konkurransegrunnlag og kontrakter for tjenestekjøp."),
    ], "nn": []},
}


def _news_items(rng: random.Random, topic: str, lang: str, k: int) -> list[tuple[str, str]]:
    pool = list(NEWS_ITEMS[topic]["nb"]) + (list(NEWS_ITEMS[topic]["nn"]) if lang == "nn" else [])
    extra = [it for t, v in NEWS_ITEMS.items() if t != topic for it in v.get(lang if lang == "nn" else "nb", [])]
    picked = rng.sample(pool, min(k, len(pool)))
    if rng.random() < 0.4 and extra:
        picked.append(rng.choice(extra))
    return picked


def make_nyhetsbrev_etat(rng: random.Random, world: World) -> Draft:
    """Newsletter from a public body, full of in-scope vocabulary."""
    tenant = pick_tenant(rng)
    name, email, topic, bias = rng.choice(AGENCIES)
    email = rng.choice(["nyheter", "nyhetsbrev", "abonnement", "noreply", "kommunenytt"]) + "@" + email.split("@")[1]
    lang = bias if rng.random() < 0.7 else ("nn" if tenant == "havoy" and rng.random() < 0.5 else "nb")
    received = world.received_date()
    d = date.fromisoformat(received)
    month = MONTHS["nb"][d.month - 1]
    items = _news_items(rng, topic, lang, rng.randint(1, 4))
    week = d.isocalendar()[1]
    short = name if len(name) < 20 else "".join(w[0] for w in name.split() if w[0].isupper())
    head = rng.choice([f"Nyhetsbrev fra {name} – {month} {d.year}", f"{short}-nytt – uke {week}",
                       f"Nytt fra {short}", f"Nyhende frå {short}" if lang == "nn" else f"Nyheter fra {short}",
                       f"{name}\nNyhetsbrev nr. {rng.randint(3, 24)}/{d.year}"])
    layout = rng.random()
    parts = [head, ""]
    if layout < 0.45:
        for t, txt in items:
            parts += [t, txt, ""]
    elif layout < 0.75:
        parts += [rng.choice(["Hei!", "Hei,", "Kjære abonnent,", "God dag!"]) if lang != "nn" else rng.choice(["Hei!", "Kjære abonnent,"]), "",
                  "I denne utgåva:" if lang == "nn" else rng.choice(["I denne utgaven:", "Dette skjer nå:", "Ukens saker:"])]
        parts += [f"• {t}" for t, _ in items] + [""]
        t, txt = items[0]
        parts += [t.upper(), txt, f"Les meir: https://{email.split('@')[1]}/aktuelt/{_token(rng, 6)}" if lang == "nn"
                  else f"Les mer: https://{email.split('@')[1]}/aktuelt/{_token(rng, 6)}", ""]
    else:
        for i, (t, txt) in enumerate(items, 1):
            parts += [f"{i}. {t}", f"   {txt}", f"   https://{email.split('@')[1]}/nyheter/{_token(rng, 8)}", ""]
    foot = {"nb": ["Abonnementet kan endres eller avsluttes via lenken nederst på siden.",
                   "Utsendelsen går til registrerte kontaktpersoner i kommunene. Vil du ikke lenger motta den? Gi oss beskjed.",
                   "Ikke svar på denne e-posten. Administrer abonnementet ditt på nettsiden vår.",
                   "Dette nyhetsbrevet sendes til kommuner og andre som har meldt seg på."],
            "nn": ["Abonnementet kan endrast eller avsluttast via lenkja nedst på sida.",
                   "Utsendinga går til registrerte kontaktpersonar i kommunane. Vil du ikkje lenger ha ho? Gje oss beskjed.",
                   "Ikkje svar på denne e-posten. Administrer abonnementet ditt på nettsida vår."]}[lang]
    parts.append(rng.choice(foot))
    subject_item = items[0][0]
    subject = rng.choice([f"Nytt fra {short}: {subject_item}", subject_item, f"{short}-nytt uke {week}: {subject_item}",
                          f"Nyhetsbrev {month} {d.year}", f"{head.splitlines()[0]}"])
    if lang == "nn" and subject.startswith("Nytt fra"):
        subject = subject.replace("Nytt fra", "Nytt frå")
    return _draft(tenant, name, email, subject, "\n".join(parts), "nyhetsbrev", _avs(name, email),
                  received, extra_headers=_list_headers(rng, email.split("@")[1], 0.7), style="bulk",
                  html=rng.random() < 0.7, note="Newsletter from a public body using in-scope vocabulary: hard negative.")


COURSE_TOPICS = [
    # (topic, title, bullets), in-scope vocabulary on purpose
    ("innsyn", "Offentleglova for saksbehandlere",
     ["når kan et dokument unntas?", "skjerming av personopplysninger i vedlegg", "innsyn i interne notater og chat",
      "hvor raskt må kommunen svare?"]),
    ("bygg", "Byggesaksbehandling for viderekomne",
     ["dispensasjon etter pbl. § 19-2", "ansvarsrett og tiltaksklasser", "ulovlighetsoppfølging og tvangsmulkt",
      "ferdigattest i gamle saker"]),
    ("bygg", "Nabomerknader og klager i byggesaker",
     ["hvem er part i saken?", "hvordan vurdere private rettsforhold", "klagefrister og oppsettende virkning"]),
    ("plan", "Reguleringsplan fra A til Å",
     ["oppstartsmøte og planprogram", "medvirkning og høring", "innsigelser og mekling", "digital planbehandling"]),
    ("anskaffelse", "Offentlige anskaffelser for kommuner – grunnkurs",
     ["terskelverdier og kunngjøring", "kvalifikasjonskrav og tildelingskriterier", "begrunnelse og klage",
      "forretningshemmeligheter og innsyn i tilbud"]),
    ("eiendomsskatt", "Eiendomsskatt – taksering, klage og fritak",
     ["alminnelig omtaksering", "fritak etter § 7", "sakkyndig klagenemnd", "vanlige feil i vedtakene"]),
    ("barnevern", "Bekymringsmeldinger og samarbeid med barnevernet",
     ["opplysningsplikten for ansatte i skole og barnehage", "hva skjer etter en melding?", "taushetsplikt i praksis"]),
    ("vann", "Vann- og avløpsgebyrer etter selvkost",
     ["selvkostkalkyle og fond", "tilknytningsgebyr og refusjon", "gebyrforskriften og klagebehandling"]),
    ("arkiv", "Journalføring og arkiv for saksbehandlere",
     ["hva skal journalføres?", "skjerming og offentlig tittel", "e-post som saksdokument", "arkivering av chat og Teams"]),
    ("personal", "Rekruttering i kommunen – jus og praksis",
     ["kvalifikasjonsprinsippet", "søkerlister og anonymisering", "referanseinnhenting", "fortrinnsrett"]),
    ("tilskudd", "Slik lykkes dere med tilskuddsordningene",
     ["retningslinjer og kriterier", "saksbehandling og likebehandling", "rapportering og kontroll"]),
    ("skole", "Spesialundervisning og enkeltvedtak",
     ["sakkyndig vurdering", "krav til vedtaket", "klage til Statsforvalteren"]),
    ("bevilling", "Kunnskapsprøven og bevillingssaker",
     ["skjenkebevilling og vandel", "prikktildeling og inndragning", "kontroll av salgs- og skjenkesteder"]),
]
COURSE_HOSTS = ["advokat", "konsult", "arkitekt", "takst"]


def make_nyhetsbrev_kurs(rng: random.Random, world: World) -> Draft:
    """Course or webinar invitation from a firm, sometimes with a calendar file."""
    tenant = pick_tenant(rng)
    firm = world.firm(rng.choice(COURSE_HOSTS))
    received = world.received_date()
    when = _day(world, received, 10, 60)
    topic, title, bullets = rng.choice(COURSE_TOPICS)
    webinar = rng.random() < 0.55
    hour = rng.choice([8, 9, 10, 12, 13])
    local = rng.choice(["kurs", "arrangement", "post", "marked", "invitasjon", "webinar"])
    email = f"{local}@{firm.domain}"
    price = rng.choice(["Gratis for kommuner.", f"Pris: kr {rng.choice([1490, 2900, 3950, 4500, 6900])},- per deltaker.",
                        "Deltakelse er kostnadsfri.", f"Kursavgift kr {rng.choice([2500, 3200, 5400])} (inkl. lunsj)."])
    place = "Teams" if webinar else rng.choice(["Scandic Ørnen, Bergen", "Quality Hotel Ålesund", "Thon Hotel Førde",
                                               "Clarion Hotel Trondheim", "kurslokalene våre"])
    show_org = rng.random() < 0.6
    footer = f"{firm.name} · {world.street()}, {rng.choice(POSTPLACES)}" + (f" · {_orgnr_text(rng, firm.orgnr)}" if show_org else "")
    kind = "Webinar" if webinar else rng.choice(["Kurs", "Fagdag", "Seminar", "Frokostmøte"])
    blist = "\n".join(f"{rng.choice(['•', '-', '–'])} {b}" for b in rng.sample(bullets, rng.randint(2, len(bullets))))
    v = rng.randrange(4)
    if v == 0:
        body = (f"{kind.upper()}\n\n{title}\n{_long(when).capitalize()}, {hour:02d}:00–{hour + 1:02d}:30 – {place}\n\n"
                f"Vi tar for oss:\n{blist}\n\n{price}\nSe program og meld deg på: https://www.{firm.domain}/arrangementer/{_token(rng, 6)}\n\n"
                "Ønsker du ikke flere invitasjoner fra oss? Trykk her.\n\n" + footer)
    elif v == 1:
        body = (f"Hei,\n\nMange kommuner har spurt oss om {title[0].lower() + title[1:]}. Derfor arrangerer vi "
                f"{kind.lower()} {_long(when)} i {place}.\n\nProgram:\n{blist}\n\n"
                f"Foredragsholdere er {world.person().name} og {world.person().name}, begge med lang erfaring fra kommunal sektor.\n\n"
                f"{price} Begrenset antall plasser – meld deg på innen {_short(when - timedelta(days=7), rng)}.\n\n"
                f"Med vennlig hilsen\n{firm.name}\n{footer if show_org else ''}").rstrip()
    elif v == 2:
        body = (f"Hei!\n\nMe inviterer til {kind.lower()} om {title[0].lower() + title[1:]} {_long(when, 'nn')} "
                f"kl. {hour}.00 ({place}).\n\nTema:\n{blist}\n\n{price}\nPåmelding på nettsida vår innan "
                f"{_short(when - timedelta(days=5), rng)}.\n\nVel møtt!\n" + (footer if show_org else firm.name))
    else:
        body = (f"INVITASJON\n\n{kind}: {title}\nTid: {_long(when)} {hour}:00\nSted: {place}\nMålgruppe: saksbehandlere, "
                f"ledere og arkivpersonell i kommunene\n\n{blist}\n\nLes mer og meld deg på: https://{firm.domain}/kurs/{_token(rng, 5)}\n\n"
                f"Spørsmål? Kontakt oss på {email}.\n\n{footer}")
    atts = []
    if rng.random() < 0.35:
        atts.append(AttachmentSpec("invite.ics" if rng.random() < 0.5 else "kalender.ics", "ics",
                                   _ics(f"{kind}: {title}", when, hour, 90, place, email)))
        body += "\n\nKalenderinvitasjon er vedlagt." if rng.random() < 0.5 else ""
    elif rng.random() < 0.2:
        atts.append(AttachmentSpec("Program.pdf", "pdf", f"Program – {title}\n\n{blist}\n\n{price}"))
    subject = rng.choice([f"{kind} {_long(when, weekday=False)}: {title}", f"Invitasjon: {title}", title,
                          f"Siste sjanse: {title}", f"Påmelding åpen – {title}"])
    return _draft(tenant, firm.name if rng.random() < 0.7 else firm.name.rsplit(" ", 1)[0], email, subject, body,
                  "nyhetsbrev", _avs(firm.name, email, firm.orgnr if show_org else None), received,
                  attachments=atts, extra_headers=_list_headers(rng, firm.domain, 0.5),
                  note=f"Course/webinar invitation about {topic}: hard negative.")


CONFERENCES = [
    ("Kommunalteknisk konferanse", "vann, avløp, vei og renovasjon", "Norsk Vann"),
    ("Plan- og byggesaksdagene", "plan, byggesak og geodata", "Nettverk for plan og bygg Nordvest"),
    ("Arkivdagene i Vest", "arkiv, innsyn og digitalisering", "Arkivnettverk Vest"),
    ("Oppvekstkonferansen", "barnehage, skole og barnevern", "Oppvekstforum Nord-Vest"),
    ("Kystkommunekonferansen", "havbruk, næring og areal i sjø", "Kystkommunenettverket"),
    ("Innkjøpsforum", "offentlige anskaffelser og kontraktsoppfølging", "Innkjøpsforum Norge"),
    ("Helse- og omsorgskonferansen", "heltidskultur, velferdsteknologi og rekruttering", "Omsorgsnettverket"),
    ("Eiendomsskattekonferansen", "taksering, klage og fritak", "Kommunenes eiendomsskattenettverk"),
]


def make_nyhetsbrev_konferanse(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    conf, theme, org = rng.choice(CONFERENCES)
    lang = _lang(rng, tenant)
    received = world.received_date()
    start = _day(world, received, 20, 100)
    dom = _slug(org).replace(" ", "") + ".no"
    email = rng.choice(["konferanse", "post", "pamelding", "kurs", "arrangement"]) + "@" + dom
    city = rng.choice(["Bergen", "Ålesund", "Trondheim", "Stavanger", "Loen", "Florø", "Molde", "Oslo"])
    speakers = [world.person().name for _ in range(rng.randint(1, 3))]
    if lang == "nn":
        body = (f"{conf} {start.year}\n{city}, {_long(start, 'nn')}–{(start + timedelta(days=1)).day}. {MONTHS['nn'][start.month - 1]}\n\n"
                f"Årets konferanse handlar om {theme}. Vi har fått med oss innleiarar frå departement, direktorat og "
                f"kommunar som har gjort spennande grep.\n\nMellom innleiarane: {', '.join(speakers)}.\n\n"
                f"Tidleg påmelding innan {_short(start - timedelta(days=30), rng)} gjev rabatt.\n"
                f"Program og påmelding: https://www.{dom}/{_slug(conf).replace(' ', '-')}\n\nHelsing\n{org}")
    else:
        body = rng.choice([
            f"Velkommen til {conf} {start.year}!\n\n{_long(start).capitalize()} og {_long(start + timedelta(days=1))} samles "
            f"kommuner fra hele landet i {city} for å diskutere {theme}.\n\nNoen av innlederne:\n"
            + "\n".join(f"- {s}" for s in speakers) + f"\n\nEarly bird-pris frem til {_short(start - timedelta(days=30), rng)}. "
            f"Se fullt program på https://{dom}/konferanse\n\nHilsen\n{org}",
            (f"Save the date!\n\n{conf} arrangeres i {city} {_long(start, weekday=False)} {start.year}.\n"
            f"Tema i år: {theme}.\n\nPåmeldingen åpner snart. Vi har vedlagt en kalenderinvitasjon slik at du kan "
            f"holde av datoen.\n\nMed vennlig hilsen\n{org}"),
            (f"Hei,\n\nVi minner om {conf} {_long(start)} i {city}. Det er fortsatt noen ledige plasser, og hotellrommene "
            f"vi har reservert frigis om to uker.\n\nProgrammet har fått flere nye punkter om {theme}. "
            f"Kommuner som melder på tre eller flere deltakere får 15 % rabatt.\n\nPåmelding: https://{dom}/pamelding\n\n"
            f"Vennlig hilsen\n{world.person().name}\nprosjektleder, {org}"),
        ])
    atts = []
    if "kalenderinvitasjon" in body or rng.random() < 0.3:
        atts.append(AttachmentSpec(f"{_slug(conf).replace(' ', '_')}.ics", "ics",
                                   _ics(conf, start, 9, 480, city, email)))
    if rng.random() < 0.25:
        atts.append(AttachmentSpec("Program.pdf", "pdf", f"{conf} {start.year}\nProgram\n\nDag 1: {theme}\nDag 2: erfaringer fra kommunene"))
    subject = rng.choice([f"{conf} {start.year} – påmelding er åpen", f"Invitasjon: {conf} i {city}",
                          f"Save the date: {conf} {start.year}", f"Påminning: {conf}" if lang == "nn" else f"Påminnelse: {conf}",
                          f"{conf} – early bird går snart ut"])
    return _draft(tenant, org, email, subject, body, "nyhetsbrev", _avs(org, email), received, attachments=atts,
                  extra_headers=_list_headers(rng, dom, 0.4), note="Conference invitation on an in-scope theme: hard negative.")


VENDOR_OFFERS = [
    ("kontor", "Ryddesalg: {pct} % på skriverrekvisita og tavler",
     ["Toner og blekk til de vanligste skriverne – {pct} % rabatt", "Whiteboard 120×90 fra 1 190,-", "Levering til døra neste virkedag",
      "Post-it og tusjer i storpakning"]),
    ("lek", "Nye lekeapparater til skoler og barnehager",
     ["Klatrestativ i robinia, sertifisert etter NS-EN 1176", "Gratis befaring og sikkerhetskontroll", "Montering inkludert ved bestilling før jul"]),
    ("vann", "Smarte vannmålere – les av uten å gå på døra",
     ["Fjernavlesning via NB-IoT", "Integrasjon mot fagsystem for gebyr", "Lekkasjevarsling til abonnenten"]),
    ("vei", "Bestill strøsand og brøyteutstyr før vinteren",
     ["Strøsand 0–8 mm levert i storsekk", "Brøyteskjær og plogstikker", "Rammeavtalepriser for kommuner"]),
    ("it", "Nyhet: automatisk journalføring av e-post",
     ["KI-basert klassifisering av innkommende post", "Integrasjon mot P360 og Elements", "Gratis demo for kommuner"]),
    ("it", "Digital byggesaksbehandling – se hva som er nytt",
     ["Automatisk kontroll av søknader fra Fellestjenester BYGG", "Ferdige brevmaler for vedtak og ferdigattest",
      "Kartvisning av alle byggesaker"]),
    ("møbler", "Kampanje på kontorstoler og hev/senk-pulter",
     ["Hev/senk-pult 160×80 fra 4 990,-", "Ergonomisk kontorstol med 10 års garanti", "Vi henter gamle møbler gratis"]),
    ("renhold", "Renholdsavtale for kommunale bygg",
     ["Fast pris per kvadratmeter", "Miljømerkede produkter", "Rapportering på avvik i app"]),
    ("skilt", "Trafikkskilt og gatenavnskilt – rask levering",
     ["Gatenavnskilt etter kommunens mal", "Midlertidig skilting ved gravearbeid", "Fartshumper og bumpeputer"]),
]


def make_nyhetsbrev_leverandor(rng: random.Random, world: World) -> Draft:
    """Vendor marketing, often without list headers (the classifier must read the content)."""
    tenant = pick_tenant(rng)
    _, subj, items = rng.choice(VENDOR_OFFERS)
    firm = world.firm(rng.choice(["it", "maskin", "bygg", "konsult", None]))
    pct = rng.choice([15, 20, 25, 30, 40])
    seller = world.person()
    email = rng.choice([f"salg@{firm.domain}", f"post@{firm.domain}", f"{_ascii(seller.first).lower()}@{firm.domain}",
                        f"kampanje@{firm.domain}"])
    show_org = rng.random() < 0.55
    lines = "\n".join(f"• {i.format(pct=pct)}" for i in rng.sample(items, rng.randint(2, len(items))))
    v = rng.randrange(4)
    if v == 0:
        body = (f"God dag!\n\nVi har samlet noen gode tilbud for skoler, barnehager og kommunale kontorer:\n\n{lines}\n\n"
                f"Oppgi koden {rng.choice(['HOST', 'KOMMUNE', 'VINTER', 'OFF'])}{rng.randint(10, 99)} i kassen. Tilbudet varer til "
                "lageret er tomt.\n\nHilsen oss i kundesenteret")
    elif v == 1:
        body = (f"Hei {kommune_name(tenant)},\n\nJeg heter {seller.name} og jobber med kommunekunder i {firm.name}. "
                f"Vi har hjulpet over 40 kommuner med dette, og jeg tror det kan være aktuelt for dere også:\n\n{lines}\n\n"
                f"Har dere 20 minutter til en uforpliktende prat neste uke? Svar gjerne med et tidspunkt som passer.\n\n"
                f"Med vennlig hilsen\n{seller.name}\nKundeansvarlig\n{world.phone()}")
    elif v == 2:
        body = (f"{subj.format(pct=pct).upper()}\n\n{lines}\n\nSe hele utvalget på www.{firm.domain}\n\n"
                f"Prisene gjelder så langt lageret rekker. Alle priser eks. mva.")
    else:
        body = (f"Hei!\n\nTakk for sist på messa. Som lovet sender jeg litt informasjon om hva vi kan tilby:\n\n{lines}\n\n"
                f"Brosjyre ligger vedlagt. Ta kontakt om dere vil ha et tilbud.\n\nHilsen {seller.first}\n{firm.name}")
    body += f"\n\n{firm.name}" + (f" · {_orgnr_text(rng, firm.orgnr)}" if show_org else "") + f" · {rng.choice(POSTPLACES)}"
    atts = []
    if v == 3 or rng.random() < 0.15:
        atts.append(AttachmentSpec("Brosjyre.pdf", "pdf", f"{firm.name}\n{subj.format(pct=pct)}\n\n{lines}"))
    return _draft(tenant, firm.name, email, subj.format(pct=pct) if rng.random() < 0.7 else rng.choice(
        ["Tilbud til kommunen", "Et tips til dere", "Kort spørsmål", f"Nyhet fra {firm.name}"]), body, "nyhetsbrev",
        _avs(firm.name, email, firm.orgnr if show_org else None), received=world.received_date(), attachments=atts,
        extra_headers=_list_headers(rng, firm.domain, 0.3), note="Marketing mail; the body is the only signal.")


ASSOCIATIONS = [
    ("Næringsforening", "medlemmer"), ("Historielag", "medlemmer"), ("Idrettsråd", "lag og foreninger"),
    ("Kystlag", "medlemmer"), ("Turlag", "medlemmer"), ("Frivilligsentral", "samarbeidspartnere"),
    ("Bondelag", "medlemmer"), ("Pensjonistforening", "medlemmer"), ("Reiselivslag", "medlemsbedrifter"),
]


def make_nyhetsbrev_forening(rng: random.Random, world: World) -> Draft:
    """Member newsletter from a local association; mentions funding, events, the kommune."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    kind, members = rng.choice(ASSOCIATIONS)
    place = rng.choice(VILLAGES[tenant] + [kommune_name(tenant).split()[0]])
    org = f"{place} {kind.lower() if rng.random() < 0.3 else kind}"
    email = f"{rng.choice(['post', 'styret', 'leder', 'nyhetsbrev'])}@{_slug(place + kind).replace(' ', '')}.no"
    leader = world.person()
    received = world.received_date()
    ev = _day(world, received, 5, 40)
    if lang == "nn":
        body = rng.choice([
            (f"Hei alle {members}!\n\nHer kjem nyhendebrevet for hausten.\n\n"
            f"• Medlemsmøte {_long(ev, 'nn')} kl. 19 på grendahuset. Tema er kommuneplanen og kva den betyr for bygda.\n"
            f"• Vi har fått tilskot frå sparebankstiftinga til nytt lydanlegg – tusen takk!\n"
            f"• Dugnad på naustet: meld deg til styret.\n\nHelsing styret\nv/ {leader.name}"),
            (f"Kjære medlem\n\nÅrsmøtet vart halde i går, og {leader.name} held fram som leiar. Protokollen ligg på nettsida.\n\n"
            f"Minner om at kommunen har opna for søknader om kulturmidlar, og at styret skal søkje om støtte til "
            f"jubileumsboka. Har du innspel, send dei til oss før {_short(ev, rng)}.\n\nHelsing\n{org}"),
        ])
    else:
        body = rng.choice([
            (f"Hei alle {members}!\n\nHer kommer høstens nyhetsbrev fra {org}.\n\n"
            f"MEDLEMSMØTE\n{_long(ev).capitalize()} kl. 19.00 på {rng.choice(['grendehuset', 'skolen', 'hotellet', 'kulturhuset'])}. "
            f"Ordføreren kommer og orienterer om {rng.choice(['kommuneplanen', 'nytt boligfelt', 'veiprosjektet', 'ny kai', 'budsjettet'])}.\n\n"
            f"TILSKUDD\nVi har fått {rng.choice(['40 000', '25 000', '75 000', '120 000'])} kroner i tilskudd til "
            f"{rng.choice(['nytt tak på klubbhuset', 'skilting av turstier', 'jubileumsboka', 'nettsiden'])}. Takk til alle som hjalp til med søknaden!\n\n"
            f"KONTINGENT\nHusk å betale kontingenten for {ev.year} hvis du ikke har gjort det.\n\nHilsen styret"),
            (f"Kjære medlemmer\n\nDet har vært en travel høst. Vi har hatt møte med kommunen om "
            f"{rng.choice(['parkering i sentrum', 'næringsarealer', 'sykkelsti langs fjorden', 'bredbånd'])}, og vi følger saken videre.\n\n"
            f"Neste samling er {_long(ev)}. Da blir det foredrag og kaffe.\n\n"
            f"Vet du om noen som vil bli medlem? Del gjerne dette brevet.\n\nMed vennlig hilsen\n{leader.name}\nleder, {org}"),
            (f"{org.upper()} – INFO {MONTHS['nb'][ev.month - 1].upper()}\n\n"
            f"1) Turkalender: fellestur {_long(ev)}.\n2) Kommunen har søknadsfrist for kulturmidler 1. november – styret søker om midler til nye benker.\n"
            f"3) Vi trenger flere frivillige til {rng.choice(['julemarkedet', 'dugnaden', 'kystkulturdagen'])}.\n\nSpørsmål: {email}"),
        ])
    subject = rng.choice([f"Nyhetsbrev {MONTHS['nb'][ev.month - 1]}", f"Info fra {org}", f"Medlemsinfo – {org}",
                          "Nyhendebrev haust" if lang == "nn" else "Høstens nyhetsbrev", f"{org}: medlemsmøte {_short(ev, rng)}"])
    return _draft(tenant, org, email, subject, body, "nyhetsbrev", _avs(org, email), received,
                  extra_headers=_list_headers(rng, email.split("@")[1], 0.15),
                  note="Member newsletter that mentions funding; not a tilskudd application.")


HTML_PRODUCTS = [
    ("Nytt i eByggesak {v}", ["Forbedret import fra Fellestjenester BYGG", "Nye maler for ferdigattest", "Raskere kartvisning"]),
    ("Nyheter i sak/arkiv – versjon {v}", ["Automatisk forslag til offentlig tittel", "Ny restanseliste", "Bedre støtte for innsynskrav"]),
    ("Produktnytt: VA-modulen {v}", ["Måleravlesning via SMS", "Kartlag for stikkledninger", "Gebyrberegning per abonnent"]),
    ("Lanseringswebinar: {v}", ["Se den nye saksbehandlerflaten", "Spør ekspertene", "Gratis for eksisterende kunder"]),
    ("Månedens tips fra kundeservice", ["Slik setter du opp fraværsmelding", "Slik eksporterer du til arkivet", "Snarveier i Word"]),
]


def make_nyhetsbrev_html(rng: random.Random, world: World) -> Draft:
    """HTML-only vendor product news with tracking links."""
    tenant = pick_tenant(rng)
    firm = world.firm("it")
    title, points = rng.choice(HTML_PRODUCTS)
    title = title.format(v=f"{rng.randint(3, 12)}.{rng.randint(0, 9)}")
    track = f"https://click.{firm.domain}/ls/click?upn={_token(rng, 24)}"
    body = (f"Se e-posten i nettleseren: {track}\n\n{title}\n\n"
            + "\n".join(f"{p}\nLes mer → {track}{i}" for i, p in enumerate(rng.sample(points, rng.randint(2, 3))))
            + f"\n\n{rng.choice(['Registrer deg for webinar', 'Last ned release notes', 'Kontakt din kundeansvarlig'])}: {track}x\n\n"
            f"© {firm.name}. Du får denne e-posten som kontaktperson for {kommune_name(tenant)}. Avslutt abonnement: "
            f"https://{firm.domain}/unsub/{_token(rng, 12)}")
    email = rng.choice([f"news@{firm.domain}", f"noreply@news.{firm.domain}", f"marketing@{firm.domain}"])
    return _draft(tenant, firm.name, email, title, body, "nyhetsbrev", _avs(firm.name, email), world.received_date(),
                  html_only=True, html=True, style="bulk", extra_headers=_list_headers(rng, firm.domain, 0.75),
                  note="HTML-only product newsletter with tracking links.")


EN_SENDERS = [("North Atlantic Coastal Partnership", "updates@nacoastal.eu"), ("EU Urban Agenda", "news@urbanagenda.eu"),
              ("Nordic Council of Municipalities", "info@nordicmunicipalities.org"),
              ("Smart Cities Summit", "events@smartcities-summit.com"), ("Open Gov Forum", "newsletter@opengovforum.org"),
              ("Coastal Resilience Network", "news@coastalresilience.net")]


def make_nyhetsbrev_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    name, email = rng.choice(EN_SENDERS)
    received = world.received_date()
    d = _day(world, received, 14, 90)
    body = rng.choice([
        (f"Dear subscriber,\n\nWelcome to our {MONTHS['en'][d.month - 1]} update.\n\n"
        f"• Call for proposals: projects on climate adaptation in small coastal municipalities can apply for co-funding until {_long(d, 'en', False)}.\n"
        "• Partner search: a Danish municipality is looking for Norwegian partners on digital building permits.\n"
        "• Webinar on state aid rules for local grants.\n\nRead more on our website.\n\nYou are receiving this e-mail because you subscribed to our newsletter. Unsubscribe."),
        (f"Hi there,\n\nOnly {rng.randint(3, 9)} weeks to go until our annual conference in {rng.choice(['Copenhagen', 'Gothenburg', 'Rotterdam', 'Hamburg', 'Aarhus'])} "
        f"on {_long(d, 'en')}. This year's tracks cover open data, public procurement, water management and AI in public administration.\n\n"
        "Early bird tickets are available until the end of the month. Municipalities get a 20% discount.\n\n"
        f"Register now: https://{email.split('@')[1]}/register\n\nBest regards,\nThe {name} team"),
        (f"{name} – Newsletter {d.year}/{rng.randint(2, 11)}\n\nProject news\nThe pilot on automated case handling in five Nordic "
        "municipalities has published its final report. Key finding: clear rules for what may be archived automatically matter more than the model.\n\n"
        f"Upcoming events\n{_long(d, 'en')}: online seminar on the new EU data act.\n\n"
        "To stop receiving these e-mails, update your preferences."),
    ])
    subject = rng.choice([f"{name} newsletter – {MONTHS['en'][d.month - 1]} {d.year}", "Call for proposals now open",
                          "Last chance: early bird registration", f"{name}: news and upcoming events"])
    return _draft(tenant, name, email, subject, body, "nyhetsbrev", _avs(name, email), received,
                  extra_headers=_list_headers(rng, email.split("@")[1], 0.7))


DIGEST_HEADLINES = [
    "Kommune må betale tilbake 2 millioner i byggesaksgebyr", "Statsforvalteren opphevet dispensasjon for hytte i strandsonen",
    "Ny rapport: ventetid på sykehjemsplass øker", "Rekordmange innsynskrav til kommunene i år",
    "Vannlekkasjer koster kommunene milliarder", "Slik bruker kommunene KI i saksbehandlingen",
    "Eiendomsskatten øker i 40 kommuner", "Barnevernet sliter med å rekruttere", "Ordfører varsler kutt i skolestrukturen",
    "Anbudsklage stanset kontrakt om skoleskyss", "Ny lov om kommunale vann- og avløpsselskap", "Brøytekontrakter blir dyrere",
    "Kommuner tar i bruk robot i postmottaket", "Kraftig økning i søknader om kulturmidler", "Kontrollutvalget kritiserer innkjøp av IT-system",
]


def make_nyhetsbrev_fagblad(rng: random.Random, world: World) -> Draft:
    """Daily/weekly digest from a trade publication."""
    tenant = pick_tenant(rng)
    pub = rng.choice(["Kommunal Nyhetsbrev", "Kommuneavisa", "Byggeindustri-nytt", "Fagbladet Plan og Bygg",
                      "Kommunal Økonomi", "Offentlig Digital", "Vann & Miljø"])
    dom = _slug(pub).replace(" ", "") + ".no"
    email = rng.choice(["nyhetsbrev", "redaksjonen", "noreply", "abonnement"]) + "@" + dom
    heads = rng.sample(DIGEST_HEADLINES, rng.randint(3, 6))
    received = world.received_date()
    d = date.fromisoformat(received)
    body = (f"{pub} – {rng.choice(['Dagens nyheter', 'Ukens viktigste', 'Morgenbrief', 'Siste nytt'])} {_short(d, rng)}\n\n"
            + "\n\n".join(f"{h}\nhttps://www.{dom}/artikkel/{_token(rng, 7)}" for h in heads)
            + f"\n\n{rng.choice(['Abonnementet ditt fornyes automatisk.', 'Logg inn for å lese hele saken.', 'Tips oss: tips@' + dom])}\n"
            "Avslutt abonnementet under Min side.")
    return _draft(tenant, pub, email, rng.choice([heads[0], f"{pub}: {heads[0]}", f"Dagens nyheter {_short(d, rng)}"]),
                  body, "nyhetsbrev", _avs(pub, email), received, style="bulk",
                  extra_headers=_list_headers(rng, dom, 0.8), html=True,
                  note="News digest whose headlines use in-scope words.")


def make_nyhetsbrev_undersokelse(rng: random.Random, world: World) -> Draft:
    """Customer/market survey invitation from a vendor or consultancy."""
    tenant = pick_tenant(rng)
    firm = world.firm(rng.choice(["konsult", "it", None]))
    email = rng.choice([f"undersokelse@{firm.domain}", f"kundeservice@{firm.domain}", f"noreply@{firm.domain}"])
    link = f"https://survey.{firm.domain}/s/{_token(rng, 10)}"
    theme = rng.choice(["saksbehandlingssystemet", "kundeservicen vår", "kurset dere deltok på", "rammeavtalen",
                        "byggesaksmodulen", "innsynsløsningen"])
    body = rng.choice([
        (f"Hei!\n\nVi ønsker å bli bedre og vil gjerne høre hva dere synes om {theme}. Undersøkelsen tar ca. 5 minutter.\n\n"
        f"Start undersøkelsen: {link}\n\nBlant alle som svarer trekker vi et gavekort på 2 000 kroner.\n\nTakk for hjelpen!\n{firm.name}"),
        "Kjære kunde\n\nHvor sannsynlig er det at du vil anbefale oss til en kollega? Klikk på et tall fra 0 til 10:\n\n"
        + " ".join(f"[{i}]" for i in range(11)) + f"\n\n{link}\n\nMed vennlig hilsen\nKundeservice, {firm.name}",
        (f"Hei,\n\nVi gjennomfører en markedsundersøkelse blant norske kommuner om {theme} og digitalisering av "
        f"plan- og byggesaksbehandlingen. Svarene behandles anonymt.\n\nLenke: {link}\nSvarfrist: om to uker.\n\n"
        f"Vennlig hilsen\n{world.person().name}\n{firm.name}"),
    ])
    return _draft(tenant, firm.name, email, rng.choice(["Hva synes du om oss?", "Kort undersøkelse – 5 minutter",
                                                         f"Undersøkelse om {theme}", "Vi vil gjerne høre fra deg"]),
                  body, "nyhetsbrev", _avs(firm.name, email), world.received_date(),
                  extra_headers=_list_headers(rng, firm.domain, 0.4))


# =====================================================================================
# spam
# =====================================================================================

def _fake_domain(rng: random.Random, brand: str) -> str:
    b = _slug(brand).replace(" ", "")
    return rng.choice([f"{b}-kontroll.com", f"{b}-norge.info", f"{b}-sikkerhet.net", f"secure-{b}.com",
                       f"{b}.no-login.help", f"{b}norge.online", f"my{b}-support.com", f"{b}-kunde.site"])


def make_spam_altinn_idporten(rng: random.Random, world: World) -> Draft:
    """Phishing posing as a public or national service (Altinn, ID-porten, BankID, Vipps, Skatteetaten ...)."""
    tenant = pick_tenant(rng)
    v = rng.randrange(9)
    brand = {0: rng.choice(["ID-porten", "Altinn", "Helsenorge", "NAV"]), 1: "Altinn", 2: "Skatteetaten", 3: "BankID",
             4: rng.choice(["Altinn", "ID-porten", "NAV"]), 5: "Vipps", 6: "Brønnøysundregistrene", 7: "Husbanken",
             8: rng.choice(["SvarUt", "Digipost", "eBoks"])}[v]
    dom = _fake_domain(rng, brand)
    email = rng.choice(["no-reply", "varsel", "kundeservice", "sikkerhet", "info"]) + "@" + dom
    link = f"https://{dom}/{rng.choice(['login', 'verify', 'bekreft', 'auth'])}?ref=NO-{_num(rng, 6)}"
    hours = rng.choice([24, 48, 12, 72])
    received = world.received_date()
    deadline = _short(_day(world, received, 1, 5), rng)
    if v == 0:
        body = (f"Hei,\n\nSom følge av nye krav fra Digitaliseringsdirektoratet må alle brukere av {brand} oppgradere til sikkerhetsnivå "
                f"«høyt» innen {hours} timer. Brukere som ikke oppgraderer, mister midlertidig tilgangen til offentlige tjenester.\n\n"
                f"Oppgrader nå: {link}\n\nVennlig hilsen\nBrukerstøtte {brand}")
        subjects = [f"Oppgrader {brand}-tilgangen innen {hours} timer", "Handling kreves: nytt sikkerhetsnivå"]
    elif v == 1:
        body = (f"Du har en ny melding i innboksen din i {brand}.\n\nAvsender: {rng.choice(['Skatteetaten', 'Brønnøysundregistrene', 'Statens vegvesen'])}\n"
                f"Emne: {rng.choice(['Tilbakebetaling av skatt', 'Viktig: manglende opplysninger', 'Vedtak om tvangsmulkt', 'MVA-melding avvist'])}\n\n"
                f"Meldingen må åpnes innen {hours} timer, ellers slettes den automatisk.\n\nÅpne melding: {link}\n\n"
                "Denne e-posten kan ikke besvares.")
        subjects = [f"Ny melding i {brand}", "Du har mottatt en viktig melding", "Ulest melding i innboksen"]
    elif v == 2:
        body = (f"Hei,\n\nDu har krav på tilbakebetaling av skatt på kr {rng.randint(2, 19)} {rng.randint(100, 999)},{rng.randint(10, 99)}.\n"
                f"Utbetalingen stoppes automatisk hvis kontoopplysningene ikke er oppdatert innen {deadline}.\n\n{link}\n\nMvh\nSkatteetaten Refusjon avdeling")
        subjects = ["Tilbakebetaling av skatt", "Du har penger tilgode", "Skatteoppgjør: bekreft kontonummer"]
    elif v == 3:
        body = (f"BANKID\n\nDin BankID utløper snart!\nFor å fortsette bruke BankID hos din bank må du fornye sertifikatet. "
                f"Dette tar bare to minutt.\n\nForny her -> {link}\n\nHvis du ikke fornyer, blir din BankID sperret og du må "
                "møte opp i banken med gyldig legitimasjon.\n\nVennlig Hilsen\nBankID Norge AS")
        subjects = ["Din BankID utløper", "BankID: fornyelse påkrevd", "Siste varsel fra BankID"]
    elif v == 4:
        body = (f"Dear customer,\n\nYour {brand} account has been temporarily suspended due to unusual login activity. "
                f"Please confirm your identity within {hours} hours to restore full access.\n\n{link}\n\nThank you,\n{brand} Security Team")
        subjects = ["Account suspended – action required", f"{brand}: unusual sign-in activity"]
    elif v == 5:
        body = (f"Hei!\n\nVipps-kontoen din er midlertidig låst fordi vi ikke har mottatt oppdatert legitimasjon. Du kan fortsatt "
                f"motta penger, men ikke sende. Lås opp kontoen her:\n{link}\n\nVennlig hilsen\nVipps MobilePay kundeservice")
        subjects = ["Vipps-kontoen din er låst", "Oppdater legitimasjon i Vipps", "Vipps: handling påkrevd"]
    elif v == 6:
        body = (f"Til {kommune_name(tenant)}\n\nÅrsregnskapet for enheten er ikke registrert innen fristen. Forsinkelsesgebyr på kr "
                f"{rng.choice(['1 435', '2 870', '4 305'])} vil påløpe hver uke fra {deadline}.\n\nFor å unngå gebyr, last opp regnskapet "
                f"eller bekreft fritak her: {link}\n\nBrønnøysundregistrene\nRegnskapsregisteret")
        subjects = ["Forsinkelsesgebyr – årsregnskap", "Varsel om tvangsmulkt", "Manglende innsending av årsregnskap"]
    elif v == 7:
        body = (f"Gratulerer!\n\nSøknaden om tilskudd fra Husbanken er innvilget med kr {rng.randint(50, 400)} 000. For å få utbetalt "
                f"tilskuddet må kommunen bekrefte kontonummer og kontaktperson innen {deadline}:\n\n{link}\n\n"
                "Med vennlig hilsen\nHusbanken Tilskuddsavdeling")
        subjects = ["Tilskudd innvilget – bekreft utbetaling", "Utbetaling av tilskudd", "Husbanken: vedtak om tilskudd"]
    else:
        sender = rng.choice(["Statsforvalteren", "Skatteetaten", "Arbeidstilsynet", "Kartverket"])
        body = (f"Du har mottatt et brev fra {sender} via {brand}.\n\nBrevet inneholder et vedtak som krever svar innen "
                f"{deadline}. Logg inn med BankID for å lese brevet:\n\n{link}\n\nBrev som ikke åpnes blir sendt i posten mot et gebyr "
                "på kr 129.")
        subjects = [f"Nytt brev fra {sender}", f"{brand}: du har et ulest brev", "Viktig brev venter på deg"]
    subject = rng.choice(subjects + [f"Siste varsel fra {brand}", f"{brand}: Din konto er begrenset"])
    return _draft(tenant, brand, email, subject, body, "spam", _avs(brand, email), received,
                  html=rng.random() < 0.7, note=f"Phishing posing as {brand}.")


BANKS = ["DNB", "SpareBank 1", "Nordea", "Sparebanken Vest", "Handelsbanken", "Sbanken", "KLP Banken"]


def make_spam_bank(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    bank = rng.choice(BANKS)
    bedrift = rng.random() < 0.5
    name = f"{bank} Bedrift" if bedrift else bank
    dom = _fake_domain(rng, bank + (" bedrift" if bedrift else ""))
    email = rng.choice(["sikkerhet", "kundeservice", "alert", "noreply"]) + "@" + dom
    link = f"https://{dom}/nettbank/{_token(rng, 8)}"
    body, subjects = rng.choice([
        ((f"Hei,\n\nVi har registrert en mistenkelig innlogging på nettbanken deres fra en ukjent enhet "
          f"({rng.choice(['Lagos', 'Minsk', 'Manila', 'Bucuresti'])}).\nAv sikkerhetshensyn er kontoen midlertidig begrenset. "
          f"Logg inn for å bekrefte at det var dere:\n\n{link}\n\nMed vennlig hilsen\nSikkerhetsavdelingen\n{name}"),
         ["Mistenkelig aktivitet på kontoen", "Kontoen din er begrenset", f"{bank}: uvanlig innlogging"]),
        ((f"Kjære kunde\n\nEn betaling på kr {rng.randint(12, 98)} {rng.randint(100, 999)},00 venter på godkjenning. Kjenner du ikke "
          f"igjen transaksjonen, må den avvises innen 2 timer.\n\nAvvis betaling: {link}\n\n{bank} Kundesenter"),
         ["Betaling venter på godkjenning", f"{bank}: handling påkrevd", "Godkjenn eller avvis betaling"]),
        ((f"Vi oppgraderer våre sikkerhetssystemer. Alle bedriftskunder må oppdatere sine opplysninger innen fredag for å unngå "
          f"at kortene blir sperret.\n\nOppdater her: {link}\n\nTakk for at du er kunde i {bank}."),
         ["Viktig sikkerhetsoppdatering", "Oppdater kundeopplysninger", f"{bank}: kortene kan bli sperret"]),
        ((f"Dear client,\n\nDue to new EU regulations (PSD3) all corporate accounts must be re-validated. "
          f"Please complete the verification form within 48 hours: {link}\n\nKind regards\n{bank} Compliance"),
         ["Re-validation of corporate account", "Action required: account verification"]),
    ])
    return _draft(tenant, name, email, rng.choice(subjects), body, "spam", _avs(name, email), world.received_date(),
                  note=f"Phishing posing as {bank}.")


def make_spam_m365(rng: random.Random, world: World) -> Draft:
    """Credential phishing dressed as a system alert about the shared mailbox."""
    tenant = pick_tenant(rng)
    short = tenant
    dom = rng.choice([f"{short}-office365-login.com", f"{short}kommune-it.com", f"outlook-{short}.net", "microsoftonline-secure.com",
                      "office365-mail.support", f"sharepoint-{short}.org", "ms-teams-notify.com"])
    name = rng.choice(["Microsoft 365 Admin", "IT-avdelingen", "Microsoft Outlook", "SharePoint Online", "Mail Administrator",
                       "Microsoft Teams", f"{kommune_name(tenant)} IT"])
    email = rng.choice(["it-support", "admin", "no-reply", "postmaster", "helpdesk"]) + "@" + dom
    box = _postmottak(tenant)
    link = f"https://{dom}/{rng.choice(['auth/keep', 'owa/login', 'share', 'quota'])}?u={box.split('@')[0]}"
    d = world.received_date()
    v = rng.randrange(5)
    if v == 0:
        body = (f"Office 365 – kontovarsel\n\nVi oppgraderer sikkerheten for alle kontoer i {kommune_name(tenant)}. Kontoen {box} er ikke "
                f"migrert og vil miste tilgang til e-post og Teams etter {_short(date.fromisoformat(d), rng)}.\n\n"
                f"Fullfør migreringen her (tar under ett minutt):\n{link}\n\nIT Support Team")
    elif v == 1:
        body = (f"Postkassen din er full ({rng.randint(97, 99)}%).\n\nInnkommende e-post til {box} blir avvist fra i kveld. "
                f"Klikk nedenfor for å øke lagringsplassen gratis:\n\n{link}\n\nMicrosoft Exchange Online")
    elif v == 2:
        who = world.person().name
        doc = rng.choice(["Byggesak_vedtak_signert.pdf", "Faktura_sept.pdf", "Lønnsjustering 2027.xlsx",
                          "Innsynskrav_dokumenter.zip", "Avtale_kommunen.docx"])
        body = (f"{who} har delt en fil med deg\n\n{doc}\n\n\"Hei, se vedlagt dokument som avtalt. Må signeres i dag.\"\n\n"
                f"Åpne: {link}\n\nDenne koblingen fungerer bare for de direkte mottakerne av denne meldingen.\n\nMicrosoft OneDrive")
    elif v == 3:
        body = (f"Du har ({rng.randint(3, 12)}) ventende meldinger som ikke ble levert til innboksen din på grunn av en feil på serveren.\n\n"
                f"Frigi meldinger: {link}\n\nHvis du ikke frigir meldingene innen 24 timer, vil de bli slettet permanent.\n\n"
                f"© {date.fromisoformat(d).year} Microsoft Corporation")
    else:
        body = (f"New voicemail received\n\nFrom: +47 {world.phone()[-8:]}\nDuration: 00:{rng.randint(10, 59)}\n\n"
                f"Listen to voicemail: {link}\n\nThis message was sent to {box}")
    subject = rng.choice({
        0: ["Kontoen din må verifiseres på nytt", "Varsel: Kontoen din blir deaktivert", "Siste frist for migrering av konto"],
        1: ["Postkassen er full", f"{box}: lagringsplass oppbrukt", "Innkommende e-post blir avvist"],
        2: ["Du har fått delt et dokument", "Dokument til signering", "Delt fil: venter på deg"],
        3: [f"{box}: melding(er) på vent", "Meldinger holdt tilbake", "Sikkerhetsvarsel for konto"],
        4: ["New voicemail", "Voicemail message (00:42)", "Missed call – voicemail"],
    }[v])
    return _draft(tenant, name, email, subject, body, "spam", _avs(name, email), d, html=rng.random() < 0.8,
                  note="Credential phishing made to look like a system alert.")


def make_spam_pakke(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    brand = rng.choice(["Posten Norge", "Bring", "PostNord", "DHL Express", "Helthjem", "Tolletaten"])
    dom = rng.choice([f"{_slug(brand).split()[0]}-pakkesenter.top", f"{_slug(brand).split()[0]}-levering.com",
                      f"track-{_slug(brand).split()[0]}.info", f"{_slug(brand).split()[0]}.toll-betaling.net"])
    email = rng.choice(["kundeservice", "noreply", "tracking", "info"]) + "@" + dom
    fee = rng.choice(["29,00", "34,50", "19,90", "42,00", "27,30"])
    track = f"{rng.choice(['NO', 'LX', 'RR', 'CP'])}{_num(rng, 9)}{rng.choice(['NO', 'CN', 'GB'])}"
    link = f"https://{dom}/{rng.choice(['betal', 'pay', 'sporing'])}/{track}"
    body = rng.choice([
        (f"Hei,\n\nPakken din med sporingsnummer {track} kan ikke leveres fordi tollavgift på kr {fee} ikke er betalt.\n\n"
        f"Betal her innen 48 timer for å unngå retur til avsender:\n{link}\n\nMed vennlig hilsen\n{brand} Kundeservice"),
        (f"{brand}: Vi forsøkte å levere sendingen din i dag, men ingen var tilstede. Bekreft ny leveringsdato og betal "
        f"omadressering gebyr {fee} NOK: {link}"),
        (f"Kjære kunde\n\nDin forsendelse er holdt tilbake på tollager. Ifølge nye regler må mottaker betale mva for pakker fra utlandet.\n"
        f"Beløp: {fee} kr\nSending: {track}\n\nKlikk her for betaling: {link}\n\n{brand}"),
        f"Your parcel {track} is waiting for delivery. Please confirm your address and pay the customs fee ({fee} NOK).\n\n{link}\n\n{brand}",
    ])
    subject = rng.choice(["Pakken din venter på tollbehandling", f"Sending {track}: levering mislyktes", "Betal tollavgift",
                          f"{brand}: Handling påkrevd", "Your parcel is on hold", "Siste varsel: pakken returneres"])
    return _draft(tenant, brand, email, subject, body, "spam", _avs(brand, email), world.received_date(),
                  note="Parcel/customs phishing.")


def make_spam_leverandor_svindel(rng: random.Random, world: World) -> Draft:
    """Payment fraud: a known supplier's name from a look-alike domain asks for a new account number."""
    tenant = pick_tenant(rng)
    firm = world.firm(rng.choice(["rør", "elektro", "maskin", "bygg", "entreprenør", "renhold", "transport"]))
    stem = firm.domain.split(".")[0]
    dom = rng.choice([f"{stem}-regnskap.com", f"{stem}.no-mail.com", f"{stem}s.net", f"{stem}-faktura.no.com", f"{stem}.co"])
    email = rng.choice(["regnskap", "faktura", "okonomi", "accounts"]) + "@" + dom
    acct = _account(rng)
    inv = _num(rng, 5)
    body = rng.choice([
        (f"God dag\n\nEtter en intern omlegging har vi flyttet driftskontoen vår. Faktura {inv} og senere fakturaer skal derfor "
        f"betales til {acct} (kontohaver {_ascii(firm.name)}), ikke kontoen som står på fakturaen.\n\nGi oss en kort bekreftelse på "
        f"e-post når registeret deres er oppdatert. Telefonene våre er dessverre ute av drift et par dager.\n\nMvh\nØkonomi\n{firm.name}"),
        (f"Hei igjen\n\nViser til faktura {inv} som forfaller på fredag. Grunnet revisjon av vår konto i {rng.choice(BANKS)} ber vi om at "
        f"beløpet denne gang betales til vår konto i utlandet:\n\nIBAN: {rng.choice(['LT', 'GB', 'PL'])}{_num(rng, 2)} {_num(rng, 4)} {_num(rng, 4)} {_num(rng, 4)} {_num(rng, 4)}\n"
        f"SWIFT: {rng.choice(['REVOLT21', 'BARCGB22', 'PKOPPLPW'])}\n\nGi beskjed når betalingen er gjennomført.\n\nMvh\n{world.person().name}\n{firm.name}"),
        (f"Hei\n\nkan dere sende oss en oversikt over alle åpne fakturaer fra {firm.name}? Vi har hatt problemer med systemet og må "
        f"registrere nytt kontonummer {acct} på alle. Haster litt.\n\nTakk\n{world.person().first}"),
    ])
    subject = rng.choice(["Ny driftskonto", f"Faktura {inv} – ny bankkonto", "Oppdatering av betalingsinformasjon",
                          "Viktig: nye betalingsopplysninger", "SV: Utestående faktura", f"{firm.name} – ny bankforbindelse",
                          "Bytte av bank", f"Ang. faktura {inv}", "Haster: endring kontonr"])
    return _draft(tenant, firm.name, email, subject, body, "spam", _avs(firm.name, email, None), world.received_date(),
                  note="Payment fraud posing as a known supplier from a look-alike domain; orgnr not stated.")


def make_spam_ceo(rng: random.Random, world: World) -> Draft:
    """CEO fraud: someone poses as the ordfører/kommunedirektør from a free-mail address."""
    tenant = pick_tenant(rng)
    boss = world.person()
    title = rng.choice(["ordfører", "kommunedirektør", "økonomisjef", "rådmann"])
    email = rng.choice([f"{_ascii(boss.first).lower()}.{_ascii(boss.last).lower()}.{tenant}@gmail.com",
                        f"{_ascii(title)}.{tenant}@outlook.com", f"{_ascii(boss.last).lower()}@{tenant}-kommune.org",
                        f"{_ascii(boss.first).lower()}{_ascii(boss.last).lower()}@{tenant}kommune.email"])
    body = rng.choice([
        (f"Hei\n\nEr du på kontoret nå? Jeg trenger at du gjør en rask betaling for meg i dag, det gjelder et konfidensielt oppkjøp. "
        f"Jeg sitter i møte og kan ikke ringe. Svar meg her så sender jeg detaljene.\n\n{boss.name}\n{title.capitalize()}\n\nSendt fra min iPhone"),
        (f"Hei,\n\nJeg trenger {rng.randint(4, 12)} gavekort à 1000 kr til en overraskelse for ansatte. Kan du kjøpe dem og sende meg "
        f"kodene på e-post? Jeg refunderer i morgen.\n\nMvh {boss.first}"),
        (f"Hello,\n\nI need you to process an urgent wire transfer of EUR {rng.randint(18, 95)} {rng.randint(100, 999)} today for a "
        f"settlement. Our lawyer will contact you with the details. Please keep this confidential until Monday.\n\nRegards,\n{boss.name}"),
        f"hei er du ledig? trenger hjelp med noe viktig nå.\n\n{boss.first}",
    ])
    subject = rng.choice(["Haster", "Er du ledig?", "Konfidensielt", "Betaling i dag", "Urgent request", "Gavekort", "Kjapp tjeneste"])
    return _draft(tenant, boss.name, email, subject, body, "spam", _avs(boss.name, email), world.received_date(),
                  style=rng.choice(["iphone", "webmail", None]),
                  note=f"CEO fraud posing as the {title} from an outside address.")


def make_spam_katalog(rng: random.Random, world: World) -> Draft:
    """Directory or domain-renewal scam disguised as a register check or invoice."""
    tenant = pick_tenant(rng)
    org = rng.choice(["Offentlig Oppslagsregister", "Kommunekatalogen Norge", "Nordisk Bedriftsregister", "Domain Registry Services",
                      "Norges Næringsindeks", "Europa Business Guide"])
    dom = _slug(org).replace(" ", "") + rng.choice([".com", ".eu", "-norge.com", ".info"])
    email = rng.choice(["registrering", "post", "service", "invoice"]) + "@" + dom
    price = rng.choice(["9 850", "7 990", "12 400", "4 950"])
    kd = _kdomain(tenant)
    received = world.received_date()
    y = date.fromisoformat(received).year
    v = rng.randrange(3)
    if v == 0:
        body = (f"Oppføring {y}/{y + 1}\n\nKunde: {kommune_name(tenant)}\nKontakt: {_postmottak(tenant)}\n\n"
                f"Oppføringen deres i {org} mangler godkjenning. Kryss av for riktige opplysninger på vedlagte blankett, skriv under "
                "og send den i retur senest fredag, så blir dere med i neste utgave.\n\nVennlig hilsen\nKundeteamet\n\n"
                f"(Signert blankett regnes som bestilling av annonseoppføring i 36 måneder, kr {price} + mva per år.)")
        atts = [AttachmentSpec("Registreringsskjema.pdf", "pdf", f"{org}\nRegistreringsskjema\n\nPris {price} kr per år, bindingstid 3 år.")]
    elif v == 1:
        alt = kd.replace(".kommune.no", rng.choice([".com", ".net", "-kommune.no", ".org"]))
        body = (f"{rng.choice(['Attention', 'IMPORTANT', 'Final notice', 'Renewal reminder'])}: Domain Name Expiration Notice\n\n"
                f"{rng.choice(['To', 'Attn', 'Customer'])}: {kommune_name(tenant)} / {world.person().name}\nDomain: {alt}\nExpiration: {_short(date.fromisoformat(received) + timedelta(days=9), rng)}\n\n"
                f"Failure to renew the domain by the expiration date may result in loss of your online presence. "
                f"Renew for 1 year: NOK {price}\n\nhttps://{dom}/renew\n\nThis is not a bill. This is an offer for search engine submission.")
        atts = []
    else:
        body = (f"Hei!\n\nDere har fortsatt ikke bekreftet oppføringen av {kommune_name(tenant)} i {org}. Dette er siste påminnelse før "
                f"oppføringen blir fakturert med kr {price},-.\n\nBekreft eller avbestill: https://{dom}/k/{_token(rng, 6)}\n\nMvh\n{org}")
        atts = []
    subject = rng.choice([f"Godkjenning av oppføring {y}/{y + 1}", "Domain Name Expiration Notice", "Siste påminnelse: bekreft oppføring",
                          f"{kommune_name(tenant)} – mangler godkjenning", f"Ref. {_num(rng, 6)}: oppføring {y}", "Renewal notice",
                          "Oppdatering av registeropplysninger", "Faktura/registrering"])
    return _draft(tenant, org, email, subject, body, "spam", _avs(org, email), received, attachments=atts,
                  note="Directory/domain scam disguised as a register check or invoice.")


def make_spam_engelsk(rng: random.Random, world: World) -> Draft:
    """Classic English (and broken-Norwegian) scams: investment, SEO, inheritance, loans."""
    tenant = pick_tenant(rng)
    p = world.person() if rng.random() < 0.3 else None
    name = p.name if p else rng.choice(["Dr. Mark Williams", "Mrs. Helen Carter", "SEO Experts", "Global Trade Finance",
                                        "Investment Desk", "Grace Olsen", "Li Wei", "Kevin from GrowthLab"])
    dom = rng.choice(["gmail.com", "outlook.com", "mail.ru", "growthlab-seo.net", "gtf-finance.com", "yandex.com", "proton.me"])
    email = f"{_slug(name).replace(' ', '.').replace('..', '.')}{rng.randint(1, 999)}@{dom}"
    bodies = [
        f"{rng.choice(['Hello', 'Hi', 'Dear Sir/Madam', 'Hi team'])},\n\nI noticed {_kdomain(tenant)} is not ranking on the first page of Google for "
        f"{rng.choice(['important keywords', 'tourism searches', 'your main services', 'local searches'])}. We can get you "
        "to the top within 30 days at a very affordable price. Reply with YES for a free audit.\n\nBest,\n" + name,
        f"Dear Friend,\n\nI am {name}, a bank officer. A deceased client with the same surname as one of your staff left USD "
        f"{rng.randint(4, 14)}.{rng.randint(1, 9)} million without next of kin. I need your cooperation to transfer the funds; you will receive 40%.\n\n"
        "Reply for details.\n" + name,
        (f"Hei {rng.choice(['kjære', 'venn', 'kunde', ''])}\n\nVi tilby {rng.choice(['lån', 'rask lån', 'kreditt'])} til private og bedrift med lav rente "
        f"{rng.randint(1, 3)}%. Ingen kredittsjekk. Kontakt oss på {rng.choice(['whatsapp', 'telegram', 'e-post'])} for mer info.\n\nVennlig hilsen\n{name}"),
        "Hi,\n\nAre you the right person to talk to about your municipality's IT security? Our AI platform blocked 99.7% of attacks for "
        "public sector customers in the UK. Can I send you a 2-minute video?\n\nCheers,\n" + name,
        (f"Gratulerer! Din e-postadresse er trukket ut som vinner i Nordisk Lotteri {date.fromisoformat(world.received_date()).year}. "
        f"Du har vunnet 1 500 000 NOK. For å krev gevinst send navn, adresse og kopi av pass til {email}."),
        (f"Hello,\n\nWe are interested in your {rng.choice(['products', 'services', 'seafood', 'tourism packages'])} and would like to place an "
        f"order. Please find our purchase order attached and confirm price and delivery.\n\nRegards,\n{name}\nPurchasing Manager"),
    ]
    k = rng.randrange(len(bodies))
    body = bodies[k]
    atts = []
    if "purchase order attached" in body:
        atts.append(AttachmentSpec("PO_98231.html" if rng.random() < 0.5 else "PO_98231.txt", "txt",
                                   "Purchase Order\nPlease log in to view: https://docs-view.online/po"))
    subjects = [["Free SEO audit", "RE: your website", "Quick question"], ["Business proposal", "Confidential", "Urgent reply needed"],
                ["Lån tilbud", "Rask lån uten sikkerhet", "Kreditt til alle"], ["Quick question", "15 minutes?", "Security for public sector"],
                ["Gevinst!", "Du har vunnet", "Gratulerer vinner"], ["Purchase order", "New order", "PO attached"]][k]
    return _draft(tenant, name, email, rng.choice(subjects),
                  body, "spam", _avs(name, email), world.received_date(), attachments=atts)


# =====================================================================================
# autosvar
# =====================================================================================

OUTGOING_TEMPLATES = [
    # (category of the kommune's letter, subject template); {gb} gnr/bnr, {adr} address, {sak} citation
    ("byggesak", "Søknad om dispensasjon fra byggegrense – {adr} ({gb})"), ("byggesak", "Vedtak – dispensasjon for carport – {gb} {adr} (sak {sak})"),
    ("byggesak", "Ferdigattest – gnr/bnr {gb}, {adr}"), ("byggesak", "Mangelbrev – søknad om tiltak {adr}"),
    ("byggesak", "Nabovarsel – {adr} ({gb})"), ("byggesak", "Saksnr {sak} – igangsettingstillatelse {adr}"),
    ("plansak", "Varsel om oppstart av detaljregulering for {place}"), ("plansak", "Innspill til kommuneplanens arealdel – sak {sak}"),
    ("horing", "Høring – forskrift om vann- og avløpsgebyr"), ("innsynskrav", "Svar på innsynskrav – sak {sak}"),
    ("anskaffelse", "Tilbudsforespørsel – rammeavtale brøyting {place}"), ("anskaffelse", "Meddelelse om tildeling – sak {sak}"),
    ("vann_avlop", "Pålegg om tilknytning til offentlig avløp – {gb}"), ("vei_trafikk", "Gravetillatelse {adr}"),
    ("tilskudd", "Tilsagn om kulturmidler {year}"), ("eiendomsskatt", "Svar på klage på eiendomsskatt – {gb}"),
    ("politisk", "Innkalling – formannskapet {day}"), ("politisk", "Innkalling – utvalg for helse og omsorg {day}"),
    ("skole", "Vedtak om skoleskyss"), ("barnehage", "Tilbud om barnehageplass fra januar"),
    ("rekruttering", "Innkalling til intervju – stilling som {job}"), ("tilsyn", "Oversendelse av dokumentasjon – tilsyn {year}"),
]
JOBS = ["byggesaksbehandler", "sykepleier", "lærer", "arkivar", "renholder", "ingeniør VA", "barnehagelærer", "konsulent"]


def _outgoing_subject(rng: random.Random, world: World, tenant: str, case_p: float = 0.3) -> tuple[str, str]:
    """Subject of a letter the kommune sent; sometimes cites (and registers) an open case. Returns (subject, category)."""
    cat, tpl = rng.choice(OUTGOING_TEMPLATES)
    prop = world.property()
    gb = f"{prop.gnr}/{prop.bnr}"
    if "{sak}" in tpl:
        if rng.random() < case_p:
            tittel = (f"{gb} - {prop.address} - {rng.choice(['Søknad om tiltak', 'Dispensasjon', 'Tilbygg', 'Garasje'])}"
                      if cat == "byggesak" else tpl.split(" – ")[0].split(" - ")[0].replace("{sak}", "").strip())
            case = world.open_case(tenant, cat, tittel, prop=prop if cat == "byggesak" else None)
            sak = world.cite(case.sak)
        else:
            sak = world.cite(world.unknown_saknr())
    else:
        sak = ""
    d = _day(world, world.received_date(), 3, 30)
    subj = tpl.format(gb=gb, adr=prop.address, sak=sak, place=rng.choice(VILLAGES[tenant]), year=d.year,
                      day=_short(d, rng), job=rng.choice(JOBS))
    return subj, cat


def make_autosvar_fravaer_ekstern(rng: random.Random, world: World) -> Draft:
    """Out-of-office from someone outside the kommune, replying to a kommune letter with an in-scope subject."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.12)
    p = world.person()
    firm = world.firm() if rng.random() < 0.7 else None
    email = f"{_ascii(p.first).lower()}.{_ascii(p.last).lower()}@{firm.domain}" if firm else world.private_email(p)
    subj, _ = _outgoing_subject(rng, world, tenant)
    received = world.received_date()
    back = _day(world, received, 2, 21)
    alt = f"post@{firm.domain}" if firm else ""
    why = {"nb": ["på ferie", "på kurs", "på reise", "i permisjon", "syk", "på befaring hele dagen"],
           "nn": ["på ferie", "på kurs", "på reise", "i permisjon", "på synfaring"],
           "en": ["on annual leave", "travelling", "out of the office", "attending a conference"]}[lang]
    w = rng.choice(why)
    if lang == "en":
        body = rng.choice([
            f"Hello,\n\nI'm {w} and will reply after {_long(back, 'en')}. "
            + (f"If it can't wait, write to {alt} and a colleague will help." if alt else "") + f"\n\nBest wishes,\n{p.name}",
            f"I'm {w} until {_long(back, 'en', False)}. Your message will not be forwarded.\n\n{p.name}",
            (f"Thank you for your message. I am currently {w} and checking e-mail only occasionally. I will get back to you "
             f"as soon as possible after {_long(back, 'en')}.\n\nRegards\n{p.name}" + (f"\n{firm.name}" if firm else "")),
            (f"Hi, I'm away until {_long(back, 'en', False)} with no access to e-mail. "
             + (f"For anything urgent, call our office on {world.phone()}." if firm else "") + f"\n{p.first}"),
            (f"Automatic reply: I am {w}. Your e-mail has been received and will be dealt with when I return on "
             f"{_long(back, 'en')}." + (f" In my absence please contact {alt}." if alt else "")),
        ])
    elif lang == "nn":
        body = rng.choice([
            f"Takk for e-posten.\n\nEg er {w} og tilbake {_long(back, 'nn')}. E-posten vert ikkje vidaresend."
            + (f" Treng du svar før det, send til {alt}." if alt else "") + f"\n\nHelsing\n{p.name}",
            f"Eg er {w} til og med {_short(back, rng)} og les ikkje e-post i perioden.\n\n{p.first}",
            f"Hei!\n\nTakk for e-posten. Eg har avspasering i dag og er tilbake på kontoret i morgon. Hastar det, ring {world.phone()}.\n\n"
            f"Venleg helsing\n{p.name}" + (f"\n{firm.name}" if firm else ""),
        ])
    else:
        body = rng.choice([
            f"Hei,\n\ndenne uken er jeg {w}. Jeg svarer på e-posten din så snart jeg er tilbake {_long(back)}."
            + (f"\n\nTrenger du svar raskere, prøv {alt} – der følger kollegene mine opp." if alt else "")
            + f"\n\n{p.name}" + (f"\n{firm.name}" if firm else ""),
            f"Jeg er {w} frem til {_long(back)}." + (f" Spørsmål om prosjekter kan sendes til {alt}." if firm and firm.trade in ("arkitekt", "bygg", "prosjekt") else "")
            + f"\n\nHilsen {p.first}" + (f"\n{firm.name}" if firm else ""),
            (f"Hei! Jeg er borte fra {_short(back - timedelta(days=rng.randint(3, 14)), rng)} til {_short(back, rng)}. "
            f"Din e-post blir ikke videresendt.\nMvh {p.first}"),
            f"Automatisk svar: Jeg har sluttet i {firm.name if firm else 'firmaet'}. Vennligst kontakt {alt or 'sentralbordet'} for videre oppfølging.",
            f"Takk for henvendelsen. Jeg er i rettsmøte hele uken og svarer på e-post etter {_long(back)}. Ved behov for rask bistand, "
            f"kontakt vår sekretær på {world.phone()}.\n\nAdvokat {p.name}" + (f"\n{firm.name}" if firm else ""),
            (f"Hei,\n\ntakk for e-post! Jeg er ute på byggeplass store deler av dagen og leser e-post på kveldstid. Ring meg gjerne på "
            f"{world.phone()} om det haster.\n\n{p.first}"),
            f"Jeg er tilbake {_short(back, rng)}.\n\nMvh {p.name}",
        ])
    prefix = {"nb": ["Automatisk svar: ", "Fravær: ", "Autosvar: ", "Ikke til stede: "],
              "nn": ["Automatisk svar: ", "Fråvær: ", "Autosvar: "],
              "en": ["Out of Office: ", "Automatic reply: ", "Auto: "]}[lang]
    headers = {}
    if rng.random() < 0.6:
        headers["Auto-Submitted"] = "auto-replied"
        if rng.random() < 0.5:
            headers["X-Auto-Response-Suppress"] = "All"
    name = p.name
    return _draft(tenant, name, email, rng.choice(prefix) + subj, body, "autosvar", _avs(name, email), received,
                  extra_headers=headers, note="Out-of-office reply whose subject names a kommune letter: hard negative; sak null.")


def make_autosvar_fravaer_intern(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    subj = rng.choice(["Innkalling til møte i partssammensatt utvalg", "Referat fra ledermøtet", "Postliste uke {w}",
                       "Restanseliste", "Fordeling av post", "Kopi: svar på innsynskrav", "Journalpost til oppfølging",
                       "Innkalling – formannskapet", "Nytt dokument i sak {sak}"])
    subj = subj.format(w=rng.randint(30, 44), sak=world.cite(world.unknown_saknr()))
    received = world.received_date()
    back = _day(world, received, 1, 20)
    col = world.person()
    if lang == "nn":
        body = rng.choice([
            (f"Eg avviklar ferie fram til {_long(back, 'nn')} og les ikkje e-post.\n\nSpørsmål som ikkje kan vente, kan du sende til "
            f"{_postmottak(tenant)}.\n\nHelsing\n{p.name}"),
            f"Eg er på kurs i dag og les e-post i morgon. Hastesaker: ring {col.name} på {world.phone()}.\n\n{p.first}",
        ])
    else:
        body = rng.choice([
            (f"Hei! Jeg avvikler ferie frem til {_long(back)} og har ikke tilgang til e-post.\n\nSpørsmål som ikke kan vente, kan rettes til "
            f"{col.name} på {world.phone()}.\n\nVennlig hilsen\n{p.name}"),
            (f"Jeg er ute av kontoret til {_short(back, rng)}. Saker som haster kan sendes til {_postmottak(tenant)} eller "
            f"til min stedfortreder {col.name}.\n\nMvh\n{p.name}\n{rng.choice(ROLES['nb'])}\n{kommune_name(tenant)}"),
            (f"Jeg er i foreldrepermisjon til {_long(back, weekday=False)} {back.year}. Spørsmål om byggesaker kan rettes til "
            f"{_postmottak(tenant)}."),
            f"Takk for e-post. Jeg er på tjenestereise og har begrenset tilgang til e-post frem til {_long(back)}.",
        ])
    headers = {"Auto-Submitted": "auto-replied"} if rng.random() < 0.65 else {}
    pre = rng.choice(["Automatisk svar: ", "Autosvar: ", "Fravær: " if lang == "nb" else "Fråvær: ", "Automatic reply: "])
    return _draft(tenant, p.name, email, pre + subj, body, "autosvar", _avs(p.name, email), received, extra_headers=headers)


def make_autosvar_lesebekreftelse(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    internal = rng.random() < 0.5
    if internal:
        p, email = world.employee(tenant)
    else:
        p = world.person()
        firm = world.firm() if rng.random() < 0.5 else None
        email = f"{_ascii(p.first).lower()}@{firm.domain}" if firm else world.private_email(p)
    subj, _ = _outgoing_subject(rng, world, tenant, case_p=0.2)
    received = world.received_date()
    sent = date.fromisoformat(received) - timedelta(days=rng.randint(0, 3))
    t = f"{sent.day:02d}.{sent.month:02d}.{sent.year} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}"
    v = rng.randrange(7)
    if v == 4:
        body = (f"Meldinga di til {email} med emnet «{subj}» vart opna {_short(date.fromisoformat(received), rng)} kl. "
                f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}.\n\nDette stadfestar berre at meldinga vart vist på skjermen til mottakaren.")
        pre = rng.choice(["Lesestadfesting: ", "Lest: "])
    elif v == 5:
        body = (f"Leveringen til disse mottakerne eller gruppene er fullført, men serveren sendte ingen leveringsvarsling:\n\n{email}\n\n"
                f"Emne: {subj}")
        pre = "Levert: "
    elif v == 6:
        body = (f"Return Receipt\n\nYour document: {subj}\nwas received by: {email}\nat: {t}\n\nThis is a return receipt for the mail that you sent.")
        pre = rng.choice(["Return Receipt: ", "Read-Receipt: ", "Melding vist: "])
    elif v == 0:
        body = (f"Mottakeren {email} har åpnet meldingen din.\n\nEmne: {subj}\nSendt: {t}\n\n"
                "Bekreftelsen sier bare at meldingen er vist hos mottakeren, ikke at den er lest i sin helhet.")
        pre = rng.choice(["Lesebekreftelse: ", "Lest: "])
    elif v == 1:
        body = (f"Meldingen din\n\n  Til: {email}\n  Emne: {subj}\n  Sendt: {t}\n\nble lest {_short(date.fromisoformat(received), rng)} "
                f"{rng.randint(16, 22):02d}:{rng.randint(0, 59):02d}.")
        pre = "Lest: "
    elif v == 2:
        body = (f"Your message\n\nTo: {email}\nSubject: {subj}\nSent: {t}\n\nwas read on {t[:10]}.")
        pre = "Read: "
    elif rng.random() < 0.6:
        body = (f"Meldinga di\n\nTil: {email}\nEmne: {subj}\n\nvart levert til mottakaren:\n{email}\n\nEmne: {subj}")
        pre = rng.choice(["Levert: ", "Delivered: "])
    else:
        body = (f"Meldingen din\n\n  Til: {email}\n  Emne: {subj}\n  Sendt: {t}\n\nble slettet uten å ha blitt lest "
                f"{_short(date.fromisoformat(received), rng)}.")
        pre = rng.choice(["Ikke lest: ", "Not read: "])
    headers = {"Auto-Submitted": "auto-generated"} if rng.random() < 0.6 else {}
    return _draft(tenant, p.name, email, pre + subj, body, "autosvar", _avs(p.name, email), received, extra_headers=headers,
                  html=rng.random() < 0.5, note="Read/delivery receipt for a kommune letter; not journalført.")


AGENCY_RECEIPTS = [
    ("Statsforvalteren i Vestland", "vestland.kvittering@statsforvalteren.no", "nn"),
    ("Statsforvalteren i Møre og Romsdal", "sfmrpost@statsforvalteren.no", "nb"),
    ("NAV", "noreply@nav.no", "nb"), ("Skatteetaten", "ikke-svar@skatteetaten.no", "nb"),
    ("Kartverket", "post@kartverket.no", "nb"), ("Arkivverket", "post@arkivverket.no", "nb"),
    ("Husbanken", "post@husbanken.no", "nb"), ("Sivilombudet", "post@sivilombudet.no", "nb"),
    ("Vestland fylkeskommune", "post@vlfk.no", "nn"), ("Mattilsynet", "postmottak@mattilsynet.no", "nb"),
    ("Arbeidstilsynet", "post@arbeidstilsynet.no", "nb"), ("Direktoratet for byggkvalitet", "post@dibk.no", "nb"),
    ("Brønnøysundregistrene", "ikkesvar@brreg.no", "nb"), ("Helse Førde", "postmottak@helse-forde.no", "nn"),
]


TO_AGENCY_SUBJECTS = [
    "Oversendelse av klage i byggesak – gnr/bnr {gb}", "Oversendelse av klagesak {sak} til endelig avgjørelse",
    "Svar på varsel om tilsyn", "Høringsuttalelse fra {kommune}", "Søknad om skjønnsmidler {year}",
    "Rapportering – tilskudd {year}", "Anmodning om lovlighetskontroll", "Spørsmål om refusjon",
    "Oversendelse av dokumentasjon – sak {sak}", "Melding om vedtak", "Innsending av årsrapport {year}",
    "Uttale til søknad om dispensasjon – gnr/bnr {gb}", "Kopi av vedtak i sak {sak}", "Søknad om fritak – {kommune}",
]


def make_autosvar_etat_kvittering(rng: random.Random, world: World) -> Draft:
    """Automatic 'we have received your enquiry' from an agency, sometimes with the agency's own reference."""
    tenant = pick_tenant(rng)
    name, email, lang = rng.choice(AGENCY_RECEIPTS)
    subj = rng.choice(TO_AGENCY_SUBJECTS).format(
        sak=world.cite(world.unknown_saknr()), gb=f"{rng.randint(1, 240)}/{rng.randint(1, 400)}",
        kommune=kommune_name(tenant), year=date.fromisoformat(world.received_date()).year)
    ref = rng.choice([f"{rng.randint(2025, 2026)}/{rng.randint(1000, 19999)}", f"{_num(rng, 8)}", f"SR-{_num(rng, 6)}", ""])
    if lang == "nn":
        body = rng.choice([
            ("Hei!\n\nE-posten din er komen fram til postmottaket vårt. Han vert journalført og send vidare til den som skal "
            "handsame saka. Vi svarar så fort vi kan.\n\nSend ikkje helseopplysningar eller andre sensitive opplysningar på vanleg e-post. "
            f"Nytt skjemaet for sikker innsending på nettsida.\n\n{name}"),
            "Takk for e-posten. Vi har motteke henvendinga di" + (f" og gjeve ho referansen {ref}" if ref else "")
            + ". Sakshandsamingstida er for tida om lag fire veker.\n\nDenne e-posten kan ikkje svarast på.\n\n" + name,
        ])
    else:
        body = rng.choice([
            "Vi bekrefter at vi har mottatt din henvendelse. Den vil bli registrert og fordelt til saksbehandler.\n\n"
            + (f"Referansenummer: {ref}\n\n" if ref else "") + f"Du trenger ikke svare på denne e-posten.\n\nMed vennlig hilsen\n{name}",
            (f"Takk for din henvendelse til {name}.\n\nDette er en automatisk kvittering. Vi behandler henvendelser i den rekkefølgen "
            f"de kommer inn, og svarer normalt innen {rng.choice(['fem virkedager', 'tre uker', 'fire uker'])}.\n\n"
            "Vennligst ikke send sensitive personopplysninger på e-post."),
            f"Automatisk svar fra {name}\n\nE-posten din er mottatt. Vi gjør oppmerksom på at postmottaket ikke kan gi "
            f"veiledning i enkeltsaker på e-post. Følg saken din på {email.split('@')[1]}/minside.\n"
            + (f"\nDin sak har fått nummer {ref}." if ref else ""),
        ])
    subject = rng.choice(["Bekreftelse: henvendelsen er registrert", "Kvittering for mottatt henvendelse",
                          f"Automatisk svar: {subj}", f"Mottatt: {subj}", f"RE: {subj} [automatisk kvittering]",
                          "Kvittering frå postmottaket" if lang == "nn" else "Takk for din henvendelse"])
    headers = {"Auto-Submitted": "auto-replied"} if rng.random() < 0.6 else {}
    return _draft(tenant, name, email, subject, body, "autosvar", _avs(name, email), world.received_date(),
                  extra_headers=headers, note="Automatic receipt from an agency: autosvar, not tilsyn; its reference is the agency's.")


def _bad_address(rng: random.Random, world: World) -> str:
    p = world.person()
    good = world.private_email(p) if rng.random() < 0.7 else f"post@{world.firm().domain}"
    local, dom = good.split("@")
    return rng.choice([f"{local}x@{dom}", f"{local}@{dom.replace('.', '', 1) if dom.count('.') > 1 else dom.replace('o', '', 1)}",
                       f"{local[:-1]}@{dom}", f"{local}@{dom.replace('.no', '.nl').replace('.com', '.co')}", good])


def make_autosvar_ndr(rng: random.Random, world: World) -> Draft:
    """Delivery failure (DSN) for an outgoing kommune letter; the subject may cite an open case: sak stays null."""
    tenant = pick_tenant(rng)
    subj, cat = _outgoing_subject(rng, world, tenant, case_p=0.45)
    rcpt = _bad_address(rng, world)
    received = world.received_date()
    d = date.fromisoformat(received)
    t = f"{d.day:02d}.{d.month:02d}.{d.year} {rng.randint(7, 15):02d}:{rng.randint(0, 59):02d}"
    v = rng.randrange(4)
    if v == 0:
        name = "Microsoft Outlook"
        email = f"MicrosoftExchange{_token(rng, 32)}@{_kdomain(tenant)}"
        body = (f"Meldingen nådde ikke frem til {rcpt}\n\n"
                f"{rng.choice(['Mottakeradressen finnes ikke. Sjekk stavemåten og send på nytt.', 'Postboksen til mottakeren er full. Prøv igjen senere.', 'Mottakerens e-postsystem godtok ikke meldingen.'])}\n\n"
                f"Slik løser du problemet: Kontroller adressen, eller kontakt mottakeren på annen måte.\n\n"
                f"Mer informasjon for IT-ansvarlige:\nRapporterende server: {rng.choice(['AM0PR07MB', 'DB9PR02MB', 'HE1PR08MB'])}{rng.randint(1000, 9999)}.eurprd07.prod.outlook.com\n"
                f"Feilkode: {rng.choice(['550 5.1.1 RESOLVER.ADR.RecipNotFound', '550 5.4.1 Recipient address rejected: Access denied', '552 5.2.2 Mailbox full'])}\n\n"
                f"Original melding:\nEmne: {subj}\nSendt: {t}")
        subject = f"Kan ikke leveres: {subj}"
    elif v == 1:
        name = "Mail Delivery Subsystem"
        email = rng.choice(["mailer-daemon@googlemail.com", f"MAILER-DAEMON@mx.{_kdomain(tenant)}", "postmaster@outlook.com"])
        body = (f"Meldingen kunne ikke leveres\n\nVi prøvde å levere e-posten din til {rcpt}, men mottakerens server avviste den. "
                f"Sjekk at adressen er riktig skrevet.\n\nTeknisk melding fra mottakerserveren:\n550 5.1.1 <{rcpt}>: Recipient address rejected: "
                f"User unknown\n\n-- Den opprinnelige meldingen --\nFra: {kommune_name(tenant)} <{_postmottak(tenant)}>\nEmne: {subj}\nTil: {rcpt}\n\n"
                f"{rng.choice(['Hei, vi viser til søknaden og sender', 'Vedlagt følger', 'Vi viser til telefonsamtale og sender'])} ...")
        subject = rng.choice(["Delivery Status Notification (Failure)", "Levering mislyktes", f"Undeliverable: {subj}"])
    elif v == 2:
        name = "Mail Delivery System"
        email = f"MAILER-DAEMON@{rng.choice(['mx1', 'smtp', 'mail'])}.{rcpt.split('@')[1]}"
        body = (f"This is the mail system at host {email.split('@')[1]}.\n\nI'm sorry to have to inform you that your message could not\n"
                f"be delivered to one or more recipients.\n\n<{rcpt}>: host {email.split('@')[1]} said: "
                f"{rng.choice(['550 5.1.1 User unknown', '552 5.2.2 Over quota', '554 5.7.1 Message rejected as spam'])}\n\n"
                f"--- Original message headers ---\nFrom: {_postmottak(tenant)}\nTo: {rcpt}\nSubject: {subj}")
        subject = "Undelivered Mail Returned to Sender"
    else:
        name = "Postmaster"
        email = f"postmaster@{_kdomain(tenant)}"
        body = (f"Meldingen er ennå ikke levert. Vi fortsetter å prøve.\n\nTil: {rcpt}\nEmne: {subj}\nSendt: {t}\n\n"
                f"Serveren har prøvd å levere meldingen i {rng.choice([4, 8, 24])} timer. Du får beskjed dersom leveringen mislykkes.")
        subject = rng.choice([f"Forsinket levering: {subj}", "Delivery Status Notification (Delay)", f"Delayed: {subj}"])
    if rng.random() < 0.5:
        orig_name, orig_email = kommune_name(tenant), _postmottak(tenant)
    else:
        emp, orig_email = world.employee(tenant)
        orig_name = emp.name
    original = EarlierMessage(orig_name, orig_email, subj, rng.choice(["Vedlagt følger brev fra kommunen.", "Se vedlegg.", ""]),
                              to=rcpt)
    return _draft(tenant, name, email, subject, body, "autosvar", _avs(name, email), received, dsn=True, style="system",
                  quoted=original,
                  extra_headers={"Auto-Submitted": "auto-replied"} if rng.random() < 0.4 else {},
                  note=f"Bounce of an outgoing {cat} letter: hard negative; not journalført, sak left null.")


def make_autosvar_helpdesk(rng: random.Random, world: World) -> Draft:
    """Ticket-system receipt from a vendor or an intermunicipal service."""
    tenant = pick_tenant(rng)
    firm = world.firm(rng.choice(["it", "konsult", "regnskap"]))
    name = rng.choice([f"{firm.name} Kundeservice", f"{firm.name} Support", firm.name])
    email = rng.choice([f"support@{firm.domain}", f"noreply@{firm.domain}", f"kundeservice@{firm.domain}"])
    ticket = f"{rng.choice(['#', 'INC', 'SR', 'CS-'])}{_num(rng, rng.choice([5, 6, 7]))}"
    orig = rng.choice(["Feil ved eksport til arkiv", "Spørsmål om lisens", "Byggesaksmodulen henger", "Tilgang for ny ansatt",
                       "Problem med innsynsløsningen", "Faktura spørsmål", "Integrasjon mot Fellestjenester BYGG feiler"])
    body = rng.choice([
        (f"Hei,\n\nTakk for henvendelsen. Vi har registrert saken med nummer {ticket}, og en av våre konsulenter vil ta kontakt.\n\n"
        f"Emne: {orig}\nPrioritet: {rng.choice(['Normal', 'Høy', 'Lav'])}\n\nSvar på denne e-posten for å legge til informasjon i saken. "
        f"Ikke endre emnefeltet.\n\nMed vennlig hilsen\n{name}"),
        f"Your request ({ticket}) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n{name}",
        (f"Hei!\n\nVi har mottatt saken din: «{orig}». Saksnummer {ticket}.\nForventet responstid er 1 virkedag.\n\n"
        f"Status kan følges i kundeportalen.\n\n– Dette er en automatisk generert e-post –"),
    ])
    return _draft(tenant, name, email, rng.choice([f"[{ticket}] {orig}", f"Sak {ticket} er registrert", f"Re: {orig} [{ticket}]",
                                                   f"Request received: {ticket}"]),
                  body, "autosvar", _avs(firm.name, email), world.received_date(),
                  extra_headers={"Auto-Submitted": "auto-replied"} if rng.random() < 0.5 else {},
                  note="Helpdesk ticket receipt; the ticket number is the vendor's.")


def make_autosvar_adresse_endret(rng: random.Random, world: World) -> Draft:
    """'This address is no longer in use' auto-replies from firms or private persons."""
    tenant = pick_tenant(rng)
    p = world.person()
    firm = world.firm() if rng.random() < 0.6 else None
    email = f"{_ascii(p.first).lower()}@{firm.domain}" if firm else world.private_email(p)
    subj, _ = _outgoing_subject(rng, world, tenant, case_p=0.2)
    new = f"post@{world.firm().domain}" if firm else world.private_email(p)
    body = rng.choice([
        f"Denne e-postadressen er ikke lenger i bruk. Vennligst send e-posten på nytt til {new}.\n\nMeldingen din er ikke videresendt.",
        (f"{p.name} har sluttet i {firm.name if firm else 'bedriften'}. E-post til denne adressen blir ikke lest. "
        f"Kontakt {new} for henvendelser."),
        f"Denne adressa vert ikkje lenger nytta. Ny adresse: {new}",
        f"This mailbox is no longer monitored. Please resend your message to {new}.",
    ])
    return _draft(tenant, p.name, email, rng.choice(["Automatisk svar: ", "Autosvar: ", "Auto: "]) + subj, body, "autosvar",
                  _avs(p.name, email), world.received_date(),
                  extra_headers={"Auto-Submitted": "auto-replied"} if rng.random() < 0.5 else {})


# =====================================================================================
# faktura
# =====================================================================================

INVOICE_LINES = {
    "elektro": ["Utskifting av nødlysarmaturer, {place} skole", "Feilsøking jordfeil, {place} sykehjem", "Serviceavtale tavleanlegg, 3. kvartal"],
    "rør": ["Utbedring av vannlekkasje, kommunal bolig {adr}", "Montering av tilbakeslagsventil, pumpestasjon {place}", "Service varmtvannsberedere"],
    "maskin": ["Leie av gravemaskin 14 t, uke {w}", "Transport av masser, {place}", "Brøyting og strøing, {place} rode {n}"],
    "bygg": ["Rehabilitering av garderober, {place} idrettshall", "Nytt tak på {place} barnehage – delfaktura {n}", "Snekkerarbeid, omsorgsboliger {adr}"],
    "entreprenør": ["A-konto nr. {n}, nytt omsorgssenter {place}", "Grunnarbeid og VA-anlegg, boligfelt {place} – avdrag {n}",
                    "Endringsmelding {n}: ekstra sprenging, {place} skole"],
    "arkitekt": ["Prosjektering forprosjekt, {place} skole", "Utarbeidelse av reguleringsplan for {place} – fase {n}", "Byggeledelse, {adr}"],
    "konsult": ["Rådgivning kommuneplan, {month}", "Bistand anskaffelse renholdstjenester", "Kurs i saksbehandling, {n} deltakere"],
    "renhold": ["Renhold {place} rådhus, {month}", "Vindusvask {place} skole", "Hovedrengjøring {place} barnehage"],
    "transport": ["Skoleskyss {place}, {month}", "Flytting av arkiv til nytt lager", "Buss ekskursjon {place} ungdomsskule"],
    "it": ["Lisens sak/arkiv, {year}", "Drift og support, {month}", "Konsulentbistand integrasjon, {n} timer"],
    "catering": ["Servering kommunestyremøte {day}", "Lunsj planforum, {n} personer", "Julebord ansatte – depositum"],
    "takst": ["Takst av {n} eiendommer, eiendomsskatt", "Tilstandsrapport, {adr}", "Verdivurdering, {adr}"],
    "landskap": ["Skjøtsel grøntområder {place}, {month}", "Ny lekeplass {place} – sluttfaktura", "Beplantning rundkjøring"],
    "oppmåling": ["Oppmålingsforretning gnr/bnr {gb}", "Innmåling av ledninger {place}", "Stikking av tomter, boligfelt {place}"],
}


def _invoice_facts(rng: random.Random, world: World, tenant: str, trade: str | None = None):
    firm = world.firm(trade or rng.choice(list(INVOICE_LINES)))
    prop = world.property()
    received = world.received_date()
    d = date.fromisoformat(received)
    line = rng.choice(INVOICE_LINES.get(firm.trade, INVOICE_LINES["konsult"])).format(
        place=rng.choice(VILLAGES[tenant]), adr=prop.address, w=d.isocalendar()[1], n=rng.randint(2, 9),
        month=MONTHS["nb"][d.month - 1], year=d.year, day=_short(d, rng), gb=f"{prop.gnr}/{prop.bnr}")
    return firm, prop, received, d, line


def make_faktura_leverandor(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    firm, _, received, d, line = _invoice_facts(rng, world, tenant)
    inv = _num(rng, rng.choice([4, 5, 6]))
    due = d + timedelta(days=rng.choice([14, 20, 30]))
    amount = _amount(rng, 1200, 380000)
    email = rng.choice([f"faktura@{firm.domain}", f"regnskap@{firm.domain}", f"post@{firm.domain}", f"okonomi@{firm.domain}"])
    show = rng.random() < 0.75
    org_line = _orgnr_text(rng, firm.orgnr) if show else ""
    ref = world.person().name
    v = rng.randrange(6)
    if v == 0:
        body = (f"Hei,\n\nVedlagt følger faktura {inv} fra {firm.name}.\n\nGjelder: {line}\nBeløp: kr {amount}\n"
                f"Forfall: {_short(due, rng)}\nKID: {_kid(rng)}\nKonto: {_account(rng)}\n\nDeres ref.: {ref}\n\n"
                f"Med vennlig hilsen\n{firm.name}\n{org_line}")
    elif v == 1:
        body = f"Se vedlagt faktura.\n\nMvh\n{world.person().first}\n{firm.name}\n{org_line}"
    elif v == 2:
        body = (f"Hei!\n\nHer kommer faktura for {line[0].lower() + line[1:]}. Arbeidet ble avsluttet {_short(d - timedelta(days=rng.randint(2, 20)), rng)}.\n"
                f"Timelister ligger vedlagt fakturaen.\n\nTa kontakt om noe er uklart.\n\nHilsen\n{world.person().name}\n{firm.name}\n{world.phone()}\n{org_line}")
    elif v == 3:
        body = (f"FAKTURA\n\nFakturanr: {inv}\nFakturadato: {_short(d, rng)}\nForfallsdato: {_short(due, rng)}\nKunde: {kommune_name(tenant)}\n"
                f"Deres referanse: {ref}\n\n{line}\nÅ betale: kr {amount} inkl. mva\n\n"
                f"Betales til konto {_account(rng)} med KID {_kid(rng)}.\n\n{firm.name}" + (f" – {org_line}" if org_line else ""))
    elif v == 4:
        body = (f"Hei\n\nVedlagt ligg faktura {inv} for {line[0].lower() + line[1:]}. Ver venleg og merk betalinga med KID {_kid(rng)}.\n\n"
                f"Ta kontakt om noko er uklart.\n\nHelsing\n{world.person().name}\n{firm.name}\n{org_line}")
    else:
        body = f"Faktura {inv} vedlagt. Takk for handelen!\n\n{firm.name}\n{org_line}"
    atts = [AttachmentSpec(f"Faktura_{inv}.pdf", "pdf",
                           f"Faktura {inv}\n{firm.name}\n{_orgnr_text(rng, firm.orgnr) if show else ''}\n\nKunde: {kommune_name(tenant)}\n"
                           f"{line}\nÅ betale: kr {amount}\nForfall: {_short(due, rng)}")] if v != 3 or rng.random() < 0.5 else []
    subject = rng.choice([f"Faktura {inv} fra {firm.name}", f"Faktura {inv}", f"Faktura – {line}", f"Invoice {inv}",
                          f"{firm.name}: faktura {inv}", "Faktura"])
    return _draft(tenant, firm.name, email, subject, body, "faktura", _avs(firm.name, email, firm.orgnr if show else None),
                  received, attachments=atts)


def make_faktura_byggeprosjekt(rng: random.Random, world: World) -> Draft:
    """Invoice for a building project with gnr/bnr and byggesak words: hard negative for byggesak."""
    tenant = pick_tenant(rng)
    firm, prop, received, d, line = _invoice_facts(rng, world, tenant, rng.choice(["entreprenør", "bygg", "arkitekt", "oppmåling"]))
    inv = _num(rng, 5)
    amount = _amount(rng, 80000, 4800000)
    email = f"faktura@{firm.domain}"
    project = rng.choice([f"nytt omsorgssenter {rng.choice(VILLAGES[tenant])}", f"{rng.choice(VILLAGES[tenant])} skole, tilbygg",
                          f"kommunale utleieboliger, {prop.address}", f"VA-anlegg boligfelt {rng.choice(VILLAGES[tenant])}",
                          f"ny brannstasjon, gnr {prop.gnr} bnr {prop.bnr}"])
    n = rng.randint(2, 11)
    body = rng.choice([
        (f"Hei,\n\nVedlagt følger a-konto faktura nr. {n} for prosjektet {project}.\n\nKontraktssum: kr {_amount(rng, 5000000, 60000000)}\n"
        f"Utført hittil: {rng.randint(20, 95)} %\nDenne faktura: kr {amount} inkl. mva\n\nFakturaen er attestert av byggeleder. "
        f"Sluttoppgjør sendes etter ferdigattest.\n\nMed vennlig hilsen\n{firm.name}\n{_orgnr_text(rng, firm.orgnr)}"),
        (f"Faktura {inv}\nProsjekt: {project} (gnr. {prop.gnr} bnr. {prop.bnr})\nGjelder: {line}\n\nBeløp å betale: kr {amount}\n"
        f"Forfall: {_short(d + timedelta(days=30), rng)}\n\nMerk betalingen med prosjektnummer {rng.randint(1000, 9999)}.\n\n"
        f"{firm.name}, {_orgnr_text(rng, firm.orgnr)}"),
        (f"Hei\n\nSender faktura for endringsarbeid etter byggemøte {_short(d - timedelta(days=9), rng)} på {project}. Endringene er "
        f"godkjent av prosjektleder i kommunen. Ny tegning og kvittert endringsordre ligger ved.\n\nMvh\n{world.person().name}\n"
        f"Prosjektleder, {firm.name}\n{_orgnr_text(rng, firm.orgnr)}"),
    ])
    atts = [AttachmentSpec(f"Faktura_{inv}.pdf", "pdf", f"FAKTURA {inv}\n{firm.name}\n{_orgnr_text(rng, firm.orgnr)}\n\n"
                                                       f"Prosjekt: {project}\nGnr {prop.gnr} bnr {prop.bnr}\n{line}\nSum kr {amount}")]
    return _draft(tenant, firm.name, email, rng.choice([f"Faktura {inv} – {project}", f"A-konto {n} – {project}",
                                                        f"Faktura endringsarbeid – {project}", f"Faktura gnr {prop.gnr}/{prop.bnr}"]),
                  body, "faktura", _avs(firm.name, email, firm.orgnr), received, attachments=atts,
                  note="Invoice for a building project: hard negative for byggesak.")


def make_faktura_purring(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    firm, _, received, d, line = _invoice_facts(rng, world, tenant)
    inv = _num(rng, 5)
    amount = _amount(rng, 900, 95000)
    email = rng.choice([f"regnskap@{firm.domain}", f"faktura@{firm.domain}", f"{_ascii(world.person().first).lower()}@{firm.domain}"])
    show = rng.random() < 0.6
    old = d - timedelta(days=rng.randint(15, 60))
    body = rng.choice([
        f"BETALINGSPÅMINNELSE\n\nIfølge vår reskontro er faktura {inv} med forfall {_short(old, rng)} fortsatt åpen.\n\n"
        f"Utestående: kr {amount}\nPurregebyr: kr 35,00\n\nVennligst betal innen 14 dager. Har dere allerede betalt, kan dere se bort fra denne påminnelsen.\n\n"
        f"Med vennlig hilsen\n{firm.name}" + (f"\n{_orgnr_text(rng, firm.orgnr)}" if show else ""),
        f"Hei\n\nFaktura {inv} på kr {amount} er fortsatt ikke betalt. Den gjaldt {line[0].lower() + line[1:]}. Kan dere sjekke om den "
        f"har stoppet i attestasjon hos dere?\n\nMvh\n{world.person().name}\n{firm.name}" + (f"\n{_orgnr_text(rng, firm.orgnr)}" if show else ""),
        f"Hei,\n\ndette er 2. purring på faktura {inv}. Vi har ringt flere ganger uten å få svar. Dersom beløpet ikke er betalt innen "
        f"{_short(d + timedelta(days=10), rng)} sendes kravet til inkasso.\n\n{firm.name}" + (f", {_orgnr_text(rng, firm.orgnr)}" if show else ""),
        f"Hei igjen, ser at faktura nr {inv} fra oss ikke er betalt enda. Gi en lyd hvis det er noe galt med den.\nmvh {world.person().first} - {firm.name}",
        f"Hei\n\nVi minner om faktura {inv} som forfall {_short(old, rng)}. Eg ser at ho ikkje er betalt. Ver venleg og sjekk dette.\n\n"
        f"Med helsing\n{world.person().name}\n{firm.name}" + (f"\n{_orgnr_text(rng, firm.orgnr)}" if show else ""),
    ])
    return _draft(tenant, firm.name, email, rng.choice([f"Purring faktura {inv}", f"Betalingspåminnelse – faktura {inv}",
                                                        "Ubetalt faktura", f"2. purring {inv}", f"SV: Faktura {inv}", "Purring",
                                                        f"Påminnelse: forfalt faktura fra {firm.name}", f"Ang. faktura {inv}",
                                                        f"Purring – {line}"]),
                  body, "faktura", _avs(firm.name, email, firm.orgnr if _orgnr_in(body, firm.orgnr) else None), received)


def make_faktura_inkasso(rng: random.Random, world: World) -> Draft:
    """Debt-collection notice; the collector's saksnr is its own, never a kommune case."""
    tenant = pick_tenant(rng)
    coll = world.firm("regnskap")
    stem = coll.name.split()[0].replace("regnskap", "").replace("Regnskap", "") or "Sørvest"
    name = f"{stem} Inkasso AS"
    dom = _slug(stem) + "inkasso.no"
    email = rng.choice([f"inkasso@{dom}", f"post@{dom}", f"saksbehandling@{dom}"])
    creditor = world.firm()
    saksnr = rng.choice([_num(rng, 7), _num(rng, 8), f"{rng.randint(24, 26)}/{rng.randint(10000, 99999)}", f"{_num(rng, 6)}-{rng.randint(1, 9)}"])
    received = world.received_date()
    d = date.fromisoformat(received)
    amount = _amount(rng, 2000, 60000)
    body = rng.choice([
        (f"VARSEL OM INKASSO\n\n{kommune_name(tenant)} skylder vår klient {creditor.name} kr {amount} for faktura {_num(rng, 4)} "
        f"(forfall {_short(d - timedelta(days=30), rng)}). Kravet er overtatt av oss.\n\nBetal innen 14 dager til kontonummer {_account(rng)}. "
        f"Oppgi vårt saksnummer {saksnr} ved betaling. Etter fristen kan det påløpe inkassosalær og renter.\n\n"
        f"Vennlig hilsen\n{name}\n{_orgnr_text(rng, coll.orgnr)}"),
        (f"Betalingsoppfordring\n\nSaksnummer: {saksnr}\nKreditor: {creditor.name}\nSkyldner: {kommune_name(tenant)}\n\n"
        f"Kravet er oversendt oss for inndriving. Samlet krav: kr {amount}.\n\nInnsigelser må fremsettes innen fristen. "
        f"Logg inn på {dom}/minside med saksnummeret for å se dokumentasjon.\n\n{name} · {_orgnr_text(rng, coll.orgnr)}"),
        (f"Hei\n\nVi viser til tidligere varsel i sak {saksnr}. Vi har fortsatt ikke registrert innbetaling, og kravet er nå økt med "
        f"salær og renter til kr {amount}.\n\nDersom kravet er betalt eller bestridt, ber vi om tilbakemelding med dokumentasjon. Ved "
        f"manglende betaling vil vi vurdere rettslige skritt.\n\nMed vennlig hilsen\n{world.person().name}\ninkassosaksbehandler\n{name}\n{_orgnr_text(rng, coll.orgnr)}"),
        (f"Betalingsoppfordring etter inkassoloven § 9\n\nKreditor: {creditor.name}\nVår ref: {saksnr}\nGjelder: ubetalt faktura for "
        f"{rng.choice(['leie av maskiner', 'rørleggerarbeid', 'catering', 'konsulenttjenester'])}\n\nÅ betale innen 14 dager: kr {amount}\n"
        f"Kontonummer {_account(rng)}, KID {_kid(rng)}\n\n{name}, {_orgnr_text(rng, coll.orgnr)}"),
    ])
    return _draft(tenant, name, email, rng.choice([f"Inkassovarsel – saksnr. {saksnr}", f"Betalingsoppfordring sak {saksnr}",
                                                   f"Vår ref. {saksnr} – {creditor.name}", "Betalingsoppfordring",
                                                   f"Varsel om inkasso {saksnr}", "Inkassovarsel"]),
                  body, "faktura", _avs(name, email, coll.orgnr), received,
                  note="Debt-collection notice; its saksnr is the collector's own.")


def make_faktura_kreditnota(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    firm, _, received, _, line = _invoice_facts(rng, world, tenant)
    inv, kn = _num(rng, 5), _num(rng, 4)
    email = f"{rng.choice(['faktura', 'regnskap', 'kundeservice'])}@{firm.domain}"
    show = rng.random() < 0.7
    body = rng.choice([
        f"Hei,\n\nVedlagt kreditnota {kn} som krediterer faktura {inv} i sin helhet. Fakturaen ble sendt med feil referanse. "
        f"Ny faktura med riktig bestillingsnummer kommer i egen e-post.\n\nMvh\n{firm.name}" + (f"\n{_orgnr_text(rng, firm.orgnr)}" if show else ""),
        f"Kreditnota {kn}\nGjelder: faktura {inv} – {line}\nKreditert beløp: kr -{_amount(rng, 300, 40000)}\n\n"
        f"Beløpet motregnes i neste faktura.\n\n{firm.name}" + (f" · {_orgnr_text(rng, firm.orgnr)}" if show else ""),
        f"Hei! Som avtalt på telefon krediterer vi timene som ble fakturert dobbelt. Se vedlagt kreditnota.\n\nHilsen {world.person().first}, {firm.name}",
    ])
    return _draft(tenant, firm.name, email, rng.choice([f"Kreditnota {kn}", f"Kreditnota til faktura {inv}", "Kreditnota",
                                                        f"Kreditnota fra {firm.name}", f"Kreditering av faktura {inv}",
                                                        f"Korrigert faktura {inv}", f"Credit note {kn}"]), body,
                  "faktura", _avs(firm.name, email, firm.orgnr if _orgnr_in(body, firm.orgnr) else None), received,
                  attachments=[AttachmentSpec(f"Kreditnota_{kn}.pdf", "pdf", f"KREDITNOTA {kn}\n{firm.name}\nGjelder faktura {inv}")])


def make_faktura_ehf(rng: random.Random, world: World) -> Draft:
    """EHF/e-invoice notices and portal messages."""
    tenant = pick_tenant(rng)
    firm, _, received, d, line = _invoice_facts(rng, world, tenant)
    svc = rng.choice(["Visma e-faktura", "Fakturaportalen", "EHF-tjenesten", "Unimicro", "Tripletex", "Peppol Access Point"])
    dom = _slug(svc).replace(" ", "").replace("-", "") + ".no"
    email = f"noreply@{dom}"
    inv = _num(rng, 6)
    body = rng.choice([
        (f"Du har mottatt en faktura fra {firm.name} ({_orgnr_text(rng, firm.orgnr)}).\n\nFakturanummer: {inv}\nBeløp: kr {_amount(rng, 500, 90000)}\n"
        f"Forfall: {_short(d + timedelta(days=30), rng)}\n\nFakturaen er levert som EHF via Peppol-nettverket til {kommune_name(tenant)}. "
        f"Denne e-posten er kun til informasjon.\n\n{svc}"),
        (f"Hei {kommune_name(tenant)},\n\n{firm.name} har sendt deg faktura {inv}. Fakturaen kunne ikke leveres som EHF fordi mottaker ikke "
        f"ble funnet i ELMA-registeret, og sendes derfor som PDF.\n\nSe vedlegg.\n\n{svc} på vegne av {firm.name}"),
        (f"Faktura {inv} fra {firm.name} er tilgjengelig i portalen. Logg inn for å se og laste ned fakturaen:\n"
        f"https://{dom}/f/{_token(rng, 10)}\n\nHar du spørsmål om fakturaen, kontakt {firm.name} direkte."),
    ])
    shows_org = _orgnr_in(body, firm.orgnr)
    atts = [AttachmentSpec(f"{inv}.pdf", "pdf", f"Faktura {inv}\n{firm.name}\n{line}")] if "vedlegg" in body else []
    return _draft(tenant, svc if rng.random() < 0.5 else f"{firm.name} via {svc}", email,
                  rng.choice([f"Faktura {inv} fra {firm.name}", f"Ny faktura fra {firm.name}", f"Du har mottatt faktura {inv}"]),
                  body, "faktura", _avs(firm.name, email, firm.orgnr if shows_org else None), received, attachments=atts,
                  style="system")


def make_faktura_utenlandsk(rng: random.Random, world: World) -> Draft:
    """Foreign invoice; a Danish CVR or Swedish org.nr is not a Norwegian orgnr (orgnr null)."""
    tenant = pick_tenant(rng)
    country = rng.choice(["DK", "SE", "UK", "DE", "FI"])
    base = rng.choice(["Skagerrak", "Nordic", "Harbour", "Baltic", "Aurora", "Polar", "Kattegat"])
    kind = rng.choice(["Forum", "Events", "Software", "Consulting", "Publishing", "Marine"])
    form = {"DK": "ApS", "SE": "AB", "UK": "Ltd", "DE": "GmbH", "FI": "Oy"}[country]
    name = f"{base} {kind} {form}"
    dom = _slug(base + kind).replace(" ", "") + {"DK": ".dk", "SE": ".se", "UK": ".co.uk", "DE": ".de", "FI": ".fi"}[country]
    email = rng.choice(["accounts", "invoice", "faktura", "billing"]) + "@" + dom
    reg = {"DK": f"CVR DK {_num(rng, 8)}", "SE": f"Org.nr 556{_num(rng, 3)}-{_num(rng, 4)}", "UK": f"Company No. {_num(rng, 8)}",
           "DE": f"USt-IdNr. DE{_num(rng, 9)}", "FI": f"Y-tunnus {_num(rng, 7)}-{rng.randint(0, 9)}"}[country]
    inv = f"INV-{rng.randint(2025, 2026)}-{_num(rng, 4)}"
    received = world.received_date()
    d = date.fromisoformat(received)
    cur = rng.choice(["EUR", "DKK", "SEK", "GBP"])
    what = rng.choice(["three seats at the Baltic Harbour Summit", "annual software subscription",
                       "exhibition stand", "translation services", "hydrographic survey report", "conference dinner"])
    if country == "SE" and rng.random() < 0.5:
        body = (f"Hej,\n\nBifogat finner ni faktura {inv} avseende {what}.\n\nAtt betala: {cur} {_amount(rng, 300, 20000)}\n"
                f"Förfallodatum: {_short(d + timedelta(days=30), rng)}\nIBAN: SE{_num(rng, 2)} {_num(rng, 4)} {_num(rng, 4)} {_num(rng, 4)}\n\n"
                f"Med vänliga hälsningar\nEkonomiavdelningen\n{name} · {reg}")
    elif country == "DK" and rng.random() < 0.5:
        body = (f"Kære kunde\n\nHermed faktura {inv} for {what}.\n\nBeløb: {cur} {_amount(rng, 300, 20000)}\nBetalingsfrist: {_short(d + timedelta(days=14), rng)}\n\n"
                f"Venlig hilsen\n{name}\n{reg}")
    else:
        body = rng.choice([
            (f"Hello,\n\nThank you for your order. Our invoice {inv} ({what}) is attached as a PDF.\n\n"
             f"Total: {cur} {_amount(rng, 300, 20000).replace(' ', ',')}\nPayment terms: 30 days net, i.e. by {_long(d + timedelta(days=30), 'en', False)} {d.year}\n"
             f"Bank details are printed on the invoice.\n\nBest regards,\nFinance team\n{name} · {reg}"),
            (f"Dear {kommune_name(tenant)},\n\nThis is a friendly reminder that invoice {inv} for {what} is now "
             f"{rng.randint(5, 30)} days overdue. Outstanding balance: {cur} {_amount(rng, 300, 20000).replace(' ', ',')}.\n\n"
             f"If payment has already been made, please disregard this message.\n\nKind regards\nCredit control\n{name} ({reg})"),
            (f"Hi,\n\nattached is our invoice for {what}. Could you please forward it to your accounts payable department and "
             f"let me know your purchase order number, if one is required?\n\nMany thanks,\n{world.person().name}\n{name} | {reg}"),
        ])
    return _draft(tenant, name, email, rng.choice([f"Invoice {inv}", f"Invoice {inv} – {what}", f"Faktura {inv}"]), body, "faktura",
                  _avs(name, email, None), received,
                  attachments=[AttachmentSpec(f"{inv}.pdf", "pdf", f"INVOICE {inv}\n{name}\n{reg}\n{what}")],
                  note="Foreign invoice: CVR/foreign registration number is not a Norwegian orgnr.")


def make_faktura_privatperson(rng: random.Random, world: World) -> Draft:
    """A private person or sole trader invoicing a lecture, a performance or a small job."""
    tenant = pick_tenant(rng)
    p = world.person()
    email = world.private_email(p)
    enk = rng.random() < 0.4
    orgnr = world.orgnr() if enk else None
    what = rng.choice(["foredrag på biblioteket", "konsert under kulturdagene", "kursdag for frivillige", "fotografering av nye skolebygg",
                       "snømåking ved omsorgsboligene", "guiding for kommunestyret", "oversettelse av brosjyre til polsk"])
    received = world.received_date()
    d = date.fromisoformat(received)
    body = rng.choice([
        f"Hei\n\nVedlagt faktura for {what} {_short(d - timedelta(days=rng.randint(5, 25)), rng)}.\nBeløp kr {rng.randint(15, 120) * 100},-. "
        f"Kontonr {_account(rng)}.\n\nTakk for oppdraget!\n\nHilsen {p.name}" + (f"\n{p.name} ENK, {_orgnr_text(rng, orgnr)}" if enk else ""),
        f"hei, her er faktura for {what}, som avtalt med {world.person().first} hos dere. betal til {_account(rng)}\nmvh {p.first}",
        f"Hei!\n\nSender regning for {what}. Jeg har ikke fått noe bestillingsnummer, så jeg har skrevet navnet til den som "
        f"bestilte som referanse. Si fra om dere trenger noe mer.\n\nVennlig hilsen\n{p.name}" + (f"\n{_orgnr_text(rng, orgnr)}" if enk else ""),
    ])
    return _draft(tenant, p.name, email, rng.choice([f"Faktura – {what}", "Faktura", "Regning", f"Faktura {what}"]),
                  _casual(rng, body, 0.3), "faktura", _avs(p.name, email, orgnr if _orgnr_in(body, orgnr) else None), received,
                  attachments=[_doc(rng, "Faktura", f"Faktura\n{p.name}\n{what}")])


# =====================================================================================
# systemvarsel
# =====================================================================================

def _it_sender(rng: random.Random, tenant: str) -> tuple[str, str]:
    k = kommune_name(tenant).split()[0]
    return rng.choice([(f"{k} IKT", f"noreply@{_kdomain(tenant)}"), ("IKT-brukerstøtte", f"ikt@{_kdomain(tenant)}"),
                       ("Vestkyst IKT", "driftsmelding@vestkystikt.no"), ("Servicedesk", f"servicedesk@{_kdomain(tenant)}"),
                       ("IT-drift", f"it-drift@{_kdomain(tenant)}")])


def make_systemvarsel_passord(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    name, email = _it_sender(rng, tenant)
    box = _postmottak(tenant)
    received = world.received_date()
    d = date.fromisoformat(received)
    t = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    v = rng.randrange(5)
    if v == 0:
        body = (f"Nytt passord registrert\n\nKontoen {box} fikk nytt passord {_long(d)} kl. {t} fra en PC på kommunens nett.\n\n"
                f"Var det ikke deg? Ring brukerstøtten på {world.phone()} med en gang, så sperrer vi kontoen.\n\n{name} (automatisk melding)")
        subject = "Passordet ditt er endret"
    elif v == 1:
        days = rng.choice([3, 5, 7, 14])
        body = (f"Om {days} dager må kontoen {box} ha nytt passord.\n\nDu kan endre passordet ved å trykke Ctrl+Alt+Del på en kommunal PC, "
                f"eller via selvbetjeningsportalen på intranettet. Passordet må ha minst 14 tegn.\n\nHilsen {name}")
        subject = f"Passordet ditt utløper om {days} dager"
    elif v == 2:
        code = _num(rng, 6)
        body = rng.choice([
            f"Engangskoden din er {code}.\n\nKoden er gyldig i 10 minutter. Del aldri koden med andre – IKT vil aldri be deg om den.",
            f"Hei,\n\nBruk koden {code} for å tilbakestille passordet for {box}. Har du ikke bedt om dette, kan du se bort fra e-posten.\n\n{name}",
            f"Verifiseringskode: {code}\n\nNoen forsøker å logge inn på {box} fra en ny enhet. Oppgi koden bare hvis det er deg.",
            f"Din kode for selvbetjent passordbytte: {code}\nGyldig til kl. {t}.\n\n{kommune_name(tenant)} – IKT-tjenesten",
        ])
        subject = rng.choice(["Engangskode for innlogging", "Din bekreftelseskode", "Tilbakestilling av passord"])
    elif v == 3:
        body = (f"Ny pålogging oppdaget\n\nKonto: {box}\nTidspunkt: {_short(d, rng)} {t}\nEnhet: {rng.choice(['Windows 11', 'iPhone', 'Android', 'Mac OS'])}, "
                f"{rng.choice(['Edge', 'Chrome', 'Safari', 'Outlook'])}\nSted: {rng.choice(['Bergen', 'Ålesund', 'Førde', 'Oslo'])}, Norge\n\n"
                "Var dette deg? Da trenger du ikke gjøre noe. Hvis ikke, meld fra til servicedesk.")
        subject = "Ny pålogging på kontoen din"
    else:
        body = (f"Hei!\n\nKontoen {box} er registrert for tofaktorautentisering. Fra {_long(d + timedelta(days=rng.randint(5, 20)))} må "
                "alle fellespostkasser logges inn med Microsoft Authenticator. Se veiledning på intranettet.\n\nMvh IKT")
        subject = rng.choice(["Tofaktor blir obligatorisk", "Endring i innlogging for fellespostkasser"])
    if tenant == "havoy" and rng.random() < 0.4 and v in (0, 1):
        body = rng.choice([
            (f"Nytt passord registrert\n\nKontoen {box} fekk nytt passord {_long(d, 'nn')} kl. {t}.\n\nVar det ikkje du? Ring "
            f"brukarstøtta på {world.phone()} med ein gong, så sperrar vi kontoen.\n\n{name} (automatisk melding)"),
            (f"Passordet for {box} går ut om {rng.choice([3, 5, 7])} dagar.\n\nDu kan endre passordet i sjølvbeteningsportalen på intranettet. "
            f"Passordet må ha minst 14 teikn.\n\nHelsing {name}"),
        ])
        subject = rng.choice(["Passordet ditt er endra", "Passordet ditt går ut snart", "Varsel om passord"])
    return _draft(tenant, name, email, subject, body, "systemvarsel", _avs(name, email), received, style="system")


def make_systemvarsel_lisens(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    product, module = rng.choice([("KartFlyt Premium", "byggesaksmodulen"), ("ArkivSky", "eInnsyn-eksporten"),
                                  ("VA-Plan", "gebyrmodulen"), ("Skoleadmin", "SFO-modulen"), ("Planlegger 3D", "planregisteret"),
                                  ("Adobe Acrobat Pro", "PDF-redigering"), ("Microsoft 365 E3", "Teams og Exchange"),
                                  ("Virksomhetssertifikat (Buypass)", "SvarUt og eFormidling")])
    vendor = world.firm("it")
    email = rng.choice([f"licensing@{vendor.domain}", f"noreply@{vendor.domain}", f"lisens@{vendor.domain}"])
    received = world.received_date()
    exp = _day(world, received, 7, 45)
    lic = f"{tenant[:3].upper()}-{_num(rng, 4)}-{rng.choice(['KP', 'AR', 'VA', 'XX'])}"
    body = rng.choice([
        (f"Lisensen deres for {product} ({lic}) går ut {_short(exp, rng)}.\n\nFornyes den ikke, stenges {module} for {kommune_name(tenant)} "
        f"samme dag. Be innkjøpsansvarlig eller systemeier om å bestille fornyelse i kundeportalen.\n\n"
        f"Hilsen lisensteamet, {vendor.name}\n(Automatisk utsendelse)"),
        (f"Your subscription for {product} ({lic}) will expire on {_long(exp, 'en', False)} {exp.year}. To avoid service interruption, "
        f"please renew before the expiry date.\n\nThis is an automated message."),
        (f"Varsel: {product} – alle lisensene er i bruk ({(seats := rng.randint(20, 60))} av {seats}). "
        f"Nye brukere kan ikke logges inn før lisenser er frigjort eller kjøpt.\n\nLisensportalen, {vendor.name}"),
        (f"Hei!\n\nLisensen for {product} går ut {_short(exp, rng)}. Etter dette vert {module} stengd for {kommune_name(tenant)}.\n\n"
         f"Ta kontakt med kundeansvarleg for fornying.\n\nHelsing\n{vendor.name} (automatisk utsending)"),
        (f"Sertifikatvarsel\n\nSertifikatet som brukes av {module} utløper om {(exp - date.fromisoformat(received)).days} dager. "
         f"Bestill nytt sertifikat og installer det før utløp, ellers stopper integrasjonen.\n\nSerienummer: {_token(rng, 16)}"),
    ])
    return _draft(tenant, f"{vendor.name.rsplit(' ', 1)[0]} Licensing" if rng.random() < 0.4 else vendor.name, email,
                  rng.choice([f"Lisensen for {product} utløper om {(exp - date.fromisoformat(received)).days} dager",
                              f"{product}: fornyelse av lisens", f"Subscription expiring: {product}", f"Lisensvarsel {product}"]),
                  body, "systemvarsel", _avs(vendor.name, email), received, style="system")


def make_systemvarsel_backup(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    pre = tenant[:3].upper()
    email = rng.choice([f"backupvarsel@{_kdomain(tenant)}", f"veeam@{_kdomain(tenant)}", f"noreply-backup@{_kdomain(tenant)}"])
    name = rng.choice([f"Sikkerhetskopi {pre}", "Veeam Backup", "Backup Report", f"{pre}-BACKUP01"])
    received = world.received_date()
    d = date.fromisoformat(received)
    vms = rng.randint(6, 30)
    failed = rng.choice([0, 0, 1, 2, 3])
    servers = rng.sample(["SQL03", "ARKIV01", "FILESRV01", "DC01", "WEB02", "CITRIX04", "ESAK01", "GIS01", "EXCH02"], 3)
    status = "Success" if failed == 0 else rng.choice(["Failed", "Warning"])
    lines = "\n".join(f"{pre}-{s}: {'FEIL – ' + rng.choice(['for lite ledig plass på lagringsområdet', 'tidsavbrudd etter 60 minutter', 'fant ikke nettverksstien']) if i < failed else 'OK'}"
                      for i, s in enumerate(servers))
    body = rng.choice([
        (f"Sikkerhetskopiering {_short(d, rng)}\n\nJobb: {pre}-{rng.choice(['FILESRV', 'DAILY', 'ARKIV', 'ALL-VMS'])}{rng.randint(1, 9):02d}\n"
         f"Resultat: {status}\nVarighet: {rng.randint(1, 4)} t {rng.randint(1, 59)} min\nVirtuelle maskiner: {vms - failed} OK, {failed} med feil\n\n"
         f"{lines}\n\nNeste kjøring: i natt kl. 01.00\n\n(Automatisk rapport fra backup-serveren. Svar sendes ikke videre.)"),
        (f"Job '{pre} nightly' finished with {status.upper()}.\n\n{vms - failed}/{vms} objects processed, {failed} errors.\n"
         f"Transferred: {rng.randint(40, 900)} GB, duration {rng.randint(1, 5)}h{rng.randint(10, 59)}m.\n\n{lines}"),
        (f"Nattlig kopi til sekundært datasenter: {status}\n\nKopierte dataområder: arkiv, fellesområder, e-post\n"
         f"Avvik: {failed if failed else 'ingen'}\n\nRapporten sendes til driftsgruppa hver morgen kl. 06.00."),
    ])
    return _draft(tenant, name, email, f"[{status}] Backup Job {pre}-DAILY ({failed} of {vms} VMs failed)" if failed else f"[Success] Backup Job ({vms} VMs)",
                  body, "systemvarsel", _avs(name, email), received, style="system")


def make_systemvarsel_overvaking(rng: random.Random, world: World) -> Draft:
    """Monitoring alerts, including SCADA alarms from the waterworks (hard negative for vann_avlop)."""
    tenant = pick_tenant(rng)
    place = rng.choice(VILLAGES[tenant])
    received = world.received_date()
    d = date.fromisoformat(received)
    t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    v = rng.randrange(4)
    if v == 0:
        name, email = "SCADA Vannverk", f"scada-alarm@{_kdomain(tenant)}"
        obj = rng.choice([f"Høydebasseng {place}", f"Pumpestasjon {place} PS{rng.randint(1, 20)}", f"Renseanlegg {place}",
                          f"Vannverk {place}, UV-anlegg"])
        alarm = rng.choice(["LAVT NIVÅ", "HØY TURBIDITET", "PUMPE 2 FEIL", "STRØMBRUDD", "KOMMUNIKASJONSFEIL", "HØYT NIVÅ OVERLØP"])
        body = (f"ALARM {alarm}\nObjekt: {obj}\nTid: {_short(d, rng)} {t}\nVerdi: {rng.randint(1, 99)},{rng.randint(0, 9)} "
                f"{rng.choice(['%', 'm', 'NTU', 'l/s'])}\nPrioritet: {rng.choice(['A', 'B', 'C'])}\n\nKvitter alarm i driftssentralen. "
                "Meldingen er sendt automatisk til vakttelefon og driftsoperatører.")
        subject = f"ALARM {alarm} – {obj}"
    elif v == 1:
        name, email = rng.choice([("Zabbix", f"zabbix@{_kdomain(tenant)}"), ("PRTG Network Monitor", f"prtg@{_kdomain(tenant)}"),
                                  ("Nagios", f"nagios@drift.{_kdomain(tenant)}")])
        host = f"{tenant[:3].upper()}-{rng.choice(['SQL', 'ARKIV', 'WEB', 'FIL', 'DC'])}{rng.randint(1, 9):02d}"
        problem = rng.choice(["Free disk space is less than 10% on volume D:", "High CPU utilization (over 90% for 5m)",
                              "Service 'P360 Integration' is not running", "Certificate expires in 7 days", "Host unreachable"])
        state = rng.choice(["PROBLEM", "RESOLVED"])
        body = (f"{state}: {problem}\nHost: {host}\nSeverity: {rng.choice(['High', 'Average', 'Warning', 'Disaster'])}\n"
                f"Time: {d.isoformat()} {t}\nEvent ID: {_num(rng, 7)}\n\nOperational data: {rng.randint(3, 99)} %")
        subject = f"{state}: {host} – {problem}"
    elif v == 2:
        name, email = "UPS Monitor", f"ups@{_kdomain(tenant)}"
        body = (f"UPS {rng.choice(['Rådhuset', 'Serverrom 2', 'Brannstasjonen'])}: On battery power since {t}.\n"
                f"Remaining runtime: {rng.randint(5, 40)} min.\nInput voltage: 0 V\n\nThis notification was generated automatically.")
        subject = "UPS on battery"
    else:
        name, email = "Azure AD Connect", f"noreply@{_kdomain(tenant)}"
        body = (f"Synkronisering feilet {_short(d, rng)} {t}.\n\n{rng.randint(1, 12)} objekter kunne ikke eksporteres (duplikat-attributt "
                "proxyAddresses). Se rapport i administrasjonssenteret.\n\nDette er en automatisk melding.")
        subject = "Synkroniseringsfeil i katalogtjenesten"
    return _draft(tenant, name, email, subject, body, "systemvarsel", _avs(name, email), received, style="system",
                  note="Monitoring alarm; waterworks vocabulary but not a vann_avlop enquiry." if v == 0 else "")


def make_systemvarsel_teams(rng: random.Random, world: World) -> Draft:
    """Teams/SharePoint/OneDrive notifications, often quoting document names from cases."""
    tenant = pick_tenant(rng)
    who = world.person()
    doc = rng.choice(["Byggesaker_restanse.xlsx", "Referat planforum.docx", "Rutine for innsynskrav.docx",
                      f"Vedtak {world.cite(world.unknown_saknr())}.pdf", "Budsjett 2027 – oppvekst.xlsx",
                      "Søknadsliste kulturmidler.xlsx", "Turnus sykehjem uke 40.pdf", "Mal nabovarsel.docx"])
    site = rng.choice(["Dokumentsenteret", "Plan og bygg", "Ledergruppa", "Servicetorget", "Oppvekst", "Teknisk drift"])
    v = rng.randrange(4)
    if v == 0:
        name, email = "SharePoint Online", "no-reply@sharepointonline.com"
        body = f"{who.name} har delt en fil med deg\n\n{doc}\n\nÅpne\n\nDenne e-posten ble generert fra området «{site}»."
        subject = f"{who.name} har delt «{doc}» med deg"
    elif v == 1:
        name, email = "Microsoft Teams", "noreply@email.teams.microsoft.com"
        n = rng.randint(2, 14)
        body = (f"Du har {n} uleste meldinger i Teams\n\n{site}\n{who.name}: {rng.choice(['Kan noen ta posten i dag?', 'Se oppdatert liste', 'Møtet er flyttet', 'Takk!'])}\n\n"
                "Gå til Teams\n\nVarsler kan slås av under Innstillinger i Teams.")
        subject = f"Du har {n} uleste meldinger i Teams"
    elif v == 2:
        name, email = "Microsoft Teams", "noreply@email.teams.microsoft.com"
        body = f"{who.name} nevnte deg i {site}\n\n«@Postmottak kan dere sjekke om denne er journalført?»\n\nSvar i Teams"
        subject = f"{who.first} nevnte deg i {site}"
    else:
        if rng.random() < 0.5:
            name, email = "OneDrive", "no-reply@onedrive.com"
            body = (f"Dine filer er slettet fra papirkurven\n\n{rng.randint(20, 400)} filer ble slettet permanent fra OneDrive for "
                    f"{_postmottak(tenant)}. Hvis dette ikke var meningen, kontakt IKT innen 14 dager.")
            subject = "Filer slettet fra OneDrive"
        elif rng.random() < 0.5:
            name, email = "Microsoft Planner", "noreply@planner.office365.com"
            task = rng.choice(["Skanne papirpost uke 41", "Rydde restanselisten", "Oppdatere rutine for skjerming", "Bestille arkivbokser"])
            body = (f"{who.name} har tildelt deg en oppgave\n\n{task}\nPlan: {site}\nForfallsdato: "
                    f"{_short(_day(world, world.received_date(), 2, 12), rng)}\n\nÅpne i Planner")
            subject = f"Du har fått en oppgave: {task}"
        else:
            name, email = "Microsoft Teams", "noreply@email.teams.microsoft.com"
            body = (f"Opptaket av møtet «{rng.choice(['Planforum', 'Fagmøte byggesak', 'Ledermøte', 'Opplæring i arkiv'])}» er klart.\n\n"
                    f"Opptaket lagres i {rng.choice([30, 60, 120])} dager. Del det bare med dem som trenger det.\n\nSe opptaket")
            subject = "Møteopptaket er klart"
    return _draft(tenant, name, email, subject, body, "systemvarsel", _avs(name, email), world.received_date(), style="system",
                  html=True)


def make_systemvarsel_arkivsystem(rng: random.Random, world: World) -> Draft:
    """Mail from the sak/arkiv system or its integrations; may cite journalpost numbers (sak stays null)."""
    tenant = pick_tenant(rng)
    system = "Public 360" if tenant == "fjordvik" else "Elements"
    if rng.random() < 0.3:
        system = rng.choice(["SvarUt", "eFormidling", "eByggesak", "Fiks arkiv", "eInnsyn"])
    email = rng.choice([f"noreply-{_slug(system).replace(' ', '')}@{_kdomain(tenant)}", f"{_slug(system).replace(' ', '')}@{_kdomain(tenant)}",
                        "noreply@svarut.ks.no" if system == "SvarUt" else f"arkivsystem@{_kdomain(tenant)}"])
    saknr = world.unknown_saknr()
    cite = world.cite(saknr, doc=True)
    received = world.received_date()
    d = date.fromisoformat(received)
    v = rng.randrange(5)
    if v == 0:
        n = rng.randint(3, 48)
        body = (f"Restanseliste for {_postmottak(tenant)}\n\nDu har {n} journalposter med status «Reservert» eller «Under behandling» "
                f"som er eldre enn 14 dager.\n\nEldste: {cite} ({_short(d - timedelta(days=rng.randint(20, 90)), rng)})\n\n"
                f"Åpne {system} for å se hele listen.\n\nDenne e-posten er generert automatisk.")
        subject = f"{system}: restanseliste ({n})"
    elif v == 1:
        body = (f"Du har fått tildelt en journalpost.\n\nJournalpost: {cite}\nTittel: {rng.choice(['Søknad om tiltak', 'Innsynskrav', 'Klage på vedtak', 'Tilbud', 'Melding'])}\n"
                f"Fordelt av: {world.person().name}\n\nÅpne i {system}.")
        subject = f"Ny journalpost tildelt: {cite}"
    elif v == 2:
        body = (f"Forsendelsen «{rng.choice(['Vedtak – byggesak', 'Svar på innsynskrav', 'Tilsagn om tilskudd', 'Melding om vedtak'])}» "
                f"({cite}) er ikke åpnet av mottaker etter {rng.choice([2, 5, 7])} dager og blir sendt som brevpost.\n\n"
                f"Forsendelses-ID: {_token(rng, 8)}-{_token(rng, 4)}\n\nDette er en automatisk melding fra {system}.")
        subject = f"{system}: forsendelse sendt til print"
    elif v == 3:
        body = (f"Importfeil\n\n{rng.randint(1, 6)} dokumenter fra integrasjonen kunne ikke importeres:\n"
                f"- {rng.choice(['Ukjent gårds- og bruksnummer', 'Mangler saksansvarlig', 'Ugyldig filformat (.heic)', 'Tidsavbrudd mot arkivkjerne'])}\n\n"
                f"Kø: {rng.choice(['Fellestjenester BYGG', 'eFormidling inn', 'Skjema – kulturmidler', 'Digitale skjema'])}\n"
                f"Tidspunkt: {_short(d, rng)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n\nKontakt systemansvarlig.")
        subject = f"[{system}] Feil ved import"
    else:
        body = (f"Vedlikehold av {system}\n\nTidspunkt: {_long(d + timedelta(days=rng.randint(3, 14)))}, kl. 07.00–15.00\n"
                f"Berører: {system}, eByggesak, postlister og forsendelser via SvarUt\n\nI vedlikeholdsvinduet kan det ikke arkiveres. "
                "Innkommende forsendelser blir lagret og importert når systemet er tilbake.\n\n"
                f"Kontakt servicedesken på {world.phone()} ved spørsmål.")
        subject = f"Planlagt driftsstans: sak/arkiv ({system})"
        if tenant == "havoy" and rng.random() < 0.5:
            body = (f"{system} er nede for vedlikehald {_long(d + timedelta(days=rng.randint(3, 14)), 'nn')} mellom kl. 07 og 15.\n\n"
                    f"I dette tidsrommet kan de ikkje arkivere, og post frå SvarUt og eByggesak vert lagra og importert når systemet er oppe att.\n\n"
                    f"Ta kontakt med servicedesken på {world.phone()} om noko er uklart.")
            subject = f"Planlagd driftsstans: sak/arkiv ({system})"
    name = system if rng.random() < 0.6 else f"{system} – {kommune_name(tenant)}"
    return _draft(tenant, name, email, subject, body, "systemvarsel", _avs(name, email), received, style="system",
                  note="Sak/arkiv system mail citing a journalpost number: not a case document, sak null.")


# =====================================================================================
# intern
# =====================================================================================

def _intern_draft(rng: random.Random, world: World, tenant: str, p, email: str, subject: str, body: str, **kw) -> Draft:
    return _draft(tenant, p.name, email, subject, body, "intern", _avs(p.name, email), kw.pop("received", world.received_date()), **kw)


def make_intern_feiring(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    col = world.person()
    received = world.received_date()
    d = _day(world, received, 0, 6)
    when = f"{_long(d, lang)} kl. {rng.choice(['11.30', '14.00', '14.30', '13.00', '10.00'])}"
    where = rng.choice(["kantina", "på pauserommet", "i " + rng.choice(ROOMS), "på servicetorget", "i 2. etasje"])
    occasion = rng.choice(["siste dag før overgangen til fylkeskommunen", "50-årsdag", "siste dag før pensjon",
                           "fast ansettelse", "bursdag", "siste dag før permisjon"])
    if lang == "nn":
        body = rng.choice([
            (f"Hei!\n\n{col.first} har {occasion}, og det skal vi feire med bløtkake {where} {when}.\n\n"
            f"Vipps gjerne eit lite bidrag til blomar til meg.\n\n{p.first}"),
            f"Hei\n\nNo er det vafler {where} {when} – vi feirar at {rng.choice(['budsjettet er levert', 'flyttinga er ferdig', 'hypercare-perioden er over'])}!\n\nHelsing {p.first}",
        ])
    else:
        body = rng.choice([
            (f"Hei!\n\n{col.first} har {occasion}, og det skal selvsagt feires. Vi møtes {where} {when} – det blir bløtkake og kaffe.\n\n"
            f"Vipps gjerne et bidrag til blomster til meg.\n\n{p.first}"),
            f"Hei!\n\nDet blir vafler {where} {when}. Vi feirer at {rng.choice(['budsjettet er levert', 'vi har flyttet inn i nye lokaler', 'restanselisten er tom for første gang på to år', 'ferdigattest-prosjektet er ferdig'])} 🎉\n\n{p.first}",
            f"Kake!! {where} nå 🙂",
            (f"Hei\n\nVi samler inn til gave til {col.name} som {rng.choice(['går av med pensjon', 'fyller 60', 'har fått ny jobb'])}. "
            f"Vipps til {world.phone()} innen onsdag. Kortet ligger hos meg på kontoret hvis dere vil skrive en hilsen.\n\nMvh\n{p.name}"),
        ])
    subject = rng.choice([f"Kake {where} {_long(d, lang, weekday=True).split()[0]}!", f"Avskjed for {col.first}", "Vafler i dag!", "Kake 🎂",
                          f"Gave til {col.first}", "Feiring"])
    return _intern_draft(rng, world, tenant, p, email, subject, body, received=received,
                         style=rng.choice(["outlook", "iphone", None]))


def make_intern_motelogistikk(rng: random.Random, world: World) -> Draft:
    """Room bookings, moved meetings, Teams links; mentions work matters but is only logistics."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    received = world.received_date()
    d = _day(world, received, 1, 10)
    r1, r2 = rng.sample(ROOMS, 2)
    topic = rng.choice(["planforum", "byggesaksmøtet", "ledermøtet", "møtet om innsynsrutinene", "arbeidsmøtet om budsjettet",
                        "oppfølgingsmøtet med revisjonen", "møtet med Statsforvalteren", "VA-gruppa", "barnehageopptaket"])
    v = rng.randrange(5)
    if v == 0:
        body = (f"Hei,\n\nHar noen sett hvem som har reservert {r1} {_long(d)}? Vi skulle hatt {topic} der, men bookingen vår er borte "
                f"fra kalenderen. Vi er {rng.randint(8, 20)} stykker. Om ingen protesterer, flytter vi til {r2}.\n\n"
                f"Mvh {p.first}")
        subject = f"Hvem har {r1} {_short(d, rng)}?"
        subject = f"{r1} dobbeltbooket {_short(d, rng)}"
    elif v == 1:
        body = (f"Hei alle\n\n{topic[0].upper() + topic[1:]} {_long(d, 'nn')} er flytta frå {r1} til {r2} – same tid. "
                f"Teams-lenkje for dei som sit på heimekontor kjem i innkallinga.\n\nHelsing {p.first}") if lang == "nn" else (
                f"Hei alle\n\n{topic[0].upper() + topic[1:]} {_long(d)} er flyttet fra {r1} til {r2} – samme tid. "
                f"Teams-lenke for de som sitter på hjemmekontor kommer i innkallingen.\n\n{_employee_sig(rng, p.first, p.name, tenant, lang, world)}")
        subject = f"Nytt rom: {topic} {_short(d, rng)}"
    elif v == 2:
        body = (f"Eg blir dessverre 15 min seinare til {topic} i dag, startar utan meg.\n\n{p.first}" if lang == "nn"
                else f"Blir dessverre 15 min forsinket til {topic} i dag, bare start uten meg.\n\n{p.first}")
        subject = rng.choice(["Forsinket", "Kommer litt seint", f"{topic}"])
    elif v == 3:
        body = (f"Hei\n\nKan noen av dere ta postmottaket {_long(d)} fra kl. 12? Jeg må på {rng.choice(['kurs', 'tannlegen', 'foreldremøte', 'befaring'])}. "
                f"Skanningen fra i dag er ferdig, det er bare e-posten som står igjen.\n\nTakk!\n{p.first}")
        subject = rng.choice(["Noen som kan ta posten?", f"Dekning postmottak {_short(d, rng)}", "Bytte av vakt"])
    else:
        body = (f"Hei,\n\nFor de som skal på {topic} i {rng.choice(['Bergen', 'Førde', 'Ålesund'])} {_long(d)}: vi kjører kommunens bil fra "
                f"rådhuset kl. {rng.choice(['06.45', '07.15', '07.30'])}. Det er plass til fem. Si fra hvis du kjører selv.\n\n"
                f"{_employee_sig(rng, p.first, p.name, tenant, lang, world)}")
        subject = f"Skyss til {topic}"
    return _intern_draft(rng, world, tenant, p, email, subject, body, received=received,
                         note="Internal meeting logistics; mentions work matters but is not a memo for the file.")


def make_intern_takk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    what = rng.choice(["beredskapsøvelsen", "innflyttingen i nytt rådhus", "budsjettarbeidet", "valgavviklingen", "ryddedagen i arkivet",
                       "overgangen til nytt sak/arkivsystem", "kommunestyremøtet i går", "opplæringen i automatisk journalføring"])
    body = rng.choice([
        (f"Kjære alle\n\n{what[0].upper() + what[1:]} gikk over all forventning, og det er deres fortjeneste. Flere har sagt til meg at "
        f"samarbeidet på tvers av avdelingene var det beste de har opplevd.\n\nNyt helgen – dere har fortjent det!\n\n{p.name}\n"
        f"{rng.choice(['kommunedirektør', 'avdelingsleder', 'enhetsleder', 'arkivleder'])}"),
        f"Tusen takk for hjelpen med {what}, dere er gull! 🙏\n\n{p.first}",
        f"Hei\n\nTakk for kjempeinnsats med {what}. Det står kaker på pauserommet som takk.\n\nHilsen {p.first}",
    ]) if lang == "nb" else rng.choice([
        (f"Hei alle saman\n\nTakk til alle som var med på {what}. Det vart lagt ned ein stor innsats, og vi har fått gode tilbakemeldingar.\n\n"
        f"Helsing\n{p.name}"),
        f"Tusen takk for hjelpa med {what}! 👏\n{p.first}",
    ])
    return _intern_draft(rng, world, tenant, p, email, rng.choice([f"Takk for innsatsen under {what}", "Takk!", "Tusen takk", f"Takk – {what}"]),
                         body, html=rng.random() < 0.6)


def make_intern_kalender(rng: random.Random, world: World) -> Draft:
    """Calendar invitation between employees, with an .ics file."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    received = world.received_date()
    d = _day(world, received, 3, 30)
    room = rng.choice(ROOMS)
    hour = rng.choice([9, 10, 12, 13, 14])
    meeting = rng.choice(["Fagmøte byggesak", "Planlegging av julebordet", "Medarbeidersamtaler – oppsett", "Gjennomgang av arkivplanen",
                          "Avdelingsmøte servicetorget", "Opplæring i nytt saksbehandlingssystem", "Kaffeprat med kommunedirektøren",
                          "Samling for nyansatte", "Teammøte økonomi", "Budsjettseminar for ledere", "Oppstart av kvalitetsprosjektet"])
    agenda = rng.sample(["Status for prosjektet", "Ny mal for møtereferat", "Julebordet", "Eventuelt", "Restanser", "Nytt fra ledergruppa",
                         "HMS-runde", "Kompetanseplan", "Bemanning i desember", "Erfaringer med ny telefonløsning"], 3)
    if lang == "nn":
        body = (f"Hei\n\nSet av {_long(d, 'nn')} kl. {hour}.00–{hour + 1}.00 til {meeting.lower()}. Vi er i {room}.\n\n"
                "Tema:\n" + "\n".join(f"- {a}" for a in agenda) + f"\n\nHelsing {p.first}")
    else:
        body = rng.choice([
            f"Hei!\n\nSender ut invitasjon til {meeting.lower()} {_long(d)} kl. {hour}.00 i {room}.\n\nVi går gjennom:\n"
            + "\n".join(f"- {a}" for a in agenda) + f"\n\nSi fra hvis du har flere punkter.\n{p.first}",
            f"{meeting}\n{room}\n\nSetter av en time til dette. Gi beskjed om tidspunktet ikke passer.\n\n{p.first}",
        ])
    if rng.random() < 0.08:
        body = ""
    atts = [AttachmentSpec("invite.ics", "ics", _ics(meeting, d, hour, 60, room, email))]
    subject = rng.choice([meeting, f"Invitasjon: {meeting}", f"{meeting} {_short(d, rng)}", f"Innkalling: {meeting}"])
    return _intern_draft(rng, world, tenant, p, email, subject, body, received=received, attachments=atts,
                         note="Internal meeting invitation with calendar file.")


def make_intern_praktisk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    room = rng.choice(ROOMS)
    v = rng.randrange(6)
    if v == 0:
        body = (f"Hei\n\nHDMI-kabelen og fjernkontrollen til skjermen i {room} er borte. Vi har videomøte der om en time, så den som "
                f"har lånt dem, må gjerne legge dem tilbake. Takk!\n\n{p.first}")
        subject = f"Kabel til skjermen i {room}?"
    elif v == 1:
        body = (f"Kjøleskapet på pauserommet blir tømt fredag kl. 14. Det som står igjen da blir kastet. Merk maten din!\n\n{p.first}"
                if lang == "nb" else f"Kjøleskapet på pauserommet vert tømt fredag kl. 14. Det som står att då, vert kasta.\n\n{p.first}")
        subject = "Rydding av kjøleskapet"
    elif v == 2:
        body = (f"Noen som har sett en {rng.choice(['svart lue', 'blå termokopp', 'nøkkelknippe med rød brikke', 'lesebrille i brunt etui', 'lader til Mac'])}? "
                f"Glemte den {rng.choice(['i ' + room, 'på kantina', 'i skranken'])} i går.\n\n{p.first}")
        subject = rng.choice(["Mistet", "Savnet", "Noen som har funnet ...?"])
    elif v == 3:
        body = (f"Hei\n\nSkriveren i 2. etasje er ute av drift. IKT er varslet. Bruk skriveren ved servicetorget i mellomtiden.\n\n"
                f"{_employee_sig(rng, p.first, p.name, tenant, lang, world)}")
        subject = "Skriveren i 2. etg virker ikke"
    elif v == 4:
        n = rng.randint(2, 6)
        body = (f"Hei\n\nVi har {n} ledige parkeringsplasser i kjelleren fra neste måned. Ta kontakt med meg innen fredag om du vil ha en. "
                f"Loddtrekning hvis mange melder seg.\n\nMvh\n{p.name}")
        subject = "Ledige parkeringsplasser"
    else:
        body = (f"Hei\n\nMinner om at det er brannøvelse {rng.choice(['i morgen', 'på torsdag', 'neste uke'])} en gang mellom 10 og 14. "
                f"Ikke ta med deg kaffekoppen ut 😉\n\nHMS-gruppa v/ {p.first}")
        subject = "Brannøvelse"
    if lang == "nn" and v == 0:
        body = (f"Hei\n\nHDMI-kabelen i {room} er borte att. Vi har videomøte der om ein time – kan den som tok han, leggje han attende? "
                f"Takk!\n\n{p.first}")
    elif lang == "nn" and v == 3:
        body = f"Hei\n\nSkrivaren i 2. etasje er ute av drift. IKT er varsla. Bruk skrivaren ved servicetorget i mellomtida.\n\nHelsing {p.first}"
    return _intern_draft(rng, world, tenant, p, email, subject, body)


def make_intern_sosialt(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    received = world.received_date()
    d = _day(world, received, 7, 60)
    ev = rng.choice(["julebord", "fellestur til Kvasstinden", "quiz på puben", "bowling", "sommerfest", "trappeløp for velferdsutvalget",
                     "sykle-til-jobben-aksjonen", "strikkeklubb i lunsjen"])
    if lang == "nn":
        body = (f"Hei!\n\nNo kan de melde dykk på {ev} {_long(d, 'nn')}. Vi treffest etter arbeidstid, og det blir mat til alle.\n\n"
                f"Send meg ei melding innan onsdag.\n\nHelsing {p.first}, på vegner av trivselsgruppa")
    else:
        body = rng.choice([
            (f"Hei kolleger!\n\nTrivselsgruppa arrangerer {ev} {_long(d)}. Oppmøte {rng.choice(['ved rådhuset kl. 18', 'ved bålplassen kl. 10', 'på Fjordstua kl. 19'])}.\n\n"
            f"Meld deg på til meg senest {_short(d - timedelta(days=5), rng)}. Det koster kr {rng.choice([0, 100, 200, 350])} per person.\n\n{p.first}\ntrivselsgruppa"),
            f"Påmeldingen til {ev} er åpen! Svar på denne e-posten med navn og eventuelle allergier.\n\n{p.first}",
            f"Hvem blir med på {ev} {_long(d)}? Vi trenger minst 10 for å få gruppepris. {p.first}",
        ])
    return _intern_draft(rng, world, tenant, p, email, rng.choice([f"{ev[0].upper() + ev[1:]} {_short(d, rng)}", f"Påmelding {ev}",
                                                                   f"Invitasjon: {ev}", ev.capitalize()]), body, received=received)


def make_intern_lunsj(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    cafe = rng.choice(["kafeen", "Fjordstua", "bakeriet", "kantina", "kaia", "Kaffebrenneriet"])
    t = rng.choice(["11.00", "11.15", "11.30", "11.45", "12"])
    body = rng.choice([
        f"Lunsj kl {t} i dag? Noen som blir med til {cafe}?",
        f"{p.first} her – jeg har bursdag og spanderer lunsj på {cafe} kl {t}. Alle i avdelingen er velkomne!",
        f"Hei! Noen som vil bestille {rng.choice(['pizza', 'sushi', 'kebab', 'smørbrød'])} til lunsj i dag? Jeg samler bestillinger til kl 10.30.\n{p.first}",
        f"Det er {rng.choice(['suppe', 'smørbrød', 'kake', 'pizza'])} igjen etter {rng.choice(['kurset', 'møtet', 'formannskapet'])} i {rng.choice(ROOMS)} – forsyn dere!",
        f"Eg går til kantina no, nokon som blir med?\n{p.first}" if lang == "nn" else f"Går ned til kantina nå, noen som blir med?\n{p.first}",
        f"Husk felleslunsj for avdelingen på fredag kl. 11.30! Vi spleiser, kr {rng.choice([50, 80, 100])} på Vipps til meg.\n\n{p.name}",
    ])
    if lang == "nn" and rng.random() < 0.6:
        body = rng.choice([f"Lunsj kl {t} i dag? Nokon som blir med til {cafe}?",
                           f"Hugs felleslunsj for avdelinga på fredag kl. 11.30! Vi spleisar, Vipps til meg.\n\n{p.first}",
                           f"Det er att {rng.choice(['suppe', 'smørbrød', 'kake'])} etter møtet i {rng.choice(ROOMS)} – forsyn dykk!"])
    return _intern_draft(rng, world, tenant, p, email, rng.choice(["Lunsj?", "Lunsj", "Felleslunsj fredag", "Mat!", "Lunsj i dag",
                                                                   f"Lunsj kl {t}", f"Lunsj på {cafe}?", "Rester", "Sulten?"]),
                         body, style=rng.choice(["iphone", "outlook", None]))


def make_intern_ferie(rng: random.Random, world: World) -> Draft:
    """Holiday lists, duty rosters and other coordination between colleagues."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p, email = world.employee(tenant)
    names = [world.person().first for _ in range(3)]
    body = rng.choice([
        (f"Hei\n\nFerielisten for jul og nyttår ligger nå i Teams-kanalen. Fyll inn innen {rng.choice(['fredag', 'neste uke', '1. november'])}, "
        f"så vi sikrer at postmottaket er bemannet alle dager.\n\n{p.first}"),
        (f"Hei alle\n\nVaktliste for skranken neste uke:\nMandag: {names[0]}\nTirsdag: {names[1]}\nOnsdag: {names[2]}\nTorsdag: {p.first}\n"
        f"Fredag: ledig – noen som kan ta den?\n\nMvh {p.first}"),
        f"Hei\n\nJeg har byttet vakt med {names[0]} på fredag, så det er {names[0]} som har postmottaket da. Bare så dere vet det.\n\n{p.first}",
        f"Hei\n\nEg har ferie veke {rng.randint(40, 52)}. {names[0]} tek over oppgåvene mine i postmottaket.\n\n{p.first}",
    ])
    if lang == "nn" and rng.random() < 0.5:
        body = rng.choice([
            (f"Hei\n\nFerielista for jul og nyttår ligg no i Teams-kanalen. Fyll inn innan fredag, så vi sikrar at postmottaket er "
            f"bemanna alle dagar.\n\nHelsing {p.first}"),
            (f"Hei alle\n\nVaktliste for skranken neste veke:\nMåndag: {names[0]}\nTysdag: {names[1]}\nOnsdag: {names[2]}\n"
            f"Torsdag: {p.first}\nFredag: ledig – kan nokon ta den?\n\nHelsing {p.first}"),
        ])
    return _intern_draft(rng, world, tenant, p, email, rng.choice(["Ferieliste jul", "Vaktliste skranken", "Bytte av vakt", "Ferie",
                                                                   "Bemanning postmottaket", f"Vakt veke {rng.randint(38, 50)}",
                                                                   f"Vaktliste uke {rng.randint(38, 50)}", "Ferieavvikling",
                                                                   f"Fravær {names[0]}"]), body)


# =====================================================================================
# privat
# =====================================================================================

def _privat(rng: random.Random, world: World, tenant: str, p, subject: str, body: str, **kw) -> Draft:
    email = kw.pop("email", None) or world.private_email(p)
    return _draft(tenant, p.name, email, subject, _casual(rng, body, 0.45), "privat", _avs(p.name, email), world.received_date(),
                  style=kw.pop("style", rng.choice(["iphone", "android", "gmail", "webmail", None])),
                  note=kw.pop("note", "Private mail sent to the shared mailbox by mistake."), **kw)


def make_privat_invitasjon(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p = world.person()
    to = world.person()
    child, guest = world.person().first, world.person().first
    d = _day(world, world.received_date(), 4, 30)
    adr = world.street()
    v = rng.randrange(6)
    if v == 0:
        body = (f"Hallo {to.first}!\n\n{child} fyller {rng.randint(5, 11)} år, og {guest} er hjertelig velkommen i selskap {_long(d)} "
                f"kl 16–18 i {adr}. Vi blir ute og griller pølser, så kle dere etter været.\n\nSvar meg på SMS 😊\n\nHilsen {p.first}")
        subject = f"Invitasjon til {child}s bursdag 🎈"
    elif v == 1:
        body = (f"Kjære {to.first}\n\nVi gifter oss! Sett av {_long(d, weekday=False)} {d.year + rng.choice([0, 1])}. Vielsen blir i "
                f"{rng.choice(['kyrkja', 'kirken', 'hagen til mor og far'])}, og festen etterpå på {rng.choice(['grendahuset', 'hotellet', 'låven'])}.\n\n"
                f"Formell invitasjon kommer, men vi ville si fra tidlig.\n\nKlem {p.first} og {world.person().first}")
        subject = "Save the date 💍"
    elif v == 2:
        body = (f"Hei {to.first}\n\nDet blir konfirmasjonsfeiring for {child} {_long(d)} kl 14 i {adr}. Håper dere kan komme! "
                f"Svar innen {_short(d - timedelta(days=10), rng)}.\n\nHilsen {p.first}")
        subject = f"Konfirmasjon {child}"
    elif v == 4:
        body = (f"Hei {to.first}!\n\nNo er det 25 år sidan vi gjekk ut frå vidaregåande, og vi planlegg klassefest {_long(d, 'nn')} på "
                f"{rng.choice(['Fjordstova', 'grendahuset', 'hotellet'])}. Kan du spreie ordet til dei andre frå klassen?\n\nHelsing {p.first}")
        subject = rng.choice(["Klassefest!", "25-årsjubileum", "Russekullet – treff"])
    elif v == 5:
        body = (f"Hi {to.first}!\n\nWe're having a small housewarming party {_long(d, 'en')} from 7 pm at {adr}. "
                f"Bring your partner – and your appetite! Let me know if you can make it.\n\n{p.first}")
        subject = rng.choice(["Housewarming 🏡", "Party on Saturday?", "Invitation"])
    else:
        body = (f"Hei jenter!\n\nJentetur til {rng.choice(['Bergen', 'København', 'hytta på Voss', 'Ålesund'])} {_long(d, weekday=False)}? "
                f"Jeg har sjekket fly og det er billig nå. Si fra så booker jeg!\n\n{p.first}") if lang == "nb" else (
                f"Hei alle!\n\nVi skal ha {rng.choice(['hyttetur', 'grillfest', 'klassefest'])} {_long(d, 'nn')}. Blir du med? Gje lyd!\n\n{p.first}")
        subject = rng.choice(["Tur?", "Helgetur", "Fest!", "Blir du med?"])
    return _privat(rng, world, tenant, p, subject, body, note="Private invitation sent to postmottak by mistake.")


def make_privat_familie(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.08)
    p = world.person()
    to = world.person().first
    kid = world.person().first
    v = rng.randrange(6)
    if lang == "en":
        body = rng.choice([(f"Hi {to}!\n\nJust landed in {rng.choice(['Manchester', 'Gdansk', 'Toronto'])}, all good. Say hi to the kids from grandma. "
                           f"Will call you on Sunday.\n\nLove, {p.first}"),
                           f"Hey {to}, did you get the photos from the wedding? I sent them to your work address, hope that's ok!\n{p.first}"])
        subject = rng.choice(["Hi!", "Photos", "Landed"])
    elif v == 0:
        body = (f"Hei {to}!\n\nHusk at {rng.choice(['farmor', 'bestemor', 'onkel Per', 'tante Gro'])} har {rng.choice(['70-årsdag', 'bursdag', 'navnedag'])} på lørdag. "
                f"Vi spleiser på en {rng.choice(['blomsterbukett', 'middag på hotellet', 'reise'])}, kan du vippse meg 300 kr?\n\nKlem {p.first}")
        subject = rng.choice(["Lørdag", "Spleis", "Gave"])
    elif v == 1:
        body = f"Hei! Kan du hente {kid} på trening i dag? Jeg blir sittende fast på jobb til 17.\n{p.first}"
        subject = "Henting i dag"
    elif v == 2:
        body = (f"Hei {to}\n\nNå har jeg prøvd å ringe tre ganger 🙈 Skal vi gå {rng.choice(['på kino', 'tur rundt vatnet', 'på konserten', 'på trening'])} "
                f"torsdag? Jeg kan hente deg halv sju.\n\nKlem {p.first}")
        subject = rng.choice(["Torsdag?", "Blir du med?", "Ring meg!"])
    elif v == 3:
        body = (f"hei {to.lower()}, mormor er innlagt for observasjon etter et fall men det går bra med henne. ring meg når du har tid\n{p.first}")
        subject = "Mormor"
    elif v == 4:
        body = (f"Hei søs!\n\nHar du fortsatt oppskrifta på {rng.choice(['lefsene', 'fiskekakene', 'krumkakene', 'eplekaka'])} til mamma? "
                f"Eg finn ho ikkje. Send gjerne bilete av ho.\n\n{p.first}" if lang == "nn" else
                f"Hei søs!\n\nHar du fortsatt oppskriften på {rng.choice(['lefsene', 'fiskekakene', 'krumkakene', 'eplekaken'])} til mamma? "
                f"Jeg finner den ikke. Send gjerne et bilde av den.\n\n{p.first}")
        subject = "Oppskrift"
    else:
        body = f"Hei {to}, glemte du nøklene hjemme i dag? De ligger på kjøkkenbenken. {p.first}"
        subject = rng.choice(["Nøkler", "Glemt noe?", "!!"])
    note = ("Private family message to an employee sent to the shared mailbox; mentions health but is not a helse_omsorg enquiry."
            if "innlagt" in body else "Private message to an employee sent to the shared mailbox.")
    return _privat(rng, world, tenant, p, subject, body, note=note)


def make_privat_salg(rng: random.Random, world: World) -> Draft:
    """Buying or selling on a classifieds site; the kommune address was used by mistake."""
    tenant = pick_tenant(rng)
    p = world.person()
    item = rng.choice(["sofa", "barnevogn", "sykkel", "vinterdekk 205/55 R16", "spisebord med seks stoler", "snøfreser", "båtmotor 15 hk",
                       "sofa i grå velur", "gamle lp-plater", "hyttegarderobe", "robotklipper", "skiutstyr til barn"])
    price = rng.choice([300, 500, 800, 1200, 1500, 2500, 4000, 6500])
    body = rng.choice([
        f"Hei! Er {item} fortsatt til salgs? Kan hente i morgen etter jobb. Går {int(price * 0.8)} greit?\n\nMvh {p.first}",
        f"Hei\n\nTakk for at du kjøpte {item}. Du kan hente den i {world.street()} lørdag mellom 10 og 14. Vipps {price} kr til {world.phone()}.\n\n{p.name}",
        f"Hei, jeg så annonsen din på finn om {item}. Har den noen skader? Kan du sende flere bilder?\n{p.first}",
        f"Hei. Jeg har fortsatt ikke fått pengene for {item} som du hentet forrige uke. Kan du vippse {price} kr i dag?\n{p.first}",
        f"Selges: {item}, lite brukt. Kr {price}. Ring {world.phone()} ved interesse.",
        f"Hei! Er {item} framleis til sals? Eg kan hente i morgon etter jobb. Går det greitt med {int(price * 0.8)}?\n\nHelsing {p.first}",
        f"Hei, eg såg annonsen din om {item}. Er det nokre skadar på den? Kan du sende fleire bilete?\n{p.first}",
    ])
    return _privat(rng, world, tenant, p, rng.choice([f"{item.capitalize()}", f"Ang. annonse: {item}", f"Finn-annonse {item}", "Salg", f"Re: {item}"]),
                   body, note="Private classifieds mail to the shared mailbox by mistake.")


def make_privat_forening(rng: random.Random, world: World) -> Draft:
    """Private club/team messages among friends (choir, football team dugnad), not a tilskudd matter."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    p = world.person()
    group = rng.choice(["koret", "G12-laget", "bridgeklubben", "bokklubben", "løpegruppa", "korpset", "foreldregruppa i 3B"])
    d = _day(world, world.received_date(), 1, 14)
    body = rng.choice([
        (f"Hei alle i {group}!\n\nPåminnelse om {rng.choice(['øving', 'dugnad', 'møte', 'kakesalg'])} {_long(d)} kl 18. "
        f"Husk å ta med {rng.choice(['noter', 'hansker og rive', 'kake', 'bøkene'])}.\n\nHilsen {p.first}"),
        f"Hei\n\nNeste gang i {group} er hos meg {_long(d)}. Jeg lager suppe. Gi beskjed om du ikke kommer.\n{p.first}",
        (f"Hei alle\n\nKontingenten for {group} er {rng.choice([200, 300, 450])} kr for høsten. Vipps til {world.phone()} innen "
         f"{_short(d, rng)}. Husk å skrive navnet ditt i meldingen!\n\n{p.first}, kasserer"),
        (f"Hei!\n\nTakk for en fin kveld i går 😊 Neste gang blir {_long(d)}. {world.person().first} har tilbudt seg å være vert. "
         f"Ta med noe godt til kaffen.\n\nHilsen {p.first}"),
        f"Hei alle saman\n\nMinner om {rng.choice(['øving', 'dugnad', 'samling'])} i {group} {_long(d, 'nn')}. Vel møtt!\n{p.first}" if lang == "nn"
        else f"Hei! Noen som kan kjøre til bortekampen {_long(d)}? Vi mangler to sjåfører. {p.first}",
    ])
    return _privat(rng, world, tenant, p, rng.choice([f"{group.capitalize()} {_short(d, rng)}", "Påminnelse", "Neste gang", "Kjøring"]),
                   body)


def make_privat_feilsendt_jobb(rng: random.Random, world: World) -> Draft:
    """Private matter between a citizen and an employee the citizen knows personally (not an enquiry to the kommune)."""
    tenant = pick_tenant(rng)
    p = world.person()
    emp = world.person()
    body = rng.choice([
        f"Hei {emp.first}!\n\nTakk for sist! Her er bildene fra hytteturen. Det var så koselig.\n\nKlem {p.first}",
        f"Hei {emp.first}, har du lyst å ta en kaffe på lørdag? Jeg er i byen uansett. {p.first}",
        (f"Hei {emp.first}\n\nJeg prøvde å sende til privatadressen din, men fikk feilmelding. Minner om at du skal ha med salat til "
        f"grillfesten på fredag 😊\n\n{p.first}"),
        f"Hei {emp.first}! Gratulerer så mye med dagen! 🎉🎂 Håper du får en fin dag. Klem fra {p.first} og gjengen",
    ])
    atts = [AttachmentSpec(f"IMG_{_num(rng, 4)}.jpg", "image")] if "bildene" in body else []
    return _privat(rng, world, tenant, p, rng.choice(["Takk for sist", "Kaffe?", "Grillfest", "Gratulerer!", f"Til {emp.first}"]),
                   body, attachments=atts)


def make_spam_videresendt(rng: random.Random, world: World) -> Draft:
    """An employee forwards a suspicious mail to postmottak; the avsender is the original (fraudulent) sender."""
    inner = rng.choice([make_spam_altinn_idporten, make_spam_bank, make_spam_leverandor_svindel, make_spam_katalog])(rng, world)
    p, email = world.employee(inner.tenant)
    lang = _lang(rng, inner.tenant)
    note = rng.choice([
        "Fikk denne i dag. Ser ut som svindel? Sender til dere så dere kan se på den.",
        "Hei, denne kom til meg. Er dette noe vi skal betale?",
        "Er dette ekte? Vi har ikke bestilt noe slikt.",
        "Videresender til postmottaket – virker mistenkelig. Ikke klikk på lenken!",
        "Hei, eg fekk denne. Er det svindel?" if lang == "nn" else "FYI – tror dette er phishing.",
    ])
    inner.forwarded = EarlierMessage(inner.sender_name, inner.sender_email, inner.subject, inner.body)
    inner.body = f"{note}\n\n{_employee_sig(rng, p.first, p.name, inner.tenant, lang, world)}".rstrip()
    inner.subject = rng.choice(["VS: ", "Fwd: ", "FW: "]) + inner.subject
    inner.sender_name, inner.sender_email = p.name, email
    inner.note = "Suspicious mail forwarded by an employee; avsender is the original sender."
    inner.html = None
    return inner



# =====================================================================================
# more scenarios (second round)
# =====================================================================================

def make_spam_dokumentdeling(rng: random.Random, world: World) -> Draft:
    """Fake document-sharing and e-signature notices (DocuSign, WeTransfer, Dropbox look-alikes)."""
    tenant = pick_tenant(rng)
    brand = rng.choice(["DocuSign", "WeTransfer", "Dropbox", "Adobe Sign", "Secure Message", "Egnyte"])
    dom = rng.choice([f"{_slug(brand).replace(' ', '')}-mail.net", f"share-{_slug(brand).replace(' ', '')}.com",
                      "docs-view.online", "secure-files-portal.com", "filedrop-no.info"])
    email = rng.choice(["dse", "noreply", "notification", "share"]) + "@" + dom
    who = world.firm(rng.choice(["advokat", "regnskap", "entreprenør", "eiendom"]))
    person = world.person().name
    link = f"https://{dom}/{rng.choice(['s', 'view', 'doc', 'd'])}/{_token(rng, 14)}"
    doc = rng.choice(["Kontrakt_signering.pdf", "Betalingsoversikt Q3.pdf", f"Sluttoppgjør {kommune_name(tenant)}.pdf",
                      "Tilbud rammeavtale – signert.pdf", "Endringsordre 14.pdf", "Lønnsslipp_september.pdf",
                      "Kjøpekontrakt eiendom.pdf", "Klage på vedtak.pdf"])
    v = rng.randrange(4)
    if v == 0:
        body = (f"{person} ({who.name}) har sendt deg et dokument til signering.\n\n{doc}\n\n"
                f"GJENNOMGÅ DOKUMENT\n{link}\n\nMelding fra avsender: «Vennligst signer innen fredag.»\n\n"
                f"Ikke del denne e-posten. Lenken er personlig.\n\nPowered by {brand}")
        subjects = [f"Fullfør med {brand}: {doc}", f"{person} har sendt deg et dokument", "Dokument klart for signering"]
    elif v == 1:
        body = (f"{rng.randint(2, 7)} filer sendt til {_postmottak(tenant)}\n\n{doc}\n{rng.choice(['Tegninger.zip', 'Vedlegg_2.pdf', 'Bilder.zip'])}\n\n"
                f"Last ned: {link}\n\nFilene slettes om {rng.choice([2, 3, 7])} dager.\n\n{brand}")
        subjects = [f"{person} sendte deg filer via {brand}", "Du har mottatt filer", f"Filer fra {who.name}"]
    elif v == 2:
        body = (f"Hei,\n\nDu har mottatt en sikker melding fra {who.name}. Av sikkerhetshensyn må du logge inn med e-postadressen og "
                f"passordet ditt for å lese den.\n\nLes sikker melding: {link}\n\nMeldingen utløper {_short(_day(world, world.received_date(), 1, 4), rng)}.")
        subjects = ["Sikker melding mottatt", f"Kryptert melding fra {who.name}", "Du har en ny sikker melding"]
    else:
        body = (f"Hello,\n\n{person} shared \"{doc}\" with you.\n\nOpen document: {link}\n\nThis link will expire in 24 hours.\n\n"
                f"{brand} – secure file sharing")
        subjects = [f"{person} shared a document with you", f"Document shared: {doc}"]
    return _draft(tenant, brand, email, rng.choice(subjects), body, "spam", _avs(brand, email), world.received_date(),
                  html=rng.random() < 0.8, note="Credential phishing disguised as a document-sharing notice.")


def make_faktura_annonse_og_kommune(rng: random.Random, world: World) -> Draft:
    """Invoices whose subject matter is in-scope work: a newspaper notice of a plan, a neighbouring kommune's
    guest-pupil or kindergarten charge, a surveyor's fee.  Hard negatives for plansak, skole and barnehage."""
    tenant = pick_tenant(rng)
    received = world.received_date()
    d = date.fromisoformat(received)
    inv = _num(rng, 6)
    v = rng.randrange(4)
    if v == 0:
        paper = rng.choice(["Fjordingen", "Kystposten", "Sunnmørsposten", "Firda", "Vestlandsnytt", "Øyavis"])
        dom = _slug(paper) + ".no"
        name, email, orgnr = f"{paper} AS", f"annonse@{dom}", world.orgnr()
        what = rng.choice([f"Kunngjøring: varsel om oppstart av detaljregulering for {rng.choice(VILLAGES[tenant])}",
                           "Kunngjøring: offentlig ettersyn av kommuneplanens arealdel",
                           f"Stillingsannonse: {rng.choice(JOBS)}", "Kunngjøring: vedtatt reguleringsplan",
                           "Annonse: søknadsfrist for kulturmidler"])
        body = (f"Hei\n\nVedlagt faktura {inv} for annonse i {paper} {_short(d - timedelta(days=rng.randint(3, 14)), rng)}.\n\n"
                f"Annonse: {what}\nStørrelse: 2 sp x {rng.randint(60, 150)} mm\nBeløp: kr {_amount(rng, 2000, 14000)} eks. mva\n\n"
                f"Med vennlig hilsen\nAnnonseavdelingen\n{paper} AS, {_orgnr_text(rng, orgnr)}")
        subject = rng.choice([f"Faktura {inv} – annonse {paper}", f"Faktura annonse: {what}", f"Faktura {inv}"])
    elif v == 1:
        other = rng.choice(["Indre Vik kommune", "Storvik kommune", "Bremnes kommune", "Vikøy kommune", "Sandnes kommune"])
        dom = _slug(other.split()[0]) + ".kommune.no"
        name, email, orgnr = other, f"faktura@{dom}", world.orgnr()
        what = rng.choice(["refusjon gjesteelev, 1. halvår", "barnehageplass for barn bosatt i deres kommune, august–desember",
                           "kjøp av plass i skolefritidsordning", "andel av felles PP-tjeneste", "interkommunalt legevaktsamarbeid, 3. kvartal"])
        body = (f"Hei\n\nVedlagt følger faktura {inv} fra {other} for {what}, jf. avtale mellom kommunene.\n\n"
                f"Beløp: kr {_amount(rng, 20000, 480000)}\nForfall: {_short(d + timedelta(days=30), rng)}\n\n"
                f"Spørsmål om fakturaen kan rettes til økonomiavdelingen.\n\nMed hilsen\n{other}\n{_orgnr_text(rng, orgnr)}")
        subject = rng.choice([f"Faktura {inv} – {what}", f"Faktura fra {other}", f"Refusjonskrav – {what}"])
    elif v == 2:
        firm = world.firm("oppmåling")
        name, email, orgnr = firm.name, f"post@{firm.domain}", firm.orgnr
        prop = world.property()
        body = (f"Hei,\n\nHer kommer faktura for oppmåling og kartforretning på gnr. {prop.gnr} bnr. {prop.bnr}, {prop.address}, utført for "
                f"kommunen som grunneier.\n\nFakturanr: {inv}\nBeløp: kr {_amount(rng, 9000, 60000)} inkl. mva\n\n"
                f"Mvh\n{world.person().name}\n{firm.name}\n{_orgnr_text(rng, orgnr)}")
        subject = rng.choice([f"Faktura oppmåling {prop.gnr}/{prop.bnr}", f"Faktura {inv} – kartforretning", f"Faktura {inv}"])
    else:
        firm = world.firm(rng.choice(["konsult", "advokat"]))
        name, email, orgnr = firm.name, f"regnskap@{firm.domain}", firm.orgnr
        what = rng.choice(["bistand i klagesak om byggetillatelse", "juridisk vurdering av innsynskrav", "utarbeidelse av høringsuttalelse",
                           "bistand i anskaffelse av skoleskyss", "rådgivning om eiendomsskatt"])
        body = (f"Hei\n\nVi oversender faktura {inv} for {what}, {rng.randint(3, 40)} timer à kr {rng.choice([1450, 1750, 2100, 2600])}.\n"
                f"Timeliste følger vedlagt.\n\nMed vennlig hilsen\n{firm.name}\n{_orgnr_text(rng, orgnr)}")
        subject = rng.choice([f"Faktura {inv}", f"Faktura – {what}", f"Timeliste og faktura {MONTHS['nb'][d.month - 1]}"])
    return _draft(tenant, name, email, subject, body, "faktura", _avs(name, email, orgnr), received,
                  attachments=[AttachmentSpec(f"Faktura_{inv}.pdf", "pdf", f"FAKTURA {inv}\n{name}\n{_orgnr_text(rng, orgnr)}")],
                  note="Invoice about in-scope work (plan notice, guest pupil, survey): faktura, not the matter itself.")


def make_systemvarsel_karantene(rng: random.Random, world: World) -> Draft:
    """Spam-quarantine digests and mailbox-quota warnings; the digest lists in-scope subjects."""
    tenant = pick_tenant(rng)
    box = _postmottak(tenant)
    received = world.received_date()
    d = date.fromisoformat(received)
    v = rng.randrange(3)
    if v == 0:
        name, email = rng.choice([("Microsoft Defender", "quarantine@messaging.microsoft.com"), ("Spamfilter", f"spamfilter@{_kdomain(tenant)}"),
                                  ("E-postsikkerhet", f"noreply-security@{_kdomain(tenant)}")])
        subjects = [_outgoing_subject(rng, world, tenant, case_p=0.0)[0] for _ in range(rng.randint(2, 4))] + [
            rng.choice(["Din pakke venter", "Invoice overdue", "Gevinst!", "Bekreft kontoen din"])]
        rng.shuffle(subjects)
        day = f"{d.day:02d}.{d.month:02d}.{d.year}"
        rows = "\n".join(f"{day} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  {world.private_email(world.person())}  {s}"
                         for s in subjects)
        body = (f"Karanteneoversikt for {box}\n\nFølgende {len(subjects)} meldinger er holdt tilbake siden forrige rapport:\n\n{rows}\n\n"
                "Gå gjennom meldingene i karanteneportalen og frigi dem som er legitime. Meldinger slettes etter 30 dager.")
        subject = rng.choice([f"Karantene: {len(subjects)} nye meldinger", "Oversikt over meldinger i karantene", "Spam-rapport"])
    elif v == 1:
        name, email = "Microsoft Exchange", f"MicrosoftExchange{_token(rng, 32)}@{_kdomain(tenant)}"
        pct = rng.choice([90, 95, 98])
        body = (f"Postboksen {box} er {pct} % full.\n\nNår postboksen er full, kan den ikke lenger ta imot meldinger. Slett eller arkiver "
                "eldre elementer, eller kontakt IKT for å øke kvoten.\n\nDette er en automatisk melding.")
        subject = "Postboksen er nesten full"
    else:
        name, email = "Rombestilling", f"rom@{_kdomain(tenant)}"
        room = rng.choice(ROOMS)
        when = _day(world, received, 1, 10)
        who = world.person().name
        body = (f"Bestillingen din er {rng.choice(['bekreftet', 'avvist', 'endret'])}.\n\nRom: {room}\nTid: {_long(when)} kl. "
                f"{rng.randint(8, 14)}:00–{rng.randint(15, 16)}:00\nBestilt av: {who}\nFormål: {rng.choice(['Planforum', 'Byggesaksmøte', 'Intervju', 'Opplæring'])}\n\n"
                "Denne meldingen er generert automatisk av rombestillingssystemet.")
        subject = f"Rombestilling: {room} {_short(when, rng)}"
    return _draft(tenant, name, email, subject, body, "systemvarsel", _avs(name, email), received, style="system",
                  note="System digest listing subjects of other mail; not a case document.")


def make_privat_venner(rng: random.Random, world: World) -> Draft:
    """Practical notes between friends and neighbours that land in the shared mailbox by mistake."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.1)
    p = world.person()
    to = world.person().first
    if lang == "en":
        body = rng.choice([
            f"Hi {to}, thanks for looking after the dog last weekend! We brought you some chocolate from Poland, will drop it by tomorrow.\n{p.first}",
            f"Hey {to}! Are you still up for the football match on Saturday? I can pick you up at 5.\n{p.first}",
        ])
        subject = rng.choice(["Thanks!", "Saturday", "Hi"])
    elif lang == "nn":
        body = rng.choice([
            f"Hei {to}!\n\nKan eg låne tilhengaren din på laurdag? Skal køyre ved frå hytta. Får du han att søndag kveld.\n\n{p.first}",
            f"Hei!\n\nTusen takk for sist, det var kjekt å sjåast. Eg sender bileta når eg har fått dei over frå telefonen.\n\nHelsing {p.first}",
            f"Hei {to}, har du tid til ein kaffi ein dag neste veke? Eg er i sentrum tysdag og torsdag.\n{p.first}",
        ])
        subject = rng.choice(["Tilhengar", "Takk for sist", "Kaffi?", "Hei"])
    else:
        body = rng.choice([
            f"Hei {to}!\n\nKan jeg låne tilhengeren din på lørdag? Skal kjøre hageavfall. Du får den tilbake søndag.\n\n{p.first}",
            f"Hei! Takk for at du passet {rng.choice(['hunden', 'katten', 'ungene'])} i helgen. Vi har med litt godis til deg.\n{p.first}",
            (f"Hei {to}\n\nFikk ikke sendt til Messenger, så prøver her. Blir det {rng.choice(['padel', 'tur', 'trening'])} i kveld? "
            f"Jeg kan kjøre.\n\n{p.first}"),
            (f"Hei {to}, leien for {MONTHS['nb'][date.fromisoformat(world.received_date()).month - 1]} er overført. "
            f"Vaskemaskinen lekker litt igjen, kan du se på den når du er innom?\nHilsen {p.first}"),
            f"hei {to.lower()} har du fortsatt nummeret til den snekkeren du brukte? vi skal pusse opp badet\n{p.first}",
        ])
        subject = rng.choice(["Tilhenger", "Takk!", "I kveld?", "Leie", "Snekker?", "Hei"])
    return _privat(rng, world, tenant, p, subject, body, note="Private message between friends sent to the shared mailbox by mistake.")


def make_autosvar_firma_kvittering(rng: random.Random, world: World) -> Draft:
    """'Thanks for your e-mail, we answer within ...' from firms' shared mailboxes."""
    tenant = pick_tenant(rng)
    firm = world.firm()
    email = rng.choice([f"post@{firm.domain}", f"firmapost@{firm.domain}", f"kundeservice@{firm.domain}", f"info@{firm.domain}"])
    lang = _lang(rng, tenant, en=0.1)
    subj, _ = _outgoing_subject(rng, world, tenant, case_p=0.2)
    hours = rng.choice(["24 timer", "to virkedager", "48 timer", "tre arbeidsdager"])
    if lang == "en":
        body = rng.choice([
            f"Thank you for contacting {firm.name}. We have received your e-mail and will respond within two business days.\n\nThis is an automated reply.",
            (f"Hi,\n\nThanks for your message – it has reached our team and a ticket has been created. We usually reply within 24 hours "
            f"on weekdays.\n\nPlease do not reply to this automatic message.\n\n{firm.name}"),
        ])
    elif lang == "nn":
        body = (f"Takk for e-posten til {firm.name}. Vi har motteke meldinga di og svarar innan {hours.replace('virkedager', 'yrkedagar')}.\n\n"
                "Dette er eit automatisk svar.")
    else:
        body = rng.choice([
            f"Takk for din e-post til {firm.name}. Vi har mottatt meldingen og svarer normalt innen {hours}.\n\nDette er et automatisk svar.",
            (f"Hei!\n\nVi har fått e-posten din. Kontoret er {rng.choice(['stengt i fellesferien', 'betjent mandag–fredag 08–16', 'stengt fredag'])}, "
            f"men vi svarer så fort vi kan.\n\nMed vennlig hilsen\n{firm.name}\n{world.phone()}"),
            f"Denne e-postadressen er ikke betjent. Ta kontakt med din kontaktperson i {firm.name} eller ring oss på {world.phone()}.",
        ])
    return _draft(tenant, firm.name, email, rng.choice(["Automatisk svar: ", "Autosvar: ", "Re: ", "Mottatt: "]) + subj, body, "autosvar",
                  _avs(firm.name, email), world.received_date(),
                  extra_headers={"Auto-Submitted": "auto-replied"} if rng.random() < 0.5 else {},
                  note="Automatic receipt from a firm's shared mailbox.")

SERVICE_PITCHES = [
    # (trade, subject, text) – first-person sales prose; {kommune}, {seller}, {firm}, {n}, {place}
    ("konsult", "Kapasitet til byggesaksbehandling i høst",
     ("Hei!\n\nMange kommuner sliter med restanser i byggesaksbehandlingen etter sommeren. Vi i {firm} har {n} erfarne "
     "saksbehandlere som kan ta enkeltsaker eller hele porteføljer, enten på stedet eller digitalt. Vi har jobbet med "
     "dispensasjoner, ulovlighetsoppfølging og ferdigattester for over 30 kommuner.\n\nPasser det med en prat neste uke?\n\n"
     "Med vennlig hilsen\n{seller}\n{firm}")),
    ("konsult", "Vikarer til helse og omsorg",
     ("Hei {kommune}\n\nTrenger dere sykepleiere eller helsefagarbeidere i høst og jul? Vi har ledige vikarer med norsk autorisasjon "
     "som kan starte på kort varsel, også for lengre oppdrag. Alle er referansesjekket og har politiattest.\n\nSend oss en "
     "forespørsel, så får dere forslag til kandidater innen 48 timer.\n\nVennlig hilsen\n{seller}\nKundeansvarlig offentlig sektor\n{firm}")),
    ("eiendom", "Julebord og seminar – ledige datoer",
     ("Hei!\n\nPlanlegger dere julebord, kommunestyreseminar eller fagdag? Vi har fortsatt noen ledige datoer i november og desember. "
     "Dagpakke fra kr {n}95 per person, inkludert lunsj og møterom med skjerm.\n\nSvar på denne e-posten, så sender jeg et tilbud.\n\n"
     "Hilsen {seller}\nSalg og konferanse, {firm}")),
    ("landskap", "Dronekartlegging til plan- og byggesaker",
     ("Hei,\n\nVi tilbyr dronekartlegging og 3D-modeller til reguleringsplaner, byggesaker og VA-prosjekter. Leveransen kommer "
     "i formater som kan brukes direkte i kartløsningen deres, og vi har gjort oppdrag for flere kommuner på Vestlandet.\n\n"
     "Se eksempler på nettsiden vår, eller ring meg for en uforpliktende prat.\n\n{seller}\n{firm}")),
    ("konsult", "Tolketjenester og oversettelse for kommunen",
     ("Hei,\n\nVi leverer tolketjenester på over 60 språk, både fremmøte, telefon og video. Nå tilbyr vi også oversettelse av "
     "vedtaksbrev og informasjon til innbyggere innen {n} virkedager.\n\nKommuner får rabatt ved rammeavtale. Ta kontakt for priser.\n\n"
     "Vennlig hilsen\n{seller}\n{firm}")),
    ("advokat", "Nytt oppslagsverk: plan- og bygningsloven med kommentarer",
     ("Kjære kunde\n\nNy utgave av kommentarutgaven til plan- og bygningsloven er klar – oppdatert med endringene fra i år og "
     "over 200 nye avgjørelser fra Sivilombudet og domstolene.\n\nBestill før {date} og få 25 % rabatt, eller prøv den digitale "
     "utgaven gratis i 30 dager.\n\nMed vennlig hilsen\n{firm}")),
    ("it", "Digitale skjema for kommunen – gratis prøveperiode",
     ("Hei,\n\nJeg ser at {kommune} fortsatt bruker PDF-skjema for flere søknader på nettsiden. Med vår løsning kan innbyggerne "
     "sende søknader om alt fra skoleskyss til kulturmidler digitalt, og alt havner rett i sak/arkiv.\n\n"
     "Vi tilbyr tre måneder gratis prøveperiode for kommuner under 10 000 innbyggere.\n\nMvh\n{seller}\n{firm}")),
    ("bygg", "Modulbygg til skole og barnehage – levering før jul",
     ("Hei\n\nTrenger dere midlertidige lokaler til skole eller barnehage? Vi har ledige modulbygg som kan leveres og monteres "
     "på {n} uker, ferdig godkjent etter TEK17. Leie eller kjøp.\n\nSe vedlagt brosjyre.\n\nMed vennlig hilsen\n{seller}\n{firm}")),
    ("transport", "Ledig kapasitet: skoleskyss og turkjøring",
     ("Hei,\n\nVi har fått nye busser og har ledig kapasitet på skoleskyss, turkjøring og transport til arrangementer fra januar. "
     "Ta gjerne kontakt før neste anbudsrunde, så kan vi fortelle mer om hva vi kan tilby.\n\nHilsen\n{seller}\n{firm}")),
    ("regnskap", "Kurs i årsoppgjør for kommunale foretak",
     ("Hei!\n\nVi har ledige plasser på kurset i årsoppgjør og merverdiavgiftskompensasjon for kommuner og kommunale foretak "
     "{date}. Kurset gir {n} timer etterutdanning.\n\nMeld på deg og kollegene dine på nettsiden vår.\n\nVennlig hilsen\n{firm}")),
]


def make_nyhetsbrev_tjenestetilbud(rng: random.Random, world: World) -> Draft:
    """Unsolicited service offers written as personal prose (consultants, staffing, venues, publishers)."""
    tenant = pick_tenant(rng)
    trade, subject, text = rng.choice(SERVICE_PITCHES)
    firm = world.firm(trade)
    seller = world.person()
    email = rng.choice([f"{_ascii(seller.first).lower()}.{_ascii(seller.last).lower()}@{firm.domain}", f"salg@{firm.domain}",
                        f"post@{firm.domain}", f"{_ascii(seller.first).lower()}@{firm.domain}"])
    date_txt = _long(_day(world, world.received_date(), 14, 50))
    body = text.format(kommune=kommune_name(tenant), seller=seller.name, firm=firm.name, n=rng.randint(3, 12), place=rng.choice(VILLAGES[tenant]),
                       date=date_txt)
    show = rng.random() < 0.5
    if show:
        body += f"\n{_orgnr_text(rng, firm.orgnr)}"
    if rng.random() < 0.4:
        body += f"\n{rng.choice(['Tlf.', 'Mobil:', 'M:'])} {world.phone()}\nwww.{firm.domain}"
    atts = [AttachmentSpec("Brosjyre.pdf", "pdf", f"{firm.name}\n{subject}")] if "vedlagt" in body else []
    subj = rng.choice([subject, subject, f"Tilbud til {kommune_name(tenant)}", "Et tilbud som kan passe dere", f"{firm.name} – {subject.lower()}"])
    return _draft(tenant, seller.name if "@" in email and email.split("@")[0] not in ("salg", "post") and rng.random() < 0.5 else firm.name,
                  email, subj, body, "nyhetsbrev", _avs(firm.name, email, firm.orgnr if show else None), world.received_date(),
                  attachments=atts, extra_headers=_list_headers(rng, firm.domain, 0.15),
                  note="Unsolicited service offer in personal prose; marketing, not an enquiry.")


def make_nyhetsbrev_vel_og_lag(rng: random.Random, world: World) -> Draft:
    """Newsletters from residents' associations, sports clubs and grendalag that mention roads, water and grants."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant)
    place = rng.choice(VILLAGES[tenant])
    kind = rng.choice(["Velforening", "Vel", "Grendalag", "IL", "Idrettslag", "Ungdomslag", "Sanitetsforening", "Skolekorps"])
    org = f"{place} {kind}"
    email = f"{rng.choice(['post', 'styret', 'leiar' if lang == 'nn' else 'leder'])}@{_slug(place + kind).replace(' ', '')}.no"
    boss = world.person()
    received = world.received_date()
    d = _day(world, received, 3, 30)
    if lang == "nn":
        body = rng.choice([
            (f"Hei alle i {org}!\n\nHer er litt nytt frå styret:\n\n"
            f"• Dugnad på {rng.choice(['grendahuset', 'ballbingen', 'stien til fjellet'])} {_long(d, 'nn')} kl. 10. Vi stiller med kaffi og vaflar.\n"
            f"• Vegen opp til {rng.choice(['feltet', 'hyttene', 'kyrkja'])} har fått nye fartshumpar – takk til alle som sa frå til kommunen.\n"
            f"• Vi har fått tilskot til nytt lysanlegg. Det vert montert i haust.\n\nHelsing styret v/ {boss.name}"),
            (f"Kjære medlemer\n\nÅrsmøtet i {org} vert {_long(d, 'nn')} kl. 19. Saker som skal opp, må vere styret i hende ei veke før.\n\n"
            f"Kontingenten er uendra. Vi minner om at kommunen har søknadsfrist for kulturmidlar, og styret søkjer om støtte til "
            f"{rng.choice(['nye drakter', 'ny tribune', 'vedlikehald av huset'])}.\n\nHelsing\n{boss.name}, leiar"),
        ])
    else:
        body = rng.choice([
            (f"Hei alle beboere!\n\nHer er høstens infoskriv fra {org}.\n\nBRØYTING\nVi har igjen fått avtale med {world.person().name} om "
            f"brøyting av de private veiene i feltet. Kommunen brøyter som før hovedveien.\n\nVANN\nDet blir spyling av vannledningene i "
            f"uke {d.isocalendar()[1]}. Vannet kan bli brunt en periode.\n\nDUGNAD\n{_long(d).capitalize()} kl. 11. Ta med rive!\n\nHilsen styret"),
            (f"Hei alle medlemmer og foreldre!\n\n{org} har hatt en flott sesong. Vi har fått {rng.choice(['40 000', '65 000', '100 000'])} kr i "
            f"tilskudd fra sparebankstiftelsen og kommunen til nye mål og baller.\n\nHusk medlemskontingent innen {_short(d, rng)}. "
            f"Dugnadslister kommer på Spond.\n\nSportslig hilsen\n{boss.name}\nleder"),
            (f"INFO FRA {org.upper()}\n\nStyret har sendt innspill til kommunen om trafikksikkerhet ved skolen, og vi følger opp saken. "
            f"Neste styremøte er {_long(d)}.\n\nVi trenger flere frivillige til {rng.choice(['julemarkedet', '17. mai-komiteen', 'loppemarkedet'])} – "
            f"meld deg til {email}.\n\nHilsen styret"),
        ])
    subject = rng.choice([f"Infoskriv fra {org}" if lang != "nn" else f"Informasjon frå {org}", f"{org} – nytt fra styret",
                          "Høstinfo" if lang != "nn" else "Haustinfo", f"Nyhetsbrev {MONTHS['nb'][d.month - 1]}", f"Årsmøte i {org}"])
    return _draft(tenant, org, email, subject, body, "nyhetsbrev", _avs(org, email), received,
                  extra_headers=_list_headers(rng, email.split("@")[1], 0.1),
                  note="Association newsletter mentioning roads, water and grants: not a vei_trafikk/tilskudd matter.")


def make_faktura_kvittering(rng: random.Random, world: World) -> Draft:
    """Order confirmations and receipts for purchases the kommune made (economy system, not the archive)."""
    tenant = pick_tenant(rng)
    shop = world.firm(rng.choice(["it", "maskin", "catering", None]))
    email = rng.choice([f"ordre@{shop.domain}", f"noreply@{shop.domain}", f"kundeservice@{shop.domain}"])
    order = _num(rng, 7)
    buyer = world.person().name
    items = rng.sample(["Toner HP 305A, 4 stk", "Arkivbokser A4, 50 stk", "Headset Jabra, 6 stk", "Kaffe 10 kg", "Brannslukker 6 kg, 3 stk",
                        "Refleksvester barn, 40 stk", "Skjermfilter", "Hengelås", "Førstehjelpsskrin", "Frukt til møte, 2 kurver"], rng.randint(1, 3))
    received = world.received_date()
    show = rng.random() < 0.6
    body = rng.choice([
        f"Takk for bestillingen!\n\nOrdrenummer: {order}\nBestilt av: {buyer}, {kommune_name(tenant)}\n\n" + "\n".join(items)
        + f"\n\nTotalt: kr {_amount(rng, 300, 25000)} inkl. mva\nFaktura sendes som EHF ved levering.\n\n{shop.name}",
        f"Kvittering\n\n{shop.name}\n{_short(date.fromisoformat(received), rng)}\n\n" + "\n".join(items)
        + f"\n\nBetalt med firmakort **** {_num(rng, 4)}\nSum: kr {_amount(rng, 100, 9000)}",
        f"Hei {buyer.split()[0]},\n\nordren din er sendt og kommer innen {rng.randint(1, 4)} virkedager. Sporingsnummer {_num(rng, 12)}.\n\n"
        + "\n".join(items) + f"\n\nMvh {shop.name}",
    ])
    if show:
        body += f"\n{_orgnr_text(rng, shop.orgnr)}"
    return _draft(tenant, shop.name, email, rng.choice([f"Ordrebekreftelse {order}", f"Kvittering for kjøp – ordre {order}", "Din ordre er sendt",
                                                        f"Kvittering {shop.name}"]), body, "faktura",
                  _avs(shop.name, email, shop.orgnr if show else None), received,
                  note="Order confirmation/receipt: belongs with invoices in the economy system.")

def _fam(category: str, scenario: str, make, weight: float) -> Family:
    return Family(name=f"{category}.{scenario}", category=category, make=make, weight=weight, writer=WRITER)


FAMILIES = [
    # nyhetsbrev: 13
    _fam("nyhetsbrev", "etat", make_nyhetsbrev_etat, 2.2),
    _fam("nyhetsbrev", "kurs_webinar", make_nyhetsbrev_kurs, 2.1),
    _fam("nyhetsbrev", "konferanse", make_nyhetsbrev_konferanse, 1.4),
    _fam("nyhetsbrev", "leverandor", make_nyhetsbrev_leverandor, 1.3),
    _fam("nyhetsbrev", "forening", make_nyhetsbrev_forening, 1.2),
    _fam("nyhetsbrev", "html_produkt", make_nyhetsbrev_html, 1.0),
    _fam("nyhetsbrev", "engelsk", make_nyhetsbrev_english, 0.8),
    _fam("nyhetsbrev", "fagblad", make_nyhetsbrev_fagblad, 1.0),
    _fam("nyhetsbrev", "undersokelse", make_nyhetsbrev_undersokelse, 0.6),
    _fam("nyhetsbrev", "tjenestetilbud", make_nyhetsbrev_tjenestetilbud, 1.0),
    _fam("nyhetsbrev", "vel_og_lag", make_nyhetsbrev_vel_og_lag, 0.8),
    # spam: 7
    _fam("spam", "altinn_idporten", make_spam_altinn_idporten, 1.2),
    _fam("spam", "bank", make_spam_bank, 0.8),
    _fam("spam", "m365", make_spam_m365, 1.0),
    _fam("spam", "pakke_toll", make_spam_pakke, 0.8),
    _fam("spam", "leverandor_kontonr", make_spam_leverandor_svindel, 0.8),
    _fam("spam", "ceo_svindel", make_spam_ceo, 0.6),
    _fam("spam", "katalog_domene", make_spam_katalog, 0.5),
    _fam("spam", "engelsk", make_spam_engelsk, 0.4),
    _fam("spam", "videresendt", make_spam_videresendt, 0.3),
    _fam("spam", "dokumentdeling", make_spam_dokumentdeling, 0.6),
    # autosvar: 9
    _fam("autosvar", "fravaer_ekstern", make_autosvar_fravaer_ekstern, 1.8),
    _fam("autosvar", "fravaer_intern", make_autosvar_fravaer_intern, 1.3),
    _fam("autosvar", "lesebekreftelse", make_autosvar_lesebekreftelse, 1.2),
    _fam("autosvar", "etat_kvittering", make_autosvar_etat_kvittering, 1.4),
    _fam("autosvar", "ndr", make_autosvar_ndr, 1.6),
    _fam("autosvar", "helpdesk", make_autosvar_helpdesk, 0.6),
    _fam("autosvar", "adresse_endret", make_autosvar_adresse_endret, 0.5),
    _fam("autosvar", "firma_kvittering", make_autosvar_firma_kvittering, 0.5),
    # faktura: 6
    _fam("faktura", "leverandor", make_faktura_leverandor, 1.2),
    _fam("faktura", "byggeprosjekt", make_faktura_byggeprosjekt, 0.8),
    _fam("faktura", "purring", make_faktura_purring, 0.8),
    _fam("faktura", "inkasso", make_faktura_inkasso, 0.6),
    _fam("faktura", "kreditnota", make_faktura_kreditnota, 0.4),
    _fam("faktura", "ehf", make_faktura_ehf, 0.4),
    _fam("faktura", "utenlandsk", make_faktura_utenlandsk, 0.6),
    _fam("faktura", "privatperson", make_faktura_privatperson, 0.4),
    _fam("faktura", "annonse_og_kommune", make_faktura_annonse_og_kommune, 0.6),
    _fam("faktura", "kvittering_ordre", make_faktura_kvittering, 0.3),
    # systemvarsel: 4
    _fam("systemvarsel", "passord", make_systemvarsel_passord, 0.9),
    _fam("systemvarsel", "lisens", make_systemvarsel_lisens, 0.67),
    _fam("systemvarsel", "backup", make_systemvarsel_backup, 0.56),
    _fam("systemvarsel", "overvaking", make_systemvarsel_overvaking, 0.78),
    _fam("systemvarsel", "teams_sharepoint", make_systemvarsel_teams, 0.67),
    _fam("systemvarsel", "arkivsystem", make_systemvarsel_arkivsystem, 0.9),
    _fam("systemvarsel", "karantene_kvote", make_systemvarsel_karantene, 0.56),
    # intern: 6
    _fam("intern", "feiring", make_intern_feiring, 0.9),
    _fam("intern", "motelogistikk", make_intern_motelogistikk, 1.2),
    _fam("intern", "takk", make_intern_takk, 0.6),
    _fam("intern", "kalender", make_intern_kalender, 0.9),
    _fam("intern", "praktisk", make_intern_praktisk, 0.8),
    _fam("intern", "sosialt", make_intern_sosialt, 0.6),
    _fam("intern", "lunsj", make_intern_lunsj, 0.4),
    _fam("intern", "ferie_vakt", make_intern_ferie, 0.6),
    # privat: 4
    _fam("privat", "invitasjon", make_privat_invitasjon, 1.14),
    _fam("privat", "familie", make_privat_familie, 1.14),
    _fam("privat", "salg", make_privat_salg, 0.91),
    _fam("privat", "forening", make_privat_forening, 0.68),
    _fam("privat", "til_ansatt", make_privat_feilsendt_jobb, 0.68),
    _fam("privat", "venner", make_privat_venner, 0.68),
]
