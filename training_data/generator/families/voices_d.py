"""Young, mobile-first and newcomer voices (writer w-voices-d).

Students, young parents, tenants, delivery drivers, summer-job applicants, and people who
came to Norway to work or as refugees and write simple English or simple Norwegian.  Most
mail is typed on a phone: one to three lines, no greeting or no closing, abbreviations
(mvh, pga, ang, iht, evt), subjects like "hei" or "spørsmål".  Their negatives are app and
webshop notifications, SMS-style phishing, gaming spam, auto-replies from their own phones
and private mail sent to a municipal employee's work address.

Each family holds several hand-written texts per written standard with slots only for
names, places, numbers and dates.  Names of newcomers come from the small invented lists
below (common given names and surnames, paired at random; no real person).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families.common import (
    avsender,
    kommune_name,
    mobile_footer,
    pick,
    pick_tenant,
    sender_lang,
    strip_norwegian_letters,
    terse,
    typos,
)
from training_data.generator.world import TENANTS, Person, World

WRITER = "w-voices-d"
WEIGHT_SCALE = 0.8  # the module sums to about 20 (the rest of the corpus summed to ~245 when it was written)


# ======================================================================================
# helpers
# ======================================================================================

_ORIGINS = {
    "pl": (["Kacper", "Mateusz", "Paweł", "Łukasz", "Bartosz", "Krzysztof", "Zofia", "Katarzyna", "Magdalena",
            "Aleksandra", "Justyna", "Agata"],
           ["Mazur", "Wójcik", "Krawczyk", "Kaczmarek", "Pawlak", "Sikora", "Wróbel", "Dudek"]),
    "lt": (["Mantas", "Tadas", "Darius", "Lukas", "Rokas", "Povilas"],
           ["Jankauskas", "Butkus", "Vasiliauskas", "Stankevičius", "Kazlauskas", "Paulauskas"]),
    "ua": (["Oksana", "Dmytro", "Iryna", "Serhii", "Yulia", "Bohdan", "Kateryna", "Andrii", "Viktoriia"],
           ["Melnyk", "Bondarenko", "Tkachenko", "Kravchenko", "Savchenko", "Boiko", "Shevchuk", "Lysenko"]),
    "sy": (["Rami", "Lina", "Omar", "Hala", "Yousef", "Rania", "Khaled", "Nour", "Ahmad", "Sara"],
           ["Haddad", "Khalil", "Al-Hassan", "Darwish", "Sabbagh", "Hamdan", "Mansour", "Aziz"]),
    "er": (["Yonas", "Selam", "Merhawi", "Senait", "Filmon", "Helen", "Awet", "Luwam", "Samuel"],
           ["Tesfay", "Ghebremedhin", "Kidane", "Berhane", "Haile", "Tesfamariam", "Woldu", "Abraha"]),
}
_FREEMAIL_YOUNG = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com",
                   "live.no", "online.no"]


def _fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("Æ", "Ae").replace("å", "a").replace("Å", "A")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _local(rng: random.Random, p: Person) -> str:
    first, last = _fold(p.first).lower().replace(" ", ""), _fold(p.last).lower().replace(" ", "").replace("-", "")
    yy = f"{rng.randint(88, 99) if rng.random() < 0.5 else rng.randint(0, 8):02d}"
    return pick(rng, [f"{first}.{last}", f"{first}{last[0]}{yy}", f"{first}_{last}", f"{first}{yy}",
                      f"{first[0]}{last}", f"{first}.{last}{rng.randint(1, 9)}", f"{first}{last}"])


def _newcomer(rng: random.Random, world: World, origin: str | None = None) -> tuple[Person, str]:
    origin = origin or pick(rng, list(_ORIGINS))
    firsts, lasts = _ORIGINS[origin]
    p = Person(pick(rng, firsts), pick(rng, lasts))
    return p, f"{_local(rng, p)}@{pick(rng, _FREEMAIL_YOUNG)}"


def _young(rng: random.Random, world: World) -> tuple[Person, str]:
    p = world.person()
    if rng.random() < 0.3:
        return p, world.private_email(p)
    return p, f"{_local(rng, p)}@{pick(rng, _FREEMAIL_YOUNG)}"




def _place(tenant: str) -> str:
    return TENANTS[tenant]["navn"].split()[0]


def _voice(rng: random.Random, world: World, tenant: str, texts: dict[str, list],
           english: float = 0.2, simple: float = 0.25) -> tuple[str, Person, str]:
    """Pick the written variant and a matching sender.

    Keys of ``texts``: ``nb``/``nn`` (young Norwegians), ``s`` (simple Norwegian by a newcomer),
    ``en`` (English by a newcomer).
    """
    r = rng.random()
    if "en" in texts and r < english:
        key = "en"
    elif "s" in texts and r < english + simple:
        key = "s"
    else:
        key = sender_lang(rng, tenant, english=0.0)
        key = key if key in texts else "nb"
    if key == "s" or (key == "en" and rng.random() < 0.85):
        p, email = _newcomer(rng, world)
    else:
        p, email = _young(rng, world)
    return key, p, email


def _footer_lang(key: str) -> str:
    return {"s": "nb", "en": "en", "nn": "nn"}.get(key, "nb")


def _sig(rng: random.Random, p: Person, key: str) -> str:
    """How these senders end a mail: often nothing, a first name or a lower-case 'mvh'."""
    r = rng.random()
    if r < 0.3:
        return ""
    if r < 0.5:
        return p.first
    if r < 0.65:
        return p.name
    if key == "en":
        return pick(rng, ["Thanks", "thank you", "Regards", "Br", "Thx"]) + "\n" + pick(rng, [p.first, p.name])
    if key == "nn":
        return pick(rng, ["mvh", "Mvh", "helsing", "takk"]) + " " + pick(rng, [p.first, p.name])
    return pick(rng, ["mvh", "Mvh", "takk!", "hilsen", "mvh."]) + ("\n" if rng.random() < 0.5 else " ") + \
        pick(rng, [p.first, p.name])


def _greet(rng: random.Random, key: str) -> str:
    if rng.random() < 0.55:
        return ""
    return pick(rng, {"en": ["Hello", "Hi", "hello,", "Hi!", "Good day"],
                      "nn": ["Hei", "hei!", "Hallo"],
                      "s": ["Hei", "Hallo", "God dag", "Hei kommune"],
                      "nb": ["Hei", "hei!", "Hallo", "Heisann", "hei,"]}[key])


def _phone_noise(rng: random.Random, body: str, key: str, protect: list[str] = (), heavy: float = 0.5) -> str:
    """Typed on a phone: lower case, typos, sometimes no æøå, a mobile footer. Names in ``protect`` kept."""
    keep = {f"\x00{i}\x00": s for i, s in enumerate(sorted({p for p in protect if p}, key=len, reverse=True))}
    for mark, s in keep.items():
        body = body.replace(s, mark)
    if key in ("nb", "nn") and rng.random() < 0.5:
        body = terse(rng, body)
    if rng.random() < heavy:
        body = typos(rng, body, pick(rng, [0.01, 0.02, 0.035]))
    if key == "s" and rng.random() < 0.3:
        body = strip_norwegian_letters(body)
    for mark, s in keep.items():
        body = body.replace(mark, s)
    if rng.random() < 0.4:
        body += "\n\n" + mobile_footer(rng, _footer_lang(key))
    return body


_GREETING_START = re.compile(r"^(hei|hi|hello|hallo|heisann|dear|good day|god dag|til )", re.IGNORECASE)


def _compose(rng: random.Random, key: str, text: str, p: Person) -> str:
    greet = "" if _GREETING_START.match(text) else _greet(rng, key)
    parts = [x for x in (greet, text, _sig(rng, p, key)) if x]
    return ("\n" if rng.random() < 0.5 else "\n\n").join(parts)


def _employee_letter(world: World, tenant: str, subject: str, body: str) -> EarlierMessage:
    emp, email = world.employee(tenant)
    hil = "Med venleg helsing" if tenant == "havoy" else "Med vennlig hilsen"
    return EarlierMessage(sender_name=emp.name, sender_email=email, subject=subject,
                          body=f"{body}\n\n{hil}\n{emp.name}\n{kommune_name(tenant)}")


def _draft(tenant: str, name: str, email: str, subject: str, body: str, category: str, *,
           skjerming: str | None = None, sak: str | None = None, av: dict | None = None,
           personnavn: list[str] | None = None, note: str = "", jpt: str = "I", **kw) -> Draft:
    d = Draft(tenant=tenant, sender_name=name, sender_email=email, subject=subject, body=body,
              category=category, journalposttype=jpt, skjerming=skjerming, sak=sak,
              avsender=av or avsender(name, email), note=note, writer=WRITER, **kw)
    d.personnavn = _named(d, personnavn or []) if skjerming else []
    return d


def _named(d: Draft, names: list[str]) -> list[str]:
    """The names in ``names`` that the mail shows (full or first name)."""
    texts = [d.subject, d.body, d.sender_name] + [a.text for a in d.attachments]
    texts += [m.sender_name + "\n" + m.body for m in (d.quoted, d.forwarded) if m]
    text = "\n".join(texts)
    return [n for n in dict.fromkeys(names)
            if n in text or re.search(rf"\b{re.escape(n.split()[0])}\b", text)]


def _fill(text: str, **slots: str) -> str:
    return text.format(**slots)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}"


_EN_SUBJECTS = {"Do I need a permit", "Shed", "Input to the plan", "Request for access", "to the mayor",
                "Leave from school", "After school", "School start", "Kindergarten", "Cancel place",
                "lower price kindergarten", "Help at home", "worried about a child", "No water", "Meter reading",
                "Water bill", "Road", "Road closed", "ice on road", "License for restaurant", "Funding", "Property tax",
                "Job application", "Application", "Offer", "Building question", "Building next door", "Need help",
                "Water problem", "Problem on the road", "Street"}
_EN_WORDS = re.compile(r"\b(the|is|my|we|you|please|can|have|and|to)\b", re.IGNORECASE)


def _is_english(text: str) -> bool:
    return len(_EN_WORDS.findall(text)) >= 3


def _subj(rng: random.Random, text: str, options: list[str], casual: float = 0.3) -> str:
    """A subject that fits the language of ``text``; sometimes only 'hei', '?' or 'spørsmål'."""
    english = _is_english(text)
    if rng.random() < casual:
        return pick(rng, ["Question", "help", "Hi", "?", "hello"] if english else
                    ["hei", "Hei", "spørsmål", "Spørsmål", "?", "SV:", "hei!", "ang", "Hei!"])
    pool = [o for o in options if (o in _EN_SUBJECTS) == english]
    return pick(rng, pool or options)


# ======================================================================================
# byggesak
# ======================================================================================

_BYGG_Q = {
    "nb": [
        "må jeg søke for å sette opp en bod på {m2} kvm i hagen? bor i {adr}",
        "hei, kjøpte hus i {adr} i vår. vil bygge terrasse ca {m2} m2, 60 cm over bakken. trenger jeg tillatelse eller kan jeg bare bygge?",
        "Vi vil gjøre om kjelleren til hybel for å leie ut. Hva må vi søke om? Adr {adr}, gnr {gnr} bnr {bnr}",
        "kan man sette opp en liten garasje uten å søke? tomta er ikke så stor. {adr}",
        "Spørsmål: Naboen sier at vi må sende nabovarsel før vi bygger levegg på 1,9 m. Stemmer det? Vi bor i {adr}.",
        "hei! pga barn nr 2 trenger vi mer plass. kan vi bygge på et rom på {m2} kvm selv eller må vi ha ansvarlig søker? gnr/bnr {gnr}/{bnr}",
    ],
    "nn": [
        "må eg søkje for å setje opp ein bod på {m2} m2? bur i {adr}",
        "Hei, vi vil byggje terrasse på ca {m2} kvm. Treng vi løyve? Gnr {gnr} bnr {bnr}",
        "kan vi gjere om loftet til soverom utan å søkje? {adr}",
    ],
    "s": [
        "Hei. Jeg har hus i {adr}. Jeg vil bygge garasje. Må jeg søke? Takk",
        "Jeg kjøpte hus. Jeg vil lage ny vindu i vegg og ny dør. Må jeg spørre kommune først?",
        "Hei, jeg vil sette container for verktøy på min tomt {gnr}/{bnr} ca 6 måned. Er det lov?",
    ],
    "en": [
        "Hi, I bought a house at {adr}. I want to build a small shed ({m2} m2) in the garden. Do I need permission from kommune?",
        "Hello, can I change my garage into a small apartment for rent? What application I need to send?",
        "hi do i need a permit for a terrace? its about {m2} sqm. address {adr}",
        "Hello. We want to put up a fence 1.8 m high between us and the neighbour. Is this ok without application?",
    ],
}


def make_bygg_sporsmal(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _BYGG_Q, english=0.2, simple=0.2)
    prop = world.property()
    text = _fill(pick(rng, _BYGG_Q[key]), adr=prop.address, gnr=str(prop.gnr), bnr=str(prop.bnr),
                 m2=str(rng.choice([8, 10, 12, 14, 15, 20, 25, 30])))
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    subject = _subj(rng, body, ["byggesøknad?", "Må jeg søke?", "Spørsmål om søknad", "bygge", "søknadsplikt?",
                                "Do I need a permit", "Building question"], 0.45)
    return _draft(tenant, p.name, email, subject, body, "byggesak",
                  note="Private person asks whether a small project needs a building application: new byggesak.")


_BYGG_MANGEL = {
    "nb": [
        "her er tegningen dere ba om",
        "Hei, sender situasjonskart og fasadetegning som manglet. Si ifra om noe mer mangler",
        "ok. vedlagt nabovarsel kvittering. mvh",
        "sorry for sen tilbakemelding, var bortreist. tegninger vedlagt. ble det riktig nå?",
        "Hei. Skjønner ikke helt hva dere mener med «avstand til nabogrense». Er 3,5 m nok? Har målt selv, se bilde",
    ],
    "nn": [
        "her er teikninga de bad om",
        "Hei, sender situasjonskart og fasadeteikning som mangla. Sei frå om noko meir manglar",
        "orsak seint svar. teikningane ligg ved",
    ],
    "en": [
        "Hi, here are the drawings you asked for. Sorry my Norwegian is not good",
        "hello, attached the site map. is it ok now?",
        "Please see attached. The neighbour signed the form yesterday.",
    ],
}


def make_bygg_svar_mangel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _BYGG_MANGEL, english=0.2, simple=0.0)
    prop = world.property()
    tiltak = pick(rng, ["tilbygg", "garasje", "terrasse", "bruksendring kjeller", "carport", "bod"])
    unknown = rng.random() < 0.12
    if unknown:
        saknr, sak = world.unknown_saknr(), None
    else:
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om {tiltak}",
                               prop=prop, part=p.name)
        saknr, sak = case.sak, case.sak
    lang = "nn" if tenant == "havoy" else "nb"
    quoted = _employee_letter(world, tenant, f"Mangelbrev - {prop.gnr}/{prop.bnr} - {world.cite(saknr)}",
                              ("Vi har motteke søknaden dykkar. " if lang == "nn" else "Vi har mottatt søknaden din. ")
                              + f"{world.cite_phrase(saknr, lang)}\n\n"
                              + ("Før vi kan handsame saka, må vi ha situasjonskart og teikningar."
                                 if lang == "nn" else
                                 "Før saken kan behandles må vi ha situasjonskart, fasadetegninger og kvittering for nabovarsel."))
    text = pick(rng, _BYGG_MANGEL[key])
    if rng.random() < 0.4:
        text += "\n" + ("ref " if key != "en" else "ref. ") + world.cite(saknr)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    kind = pick(rng, ["pdf", "scan", "image", "image"])
    fname = {"pdf": "tegninger.pdf", "scan": "Skann_0012.pdf", "image": pick(rng, ["IMG_4471.jpg", "image0.jpeg",
                                                                                "20260811_1432.jpg"])}[kind]
    atts = [AttachmentSpec(fname, kind, f"Fasadetegning og situasjonskart\n{prop.address}\ngnr {prop.gnr} bnr {prop.bnr}")]
    subject = "SV: " + quoted.subject if rng.random() < 0.7 else _subj(rng, body, ["tegninger", "vedlegg", "Dokumentasjon"], 0.5)
    return _draft(tenant, p.name, email, subject, body, "byggesak", sak=sak, quoted=quoted, attachments=atts,
                  note=("Reply to a mangelbrev; the quote cites the case." if sak else
                        "Cites a case number that is not open: new matter, sak null."))


_BYGG_NABO = {
    "nb": [
        "Hei. Naboen i {adr} har begynt å bygge noe stort helt inntil gjerdet vårt. Har de lov til det? Vi har ikke fått nabovarsel",
        "det graves og sprenges i {adr} hver dag fra kl 7, også lørdag. er dette godkjent av dere??",
        "Vi leier leilighet i {adr}. Utleier har bygget om loftet til 3 nye hybler. Det er bare en trapp og ingen brannvarsler. Er det lov?",
        "Fikk nabovarsel om tilbygg i {adr} ({cite}). Jeg er imot, det blir mørkt i stua vår hele ettermiddagen",
    ],
    "nn": [
        "Naboen i {adr} byggjer noko stort heilt inntil gjerdet vårt. Har dei lov? Vi har ikkje fått nabovarsel",
        "Fekk nabovarsel om tilbygg i {adr} ({cite}). Eg er imot, det vert mørkt hjå oss",
    ],
    "en": [
        "Hello, we rent a flat in {adr}. The owner made the basement into 2 small rooms for rent, no window, no fire exit. Is this allowed?",
        "hi, neighbour at {adr} is building a big wall next to our house, no letter to us. who can check this?",
    ],
}


def make_bygg_nabo(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _BYGG_NABO, english=0.2, simple=0.0)
    prop = world.property()
    text = pick(rng, _BYGG_NABO[key])
    sak = None
    cite = ""
    if "{cite}" in text:
        case = world.open_case(tenant, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address} - Søknad om tilbygg bolig",
                               prop=prop, part=world.person().name)
        sak, cite = case.sak, world.cite_phrase(case.sak, "nn" if key == "nn" else "nb")
    body = _phone_noise(rng, _compose(rng, key, _fill(text, adr=prop.address, cite=cite), p), key, [p.name])
    atts = [AttachmentSpec(pick(rng, ["IMG_2210.jpg", "bilde.jpg", "photo.jpeg"]), "image")] if rng.random() < 0.35 else []
    subject = _subj(rng, body, ["naboen", "ulovlig bygging?", "Er dette lov?", "klage", "Byggearbeid", "Building next door"], 0.3)
    return _draft(tenant, p.name, email, subject, body, "byggesak", sak=sak, attachments=atts,
                  note="Neighbour or tenant about building work; sak only when the nabovarsel's case is cited.")


_FWD_BYGG = ["Fikk denne på min adresse, den hører hjemme i postmottak.", "Videresender til journalføring.",
             "Til postmottak: kan dere registrere denne og fordele?", "Sendt til meg ved en feil. Journalføres.",
             "Vidaresender for journalføring.", "fyi - ny henvendelse, ikke min sak"]


def make_bygg_videresendt(rng: random.Random, world: World) -> Draft:
    """A question or complaint sent to a caseworker's own address, forwarded to the postmottak."""
    orig = make_bygg_sporsmal(rng, world) if rng.random() < 0.5 else make_bygg_nabo(rng, world)
    tenant = orig.tenant
    emp, email = world.employee(tenant)
    note_text = pick(rng, _FWD_BYGG) + "\n\n" + pick(rng, [emp.first, emp.name, f"{emp.name}\nByggesak"])
    common = {"av": orig.avsender, "sak": orig.sak,
                  "note": "Forwarded by a caseworker; avsender is the resident, journalposttype I."}
    if rng.random() < 0.35:
        inner = Draft(tenant=tenant, sender_name=orig.sender_name, sender_email=orig.sender_email,
                      subject=orig.subject, body=orig.body, attachments=orig.attachments)
        fname = (_fold(orig.subject).replace("?", "").replace(":", "").strip() or "henvendelse")[:40] + ".eml"
        return _draft(tenant, emp.name, email, "VS: " + orig.subject, note_text, "byggesak",
                      attachments=[AttachmentSpec(fname, "msg", message=inner)], **common)
    return _draft(tenant, emp.name, email, orig.subject, note_text, "byggesak",
                  forwarded=EarlierMessage(orig.sender_name, orig.sender_email, orig.subject, orig.body),
                  attachments=orig.attachments, **common)


