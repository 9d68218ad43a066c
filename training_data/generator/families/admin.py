"""Training-mail families for the administrative categories.

Categories: innsynskrav, politisk, horing, tilsyn, bevilling, tilskudd, anskaffelse.
Writer id: "w-admin".

Every text here is invented.  Each family holds several hand-written texts (bokmål,
nynorsk, some English) with slots only for names, places, numbers and dates, so the
corpus gets many writers' voices rather than one sentence with swapped nouns.

Weights: ``CATEGORY_WEIGHT`` gives each category roughly how many mails of that kind
a day of 150 real mails holds (the dev-set mix), with a floor of 4.4 so every category
gets at least ~150 mails in a 6000-mail corpus.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.world import TENANTS, Firm, OpenCase, Person, World, _ascii

WRITER = "w-admin"

# --------------------------------------------------------------------------------------
# Small shared helpers
# --------------------------------------------------------------------------------------

KOMMUNE_NAME = {"fjordvik": "Fjordvik", "havoy": "Havøy"}
PLACES = {
    "fjordvik": ["Nesje", "Bøen", "Eidsnes", "Sætre", "Fjordvik sentrum", "Myrdal", "Kvernhusvika",
                 "Nordstranda", "Hellevika", "Skarstein", "Øvre Dale"],
    "havoy": ["Nordsida", "Kvalvika", "Havøy sentrum", "Leirvåg", "Hamna", "Vestre Havøy", "Sandøy",
              "Botnen", "Straumen", "Utvær", "Indre Havøy"],
}
SCHOOLS = {
    "fjordvik": ["Nesje skole", "Sætre skule", "Fjordvik ungdomsskole", "Bøen oppvekstsenter", "Eidsnes skole"],
    "havoy": ["Havøy skule", "Nordsida skule", "Kvalvika oppvekstsenter", "Leirvåg skule", "Havøy ungdomsskule"],
}
INSTITUTIONS = {
    "fjordvik": ["Fjordvik sykehjem", "Nesjetunet omsorgssenter", "Fjordvik legesenter", "Sætre bo- og servicesenter"],
    "havoy": ["Fjordtun sjukeheim", "Havøy helsesenter", "Kvalvika omsorgssenter", "Havøytunet"],
}
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]


def pick_tenant(rng: random.Random) -> str:
    return rng.choice(["fjordvik", "havoy"])


def pick_lang(rng: random.Random, tenant: str, english: float = 0.0) -> str:
    """havoy mail is more often nynorsk, fjordvik mail bokmål; both get both."""
    if rng.random() < english:
        return "en"
    nn_share = 0.6 if tenant == "havoy" else 0.2
    return "nn" if rng.random() < nn_share else "nb"


def choose(rng: random.Random, lang: str, nb: list, nn: list | None = None, en: list | None = None):
    if lang == "nn" and nn:
        return rng.choice(nn)
    if lang == "en" and en:
        return rng.choice(en)
    return rng.choice(nb)


def kommune(tenant: str) -> str:
    return TENANTS[tenant]["navn"]


def date_text(rng: random.Random, world: World, days_ahead: tuple[int, int] = (10, 90), numeric: bool | None = None) -> str:
    from datetime import timedelta
    d = world.start + timedelta(days=world.days // 2 + rng.randint(*days_ahead))
    if numeric or (numeric is None and rng.random() < 0.3):
        return d.strftime("%d.%m.%Y")
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def past_date_text(rng: random.Random, world: World, days_back: tuple[int, int] = (5, 60)) -> str:
    from datetime import timedelta
    d = world.start + timedelta(days=world.days // 2 - rng.randint(*days_back))
    if rng.random() < 0.3:
        return d.strftime("%d.%m.%Y")
    return f"{d.day}. {MONTHS[d.month - 1]}"


def orgnr_text(rng: random.Random, orgnr: str, vat: bool = False) -> str:
    """An orgnr as signatures write it; ``vat`` allows the 'NO ... MVA' form firms use."""
    spaced = f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}"
    return rng.choice([f"Org.nr. {spaced}", f"org.nr {orgnr}", f"Organisasjonsnummer: {spaced}",
                       f"Org. nr.: {orgnr}", f"Org.nr: {spaced}", f"orgnr. {spaced}"] + ([f"NO {spaced} MVA"] * 2 if vat else []))


def money(rng: random.Random, low: int, high: int, step: int = 500) -> str:
    value = rng.randrange(low, high, step)
    s = f"{value:,}".replace(",", " ")
    return rng.choice([f"kr {s}", f"{s} kr", f"kr {s},-", f"NOK {s}"])


def closing(rng: random.Random, lang: str, formal: bool = True) -> str:
    if lang == "en":
        return rng.choice(["Kind regards", "Best regards", "Yours sincerely", "Regards", "Best wishes"])
    if lang == "nn":
        return rng.choice(["Med venleg helsing", "Venleg helsing", "Med helsing", "Helsing"] +
                          ([] if formal else ["Mvh", "Helsing", "Beste helsing"]))
    return rng.choice(["Med vennlig hilsen", "Vennlig hilsen", "Med hilsen"] +
                      ([] if formal else ["Mvh", "Hilsen", "mvh"]))


def greeting(rng: random.Random, lang: str, tenant: str, formal: bool = True) -> str:
    k = kommune(tenant)
    if lang == "en":
        return rng.choice([f"Dear {k},", "Dear Sir or Madam,", "Hello,", "To whom it may concern,"])
    if lang == "nn":
        opts = [f"Til {k}", "Hei,", "Hei", "Til postmottaket", "God dag,"] + ([] if formal else ["Hei!", "Hallo"])
    else:
        opts = [f"Til {k}", "Hei,", "Hei", "Til postmottak", "God dag,"] + ([] if formal else ["Hei!", "Hallo", "Hei kommunen"])
    return rng.choice(opts)


def signature(rng: random.Random, lang: str, name: str, lines: list[str] | None = None, formal: bool = True) -> str:
    parts = [closing(rng, lang, formal), name] + [ln for ln in (lines or []) if ln]
    if not formal and rng.random() < 0.25:
        return name.split()[0]
    return "\n".join(parts)


GREETING_START = re.compile(r"^(hei|hallo|hello|hi|dear|god dag|til )", re.IGNORECASE)


def letter(*blocks: str) -> str:
    """Join non-empty blocks with blank lines; drop a greeting block when the text already greets."""
    parts = [b.strip("\n") for b in blocks if b and b.strip()]
    if (len(parts) > 1 and len(parts[0]) < 45 and "\n" not in parts[0] and GREETING_START.match(parts[0])
            and GREETING_START.match(parts[1])):
        parts = parts[1:]
    return "\n\n".join(parts)


def roughen(rng: random.Random, text: str, level: float = 0.5) -> str:
    """Citizen mail from a phone: missing punctuation, lower case, a typo or two."""
    if rng.random() > level:
        return text
    out = text
    if rng.random() < 0.5:
        out = re.sub(r"\.(\s|$)", r"\1", out, count=rng.randint(1, 4))
    if rng.random() < 0.4:
        out = out.replace(", ", " ", rng.randint(1, 3))
    if rng.random() < 0.35:
        out = out[:1].lower() + out[1:]
    words = out.split(" ")
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    out = " ".join(words)
    if rng.random() < 0.2:
        out = out.replace("å", "aa") if rng.random() < 0.3 else out.replace("ø", "o", 1)
    return out


def private_sender(world: World) -> tuple[Person, str, dict]:
    p = world.person()
    email = world.private_email(p)
    return p, email, {"navn": p.name, "epost": email, "orgnr": None}


def firm_sender(world: World, rng: random.Random, firm: Firm, person: Person | None = None) -> tuple[Person, str]:
    p = person or world.person()
    first = plain(p.first)
    last = plain(p.last)
    local = rng.choice([first, f"{first}.{last}", f"{first[0]}{last}", f"{first}.{last[0]}"])
    return p, f"{local}@{firm.domain}"


def plain(s: str) -> str:
    """An address-safe lower-case ascii form of a name part."""
    s = _ascii(s).lower().replace("ö", "o").replace("ä", "a").replace("ü", "u").replace("é", "e")
    return re.sub(r"[^a-z0-9-]", "", s)


def org_email(world: World, rng: random.Random, p: Person, domain: str) -> str:
    first = plain(p.first)
    last = plain(p.last)
    return f"{rng.choice([first, f'{first}.{last}', f'{first[0]}{last}'])}@{domain}"


FOREIGN_FIRST = ["Emma", "Lukas", "Anna", "Jakub", "Sofia", "Mikkel", "Laura", "Jonas", "Katarzyna", "Elias", "Aino",
                 "Matteo", "Julia", "Oliver", "Ieva", "Tomas", "Hannah", "Lars", "Ingrid", "Piotr"]
FOREIGN_LAST = ["Lindqvist", "Mueller", "Kowalczyk", "Nielsen", "Virtanen", "Schmidt", "Andersson", "Jankauskas", "Rossi",
                "Kask", "Wisniewski", "Bergström", "Hoffmann", "Korhonen", "Ozola", "Smith", "Fischer", "Jensen"]


def foreign_person(rng: random.Random) -> Person:
    return Person(rng.choice(FOREIGN_FIRST), rng.choice(FOREIGN_LAST))


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", _ascii(text)).strip("_")


def ref_phrase(world: World, sak: str, lang: str = "nb") -> str:
    """How an outside writer cites the kommune's case number (never 'Vår ref.')."""
    for _ in range(10):
        phrase = world.cite_phrase(sak, lang)
        if not phrase.startswith("Vår"):
            return phrase
    return f"sak {world.cite(sak)}"


def stated(orgnr: str | None, *texts: str) -> str | None:
    """The orgnr when one of the texts states it (with or without spaces), else None."""
    if not orgnr:
        return None
    return orgnr if any(orgnr in re.sub(r"(?<=\d) (?=\d)", "", t) for t in texts) else None


def employee_sender(world: World, tenant: str) -> tuple[Person, str, dict]:
    p, email = world.employee(tenant)
    return p, email, {"navn": p.name, "epost": email, "orgnr": None}


def draft(tenant: str, sender_name: str, sender_email: str, subject: str, body: str, *, category: str,
          avsender: dict, sak: str | None = None, skjerming: str | None = None, jpt: str = "I",
          personnavn: list[str] | None = None, note: str = "", **kw) -> Draft:
    body = re.sub(r"(?<=\S) {2,}(?=\S)", " ", body).replace(" ,", ",").replace(" .", ".")
    subject = re.sub(r"\s{2,}", " ", subject).strip()
    d = Draft(tenant=tenant, sender_name=sender_name, sender_email=sender_email, subject=subject, body=body,
              category=category, journalposttype=jpt, skjerming=skjerming, sak=sak, avsender=dict(avsender),
              personnavn=personnavn or [], note=note, **kw)
    texts = mail_texts(d)
    # Label convention: the orgnr counts only when the mail (body, signature or attachment) states it.
    d.avsender["orgnr"] = stated(d.avsender.get("orgnr"), *texts)
    if sak and not cites(sak, texts):
        d.subject = f"{d.subject} (sak {sak})"
    return d


def mail_texts(d: Draft) -> list[str]:
    out = [d.subject, d.body] + [a.text for a in d.attachments]
    for m in (d.quoted, d.forwarded):
        if m is not None:
            out += [m.subject, m.body]
    return out


def cites(sak: str, texts: list[str]) -> bool:
    year, num = sak.split("/")
    pattern = re.compile(rf"(?:{year}|{year[2:]})/0*{num}\b")
    return any(pattern.search(t) for t in texts)


def forward_by_employee(rng: random.Random, world: World, tenant: str, original: Draft, lang: str) -> Draft:
    """A kommune employee forwards an incoming mail to postmottak; avsender stays the original sender."""
    emp, emp_email = world.employee(tenant)
    intro = choose(rng, lang, [
        "Til journalføring.", "Videresender til arkivering.", "Denne kom til meg, kan dere journalføre den?",
        "Fikk denne direkte. Sendes postmottak for registrering.", "Til postmottak for journalføring, takk.",
        "FYI - skal journalføres.",
    ], [
        "Til journalføring.", "Sender vidare for arkivering.", "Denne kom til meg, kan de journalføre han?",
        "Fekk denne direkte. Sender til postmottaket for registrering.",
    ])
    body = letter(intro, rng.choice([emp.first, f"Mvh\n{emp.name}", f"{emp.name}\n{kommune(tenant)}"]))
    fwd = EarlierMessage(sender_name=original.sender_name, sender_email=original.sender_email,
                         subject=original.subject, body=original.body, to=emp_email)
    note = (original.note + " " if original.note else "") + "Forwarded by an employee; avsender is the original sender."
    return Draft(tenant=tenant, sender_name=emp.name, sender_email=emp_email,
                 subject=rng.choice(["VS: ", "Fwd: ", "FW: "]) + original.subject, body=body,
                 forwarded=fwd, attachments=original.attachments, category=original.category,
                 journalposttype="I", skjerming=original.skjerming, sak=original.sak, avsender=original.avsender,
                 personnavn=original.personnavn, note=note.strip(), accept=original.accept)


def kommune_letter(rng: random.Random, world: World, tenant: str, lang: str, sak: str, subject: str,
                   text_nb: list[str], text_nn: list[str] | None = None, role: str = "") -> EarlierMessage:
    """The kommune's earlier letter, quoted below a reply; it carries the case number as 'Vår ref.'."""
    emp, emp_email = world.employee(tenant)
    text = choose(rng, lang, text_nb, text_nn)
    ref = world.cite(sak, doc=True)
    head = rng.choice([f"Vår ref.: {ref}", f"Vår referanse: {ref}", f"Saksnr.: {ref}"])
    body = letter(head, text, signature(rng, lang, emp.name, [role, kommune(tenant)]))
    return EarlierMessage(sender_name=emp.name, sender_email=emp_email, subject=subject, body=body)


def context(rng: random.Random, world: World, tenant: str) -> dict:
    places = PLACES[tenant]
    p1, p2 = rng.sample(places, 2)
    return {
        "kommune": kommune(tenant), "kname": KOMMUNE_NAME[tenant], "place": p1, "place2": p2,
        "school": rng.choice(SCHOOLS[tenant]), "inst": rng.choice(INSTITUTIONS[tenant]),
        "date1": date_text(rng, world), "date2": date_text(rng, world, (30, 120)),
        "past": past_date_text(rng, world), "year": str(world.start.year), "next": str(world.start.year + 1),
        "prev": str(world.start.year - 1), "street": world.street(), "n": str(rng.randint(3, 40)),
    }


# ======================================================================================
# innsynskrav
# ======================================================================================

NEWSPAPERS = [("Fjordingen", "fjordingen.no"), ("Vestlandsnytt", "vestlandsnytt.no"), ("Havøyposten", "havoyposten.no"),
              ("Kystavisa", "kystavisa.no"), ("Fjordabladet", "fjordabladet.no"), ("Sunnvest Tidend", "sunnvest.no"),
              ("Øyavisa", "oyavisa.no"), ("Kommunal Rapport", "kommunal-rapport.no"), ("NRK Vestland", "nrk.no")]

# What people ask to see.  {firm}, {place}, {inst}, {school}, {prev}, {year}, {past}, {week} are slots.
INNSYN_OBJECTS_NB = [
    "all e-postkorrespondanse mellom ordføreren og {firm} fra {past} og fram til i dag",
    "avtalen mellom kommunen og {firm} om leie av lokaler i {place}, med eventuelle tillegg",
    "reiseregninger for ordføreren og kommunedirektøren for {prev}",
    "fakturaer fra {firm} til kommunen i {year}",
    "tilsynsrapporten fra Arbeidstilsynet for {school} og kommunens svar på den",
    "sluttavtalen med tidligere kommunedirektør",
    "kjøpekontrakten for tomten ved {place} som kommunen kjøpte i {prev}",
    "avvikslogg for {inst} for {year}, anonymisert",
    "alle dokumenter i saken om nedleggelse av skolen i {place}",
    "referatene fra møtene mellom kommunen og {firm} om utbyggingen i {place}",
    "vedtaket om tildeling av kontrakten for skoleskyss og evalueringsrapporten",
    "budsjettnotatet om kutt i helse og omsorg som ble lagt fram for formannskapet",
    "rapporten fra forvaltningsrevisjonen av byggesaksbehandlingen",
    "varselet om ulovlig tiltak på eiendommen i {street}, og korrespondansen etterpå",
    "kommunens beredskapsplan for vannforsyning",
    "oversikten over kommunens utgifter til innleid vikarbyrå for {prev}",
    "korrespondanse mellom kommunen og Statsforvalteren om økonomien i {year}",
    "søknaden om skjenkebevilling fra {firm} og vedtaket i saken",
    "søkerlisten for stillingen som rektor ved {school}",
    "utvidet søkerliste og innstilling i tilsettingssaken for kommunalsjef",
    "tilbudene som kom inn i konkurransen om renhold, og evalueringsprotokollen",
    "referatet fra møtet i formannskapet {past}, også den delen som gikk for lukkede dører",
    "kommunens avtale med {firm} om drift av fergekaien",
    "alle klager på parkeringsgebyrer i sentrum i {year}, anonymisert",
    "alle dokumenter i byggesaken for {street}, gnr. {gnr} bnr. {bnr}, også tegninger og nabomerknader",
    "dispensasjonsvedtaket for hyttene i strandsonen ved {place} og saksframlegget til planutvalget",
    "korrespondansen mellom kommunen og utbyggeren av boligfeltet i {place}",
]
INNSYN_OBJECTS_NN = [
    "all e-postkorrespondanse mellom ordføraren og {firm} frå {past} og fram til i dag",
    "avtalen mellom kommunen og {firm} om leige av lokale i {place}",
    "reiserekningar for ordføraren og kommunedirektøren for {prev}",
    "fakturaer frå {firm} til kommunen i {year}",
    "tilsynsrapporten frå Arbeidstilsynet for {school} og svaret frå kommunen",
    "kjøpekontrakten for tomta ved {place} som kommunen kjøpte i {prev}",
    "avviksloggen for {inst} for {year}, anonymisert",
    "alle dokument i saka om nedlegging av skulen i {place}",
    "referata frå møta mellom kommunen og {firm} om utbygginga i {place}",
    "budsjettnotatet om kutt i helse og omsorg som vart lagt fram for formannskapet",
    "rapporten frå forvaltningsrevisjonen av byggjesakshandsaminga",
    "oversikta over kva kommunen har betalt for innleigde vikarar i {prev}",
    "søknaden om skjenkeløyve frå {firm} og vedtaket i saka",
    "søkjarlista for stillinga som rektor ved {school}",
    "utvida søkjarliste og innstilling i tilsetjingssaka for kommunalsjef",
    "tilboda som kom inn i konkurransen om reinhald, og evalueringsprotokollen",
    "alle dokument i byggjesaka for {street}, gnr. {gnr} bnr. {bnr}, òg teikningar og nabomerknader",
]


def innsyn_slots(rng: random.Random, world: World, tenant: str) -> dict:
    c = context(rng, world, tenant)
    c["firm"] = world.firm().name
    c["week"] = str(rng.randint(30, 44))
    prop = world.property()
    c.setdefault("gnr", prop.gnr)
    c.setdefault("bnr", prop.bnr)
    return c


def innsyn_items(rng: random.Random, lang: str, c: dict, k: int) -> list[str]:
    pool = INNSYN_OBJECTS_NN if lang == "nn" else INNSYN_OBJECTS_NB
    return [s.format(**c) for s in rng.sample(pool, k)]


