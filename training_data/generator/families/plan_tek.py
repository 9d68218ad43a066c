"""Training-mail families for plan, byggesak, vann og avløp, vei og trafikk and eiendomsskatt.

Each family writes one mail of one scenario.  The texts are hand-written variants (bokmål,
nynorsk, some English); slots only carry names, places, numbers and dates.  Labels follow
``dataset-format.md``: the korrespondansepart is the person or organisation behind the mail,
``sak`` is an open case cited by number (any usual form) or plainly about the same gnr/bnr and
the same matter; a cited number that is not open, or the same property with another matter,
gives ``sak`` null.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage, Family
from training_data.generator.families.common import kommune_name, pick_tenant
from training_data.generator.world import TENANTS, Firm, OpenCase, Person, Property, World

WRITER = "w-plantek"
NB, NN, EN = "nb", "nn", "en"

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# --------------------------------------------------------------------------------------------
# small helpers: language, tenant, dates, text variety
# --------------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """ASCII letters for e-mail addresses, domains and file names: æ→ae, ø→o, å→a, accents dropped, no spaces."""
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().replace(" ", "")



def _lang(rng: random.Random, tenant: str, en: float = 0.04) -> str:
    """havoy mail is more often nynorsk, fjordvik mail more often bokmål; a little English."""
    if rng.random() < en:
        return EN
    nn_share = 0.6 if tenant == "havoy" else 0.12
    return NN if rng.random() < nn_share else NB


def _pick(rng: random.Random, variants: dict[str, list], lang: str, who: str = ""):
    """One hand-written variant in the language; entries tagged "F|" (firm) or "C|" (citizen) only fit that writer."""
    pool = variants.get(lang) or variants[NB]
    if who:
        fitting = [v for v in pool if not (isinstance(v, str) and v[:2] in ("F|", "C|") and v[0] != who)]
        pool = fitting or pool
    v = rng.choice(pool)
    return v[2:] if isinstance(v, str) and v[:2] in ("F|", "C|") else v


def _choose(rng: random.Random, variants: dict[str, list], lang: str, who: str = "", /, **slots) -> str:
    """Pick a variant and fill its slots; variants that quote a case number are skipped when the mail has none."""
    pool = variants.get(lang) or variants[NB]
    if not slots.get("raw"):
        pool = [v for v in pool if "{ref}" not in v and "{raw}" not in v] or pool
    return _pick(rng, {lang: pool}, lang, who).format(**slots)


def _date(rng: random.Random, lang: str = NB, *, month: int | None = None) -> str:
    m = month or rng.choice([6, 7, 8, 8, 9, 9])
    d = rng.randint(1, 28)
    if lang == EN:
        return rng.choice([f"{d} {MONTHS_EN[m - 1]} 2026", f"{MONTHS_EN[m - 1]} {d}, 2026", f"{d:02d}.{m:02d}.2026"])
    return rng.choice([f"{d}. {MONTHS[m - 1]}", f"{d}. {MONTHS[m - 1]} 2026", f"{d:02d}.{m:02d}.2026",
                       f"{d}.{m}", f"{d:02d}.{m:02d}.26"])


def _future(rng: random.Random, lang: str = NB) -> str:
    return _date(rng, lang, month=rng.choice([10, 11]))


def _gb(rng: random.Random, prop: Property, lang: str = NB) -> str:
    """gnr/bnr written the many ways people write it."""
    g, b = prop.gnr, prop.bnr
    if lang == EN:
        return rng.choice([f"property {g}/{b}", f"gnr. {g} bnr. {b}", f"cadastral no. {g}/{b}", f"gnr {g}, bnr {b}"])
    return rng.choice([f"gnr. {g} bnr. {b}", f"gnr {g} bnr {b}", f"{g}/{b}", f"gnr. {g}, bnr. {b}",
                       f"gnr/bnr {g}/{b}", f"g.nr {g} b.nr {b}", f"Gnr. {g}/Bnr. {b}", f"gbnr {g}/{b}"])


def _sloppy(rng: random.Random, text: str, level: float = 0.5) -> str:
    """Citizen-style carelessness: lower case, missing commas and full stops, a few typos."""
    if rng.random() > level:
        return text
    out = text
    if rng.random() < 0.5:
        out = out.replace(", ", " ")
    if rng.random() < 0.4:
        out = out.replace(". ", " ").replace(".\n", "\n")
    if rng.random() < 0.35:
        out = out.lower()
    words = out.split(" ")
    for _ in range(rng.randint(0, 3)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 5 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    out = " ".join(words)
    for a, b in (("eiendomsskatt", "eiendomskatt"), ("kommunen", "komunen"), ("tillatelse", "tillatelsen"),
                 ("nabo", "nabo"), ("egentlig", "egentli"), ("vannet", "vanne")):
        if a in out and rng.random() < 0.15:
            out = out.replace(a, b, 1)
    return out


def _maybe(rng: random.Random, p: float, text: str) -> str:
    return text if rng.random() < p else ""


def _join(*parts: str) -> str:
    """Join paragraphs, dropping empty ones."""
    return "\n\n".join(p.strip("\n") for p in parts if p and p.strip())


# --------------------------------------------------------------------------------------------
# writers: citizens, firms, agencies, employees
# --------------------------------------------------------------------------------------------


@dataclass
class Writer:
    name: str  # the person typing
    email: str
    avsender: dict
    org: str = ""  # organisation name, "" for a private person
    orgnr_text: str = ""  # "Org.nr. 912 345 678" when the mail states it, else ""
    title: str = ""  # role in the signature


def _citizen(rng: random.Random, world: World) -> tuple[Person, Writer]:
    p = world.person()
    email = world.private_email(p)
    return p, Writer(p.name, email, {"navn": p.name, "epost": email, "orgnr": None})


def _orgnr_text(rng: random.Random, orgnr: str, lang: str = NB, *, plain: bool = False) -> str:
    spaced = f"{orgnr[:3]} {orgnr[3:6]} {orgnr[6:]}"
    if plain:
        return rng.choice([f"Org.nr. {spaced}", f"org.nr {orgnr}", f"Organisasjonsnummer: {orgnr}", f"Org nr {spaced}"])
    if lang == EN:
        return rng.choice([f"Org. no. {spaced}", f"Organisation number: {orgnr}", f"Reg. no. (Norway) {spaced}",
                           f"Norwegian org.no. {orgnr}"])
    return rng.choice([f"Org.nr. {spaced}", f"org.nr {orgnr}", f"Org.nr.: {spaced} MVA", f"Org. nr. {orgnr}",
                       f"Foretaksregisteret NO {spaced} MVA", f"Organisasjonsnummer: {orgnr}", f"Org nr {spaced}"])


def _firm_email(rng: random.Random, p: Person, firm: Firm) -> str:
    first, last = _plain(p.first).lower(), _plain(p.last).lower()
    return rng.choice([f"{first}@{firm.domain}", f"{first}.{last}@{firm.domain}", f"{first[0]}{last}@{firm.domain}",
                       f"post@{firm.domain}", f"{first}@{firm.domain}"])


def _firm_writer(rng: random.Random, world: World, trade: str | None = None, *, title: str = "",
                 p_orgnr: float = 0.6, firm: Firm | None = None, lang: str = NB) -> tuple[Person, Writer]:
    p = world.person()
    firm = firm or world.firm(trade)
    email = _firm_email(rng, p, firm)
    stated = rng.random() < p_orgnr
    w = Writer(p.name, email, {"navn": firm.name, "epost": email, "orgnr": firm.orgnr if stated else None},
               org=firm.name, orgnr_text=_orgnr_text(rng, firm.orgnr, lang) if stated else "", title=title)
    return p, w


def _org_writer(rng: random.Random, world: World, org: str, domain: str, *, title: str = "",
                p_orgnr: float = 0.3, generic: str | None = None, lang: str = NB) -> tuple[Person, Writer]:
    """Someone writing for a named organisation (agency, association, housing co-op)."""
    p = world.person()
    first, last = _plain(p.first).lower(), _plain(p.last).lower()
    email = generic if generic and rng.random() < 0.5 else rng.choice(
        [f"{first}.{last}@{domain}", f"{first}@{domain}", f"{first[0]}{last}@{domain}"])
    orgnr = world.orgnr() if rng.random() < p_orgnr else None
    w = Writer(p.name, email, {"navn": org, "epost": email, "orgnr": orgnr}, org=org,
               orgnr_text=_orgnr_text(rng, orgnr, lang, plain=True) if orgnr else "", title=title)
    return p, w


def _employee(rng: random.Random, world: World, tenant: str, title: str) -> tuple[Person, Writer]:
    p, email = world.employee(tenant)
    return p, Writer(p.name, email, {"navn": p.name, "epost": email, "orgnr": None},
                     org=TENANTS[tenant]["navn"], title=title)


CLOSE = {
    NB: ["Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Mvh.", "Hilsen", "Med hilsen", "MVH", "Beste hilsen", "Hilsen fra"],
    NN: ["Med venleg helsing", "Venleg helsing", "Helsing", "Mvh", "Beste helsing", "Mvh."],
    EN: ["Best regards", "Kind regards", "Regards", "Yours faithfully", "Many thanks and best regards", "Best wishes"],
}
FORMAL_CLOSE = {NB: ["Med vennlig hilsen", "Med hilsen", "Vennlig hilsen"], NN: ["Med venleg helsing", "Venleg helsing"],
                EN: ["Yours faithfully", "Kind regards", "Best regards"]}
GREET = {
    NB: ["Hei", "Hei,", "Hei!", "Hallo", "God dag", "Til {kommune}", "Hei kommunen", "Til den det gjelder", ""],
    NN: ["Hei", "Hei,", "Hallo", "Til {kommune}", "God dag", ""],
    EN: ["Dear Sir or Madam,", "Hello,", "Dear {kommune},", "Hi,", "To whom it may concern,"],
}
FORMAL_GREET = {
    NB: ["Til {kommune}", "{kommune}", "Til {kommune}", "Hei,", "God dag,", ""],
    NN: ["Til {kommune}", "{kommune}", "Hei,", ""],
    EN: ["Dear Sir or Madam,", "To {kommune},", "Dear colleagues,"],
}


def _greet(rng: random.Random, tenant: str, lang: str, formal: bool = False) -> str:
    g = rng.choice((FORMAL_GREET if formal else GREET)[lang])
    return g.format(kommune=TENANTS[tenant]["navn"])


def _sign_citizen(rng: random.Random, w: Writer, lang: str, *, addr: str = "", phone: str = "",
                  world: World | None = None, full_name: bool = False) -> str:
    first = w.name.split(" ")[0]
    close = rng.choice(CLOSE[lang])
    name = w.name if full_name or rng.random() < 0.75 else first
    lines = [close, name] if rng.random() < 0.8 else [f"{close} {name}"]
    if addr and rng.random() < 0.5:
        lines.append(addr)
    if rng.random() < 0.35:
        tel = phone or (world.phone() if world else "")
        if tel:
            lines.append(rng.choice(["tlf " + tel, "Tlf. " + tel, tel, "Mob: " + tel, "telefon " + tel]))
    return "\n".join(lines)


def _sign_org(rng: random.Random, w: Writer, lang: str, world: World, *, formal: bool = True) -> str:
    close = rng.choice((FORMAL_CLOSE if formal else CLOSE)[lang])
    lines = [close, "", w.name] if rng.random() < 0.6 else [close, w.name]
    if w.title:
        lines.append(w.title)
    lines.append(w.org)
    extra = []
    if w.orgnr_text:
        extra.append(w.orgnr_text)
    if rng.random() < 0.6:
        extra.append(rng.choice(["Tlf. ", "tlf ", "Mob. ", "T: ", "Telefon: "]) + world.phone())
    if extra and rng.random() < 0.4:
        lines.append(" | ".join(extra))
    else:
        lines.extend(extra)
    return "\n".join(lines)


def _sign_employee(rng: random.Random, w: Writer, lang: str, world: World) -> str:
    close = rng.choice(["Mvh", "Hilsen", "Med hilsen", "Helsing", "Mvh."] if lang != EN else ["Regards"])
    lines = [close, w.name, w.title, w.org]
    if rng.random() < 0.5:
        lines.append("Tlf. " + world.phone())
    return "\n".join(l for l in lines if l)



def _make(tenant: str, w: Writer, subject: str, body: str, category: str, **kw) -> Draft:
    return Draft(tenant=tenant, sender_name=w.name, sender_email=w.email, subject=subject, body=body,
                 category=category, avsender=dict(w.avsender), **kw)


# --------------------------------------------------------------------------------------------
# open cases and how a mail links to them
# --------------------------------------------------------------------------------------------


@dataclass
class Link:
    sak: str | None  # label
    ref: str  # a case number as written in the mail ("" when the mail names none)
    mode: str  # cite | gnr | unknown | decoy | none
    note: str = ""
    case: OpenCase | None = None


OTHER_MATTERS = {
    "byggesak": [("byggesak", "Søknad om riving av uthus"), ("byggesak", "Oppføring av garasje"),
                 ("byggesak", "Ulovlighetsoppfølging - levegg"), ("byggesak", "Fradeling av tomt")],
    "vann_avlop": [("vann_avlop", "Tilknytning til kommunalt vann og avløp"), ("vann_avlop", "Utslippsløyve - privat avløpsanlegg")],
    "eiendomsskatt": [("eiendomsskatt", "Klage på eiendomsskattetakst")],
    "vei_trafikk": [("vei_trafikk", "Avkjøringsløyve fra kommunal veg")],
}


_COMMON_WORDS = {"søknad", "oppføring", "kommunalt", "kommunal", "privat", "til", "fra"}


def _matter_words(title: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", title.lower()) if w not in _COMMON_WORDS}


def _decoy_matters(category: str, own_title: str, only: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """Matters that plainly are not the mail's own: no shared key word with the last part of its case title."""
    own = _matter_words(own_title.split(" - ", 2)[-1] if own_title[:1].isdigit() else own_title)
    return [(c, t) for titles in OTHER_MATTERS.values() for c, t in titles
            if not (_matter_words(t) & own) and (only is None or c in only)]


def _prop_title(prop: Property, matter: str, *, with_addr: bool = True) -> str:
    return f"{prop.gnr}/{prop.bnr} - {prop.address} - {matter}" if with_addr else f"{prop.gnr}/{prop.bnr} - {matter}"


def _link(rng: random.Random, world: World, tenant: str, category: str, title: str, *,
          prop: Property | None = None, part: str | None = None, lang: str = NB,
          cite: float = 0.4, gnr: float = 0.0, unknown: float = 0.1, decoy: float = 0.0,
          decoy_from: tuple[str, ...] | None = None) -> Link:
    """Decide how the mail relates to the archive and register the open cases it needs.

    Probabilities are for: citing an open case, naming only the gnr/bnr of an open case of the
    same matter, citing a number that is not open, sharing the property of an open case of a
    different matter.  The rest cites nothing (new case).
    """
    r = rng.random()
    if r < cite:
        case = world.open_case(tenant, category, title, prop=prop, part=part)
        ref = world.cite(case.sak)
        note = ""
        if prop is not None and rng.random() < 0.3:
            other_cat, other = rng.choice(_decoy_matters(category, title))
            d = world.open_case(tenant, other_cat, _prop_title(prop, other), prop=prop)
            note = f"{prop.address} ({prop.gnr}/{prop.bnr}) also has open case {d.sak} ({other}); the cited number decides."
        elif "/0" in ref:
            note = f"Case number written with leading zeros ({ref})."
        return Link(case.sak, ref, "cite", note, case)
    r -= cite
    if prop is not None and r < gnr:
        case = world.open_case(tenant, category, title, prop=prop, part=part)
        return Link(case.sak, "", "gnr", f"No case number; gnr/bnr {prop.gnr}/{prop.bnr} and matter match open case {case.sak}.", case)
    r -= gnr if prop is not None else 0
    if r < unknown:
        ref = world.cite(world.unknown_saknr())
        return Link(None, ref, "unknown", f"Cites {ref}, which is not an open case: new case.")
    r -= unknown
    if prop is not None and r < decoy:
        other_cat, other = rng.choice(_decoy_matters(category, title, decoy_from))
        d = world.open_case(tenant, other_cat, _prop_title(prop, other), prop=prop)
        return Link(None, "", "decoy", f"Same property {prop.gnr}/{prop.bnr} as open case {d.sak} ({other}), but another matter: new case.")
    return Link(None, "", "none")


def _ref_phrase(rng: random.Random, link: Link, lang: str) -> str:
    """The case number dressed as a phrase, or '' when the mail names none."""
    if not link.ref:
        return ""
    phrases = {
        NB: ["Deres ref. {r}", "deres ref. {r}", "saksnr. {r}", "sak {r}", "ref. {r}", "jf. sak {r}", "saksnummer {r}",
             "deres referanse {r}", "(sak {r})", "{r}"],
        NN: ["Dykkar ref. {r}", "dykkar ref. {r}", "saksnr. {r}", "sak {r}", "ref. {r}", "jf. sak {r}", "saksnummer {r}", "{r}"],
        EN: ["your ref. {r}", "case no. {r}", "reference {r}", "case {r}", "ref. {r}"],
    }[lang]
    return rng.choice(phrases).format(r=link.ref)


def _with_ref(rng: random.Random, subject: str, link: Link, lang: str) -> str:
    """Put the case number into a subject when the mail has one (not always: it may be in the body)."""
    if link.ref and rng.random() < 0.6:
        return subject + rng.choice([" - ", " – ", " ", ", ", " / "]) + _ref_phrase(rng, link, lang)
    return subject


def _ensure_ref(rng: random.Random, subject: str, body: str, link: Link, lang: str) -> tuple[str, str]:
    """Guarantee that a cited number appears somewhere: subject, else first line of body."""
    if link.ref and link.ref not in subject and link.ref not in body:
        if rng.random() < 0.5:
            subject = subject + " - " + _ref_phrase(rng, link, lang)
        else:
            lead = {NB: "Viser til {p}.", NN: "Viser til {p}.", EN: "With reference to {p}."}[lang]
            lead = lead.format(p=_ref_phrase(rng, link, lang))
            paragraphs = body.split("\n\n")
            if len(paragraphs) > 1 and len(paragraphs[0]) < 30 and not paragraphs[0].rstrip().endswith("."):
                paragraphs.insert(1, lead)  # after the greeting
            else:
                paragraphs.insert(0, lead)
            body = "\n\n".join(paragraphs)
    return subject, body


def _ensure_gb(rng: random.Random, subject: str, body: str, link: Link, prop: Property, lang: str) -> str:
    """When the property decides the case, the mail must name gnr/bnr somewhere."""
    text = subject + "\n" + body
    named = re.search(rf"(?<!\d){prop.gnr}(?!\d)", text) and re.search(rf"(?<!\d){prop.bnr}(?!\d)", text)
    if link.mode in ("gnr", "decoy") and not named:
        return subject + " - " + _gb(rng, prop, lang)
    return subject


def _kommune_letter(rng: random.Random, world: World, tenant: str, link: Link, subject: str, text: str,
                    lang: str) -> EarlierMessage:
    """The kommune's earlier letter, quoted below a reply, with its reference."""
    p, email = world.employee(tenant)
    sender = rng.choice([(p.name, email), (kommune_name(tenant), TENANTS[tenant]["postmottak"])])
    ref = link.ref
    lead = ""
    if ref:
        lead = rng.choice(["Vår ref: {r}", "Vår referanse: {r}", "Saksnr.: {r}", "Vår ref.: {r}\nDykkar ref.:" if lang == NN
                           else "Vår ref.: {r}\nDeres ref.:"]).format(r=ref) + "\n\n"
    return EarlierMessage(sender_name=sender[0], sender_email=sender[1], subject=subject, body=lead + text)


KOMMUNE_LETTERS = {
    "byggesak": [("Foreløpig svar - {topic}", {NB: "Vi har mottatt henvendelsen din og tar sikte på å behandle saken innen {frist}. Du vil få beskjed dersom vi trenger flere opplysninger.",
                                             NN: "Vi har motteke førespurnaden din og tek sikte på å handsame saka innan {frist}. Du får beskjed dersom vi treng fleire opplysningar."}),
                 ("Orientering om nabomerknader - {topic}", {NB: "Vi har mottatt merknader fra naboer og ber om dine kommentarer innen {frist}.",
                                                              NN: "Vi har motteke merknader frå naboar og ber om kommentarane dine innan {frist}."})],
    "vann_avlop": [("Svar på henvendelse - {topic}", {NB: "Vi har sett på saken og finner at gebyret er beregnet etter gjeldende forskrift. Dersom du er uenig, kan du klage innen {frist}.",
                                                     NN: "Vi har sett på saka og finn at gebyret er rekna etter gjeldande forskrift. Er du usamd, kan du klage innan {frist}."})],
    "vei_trafikk": [("Svar - {topic}", {NB: "Kommunen har registrert innspillet og vil vurdere tiltak i forbindelse med rullering av trafikksikkerhetsplanen. Vi tar kontakt når vi vet mer.",
                                       NN: "Kommunen har registrert innspelet og vil vurdere tiltak i samband med rulleringa av trafikktryggingsplanen."})],
    "eiendomsskatt": [("Svar på klage på eiendomsskattetakst - {topic}", {NB: "Sakkyndig nemnd har vurdert klagen og finner ikke grunnlag for å endre taksten. Klagen sendes til sakkyndig klagenemnd dersom du opprettholder den innen {frist}.",
                                                                          NN: "Sakkunnig nemnd har vurdert klaga og finn ikkje grunnlag for å endre taksten. Klaga blir send til sakkunnig klagenemnd om du held fast på ho innan {frist}."})],
    "plansak": [("Varsel om offentlig ettersyn - {topic}", {NB: "Forslag til plan er lagt ut til offentlig ettersyn. Merknader sendes innen {frist}. Planforslaget finnes på kommunens nettsider.",
                                                          NN: "Forslag til plan er lagt ut til offentleg ettersyn. Merknader blir sende innan {frist}."})],
}


def _maybe_reply(rng: random.Random, world: World, tenant: str, link: Link, category: str, topic: str, lang: str,
                 subject: str, p: float = 0.3) -> tuple[EarlierMessage | None, str]:
    """Sometimes the mail is a reply to the kommune's earlier letter in the cited case: quote it, SV: its subject."""
    if link.mode != "cite" or rng.random() >= p or category not in KOMMUNE_LETTERS:
        return None, subject
    subj, text = rng.choice(KOMMUNE_LETTERS[category])
    body = (text.get(lang) or text[NB]).format(frist=_future(rng, lang))
    letter = _kommune_letter(rng, world, tenant, link, subj.format(topic=topic), body, lang)
    prefix = {NB: "SV: ", NN: "SV: ", EN: "RE: "}[lang] if rng.random() < 0.8 else "Re: "
    return letter, prefix + letter.subject


# --------------------------------------------------------------------------------------------
# byggesak
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tiltak:
    title: str  # as in a case title: "Søknad om <title>"
    nb: str
    nb_def: str
    nn: str
    nn_def: str
    en: str


TILTAK = [
    Tiltak("tilbygg til bolig", "tilbygg", "tilbygget", "tilbygg", "tilbygget", "an extension"),
    Tiltak("oppføring av garasje", "garasje", "garasjen", "garasje", "garasjen", "a garage"),
    Tiltak("nytt naust", "naust", "naustet", "naust", "naustet", "a boathouse"),
    Tiltak("støttemur", "støttemur", "støttemuren", "støttemur", "støttemuren", "a retaining wall"),
    Tiltak("ny enebolig", "enebolig", "eneboligen", "einebustad", "einebustaden", "a detached house"),
    Tiltak("ny fritidsbolig", "hytte", "hytta", "hytte", "hytta", "a cabin"),
    Tiltak("terrasse og levegg", "terrasse", "terrassen", "terrasse", "terrassen", "a terrace"),
    Tiltak("carport", "carport", "carporten", "carport", "carporten", "a carport"),
    Tiltak("anneks", "anneks", "annekset", "anneks", "annekset", "an annex"),
    Tiltak("påbygg med ny etasje", "påbygg", "påbygget", "påbygg", "påbygget", "an additional storey"),
    Tiltak("flytebrygge", "flytebrygge", "flytebrygga", "flytebrygge", "flytebrygga", "a floating jetty"),
    Tiltak("bruksendring fra kjeller til boenhet", "bruksendring", "bruksendringen", "bruksendring", "bruksendringa",
           "a change of use"),
    Tiltak("ny balkong", "balkong", "balkongen", "balkong", "balkongen", "a balcony"),
    Tiltak("uthus/bod", "uthus", "uthuset", "uthus", "uthuset", "a shed"),
    Tiltak("tomannsbolig", "tomannsbolig", "tomannsboligen", "tomannsbustad", "tomannsbustaden", "a semi-detached house"),
]


def _tiltak_slots(t: Tiltak, lang: str) -> dict:
    if lang == NN:
        return {"t": t.nn, "t_def": t.nn_def, "T_def": t.nn_def.capitalize(), "T": t.nn.capitalize()}
    if lang == EN:
        return {"t": t.en, "t_def": "the " + t.en.split(" ", 1)[1], "T_def": "The " + t.en.split(" ", 1)[1], "T": t.en.capitalize()}
    return {"t": t.nb, "t_def": t.nb_def, "T_def": t.nb_def.capitalize(), "T": t.nb.capitalize()}


def _bygg_slots(rng: random.Random, world: World, tenant: str, lang: str, t: Tiltak, prop: Property,
                link: Link, **extra) -> dict:
    s = {"kommune": kommune_name(tenant), "addr": prop.address, "gb": _gb(rng, prop, lang), "g": prop.gnr, "b": prop.bnr,
         "date": _date(rng, lang), "date2": _date(rng, lang), "fdate": _future(rng, lang),
         "m2": rng.choice([12, 18, 24, 28, 35, 42, 48, 55, 64, 80, 96, 120, 146]),
         "h": rng.choice(["3,2", "4,0", "4,5", "5,8", "6,4", "7,1", "8,0"]), "dist": rng.choice(["1,0", "1,5", "2,0", "3,2", "4,0", "4,5", "6"]),
         "bya": rng.choice(["22,4", "24,9", "27,8", "29,5", "31,2", "34,0"]),
         "ref": _ref_phrase(rng, link, lang), "raw": link.ref, "phone": world.phone(), "nabo_gb": f"{prop.gnr}/{prop.bnr + rng.randint(1, 6)}"}
    s.update(_tiltak_slots(t, lang))
    s.update(extra)
    return s