# ======================================================================================
# plansak
# ======================================================================================

_PLAN_INNSPILL = {
    "nb": [
        "innspill til kommuneplanen: vi unge trenger et sted å være etter kl 21. bruk den gamle brannstasjonen til ungdomshus",
        "Hei, vil gi innspill til planen for {area}. Lag sykkelvei helt fram til skolen, det er livsfarlig nå. Hilsen elev på vgs",
        "Innspill: Ikke bygg boliger på fotballbanen i {area}!! Det er den eneste løkka vi har",
        "Så at det er åpent for innspill til sentrumsplanen. Det mangler billige leiligheter for unge. Alt som bygges er dyre leiligheter for pensjonister",
        "Hei! Vi i 10B har jobbet med kommuneplanen i samfunnsfag. Vedlagt er innspillene våre om {area}.",
    ],
    "nn": [
        "innspel til kommuneplanen: vi unge treng ein stad å vere om kvelden. bruk det gamle samfunnshuset",
        "Hei, vil gje innspel til planen for {area}. Lag gang- og sykkelveg heilt fram til skulen",
        "Vi i 9A har arbeidd med arealplanen i samfunnsfag. Innspela våre ligg ved.",
    ],
    "en": [
        "Hi, I am a student and I read about the new plan for {area}. Please keep the forest path, many people use it for running.",
    ],
}


def make_plan_innspill(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _PLAN_INNSPILL, english=0.1, simple=0.0)
    area = pick(rng, ["sentrum", "Nordhamn", "Sjøvågen", "Kvitsand", "Bergstrand", "skoleområdet", "havna"])
    text = _fill(pick(rng, _PLAN_INNSPILL[key]), area=area)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.4)
    atts = []
    if "Vedlagt" in text or "ligg ved" in text:
        atts = [AttachmentSpec(pick(rng, ["innspill_10B.docx", "klassen_innspel.docx", "Innspill.pdf"]),
                               pick(rng, ["docx", "pdf"]),
                               f"Innspill til kommuneplanen - {area}\nFra elevene\n1. Flere møteplasser\n"
                               "2. Trygg skoleveg\n3. Behold grøntområdene")]
    subject = _subj(rng, body, ["innspill kommuneplan", "Innspill", "innspel", "planen for " + area, "Ungdomshus!",
                          "Input to the plan"], 0.2)
    return _draft(tenant, p.name, email, subject, body, "plansak", attachments=atts,
                  note="Young person's innspill to a plan without a cited case: new plansak.")


def make_plan_merknad(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    nn = tenant == "havoy" and rng.random() < 0.6
    p, email = _young(rng, world)
    area = pick(rng, ["Furulia boligfelt", "Sjøbakken", "Havnegata vest", "Myrtunet", "Nesodden hyttefelt"])
    case = world.open_case(tenant, "plansak", f"Detaljregulering for {area}")
    cite = world.cite(case.sak)
    texts_nb = [
        f"Merknad til {area} ({cite}): vi bor i rekkehuset rett nedenfor og er redd for mer trafikk forbi lekeplassen.",
        f"hei, ang varsel om oppstart {cite}. hvor høye blir blokkene? vil vi miste sola?",
        f"Vil bare si at jeg støtter planen for {area}. Trengs flere boliger her. Sak {cite}",
        f"Merknad {cite}: Husk gangvei gjennom feltet, ungene går der hver dag til bussen.",
    ]
    texts_nn = [
        f"Merknad til {area} ({cite}): vi bur rett nedanfor og er redde for meir trafikk forbi leikeplassen.",
        f"hei, ang varsel om oppstart {cite}. kor høge blir blokkene?",
        f"Merknad {cite}: hugs gangveg gjennom feltet, borna går der kvar dag.",
    ]
    key = "nn" if nn else "nb"
    text = pick(rng, texts_nn if nn else texts_nb)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.3)
    subject = pick(rng, [f"Merknad {area}", f"SV: Varsel om oppstart - {area}", "merknad", f"{cite}", "Planen"])
    return _draft(tenant, p.name, email, subject, body, "plansak", sak=case.sak,
                  note="Merknad that cites the plan case.")


# ======================================================================================
# innsynskrav
# ======================================================================================

_INNSYN = {
    "nb": [
        "Hei, jeg skriver masteroppgave om {topic} og ber om innsyn i {doc}. PDF på mail er fint",
        "ber om innsyn i {doc} iht offentleglova. mvh student",
        "Innsynskrav: {doc}. Gjerne så fort som mulig pga innleveringsfrist",
        "Kan jeg få kopi av {doc}? Jeg jobber for skoleavisa",
        "Hei! Jeg så i postlista at det er kommet et brev om {topic}. Kan jeg få innsyn i det?",
    ],
    "nn": [
        "Hei, eg skriv masteroppgåve om {topic} og ber om innsyn i {doc}.",
        "ber om innsyn i {doc} jf offentleglova",
        "Kan eg få kopi av {doc}? Eg skriv for skuleavisa",
    ],
    "en": [
        "Hello, I am a journalism student. According to the Freedom of Information Act (offentleglova) I request access to {doc}.",
        "Hi, can I get access to {doc}? I am writing a thesis about {topic}. Thanks",
        "Request for public documents: {doc}. Electronic copies are fine.",
    ],
}
_INNSYN_DOCS = {
    "nb": ["tilstandsrapporten for ungdomsskolen", "avtalen med busselskapet om skolebuss", "referatene fra ungdomsrådet i år",
           "anbudet på ny kunstgressbane", "søknaden om skjenkebevilling for festivalen i sommer",
           "tilsynsrapporten for bofellesskapet for enslige mindreårige"],
    "nn": ["tilstandsrapporten for ungdomsskulen", "avtalen med busselskapet om skulebuss", "referata frå ungdomsrådet i år",
           "søknaden om skjenkeløyve for festivalen i sommar"],
    "en": ["the contract with the bus company for school buses", "the report on the youth club", "the minutes from the youth council",
           "the budget for integration of refugees"],
}
_INNSYN_TOPICS = {"nb": ["bosetting av flyktninger", "ungdomsboliger", "kollektivtilbud for unge", "skolestruktur"],
                  "nn": ["busetjing av flyktningar", "bustader for unge", "kollektivtilbod"],
                  "en": ["refugee settlement", "housing for young people", "public transport"]}


def make_innsyn_student(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _INNSYN, english=0.25, simple=0.0)
    text = _fill(pick(rng, _INNSYN[key]), doc=pick(rng, _INNSYN_DOCS[key]), topic=pick(rng, _INNSYN_TOPICS[key]))
    if rng.random() < 0.3:
        ref = world.cite(world.unknown_saknr())
        text += {"en": f" (case {ref})", "nn": f" (sak {ref})"}.get(key, f" (saksnr {ref} i postlista)")
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.3)
    if rng.random() < 0.25 and "@" in email and key != "en":
        email = f"{_fold(p.first).lower()}.{_fold(p.last).lower()}@stud.fjordhogskulen.no".replace(" ", "")
    subject = _subj(rng, body, ["Innsynskrav", "innsyn", "Krav om innsyn", "Request for access", "innsynsbegjæring",
                          "Innsyn - masteroppgave"], 0.15)
    return _draft(tenant, p.name, email, subject, body, "innsynskrav",
                  note="Innsynskrav is a new matter of its own; a case number from the postliste does not make it part of that case.")