def make_innsyn_journalist(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = innsyn_slots(rng, world, tenant)
    paper, domain = rng.choice(NEWSPAPERS)
    p = world.person()
    email = org_email(world, rng, p, domain)
    items = innsyn_items(rng, lang, c, rng.randint(1, 3))
    numbered_list = rng.random() < 0.6
    listed = "\n".join(f"{i + 1}. {it[0].upper() + it[1:]}" if numbered_list else f"- {it}" for i, it in enumerate(items))
    role = rng.choice(["journalist", "journalist", "reporter", "redaktør", "nyhetsjournalist", "frilans"])
    if lang == "nn":
        body = rng.choice([
            "Med heimel i offentleglova ber eg om innsyn i:\n\n{list}\n\nDersom delar av dokumenta vert unnateke, ber eg om at de vurderer meirinnsyn etter § 11 og opplyser heimelen.",
            "Eg ber om innsyn i {one}.\n\nDokumenta kan sendast elektronisk til denne adressa. Eg ber om svar så snart som mogleg, jf. offentleglova § 29.",
            "Hei, vi held på med ei sak om dette og treng snøgt innsyn i følgjande:\n{list}\n\nTakk for hjelpa.",
            "Krav om innsyn etter offentleglova § 3:\n\n{list}\n\nEg ber òg om journalutskrift for dei aktuelle sakene. Om noko vert halde tilbake, ber eg om grunngjeving med heimel.",
        ])
    else:
        body = rng.choice([
            "Med hjemmel i offentleglova ber jeg om innsyn i:\n\n{list}\n\nDersom deler av dokumentene blir unntatt, ber jeg om at det blir vurdert merinnsyn etter § 11, og om at det blir opplyst hvilken hjemmel som er brukt.",
            "Jeg ber om innsyn i {one}.\n\nDokumentene kan sendes elektronisk til denne adressen. Jeg minner om at innsynskrav skal behandles uten ugrunnet opphold.",
            "Vi jobber med en sak om dette og ber om innsyn i følgende dokumenter:\n{list}\n\nSend gjerne det dere har fortløpende, så slipper vi å vente på alt.",
            "Krav om innsyn etter offentleglova § 3.\n\nJeg ber om kopi av {one}. Jeg ber også om utskrift av journalen for saken.\n\nHvis dere mener noe skal unntas, vil jeg gjerne vite hvilken hjemmel som er brukt, slik at jeg kan vurdere klage.",
            "Hei!\n\nKan jeg få innsyn i {one}? Det haster litt, vi har deadline i morgen.",
            "På vegne av {paper} ber jeg om innsyn i følgende:\n\n{list}\n\nJeg ber om at dokumentene sendes som pdf. Ta gjerne kontakt på telefon om noe er uklart.",
            "Jeg viser til omtalen i kommunestyret sist uke og ber om innsyn i {one}.\n\nEr det gjort unntak, ber jeg om at resten av dokumentet utleveres med sladding, jf. offentleglova § 12.",
        ])
    body = body.format(list=listed, one=items[0], paper=paper)
    sig_lines = [f"{role}, {paper}" if rng.random() < 0.7 else paper, f"tlf {world.phone()}" if rng.random() < 0.6 else ""]
    body = letter(greeting(rng, lang, tenant, formal=rng.random() < 0.5), body, signature(rng, lang, p.name, sig_lines))
    topic = items[0].split(",")[0]
    subject = rng.choice(["Innsynskrav", "Innsynskrav – " + topic[:60], "Krav om innsyn", "Begjæring om innsyn",
                          "innsyn", "Innsyn: " + topic[:50], "Innsynsbegjæring" if lang == "nb" else "Krav om innsyn – " + topic[:50]])
    return draft(tenant, p.name, email, subject, body, category="innsynskrav",
                 avsender={"navn": p.name, "epost": email, "orgnr": None},
                 note="Journalist; avsender is the person, not the newspaper.")


OTHER_CASE_TITLES = {
    "byggesak": ["{gnr}/{bnr} - {addr} - Søknad om tillatelse til tiltak - tilbygg",
                 "{gnr}/{bnr} - {addr} - Dispensasjon fra reguleringsplan - garasje",
                 "{gnr}/{bnr} - {addr} - Ulovlig tiltak - brygge",
                 "{gnr}/{bnr} - {addr} - Riving av uthus"],
    "plansak": ["Detaljregulering for {place} hyttefelt", "Reguleringsplan for {place}",
                "Kommuneplanens arealdel {year}-{end}"],
    "anskaffelse": ["Anskaffelse - Rammeavtale brøyting", "Anskaffelse - Skoleskyss", "Anskaffelse - Nytt sak/arkivsystem"],
    "rekruttering": ["Tilsetting - Rektor ved {school}", "Tilsetting - Kommunalsjef helse og omsorg",
                     "Tilsetting - Enhetsleder teknisk drift"],
    "bevilling": ["Skjenkebevilling - {firm}", "Salgsbevilling - {firm}"],
    "tilsyn": ["Tilsyn - Arbeidstilsynet - teknisk drift", "Tilsyn - Statsforvalteren - skolemiljø"],
    "politisk": ["Spørsmål til ordføreren - Skolestruktur", "Innbyggerforslag - Bevaring av svømmehallen"],
}


def open_other_case(rng: random.Random, world: World, tenant: str) -> tuple[OpenCase, str]:
    cat = rng.choice(list(OTHER_CASE_TITLES))
    prop = world.property() if cat == "byggesak" else None
    tpl = rng.choice(OTHER_CASE_TITLES[cat])
    title = tpl.format(gnr=prop.gnr if prop else 0, bnr=prop.bnr if prop else 0, addr=prop.address if prop else "",
                       place=rng.choice(PLACES[tenant]), year=world.start.year, end=world.start.year + 12,
                       school=rng.choice(SCHOOLS[tenant]), firm=world.firm().name)
    return world.open_case(tenant, cat, title, prop=prop), title


EINNSYN_DOCS_NB = ["Søknad om tillatelse til tiltak", "Nabomerknad", "Vedtak", "Svar på nabomerknad", "Foreløpig svar",
                   "Tilbud", "Protokoll fra åpning av tilbud", "Tildelingsbrev", "Søkerliste", "Tilsynsrapport",
                   "Merknad til planforslag", "Referat fra oppstartsmøte", "Uttalelse fra Statens vegvesen",
                   "Klage på vedtak", "Oversendelse av klage til Statsforvalteren", "Notat til kommunedirektøren"]


EINNSYN_DOCS_BY_CATEGORY = {
    "byggesak": ["Søknad om tillatelse til tiltak", "Nabomerknad", "Svar på nabomerknad", "Vedtak", "Foreløpig svar",
                 "Klage på vedtak", "Situasjonsplan og tegninger", "Oversendelse av klage til Statsforvalteren"],
    "plansak": ["Merknad til planforslag", "Referat fra oppstartsmøte", "Uttalelse fra Statens vegvesen", "Planbeskrivelse",
                "Innspill til varsel om oppstart", "Saksframlegg til planutvalget"],
    "anskaffelse": ["Tilbud", "Protokoll fra åpning av tilbud", "Tildelingsbrev", "Konkurransegrunnlag", "Evalueringsrapport",
                    "Klage på tildeling"],
    "rekruttering": ["Søkerliste", "Utvidet søkerliste", "Innstilling", "Tilsettingsvedtak"],
    "bevilling": ["Søknad om skjenkebevilling", "Uttalelse fra politiet", "Vedtak", "Kontrollrapport"],
    "tilsyn": ["Varsel om tilsyn", "Tilsynsrapport", "Kommunens svar på tilsynsrapport", "Lukking av avvik"],
    "politisk": ["Spørsmål til ordføreren", "Svar fra ordføreren", "Saksframlegg", "Innbyggerforslag"],
}
NN_WORDS = [("Søknad om tillatelse", "Søknad om løyve"), ("Foreløpig", "Førebels"), (" fra ", " frå "), ("Søkerliste", "Søkjarliste"),
            ("søkerliste", "søkjarliste"), ("Tilbud", "Tilbod"), ("tilbud", "tilbod"), ("Kommunens svar", "Svar frå kommunen"),
            ("Lukking av avvik", "Lukking av avvik"), ("tegninger", "teikningar"), ("Innstilling", "Innstilling")]


def nynorsk_doc(title: str) -> str:
    for a, b in NN_WORDS:
        title = title.replace(a, b)
    return title


def make_innsyn_einnsyn(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if rng.random() < (0.6 if tenant == "havoy" else 0.25) else "nb"
    if rng.random() < 0.06:
        lang = "en"  # the orderer chose the English interface
    p, email, av = private_sender(world)
    if rng.random() < 0.35:
        paper, domain = rng.choice(NEWSPAPERS)
        email = org_email(world, rng, p, domain)
        av = {"navn": p.name, "epost": email, "orgnr": None}
        org_line = paper
    else:
        org_line = ""
    r = rng.random()
    if r < 0.7:
        case, title = open_other_case(rng, world, tenant)
        saknr = case.sak
        note = "eInnsyn order naming an open case; innsynskrav always gets sak null; avsender is the requester."
    else:
        saknr = world.unknown_saknr()
        title = rng.choice(["Søknad om dispensasjon - naust", "Tilsetting - Konsulent", "Klage på vedtak om tilskudd",
                            "Anskaffelse - Renhold", "Søknad om deling av grunneiendom"])
        note = "eInnsyn order; innsynskrav always gets sak null."
    year, num = saknr.split("/")
    cited = f"{year[2:]}/{int(num):05d}" if rng.random() < 0.7 else f"{year}/{num}"
    pool = EINNSYN_DOCS_BY_CATEGORY.get(case.category, EINNSYN_DOCS_NB) if r < 0.7 else EINNSYN_DOCS_NB
    ndocs = rng.randint(1, min(4, len(pool)))
    docs = rng.sample(pool, ndocs)
    if lang == "nn":
        docs = [nynorsk_doc(d) for d in docs]
    caseworker = world.person().name
    ordered = date_text(rng, world, (-5, 0), numeric=True)
    blocks = []
    for i, d in enumerate(docs):
        dn = rng.randint(1, 12) + i
        seq = f"{year}{rng.randint(1000, 29999):06d}"
        if lang == "nn":
            blocks.append(f"Dokumentnr: {dn}\nNamn: {d}\nSekvensnr: {seq}\nSaksbehandlar: {caseworker}")
        else:
            blocks.append(f"Dokumentnr: {dn}\nNavn: {d}\nSekvensnr: {seq}\nSaksbehandler: {caseworker}")
    eid = (f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}-"
           f"{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}")
    by = "\n".join(x for x in [p.name, org_line, ("E-postadresse: " if rng.random() < 0.7 else "E-post: ") + email] if x)
    layout = rng.random()
    if layout < 0.35:
        return _einnsyn_compact(rng, world, tenant, lang, p.name, email, org_line, cited, title, docs, ordered, eid, av, note)
    if lang == "nn":
        body = letter("Innsynskrav frå eInnsyn",
                      f"Innsynskrav for {ndocs} journalpost{'ar' if ndocs > 1 else ''} frå sak {cited}\n{title}",
                      f"Bestillingsdato: {ordered}", "Kravet gjeld følgjande journalpostar:", *blocks,
                      f"Bestilt av\n{by}", f"eInnsyn-ID: {eid}",
                      "Dette er ein automatisk generert e-post frå eInnsyn. Svar på innsynskravet skal sendast til e-postadressa til bestillaren.")
        subject = rng.choice([f"Innsynskrav for sak {cited}", "Innsynskrav frå eInnsyn", f"Innsynskrav - {title}"])
    else:
        body = letter("Innsynskrav fra eInnsyn",
                      f"Innsynskrav for {ndocs} journalpost{'er' if ndocs > 1 else ''} fra sak {cited}\n{title}",
                      f"Bestillingsdato: {ordered}", "Kravet gjelder følgende journalposter:", *blocks,
                      f"Bestilt av\n{by}", f"eInnsyn-ID: {eid}",
                      "Dette er en automatisk generert e-post fra eInnsyn. Svar på innsynskravet skal sendes til bestillerens e-postadresse.")
        subject = rng.choice([f"Innsynskrav for sak {cited}", "Innsynskrav fra eInnsyn", f"Innsynskrav - {title}"])
    return draft(tenant, "eInnsyn", rng.choice(["ikkje-svar@einnsyn.no", "noreply@einnsyn.no", "ikke-svar@einnsyn.no"]),
                 subject, body, category="innsynskrav", avsender=av, note=note, style="system",
                 extra_headers={"Auto-Submitted": "auto-generated"} if rng.random() < 0.5 else {})


def _einnsyn_compact(rng: random.Random, world: World, tenant: str, lang: str, name: str, email: str, org_line: str,
                     cited: str, title: str, docs: list[str], ordered: str, eid: str, av: dict, note: str) -> Draft:
    """Other eInnsyn layouts: one line per document, the orderer first."""
    dashed = rng.random() < 0.5
    rows = [f"- {cited}-{i + rng.randint(1, 4)}: {d}" if dashed else f"Saksnr. {cited}, dok.nr. {i + rng.randint(1, 4)}: {d}"
            for i, d in enumerate(docs)]
    org = f" ({org_line})" if org_line else ""
    k = kommune(tenant)
    if lang == "en":
        head = f"A request for access has been submitted via eInnsyn to {k}.\n\nOrdered by: {name}{org}\nE-mail: {email}\nDate: {ordered}"
        docs_head, tail = f"Case: {cited} {title}\nDocuments:", "Please reply directly to the person who ordered the documents."
    elif lang == "nn":
        head = rng.choice([f"Du har fått eit innsynskrav via eInnsyn.\n\nBestillar: {name}{org}\nE-post: {email}\nBestilt: {ordered}",
                           f"Følgjande innsynskrav er sendt frå eInnsyn til {k}.\n\nBestilt av: {name}{org}, {email}\nDato: {ordered}"])
        docs_head, tail = f"Sak: {cited} {title}\nDokument:", "Svar skal sendast direkte til bestillaren. Ikkje svar på denne e-posten."
    else:
        head = rng.choice([f"Du har mottatt et innsynskrav via eInnsyn.\n\nBestiller: {name}{org}\nE-post: {email}\nBestilt: {ordered}",
                           f"Følgende innsynskrav er sendt fra eInnsyn til {k}.\n\nBestilt av: {name}{org}, {email}\nDato: {ordered}"])
        docs_head, tail = f"Sak: {cited} {title}\nDokumenter:", "Svar sendes direkte til bestilleren. Ikke svar på denne e-posten."
    body = letter(head, docs_head + "\n" + "\n".join(rows), f"Ordre-ID: {eid}", tail)
    subject = rng.choice([f"Innsynskrav for sak {cited}", "Nytt innsynskrav fra eInnsyn" if lang != "nn" else "Nytt innsynskrav frå eInnsyn",
                          f"eInnsyn: innsynskrav {cited}", "Request for access (eInnsyn)" if lang == "en" else "Innsynskrav"])
    return draft(tenant, "eInnsyn", rng.choice(["ikkje-svar@einnsyn.no", "noreply@einnsyn.no"]), subject, body,
                 category="innsynskrav", avsender=av, note=note, style="system")


def make_innsyn_citizen(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    p, email, av = private_sender(world)
    c = innsyn_slots(rng, world, tenant)
    prop = world.property()
    c.update(addr=prop.address, gnr=prop.gnr, bnr=prop.bnr)
    accept: list[dict] = []
    note = ""
    case_ref = ""
    r = rng.random()
    if r < 0.3:
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - "
                               + rng.choice(["Søknad om tilbygg", "Dispensasjon - garasje", "Oppføring av naust",
                                             "Ulovlig tiltak - terrasse", "Fradeling av tomt"]), prop=prop)
        case_ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb")
        note = "Access request in an open byggesak; innsynskrav always gets sak null."
        accept = [{"category": "byggesak", "sak": case.sak}]
    elif r < 0.4:
        case_ref = ref_phrase(world, world.unknown_saknr(), "nn" if lang == "nn" else "nb")
    c["ref"] = case_ref
    about_property = bool(case_ref) or rng.random() < 0.4
    if lang == "nn":
        property_texts = [
            "Eg bur i {street} og er nabo til {addr} (gnr. {gnr} bnr. {bnr}). Eg vil gjerne få kopi av alle dokumenta i saka om eigedomen, òg teikningane og det kommunen sjølv har skrive. {ref}",
            "hei. kan eg få sjå søknaden og teikningane for {addr}? {ref}",
            "Hei\nEg har høyrt at det er søkt om å byggje på eigedomen ved sida av oss, {addr}. Kan eg få innsyn i søknaden og eventuelle merknader som har kome inn? {ref}\nTakk",
            "Kan eg få ein kopi av saksdokumenta om {addr}, gnr {gnr}/{bnr}? Eg vil sjå om naboen har fått løyve. {ref}",
        ]
        general_texts = [
            "Ber om innsyn i postjournalen dykkar for veke {week}.",
            "Eg ber om innsyn i {obj}. Send det gjerne på e-post.",
            "Hei. Eg vil gjerne lese {obj}. Er det mogleg?",
        ]
    else:
        property_texts = [
            "Jeg bor i {street} og er nærmeste nabo til {addr} (gnr. {gnr} bnr. {bnr}). Jeg ber om å få kopi av alle dokumentene i saken, også tegningene og kommunens egne vurderinger. {ref}",
            "hei kan jeg få se søknaden og tegningene til naboen i {addr}? {ref}",
            "Hei\n\nJeg har sett at det er bygget en ny garasje på {addr}. Finnes det en byggetillatelse? Jeg ber om innsyn i alle dokumenter om eiendommen gnr. {gnr} bnr. {bnr} fra de siste to årene. {ref}",
            "Jeg ønsker å se journalen for saken om {addr}, slik at jeg kan se hvilke dokumenter som har kommet inn. {ref} Jeg ber også om kopi av vedtaket.",
            "Med hjemmel i offentleglova ber jeg om kopi av saksdokumentene for eiendommen gnr {gnr} bnr {bnr}. {ref}\n\nJeg har tidligere bedt om dette muntlig på servicetorget uten å få svar.",
        ]
        general_texts = [
            "Ber om innsyn i postjournalen for uke {week}, gjerne som pdf.",
            "Jeg ber om innsyn i {obj}.\n\nSend det gjerne på e-post.",
            "Hei. Jeg vil gjerne ha innsyn i {obj}. Hvis det koster noe, vil jeg vite det først.",
            "God dag. Jeg har lest i avisa om {obj0} og lurer på om jeg som innbygger kan få lese dokumentene? Jeg ber i så fall om innsyn.",
        ]
    body = rng.choice(property_texts if about_property else general_texts)
    obj = innsyn_items(rng, lang, c, 1)[0]
    body = body.format(obj=obj, obj0=obj.split(",")[0], **c).replace(" \n", "\n").strip()
    body = roughen(rng, body, 0.4)
    body = letter(greeting(rng, lang, tenant, formal=False) if rng.random() < 0.7 else "", body,
                  signature(rng, lang, p.name, [c["street"] if rng.random() < 0.3 else ""], formal=False))
    subject = rng.choice(["Innsyn", "innsyn i dokumenter" if lang == "nb" else "innsyn i dokument", "Kopi av dokumenter",
                          "Innsynskrav", f"Innsyn - {c['addr']}" if about_property else "Innsyn i dokument",
                          "Spørsmål om innsyn", "Postjournal" if "journal" in body else "Be om kopi", "Be om kopi"])
    return draft(tenant, p.name, email, subject, body, category="innsynskrav", avsender=av, note=note, accept=accept)


LAW_FIRM_WORDS = ["Advokatfirmaet {a} & {b} AS", "Advokatfirma {a} AS", "{a} Advokater AS", "Advokat {full}",
                  "Advokatkontoret {a} & {b} DA"]


def law_firm(rng: random.Random, world: World) -> Firm:
    a, b = rng.sample(["Hatlevik", "Vold", "Lund", "Eide", "Sætre", "Vik", "Bratt", "Krohn", "Mælen", "Tveit",
                       "Heggdal", "Rønneberg", "Aarskog", "Bjørlo", "Helle", "Sande"], 2)
    tpl = rng.choice(LAW_FIRM_WORDS)
    name = tpl.format(a=a, b=b, full=world.person().name)
    domain = _ascii(a + (b if "{b}" in tpl else "") + ("advokat" if rng.random() < 0.5 else "")).lower() + ".no"
    return Firm(name=name, orgnr=world.orgnr(), domain=domain, trade="advokat")


def make_innsyn_lawyer(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nn" if rng.random() < 0.15 else "nb"
    firm = law_firm(rng, world)
    p, email = firm_sender(world, rng, firm)
    c = innsyn_slots(rng, world, tenant)
    named_case = rng.random() < 0.5
    note = ""
    if named_case:
        case, title = open_other_case(rng, world, tenant)
        c["ref"] = f"deres saksnummer {world.cite(case.sak)}" if lang == "nb" else f"saksnummeret dykkar {world.cite(case.sak)}"
        c["title"] = title
        note = "Innsynskrav naming an open case of another kind; innsynskrav always gets sak null."
    else:
        c["ref"] = ""
        c["title"] = rng.choice(["tilsettingssaken for stillingen som rektor", "saken om tildeling av skoleskyss",
                                 "ulovlighetsoppfølgingen på naboeiendommen", "saken om kommunens kjøp av tomt"])
    if lang == "nn":
        body = rng.choice([
            "På vegner av klienten vår ber vi om innsyn i alle dokument i saka «{title}», {ref}. Kravet blir sett fram etter offentleglova § 3. Subsidiært ber vi om at kravet vert handsama som krav om partsinnsyn etter forvaltningslova § 18.",
            "Vi representerer ein part i saka «{title}» {ref} og ber om kopi av saksdokumenta, inkludert interne notat som er utveksla med andre organ. Fullmakt kan ettersendast.",
        ])
    else:
        body = rng.choice([
            "På vegne av en klient ber vi om innsyn i alle dokumenter i saken «{title}», {ref}.\n\nKravet fremmes etter offentleglova § 3. Subsidiært ber vi om at kravet behandles som krav om partsinnsyn etter forvaltningsloven § 18. Fullmakt ettersendes ved behov.",
            "Vi representerer en part i {title} {ref} og ber om kopi av samtlige saksdokumenter, herunder journalutskrift for saken.\n\nVi minner om at innsynskrav skal avgjøres uten ugrunnet opphold, og ber om svar til undertegnede.",
            "Undertegnede er engasjert av en nabo i forbindelse med {title}.\n\nVi ber om innsyn i søknaden med vedlegg, kommunens korrespondanse med tiltakshaver og eventuelle interne vurderinger som er utvekslet med andre organer. {ref}\n\nDersom kommunen vil gjøre unntak, ber vi om at hjemmel oppgis for hvert dokument.",
            "Vår klient har bedt oss bistå med å få oversikt over {title}. Vi ber derfor om innsyn i journalen og i de dokumentene som ikke er unntatt offentlighet, {ref}.\n\nVi ber også om at kommunen vurderer merinnsyn etter offentleglova § 11 for øvrige dokumenter.",
            "Med henvisning til offentleglova ber vi om innsyn i {one}.\n\nVår klient ønsker ikke å bli navngitt i denne omgang.",
        ])
    body = body.format(one=innsyn_items(rng, lang, c, 1)[0], **c).replace(" ,", ",")
    sig = signature(rng, lang, p.name, ["advokat" if rng.random() < 0.7 else "advokatfullmektig", firm.name,
                                         f"Tlf. {world.phone()}" if rng.random() < 0.6 else "", orgnr_text(rng, firm.orgnr)])
    att = []
    if rng.random() < 0.3:
        # the letter itself goes as a pdf; the mail only carries a covering note
        doc = letter(f"{kommune(tenant)}\n\nKRAV OM INNSYN", body, sig)
        att = [AttachmentSpec(f"Brev til {KOMMUNE_NAME[tenant]} kommune - innsynskrav.pdf", "pdf", doc)]
        body = letter(choose(rng, lang, ["Vedlagt oversendes brev med krav om innsyn.", "Se vedlagte brev.",
                                         "Vi viser til vedlagte brev og ber om bekreftelse på mottak."],
                             ["Vedlagt sender vi brev med krav om innsyn.", "Sjå vedlagt brev."]),
                      signature(rng, lang, p.name, [firm.name]))
        note = (note + " Substance only in the pdf.").strip()
    else:
        body = letter(greeting(rng, lang, tenant), body, sig)
    subject = rng.choice(["Krav om innsyn", f"Innsynskrav – {c['title']}", "Begjæring om innsyn", "Innsynsbegjæring",
                          f"Krav om innsyn - {c['title']}"])
    return draft(tenant, p.name, email, subject, body, category="innsynskrav", attachments=att,
                 avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr}, note=note)


UNIVERSITIES = [("Høgskulen på Vestlandet", "hvl.no"), ("Universitetet i Bergen", "uib.no"), ("NTNU", "ntnu.no"),
                ("Høgskolen i Molde", "himolde.no"), ("Universitetet i Oslo", "uio.no"), ("OsloMet", "oslomet.no"),
                ("Nordlandsforskning", "nforsk.no"), ("Vestlandsforsking", "vestforsk.no")]
SAMMENSTILLING_NB = [
    "en oversikt over hvor mange byggesøknader kommunen har behandlet per år i {prev} og {year}, og hvor mange som ble behandlet innenfor fristen",
    "en oversikt over hva kommunen har betalt til bemanningsbyråer per år de siste tre årene, fordelt på leverandør",
    "antall innsynskrav kommunen har mottatt i {prev}, og hvor mange som ble helt eller delvis avslått",
    "en oversikt over alle dispensasjoner fra kommuneplanens arealdel i strandsonen siden {prev}",
    "antall elever som har fått vedtak om spesialundervisning per skole og trinn, anonymisert",
    "en liste over alle tilskudd kommunen har gitt til lag og foreninger i {prev}, med beløp og mottaker",
    "kommunens utgifter til eksterne konsulenter per sektor for {prev}",
    "oversikt over antall avvik meldt i kommunens avvikssystem per enhet for {prev}, uten personopplysninger",
]
SAMMENSTILLING_NN = [
    "ei oversikt over kor mange byggjesøknader kommunen har handsama per år i {prev} og {year}, og kor mange som vart handsama innan fristen",
    "ei oversikt over kva kommunen har betalt til bemanningsbyrå per år dei tre siste åra",
    "kor mange innsynskrav kommunen fekk i {prev}, og kor mange som vart heilt eller delvis avslått",
    "ei liste over alle tilskot kommunen har gitt til lag og organisasjonar i {prev}, med beløp og mottakar",
    "utgiftene kommunen har hatt til eksterne konsulentar per sektor i {prev}",
]


def make_innsyn_researcher(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant, english=0.2)
    uni, domain = rng.choice(UNIVERSITIES)
    p = world.person()
    email = org_email(world, rng, p, domain)
    c = innsyn_slots(rng, world, tenant)
    pool = SAMMENSTILLING_NN if lang == "nn" else SAMMENSTILLING_NB
    what = rng.choice(pool).format(**c)
    if lang == "en":
        body = rng.choice([
            "I am a PhD candidate at {uni} working on a comparative study of municipal procurement in Norway. Under the Freedom of Information Act (offentleglova) I request access to {what_en}.\n\nIf no such document exists, I ask that it be compiled under section 9 of the Act. An Excel file would be ideal.",
            "I am writing on behalf of a research project at {uni}. We kindly request access, under offentleglova, to {what_en}. We understand that parts may be exempt and would be grateful for the remainder.",
        ]).format(uni=uni, what_en=rng.choice([
            "all contracts with consultancy firms above NOK 100 000 signed in " + c["prev"],
            "the municipality's figures for building permit processing times for " + c["prev"] + " and " + c["year"],
            "a list of grants paid to voluntary organisations in " + c["prev"],
        ]))
        role, subject = rng.choice(["PhD candidate", "Researcher", "Associate professor"]), rng.choice(
            ["Request for access to documents", "Freedom of information request", "Innsynskrav / FOI request"])
    elif lang == "nn":
        body = rng.choice([
            "Eg er stipendiat ved {uni} og arbeider med eit forskingsprosjekt om kommunal forvaltning.\n\nMed heimel i offentleglova ber eg om innsyn i {what}. Dersom ei slik oversikt ikkje finst som eige dokument, ber eg om at ho blir samanstilt etter offentleglova § 9.",
            "Som del av ei masteroppgåve ved {uni} ber eg om innsyn i {what}. Eg ber om samanstilling etter § 9 dersom opplysningane ligg i databasar de har.",
        ]).format(uni=uni, what=what)
        role, subject = rng.choice(["stipendiat", "masterstudent", "forskar", "førsteamanuensis"]), rng.choice(
            ["Innsynskrav – samanstilling etter offentleglova § 9", "Krav om innsyn", "Innsyn til forskingsprosjekt"])
    else:
        body = rng.choice([
            "Jeg er stipendiat ved {uni} og arbeider med et forskningsprosjekt om kommunal forvaltning.\n\nMed hjemmel i offentleglova § 3 ber jeg om innsyn i {what}.\n\nDersom en slik oversikt ikke finnes som eget dokument, ber jeg om at den blir sammenstilt etter offentleglova § 9, for eksempel som et uttrekk fra fagsystemet.",
            "Jeg skriver masteroppgave ved {uni} og ber om innsyn i {what}. Jeg ber om sammenstilling etter § 9 dersom opplysningene ligger i databaser kommunen har tilgang til. Regneark passer best.",
            "Vi gjennomfører en undersøkelse av alle kommunene i regionen på oppdrag fra {uni}.\n\nVi ber med dette om innsyn i {what}. Vi er klar over at deler kan være unntatt etter § 13 og ber i så fall om at resten blir utlevert.",
            "Hei,\nkan dere sende meg {what}? Dette er til et forskningsprosjekt ved {uni}. Hvis det krever en sammenstilling, ber jeg om at dere gjør den etter offentleglova § 9.",
        ]).format(uni=uni, what=what)
        role, subject = rng.choice(["stipendiat", "masterstudent", "forsker", "førsteamanuensis", "seniorforsker"]), rng.choice(
            ["Innsynskrav – sammenstilling etter offentleglova § 9", "Begjæring om innsyn", "Innsyn til forskningsprosjekt",
             "Krav om innsyn og sammenstilling"])
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, [f"{role}, {uni}"]))
    return draft(tenant, p.name, email, subject, body, category="innsynskrav",
                 avsender={"navn": p.name, "epost": email, "orgnr": None}, note="Researcher's request, incl. sammenstilling.")