def make_bygg_soknad(rng: random.Random, world: World) -> Draft:
    """A new application: from the owner or the ansvarlig søker, sometimes only in the attachment."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    t, prop = rng.choice(TILTAK), world.property()
    firm = rng.random() < 0.5
    if firm:
        owner = world.person()
        p, w = _firm_writer(rng, world, rng.choice(["bygg", "arkitekt", "prosjekt", "bygg"]),
                            title=rng.choice(["Ansvarlig søker", "daglig leder", "prosjektleder", "arkitekt MNAL", ""]), lang=lang)
    else:
        owner = None
        p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Søknad om " + t.title), prop=prop,
                 cite=0.0, unknown=0.1, decoy=0.2)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, owner=owner.name if owner else "", first=p.first)
    only_attachment = rng.random() < 0.3
    if only_attachment:
        body_core = _choose(rng, {
            NB: ["Vedlagt følger søknad om {t} på {addr}, {gb}.", "Se vedlegg.", "Hei\n\nVedlagt søknad for {addr}. Tegninger og situasjonsplan ligger i samme fil.",
                 "Oversender søknad om tillatelse til tiltak, se vedlagt pdf.", "Søknaden ligger vedlagt. Gi beskjed hvis noe mangler.",
                 "Hei\nHer er søknaden vår for {t_def}.\nmvh"],
            NN: ["Vedlagt følgjer søknad om {t} på {addr}, {gb}.", "Sjå vedlegg.", "Hei\n\nSender søknaden vår som vedlegg. Teikningar ligg i same fil.",
                 "Søknaden ligg ved. Sei frå om noko manglar."],
        }, lang, **s)
        doc = _choose(rng, {
            NB: [("Søknad om tillatelse til tiltak\n\nTiltakshaver: {owner_or_p}\nEiendom: {gb}, {addr}\nTiltak: {t}, ca. {m2} m2 BRA\n\n"
                 "Beskrivelse: Det søkes om {t} som vist på vedlagte tegninger. Mønehøyde {h} m over gjennomsnittlig planert terreng. "
                 "Avstand til nabogrense {dist} m. Samlet BYA etter tiltaket {bya} %.\n\nNabovarsel er sendt {date}, ingen merknader mottatt."),
                 ("SØKNAD OM TILLATELSE I ETT TRINN\nplan- og bygningsloven § 20-3\n\nAdresse: {addr}\n{gb}\n\n"
                 "Arbeidet omfatter {t} på om lag {m2} m2. Tiltaket er i samsvar med reguleringsplanen og krever ikke dispensasjon. "
                 "Gjennomføringsplan og erklæringer om ansvarsrett er lagt ved.\n\nVedlegg: situasjonsplan, fasader, snitt, kvittering nabovarsel")],
            NN: [("Søknad om løyve til tiltak\n\nTiltakshavar: {owner_or_p}\nEigedom: {gb}, {addr}\nTiltak: {t}, ca. {m2} m2\n\n"
                 "Det vert søkt om {t} slik det går fram av teikningane. Mønehøgd {h} m, avstand til nabogrense {dist} m. "
                 "Nabovarsel er sendt {date}, og det er ikkje kome merknader.")],
        }, lang, owner_or_p=owner.name if owner else p.name, **s)
        kind = rng.choice(["pdf", "pdf", "docx", "scan"])
        atts = [AttachmentSpec(f"Soknad_{prop.gnr}-{prop.bnr}.{'docx' if kind == 'docx' else 'pdf'}", kind, doc)]
        sign = _sign_org(rng, w, lang, world, formal=False) if firm else _sign_citizen(rng, w, lang, world=world)
        body = _join(body_core, sign)
        subject = _choose(rng, {NB: ["Søknad om {t} - {gb}", "Byggesøknad {addr}", "Søknad {addr}", "søknad",
                                   "Søknad om tillatelse til tiltak – {addr}, {gb}"],
                              NN: ["Søknad om {t} - {gb}", "Byggjesøknad {addr}", "Søknad {addr}", "søknad"]}, lang, **s)
    else:
        texts = {
            NB: ["F|{greet}\n\nSØKNAD OM TILLATELSE TIL TILTAK – {T} – {addr}\n\nPå vegne av {owner} oversendes søknad om {t}. Tiltaket er plassert i byggeområde for boliger i gjeldende reguleringsplan og holder seg innenfor byggegrensene.\n\nNøkkeltall:\nBRA: {m2} m2\nBYA etter tiltak: {bya} %\nMønehøyde: {h} m\nAvstand til nabogrense: {dist} m\n\nVedlegg:\nA – situasjonsplan\nB – plan, snitt og fasader\nC – kvittering for nabovarsel\nD – gjennomføringsplan\nE – erklæringer om ansvarsrett\n\nVi ber om at søknaden behandles etter pbl. § 21-7 annet ledd.",
             "C|{greet}\n\nHer kommer søknaden om {t}. Jeg har prøvd å fylle ut alt så godt jeg kan. Tegningene er gjort av svogeren min som er snekker. Hvis det er noe som ikke er riktig, ring meg heller enn å sende brev, så ordner vi det fort. Mobil {phone}.",
             "C|{greet}\n\nsender søknad for {t_def} på {addr}. betalte gebyret via nettbanken i går, kvittering ligger ved",
             
                "C|{greet}\n\nJeg søker med dette om tillatelse til å bygge {t} på eiendommen min i {addr} ({gb}). {T} blir ca. {m2} m2 og plasseres ca. {dist} meter fra nabogrensen. Tegninger og situasjonsplan er lagt ved.\n\nNaboene er varslet og har ikke hatt noen innvendinger.",
                "F|{greet}\n\nPå vegne av tiltakshaver {owner} søker vi om tillatelse til {t} på {gb}, {addr}.\n\nTiltaket er på ca. {m2} m2 BRA med mønehøyde {h} m. Utnyttelsesgraden blir {bya} % BYA, innenfor reguleringsplanens grense. Tiltaket krever ikke dispensasjon.\n\nVedlagt følger søknadsskjema, situasjonsplan, tegninger, gjennomføringsplan og kvittering for nabovarsel.",
                "{greet}\n\nVi ønsker å sette opp {t} på tomta vår i {addr}. Vi har fylt ut skjemaet fra nettsidene deres og legger det ved sammen med en enkel tegning. Håper det er godt nok, vi har aldri søkt om noe før. Ta kontakt på {phone} om det er noe.",
                "F|{greet}\n\nOversender søknad om rammetillatelse for {t} på {addr} ({gb}). Prosjektet er drøftet i forhåndskonferanse {date}, og innspillene derfra er innarbeidet. Vi ber om at søknaden behandles innen 12-ukersfristen.\n\nDokumentasjonen er lastet opp som vedlegg nummerert etter byggesaksforskriften.",
                "{greet}\n\nsøknad om {t} {addr}. tegninger og nabovarsel ligger ved. {T} blir {m2} kvm\n\nhåper på rask behandling da vi vil starte før vinteren",
                "C|{greet}\n\nVi har kjøpt {addr} og ønsker å bygge {t} før vi flytter inn. Vedlagt er søknad med tegninger fra arkitekt. Nabovarsel ble sendt {date}. Den ene naboen ({nabo_gb}) har skrevet under på at han ikke har merknader.",
            ],
            NN: ["F|{greet}\n\nSØKNAD OM LØYVE TIL TILTAK – {T} – {addr}\n\nPå vegner av {owner} vert det søkt om {t}. Tiltaket ligg i byggjeområde for bustader og innanfor byggjegrensene.\n\nBRA: {m2} m2\nBYA etter tiltak: {bya} %\nMønehøgd: {h} m\n\nVedlegg: situasjonsplan, teikningar, kvittering for nabovarsel, gjennomføringsplan.",
             "C|{greet}\n\nHer er søknaden om {t}. Eg har prøvd å fylle ut alt så godt eg kan. Teikningane er laga av ein kamerat som er snikkar. Ring meg heller enn å sende brev om noko ikkje stemmer, {phone}.",
             
                "C|{greet}\n\nEg søkjer med dette om løyve til å byggje {t} på eigedomen min i {addr} ({gb}). {T} blir om lag {m2} m2 og kjem ca. {dist} meter frå nabogrensa. Teikningar og situasjonsplan ligg ved.\n\nNaboane er varsla og har ikkje hatt merknader.",
                "F|{greet}\n\nPå vegner av tiltakshavar {owner} søkjer vi om løyve til {t} på {gb}, {addr}. Tiltaket er på ca. {m2} m2 BRA, mønehøgd {h} m og utnyttingsgrad {bya} % BYA. Det er ikkje naudsynt med dispensasjon.\n\nVedlagt følgjer søknadsskjema, situasjonsplan, teikningar og kvittering for nabovarsel.",
                "{greet}\n\nVi vil setje opp {t} på tomta vår i {addr}. Skjemaet frå heimesida dykkar er fylt ut og ligg ved saman med ei enkel teikning. Sei frå om noko manglar, tlf {phone}.",
                "{greet}\n\nsøknad om {t} på {addr} ligg ved. nabovarsel sendt {date}\n\nhåpar på rask handsaming",
            ],
        }
        body_core = _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang, formal=firm), **s)
        if not firm:
            body_core = _sloppy(rng, body_core, 0.3)
        sign = _sign_org(rng, w, lang, world) if firm else _sign_citizen(rng, w, lang, addr=prop.address, world=world)
        body = _join(body_core, sign)
        atts = [AttachmentSpec(rng.choice(["Situasjonsplan.pdf", f"Tegninger_{prop.gnr}_{prop.bnr}.pdf", "fasader.pdf", "Nabovarsel_kvittering.pdf"]),
                               "pdf", rng.choice(["Situasjonsplan", "Fasadetegninger", "Kvittering for nabovarsel"]) + f"\n{prop.address}")] if rng.random() < 0.7 else []
        subject = _choose(rng, {NB: ["Søknad om {t} - {addr}", "Byggesøknad {gb}", "Søknad om rammetillatelse - {t} - {addr}", "søknad {t}",
                                   "Søknad om tillatelse i ett trinn, {addr}", "Søknad {gb} {addr}"],
                              NN: ["Søknad om {t} - {addr}", "Byggjesøknad {gb}", "Søknad om løyve til tiltak, {addr}", "søknad {t}"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    note = link.note or ("Application only in the attachment; new case." if only_attachment else "")
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak, note=note)


def make_bygg_tilleggsdok(rng: random.Random, world: World) -> Draft:
    """Answer to a mangelbrev: the missing documents, often as a reply quoting the kommune's letter."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    t, prop = rng.choice(TILTAK), world.property()
    firm = rng.random() < 0.6
    if firm:
        p, w = _firm_writer(rng, world, rng.choice(["bygg", "arkitekt", "prosjekt", "oppmåling"]),
                            title=rng.choice(["Ansvarlig søker", "Ansvarleg søkjar" if lang == NN else "Ansvarlig søker", "prosjekterende", ""]), lang=lang)
    else:
        p, w = _citizen(rng, world)
    title = _prop_title(prop, "Søknad om " + t.title)
    link = _link(rng, world, tenant, "byggesak", title, prop=prop, part=None if firm else p.name,
                 cite=0.7, gnr=0.2, unknown=0.07)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link)
    texts = {
        NB: [
            "{greet}\n\nDere etterlyste tre ting i brevet av {date}, og her er alle:\n\n- utomhusplan i målestokk 1:200, der snuplass og to parkeringsplasser er tegnet inn\n- beregning av grad av utnytting: {bya} % BYA, inkludert parkering\n- uttalelse fra vegeier om at dagens avkjørsel kan brukes\n\nVi håper saken nå kan tas opp til behandling.",
            "{greet}\n\nHer kommer de etterspurte tegningene til søknaden for {addr}. Vi har justert mønehøyden til {h} m slik dere ba om.",
            "{greet}\n\nSom avtalt på telefon ettersender jeg dokumentasjonen som manglet i byggesøknaden for {t_def} i {addr}: fasadetegninger mot nord og vest og en ny situasjonsplan. Beklager at dette tok litt tid.",
            "{greet}\n\nTilleggsdokumentasjon til {ref}: redegjørelse for overvannshåndtering og geoteknisk notat. Notatet konkluderer med at grunnforholdene er tilfredsstillende for {t_def}.",
            "C|{greet}\n\nfikk brev om at det manglet ting i søknaden. sender nabovarsel og kart nå. sig fra om det er mer",
            "{greet}\n\nVi viser til mangelbrev datert {date}. Dere ber om dokumentasjon på at avkjørselen er godkjent av vegeier og om en utomhusplan. Begge deler ligger vedlagt. Når det gjelder spørsmålet om parkering, viser vi til at to plasser er vist på situasjonsplanen.",
            "F|{greet}\n\nVedlagt oversendes revidert gjennomføringsplan og erklæring om ansvarsrett for ansvarlig utførende (tømrer og rørlegger). Øvrige dokumenter er uendret.",
        ],
        NN: [
            "{greet}\n\nDe bad i brevet av {date} om utomhusplan, utrekning av BYA og fråsegn frå vegeigar. Alt ligg ved no. BYA er rekna til {bya} %, og snuplassen er teikna inn på utomhusplanen.\n\nHåpar saka kan handsamast no.",
            "{greet}\n\nArkitekten har no retta opp snittteikninga for {t_def} på {gb}, slik at terrenget etter utgraving er vist. Ny fil ligg ved. Den gamle kan de sjå bort frå.",
            "{greet}\n\nHer er det som mangla i søknaden: nabovarsel med kvittering og kart. Beklagar at det tok tid.",
            "F|{greet}\n\nVedlagt er revidert gjennomføringsplan og erklæring om ansvarsrett for utførande. Elles ingen endringar i søknaden ({ref}).",
        ],
    }
    who = "F" if firm else "C"
    core = _choose(rng, texts, lang, who, greet=_greet(rng, tenant, lang), **s)
    if not firm:
        core = _sloppy(rng, core, 0.3)
    sign = _sign_org(rng, w, lang, world, formal=False) if firm else _sign_citizen(rng, w, lang, world=world)
    body = _join(core, sign)
    quoted = None
    if link.mode in ("cite", "unknown") and rng.random() < 0.55:
        letter = {NB: "Vi viser til søknad om tillatelse til tiltak mottatt {date2}. Søknaden er ikke komplett, og vi ber om følgende før saken kan behandles: målsatt situasjonsplan, oppdaterte fasadetegninger og kvittering for nabovarsel.\n\nFrist for å sende inn dokumentasjonen er {fdate}.",
                  NN: "Vi viser til søknad om løyve til tiltak motteken {date2}. Søknaden er ikkje komplett, og vi ber om følgjande før saka kan handsamast: målsett situasjonsplan, oppdaterte fasadeteikningar og kvittering for nabovarsel."}[lang].format(**s)
        quoted = _kommune_letter(rng, world, tenant, link, f"Mangelbrev - {prop.gnr}/{prop.bnr} - {prop.address} - Søknad om {t.title}", letter, lang)
        subject = ("SV: " if lang != EN else "RE: ") + quoted.subject
    else:
        subject = _choose(rng, {NB: ["Tilleggsdokumentasjon - {addr}", "Ettersendt dokumentasjon {gb}", "Svar på mangelbrev - {t} {addr}",
                                   "dokumentasjon byggesøknad", "Revidert situasjonsplan {gb}"],
                              NN: ["Tilleggsdokumentasjon - {addr}", "Ettersending {gb}", "Svar på mangelbrev - {addr}", "Retta snitt for {t} {g}/{b}"]}, lang, **s)
        subject = _with_ref(rng, subject, link, lang)
    if quoted is None:
        subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(rng.choice(["Situasjonsplan_rev_B.pdf", "Fasader_rev2.pdf", "nabovarsel.pdf", "Snitt_A-A.pdf", "tegning.jpg"]),
                           rng.choice(["pdf", "pdf", "scan"]), f"Revidert dokumentasjon\n{prop.address}, gnr {prop.gnr} bnr {prop.bnr}")]
    return _make(tenant, w, subject, body, "byggesak", quoted=quoted, attachments=atts, sak=link.sak, note=link.note)


def make_bygg_nabomerknad(rng: random.Random, world: World) -> Draft:
    """A neighbour objects to an application (nabomerknad), from calm to furious."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.03)
    t, prop = rng.choice(TILTAK), world.property()
    _p, w = _citizen(rng, world)
    if rng.random() < 0.15:
        p2 = world.person()
        extra_sign = f" og {p2.first}"
    else:
        extra_sign = ""
    owner = world.person()
    matter = rng.choice(["Søknad om ", "Dispensasjon fra reguleringsplan - "]) + t.title
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, matter), prop=prop, part=owner.name, lang=lang,
                 cite=0.45, gnr=0.3, unknown=0.05, decoy=0.1)
    my_addr = world.street()
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, owner=owner.name, my_addr=my_addr)
    texts = {
        NB: ["{greet}\n\nVi har fått nabovarsel om {t} på {addr}. Vi har ingenting imot at naboene bygger, men vi er bekymret for trafikken i anleggsperioden. Den private stikkvegen vår er ikke bygd for tunge kjøretøy, og vi har allerede fått sprekker i muren. Vi ber om at det stilles vilkår om at anleggstrafikken ikke skal gå over vår eiendom.",
             "{greet}\n\nSom nabo på {nabo_gb} vil jeg påpeke at tegningene i nabovarselet ikke stemmer med terrenget. Tomta faller over to meter mot oss, og {t_def} vil i praksis bli en etasje høyere enn det ser ut på tegningen. Jeg ber kommunen kreve snittegninger med terrenglinje før søknaden behandles.",
             "{greet}\n\nHei, bare en kort melding om at vi har snakket med {owner} og at vi er enige om plasseringen av {t_def}. Merknaden vi sendte {date} kan derfor trekkes tilbake.",
             
            "{greet}\n\nJeg har mottatt nabovarsel om {t} på {gb} ({addr}) og vil med dette komme med merknader.\n\n{T_def} er tegnet bare {dist} meter fra grensen til min eiendom. Det vil ta både sol og utsikt fra stua vår, særlig på ettermiddagen. Jeg ber kommunen se nøye på høyden og avstanden før det blir gitt tillatelse, og vil gjerne få kopi av vedtaket.",
            "{greet}\n\nMerknad til nabovarsel for {addr}, {gb}.\n\nSom eier av naboeiendommen {nabo_gb} har jeg følgende merknader:\n- {T_def} vil gi betydelig innsyn til vårt soverom og uteplass\n- overvann fra tomta renner allerede i dag inn på vår eiendom, og med mer tette flater blir det verre\n- det er ikke vist hvor anleggstrafikken skal gå\n\nJeg ber om at disse forholdene vurderes.",
            "{greet}\n\nDETTE KAN IKKE VÆRE LOV!! {owner} har søkt om {t} som blir en vegg rett utenfor kjøkkenvinduet vårt. Vi har bodd her i 30 år og har aldri klaget på noe. Nå er det nok. Vi protesterer på det sterkeste og krever at kommunen kommer på befaring før noe blir bestemt.",
            "{greet}\n\nvi er naboer til {addr} og har fått varsel om {t}. vi er ikke imot at de bygger men mener det må flyttes lenger unna grensen. kan kommunen se på det\n\nhilsen naboene i {my_addr}",
            "{greet}\n\nJeg viser til {ref} og den ekstra dokumentasjonen som er lagt ut på postlista. Jeg opprettholder merknaden min fra {date}. Den reviderte tegningen endrer ikke det grunnleggende problemet: {t_def} ligger fortsatt i strid med byggegrensen mot sjøen i reguleringsplanen. Kommunen bør ikke gi dispensasjon når vilkårene i pbl. § 19-2 ikke er oppfylt.",
            "{greet}\n\nKort merknad til søknaden om {t} på {gb}: vi har ingen innvendinger mot selve tiltaket, men ber om at det stilles vilkår om at støttemuren mot vår tomt blir fundamentert forsvarlig og at grensen blir påvist av oppmålingen før arbeidet starter.",
            "{greet}\n\nJeg må bare si ifra at {owner} allerede har begynt å grave for {t_def} selv om det ikke er gitt tillatelse så vidt jeg vet. Gravemaskinen har stått der siden mandag. Jeg har sendt merknad til nabovarselet tidligere.",
        ],
        NN: ["{greet}\n\nVi har fått nabovarsel om {t} på {addr}. Vi har ikkje noko imot at naboane byggjer, men den private stikkvegen vår toler ikkje tunge anleggsbilar. Vi ber om vilkår om at anleggstrafikken ikkje skal gå over eigedomen vår.",
             "{greet}\n\nBerre ei kort melding om at vi har snakka med {owner} og er samde om plasseringa av {t_def}. Merknaden vi sende {date} kan difor trekkjast.",
             
            "{greet}\n\nEg har fått nabovarsel om {t} på {gb} ({addr}) og vil kome med merknader.\n\n{T_def} er teikna berre {dist} meter frå grensa til eigedomen min. Det vil ta sol og utsikt frå stova vår. Eg ber kommunen sjå nøye på høgda og avstanden før det blir gjeve løyve.\n\nEg ber om å bli halden orientert i saka.",
            "{greet}\n\nMerknad til nabovarsel for {addr}, {gb}.\n\nSom eigar av {nabo_gb} har vi desse merknadene:\n- {T_def} gjev innsyn til soverommet og uteplassen vår\n- overvatn frå tomta renn alt i dag inn på eigedomen vår\n- det er ikkje vist kor anleggstrafikken skal gå\n\nVi ber om at dette blir vurdert.",
            "{greet}\n\nvi er naboar til {addr} og har fått varsel om {t}. vi er ikkje imot at dei byggjer, men det må flyttast lenger vekk frå grensa. kan kommunen sjå på det?",
            "{greet}\n\nEg viser til {ref} og held fast på merknaden min frå {date}. Dei nye teikningane endrar ikkje at {t_def} ligg i strid med byggjegrensa mot sjøen. Vilkåra for dispensasjon i pbl. § 19-2 er ikkje oppfylte.",
        ],
        EN: [
            "{greet}\n\nI own the neighbouring property ({my_addr}) and received a notice about {t} at {addr} ({gb}). I would like to object: the building will be only {dist} metres from our boundary and will block the evening sun on our terrace. I ask the municipality to consider moving it further away.\n\nPlease keep me informed about the case.",
        ],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.35)
    sign = _sign_citizen(rng, w, lang, addr=my_addr, world=world)
    if extra_sign:
        sign = sign.replace(w.name, w.name + extra_sign, 1) if w.name in sign else sign
    body = _join(core, sign)
    subject = _choose(rng, {NB: ["Merknad til nabovarsel - {addr}", "Nabomerknad {gb}", "Klage på byggesøknad i {addr}", "merknad nabovarsel",
                               "Protest mot {t} på {addr}!!", "Merknad til søknad om {t}, {gb}", "Nabovarsel {addr}"],
                          NN: ["Merknad til nabovarsel - {addr}", "Nabomerknad {gb}", "Merknad til søknad om {t}, {gb}", "nabovarsel {addr}"],
                          EN: ["Objection to building application at {addr}", "Neighbour comment - {addr}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    return _make(tenant, w, subject, body, "byggesak", sak=link.sak, note=link.note)


def make_bygg_klage_advokat(rng: random.Random, world: World) -> Draft:
    """A formal appeal (klage) against a vedtak, usually from a lawyer on behalf of a neighbour or the applicant."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.3 else NB
    t, prop = rng.choice(TILTAK), world.property()
    lawyer_firm = world.firm("advokat")
    if rng.random() < 0.5:
        a, b = world.person().last, world.person().last
        lawyer_firm.name = rng.choice(["Advokatfirmaet ", "Advokatfirma ", "Advokatkontoret "]) + a + rng.choice([" & ", " og "]) + b + rng.choice([" AS", " DA", " ANS"])
        lawyer_firm.domain = _plain(a + b).lower() + rng.choice([".no", "-advokat.no", "law.no"])
    p, w = _firm_writer(rng, world, firm=lawyer_firm, title=rng.choice(["advokat", "advokatfullmektig", "partner/advokat (H)"]), p_orgnr=0.75)
    client = world.person()
    matter = rng.choice(["Søknad om ", "Dispensasjon fra reguleringsplan - ", "Rammetillatelse - "]) + t.title
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, matter), prop=prop, lang=lang, cite=0.8, gnr=0.1, unknown=0.07)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, client=client.name, ourref=f"{rng.randint(20, 26)}-{rng.randint(100, 999):04d}/{''.join(x[0] for x in p.name.split())}",
                    city=rng.choice(["Bergen", "Ålesund", "Førde", "Molde", "Oslo", "Stavanger", "Florø"]))
    texts = {
        NB: [
            "{kommune}\nPlan, byggesak og geodata\n\nDeres ref.: {raw}\nVår ref.: {ourref}\n{city}, {date}\n\nKLAGE PÅ VEDTAK – {T} – {gb}, {addr}\n\nUndertegnede har fått i oppdrag av {client} ({nabo_gb}) å fremme klage over tillatelsen til {t} på {gb}, datert {date2}.\n\n1. Saksbehandlingsfeil\nVår klient mottok aldri nabovarsel. Kvitteringen som ligger i saken viser en annen adresse. Klienten har dermed ikke fått uttale seg før vedtak ble truffet.\n\n2. Feil rettsanvendelse\nKommunen har regnet gesimshøyden fra planert terreng. Etter reguleringsbestemmelsene skal høyden måles fra gjennomsnittlig ferdig terreng rundt bygget, og da blir høyden {h} m, over det tillatte.\n\nFeilene kan ha virket inn på vedtakets innhold, jf. forvaltningsloven § 41. Vedtaket må oppheves. Vi ber også om at iverksetting utsettes til klagen er avgjort.\n\nSignert fullmakt følger som vedlegg.",
            "Til {kommune}\n\nDeres ref. {raw} – {addr}\n\nPå vegne av tiltakshaver {client} påklages kommunens avslag av {date2} på søknad om dispensasjon for {t}.\n\nKommunen legger til grunn at hensynene bak byggegrensen blir vesentlig tilsidesatt. Det er ikke riktig. Eiendommen er allerede bebygd nærmere sjøen enn omsøkt tiltak, og {t_def} vil ikke endre allmennhetens tilgang til strandsonen. Fordelene ved tiltaket er klart større enn ulempene, jf. plan- og bygningsloven § 19-2.\n\nVi ber om at kommunen omgjør vedtaket. Dersom klagen ikke tas til følge, ber vi om at saken oversendes Statsforvalteren.",
            "Hei,\n\nVedlagt følger klage på vedtak om tillatelse til {t} på {gb} ({ref}), sendt på vegne av {client}. Fullmakt ligger ved. Vi ber om bekreftelse på mottak.",
            "{kommune}\n{city}, {date}\n\nKLAGE – {T} PÅ {gb}, {addr}\n\nUndertegnede er engasjert av {client}, som eier nabotomten {nabo_gb}. Vi viser til kommunens vedtak av {date2}, som ble mottatt av vår klient først {date}, og påklager vedtaket innen fristen.\n\nTiltaket vil gi vesentlig redusert sol og utsyn for vår klient. Kommunen har ikke vurdert alternative plasseringer, og begrunnelsen oppfyller ikke kravene i forvaltningsloven § 25. Vedtaket bør oppheves.\n\nFullmakt følger vedlagt.",
            "{kommune}\n\nTILLEGGSMERKNAD TIL KLAGE – {gb} – DERES REF. {raw}\n\nVi viser til vår klage av {date} og til tiltakshavers kommentarer oversendt fra kommunen {date2}. Vi fastholder klagen. Tiltakshaver bestrider ikke at {t_def} er plassert {dist} meter fra grensen, og dette er i strid med avstandskravet i pbl. § 29-4 uten at det er søkt om dispensasjon.",
        ],
        NN: [
            "{kommune}\n\nKLAGE – {T} PÅ {gb}\n\nVi er engasjerte av {client}, eigar av {nabo_gb}, og klagar på vedtaket av {date2} om {t} på {gb}. Tiltaket gjev vesentleg mindre sol for klienten vår, og alternative plasseringar er ikkje vurderte. Vedtaket bør opphevast.",
            "{kommune}\n\nDykkar ref.: {raw}\nVår ref.: {ourref}\n\nKLAGE PÅ VEDTAK – {T} – {gb}\n\nVi representerer {client}, eigar av {nabo_gb}, og klagar på vedtaket til kommunen av {date2} om løyve til {t} på {gb}. Klagen er send innan fristen.\n\nVedtaket byggjer på feil faktum, og ulempene for klienten vår er ikkje vurderte, jf. forvaltningslova § 25. Vi ber om at vedtaket blir oppheva og at klagen får utsett iverksetjing, jf. forvaltningslova § 42.\n\nFullmakt ligg ved.",
        ],
    }
    core = _choose(rng, texts, lang, **s)
    sign = _sign_org(rng, w, lang, world)
    body = _join(core, sign)
    subject = _choose(rng, {NB: ["Klage på vedtak - {gb} - {addr}", "KLAGE - {T} {addr}", "Klage på vedtak om {t}",
                               "Klage på vedtak i byggesak, {gb}"],
                          NN: ["Klage på vedtak - {gb} - {addr}", "Klage på vedtak om {t}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(f"Fullmakt_{_plain(client.last)}.pdf", "scan", f"Fullmakt\nUndertegnede {client.name} gir herved advokat {p.name} fullmakt i byggesaken.")]
    if rng.random() < 0.4:
        atts.append(AttachmentSpec("Klage.pdf", "pdf", "Klage på vedtak\n" + core[:600]))
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak, note=link.note or "Lawyer's appeal in a byggesak.")


def make_bygg_ferdigattest(rng: random.Random, world: World) -> Draft:
    """Søknad om ferdigattest or midlertidig brukstillatelse from the ansvarlig søker or the owner."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    t, prop = rng.choice(TILTAK), world.property()
    firm = rng.random() < 0.7
    if firm:
        _p, w = _firm_writer(rng, world, rng.choice(["bygg", "bygg", "entreprenør", "prosjekt"]), title=rng.choice(["daglig leder", "prosjektleder", "byggmester", ""]), lang=lang)
    else:
        _p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Søknad om " + t.title), prop=prop, lang=lang,
                 cite=0.55, gnr=0.25, unknown=0.12)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link)
    texts = {
        NB: ["F|{greet}\n\nVi har fortsatt ikke fått ferdigattest for {t_def} på {gb}, selv om alt ble sendt inn i juni. Kjøper skal overta om tre uker og banken krever attesten. Kan dere se på saken snarest?",
             "C|{greet}\n\nVi bygde {t} i 2014 og fikk aldri ferdigattest, fordi snekkeren gikk konkurs. Nå skal vi selge. Hva må vi gjøre for å få ferdigattest så mange år etterpå?",
             
            "{greet}\n\nArbeidene med {t_def} på {addr} ({gb}) ble avsluttet {date}, og sluttkontrollen er gjort. Vi ber om ferdigattest. Sluttrapport for avfall, ferdigmelding for sanitæranlegg og sjekkliste fra sluttkontroll er samlet i én pdf.",
            "{greet}\n\nVi søker om midlertidig brukstillatelse for {t_def} på {gb}. Gjenstående arbeider er utvendig maling, asfaltering av innkjørsel og montering av rekkverk på trapp, som vil bli utført innen {fdate}. Arbeidene har ingen betydning for sikkerheten.\n\nErklæring om gjenstående arbeider ligger vedlagt.",
            "{greet}\n\nSøknad om ferdigattest {addr} – se vedlegg.",
            "{greet}\n\nHei, vi har bygd ferdig {t_def} og lurer på hva vi må sende inn for å få ferdigattest? Vi har bilder og kvitteringer fra elektriker. Tiltaket fikk tillatelse i fjor.",
            "F|{greet}\n\nFerdigmelding for {t} på {gb}. Sluttkontroll er gjennomført {date} uten avvik. Vi ber om at ferdigattest utstedes så snart som mulig, da kjøper skal overta {fdate}.",
        ],
        NN: ["C|{greet}\n\nVi bygde {t} i 2014 og fekk aldri ferdigattest, for snikkaren gjekk konkurs. No skal vi selje. Kva må vi gjere?",
             
            "{greet}\n\nArbeidet med {t_def} på {addr} ({gb}) vart avslutta {date}, og sluttkontrollen er gjord. Vi ber om ferdigattest. Sluttrapport for avfall og sjekkliste frå sluttkontrollen ligg samla i éin pdf.",
            "{greet}\n\nVi søkjer om mellombels bruksløyve for {t_def} på {gb}. Det som står att er måling og asfaltering, og det blir gjort innan {fdate}.",
            "{greet}\n\nSøknad om ferdigattest for {addr} ligg ved.",
        ],
    }
    core = _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang), **s)
    sign = _sign_org(rng, w, lang, world, formal=False) if firm else _sign_citizen(rng, w, lang, world=world)
    body = _join(core, sign)
    subject = _choose(rng, {NB: ["Søknad om ferdigattest - {addr}, {gb}", "Ferdigattest {gb}", "Søknad om midlertidig brukstillatelse - {addr}",
                               "ferdigattest {addr}", "Ferdigmelding {t} {gb}"],
                          NN: ["Søknad om ferdigattest - {addr}, {gb}", "Ferdigattest {gb}", "Søknad om mellombels bruksløyve - {addr}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(rng.choice(["Samsvarserklaeringer.pdf", "FDV.pdf", "Situasjonsplan_innmalt.pdf", "Gjenstaende_arbeider.pdf"]), "pdf",
                           f"Dokumentasjon for ferdigattest\n{prop.address}\ngnr {prop.gnr} bnr {prop.bnr}\n" + (w.orgnr_text if firm else ""))]
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak, note=link.note)


def make_bygg_dispensasjon(rng: random.Random, world: World) -> Draft:
    """Søknad om dispensasjon with its grounds, or a supplement to the grounds in an open case."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    t, prop = rng.choice(TILTAK), world.property()
    firm = rng.random() < 0.5
    if firm:
        _p, w = _firm_writer(rng, world, rng.choice(["arkitekt", "bygg", "konsult"]), title=rng.choice(["arkitekt", "Ansvarlig søker", "rådgiver"]), lang=lang)
    else:
        _p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Dispensasjon fra reguleringsplan - " + t.title), prop=prop, lang=lang,
                 cite=0.35, gnr=0.1, unknown=0.05, decoy=0.1)
    rule = rng.choice(["byggegrensen mot sjø", "byggegrensen mot kommunal veg", "maksimal mønehøyde", "kravet om 4 meter til nabogrense",
                       "LNF-formålet i kommuneplanen", "100-metersbeltet langs sjøen", "tillatt utnyttelsesgrad"])
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, rule=rule)
    texts = {
        NB: [
            "{greet}\n\nDet søkes om dispensasjon fra {rule} for {t} på {gb}, {addr}.\n\nBegrunnelse:\nTomta er smal og bratt, og det finnes ingen annen plassering som gir adkomst uten store terrenginngrep. {T_def} plasseres der det i dag er en gammel grusplass, slik at ubebygd terreng ikke blir berørt. Tiltaket vil ikke hindre ferdsel eller gi ulemper for naboer. Fordelene er derfor klart større enn ulempene.\n\nNaboene er varslet om dispensasjonen.",
            "{greet}\n\nSupplerende begrunnelse for dispensasjonssøknaden {ref}:\n\nEtter samtale med saksbehandler er plasseringen av {t_def} flyttet {dist} meter lenger fra sjøen. Vi har også lagt ved fotomontasje som viser at tiltaket ikke blir synlig fra fjorden.",
            "C|{greet}\n\nvi vil bygge {t} men huset ligger innenfor {rule}. vi har snakket med naboen og han er enig. hva må vi gjøre for å få dispensasjon? legger ved kart",
            "F|{greet}\n\nPå vegne av {owner} oversendes søknad om dispensasjon fra {rule} i forbindelse med {t} på {gb}.\n\nVi viser til at tilsvarende dispensasjon er gitt for to naboeiendommer de siste årene, og at kommunen i forhåndskonferansen {date} signaliserte at forholdet kunne vurderes positivt. Utfyllende begrunnelse følger i vedlegg.",
            "{greet}\n\nDispensasjonssøknad – se vedlagt begrunnelse.",
        ],
        NN: [
            "{greet}\n\nDet vert søkt om dispensasjon frå {rule} for {t} på {gb}, {addr}.\n\nGrunngjeving: Tomta er smal og bratt, og det finst ingen annan plassering som gjev tilkomst utan store terrenginngrep. Tiltaket hindrar ikkje ferdsel og gjev ikkje ulemper for naboar. Fordelane er difor klart større enn ulempene.",
            "{greet}\n\nSupplerande grunngjeving for dispensasjonssøknaden {ref}: {T_def} er flytta {dist} meter lenger frå sjøen etter samtale med sakshandsamar.",
            "C|{greet}\n\nvi vil byggje {t} men huset ligg innanfor {rule}. naboen er samd. kva må vi gjere for å få dispensasjon?",
        ],
    }
    core = _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang), owner=world.person().name, **s)
    sign = _sign_org(rng, w, lang, world) if firm else _sign_citizen(rng, w, lang, world=world)
    body = _join(core if firm else _sloppy(rng, core, 0.3), sign)
    subject = _choose(rng, {NB: ["Søknad om dispensasjon - {t} - {gb}", "Dispensasjon {rule}, {addr}", "Supplerende begrunnelse for dispensasjon, {t} {addr}", "dispensasjon {t}"],
                          NN: ["Søknad om dispensasjon - {t} - {gb}", "Dispensasjon, {addr}", "Supplerande grunngjeving for dispensasjon, {t}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(f"Begrunnelse_dispensasjon_{prop.gnr}-{prop.bnr}.pdf", "pdf",
                           f"Søknad om dispensasjon\n{prop.address}, gnr. {prop.gnr} bnr. {prop.bnr}\nDet søkes om dispensasjon fra {rule} for {t.nb}.")]
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak, note=link.note)