def make_innsyn_leietaker(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _young(rng, world) if rng.random() < 0.6 else _newcomer(rng, world)
    adr = world.street()
    texts = [
        f"Hei. Jeg leier i {adr}. Kan jeg få se alle papirer dere har om brannsikkerhet i bygget? Ferdigattest osv",
        f"vil ha innsyn i byggesaken for {adr}, huseier sier at hybelen er godkjent men jeg tror ikke det",
        f"Hi, I rent an apartment in {adr}. Can I see the documents about this building? Is the basement approved for living?",
        f"Kan dere sende meg tegningene som er godkjent for {adr}? Vi vurderer å kjøpe og megler har ikke noe",
    ]
    text = pick(rng, texts)
    key = "en" if text.startswith("Hi") else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    return _draft(tenant, p.name, email, _subj(rng, body, ["innsyn", "Dokumenter " + adr, "papirer om bygget", "Tegninger"], 0.3),
                  body, "innsynskrav", accept=[{"category": "byggesak", "sak": None}],
                  note="Asks to see documents in a building's file: innsynskrav; a byggesak reading is defensible.")


# ======================================================================================
# politisk, horing, tilsyn
# ======================================================================================

_POL = {
    "nb": [
        "Til ordføreren. Hvorfor går siste buss fra sentrum kl 22.10? Vi som jobber kveld kommer oss ikke hjem. Kan dere gjøre noe?",
        "Hei ordfører! Jeg er 16 år og vil vite hvorfor skateparken ble lagt ned. Vi har ingenting å gjøre her",
        "Til kommunestyret: vi som er unge flytter herfra fordi det ikke finnes leiligheter å leie. Gjør noe med det før alle er borte",
        "Hei. Kan politikerne svare på hvorfor gatelyset langs {street} er slått av om natta? Det er skummelt å gå hjem",
    ],
    "nn": [
        "Til ordføraren. Kvifor går siste buss frå sentrum kl 22.10? Vi som jobbar kveld kjem oss ikkje heim",
        "Hei ordførar! Eg er 15 år og lurer på kvifor ungdomsklubben er stengd i sommar",
    ],
    "en": [
        "Dear mayor, I came to {place} for work two years ago. There is no Norwegian course in the evening, so I cannot work and learn at the same time. Can the municipality start one?",
    ],
}


def make_politisk_ung(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _POL, english=0.15, simple=0.0)
    text = _fill(pick(rng, _POL[key]), street=world.street().rsplit(" ", 1)[0], place=_place(tenant))
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.3)
    return _draft(tenant, p.name, email, _subj(rng, body, ["Til ordføreren", "ungdom", "Spørsmål til ordfører", "Spørsmål til politikerne",
                                                      "to the mayor", "ordførar"], 0.25),
                  body, "politisk", note="Citizen writes to the mayor / council.",
                  accept=[{"category": "vei_trafikk"}] if "gatelys" in text else [])


def make_horing_ungdom(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    nn = tenant == "havoy" and rng.random() < 0.6
    p, email = _young(rng, world)
    org = pick(rng, ["Ungdomsrådet", "Elevrådet ved " + pick(rng, ["Fjordvik ungdomsskole", "Havøy skule", "Kyst vgs"]),
                     "Ungdommens kommunestyre"])
    hearing = pick(rng, ["ny skolestruktur", "endring i åpningstid på biblioteket", "ruteplan for skolebuss",
                         "ny alkoholpolitisk plan", "plan for idrett og fysisk aktivitet"])
    text = pick(rng, ([
        f"Hei, vedlagt ligg høyringsuttalen frå {org} om {hearing}. Vi rakk det akkurat før fristen :)",
        f"Høyringssvar frå {org}: sjå vedlegg.",
        f"Hei! Her er uttalen vår til høyringa om {hearing}. Vi er usamde i forslaget.",
    ] if nn else [
        f"Hei, vedlagt er høringsuttalelsen fra {org} om {hearing}. Rakk det akkurat før fristen :)",
        f"Høringssvar fra {org}, se vedlegg. mvh leder",
        f"Her er uttalelsen vår til høringen om {hearing}. Vi er uenige i forslaget, se begrunnelse i vedlegget.",
        f"hei. sender høringsinnspill fra {org}. vi hadde møte i går og ble enige om teksten",
    ]))
    key = "nn" if nn else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.25)
    att = AttachmentSpec(pick(rng, ["horingsuttalelse.docx", "Høringssvar.docx", "uttale.pdf"]),
                         pick(rng, ["docx", "docx", "pdf"]),
                         f"Høringsuttalelse - {hearing}\nFra {org}\n\nVi mener forslaget ikke tar nok hensyn til "
                         "unge i kommunen. Vi ber om at ungdom blir hørt før vedtak fattes.")
    return _draft(tenant, p.name, email, pick(rng, [f"Høringsuttalelse - {hearing}", "Høringssvar", "høring",
                                                     f"Høyringsuttale {hearing}", "uttalelse fra " + org]),
                  body, "horing", av=avsender(org, email), attachments=[att],
                  note="Youth council's hearing statement; substance in the attachment.")


def make_tilsyn_varsel(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp = world.person()
    body_org = pick(rng, [("Arbeidstilsynet", "arbeidstilsynet.no"), ("Statsforvalteren", "statsforvalteren.no"),
                          ("Mattilsynet", "mattilsynet.no")])
    org, dom = body_org
    email = f"{_fold(emp.first).lower()}.{_fold(emp.last).lower()}@{dom}".replace(" ", "")
    topic = {"Arbeidstilsynet": pick(rng, ["arbeidstid for unge arbeidstakere i sommerjobb",
                                           "innleide vikarer i hjemmetjenesten", "arbeidsmiljø i renholdstjenesten"]),
             "Statsforvalteren": pick(rng, ["opplæringstilbud til nyankomne minoritetsspråklige elever",
                                            "introduksjonsprogrammet for flyktninger", "skolemiljø ved ungdomsskolen"]),
             "Mattilsynet": pick(rng, ["drikkevannsforsyningen", "hygiene i skolekantina"])}[org]
    text = pick(rng, [
        f"Vedlagt følger varsel om tilsyn med {topic}. Vi ber om at dokumentasjonen sendes innen fristen i brevet.",
        f"Se vedlagt brev: varsel om tilsyn - {topic}.",
        f"Hei\nOversender endelig tilsynsrapport om {topic}. Kommunen har frist på tre uker til å lukke avvikene.",
    ])
    body = f"{text}\n\nMed hilsen\n{emp.name}\n{org}"
    att = AttachmentSpec(pick(rng, ["varsel_om_tilsyn.pdf", "tilsynsrapport.pdf", "brev.pdf"]), pick(rng, ["pdf", "scan"]),
                         f"{org}\nVarsel om tilsyn - {topic}\n{kommune_name(tenant)}")
    return _draft(tenant, emp.name, email, pick(rng, [f"Varsel om tilsyn - {topic}", "Tilsyn", f"Tilsynsrapport - {kommune_name(tenant)}",
                                                       "Brev fra " + org]),
                  body, "tilsyn", av=avsender(org, email), attachments=[att],
                  note="Supervisory authority's letter about services for young people/newcomers: tilsyn.")


# ======================================================================================
# skole
# ======================================================================================

_SK_PERM = {
    "nb": [
        "hei, {kid} i {klasse} trenger fri {dato} til {dato2} pga bryllup i familien i utlandet. hvem søker jeg til?",
        "Søker permisjon for {kid} fra {dato}, vi skal på ferie. Beklager at det er i skoletida, billigere flybilletter",
        "{kid} blir borte fra skolen resten av uka, vi må reise pga dåp i familien. gi beskjed til læreren",
    ],
    "nn": [
        "hei, {kid} i {klasse} treng fri {dato} til {dato2} pga bryllaup i familien. kven søkjer eg til?",
        "Søkjer permisjon for {kid} frå {dato}. Vi skal på tur til besteforeldra.",
    ],
    "s": [
        "Hei. Mitt barn {kid} går i {klasse}. Vi må reise til hjemland {dato} til {dato2} fordi bestemor har 80 år bursdag. Kan barnet få fri?",
        "Hei. Jeg søker fri for {kid} {dato}. Vi skal til ambassaden i Oslo for pass. Takk",
        "Hallo. Mitt barn {kid} {klasse}. Vi reiser til familie i sommerferie men fly er 5 dager før ferie. Er det ok?",
    ],
    "en": [
        "Hello, my child {kid} ({klasse}) needs leave from school {dato}-{dato2}. We travel to {country} for a family wedding.",
        "Hi, we must go to {country} to renew passports at the embassy. {kid} will miss school for one week. Who do I ask?",
    ],
}
_SK_SFO = {
    "nb": [
        "vil si opp sfo plassen til {kid} fra {mnd}. går hjem alene nå",
        "Hei, kan {kid} gå ned fra full plass til 3 dager på SFO fra {mnd}?",
        "søker sfo for {kid} som begynner i 1. klasse til høsten. hvor er skjemaet?",
        "hei, vi har fått faktura for SFO i juli men {kid} var ikke der. er det riktig?",
    ],
    "nn": [
        "vil seie opp SFO-plassen til {kid} frå {mnd}",
        "Hei, kan {kid} gå ned til 3 dagar på SFO frå {mnd}?",
    ],
    "s": [
        "Hei. Jeg vil søke SFO for {kid}. Barnet begynner skole i august. Jeg jobber fra kl 6 i fabrikk",
        "Hei. Jeg vil stoppe SFO for {kid} fra {mnd}. Vi flytter",
    ],
    "en": [
        "Hi, how do I apply for SFO (after school) for my child {kid}? Starting 1st grade in August.",
        "Hello, I want to cancel the SFO place for {kid} from {mnd}. Thank you",
    ],
}
_SK_SKYSS = {
    "nb": [
        "hei, vi har flyttet til {adr}. har {kid} rett på skolebuss nå? det er langt og ingen fortau",
        "{kid} har mistet busskortet, hvordan får vi nytt?",
        "Vi flytter til {place} {dato}. {kid} skal begynne i {klasse}. Hvilken skole hører vi til og hvordan melder vi overgang?",
        "søker skoleskyss for {kid} pga farlig skolevei langs fylkesveien. ingen gangvei. bor {adr}",
    ],
    "nn": [
        "hei, vi har flytta til {adr}. har {kid} rett på skuleskyss no?",
        "{kid} har mista busskortet, korleis får vi nytt?",
    ],
    "s": [
        "Hei. Vi er ny familie i {place}, flyttet hit i går. Vi har 2 barn. Hvordan begynner de på skole?",
        "Hei. {kid} må gå 4 km til skole. Er det buss? Bor {adr}",
    ],
    "en": [
        "Hello, we just moved to {place} from {country}. My child {kid} is 11 years. How can the child start school here?",
        "hi my kid {kid} lost the bus card for school bus. where to get new one?",
    ],
}
_COUNTRIES = {"pl": "Poland", "lt": "Lithuania", "ua": "Ukraine", "sy": "Turkey", "er": "Ethiopia"}


_GIRLS = ["Ida", "Nora", "Emma", "Thea", "Maja", "Sara", "Frida", "Tuva", "Linnea", "Vilde", "Ella", "Selma"]
_BOYS = ["Emil", "Jonas", "Sander", "Mathias", "Magnus", "Henrik", "Even", "Oskar", "Filip", "Noah", "Lukas", "Isak"]
_ELDER_F = {"pl": ["Halina", "Krystyna", "Danuta"], "lt": ["Danutė", "Aldona", "Genovaitė"],
            "ua": ["Halyna", "Nadiia", "Liudmyla"], "sy": ["Fatima", "Samira", "Widad"], "er": ["Tsega", "Letemariam", "Abeba"],
            "no": ["Solveig", "Astrid", "Randi", "Turid", "Berit", "Gunn", "Åse", "Liv", "Ragnhild", "Synnøve"]}


def _origin(p: Person) -> str:
    for origin, (_, lasts) in _ORIGINS.items():
        if p.last in lasts:
            return origin
    return "no"


def _kid_of(rng: random.Random, world: World, parent: Person) -> Person:
    origin = _origin(parent)
    names = _ORIGINS[origin][0] if origin != "no" else _GIRLS + _BOYS
    return Person(pick(rng, [n for n in names if n != parent.first]), parent.last)


def _elder_of(rng: random.Random, parent: Person) -> Person:
    """An elderly woman in the sender's family (mother, grandmother)."""
    return Person(pick(rng, _ELDER_F[_origin(parent)]), parent.last)


def _country_of(parent: Person) -> str:
    for origin, (_, lasts) in _ORIGINS.items():
        if parent.last in lasts:
            return _COUNTRIES[origin]
    return "Spain"


def _school_mail(rng: random.Random, world: World, texts: dict[str, list], subjects: list[str], note: str) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, texts, english=0.2, simple=0.25)
    kid = _kid_of(rng, world, p)
    slots = {"kid": kid.first if rng.random() < 0.6 else kid.name, "klasse": pick(rng, ["2A", "3. klasse", "5B", "7. trinn", "1C", "9. kl"]),
             "dato": _date(rng), "dato2": _date(rng), "mnd": pick(rng, ["1. september", "oktober", "nyttår", "neste måned", "august"]),
             "adr": world.street(), "place": _place(tenant), "country": _country_of(p)}
    text = _fill(pick(rng, texts[key]), **slots)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name, kid.name, kid.first])
    return _draft(tenant, p.name, email, _subj(rng, body, subjects, 0.3), body, "skole", note=note)