def make_innsyn_followup(rng: random.Random, world: World) -> Draft:
    """Purring or klage on an earlier innsynskrav, sometimes quoting the kommune's answer."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    p, email, av = private_sender(world)
    c = innsyn_slots(rng, world, tenant)
    obj = innsyn_items(rng, lang, c, 1)[0]
    quoted = None
    if rng.random() < 0.5:
        emp, emp_email = world.employee(tenant)
        ref = world.cite(world.unknown_saknr(), doc=True)
        qbody = choose(rng, lang, [
            f"Vi viser til innsynskravet ditt. Kravet blir avslått med hjemmel i offentleglova § 14, da dokumentet er et organinternt dokument.\n\nDu kan klage på avslaget innen tre uker. Klagen sendes kommunen.\n\nMed hilsen\n{emp.name}\narkivleder\nVår ref.: {ref}",
            f"Takk for innsynskravet. Vi tar sikte på å svare innen en uke.\n\nMvh\n{emp.name}\nDokumentsenteret\nVår ref. {ref}",
        ], [
            f"Vi viser til innsynskravet ditt. Kravet vert avslått med heimel i offentleglova § 14, då dokumentet er organinternt.\n\nDu kan klage på avslaget innan tre veker.\n\nMed helsing\n{emp.name}\narkivleiar\nVår ref.: {ref}",
        ])
        quoted = EarlierMessage(sender_name=emp.name, sender_email=emp_email, subject="Svar på innsynskrav", body=qbody)
        klage = "avslått" in qbody or "avslått" in qbody.lower() or "avslag" in qbody
    else:
        klage = rng.random() < 0.5
    if klage:
        body = choose(rng, lang, [
            "Jeg klager på avslaget på innsynskravet mitt om {obj}.\n\nDokumentet er etter min mening ikke organinternt, fordi det er sendt til et annet organ. Uansett ber jeg om at merinnsyn blir vurdert.",
            "Klage på avslag på innsyn\n\nJeg viser til avslaget og klager innen fristen. Jeg mener kommunen ikke har vurdert merinnsyn slik loven krever. Jeg ber om at saken sendes Statsforvalteren dersom dere opprettholder avslaget.",
            "Dere har sladdet nesten hele dokumentet om {obj}. Jeg klager på dette og ber om en ny vurdering, der hver sladdet del begrunnes med hjemmel.",
        ], [
            "Eg klagar på avslaget på innsynskravet mitt om {obj}.\n\nDokumentet er etter mitt syn ikkje organinternt, sidan det er sendt til eit anna organ. Eg ber uansett om at meirinnsyn vert vurdert.",
            "Klage på avslag om innsyn\n\nEg viser til avslaget og klagar innan fristen. Om kommunen held fast på avslaget, ber eg om at saka vert send til Statsforvaltaren.",
        ])
        subject = rng.choice(["Klage på avslag på innsyn", "Klage - innsynskrav", "SV: Svar på innsynskrav", "Klage på avslag om innsyn"])
    else:
        body = choose(rng, lang, [
            "Jeg sendte et innsynskrav {past} om {obj}, men har ikke fått svar. Etter offentleglova skal krav behandles uten ugrunnet opphold. Hvis jeg ikke hører noe innen fem arbeidsdager, regner jeg det som avslag og klager.",
            "Purring: innsynskravet mitt fra {past} er fortsatt ikke besvart. Kan dere gi beskjed om når jeg kan vente svar?",
            "hei igjen, har fortsatt ikke fått dokumentene jeg ba om innsyn i for to uker siden. hva skjer?",
            "Jeg bestilte innsyn via eInnsyn {past} i {obj}, men har ikke hørt noe. Bestillingen ser ut til å ha gått gjennom. Kan dere sjekke om kravet er kommet fram?",
        ], [
            "Eg sende eit innsynskrav {past} om {obj}, men har ikkje fått svar. Krav skal handsamast utan ugrunna opphald. Høyrer eg ikkje noko innan fem arbeidsdagar, reknar eg det som avslag og klagar.",
            "Purring: innsynskravet mitt frå {past} er framleis ikkje svara på. Kan de gje beskjed om når eg kan vente svar?",
        ])
        subject = rng.choice(["Purring på innsynskrav", "Ikke svar på innsynskrav" if lang == "nb" else "Ikkje svar på innsynskrav",
                              "SV: Svar på innsynskrav", "Innsynskrav - purring"])
    body = body.format(obj=obj, **c)
    body = letter(greeting(rng, lang, tenant, formal=False), roughen(rng, body, 0.3), signature(rng, lang, p.name, formal=False))
    return draft(tenant, p.name, email, subject, body, category="innsynskrav", avsender=av, quoted=quoted,
                 note="Purring or klage on an innsynskrav is still innsynskrav; the kommune's reference is not an open case.")


INTEREST_ORGS = ["Naturvernforbundet i {kname}", "{kname} huseierforening", "Fjordvern {kname}", "{kname} Venstre",
                 "Foreningen for bevaring av {place}", "{kname} Arbeiderparti", "{kname} Frp", "Fagforbundet {kname}",
                 "Velforeningen på {place}", "Aksjonsgruppa for {school}", "Pensjonistforeningen i {kname}"]


def make_innsyn_organisation(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = innsyn_slots(rng, world, tenant)
    org = rng.choice(INTEREST_ORGS).format(**c)
    p, email, _ = private_sender(world)
    orgnr = world.orgnr() if rng.random() < 0.5 else None
    items = innsyn_items(rng, lang, c, rng.randint(1, 2))
    body = choose(rng, lang, [
        "{org} ber om innsyn i {a}.\n\nVi ønsker å følge saken tett fordi den har stor betydning for medlemmene våre.",
        "Styret i {org} har bedt meg sende dette kravet om innsyn. Vi ber om:\n{items}\n\nEventuelle unntak må begrunnes.",
        "På vegne av {org}: vi ber om innsyn i {a}. Send gjerne til denne adressen.",
    ], [
        "{org} ber om innsyn i {a}.\n\nVi ynskjer å følgje saka tett fordi ho har mykje å seie for medlemene våre.",
        "Styret i {org} har bede meg sende dette kravet om innsyn. Vi ber om:\n{items}\n\nEventuelle unntak må grunngjevast.",
    ]).format(org=org, a=items[0], items="\n".join(f"- {it}" for it in items))
    role = choose(rng, lang, ["leder", "styremedlem", "sekretær", "nestleder"], ["leiar", "styremedlem", "skrivar"])
    body = letter(greeting(rng, lang, tenant), body,
                  signature(rng, lang, p.name, [f"{role}, {org}", orgnr_text(rng, orgnr) if orgnr else ""]))
    subject = rng.choice(["Innsynskrav", f"Innsynskrav fra {org}" if lang == "nb" else f"Innsynskrav frå {org}", "Krav om innsyn"])
    return draft(tenant, p.name, email, subject, body, category="innsynskrav",
                 avsender={"navn": org, "epost": email, "orgnr": orgnr})


def make_innsyn_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    c = innsyn_slots(rng, world, tenant)
    p = foreign_person(rng) if rng.random() < 0.7 else world.person()
    if rng.random() < 0.5:
        org = rng.choice(["Baltic Ferry Consult OÜ", "Nordic Data Insights ApS", "Coastline Research Ltd",
                          "European Procurement Watch", "Marine Farm Analytics GmbH"])
        domain = slug(org.split()[0] + org.split()[1]).lower() + rng.choice([".com", ".eu", ".dk", ".de"])
        email = org_email(world, rng, p, domain)
        av = {"navn": org, "epost": email, "orgnr": None}
        tail = [org]
    else:
        org = ""
        email = f"{plain(p.first)}.{plain(p.last)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'])}"
        av = {"navn": p.name, "epost": email, "orgnr": None}
        tail = []
    body = rng.choice([
        "I would like to request access to {what} under the Norwegian Freedom of Information Act (offentleglova).\n\nPlease send the documents by e-mail. If any part is withheld, please state the legal basis.",
        "Hello, I am not sure I am writing to the right address. I want to see the documents about {what}. Is this possible for a foreign citizen? I live in {kname} since two years.",
        "We hereby request copies of {what}. We are aware that business secrets may be redacted.\n\nThank you in advance.",
        "Could you please provide me with the public journal (postjournal) entries for week {week} and copies of {what}?",
    ]).format(what=rng.choice([f"the contract between {c['kommune']} and {c['firm']}",
                              f"the decision on the aquaculture site near {c['place']}",
                              "the minutes of the municipal council's closed session",
                              f"all correspondence regarding the new quay at {c['place']}"]), **c)
    body = letter(greeting(rng, "en", tenant), body, signature(rng, "en", p.name, tail))
    subject = rng.choice(["Request for access to documents", "FOI request", "Access request - offentleglova",
                          "Request for documents", "Innsyn / access to documents"])
    return draft(tenant, p.name, email, subject, body, category="innsynskrav", avsender=av)


def make_innsyn_forwarded(rng: random.Random, world: World) -> Draft:
    maker = rng.choice([make_innsyn_citizen, make_innsyn_journalist, make_innsyn_organisation])
    original = maker(rng, world)
    return forward_by_employee(rng, world, original.tenant, original, pick_lang(rng, original.tenant))


INNSYN_FAMILIES = [
    Family("innsynskrav.journalist", "innsynskrav", make_innsyn_journalist, 2.0, WRITER),
    Family("innsynskrav.einnsyn", "innsynskrav", make_innsyn_einnsyn, 1.6, WRITER),
    Family("innsynskrav.citizen", "innsynskrav", make_innsyn_citizen, 1.4, WRITER),
    Family("innsynskrav.lawyer", "innsynskrav", make_innsyn_lawyer, 0.8, WRITER),
    Family("innsynskrav.researcher", "innsynskrav", make_innsyn_researcher, 0.7, WRITER),
    Family("innsynskrav.followup", "innsynskrav", make_innsyn_followup, 0.6, WRITER),
    Family("innsynskrav.organisation", "innsynskrav", make_innsyn_organisation, 0.4, WRITER),
    Family("innsynskrav.english", "innsynskrav", make_innsyn_english, 0.25, WRITER),
    Family("innsynskrav.forwarded", "innsynskrav", make_innsyn_forwarded, 0.25, WRITER),
]


# ======================================================================================
# politisk
# ======================================================================================

# Political matters: short title, then the substance in bokmål and nynorsk.  Questions follow.
POLITICAL_TOPICS = [
    {"tittel": "Skolestrukturen i {place}",
     "nb": "Kommunedirektøren har i budsjettforslaget lagt opp til å legge ned skolen i {place} fra høsten {next}. Det vil gi barn ned til seks år over en time skoleskyss hver dag.",
     "nn": "Kommunedirektøren har i budsjettframlegget lagt opp til å leggje ned skulen i {place} frå hausten {next}. Det gjev born ned til seks år over ein time skuleskyss kvar dag.",
     "q_nb": ["Vil ordføreren gå inn for å bevare skolen i {place}?", "Hvilke konsekvensutredninger er gjort for elevene?"],
     "q_nn": ["Vil ordføraren gå inn for å halde på skulen i {place}?", "Kva konsekvensutgreiingar er gjort for elevane?"]},
    {"tittel": "Ferjetilbudet",
     "nb": "Fylkeskommunen foreslår å kutte de siste avgangene på ferjesambandet fra {place}. Mange pendler og ungdommer blir da uten mulighet til å komme hjem etter jobb, trening eller kino.",
     "nn": "Fylkeskommunen gjer framlegg om å kutte dei siste avgangane på ferjesambandet frå {place}. Mange pendlarar og ungdomar vert då utan høve til å kome heim etter jobb eller trening.",
     "q_nb": ["Hva vil ordføreren gjøre overfor fylkeskommunen?", "Vil kommunen gi en høringsuttalelse i saken?"],
     "q_nn": ["Kva vil ordføraren gjere overfor fylkeskommunen?", "Vil kommunen gje fråsegn i saka?"]},
    {"tittel": "Gang- og sykkelvei til {school}",
     "nb": "I budsjettet for {year} ble det satt av {sum} til gang- og sykkelvei langs fylkesveien forbi {school}. Det er ikke satt i gang noe arbeid, og barna går fortsatt i veibanen.",
     "nn": "I budsjettet for {year} vart det sett av {sum} til gang- og sykkelveg langs fylkesvegen forbi {school}. Det er ikkje sett i gang noko arbeid, og borna går framleis i vegbana.",
     "q_nb": ["Hva er status for prosjektet, og når er byggestart?", "Blir bevilgningen brukt i år, eller flyttes den til {next}?", "Hvilke midlertidige tiltak vil kommunen sette inn?"],
     "q_nn": ["Kva er status for prosjektet, og når er byggjestart?", "Vert løyvinga brukt i år, eller flytta til {next}?"]},
    {"tittel": "Bredbånd i utkantene",
     "nb": "Kobbernettet i {place} blir lagt ned, og det finnes ikke noe fast alternativ. Mobildekningen er ustabil, og flere driver næring hjemmefra.",
     "nn": "Koparnettet på {place} vert lagt ned, og det finst ikkje noko fast alternativ. Mobildekninga er ustabil, og fleire driv næring heimanfrå.",
     "q_nb": ["Har kommunen søkt om statlige bredbåndsmidler for {place}?", "Vil ordføreren ta saken opp i kommunestyret?"],
     "q_nn": ["Har kommunen søkt om statlege breibandsmidlar for {place}?", "Vil ordføraren ta saka opp i kommunestyret?"]},
    {"tittel": "Sykehjemsplasser",
     "nb": "Ventelisten for langtidsplass på {inst} har vokst, og flere eldre blir liggende på sykehuset i påvente av plass. Kommunen betaler dagbøter.",
     "nn": "Ventelista for langtidsplass på {inst} har vakse, og fleire eldre vert liggjande på sjukehuset i påvente av plass. Kommunen betalar dagbøter.",
     "q_nb": ["Hvor mye har kommunen betalt for utskrivningsklare pasienter i år?", "Når kommer de nye plassene som ble vedtatt i økonomiplanen?"],
     "q_nn": ["Kor mykje har kommunen betalt for utskrivingsklare pasientar i år?", "Når kjem dei nye plassane som vart vedtekne i økonomiplanen?"]},
    {"tittel": "Parkering i sentrum",
     "nb": "De nye parkeringsavgiftene i sentrum og ved helsesenteret rammer eldre som ikke har app, og handelsstanden merker færre kunder.",
     "nn": "Dei nye parkeringsavgiftene i sentrum og ved helsesenteret rammar eldre som ikkje har app, og handelsstanden merkar færre kundar.",
     "q_nb": ["Hvorfor ble det innført avgift ved helsesenteret?", "Vil kommunen sørge for at det går an å betale uten app?"],
     "q_nn": ["Kvifor vart det innført avgift ved helsesenteret?", "Vil kommunen sørgje for at det går an å betale utan app?"]},
    {"tittel": "Eiendomsskatt på boliger",
     "nb": "Mange innbyggere opplever at eiendomsskatten på bolig har økt kraftig etter den nye taksten, samtidig som kommunen går med overskudd.",
     "nn": "Mange innbyggjarar opplever at eigedomsskatten på bustad har auka kraftig etter den nye taksten, samstundes som kommunen går med overskot.",
     "q_nb": ["Vil ordføreren foreslå å redusere skattesatsen for boliger i budsjettet for {next}?", "Hvor mye utgjør inntekten fra boliger i år?"],
     "q_nn": ["Vil ordføraren gjere framlegg om å redusere skattesatsen for bustader i budsjettet for {next}?"]},
    {"tittel": "Havbruk i {place}",
     "nb": "Det er søkt om et nytt oppdrettsanlegg i sjøområdet ved {place}, tett på gyteområder og fritidsbåthavna.",
     "nn": "Det er søkt om eit nytt oppdrettsanlegg i sjøområdet ved {place}, tett på gyteområde og småbåthamna.",
     "q_nb": ["Hva er ordførerens holdning til lokaliseringen?", "Vil saken bli lagt fram for kommunestyret før kommunen uttaler seg?"],
     "q_nn": ["Kva meiner ordføraren om lokaliseringa?", "Vil saka bli lagd fram for kommunestyret før kommunen uttaler seg?"]},
    {"tittel": "Legevakt",
     "nb": "Det interkommunale legevaktsamarbeidet skal etter planen flyttes lenger unna, og innbyggerne i {place} får over en times reisevei om natten.",
     "nn": "Det interkommunale legevaktsamarbeidet skal etter planen flyttast lenger unna, og innbyggjarane på {place} får over ein times reiseveg om natta.",
     "q_nb": ["Hvordan vil kommunen sikre forsvarlig akuttberedskap?", "Er avtalen med vertskommunen sagt opp?"],
     "q_nn": ["Korleis vil kommunen sikre forsvarleg akuttberedskap?", "Er avtalen med vertskommunen sagd opp?"]},
    {"tittel": "Svømmehallen",
     "nb": "Svømmehallen har vært stengt siden våren på grunn av feil på ventilasjonen. Barna får ikke svømmeopplæringen de har krav på.",
     "nn": "Symjehallen har vore stengd sidan våren på grunn av feil på ventilasjonen. Borna får ikkje symjeopplæringa dei har krav på.",
     "q_nb": ["Når åpner svømmehallen igjen?", "Hva koster reparasjonen, og er pengene bevilget?"],
     "q_nn": ["Når opnar symjehallen att?", "Kva kostar reparasjonen, og er pengane løyvde?"]},
    {"tittel": "Vindkraft på {place}",
     "nb": "Et utbyggerselskap har tatt kontakt med grunneiere om vindkraft på fjellet over {place}. Mange innbyggere er bekymret for natur og friluftsliv.",
     "nn": "Eit utbyggjarselskap har teke kontakt med grunneigarar om vindkraft på fjellet over {place}. Mange innbyggjarar er uroa for natur og friluftsliv.",
     "q_nb": ["Har kommunen hatt møter med selskapet?", "Vil kommunestyret ta stilling før det blir meldt en konsesjonssøknad?"],
     "q_nn": ["Har kommunen hatt møte med selskapet?", "Vil kommunestyret ta stilling før det vert meldt ein konsesjonssøknad?"]},
    {"tittel": "Barnehageplasser",
     "nb": "Flere familier i {place} har fått avslag på barnehageplass fra januar og må takke nei til jobb. Den nye avdelingen som ble lovet i fjor er ikke åpnet.",
     "nn": "Fleire familiar på {place} har fått avslag på barnehageplass frå januar og må takke nei til jobb. Den nye avdelinga som vart lova i fjor, er ikkje opna.",
     "q_nb": ["Når åpner den nye avdelingen?", "Vil ordføreren sørge for at saken kommer opp i oppvekstutvalget?"],
     "q_nn": ["Når opnar den nye avdelinga?", "Vil ordføraren sørgje for at saka kjem opp i oppvekstutvalet?"]},
]
PARTIES = ["Arbeiderpartiet", "Høyre", "Senterpartiet", "Fremskrittspartiet", "SV", "Venstre", "KrF", "Rødt",
           "MDG", "{kname} bygdeliste", "Pensjonistpartiet", "Tverrpolitisk liste {kname}"]


def political_topic(rng: random.Random, world: World, tenant: str) -> tuple[dict, dict]:
    c = context(rng, world, tenant)
    c["sum"] = money(rng, 1_000_000, 9_000_000, 250_000)
    t = rng.choice(POLITICAL_TOPICS)
    filled = {k: (v.format(**c) if isinstance(v, str) else [q.format(**c) for q in v]) for k, v in t.items()}
    return filled, c


def numbered(rng: random.Random, qs: list[str]) -> str:
    if len(qs) == 1:
        return qs[0]
    if rng.random() < 0.7:
        return "\n".join(f"{i + 1}. {q}" for i, q in enumerate(qs))
    return "\n".join(f"- {q}" for q in qs)


def make_politisk_citizen_question(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    t, c = political_topic(rng, world, tenant)
    p, email, av = private_sender(world)
    qs = t["q_nn"] if lang == "nn" else t["q_nb"]
    sub = t["nn"] if lang == "nn" else t["nb"]
    opening = choose(rng, lang, [
        "Til ordføreren", "Kjære ordfører", "Hei ordfører!", "Til ordfører og kommunestyret", "Til ordføreren i {kname}",
    ], ["Til ordføraren", "Kjære ordførar", "Hei ordførar", "Til ordføraren og kommunestyret"]).format(**c)
    body = choose(rng, lang, [
        "{sub}\n\nJeg ber ordføreren svare på følgende:\n{qs}\n\nJeg håper på et svar før neste kommunestyremøte.",
        "Jeg skriver til deg fordi jeg er oppgitt. {sub}\n\n{q0} Dette må politikerne ta tak i nå.",
        "Som innbygger i {place} vil jeg stille ordføreren et spørsmål. {sub}\n\n{qs}",
        "{sub} Jeg har snakket med mange naboer som er like bekymret som meg.\n\nMitt spørsmål til ordføreren er: {q0}\n\nSvar kan gjerne gis i kommunestyret, så flere får høre det.",
        "kort spørsmål til ordføreren: {q0} {sub}",
        "Jeg ber om at dette spørsmålet blir tatt opp i åpen spørretime i kommunestyret.\n\n{sub}\n\n{qs}",
        "Jeg har bodd i {place} i over tretti år og har aldri før skrevet til ordføreren, men nå må jeg si fra.\n\n{sub}\n\nDet virker som om dere i kommunestyret ikke ser hva dette betyr for oss som bor her. Naboen min har allerede bestemt seg for å flytte, og flere unge familier vurderer det samme. Vi har vært tålmodige lenge.\n\nJeg vil derfor be om svar på følgende:\n{qs}\n\nJeg håper ordføreren tar seg tid til å svare skikkelig, og ikke bare med en standardformulering. Jeg stiller gjerne på et møte.",
        "{q0}??\n\n{sub}",
        "Til ordfører. Hvorfor er det ingen som svarer oss? {sub} {q0}",
    ], [
        "{sub}\n\nEg ber ordføraren svare på dette:\n{qs}\n\nEg håpar på svar før neste kommunestyremøte.",
        "Eg skriv til deg fordi eg er oppgitt. {sub}\n\n{q0} Dette må politikarane ta tak i no.",
        "Som innbyggjar på {place} vil eg stille ordføraren eit spørsmål. {sub}\n\n{qs}",
        "Eg ber om at dette spørsmålet vert teke opp i open spørjetime i kommunestyret.\n\n{sub}\n\n{qs}",
        "kort spørsmål til ordføraren: {q0} {sub}",
        "Eg har budd på {place} i over tretti år og har aldri før skrive til ordføraren, men no må eg seie frå.\n\n{sub}\n\nDet verkar som om de i kommunestyret ikkje ser kva dette tyder for oss som bur her. Fleire unge familiar vurderer å flytte.\n\nEg vil difor be om svar på dette:\n{qs}\n\nEg stiller gjerne på eit møte.",
        "{q0}??\n\n{sub}",
    ]).format(sub=sub, qs=numbered(rng, qs), q0=qs[0], **c)
    body = letter(opening, roughen(rng, body, 0.35), signature(rng, lang, p.name, [c["street"] if rng.random() < 0.4 else ""], formal=rng.random() < 0.5))
    subject = choose(rng, lang, ["Spørsmål til ordføreren – {t}", "Spørsmål til ordføreren", "{t}", "Til ordføreren: {t}",
                                 "Spørsmål til åpen spørretime", "Brev til ordfører"],
                     ["Spørsmål til ordføraren – {t}", "Spørsmål til ordføraren", "{t}", "Spørsmål til open spørjetime"]).format(t=t["tittel"])
    return draft(tenant, p.name, email, subject, body, category="politisk", avsender=av)


def make_politisk_representative(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    t, c = political_topic(rng, world, tenant)
    p, email, av = private_sender(world)
    party = rng.choice(PARTIES).format(**c)
    qs = t["q_nn"] if lang == "nn" else t["q_nb"]
    sub = t["nn"] if lang == "nn" else t["nb"]
    kind = rng.choice(["spørsmål", "interpellasjon", "spørsmål", "grunngjeve spørsmål" if lang == "nn" else "grunngitt spørsmål"])
    kind_word = "interpellasjon" if kind == "interpellasjon" else "spørsmål"
    par = rng.choice(["§ 12", "§ 15", "§ 9-3", "§ 11"])
    meeting = date_text(rng, world, (5, 40), numeric=False)
    body = choose(rng, lang, [
        "Jeg ønsker å stille følgende {kind} i kommunestyrets møte {m}, jf. reglement for kommunestyret {par}:\n\n{sub}\n\n{qs}",
        "{Kind} til ordføreren fra {party}\n\nBakgrunn: {sub}\n\nSpørsmål:\n{qs}\n\nJeg ber om at spørsmålet settes på sakslisten til møtet {m}.",
        "Hei ordfører. Jeg varsler med dette en {kind} til kommunestyret {m} på vegne av {party}-gruppen.\n\n{sub} {q0}",
        "Med hjemmel i kommunestyrets reglement {par} fremmes følgende {kind}:\n\n{sub}\n\n{qs}\n\nSvaret bes gitt skriftlig og lagt ved møteboken.",
    ], [
        "Eg ønskjer å stille følgjande {kind} i kommunestyremøtet {m}, jf. reglement for kommunestyret {par}:\n\n{sub}\n\n{qs}",
        "{Kind} til ordføraren frå {party}\n\nBakgrunn: {sub}\n\nSpørsmål:\n{qs}\n\nEg ber om at dette vert sett på sakslista til møtet {m}.",
        "Hei ordførar. Eg varslar med dette ein {kind} til kommunestyret {m} på vegner av gruppa til {party}.\n\n{sub} {q0}",
    ]).format(kind=kind, Kind=kind[0].upper() + kind[1:], m=meeting, par=par, sub=sub, qs=numbered(rng, qs), q0=qs[0],
              party=party, **c)
    role = choose(rng, lang, ["kommunestyrerepresentant, {party}", "gruppeleder, {party}", "{party}", "medlem av formannskapet ({party})"],
                  ["kommunestyrerepresentant, {party}", "gruppeleiar, {party}", "{party}"]).format(party=party)
    body = letter(choose(rng, lang, ["Til ordføreren", "Til ordføreren i {kname}", "Hei,"], ["Til ordføraren", "Til ordføraren i {kname}"]).format(**c),
                  body, signature(rng, lang, p.name, [role]))
    att = []
    if rng.random() < 0.25:
        kind = rng.choice(["docx", "pdf"])
        att = [AttachmentSpec(f"Sporsmal_til_ordforeren_{slug(party)}.{kind}", kind, body)]
        body = letter(choose(rng, lang, ["Hei, vedlagt følger spørsmål til kommunestyremøtet {m}.", "Se vedlegg.",
                                         "Oversender {kind} til møtet {m}, se vedlegg."],
                             ["Hei, vedlagt følgjer spørsmål til kommunestyremøtet {m}.", "Sjå vedlegg."]).format(m=meeting, kind=kind_word),
                      signature(rng, lang, p.name, [role], formal=False))
    subject = choose(rng, lang, ["{K} til kommunestyret {m} – {t}", "Spørsmål til ordføreren etter reglementet {par} – {t}", "{K}: {t}"],
                     ["{K} til kommunestyret {m} – {t}", "Spørsmål til ordføraren etter reglementet {par} – {t}"]).format(
        K=kind[0].upper() + kind[1:], m=meeting, par=par, t=t["tittel"])
    return draft(tenant, p.name, email, subject, body, category="politisk", avsender=av, attachments=att,
                 note="Question from an elected representative; avsender is the person.")


INITIATIVES = [
    ("Behold og rehabiliter svømmebassenget på {school}", "Behald og rehabiliter symjebassenget på {school}",
     "Bassenget er det eneste i nærområdet. Uten det må elevene fraktes langt for å få svømmeopplæring."),
    ("Gatelys langs veien til {place}", "Gatelys langs vegen til {place}",
     "Strekningen er mørk store deler av året og brukes av skolebarn og eldre."),
    ("Nytt kunstgress på idrettsplassen i {place}", "Nytt kunstgras på idrettsplassen på {place}",
     "Banen er slitt ut og farlig å spille på, og den brukes av over 200 barn hver uke."),
    ("Bevar biblioteket i {place}", "Behald biblioteket på {place}",
     "Filialen er den eneste offentlige møteplassen i bygda og har åpent for skoleklassene."),
    ("Forbud mot nye fritidsboliger i strandsonen i {place}", "Forbod mot nye fritidsbustader i strandsona på {place}",
     "Strandsonen er nesten nedbygd og allmennheten mister tilgangen til sjøen."),
    ("Gratis kollektivtransport for ungdom", "Gratis kollektivtransport for ungdom",
     "Ungdom i utkantene har ikke råd til å delta i fritidsaktiviteter i sentrum."),
    ("Helårs toalett ved badeplassen i {place}", "Heilårs toalett ved badeplassen på {place}",
     "Badeplassen har mange besøkende også utenom sommeren."),
]


def make_politisk_innbyggerforslag(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    p, email, av = private_sender(world)
    nb_t, nn_t, reason = rng.choice(INITIATIVES)
    title = (nn_t if lang == "nn" else nb_t).format(**c)
    signers = rng.randint(180, 900)
    word = "Innbyggjarforslag" if lang == "nn" else "Innbyggerforslag"
    body = choose(rng, lang, [
        "Vedlagt følger innbyggerforslag etter kommuneloven § 12-1: «{t}». Forslaget har {s} underskrifter.\n\nVi ber om at forslaget blir behandlet i kommunestyret innen seks måneder, slik loven krever.",
        "Hei. Her er innbyggerforslaget vårt, se vedlegg. Underskriftslistene leveres på servicetorget.",
        "På vegne av aksjonsgruppen oversender jeg innbyggerforslag om {t_lower}. {s} innbyggere har skrevet under.",
        "Se vedlagt innbyggerforslag.",
    ], [
        "Vedlagt følgjer innbyggjarforslag etter kommunelova § 12-1: «{t}». Forslaget har {s} underskrifter.\n\nVi ber om at forslaget vert teke opp i kommunestyret innan seks månader, slik lova krev.",
        "Hei. Her er innbyggjarforslaget vårt, sjå vedlegg. Underskriftslistene vert leverte på servicetorget.",
        "Sjå vedlagt innbyggjarforslag.",
    ]).format(t=title, t_lower=title[0].lower() + title[1:], s=signers)
    body = letter(choose(rng, lang, ["Til kommunestyret", "Til {kommune}", "Hei,", "Til ordføreren"],
                         ["Til kommunestyret", "Til {kommune}", "Hei,"]).format(**c), body,
                  signature(rng, lang, p.name, [choose(rng, lang, ["for aksjonsgruppen", "kontaktperson"], ["for aksjonsgruppa", "kontaktperson"])
                                                if rng.random() < 0.5 else ""]))
    pdf = (f"{word.upper()} ETTER KOMMUNELOVA § 12-1\n"
           f"Forslag: {c['kname']} kommunestyre {'vedtek' if lang == 'nn' else 'vedtar'}: {title}.\n"
           f"{'Grunngjeving' if lang == 'nn' else 'Begrunnelse'}: {reason}\n"
           f"Underskrifter: {signers}\nKontaktperson: {p.name}, {c['street']}")
    att = [AttachmentSpec(filename=f"{word}_{slug(title)[:40]}.pdf", kind=rng.choice(["pdf", "pdf", "docx"]), text=pdf)]
    if att[0].kind == "docx":
        att[0].filename = att[0].filename[:-3] + "docx"
    subject = rng.choice([f"{word}: {title}", word, f"{word} – {title}", f"{word} til kommunestyret"])
    return draft(tenant, p.name, email, subject, body, category="politisk", avsender=av, attachments=att,
                 note="Citizens' initiative to the council; text in the attachment.")


LOCAL_ORGS = ["{place} grendalag", "{place} vel", "{place} idrettslag", "FAU ved {school}", "{kname} Næringsforening",
              "{place} bygdelag", "Sanitetsforeningen i {place}", "{kname} Pensjonistforening", "{kname} Turlag",
              "{place} båtforening", "Ungdomsrådet i {kname}", "{kname} Bondelag"]


def make_politisk_organisation(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    t, c = political_topic(rng, world, tenant)
    org = rng.choice(LOCAL_ORGS).format(**c)
    p, email, _ = private_sender(world)
    orgnr = world.orgnr() if rng.random() < 0.6 else None
    qs = t["q_nn"] if lang == "nn" else t["q_nb"]
    sub = t["nn"] if lang == "nn" else t["nb"]
    body = choose(rng, lang, [
        "{org} ber med dette kommunestyret om å ta stilling til følgende sak. {sub}\n\nVi ber konkret om at kommunestyret:\n{qs}\n\nVi stiller gjerne i møte med formannskapet.",
        "Styret i {org} har drøftet situasjonen på årsmøtet, og vil rette en henvendelse til ordføreren og kommunestyret.\n\n{sub}\n\n{qs}",
        "Henvendelse til {utvalg}\n\n{sub} Medlemmene våre er svært bekymret. Vi ber om at utvalget setter saken på dagsorden og inviterer oss til å orientere.",
        "Vi viser til budsjettbehandlingen i kommunestyret. {sub}\n\nPå vegne av {org} ber vi ordføreren svare på:\n{qs}",
    ], [
        "{org} ber med dette kommunestyret om å ta stilling til denne saka. {sub}\n\nVi ber konkret om at kommunestyret:\n{qs}\n\nVi stiller gjerne i møte med formannskapet.",
        "Styret i {org} har drøfta situasjonen på årsmøtet, og vil rette ein førespurnad til ordføraren og kommunestyret.\n\n{sub}\n\n{qs}",
        "Til {utvalg}\n\n{sub} Medlemene våre er svært uroa. Vi ber om at utvalet set saka på dagsordenen og inviterer oss til å orientere.",
    ]).format(org=org, sub=sub, qs=numbered(rng, qs), utvalg=rng.choice(
        ["formannskapet", "oppvekstutvalget" if lang == "nb" else "oppvekstutvalet", "kommunestyret",
         "helse- og omsorgsutvalget" if lang == "nb" else "helse- og omsorgsutvalet", "plan- og miljøutvalget" if lang == "nb" else "plan- og miljøutvalet"]), **c)
    role = choose(rng, lang, ["leder", "styreleder", "nestleder", "sekretær"], ["leiar", "styreleiar", "skrivar"])
    body = letter(choose(rng, lang, ["Til ordføreren og kommunestyret", "Til {kommune}, v/ordfører", "Hei"],
                         ["Til ordføraren og kommunestyret", "Til {kommune}, v/ordførar", "Hei"]).format(**c), body,
                  signature(rng, lang, p.name, [f"{role}, {org}", orgnr_text(rng, orgnr) if orgnr else "",
                                                 f"tlf. {world.phone()}" if rng.random() < 0.4 else ""]))
    subject = choose(rng, lang, ["Henvendelse til kommunestyret – {t}", "Brev fra {org} – {t}", "{t} – innspill til politikerne",
                                 "Til ordføreren: {t}"],
                     ["Til kommunestyret – {t}", "Brev frå {org} – {t}", "{t}"]).format(t=t["tittel"], org=org)
    return draft(tenant, p.name, email, subject, body, category="politisk",
                 avsender={"navn": org, "epost": email, "orgnr": orgnr})


def make_politisk_invitation(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    t, c = political_topic(rng, world, tenant)
    org = rng.choice(LOCAL_ORGS).format(**c)
    p, email, _ = private_sender(world)
    sub = t["nn"] if lang == "nn" else t["nb"]
    d = date_text(rng, world, (7, 40), numeric=False)
    body = choose(rng, lang, [
        "{org} inviterer ordføreren til folkemøte på grendahuset i {place} {d} kl. 19.00.\n\nBakgrunnen er denne: {sub} Vi vil at ordføreren orienterer om hva kommunen vil gjøre, og ber om at representanter for alle partiene i kommunestyret blir med.",
        "Vi ønsker å invitere ordføreren og gruppelederne til et møte om {tl}. {sub}\n\nVi ber samtidig om at saken blir satt opp i formannskapet før budsjettet vedtas.",
        "Hei! Vil ordføreren komme på befaring i {place} {d}? Vi vil vise hvorfor dette haster. {sub}",
    ], [
        "{org} inviterer ordføraren til folkemøte på grendahuset på {place} {d} kl. 19.00.\n\nBakgrunnen er denne: {sub} Vi vil at ordføraren orienterer om kva kommunen vil gjere, og ber om at alle partia i kommunestyret stiller.",
        "Vi ynskjer å invitere ordføraren og gruppeleiarane til eit møte om {tl}. {sub}\n\nVi ber samstundes om at saka vert sett opp i formannskapet før budsjettet vert vedteke.",
    ]).format(org=org, d=d, sub=sub, tl=t["tittel"].lower(), **c)
    body = letter(choose(rng, lang, ["Til ordføreren", "Kjære ordfører", "Hei"], ["Til ordføraren", "Kjære ordførar", "Hei"]),
                  body, signature(rng, lang, p.name, [org]))
    subject = choose(rng, lang, ["Invitasjon til folkemøte – {t}", "Invitasjon til ordføreren", "Møte om {t}?"],
                     ["Invitasjon til folkemøte – {t}", "Invitasjon til ordføraren"]).format(t=t["tittel"])
    return draft(tenant, p.name, email, subject, body, category="politisk",
                 avsender={"navn": org, "epost": email, "orgnr": None},
                 note="Invitation to the mayor that is really a political request.")


def make_politisk_followup(rng: random.Random, world: World) -> Draft:
    """Purring or follow-up on an earlier question registered in an open POL case."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    t, c = political_topic(rng, world, tenant)
    title = f"Spørsmål til ordføreren - {t['tittel']}"
    case = world.open_case(tenant, "politisk", title)
    note = "Cites the open case."
    if rng.random() < 0.4:
        world.open_case(tenant, "politisk", title)
        note = "Two open cases share the title; the cited number decides."
    p, email, av = private_sender(world)
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb")
    sub = t["nn"] if lang == "nn" else t["nb"]
    qs = t["q_nn"] if lang == "nn" else t["q_nb"]
    body = choose(rng, lang, [
        "I {past} sendte jeg et spørsmål til ordføreren om {tl}. Jeg fikk bekreftelse på at det var registrert ({ref}), men har ikke fått svar.\n\nJeg ber igjen om svar på:\n{qs}",
        "Jeg viser til svaret fra ordføreren i saken ({ref}). Siden den gang har situasjonen blitt verre. {sub}\n\nJeg har derfor et oppfølgingsspørsmål: {q0}",
        "Purring! {ref}. Har fortsatt ikke fått svar på spørsmålet mitt om {tl}.",
        "Takk for svaret i kommunestyret. Jeg er ikke fornøyd med svaret og ber om at ordføreren utdyper skriftlig. {ref}\n\n{q0}",
    ], [
        "I {past} sende eg eit spørsmål til ordføraren om {tl}. Eg fekk stadfesting på at det var registrert ({ref}), men har ikkje fått svar.\n\nEg ber på nytt om svar på:\n{qs}",
        "Eg viser til svaret frå ordføraren i saka ({ref}). Sidan har situasjonen vorte verre. {sub}\n\nEg har difor eit oppfølgingsspørsmål: {q0}",
        "Purring! {ref}. Har framleis ikkje fått svar på spørsmålet mitt om {tl}.",
    ]).format(ref=ref, tl=t["tittel"].lower(), sub=sub, qs=numbered(rng, qs), q0=qs[0], **c)
    body = letter(choose(rng, lang, ["Til ordføreren", "Hei"], ["Til ordføraren", "Hei"]), roughen(rng, body, 0.25),
                  signature(rng, lang, p.name, formal=False))
    subject = choose(rng, lang, ["Purring: svar på spørsmål til ordføreren ({ref})", "Oppfølging av spørsmål til ordføreren – {t}",
                                 "SV: {t}", "Ang. spørsmål til ordføreren, {ref}"],
                     ["Purring: svar på spørsmål til ordføraren ({ref})", "Oppfølging av spørsmål til ordføraren – {t}"]).format(
        ref=world.cite(case.sak), t=t["tittel"])
    quoted = None
    if rng.random() < 0.35:
        quoted = kommune_letter(rng, world, tenant, lang, case.sak, f"Svar på spørsmål om {t['tittel'].lower()}", [
            "Takk for spørsmålet ditt. Saken er til vurdering, og ordføreren vil gi et fullstendig svar i kommunestyrets neste møte.",
            "Ordføreren har bedt kommunedirektøren om en redegjørelse. Du vil få svar så snart den foreligger.",
        ], ["Takk for spørsmålet ditt. Saka er til vurdering, og ordføraren vil gje eit fullstendig svar i neste kommunestyremøte."],
            role=choose(rng, lang, ["politisk sekretariat", "rådgiver for ordføreren"], ["politisk sekretariat"]))
        subject = "SV: " + quoted.subject if rng.random() < 0.6 else subject
    return draft(tenant, p.name, email, subject, body, category="politisk", avsender=av, sak=case.sak, note=note,
                 quoted=quoted)