def make_bygg_riving(rng: random.Random, world: World) -> Draft:
    """Søknad om riving, or ferdigmelding after demolition with the waste report (often only in the pdf)."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    obj = rng.choice([("uthus", "uthuset", "uthus"), ("garasje", "garasjen", "garasje"), ("gammelt naust", "naustet", "naust"),
                      ("bolighus", "bolighuset", "bolighus"), ("løe", "løa", "løe"), ("fjøs", "fjøset", "fjøs")])
    _p, w = _firm_writer(rng, world, rng.choice(["maskin", "entreprenør", "bygg"]), title=rng.choice(["daglig leder", "prosjektleder", ""]), lang=lang) \
        if rng.random() < 0.6 else _citizen(rng, world)
    firm = bool(w.org)
    ferdig = rng.random() < 0.5
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, f"Søknad om riving av {obj[2]}"), prop=prop, lang=lang,
                 cite=0.45 if ferdig else 0.1, gnr=0.35 if ferdig else 0.0, unknown=0.1, decoy=0.0 if ferdig else 0.15)
    s = {"kommune": kommune_name(tenant), "addr": prop.address, "gb": _gb(rng, prop, lang), "o": obj[0], "o_def": obj[1], "O_def": obj[1].capitalize(), "date": _date(rng, lang),
         "tons": rng.choice(["4,2", "11,8", "23", "37,5", "62"]), "pct": rng.choice(["68", "74", "81", "87", "92"]), "ref": _ref_phrase(rng, link, lang), "raw": link.ref}
    if ferdig:
        texts = {NB: ["Vedlagt følger ferdigmelding og sluttrapport for avfall etter riving av {o_def} på {gb}.",
                      "{greet}\n\nRivingen av {o_def} i {addr} er fullført {date}. Totalt {tons} tonn avfall er levert godkjent mottak, og sorteringsgraden ble {pct} %. Sluttrapport ligger vedlagt. Vi ber om ferdigattest for rivingen.",
                      "Sluttrapport avfall {addr} – se vedlegg.", "{greet}\n\n{O_def} er revet nå. Hva må jeg sende inn for å avslutte saken?"],
                 NN: ["Vedlagt følgjer ferdigmelding og sluttrapport for avfall etter riving av {o_def} på {gb}.",
                      "{greet}\n\nRivinga av {o_def} i {addr} er ferdig {date}. {tons} tonn avfall er levert til godkjent mottak, sorteringsgrad {pct} %. Sluttrapporten ligg ved."]}
    else:
        texts = {NB: ["{greet}\n\nJeg søker om å rive et {o} på {gb} i {addr}. Bygget er i svært dårlig stand, taket har rast delvis sammen, og det er fare for at det faller ned. Bilder og kart ligger ved.",
                      "{greet}\n\nPå vegne av eier søkes det om tillatelse til riving av {o} på {gb}. Bygget er ikke registrert i SEFRAK. Avfallsplan og miljøkartlegging er vedlagt.",
                      "{greet}\n\nmå man søke for å rive en gammel {o}? den er ca 20 kvm og står på {addr}",
                      "{greet}\n\nVi skal rive {o_def} på tomta ({addr}) før vi bygger nytt. Søknad med avfallsplan er vedlagt. Vi ber om at rivingen kan behandles før selve byggesøknaden."],
                 NN: ["{greet}\n\nEg søkjer om å rive eit {o} på {gb} i {addr}. Bygget er i svært dårleg stand, og taket har delvis rasa saman. Bilete og kart ligg ved.",
                      "{greet}\n\nPå vegner av eigar vert det søkt om løyve til riving av {o} på {gb}. Avfallsplan og miljøkartlegging ligg ved."]}
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s)
    sign = _sign_org(rng, w, lang, world, formal=False) if firm else _sign_citizen(rng, w, lang, world=world)
    body = _join(core, sign)
    subject = (_pick(rng, {NB: ["Riving fullført – {addr}", "Sluttrapport avfall - riving {addr}", "Riving av {o} {gb} - ferdig", "Rivingen på {gb} er ferdig"],
                           NN: ["Riving fullført – {addr}", "Sluttrapport avfall - riving {addr}", "Rivinga på {gb} er ferdig"]}, lang) if ferdig else
               _pick(rng, {NB: ["Søknad om riving av {o} - {gb}", "Riving {addr}", "rive {o}?", "Rivingssøknad {addr}"],
                           NN: ["Søknad om riving av {o} - {gb}", "Riving {addr}"]}, lang)).format(**s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    doc = ("Sluttrapport for avfall\n" if ferdig else "Avfallsplan for riving\n") + f"{prop.address}, gnr {prop.gnr} bnr {prop.bnr}\nObjekt: {obj[0]}\nMengde: {s['tons']} tonn\n" + (w.orgnr_text if firm else "")
    atts = [AttachmentSpec(f"{'Sluttrapport' if ferdig else 'Avfallsplan'}_{_plain(prop.address.split(' ')[0])}.pdf", "pdf", doc)]
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak, note=link.note)


def make_bygg_ulovlig(rng: random.Random, world: World) -> Draft:
    """A citizen reports building without permit (ulovlighet), from polite to furious; a new case."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.02)
    prop = world.property()
    _p, w = _citizen(rng, world)
    what = rng.choice([("en stor garasje", "ein stor garasje", "a large garage"), ("en platting helt ut i sjøen", "ein platting heilt ut i sjøen", "a deck out into the sea"),
                       ("en tre meter høy mur", "ein tre meter høg mur", "a three metre wall"), ("et anneks som leies ut", "eit anneks som blir leigd ut", "an annex that is rented out"),
                       ("en ny veg gjennom skogen", "ein ny veg gjennom skogen", "a new road through the forest"), ("flere containere og en brakke", "fleire containerar og ei brakke", "containers and a shed"),
                       ("en levegg på to meter i grensen", "ein levegg på to meter i grensa", "a two metre fence on the boundary")])
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Ulovlighetsoppfølging"), prop=prop, lang=lang, cite=0.1, gnr=0.1, unknown=0.05, decoy=0.15,
                     decoy_from=("vann_avlop", "eiendomsskatt", "vei_trafikk"))
    s = {"addr": prop.address, "gb": _gb(rng, prop, lang), "w": what[1] if lang == NN else what[2] if lang == EN else what[0], "date": _date(rng, lang),
         "ref": _ref_phrase(rng, link, lang), "name": world.person().first, "raw": link.ref}
    texts = {
        NB: ["{greet}\n\nJeg vil melde fra om at naboen i {addr} har satt opp {w} uten å søke. Det har skjedd i løpet av sommeren. Jeg har sjekket innsynsløsningen og finner ingen byggesak. Kan kommunen undersøke dette?",
             "{greet}\n\nHvordan kan det ha seg at noen får bygge {w} på {addr} uten tillatelse mens vi andre må vente i månedsvis på svar? Dette er forskjellsbehandling. Jeg forventer at kommunen reagerer og at det blir gitt pålegg om riving.",
             "{greet}\n\nvil bare tipse om at det bygges {w} på {gb}. ingen nabovarsel er sendt. synes kommunen burde sjekke",
             "{greet}\n\nJeg sendte melding om dette i vår, men ingenting har skjedd. På {addr} ({gb}) er det nå satt opp {w}, og arbeidet fortsetter hver helg. Vedlagt er bilder tatt {date}. Jeg ber om å få vite hva kommunen gjør med saken.",
             "{greet}\n\nEg er ikke ute etter å lage bråk med naboen, men {w} ved {addr} tar all sol fra hagen vår og jeg tror ikke det er søkt om. Kan noen fra kommunen komme og se?"],
        NN: ["{greet}\n\nEg vil melde frå om at naboen i {addr} har sett opp {w} utan å søkje. Det har skjedd i løpet av sommaren, og eg finn inga byggjesak i innsynsløysinga. Kan kommunen sjå på dette?",
             "{greet}\n\nkorleis kan nokon få byggje {w} på {addr} utan løyve når vi andre må vente i månader på svar? kommunen må reagere.",
             "{greet}\n\nPå {gb} er det no sett opp {w}, og arbeidet held fram kvar helg. Bilete teke {date} ligg ved. Eg ber om å få vite kva kommunen gjer."],
        EN: ["{greet}\n\nI want to report that my neighbour at {addr} has built {w} without any permit as far as I can see. Nobody was notified. Could the municipality look into this? Photos attached."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s).replace("Eg er ikke", "Jeg er ikke"), 0.4)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Ulovlig bygging {addr}", "Melding om ulovlig tiltak - {gb}", "Bygging uten tillatelse?", "ulovlig bygg", "Hva gjør kommunen med {addr}??", "Tips om byggearbeid"],
                          NN: ["Ulovleg bygging {addr}", "Melding om ulovleg tiltak - {gb}", "Bygging utan løyve?"],
                          EN: ["Illegal construction at {addr}", "Building without permit?"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(f"IMG_{rng.randint(1000, 9999)}.jpg", "image")] if rng.random() < 0.5 else []
    note = link.note or "Report of building without permit; new case."
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak, note=note)


def make_bygg_sporsmal(rng: random.Random, world: World) -> Draft:
    """Is a permit needed?  From a one-liner to a careful description; some in English."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.15)
    prop = world.property()
    if lang == EN and rng.random() < 0.5:
        w = _foreigner(rng, world)
    else:
        _p, w = _citizen(rng, world)
    thing = rng.choice([("en terrasse på ca. 30 m2", "ein terrasse på ca. 30 m2", "a deck of about 30 m2"),
                        ("en bod på 14 kvadrat", "ei bu på 14 kvadrat", "a 14 m2 garden shed"),
                        ("en carport inntil garasjen", "ein carport inntil garasjen", "a carport next to the garage"),
                        ("solcellepanel på taket", "solcellepanel på taket", "solar panels on the roof"),
                        ("en levegg mot naboen", "ein levegg mot naboen", "a privacy fence towards the neighbour"),
                        ("å gjøre om kjelleren til hybel", "å gjere om kjellaren til hybel", "turning the basement into a rental flat"),
                        ("en flytebrygge ved hytta", "ei flytebrygge ved hytta", "a small floating jetty by the cabin"),
                        ("å skifte alle vinduene", "å skifte alle vindauga", "replacing all the windows"),
                        ("en støttemur i hagen på ca 1 meter", "ein støttemur i hagen på ca 1 meter", "a one metre retaining wall in the garden"),
                        ("å sette inn ny pipe og peis", "å setje inn ny pipe og peis", "a new chimney and fireplace")])
    s = {"addr": prop.address, "gb": _gb(rng, prop, lang), "x": thing[1] if lang == NN else thing[2] if lang == EN else thing[0],
         "dist": rng.choice(["1", "2", "3", "5", "8"])}
    texts = {
        NB: ["{greet}\n\nJeg skal selge huset i {addr}, og megleren spør om {x} er godkjent. Det ble gjort av forrige eier. Hvordan finner jeg ut om det er søkt om, og hva gjør jeg hvis det ikke er det?",
             "{greet}\n\nFikk beskjed av naboen at man nå kan gjøre {x} uten å søke så lenge det er under 15 kvm og langt nok fra grensen. Stemmer det? Har tomt på {gb}.",
             "{greet}\n\nVi er et borettslag med 24 leiligheter. Styret vurderer {x} for alle leilighetene samtidig. Må hver enkelt andelseier søke, eller kan borettslaget sende én søknad?",
             "{greet}\n\nMå jeg søke om {x}?", "{greet}\n\nTil våren har vi lyst til å sette i gang med {x} hjemme i {addr} ({gb}). Det blir om lag {dist} meter til grensen mot naboen bak. Jeg har prøvd veiviseren på nett, men den spør om ting jeg ikke vet svaret på, som hva slags reguleringsformål tomta har. Kan dere hjelpe meg med å finne ut om vi må sende søknad?",
             "{greet}\n\nLurer på om det er søknadsplikt for {x}. Huset ligger i {addr}. Takk for svar!",
             "{greet}\n\nJeg har et spørsmål før vi setter i gang. Vi ønsker {x}, og naboen sier at det må søkes, mens snekkeren sier at det er unntatt. Hvem har rett? Eiendommen er {gb} og ligger i et regulert boligfelt.\n\nOg hvis vi må søke: hvor lang tid tar det omtrent, og hva koster gebyret?",
             "hei. trenger vi tillatelse for {x}? mvh", "{greet}\n\nKan noen i byggesak ringe meg? Gjelder {x} på {addr}. Jeg er lettest å nå etter kl 15."],
        NN: ["{greet}\n\nEg skal selje huset i {addr}, og meklaren spør om {x} er godkjend. Det vart gjort av førre eigar. Korleis finn eg ut om det er søkt om?",
             "{greet}\n\nVi er eit burettslag med 18 husvære. Må kvar andelseigar søkje om {x}, eller kan burettslaget sende éin søknad?",
             "{greet}\n\nMå eg søkje om {x}?", "{greet}\n\nTil våren vil vi gjerne setje i gang med {x} heime i {addr} ({gb}). Det blir om lag {dist} meter til grensa mot naboen. Rettleiaren på nett spør om reguleringsføremål, og det veit vi ikkje. Kan de hjelpe oss å finne ut om vi må søkje?",
             "{greet}\n\nLurer på om det er søknadsplikt for {x}. Huset ligg i {addr}. Takk for svar!", "hei. treng vi løyve for {x}? mvh"],
        EN: ["{greet}\n\nMy wife and I are from the Netherlands and have just bought an old farmhouse at {addr}. We would like to start with {x} before winter. Is there someone at the municipality we could meet to understand what needs an application? We are happy to come to the town hall.",
             "{greet}\n\nWe recently bought the house at {addr} and would like to build {x}. Do we need a building permit for this, and if so, which form should we use? We do not speak Norwegian very well yet, so an answer in English would be very helpful.",
             "{greet}\n\nQuick question: is a permit required for {x}? The property is {gb}. Thank you!",
             "{greet}\n\nI rent out my cabin at {addr} and want to add {x}. The distance to the neighbour boundary is about {dist} metres. Could you confirm whether this is exempt from application? I have read about the rules but I am not sure they apply here."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.45)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Må vi søke?", "Spørsmål om søknadsplikt", "søknadsplikt?", "Spørsmål byggesak - {addr}", "Trenger jeg tillatelse?", "Terrasse/bod - må vi søke"],
                          NN: ["Må vi søkje?", "Spørsmål om søknadsplikt", "søknadsplikt?", "Spørsmål byggjesak - {addr}"],
                          EN: ["Do we need a building permit?", "Question about permit - {addr}", "Building permit question"]}, lang, **s)
    return _make(tenant, w, subject, body, "byggesak", note="Question whether a measure needs a permit; new matter.")


FOREIGN_NAMES = [("Tomasz", "Zielinski"), ("Anna", "Schmidt"), ("Mark", "Evans"), ("Jurgis", "Kazlauskas"), ("Sofia", "Rossi"),
                 ("Pieter", "de Vries"), ("Olena", "Kovalenko"), ("James", "Whitfield"), ("Katarzyna", "Wójcik"), ("Lukas", "Becker"),
                 ("Ingrid", "Lindqvist"), ("Mehmet", "Yilmaz"), ("Aisha", "Bello"), ("Daniel", "Moreau")]
FOREIGN_MAIL = ["gmail.com", "web.de", "wp.pl", "outlook.com", "yahoo.co.uk", "gmx.de", "hotmail.com", "icloud.com"]


def _mail_local(text: str) -> str:
    """An e-mail local part from a name: ASCII letters, digits and dots only."""
    plain = unicodedata.normalize("NFKD", _plain(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]", "", plain.lower())


def _foreigner(rng: random.Random, world: World) -> Writer:
    first, last = rng.choice(FOREIGN_NAMES)
    name = f"{first} {last}"
    local = _mail_local(f"{first}.{last}")
    email = f"{local}@{rng.choice(FOREIGN_MAIL)}"
    return Writer(name, email, {"navn": name, "epost": email, "orgnr": None})


def make_bygg_internt_notat(rng: random.Random, world: World) -> Draft:
    """A saksbehandler's note to the archive: N when it needs follow-up (new ulovlighetssak), X when only for the file."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    prop = world.property()
    t = rng.choice(TILTAK)
    _p, w = _employee(rng, world, tenant, rng.choice(["byggesaksbehandler", "saksbehandler byggesak", "rådgiver, plan og byggesak", "byggesakskonsulent"]))
    follow_up = rng.random() < 0.5
    if follow_up:
        link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Ulovlighetsoppfølging"), prop=prop, cite=0.15, decoy=0.15, unknown=0.0,
                     decoy_from=("vann_avlop", "eiendomsskatt", "vei_trafikk"))
    else:
        link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Søknad om " + t.title), prop=prop, cite=0.75, gnr=0.25, unknown=0.0)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, day=_date(rng, lang), who=world.person().name)
    if follow_up:
        texts = {NB: ["Observasjon {day}, {addr} ({gb}).\n\nPå vei til en annen befaring la jeg merke til at den gamle låven er bygd om med nye vinduer, pipe og terrasse, og det ser ut til at den brukes til utleie. Vi har bare en tillatelse fra 1987 til driftsbygning på eiendommen.\n\nDette må undersøkes nærmere som mulig ulovlig bruksendring. Forslag: brev til eier med spørsmål om bruk og frist for å uttale seg. Bilder tatt fra vegen er vedlagt.",
                      "Til arkivet – opprett ny sak.\n\nVi har fått muntlig melding fra nabo om at det pågår gravearbeid og oppføring av {t} på {gb} uten at det er gitt tillatelse. Jeg kjørte forbi {day} og kan bekrefte at det er støpt fundament. Saken må følges opp med brev til eier, jf. pbl. kap. 32.",
                      "Notat: telefon fra eier av {addr} ({gb}) {day}. Eier opplyste at {t_def} ble bygd i 2019 uten søknad og ønsker å legitimere det. Eier er bedt om å sende søknad innen {fdate}. Må følges opp dersom søknad ikke kommer."],
                 NN: ["Observasjon {day}, {addr} ({gb}).\n\nDen gamle løa på eigedomen er bygd om med nye vindauge, pipe og terrasse, og ho ser ut til å bli leigd ut. Vi har berre løyve til driftsbygning frå 1987.\n\nMå undersøkjast som mogleg ulovleg bruksendring. Forslag: brev til eigar med frist for å uttale seg. Bilete teke frå vegen ligg ved.",
                      "Til arkivet – opprett ny sak. Nabo har meldt munnleg at det pågår oppføring av {t} på {gb} utan løyve. Eg køyrde forbi {day} og kan stadfeste at det er støypt fundament. Må følgjast opp med brev til eigar."]}
        subj = {NB: ["Observasjon {day} – mulig ulovlig bruksendring, {gb}", "Notat - mulig ulovlighet {addr}", "Ny sak: ulovlighetsoppfølging {gb}"],
                NN: ["Observasjon {day} – mogleg ulovleg bruksendring, {gb}", "Notat - mogleg ulovlegheit {addr}"]}
        jpt, note = "N", "Internal memo that must be followed up (N); opens a new ulovlighetssak."
    else:
        texts = {NB: ["Befaringsnotat {day}, {addr} ({gb}), sak {raw}.\n\nTilstede: tiltakshaver og undertegnede. {T_def} er plassert i samsvar med situasjonsplanen. Avstand til nabogrense målt til {dist} m. Ingen merknader. Notatet legges i saken til orientering.",
                      "Til saken {raw}: Telefonnotat {day}. Ansvarlig søker opplyste at reviderte tegninger kommer neste uke. Ingen oppfølging nødvendig nå.",
                      "Befaring {day} på {addr}, {gb}, i samband med søknaden om {t}. Målte avstand til nabogrense: {dist} m, i samsvar med tegningene. Ingen avvik. Til orientering for saken.".replace("samband", "forbindelse"),
                      "Notat til arkivet, sak {raw}: Nabo {who} ringte {day} og ville vite status. Opplyst at saken er under behandling. Ingen videre oppfølging."],
                 NN: ["Synfaringsnotat {day}, {addr} ({gb}), sak {raw}.\n\nTil stades: tiltakshavar og underteikna. {T_def} er plassert i samsvar med situasjonsplanen. Avstand til nabogrensa målt til {dist} m. Ingen merknader. Notatet vert lagt i saka til orientering.",
                      "Synfaring {day} på {addr}, {gb}, i samband med søknaden om {t}. Målt avstand til nabogrensa: {dist} m, i samsvar med teikningane. Ingen avvik. Til orientering.",
                      "Til saka {raw}: Telefonnotat {day}. Ansvarleg søkjar opplyste at reviderte teikningar kjem neste veke. Ingen oppfølging no."]}
        subj = {NB: ["Befaringsnotat {day} – {addr}, {gb}", "Telefonnotat {gb}", "Notat til saken - {addr}"],
                NN: ["Notat frå synfaring {day} – {addr}, {gb}", "Telefonnotat {gb}", "Notat til saka - {addr}"]}
        jpt, note = "X", "Internal note for the file without follow-up: X."
    core = _choose(rng, texts, lang, **s)
    body = _join(core, _sign_employee(rng, w, lang, world))
    subject = _choose(rng, subj, lang, **s)
    if link.ref and link.ref not in body:
        subject += f" ({link.ref})"
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(f"befaring_{prop.gnr}-{prop.bnr}_{i}.jpg", "image") for i in range(1, rng.randint(1, 3))]
    return _make(tenant, w, subject, body, "byggesak", journalposttype=jpt, attachments=atts, sak=link.sak,
                 note=(link.note + " " + note).strip())