def make_skole_permisjon(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, _SK_PERM, ["Permisjon", "fri fra skolen", "søknad om fri", "Leave from school",
                                                "permisjon " + _date(rng)],
                        "Leave of absence for a pupil; no health or hardship details, so not screened.")


def make_skole_sfo(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, _SK_SFO, ["SFO", "sfo plass", "Oppsigelse SFO", "SFO søknad", "After school"],
                        "SFO place: skole.")


def make_skole_skyss(rng: random.Random, world: World) -> Draft:
    return _school_mail(rng, world, _SK_SKYSS, ["Skoleskyss", "busskort", "ny elev", "skolestart", "School start",
                                                 "flytting"],
                        "Skoleskyss / new pupil after moving: skole.")


# ======================================================================================
# barnehage
# ======================================================================================

_BH_SOKNAD = {
    "nb": [
        "hei! vi har nettopp flyttet hit. {kid} er født {fodt}. når er neste opptak og hvordan søker vi?",
        "søkte bhg plass til {kid} i mars men har ikke hørt noe. har dere fått søknaden?",
        "Takker ja til plass i {bhg} for {kid}. Kan oppstart bli {dato} istedenfor?",
        "Kan vi bytte fra {bhg} til en barnehage nærmere jobb? {kid}, 3 år",
    ],
    "nn": [
        "hei! vi har nett flytta hit. {kid} er fødd {fodt}. når er neste opptak?",
        "Takkar ja til plass i {bhg} for {kid}. Kan oppstart bli {dato}?",
    ],
    "s": [
        "Hei. Jeg trenger barnehage for {kid}, født {fodt}. Jeg begynner norskkurs i august. Hvor søker jeg?",
        "Hei. Vi har fått brev om barnehage plass til {kid}. Vi sier ja. Takk",
        "Hallo. Jeg har søkt barnehage men ikke fått svar. Mitt barn {kid} født {fodt}",
    ],
    "en": [
        "Hello, we moved to {place} for work. Our child {kid} was born {fodt}. How can we apply for kindergarten (barnehage)?",
        "Hi, we accept the place in {bhg} for {kid}. Thank you very much!",
        "Hi, is there any kindergarten place available now? My child {kid} is 2. I start work next month.",
    ],
}
_BH_OPPSIGELSE = {
    "nb": [
        "vil si opp plassen til {kid} i {bhg}. siste dag {dato}",
        "Hei, vi flytter til Bergen og må si opp barnehageplassen til {kid} fra 1. neste måned. Takk for alt!",
        "oppsigelse bhg {kid}. vi flytter",
    ],
    "nn": ["vil seie opp plassen til {kid} i {bhg}. siste dag {dato}", "Oppseiing barnehageplass {kid}. Vi flyttar."],
    "s": ["Hei. Vi flytter til annen kommune. {kid} slutter i barnehage {dato}.",
          "Hei. Jeg vil si opp barnehage for {kid}. Vi skal flytte til byen"],
    "en": ["Hello, we move back to {country} next month. Please cancel the kindergarten place for {kid} from {dato}.",
           "hi, I want to stop the barnehage place for {kid}. Last day {dato}"],
}


def _bh_mail(rng: random.Random, world: World, texts: dict[str, list], subjects: list[str], note: str) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, texts, english=0.25, simple=0.25)
    kid = _kid_of(rng, world, p)
    bhg = pick(rng, ["Solsikken barnehage", "Tusenfryd bhg", "Fjordtroll barnehage", "Havørna barnehage", "Skogly",
                     "Måken"])
    text = _fill(pick(rng, texts[key]), kid=kid.first if rng.random() < 0.5 else kid.name, bhg=bhg,
                 fodt=f"{_date(rng)}.{rng.choice([2022, 2023, 2024, 2025])}", dato=_date(rng), place=_place(tenant),
                 country=_country_of(p))
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name, kid.name, kid.first])
    return _draft(tenant, p.name, email, _subj(rng, body, subjects, 0.3), body, "barnehage", note=note)


def make_bh_soknad(rng: random.Random, world: World) -> Draft:
    return _bh_mail(rng, world, _BH_SOKNAD, ["Barnehageplass", "bhg", "søknad barnehage", "Kindergarten",
                                             "barnehage", "opptak"], "Barnehage place: no screening needed.")


def make_bh_oppsigelse(rng: random.Random, world: World) -> Draft:
    return _bh_mail(rng, world, _BH_OPPSIGELSE, ["Oppsigelse", "si opp plass", "oppsigelse barnehage", "Cancel place",
                                                 "slutter"], "Notice on a barnehage place.")


_BH_BETALING = {
    "nb": [
        "Hei, jeg er alenemor og student, søker redusert pris for {kid}. Lånekassen er eneste inntekt. Skattemelding vedlagt",
        "vi har lav inntekt etter at {partner} mistet jobben. kan vi få lavere barnehagepris for {kid}? se vedlegg",
        "søker gratis kjernetid for {kid}. vi har bare dagpenger nå",
    ],
    "nn": [
        "Hei, eg er student og åleine med {kid}. Søkjer redusert foreldrebetaling. Skattemeldinga ligg ved",
        "vi har låg inntekt etter at {partner} mista jobben. kan vi få lågare pris for {kid}?",
    ],
    "s": [
        "Hei. Vi får penger fra NAV og introduksjonsprogram. Barnehage er for dyrt. Kan vi betale mindre for {kid}?",
        "Hei. Jeg søker redusert betaling for {kid}. Min mann har ingen jobb. Papir fra NAV er vedlagt",
    ],
    "en": [
        "Hello, we are refugees and live on the introduction benefit. Is it possible to pay less for the kindergarten for {kid}? I attach the paper from NAV.",
    ],
}


def make_bh_betaling(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _BH_BETALING, english=0.2, simple=0.3)
    kid = _kid_of(rng, world, p)
    text = _fill(pick(rng, _BH_BETALING[key]), kid=kid.first if rng.random() < 0.5 else kid.name,
                 partner=pick(rng, ["samboeren min", "mannen min", "kona mi"]) if key != "nn" else pick(rng, ["sambuaren min", "mannen min"]))
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name, kid.name, kid.first])
    atts = []
    if any(w in text for w in ("vedlegg", "vedlagt", "ligg ved", "attach")):
        atts = [AttachmentSpec(pick(rng, ["skattemelding.pdf", "vedtak_nav.pdf", "IMG_0093.jpg", "scan.pdf"]),
                               pick(rng, ["pdf", "scan", "image"]), f"Vedtak\n{p.name}\nInntekt")]
    return _draft(tenant, p.name, email, _subj(rng, body, ["Redusert betaling", "barnehagepris", "søknad redusert foreldrebetaling",
                                                      "lower price kindergarten", "gratis kjernetid"], 0.25),
                  body, "barnehage", skjerming="P13", personnavn=[p.name, kid.name], attachments=atts,
                  note="Reveals the family's low income: P13, parent and child screened.")


_FWD_NOTE = ["Videresender fra forelder. Til journalføring.", "Kom til meg på mail, sender til postmottak",
             "fikk denne på telefonen min, kan dere registrere?", "Til arkivering.", "FYI, denne hører hjemme hos dere",
             "Sender vidare for journalføring.", "Fekk denne frå ein forelder."]


def make_bh_videresendt(rng: random.Random, world: World) -> Draft:
    orig = make_bh_soknad(rng, world) if rng.random() < 0.6 else make_bh_oppsigelse(rng, world)
    tenant = orig.tenant
    emp, email = world.employee(tenant)
    role = pick(rng, ["styrer", "pedagogisk leder", "Oppvekstkontoret", "Servicetorget"])
    body = pick(rng, _FWD_NOTE) + f"\n\n{emp.first if rng.random() < 0.4 else emp.name}\n{role}"
    return _draft(tenant, emp.name, email, pick(rng, ["VS: ", "Fwd: ", "FW: "]) + orig.subject, body, "barnehage",
                  av=orig.avsender,
                  forwarded=EarlierMessage(orig.sender_name, orig.sender_email, orig.subject, orig.body),
                  note="Forwarded by barnehage staff: avsender is the parent; journalposttype I.")


# ======================================================================================
# helse_omsorg (always P13), barnevern (always BV)
# ======================================================================================

_HO_SELF = {
    "nb": [
        "hei, jeg er 19 og har det ikke så bra for tida. fastlegen sa jeg kunne ta kontakt med kommunen om psykisk helse. hvordan funker det?",
        "Jeg trenger hjelp. Har vært ruset mye i det siste og vil slutte. Finnes det noe i {place} for unge?",
        "Hei, min {rel} {pat} har kommet hjem fra sykehuset og trenger hjelp med medisinene. Jeg er eneste pårørende og studerer i Oslo",
        "søker om støttekontakt. har ADHD og sitter mye alene. fastlegen støtter det",
    ],
    "nn": [
        "hei, eg er 20 og har det ikkje så bra. fastlegen sa eg kunne kontakte kommunen om psykisk helse. korleis gjer eg det?",
        "Min {rel} {pat} er heime frå sjukehuset og treng hjelp med medisinane. Eg studerer i Bergen",
    ],
    "s": [
        "Hei. Min {rel} {pat} er gammel og syk. Hun kan ikke gå. Vi bor i {place}. Vi trenger hjelp hjemme. Jeg snakker lite norsk",
        "Hei. Jeg har vondt i hode og sover ikke etter krigen. Legen sier jeg kan få samtale. Hvor?",
    ],
    "en": [
        "Hello, my {rel_en} {pat} came to Norway in spring to live with us. She is 81 and needs help with washing and medicine. We work all day. What help can the municipality give?",
        "Hi, I think I need someone to talk to. I came alone to Norway two years ago and now I cannot sleep. My doctor said to write to you.",
        "Hello, my {rel_en} {pat} uses a wheelchair. Can we get a ramp or other help for the flat?",
    ],
}


def make_ho_ung(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _HO_SELF, english=0.25, simple=0.2)
    pat = _elder_of(rng, p)
    text = _fill(pick(rng, _HO_SELF[key]), pat=pat.name, place=_place(tenant),
                 rel=pick(rng, ["mor", "bestemor", "mormor", "farmor"]), rel_en=pick(rng, ["mother", "grandmother", "mother-in-law"]))
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name, pat.name])
    return _draft(tenant, p.name, email, _subj(rng, body, ["hjelp", "trenger hjelp", "spørsmål om hjelp", "Help at home", "Need help",
                                                      "helse"], 0.35),
                  body, "helse_omsorg", skjerming="P13", personnavn=[p.name, pat.name],
                  note="Health/care request: always P13; sender and any named patient screened.")


def make_ho_svar(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _young(rng, world) if rng.random() < 0.6 else _newcomer(rng, world)
    pat = _elder_of(rng, p)
    case = world.open_case(tenant, "helse_omsorg", f"Helse- og omsorgstjenester - {pat.name}", part=pat.name)
    lang = "nn" if tenant == "havoy" else "nb"
    quoted = _employee_letter(world, tenant, f"Innkalling til kartleggingsbesøk - {world.cite(case.sak)}",
                              f"{world.cite_phrase(case.sak, lang)}\n\n"
                              + (f"Vi kjem på heimebesøk til {pat.name} for å kartleggje behovet."
                                 if lang == "nn" else f"Vi kommer på hjemmebesøk til {pat.name} for å kartlegge behovet."))
    text = pick(rng, [
        "ok passer fint. jeg blir med",
        f"kan dere komme etter kl 15? jeg jobber til da og {pat.first} vil at jeg er der",
        "Hi, I will come too and translate. Thanks",
        f"hei, {pat.first} er innlagt igjen så besøket må flyttes",
        "Takk. Kan dere ringe meg istedenfor? Fungerer ikke med mail på jobben",
    ])
    key = "en" if text.startswith("Hi") else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name, pat.name, pat.first])
    return _draft(tenant, p.name, email, "SV: " + quoted.subject, body, "helse_omsorg", skjerming="P13", sak=case.sak,
                  personnavn=[p.name, pat.name], quoted=quoted,
                  note="Relative answers the kommune's letter citing the care case.")


def make_ho_videresendt(rng: random.Random, world: World) -> Draft:
    orig = make_ho_ung(rng, world)
    tenant = orig.tenant
    emp, email = world.employee(tenant)
    body = pick(rng, ["Denne kom til meg, sender til postmottak for journalføring.", "Videresendes. Gjelder tjenester i hjemmet.",
                      "Kom inn på min e-post. Journalføres hos helse og omsorg takk.", "Sender vidare."]) \
        + f"\n\n{emp.name}\n" + pick(rng, ["Helsestasjon for ungdom", "NAV-kontoret", "Flyktningtenesta", "Tildelingskontoret"])
    return _draft(tenant, emp.name, email, "VS: " + orig.subject, body, "helse_omsorg", skjerming="P13",
                  av=orig.avsender, personnavn=orig.personnavn,
                  forwarded=EarlierMessage(orig.sender_name, orig.sender_email, orig.subject, orig.body),
                  note="Forwarded by an employee: avsender is the original sender; P13.")


_BV = {
    "nb": [
        "Hei, jeg bor i blokka i {adr}. Familien under oss krangler høyt nesten hver natt og jeg hører at ungene gråter. I går så jeg {kid} ute alene kl 23. Vil være anonym",
        "jeg er 17 og bekymra for venninna mi {girl}. hun sier faren slår henne og hun tør ikke dra hjem. hva gjør jeg??",
        "hei jeg jobber på butikken og det er en gutt, {boy}, som kommer hver dag og stjeler mat. han sier det ikke er mat hjemme",
    ],
    "nn": [
        "Eg bur i blokka i {adr}. Familien under oss kranglar høgt kvar natt og borna græt. I går var {kid} ute åleine kl 23",
        "eg er 16 og uroleg for venninna mi {girl}. ho seier faren slår",
    ],
    "en": [
        "Hello, I live next to a family in {adr}. I hear a lot of shouting and a small child {kid} crying every evening. I do not want my name known.",
    ],
}