def make_politisk_open_letter(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    t, c = political_topic(rng, world, tenant)
    p, email, av = private_sender(world)
    sub = t["nn"] if lang == "nn" else t["nb"]
    n = rng.randint(12, 140)
    body = choose(rng, lang, [
        "Åpent brev til kommunestyret i {kname}\n\n{sub}\n\nVi, {count} foreldre og besteforeldre i {place}, ber politikerne om å snu. Listen med navn ligger vedlagt.",
        "Til alle medlemmene i kommunestyret\n\nVi er en gruppe innbyggere som ikke lenger vil sitte stille. {sub}\n\nVi forventer at dere stemmer imot når saken kommer opp.",
        "Dette brevet er sendt til alle gruppelederne og til postmottak.\n\n{sub} Vi ber dere lytte til innbyggerne.",
    ], [
        "Ope brev til kommunestyret i {kname}\n\n{sub}\n\nVi, {count} foreldre og besteforeldre på {place}, ber politikarane om å snu. Lista med namn ligg ved.",
        "Til alle medlemene i kommunestyret\n\nVi er ei gruppe innbyggjarar som ikkje lenger vil sitje still. {sub}\n\nVi ventar at de røystar imot når saka kjem opp.",
    ]).format(sub=sub, count=n, **c)
    body = letter(body, signature(rng, lang, p.name, [choose(rng, lang, ["på vegne av underskriverne"], ["på vegner av dei som har skrive under"])]))
    subject = choose(rng, lang, ["Åpent brev til kommunestyret – {t}", "Åpent brev: {t}", "Til kommunestyret"],
                     ["Ope brev til kommunestyret – {t}", "Ope brev: {t}"]).format(t=t["tittel"])
    att = []
    if "vedlagt" in body or "ligg ved" in body:
        att = [AttachmentSpec("underskrifter.pdf", "scan")]
    return draft(tenant, p.name, email, subject, body, category="politisk", avsender=av, attachments=att)


def make_politisk_forwarded(rng: random.Random, world: World) -> Draft:
    maker = rng.choice([make_politisk_citizen_question, make_politisk_organisation, make_politisk_representative])
    original = maker(rng, world)
    return forward_by_employee(rng, world, original.tenant, original, pick_lang(rng, original.tenant))


POLITISK_FAMILIES = [
    Family("politisk.citizen_question", "politisk", make_politisk_citizen_question, 0.9, WRITER),
    Family("politisk.representative", "politisk", make_politisk_representative, 0.7, WRITER),
    Family("politisk.innbyggerforslag", "politisk", make_politisk_innbyggerforslag, 0.45, WRITER),
    Family("politisk.organisation", "politisk", make_politisk_organisation, 0.5, WRITER),
    Family("politisk.invitation", "politisk", make_politisk_invitation, 0.3, WRITER),
    Family("politisk.followup", "politisk", make_politisk_followup, 0.8, WRITER),
    Family("politisk.open_letter", "politisk", make_politisk_open_letter, 0.2, WRITER),
    Family("politisk.forwarded", "politisk", make_politisk_forwarded, 0.15, WRITER),
]


# ======================================================================================
# horing
# ======================================================================================

STATE_HEARINGS = [
    ("Miljødirektoratet", "post@miljodir.no", "forslag til endringer i forurensningsforskriften kapittel 12 (små avløpsanlegg)",
     "framlegg til endringar i forureiningsforskrifta kapittel 12 (små avlaupsanlegg)",
     "Forslaget gir skjerpede rensekrav i områder med dårlig vannkvalitet og krav om at kommunene fører register over alle små avløpsanlegg."),
    ("Kommunal- og distriktsdepartementet", "postmottak@kdd.dep.no", "forslag til endringer i matrikkelforskriften",
     "framlegg til endringar i matrikkelforskrifta",
     "Forslaget gjelder krav til kvalitet på eiendomsgrenser, frister for oppmålingsforretning og registrering av bygninger."),
    ("Kommunal- og distriktsdepartementet", "postmottak@kdd.dep.no", "forslag til endringer i plan- og bygningsloven (digitale planer)",
     "framlegg til endringar i plan- og bygningslova (digitale planar)",
     "Departementet foreslår at alle reguleringsplaner skal leveres og kunngjøres digitalt."),
    ("Kunnskapsdepartementet", "postmottak@kd.dep.no", "forslag til endringer i barnehageloven om bemanning",
     "framlegg til endringar i barnehagelova om bemanning",
     "Forslaget skjerper kravet til pedagogisk bemanning og gir kommunen nye plikter som barnehagemyndighet."),
    ("Utdanningsdirektoratet", "post@udir.no", "forslag til ny forskrift om skoleskyss og reisetid",
     "framlegg til ny forskrift om skuleskyss og reisetid",
     "Forskriften skal fastsette største akseptable reisetid for elever i grunnskolen."),
    ("Helse- og omsorgsdepartementet", "postmottak@hod.dep.no", "forslag til endringer i alkoholloven om salgstider",
     "framlegg til endringar i alkohollova om salstider",
     "Forslaget gir kommunene større frihet til å fastsette salgs- og skjenketider lokalt."),
    ("Helsedirektoratet", "postmottak@helsedir.no", "utkast til nasjonal veileder for kommunal legevakt",
     "utkast til nasjonal rettleiar for kommunal legevakt",
     "Veilederen beskriver krav til bemanning, responstid og samarbeid mellom kommuner."),
    ("Klima- og miljødepartementet", "postmottak@kld.dep.no", "forslag til endringer i forskrift om rammer for vannforvaltningen",
     "framlegg til endringar i vassforskrifta",
     "Forslaget endrer kommunenes rolle i vannområdene og rapporteringen av tiltak."),
    ("Nærings- og fiskeridepartementet", "postmottak@nfd.dep.no", "forslag til ny ordning for produksjonsavgift i havbruk",
     "framlegg til ny ordning for produksjonsavgift i havbruk",
     "Forslaget endrer fordelingen av inntekter fra havbruksfondet mellom kommuner og fylkeskommuner."),
    ("Justis- og beredskapsdepartementet", "postmottak@jd.dep.no", "forslag til forskrift om kommunal beredskapsplikt",
     "framlegg til forskrift om kommunal beredskapsplikt",
     "Forskriften stiller nye krav til helhetlig risiko- og sårbarhetsanalyse og beredskapsøvelser."),
    ("Direktoratet for byggkvalitet", "post@dibk.no", "forslag til endringer i byggteknisk forskrift (TEK17) om ombruk",
     "framlegg til endringar i byggteknisk forskrift (TEK17) om ombruk",
     "Forslaget skal gjøre det enklere å bruke byggevarer om igjen."),
    ("Landbruksdirektoratet", "postmottak@landbruksdirektoratet.no", "forslag til endringer i forskrift om produksjonstilskudd",
     "framlegg til endringar i forskrift om produksjonstilskot",
     "Kommunene skal få nye oppgaver i kontrollen av søknader om produksjonstilskudd."),
    ("Kartverket", "post@kartverket.no", "forslag til ny forskrift om stedsnavn",
     "framlegg til ny forskrift om stadnamn",
     "Forslaget endrer saksbehandlingen når kommunen vedtar adressenavn."),
    ("Kultur- og likestillingsdepartementet", "postmottak@kud.dep.no", "forslag til ny lov om frivillighet",
     "framlegg til ny lov om frivilligheit",
     "Loven skal forenkle tilskuddsordningene til frivillige organisasjoner."),
    ("Samferdselsdepartementet", "postmottak@sd.dep.no", "forslag til endringer i yrkestransportloven (løyve for drosje)",
     "framlegg til endringar i yrkestransportlova (løyve for drosje)",
     "Forslaget gir fylkeskommunene adgang til å begrense antall drosjeløyver i distriktene."),
]


def agency_ref(rng: random.Random, world: World) -> str:
    return f"{world.start.year}/{rng.randint(1000, 99999)}" if rng.random() < 0.6 else f"{str(world.start.year)[2:]}/{rng.randint(100, 9999)}-{rng.randint(1, 30)}"


def make_horing_state(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    agency, email, topic_nb, topic_nn, summary = rng.choice(STATE_HEARINGS)
    lang = "nn" if rng.random() < 0.3 else "nb"
    topic = topic_nn if lang == "nn" else topic_nb
    frist = date_text(rng, world, (40, 120), numeric=False)
    ref = agency_ref(rng, world)
    word = "Høyring" if lang == "nn" else "Høring"
    body = choose(rng, lang, [
        "Til høringsinstansene\n\n{a} sender med dette {t} på høring. Høringsbrev og høringsnotat ligger vedlagt.\n\nHøringsfrist: {f}\n\nHøringsuttalelser sendes til {e}, merket {ref}.",
        "Høring – {t}\n\nVedlagt følger høringsnotat. {s}\n\nKommunene bes særlig vurdere de økonomiske og administrative konsekvensene.\n\nFrist for å gi uttalelse er {f}. Uttalelser kan gis på regjeringen.no eller sendes til {e}.",
        "Vi viser til vedlagte høringsbrev om {t}.\n\nHøringsinstansene bes om å vurdere om det er behov for å videresende høringen til underliggende virksomheter.\n\nVår ref.: {ref}\nHøringsfrist: {f}",
        "{a} inviterer til å gi innspill til {t}. {s}\n\nAlle kan avgi høringsuttalelse. Fristen er {f}.",
        "Departementet sender på høring {t}. Høringen er åpen, og alle kan gi innspill. Vi ber kommunene vurdere konsekvensene for egen forvaltning.\n\nHøringsfrist: {f}. Uttalelser gis digitalt på regjeringen.no.",
        "Se vedlagt høringsbrev og høringsnotat om {t}.\n\nFrist: {f}\nSaksnummer hos oss: {ref}",
    ], [
        "Til høyringsinstansane\n\n{a} sender med dette {t} på høyring. Høyringsbrev og høyringsnotat ligg ved.\n\nHøyringsfrist: {f}\n\nHøyringsfråsegner vert sende til {e}, merkte {ref}.",
        "Høyring – {t}\n\nHøyringsnotatet ligg ved og er publisert på regjeringen.no.\n\nKommunane vert bedne om særleg å vurdere dei økonomiske og administrative konsekvensane.\n\nHøyringsfrist: {f}",
        "{a} sender på høyring {t}. {s}\n\nAlle kan gje innspel. Fristen er {f}.",
    ]).format(a=agency, t=topic, f=frist, e=email, ref=ref, s=summary)
    body = letter(body, signature(rng, lang, agency, [rng.choice(["", "Avdeling for regelverk", "Seksjon for forvaltning",
                                                                   "Kommuneavdelingen", "Plan- og bygningsavdelingen"])]))
    note = "Hearing from a state body: horing; the agency's own reference is not an open case."
    att = [AttachmentSpec(f"{word}snotat_{slug(topic)[:40]}.pdf", "pdf",
                          f"{word.upper()}SNOTAT\n{topic[0].upper() + topic[1:]}\n1. Bakgrunn\n{summary}\n2. Forslaget\n3. Økonomiske og administrative konsekvenser\nHøringsfrist: {frist}")]
    if rng.random() < 0.5:
        att.insert(0, AttachmentSpec(f"{word}sbrev.pdf", "pdf", f"{word.upper()}SBREV\n{agency} sender {topic} på {word.lower()}.\nVår ref. {ref}\nFrist: {frist}"))
    sender_name, sender_email = agency, email
    if rng.random() < 0.3:
        p = world.person()
        sender_name = p.name
        sender_email = org_email(world, rng, p, email.split("@")[1])
    subject = rng.choice([f"{word} – {topic}", f"{word}: {topic[0].upper() + topic[1:]}", f"{word} - {topic} - frist {frist}",
                          f"{word} {topic}"])
    return draft(tenant, sender_name, sender_email, subject, body, category="horing",
                 avsender={"navn": agency, "epost": sender_email, "orgnr": None}, attachments=att, note=note)


REGIONAL_HEARINGS = [
    ("Regional transportplan {year}–{end}", "Regional transportplan {year}–{end}"),
    ("Regional plan for kystsonen", "Regional plan for kystsona"),
    ("Regional plan for vannforvaltning", "Regional plan for vassforvaltning"),
    ("Regional plan for kultur", "Regional plan for kultur"),
    ("Ny skolebruksplan for videregående opplæring", "Ny skulebruksplan for vidaregåande opplæring"),
    ("Rutetilbud for hurtigbåt og ferje fra {next}", "Rutetilbod for snøggbåt og ferje frå {next}"),
    ("Regional planstrategi {year}–{end2}", "Regional planstrategi {year}–{end2}"),
]
COUNTIES = [("Vestkyst fylkeskommune", "post@vestkystfylke.no"), ("Møre og Romsdal fylkeskommune", "post@mrfylke.no"),
            ("Vestland fylkeskommune", "post@vlfk.no")]


def make_horing_regional(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    county, email = rng.choice(COUNTIES)
    y = world.start.year
    nb_t, nn_t = rng.choice(REGIONAL_HEARINGS)
    topic = (nn_t if lang == "nn" else nb_t).format(year=y, end=y + 11, end2=y + 3, next=y + 1)
    c = context(rng, world, tenant)
    sak = None
    note = ""
    if rng.random() < 0.55:
        case = world.open_case(tenant, "horing", f"Høring - {topic}")
        sak = case.sak
        dref = world.cite(case.sak)
        note = "Follow-up in the kommune's open hearing case, cites its number."
        if rng.random() < 0.3:
            other = "havoy" if tenant == "fjordvik" else "fjordvik"
            world.open_case(other, "horing", f"Høring - {topic}")
            note += " The other tenant has a case with the same title."
    else:
        dref = ""
    vref = agency_ref(rng, world)
    frist = date_text(rng, world, (20, 80), numeric=False)
    if sak:
        body = choose(rng, lang, [
            "Deres ref.: {d}\nVår ref.: {v}\n\nVi viser til høringen av forslag til {t}.\n\nEtter innspill fra flere kommuner er det utarbeidet et supplerende høringsdokument, som ligger vedlagt. Høringsfristen blir utsatt til {f}.",
            "Vi viser til tidligere oversendt høring ({d}). Vedlagt følger et oppdatert kartgrunnlag for {place}, som er en del av høringsgrunnlaget.\n\nVi ber særlig om kommunens vurdering av konsekvensene for {place}.",
            "Påminnelse: høringsfristen for {t} er {f}. Deres ref. {d}. Vi har ennå ikke mottatt uttalelse fra {kommune}.",
        ], [
            "Dykkar ref.: {d}\nVår ref.: {v}\n\nVi viser til høyringa av framlegg til {t}.\n\nEtter innspel frå fleire kommunar er det utarbeidd eit supplerande høyringsdokument, som ligg ved. Høyringsfristen vert utsett til {f}.",
            "Påminning: høyringsfristen for {t} er {f}. Dykkar ref. {d}. Vi har enno ikkje motteke fråsegn frå {kommune}.",
        ])
    else:
        body = choose(rng, lang, [
            "Til kommunene i fylket\n\nFylkesutvalget vedtok {past} å legge forslag til {t} ut på høring og offentlig ettersyn.\n\nHøringsdokumentene ligger vedlagt og på fylkeskommunens nettsider. Frist for uttalelse er {f}.\n\nVår ref.: {v}",
            "Forslag til {t} – høring\n\nFylkeskommunen ber om kommunens syn på forslaget, særlig om prioriteringene for {place}. Frist {f}.",
        ], [
            "Til kommunane i fylket\n\nFylkesutvalet vedtok {past} å leggje framlegg til {t} ut på høyring og offentleg ettersyn.\n\nHøyringsdokumenta ligg ved og på nettsidene til fylkeskommunen. Frist for fråsegn er {f}.\n\nVår ref.: {v}",
        ])
    body = body.format(d=dref, v=vref, t=topic[0].lower() + topic[1:], f=frist, **c)
    body = letter(body, signature(rng, lang, county, [rng.choice(["Samferdselsavdelinga", "Avdeling for strategi og utvikling",
                                                                  "Plan- og analyseavdelingen", "Kulturavdelinga", ""])]))
    word = "Høyring" if lang == "nn" else "Høring"
    subject = rng.choice([f"{word} – {topic}", f"{topic} – {word.lower()}", f"{topic} – supplerende dokument" if sak else f"{word}: {topic}"])
    if sak and rng.random() < 0.6:
        subject += f" ({'dykkar' if lang == 'nn' else 'deres'} ref. {dref})"
    att = [AttachmentSpec(f"{slug(topic)[:40]}.pdf", "pdf", f"{topic.upper()}\nHøringsutkast\n1. Innledning\n2. Mål og strategier\n3. Tiltak")]
    sender_name, sender_email = county, email
    if rng.random() < 0.3:
        p = world.person()
        sender_name, sender_email = p.name, org_email(world, rng, p, email.split("@")[1])
    return draft(tenant, sender_name, sender_email, subject, body, category="horing",
                 avsender={"navn": county, "epost": sender_email, "orgnr": None}, sak=sak, attachments=att, note=note)


# The kommune's own hearings: title, what people say (bokmål, nynorsk).
OWN_HEARINGS = [
    ("Ny forskrift om renovasjon", [
        "Mange eldre klarer ikke å trille dunkene ut til veien om vinteren. Vi ber om en ordning med henting ved døren uten ekstra gebyr.",
        "Hentefrekvensen for matavfall må være to ganger i uken om sommeren for serveringsstedene.",
        "Næringsdrivende i kombinerte bygg må ikke betale dobbelt når de har egen avtale med privat renovatør.",
        "Enslige som kaster lite bør kunne velge mindre dunk og lavere gebyr."], [
        "Mange eldre klarer ikkje å trille dunkane ut til vegen om vinteren. Vi ber om ei ordning med henting ved døra utan ekstra gebyr.",
        "Einslege som kastar lite bør kunne velje mindre dunk og lågare gebyr."]),
    ("Forskrift om slamtømming", [
        "Tømming hvert annet år er for ofte for hytter som brukes noen uker i året.",
        "Gebyret for tømming av tette tanker bør differensieres etter volum.",
        "Forslaget sier ikke noe om adkomst for slambilen der veien er privat og smal."], [
        "Tømming annakvart år er for ofte for hytter som vert brukte nokre veker i året.",
        "Forslaget seier ikkje noko om tilkomst for slambilen der vegen er privat og smal."]),
    ("Alkoholpolitisk handlingsplan", [
        "Skjenketiden i sentrum bør ikke utvides, av hensyn til nattero for beboerne.",
        "Vi støtter forslaget om å tillate skjenking til kl. 02 i helgene; det er viktig for reiselivet.",
        "Planen bør ha strengere regler for skjenking på arrangementer der barn er til stede."], [
        "Skjenketida i sentrum bør ikkje utvidast, av omsyn til nattero for bebuarane.",
        "Vi støttar framlegget om å tillate skjenking til kl. 02 i helgane; det er viktig for reiselivet."]),
    ("Skolebruksplan", [
        "Forslaget om å samle ungdomstrinnet i sentrum gir for lang reisetid for elevene fra {place}.",
        "Vi ber om at konsekvensene for bygda blir utredet før skolen i {place} foreslås nedlagt.",
        "Planen tar ikke hensyn til at elevtallet i {place} er ventet å øke når det nye boligfeltet er ferdig."], [
        "Framlegget om å samle ungdomstrinnet i sentrum gjev for lang reisetid for elevane frå {place}.",
        "Vi ber om at konsekvensane for bygda vert greidde ut før skulen på {place} vert føreslegen nedlagd."]),
    ("Adressenavn i {place}", [
        "Vi foreslår at den nye veien får navnet etter det gamle gårdsnavnet, ikke et nytt fantasinavn.",
        "Skrivemåten i forslaget er feil; lokalt uttales og skrives navnet med dobbel konsonant."], [
        "Vi gjer framlegg om at den nye vegen får namnet etter det gamle gardsnamnet.",
        "Skrivemåten i framlegget er feil; lokalt vert namnet skrive med dobbel konsonant."]),
    ("Gebyrregulativ for plan- og byggesaker", [
        "Gebyrene for små tiltak som garasjer og tilbygg er urimelig høye sammenlignet med nabokommunene.",
        "Vi ber om at det innføres redusert gebyr for søknader fra frivillige lag."], [
        "Gebyra for små tiltak som garasjar og tilbygg er urimeleg høge samanlikna med nabokommunane."]),
    ("Kulturplan", [
        "Planen mangler en strategi for lokaler til øving for korps og kor.",
        "Vi ber om at kulturskolen får egne mål i planen, og at ventelistene tas på alvor."], [
        "Planen manglar ein strategi for øvingslokale for korps og kor.",
        "Vi ber om at kulturskulen får eigne mål i planen."]),
    ("Lokal forskrift om snøscooterløyper", [
        "Løypa over {place} går for nær hyttefeltet og drikkevannskilden.",
        "Vi ber om at løypene stenges senest 30. april av hensyn til reinsdyr og fugleliv."], [
        "Løypa over {place} går for nær hyttefeltet og drikkevasskjelda."]),
    ("Helse- og omsorgsplan", [
        "Planen må sikre at det fortsatt er dagtilbud for personer med demens i {place}.",
        "Vi savner en plan for rekruttering av sykepleiere."], [
        "Planen må sikre at det framleis er dagtilbod for personar med demens på {place}."]),
]
HEARING_ORGS = ["{kname} Næringsforening", "{kname} pensjonistforening", "{place} grendalag", "{kname} Turlag",
                "Naturvernforbundet i {kname}", "{place} velforening", "{kname} Bondelag", "{kname} Hytteeierforening",
                "FAU ved {school}", "Eldrerådet i {kname}", "{kname} Handelsstandforening", "{kname} Sanitetsforening",
                "Reiselivslaget i {kname}"]


def make_horing_uttalelse(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title_t, points_nb, points_nn = rng.choice(OWN_HEARINGS)
    title = title_t.format(**c)
    case = world.open_case(tenant, "horing", f"Høring - {title}")
    note = ""
    if rng.random() < 0.25:
        other = "havoy" if tenant == "fjordvik" else "fjordvik"
        world.open_case(other, "horing", f"Høring - {title}")
        note = "The other tenant has a case with the same title; tenant and number decide."
    points = [x.format(**c) for x in rng.sample(points_nn if lang == "nn" else points_nb,
                                                rng.randint(1, len(points_nn if lang == "nn" else points_nb)))]
    is_org = rng.random() < 0.7
    p, email, av = private_sender(world)
    if is_org:
        org = rng.choice(HEARING_ORGS).format(**c)
        orgnr = world.orgnr() if rng.random() < 0.55 else None
        av = {"navn": org, "epost": email, "orgnr": orgnr}
        if rng.random() < 0.4:
            dom = slug(org).lower().replace("_", "") + ".no"
            email = org_email(world, rng, p, dom)
            av["epost"] = email
    else:
        org, orgnr = "", None
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb")
    pts = "\n\n".join(f"{i + 1}. {pt}" for i, pt in enumerate(points)) if len(points) > 1 else points[0]
    who = org or p.name
    personal = choose(rng, lang, [
        "Merknad til forslag til {tl} ({ref})\n\nJeg har lest forslaget og har disse merknadene:\n\n{pts}",
        "Jeg vil gi en uttalelse til høringen om {tl}, {ref}.\n\n{pts}\n\nJeg håper innbyggernes syn blir lyttet til.",
    ], [
        "Merknad til framlegg til {tl} ({ref})\n\nEg har lese framlegget og har desse merknadene:\n\n{pts}",
        "Eg vil gje ei fråsegn til høyringa om {tl}, {ref}.\n\n{pts}",
    ])
    uttale = personal.format(tl=title[0].lower() + title[1:], ref=ref, pts=pts) if not org else choose(rng, lang, [
        "Høringsuttalelse fra {w} – forslag til {tl}, {ref}\n\n{w} har følgende merknader til forslaget:\n\n{pts}",
        "{w} har drøftet forslaget til {tl} ({ref}) og vil komme med denne uttalelsen:\n\n{pts}\n\nVi ber om at merknadene blir tatt med i det videre arbeidet.",
    ], [
        "Høyringsfråsegn frå {w} – framlegg til {tl}, {ref}\n\n{w} har desse merknadene til framlegget:\n\n{pts}",
        "{w} har drøfta framlegget til {tl} ({ref}) og vil kome med denne fråsegna:\n\n{pts}",
    ]).format(w=who, tl=title[0].lower() + title[1:], ref=ref, pts=pts)
    sig_lines = [org, orgnr_text(rng, orgnr) if orgnr else ""] if org else []
    in_attachment = rng.random() < 0.5
    att = []
    if in_attachment:
        kind = rng.choice(["pdf", "docx"])
        doc = letter(f"Til {c['kommune']}", uttale, signature(rng, lang, p.name, sig_lines))
        att = [AttachmentSpec(f"Høringsuttalelse {title[:30]} - {who[:30]}.{kind}", kind, doc)]
        body = choose(rng, lang, ["Vedlagt oversendes uttalelsen vår til høringen.", "Hei. Uttalelsen vår ligger vedlagt.",
                                  "Se vedlagt høringsuttalelse.", "Vedlagt følger høringsuttalelse fra {w}, jf. {ref}."],
                      ["Vedlagt er fråsegna vår til høyringa.", "Hei. Fråsegna vår ligg ved.", "Sjå vedlagt høyringsfråsegn."]).format(w=who, ref=ref)
        body = letter(body, signature(rng, lang, p.name, [org], formal=False))
        if "{ref}" not in body and rng.random() < 0.3:
            note = (note + " Case number only in the attachment.").strip()
    else:
        body = letter(greeting(rng, lang, tenant), uttale, signature(rng, lang, p.name, sig_lines))
    word = "Høyringsfråsegn" if lang == "nn" else "Høringsuttalelse"
    subject = rng.choice([f"{word} – {title}", f"{word} fra {who}" if lang == "nb" else f"{word} frå {who}",
                          f"{word} – {title.lower()} ({world.cite(case.sak)})", f"Innspill til høring: {title}" if lang == "nb" else f"Innspel til høyring: {title}"])
    quoted = None
    if rng.random() < 0.3:
        frist = date_text(rng, world, (5, 40), numeric=False)
        quoted = kommune_letter(rng, world, tenant, lang, case.sak, f"Høring – {title}", [
            f"Kommunen sender med dette forslag til {title[0].lower() + title[1:]} på høring. Høringsdokumentene ligger på kommunens nettsider.\n\nFrist for uttalelse er {frist}.",
            f"Formannskapet vedtok å legge forslag til {title[0].lower() + title[1:]} ut på høring. Lag, foreninger og andre berørte inviteres til å uttale seg innen {frist}.",
        ], [f"Kommunen sender med dette framlegg til {title[0].lower() + title[1:]} på høyring. Frist for fråsegn er {frist}."],
            role=choose(rng, lang, ["rådgiver", "kommunedirektørens stab"], ["rådgjevar"]))
        subject = "SV: " + quoted.subject if rng.random() < 0.6 else subject
    return draft(tenant, p.name, email, subject, body, category="horing", avsender=av, sak=case.sak, quoted=quoted,
                 attachments=att, note=note or "Uttalelse to the kommune's own hearing; cites the open case.")


def make_horing_deadline(rng: random.Random, world: World) -> Draft:
    """Organisation asks for extended deadline or copy of documents in the kommune's hearing."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title = rng.choice(OWN_HEARINGS)[0].format(**c)
    cited = rng.random() < 0.7
    case = world.open_case(tenant, "horing", f"Høring - {title}") if cited else None
    org = rng.choice(HEARING_ORGS).format(**c)
    p, email, _ = private_sender(world)
    ref = f" ({ref_phrase(world, case.sak, 'nn' if lang == 'nn' else 'nb')})" if case else ""
    body = choose(rng, lang, [
        "{org} ønsker å gi uttalelse til høringen om {tl}{ref}, men styret møtes ikke før etter fristen. Vi ber derfor om utsatt frist med to uker.",
        "Hei. Vi fant ikke høringsdokumentene om {tl} på nettsiden. Kan dere sende dem til oss? Vi vil gjerne uttale oss.{ref}",
        "Er det mulig å få en kort utsettelse på høringsfristen for {tl}{ref}? Vi har årsmøte {d}.",
    ], [
        "{org} ynskjer å gje fråsegn til høyringa om {tl}{ref}, men styret møtest ikkje før etter fristen. Vi ber difor om utsett frist med to veker.",
        "Hei. Vi fann ikkje høyringsdokumenta om {tl} på nettsida. Kan de sende dei til oss?{ref}",
    ]).format(org=org, tl=title[0].lower() + title[1:], ref=ref, d=c["date1"])
    body = letter(greeting(rng, lang, tenant, False), body, signature(rng, lang, p.name, [org], formal=False))
    subject = rng.choice(["Utsatt høringsfrist?", f"Høring {title.lower()} – frist", "Spørsmål om høringen", f"Ang. høring om {title.lower()}"])
    return draft(tenant, p.name, email, subject, body, category="horing",
                 avsender={"navn": org, "epost": email, "orgnr": None}, sak=case.sak if case else None,
                 note="" if case else "No case number: new case.")


def make_horing_citizen(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title_t, points_nb, points_nn = rng.choice(OWN_HEARINGS)
    title = title_t.format(**c)
    p, email, av = private_sender(world)
    cited = rng.random() < 0.6
    case = world.open_case(tenant, "horing", f"Høring - {title}") if cited else None
    point = rng.choice(points_nn if lang == "nn" else points_nb).format(**c)
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb") if case else ""
    body = choose(rng, lang, [
        "Merknad til høringen om {tl}. {ref}\n\n{pt} Dette gjelder meg direkte, siden jeg bor i {place}.",
        "Hei, jeg har lest forslaget til {tl} {ref} og vil bare si at {ptl}",
        "Innspill til høring {tl} {ref}\n\n{pt}\n\nTakk for at innbyggerne får si sin mening.",
    ], [
        "Merknad til høyringa om {tl}. {ref}\n\n{pt} Dette gjeld meg direkte, sidan eg bur på {place}.",
        "Hei, eg har lese framlegget til {tl} {ref} og vil berre seie at {ptl}",
    ]).format(tl=title[0].lower() + title[1:], ref=ref, pt=point, ptl=point[0].lower() + point[1:], **c)
    body = letter(greeting(rng, lang, tenant, False), roughen(rng, body, 0.4), signature(rng, lang, p.name, formal=False))
    subject = rng.choice([f"Høring {title.lower()}", "Høringsinnspill", f"Merknad – {title}", "innspill"])
    return draft(tenant, p.name, email, subject, body, category="horing", avsender=av, sak=case.sak if case else None,
                 note="" if case else "Citizen's comment without a case number: new case.")


def make_horing_forwarded(rng: random.Random, world: World) -> Draft:
    original = rng.choice([make_horing_state, make_horing_uttalelse, make_horing_regional])(rng, world)
    return forward_by_employee(rng, world, original.tenant, original, pick_lang(rng, original.tenant))


HORING_FAMILIES = [
    Family("horing.state", "horing", make_horing_state, 1.3, WRITER),
    Family("horing.regional", "horing", make_horing_regional, 0.8, WRITER),
    Family("horing.uttalelse", "horing", make_horing_uttalelse, 1.2, WRITER),
    Family("horing.deadline", "horing", make_horing_deadline, 0.35, WRITER),
    Family("horing.citizen", "horing", make_horing_citizen, 0.4, WRITER),
    Family("horing.forwarded", "horing", make_horing_forwarded, 0.15, WRITER),
]


# ======================================================================================
# tilsyn
# ======================================================================================

STATSFORVALTERE = [("Statsforvalteren i Vestland", "sfvlpost@statsforvalteren.no"),
                   ("Statsforvalteren i Møre og Romsdal", "sfmrpost@statsforvalteren.no"),
                   ("Statsforvalteren i Rogaland", "sfropost@statsforvalteren.no"),
                   ("Statsforvalteren i Nordland", "sfnopost@statsforvalteren.no")]

# Supervision themes of the statsforvalter: (theme nb, theme nn, legal basis, documents asked for, unit slot)
SF_THEMES = [
    ("skolens aktivitetsplikt for et trygt og godt skolemiljø", "aktivitetsplikta til skulen for eit trygt og godt skulemiljø",
     "opplæringslova kapittel 12", ["skolens rutiner for å følge med på og gripe inn mot krenkelser",
                                    "oversikt over aktivitetsplaner siste skoleår (anonymisert)"], "{school}"),
    ("spesialundervisning og individuelt tilrettelagt opplæring", "spesialundervisning og individuelt tilrettelagd opplæring",
     "opplæringslova kapittel 11", ["rutiner for sakkyndig vurdering", "oversikt over enkeltvedtak siste år (anonymisert)"], "{school}"),
    ("kommunen som barnehagemyndighet", "kommunen som barnehagemyndigheit", "barnehageloven § 10 og § 16",
     ["kommunens plan for tilsyn med barnehagene", "rapporter fra tilsyn gjennomført de to siste årene"], "{kommune}"),
    ("tjenester til personer med utviklingshemming", "tenester til personar med utviklingshemming",
     "helse- og omsorgstjenesteloven § 3-1", ["oversikt over vedtak om bruk av tvang", "internkontrollrutiner"], "{inst}"),
    ("kommunens beredskapsplikt", "beredskapsplikta til kommunen", "sivilbeskyttelsesloven § 14 og § 15",
     ["helhetlig risiko- og sårbarhetsanalyse", "overordnet beredskapsplan", "evaluering av siste øvelse"], "{kommune}"),
    ("opplysning, råd og veiledning i NAV-kontoret", "opplysning, råd og rettleiing ved NAV-kontoret", "sosialtjenesteloven § 17",
     ["rutiner for vurdering av behov for veiledning", "kompetanseplan for de ansatte"], "NAV {kname}"),
    ("forurensning fra kommunale avløpsanlegg", "forureining frå kommunale avlaupsanlegg", "forurensningsforskriften kapittel 14",
     ["siste årsrapport for avløpsrenseanleggene", "prøvetakingsprogram"], "avløpssektoren"),
    ("legemiddelhåndtering ved sykehjem", "legemiddelhandtering ved sjukeheim", "forskrift om legemiddelhåndtering",
     ["prosedyrer for legemiddelhåndtering", "oversikt over avvik knyttet til legemidler siste år"], "{inst}"),
    ("kommunens forvaltning av landbrukseiendommer og konsesjon", "forvaltninga til kommunen av landbrukseigedomar og konsesjon",
     "konsesjonsloven og jordloven", ["oversikt over konsesjonssaker siste to år", "delegeringsreglement"], "{kommune}"),
]


def agency_header(rng: random.Random, world: World, tenant: str, ref: str, lang: str) -> str:
    k = kommune(tenant)
    addr = rng.choice([f"{k}\nPostboks 100", f"{k}", f"{k}\nv/ kommunedirektøren", f"{k}\nv/ ordføraren" if lang == "nn" else f"{k}\nv/ ordføreren"])
    d = date_text(rng, world, (-3, 0), numeric=True)
    ours = "Vår ref.:" if rng.random() < 0.7 else "Vår saksnr.:"
    return f"{addr}\n\n{ours} {ref}\n{'Vår dato' if rng.random() < 0.5 else 'Dato'}: {d}"


def make_tilsyn_statsforvalter_varsel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    sf, email = rng.choice(STATSFORVALTERE)
    theme_nb, theme_nn, law, docs, unit_t = rng.choice(SF_THEMES)
    unit = unit_t.format(**c)
    theme = theme_nn if lang == "nn" else theme_nb
    ref = agency_ref(rng, world)
    frist = date_text(rng, world, (10, 40), numeric=False)
    week = rng.randint(40, 50)
    docs_txt = "\n".join(f"{i + 1}. {d}" for i, d in enumerate(docs))
    head = agency_header(rng, world, tenant, ref, lang)
    body = choose(rng, lang, [
        "Varsel om tilsyn med {k} – {unit}\n\nStatsforvalteren skal føre tilsyn med {k}. Tilsynet gjelder {theme}, jf. {law}.\n\nVi ber om at kommunen sender oss følgende innen {f}:\n{docs}\n\nVi vil i tillegg gjennomføre intervjuer i uke {w}. Tilsynet avsluttes med en rapport. Dersom vi finner lovbrudd, vil kommunen få frist til å rette dem.",
        "VARSEL OM TILSYN\n\nStatsforvalteren varsler med dette tilsyn med {theme} i {k}, jf. {law}. Tilsynet vil bli gjennomført som et dokumenttilsyn med avsluttende møte.\n\nDokumentasjon sendes innen {f}.\n\nKontaktperson for tilsynet er oppgitt nedenfor.",
        "Statsforvalteren har valgt ut {k} for tilsyn i {y}. Tema er {theme}. Vi ber om at kommunen oppnevner en kontaktperson og sender dokumentasjonen innen {f}:\n{docs}",
    ], [
        "Varsel om tilsyn med {k} – {unit}\n\nStatsforvaltaren skal føre tilsyn med {k}. Tilsynet gjeld {theme}, jf. {law}.\n\nVi ber om at kommunen sender oss følgjande innan {f}:\n{docs}\n\nVi vil i tillegg gjennomføre intervju i veke {w}. Tilsynet vert avslutta med ein rapport. Finn vi lovbrot, får kommunen frist til å rette dei.",
        "VARSEL OM TILSYN\n\nStatsforvaltaren varslar med dette tilsyn med {theme} i {k}, jf. {law}. Tilsynet vert gjennomført som dokumenttilsyn med avsluttande møte.\n\nDokumentasjon skal sendast innan {f}.",
    ]).format(k=c["kommune"], unit=unit, theme=theme, law=law, f=frist, docs=docs_txt, w=week, y=world.start.year)
    writer = world.person()
    role = choose(rng, lang, ["seniorrådgiver", "rådgiver", "fagdirektør", "seksjonssjef"], ["seniorrådgjevar", "rådgjevar", "seksjonssjef"])
    dept = rng.choice(["Oppvekst- og utdanningsavdelinga", "Helse- og sosialavdelinga", "Samfunnssikkerhetsavdelingen",
                       "Miljøavdelinga", "Justis- og beredskapsavdelingen"])
    body = letter(head, body, signature(rng, lang, writer.name, [role, dept]),
                  "Dokumentet er elektronisk godkjent" if rng.random() < 0.6 else "")
    sender_name, sender_email = (sf, email) if rng.random() < 0.7 else (writer.name, org_email(world, rng, writer, "statsforvalteren.no"))
    subject = choose(rng, lang, ["Varsel om tilsyn – {theme} – {unit}", "Varsel om tilsyn med {k}", "Tilsyn med {theme}"],
                     ["Varsel om tilsyn – {theme} – {unit}", "Varsel om tilsyn med {k}"]).format(theme=theme, unit=unit, k=c["kommune"])
    note = "Supervision by the statsforvalter: tilsyn, not the subject's own category."
    body, att = letter_as_pdf(rng, lang, body, sf, f"Varsel om tilsyn - {slug(unit)[:30]}.pdf")
    if att:
        note += " Substance only in the pdf."
    return draft(tenant, sender_name, sender_email, subject, body, category="tilsyn", attachments=att,
                 avsender={"navn": sf, "epost": sender_email, "orgnr": None}, note=note)


def letter_as_pdf(rng: random.Random, lang: str, body: str, agency: str, filename: str,
                  share: float = 0.3) -> tuple[str, list[AttachmentSpec]]:
    """Agencies often send the signed letter as a pdf with a short covering text."""
    if rng.random() >= share:
        return body, []
    cover = choose(rng, lang, [
        "Vedlagt oversendes brev fra {a}.\n\nDokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
        "Se vedlagte brev.\n\nMed hilsen\n{a}",
        "Hei,\n\nvedlagt følger brev fra {a}. Vi ber om at brevet blir lagt fram for rette vedkommende i kommunen.\n\nMvh\n{a}",
        "Dette er ei melding fra {a}. Brevet ligger vedlagt.",
    ], [
        "Vedlagt sender vi brev frå {a}.\n\nDokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.",
        "Sjå vedlagt brev.\n\nMed helsing\n{a}",
    ]).format(a=agency)
    return cover, [AttachmentSpec(filename, "pdf", body)]


REPORT_AGENCIES = [
    ("Mattilsynet", "postmottak@mattilsynet.no", "{kname} vassverk", [
        "Beredskapsplanen er ikke oppdatert og mangler plan for nødvann, jf. drikkevannsforskriften § 11.",
        "Overvåkingen av UV-anlegget gir ikke varsel ved driftsstans utenom arbeidstid.",
        "Lekkasjeandelen på ledningsnettet er høy, og det finnes ingen plan for fornyelse.",
        "Høydebassenget i {place} mangler sikring mot uvedkommende."]),
    ("Mattilsynet", "postmottak@mattilsynet.no", "storkjøkkenet ved {inst}", [
        "Rutinene for temperaturkontroll av varmholdt mat er ikke fulgt.",
        "Det mangler dokumentasjon på opplæring i hygiene for ansatte.",
        "Kjølerom nr. 2 holdt for høy temperatur ved tilsynet."]),
    ("Arbeidstilsynet", "post@arbeidstilsynet.no", "hjemmetjenesten i {kname}", [
        "Arbeidsgiver har ikke kartlagt risiko for vold og trusler i hjemmetjenesten.",
        "Arbeidstiden er ikke planlagt slik at de ansatte får tilstrekkelig hvile mellom vaktene.",
        "Verneombudet har ikke vært involvert i risikovurderingen."]),
    ("Arbeidstilsynet", "post@arbeidstilsynet.no", "{school}", [
        "Inneklimaet i klasserommene i 2. etasje er ikke tilfredsstillende.",
        "Det er ikke gjennomført risikovurdering av lærernes psykososiale arbeidsmiljø."]),
    ("Direktoratet for samfunnssikkerhet og beredskap", "postmottak@dsb.no", "brann- og redningsvesenet", [
        "Risiko- og sårbarhetsanalysen er ikke lagt til grunn for dimensjoneringen.",
        "Mannskapene har ikke gjennomført de pålagte øvelsene i røykdykking.",
        "Det forebyggende arbeidet med særskilte brannobjekter er mangelfullt."]),
    ("Datatilsynet", "postkasse@datatilsynet.no", "kommunens bruk av skyløsninger i skolen", [
        "Kommunen har ikke gjennomført vurdering av personvernkonsekvenser før læringsplattformen ble tatt i bruk.",
        "Databehandleravtalen dekker ikke alle underleverandører.",
        "Det er ikke gitt tilstrekkelig informasjon til foresatte."]),
    ("Statens helsetilsyn", "postmottak@helsetilsynet.no", "legevakten i {kname}", [
        "Det er ikke sikret at sykepleier som tar imot telefoner har nødvendig kompetanse.",
        "Samhandlingen med AMK-sentralen er ikke dokumentert."]),
    ("Norges vassdrags- og energidirektorat", "nve@nve.no", "damanlegget ved {place}vatnet", [
        "Det er ikke utført periodisk revurdering av dammen innen fristen.",
        "Beredskapsplanen for dambrudd er ikke øvd."]),
]


def make_tilsyn_report(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    agency, email, obj_t, findings = rng.choice(REPORT_AGENCIES)
    obj = obj_t.format(**c)
    chosen = [f.format(**c) for f in rng.sample(findings, rng.randint(1, len(findings)))]
    ref = agency_ref(rng, world)
    visit = past_date_text(rng, world, (10, 40))
    frist = date_text(rng, world, (14, 60), numeric=False)
    kind = rng.choice(["report", "report", "palegg", "closing"])
    if kind == "report":
        body = choose(rng, lang, [
            "Vedlagt følger rapport fra tilsyn ved {o} {v}, med varsel om vedtak.\n\nFrist for å uttale seg er {f}.",
            "Rapport fra tilsynet med {o} ligger vedlagt. Vi fant {n} avvik. Kommunen kan komme med merknader til rapporten innen {f}.",
            "Vi takker for godt samarbeid under tilsynet {v}. Endelig tilsynsrapport for {o} ligger ved dette brevet.",
            "Tilsynsrapporten for {o} er nå endelig. Vi har ikke mottatt merknader til den foreløpige rapporten, og konklusjonene står derfor fast. Kommunen må lukke avvikene innen {f}.",
        ], [
            "Vedlagt følgjer rapport frå tilsyn ved {o} {v}, med varsel om vedtak.\n\nFrist for å uttale seg er {f}.",
            "Rapporten frå tilsynet med {o} ligg ved. Vi fann {n} avvik. Kommunen kan kome med merknader innan {f}.",
        ])
    elif kind == "palegg":
        body = choose(rng, lang, [
            "VEDTAK OM PÅLEGG\n\nVi viser til tilsyn {v} og varsel om vedtak. Kommunen har ikke rettet forholdene innen fristen.\n\n{agency} gir med dette pålegg om å rette følgende innen {f}:\n{list}\n\nVedtaket kan påklages innen tre uker.",
            "Pålegg etter tilsyn ved {o}\n\nMed hjemmel i regelverket pålegges {k} å sende inn dokumentasjon på at avvikene er lukket innen {f}. Dersom pålegget ikke følges, kan det bli ilagt tvangsmulkt.",
        ], [
            "VEDTAK OM PÅLEGG\n\nVi viser til tilsyn {v} og varsel om vedtak. Kommunen har ikkje retta forholda innan fristen.\n\n{agency} gjev med dette pålegg om å rette følgjande innan {f}:\n{list}\n\nVedtaket kan klagast på innan tre veker.",
        ])
    else:
        body = choose(rng, lang, [
            "Vi viser til tilsynet med {o} og kommunens tilbakemelding om lukking av avvik.\n\nDokumentasjonen viser at avvikene er rettet, og tilsynet er med dette avsluttet.",
            "Avslutning av tilsyn – {o}\n\n{agency} har gått gjennom planen kommunen har sendt inn. Vi finner den tilfredsstillende og avslutter tilsynet.",
        ], [
            "Vi viser til tilsynet med {o} og tilbakemeldinga frå kommunen om lukking av avvik.\n\nDokumentasjonen viser at avvika er retta, og tilsynet er med dette avslutta.",
        ])
    listed = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(chosen))
    body = body.format(o=obj, v=visit, f=frist, n=len(chosen), agency=agency, list=listed, k=c["kommune"])
    head = agency_header(rng, world, tenant, ref, lang)
    body = letter(head, body, signature(rng, lang, agency, [rng.choice(["", "Region Vest", "Tilsynsavdelingen", "avdeling Sunnmøre og Romsdal"])]),
                  "Dokumentet er elektronisk godkjent og har ingen håndskrevne signaturer." if rng.random() < 0.5 else "")
    att = []
    if kind in ("report", "palegg") or rng.random() < 0.3:
        title = {"report": "TILSYNSRAPPORT", "palegg": "VEDTAK OM PÅLEGG", "closing": "AVSLUTNING AV TILSYN"}[kind]
        att = [AttachmentSpec(f"Tilsynsrapport_{slug(obj)[:35]}.pdf", "pdf",
                              f"{title}\n{obj[0].upper() + obj[1:]}, {c['kommune']}\nTilsyn gjennomført {visit}\n{agency} fant følgende:\n{listed}")]
    subject = rng.choice([f"Tilsynsrapport – {obj}", f"Rapport etter tilsyn – {obj}", f"Vedtak om pålegg – {obj}" if kind == "palegg" else f"Tilsyn med {obj}",
                          f"Avslutning av tilsyn – {obj}" if kind == "closing" else f"Tilsynsrapport {obj}"])
    return draft(tenant, agency, email, subject, body, category="tilsyn", attachments=att,
                 avsender={"navn": agency, "epost": email, "orgnr": None},
                 note="Supervisory letter; substance often in the pdf.")


def make_tilsyn_arbeidstilsynet_varsel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    unit = rng.choice(["teknisk drift (vann, avløp og vei)", "hjemmetjenesten", "renholdsavdelingen", c["inst"], c["school"],
                       "barnehagene", "kjøkkenet ved " + c["inst"]])
    visit = date_text(rng, world, (7, 30), numeric=False)
    frist = date_text(rng, world, (3, 10), numeric=False)
    ref = agency_ref(rng, world)
    topics = rng.sample(["kartlegging og risikovurdering av kjemisk helsefare", "rutiner for arbeid i trange rom",
                         "verneombudets medvirkning i HMS-arbeidet", "forebygging av vold og trusler",
                         "ergonomiske forhold ved forflytning", "arbeidstidsordninger og overtid",
                         "organisatorisk arbeidsmiljø"], 3)
    body = choose(rng, lang, [
        "VARSEL OM TILSYN\n\nArbeidstilsynet vil gjennomføre tilsyn hos {k}, {u}, {v} kl. 09.00.\n\nTilsynet vil særlig omfatte:\n- {t0}\n- {t1}\n- {t2}\n\nVi ber om at risikovurderinger og referat fra de to siste møtene i arbeidsmiljøutvalget sendes oss innen {f}.\n\nLeder, verneombud og bedriftshelsetjenesten bør være til stede.",
        "Arbeidstilsynet kommer på tilsyn til {u} {v}. Tema for tilsynet er {t0} og {t1}. Vi ber om at dere har relevant dokumentasjon tilgjengelig.",
    ], [
        "VARSEL OM TILSYN\n\nArbeidstilsynet vil gjennomføre tilsyn hos {k}, {u}, {v} kl. 09.00.\n\nTilsynet vil særleg omfatte:\n- {t0}\n- {t1}\n- {t2}\n\nVi ber om at risikovurderingar og referat frå dei to siste møta i arbeidsmiljøutvalet vert sende til oss innan {f}.",
    ]).format(k=c["kommune"], u=unit, v=visit, f=frist, t0=topics[0], t1=topics[1], t2=topics[2])
    body = letter(agency_header(rng, world, tenant, ref, lang), body,
                  signature(rng, lang, "Arbeidstilsynet", [rng.choice(["Tilsynsavdelingen, region Vest", "Region Vest", ""])]))
    at_email = rng.choice(["post@arbeidstilsynet.no", "noreply@arbeidstilsynet.no"])
    body, att = letter_as_pdf(rng, lang, body, "Arbeidstilsynet", "Varsel_om_tilsyn.pdf")
    return draft(tenant, "Arbeidstilsynet", at_email,
                 rng.choice([f"Varsel om tilsyn – {c['kommune']}, {unit}", "Varsel om tilsyn", f"Tilsyn {visit} – {unit}"]),
                 body, category="tilsyn", attachments=att,
                 avsender={"navn": "Arbeidstilsynet", "epost": at_email, "orgnr": None})


def make_tilsyn_riksrevisjonen(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = "nb" if rng.random() < 0.8 else "nn"
    c = context(rng, world, tenant)
    agency, email = rng.choice([("Riksrevisjonen", "postmottak@riksrevisjonen.no"),
                                ("Datatilsynet", "postkasse@datatilsynet.no"),
                                ("Sivilombudet", "post@sivilombudet.no")])
    frist = date_text(rng, world, (10, 30), numeric=False)
    if agency == "Riksrevisjonen":
        body = choose(rng, lang, [
            "Riksrevisjonen gjennomfører en undersøkelse av {t}. {k} er valgt ut som en av kommunene i utvalget.\n\nVi ber om at kommunen besvarer vedlagte spørreskjema og sender dokumentasjonen innen {f}.",
            "Som ledd i en forvaltningsrevisjon av {t} ber Riksrevisjonen om opplysninger fra {k}. Spørsmålene ligger vedlagt.",
        ], ["Riksrevisjonen gjennomfører ei undersøking av {t}. {k} er vald ut som ein av kommunane i utvalet. Svar innan {f}."])
        topic = rng.choice(["statlige tilskudd til bosetting av flyktninger", "kommunenes arbeid med klimatilpasning",
                            "ressursbruk i helse- og omsorgstjenesten", "digital sikkerhet i kommunene"])
    elif agency == "Datatilsynet":
        body = choose(rng, lang, [
            "Datatilsynet har mottatt en klage som gjelder {t}. Før vi tar stilling til om det skal åpnes sak, ber vi om kommunens redegjørelse innen {f}.",
            "Varsel om kontroll\n\nDatatilsynet vil gjennomføre kontroll av {t} i {k}. Vi ber om at behandlingsprotokoll og risikovurderinger sendes innen {f}.",
        ], ["Datatilsynet vil gjennomføre kontroll av {t} i {k}. Vi ber om at behandlingsprotokoll og risikovurderingar vert sende innan {f}."])
        topic = rng.choice(["kommunens kameraovervåking ved rådhuset", "bruk av læringsapper i grunnskolen",
                            "kommunens behandling av personopplysninger i nettskjema", "innsyn i ansattes e-post"])
    else:
        body = choose(rng, lang, [
            "Sivilombudet har besluttet å undersøke {t} av eget tiltak. Vi ber om kommunens redegjørelse innen {f}.",
        ], ["Sivilombodet har avgjort å undersøkje {t} av eige tiltak. Vi ber om utgreiing frå kommunen innan {f}."])
        topic = rng.choice(["kommunens saksbehandlingstid for innsynskrav", "bruk av tvang ved kommunens institusjoner"])
    body = body.format(t=topic, k=c["kommune"], f=frist)
    ref = agency_ref(rng, world)
    body = letter(agency_header(rng, world, tenant, ref, lang), body, signature(rng, lang, world.person().name,
                                                                               [rng.choice(["avdelingsdirektør", "seniorrådgiver", "revisjonsdirektør"]), agency]))
    att = [AttachmentSpec("Sporreskjema.pdf", "pdf", f"SPØRRESKJEMA\n{topic[0].upper() + topic[1:]}\n1. ...")] if "vedlagt" in body.lower() else []
    return draft(tenant, agency, email, rng.choice([f"{topic[0].upper() + topic[1:]} – {c['kommune']}", f"Undersøkelse av {topic}",
                                                    f"Varsel om kontroll – {topic}", f"Brev fra {agency}"]),
                 body, category="tilsyn", attachments=att, avsender={"navn": agency, "epost": email, "orgnr": None})


def make_tilsyn_followup(rng: random.Random, world: World) -> Draft:
    """The agency writes again in a supervision the kommune already has an open case for."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    agency, email, obj_t, _findings = rng.choice(REPORT_AGENCIES)
    obj = obj_t.format(**c)
    case = world.open_case(tenant, "tilsyn", f"Tilsyn - {agency} - {obj}")
    dref = world.cite(case.sak)
    frist = date_text(rng, world, (10, 40), numeric=False)
    body = choose(rng, lang, [
        "Deres ref.: {d}\nVår ref.: {v}\n\nVi viser til tilsynet med {o} og til kommunens brev av {p} med plan for lukking av avvik.\n\nPlanen er ikke tilstrekkelig for avvik 2. Vi ber om en oppdatert plan innen {f}.",
        "Vi viser til vårt varsel om tilsyn (deres ref. {d}). Tidspunktet for tilsynet er endret til {f}. Øvrige opplysninger i varselet gjelder fortsatt.",
        "Påminnelse\n\nVi har ikke mottatt dokumentasjonen vi ba om i forbindelse med tilsynet med {o}, deres ref. {d}. Vi ber om at den sendes innen {f}.",
    ], [
        "Dykkar ref.: {d}\nVår ref.: {v}\n\nVi viser til tilsynet med {o} og til brevet frå kommunen av {p} med plan for lukking av avvik.\n\nPlanen er ikkje tilstrekkeleg for avvik 2. Vi ber om ein oppdatert plan innan {f}.",
        "Påminning\n\nVi har ikkje motteke dokumentasjonen vi bad om i samband med tilsynet med {o}, dykkar ref. {d}. Vi ber om at han vert send innan {f}.",
    ]).format(d=dref, v=agency_ref(rng, world), o=obj, p=c["past"], f=frist)
    body = letter(body, signature(rng, lang, agency, []))
    return draft(tenant, agency, email, rng.choice([f"Tilsyn – {obj} – deres ref. {dref}", f"Oppfølging av tilsyn – {obj}",
                                                    f"Påminnelse – tilsyn {obj}", f"Endret tidspunkt for tilsyn ({dref})"]),
                 body, category="tilsyn", sak=case.sak, avsender={"navn": agency, "epost": email, "orgnr": None},
                 note="Agency follows up in the kommune's open supervision case, cites its number.")


def make_tilsyn_forwarded(rng: random.Random, world: World) -> Draft:
    original = rng.choice([make_tilsyn_statsforvalter_varsel, make_tilsyn_report, make_tilsyn_arbeidstilsynet_varsel])(rng, world)
    return forward_by_employee(rng, world, original.tenant, original, pick_lang(rng, original.tenant))


TILSYN_FAMILIES = [
    Family("tilsyn.statsforvalter_varsel", "tilsyn", make_tilsyn_statsforvalter_varsel, 0.8, WRITER),
    Family("tilsyn.report", "tilsyn", make_tilsyn_report, 0.9, WRITER),
    Family("tilsyn.arbeidstilsynet_varsel", "tilsyn", make_tilsyn_arbeidstilsynet_varsel, 0.4, WRITER),
    Family("tilsyn.riksrevisjonen_datatilsynet", "tilsyn", make_tilsyn_riksrevisjonen, 0.3, WRITER),
    Family("tilsyn.followup", "tilsyn", make_tilsyn_followup, 0.35, WRITER),
    Family("tilsyn.forwarded", "tilsyn", make_tilsyn_forwarded, 0.15, WRITER),
]


# ======================================================================================
# bevilling
# ======================================================================================

VENUE_WORDS = ["Brygga", "Kaikanten", "Fjordstua", "Havkanten", "Løkta", "Sjøbua", "Naustet", "Skipperstua",
               "Bakeriet", "Fyret", "Torgkroa", "Kafé Mølla", "Pizzeria Napoli", "Sushi Hav", "Dockside Bar",
               "Hotell {kname}", "Hamna pub", "Kroa på {place}"]


def venue_firm(rng: random.Random, world: World, tenant: str) -> tuple[str, Firm]:
    venue = rng.choice(VENUE_WORDS).format(kname=KOMMUNE_NAME[tenant], place=rng.choice(PLACES[tenant]))
    if rng.random() < 0.5:
        firm = world.firm(rng.choice(["mat", "catering", "eiendom"]))
    else:
        name = f"{venue} {rng.choice(['AS', 'AS', 'Drift AS', 'ENK', 'SA'])}"
        firm = Firm(name=name, orgnr=world.orgnr(), domain=slug(venue).lower().replace("_", "") + ".no", trade="mat")
    return venue, firm


def make_bevilling_skjenk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant, english=0.08)
    c = context(rng, world, tenant)
    venue, firm = venue_firm(rng, world, tenant)
    p, email = firm_sender(world, rng, firm)
    styrer, sted = world.person(), world.person()
    kind_nb, kind_nn = rng.choice([("skjenkebevilling", "skjenkeløyve"), ("alminnelig skjenkebevilling", "alminneleg skjenkeløyve"),
                                   ("skjenkebevilling for gruppe 1 og 2", "skjenkeløyve for gruppe 1 og 2"),
                                   ("utvidet skjenkeareal (uteservering)", "utvida skjenkeareal (uteservering)"),
                                   ("utvidet skjenketid", "utvida skjenketid")])
    kind = kind_nn if lang == "nn" else kind_nb
    turnover = money(rng, 300_000, 3_000_000, 50_000)
    where = f"{c['street']}, {c['place']}"
    app = (f"SØKNAD OM {kind.upper()}\nSøker: {firm.name}, {orgnr_text(rng, firm.orgnr, vat=True)}\nSkjenkested: {venue}, {where}\n"
           f"Alkoholgruppe: {rng.choice(['1', '1 og 2', '1, 2 og 3'])}\nÅpningstid: {rng.choice(['11-23', '12-01', '15-02'])}\n"
           f"Styrer: {styrer.name}\nStedfortreder: {sted.name}\nForventet omsetning alkohol: {turnover} per år")
    in_pdf = rng.random() < 0.5
    if lang == "en":
        body = rng.choice([
            "Please find attached our application for a licence to serve alcohol (skjenkebevilling) at {v}, {w}. The certificate of the knowledge test for the manager and deputy is enclosed.",
            "We are opening a small restaurant at {w} and would like to apply for a serving licence and a licence to serve beer and wine. What documents do you need from us? Our company registration number is {o}.",
        ]).format(v=venue, w=where, o=firm.orgnr)
        subject = rng.choice(["Application for alcohol licence", f"Licence application - {venue}"])
    elif in_pdf:
        body = choose(rng, lang, ["Hei, oversender søknad om {k} med vedlegg.", "Vedlagt følger søknad om {k} for {v}.",
                                  "Se vedlagt søknad.", "Søknad og bevis for kunnskapsprøven ligger vedlagt. Gi beskjed om noe mangler."],
                      ["Hei, sender søknad om {k} med vedlegg.", "Vedlagt følgjer søknad om {k} for {v}.", "Sjå vedlagt søknad."]).format(k=kind, v=venue)
        subject = rng.choice([f"Søknad om {kind} – {venue}", f"Søknad {kind}", f"{venue} – søknad", "Søknad om bevilling"])
    else:
        body = choose(rng, lang, [
            "{f} søker med dette om {k} for {v} i {w}.\n\nStyrer blir {s} og stedfortreder {d}. Begge har bestått kunnskapsprøven, og bevisene ligger vedlagt. Forventet omsetning av alkohol er {t} per år.\n\nVi håper søknaden kan behandles før sesongstart.",
            "Vi har overtatt driften av {v} og søker om ny {k}, da bevillingen til tidligere driver ikke følger med.\n\nStyrer: {s}\nStedfortreder: {d}\nÅpningstider: {h}\n\nFirmaattest og skatteattest ligger vedlagt.",
            "Vi ønsker å utvide uteserveringen foran {v} med åtte bord og søker om at skjenkearealet utvides tilsvarende. Tegning med avgrensning av arealet er vedlagt.",
            "Hei. Vi søker om {k} for {v}. Vi har hatt serveringsbevilling siden i fjor og ønsker nå å kunne servere øl og vin til maten. Styrer er {s}.",
            "Søknad om {k}\n\nSøker: {f}\nSted: {v}, {w}\nStyrer: {s}\nStedfortreder: {d}\nÅpningstider: {h}\n\nKunnskapsprøve, firmaattest og plantegning følger vedlagt.",
        ], [
            "{f} søkjer med dette om {k} for {v} i {w}.\n\nStyrar vert {s} og stadfortredar {d}. Begge har bestått kunnskapsprøva, og prova ligg ved. Forventa omsetnad av alkohol er {t} per år.",
            "Vi har overteke drifta av {v} og søkjer om nytt {k}, sidan løyvet til førre drivar ikkje følgjer med.\n\nStyrar: {s}\nStadfortredar: {d}\nOpningstider: {h}",
        ]).format(f=firm.name, k=kind, v=venue, w=where, s=styrer.name, d=sted.name, t=turnover,
                  h=rng.choice(["11–23 alle dager", "16–01 fredag og lørdag", "12–24"]))
        subject = rng.choice([f"Søknad om {kind} – {venue}", f"Søknad {kind}", f"Søknad om {kind}"])
    sig = signature(rng, lang, p.name, [rng.choice(["daglig leder", "innehaver", "driftsleder", ""]), firm.name,
                                         orgnr_text(rng, firm.orgnr, vat=True) if (not in_pdf and rng.random() < 0.7) else ""])
    body = letter(greeting(rng, lang, tenant), body, sig)
    att = []
    if in_pdf or lang == "en":
        att.append(AttachmentSpec(f"Soknad_{slug(kind)[:25]}_{slug(venue)[:20]}.pdf", "pdf", app))
    if rng.random() < 0.5:
        att.append(AttachmentSpec(f"Kunnskapsprove_{slug(styrer.name)}.pdf", "pdf",
                                  f"BEVIS - KUNNSKAPSPRØVEN ETTER ALKOHOLLOVEN\n{styrer.name} har bestått kunnskapsprøven for skjenkebevilling."))
    note = "Application in the pdf; orgnr stated there." if in_pdf else ""
    return draft(tenant, p.name, email, subject, body, category="bevilling",
                 avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr}, attachments=att, note=note)


EVENTS = [("Bluesnatt på kaia", "festival"), ("Sjømatfestivalen", "festival"), ("Julebord i grendahuset", "lag"),
          ("Bryllup i {place} samfunnshus", "privat"), ("Sommerkonsert i {place}", "lag"), ("Oktoberfest på torget", "firma"),
          ("Rockefestivalen {kname}rock", "festival"), ("Bygdedag på {place}", "lag"), ("50-årsjubileum for idrettslaget", "lag"),
          ("Firmafest i Kulturhuset", "firma")]


def make_bevilling_enkeltanledning(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    ev_t, who = rng.choice(EVENTS)
    event = ev_t.format(**c)
    d = date_text(rng, world, (14, 60), numeric=False)
    guests = rng.randint(40, 900)
    p = world.person()
    orgnr = None
    if who == "privat":
        email = world.private_email(p)
        avs = {"navn": p.name, "epost": email, "orgnr": None}
        org = ""
    else:
        org = {"festival": rng.choice(["{kname} Bluesfestival", "{kname} Kulturfestival", "Foreningen {kname}rock", "{place} Sjømatfestival"]),
               "lag": rng.choice(["{place} idrettslag", "{place} ungdomslag", "{place} grendalag", "{kname} musikklag"]),
               "firma": rng.choice(["{kname} Eventservice AS", "Kulturhuset {kname} AS", "Fjordscene AS"])}[who].format(**c)
        orgnr = world.orgnr()
        email = world.private_email(p) if rng.random() < 0.5 else org_email(world, rng, p, slug(org).lower().replace("_", "") + ".no")
        avs = {"navn": org, "epost": email, "orgnr": orgnr}
    kind = choose(rng, lang, ["skjenkebevilling for en enkelt anledning", "ambulerende skjenkebevilling", "skjenkebevilling for enkeltanledning"],
                  ["skjenkeløyve for ein einskild høve", "ambulerande skjenkeløyve"])
    app = (f"SØKNAD OM {kind.upper()}\njf. alkoholloven § 1-6 annet ledd\nSøker: {org or p.name}" +
           (f", {orgnr_text(rng, orgnr)}" if orgnr else "") +
           f"\nArrangement: {event}\nDato: {d}\nSted: {c['place']}\nForventet antall gjester: {guests}\n"
           f"Ansvarlig for skjenkingen: {p.name}, tlf {world.phone()}\nVakthold: {rng.randint(2, 10)} ordensvakter")
    in_pdf = rng.random() < 0.55
    if in_pdf:
        body = choose(rng, lang, ["Hei, vedlagt søknad om {k}.", "Søknad om {k} til {e} ligger vedlagt.", "Se vedlegg.",
                                  "Hei! Her kommer søknaden for {e}. Si fra om dere trenger mer."],
                      ["Hei, vedlagt søknad om {k}.", "Søknad om {k} til {e} ligg ved.", "Sjå vedlegg."]).format(k=kind, e=event)
    else:
        body = choose(rng, lang, [
            "Vi søker om {k} til {e} {d}. Arrangementet holdes i {pl}, og vi venter rundt {g} gjester. Skjenkingen skjer i et avgrenset område, og vi har {v} ordensvakter.\n\nAnsvarlig for skjenkingen er undertegnede.",
            "Hei\nVi skal ha {e} {d} og lurer på om vi trenger bevilling når gjestene betaler for maten og drikken er inkludert? I så fall søker vi herved om {k}. Vi blir ca {g} personer.",
            "Søknad om {k}\n\nArrangement: {e}\nDato: {d}\nSted: {pl}\nAntall gjester: ca. {g}\nAlkoholgruppe: 1 og 2\n\nAnsvarlig: {n}",
        ], [
            "Vi søkjer om {k} til {e} {d}. Arrangementet er på {pl}, og vi ventar rundt {g} gjester. Skjenkinga skjer i eit avgrensa område, og vi har {v} ordensvakter.",
            "Søknad om {k}\n\nArrangement: {e}\nDato: {d}\nStad: {pl}\nTal gjester: ca. {g}\n\nAnsvarleg: {n}",
        ]).format(k=kind, e=event, d=d, pl=c["place"], g=guests, v=rng.randint(2, 8), n=p.name)
    body = letter(greeting(rng, lang, tenant, formal=False), body,
                  signature(rng, lang, p.name, [org, orgnr_text(rng, orgnr) if (orgnr and not in_pdf and rng.random() < 0.6) else ""], formal=False))
    att = [AttachmentSpec(f"Soknad_skjenkebevilling_{slug(event)[:30]}.pdf", "pdf", app)] if in_pdf else []
    subject = rng.choice([f"Skjenkebevilling enkeltanledning – {event} {d}", f"Søknad om {kind}", f"{event} – skjenkebevilling",
                          "Søknad skjenkeløyve" if lang == "nn" else "Søknad skjenkebevilling"])
    return draft(tenant, p.name, email, subject, body, category="bevilling", avsender=avs, attachments=att,
                 note="Application in the pdf." if in_pdf else "")


def make_bevilling_styrer(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    venue, firm = venue_firm(rng, world, tenant)
    case = world.open_case(tenant, "bevilling", f"Skjenkebevilling - {firm.name}")
    note = "Cites the open bevilling case."
    if rng.random() < 0.3:
        world.open_case(tenant, "bevilling", f"Serveringsbevilling - {firm.name}")
        note += " The firm also has a serveringsbevilling case; the number decides."
    p, email = firm_sender(world, rng, firm)
    new, dep, old = world.person(), world.person(), world.person()
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb")
    d = date_text(rng, world, (5, 30), numeric=False)
    body = choose(rng, lang, [
        "Vi viser til skjenkebevillingen for {v}, {r}, og melder med dette fra om endring av styrer og stedfortreder med virkning fra {d}:\n\nNy styrer: {n}\nNy stedfortreder: {s}\n\nBegge har bestått kunnskapsprøven, og kopi av bevisene ligger vedlagt. Tidligere styrer {o} slutter i bedriften.",
        "Melding om ny stedfortreder, {r}. {s} erstatter {o} fra {d}. Bevis for kunnskapsprøve vedlagt.",
        "Hei. {o} har sluttet som styrer hos oss på {v}. {n} overtar. {r}. Hva trenger dere av dokumentasjon?",
        "Vi viser til bevillingen ({r}) og melder om eierskifte: aksjene i {f} er solgt, men selskapet og driften fortsetter som før. Ny aksjonærliste ligger vedlagt.",
        "Omsetningsoppgave for {y} for {v}, {r}. Omsetningen av alkohol var {t} for gruppe 1 og {t2} for gruppe 2.",
    ], [
        "Vi viser til skjenkeløyvet for {v}, {r}, og melder med dette frå om endring av styrar og stadfortredar frå {d}:\n\nNy styrar: {n}\nNy stadfortredar: {s}\n\nBegge har bestått kunnskapsprøva, og kopi av prova ligg ved.",
        "Melding om ny stadfortredar, {r}. {s} tek over etter {o} frå {d}. Prov for kunnskapsprøve ligg ved.",
        "Omsetningsoppgåve for {y} for {v}, {r}. Omsetnaden av alkohol var {t} for gruppe 1 og {t2} for gruppe 2.",
    ]).format(v=venue, r=ref, d=d, n=new.name, s=dep.name, o=old.name, f=firm.name, y=world.start.year - 1,
              t=money(rng, 200_000, 1_500_000, 10_000), t2=money(rng, 50_000, 600_000, 10_000))
    body = letter(greeting(rng, lang, tenant), body,
                  signature(rng, lang, p.name, ["daglig leder" if lang == "nb" else "dagleg leiar", firm.name,
                                                 orgnr_text(rng, firm.orgnr, vat=True) if rng.random() < 0.6 else ""]))
    orgnr = stated(firm.orgnr, body)
    att = [AttachmentSpec(f"Kunnskapsprove_{slug(new.name)}.pdf", "pdf",
                          f"BEVIS - KUNNSKAPSPRØVEN ETTER ALKOHOLLOVEN\n{new.name} har bestått kunnskapsprøven.")] if "vedlagt" in body or "ligg ved" in body else []
    subject = rng.choice([f"Endring av styrer og stedfortreder – {world.cite(case.sak)}", f"{venue} – ny styrer",
                          f"Skjenkebevilling {firm.name}, deres ref. {world.cite(case.sak)}", "Melding om endring", "Omsetningsoppgave"])
    quoted = None
    if rng.random() < 0.25:
        quoted = kommune_letter(rng, world, tenant, lang, case.sak, f"Vedtak – skjenkebevilling {venue}", [
            f"{firm.name} er tildelt alminnelig skjenkebevilling for {venue} for perioden fram til 30. september {world.start.year + 2}. Endringer av styrer eller stedfortreder skal meldes kommunen.",
            f"Vi viser til søknaden og melder at skjenkebevillingen for {venue} er fornyet. Bevillingen gjelder alkoholgruppe 1 og 2.",
        ], [f"{firm.name} har fått skjenkeløyve for {venue} fram til 30. september {world.start.year + 2}. Endringar av styrar eller stadfortredar skal meldast kommunen."],
            role=choose(rng, lang, ["rådgiver, næring og bevillinger"], ["rådgjevar, næring og løyve"]))
    return draft(tenant, p.name, email, subject, body, category="bevilling", sak=case.sak, attachments=att, quoted=quoted,
                 avsender={"navn": firm.name, "epost": email, "orgnr": orgnr}, note=note)


def make_bevilling_salg_servering(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    kind = rng.choice(["salg", "servering", "servering"])
    if kind == "salg":
        shop = rng.choice([f"{c['place']} Nærkjøp", f"Joker {c['place']}", f"Bunnpris {c['kname']}", f"{c['kname']} Landhandel", "Kiwi Sjøgata"])
        firm = Firm(name=f"{shop} AS", orgnr=world.orgnr(), domain=slug(shop).lower().replace("_", "") + ".no", trade="mat")
        what = choose(rng, lang, ["salgsbevilling for alkoholholdig drikk i gruppe 1", "salgsbevilling for øl"],
                      ["salsløyve for alkoholhaldig drikk i gruppe 1", "salsløyve for øl"])
    else:
        venue, firm = venue_firm(rng, world, tenant)
        shop = venue if rng.random() < 0.6 else rng.choice(["matvogna vår", "foodtrucken", "kaféen"])
        what = choose(rng, lang, ["serveringsbevilling", "serveringsbevilling etter serveringsloven"], ["serveringsløyve"])
    p, email = firm_sender(world, rng, firm)
    body = choose(rng, lang, [
        "{f} overtok driften av {s} fra {d}. Vi har fått vite at bevillingen til tidligere eier ikke følger med, og søker derfor om {w}.\n\nStyrer blir undertegnede, stedfortreder {x}. Utfylt søknadsskjema, firmaattest og bevis for kunnskapsprøven ligger vedlagt.\n\nEr det mulig å få en midlertidig bevilling mens søknaden behandles?",
        "Søknad om {w}\n\nVi skal åpne {s} i {st} i løpet av høsten og søker om {w}. Daglig leder har bestått etablererprøven. Politiattest er bestilt og ettersendes.",
        "Hei, vi har en foodtruck og vil stå på torget i {kn} i sommerhalvåret. Trenger vi {w}, og hvordan søker vi?",
        "Vedlagt søknad om {w} for {s}. Vi har også søkt Mattilsynet om registrering.",
    ], [
        "{f} overtok drifta av {s} frå {d}. Løyvet til førre eigar følgjer ikkje med, og vi søkjer difor om {w}.\n\nStyrar vert underteikna, stadfortredar {x}. Søknadsskjema, firmaattest og prov for kunnskapsprøva ligg ved.",
        "Søknad om {w}\n\nVi skal opne {s} i {st} i løpet av hausten og søkjer om {w}. Dagleg leiar har bestått etablerarprøva.",
    ]).format(f=firm.name, s=shop, d=c["past"], w=what, x=world.person().name, st=c["street"], kn=c["kname"])
    body = letter(greeting(rng, lang, tenant), body,
                  signature(rng, lang, p.name, [firm.name, orgnr_text(rng, firm.orgnr, vat=True) if rng.random() < 0.6 else ""]))
    orgnr = stated(firm.orgnr, body)
    att = []
    if "vedlagt" in body.lower() or "ligg ved" in body:
        att = [AttachmentSpec(f"Soknad_{slug(what)[:30]}.pdf", "pdf",
                              f"SØKNAD OM {what.upper()}\nSøker: {firm.name}, org.nr {firm.orgnr}\nSted: {shop}, {c['street']}\nStyrer: {p.name}")]
        orgnr = firm.orgnr  # stated in the attachment
    subject = rng.choice([f"Søknad om {what} – {shop}", f"Søknad {what}", f"{what[0].upper() + what[1:]}?", f"{shop} – søknad"])
    return draft(tenant, p.name, email, subject, body, category="bevilling", attachments=att,
                 avsender={"navn": firm.name, "epost": email, "orgnr": orgnr})


def make_bevilling_kontroll(rng: random.Random, world: World) -> Draft:
    """Report from the control company or the police about a licensed venue."""
    tenant = pick_tenant(rng)
    lang = "nb" if rng.random() < 0.75 else "nn"
    venue, firm = venue_firm(rng, world, tenant)
    ctrl = rng.choice([("Nordic Kontroll AS", "kontroll@nordickontroll.no"), ("Vest Skjenkekontroll AS", "rapport@vestskjenkekontroll.no"),
                       ("Vest politidistrikt", "post.vest@politiet.no")])
    cited = rng.random() < 0.5
    case = world.open_case(tenant, "bevilling", f"Skjenkebevilling - {firm.name}") if cited else None
    d = past_date_text(rng, world, (2, 20))
    finding = choose(rng, lang, ["Det ble observert skjenking til en åpenbart påvirket gjest kl. 00.40.",
                                 "Det ble skjenket etter tillatt skjenketid; siste servering ble observert kl. 02.15.",
                                 "Ingen merknader.", "Styrer eller stedfortreder var ikke til stede.",
                                 "Mindreårig gjest ble servert øl uten at legitimasjon ble kontrollert."],
                     ["Det vart observert skjenking til ein openbert påverka gjest kl. 00.40.", "Ingen merknader.",
                      "Styrar eller stadfortredar var ikkje til stades."])
    ref = f" ({ref_phrase(world, case.sak, 'nn' if lang == 'nn' else 'nb')})" if case else ""
    body = choose(rng, lang, [
        "Vedlagt følger rapport fra skjenkekontroll ved {v} {d}{r}.\n\nResultat: {f}",
        "Kontrollrapport\n\nSted: {v}\nDato: {d}\nBevillingshaver: {b}{r}\n\nMerknad: {f}",
    ], ["Vedlagt følgjer rapport frå skjenkekontroll ved {v} {d}{r}.\n\nResultat: {f}"]).format(v=venue, d=d, r=ref, f=finding, b=firm.name)
    ctrl_orgnr = None
    body = letter(body, signature(rng, lang, ctrl[0], []))
    att = [AttachmentSpec("Kontrollrapport.pdf", "pdf", f"RAPPORT FRA SKJENKEKONTROLL\n{venue}\n{d}\n{finding}")] if "edlagt" in body else []
    return draft(tenant, ctrl[0], ctrl[1], rng.choice([f"Kontrollrapport {venue}", "Rapport fra skjenkekontroll", f"Skjenkekontroll {d}"]),
                 body, category="bevilling", sak=case.sak if case else None, attachments=att,
                 avsender={"navn": ctrl[0], "epost": ctrl[1], "orgnr": ctrl_orgnr},
                 note="Control report about a licensed venue belongs to bevilling.")


def make_bevilling_question(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant, english=0.15)
    c = context(rng, world, tenant)
    p, email, av = private_sender(world)
    body = choose(rng, lang, [
        "Hei! Vi planlegger å åpne en liten vinbar i {st}. Hva må vi gjøre for å få skjenkebevilling, og hvor lang er saksbehandlingstiden?",
        "Må vi ha bevilling for å selge øl på bygdedagen i {place}? Det er laget som arrangerer.",
        "hei. kan vi søke skjenkebevilling for et bryllup i grendahuset eller må det være lokalet som søker",
        "Jeg skal ta kunnskapsprøven for å bli styrer. Hvor melder jeg meg opp, og hvor mye koster det?",
    ], [
        "Hei! Vi planlegg å opne ein liten vinbar i {st}. Kva må vi gjere for å få skjenkeløyve, og kor lang er sakshandsamingstida?",
        "Må vi ha løyve for å selje øl på bygdedagen på {place}? Det er laget som arrangerer.",
    ], [
        "Hello, we are planning to open a small wine bar at {st}. What is needed to apply for an alcohol licence and how long does it take?",
        "Hi, I want to sell beer at our food stand during the festival in {kname}. Do I need a licence from the municipality?",
    ]).format(st=c["street"], **c)
    body = letter(roughen(rng, body, 0.4), signature(rng, lang, p.name, formal=False))
    subject = rng.choice(["Spørsmål om skjenkebevilling", "skjenkebevilling?", "Bevilling", "Question about alcohol licence" if lang == "en" else "Spørsmål bevilling"])
    return draft(tenant, p.name, email, subject, body, category="bevilling", avsender=av)


BEVILLING_FAMILIES = [
    Family("bevilling.skjenk", "bevilling", make_bevilling_skjenk, 1.0, WRITER),
    Family("bevilling.enkeltanledning", "bevilling", make_bevilling_enkeltanledning, 0.9, WRITER),
    Family("bevilling.styrer_endring", "bevilling", make_bevilling_styrer, 0.6, WRITER),
    Family("bevilling.salg_servering", "bevilling", make_bevilling_salg_servering, 0.55, WRITER),
    Family("bevilling.kontroll", "bevilling", make_bevilling_kontroll, 0.25, WRITER),
    Family("bevilling.question", "bevilling", make_bevilling_question, 0.25, WRITER),
]


# ======================================================================================
# tilskudd
# ======================================================================================

CULTURE_ORGS = ["{kname} kammerkor", "{place} skolekorps", "{place} bygdekvinnelag", "{kname} musikklag", "{place} ungdomslag",
                "{kname} historielag", "{place} idrettslag", "{kname} sjakklubb", "{place} husflidslag", "{kname} teaterlag",
                "{kname} sjømatfestival", "{place} grendalag", "{kname} seniordans", "{kname} fotoklubb", "{place} 4H"]
PURPOSES_NB = ["innleie av dirigent og pianist til julekonserten", "kjøp av nye uniformer", "kurs i bunadsøm over seks kvelder",
               "utgivelse av årbok", "oppsetting av sommerteater", "nytt lydanlegg i grendahuset", "ungdomssamling med overnatting",
               "innkjøp av noter", "restaurering av det gamle kvernhuset", "turnering for barn og unge", "markering av lagets 100-årsjubileum",
               "dugnad og oppgradering av turstien rundt vatnet"]
PURPOSES_NN = ["innleige av dirigent og pianist til julekonserten", "kjøp av nye uniformer", "kurs i bunadsaum over seks kveldar",
               "utgjeving av årbok", "oppsetjing av sommarteater", "nytt lydanlegg i grendahuset", "ungdomssamling med overnatting",
               "restaurering av det gamle kvernhuset", "markering av 100-årsjubileet til laget"]


def org_with_contact(rng: random.Random, world: World, tenant: str, c: dict) -> tuple[str, str | None, Person, str]:
    org = rng.choice(CULTURE_ORGS).format(**c)
    orgnr = world.orgnr() if rng.random() < 0.75 else None
    p = world.person()
    email = world.private_email(p) if rng.random() < 0.65 else org_email(world, rng, p, slug(org).lower().replace("_", "") + ".no")
    return org, orgnr, p, email


def budget(rng: random.Random, lang: str) -> tuple[str, str]:
    items = rng.sample([("Honorar", "Honorar"), ("Leie av lokale", "Leige av lokale"), ("Materiell", "Materiell"),
                        ("Reise", "Reise"), ("Markedsføring", "Marknadsføring"), ("Lyd og lys", "Lyd og lys"),
                        ("Servering", "Servering"), ("Utstyr", "Utstyr")], 3)
    vals = [rng.randrange(3000, 60000, 500) for _ in items]
    total = sum(vals)
    own = rng.randrange(total // 4, total // 2, 500) if total > 4000 else 0
    asked = total - own
    lines = [f"{(b if lang == 'nn' else a)}: kr {v:,}".replace(",", " ") for (a, b), v in zip(items, vals)]
    lines.append(f"Sum utgifter: kr {total:,}".replace(",", " "))
    lines.append((f"Eigenandel: kr {own:,}" if lang == "nn" else f"Egenandel: kr {own:,}").replace(",", " "))
    lines.append((f"Omsøkt beløp: kr {asked:,}").replace(",", " "))
    return "\n".join(lines), f"kr {asked:,}".replace(",", " ")


def make_tilskudd_kulturmidler(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    org, orgnr, p, email = org_with_contact(rng, world, tenant, c)
    purpose = rng.choice(PURPOSES_NN if lang == "nn" else PURPOSES_NB)
    bud, asked = budget(rng, lang)
    scheme = choose(rng, lang, ["kulturmidler", "driftstilskudd", "tilskudd til lag og foreninger", "kulturmidler {year}",
                                "aktivitetstilskudd", "tilskudd fra kulturfondet"],
                    ["kulturmidlar", "driftstilskot", "tilskot til lag og organisasjonar", "kulturmidlar {year}"]).format(**c)
    members = rng.randint(8, 120)
    app = choose(rng, lang, [
        "Søknad om {s}\n\nSøker: {o}\n{on}\nKontaktperson: {p}, tlf. {t}\nKontonummer: {k}\n\nOm laget\n{o} har {m} aktive medlemmer.\n\nTiltak det søkes om midler til\nVi søker om tilskudd til {u}.\n\nBudsjett\n{b}",
    ], [
        "Søknad om {s}\n\nSøkjar: {o}\n{on}\nKontaktperson: {p}, tlf. {t}\nKontonummer: {k}\n\nOm laget\n{o} har {m} aktive medlemer.\n\nTiltak det vert søkt om midlar til\nVi søkjer om tilskot til {u}.\n\nBudsjett\n{b}",
    ]).format(s=scheme, o=org, on=orgnr_text(rng, orgnr) if orgnr else "", p=p.name, t=world.phone(),
              k=f"{rng.randint(1000, 9999)} {rng.randint(10, 99)} {rng.randint(10000, 99999)}", m=members, u=purpose, b=bud)
    in_att = rng.random() < 0.6
    if in_att:
        body = choose(rng, lang, ["Hei! Vedlagt ligger søknaden vår om {s}.", "Se vedlagt søknad om {s} fra {o}.",
                                  "Søknad om {s} ligger vedlagt, sammen med årsmelding og regnskap.", "Vedlagt søknad."],
                      ["Hei! Vedlagt ligg søknaden vår om {s}.", "Sjå vedlagt søknad om {s} frå {o}.", "Søknaden ligg ved."]).format(s=scheme, o=org)
        body = letter(body, signature(rng, lang, p.first if rng.random() < 0.4 else p.name,
                                      [f"{choose(rng, lang, ['leder', 'kasserer', 'sekretær'], ['leiar', 'kasserar', 'skrivar'])}, {org}"], formal=False))
        kind = rng.choice(["docx", "pdf"])
        att = [AttachmentSpec(f"Søknad {scheme} {org}.{kind}", kind, app)]
        note = "Substance (and orgnr) only in the attachment." if orgnr else "Substance only in the attachment."
    else:
        body = choose(rng, lang, [
            "{o} søker om {s} på {a} til {u}.\n\nLaget har {m} medlemmer og er åpent for alle. Tiltaket er planlagt gjennomført i løpet av høsten.\n\nBudsjett:\n{b}",
            "Hei\nVi i {o} vil søke om litt støtte til {u}. Vi er {m} medlemmer og har lite penger på konto etter et år med få aktiviteter. Vi søker om {a}.",
            "Søknad om {s}\n\n{o} søker med dette om {a} til {u}. Vi har tidligere fått støtte fra kommunen og har levert rapport for forrige tildeling.",
        ], [
            "{o} søkjer om {s} på {a} til {u}.\n\nLaget har {m} medlemer og er ope for alle.\n\nBudsjett:\n{b}",
            "Hei\nVi i {o} vil søkje om litt stønad til {u}. Vi er {m} medlemer. Vi søkjer om {a}.",
        ]).format(o=org, s=scheme, a=asked, u=purpose, m=members, b=bud)
        body = letter(greeting(rng, lang, tenant, False), body,
                      signature(rng, lang, p.name, [org, orgnr_text(rng, orgnr) if orgnr else ""], formal=False))
        att = []
        note = ""
    subject = choose(rng, lang, ["Søknad om {s} – {o}", "{S} {o}", "Søknad {s}", "Søknad om tilskudd"],
                     ["Søknad om {s} – {o}", "{S} {o}", "Søknad om tilskot"]).format(s=scheme, S=scheme[0].upper() + scheme[1:], o=org)
    return draft(tenant, p.name, email, subject, body, category="tilskudd", attachments=att,
                 avsender={"navn": org, "epost": email, "orgnr": orgnr}, note=note)


def make_tilskudd_arrangement(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    event = rng.choice(["Vinterfestivalen", "Kystkulturdagane", "{kname} jazzhelg", "Barnas kulturdag", "Sjømatfestivalen",
                        "Bygdedagen på {place}", "Middelaldermarknaden", "Nasjonaldagsfeiringa"]).format(**c)
    org = rng.choice(["{kname} sjømatfestival", "Foreningen {event}", "{place} ungdomslag", "{kname} kulturforum"]).format(event=event, **c)
    orgnr = world.orgnr()
    p = world.person()
    email = org_email(world, rng, p, slug(org).lower().replace("_", "") + ".no") if rng.random() < 0.6 else world.private_email(p)
    total = rng.randrange(60_000, 400_000, 5000)
    asked = rng.randrange(10_000, min(total // 2, 80_000), 1000)
    visitors = rng.randint(300, 5000)
    text = choose(rng, lang, [
        "SØKNAD OM ARRANGEMENTSTILSKUDD – {E}\n{o} søker med dette om arrangementstilskudd på kr {a} til {e}, som arrangeres i {pl} {d}.\nI fjor samlet arrangementet rundt {v} besøkende. Neste år utvider vi programmet med egen barnedag.\nSamlet budsjett: kr {t}.\nMed vennlig hilsen\n{p}\n{o}\norg.nr. {on}",
        "{o} søker om kr {a} i tilskudd til {e} {d}. Budsjettet er på kr {t}, og resten finansieres med billettinntekter og sponsorer. Vi venter {v} besøkende.",
    ], [
        "SØKNAD OM ARRANGEMENTSTILSKOT – {E}\n{o} søkjer med dette om arrangementstilskot på kr {a} til {e}, som vert arrangert på {pl} {d}.\nI fjor samla arrangementet rundt {v} besøkande.\nSamla budsjett: kr {t}.\nMed venleg helsing\n{p}\n{o}\norg.nr. {on}",
    ]).format(E=event.upper(), e=event, o=org, a=f"{asked:,}".replace(",", " "), t=f"{total:,}".replace(",", " "), pl=c["place"],
              d=c["date2"], v=visitors, p=p.name, on=orgnr)
    if rng.random() < 0.6:
        body = letter(choose(rng, lang, ["Hei, søknaden vår om tilskudd til {e} ligger som pdf.", "Vedlagt søknad om arrangementstilskudd."],
                             ["Hei, søknaden vår om tilskot til {e} ligg ved som pdf.", "Vedlagt søknad om arrangementstilskot."]).format(e=event),
                      signature(rng, lang, p.name, [org], formal=False))
        att = [AttachmentSpec(f"Søknad arrangementstilskudd {event}.pdf", "pdf", text)]
    else:
        body = letter(greeting(rng, lang, tenant), text,
                      "" if p.name in text else signature(rng, lang, p.name, [org, orgnr_text(rng, orgnr)]))
        att = []
    return draft(tenant, p.name, email, rng.choice([f"Søknad om arrangementstilskudd – {event}", f"Tilskudd {event}", f"{event} – søknad om støtte"]),
                 body, category="tilskudd", attachments=att, avsender={"navn": org, "epost": email, "orgnr": orgnr})


def make_tilskudd_rapport(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    org, orgnr, p, email = org_with_contact(rng, world, tenant, c)
    y = world.start.year - 1
    case = world.open_case(tenant, "tilskudd", f"Kulturmidler {y} - {org}")
    note = "Report on the use of a grant; cites the open case."
    if rng.random() < 0.5:
        world.open_case(tenant, "tilskudd", f"Kulturmidler {y + 1} - {org}")
        note += f" The same lag's {y + 1} case is a distractor."
    got = rng.randrange(5000, 40000, 500)
    purpose = rng.choice(PURPOSES_NN if lang == "nn" else PURPOSES_NB)
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb")
    body = choose(rng, lang, [
        "Vedlagt følger rapport og regnskap for kulturmidlene {o} fikk i {y} ({r}).\n\nVi fikk {g} kroner, som ble brukt til {u}. Regnskapet viser et lite overskudd, som er overført til neste års aktivitet.",
        "Rapport for bruk av tilskudd, {r}\n\nTilskuddet på kr {g} er brukt som forutsatt til {u}. Det deltok {n} personer. Regnskap ligger vedlagt.",
        "Hei. Her er rapporten vi skulle sende for tilskuddet i fjor. {r}. Beklager at den kommer sent!",
        "Vi viser til tilsagn om tilskudd ({r}). Tiltaket ble dessverre utsatt, og vi ber om å få beholde midlene til {d}.",
    ], [
        "Vedlagt følgjer rapport og rekneskap for kulturmidlane {o} fekk i {y} ({r}).\n\nVi fekk {g} kroner, som vart brukte til {u}. Rekneskapen viser eit lite overskot, som er overført til neste års aktivitet.",
        "Rapport for bruk av tilskot, {r}\n\nTilskotet på kr {g} er brukt som føresett til {u}. Det deltok {n} personar.",
        "Hei. Her er rapporten vi skulle sende for tilskotet i fjor. {r}. Orsak at han kjem seint!",
    ]).format(o=org, y=y, r=ref, g=f"{got:,}".replace(",", " "), u=purpose, n=rng.randint(8, 300), d=c["date2"])
    body = letter(greeting(rng, lang, tenant, False), body,
                  signature(rng, lang, p.name, [f"{choose(rng, lang, ['kasserer', 'leder'], ['kasserar', 'leiar'])}, {org}",
                                                 orgnr_text(rng, orgnr) if orgnr else ""], formal=False))
    att = []
    if "edlagt" in body or "ligg ved" in body or rng.random() < 0.3:
        att = [AttachmentSpec(f"Regnskap_kulturmidler_{y}.pdf", "pdf",
                              f"REGNSKAP KULTURMIDLER {y}\n{org}\nInntekter: tilskudd {got}\nUtgifter: {rng.randrange(got, got * 2, 100)}")]
    subject = rng.choice([f"Rapport og regnskap – kulturmidler {y}, sak {world.cite(case.sak)}", f"Rapport tilskudd {y}",
                          f"Rapport – {org}", f"Regnskap for tilskudd ({world.cite(case.sak)})"])
    quoted = None
    if rng.random() < 0.3:
        quoted = kommune_letter(rng, world, tenant, lang, case.sak, f"Tilsagn om kulturmidler {y} – {org}", [
            f"{org} er tildelt kr {got:,} i kulturmidler for {y}. Rapport og regnskap for bruken av midlene skal sendes kommunen innen 1. oktober {y + 1}.".replace(",", " "),
            f"Vi viser til søknaden deres og kan meddele at dere har fått tilsagn om kr {got:,}. Husk rapport når tiltaket er gjennomført.".replace(",", " "),
        ], [f"{org} har fått kr {got:,} i kulturmidlar for {y}. Rapport og rekneskap skal sendast kommunen innan 1. oktober {y + 1}.".replace(",", " ")],
            role="kulturkonsulent")
        subject = "SV: " + quoted.subject if rng.random() < 0.5 else subject
    return draft(tenant, p.name, email, subject, body, category="tilskudd", sak=case.sak, attachments=att,
                 avsender={"navn": org, "epost": email, "orgnr": orgnr}, note=note, quoted=quoted)


def make_tilskudd_internal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    org = rng.choice(CULTURE_ORGS).format(**c)
    y = world.start.year - rng.choice([0, 1, 2])
    case = world.open_case(tenant, "tilskudd", f"Kulturmidler {y} - {org}")
    p, email, av = employee_sender(world, tenant)
    follow_up = rng.random() < 0.35
    amount = f"{rng.randrange(2000, 30000, 500):,}".replace(",", " ")
    if follow_up:
        body = choose(rng, lang, [
            "Notat til saken, {r}\n\nSøknaden fra {o} mangler regnskap for forrige tildeling. Saksbehandler må be om dette før søknaden kan behandles i utvalget.",
            "Til oppfølging ({r}): {o} har ikke levert rapport innen fristen. Sender purring, og restbeløpet på kr {a} holdes tilbake inntil videre.",
        ], [
            "Notat til saka, {r}\n\nSøknaden frå {o} manglar rekneskap for førre tildeling. Sakshandsamar må be om dette før søknaden kan handsamast i utvalet.",
        ])
        jpt, note = "N", "Internal memo that needs follow-up: N."
    else:
        body = choose(rng, lang, [
            "Til arkivet, sak {r}\n\nRapport og regnskap fra {o} for kulturmidlene {y} er gjennomgått og godkjent. Restbeløpet på kr {a} er utbetalt.\n\nDet er ikke behov for videre oppfølging, og saken kan avsluttes.",
            "Notat for arkiv ({r}): Telefonsamtale med leder i {o} {p}. Laget bekreftet at tilskuddet er brukt som forutsatt. Ingen videre oppfølging.",
            "Til saka {r}: Utbetalinga til {o} på kr {a} er gjennomført. Til orientering, inga oppfølging.",
        ], [
            "Til arkivet, sak {r}\n\nRapport og rekneskap frå {o} for kulturmidlane {y} er gjennomgått og godkjend. Restbeløpet på kr {a} er utbetalt.\n\nSaka kan avsluttast.",
            "Notat for arkiv ({r}): Telefonsamtale med leiar i {o} {p}. Laget stadfesta at tilskotet er brukt som føresett.",
        ])
        jpt, note = "X", "Internal note for the file without follow-up: X."
    body = body.format(r=world.cite(case.sak), o=org, y=y, a=amount, p=c["past"])
    body = letter(body, f"{p.name}\n{choose(rng, lang, ['kulturkonsulent', 'rådgiver kultur', 'kultursjef'], ['kulturkonsulent', 'rådgjevar kultur'])}")
    subject = rng.choice([f"Til arkivet: kulturmidler {y} {org} ({world.cite(case.sak)})", f"Notat – {org}, sak {world.cite(case.sak)}",
                          f"Arkiv: {org} kulturmidler"])
    return draft(tenant, p.name, email, subject, body, category="tilskudd", jpt=jpt, sak=case.sak, avsender=av, note=note)


def make_tilskudd_question(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant, english=0.1)
    c = context(rng, world, tenant)
    org, _orgnr, p, email = org_with_contact(rng, world, tenant, c)
    body = choose(rng, lang, [
        "Hei. Når er søknadsfristen for kulturmidler i år? Vi i {o} har ikke fått med oss noe.",
        "Kan vi søke tilskudd til nytt utstyr, eller gjelder ordningen bare aktiviteter? Vi er et nystartet lag uten organisasjonsnummer ennå.",
        "Vi søkte om driftstilskudd i vår, men har ikke hørt noe. Når blir søknadene behandlet?",
        "Hei, kan {o} søke om tilskudd til frivilligsentralens julemiddag, eller må det gå gjennom sentralen?",
    ], [
        "Hei. Når er søknadsfristen for kulturmidlar i år? Vi i {o} har ikkje fått med oss noko.",
        "Kan vi søkje tilskot til nytt utstyr, eller gjeld ordninga berre aktivitetar?",
    ], [
        "Hello, I run a small cultural association for Polish families in {kname}. Can we apply for municipal funding for a language course for children? What is the deadline?",
    ]).format(o=org, **c)
    named = org in body
    body = letter(roughen(rng, body, 0.3), signature(rng, lang, p.name, [org] if named else [], formal=False))
    return draft(tenant, p.name, email, rng.choice(["Kulturmidler", "Spørsmål om tilskudd", "frist kulturmidler?", "Tilskudd",
                                                    "Funding for association" if lang == "en" else "Søknadsfrist"]),
                 body, category="tilskudd", avsender={"navn": org if named else p.name, "epost": email, "orgnr": None})


def make_tilskudd_spillemidler(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    org = rng.choice(["{place} idrettslag", "{kname} skiklubb", "{place} skytterlag", "{kname} turnforening", "{place} vel"]).format(**c)
    orgnr = world.orgnr()
    p = world.person()
    email = world.private_email(p)
    anlegg = rng.choice(["lysløype", "kunstgressbane", "ballbinge", "turvei med belysning", "skianlegg med skiskytterstadion",
                         "nærmiljøanlegg ved skolen", "garderobebygg"])
    cost = f"{rng.randrange(400_000, 6_000_000, 50_000):,}".replace(",", " ")
    body = choose(rng, lang, [
        "{o} søker om spillemidler og kommunalt tilskudd til {a} i {pl}. Samlet kostnad er beregnet til kr {k}.\n\nAnlegget er med i kommunens handlingsprogram for idrett og fysisk aktivitet. Søknaden er registrert i den elektroniske søknadsportalen, og vi ber om at kommunen prioriterer den.",
        "Vi viser til handlingsprogrammet og sender med dette søknad om kommunalt tilskudd og forskuttering av spillemidler til {a}. Kostnadsoverslag og byggetegninger ligger vedlagt.",
    ], [
        "{o} søkjer om spelemidlar og kommunalt tilskot til {a} på {pl}. Samla kostnad er rekna til kr {k}.\n\nAnlegget er med i handlingsprogrammet til kommunen for idrett og fysisk aktivitet.",
    ]).format(o=org, a=anlegg, pl=c["place"], k=cost)
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, [f"leder, {org}" if lang == "nb" else f"leiar, {org}", orgnr_text(rng, orgnr)]))
    att = [AttachmentSpec("Kostnadsoverslag.pdf", "pdf", f"KOSTNADSOVERSLAG\n{anlegg}\nSum: kr {cost}")] if "vedlagt" in body else []
    return draft(tenant, p.name, email, rng.choice([f"Søknad om spillemidler – {anlegg}", f"Spillemidler {org}", f"Tilskudd til {anlegg}"]),
                 body, category="tilskudd", attachments=att, avsender={"navn": org, "epost": email, "orgnr": orgnr})


def make_tilskudd_personal(rng: random.Random, world: World) -> Draft:
    """A private person's application that reveals personal circumstances: P13."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    p, email, av = private_sender(world)
    body = choose(rng, lang, [
        "Jeg søker om arbeidsstipend for kunstnere for {yr}. Jeg har vært sykmeldt store deler av året etter en kreftbehandling og har derfor hatt lite inntekt fra salg. Stipendet vil gjøre det mulig å fullføre utstillingen til {d}.",
        "Søknad om tilskudd til deltakelse på kurs. Jeg er enslig forsørger og har vært arbeidsledig siden i vinter, så jeg har ikke råd til egenandelen. Kurset er et ledd i å komme tilbake i arbeid som musiker.",
        "Jeg søker kulturstipend. Etter en depresjon i fjor har jeg begynt å male igjen, og jeg ønsker å holde min første utstilling i {place}.",
    ], [
        "Eg søkjer om arbeidsstipend for kunstnarar for {yr}. Eg har vore sjukmeld store delar av året etter kreftbehandling og har difor hatt lite inntekt frå sal. Stipendet vil gjere det mogleg å fullføre utstillinga til {d}.",
        "Søknad om tilskot til deltaking på kurs. Eg er einsleg forsørgjar og har vore arbeidsledig sidan i vinter, så eg har ikkje råd til eigendelen.",
    ]).format(yr=world.start.year + 1, d=c["date2"], **c)
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, [c["street"]]))
    return draft(tenant, p.name, email, rng.choice(["Søknad om kulturstipend", "Søknad arbeidsstipend", "Søknad om tilskudd"]),
                 body, category="tilskudd", skjerming="P13", personnavn=[p.name], avsender=av,
                 note="Application revealing health or economic circumstances: P13.")


TILSKUDD_FAMILIES = [
    Family("tilskudd.kulturmidler", "tilskudd", make_tilskudd_kulturmidler, 1.2, WRITER),
    Family("tilskudd.arrangement", "tilskudd", make_tilskudd_arrangement, 0.6, WRITER),
    Family("tilskudd.rapport", "tilskudd", make_tilskudd_rapport, 0.7, WRITER),
    Family("tilskudd.internal_note", "tilskudd", make_tilskudd_internal, 0.5, WRITER),
    Family("tilskudd.question", "tilskudd", make_tilskudd_question, 0.35, WRITER),
    Family("tilskudd.spillemidler", "tilskudd", make_tilskudd_spillemidler, 0.35, WRITER),
    Family("tilskudd.personal_p13", "tilskudd", make_tilskudd_personal, 0.15, WRITER),
]


# ======================================================================================
# anskaffelse
# ======================================================================================

# Competitions: title (as in the case), trade for the bidder firm, price lines (label, low, high, unit)
COMPETITIONS = [
    ("Renhold av kommunale bygg", "renhold", [("Daglig renhold, {n} bygg", 900_000, 3_500_000, "kr per år"),
                                              ("Hovedrengjøring", 25, 60, "kr per m2"), ("Timepris tilleggsarbeid", 420, 620, "kr")]),
    ("Rammeavtale brøyting og strøing", "maskin", [("Lastebil med plog og strøaggregat", 750, 1100, "kr per time"),
                                                   ("Hjullaster", 650, 950, "kr per time"), ("Beredskapsgodtgjørelse", 20_000, 60_000, "kr per sesong")]),
    ("Ombygging av {school}", "bygg", [("Riving og sanering", 400_000, 1_800_000, "kr"), ("Bygningsmessige arbeider", 4_000_000, 14_000_000, "kr"),
                                       ("Rigg og drift", 300_000, 1_200_000, "kr")]),
    ("Nytt IK/HMS-system", "it", [("Lisens, inntil 900 brukere", 150_000, 450_000, "kr per år"), ("Implementering og datamigrering", 80_000, 250_000, "kr fastpris"),
                                  ("Opplæring", 20_000, 60_000, "kr"), ("Timepris endringer", 950, 1450, "kr eks. mva.")]),
    ("Skoleskyss", "transport", [("Rute 1–4, minibuss", 1_200_000, 2_600_000, "kr per år"), ("Ekstra tur", 1_200, 2_500, "kr per tur")]),
    ("Rammeavtale rørleggertjenester", "rør", [("Timepris montør", 650, 980, "kr"), ("Timepris lærling", 380, 560, "kr"),
                                              ("Påslag materiell", 5, 25, "prosent")]),
    ("Rammeavtale elektrikertjenester", "elektro", [("Timepris elektriker", 680, 990, "kr"), ("Utrykning utenom arbeidstid", 1_500, 3_500, "kr")]),
    ("Catering til kommunale arrangementer", "catering", [("Lunsj per person", 120, 260, "kr"), ("Middag per person", 320, 650, "kr")]),
    ("Rehabilitering av vannledning i {place}", "entreprenør", [("Graving og grøft", 900_000, 3_000_000, "kr"), ("Rør og kummer", 600_000, 2_000_000, "kr")]),
    ("Konsulenttjenester reguleringsplan {place}", "konsult", [("Timepris seniorrådgiver", 1_100, 1_600, "kr"), ("Fastpris planforslag", 250_000, 800_000, "kr")]),
    ("Grøntvedlikehold", "landskap", [("Gressklipp, sesong", 200_000, 700_000, "kr"), ("Timepris gartner", 520, 780, "kr")]),
]


def competition(rng: random.Random, world: World, tenant: str, c: dict) -> tuple[str, str, list]:
    title, trade, prices = rng.choice(COMPETITIONS)
    return title.format(**c), trade, prices


def price_schedule(rng: random.Random, prices: list, c: dict) -> str:
    lines = []
    for label, lo, hi, unit in prices:
        step = max(1, (hi - lo) // 200)
        v = rng.randrange(lo, hi, step)
        lines.append(f"{label.format(**c)}: {v:,} {unit}".replace(f"{v:,}", f"{v:,}".replace(",", " ")))
    return "\n".join(lines)


def procurement_case(rng: random.Random, world: World, tenant: str, title: str, p_open: float = 0.8) -> OpenCase | None:
    if rng.random() >= p_open:
        return None
    case = world.open_case(tenant, "anskaffelse", f"Anskaffelse - {title}")
    if rng.random() < 0.25:
        other = "havoy" if tenant == "fjordvik" else "fjordvik"
        world.open_case(other, "anskaffelse", f"Anskaffelse - {title}")
    return case


def doffin_ref(rng: random.Random, world: World) -> str:
    return rng.choice([f"Doffin-referanse {world.start.year}-{rng.randint(100000, 999999)}",
                       f"KGV-ID {rng.randint(10000, 99999)}", f"Mercell-ID {rng.randint(100000, 999999)}",
                       f"Doffin {world.start.year}-{rng.randint(100000, 999999)}"])


def make_anskaffelse_tilbud(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title, trade, prices = competition(rng, world, tenant, c)
    case = procurement_case(rng, world, tenant, title)
    firm = world.firm(trade)
    p, email = firm_sender(world, rng, firm)
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb") if case else doffin_ref(rng, world)
    sched = price_schedule(rng, prices, c)
    prices_in_body = rng.random() < 0.3
    body = choose(rng, lang, [
        "Vedlagt følger vårt tilbud i konkurransen om {t}, {r}.\n\nPrisskjema og referanseliste ligger som egne vedlegg. Vi ber om at disse unntas offentlighet, da de inneholder forretningshemmeligheter.",
        "Hei,\n\n{f} leverer med dette tilbud på {tl} ({r}). Tilbudet består av tilbudsbrev, besvarelse av kravspesifikasjonen og prisskjema.\n\nVedståelsesfrist: 3 måneder.\n\nVi anser prisskjema og beskrivelsen av gjennomføringen som forretningshemmeligheter, jf. offentleglova § 13 og forvaltningsloven § 13 første ledd nr. 2.",
        "Tilbud – {t} ({r})\n\nSe vedlagte dokumenter. Bekreft gjerne mottak.",
        "Hermed vårt tilbud på {tl}, jf. {r}. Vi har svart på alle krav i kravspesifikasjonen og legger ved utfylt prisskjema. Prisene er konfidensielle.",
        "Vi viser til konkurransegrunnlaget ({r}) og takker for muligheten til å gi tilbud på {tl}.\n\nVårt tilbud er basert på befaringen {p}. Vi har lang erfaring med tilsvarende oppdrag for kommuner i regionen og kan starte opp umiddelbart.",
    ], [
        "Vedlagt følgjer tilbodet vårt i konkurransen om {t}, {r}.\n\nPrisskjema og referanseliste ligg ved som eigne vedlegg. Vi ber om at desse vert unnatekne offentlegheit, då dei inneheld forretningsløyndomar.",
        "Hei,\n\n{f} leverer med dette tilbod på {tl} ({r}). Tilbodet består av tilbodsbrev, svar på kravspesifikasjonen og prisskjema.\n\nVedståingsfrist: 3 månader.",
    ]).format(t=title, tl=title[0].lower() + title[1:], r=ref, f=firm.name, p=c["past"])
    if prices_in_body:
        body += "\n\n" + choose(rng, lang, ["Priser (eks. mva.):", "Oppsummert pris:"], ["Prisar (eks. mva.):"]) + "\n" + sched
    sig = signature(rng, lang, p.name, [rng.choice(["daglig leder", "tilbudsansvarlig", "salgssjef", "kalkulasjonssjef", ""]),
                                        firm.name, orgnr_text(rng, firm.orgnr, vat=True)])
    body = letter(greeting(rng, lang, tenant), body, sig)
    att = [AttachmentSpec(f"Tilbudsbrev_{slug(firm.name)}.pdf", "pdf",
                          f"TILBUDSBREV\n{firm.name}, org.nr. {firm.orgnr}, gir med dette tilbud på {title}, {c['kommune']}.\nVedståelsesfrist: 3 måneder."),
           AttachmentSpec(rng.choice(["Prisskjema.pdf", "Prisskjema_utfylt.pdf", "Vedlegg 3 Prisskjema.pdf"]), rng.choice(["pdf", "pdf", "docx"]),
                          f"PRISSKJEMA - FORTROLIG\n{sched}")]
    if att[1].kind == "docx":
        att[1].filename = att[1].filename.replace(".pdf", ".docx")
    subject = rng.choice([f"Tilbud – {title}" + (f", deres ref. {world.cite(case.sak)}" if case else ""), f"Tilbud {title}",
                          f"Innlevering av tilbud: {title}", f"{firm.name} – tilbud {title.lower()}"])
    return draft(tenant, p.name, email, subject, body, category="anskaffelse", skjerming="F13", sak=case.sak if case else None,
                 attachments=att, avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr},
                 note="Tender with price schedule: F13." + ("" if case else " No open case cited: new case."))


FOREIGN_FIRMS = [("Nordic SafetyCloud AB", ".se", "Kungsgatan 44, Stockholm"), ("Baltic Road Services UAB", ".lt", "Vilnius"),
                 ("Danish Water Tech ApS", ".dk", "Aarhus"), ("Polbud Construction Sp. z o.o.", ".pl", "Gdańsk"),
                 ("CleanPro Solutions Oy", ".fi", "Turku"), ("EduSoft GmbH", ".de", "Hamburg")]


def make_anskaffelse_english(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    c = context(rng, world, tenant)
    title, _trade, prices = competition(rng, world, tenant, c)
    case = procurement_case(rng, world, tenant, title, 0.85)
    fname, tld, city = rng.choice(FOREIGN_FIRMS)
    orgnr = world.orgnr() if rng.random() < 0.7 else None  # Norwegian branch (NUF) number when stated
    p = foreign_person(rng)
    email = org_email(world, rng, p, slug(fname.split()[0] + fname.split()[1]).lower().replace("_", "") + tld)
    ref = f"your reference {world.cite(case.sak)}" if case else doffin_ref(rng, world)
    kind = rng.choice(["tender", "tender", "question"])
    if kind == "tender":
        body = rng.choice([
            "Please find attached our tender for the procurement \"{t}\", {r}.\n\nThe tender consists of:\n- Appendix 1: Tender letter, signed\n- Appendix 2: Response to requirements\n- Appendix 3: Price schedule\n\nWe consider the price schedule to be a business secret and ask that it is exempted from public access, cf. offentleglova § 13.\n\nThe tender is valid for 3 months from the deadline. Please confirm receipt.",
            "We hereby submit our offer for {t} ({r}). Prices are given in NOK excluding VAT in the attached price form. Kindly treat the pricing as confidential.",
        ]).format(t=title, r=ref)
        skj, note = "F13", "English tender with price schedule: F13."
        att = [AttachmentSpec("Appendix3_Price_schedule.pdf", "pdf", "PRICE SCHEDULE - CONFIDENTIAL\n" + price_schedule(rng, prices, c).replace("kr", "NOK"))]
    else:
        body = rng.choice([
            "We are considering submitting a tender in the competition \"{t}\" ({r}) and have the following questions:\n\n1. Is it acceptable to submit the tender documents in English?\n2. Can the contract be signed electronically?\n3. Is a Norwegian subcontractor required for on-site service?",
            "Regarding {t}, {r}: could you clarify whether the requirement for data storage within Norway (section 2.7) also applies to backup copies? Many thanks.",
        ]).format(t=title, r=ref)
        skj, note, att = None, "Plain questions in English: no F13.", []
    lines = [rng.choice(["Bid Manager", "Sales Director", "Tender Manager", "Key Account Manager"]), fname + (", Norway branch" if orgnr else ""),
             f"NO {orgnr[:3]} {orgnr[3:6]} {orgnr[6:]} MVA" if orgnr else "", city]
    body = letter(greeting(rng, "en", tenant), body, signature(rng, "en", p.name, lines))
    subject = rng.choice([f"Tender submission - {title}" + (f" (ref. {world.cite(case.sak)})" if case else ""), f"Tender: {title}",
                          f"Questions regarding {title}" if kind == "question" else f"Offer - {title}"])
    return draft(tenant, p.name, email, subject, body, category="anskaffelse", skjerming=skj, sak=case.sak if case else None,
                 attachments=att, avsender={"navn": fname, "epost": email, "orgnr": orgnr}, note=note)


def make_anskaffelse_sporsmal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title, trade, _prices = competition(rng, world, tenant, c)
    case = procurement_case(rng, world, tenant, title, 0.8)
    firm = world.firm(trade)
    p, email = firm_sender(world, rng, firm)
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb") if case else doffin_ref(rng, world)
    generic_nb = ["Kan fristen for å levere tilbud forlenges med en uke, ettersom svarene på spørsmålene kom sent?",
                  "Er det tillatt å bruke underleverandør for deler av oppdraget?",
                  "Skal prisene oppgis med eller uten merverdiavgift i prisskjemaet?",
                  "Hvordan vil kommunen vekte referansene under kvalitetskriteriet?",
                  "Vi finner ikke vedlegg 4 (kontraktsvilkår) i konkurransen. Kan det lastes opp på nytt?"]
    generic_nn = ["Kan fristen for å levere tilbod forlengast med ei veke?",
                  "Er det lov å bruke underleverandør for delar av oppdraget?",
                  "Skal prisane oppgjevast med eller utan meirverdiavgift?"]
    by_trade = {
        "bygg": ["Inngår sanering av asbestholdige plater i kontrakten, eller blir dette gjort av kommunen før oppstart?",
                 "Blir det arrangert befaring? Vi ser ingen dato for dette i tidsplanen.",
                 "Kan vi regne med at fløyen er tom i hele byggeperioden, eller går undervisningen som normalt?"],
        "it": ["Er integrasjon mot kommunens HR-system et minstekrav, eller blir det vurdert under tildelingskriteriet kvalitet?",
               "Kan løsningen leveres som SaaS med datalagring i EU/EØS, eller må data lagres i Norge?",
               "Hvor mange samtidige brukere skal lisensen dekke?"],
        "renhold": ["Hvor mange kvadratmeter skal ha daglig renhold i skolens ferier?",
                    "Er renholdsmidler og forbruksmateriell inkludert i prisen?"],
        "maskin": ["Kan vi gi tilbud på bare én av rodene?", "Prisskjemaet mangler linje for reservemaskin. Hvordan skal denne prises?",
                   "Hva menes med kravet om responstid – gjelder det også helger?"],
        "transport": ["Må bussene ha setebelter på alle seter, også på ekstraturer?", "Kan vi gi tilbud på enkeltruter?"],
        "rør": ["Inngår døgnvakt i rammeavtalen?", "Skal kjøretid faktureres fra verksted eller fra oppmøtested?"],
        "elektro": ["Inngår døgnvakt i rammeavtalen?", "Er det krav om sentral godkjenning i tiltaksklasse 2?"],
        "catering": ["Skal det kunne leveres halal og glutenfritt ved alle bestillinger?", "Hvor mange arrangementer per år er det snakk om?"],
        "entreprenør": ["Hvem har ansvar for trafikkavvikling og skilting langs anlegget?", "Finnes det grunnundersøkelser for traseen?"],
        "konsult": ["Hvor mange møter med kommunen skal vi regne med i planprosessen?", "Inngår konsekvensutredning i oppdraget?"],
        "landskap": ["Inngår bortkjøring av avfall i prisen for gressklipp?", "Hvor mange parker og uteområder omfattes?"],
    }
    qs_nb = by_trade.get(trade, []) + rng.sample(generic_nb, 2)
    qs_nn = generic_nn
    qs = rng.sample(qs_nn if lang == "nn" else qs_nb, rng.randint(1, 3))
    body = choose(rng, lang, [
        "Vi vurderer å gi tilbud i konkurransen om {tl} og har noen spørsmål til konkurransegrunnlaget ({r}):\n\n{q}\n\nVi ber om at svarene blir publisert for alle tilbydere.",
        "Spørsmål til konkurransegrunnlaget – {t}, {r}\n\n{q}",
        "Hei, et kort spørsmål om {tl} ({r}): {q0}",
        "Vi har følgende spørsmål til konkurransen om {tl}, {r}:\n{q}\n\nTakk for svar.",
    ], [
        "Vi vurderer å gje tilbod i konkurransen om {tl} og har nokre spørsmål til konkurransegrunnlaget ({r}):\n\n{q}\n\nVi ber om at svara vert publiserte for alle tilbydarar.",
        "Hei, eit kort spørsmål om {tl} ({r}): {q0}",
    ]).format(t=title, tl=title[0].lower() + title[1:], r=ref, q=numbered(rng, qs), q0=qs[0])
    show_orgnr = rng.random() < 0.6
    body = letter(greeting(rng, lang, tenant), body,
                  signature(rng, lang, p.name, [firm.name, orgnr_text(rng, firm.orgnr, vat=True) if show_orgnr else "", f"Tlf. {world.phone()}" if rng.random() < 0.5 else ""]))
    subject = rng.choice([f"Spørsmål til konkurransegrunnlaget – {title}" + (f" ({world.cite(case.sak)})" if case else ""),
                          f"Spørsmål i konkurransen {title}", f"Spm. {title}", "Spørsmål til konkurranse"])
    quoted = None
    if case and rng.random() < 0.25:
        quoted = kommune_letter(rng, world, tenant, lang, case.sak, f"Svar på spørsmål – {title}", [
            "Spørsmål og svar er publisert i konkurransegjennomføringsverktøyet. Fristen for tilbud står fast.",
            "Takk for spørsmålene. Svarene er anonymisert og gjort tilgjengelige for alle leverandører.",
        ], ["Spørsmål og svar er publiserte i konkurransegjennomføringsverktøyet. Fristen for tilbod står fast."],
            role=choose(rng, lang, ["innkjøpsrådgiver"], ["innkjøpsrådgjevar"]))
        subject = "SV: " + quoted.subject
    return draft(tenant, p.name, email, subject, body, category="anskaffelse", sak=case.sak if case else None,
                 avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr if show_orgnr else None},
                 note="Plain questions about the competition: no F13.", quoted=quoted)


def make_anskaffelse_klage(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title, trade, prices = competition(rng, world, tenant, c)
    case = procurement_case(rng, world, tenant, title, 0.5)
    firm = world.firm(trade)
    p, email = firm_sender(world, rng, firm)
    ours, theirs = sorted(rng.sample(range(prices[0][1], prices[0][2], max(1, (prices[0][2] - prices[0][1]) // 100)), 2))
    reveals = rng.random() < 0.7
    award = past_date_text(rng, world, (3, 12))
    ref = (" " + ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb")) if case else ""
    if reveals:
        body = choose(rng, lang, [
            "{f} klager med dette på tildelingsbeslutningen av {a} i konkurransen om {tl}{r}.\n\nVi mener evalueringen er feil på pris. Vårt tilbud hadde en pris på {o} kr for {l}, mot {th} kr hos valgt leverandør. Likevel har vi fått lavere poengsum.\n\nVi ber om at evalueringen gjøres på nytt og at karensperioden forlenges til klagen er behandlet. Vår kalkyle følger vedlagt og bes unntatt offentlighet.",
            "Klage på tildeling – {t}{r}\n\nVi viser til meddelelse om tildeling {a}. Vår samlede pris var {o} kr, som er lavere enn vinnerens. Vi kan ikke se at kvalitetsevalueringen forsvarer forskjellen, og ber om en nærmere begrunnelse.",
        ], [
            "{f} klagar med dette på tildelingsavgjerda av {a} i konkurransen om {tl}{r}.\n\nVi meiner evalueringa er feil på pris. Tilbodet vårt hadde ein pris på {o} kr for {l}, mot {th} kr hos vald leverandør.\n\nVi ber om at evalueringa vert gjort på nytt, og at karensperioden vert forlengd.",
        ])
        skj, note = "F13", "Complaint about an award that discloses the bidder's own prices: F13."
    else:
        body = choose(rng, lang, [
            "{f} klager på avvisningen av vårt tilbud i konkurransen om {tl}{r}. Kommunen har avvist tilbudet fordi skatteattesten var eldre enn seks måneder. Dette er etter vår mening en uvesentlig mangel som kunne vært rettet.",
            "Vi ber om en nærmere begrunnelse for tildelingen i konkurransen om {tl}{r}, jf. anskaffelsesforskriften § 25-1. Meddelelsen vi fikk {a} sier ikke noe om de relative styrkene ved valgt tilbud.",
            "Til orientering: {f} har i dag klaget kommunens tildelingsbeslutning i konkurransen om {tl}{r} inn for Klagenemnda for offentlige anskaffelser (KOFA). Kopi av klagen følger. Vi ber om at kontrakt ikke signeres før saken er avgjort.",
        ], [
            "{f} klagar på avvisinga av tilbodet vårt i konkurransen om {tl}{r}. Kommunen har avvist tilbodet fordi skatteattesten var eldre enn seks månader.",
        ])
        skj, note = None, "Complaint without prices or business secrets: no F13."
    body = body.format(f=firm.name, a=award, t=title, tl=title[0].lower() + title[1:], r=ref,
                       o=f"{ours:,}".replace(",", " "), th=f"{theirs + (theirs - ours) // 3 + 1:,}".replace(",", " "),
                       l=prices[0][0].format(**c).lower())
    body = letter(choose(rng, lang, ["Til {k}, innkjøp", "Til {k}"], ["Til {k}, innkjøp"]).format(k=c["kommune"]), body,
                  signature(rng, lang, p.name, ["daglig leder" if lang == "nb" else "dagleg leiar", firm.name, orgnr_text(rng, firm.orgnr, vat=True)]))
    att = [AttachmentSpec(f"Kalkyle_{slug(firm.name)[:20]}.pdf", "pdf", "KALKYLE - FORTROLIG\n" + price_schedule(rng, prices, c))] if "vedlagt" in body else []
    subject = rng.choice([f"Klage på tildeling – {title}", f"Klage – {title}", f"Klage på avvisning, {title}" if not reveals else f"Klage på tildelingsbeslutning – {title}",
                          f"Begrunnelse for tildeling – {title}" if not reveals else f"Klage {title}"])
    return draft(tenant, p.name, email, subject, body, category="anskaffelse", skjerming=skj, sak=case.sak if case else None,
                 attachments=att, avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr},
                 note=note + ("" if case else " No open case cited."))


def make_anskaffelse_internal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title, trade, prices = competition(rng, world, tenant, c)
    case = world.open_case(tenant, "anskaffelse", f"Anskaffelse - {title}")
    p, email, av = employee_sender(world, tenant)
    r = world.cite(case.sak)
    kind = rng.choice(["protokoll", "protokoll", "follow", "file"])
    firms = [world.firm(trade).name for _ in range(rng.randint(2, 4))]
    if kind == "protokoll":
        rows = "\n".join(f"{f}: {rng.randrange(prices[0][1], prices[0][2], max(1, (prices[0][2] - prices[0][1]) // 100)):,} kr".replace(",", " ") for f in firms)
        body = choose(rng, lang, ["Protokoll fra åpning av tilbud, sak {r}\n\nTilbudsfristen gikk ut {d} kl. 12.00. Følgende tilbud kom inn:\n{rows}\n\nTil arkivet.",
                                  "Til arkiv ({r}): oversikt over innkomne tilbud i konkurransen om {tl}.\n{rows}"],
                      ["Protokoll frå opning av tilbod, sak {r}\n\nTilbodsfristen gjekk ut {d} kl. 12.00. Desse tilboda kom inn:\n{rows}\n\nTil arkivet."])
        jpt, skj, note = "X", "F13", "Internal opening protocol with bidders' prices: X and F13."
    elif kind == "follow":
        body = choose(rng, lang, ["Notat, sak {r}\n\nEtter avklaringsmøtet med {f0} må kontraktsutkastet endres på punkt 7 om dagmulkt. Juridisk må se på dette før kontrakten signeres.",
                                  "Til oppfølging i sak {r}: {f0} har bedt om utsatt oppstart. Kommunalsjefen må ta stilling før fredag."],
                      ["Notat, sak {r}\n\nEtter avklaringsmøtet med {f0} må kontraktsutkastet endrast på punkt 7 om dagbot. Juridisk må sjå på dette før kontrakten vert signert."])
        jpt, skj, note = "N", None, "Internal memo that needs follow-up: N; no prices."
        rows = ""
    else:
        body = choose(rng, lang, ["Til arkivet, sak {r}: Kontrakten med {f0} om {tl} er signert av begge parter {d}. Ingen videre oppfølging.",
                                  "Notat for arkiv ({r}): Karensperioden er utløpt uten klager. Kontrakt inngås med {f0}."],
                      ["Til arkivet, sak {r}: Kontrakten med {f0} om {tl} er signert av begge partar {d}."])
        jpt, skj, note = "X", None, "Internal note for the file: X."
        rows = ""
    body = body.format(r=r, d=c["past"], rows=rows, tl=title[0].lower() + title[1:], f0=firms[0])
    body = letter(body, f"{p.name}\n{choose(rng, lang, ['innkjøpsrådgiver', 'innkjøpssjef', 'rådgiver innkjøp'], ['innkjøpsrådgjevar', 'innkjøpssjef'])}")
    return draft(tenant, p.name, email, rng.choice([f"Protokoll tilbudsåpning – {title}" if kind == "protokoll" else f"Notat – {title}",
                                                    f"Til arkiv: {title} ({r})", f"{title} – notat"]),
                 body, category="anskaffelse", jpt=jpt, skjerming=skj, sak=case.sak, avsender=av, note=note)


def make_anskaffelse_dialog(rng: random.Random, world: World) -> Draft:
    """Market dialogue, RFI answers, withdrawal or extension of the validity period: no prices."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title, trade, _prices = competition(rng, world, tenant, c)
    case = procurement_case(rng, world, tenant, title, 0.6)
    firm = world.firm(trade)
    p, email = firm_sender(world, rng, firm)
    ref = (" (" + ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb") + ")") if case else ""
    body = choose(rng, lang, [
        "Vi har sett varselet om markedsdialog for {tl}{r} og ønsker å delta på dialogmøte. Vi har levert tilsvarende løsninger til flere kommuner.",
        "{f} bekrefter at vedståelsesfristen for vårt tilbud i konkurransen om {tl}{r} forlenges til {d}, slik kommunen har bedt om.",
        "Vi trekker med dette vårt tilbud i konkurransen om {tl}{r}, da vi ikke har kapasitet i perioden likevel.",
        "Svar på forespørsel om informasjon (RFI) – {t}{r}\n\nVi viser til forespørselen og svarer kort på spørsmålene: Vi kan levere innen seks uker etter kontraktsinngåelse, og løsningen er i bruk i åtte kommuner.",
        "Vi ber om å få tilsendt konkurransegrunnlaget for {tl}{r}. Lenken i kunngjøringen på Doffin virker ikke.",
        "Hei! Den nåværende avtalen om {tl} går ut i vår. Vet dere når ny konkurranse blir kunngjort? Vi ønsker gjerne å være med.",
        "Vi har hatt et godt samarbeid med kommunen om {tl} i fire år. Vi ønsker å informere om at vi nå også tilbyr elektronisk rapportering, og ber om å bli varslet når avtalen skal konkurranseutsettes på nytt.",
    ], [
        "Vi har sett varselet om marknadsdialog for {tl}{r} og ynskjer å delta på dialogmøte.",
        "{f} stadfestar at vedståingsfristen for tilbodet vårt i konkurransen om {tl}{r} vert forlengd til {d}, slik kommunen har bede om.",
        "Vi trekkjer med dette tilbodet vårt i konkurransen om {tl}{r}, då vi ikkje har kapasitet i perioden likevel.",
    ]).format(t=title, tl=title[0].lower() + title[1:], r=ref, f=firm.name, d=c["date2"])
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, [firm.name, orgnr_text(rng, firm.orgnr, vat=True)]))
    return draft(tenant, p.name, email, rng.choice([f"{title} – markedsdialog", f"Vedståelsesfrist – {title}", f"{title}",
                                                    f"Ang. konkurranse {title.lower()}"]),
                 body, category="anskaffelse", sak=case.sak if case else None,
                 avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr}, note="No prices: skjerming null.")


def make_anskaffelse_forwarded(rng: random.Random, world: World) -> Draft:
    original = rng.choice([make_anskaffelse_sporsmal, make_anskaffelse_tilbud])(rng, world)
    return forward_by_employee(rng, world, original.tenant, original, pick_lang(rng, original.tenant))


ANSKAFFELSE_FAMILIES = [
    Family("anskaffelse.tilbud", "anskaffelse", make_anskaffelse_tilbud, 1.4, WRITER),
    Family("anskaffelse.english", "anskaffelse", make_anskaffelse_english, 0.5, WRITER),
    Family("anskaffelse.sporsmal", "anskaffelse", make_anskaffelse_sporsmal, 1.2, WRITER),
    Family("anskaffelse.klage", "anskaffelse", make_anskaffelse_klage, 0.6, WRITER),
    Family("anskaffelse.internal_note", "anskaffelse", make_anskaffelse_internal, 0.4, WRITER),
    Family("anskaffelse.dialog", "anskaffelse", make_anskaffelse_dialog, 0.4, WRITER),
    Family("anskaffelse.forwarded", "anskaffelse", make_anskaffelse_forwarded, 0.2, WRITER),
]



# ======================================================================================
# more families (appended to the lists above)
# ======================================================================================

NEIGHBOUR_KOMMUNER = [("Nesøy kommune", "postmottak@nesoy.kommune.no"), ("Bergstad kommune", "post@bergstad.kommune.no"),
                      ("Sjøvik kommune", "postmottak@sjovik.kommune.no"), ("Indre Fjord kommune", "post@indrefjord.kommune.no")]
NEIGHBOUR_HEARINGS = [
    ("forslag til interkommunal plan for sjøarealene", "framlegg til interkommunal plan for sjøareala",
     "Planen omfatter sjøarealene i de tre kommunene og skal avklare arealer til havbruk, ferdsel og friluftsliv."),
    ("forslag til felles forskrift om feiing og tilsyn med fyringsanlegg", "framlegg til felles forskrift om feiing og tilsyn med fyringsanlegg",
     "Forskriften skal gjelde for alle kommunene i brannsamarbeidet."),
    ("forslag til felles renovasjonsforskrift for selskapets eierkommuner", "framlegg til felles renovasjonsforskrift for eigarkommunane",
     "Renovasjonsselskapet foreslår like regler for henting og gebyr i alle eierkommunene."),
    ("utkast til interkommunal beredskapsplan for akutt forurensning", "utkast til interkommunal beredskapsplan for akutt forureining",
     "Planen beskriver ansvar og varsling ved oljeutslipp i skjærgården."),
    ("forslag til endret vedtekt for det interkommunale legevaktsamarbeidet", "framlegg til endra vedtekt for det interkommunale legevaktsamarbeidet",
     "Endringen gjelder kostnadsfordelingen mellom kommunene."),
]


def make_horing_neighbour(rng: random.Random, world: World) -> Draft:
    """Another kommune or an intermunicipal company sends its hearing to this kommune."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    sender, email = rng.choice(NEIGHBOUR_KOMMUNER + [("Kystrenovasjon IKS", "post@kystrenovasjon.no"),
                                                     ("Vest brann og redning IKS", "post@vestbrann.no")])
    topic_nb, topic_nn, summary = rng.choice(NEIGHBOUR_HEARINGS)
    topic = topic_nn if lang == "nn" else topic_nb
    frist = date_text(rng, world, (30, 90), numeric=False)
    body = choose(rng, lang, [
        "{s} sender med dette {t} på høring til nabokommunene og andre berørte. {sm}\n\nHøringsdokumentene ligger vedlagt. Frist for å gi uttalelse er {f}.",
        "Høring – {t}\n\nStyret vedtok i møte {p} å sende {t} på høring til eierkommunene. {sm}\n\nVi ber om at uttalelse fra kommunestyret eller formannskapet sendes innen {f}.",
        "Hei,\n\nvedlagt følger {t} til høring. Vi ber om at dette fordeles til rette vedkommende i kommunen. Frist: {f}.",
    ], [
        "{s} sender med dette {t} på høyring til nabokommunane og andre som vert råka. {sm}\n\nHøyringsdokumenta ligg ved. Frist for fråsegn er {f}.",
        "Høyring – {t}\n\nStyret vedtok i møte {p} å sende {t} på høyring til eigarkommunane.\n\nVi ber om at fråsegn frå kommunestyret eller formannskapet vert send innan {f}.",
    ]).format(s=sender, t=topic, sm=summary, f=frist, p=past_date_text(rng, world))
    writer = world.person()
    roles = ["rådgiver", "plansjef", "kommunedirektør", "arealplanlegger"] if "kommune" in sender else ["daglig leder", "rådgiver", "fagleder"]
    body = letter(body, signature(rng, lang, writer.name, [rng.choice(roles), sender]))
    sender_email = email if rng.random() < 0.6 else org_email(world, rng, writer, email.split("@")[1])
    word = "Høyring" if lang == "nn" else "Høring"
    att = [AttachmentSpec(f"{word}sdokument.pdf", "pdf", f"{topic.upper()}\n{summary}\nFrist: {frist}")]
    return draft(tenant, writer.name if sender_email != email else sender, sender_email,
                 rng.choice([f"{word} – {topic}", f"{word}: {topic}", f"Til {word.lower()}: {topic}"]), body,
                 category="horing", attachments=att, avsender={"navn": sender, "epost": sender_email, "orgnr": None},
                 note="Hearing from another kommune or an IKS: horing.")


def make_horing_agency_uttalelse(rng: random.Random, world: World) -> Draft:
    """A state agency answers the kommune's own hearing of a local forskrift or plan for services."""
    tenant = pick_tenant(rng)
    lang = "nn" if rng.random() < 0.3 else "nb"
    c = context(rng, world, tenant)
    title_t, _points_nb, _ = rng.choice([h for h in OWN_HEARINGS if "orskrift" in h[0] or "regulativ" in h[0]])
    title = title_t.format(**c)
    case = world.open_case(tenant, "horing", f"Høring - {title}")
    agency, email = rng.choice([STATSFORVALTERE[0], STATSFORVALTERE[1], ("Mattilsynet", "postmottak@mattilsynet.no"),
                                ("Statens vegvesen", "firmapost@vegvesen.no"), ("Vestkyst fylkeskommune", "post@vestkystfylke.no"),
                                ("Helsedirektoratet", "postmottak@helsedir.no")])
    d = world.cite(case.sak)
    body = choose(rng, lang, [
        "Deres ref.: {d}\nVår ref.: {v}\n\nUttalelse til forslag til {tl}\n\nVi viser til høringsbrev av {p}. {a} har ingen vesentlige merknader til forslaget, men minner om at forskriften må kunngjøres i Norsk Lovtidend før den trer i kraft.",
        "Vi viser til kommunens høring ({d}) av forslag til {tl}.\n\n{a} vil peke på at forslaget bør ha en klarere hjemmel for gebyrene, og at overgangsreglene bør utdypes. Ut over dette har vi ingen merknader.",
        "Høringsuttalelse – {tl}, deres ref. {d}\n\nVi har gått gjennom forslaget og mener det i hovedsak er i tråd med regelverket. Vi anbefaler at kommunen vurderer konsekvensene for {place} nærmere.",
    ], [
        "Dykkar ref.: {d}\nVår ref.: {v}\n\nFråsegn til framlegg til {tl}\n\nVi viser til høyringsbrev av {p}. {a} har ingen vesentlege merknader til framlegget, men minner om at forskrifta må kunngjerast i Norsk Lovtidend før ho tek til å gjelde.",
    ]).format(d=d, v=agency_ref(rng, world), tl=title[0].lower() + title[1:], p=c["past"], a=agency, place=c["place"])
    body = letter(body, signature(rng, lang, world.person().name, [rng.choice(["seniorrådgiver", "rådgiver", "avdelingsleder"]), agency]))
    return draft(tenant, agency, email, rng.choice([f"Uttalelse til høring – {title}", f"Høringsuttalelse – {title} – deres ref. {d}",
                                                    f"{title} – uttalelse"]),
                 body, category="horing", sak=case.sak, avsender={"navn": agency, "epost": email, "orgnr": None},
                 note="A state agency's uttalelse to the kommune's own hearing: horing, not tilsyn.")


OTHER_TILSYN_VARSEL = [
    ("Mattilsynet", "postmottak@mattilsynet.no",
     "Mattilsynet vil føre tilsyn med {o} {v}. Tilsynet vil omfatte internkontroll, beredskap og prøvetaking etter drikkevannsforskriften.",
     "Mattilsynet vil føre tilsyn med {o} {v}. Tilsynet omfattar internkontroll, beredskap og prøvetaking etter drikkevassforskrifta.",
     "{kname} vassverk"),
    ("Mattilsynet", "postmottak@mattilsynet.no",
     "Vi varsler uanmeldt oppfølging av tidligere pålegg ved {o}. Vi ber om at ansvarlig for kjøkkenet er til stede {v}.",
     "Vi varslar oppfølging av tidlegare pålegg ved {o}. Vi ber om at ansvarleg for kjøkenet er til stades {v}.",
     "storkjøkkenet ved {inst}"),
    ("Direktoratet for samfunnssikkerhet og beredskap", "postmottak@dsb.no",
     "DSB vil gjennomføre tilsyn med {k} som eier av brann- og redningsvesenet {v}. Tema er dimensjonering, kompetanse og forebyggende arbeid.",
     "DSB vil gjennomføre tilsyn med {k} som eigar av brann- og redningsvesenet {v}. Tema er dimensjonering, kompetanse og førebyggjande arbeid.",
     "brann- og redningsvesenet"),
    ("Norges vassdrags- og energidirektorat", "nve@nve.no",
     "NVE vil gjennomføre revisjon av internkontrollen for {o} {v}. Vi ber om at beredskapsplan og siste revurdering sendes i forkant.",
     "NVE vil gjennomføre revisjon av internkontrollen for {o} {v}. Vi ber om at beredskapsplan og siste revurdering vert send på førehand.",
     "damanlegget ved {place}vatnet"),
    ("Statens helsetilsyn", "postmottak@helsetilsynet.no",
     "Statens helsetilsyn gjennomfører landsomfattende tilsyn med kommunale legevakter. {k} er valgt ut, og tilsynet med {o} gjennomføres {v}.",
     "Statens helsetilsyn gjennomfører landsomfattande tilsyn med kommunale legevakter. {k} er vald ut, og tilsynet med {o} vert gjennomført {v}.",
     "legevakten i {kname}"),
    ("Arkivverket", "post@arkivverket.no",
     "Arkivverket vil føre tilsyn med arkivdanningen i {k} {v}, jf. arkivlova § 7. Tilsynet omfatter arkivplan, bevaring av elektroniske arkiver og rutiner for journalføring.",
     "Arkivverket vil føre tilsyn med arkivdanninga i {k} {v}, jf. arkivlova § 7. Tilsynet omfattar arkivplan, bevaring av elektroniske arkiv og rutinar for journalføring.",
     "arkivdanningen i kommunen"),
    ("Kystverket", "post@kystverket.no",
     "Kystverket vil kontrollere {o} {v}, med vekt på fortøyninger, merking og havnesikring.",
     "Kystverket vil kontrollere {o} {v}, med vekt på fortøyingar, merking og hamnesikring.",
     "den kommunale hamna i {place}"),
]


def make_tilsyn_varsel_other(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    agency, email, t_nb, t_nn, obj_t = rng.choice(OTHER_TILSYN_VARSEL)
    obj = obj_t.format(**c)
    visit = date_text(rng, world, (10, 50), numeric=False)
    main = (t_nn if lang == "nn" else t_nb).format(o=obj, v=visit, k=c["kommune"])
    frist = date_text(rng, world, (3, 9), numeric=False)
    extra = choose(rng, lang, ["Kontaktperson hos oss er oppgitt nedenfor.", "Vi ber om at kommunen bekrefter tidspunktet innen {f}.",
                               "Dokumentasjonen bes sendt innen {f}.", ""],
                   ["Vi ber om at kommunen stadfestar tidspunktet innan {f}.", "Dokumentasjonen skal sendast innan {f}.", ""]).format(f=frist)
    body = letter(agency_header(rng, world, tenant, agency_ref(rng, world), lang),
                  choose(rng, lang, ["VARSEL OM TILSYN", "Varsel om tilsyn – {o}", ""], ["VARSEL OM TILSYN", "Varsel om tilsyn – {o}", ""]).format(o=obj),
                  main, extra, signature(rng, lang, agency, []))
    body, att = letter_as_pdf(rng, lang, body, agency, f"Varsel_om_tilsyn_{slug(obj)[:30]}.pdf")
    return draft(tenant, agency, email, rng.choice([f"Varsel om tilsyn – {obj}", f"Varsel om tilsyn {visit}", f"Tilsyn med {obj}",
                                                    f"Varsel om revisjon – {obj}" if agency.startswith("Norges") else f"Varsel om tilsyn – {c['kommune']}"]),
                 body, category="tilsyn", attachments=att, avsender={"navn": agency, "epost": email, "orgnr": None})


def make_tilsyn_sf_final_report(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    sf, email = rng.choice(STATSFORVALTERE)
    theme_nb, theme_nn, law, docs, unit_t = rng.choice(SF_THEMES)
    theme = theme_nn if lang == "nn" else theme_nb
    unit = unit_t.format(**c)
    breaches = rng.randint(0, 3)
    frist = date_text(rng, world, (30, 100), numeric=False)
    if breaches:
        verdict = choose(rng, lang, ["Statsforvalteren har funnet {n} lovbrudd. Kommunen må rette lovbruddene og sende oss en erklæring om retting innen {f}.",
                                     "Tilsynet avdekket {n} lovbrudd knyttet til {t}. Vi gir pålegg om retting innen {f}."],
                         ["Statsforvaltaren har funne {n} lovbrot. Kommunen må rette lovbrota og sende oss ei erklæring om retting innan {f}."])
    else:
        verdict = choose(rng, lang, ["Statsforvalteren fant ingen lovbrudd, og tilsynet er avsluttet.", "Det ble ikke funnet lovbrudd. Vi takker for samarbeidet."],
                         ["Statsforvaltaren fann ingen lovbrot, og tilsynet er avslutta."])
    body = choose(rng, lang, [
        "Endelig rapport – tilsyn med {t} i {k}\n\nVi viser til tilsynet med {u} og til sluttmøtet {p}. Endelig rapport ligger vedlagt.\n\n{verdict}",
        "Vedlagt følger foreløpig tilsynsrapport. Kommunen kan komme med merknader til faktiske forhold innen to uker.\n\n{verdict}",
    ], [
        "Endeleg rapport – tilsyn med {t} i {k}\n\nVi viser til tilsynet med {u} og til sluttmøtet {p}. Endeleg rapport ligg ved.\n\n{verdict}",
    ]).format(t=theme, k=c["kommune"], u=unit, p=c["past"], verdict=verdict.format(n=breaches, f=frist, t=theme))
    body = letter(agency_header(rng, world, tenant, agency_ref(rng, world), lang), body,
                  signature(rng, lang, world.person().name, [rng.choice(["seniorrådgiver", "fagdirektør", "revisjonsleder"]), sf]))
    att = [AttachmentSpec(f"Tilsynsrapport_{slug(unit)[:30]}.pdf", "pdf",
                          f"TILSYNSRAPPORT\n{theme[0].upper() + theme[1:]} – {unit if unit != c['kommune'] else 'tilsyn med kommunen'}, {c['kommune']}\nRettslig grunnlag: {law}\nLovbrudd: {breaches}\n" +
                          "\n".join(f"Dokument gjennomgått: {d}" for d in docs))]
    return draft(tenant, sf, email, rng.choice([f"Endelig tilsynsrapport – {theme}", f"Tilsynsrapport – {unit}", f"Rapport fra tilsyn med {c['kommune']}"]),
                 body, category="tilsyn", attachments=att, avsender={"navn": sf, "epost": email, "orgnr": None},
                 note="Supervision report from the statsforvalter: tilsyn, not the subject's own category.")


def make_bevilling_fornyelse(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    venue, firm = venue_firm(rng, world, tenant)
    cited = rng.random() < 0.6
    case = world.open_case(tenant, "bevilling", f"Skjenkebevilling - {firm.name}") if cited else None
    p, email = firm_sender(world, rng, firm)
    ref = f" ({ref_phrase(world, case.sak, 'nn' if lang == 'nn' else 'nb')})" if case else ""
    y = world.start.year
    body = choose(rng, lang, [
        "Bevillingsperioden for {v} går ut 30. september {y}. Vi søker med dette om fornyet skjenkebevilling for en ny periode{r}, med samme styrer, stedfortreder og åpningstider som i dag.",
        "Søknad om fornyelse av bevilling{r}\n\nDet er ingen endringer i driften siden forrige periode. Oppdatert firmaattest og skatteattest ligger vedlagt.",
        "Hei! Vi har fått brev om at alle bevillinger må fornyes. Her er søknaden for {v}{r}. Si fra om dere trenger noe mer.",
    ], [
        "Løyveperioden for {v} går ut 30. september {y}. Vi søkjer med dette om fornya skjenkeløyve for ein ny periode{r}, med same styrar, stadfortredar og opningstider som i dag.",
        "Hei! Vi har fått brev om at alle løyve må fornyast. Her er søknaden for {v}{r}.",
    ]).format(v=venue, r=ref, y=y)
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, [firm.name, orgnr_text(rng, firm.orgnr, vat=True) if rng.random() < 0.6 else ""]))
    att = [AttachmentSpec("Firmaattest.pdf", "pdf", f"FIRMAATTEST\n{firm.name}\nOrganisasjonsnummer: {firm.orgnr}")] if "vedlagt" in body else []
    return draft(tenant, p.name, email, rng.choice([f"Fornyelse av skjenkebevilling – {venue}", "Søknad om fornyet bevilling", f"{venue} – fornying av løyve"]),
                 body, category="bevilling", sak=case.sak if case else None, attachments=att,
                 avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr})


def make_bevilling_forwarded(rng: random.Random, world: World) -> Draft:
    original = rng.choice([make_bevilling_skjenk, make_bevilling_enkeltanledning, make_bevilling_styrer])(rng, world)
    return forward_by_employee(rng, world, original.tenant, original, pick_lang(rng, original.tenant))


def make_tilskudd_forwarded(rng: random.Random, world: World) -> Draft:
    original = rng.choice([make_tilskudd_kulturmidler, make_tilskudd_rapport, make_tilskudd_arrangement])(rng, world)
    return forward_by_employee(rng, world, original.tenant, original, pick_lang(rng, original.tenant))


def make_anskaffelse_documentation(rng: random.Random, world: World) -> Draft:
    """After award: the supplier sends certificates, HMS-egenerklæring or signed contract; no prices."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    title, trade, _ = competition(rng, world, tenant, c)
    case = procurement_case(rng, world, tenant, title, 0.85)
    firm = world.firm(trade)
    p, email = firm_sender(world, rng, firm)
    ref = f" ({ref_phrase(world, case.sak, 'nn' if lang == 'nn' else 'nb')})" if case else ""
    docs = rng.sample(["skatteattest", "HMS-egenerklæring", "firmaattest", "signert kontrakt", "forsikringsbevis",
                       "egenerklæring om lønns- og arbeidsvilkår", "oversikt over underleverandører"], 2)
    body = choose(rng, lang, [
        "Vi viser til meddelelse om tildeling i konkurransen om {tl}{r}. Som avtalt oversender vi {a} og {b}.",
        "Vedlagt følger {a} og {b}, som etterspurt i forbindelse med kontraktsinngåelsen for {tl}{r}.",
        "Hei, her kommer {a}. {b} ettersendes i morgen.{r}",
    ], [
        "Vi viser til melding om tildeling i konkurransen om {tl}{r}. Som avtalt sender vi {a} og {b}.",
        "Vedlagt følgjer {a} og {b}, som etterspurt i samband med kontraktsinngåinga for {tl}{r}.",
    ]).format(tl=title[0].lower() + title[1:], r=ref, a=docs[0], b=docs[1])
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, [firm.name, orgnr_text(rng, firm.orgnr, vat=True)]))
    att = [AttachmentSpec(f"{slug(d)}.pdf", "pdf", f"{d.upper()}\n{firm.name}\nOrg.nr. {firm.orgnr}") for d in docs[:1 + (rng.random() < 0.5)]]
    return draft(tenant, p.name, email, rng.choice([f"Dokumentasjon – {title}", f"{title} – {docs[0]}", f"Kontrakt {title}"]),
                 body, category="anskaffelse", sak=case.sak if case else None, attachments=att,
                 avsender={"navn": firm.name, "epost": email, "orgnr": firm.orgnr}, note="Post-award documents without prices: no F13.")


def make_tilskudd_naering_landbruk(rng: random.Random, world: World) -> Draft:
    """Grant applications from firms (kommunalt næringsfond) and farmers (SMIL, private roads)."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    if rng.random() < 0.55:
        firm = world.firm(rng.choice(["mat", "bygg", "konsult", "it", "transport", None]))
        p, email = firm_sender(world, rng, firm)
        name, orgnr = firm.name, firm.orgnr
        project = rng.choice(["etablering av nytt verksted i {place}", "utvikling av ny nettbutikk", "kurs for de ansatte i digital markedsføring",
                              "forprosjekt for småskala fiskemottak i {place}", "kjøp av ny produksjonslinje", "markedsundersøkelse for turisme i {place}"]).format(**c)
        amount = money(rng, 30_000, 250_000, 5000)
        body = choose(rng, lang, [
            "{n} søker om tilskudd fra det kommunale næringsfondet på {a} til {pr}.\n\nProsjektet vil gi to nye arbeidsplasser. Budsjett og finansieringsplan ligger vedlagt.",
            "Hei, vi ønsker å søke om støtte fra næringsfondet til {pr}. Vi er en liten bedrift med fire ansatte. Hva er fristen, og kan vi søke om {a}?",
            "Søknad om etablererstøtte\n\nJeg har nylig startet {n} og søker om etablererstøtte på {a} til {pr}. Forretningsplan er vedlagt.",
        ], [
            "{n} søkjer om tilskot frå det kommunale næringsfondet på {a} til {pr}.\n\nProsjektet vil gje to nye arbeidsplassar. Budsjett og finansieringsplan ligg ved.",
        ]).format(n=name, a=amount, pr=project)
        lines = [name, orgnr_text(rng, orgnr)]
        subject = rng.choice(["Søknad om tilskudd fra næringsfondet", f"Næringsfond – {name}", "Søknad om etablererstøtte", "Søknad om støtte"])
    else:
        p = world.person()
        email = world.private_email(p)
        farm = rng.choice(["Nedre", "Øvre", "Vestre", "Søndre", "Nord", "Berg"]) + rng.choice(["tun", "haug", "dal", "li", "nes"])
        name, orgnr = p.name, None
        prop = world.property()
        project = rng.choice(["rydding og istandsetting av gamle beitemarker", "restaurering av freda løe", "tiltak mot avrenning fra gjødsellager",
                              "opprusting av privat vei til gården", "gjerding av utmarksbeite"])
        body = choose(rng, lang, [
            "Jeg søker om tilskudd til {pr} på gården (gnr. {g} bnr. {b}). Søknaden er også registrert i Agros, men jeg sender kopi her for sikkerhets skyld. Kostnadsoverslaget er på {a}.",
            "Hei. Vi vil søke om SMIL-midler til {pr}. Vi har fått tilbud fra entreprenør på {a}. Kan noen fra landbrukskontoret komme på befaring?",
            "Søknad om tilskudd til {pr}\n\nEiendom: gnr {g}/{b}\nKostnad: {a}\n\nTiltaket er planlagt gjennomført neste sommer.",
        ], [
            "Eg søkjer om tilskot til {pr} på garden (gnr. {g} bnr. {b}). Kostnadsoverslaget er på {a}.",
            "Hei. Vi vil søkje om SMIL-midlar til {pr}. Vi har fått tilbod frå entreprenør på {a}. Kan nokon frå landbrukskontoret kome på synfaring?",
        ]).format(pr=project, g=prop.gnr, b=prop.bnr, a=money(rng, 40_000, 400_000, 5000))
        lines = [f"{farm} gard" if farm else "", prop.address]
        subject = rng.choice(["Søknad om SMIL-midler", "Tilskudd til tiltak i landbruket", "Søknad om tilskudd", f"SMIL – gnr {prop.gnr}/{prop.bnr}"])
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, lines))
    att = [AttachmentSpec("Budsjett.pdf", "pdf", f"BUDSJETT OG FINANSIERINGSPLAN\n{name}" + (f"\nOrg.nr. {orgnr}" if orgnr else ""))] if "vedlagt" in body or "ligg ved" in body else []
    return draft(tenant, p.name, email, subject, body, category="tilskudd", attachments=att,
                 avsender={"navn": name, "epost": email, "orgnr": orgnr})


def make_bevilling_prikker(rng: random.Random, world: World) -> Draft:
    """A licence holder objects to prikker or a suspension after a control (cites the open case)."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    venue, firm = venue_firm(rng, world, tenant)
    case = world.open_case(tenant, "bevilling", f"Skjenkebevilling - {firm.name}")
    firm_writes = rng.random() < 0.6
    if firm_writes:
        p, email = firm_sender(world, rng, firm)
        av_name, orgnr = firm.name, firm.orgnr
    else:
        lf = law_firm(rng, world)
        p, email = firm_sender(world, rng, lf)
        av_name, orgnr = lf.name, lf.orgnr
    ref = ref_phrase(world, case.sak, "nn" if lang == "nn" else "nb")
    d = past_date_text(rng, world, (5, 30))
    body = choose(rng, lang, [
        "Vi viser til forhåndsvarsel om tildeling av prikker for {v}, {r}.\n\nVi er uenige i at det ble skjenket til en åpenbart påvirket person {d}. Gjesten hadde kun fått to enheter, og våre ansatte nektet videre servering. Vi ber om at kommunen ikke tildeler prikker i saken.",
        "Klage på vedtak om inndragning av skjenkebevillingen, {r}\n\n{who}. Vedtaket bygger etter vårt syn på en mangelfull kontrollrapport, og reaksjonen er uforholdsmessig. Vi ber om at vedtaket oppheves, subsidiært at iverksettingen utsettes til klagen er behandlet.",
        "Hei. Vi har fått brev om to prikker etter kontrollen {d} ({r}). Vi har gått gjennom rutinene med alle ansatte. Kan vi få et møte før dere fatter vedtak?",
    ], [
        "Vi viser til førehandsvarsel om tildeling av prikkar for {v}, {r}.\n\nVi er usamde i at det vart skjenkt til ein openbert påverka person {d}. Vi ber om at kommunen ikkje tildeler prikkar i saka.",
    ]).format(v=venue, r=ref, d=d, who=("Vi klager med dette på vedtaket" if firm_writes
                                          else f"Undertegnede representerer bevillingshaver {firm.name}"))
    body = letter(greeting(rng, lang, tenant), body, signature(rng, lang, p.name, [av_name, orgnr_text(rng, orgnr)]))
    return draft(tenant, p.name, email, rng.choice([f"Merknad til forhåndsvarsel om prikker – {venue}", f"Klage på vedtak – {venue}",
                                                    f"Prikktildeling {venue} ({world.cite(case.sak)})"]),
                 body, category="bevilling", sak=case.sak, avsender={"navn": av_name, "epost": email, "orgnr": orgnr},
                 note="Objection in the open bevilling case.")


def make_tilsyn_redegjorelse(rng: random.Random, world: World) -> Draft:
    """The statsforvalter asks for an account after a complaint: tilsyn, even when it is about byggesak or skole."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    sf, email = rng.choice(STATSFORVALTERE)
    matter = choose(rng, lang, [
        "kommunens saksbehandlingstid for byggesøknader", "kommunens oppfølging av elever ved {school} etter melding om mobbing",
        "kommunens praksis for å gi innsyn i postjournalen", "kommunens tildeling av omsorgsstønad", "kommunens handtering av et varsel om ulovlig avfallsbrenning i {place}",
        "kommunens bruk av midlertidig bolig",
    ], [
        "sakshandsamingstida til kommunen for byggjesøknader", "oppfølginga til kommunen av elevar ved {school} etter melding om mobbing",
        "praksisen til kommunen for innsyn i postjournalen",
    ]).format(**c)
    frist = date_text(rng, world, (10, 30), numeric=False)
    body = choose(rng, lang, [
        "Statsforvalteren har mottatt en henvendelse som gjelder {m}. Vi har vurdert henvendelsen som en anmodning om tilsyn.\n\nFør vi tar stilling til om det er grunnlag for å åpne tilsyn, ber vi om kommunens redegjørelse innen {f}. Vi ber særlig om en beskrivelse av rutinene og om statistikk for det siste året.",
        "Anmodning om redegjørelse – {m}\n\nVi viser til oppslag i media og til henvendelser vi har mottatt. Statsforvalteren ber kommunen redegjøre for {m} innen {f}.",
    ], [
        "Statsforvaltaren har fått ein førespurnad som gjeld {m}. Vi har vurdert han som ei oppmoding om tilsyn.\n\nFør vi tek stilling til om det er grunnlag for å opne tilsyn, ber vi om utgreiing frå kommunen innan {f}.",
    ]).format(m=matter, f=frist)
    body = letter(agency_header(rng, world, tenant, agency_ref(rng, world), lang), body,
                  signature(rng, lang, world.person().name, [rng.choice(["seniorrådgiver", "rådgiver", "juridisk rådgiver"]), sf]))
    return draft(tenant, sf, email, rng.choice([f"Anmodning om redegjørelse – {matter}", "Anmodning om redegjørelse",
                                                f"Henvendelse om {matter}"]),
                 body, category="tilsyn", avsender={"navn": sf, "epost": email, "orgnr": None},
                 note="The statsforvalter asks for an account in a possible supervision: tilsyn, not the matter's own category.")


RESOLUTIONS = [
    ("nedleggingen av fødeavdelingen ved lokalsykehuset", "nedlegginga av fødeavdelinga ved lokalsjukehuset"),
    ("kuttet i hurtigbåttilbudet", "kuttet i snøggbåttilbodet"),
    ("forslaget om å flytte politiets tjenestested ut av kommunen", "framlegget om å flytte tenestestaden til politiet ut av kommunen"),
    ("nedbemanningen ved lensmannskontoret og tollstasjonen", "nedbemanninga ved lensmannskontoret og tollstasjonen"),
    ("planene om å legge ned den videregående skolen i regionen", "planane om å leggje ned den vidaregåande skulen i regionen"),
]


def make_politisk_resolution(rng: random.Random, world: World) -> Draft:
    """Ask the council to adopt a resolution, or to speak in the open half hour."""
    tenant = pick_tenant(rng)
    lang = pick_lang(rng, tenant)
    c = context(rng, world, tenant)
    topic_nb, topic_nn = rng.choice(RESOLUTIONS)
    topic = topic_nn if lang == "nn" else topic_nb
    p, email, av = private_sender(world)
    org = ""
    if rng.random() < 0.5:
        org = rng.choice(LOCAL_ORGS + ["Aksjonen for {kname}", "Folkeaksjonen mot {topic}"]).format(topic="kutt", **c)
        av = {"navn": org, "epost": email, "orgnr": None}
    m = date_text(rng, world, (5, 35), numeric=False)
    body = choose(rng, lang, [
        "Vi ber om at kommunestyret i møtet {m} vedtar en uttalelse mot {t}. Et forslag til tekst ligger nedenfor.\n\n«{k} kommunestyre krever at {t} blir stanset, og ber regjeringen sikre et likeverdig tilbud for innbyggerne i distriktene.»",
        "Jeg ønsker å få ordet i åpen halvtime før kommunestyremøtet {m}. Temaet er {t}, som rammer mange i {place}. Jeg trenger omtrent fem minutter.",
        "Hei. Kan ordføreren sørge for at kommunestyret tar stilling til {t}? Flere nabokommuner har allerede vedtatt uttalelser. Vi i {place} forventer at {k} gjør det samme.",
    ], [
        "Vi ber om at kommunestyret i møtet {m} vedtek ei fråsegn mot {t}. Eit framlegg til tekst står nedanfor.\n\n«{k} kommunestyre krev at {t} vert stansa, og ber regjeringa sikre eit likeverdig tilbod for innbyggjarane i distrikta.»",
        "Eg ønskjer å få ordet i open halvtime før kommunestyremøtet {m}. Temaet er {t}, som rammar mange på {place}. Eg treng om lag fem minutt.",
    ]).format(m=m, t=topic, k=c["kname"], place=c["place"])
    body = letter(choose(rng, lang, ["Til ordføreren", "Til kommunestyret", "Hei"], ["Til ordføraren", "Til kommunestyret", "Hei"]),
                  body, signature(rng, lang, p.name, [org]))
    if "halvtime" in body:
        subject = ("Open halvtime {m}" if lang == "nn" else rng.choice(["Åpen halvtime {m}", "Ønsker ordet i åpen halvtime"])).format(m=m)
    else:
        subject = choose(rng, lang, ["Forslag til uttalelse fra kommunestyret – {t}", "Uttalelse mot {t}", "Kommunestyret må si fra"],
                         ["Framlegg til fråsegn frå kommunestyret – {t}", "Fråsegn mot {t}"]).format(t=topic)
    return draft(tenant, p.name, email, subject, body, category="politisk", avsender=av)


HORING_FAMILIES += [
    Family("horing.neighbour_kommune", "horing", make_horing_neighbour, 0.4, WRITER),
    Family("horing.agency_uttalelse", "horing", make_horing_agency_uttalelse, 0.4, WRITER),
]
TILSYN_FAMILIES += [
    Family("tilsyn.varsel_other", "tilsyn", make_tilsyn_varsel_other, 0.6, WRITER),
    Family("tilsyn.sf_final_report", "tilsyn", make_tilsyn_sf_final_report, 0.5, WRITER),
]
BEVILLING_FAMILIES += [
    Family("bevilling.fornyelse", "bevilling", make_bevilling_fornyelse, 0.3, WRITER),
    Family("bevilling.forwarded", "bevilling", make_bevilling_forwarded, 0.15, WRITER),
]
POLITISK_FAMILIES += [Family("politisk.resolution", "politisk", make_politisk_resolution, 0.3, WRITER)]
TILSKUDD_FAMILIES += [Family("tilskudd.forwarded", "tilskudd", make_tilskudd_forwarded, 0.15, WRITER),
                      Family("tilskudd.naering_landbruk", "tilskudd", make_tilskudd_naering_landbruk, 0.45, WRITER)]
BEVILLING_FAMILIES += [Family("bevilling.prikker_klage", "bevilling", make_bevilling_prikker, 0.3, WRITER)]
TILSYN_FAMILIES += [Family("tilsyn.redegjorelse", "tilsyn", make_tilsyn_redegjorelse, 0.35, WRITER)]
ANSKAFFELSE_FAMILIES += [Family("anskaffelse.documentation", "anskaffelse", make_anskaffelse_documentation, 0.3, WRITER)]

# Mails per 150 of the dev-set mix, with a floor that gives >= 150 mails per category in a 6000-mail corpus
# next to the other writers' families.  Family weights above are relative within their category.
CATEGORY_WEIGHT = {"innsynskrav": 8.0, "horing": 5.0, "anskaffelse": 5.0, "politisk": 4.4, "tilsyn": 4.4,
                   "tilskudd": 4.4, "bevilling": 4.4}


def _scaled(families: list[Family]) -> list[Family]:
    totals: dict[str, float] = {}
    for f in families:
        totals[f.category] = totals.get(f.category, 0.0) + f.weight
    return [replace(f, weight=round(f.weight * CATEGORY_WEIGHT[f.category] / totals[f.category], 4)) for f in families]


FAMILIES = _scaled(INNSYN_FAMILIES + POLITISK_FAMILIES + HORING_FAMILIES + TILSYN_FAMILIES + BEVILLING_FAMILIES
                   + TILSKUDD_FAMILIES + ANSKAFFELSE_FAMILIES)