def make_bygg_videresendt(rng: random.Random, world: World) -> Draft:
    """A caseworker forwards a mail that came to them directly; the original sender is the korrespondansepart."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    t, prop = rng.choice(TILTAK), world.property()
    emp, ew = _employee(rng, world, tenant, rng.choice(["byggesaksbehandler", "saksbehandler", "avdelingsleder byggesak"]))
    if rng.random() < 0.6:
        _op, ow = _citizen(rng, world)
        firm = False
    else:
        _op, ow = _firm_writer(rng, world, rng.choice(["arkitekt", "bygg"]), title="", lang=lang)
        firm = True
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Søknad om " + t.title), prop=prop, lang=lang, cite=0.7, gnr=0.2, unknown=0.0)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, efirst=emp.first)
    orig_texts = {
        NB: ["Hei {efirst}\n\nDu ba meg skrive ned det jeg sa i telefonen på fredag. Kort fortalt: vi har hytta vest for {addr}, og {t_def} som er søkt om, vil stå rett i siktlinja vår mot fjorden. Vi har ikke fått noe nabovarsel, fordi det ble sendt til den gamle adressen til min far. Vi ønsker å være part i saken.",
             "Hei {efirst}\n\nVedlagt er de reviderte tegningene vi snakket om. Mønehøyden er senket til {h} m. Kan du bekrefte at dette er nok til at søknaden kan behandles?",
             "Hei\n\nLurer på hvordan det går med søknaden vår om {t} på {gb}? Det er snart tre måneder siden vi sendte den.",
             "Hei {efirst}\n\nNaboen har nå begynt å fylle opp masse inntil grensen vår, selv om {t_def} ikke er godkjent. Kan du se på dette?"],
        NN: ["Hei {efirst}\n\nDu bad meg skrive ned det eg sa i telefonen. Vi har hytta vest for {addr}, og {t_def} som er søkt om, kjem rett i utsikta vår mot fjorden. Nabovarselet gjekk til den gamle adressa til far min, så vi har ikkje fått uttale oss.",
             "Hei {efirst}\n\nVedlagt er dei reviderte teikningane vi snakka om. Mønehøgda er senka til {h} m."],
    }
    orig = _join(_choose(rng, orig_texts, lang, **s),
                 _sign_org(rng, ow, lang, world, formal=False) if firm else _sign_citizen(rng, ow, lang, world=world))
    osubj = _choose(rng, {NB: ["{T_def} på {addr}", "Merknad {gb}", "Søknad {addr}", "Reviderte tegninger {gb}"],
                        NN: ["{T_def} på {addr}", "Merknad {gb}", "Reviderte teikningar {gb}"]}, lang, **s)
    fwd = EarlierMessage(sender_name=ow.name, sender_email=ow.email, subject=osubj, body=orig, to=ew.email)
    if link.ref:
        covers = {NB: ["Fikk denne på min e-post, gjelder {raw}.", "Til journalføring i {ref}.", "Journalføres i {raw}, takk.",
                       "Kom på min e-post, kan dere legge den i {raw}?"],
                  NN: ["Fekk denne på e-posten min, gjeld {raw}.", "Til journalføring i {ref}."]}
    else:
        covers = {NB: ["Videresender for arkivering, gjelder {addr} ({gb}).", "Journalføres i byggesaken for {gb}, takk.",
                       "Kom direkte til meg. Gjelder søknaden på {gb}."],
                  NN: ["Vidaresender for arkivering, gjeld {addr} ({gb}).", "Kom direkte til meg. Gjeld søknaden på {gb}."]}
    cover = _choose(rng, covers, lang, **s)
    body = _join(cover, _sign_employee(rng, ew, lang, world))
    subject = ("VS: " if lang != EN else "FW: ") + osubj
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    d = _make(tenant, ew, subject, body, "byggesak", forwarded=fwd, sak=link.sak,
              note=(link.note + " Forwarded by the caseworker; avsender is the original sender.").strip())
    d.avsender = dict(ow.avsender)
    return d


FOREIGN_FIRMS = [("Baltic Framehouse UAB", "balticframe.lt"), ("Kowalczyk Budownictwo Sp. z o.o.", "kowalczyk-bud.pl"),
                 ("Nordhaus Modulbau GmbH", "nordhaus-modulbau.de"), ("Lindqvist Bygg & Montage AB", "lindqvistbygg.se"),
                 ("Riga Timber Structures SIA", "rigatimber.lv"), ("Eesti Moodulmajad OÜ", "moodulmajad.ee"),
                 ("Hansen Steel Solutions ApS", "hansensteel.dk"), ("Atlantic Offshore Cabins Ltd", "atlanticcabins.co.uk")]


def make_bygg_utenlandsk(rng: random.Random, world: World) -> Draft:
    """English mail from a foreign contractor: local approval, temporary site units, documents for an application."""
    tenant = pick_tenant(rng)
    prop = world.property()
    fname, domain = rng.choice(FOREIGN_FIRMS)
    first, last = rng.choice(FOREIGN_NAMES)
    email = rng.choice([f"{_mail_local(first[0])}.{_mail_local(last)}@{domain}", f"{_mail_local(first)}@{domain}", f"office@{domain}"])
    nuf = rng.random() < 0.5
    orgnr = world.orgnr() if nuf else None
    name = fname + (" NUF" if nuf and rng.random() < 0.5 else "")
    w = Writer(f"{first} {last}", email, {"navn": name, "epost": email, "orgnr": orgnr}, org=name,
               orgnr_text=_orgnr_text(rng, orgnr, EN) if orgnr else "", title=rng.choice(["Project Manager", "Site Manager", "Managing Director", "Design Coordinator"]))
    t = rng.choice(TILTAK)
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Søknad om " + t.title), prop=prop, lang=EN, cite=0.35, gnr=0.1, unknown=0.05)
    s = {"kommune": kommune_name(tenant), "addr": prop.address, "gb": _gb(rng, prop, EN), "t": t.en, "ref": _ref_phrase(rng, link, EN),
         "n": rng.choice([4, 6, 8, 12]), "m": rng.choice([3, 6, 8, 10]), "date": _date(rng, EN), "fdate": _future(rng, EN), "raw": link.ref}
    texts = [
        "Good morning,\n\nOur crew will arrive in {kommune} on {fdate} to assemble {t} at {addr}. The client has asked us to store steel elements and a small crane on the neighbouring plot, which belongs to the same owner, for about {m} weeks. Is a separate permission from the municipality needed for such temporary storage, or is it covered by the client's permit? We want to be sure before the trucks leave.",
        "Hello,\n\nWe have been engaged as the responsible contractor (ansvarlig utførende) for {t} at {addr}. Our company is registered in Norway as a branch (NUF). Please let us know which documentation you need from us to declare responsibility in the application, and whether the declarations can be submitted in English.",
        "Dear {kommune},\n\nPlease find attached the revised drawings and the structural calculations for {t} at {addr}, {ref}, as requested in your letter of {date}. The Norwegian translation of the calculation summary is included at the end of the document.",
        "Hi,\n\nWe delivered {t} to the owner of {gb} and the installation is now complete. The owner asked us to send you the product documentation and the declaration of conformity for the completion certificate (ferdigattest). Attached.",
        "Good afternoon,\n\nOur company is planning to assemble {n} prefabricated holiday cabins on a plot at {addr}. Before we submit anything we would like to know whether the zoning plan allows this and whether a pre-application meeting (forhåndskonferanse) is possible before {fdate}.",
    ]
    core = _choose(rng, {EN: texts}, EN, **s)
    body = _join(core, _sign_org(rng, w, EN, world))
    subject = rng.choice(["Building permit question - {addr}", "Temporary storage at {addr}", "Documentation for {t}, {gb}",
                          "Revised drawings - {addr}", "Responsibility declaration - {addr}", "Pre-application meeting request"]).format(**s)
    subject = _with_ref(rng, subject, link, EN)
    subject, body = _ensure_ref(rng, subject, body, link, EN)
    subject = _ensure_gb(rng, subject, body, link, prop, EN)
    atts = [AttachmentSpec(rng.choice(["site_plan_rev1.pdf", "drawings_revB.pdf", "declaration_of_conformity.pdf", "calculations.pdf"]), "pdf",
                           f"{fname}\n{prop.address}\n" + (w.orgnr_text or ""))] if rng.random() < 0.8 else []
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak,
                 note=(link.note + " English mail from a foreign contractor.").strip())


def make_bygg_status(rng: random.Random, world: World) -> Draft:
    """The applicant asks how their case is going, or withdraws / changes something."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.03)
    t, prop = rng.choice(TILTAK), world.property()
    p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Søknad om " + t.title), prop=prop, part=p.name, lang=lang,
                 cite=0.55, gnr=0.25, unknown=0.1)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, weeks=rng.choice(["seks", "åtte", "ti", "tolv", "fjorten"]))
    texts = {
        NB: ["{greet}\n\nHvordan går det med søknaden om {t} på {addr}? Den ble sendt {date}, og vi har ikke hørt noe siden. Snekkeren vår må vite om han kan starte i høst.",
             "{greet}\n\nDet er nå gått {weeks} uker siden vi søkte om {t}. Etter det jeg kan se er fristen på 12 uker snart ute. Kan dere gi en dato for når vi får vedtak?",
             "{greet}\n\nVi trekker søknaden om {t} på {gb}. Vi har bestemt oss for å vente et år. Takk for hjelpen så langt.",
             "{greet}\n\nstatus på byggesøknaden? {addr}",
             "{greet}\n\nVi ønsker å gjøre en liten endring i søknaden om {t}: vinduet mot nord blir flyttet 50 cm. Må vi sende nye tegninger, eller holder det med denne e-posten?",
             "{greet}\n\nJeg fikk vedtaket i dag, takk for rask behandling! Et spørsmål: gjelder tillatelsen også for trappa ned til hagen, eller må den søkes om separat?"],
        NN: ["{greet}\n\nKorleis går det med søknaden om {t} på {addr}? Han vart send {date}, og vi har ikkje høyrt noko sidan.",
             "{greet}\n\nDet er no gått {weeks} veker sidan vi søkte om {t}. Kan de gje ein dato for når vi får vedtak?",
             "{greet}\n\nVi trekkjer søknaden om {t} på {gb}. Takk for hjelpa så langt.", "{greet}\n\nstatus på byggjesøknaden? {addr}"],
        EN: ["{greet}\n\nCould you tell me the status of our application for {t} at {addr}? It was submitted on {date} and we have not heard anything since."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.35)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Status byggesøknad {addr}", "Spørsmål om søknaden vår", "Trekker søknad - {gb}", "Endring i søknad om {t}", "Byggesøknad {gb}", "Vedtak {addr}"],
                          NN: ["Status byggjesøknad {addr}", "Spørsmål om søknaden vår", "Trekkjer søknad - {gb}"],
                          EN: ["Status of application - {addr}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    quoted, subject = _maybe_reply(rng, world, tenant, link, "byggesak", f"{prop.gnr}/{prop.bnr} - {prop.address}", lang, subject)
    return _make(tenant, w, subject, body, "byggesak", quoted=quoted, sak=link.sak, note=link.note)


# --------------------------------------------------------------------------------------------
# plansak
# --------------------------------------------------------------------------------------------

PLACES = ["Nordneset", "Sandvika", "Holmavika", "Eidsnes", "Bøen", "Storøya", "Kvernhusmyra", "Leitet", "Solbakken", "Revet",
          "Heimstad", "Lundeberget", "Strandheim", "Vågen", "Brattholmen", "Furuneset", "Skarvik", "Grønlia", "Myrane", "Kaibakken"]
PLAN_KINDS = [("boligfelt", "bustadfelt"), ("hyttefelt", "hyttefelt"), ("sentrum", "sentrum"), ("næringsområde", "næringsområde"),
              ("småbåthavn", "småbåthamn"), ("skole og idrettspark", "skule og idrettspark"), ("massetak", "massetak"), ("gang- og sykkelveg", "gang- og sykkelveg")]


@dataclass
class Plan:
    name: str  # "Detaljregulering for Nordneset boligfelt"
    short: str  # "Nordneset boligfelt"
    short_nn: str
    plan_id: str


def _plan_id(rng: random.Random, world: World, tenant: str) -> str:
    """A planID not used before in this world, so that a planID names one plan only."""
    used = world.__dict__.setdefault("_plan_ids", set())
    kno = "1506" if tenant == "fjordvik" else "1562"
    while True:
        pid = f"{kno}{rng.choice([2023, 2024, 2025, 2026])}{rng.randint(1, 999):03d}"
        if pid not in used:
            used.add(pid)
            return pid


def _plan(rng: random.Random, world: World, tenant: str) -> Plan:
    place = rng.choice(PLACES)
    kind = rng.choice(PLAN_KINDS)
    prefix = rng.choice(["Detaljregulering for", "Detaljregulering for", "Reguleringsplan for", "Områderegulering for"])
    return Plan(f"{prefix} {place} {kind[0]}", f"{place} {kind[0]}", f"{place} {kind[1]}", _plan_id(rng, world, tenant))


KOMMUNEPLAN = "Kommuneplanens arealdel 2027-2039"


def _ensure_planid(rng: random.Random, subject: str, body: str, link: Link, plan: Plan) -> str:
    """When the planID decides the case, the mail must name it."""
    if link.mode == "planid" and plan.plan_id not in subject + body:
        return subject + rng.choice([f" - planID {plan.plan_id}", f" (planID {plan.plan_id})", f", plan-ID {plan.plan_id}"])
    return subject


def _plan_slots(rng: random.Random, world: World, tenant: str, lang: str, plan: Plan, link: Link, **extra) -> dict:
    s = {"kommune": kommune_name(tenant), "plan": plan.short_nn if lang == NN else plan.short, "planfull": plan.name, "pid": plan.plan_id,
         "date": _date(rng, lang), "date2": _date(rng, lang), "fdate": _future(rng, lang), "ref": _ref_phrase(rng, link, lang), "raw": link.ref,
         "n": rng.choice([12, 18, 24, 30, 45, 60]), "daa": rng.choice([4, 8, 12, 20, 35]), "road": world.street().rsplit(" ", 1)[0],
         "phone": world.phone()}
    s.update(extra)
    return s


def _plan_link(rng: random.Random, world: World, tenant: str, plan: Plan, lang: str, cite: float, unknown: float = 0.05,
               twin: float = 0.15, planid: float = 0.4) -> Link:
    """Link to a plan case; sometimes the tenant has two plan cases with similar names and the number decides.

    A mail that names no case number but the planID of an open plan case belongs to that case.
    """
    link = _link(rng, world, tenant, "plansak", f"{plan.name} - planID {plan.plan_id}", lang=lang, cite=cite, unknown=unknown)
    if link.mode == "none" and rng.random() < planid:
        case = world.open_case(tenant, "plansak", f"{plan.name} - planID {plan.plan_id}")
        return Link(case.sak, "", "planid", f"No case number; planID {plan.plan_id} names open case {case.sak}.", case)
    if link.mode == "cite" and rng.random() < twin:
        other_id = _plan_id(rng, world, tenant)
        d = world.open_case(tenant, "plansak", f"{plan.name} - planID {other_id}")
        link.note = f"Two open plan cases for {plan.short} ({link.sak} and {d.sak}); the cited number decides."
    return link


def make_plan_innspill_kommuneplan(rng: random.Random, world: World) -> Draft:
    """A landowner or resident sends input to the kommuneplan (arealdel or samfunnsdel)."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.02)
    prop = world.property()
    _p, w = _citizen(rng, world)
    plan = Plan(KOMMUNEPLAN, "kommuneplanen", "kommuneplanen", "")
    link = _link(rng, world, tenant, "plansak", f"Rullering av {KOMMUNEPLAN.lower()}", lang=lang, cite=0.3, unknown=0.05)
    place = rng.choice(PLACES)
    s = _plan_slots(rng, world, tenant, lang, plan, link, gb=_gb(rng, prop, lang), place=place)
    texts = {
        NB: ["{greet}\n\nVi er tre familier som eier hver vår hyttetomt ved {place}. Vi har forstått at kommunen vurderer å ta området ut av kommuneplanen som byggeområde for fritidsboliger. Vi har kjøpt tomtene i tillit til at de kan bebygges, og ber om at formålet blir videreført.",
             "{greet}\n\nMin familie har drevet gården på {place} ({gb}) i fire generasjoner. Vi vil bygge et naust og et lite utleiehus ved sjøen for å få en ekstra inntekt, men arealet er i dag avsatt til LNF og ligger innenfor 100-metersbeltet. Vårt ønske er at rundt {daa} dekar ved den gamle kaia legges inn som fritids- og turistformål i den nye arealdelen.\n\nSkisse av området ligger vedlagt.",
             "{greet}\n\nInnspill til kommuneplanen: Vi som bor på {place} ønsker at kommunen setter av areal til en ny gang- og sykkelveg langs {road}. I dag går barna langs en smal veg uten fortau. Det haster.",
             "{greet}\n\nJeg har sett at kommunen har varslet oppstart av arbeidet med ny arealdel. Jeg vil be om at eiendommen min ({gb}) blir tatt ut av hensynssonen for flom. Det har aldri vært flom her i manns minne, og hensynssonen gjør at vi ikke kan bygge garasje.",
             "{greet}\n\nInnspill til kommuneplanens samfunnsdel: Kommunen må prioritere bolig for unge. Det er nesten umulig for unge familier å få kjøpt tomt i {place}. Jeg foreslår at det settes av areal til minst {n} nye boligtomter i sentrumsnære områder.",
             "{greet}\n\ninnspill til arealplanen. ønsker at tomta mi {gb} blir regulert til fritidsbolig. har planer om å bygge 3 hytter. ring meg gjerne {phone}",
             "{greet}\n\nViser til {ref}. Vi er flere grunneiere på {place} som sammen ønsker å spille inn et område for fritidsbebyggelse, ca. {daa} dekar. Vedlagt følger kart, beskrivelse og en foreløpig vurdering av konsekvenser for naturmangfold og landbruk."],
        NN: ["{greet}\n\nFamilien min har drive garden på {place} ({gb}) i fire generasjonar. Vi vil byggje eit naust og eit lite utleigehus ved sjøen, men arealet er LNF og ligg innanfor 100-metersbeltet. Vi ber om at om lag {daa} dekar ved den gamle kaia blir lagt inn som fritids- og turistføremål i den nye arealdelen.\n\nSkisse ligg ved.",
             "{greet}\n\nInnspel til kommuneplanen: Vi som bur på {place} ønskjer at kommunen set av areal til gang- og sykkelveg langs {road}. I dag går borna langs ein smal veg utan fortau.",
             "{greet}\n\nEg ber om at eigedomen min ({gb}) blir teken ut av omsynssona for flaum i den nye arealdelen. Det har aldri vore flaum her, og sona gjer at vi ikkje kan byggje garasje.",
             "{greet}\n\ninnspel til arealplanen. ønskjer at tomta mi {gb} blir regulert til fritidsbustad."],
        EN: ["{greet}\n\nI own a property at {place} ({gb}) and would like to submit input to the new municipal master plan. I ask that about {daa} decares are changed from agricultural use (LNF) to leisure housing. A map is attached."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.3)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Innspill til kommuneplanens arealdel - {gb}", "Innspill kommuneplan", "Innspill til kommuneplanen – {place}", "innspill arealplan", "Kommuneplan - innspill fra grunneier"],
                          NN: ["Innspel til arealdelen av kommuneplanen - {gb}", "Innspel kommuneplan", "innspel arealplan"],
                          EN: ["Input to the municipal master plan - {place}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    atts = [AttachmentSpec(f"Kart_innspill_{_plain(place)}.pdf", "pdf", f"Innspill til kommuneplan\n{place}, {s['gb']}")] if rng.random() < 0.6 else []
    return _make(tenant, w, subject, body, "plansak", attachments=atts, sak=link.sak, note=link.note or "Input to the kommuneplan.")


def make_plan_merknad(rng: random.Random, world: World) -> Draft:
    """A resident's merknad to a regulation plan on høring / offentlig ettersyn."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.02)
    plan = _plan(rng, world, tenant)
    _p, w = _citizen(rng, world)
    prop = world.property()
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.65)
    s = _plan_slots(rng, world, tenant, lang, plan, link, gb=_gb(rng, prop, lang), addr=prop.address)
    texts = {
        NB: ["{greet}\n\nJeg har gått gjennom planbeskrivelsen for {plan} og savner en vurdering av skredfare. Det gikk et lite steinsprang i lia ovenfor feltet vinteren 2021, og det ble meldt til NVE. Jeg ber om at dette blir utredet før planen vedtas.",
             "{greet}\n\nMerknad fra beboer i {addr}: Planen viser en ny parkeringsplass for 40 biler rett utenfor soveromsvinduet vårt. Kan den flyttes til andre siden av ballbingen? Der er det ingen boliger.",
             "{greet}\n\nHøringsinnspill til {planfull} (planID {pid}) fra eier av {gb}:\n\na) Det nye grøntdraget mellom feltene er for smalt til å fungere som snarveg for skolebarna. Det bør være minst åtte meter bredt.\nb) Overvannet fra feltet skal etter planen ledes til bekken som renner forbi min eiendom. Bekken går allerede over sine bredder ved styrtregn.\nc) Anleggstrafikken bør gå via {road} og ikke gjennom det eksisterende boligfeltet.\n\nJeg ber om at innspillene blir vurdert og besvart i saksframlegget.",
             "{greet}\n\nMerknad til planforslaget for {plan}:\n\nByggehøydene i felt B2 er alt for høye. Fire etasjer rett bak rekken av eneboliger i {road} vil ta all kveldssol. Vi ber om at høyden reduseres til maks to etasjer mot eksisterende bebyggelse.",
             "{greet}\n\nVi i {addr} er sterkt imot at friområdet ved sjøen blir omregulert til boliger. Dette er det eneste stedet ungene i nabolaget kan leke trygt. Vi har samlet {n} underskrifter, se vedlegg.",
             "{greet}\n\nHar lest planforslaget for {plan}. Synes det er bra at det kommer nye boliger, men trafikken i {road} blir et problem. Det må bygges fortau før feltet bygges ut.",
             "{greet}\n\nHøringsinnspill {planfull}, {ref}\n\nJeg er eier av naboeiendommen {gb} og ber om at planavgrensningen justeres slik at min private veg ikke blir regulert til felles veg. Vegen er bygd og vedlikeholdt av meg, og det er ikke inngått noen avtale om bruk.",
             "{greet}\n\nmerknad til planen {plan}. støyen fra den nye næringstomta vil bli et stort problem for oss som bor i {road}. krever støyskjerm"],
        NN: ["{greet}\n\nEg har lese planomtalen for {plan} og saknar ei vurdering av skredfare. Det gjekk eit lite steinsprang i lia ovanfor feltet i 2021. Eg ber om at dette blir greidd ut før planen blir vedteken.",
             "{greet}\n\nHøyringsinnspel til {planfull} (planID {pid}) frå eigar av {gb}:\n\na) Grøntdraget mellom felta er for smalt til å fungere som snarveg for skuleborna.\nb) Overvatnet frå feltet skal etter planen gå i bekken forbi eigedomen min, som alt no flaumar over ved styrtregn.\nc) Anleggstrafikken bør gå via {road} og ikkje gjennom bustadfeltet.",
             "{greet}\n\nMerknad til planforslaget for {plan}: Byggjehøgdene i felt B2 er altfor høge. Fire etasjar rett bak einebustadane i {road} vil ta all kveldssol. Vi ber om at høgda blir redusert.",
             "{greet}\n\nVi i {addr} er sterkt imot at friområdet ved sjøen blir omregulert til bustader. Dette er den einaste staden borna i grenda kan leike trygt.",
             "{greet}\n\nHøyringsinnspel til {planfull}, {ref}: Eg eig {gb} og ber om at planavgrensinga blir justert slik at den private vegen min ikkje blir regulert til felles veg."],
        EN: ["{greet}\n\nI am the owner of a holiday home at {addr} and have read the proposed zoning plan for {plan} (plan ID {pid}). I object to the planned road through the area between the cabins, as it will increase traffic and noise. Please consider the alternative route along the existing tractor road."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.3)
    body = _join(core, _sign_citizen(rng, w, lang, addr=prop.address, world=world))
    subject = _choose(rng, {NB: ["Merknad til {planfull}", "Høringsinnspill - {plan}", "Merknad planforslag {plan} - planID {pid}", "Innspill til reguleringsplan {plan}", "merknad reguleringsplan"],
                          NN: ["Merknad til {planfull}", "Høyringsinnspel - {plan}", "Merknad til planforslag {plan}"],
                          EN: ["Comment on zoning plan {plan}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_planid(rng, subject, body, link, plan)
    quoted, subject = _maybe_reply(rng, world, tenant, link, "plansak", plan.name, lang, subject, p=0.2)
    return _make(tenant, w, subject, body, "plansak", quoted=quoted, sak=link.sak, note=link.note)


def make_plan_varsel_oppstart(rng: random.Random, world: World) -> Draft:
    """A consultant notifies the start of private plan work (varsel om oppstart) on behalf of a developer."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.4 else NB
    plan = _plan(rng, world, tenant)
    prop = world.property()
    _p, w = _firm_writer(rng, world, rng.choice(["konsult", "arkitekt", "landskap", "prosjekt"]),
                        title=rng.choice(["Arealplanlegger", "Planlegger", "Sivilarkitekt MNAL", "Rådgiver plan", "Fagansvarlig plan"]), p_orgnr=0.65, lang=lang)
    developer = world.firm("eiendom")
    link = _link(rng, world, tenant, "plansak", f"{plan.name} - planID {plan.plan_id}", lang=lang, cite=0.2, unknown=0.05)
    s = _plan_slots(rng, world, tenant, lang, plan, link, gb=f"gnr. {prop.gnr} bnr. {prop.bnr} m.fl.", dev=developer.name,
                    paper=rng.choice(["Fjordingen", "Havøyposten", "Kystavisa", "Vestlandsnytt"]))
    texts = {
        NB: ["Hei,\n\nVi er engasjert av {dev} som plankonsulent for {planfull} ({gb}). I tråd med referatet fra oppstartsmøtet {date} sender vi over kunngjøringen, som skal stå i {paper} neste uke, og brevet som går til naboer, grunneiere og regionale myndigheter.\n\nTiltakshaver ønsker å bygge ut et næringsområde for lett industri og lager. Vi har vurdert forskrift om konsekvensutredninger og mener planen ikke faller inn under vedlegg I eller II.\n\nMerknader skal sendes oss innen {fdate}. Vi setter pris på om kommunen legger kunngjøringen ut på sine nettsider.",
             "Hei,\n\nVedlagt følger varsel om oppstart av planarbeid for {plan}, med kart over planavgrensning. Varselet gikk ut til naboer og berørte myndigheter i dag.",
             "{kommune}\n\nVARSEL OM OPPSTART AV PLANARBEID – {planfull}\n\nI samsvar med pbl. §§ 12-3 og 12-8 varsles oppstart av privat detaljregulering. Tiltakshaver er {dev}. Planområdet er ca. {daa} daa og omfatter {gb}. Hensikten er å regulere området til næringsformål med tilhørende infrastruktur.\n\nSamtidig varsles oppstart av forhandlinger om utbyggingsavtale, jf. pbl. § 17-4.\n\nInnspill sendes til oss innen {fdate}, med kopi til kommunen.",
             "Hei\n\nVi minner om at fristen for innspill til oppstartsvarselet for {plan} går ut {fdate}. Kommunen bes publisere varselet på sine nettsider, slik det ble avtalt i oppstartsmøtet {date}."],
        NN: ["Hei,\n\nVi er plankonsulent for {dev} i arbeidet med {planfull} ({gb}). Som avtalt i oppstartsmøtet {date} sender vi kunngjeringa og brevet til naboar og regionale mynde. Planen skal leggje til rette for om lag {n} fritidsbustader med felles tilkomst og parkering.\n\nFrist for merknader til oss er {fdate}.",
             "Hei,\n\nVedlagt følgjer varsel om oppstart av planarbeid for {plan}, med kart over planavgrensinga. Varselet er sendt til naboar og offentlege mynde i dag."],
    }
    core = _choose(rng, texts, lang, **s).replace("m.fl..", "m.fl.")
    body = _join(core, _sign_org(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Kunngjøring - oppstart av planarbeid for {plan}", "Varsel om oppstart av planarbeid - {plan}", "Oppstartsvarsel {plan}", "VARSEL OM OPPSTART - {planfull}"],
                          NN: ["Kunngjering - oppstart av planarbeid for {plan}", "Varsel om oppstart av planarbeid - {plan}"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    atts = [AttachmentSpec(f"Varselbrev_{_plain(plan.short.split(' ')[0])}.pdf", "pdf", f"Varsel om oppstart av planarbeid\n{plan.name}\n{w.org}\n{w.orgnr_text}"),
            AttachmentSpec("Planavgrensning.pdf", "pdf", f"Planavgrensning\n{plan.name}")][: rng.randint(1, 2)]
    return _make(tenant, w, subject, body, "plansak", attachments=atts, sak=link.sak, note=link.note or "Notice of start of private plan work.")


AGENCIES = [
    ("Statens vegvesen", "vegvesen.no", "firmapost-vest@vegvesen.no", "Seksjon plan og forvaltning", "veg"),
    ("Norges vassdrags- og energidirektorat (NVE)", "nve.no", "nve@nve.no", "Region Vest", "flaum"),
    ("Vestland fylkeskommune", "vlfk.no", "post@vlfk.no", "Seksjon for regional planlegging", "kulturminne"),
    ("Kystverket", "kystverket.no", "post@kystverket.no", "Kystverket Vest", "farlei"),
    ("Mattilsynet", "mattilsynet.no", "postmottak@mattilsynet.no", "Avdeling Sør og Vest", "drikkevatn"),
    ("Direktoratet for mineralforvaltning", "dirmin.no", "mail@dirmin.no", "Seksjon for plan", "masse"),
    ("Bane NOR SF", "banenor.no", "post@banenor.no", "Arealplan", "veg"),
    ("Vestland fylkeskommune, samferdsel", "vlfk.no", "post@vlfk.no", "Samferdselsavdelinga", "veg"),
]


def make_plan_uttalelse_myndighet(rng: random.Random, world: World) -> Draft:
    """A state or regional agency's uttalelse to a plan on høring (a plansak, not a tilsyn)."""
    tenant = pick_tenant(rng)
    plan = _plan(rng, world, tenant)
    org, domain, generic, unit, topic = rng.choice(AGENCIES)
    lang = NN if ("fylkeskommune" in org and rng.random() < 0.7) or rng.random() < 0.15 else NB
    _p, w = _org_writer(rng, world, org, domain, title=unit, p_orgnr=0.15, generic=generic, lang=lang)
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.85, unknown=0.05)
    s = _plan_slots(rng, world, tenant, lang, plan, link, ourref=f"{rng.randint(24, 26)}/{rng.randint(10000, 199999)}-{rng.randint(1, 9)}",
                    rv=rng.choice(["rv. 651", "fv. 60", "fv. 5808", "E39", "fv. 614"]), m=rng.choice([15, 20, 30, 50]))
    points = {
        "veg": {NB: "Adkomsten til planområdet er vist med direkte avkjørsel til {rv}. Vi kan ikke akseptere nye avkjørsler på denne strekningen og ber om at adkomsten samles i eksisterende kryss ca. 200 meter lenger nord. Gående og syklende må sikres en trygg forbindelse til holdeplassen. Dersom planen vedtas med ny direkte avkjørsel, vil vi vurdere å fremme innsigelse.",
                NN: "Tilkomsten til planområdet er vist med direkte avkøyrsle til {rv}. Vi kan ikkje godta nye avkøyrsler på denne strekninga og ber om at tilkomsten blir samla i eksisterande kryss lenger nord. Gåande og syklande må få trygg samband til haldeplassen."},
        "flaum": {NB: "Deler av planområdet ligger innenfor aktsomhetsområde for flom og skred. Det må gjennomføres en faglig vurdering av fare før planen vedtas, jf. TEK17 § 7-2 og § 7-3. Resultatene må innarbeides som hensynssoner med bestemmelser.",
                  NN: "Delar av planområdet ligg innanfor aktsemdsområde for flaum og skred. Det må gjerast ei fagleg vurdering av fare før planen blir vedteken, og resultata må inn som omsynssoner."},
        "kulturminne": {NB: "Innenfor planområdet ligger et automatisk fredet kulturminne (gravrøys). Vi krever at det avsettes hensynssone rundt kulturminnet. Vi har også behov for å gjennomføre arkeologisk registrering før planen kan sluttbehandles.",
                        NN: "Innanfor planområdet ligg eit automatisk freda kulturminne (gravrøys). Vi krev omsynssone rundt kulturminnet, og vi må gjennomføre arkeologisk registrering før planen kan sluttbehandlast."},
        "farlei": {NB: "Planen omfatter sjøareal inntil hovedleia. Flytebrygger og utfyllinger må ikke redusere seilingsbredden, og tiltak i sjø krever tillatelse etter havne- og farvannsloven.",
                   NN: "Planen omfattar sjøareal inntil hovudleia. Flytebrygger og utfyllingar må ikkje redusere seglingsbreidda."},
        "drikkevatn": {NB: "Deler av planområdet ligger i nedbørfeltet til drikkevannskilden. Vi ber om at det tas inn bestemmelser som sikrer kilden mot forurensning, og at avløp fra nye hytter ikke tillates infiltrert i nedbørfeltet.",
                       NN: "Delar av planområdet ligg i nedbørfeltet til drikkevasskjelda. Vi ber om føresegner som sikrar kjelda mot forureining."},
        "masse": {NB: "Planen må vise endelig uttaksgrense, etappevis drift og istandsetting. Vi minner om at uttak av mer enn 10 000 m3 krever driftskonsesjon etter mineralloven.",
                  NN: "Planen må vise endeleg uttaksgrense, etappevis drift og istandsetjing."},
    }
    opening = {NB: "{org_}\n\nDeres ref.: {raw}\nVår ref.: {ourref}\nDato: {date}\n\n{PLANFULL} – PLANID {pid} – HØRINGSUTTALELSE\n\nVi har mottatt planforslaget til uttalelse med frist {date2}, og har følgende merknader innenfor vårt ansvarsområde.",
               NN: "{org_}\n\nDykkar ref.: {raw}\nVår ref.: {ourref}\nDato: {date}\n\n{PLANFULL} – PLANID {pid} – FRÅSEGN\n\nVi har motteke planforslaget til fråsegn med frist {date2}, og har desse merknadene innanfor vårt ansvarsområde."}[lang]
    if not link.ref:
        opening = opening.replace("Deres ref.: {raw}\n", "").replace("Dykkar ref.: {raw}\n", "")
    alt_open = {NB: "Hei\n\nVedlagt følger vår uttalelse til varsel om oppstart av {planfull} ({ref}).",
                NN: "Hei\n\nVedlagt følgjer fråsegna vår til varsel om oppstart av {planfull} ({ref})."}[lang]
    if rng.random() < 0.25 and link.ref:
        core = alt_open.format(**s)
        atts = [AttachmentSpec("Uttalelse.pdf", "pdf", f"Uttalelse\n{plan.name}\n" + points[topic][lang].format(**s))]
    else:
        core = _join(opening.format(org_=kommune_name(tenant), PLANFULL=plan.name.upper(), **s), points[topic][lang].format(**s),
                     rng.choice([{NB: "Spørsmål om uttalelsen kan rettes til undertegnede.", NN: "Spørsmål om fråsegna kan rettast til underteikna."},
                                 {NB: "Vi ber om å få tilsendt vedtaket når planen er behandlet.", NN: "Vi ber om å få tilsendt vedtaket når planen er handsama."},
                                 {NB: "", NN: ""}])[lang])
        atts = []
    sign = _join(_sign_org(rng, w, lang, world), _maybe(rng, 0.4, {NB: "Brevet er godkjent elektronisk og sendes uten underskrift.", NN: "Brevet er godkjent elektronisk og har difor ikkje underskrift."}[lang]))
    body = _join(core, sign)
    subject = _choose(rng, {NB: ["Høringsuttalelse - {planfull} (planID {pid})", "Uttalelse - {plan}", "Innspill til varsel om oppstart - {planfull}", "{planfull} - uttalelse fra {org}"],
                          NN: ["Fråsegn til offentleg ettersyn - {planfull} - planID {pid}", "Fråsegn - {plan}", "{planfull} - fråsegn"]}, lang, org=org, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_planid(rng, subject, body, link, plan)
    return _make(tenant, w, subject, body, "plansak", attachments=atts, sak=link.sak,
                 note=(link.note + " Uttalelse from a state/regional agency to a plan: plansak, not tilsyn.").strip())


ASSOCIATIONS = [("{place} vel", "vel"), ("{place} hytteeigarlag", "hyttelag"), ("{place} idrettslag", "il"), ("{place} grunneigarlag", "grunneigar"),
                ("{place} båtlag", "batlag"), ("Foreldrerådets arbeidsutval (FAU) ved {place} skule", "fau"), ("{place} sogelag", "sogelag"),
                ("Naturvernforbundet i {kommune_short}", "nvf"), ("{place} bygdelag", "bygdelag")]


def make_plan_lag_forening(rng: random.Random, world: World) -> Draft:
    """A local association (vel, idrettslag, hytteeierlag, FAU) sends merknader to a plan."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    plan = _plan(rng, world, tenant)
    place = rng.choice(PLACES)
    pattern, key = rng.choice(ASSOCIATIONS)
    org = pattern.format(place=place, kommune_short=kommune_name(tenant).split(" ")[0])
    if lang == NB:
        org = org.replace("hytteeigarlag", "hytteeierlag").replace("grunneigarlag", "grunneierlag").replace("arbeidsutval", "arbeidsutvalg").replace(" skule", " skole")
    domain = _plain(place + key).lower() + ".no"
    if rng.random() < 0.35:
        _p, w = _citizen(rng, world)  # the leader writes from a private address on behalf of the association
        orgnr = world.orgnr() if rng.random() < 0.4 else None
        w.avsender = {"navn": org, "epost": w.email, "orgnr": orgnr}
        w.org, w.orgnr_text = org, (_orgnr_text(rng, orgnr, lang, plain=True) if orgnr else "")
    else:
        _p, w = _org_writer(rng, world, org, domain, p_orgnr=0.5, lang=lang)
    w.title = rng.choice(["styreleiar" if lang == NN else "styreleder", "leiar" if lang == NN else "leder", "sekretær", "på vegne av styret"])
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.6)
    s = _plan_slots(rng, world, tenant, lang, plan, link, org=org, place=place)
    texts = {
        NB: ["Til {kommune}\n\nUttalelse fra {org} til {planfull} (planID {pid}), {ref}\n\nVi har gått gjennom planforslaget på medlemsmøte {date}. Medlemmene er samstemte i at badeplassen og stien langs sjøen må bli liggende som friområde, og ikke inngå i de private tomtene slik plankartet nå viser. Stien har vært brukt i generasjoner og er den eneste trygge forbindelsen mellom boligfeltet og butikken.\n\nVi ber også om at det avsettes plass til et felles naust for medlemmenes robåter.",
             "{greet}\n\nStyret i {org} har behandlet planforslaget for {plan} i styremøte {date}. Styret er positivt til at området blir utviklet, men ber om at den gamle ferdselsvegen langs sjøen blir regulert til turveg, og at det blir stilt krav om at badeplassen skal være tilgjengelig for alle.",
             "{greet}\n\n{org} har {n} medlemmer og representerer de fleste hytteeierne i området. Vi er bekymret for at planen åpner for nye tomter uten at vegen blir utbedret. Vegen er i dag smal og uten møteplasser. Vi ber om rekkefølgekrav om utbedring av vegen før nye tomter kan bebygges.",
             "{greet}\n\nUttalelse fra {org} til varsel om oppstart av {planfull}: Vi ber om at det gjøres en grundig kartlegging av naturmangfold i strandsonen, der det hekker sjøfugl. Vi ber også om å bli holdt orientert om planarbeidet."],
        NN: ["Til {kommune}\n\nFråsegn frå {org} til {planfull} (planID {pid}), {ref}\n\nMedlemsmøtet {date} var samstemt: badeplassen og stien langs sjøen må liggje som friområde og ikkje inngå i dei private tomtene. Stien er den einaste trygge vegen mellom bustadfeltet og butikken.",
             "{greet}\n\nStyret i {org} har handsama planforslaget for {plan} i styremøte {date}. Vi er positive, men ber om at den gamle ferdselsvegen langs sjøen blir regulert til turveg.",
             "{greet}\n\n{org} har {n} medlemer. Vi er uroa for at planen opnar for nye tomter utan at vegen blir utbetra. Vi ber om rekkjefølgjekrav om utbetring av vegen."],
    }
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s)
    body = _join(core, _sign_org(rng, w, lang, world, formal=True))
    subject = _choose(rng, {NB: ["Merknad til planforslag – {plan}", "Høringsuttalelse fra {org} - {planfull}", "Merknader til {planfull}", "Innspill til oppstart av {plan}"],
                          NN: ["Merknad til planforslag – {plan}", "Høyringsfråsegn frå {org} - {planfull}", "Merknader til {planfull}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_planid(rng, subject, body, link, plan)
    return _make(tenant, w, subject, body, "plansak", sak=link.sak, note=link.note)


def make_plan_planforslag(rng: random.Random, world: World) -> Draft:
    """The consultant submits a planforslag or revised plan documents in an ongoing plan case."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.4 else NB
    plan = _plan(rng, world, tenant)
    _p, w = _firm_writer(rng, world, rng.choice(["konsult", "arkitekt", "landskap"]), title=rng.choice(["Planlegger", "Arealplanlegger", "Prosjektleder plan"]), lang=lang)
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.75, unknown=0.05)
    s = _plan_slots(rng, world, tenant, lang, plan, link)
    texts = {
        NB: ["{greet}\n\nVedlagt oversendes komplett planforslag for {planfull}, planID {pid}, til førstegangsbehandling:\n- plankart (pdf og sosi)\n- reguleringsbestemmelser\n- planbeskrivelse med ROS-analyse\n- innkomne merknader til oppstartsvarselet med forslagsstillers kommentarer\n\nVi ber om bekreftelse på at planforslaget er komplett.",
             "{greet}\n\nI tråd med kommunens tilbakemelding {date} er plankartet revidert: byggegrensen mot vegen er flyttet, og lekeplassen er utvidet til 1,5 daa. Revidert plankart og bestemmelser ligger vedlagt ({ref}).",
             "{greet}\n\nViser til {ref}. Vi har mottatt spørsmål fra en grunneier om planavgrensningen mot nord. Vi foreslår å ta ut gnr. 12 bnr. 3 av planområdet, og ber om kommunens vurdering før vi sender revidert forslag.",
             "{greet}\n\nHer er sosi-fila til plankartet for {plan}, som dere etterspurte. Beklager at den falt ut av forrige sending."],
        NN: ["{greet}\n\nVedlagt vert komplett planforslag for {planfull}, planID {pid}, sendt til fyrstegongshandsaming: plankart, føresegner, planomtale med ROS-analyse og merknader til oppstartsvarselet.\n\nVi ber om stadfesting på at planforslaget er komplett.",
             "{greet}\n\nPlankartet er revidert i tråd med tilbakemeldinga frå kommunen {date}. Revidert plankart og føresegner ligg ved ({ref})."],
    }
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang, formal=True), **s)
    body = _join(core, _sign_org(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Planforslag - {planfull} - planID {pid}", "Revidert plankart {plan}", "Oversendelse av planforslag til 1. gangs behandling - {plan}", "SOSI-fil {plan}"],
                          NN: ["Planforslag - {planfull} - planID {pid}", "Revidert plankart {plan}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_planid(rng, subject, body, link, plan)
    atts = [AttachmentSpec(n, "pdf", f"{t}\n{plan.name}\nplanID {plan.plan_id}") for n, t in
            rng.sample([("Plankart.pdf", "Plankart"), ("Reguleringsbestemmelser.docx", "Reguleringsbestemmelser"), ("Planbeskrivelse.pdf", "Planbeskrivelse"),
                        ("ROS-analyse.pdf", "ROS-analyse")], rng.randint(1, 3))]
    for a in atts:
        if a.filename.endswith(".docx"):
            a.kind = "docx"
    return _make(tenant, w, subject, body, "plansak", attachments=atts, sak=link.sak, note=link.note)


def make_plan_sporsmal(rng: random.Random, world: World) -> Draft:
    """A citizen asks about a plan process: deadlines, what the plan means for them, how to comment."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.05)
    plan = _plan(rng, world, tenant)
    prop = world.property()
    _p, w = _citizen(rng, world) if lang != EN else (None, _foreigner(rng, world))
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.3, twin=0.0)
    s = _plan_slots(rng, world, tenant, lang, plan, link, gb=_gb(rng, prop, lang), addr=prop.address)
    texts = {
        NB: ["{greet}\n\nJeg er student og skriver oppgave om boligutvikling i {plan}. Kan jeg få tilsendt planbeskrivelsen og merknadene som har kommet inn?",
             "{greet}\n\nNår er fristen for å komme med merknader til planen for {plan}? Jeg finner ikke datoen på nettsidene.",
             "{greet}\n\nJeg eier {gb} like ved det nye planområdet for {plan}. Blir eiendommen min berørt av planen? På kartet ser det ut som den nye vegen går over hagen vår.",
             "{greet}\n\nKommer det et informasjonsmøte om {planfull}? Mange av oss naboene har spørsmål, og det er vanskelig å forstå plankartet.",
             "{greet}\n\nhvor finner jeg plankartet for {plan}? lenken på nettsida virker ikke",
             "{greet}\n\nJeg har hørt at kommunen vil regulere området rundt {addr} til næring. Stemmer det? Vi har ikke fått noe varsel."],
        NN: ["{greet}\n\nNår er fristen for merknader til planen for {plan}? Eg finn ikkje datoen på nettsidene.",
             "{greet}\n\nEg eig {gb} like ved det nye planområdet for {plan}. Blir eigedomen min råka av planen?",
             "{greet}\n\nkvar finn eg plankartet for {plan}? lenkja på nettsida verkar ikkje"],
        EN: ["{greet}\n\nWe own a cabin close to the area of the new zoning plan for {plan}. Could you tell us how we can comment on the plan, and what the deadline is? Is there any information in English?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.4)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Spørsmål om reguleringsplan {plan}", "Frist merknader {plan}?", "Plankart {plan}", "Ny plan ved {addr}?", "spørsmål plan"],
                          NN: ["Spørsmål om reguleringsplan {plan}", "Frist for merknader?", "Plankart {plan}"],
                          EN: ["Question about the zoning plan for {plan}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_planid(rng, subject, body, link, plan)
    return _make(tenant, w, subject, body, "plansak", sak=link.sak, note=link.note or "Question about a plan process.")


def make_plan_svar_varsel(rng: random.Random, world: World) -> Draft:
    """A neighbour or landowner answers the consultant's varsel om oppstart, with copy to the kommune."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    plan = _plan(rng, world, tenant)
    prop = world.property()
    _p, w = _citizen(rng, world)
    consultant = world.firm("konsult")
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.35, twin=0.1)
    s = _plan_slots(rng, world, tenant, lang, plan, link, gb=_gb(rng, prop, lang), cons=consultant.name)
    texts = {
        NB: ["{greet}\n\nSom eier av skogen inntil planområdet for {plan} vil jeg gjøre oppmerksom på at det går en gammel vannledning over min eiendom og inn i planområdet. Den forsyner tre hus. Den må tas hensyn til i planarbeidet. Innspillet er også sendt {cons}.",
             "{greet}\n\nJeg har mottatt varsel om oppstart av {planfull} fra {cons}. Som grunneier av {gb}, som ligger innenfor planavgrensningen, vil jeg gjøre det klart at jeg ikke ønsker at min eiendom blir omregulert. Jeg driver fortsatt jordbruk på arealet.",
             "{greet}\n\nInnspill til varsel om oppstart – {plan}. Vi har ingen innvendinger mot planen, men ber om at eksisterende adkomst til vår eiendom ({gb}) blir videreført.",
             "{greet}\n\nKopi til kommunen av innspill sendt til {cons} i dag. Vi ber om at det gjøres en støyutredning, fordi planområdet ligger rett ved boligene våre."],
        NN: ["{greet}\n\nEg har fått varsel om oppstart av {planfull} frå {cons}. Som grunneigar av {gb}, som ligg innanfor planavgrensinga, vil eg gjere det klart at eg ikkje ønskjer at eigedomen min blir omregulert.",
             "{greet}\n\nInnspel til varsel om oppstart – {plan}. Vi har ingen innvendingar, men ber om at tilkomsten til eigedomen vår ({gb}) blir vidareført."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.25)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Innspill til varsel om oppstart - {plan}", "Svar på varsel om planoppstart {gb}", "Kopi: innspill {planfull}"],
                          NN: ["Innspel til varsel om oppstart - {plan}", "Svar på varsel om planoppstart {gb}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_planid(rng, subject, body, link, plan)
    cc = [f"post@{consultant.domain}"] if rng.random() < 0.5 else []
    return _make(tenant, w, subject, body, "plansak", cc=cc, sak=link.sak, note=link.note)


# --------------------------------------------------------------------------------------------
# vann og avløp
# --------------------------------------------------------------------------------------------

TILKNYTNING = "Tilknytning til kommunalt vann og avløp"


def _va_slots(rng: random.Random, world: World, tenant: str, lang: str, link: Link, prop: Property | None = None, **extra) -> dict:
    prop = prop or world.property()
    s = {"kommune": kommune_name(tenant), "addr": prop.address, "road": prop.address.rsplit(" ", 1)[0], "gb": _gb(rng, prop, lang),
         "g": prop.gnr, "b": prop.bnr, "date": _date(rng, lang), "date2": _date(rng, lang), "fdate": _future(rng, lang),
         "ref": _ref_phrase(rng, link, lang), "raw": link.ref, "phone": world.phone(), "kum": f"{rng.choice(['VK', 'SK', 'AK'])}-{rng.randint(100, 999)}",
         "meter": f"{rng.randint(10, 19)}-{rng.randint(100000, 999999)}", "stand": f"{rng.randint(100, 9999):05d}",
         "kr": rng.choice(["4 870", "7 312", "9 640", "12 455", "18 900", "23 118"]), "m3": rng.choice([180, 240, 320, 410, 560, 900])}
    s.update(extra)
    return s


def make_va_lekkasje(rng: random.Random, world: World) -> Draft:
    """A leak, a burst pipe or water running in the road; often terse, sent in the evening."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.04)
    _p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "vann_avlop", "Lekkasje", cite=0.0, unknown=0.03)
    s = _va_slots(rng, world, tenant, lang, link)
    texts = {
        NB: ["{greet}\n\nDet har kommet et lite søkk i plenen vår ut mot vegen, og det er alltid vått der, også når det er tørt vær. Vannmåleren går selv om alt er skrudd av inne. Kan det være en lekkasje på den kommunale delen av ledningen? Adressen er {addr}.",
             "Brannhydranten utenfor {addr} lekker. Det har rent jevnt i to dager nå.",
             "ser at det fosser vann ut av fortauskanten rett ved {addr}. asfalten har begynt å bule opp. ringte vakttelefonen men kom ikke gjennom",
             "{greet}\n\nDet står en vannsøyle opp fra kummen i {road} utenfor nr. {n}. Ser ut som et rørbrudd. Vi har ikke vann i huset.",
             "{greet}\n\nJeg vil melde om en mulig lekkasje på den kommunale vannledningen ved {addr}. Det har vært vått i grøfta langs vegen i over en uke, selv om det ikke har regnet, og vi hører susing i kummen. Kan noen komme og se på det?",
             "VANNLEKKASJE {road}!! Ring meg {phone}",
             "{greet}\n\nVi fikk i dag et brev om høyt vannforbruk. Kan det være lekkasje på stikkledningen vår? Vi har sjekket alle kraner og toaletter i huset. Hvem har ansvaret for ledningen mellom huset og kommunens ledning?",
             "{greet}\n\nHar oppdaget at det renner vann inn i kjelleren fra veggen mot gata. Rørleggeren mener det kommer fra den kommunale ledningen, ikke vår. Adressen er {addr}. Dette haster, det står allerede 5 cm vann på gulvet."],
        NN: ["{greet}\n\nDet har kome eit lite søkk i plenen vår mot vegen, og det er alltid vått der. Vassmålaren går sjølv om alt er skrudd av. Kan det vere lekkasje på den kommunale delen av leidninga? {addr}.",
             "ser at det fossar vatn ut av fortauskanten ved {addr}. asfalten byrjar å bule. fekk ikkje svar på vakttelefonen",
             "{greet}\n\nDet står ein vassøyle opp frå kummen i {road} utanfor nr. {n}. Ser ut som røyrbrot. Vi har ikkje vatn i huset.",
             "{greet}\n\nEg vil melde om ein mogleg lekkasje på den kommunale vassleidninga ved {addr}. Det har vore vått i grøfta i over ei veke, sjølv om det ikkje har regna. Kan nokon kome og sjå på det?",
             "VASSLEKKASJE {road}! Ring meg {phone}"],
        EN: ["{greet}\n\nThere is water coming up through the road outside {addr}. It has been running since this morning. I think it may be a broken pipe. Could someone check?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), n=rng.randint(2, 40), **s), 0.35)
    body = _join(core, _sign_citizen(rng, w, lang, world=world) if rng.random() < 0.8 else w.name.split(" ")[0].lower())
    subject = _choose(rng, {NB: ["vann i gata {road}", "Lekkasje {addr}", "Rørbrudd?", "Vann i vegen", "Mulig lekkasje på kommunal vannledning", "HASTER - vann i kjeller"],
                          NN: ["vatn i gata {road}", "Lekkasje {addr}", "Røyrbrot?", "Vatn i vegen"], EN: ["Water leak at {addr}", "Broken water pipe?"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    return _make(tenant, w, subject, body, "vann_avlop", sak=link.sak, note=link.note or "Leak report; new case.")


def make_va_tilknytning(rng: random.Random, world: World) -> Draft:
    """Søknad om tilknytning, or a follow-up in an open tilknytning case (often by gnr/bnr only)."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    firm = rng.random() < 0.45
    p, w = _firm_writer(rng, world, rng.choice(["rør", "vvs", "maskin"]), title=rng.choice(["", "daglig leder", "rørleggermester"]), lang=lang) if firm else _citizen(rng, world)
    link = _link(rng, world, tenant, "vann_avlop", _prop_title(prop, TILKNYTNING, with_addr=False), prop=prop, part=None if firm else p.name,
                 lang=lang, cite=0.3, gnr=0.3, unknown=0.07, decoy=0.12)
    s = _va_slots(rng, world, tenant, lang, link, prop)
    texts = {
        NB: ["{greet}\n\nVi søker om tilknytning til kommunalt vann og avløp for ny bolig på {gb}, {addr}. Stikkledningene er planlagt koblet til kum {kum} i vegen. Søknadsskjema og situasjonsplan med inntegnet trasé ligger vedlagt.",
             "{greet}\n\nGravemaskinen kommer på torsdag for å grave grøft fra huset på {gb} og ned til hovedledningen. Må vi ha en egen tillatelse før vi kan grave, eller holder det at rørleggeren har meldt inn arbeidet? Og må kommunen være til stede når vi kobler oss på?",
             "C|{greet}\n\nHva koster det å koble seg til kommunalt vann? Vi har egen brønn i dag på {addr}, men den går tom om sommeren. Vi har hørt at det går en ny ledning forbi i vegen.",
             "F|{greet}\n\nPå vegne av eier søkes det om tilknytning av vann og spillvann for {gb}. Rørleggerfirma er ansvarlig utførende. Vi ber samtidig om påvisning av kommunale ledninger før graving.",
             "C|{greet}\n\nViser til tilknytningen for {gb}. Når kan vi forvente at tilknytningsgebyret blir fakturert? Vi må vite det før vi tar opp lån.",
             "C|{greet}\n\nvi har fått beskjed om at vi må koble oss til kommunalt avløp innen ett år. tanken vår er 30 år gammel. hva må vi gjøre og kan vi få utsettelse? huset er på {gb}"],
        NN: ["{greet}\n\nVi søkjer om tilknyting til kommunalt vatn og avløp for ny bustad på {gb}, {addr}. Stikkleidningane skal koplast til kum {kum}. Søknadsskjema og situasjonsplan ligg ved.",
             "{greet}\n\nGravemaskina kjem på torsdag for å grave grøft frå huset på {gb} ned til hovudleidninga. Treng vi eige løyve før vi grev, eller held det at røyrleggjaren har meldt inn arbeidet?",
             "C|{greet}\n\nKva kostar det å kople seg til kommunalt vatn? Vi har eigen brønn på {addr}, men han går tom om sommaren.",
             "C|{greet}\n\nvi har fått beskjed om at vi må kople oss til kommunalt avløp. tanken er gammal. kva må vi gjere? huset er på {gb}"],
    }
    core = _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang), **s)
    if not firm:
        core = _sloppy(rng, core, 0.3)
    body = _join(core, _sign_org(rng, w, lang, world, formal=False) if firm else _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Søknad om tilknytning vann og avløp - {gb}", "Spørsmål om påkobling - {gb}", "Påkobling kommunalt vann {addr}", "tilknytning {gb}", "Kontroll av tilkobling {gb}"],
                          NN: ["Søknad om tilknyting vatn og avløp - {gb}", "Spørsmål om påkopling - {gb}", "tilknyting {gb}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec("Soknad_tilknytning.pdf", "pdf", f"Søknad om sanitærabonnement / tilknytning\nEiendom {prop.gnr}/{prop.bnr}, {prop.address}\n{w.orgnr_text}")] if rng.random() < 0.5 else []
    return _make(tenant, w, subject, body, "vann_avlop", attachments=atts, sak=link.sak, note=link.note)


def make_va_ferdigmelding(rng: random.Random, world: World) -> Draft:
    """The plumber reports a finished connection (ferdigmelding), with pressure-test protocol."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    _p, w = _firm_writer(rng, world, rng.choice(["rør", "vvs"]), title=rng.choice(["", "rørleggermester", "prosjektleder"]), p_orgnr=0.75, lang=lang)
    link = _link(rng, world, tenant, "vann_avlop", _prop_title(prop, TILKNYTNING, with_addr=False), prop=prop, lang=lang, cite=0.55, gnr=0.3, unknown=0.08)
    s = _va_slots(rng, world, tenant, lang, link, prop)
    texts = {
        NB: ["{greet}\n\nFerdigmelding, {ref}\n\nArbeidet på {gb} er avsluttet. Anboring er gjort på kommunal vannledning i {road}, og spillvann er ført til {kum}. Alle ledninger er lagt med minst 1,8 meter overdekning. Sjekkliste og foto av anboringen før gjenfylling er vedlagt.",
             "{greet}\n\nFerdigmelding for sanitæranlegg {addr} ({gb}) vedlagt.",
             "{greet}\n\nSom avtalt med driftsavdelingen sender vi SOSI-fil og ferdigmelding for stikkledningene på {gb}. Grøfta står åpen til fredag om dere vil se på anboringen.",
             "{greet}\n\nTilknytningen på {gb} er ferdig. Vi fant en gammel ledning i grøfta som ikke var på kartet, den er plugget. Se vedlagt bilde og ferdigmelding."],
        NN: ["{greet}\n\nFerdigmelding, {ref}: Arbeidet på {gb} er avslutta. Anboring er gjord på den kommunale vassleidninga i {road}, og spillvatn er ført til {kum}. Sjekkliste og foto før gjenfylling ligg ved.",
             "{greet}\n\nFerdigmelding for sanitæranlegg {addr} ({gb}) ligg ved."],
    }
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s)
    body = _join(core, _sign_org(rng, w, lang, world, formal=False))
    subject = _choose(rng, {NB: ["VA ferdig {gb}", "Ferdigmelding {addr}", "Ferdigmelding sanitær {gb}"],
                          NN: ["VA ferdig {gb}", "Ferdigmelding {addr}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(f"Ferdigmelding_{prop.gnr}-{prop.bnr}.pdf", "pdf", f"Ferdigmelding\n{prop.address}\nKum {s['kum']}\n{w.org}\n{w.orgnr_text}"),
            AttachmentSpec(f"Trykkprove_{prop.gnr}-{prop.bnr}.pdf", "pdf", "Protokoll trykkprøving\nResultat: godkjent")][: rng.randint(1, 2)]
    return _make(tenant, w, subject, body, "vann_avlop", attachments=atts, sak=link.sak, note=link.note)


def make_va_maleravlesning(rng: random.Random, world: World) -> Draft:
    """Water meter reading: often a single line, sometimes a photo of the meter."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.05)
    _p, w = _citizen(rng, world)
    link = Link(None, "", "none")
    s = _va_slots(rng, world, tenant, lang, link)
    texts = {
        NB: ["{stand} (måler {meter})", "Målerstand {addr}: {stand}", "{greet}\n\nVannmåleravlesning for {addr}:\nMålernummer {meter}\nStand: {stand} m3\nAvlest {date}",
             "{greet}\n\nSender bilde av vannmåleren. Jeg klarte ikke å logge inn på Min side for å registrere.", "stand vannmåler {stand}. {addr}",
             "{greet}\n\nJeg har glemt å lese av måleren før fristen. Her er standen nå: {stand}. Håper det går greit.",
             "{greet}\n\nVi har byttet vannmåler. Gammel måler {meter} sluttstand {stand}. Ny måler har nummer {meter2}, startstand 0."],
        NN: ["{stand} (målar {meter})", "Målarstand {addr}: {stand}", "{greet}\n\nVassmålaravlesing for {addr}:\nMålarnummer {meter}\nStand: {stand} m3",
             "{greet}\n\nSender bilete av vassmålaren. Fekk ikkje logga inn på Min side."],
        EN: ["{greet}\n\nWater meter reading for {addr}: {stand} m3 (meter no. {meter}). Photo attached."],
    }
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), meter2=f"{rng.randint(20, 25)}-{rng.randint(100000, 999999)}", **s)
    body = _join(core, _sign_citizen(rng, w, lang, world=world) if rng.random() < 0.7 else f"Mvh {w.name}")
    subject = _choose(rng, {NB: ["Avlest vannmåler - {addr}", "Vannmåler", "Avlesning vannmåler", "Målerstand", "vannmåler {meter}", "Måleravlesning {date}"],
                          NN: ["Avlesen vassmålar - {addr}", "Vassmålar", "Avlesing vassmålar"], EN: ["Water meter reading"]}, lang, **s)
    atts = [AttachmentSpec(f"IMG_{rng.randint(1000, 9999)}.jpg", "image")] if "bilde" in core or "bilete" in core or "Photo" in core or rng.random() < 0.2 else []
    return _make(tenant, w, subject, body, "vann_avlop", attachments=atts, note="Meter reading.")


def make_va_gebyr(rng: random.Random, world: World) -> Draft:
    """Complaint about water and sewage fees: estimated use, wrong area, double billing; rarely revealing hardship (P13)."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.03)
    prop = world.property()
    p, w = _citizen(rng, world)
    hardship = rng.random() < 0.15
    link = _link(rng, world, tenant, "vann_avlop", _prop_title(prop, "Klage på vann- og avløpsgebyr", with_addr=False), prop=prop, part=p.name,
                 lang=lang, cite=0.2, gnr=0.1, unknown=0.1, decoy=0.1)
    s = _va_slots(rng, world, tenant, lang, link, prop)
    texts = {
        NB: ["{greet}\n\nVi har hatt hytte på {gb} i mange år og aldri betalt mer enn minstegebyret. I år er avløpsgebyret plutselig beregnet etter areal. Hvorfor er dette endret, og hvorfor fikk vi ikke beskjed på forhånd?",
             "{greet}\n\nJeg vil klage på vann- og avløpsgebyret for {addr}. Dere har stipulert forbruket til {m3} m3, men vi er to personer og bruker under halvparten. Jeg sendte inn målerstand i januar, men den er tydeligvis ikke registrert. Jeg ber om at fakturaen blir rettet.",
             "{greet}\n\nVi har fått to fakturaer for vann og avløp for samme periode, én på meg og én på min tidligere samboer som flyttet ut for to år siden. Eiendommen er {gb}. Kan dere rette opp dette?",
             "{greet}\n\nKLAGE PÅ VANNAVGIFT\n\nRegningen på kr {kr} er helt urimelig. Huset står tomt halve året. Hvordan kan forbruket være så høyt?",
             "{greet}\n\nAbonnementsgebyret for avløp er beregnet for to boenheter på {gb}, men sokkelleiligheten ble slått sammen med hoveddelen i 2021. Ferdigattest for ombyggingen ligger vedlagt. Vi ber om at gebyret blir beregnet for én boenhet, med tilbakevirkende kraft.",
             "{greet}\n\nhvorfor må vi betale avløpsgebyr når vi har egen septiktank?? {addr}",
             "{greet}\n\nEtter lekkasjen i fjor høst (som ble reparert av rørlegger i oktober) fikk vi et ekstremt høyt forbruk på måleren. Vi ber om at gebyret for lekkasjeperioden blir satt ned til normalt forbruk. Dokumentasjon fra rørleggeren ligger vedlagt."],
        NN: ["{greet}\n\nVi har hatt hytte på {gb} i mange år og aldri betalt meir enn minstegebyret. I år er avløpsgebyret rekna etter areal. Kvifor er dette endra?",
             "{greet}\n\nEg vil klage på vass- og avløpsgebyret for {addr}. De har stipulert forbruket til {m3} m3, men vi er to personar og brukar under halvparten. Eg ber om at fakturaen blir retta.",
             "{greet}\n\nKLAGE PÅ VASSAVGIFT\n\nRekninga på kr {kr} er heilt urimeleg. Huset står tomt halve året.",
             "{greet}\n\nAbonnementsgebyret for avløp er rekna for to bueiningar på {gb}, men sokkelhusværet vart slått saman med hovuddelen i 2021. Vi ber om at gebyret blir rekna for ei bueining.",
             "{greet}\n\nkvifor må vi betale avløpsgebyr når vi har eigen septiktank? {addr}"],
        EN: ["{greet}\n\nI received a water and sewage bill of NOK {kr} for my holiday house at {addr}. The house is only used a few weeks a year, and the consumption on the bill must be an estimate. I have attached a photo of the meter. Please correct the invoice."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.3)
    personnavn: list[str] = []
    skjerming = None
    if hardship:
        spouse = world.person()
        extra = {NB: f"Jeg må også nevne at jeg har vært sykmeldt i over et år etter en kreftoperasjon, og etter at {spouse.first} {p.last} og jeg skilte oss, har økonomien vært svært vanskelig. Jeg har ikke mulighet til å betale hele beløpet nå og ber om en nedbetalingsordning.",
                 NN: f"Eg må òg nemne at eg har vore sjukmeld i over eitt år etter ein kreftoperasjon, og etter at {spouse.first} {p.last} og eg skilde lag, har økonomien vore svært vanskeleg. Eg ber om ei nedbetalingsordning.",
                 EN: "I should also mention that I have been on sick leave for a year after cancer surgery, and my finances are very difficult. I ask for a payment plan."}[lang]
        core = _join(core, extra)
        personnavn = [p.name, f"{spouse.first} {p.last}"] if lang != EN else [p.name]
        skjerming = "P13"
    body = _join(core, _sign_citizen(rng, w, lang, addr=prop.address, world=world, full_name=hardship))
    subject = _choose(rng, {NB: ["Klage på vann- og avløpsgebyr - {addr}", "Klage faktura vann og avløp", "Feil i vannavgift {gb}", "Kommunale avgifter - klage", "For høy vannregning!"],
                            NN: ["Klage på vass- og avløpsgebyr - {addr}", "Feil i vassavgift {gb}", "Kommunale avgifter - klage"],
                            EN: ["Water bill - {addr}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    quoted, subject = _maybe_reply(rng, world, tenant, link, "vann_avlop", prop.address, lang, subject)
    note = link.note
    if hardship:
        note = (note + " Fee complaint revealing illness and personal finances: P13.").strip()
    return _make(tenant, w, subject, body, "vann_avlop", quoted=quoted, sak=link.sak, skjerming=skjerming, personnavn=personnavn, note=note)


def make_va_kloakk(rng: random.Random, world: World) -> Draft:
    """Blocked sewer, smell, overflowing manhole, rats: from a panicked one-liner to a detailed report."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.03)
    _p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "vann_avlop", "Tilbakeslag i avløp", cite=0.05, unknown=0.03)
    s = _va_slots(rng, world, tenant, lang, link)
    texts = {
        NB: ["{greet}\n\nVi driver barnehage i {road} og har i dag morges hatt oversvømmelse fra sluket på stellerommet. Rørleggeren sier at hovedledningen i vegen er tett. Vi må holde barna ute til det er fikset. Kan dere prioritere dette?",
             "{greet}\n\nDet kommer kloakk opp i kjelleren vår i {addr}! Sluket i vaskerommet renner over. Er det stopp i den kommunale ledningen? Naboen har samme problem.",
             "{greet}\n\nDet lukter kloakk fra kummen utenfor {addr}, særlig når det er varmt. Det har vart i flere uker og det er ubehagelig å sitte ute.",
             "kumlokket i {road} er borte og det renner kloakk ut i bekken. noen må komme NÅ",
             "{greet}\n\nEtter styrtregnet i natt fikk vi tilbakeslag fra avløpet i kjelleren. Vi har forsikring, men forsikringsselskapet ber om en bekreftelse på om det var problemer på det kommunale nettet i {road} i natt. Kan dere sende det?",
             "{greet}\n\nVi har sett mye rotter rundt kumlokkene i {road} i det siste. Kan det ha sammenheng med en lekkasje på avløpsledningen?",
             "{greet}\n\nDoen går ikke ned, og slamsugeren vi ringte sier at stoppen er i den kommunale ledningen og ikke hos oss. Hva gjør vi nå? {addr}."],
        NN: ["{greet}\n\nDet kjem kloakk opp i kjellaren vår i {addr}! Sluket på vaskerommet renn over. Er det stopp i den kommunale leidninga?",
             "{greet}\n\nDet luktar kloakk frå kummen utanfor {addr}, særleg når det er varmt. Det har vart i fleire veker.",
             "kumlokket i {road} er borte og det renn kloakk ut i bekken. nokon må kome NO",
             "{greet}\n\nEtter styrtregnet i natt fekk vi tilbakeslag frå avløpet i kjellaren. Forsikringsselskapet ber om stadfesting på om det var problem på det kommunale nettet i {road}."],
        EN: ["{greet}\n\nSewage is coming up through the floor drain in our basement at {addr}. The house next door has it too. Could there be a blockage in the public sewer? Please call me at {phone}."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.4)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Kloakk i kjelleren!!", "Stopp i avløp {road}", "Kloakklukt {addr}", "Tilbakeslag avløp", "Rotter ved kummen", "AKUTT kloakk {road}"],
                            NN: ["Kloakk i kjellaren!", "Stopp i avløp {road}", "Kloakklukt {addr}", "Tilbakeslag avløp"],
                            EN: ["Sewage in basement - {addr}"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    return _make(tenant, w, subject, body, "vann_avlop", sak=link.sak, note=link.note)


def make_va_vannkvalitet(rng: random.Random, world: World) -> Draft:
    """Brown water, low pressure, taste, boil notices; cabin owners often write in English or German-English."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.2)
    w = _foreigner(rng, world) if lang == EN and rng.random() < 0.7 else _citizen(rng, world)[1]
    link = _link(rng, world, tenant, "vann_avlop", "Vannkvalitet", cite=0.0, unknown=0.03)
    s = _va_slots(rng, world, tenant, lang, link)
    texts = {
        NB: ["{greet}\n\nEtter at dere spylte ledningene i {road} i går, har vannet vært grumsete og gulaktig. Vi har en liten baby i huset. Når blir det bra igjen, og bør vi koke vannet i mellomtiden?",
             "{greet}\n\nVi bor øverst i {road}, og når alle dusjer mellom sju og åtte kommer det bare en tynn stråle i andre etasje. Slik har det vært siden boligfeltet nedenfor ble bygd. Er ledningsnettet dimensjonert for så mange hus?",
             "{greet}\n\nGjelder kokevarselet fortsatt for {road}? Vi har ikke fått SMS om at det er opphevet.",
             "{greet}\n\nVannet smaker klor. Er det noe endring i behandlingen på vannverket?",
             "{greet}\n\nvi har ikke vann i {road} siden kl 7 i morges. når kommer det tilbake?",
             "{greet}\n\nJeg har en baby på tre måneder og lurer på om vannet kan brukes til morsmelkerstatning nå som det er kokevarsel. Hvor lenge vil det vare?"],
        NN: ["{greet}\n\nEtter at de spylte leidningane i {road} i går, har vatnet vore grumsete og gulleg. Når blir det bra att, og bør vi koke vatnet?",
             "{greet}\n\nVi bur øvst i {road}, og når alle dusjar om morgonen kjem det berre ein tynn stråle i andre etasje. Er leidningsnettet dimensjonert for så mange hus?",
             "{greet}\n\nGjeld kokevarselet framleis for {road}? Vi har ikkje fått SMS om at det er oppheva.",
             "{greet}\n\nvi har ikkje vatn i {road} sidan kl 7 i dag tidleg. når kjem det tilbake?"],
        EN: ["{greet}\n\nWe rent the house at {addr} for the autumn. Since the weekend the tap water has a strong smell of chlorine and tastes like a swimming pool. Our landlord told us to contact the municipality. Has something changed at the water works, and is the water safe for our children?",
             "{greet}\n\nThe water pressure in our rented house at {addr} is very low since two days. Is there any work on the pipes? Thank you.",
             "{greet}\n\nWe got an SMS in Norwegian about boiling water. Does this apply to {road}? How long will it last?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.3)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Brunt vann {addr}", "Lavt vanntrykk", "Kokevarsel {road}?", "Vannet smaker rart", "Ikke vann!"],
                            NN: ["Brunt vatn {addr}", "Lågt vasstrykk", "Kokevarsel {road}?", "Ikkje vatn"],
                            EN: ["Chlorine smell in tap water", "Low water pressure", "Boil water notice?", "Drinking water question"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    return _make(tenant, w, subject, body, "vann_avlop", sak=link.sak, note=link.note)


def make_va_privat_avlop(rng: random.Random, world: World) -> Draft:
    """Private sewage: utslippsløyve, slamtømming, septic tanks, minirenseanlegg."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    firm = rng.random() < 0.3
    _p, w = _firm_writer(rng, world, rng.choice(["vvs", "rør", "maskin"]), lang=lang) if firm else _citizen(rng, world)
    link = _link(rng, world, tenant, "vann_avlop", _prop_title(prop, "Utslippsløyve - privat avløpsanlegg", with_addr=False), prop=prop, lang=lang,
                 cite=0.25, gnr=0.2, unknown=0.05, decoy=0.1)
    s = _va_slots(rng, world, tenant, lang, link, prop)
    texts = {
        NB: ["{greet}\n\nSlamtømmeren sier at tanken vår på {gb} har sprekk og lekker ut i grunnen. Må vi bytte til nytt anlegg nå, eller kan vi vente til kommunen legger avløp forbi her, slik det har vært snakket om?",
             "{greet}\n\nSøknad om utslippstillatelse for minirenseanlegg på {gb} (hytte). Anlegget er dimensjonert for 5 pe og har utslipp til sjø. Søknadsskjema, situasjonsplan og produktdokumentasjon ligger vedlagt.",
             "{greet}\n\nSlamtanken på {addr} ble ikke tømt i år. Bilen kom ikke fram fordi bommen var låst, men det fikk vi aldri beskjed om. Kan dere sende bilen på nytt?",
             "{greet}\n\nHvor ofte skal septiktanken tømmes? Vi har fått faktura for tømming, men vi mener den ble tømt i fjor.",
             "F|{greet}\n\nVi har installert nytt minirenseanlegg på {gb} i henhold til utslippstillatelsen. Ferdigmelding med innmålt utslippspunkt og serviceavtale ligger vedlagt.",
             "{greet}\n\nVi vil bytte fra tett tank til infiltrasjon på {gb}. Må vi søke om dette, og kan kommunen komme og se på grunnforholdene?"],
        NN: ["{greet}\n\nSlamtømmaren seier at tanken vår på {gb} har sprekk og lek ut i grunnen. Må vi byte til nytt anlegg no, eller kan vi vente til kommunen legg avløp forbi her?",
             "{greet}\n\nSøknad om utsleppsløyve for minireinseanlegg på {gb} (hytte). Anlegget har utslepp til sjø. Søknadsskjema og situasjonsplan ligg ved.",
             "{greet}\n\nSlamtanken på {addr} vart ikkje tømd i år. Bilen kom ikkje fram fordi bommen var låst. Kan de sende bilen på nytt?",
             "{greet}\n\nKor ofte skal septiktanken tømast? Vi har fått faktura for tømming, men han vart tømd i fjor."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang), **s), 0.0 if firm else 0.3)
    body = _join(core, _sign_org(rng, w, lang, world, formal=False) if firm else _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Søknad om utslippstillatelse - {gb}", "Slamtømming {addr}", "Septiktank", "Ferdigmelding minirenseanlegg {gb}", "Privat avløp {gb}"],
                            NN: ["Søknad om utsleppsløyve - {gb}", "Slamtømming {addr}", "Septiktank"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    return _make(tenant, w, subject, body, "vann_avlop", sak=link.sak, note=link.note)


def make_va_internt_notat(rng: random.Random, world: World) -> Draft:
    """A kommunalteknikk employee's note: N for a job that needs follow-up, X for the file."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    prop = world.property()
    _p, w = _employee(rng, world, tenant, rng.choice(["driftsoperatør VA", "ingeniør vann og avløp", "fagleder VA", "avdelingsingeniør"]))
    follow_up = rng.random() < 0.5
    if follow_up:
        link = _link(rng, world, tenant, "vann_avlop", "Ledningsbrudd", cite=0.0, unknown=0.0)
    else:
        link = _link(rng, world, tenant, "vann_avlop", _prop_title(prop, TILKNYTNING, with_addr=False), prop=prop, cite=0.7, gnr=0.3, unknown=0.0)
    s = _va_slots(rng, world, tenant, lang, link, prop, day=_date(rng, lang))
    if follow_up:
        texts = {NB: ["Notat: Ledningsbrudd i {road} {day}. Midlertidig reparert med klammer. Ledningen er av gammelt støpejern og må skiftes på en strekning på ca. 80 m. Må prioriteres i neste års budsjett og følges opp med abonnentene som har hatt vannlekkasje i kjeller.",
                      "Til arkiv og oppfølging: Ved spyling av avløpsnettet i {road} {day} ble det funnet rotinntrenging og et brudd ved kum {kum}. Det må bestilles filming og utbedring. Ansvarlig: undertegnede.",
                      "Notat etter befaring {day}: Overvann fra {road} renner inn i privat kjeller på {gb}. Stikkrenna er tett. Saken må følges opp med graving før vinteren."],
                 NN: ["Notat: Leidningsbrot i {road} {day}. Mellombels reparert. Leidninga er av gammalt støypejarn og må skiftast på ein strekning på ca. 80 m. Må følgjast opp.",
                      "Til arkiv og oppfølging: Ved spyling av avløpsnettet i {road} {day} vart det funne rotinntrenging ved kum {kum}. Det må tingast filming og utbetring."]}
        jpt, note = "N", "Internal VA note that needs follow-up (N)."
    else:
        texts = {NB: ["Notat til saken: Kontroll av tilkobling i kum {kum} for {gb} utført {day}. Tilkoblingen er i orden. Ingen videre oppfølging.",
                      "Telefonnotat {day}: Rørlegger opplyste at trykkprøving for {gb} er utført. Til orientering.",
                      "Notat sak {raw}: Påvisning av ledninger for {gb} utført {day}. Ingen merknader."],
                 NN: ["Notat til saka: Kontroll av tilkopling i kum {kum} for {gb} utført {day}. Tilkoplinga er i orden. Inga vidare oppfølging.",
                      "Telefonnotat {day}: Røyrleggjar opplyste at trykkprøving for {gb} er utført. Til orientering."]}
        jpt, note = "X", "Internal note for the file (X)."
    core = _choose(rng, texts, lang, **s)
    body = _join(core, _sign_employee(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Notat - {road}", "Notat til arkiv - VA", "Driftsnotat {day}", "Notat {gb}"], NN: ["Notat - {road}", "Driftsnotat {day}", "Notat {gb}"]}, lang, **s)
    if link.ref and link.ref not in body:
        subject += f" ({link.ref})"
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    return _make(tenant, w, subject, body, "vann_avlop", journalposttype=jpt, sak=link.sak, note=(link.note + " " + note).strip())


# --------------------------------------------------------------------------------------------
# vei og trafikk
# --------------------------------------------------------------------------------------------


def _road(world: World) -> str:
    return world.street().rsplit(" ", 1)[0]


def _vei_slots(rng: random.Random, world: World, tenant: str, lang: str, link: Link, road: str, prop: Property | None = None, **extra) -> dict:
    prop = prop or world.property()
    s = {"kommune": kommune_name(tenant), "road": road, "road2": _road(world), "addr": f"{road} {rng.randint(1, 60)}", "gb": _gb(rng, prop, lang),
         "date": _date(rng, lang), "fdate": _future(rng, lang), "ref": _ref_phrase(rng, link, lang), "raw": link.ref, "phone": world.phone(),
         "kmt": rng.choice([40, 50, 60, 70, 80]), "n": rng.randint(2, 40), "uke": (uke := rng.randint(36, 47)), "uke2": uke + rng.randint(1, 4),
         "school": rng.choice(PLACES) + rng.choice([" skole", " barneskole", " skule", " oppvekstsenter"])}
    s.update(extra)
    return s


def make_vei_broyting(rng: random.Random, world: World) -> Draft:
    """Snow clearing and gritting complaints; from a furious one-liner to a polite request."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.03)
    _p, w = _citizen(rng, world)
    road = _road(world)
    link = _link(rng, world, tenant, "vei_trafikk", f"Brøyting {road}", cite=0.05, unknown=0.03)
    s = _vei_slots(rng, world, tenant, lang, link, road)
    texts = {
        NB: ["{greet}\n\nSom leder i velforeningen må jeg klage på strøingen i {road} denne vinteren. Vi har ringt driftsvakten tre ganger, og hver gang blir vi lovet at det skal strøs samme dag. Det skjer ikke. Bussen til skolen kjører denne vegen, og det er bare flaks at det ikke har gått galt.",
             "Brøytebilen kjørte på bilen min i {road} i natt. Sjåføren stoppet ikke. Bilen sto parkert lovlig på oppstillingsplassen. Hvem skal jeg sende krav til?",
             "{greet}\n\nBrøytebilen har enda en gang lagt en diger brøytekant foran innkjørselen vår i {road}. Jeg er 78 år og klarer ikke å måke den bort selv. Kan dere be brøytemannen ta hensyn?",
             "{road} er ikke brøytet i dag, og bussen kom seg ikke opp bakken. Når kommer brøytebilen??",
             "{greet}\n\nDet er blankis i hele {road}, og det er ikke strødd. I morges falt to eldre damer på vei til bussen. Dette må ordnes før noen skader seg alvorlig.",
             "{greet}\n\nBrøytebilen har ødelagt gjerdet og postkassestativet vårt i {addr}. Det skjedde natt til tirsdag. Hvem tar ansvar for dette? Bilder er vedlagt.",
             "{greet}\n\nVi som bor i {road} lurer på hvorfor vegen vår blir brøytet sist av alle. Vi har mange småbarnsfamilier her som må kjøre tidlig på jobb. Kan brøyterekkefølgen endres?",
             "{greet}\n\nJeg har lest at kommunen vurderer å slutte å brøyte {road} fordi det er en privat veg. Det stemmer ikke, vegen ble overtatt av kommunen på 80-tallet. Jeg ber om en bekreftelse på at kommunen fortsatt har ansvaret."],
        NN: ["{greet}\n\nSom leiar i velforeininga må eg klage på strøinga i {road} i vinter. Vi har ringt driftsvakta tre gonger utan at det har skjedd noko. Skulebussen køyrer denne vegen.",
             "{greet}\n\nBrøytebilen har nok ein gong lagt ein diger brøytekant framfor innkøyrsla vår i {road}. Eg er 78 år og klarar ikkje å måke han bort sjølv.",
             "{road} er ikkje brøytt i dag, og bussen kom seg ikkje opp bakken. Når kjem brøytebilen?",
             "{greet}\n\nDet er blankis i heile {road}, og det er ikkje strødd. I dag tidleg datt to eldre på veg til bussen.",
             "{greet}\n\nBrøytebilen har øydelagt gjerdet og postkassestativet vårt i {addr}. Kven tek ansvar for dette? Bilete ligg ved."],
        EN: ["{greet}\n\nThe road at {road} has not been cleared of snow today and we cannot get the car out. When will the snow plough come?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.45)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Brøyting {road}", "Ikke brøytet!", "Glatt i {road}", "Skade etter brøyting", "Brøytekant", "Strøing {road}"],
                            NN: ["Brøyting {road}", "Ikkje brøytt!", "Glatt i {road}", "Skade etter brøyting"], EN: ["Snow clearing {road}"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    atts = [AttachmentSpec(f"IMG_{rng.randint(1000, 9999)}.jpg", "image")] if "vedlagt" in core or "ligg ved" in core else []
    return _make(tenant, w, subject, body, "vei_trafikk", attachments=atts, sak=link.sak, note=link.note)


def make_vei_gravemelding(rng: random.Random, world: World) -> Draft:
    """Gravemelding / søknad om gravetillatelse in a municipal road; substance often only in the pdf."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.03)
    road = _road(world)
    what = rng.choice([("fiberutbygging", "fiberutbygging", "fibre installation"), ("ny stikkledning vann", "ny stikkleidning vatn", "a new water service pipe"),
                       ("strømkabel", "straumkabel", "power cable"), ("utskifting av kum", "utskifting av kum", "manhole replacement"),
                       ("fjernvarme", "fjernvarme", "district heating")])
    _p, w = _firm_writer(rng, world, rng.choice(["entreprenør", "maskin", "elektro", "rør"]), title=rng.choice(["", "anleggsleder", "prosjektleder", "formann"]), p_orgnr=0.6, lang=lang) \
        if lang != EN else _firm_writer(rng, world, "entreprenør", title="Site Manager", lang=EN)
    link = _link(rng, world, tenant, "vei_trafikk", f"Gravetillatelse - {road}", lang=lang, cite=0.2, unknown=0.05)
    s = _vei_slots(rng, world, tenant, lang, link, road, x=what[1] if lang == NN else what[2] if lang == EN else what[0])
    only_pdf = rng.random() < 0.4
    if only_pdf:
        core = _choose(rng, {NB: ["Hei, her er søknad om graving i {road} ({x}). Alt ligger i pdf-en.", "Se vedlagt gravemelding.", "Gravemelding uke {uke}-{uke2}, se vedlegg."],
                             NN: ["Hei, her er søknad om graving i {road} ({x}). Alt ligg i pdf-en.", "Sjå vedlagt gravemelding."],
                             EN: ["Please find attached our excavation notice for {x} in {road}."]}, lang, greet="", **s)
    else:
        core = _choose(rng, {
            NB: ["{greet}\n\nVi søker om gravetillatelse for {x} i {road}, fra nr. {n} til krysset med {road2}. Arbeidet er planlagt i uke {uke}-{uke2}. Vegen vil være innsnevret til ett felt, og vi setter opp skilt etter godkjent arbeidsvarslingsplan. Kart og plan ligger vedlagt.",
                 "{greet}\n\nVi må grave over {road} i forbindelse med {x}. Det blir en grøft på ca. 6 meter tvers over vegen, og vi regner med én dag med stengt veg. Omkjøring via {road2}. Vi ber om rask behandling.",
                 "{greet}\n\nMelder om akutt graving i {road} {date} pga {x}. Graving startet før tillatelse på grunn av lekkasje. Søknad og varslingsplan ettersendes.",
                 "{greet}\n\nArbeidet i {road} ({ref}) er ferdig, og asfalten er lagt tilbake. Vi ber om sluttbefaring slik at garantiperioden kan starte."],
            NN: ["{greet}\n\nVi søkjer om graveløyve for {x} i {road}, frå nr. {n} til krysset med {road2}. Arbeidet er planlagt i veke {uke}-{uke2}. Kart og arbeidsvarslingsplan ligg ved.",
                 "{greet}\n\nVi må grave over {road} i samband med {x}. Reknar med ein dag med stengd veg. Omkøyring via {road2}."],
            EN: ["{greet}\n\nWe apply for permission to dig in {road} for {x}. The work is planned for weeks {uke}-{uke2}. A traffic management plan and map are attached."],
        }, lang, greet=_greet(rng, tenant, lang), **s)
    body = _join(core, _sign_org(rng, w, lang, world, formal=False))
    subject = _choose(rng, {NB: ["Gravemelding - {x} {road}", "Søknad om gravetillatelse {road}", "Graving i {road} (uke {uke})", "Akutt graving {road}", "Sluttbefaring graving {road}"],
                            NN: ["Gravemelding - {x} {road}", "Søknad om graveløyve {road}"], EN: ["Excavation notice - {road}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    doc = rng.choice([
        f"Gravemelding / søknad om gravetillatelse\nVeg: {road}\nArbeid: {s['x']}\nPeriode: uke {s['uke']}-{s['uke2']}\n{w.org}\n{w.orgnr_text}\nArbeidsvarslingsplan vedlagt.",
        f"SØKNAD OM TILLATELSE TIL ARBEID I OFFENTLIG VEG\n\nSøker: {w.org} {w.orgnr_text}\nKontaktperson: {w.name}\nSted: {road}, fra nr. {s['n']} til kryss med {s['road2']}\nFormål: {s['x']}\nGrøftelengde: ca. {rng.randint(20, 400)} m, herav {rng.randint(1, 3)} kryssinger av kjørebane\nTrafikkavvikling: manuell dirigering ved kryssing\nReetablering: asfalt i hele grøftebredden + 30 cm",
        f"Arbeidsvarslingsplan\nVegnavn: {road}\nVarslingsklasse: A\nAnsvarshavende: {w.name}, {w.org}\n{w.orgnr_text}\nTidsrom: uke {s['uke']} til uke {s['uke2']}, kl. 07-16\nSkilt: 100.1 vegarbeid, 362 fartsgrense 30, 906 avstand",
    ])
    atts = [AttachmentSpec(f"Gravemelding_{_plain(road)}.pdf", "pdf", doc)] if only_pdf or rng.random() < 0.6 else []
    note = link.note or ("Substance only in the pdf." if only_pdf else "")
    return _make(tenant, w, subject, body, "vei_trafikk", attachments=atts, sak=link.sak, note=note)


def make_vei_trafikksikkerhet(rng: random.Random, world: World) -> Draft:
    """Speeding, crossings, school roads: from residents, FAU or velforening; sometimes in an open tiltak case."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.02)
    road = _road(world)
    fau = rng.random() < 0.3
    _p, w = _citizen(rng, world)
    if fau:
        org = rng.choice([f"FAU {rng.choice(PLACES)} skule" if lang == NN else f"FAU {rng.choice(PLACES)} skole", f"{rng.choice(PLACES)} velforening"])
        w.avsender = {"navn": org, "epost": w.email, "orgnr": None}
        w.org, w.title = org, rng.choice(["leder", "leiar" if lang == NN else "leder"])
    title = f"Trafikksikkerhetstiltak {road}"
    link = _link(rng, world, tenant, "vei_trafikk", title, lang=lang, cite=0.35, unknown=0.05)
    if link.mode == "cite" and rng.random() < 0.25:
        d = world.open_case(tenant, "vei_trafikk", title)
        link.note = f"Two open cases titled {title} ({link.sak} and {d.sak}); the cited number decides."
    s = _vei_slots(rng, world, tenant, lang, link, road)
    texts = {
        NB: ["{greet}\n\nMed barnevogn er det umulig å komme fram på fortauet i {road}, fordi det står skilt og søppeldunker midt i. Ved krysset mot {road2} mangler det nedsenket kantstein, så vi må ut i kjørebanen. Kan kommunen se på dette?",
             "{greet}\n\nDet er satt opp ny fartsgrense på 40 i {road}, men skiltet står bak en busk og er umulig å se fra nord. Det har skapt mye frustrasjon etter at politiet hadde kontroll her forrige uke.",
             "{greet}\n\nBilene holder alt for høy fart i {road}. Det er 30-sone, men mange kjører i {kmt}. Det bor mange småbarn her. Kan kommunen sette opp fartsdumper?",
             "{greet}\n\nTakk for informasjonsmøtet om tiltakene i {road} ({ref}). Jeg rakk ikke å si alt på møtet, så her er tre ting fra oss som bor ved krysset mot {road2}:\n\n- fartsputene bør ligge før krysset, ikke etter\n- hekken på hjørnet tar all sikt og bør klippes ned\n- bussen stopper midt i vegen fordi lommen er for kort\n\nLykke til med arbeidet.",
             "F|{greet}\n\nStyret i {org} har fått mange reaksjoner fra foreldre etter at skolebussen ble flyttet til {road} i høst. Barna må nå krysse vegen uten gangfelt, og det er mørkt om morgenen. Vi ber kommunen om en snarlig befaring sammen med oss og om et midlertidig tiltak til vinteren, for eksempel en skolepatrulje eller et opphøyd gangfelt.",
             "{greet}\n\nI dag morges ble det nesten en ulykke ved bussholdeplassen i {road}. En bil kjørte forbi bussen mens barn gikk av. Det må komme et gangfelt og skilt her før noe alvorlig skjer.",
             "{greet}\n\nkan dere sette opp et speil i krysset {road}/{road2}? umulig å se bilene som kommer",
             "{greet}\n\nSkolevegen langs {road} mangler fortau på en strekning på ca. 300 meter. Barna må gå i vegbanen, og om vinteren er det brøytekanter som presser dem ut i vegen. Vi ber om at strekningen tas med i trafikksikkerhetsplanen."],
        NN: ["{greet}\n\nBilane held altfor høg fart i {road}. Det er 30-sone, men mange køyrer i {kmt}. Kan kommunen setje opp fartshumpar?",
             "{greet}\n\nTakk for informasjonsmøtet om tiltaka i {road} ({ref}). Tre ting frå oss som bur ved krysset mot {road2}: fartsputene bør liggje før krysset, hekken på hjørnet tek all sikt, og busslomma er for kort.",
             "F|{greet}\n\nStyret i {org} har fått mange reaksjonar etter at skulebussen vart flytta til {road}. Borna må krysse vegen utan gangfelt i mørket. Vi ber om synfaring saman med oss og eit mellombels tiltak før vinteren.",
             "{greet}\n\nkan de setje opp eit spegel i krysset {road}/{road2}? umogleg å sjå bilane som kjem"],
        EN: ["{greet}\n\nCars drive far too fast in {road}, often {kmt} km/h in a 30 zone. There are many small children here. Could the municipality install speed bumps?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, "F" if fau else "C", greet=_greet(rng, tenant, lang), org=w.org, **s), 0.0 if fau else 0.35)
    body = _join(core, _sign_org(rng, w, lang, world, formal=True) if fau else _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Trafikksikkerhet i {road}", "Fartsdumper {road}", "Farlig skoleveg", "Innspill etter møtet om {road}", "Nestenulykke {road}", "Speil i kryss"],
                            NN: ["Trafikktryggleik i {road}", "Fartshumpar {road}", "Farleg skuleveg"], EN: ["Speeding in {road}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    quoted, subject = _maybe_reply(rng, world, tenant, link, "vei_trafikk", title, lang, subject)
    return _make(tenant, w, subject, body, "vei_trafikk", quoted=quoted, sak=link.sak, note=link.note)


def make_vei_avkjorsel(rng: random.Random, world: World) -> Draft:
    """Søknad om avkjøringsløyve from a municipal road (veglova § 40): vei_trafikk, not byggesak."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    road = _road(world)
    firm = rng.random() < 0.3
    _p, w = _firm_writer(rng, world, rng.choice(["bygg", "arkitekt", "maskin"]), lang=lang) if firm else _citizen(rng, world)
    link = _link(rng, world, tenant, "vei_trafikk", _prop_title(prop, "Avkjøringsløyve fra kommunal veg", with_addr=False), prop=prop, lang=lang,
                 cite=0.2, gnr=0.15, unknown=0.05, decoy=0.15)
    s = _vei_slots(rng, world, tenant, lang, link, road, prop, m=rng.choice([40, 50, 60, 75, 90]))
    texts = {
        NB: ["{greet}\n\nVi har kjøpt skogteigen {gb} og trenger en avkjørsel fra {road} for å kunne kjøre ut tømmer med traktor, og senere for en hytte. Avkjørselen er tenkt der det gamle grindhullet var. Fra det punktet ser man {m} meter begge veier. Hva trenger dere fra oss for å behandle dette?",
             "{greet}\n\nSøknad om utvidet bruk av eksisterende avkjørsel fra {road} for {gb}. Eiendommen skal deles, og avkjørselen skal betjene to boliger. Situasjonsplan med siktlinjer er vedlagt.",
             "{greet}\n\nvi vil flytte avkjørselen vår ca 10 meter lenger opp i {road} fordi den gamle er så bratt. må vi søke om det?",
             "F|{greet}\n\nPå vegne av tiltakshaver søkes det om avkjøringstillatelse fra kommunal veg {road} til {gb}, jf. veglova § 40. Avkjørselen er prosjektert etter vegnormalen med frisikt {m} m. Tegning og lengdeprofil vedlagt."],
        NN: ["{greet}\n\nVi har kjøpt skogteigen {gb} og treng avkøyrsle frå {road} for å få ut tømmer, og seinare til ei hytte. Avkøyrsla er tenkt der det gamle grindhòlet var. Derifrå ser ein {m} meter begge vegar. Kva treng de frå oss?",
             "{greet}\n\nSøknad om utvida bruk av avkøyrsle frå {road} for {gb}. Eigedomen skal delast, og avkøyrsla skal tene to bustader.",
             "{greet}\n\nvi vil flytte avkøyrsla ca 10 meter lenger opp i {road}. må vi søkje om det?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang), **s), 0.0 if firm else 0.3)
    body = _join(core, _sign_org(rng, w, lang, world) if firm else _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Avkjørsel fra {road} til {gb} - søknad", "Avkjørsel {gb}", "Søknad om utvidet bruk av avkjørsel", "avkjørsel {road}"],
                            NN: ["Avkøyrsle frå {road} til {gb} - søknad", "Avkøyrsle {gb}", "avkøyrsle {road}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(f"kart_avkjorsel_{prop.gnr}-{prop.bnr}.pdf", "pdf", f"Kart avkjørsel\n{road}\n{prop.gnr}/{prop.bnr}")] if rng.random() < 0.6 else []
    return _make(tenant, w, subject, body, "vei_trafikk", attachments=atts, sak=link.sak,
                 note=(link.note + " Avkjøringsløyve from a municipal road (veglova), not byggesak.").strip())


def make_vei_parkering(rng: random.Random, world: World) -> Draft:
    """Parking complaints and requests for signs on municipal roads."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.04)
    _p, w = _citizen(rng, world)
    road = _road(world)
    link = _link(rng, world, tenant, "vei_trafikk", f"Skilting og parkering {road}", lang=lang, cite=0.1, unknown=0.05)
    s = _vei_slots(rng, world, tenant, lang, link, road)
    texts = {
        NB: ["{greet}\n\nNaboen driver bilverksted fra garasjen og har til enhver tid fem-seks biler stående langs {road}. Søppelbilen kom ikke fram forrige uke. Er det lov å bruke den kommunale vegen som oppstillingsplass på denne måten?",
             "{greet}\n\nKan kommunen merke opp HC-plass og varelevering utenfor butikken i {road}? Nå står bilene hulter til bulter og varebilene blir stående i kjørebanen.",
             "{greet}\n\nDet står biler parkert på begge sider av {road} hver kveld, og brannbilen ville ikke kommet fram. Kan kommunen sette opp parkeringsforbud på den ene siden?",
             "{greet}\n\nEn bobil har stått parkert i snuplassen i enden av {road} i over tre uker. Bussen får ikke snudd. Hvem kan vi kontakte for å få den fjernet?",
             "{greet}\n\nSkiltet med «Gjennomkjøring forbudt» i {road} er borte etter at noen kjørte det ned. Nå bruker alle vegen vår som snarveg igjen.",
             "{greet}\n\nVi ønsker skilt med «Lekende barn» i {road}. Det bor {n} barn i gata, og mange kjører gjennom for å slippe lyskrysset.",
             "hvorfor har jeg fått parkeringsbot i {road}? det står ikke noe skilt der",
             "{greet}\n\nParkeringsplassene ved {school} blir brukt av pendlere hele dagen, så foreldrene må slippe ungene av i vegen. Kan det bli tidsbegrenset parkering?"],
        NN: ["{greet}\n\nNaboen driv bilverkstad frå garasjen og har alltid fem-seks bilar ståande langs {road}. Bossbilen kom ikkje fram førre veke. Er det lov å bruke den kommunale vegen slik?",
             "{greet}\n\nDet står bilar parkerte på begge sider av {road} kvar kveld, og brannbilen ville ikkje kome fram. Kan kommunen setje opp parkeringsforbod på eine sida?",
             "{greet}\n\nSkiltet «Gjennomkøyring forbode» i {road} er borte. No brukar alle vegen vår som snarveg att.",
             "{greet}\n\nVi ønskjer skilt med «Leikande born» i {road}. Det bur {n} born i gata.",
             "kvifor har eg fått parkeringsbot i {road}? det står ikkje noko skilt der"],
        EN: ["{greet}\n\nCars are parked on both sides of {road} every evening and the road is almost blocked. Could you put up a no-parking sign on one side?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.4)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Parkering i {road}", "Skilt {road}", "Bobil i snuplassen", "Parkeringsforbud?", "Ønske om skilt", "Parkeringsbot"],
                            NN: ["Parkering i {road}", "Skilt {road}", "Parkeringsforbod?"], EN: ["Parking in {road}"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    return _make(tenant, w, subject, body, "vei_trafikk", sak=link.sak, note=link.note)


def make_vei_rektor_notat(rng: random.Random, world: World) -> Draft:
    """A rektor's internal memo about a dangerous school road: N, needs follow-up by kommunalteknikk; pupils not named."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    road = _road(world)
    school = rng.choice(PLACES) + (" skule" if lang == NN else rng.choice([" skole", " barneskole"]))
    _p, w = _employee(rng, world, tenant, rng.choice(["rektor", "rektor", "inspektør", "undervisningsinspektør"]))
    w.org = school
    link = _link(rng, world, tenant, "vei_trafikk", f"Trafikksikkerhetstiltak {road}", cite=0.5, unknown=0.0)
    s = _vei_slots(rng, world, tenant, lang, link, road, school=school, trinn=rng.randint(1, 7))
    texts = {
        NB: ["Til kommunalteknikk, med kopi til arkivet{insak}\n\nI friminuttet {date} kom en lastebil med henger rygging inn på skoleplassen fra {road} for å levere til kantina. Elever på {trinn}. trinn lekte like bak. Ingen ble skadet, men det var svært nære.\n\nVarelevering skjer i dag gjennom porten som elevene bruker. Skolen trenger en egen innkjøring for vareleveranser, eller i det minste bom og skilt som stenger porten i skoletiden. Jeg ber om at dette blir vurdert så raskt som mulig, og om en tilbakemelding.",
             "Notat til kommunalteknikk{insak}\n\nBussholdeplassen i {road} er svært uoversiktlig i morgenrushet. Foreldre som kjører barn stopper i bussfilen, og elevene må gå mellom bilene. Vi har tatt det opp i FAU og samarbeidsutvalget. Skolen ber om at det blir vurdert en egen av- og påstigningslomme.",
             "Til: Kommunalteknikk\nKopi: postmottak (for arkivering{insak})\n\nVarsel om farlig skoleveg i {road}.\n\nEtter at {road} ble åpnet for gjennomkjøring i sommer, har trafikken forbi skolen økt kraftig. Vi har ingen fysisk skille mellom fortau og kjørebane ved sykkelstativene, og flere elever har måttet hoppe unna biler. Ansatte har registrert {n} biler på ti minutter i morgenrushet.\n\nJeg ber kommunalteknikk om å vurdere bom eller stenging i skoletiden, og å gi skolen en tilbakemelding innen høstferien.",
             "Kommunalteknikk v/ vegansvarlig{insak}\n\nSkolens trafikkvakter melder at bilister stadig rygger ut fra parkeringen ved gymsalen mens elever går forbi. Vi ønsker et møte med dere om skilting og merking før mørketida. Saken bør også ses i sammenheng med trafikksikkerhetsplanen.",
             "Hei\n\nVi har fått flere meldinger fra foreldre om at gatelysene langs skolevegen i {road} ikke virker. Det er stummende mørkt når de minste går til skolen. Kan dette utbedres raskt?"],
        NN: ["Til kommunalteknikk, med kopi til arkivet{insak}\n\nI friminuttet {date} rygga ein lastebil med hengar inn på skuleplassen frå {road} for å levere til kantina. Elevar på {trinn}. trinn leika like bak. Ingen vart skadde, men det var svært nære.\n\nSkulen treng eiga innkøyring for varelevering, eller bom og skilt som stengjer porten i skuletida. Eg ber om tilbakemelding.",
             "Kommunalteknikk v/ vegansvarleg{insak}\n\nTrafikkvaktene ved skulen melder at bilistar ryggar ut frå parkeringa ved gymsalen medan elevar går forbi. Vi ønskjer eit møte om skilting og merking før mørketida.",
             "Notat til kommunalteknikk{insak}\n\nBusshaldeplassen i {road} er svært uoversiktleg om morgonen. Foreldre stoppar i bussfila, og elevane må gå mellom bilane. Skulen ber om at det blir vurdert ei eiga av- og påstigingslomme."],
    }
    insak = f" i sak {link.ref}" if link.ref else ""
    core = _choose(rng, texts, lang, insak=insak, **s)
    body = _join(core, f"{w.name}\n{w.title}, {school}")
    subject = _choose(rng, {NB: ["Notat: farlig varelevering ved skolen, {road}", "Farlig skoleveg {road} - notat fra {school}", "Gatelys skoleveg {road}"],
                            NN: ["Notat: farleg varelevering ved skulen, {road}", "Farleg skuleveg {road} - notat frå {school}"]}, lang, **s)
    if link.ref and (rng.random() < 0.5 or link.ref not in body):
        subject += f" – jf. sak {link.ref}"
    return _make(tenant, w, subject, body, "vei_trafikk", journalposttype="N", sak=link.sak,
                 note=(link.note + " Internal memo from a rektor that needs follow-up by TEK (N); pupil not named.").strip())


def make_vei_veiskade(rng: random.Random, world: World) -> Draft:
    """Potholes, broken street lights, damaged guard rails, blocked culverts; sometimes with a water question on the side."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.03)
    _p, w = _citizen(rng, world)
    road = _road(world)
    link = _link(rng, world, tenant, "vei_trafikk", f"Vedlikehold {road}", lang=lang, cite=0.05, unknown=0.05)
    s = _vei_slots(rng, world, tenant, lang, link, road)
    texts = {
        NB: ["{greet}\n\nTelerisen har laget en dyp grop midt i kjørebanen i {road}, like etter brua. Den er fylt med vann og umulig å se i mørket. To biler har allerede fått felgskade. Kan den merkes eller fylles med en gang?",
             "gatelyset utenfor {addr} har vært mørkt i tre uker. lyktestolpe nr {n}",
             "{greet}\n\nRekkverket langs {road} ved bekken er knekt etter en utforkjøring. Det er bratt ned der, og det går mange barn langs vegen.",
             "{greet}\n\nStikkrenna under {road} er tett, og vannet renner over vegen og ned i hagene våre når det regner. Det har vært slik i hele høst.",
             "{greet}\n\nVegen opp til {road} er i elendig stand. Det er mer hull enn asfalt. Vi betaler skatt som alle andre og forventer at kommunen vedlikeholder vegen.\n\nPS: kumlokket ved nr. {n} klaprer hver gang det kjører en bil over. Kan det fikses samtidig?",
             "{greet}\n\nEt tre har veltet over {road} etter stormen i natt. Det er mulig å komme forbi til fots, men ikke med bil."],
        NN: ["{greet}\n\nTeleløysinga har laga ei djup grop midt i køyrebana i {road}, like etter brua. Ho er full av vatn og umogleg å sjå i mørket. Kan ho merkast eller fyllast med ein gong?",
             "gatelyset utanfor {addr} har vore mørkt i tre veker",
             "{greet}\n\nRekkverket langs {road} ved bekken er knekt etter ei utforkøyring. Det går mange born langs vegen.",
             "{greet}\n\nStikkrenna under {road} er tett, og vatnet renn over vegen når det regnar.",
             "{greet}\n\nEit tre har velta over {road} etter stormen i natt. Ein kjem ikkje forbi med bil."],
        EN: ["{greet}\n\nThere are several deep potholes in {road}. I damaged a tyre yesterday. Could the municipality repair the road?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.4)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Hull i vegen {road}", "Gatelys", "Rekkverk {road}", "Tett stikkrenne", "Tre over vegen", "Vedlikehold av {road}"],
                            NN: ["Hol i vegen {road}", "Gatelys", "Tett stikkrenne", "Tre over vegen"], EN: ["Potholes in {road}"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    note = link.note or ("Road complaint is the main matter; the manhole remark is minor." if "kumlokket ved" in core.lower() else "")
    return _make(tenant, w, subject, body, "vei_trafikk", sak=link.sak, note=note)


def make_vei_arrangement(rng: random.Random, world: World) -> Draft:
    """Request to close or use a municipal road for an event, a move, a crane or a container."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    road = _road(world)
    if rng.random() < 0.5:
        _p, w = _firm_writer(rng, world, rng.choice(["bygg", "transport", "maskin"]), lang=lang)
        who = "F"
    else:
        _p, w = _citizen(rng, world)
        who = "C"
    link = _link(rng, world, tenant, "vei_trafikk", f"Bruk av kommunal veg - {road}", lang=lang, cite=0.05, unknown=0.03)
    s = _vei_slots(rng, world, tenant, lang, link, road)
    texts = {
        NB: ["F|{greet}\n\nVi skal levere prefabrikkerte elementer til {road} {fdate} og må stå med semitrailer i vegen i ca. to timer mens vi løfter av. Vi setter opp vakter i begge ender. Trenger vi egen tillatelse for dette?",
             "C|{greet}\n\nVelforeningen arrangerer gatefest i {road} lørdag {fdate} fra kl. 14 til 22. Vi søker om å stenge vegen mellom nr. 2 og nr. 20 i dette tidsrommet. Beboerne er informert.",
             "F|{greet}\n\nVi søker om tillatelse til å plassere en mobilkran i {road} utenfor nr. {n} {fdate} i forbindelse med montering av takelementer. Vegen må stenges i ca. fire timer. Skiltplan vedlagt.",
             "{greet}\n\nKan vi sette en avfallscontainer på fortauet i {road} i to uker mens vi pusser opp? Det er ikke plass på tomta.",
             "C|{greet}\n\nSkolekorpset skal ha marsjøving gjennom {road} og {road2} {fdate}. Trenger vi tillatelse fra kommunen, eller holder det å varsle politiet?"],
        NN: ["C|{greet}\n\nVelforeininga skipar til gatefest i {road} laurdag {fdate} frå kl. 14 til 22. Vi søkjer om å stengje vegen i dette tidsrommet.",
             "F|{greet}\n\nVi søkjer om løyve til å plassere mobilkran i {road} utanfor nr. {n} {fdate}. Vegen må stengjast i ca. fire timar.",
             "{greet}\n\nKan vi setje ein avfallscontainer på fortauet i {road} i to veker medan vi pussar opp?"],
    }
    core = _choose(rng, texts, lang, who, greet=_greet(rng, tenant, lang), **s)
    body = _join(core, _sign_org(rng, w, lang, world, formal=False) if who == "F" else _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Søknad om stenging av {road}", "Mobilkran i {road}", "Container på fortau", "Bruk av kommunal veg {fdate}"],
                            NN: ["Søknad om stenging av {road}", "Mobilkran i {road}", "Container på fortau"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    return _make(tenant, w, subject, body, "vei_trafikk", sak=link.sak, note=link.note)


# --------------------------------------------------------------------------------------------
# eiendomsskatt
# --------------------------------------------------------------------------------------------

TAKST_KLAGE = "Klage på eiendomsskattetakst"
MALE_NAMES = ["Kåre", "Arne", "Odd", "Per", "Nils", "Knut", "Leif", "Svein", "Bjørn", "Terje", "Asbjørn", "Gunnar"]
FEMALE_NAMES = ["Kari", "Anne", "Marit", "Berit", "Liv", "Randi", "Astrid", "Solveig", "Gunn", "Turid", "Ragnhild", "Åse"]


def _es_slots(rng: random.Random, world: World, tenant: str, lang: str, link: Link, prop: Property, **extra) -> dict:
    s = {"kommune": kommune_name(tenant), "addr": prop.address, "gb": _gb(rng, prop, lang), "g": prop.gnr, "b": prop.bnr,
         "date": _date(rng, lang), "fdate": _future(rng, lang), "ref": _ref_phrase(rng, link, lang), "raw": link.ref, "phone": world.phone(),
         "takst": rng.choice(["2,1", "2,9", "3,4", "3,85", "4,6", "5,2", "6,75"]), "year": rng.choice([1938, 1952, 1958, 1964, 1971, 1979, 1986]),
         "m2": rng.choice([96, 112, 134, 148, 176, 210]), "m2b": rng.choice([62, 74, 88, 96, 120]), "kr": rng.choice(["3 480", "5 912", "7 200", "9 845", "14 300"]),
         "sale": rng.choice(["1,9", "2,4", "2,75", "3,1"])}
    s.update(extra)
    return s


def make_es_klage_takst(rng: random.Random, world: World) -> Draft:
    """A homeowner appeals the eiendomsskatt valuation on factual grounds (area, standard, condition)."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.06)
    prop = world.property()
    _p, w = _citizen(rng, world) if lang != EN else (None, _foreigner(rng, world))
    link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, TAKST_KLAGE, with_addr=False), prop=prop, lang=lang,
                 cite=0.15, gnr=0.1, unknown=0.07, decoy=0.15)
    s = _es_slots(rng, world, tenant, lang, link, prop)
    texts = {
        NB: ["{greet}\n\nViser til eiendomsskatteseddelen for {gb}. Boligen er taksert som enebolig med utleiedel, men sokkelen har aldri vært godkjent eller brukt som egen boenhet. Det er ikke eget kjøkken eller egen inngang. Vi klager på taksten og ber om at den beregnes som enebolig uten utleiedel.",
             "{greet}\n\nKlage på eiendomsskatt.\n\nEiendommen {gb} er en ubebygd skogteig uten veg og uten strøm. Likevel er den taksert til {takst} millioner, som om det var en byggetomt. Jeg ber om at taksten rettes.",
             "{greet}\n\nTaksten på {takst} millioner for {addr} ({gb}) kan ikke stemme. Huset ligger rett ved fylkesvegen med tungtrafikk døgnet rundt, og et nesten likt hus tre hus bortenfor ble solgt for {sale} millioner i vinter etter å ha ligget ute i et halvt år. Jeg klager derfor på taksten og ber dere komme på befaring, så kan dere selv høre støyen.",
             "{greet}\n\nI eiendomsskattelisten er boligen på {gb} registrert med {m2} m2 bruksareal. Det riktige er {m2b} m2; resten er en uinnredet kjeller og et kaldt loft. Plantegning ligger vedlagt. Jeg ber om at taksten blir rettet.",
             "{greet}\n\nklage på eiendomskatt. taksten er altfor høy. huset er gammelt og trenger nytt tak. {addr}",
             "{greet}\n\nKLAGE PÅ TAKST\n\nEiendom: {gb}, {addr}\n\nBegrunnelse:\n- sonefaktoren er satt som for sentrumsnære eiendommer, men eiendommen ligger 14 km fra sentrum uten brøytet veg om vinteren\n- indre standard er dårlig (opprinnelig bad og kjøkken)\n- det er påvist råte i bærende konstruksjoner\n\nJeg ber om at taksten reduseres med minst 30 %.",
             "{greet}\n\nVi har fått skatteseddel for eiendomsskatt på {gb}, men eiendommen er en tomt uten hus. Huset brant i 2024 og er revet. Hvorfor er taksten da på {takst} millioner?",
             "{greet}\n\nJeg ønsker å klage på takseringen av hytta vår. Den er registrert som helårsbolig, men har verken innlagt vann eller strøm. Adressen er {addr}."],
        NN: ["{greet}\n\nBustaden på {gb} er taksert som einebustad med utleigedel, men sokkelen har aldri vore godkjend eller brukt som eige husvære. Vi klagar på taksten og ber om at han blir rekna som einebustad utan utleigedel.",
             "{greet}\n\nTaksten på {takst} millionar for {addr} ({gb}) kan ikkje stemme. Huset ligg rett ved fylkesvegen med tungtrafikk heile døgeret, og eit nesten likt hus like ved vart selt for {sale} millionar i vinter. Eg klagar på taksten og ber om synfaring.",
             "{greet}\n\nI eigedomsskattelista er bustaden på {gb} registrert med {m2} m2 bruksareal. Det rette er {m2b} m2; resten er ein uinnreidd kjellar og kaldt loft. Eg ber om at taksten blir retta.",
             "{greet}\n\nklage på eigedomsskatt. taksten er altfor høg. huset er gammalt og treng nytt tak. {addr}",
             "{greet}\n\nKLAGE PÅ TAKST\n\nEigedom: {gb}, {addr}\n\nGrunngjeving: sonefaktoren er sett som for sentrumsnære eigedomar, men eigedomen ligg langt frå sentrum; indre standard er dårleg; det er påvist rote.\n\nEg ber om at taksten blir sett ned."],
        EN: ["{greet}\n\nI would like to appeal the property tax valuation for my house at {addr} ({gb}). The valuation of NOK {takst} million is far above the market value. The house was built in {year} and needs a new roof. Please reconsider."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.3)
    body = _join(core, _sign_citizen(rng, w, lang, addr=prop.address, world=world))
    subject = _choose(rng, {NB: ["Klage på eiendomsskattetakst - {gb}", "Klage eiendomsskatt {addr}", "klage på eiendomskatt", "Feil areal i eiendomsskattetakst", "Klage på takst"],
                            NN: ["Klage på eigedomsskattetakst - {gb}", "Klage eigedomsskatt {addr}", "klage på eigedomsskatt"], EN: ["Appeal - property tax {addr}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec("Plantegning.pdf", "scan", f"Plantegning\n{prop.address}")] if "vedlagt" in core else []
    return _make(tenant, w, subject, body, "eiendomsskatt", attachments=atts, sak=link.sak, note=link.note)


def make_es_klage_p13(rng: random.Random, world: World) -> Draft:
    """A klage or fritak request that reveals illness, bereavement or financial hardship: P13, names screened."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    p, w = _citizen(rng, world)
    rel = world.person()
    rel_name = f"{rel.first} {p.last}"
    husband = f"{rng.choice(MALE_NAMES)} {p.last}"
    mother = f"{rng.choice(FEMALE_NAMES)} {p.last}"
    link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, TAKST_KLAGE, with_addr=False), prop=prop, part=p.name, lang=lang,
                 cite=0.15, gnr=0.1, unknown=0.05)
    s = _es_slots(rng, world, tenant, lang, link, prop, rel=rel_name, relf=rel.first, husband=husband, mother=mother)
    texts = {
        NB: ["{greet}\n\nEiendomsskatten for {addr} ({gb}) har økt med over 40 prosent, og jeg vet ikke hvordan jeg skal klare å betale. {husband}, som jeg var gift med i 38 år, fikk slag i vår og bor nå på institusjon. Jeg har selv fått diagnosen Parkinson og er uføretrygdet. Huset trenger nytt tak, og jeg har ikke råd til det.\n\nJeg klager på taksten, som jeg mener er altfor høy for et hus fra {year} i denne standarden, og ber om at dere ser på om det finnes noen mulighet for lempning.",
             "{greet}\n\nJeg søker om å få utsatt betalingen av eiendomsskatten for {gb}. Jeg har vært sykmeldt siden i vår på grunn av en alvorlig depresjon og har nå bare arbeidsavklaringspenger. Min samboer {rel} flyttet ut i sommer, og jeg betaler alle utgiftene alene. Jeg vil gjerne betale, men trenger en avtale om nedbetaling.",
             "{greet}\n\nKlage på eiendomsskatt for {addr}.\n\nVi har et barn, {relf}, med omfattende funksjonsnedsettelse, og vi har bygget om huset med heis og ekstra bad for at {relf} skal kunne bo hjemme. Ombyggingen har økt taksten med nesten en million. Det er urimelig at vi skal betale mer skatt fordi vi har tilpasset boligen til et sykt barn. Vi ber om at merverdien av ombyggingen holdes utenfor.",
             "{greet}\n\nJeg har mistet jobben etter at bedriften gikk konkurs i vår, og har ikke klart å betale eiendomsskatten. Nå har jeg fått inkassovarsel. Jeg har to barn alene etter at {rel} og jeg ble skilt. Kan jeg få utsettelse eller redusert skatt for {gb}?",
             "{greet}\n\nmor ({mother}) er på sykehjem med demens og huset hennes i {addr} står tomt. jeg har fullmakt. vi har ikke råd til å betale eiendomskatt på et hus ingen bor i, hva kan vi gjøre? kan vi søke fritak?"],
        NN: ["{greet}\n\nEigedomsskatten for {addr} ({gb}) har auka med over 40 prosent, og eg veit ikkje korleis eg skal klare å betale. {husband}, som eg var gift med i 38 år, fekk slag i vår og bur no på institusjon. Sjølv har eg fått Parkinson og er ufør. Huset treng nytt tak, og det har eg ikkje råd til.\n\nEg klagar på taksten og ber om at de ser om det finst nokon moglegheit for lemping.",
             "{greet}\n\nEg søkjer om utsett betaling av eigedomsskatten for {gb}. Eg har vore sjukmeld sidan i vår og har no berre arbeidsavklaringspengar. Sambuaren min {rel} flytta ut i sommar, og eg betalar alt åleine.",
             "{greet}\n\nEg har mista jobben etter at bedrifta gjekk konkurs, og har ikkje klart å betale eigedomsskatten. Eg har to born åleine etter at {rel} og eg vart skilde. Kan eg få utsetjing eller redusert skatt for {gb}?",
             "{greet}\n\nmor ({mother}) er på sjukeheim med demens og huset hennar i {addr} står tomt. eg har fullmakt. kan vi søkje fritak for eigedomsskatt?"],
    }
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s)
    body = _join(core, _sign_citizen(rng, w, lang, addr=prop.address, world=world, full_name=True))
    subject = _choose(rng, {NB: ["Eiendomsskatt {addr} - klage og søknad om lempning", "Søknad om utsettelse eiendomsskatt", "Eiendomsskatt - ber om fritak", "Klage på eiendomskatt"],
                            NN: ["Klage på eigedomsskatt {addr}", "Søknad om utsetjing eigedomsskatt", "Eigedomsskatt - fritak"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    names = [p.name] + [n for n in (rel_name, husband, mother) if n in body] + ([rel.first] if f", {rel.first}," in body else [])
    return _make(tenant, w, subject, body, "eiendomsskatt", skjerming="P13", personnavn=names, sak=link.sak,
                 note=(link.note + " Eiendomsskatt mail revealing health, family or economic hardship: P13.").strip())


def make_es_firma(rng: random.Random, world: World) -> Draft:
    """A company appeals the valuation of business property; substance and orgnr often only in the pdf."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.35 else NB
    prop = world.property()
    firm = world.firm(rng.choice(["eiendom", "eiendom", "maskin", "transport", "mat"]))
    if rng.random() < 0.5:
        firm.name = rng.choice(PLACES) + rng.choice([" Næringsbygg AS", " Eiendom AS", " Kai og Lager AS", " Industri AS", " Handelssenter AS"])
        firm.domain = _plain(firm.name.split(" ")[0]).lower() + ".no"
    only_pdf = rng.random() < 0.5
    _p, w = _firm_writer(rng, world, firm=firm, title=rng.choice(["daglig leder", "økonomisjef", "eiendomssjef", ""]), p_orgnr=0.0 if only_pdf else 0.5, lang=lang)
    if only_pdf and rng.random() < 0.8:
        w.avsender["orgnr"] = firm.orgnr  # stated in the attachment
    link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, TAKST_KLAGE, with_addr=False), prop=prop, lang=lang,
                 cite=0.2, gnr=0.1, unknown=0.05, decoy=0.1)
    s = _es_slots(rng, world, tenant, lang, link, prop, firm=firm.name, kvm=rng.choice([850, 1200, 2400, 4100]))
    doc_text = rng.choice([
        {NB: "Klage på eiendomsskattetakst\n\n{firm}{orgline}\nEiendom: {gb}, {addr}\n\nSelskapet klager på takst fastsatt for næringseiendommen. Lagerbygget på {kvm} m2 er i takseringen vurdert som kontorlokaler. Bygget har ikke vært utleid siden 2024, og markedsleien i området er vesentlig lavere enn lagt til grunn. Vi ber om ny taksering.",
         NN: "Klage på eigedomsskattetakst\n\n{firm}{orgline}\nEigedom: {gb}, {addr}\n\nSelskapet klagar på taksten for næringseigedomen. Lagerbygget på {kvm} m2 er takserte som kontorlokale. Bygget har ikkje vore utleigd sidan 2024. Vi ber om ny taksering."},
        {NB: "KLAGE – EIENDOMSSKATT {year2}\n\nKlager: {firm}{orgline}\nEiendom: {gb} ({addr})\n\nTaksten bygger på en leieinntekt som eiendommen aldri har hatt. Etter at hovedleietaker flyttet ut, står {kvm} m2 tomt, og vi har bare korte avtaler om lagerleie. Vedlagt regnskap for de siste to årene viser faktiske leieinntekter. Vi ber om at taksten settes ned til et nivå som svarer til dette.",
         NN: "KLAGE – EIGEDOMSSKATT {year2}\n\nKlagar: {firm}{orgline}\nEigedom: {gb} ({addr})\n\nTaksten byggjer på ei leigeinntekt eigedomen aldri har hatt. {kvm} m2 står tomt etter at hovudleigetakaren flytta ut. Vi ber om at taksten blir sett ned."},
        {NB: "Til {kommune}, sakkyndig nemnd for eiendomsskatt\n\n{firm}{orgline}\n\nKlage på taksering av {gb}, {addr}\n\nTakseringen omfatter både bygningsmassen og produksjonsutstyr som er fast montert. Etter eiendomsskatteloven skal produksjonsutstyr og -installasjoner ikke inngå i grunnlaget. Vi ber om at verdien av kran, kjølemaskiner og transportbånd trekkes ut, og at taksten reduseres tilsvarende.",
         NN: "Til {kommune}, sakkunnig nemnd for eigedomsskatt\n\n{firm}{orgline}\n\nKlage på takseringa av {gb}, {addr}\n\nTakseringa omfattar også produksjonsutstyr som er fast montert. Etter eigedomsskattelova skal slikt utstyr ikkje vere med i grunnlaget. Vi ber om at verdien av kran og kjølemaskiner blir trekt ut."},
    ])[lang].format(orgline=f", org.nr. {firm.orgnr}" if w.avsender["orgnr"] else "", year2=rng.choice([2026, 2027]), **s)
    if only_pdf:
        core = _choose(rng, {NB: ["Klage på eiendomsskatt for næringsbygget vårt ligger i vedlegget.", "Se vedlagt klage.", "Hei\n\nVedlagt følger klage på takst for {gb}."],
                             NN: ["Klaga vår på eigedomsskatten for næringsbygget ligg i vedlegget.", "Sjå vedlagt klage."]}, lang, **s)
        atts = [AttachmentSpec(f"Klage_eiendomsskatt_{prop.gnr}-{prop.bnr}.pdf", "pdf", doc_text)]
    else:
        core = _choose(rng, {NB: ["{greet}\n\n" + doc_text.split("\n\n", 2)[2], "{greet}\n\n{firm} har mottatt eiendomsskatteseddel for {gb} ({addr}). Taksten omfatter et kaianlegg som eies og driftes av havnevesenet, ikke av oss. Vi ber om at kaianlegget tas ut av grunnlaget.",
                                  "{greet}\n\nViser til {ref}. Vi har innhentet verdivurdering fra uavhengig takstmann som anslår markedsverdien av eiendommen til vesentlig under kommunens takst. Verdivurderingen ligger vedlagt."],
                             NN: ["{greet}\n\n" + doc_text.split("\n\n", 2)[2], "{greet}\n\n{firm} har fått eigedomsskattesetel for {gb}. Taksten omfattar eit kaianlegg som ikkje er vårt. Vi ber om at det blir teke ut av grunnlaget."]},
                       lang, greet=_greet(rng, tenant, lang, formal=True), **s)
        atts = [AttachmentSpec("Verdivurdering.pdf", "pdf", f"Verdivurdering\n{prop.address}\n{firm.name}")] if "vedlagt" in core.lower() else []
    body = _join(core, _sign_org(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Klage på eiendomsskattetakst – {gb}", "Eiendomsskatt {firm}", "Klage eiendomsskatt næringseiendom {addr}"],
                            NN: ["Klage på eigedomsskattetakst – {gb}", "Eigedomsskatt {firm}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    note = link.note or ("Substance and orgnr only in the pdf; company property, no P13." if only_pdf and w.avsender["orgnr"] else "Company property, no P13.")
    return _make(tenant, w, subject, body, "eiendomsskatt", attachments=atts, sak=link.sak, note=note)


def make_es_fritak(rng: random.Random, world: World) -> Draft:
    """Søknad om fritak for eiendomsskatt: associations, foundations, new homes, listed buildings."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    kind = rng.choice(["lag", "lag", "stiftelse", "nybygg", "fredet", "nybygg"])
    place = rng.choice(PLACES)
    if kind in ("lag", "stiftelse"):
        org = f"Stiftelsen {place} bedehus" if kind == "stiftelse" else rng.choice(
            [f"{place} grendahus SA", f"{place} ungdomslag", f"{place} idrettslag", f"{place} sanitetsforening",
             f"{place} skyttarlag" if lang == NN else f"{place} skytterlag"])
        _p, w = _org_writer(rng, world, org, _plain(place).lower() + rng.choice(["lag.no", "-grendehus.no", "il.no"]), p_orgnr=0.6,
                           title=rng.choice(["styreleder", "kasserer", "leiar" if lang == NN else "leder"]), lang=lang)
    else:
        _p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, "Søknad om fritak for eiendomsskatt", with_addr=False), prop=prop, lang=lang,
                 cite=0.12, gnr=0.08, unknown=0.05, decoy=0.1)
    s = _es_slots(rng, world, tenant, lang, link, prop, org=w.org, year2=rng.choice([2025, 2026]))
    texts = {
        "lag": {NB: ["{greet}\n\n{org} søker om fritak for eiendomsskatt for grendahuset på {gb}, jf. eiendomsskatteloven § 7 bokstav a. Huset eies av laget og brukes til ungdomsarbeid, møter og utleie til selskap til selvkost. Laget har ikke erverv som formål. Vedtekter og årsregnskap ligger vedlagt.",
                     "{greet}\n\nVi har fått eiendomsskatteseddel for klubbhuset vårt på {addr}. Vi er et idrettslag drevet på dugnad, og vi trodde vi var fritatt. Kan dere se på dette og eventuelt gi oss fritak?"],
                NN: ["{greet}\n\n{org} søkjer om fritak for eigedomsskatt for grendahuset på {gb}, jf. eigedomsskattelova § 7 bokstav a. Huset er eigd av laget og blir nytta til ungdomsarbeid og møte. Vedtekter og årsrekneskap ligg ved.",
                     "{greet}\n\nVi har fått eigedomsskattesetel for klubbhuset vårt på {addr}. Vi er eit idrettslag drive på dugnad. Kan de gje oss fritak?"]},
        "stiftelse": {NB: ["{greet}\n\nStiftelsen søker om fritak for eiendomsskatt for bedehuset på {gb}. Bygget brukes til religiøse møter og som samlingslokale for bygda, og stiftelsen har ikke inntekter ut over kollekt. Vi viser til at fritak ble gitt for perioden før ny taksering."],
                      NN: ["{greet}\n\nStiftinga søkjer om fritak for eigedomsskatt for bedehuset på {gb}. Bygget blir nytta til møte og som samlingslokale for bygda."]},
        "nybygg": {NB: ["{greet}\n\nVi har bygget nytt hus på {gb} og fikk ferdigattest i {year2}. Jeg har lest at nye boliger kan få fritak i inntil tre år. Hvordan søker vi?",
                        "{greet}\n\nSøknad om fritak for eiendomsskatt for ny bolig på {addr} ({gb}), jf. eiendomsskatteloven § 7 bokstav c. Ferdigattest ble gitt {date}."],
                   NN: ["{greet}\n\nVi har bygd nytt hus på {gb} og fekk ferdigattest i {year2}. Kan nye bustader få fritak i nokre år? Korleis søkjer vi?"]},
        "fredet": {NB: ["{greet}\n\nVåningshuset på {gb} er fredet, og vi har store kostnader med å holde det i stand etter antikvariske krav. Vi søker om fritak for eiendomsskatt etter § 7 bokstav b. Vedtak om fredning ligger vedlagt."],
                   NN: ["{greet}\n\nVåningshuset på {gb} er freda, og vi har store kostnader med å halde det ved like etter antikvariske krav. Vi søkjer om fritak etter § 7 bokstav b."]},
    }[kind]
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s)
    body = _join(core, _sign_org(rng, w, lang, world) if w.org else _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Søknad om fritak for eiendomsskatt - {gb}", "Fritak eiendomsskatt", "Eiendomsskatt - søknad om fritak {addr}", "Fritak for eiendomsskatt, ny bolig"],
                            NN: ["Søknad om fritak for eigedomsskatt - {gb}", "Fritak eigedomsskatt"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec(rng.choice(["Vedtekter.pdf", "Arsregnskap.pdf", "Fredningsvedtak.pdf"]), "pdf", f"Vedlegg til søknad om fritak\n{w.org or w.name}\n{w.orgnr_text}")] if "vedlagt" in core or "ligg ved" in core else []
    return _make(tenant, w, subject, body, "eiendomsskatt", attachments=atts, sak=link.sak, note=link.note)


def make_es_tillegg(rng: random.Random, world: World) -> Draft:
    """More information to an earlier klage, before the klagenemnd meets: links to the open case by number or gnr/bnr."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, TAKST_KLAGE, with_addr=False), prop=prop, part=p.name, lang=lang,
                 cite=0.5, gnr=0.4, unknown=0.08)
    s = _es_slots(rng, world, tenant, lang, link, prop, rep=rng.choice(["350 000", "180 000", "420 000", "95 000"]))
    texts = {
        NB: ["{greet}\n\nEtter at jeg sendte klagen på eiendomsskatten for {gb}, har vi fått en elektrotakst som viser at hele det elektriske anlegget må skiftes, anslått til {rep} kroner. Jeg mener dette bør trekke verdien ned, og sender rapporten slik at den kan være med når klagen skal behandles. Rapporten ligger vedlagt.",
             "{greet}\n\nHar ikke hørt noe på klagen min på eiendomsskatten for {gb}. Når blir den behandlet? Må jeg betale første termin før klagen er avgjort?",
             "{greet}\n\nEttersender bilder av taket og kjelleren, som lovet på telefon, til klagen på taksten for {addr} ({gb}).",
             "{greet}\n\nTakk for svar på klagen min. Jeg er ikke enig i vurderingen og ber om at klagen sendes videre til den sakkyndige klagenemnda, slik det står i brevet."],
        NN: ["{greet}\n\nEtter at eg sende klaga på eigedomsskatten for {gb}, har vi fått ein elektrotakst som viser at heile det elektriske anlegget må skiftast, om lag {rep} kroner. Rapporten ligg ved, slik at han kan vere med når klaga skal handsamast.",
             "{greet}\n\nHar ikkje høyrt noko om klaga mi på eigedomsskatten for {gb}. Når blir ho handsama?",
             "{greet}\n\nEttersender bilete av taket og kjellaren til klaga på taksten for {addr} ({gb})."],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.25)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Ny dokumentasjon til eiendomsskatteklage {gb}", "Klage eiendomsskatt {gb} - ettersending", "Status klage eiendomsskatt", "Klagen min på eiendomsskatt"],
                            NN: ["Ny dokumentasjon til eigedomsskatteklage {gb}", "Klage eigedomsskatt {gb} - ettersending"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    quoted, subject = _maybe_reply(rng, world, tenant, link, "eiendomsskatt", f"{prop.gnr}/{prop.bnr}", lang, subject, p=0.4)
    atts = [AttachmentSpec(rng.choice(["Tilstandsrapport.pdf", "bilde_tak.jpg"]), "pdf", f"Tilstandsrapport\n{prop.address}")] if "vedlagt" in core or "ligg ved" in core or "bilde" in core or "bilete" in core else []
    return _make(tenant, w, subject, body, "eiendomsskatt", quoted=quoted, attachments=atts, sak=link.sak, note=link.note)


def make_es_sporsmal(rng: random.Random, world: World) -> Draft:
    """Questions about the eiendomsskatt: how it is computed, due dates, bunnfradrag, who is billed after a sale."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.1)
    prop = world.property()
    _p, w = _citizen(rng, world) if lang != EN else (None, _foreigner(rng, world))
    link = _link(rng, world, tenant, "eiendomsskatt", "Eiendomsskatt - spørsmål", cite=0.0, unknown=0.04)
    s = _es_slots(rng, world, tenant, lang, link, prop)
    texts = {
        NB: ["{greet}\n\nVi er tre søsken som eier feriehuset i {addr} sammen. Kan eiendomsskatten deles på tre fakturaer, eller må én av oss stå som betaler for hele beløpet?",
             "{greet}\n\nHvor finner jeg takstgrunnlaget for eiendommen min ({gb})? Jeg vil se hvilke arealer og hvilken sonefaktor dere har brukt før jeg bestemmer meg for om jeg skal klage.",
             "{greet}\n\nVi solgte huset i {addr} i juni, men eiendomsskatten for hele året er sendt til oss. Hvem skal betale for resten av året?",
             "{greet}\n\nHvordan er eiendomsskatten for {gb} beregnet? Jeg finner ikke bunnfradraget igjen på skatteseddelen.",
             "{greet}\n\nKan jeg betale eiendomsskatten i én sum i stedet for to terminer?",
             "{greet}\n\nhvorfor har eiendomsskatten økt så mye i år? det var kr {kr} i fjor",
             "{greet}\n\nVi har delt eiendommen og fått nytt bruksnummer ({gb}). Får den nye tomta egen eiendomsskatt, og når i så fall?"],
        NN: ["{greet}\n\nKor finn eg takstgrunnlaget for eigedomen min ({gb})? Eg vil sjå kva areal og sonefaktor de har brukt før eg bestemmer meg for å klage.",
             "{greet}\n\nVi selde huset i {addr} i juni, men eigedomsskatten for heile året er send til oss. Kven skal betale for resten av året?",
             "{greet}\n\nKorleis er eigedomsskatten for {gb} rekna ut? Eg finn ikkje botnfrådraget på skattesetelen.",
             "{greet}\n\nkvifor har eigedomsskatten auka så mykje i år? det var kr {kr} i fjor"],
        EN: ["{greet}\n\nWe sold our house at {addr} in June, but the property tax for the whole year was sent to us. Who should pay for the rest of the year?",
             "{greet}\n\nI own a holiday home at {addr} and received a property tax bill. Could you explain how the amount is calculated, and whether there is any reduction for houses that are only used in summer?"],
    }
    core = _sloppy(rng, _choose(rng, texts, lang, greet=_greet(rng, tenant, lang), **s), 0.35)
    body = _join(core, _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Spørsmål om eiendomsskatt", "Eiendomsskatt etter salg", "Eiendomsskatt {gb}", "Bunnfradrag?", "eiendomsskatt"],
                            NN: ["Spørsmål om eigedomsskatt", "Eigedomsskatt etter sal", "eigedomsskatt"], EN: ["Property tax question"]}, lang, **s)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    return _make(tenant, w, subject, body, "eiendomsskatt", sak=link.sak, note=link.note)


def make_es_fullmektig(rng: random.Random, world: World) -> Draft:
    """A takstmann, lawyer or accountant appeals on the owner's behalf; the firm is the korrespondansepart."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.3 else NB
    prop = world.property()
    trade, title = rng.choice([("takst", "takstmann MRICS"), ("takst", "takstingeniør"), ("advokat", "advokat"), ("regnskap", "autorisert regnskapsfører")])
    _p, w = _firm_writer(rng, world, trade, title=title, p_orgnr=0.6, lang=lang)
    owner = world.person()
    link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, TAKST_KLAGE, with_addr=False), prop=prop, part=owner.name, lang=lang,
                 cite=0.3, gnr=0.15, unknown=0.05, decoy=0.1)
    s = _es_slots(rng, world, tenant, lang, link, prop, owner=owner.name)
    texts = {
        NB: ["{greet}\n\nPå vegne av {owner} påklages eiendomsskattetaksten for {gb}, {addr}. Fullmakt vedlagt.\n\nTakseringen bygger på feil areal. Ved vår oppmåling {date} ble BRA målt til {m2b} m2, mot {m2} m2 i kommunens grunnlag. I tillegg er det ikke tatt hensyn til at boligen har betydelige skader på drenering og tak. Vår verdivurdering ligger vedlagt.\n\nVi ber om at taksten settes ned tilsvarende.",
             "{greet}\n\nVi viser til klage fra {owner} på eiendomsskattetaksten for {gb} ({ref}). Undertegnede er engasjert som fullmektig og ber om innsyn i takstgrunnlaget og befaringsnotatet før klagen behandles.",
             "{greet}\n\nSom regnskapsfører for {owner} ber vi om at eiendomsskatten for {gb} fra og med neste termin sendes til oss. Vi ber samtidig om at taksten vurderes på nytt, da boligen står tom og skal selges i dagens stand."],
        NN: ["{greet}\n\nPå vegner av {owner} vert det klaga på eigedomsskattetaksten for {gb}, {addr}. Fullmakt ligg ved.\n\nTakseringa byggjer på feil areal: BRA er målt til {m2b} m2, mot {m2} m2 i grunnlaget til kommunen. Verdivurderinga vår ligg ved."],
    }
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang, formal=True), **s)
    body = _join(core, _sign_org(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Klage på eiendomsskattetakst {gb} - {owner}", "Eiendomsskatt {gb} - klage på vegne av eier", "Innsyn i takstgrunnlag {gb}", "Eiendomsskatt {gb} - ny fakturamottaker"],
                            NN: ["Klage på eigedomsskattetakst {gb}", "Eigedomsskatt {gb} - klage på vegner av eigar"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec("Fullmakt.pdf", "scan", f"Fullmakt\n{owner.name} gir {w.org} fullmakt i sak om eiendomsskatt for {prop.gnr}/{prop.bnr}.")]
    return _make(tenant, w, subject, body, "eiendomsskatt", attachments=atts, sak=link.sak, note=link.note or "Appeal by a representative; the firm is avsender.")


def make_plan_internt_notat(rng: random.Random, world: World) -> Draft:
    """A planner's internal note: X for minutes filed in the plan case, N when something must be followed up."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    plan = _plan(rng, world, tenant)
    _p, w = _employee(rng, world, tenant, rng.choice(["arealplanlegger", "planlegger", "rådgiver plan", "seniorrådgiver, plan"]))
    follow_up = rng.random() < 0.4
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.85, unknown=0.0, twin=0.1, planid=1.0)
    s = _plan_slots(rng, world, tenant, lang, plan, link, who=world.firm("konsult").name)
    if follow_up:
        texts = {NB: ["Notat til saken {raw}: Forslagsstiller ({who}) opplyste i telefon {date} at planavgrensningen må utvides mot sjøen. Det må sendes nytt varsel om oppstart til berørte grunneiere før planforslaget kan tas til behandling. Oppfølging: undertegnede.",
                      "Notat sak {raw}: Statens vegvesen har i møte {date} signalisert innsigelse til adkomstløsningen. Vi må avklare med forslagsstiller innen {fdate} om planforslaget skal endres før offentlig ettersyn."],
                 NN: ["Notat til saka {raw}: Forslagsstillar ({who}) opplyste på telefon {date} at planavgrensinga må utvidast mot sjøen. Det må sendast nytt varsel om oppstart før planforslaget kan handsamast. Oppfølging: underteikna.",
                      "Notat sak {raw}: Statens vegvesen signaliserte i møte {date} motsegn til tilkomstløysinga. Må avklarast med forslagsstillar innan {fdate}."]}
        jpt, note = "N", "Internal plan note that needs follow-up (N)."
    else:
        texts = {NB: ["Referat fra oppstartsmøte {date} – {planfull} (sak {raw})\n\nTilstede: forslagsstiller {who}, kommunens planavdeling.\n\nPlanområdet og formål ble gjennomgått. Kommunen anbefaler at adkomst løses via eksisterende kryss. Forslagsstiller sender varsel om oppstart innen fire uker.\n\nReferatet arkiveres i saken.",
                      "Til arkivet, sak {raw}: Planforslaget for {plan} er kontrollert mot sjekklisten. Alle dokumenter er mottatt. Ingen videre oppfølging før førstegangsbehandling."],
                 NN: ["Referat frå oppstartsmøte {date} – {planfull} (sak {raw})\n\nTil stades: forslagsstillar {who} og planavdelinga.\n\nPlanområdet og føremålet vart gjennomgått. Kommunen tilrår tilkomst via eksisterande kryss. Referatet vert arkivert i saka.",
                      "Til arkivet, sak {raw}: Planforslaget for {plan} er kontrollert mot sjekklista. Alle dokument er motteke."]}
        jpt, note = "X", "Internal plan note for the file (X)."
    core = _choose(rng, texts, lang, **s)
    body = _join(core, _sign_employee(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Notat - {plan}", "Referat oppstartsmøte {plan}", "Notat til plansak {raw}", "Internt notat {planfull}"],
                            NN: ["Notat - {plan}", "Referat oppstartsmøte {plan}", "Notat til plansak {raw}"]}, lang, **s)
    subject = _ensure_planid(rng, subject, body, link, plan)
    return _make(tenant, w, subject, body, "plansak", journalposttype=jpt, sak=link.sak, note=(link.note + " " + note).strip())


def make_es_internt_notat(rng: random.Random, world: World) -> Draft:
    """An eiendomsskatt employee's note: X for a befaring note filed in a klage case, N for an error to be corrected."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.6 else NB
    prop = world.property()
    _p, w = _employee(rng, world, tenant, rng.choice(["takstansvarlig", "rådgiver eiendomsskatt", "besiktiger", "konsulent eiendomsskatt"]))
    follow_up = rng.random() < 0.4
    if follow_up:
        link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, "Retting av eiendomsskattegrunnlag", with_addr=False), prop=prop,
                     cite=0.0, unknown=0.0, decoy=0.2, decoy_from=("byggesak", "vann_avlop"))
    else:
        link = _link(rng, world, tenant, "eiendomsskatt", _prop_title(prop, TAKST_KLAGE, with_addr=False), prop=prop, cite=0.6, gnr=0.4, unknown=0.0)
    s = _es_slots(rng, world, tenant, lang, link, prop, day=_date(rng, lang))
    if follow_up:
        texts = {NB: ["Notat: Ved gjennomgang av eiendomsskattelisten er det oppdaget at {gb} ({addr}) er registrert med to boenheter i matrikkelen, mens det bare er én. Matrikkelen må rettes og ny skatteseddel sendes. Oppfølging: oppmåling og eiendomsskattekontoret.",
                      "Notat {day}: Bygningen på {gb} er revet etter brann, men står fortsatt i grunnlaget. Må slettes og takst beregnes på nytt for tomten."],
                 NN: ["Notat: Ved gjennomgang av eigedomsskattelista er det oppdaga at {gb} ({addr}) er registrert med to bueiningar i matrikkelen, men det er berre éi. Matrikkelen må rettast og ny skattesetel sendast.",
                      "Notat {day}: Bygningen på {gb} er riven etter brann, men står framleis i grunnlaget. Må slettast og taksten reknast ut på nytt."]}
        jpt, note = "N", "Internal eiendomsskatt note that needs follow-up (N)."
    else:
        texts = {NB: ["Befaringsnotat {day}, {gb}, {addr}\n\nBefaring i forbindelse med klage på takst. Boligen er i middels stand. Loft er uinnredet, kjeller delvis innredet. Indre standard er lavere enn lagt til grunn. Notatet legges i saken til bruk for sakkyndig nemnd.",
                      "Til saken {raw}: Eier ringte {day} og bekreftet at befaring kan skje uten at hun er til stede. Ingen oppfølging nødvendig."],
                 NN: ["Synfaringsnotat {day}, {gb}, {addr}\n\nSynfaring i samband med klage på takst. Bustaden er i middels stand. Loftet er uinnreidd. Indre standard er lågare enn lagt til grunn. Notatet vert lagt i saka.",
                      "Til saka {raw}: Eigar ringde {day} og stadfesta at synfaring kan skje utan at ho er til stades."]}
        jpt, note = "X", "Internal note for the file (X)."
    core = _choose(rng, texts, lang, **s)
    body = _join(core, _sign_employee(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Notat eiendomsskatt {gb}", "Befaringsnotat {gb}", "Feil i grunnlag - {gb}"], NN: ["Notat eigedomsskatt {gb}", "Synfaringsnotat {gb}"]}, lang, **s)
    if link.ref and link.ref not in body:
        subject += f" ({link.ref})"
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    return _make(tenant, w, subject, body, "eiendomsskatt", journalposttype=jpt, sak=link.sak, note=(link.note + " " + note).strip())


def make_bygg_fradeling(rng: random.Random, world: World) -> Draft:
    """Søknad om deling (fradeling) of a plot, or a neighbour's comment on one."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    prop = world.property()
    neighbour = rng.random() < 0.35
    firm = not neighbour and rng.random() < 0.4
    if firm:
        _p, w = _firm_writer(rng, world, rng.choice(["oppmåling", "konsult", "eiendom"]), title=rng.choice(["landmåler", "rådgiver", "daglig leder"]), lang=lang)
    else:
        _p, w = _citizen(rng, world)
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Søknad om fradeling av tomt"), prop=prop, lang=lang,
                 cite=0.45 if neighbour else 0.1, gnr=0.25 if neighbour else 0.05, unknown=0.05, decoy=0.1)
    s = {"addr": prop.address, "gb": _gb(rng, prop, lang), "m2": rng.choice([650, 800, 950, 1200, 1500, 2000]), "date": _date(rng, lang),
         "ref": _ref_phrase(rng, link, lang), "raw": link.ref, "child": rng.choice(["dottera vår", "sonen vår"] if lang == NN else ["datteren vår", "sønnen vår"])}
    if neighbour:
        texts = {NB: ["{greet}\n\nVi har fått varsel om at det er søkt om å dele fra en tomt på {m2} m2 fra {gb}. Den nye tomta vil få adkomst over den private vegen som vi eier sammen med tre andre. Ingen har spurt oss om vegrett, og vi godtar ikke økt bruk uten en avtale om vedlikehold.",
                      "{greet}\n\nMerknad til søknad om fradeling på {addr}: grensen som er tegnet inn, går over vår del av hagen og stemmer ikke med grensemerket som ble satt ned i 1978. Vi ber om at grensen blir påvist før kommunen behandler søknaden."],
                 NN: ["{greet}\n\nVi har fått varsel om at det er søkt om å dele frå ei tomt på {m2} m2 frå {gb}. Den nye tomta får tilkomst over den private vegen som vi eig saman med tre andre. Ingen har spurt oss om vegrett.",
                      "{greet}\n\nMerknad til søknad om frådeling på {addr}: grensa som er teikna inn, går over vår del av hagen og stemmer ikkje med grensemerket frå 1978."]}
        subj = {NB: ["Merknad til søknad om fradeling {gb}", "Fradeling {addr} - merknad fra nabo"], NN: ["Merknad til søknad om frådeling {gb}"]}
    else:
        texts = {NB: ["{greet}\n\nVi søker om å dele fra en boligtomt på ca. {m2} m2 fra eiendommen vår, {gb}, slik at {child} kan bygge hus. Tomta har adkomst fra kommunal veg, og vann og avløp kan kobles til ledningen i vegen. Kart med inntegnet tomtegrense og kvittering for nabovarsel ligger ved.",
                      "F|{greet}\n\nPå vegne av hjemmelshaver oversendes søknad om opprettelse av ny grunneiendom ved fradeling fra {gb}. Arealet er ca. {m2} m2 og er regulert til boligformål. Vi ber samtidig om at oppmålingsforretning rekvireres.",
                      "C|{greet}\n\nhvordan går vi fram for å dele tomta på {addr} i to? den er ca {m2} kvm og vi vil selge den nederste delen"],
                 NN: ["{greet}\n\nVi søkjer om å dele frå ei bustadtomt på ca. {m2} m2 frå eigedomen vår, {gb}, slik at {child} kan byggje hus. Tomta har tilkomst frå kommunal veg. Kart og kvittering for nabovarsel ligg ved.",
                      "C|{greet}\n\nkorleis går vi fram for å dele tomta på {addr} i to? ho er ca {m2} kvm"]}
        subj = {NB: ["Søknad om fradeling av tomt - {gb}", "Deling av eiendom {addr}", "Fradeling {gb}"], NN: ["Søknad om frådeling av tomt - {gb}", "Deling av eigedom {addr}"]}
    core = _sloppy(rng, _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang), **s), 0.0 if firm else 0.25)
    body = _join(core, _sign_org(rng, w, lang, world) if firm else _sign_citizen(rng, w, lang, world=world))
    subject = _with_ref(rng, _choose(rng, subj, lang, **s), link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    return _make(tenant, w, subject, body, "byggesak", sak=link.sak, note=link.note)


def make_bygg_igangsetting(rng: random.Random, world: World) -> Draft:
    """Søknad om igangsettingstillatelse after a rammetillatelse, or a change to an approved project."""
    tenant = pick_tenant(rng)
    lang = NN if tenant == "havoy" and rng.random() < 0.45 else NB
    t, prop = rng.choice(TILTAK), world.property()
    _p, w = _firm_writer(rng, world, rng.choice(["bygg", "entreprenør", "arkitekt", "prosjekt"]),
                         title=rng.choice(["Ansvarlig søker", "prosjekteringsleder", "prosjektleder"]), lang=lang)
    link = _link(rng, world, tenant, "byggesak", _prop_title(prop, "Rammetillatelse - " + t.title), prop=prop, lang=lang,
                 cite=0.65, gnr=0.25, unknown=0.07)
    s = _bygg_slots(rng, world, tenant, lang, t, prop, link, step=rng.choice(["grunnarbeider og fundamentering", "hele tiltaket", "råbygg"]))
    texts = {
        NB: ["{greet}\n\nMed henvisning til rammetillatelse for {t} på {gb} søkes det om igangsettingstillatelse for {step}. Oppdatert gjennomføringsplan og erklæringer om ansvarsrett for utførende foretak er vedlagt. Vilkårene i rammetillatelsen er oppfylt, jf. redegjørelse i vedlegg.",
             "{greet}\n\nVi ønsker å endre plasseringen av {t_def} på {addr} med ca. 1,5 meter mot vest i forhold til godkjent situasjonsplan. Avstand til nabogrense blir fortsatt over 4 meter. Søknad om endring av tillatelse, med ny situasjonsplan, følger vedlagt.",
             "{greet}\n\nIG-søknad {addr} ({ref}) – vedlagt. Entreprenøren står klar til å starte {fdate}, så vi håper på rask behandling."],
        NN: ["{greet}\n\nMed tilvising til rammeløyve for {t} på {gb} vert det søkt om igangsetjingsløyve for {step}. Oppdatert gjennomføringsplan og erklæringar om ansvarsrett ligg ved.",
             "{greet}\n\nVi ønskjer å flytte {t_def} på {addr} om lag 1,5 meter mot vest i høve til godkjend situasjonsplan. Søknad om endring av løyve ligg ved."],
    }
    core = _choose(rng, texts, lang, greet=_greet(rng, tenant, lang, formal=True), **s)
    body = _join(core, _sign_org(rng, w, lang, world))
    subject = _choose(rng, {NB: ["Søknad om igangsettingstillatelse - {gb}", "IG - {t} {addr}", "Søknad om endring av tillatelse - {addr}"],
                            NN: ["Søknad om igangsetjingsløyve - {gb}", "Søknad om endring av løyve - {addr}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_gb(rng, subject, body, link, prop, lang)
    atts = [AttachmentSpec("Gjennomforingsplan.pdf", "pdf", f"Gjennomføringsplan\n{prop.address}, gnr {prop.gnr} bnr {prop.bnr}\n{w.org}\n{w.orgnr_text}")]
    return _make(tenant, w, subject, body, "byggesak", attachments=atts, sak=link.sak, note=link.note)


def make_plan_mindre_endring(rng: random.Random, world: World) -> Draft:
    """Request for a mindre endring of a regulation plan (pbl. § 12-14), from a landowner or a consultant."""
    tenant = pick_tenant(rng)
    lang = _lang(rng, tenant, en=0.0)
    plan = _plan(rng, world, tenant)
    prop = world.property()
    firm = rng.random() < 0.5
    if firm:
        _p, w = _firm_writer(rng, world, rng.choice(["konsult", "arkitekt"]), title=rng.choice(["planlegger", "arkitekt", "rådgiver"]), lang=lang)
    else:
        _p, w = _citizen(rng, world)
    link = _plan_link(rng, world, tenant, plan, lang, cite=0.3, twin=0.1, planid=0.5)
    s = _plan_slots(rng, world, tenant, lang, plan, link, gb=_gb(rng, prop, lang))
    texts = {
        NB: ["F|{greet}\n\nPå vegne av grunneier søkes det om mindre endring av {planfull} (planID {pid}), jf. pbl. § 12-14. Endringen gjelder felt BF3, der tomtedelingen foreslås endret fra fire til seks tomter. Samlet utnyttelse og byggehøyder er uendret. Berørte naboer og regionale myndigheter er orientert, og ingen har merknader.",
             "C|{greet}\n\nJeg eier {gb} innenfor reguleringsplanen for {plan}. Planen setter av en del av tomta mi til snuplass, men snuplassen er for lengst bygd et annet sted. Kan planen endres slik at dette arealet blir en del av boligtomta?",
             "{greet}\n\nVi ber om at kommunen vurderer en endring av reguleringsbestemmelsene for {plan}. Bestemmelsen om maks 15 grader takvinkel gjør det umulig å bygge med saltak, som alle de eldre husene i området har. Mange i feltet ønsker denne endringen."],
        NN: ["F|{greet}\n\nPå vegner av grunneigar vert det søkt om mindre endring av {planfull} (planID {pid}), jf. pbl. § 12-14. Endringa gjeld felt BF3, der tomtedelinga blir endra frå fire til seks tomter. Utnytting og byggjehøgder er uendra.",
             "C|{greet}\n\nEg eig {gb} innanfor reguleringsplanen for {plan}. Planen set av ein del av tomta mi til snuplass, men snuplassen er bygd ein annan stad. Kan planen endrast?"],
    }
    core = _choose(rng, texts, lang, "F" if firm else "C", greet=_greet(rng, tenant, lang), **s)
    body = _join(core, _sign_org(rng, w, lang, world) if firm else _sign_citizen(rng, w, lang, world=world))
    subject = _choose(rng, {NB: ["Søknad om mindre endring av reguleringsplan - {plan}", "Endring av reguleringsplan {plan}", "Mindre endring {planfull}"],
                            NN: ["Søknad om mindre endring av reguleringsplan - {plan}", "Endring av reguleringsplan {plan}"]}, lang, **s)
    subject = _with_ref(rng, subject, link, lang)
    subject, body = _ensure_ref(rng, subject, body, link, lang)
    subject = _ensure_planid(rng, subject, body, link, plan)
    return _make(tenant, w, subject, body, "plansak", sak=link.sak, note=link.note or "Request for a minor change of a regulation plan: plansak.")


# --------------------------------------------------------------------------------------------
# registry.  Weights are relative to the default 1.0 of one ordinary family; per category they
# add up to about byggesak 22, plansak 9, vann_avlop 8.5, vei_trafikk 8.3, eiendomsskatt 6.5, which
# follows the dev-set mix (byggesak about three times an average in-scope category).
# --------------------------------------------------------------------------------------------


def _family(name: str, make, weight: float) -> Family:
    return Family(name=name, category=name.split(".")[0], make=make, weight=weight, writer=WRITER)


FAMILIES = [
    _family("byggesak.soknad", make_bygg_soknad, 2.3),
    _family("byggesak.tilleggsdokumentasjon", make_bygg_tilleggsdok, 2.0),
    _family("byggesak.nabomerknad", make_bygg_nabomerknad, 2.4),
    _family("byggesak.klage_advokat", make_bygg_klage_advokat, 1.3),
    _family("byggesak.ferdigattest", make_bygg_ferdigattest, 1.7),
    _family("byggesak.dispensasjon", make_bygg_dispensasjon, 1.7),
    _family("byggesak.riving", make_bygg_riving, 1.3),
    _family("byggesak.ulovlig_bygging", make_bygg_ulovlig, 1.3),
    _family("byggesak.sporsmal_soknadsplikt", make_bygg_sporsmal, 1.9),
    _family("byggesak.internt_notat", make_bygg_internt_notat, 1.3),
    _family("byggesak.videresendt", make_bygg_videresendt, 1.0),
    _family("byggesak.utenlandsk_foretak", make_bygg_utenlandsk, 0.9),
    _family("byggesak.status", make_bygg_status, 1.1),
    _family("byggesak.fradeling", make_bygg_fradeling, 1.0),
    _family("byggesak.igangsetting", make_bygg_igangsetting, 0.8),
    _family("plansak.innspill_kommuneplan", make_plan_innspill_kommuneplan, 1.2),
    _family("plansak.merknad", make_plan_merknad, 1.5),
    _family("plansak.varsel_oppstart", make_plan_varsel_oppstart, 1.0),
    _family("plansak.uttalelse_myndighet", make_plan_uttalelse_myndighet, 1.3),
    _family("plansak.lag_forening", make_plan_lag_forening, 1.0),
    _family("plansak.planforslag", make_plan_planforslag, 0.8),
    _family("plansak.sporsmal", make_plan_sporsmal, 0.7),
    _family("plansak.svar_varsel", make_plan_svar_varsel, 0.6),
    _family("plansak.internt_notat", make_plan_internt_notat, 0.4),
    _family("plansak.mindre_endring", make_plan_mindre_endring, 0.6),
    _family("vann_avlop.lekkasje", make_va_lekkasje, 1.3),
    _family("vann_avlop.tilknytning", make_va_tilknytning, 1.2),
    _family("vann_avlop.ferdigmelding", make_va_ferdigmelding, 0.8),
    _family("vann_avlop.maleravlesning", make_va_maleravlesning, 1.0),
    _family("vann_avlop.gebyr", make_va_gebyr, 1.2),
    _family("vann_avlop.kloakk", make_va_kloakk, 0.9),
    _family("vann_avlop.vannkvalitet", make_va_vannkvalitet, 0.9),
    _family("vann_avlop.privat_avlop", make_va_privat_avlop, 0.6),
    _family("vann_avlop.internt_notat", make_va_internt_notat, 0.6),
    _family("vei_trafikk.broyting", make_vei_broyting, 1.3),
    _family("vei_trafikk.gravemelding", make_vei_gravemelding, 1.2),
    _family("vei_trafikk.trafikksikkerhet", make_vei_trafikksikkerhet, 1.4),
    _family("vei_trafikk.avkjorsel", make_vei_avkjorsel, 1.0),
    _family("vei_trafikk.parkering_skilt", make_vei_parkering, 0.9),
    _family("vei_trafikk.rektor_notat", make_vei_rektor_notat, 0.7),
    _family("vei_trafikk.veiskade", make_vei_veiskade, 1.2),
    _family("vei_trafikk.bruk_av_veg", make_vei_arrangement, 0.6),
    _family("eiendomsskatt.klage_takst", make_es_klage_takst, 1.5),
    _family("eiendomsskatt.klage_p13", make_es_klage_p13, 1.0),
    _family("eiendomsskatt.firma", make_es_firma, 0.8),
    _family("eiendomsskatt.fritak", make_es_fritak, 0.7),
    _family("eiendomsskatt.tilleggsopplysninger", make_es_tillegg, 0.8),
    _family("eiendomsskatt.sporsmal", make_es_sporsmal, 0.7),
    _family("eiendomsskatt.fullmektig", make_es_fullmektig, 0.6),
    _family("eiendomsskatt.internt_notat", make_es_internt_notat, 0.4),
]