def make_bv_ung(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _BV, english=0.15, simple=0.0)
    text = pick(rng, _BV[key])
    first = pick(rng, _GIRLS) if "{girl}" in text else pick(rng, _BOYS) if "{boy}" in text else pick(rng, _GIRLS + _BOYS)
    kid = Person(first, world.person().last)
    kid_s = kid.first if rng.random() < 0.5 else kid.name
    text = _fill(text, kid=kid_s, girl=kid_s, boy=kid_s, adr=world.street())
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name, kid.name, kid.first])
    return _draft(tenant, p.name, email, _subj(rng, body, ["bekymring", "Bekymringsmelding", "barnevernet", "viktig",
                                                      "worried about a child", "Uro"], 0.3),
                  body, "barnevern", skjerming="BV", personnavn=[p.name, kid.name],
                  note="Worry about a child: barnevern, BV; the reporter and the child are screened.")


# ======================================================================================
# vann_avlop
# ======================================================================================

_VA_LEAK = {
    "nb": [
        "hei, ikke noe vann i leiligheten siden i morges. {adr}. vet dere noe?",
        "brunt vann fra springen i {adr}. er det farlig å drikke?",
        "Det spruter vann opp fra asfalten utenfor {adr}!! ser ut som et rør har sprukket",
        "Kloakklukt i hele oppgangen i {adr} og det bobler i sluket i kjelleren. utleier svarer ikke",
        "kumlokket i {adr} er borte, noen kan falle ned. ligger en sykkel over nå",
    ],
    "nn": [
        "hei, ikkje vatn i leilegheita sidan i morgon. {adr}. veit de noko?",
        "brunt vatn frå springen i {adr}. er det farleg å drikke?",
        "Det sprutar vatn opp frå asfalten utanfor {adr}!",
    ],
    "s": [
        "Hei. Det er ikke vann i min leilighet {adr}. Fra kl 7. Hjelp",
        "Hei. Vann kommer opp fra toalett i kjeller. {adr}. Lukter veldig vondt",
    ],
    "en": [
        "Hello, there is no water in my apartment at {adr} since this morning. Is there a problem?",
        "hi water is coming up from the street at {adr}, big leak i think",
        "The tap water is brown at {adr}. Can we drink it? I have a baby",
    ],
}


def make_va_lekkasje(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _VA_LEAK, english=0.2, simple=0.2)
    adr = world.street()
    text = _fill(pick(rng, _VA_LEAK[key]), adr=adr)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    atts = [AttachmentSpec(pick(rng, ["IMG_5120.jpg", "video_still.jpg", "photo.jpg"]), "image")] if rng.random() < 0.3 else []
    return _draft(tenant, p.name, email, _subj(rng, body, ["vann", "vannet", "problem med vann", "HASTER", "Water problem",
                                                      "No water", "!!!"], 0.35),
                  body, "vann_avlop", attachments=atts, note="Leak / no water reported by a tenant: vann_avlop.",
                  accept=[{"category": "vei_trafikk"}] if "kumlokket" in text else [])


def make_va_maler(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _young(rng, world) if rng.random() < 0.7 else _newcomer(rng, world)
    prop = world.property()
    stand = f"{rng.randint(0, 9999):05d}"
    malernr = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    sak = None
    cited = ""
    r = rng.random()
    if r < 0.35:
        case = world.open_case(tenant, "vann_avlop", f"{prop.gnr}/{prop.bnr} - Vannmåler - avlesning og gebyr", prop=prop)
        sak, cited = case.sak, " " + world.cite_phrase(case.sak)
    text = pick(rng, [
        f"målerstand {stand}. målernr {malernr}.{cited}",
        f"Hei, her er bilde av vannmåleren. {prop.address}{cited}",
        f"avlesning vannmåler {prop.address}: {stand} m3{cited}",
        f"Glemte å lese av i fjor. Nå står det {stand}. Blir det dyrt??{cited}",
        f"meter reading {stand}, meter no {malernr}, {prop.address}{cited}",
    ])
    key = "en" if text.startswith("meter") else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.25)
    atts = [AttachmentSpec(pick(rng, ["IMG_8841.HEIC.jpg", "vannmaler.jpg", "image1.jpeg"]), "image")] \
        if rng.random() < 0.6 else []
    subject = _subj(rng, body, ["Måleravlesning", "vannmåler", "avlesning", "Meter reading", f"Vannmåler {prop.address}"], 0.2)
    if sak and rng.random() < 0.5:
        quoted = _employee_letter(world, tenant, f"Påminnelse om avlesning av vannmåler - {world.cite(case.sak)}",
                                  "Vi har ikke mottatt avlesning av vannmåleren for eiendommen. Send målerstand innen fristen.")
        return _draft(tenant, p.name, email, "SV: " + quoted.subject, body, "vann_avlop", sak=sak, quoted=quoted,
                      attachments=atts, note="Meter reading answering the kommune's reminder for the meter case.")
    return _draft(tenant, p.name, email, subject, body, "vann_avlop", sak=sak, attachments=atts,
                  note="Meter reading; sak only when the meter case is cited.")


def make_va_gebyr(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _young(rng, world) if rng.random() < 0.7 else _newcomer(rng, world)
    adr = world.street()
    kr = f"{rng.randint(2, 19)} {rng.randint(100, 999)}"
    text = pick(rng, [
        f"hei, første gang vi eier hus. hvorfor er vann og avløp {kr} kr? vi er bare to. {adr}",
        f"Vi bor i en liten hybelleilighet i {adr} men betaler vannavgift som en hel enebolig. Kan vi få måler?",
        f"Hi, we got a bill for water and sewage {kr} NOK for {adr}. Is this for one year? It seems very high",
        f"kan vi klage på avløpsgebyret? huset sto tomt i et halvt år før vi kjøpte. {adr}",
    ])
    key = "en" if text.startswith("Hi") else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    return _draft(tenant, p.name, email, _subj(rng, body, ["vannavgift", "Gebyr vann", "Water bill", "kommunale avgifter"], 0.3),
                  body, "vann_avlop", note="Question/complaint about the water and sewage fee: vann_avlop, not faktura.")


# ======================================================================================
# vei_trafikk
# ======================================================================================

_VEI = {
    "nb": [
        "Digert hull i veien i {street} rett ved bussholdeplassen. Sykla nesten rett ned i det",
        "gatelyset i {street} har vært av i 2 uker. mørkt og ekkelt å gå hjem fra jobb",
        "ikke brøyta i {street} i dag heller?? kommer ikke ut med bilen og må på jobb kl 6",
        "bilene kjører altfor fort forbi barnehagen i {street}. kan dere sette opp fartsdump?",
        "Kan dere strø i bakken i {street}? Det er helt blankt og ungene går der til skolen",
    ],
    "nn": [
        "Stort hol i vegen i {street} ved busshaldeplassen",
        "gatelyset i {street} har vore av i 2 veker",
        "ikkje brøyta i {street} i dag heller? kjem ikkje ut med bilen",
    ],
    "s": [
        "Hei. Stort hull i vei {street}. Min bil er ødelagt dekk. Hvem betaler?",
        "Hei. Det er ikke lys på vei {street}. Barn går i mørke til skole",
    ],
    "en": [
        "Hi, big hole in the road at {street} near the bus stop. Dangerous for bikes",
        "Hello, the street light on {street} is not working for many days.",
        "hi, cars drive very fast in {street} where the kids play. can you put speed bumps?",
    ],
}


def make_vei_melding(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, _VEI, english=0.2, simple=0.2)
    street = world.street().rsplit(" ", 1)[0]
    text = _fill(pick(rng, _VEI[key]), street=street)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    atts = [AttachmentSpec(pick(rng, ["IMG_3390.jpg", "bilde.jpg", "20260119_0742.jpg"]), "image")] if rng.random() < 0.4 else []
    return _draft(tenant, p.name, email, _subj(rng, body, ["veien", "melding om vei", "Vei", "feil på veien", "Road",
                                                      street, "Street"], 0.35),
                  body, "vei_trafikk", attachments=atts, note="Road / street light / snow clearing: vei_trafikk.")


def make_vei_budbil(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _newcomer(rng, world) if rng.random() < 0.6 else _young(rng, world)
    street = world.street().rsplit(" ", 1)[0]
    text = pick(rng, [
        f"Hello, I drive for a delivery company. {street} is closed with digging but there is no sign before, I must reverse 300 m with a van. Please put a sign",
        f"hei, kjører budbil. skiltet i krysset {street} er veltet og borte. folk kjører feil vei inn i enveiskjøringa",
        f"Hi, the road to {street} is full of ice, my van slid into the ditch today. Nobody hurt but please salt it",
        f"Hei. Jeg kjører pakker. {street} har ingen husnummer skilt og veien er stengt uten omkjøring. Kan kommune fikse?",
        f"trailer kommer ikke gjennom {street} pga parkerte biler begge sider. vi leverer til butikken hver morgen. kan dere sette opp parkering forbudt?",
    ])
    key = "en" if text[:2] in ("He", "Hi") else "s" if text.startswith("Hei. Jeg kjører") else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    return _draft(tenant, p.name, email, _subj(rng, body, ["Road", "veien", "vei", "Problem on the road", "melding",
                                                      street], 0.3),
                  body, "vei_trafikk", note="Delivery driver about a municipal road: vei_trafikk.")


def make_vei_notat(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    caller = world.person()
    street = world.street().rsplit(" ", 1)[0]
    follow = rng.random() < 0.7
    text = pick(rng, [
        f"Ringte inn i dag: hull i vegen i {street} ved nr {rng.randint(2, 80)}. Må fylles før helga.",
        f"telefon fra innbygger om manglende brøyting i {street}. lovet at brøytebilen kommer i kveld. noen må følge opp med entreprenør",
        f"Melding fra {caller.name} på tlf: skilt ned i krysset {street}. Sendt til drift for utbedring.",
    ]) if follow else pick(rng, [
        f"Notat: strøing i {street} utført kl {rng.randint(5, 9)}.30 etter melding. Til orientering, ingen oppfølging.",
        f"Til saken: hullet i {street} ble fylt i dag. Lukket.",
    ])
    body = text + f"\n\n{emp.first}" + pick(rng, ["\nDrift og vedlikehold", "\nkommunalteknikk", "", "\nvakttelefon vei"])
    return _draft(tenant, emp.name, email, pick(rng, [f"Melding {street}", "notat vei", f"{street} - hull", "Telefonnotat",
                                                       "til journal"]),
                  body, "vei_trafikk", jpt="N" if follow else "X",
                  note="Young operator's internal phone note: N when someone must follow up, X when only for the record.")


# ======================================================================================
# bevilling, tilskudd, eiendomsskatt
# ======================================================================================

def make_bev_nyetablert(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _newcomer(rng, world) if rng.random() < 0.7 else _young(rng, world)
    shop = pick(rng, ["pizza", "kebab", "sushi", "kaffebar", "burger"])
    adr = world.street()
    texts = [
        ("en", f"Hello, I open a small {shop} restaurant in {adr} next month. Do I need a license (serveringsbevilling)? How long it takes?"),
        ("en", f"Hi, we want to sell beer with food in our {shop} place, {adr}. What do I need to apply?"),
        ("s", f"Hei. Jeg åpner {shop} i {adr}. Jeg har tatt etablererprøven. Søknad om serveringsbevilling er vedlagt."),
        ("nb", f"hei! vi er tre studenter som vil ha bar på studentfesten {_date(rng)}. trenger vi skjenkebevilling for en kveld?"),
        ("nb", f"Søker om serveringsbevilling for foodtruck ({shop}). Står ved kaia i sommer. Skjema vedlagt, mvh"),
    ]
    key, text = pick(rng, texts)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.35)
    atts = [AttachmentSpec(pick(rng, ["soknad_servering.pdf", "søknad.pdf", "skjema.docx"]), pick(rng, ["pdf", "scan"]),
                           f"Søknad om serveringsbevilling\n{shop.capitalize()} {adr}\nDaglig leder: {p.name}")] \
        if "vedlagt" in text.lower() else []
    return _draft(tenant, p.name, email, _subj(rng, body, ["serveringsbevilling", "License for restaurant", "skjenkebevilling",
                                                      "bevilling", "søknad"], 0.3),
                  body, "bevilling", attachments=atts, note="New small business asks about / applies for a licence.")


def make_tilskudd_ung(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _young(rng, world) if rng.random() < 0.7 else _newcomer(rng, world)
    what = pick(rng, ["e-sportturnering i hallen", "gratis sommerleir for barn", "konsert med lokale band",
                      "kulturkveld med mat fra mange land", "skatekurs for jenter"])
    texts = [
        ("nb", f"hei, vi er en gjeng på 17-18 som vil lage {what}. kan vi søke kulturmidler selv om vi ikke er et lag?"),
        ("nb", f"Søknad om tilskudd til {what}. Budsjett og beskrivelse i vedlegget. Søker kr {rng.randint(5, 40)} 000"),
        ("nn", f"hei, vi er nokre ungdomar som vil lage {what}. kan vi søkje kulturmidlar?"),
        ("en", f"Hello, our women's group for refugees wants to organise {what}. Can we apply for money from the kommune? Application attached."),
        ("nb", f"Sender rapport for tilskuddet vi fikk til {what} i fjor. Ble kjempebra, 60 stk kom!"),
    ]
    key, text = pick(rng, texts)
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.3)
    atts = [AttachmentSpec(pick(rng, ["søknad_tilskudd.docx", "budsjett.xlsx.pdf", "application.docx", "rapport.pdf"]),
                           pick(rng, ["docx", "pdf"]), f"Søknad om tilskudd - {what}\nKontakt: {p.name}\nBudsjett")] \
        if any(w in text for w in ("vedlegg", "attached", "rapport")) else []
    return _draft(tenant, p.name, email, _subj(rng, body, ["kulturmidler", "midler", "tilskudd", "Funding", "søknad"], 0.25),
                  body, "tilskudd", attachments=atts, note="Young people / volunteer group asking for a grant.")


def make_eiendomsskatt_ny(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _young(rng, world) if rng.random() < 0.7 else _newcomer(rng, world)
    prop = world.property()
    kr = f"{rng.randint(2, 12)} {rng.randint(100, 999)}"
    texts = [
        (f"hei, kjøpte vår første leilighet i {prop.address} i mai. hvorfor får vi eiendomsskatt på {kr} når forrige eier betalte?", False),
        (f"Klage på eiendomsskatt {prop.gnr}/{prop.bnr}. Taksten sier 140 kvm men huset er 96. Bilder av plantegning vedlagt", False),
        (f"Hi, I got a letter about property tax (eiendomsskatt) for {prop.address}. I do not understand it. What should I pay?", False),
        (f"Kan vi få utsettelse på eiendomsskatten? Jeg ble permittert i august og vi har en baby på 3 mnd. {prop.address}", True),
    ]
    text, hardship = pick(rng, texts)
    key = "en" if text.startswith("Hi") else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    atts = [AttachmentSpec("plantegning.jpg", "image")] if "vedlagt" in text else []
    return _draft(tenant, p.name, email, _subj(rng, body, ["eiendomsskatt", "eiendomsskatten", "spm eiendomsskatt", "Property tax"], 0.25),
                  body, "eiendomsskatt", skjerming="P13" if hardship else None,
                  personnavn=[p.name] if hardship else [], attachments=atts,
                  note="First-time owner about eiendomsskatt; P13 only where the mail tells of layoff and a new baby.")


# ======================================================================================
# rekruttering (always P25)
# ======================================================================================

_JOBS = ["sommervikar i hjemmetjenesten", "assistent i barnehage", "fagarbeider på sykehjem", "lærling IKT",
         "renholder", "tilkallingsvikar", "miljøarbeider", "lærling barne- og ungdomsarbeider"]


def make_rek_cv(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    key, p, email = _voice(rng, world, tenant, {"nb": [], "nn": [], "s": [], "en": []}, english=0.3, simple=0.25)
    job = pick(rng, _JOBS)
    sak = None
    ref = ""
    if rng.random() < 0.35:
        case = world.open_case(tenant, "rekruttering", f"Tilsetting - {job}")
        sak, ref = case.sak, world.cite(case.sak)
    text = pick(rng, {
        "nb": [f"her er cv og søknad. {job}", f"Hei, søker på {job}. CV vedlagt", "søknad vedlagt :)",
               f"hei. sender søknad på stillingen som {job}{' ref ' + ref if ref else ''}. kan begynne med en gang"],
        "nn": [f"her er cv og søknad. {job}", f"Hei, søkjer på {job}. CV ligg ved", "søknaden ligg ved"],
        "s": [f"Hei. Jeg søker jobb {job}. Min CV er vedlagt. Jeg snakker norsk B1. Takk",
              "Hei. Jeg vil jobbe. Jeg har erfaring fra hjemland som sykepleier. CV vedlagt",
              f"Hei. Søknad på {job}{' (' + ref + ')' if ref else ''}. Vedlegg CV og attest"],
        "en": [f"Hello, please find my CV attached for the position {job}{' ' + ref if ref else ''}.",
               "Hi, I am interested in any job. I have experience in cleaning and cooking. CV attached",
               f"Dear HR, I apply for {job}. I have a D-number and work permit. My CV is attached."],
    }[key])
    if ref and ref not in text:
        text += pick(rng, [f"\nref {ref}", f" (ref. {ref})", f"\nsak {ref}"] if key != "en" else
                     [f"\nYour ref {ref}", f" (ref. {ref})"])
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name], heavy=0.35)
    fn = pick(rng, [f"CV_{_fold(p.first)}_{_fold(p.last)}.pdf", "CV.pdf", "cv (1).pdf", "Soknad.docx", "MyCV_2026.docx"])
    kind = "docx" if fn.endswith(".docx") else "pdf"
    atts = [AttachmentSpec(fn, kind, f"CV\n{p.name}\nTelefon {world.phone()}\nErfaring\n- {pick(rng, ['butikk', 'lager', 'restaurant', 'renhold', 'omsorg'])}\nSpråk: norsk, engelsk")]
    if rng.random() < 0.3:
        atts.append(AttachmentSpec("attest.pdf", "scan", f"Attest\n{p.name}"))
    return _draft(tenant, p.name, email, _subj(rng, body, ["Søknad", "CV", "søknad " + job, "Job application", "jobb", "Application"], 0.25),
                  body, "rekruttering", skjerming="P25", sak=sak, personnavn=[p.name], attachments=atts,
                  note="Job application with the substance in the attached CV: P25.")


def make_rek_sommerjobb(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _young(rng, world)
    text = pick(rng, [
        "hei! har dere sommerjobb for 16-åringer? kan jobbe hele juli",
        "Hei, jeg søkte sommerjobb i parkavdelingen for en mnd siden. Har dere bestemt dere?",
        "trekker søknaden min på tilkallingsvikar, har fått jobb et annet sted. takk!",
        "Hei, var på intervju forrige uke. Lurer på når jeg får svar?",
        "hei, eg lurer på om de har sommarjobb for ungdom på 17? kan jobbe i juli og august",
    ])
    key = "nn" if " eg " in f" {text} " else "nb"
    body = _phone_noise(rng, _compose(rng, key, text, p), key, [p.name])
    return _draft(tenant, p.name, email, _subj(rng, body, ["Sommerjobb", "sommerjobb?", "intervju", "trekker søknad", "jobb"], 0.3),
                  body, "rekruttering", skjerming="P25", personnavn=[p.name],
                  note="Summer job / applicant follow-up: rekruttering, P25.")


# ======================================================================================
# anskaffelse
# ======================================================================================

_TENDERS = [("renhold av barnehager", "Renhold"), ("vintervedlikehold av kommunale veier", "Maskin"),
            ("matlevering til sykehjem", "Catering"), ("snekkerarbeid i kommunale boliger", "Bygg"),
            ("transport av skoleelever", "Transport")]


def make_ans_enk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p, email = _newcomer(rng, world) if rng.random() < 0.5 else _young(rng, world)
    tender, trade = pick(rng, _TENDERS)
    firm_name = f"{p.last} {trade}" + pick(rng, [" ENK", " ENK", " AS"])
    orgnr = world.orgnr()
    email = pick(rng, [email, f"post@{_fold(p.last + trade).lower().replace('-', '')}.no"])
    show_org = rng.random() < 0.6
    sig = pick(rng, [p.name, p.first]) + "\n" + firm_name + (f"\nOrg.nr {orgnr}" if show_org else "")
    if rng.random() < 0.5:
        text = pick(rng, [
            f"Hei, jeg har eget enkeltpersonforetak. Kan jeg levere tilbud på {tender} selv om jeg er alene? Hvor finner jeg dokumentene?",
            f"Hi, I saw the competition for {tender} on Doffin. Is it possible to offer only one part? My company is small.",
            f"spørsmål til konkurransen {tender}: må vi ha lærlinger for å levere?",
            f"hei, når er fristen for {tender}? finner den ikke i dokumentene",
        ])
        skj, note, atts = None, "Plain question about a tender, no prices: anskaffelse without screening.", []
    else:
        pris = f"{rng.randint(180, 690)} {rng.randint(100, 999)}"
        text = pick(rng, [
            f"Hei, her er tilbudet vårt på {tender}. Totalpris kr {pris} eks mva. Se vedlegg",
            f"Hello, attached our offer for {tender}. Price NOK {pris} excl. VAT per year.",
            f"tilbud {tender} vedlagt. timepris og referanser står i dokumentet",
            f"Sender tilbud på {tender}. Vi kan starte med en gang og er billigst i området :) pris i vedlegget",
        ])
        skj, note = "F13", "Tender with prices: F13."
        atts = [AttachmentSpec(pick(rng, ["Tilbud.pdf", "offer.pdf", "tilbudsbrev.docx"]), pick(rng, ["pdf", "docx"]),
                               f"Tilbud - {tender}\n{firm_name}\nOrg.nr {orgnr}\nPris: kr {pris} eks. mva\nTimepris og referanser")]
    key = "en" if text.startswith(("Hi", "Hello")) else "nb"
    body = _phone_noise(rng, text + "\n\n" + sig, key, [p.name, firm_name], heavy=0.25)
    stated = show_org or bool(atts)
    return _draft(tenant, p.name, email, _subj(rng, body, [f"Tilbud {tender}", f"Spørsmål {tender}", "Offer", "konkurranse", "Doffin"], 0.15),
                  body, "anskaffelse", skjerming=skj, av=avsender(firm_name, email, orgnr if stated else None),
                  attachments=atts, note=note)



# ======================================================================================
# out of scope: nyhetsbrev, spam, autosvar, faktura, systemvarsel, intern, privat
# ======================================================================================

def _bulk(tenant: str, name: str, email: str, subject: str, body: str, category: str, note: str, rng: random.Random,
          **kw) -> Draft:
    return _draft(tenant, name, email, subject, body, category, av=avsender(name, email), note=note,
                  extra_headers={"List-Unsubscribe": f"<mailto:unsubscribe@{email.split('@')[1]}>"}, html=True, **kw)


def make_nyhetsbrev_app(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    n = rng.randint(10, 70)
    kind = rng.randrange(6)
    if kind == 0:
        name, email = "Matbud", "hei@news.matbud-app.no"
        subject = pick(rng, [f"{n} % på første bestilling 🍕", "Du er savnet! Her er gratis levering", "Fredagstilbud"])
        body = f"Hei!\nBestill i appen før kl 23 og få {n} % rabatt. Koden gjelder i {rng.randint(2, 7)} dager.\n\nAvslutt abonnement"
    elif kind == 1:
        name, email = "Pixelhavn Games", "noreply@mail.pixelhavn.gg"
        subject = pick(rng, ["Sommersalg: spill fra 49,-", "Nytt sesongpass er ute!", "Ukens gratisspill"])
        body = f"Sesong {rng.randint(3, 12)} er her. Logg inn før søndag for eksklusive skins.\n\nDu får denne e-posten fordi du har en konto hos oss."
    elif kind == 2:
        name, email = "Husbyggerne", "nyhetsbrev@husbyggerne-kjeden.no"
        subject = pick(rng, ["Dette kan du bygge uten å søke kommunen", "Nye byggeregler for terrasse og bod i 2026",
                             "Slik unngår du byggesøknad for garasjen"])
        body = (f"Visste du at du kan bygge frittliggende bod opptil 15 kvm uten å søke? Vi har samlet reglene og "
                f"{n} prosjekter du kan gjøre i høst.\n\nSe ukens tilbud på terrassebord!\n\nMeld deg av nyhetsbrevet")
    elif kind == 3:
        name, email = "Studentsamskipnaden", "info@nyhet.studsam.no"
        subject = pick(rng, ["Ledige hybler nå!", "Fadderuke-program", "Husk semesteravgift"])
        body = f"Det er {n} ledige hybler fra 1. september. Søk i portalen.\n\nDenne e-posten sendes til alle registrerte."
    elif kind == 4:
        name, email = "Barnehageforum", "kurs@barnehageforum.no"
        subject = pick(rng, ["Webinar: godt barnehageopptak 2027", "Kurs: trygg tilvenning for nye barn",
                             "Konferanse for styrere - siste plasser"])
        body = (f"Meld deg på vårt webinar {_date(rng)} om hvordan kommunen kan organisere barnehageopptaket. "
                f"Pris kr {rng.randint(4, 19)}90,-.\n\nDu mottar dette som abonnent. Avmelding her.")
    else:
        name, email = "FjordShop", "news@fjordshop-outlet.com"
        subject = pick(rng, ["BLACK WEEK starter nå", f"-{n}% på alt av sneakers", "Din handlekurv venter"])
        body = f"Kun i dag: opptil {n} % på utvalgte varer. Fri frakt over 499,-.\n\nunsubscribe"
    return _bulk(tenant, name, email, subject, body, "nyhetsbrev",
                 "App/webshop/course newsletter; some talk of building rules or barnehage opptak but nothing to journalføre.", rng)


def make_nyhetsbrev_ung(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    name, email = pick(rng, [("Ung i Vest", "post@ungivest.no"), ("Integreringsnettverket", "nyhet@integreringsnett.no"),
                             ("Lærlingportalen", "info@laerlingportal.no"), ("Foreldrenettet", "hei@foreldrenettet.no")])
    subject = pick(rng, ["Nyhetsbrev september", "Ukens nytt", "Søk lærlingplass nå - frist snart", "Invitasjon: Ung medvirkning-dagen",
                         "Newsletter: jobs for newcomers", "Månedsbrev", "Nytt om SFO og skolestart"])
    n = rng.randint(3, 9)
    body = pick(rng, [
        f"I denne utgaven: {n} tips til å få lærlingplass, nytt fra ungdomsrådene i fylket og påmelding til høstsamlingen.",
        "Hei alle sammen!\nHer kommer månedens oppdatering med kurs, stipend og arrangementer for unge. Del gjerne videre.",
        f"This month: {n} new courses for refugees and labour migrants, free legal advice day, and a job fair in the city hall.",
        f"Skolestart nærmer seg! Les våre {n} råd om SFO, skolevei og matpakke, og se hva foreldre i andre kommuner gjør.",
        "Hva mener unge om kollektivtransport? Vi har spurt over tusen ungdommer. Les rapporten på nettsiden vår.",
        "Påmelding til årets lærlingmesse er åpen. Bedrifter og kommuner kan melde seg på stand innen fristen.",
        "Nytt kurs: Norsk på jobben. Digitalt, gratis og åpent for alle som har bodd i Norge under fem år.",
        f"Vi feirer {n} år! Takk til alle samarbeidspartnere. Se bilder fra jubileet og årets planer.",
    ])
    footer = pick(rng, ["Du får dette nyhetsbrevet fordi kommunen er registrert som samarbeidspartner. Meld deg av.",
                        "Avmelding: klikk her.", "You receive this newsletter as a partner. Unsubscribe.",
                        "Ikke interessert lenger? Oppdater preferansene dine."])
    return _bulk(tenant, name, email, subject, body + "\n\n" + footer, "nyhetsbrev", "Newsletter to the shared mailbox.", rng)


def make_spam_sms(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    n = rng.randint(100, 999)
    kind = rng.randrange(5)
    if kind == 0:
        name, email = pick(rng, ["Posten", "PostNord", "Pakkeinfo"]), f"varsel{n}@posten-sporing.info"
        subject = pick(rng, ["Pakke venter", "Din pakke er på vent", "Levering stoppet"])
        body = pick(rng, [
            f"Pakken din er holdt tilbake pga ufullstendig adresse. Oppdater innen 24t: https://posten-sporing.info/{n}",
            f"Vi forsøkte å levere sendingen din i dag. Bestill ny levering (kr 19,-) her: posten-sporing.info/ny/{n}",
            "Din pakke kan ikke leveres. Bekreft adressen din nå, ellers returneres den til avsender.",
        ])
    elif kind == 1:
        name, email = pick(rng, ["Kryptokonto", "CoinWallet", "BTC Norge"]), f"alert@btc-wallet-{n}.xyz"
        subject = pick(rng, [f"Du har mottatt 0.0{rng.randint(1, 9)} BTC", "Uttak venter", "Din bonus er klar"])
        body = pick(rng, [
            f"Gratulerer! {rng.randint(2, 9)} {n} kr er klar for uttak. Bekreft med BankID her: hxxps://uttak-{n}.xyz",
            "Kontoen din har gått i pluss siden sist. Logg inn og ta ut gevinsten før kampanjen stenger i natt!",
            "Kjente nordmenn tjener på dette. Start med bare 2500 kr og se pengene vokse. Plassene er snart fulle.",
        ])
    elif kind == 2:
        name, email = pick(rng, ["Toll", "Tollvesenet", "Tolletaten info"]), f"no-reply@toll-betaling{n}.com"
        subject = pick(rng, ["Tollgebyr ubetalt", "Siste varsel: tollgebyr", "Sending holdt tilbake"])
        body = pick(rng, [
            f"Ubetalt tollgebyr kr {rng.randint(19, 59)},-. Sendingen returneres i morgen. Betal: toll-betaling{n}.com",
            "Sendingen din fra utlandet mangler fortolling. Betal gebyret med kort innen kl 23:59.",
        ])
    elif kind == 3:
        name, email = pick(rng, ["Ella 😘", "Sofie", "Nina ❤️"]), f"girl{n}@hotmail.com"
        subject = pick(rng, ["hei du", "så profilen din", "er du singel?", "hallo?"])
        body = pick(rng, ["hei :) jeg er ny i byen og kjeder meg.. se bildene mine her → bit.ly/x" + str(n),
                          "hei søtten, du svarte ikke sist. jeg har lagt ut nye bilder til deg 😉",
                          "hi honey, I saw you online. write me on my private site, I am waiting"])
    else:
        name, email = pick(rng, ["Skins Giveaway", "Free Coins", "GameDrop"]), f"giveaway@free-skins{n}.gg"
        subject = pick(rng, ["You won a FREE skin!", "Claim your reward now", "Gratis V-bucks"])
        body = pick(rng, [
            f"Congrats! You are selected for {rng.randint(1, 9)}000 free coins. Login with your account within 1 hour to claim.",
            "Din konto er valgt ut til en gratis legendarisk skin! Logg inn med brukernavn og passord for å hente den.",
            "LAST CHANCE: limited edition skin giveaway ends tonight. Verify your account to receive it.",
        ])
    return _draft(tenant, name, email, subject, body, "spam", av=avsender(name, email),
                  style=pick(rng, ["outlook", "webmail", "bulk", "gmail"]), note="SMS-style scam / crypto / gaming bait.")


def make_spam_bank(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    p = world.person()
    n = rng.randint(1000, 9999)
    kind = rng.randrange(5)
    if kind == 0:
        name, email = "Vipps", f"kundeservice@vipps-no-verify{rng.randint(1, 99)}.com"
        subject = pick(rng, ["Vipps: betaling avvist", "Kontoen din er låst", "Bekreft ny enhet"])
        body = pick(rng, [
            f"Hei {p.first}\nEn betaling på kr {n},- ble avvist. Bekreft identiteten din for å låse opp Vipps: vipps-no-verify.com/id",
            "Vi har sett innlogging fra en ny telefon. Var ikke dette deg? Sperr kontoen her med BankID.",
            f"Du har mottatt kr {n},- men beløpet kan ikke utbetales før du bekrefter kontonummer.",
        ])
    elif kind == 1:
        name, email = "ID-porten", f"noreply@idporten-{pick(rng, ['login', 'sikker', 'verifisering'])}.net"
        subject = pick(rng, ["Din MinID utløper", "Logg inn for å beholde tilgang", "Viktig: oppdater BankID"])
        body = pick(rng, [
            "Din elektroniske ID må fornyes innen 48 timer. Logg inn her for å unngå sperring.\n\nDigitaliseringsdirektoratet",
            "BankID på mobil er deaktivert. Aktiver på nytt via lenken, du trenger kortnummer og kodebrikke.",
            "Vi oppgraderer sikkerheten. Alle brukere må bekrefte MinID før fredag.",
        ])
    elif kind == 2:
        name, email = "Altinn", f"melding@altinn-innboks{rng.randint(1, 99)}.org"
        subject = pick(rng, ["Ny melding i Altinn: restskatt", "Altinn: du har en ulest melding", "Frist for skattemelding"])
        body = pick(rng, [
            f"Du har mottatt en ny melding fra Skatteetaten. Beløp til gode: kr {n},-. Logg inn for å motta: altinn-innboks.org/login",
            "Virksomheten har en ubehandlet melding i Altinn. Manglende svar kan gi tvangsmulkt. Logg inn nå.",
        ])
    elif kind == 3:
        name, email = "Kystbanken Kundeservice", f"sikkerhet@kystbanken-kunde{rng.randint(1, 99)}.info"
        subject = pick(rng, ["Uvanlig aktivitet på kortet ditt", "Kortet ditt er sperret", "Bekreft transaksjon"])
        body = pick(rng, [
            f"Vi har stoppet en transaksjon på kr {n},-. Hvis dette ikke var deg, bekreft med BankID innen i kveld.",
            "Kortet ditt er midlertidig sperret etter mistenkelig bruk i utlandet. Oppgi kortdetaljer for å gjenåpne.",
            "Hei! Ring oss tilbake på nummeret under, en rådgiver venter. Ikke del denne meldingen.",
        ])
    else:
        kom = kommune_name(tenant)
        name, email = f"{kom} IT", f"it-support@{_fold(_place(tenant)).lower()}-kommune-mail.com"
        subject = pick(rng, ["Passordet ditt utløper i dag", "Ny Microsoft 365-pålogging kreves", "Postkasse full - handling kreves"])
        body = pick(rng, [
            (f"Hei,\nPassordet til din kommune-konto utløper om {rng.randint(2, 12)} timer. Behold nåværende passord ved å "
             f"logge inn her: hxxps://{_fold(_place(tenant)).lower()}-kommune-mail.com/reset\n\nIT-avdelingen, {kom}"),
            f"Postkassen til postmottak er {rng.randint(95, 99)} % full. Nye meldinger blir avvist fra i dag. Frigjør plass her.",
            "Du har 3 meldinger i karantene. Logg inn med kommunebrukeren din for å slippe dem gjennom.",
        ])
    return _draft(tenant, name, email, subject, body, "spam", av=avsender(name, email), html=rng.random() < 0.5,
                  style=pick(rng, ["outlook", "webmail", "bulk"]),
                  note="Phishing posing as Vipps / ID-porten / Altinn / bank / the kommune's own IT.")


def make_autosvar_mobil(rng: random.Random, world: World) -> Draft:
    """Auto-reply from a young person's own mailbox; the subject carries the kommune's letter and case number."""
    tenant = pick_tenant(rng)
    p, email = _young(rng, world) if rng.random() < 0.6 else _newcomer(rng, world)
    saknr = world.new_saknr()
    cat_subj = pick(rng, [f"Byggesak {world.cite(saknr)} - mangler i søknaden", f"Tilbud om barnehageplass - {world.cite(saknr)}",
                          f"Vedtak om skoleskyss - sak {world.cite(saknr)}", f"Innkalling til intervju - {world.cite(saknr)}"])
    body = pick(rng, [
        "Hei! Jeg er på ferie uten nett til 20. august. Svarer når jeg er tilbake ☀️",
        "Takk for mailen. Jeg er i foreldrepermisjon og leser ikke e-post så ofte. Haster det, send sms.",
        "Auto-reply: I am on holiday abroad until 1 September with limited access to email.",
        "Jeg er på jobb offshore til {d}. Svarer etter det.",
        "Denne e-postadressen brukes ikke lenger. Send til min nye adresse.",
        "Hei, eg er på ferie og les ikkje e-post før {d}.",
    ]).format(d=_date(rng))
    subject = pick(rng, ["Automatisk svar: ", "Autosvar: ", "Auto: ", "Fraværsmelding: ", "Out of office: "]) + cat_subj
    return _draft(tenant, p.name, email, subject, body, "autosvar",
                  extra_headers={"Auto-Submitted": "auto-replied"},
                  note="Out-of-office from a resident's own mailbox quoting a case subject: not journalført, sak null.")


def make_autosvar_ndr(rng: random.Random, world: World) -> Draft:
    """Bounce of the kommune's mail about a barnehage place to a mistyped parent address."""
    tenant = pick_tenant(rng)
    parent, good = _newcomer(rng, world) if rng.random() < 0.5 else _young(rng, world)
    user, dom = good.split("@")
    bad = pick(rng, [f"{user}@gmial.com", f"{user}@gmail.co", f"{user[:-1]}@{dom}", f"{user}@hotmail.no"])
    kid = _kid_of(rng, world, parent)
    subj = pick(rng, [f"Tilbud om barnehageplass - {kid.name}", "Svar på søknad om barnehageplass", f"SFO-plass for {kid.first}",
                      "Velkommen til oppstart i barnehagen"])
    emp, emp_email = world.employee(tenant)
    name = pick(rng, ["Mail Delivery Subsystem", "Microsoft Outlook", "Mail Delivery System"])
    email = pick(rng, ["mailer-daemon@googlemail.com", f"MAILER-DAEMON@mx.{TENANTS[tenant]['domain']}",
                       f"postmaster@{TENANTS[tenant]['domain']}"])
    body = pick(rng, [
        f"Meldingen kunne ikke leveres til {bad}.\n\nAdressen ble ikke funnet.\n\nEmne: {subj}",
        f"Delivery has failed to these recipients or groups:\n\n{bad}\nThe email address couldn't be found.\n\nSubject: {subj}",
        f"Levering til følgende mottaker mislyktes permanent:\n\n     {bad}\n\n550 5.1.1 user unknown",
    ])
    return _draft(tenant, name, email, pick(rng, ["Kan ikke leveres: ", "Undeliverable: ", "Returned mail: "]) + subj, body,
                  "autosvar", dsn=True, style="system",
                  quoted=EarlierMessage(emp.name, emp_email, subj, "Se vedlagt brev om plass.", to=bad),
                  note="Bounce of the kommune's own barnehage letter: autosvar, no personal data journalført.")


def make_faktura_nettbutikk(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    n = rng.randint(100000, 999999)
    belop = f"{rng.randint(1, 9)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    kind = rng.randrange(3)
    if kind == 0:
        name, email = "Delbetal", "faktura@delbetal-pay.no"
        subject = pick(rng, ["Din faktura fra FjordShop - forfall om 14 dager", f"Faktura {n}", "Påminnelse: faktura forfaller snart"])
        body = pick(rng, [
            f"Hei!\nDin faktura på kr {belop} for kjøp hos FjordShop forfaller {_date(rng)}.\nKID: {n}{rng.randint(10, 99)}\n\nBetal i appen.",
            f"Vi minner om faktura {n}. Betal innen forfall for å unngå purregebyr på kr 35,-.",
            f"Takk for handelen! Du har valgt å betale med faktura. Beløp kr {belop}, KID {n}.",
        ])
    elif kind == 1:
        name, email = pick(rng, ["Kontorkassa Nettbutikk", "Rekvisita24"]), "ordre@kontorkassa.no"
        subject = pick(rng, [f"Ordrebekreftelse og faktura #{n}", f"Faktura for ordre {n}"])
        items = pick(rng, ["2 x blekkpatron\n1 x laminator", "5 x kopipapir A4\n1 x heftemaskin", "1 x headset\n3 x USB-lader"])
        body = pick(rng, [
            f"Takk for bestillingen!\n\n{items}\nSum inkl. mva: kr {belop}\n\nFaktura er vedlagt. Betales innen 30 dager.",
            f"Ordren din er sendt.\n{items}\nFaktura følger som PDF. Å betale: kr {belop}.",
        ])
    else:
        name, email = pick(rng, ["Mobilabonnement", "Fjordnett Bedrift"]), "faktura@mobilnett-bedrift.no"
        subject = pick(rng, ["Ny mobilfaktura", f"Faktura for {pick(rng, ['juli', 'august', 'september'])}"])
        body = pick(rng, [
            f"Fakturaen for bedriftsabonnement er klar. Beløp: kr {belop}. Forfall {_date(rng)}.",
            f"Hei! Månedens faktura på kr {belop} er klar i Min Side. Husk at eFaktura gjør det enklere.",
            f"Purring: vi har ikke registrert betaling av faktura {n}. Beløp kr {belop} + gebyr.",
        ])
    atts = [AttachmentSpec(f"faktura_{n}.pdf", "pdf", f"Faktura {n}\n{name}\nÅ betale kr {belop}")] if rng.random() < 0.6 else []
    return _draft(tenant, name, email, subject, body, "faktura", av=avsender(name, email), attachments=atts,
                  note="Webshop / subscription invoice: belongs in the accounts system.")


def make_faktura_enk(rng: random.Random, world: World) -> Draft:
    """A young tradesman's invoice that cites a byggesak or job number: still faktura."""
    tenant = pick_tenant(rng)
    p, _ = _newcomer(rng, world) if rng.random() < 0.5 else _young(rng, world)
    firm = world.firm(pick(rng, ["bygg", "elektro", "rør", "maskin", "renhold"]))
    email = f"{_fold(p.first).lower()}@{firm.domain}"
    nr = rng.randint(1001, 1299)
    belop = f"{rng.randint(3, 89)} {rng.randint(100, 999)}"
    ref = world.cite(world.new_saknr())
    adr = world.street()
    text = pick(rng, [
        f"hei, faktura {nr} for arbeid i {adr} vedlagt. ref {ref}. mvh",
        f"Hei. Har ikke fått betalt faktura {nr} (kr {belop}). Den forfalt for 3 uker siden. Kan dere sjekke?",
        f"Hello, invoice {nr} for the work at {adr} attached. Your ref {ref}. Thank you",
        f"purring faktura {nr}. kr {belop}. gjelder jobben i {adr}, deres sak {ref}",
    ])
    body = text + f"\n\n{p.name}\n{firm.name}\nOrg.nr {firm.orgnr}\nKonto {rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(10000, 99999)}"
    atts = [AttachmentSpec(f"Faktura_{nr}.pdf", "pdf", f"Faktura {nr}\n{firm.name}\nOrg.nr {firm.orgnr}\nBeløp kr {belop}")]
    return _draft(tenant, p.name, email, pick(rng, [f"Faktura {nr}", f"faktura {nr} {adr}", "Purring", f"Invoice {nr}",
                                                     f"Faktura - {ref}"]),
                  body, "faktura", av=avsender(firm.name, email, firm.orgnr), attachments=atts,
                  note="Invoice/reminder citing a case number or address: still faktura, not the case.")


def make_systemvarsel_app(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    dom = TENANTS[tenant]["domain"]
    code = f"{rng.randint(100000, 999999)}"
    kind = rng.randrange(4)
    if kind == 0:
        name, email = "Microsoft", "account-security-noreply@accountprotection.microsoft.com"
        subject = pick(rng, ["Ny pålogging på kontoen din", "Sikkerhetskode for Microsoft-konto", "Bekreft pålogging"])
        city = pick(rng, ["Bergen", "Oslo", "Førde", "Ålesund"])
        body = pick(rng, [
            f"Sikkerhetskoden din er {code}.\n\nHvis du ikke ba om koden, kan du se bort fra denne e-posten.",
            f"Vi registrerte en ny pålogging fra iPhone, {city}, Norge. Hvis dette var deg, trenger du ikke gjøre noe.",
            f"Bruk koden {code} for å bekrefte kontoen. Koden er gyldig i 10 minutter.",
        ])
    elif kind == 1:
        name, email = "Microsoft Teams", "noreply@email.teams.microsoft.com"
        subject = pick(rng, ["Du har gått glipp av aktivitet i Teams", f"{rng.randint(2, 9)} uleste meldinger i Teams",
                             "Noen nevnte deg i en kanal"])
        body = pick(rng, [
            "Folk prøver å nå deg i Microsoft Teams.\n\nÅpne Teams for å se meldingene.",
            f"{pick(rng, ['Postmottak', 'Servicetorget', 'Arkiv'])}: du har uleste meldinger i kanalen «Generelt».",
            "Du ble lagt til i teamet «Sommervikarer 2026». Åpne Teams for å komme i gang.",
        ])
    elif kind == 2:
        name, email = "Skanner 2. etg", f"scanner-2etg@{dom}"
        subject = pick(rng, ["Skannet dokument", "Scan to email", f"Skann {code}"])
        body = pick(rng, [
            f"Dokument skannet {_date(rng)} kl {rng.randint(7, 15)}:{rng.randint(10, 59)}.\nSider: {rng.randint(1, 9)}",
            "Vedlagt følger skannet dokument fra MFP. Svar ikke på denne e-posten.",
            f"Scan job {code} completed. Pages: {rng.randint(1, 9)}. Device: MFP-{rng.randint(1, 9)}",
        ])
    else:
        name, email = "Vaktbytte", "noreply@vaktbytte-app.no"
        subject = pick(rng, ["Ny vakt ledig", "Vaktbytte godkjent", "Påminnelse: vakt i morgen"])
        body = pick(rng, [
            f"Vakt {_date(rng)} kl {rng.randint(7, 15)}:00 er lagt ut. Åpne appen for å svare.",
            "Byttet ditt er godkjent av leder. Den nye vaktplanen ligger i appen.",
            "Husk vakta di i morgen. Trykk her hvis du er syk eller vil bytte.",
        ])
    atts = [AttachmentSpec(f"scan_{code}.pdf", "scan", "Skannet dokument")] if kind == 2 else []
    return _draft(tenant, name, email, subject, body + pick(rng, ["", "\n\nAutomatisk varsel - ikke svar.",
                                                                   "\n\nDette er en automatisk melding."]),
                  "systemvarsel", av=avsender(name, email), attachments=atts,
                  extra_headers={"Auto-Submitted": "auto-generated"},
                  note="Sign-in code / Teams / scanner / shift-app notification.")


def make_intern_ung(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, email = world.employee(tenant)
    subject, text = pick(rng, [
        ("bilnøkkel", "hei, hvem har nøkkelen til tjenestebilen? skulle kjøre til skolen kl 10"),
        ("kake?", "Er det kake i kantina i dag eller var det i går? 😅"),
        ("skriver", "hei! ny lærling her. hvem spør jeg om tilgang til skriveren?"),
        ("feil mail", "sorry, sendte visst en mail til dere ved en feil. bare slett den"),
        ("takk!", "Takk for i dag alle sammen, så gøy med sommeravslutning!"),
        ("lader", "Noen som har sett laderen min? Svart, ligger kanskje på møterom 2"),
        ("skanning", "hei, kan noen i postmottak vise meg hvordan jeg skanner til mail?"),
        ("lunsj", "lunsj kl 11.30 i dag? vi som er sommervikarer sitter ved vinduet"),
    ])
    body = _phone_noise(rng, text + "\n" + pick(rng, [emp.first, emp.name, ""]), "nb", [emp.name], heavy=0.3)
    return _draft(tenant, emp.name, email, subject if rng.random() < 0.7 else pick(rng, ["hei", "?", "spørsmål"]),
                  body, "intern", note="Informal internal mail from a young employee: intern, type I, nothing to archive.")


def make_privat_ung(rng: random.Random, world: World) -> Draft:
    tenant = pick_tenant(rng)
    emp, emp_email = world.employee(tenant)
    p, email = _young(rng, world) if rng.random() < 0.7 else _newcomer(rng, world)
    kid = pick(rng, _GIRLS + _BOYS)
    school = pick(rng, ["Nordhamn", "Kvitsand", "Sjøvågen"])
    subject, text = pick(rng, [
        ("ungene", f"kan du hente ungene i dag? jeg blir sittende fast på jobb til 17. de er på SFO på {school} skole"),
        ("i kveld", f"{emp.first}!! har du husket at det er foreldremøte i barnehagen i kveld?"),
        ("matpakke", f"glemte matpakka til {kid} på benken. kan du ta den med til skolen i lunsjen?"),
        ("fly", f"hei {emp.first}, fant billige flybilletter til Gdańsk i oktober. skal vi?"),
        ("handling", "vi er tom for melk og bleier. handler du på veien hjem? ❤️"),
        ("hengeren", f"Hei {emp.first}, takk for lånet av hengeren! Står parkert i innkjørselen deres nå"),
        ("bursdag", f"husk at {kid} skal i bursdag kl 17, gaven ligger i gangen"),
    ])
    body = _phone_noise(rng, text + maybe_name(rng, p), "nb", [p.name, emp.first, kid], heavy=0.35)
    return _draft(tenant, p.name, email, subject if rng.random() < 0.6 else pick(rng, ["!!", "hei", "?", ""]) or "hei",
                  body, "privat", cc=[emp_email] if rng.random() < 0.3 else [],
                  note="Private family mail to an employee's work address, mentions school/barnehage but is privat.")


def maybe_name(rng: random.Random, p: Person) -> str:
    return pick(rng, ["", "", f"\n{p.first}", " x", " 😘", "\nklem"])


# ======================================================================================

def _fam(name: str, category: str, make: Callable[[random.Random, World], Draft], weight: float) -> Family:
    return Family(name=name, category=category, make=make, weight=round(weight * WEIGHT_SCALE, 3), writer=WRITER)


FAMILIES = [
    _fam("byggesak.vd_sporsmal", "byggesak", make_bygg_sporsmal, 1.3),
    _fam("byggesak.vd_svar_mangel", "byggesak", make_bygg_svar_mangel, 1.1),
    _fam("byggesak.vd_nabo", "byggesak", make_bygg_nabo, 0.9),
    _fam("byggesak.vd_videresendt", "byggesak", make_bygg_videresendt, 0.3),
    _fam("plansak.vd_innspill", "plansak", make_plan_innspill, 0.6),
    _fam("plansak.vd_merknad", "plansak", make_plan_merknad, 0.5),
    _fam("innsynskrav.vd_student", "innsynskrav", make_innsyn_student, 0.6),
    _fam("innsynskrav.vd_leietaker", "innsynskrav", make_innsyn_leietaker, 0.25),
    _fam("politisk.vd_ung", "politisk", make_politisk_ung, 0.4),
    _fam("horing.vd_ungdomsrad", "horing", make_horing_ungdom, 0.3),
    _fam("tilsyn.vd_varsel", "tilsyn", make_tilsyn_varsel, 0.3),
    _fam("skole.vd_permisjon", "skole", make_skole_permisjon, 0.8),
    _fam("skole.vd_sfo", "skole", make_skole_sfo, 0.7),
    _fam("skole.vd_skyss_ny", "skole", make_skole_skyss, 0.6),
    _fam("barnehage.vd_soknad", "barnehage", make_bh_soknad, 0.9),
    _fam("barnehage.vd_oppsigelse", "barnehage", make_bh_oppsigelse, 0.5),
    _fam("barnehage.vd_betaling", "barnehage", make_bh_betaling, 0.5),
    _fam("barnehage.vd_videresendt", "barnehage", make_bh_videresendt, 0.3),
    _fam("helse_omsorg.vd_ung", "helse_omsorg", make_ho_ung, 0.8),
    _fam("helse_omsorg.vd_svar", "helse_omsorg", make_ho_svar, 0.4),
    _fam("helse_omsorg.vd_videresendt", "helse_omsorg", make_ho_videresendt, 0.3),
    _fam("barnevern.vd_ung", "barnevern", make_bv_ung, 0.4),
    _fam("vann_avlop.vd_lekkasje", "vann_avlop", make_va_lekkasje, 0.7),
    _fam("vann_avlop.vd_maler", "vann_avlop", make_va_maler, 0.6),
    _fam("vann_avlop.vd_gebyr", "vann_avlop", make_va_gebyr, 0.4),
    _fam("vei_trafikk.vd_melding", "vei_trafikk", make_vei_melding, 0.8),
    _fam("vei_trafikk.vd_budbil", "vei_trafikk", make_vei_budbil, 0.4),
    _fam("vei_trafikk.vd_notat", "vei_trafikk", make_vei_notat, 0.3),
    _fam("bevilling.vd_nyetablert", "bevilling", make_bev_nyetablert, 0.4),
    _fam("tilskudd.vd_ung", "tilskudd", make_tilskudd_ung, 0.4),
    _fam("eiendomsskatt.vd_forstegang", "eiendomsskatt", make_eiendomsskatt_ny, 0.4),
    _fam("rekruttering.vd_cv", "rekruttering", make_rek_cv, 0.9),
    _fam("rekruttering.vd_sommerjobb", "rekruttering", make_rek_sommerjobb, 0.4),
    _fam("anskaffelse.vd_enk", "anskaffelse", make_ans_enk, 0.4),
    _fam("nyhetsbrev.vd_app", "nyhetsbrev", make_nyhetsbrev_app, 1.0),
    _fam("nyhetsbrev.vd_ung", "nyhetsbrev", make_nyhetsbrev_ung, 0.5),
    _fam("spam.vd_sms", "spam", make_spam_sms, 0.8),
    _fam("spam.vd_bank", "spam", make_spam_bank, 0.8),
    _fam("autosvar.vd_mobil", "autosvar", make_autosvar_mobil, 0.8),
    _fam("autosvar.vd_ndr", "autosvar", make_autosvar_ndr, 0.5),
    _fam("faktura.vd_nettbutikk", "faktura", make_faktura_nettbutikk, 0.6),
    _fam("faktura.vd_enk", "faktura", make_faktura_enk, 0.5),
    _fam("systemvarsel.vd_app", "systemvarsel", make_systemvarsel_app, 0.4),
    _fam("intern.vd_ung", "intern", make_intern_ung, 0.4),
    _fam("privat.vd_familie", "privat", make_privat_ung, 0.6),
]
