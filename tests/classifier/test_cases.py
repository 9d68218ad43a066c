import pytest

from classifier.cases import link_case
from classifier.nlp import read_mail_entities
from classifier.types import Address, Attachment, Case, ParsedMail

CASES = [
    Case(
        "nordby",
        "2024/1187",
        "12/34 - Bakkevegen 5 - Søknad om riving av garasje",
        "PLB",
        "L42",
        12,
        34,
        "Ola Nilsen",
    ),
    Case("nordby", "2025/310", "77/1 - Bakkevegen 5 - Søknad om naust", "PLB", "L42", 77, 1, "Kari Lie"),
    Case("nordby", "2025/500", "Spørsmål til ordføreren - Veilys", "POL", "033"),
    Case("nordby", "2026/90", "Spørsmål til ordføreren - Veilys", "POL", "033"),
    Case(
        "nordby", "2025/77", "40/2 - Tilknytning til kommunalt vann og avløp", "TEK", "M10", 40, 2, "Per Berg"
    ),
    Case("nordby", "2025/88", "40/2 - Klage på eiendomsskattetakst", "OKO", "232", 40, 2, "Per Berg"),
    Case("sorby", "2024/4000", "Skoleskyss 2024/2025 - Liv Dahl", "OPP", "B13", None, None, "Liv Dahl"),
]


def mail(subject="", body="", quoted="", sender="innbygger@example.no", attachments=()):
    return ParsedMail(
        subject=subject,
        body=body,
        quoted=quoted,
        sender=Address("Innbygger", sender),
        attachments=list(attachments),
    )


def link(m, category, tenant="nordby"):
    return link_case(m, read_mail_entities(m, max_year=2027), tenant, CASES, category, max_year=2027)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Merknad - deres ref. 24/1187", ""),
        ("Merknad", "Viser til deres ref. 2024/001187."),
        ("Referanse: 2024/1187-4", ""),
        ("Merknad til riving (2024/1187)", ""),
    ],
)
def test_explicit_case_number_in_any_usual_form_links(subject, body):
    result = link(mail(subject, body), "byggesak")
    assert result.sak == "2024/1187"
    assert result.confidence >= 0.8


def test_kommunes_own_var_ref_in_quoted_letter_counts():
    m = mail(
        "SV: Mangelbrev",
        "Her er dokumentasjonen.",
        quoted="Fra: Kommunen\nVår ref: 2024/1187-6\nVi mangler ...",
    )
    assert link(m, "byggesak").sak == "2024/1187"


def test_two_open_cases_with_the_same_title_the_number_decides():
    m = mail("Purring: spørsmål til ordføreren om veilys (sak 2026/90)")
    assert link(m, "politisk").sak == "2026/90"


def test_cited_case_that_is_not_open_gives_a_new_case():
    result = link(mail("Klage", "Jeg fikk medhold i 2023 (deres ref. 2023/980-2)."), "vann_avlop")
    assert result.sak is None
    assert result.cited_not_open == ["2023/980"]


def test_an_outside_senders_own_reference_is_not_a_cited_case():
    result = link(mail("Tilsynsrapport", "Vår ref.: 2026/184553\nDato: 16.09.2026"), "tilsyn")
    assert result.sak is None
    assert result.cited_not_open == []


def test_innsynskrav_never_gets_an_existing_case():
    result = link(mail("Innsynskrav for sak 24/1187", "Ber om innsyn i sak 2024/1187"), "innsynskrav")
    assert result.sak is None
    assert result.confidence >= 0.9


def test_same_property_and_same_matter_links_without_a_number():
    m = mail(
        "Ferdigmelding", "Garasjen på gnr. 12 bnr. 34 er nå revet, og vi ber om ferdigattest for rivingen."
    )
    result = link(m, "byggesak")
    assert result.sak == "2024/1187"


def test_same_address_but_other_property_does_not_take_the_wrong_case():
    m = mail("Naust i Bakkevegen 5", "Nye teikningar av naustet på gnr 77 bnr 1.")
    assert link(m, "byggesak").sak == "2025/310"


def test_same_property_different_category_picks_the_matching_kind_of_case():
    body = "Gjelder eiendommen gnr. 40 bnr. 2."
    assert (
        link(mail("Tilkopling vatn", body + " Vi har lagt røyr fram til kummen."), "vann_avlop").sak
        == "2025/77"
    )
    assert link(mail("Klage på takst", body + " Taksten er for høy."), "eiendomsskatt").sak == "2025/88"
    assert link(mail("Søknad om tilbygg", body), "byggesak").sak is None


def test_several_cited_open_cases_with_no_way_to_decide_leave_sak_empty():
    m = mail("Spørsmål", "Gjelder deres ref. 2025/500 og deres ref. 2026/90.")
    result = link(m, "politisk")
    assert result.sak is None
    assert result.confidence < 0.5


def test_only_the_tenants_own_cases_are_used():
    result = link(mail("Skoleskyss – deres ref. 2024/4000"), "skole", tenant="nordby")
    assert result.sak is None


def test_case_number_only_in_attachment_is_found():
    att = Attachment("uttale.docx", "application/docx", 1, "x", kind="docx", text="Uttale i sak 2024/1187.")
    assert link(mail("Uttalelse", "Se vedlegg.", attachments=[att]), "byggesak").sak == "2024/1187"


def test_a_party_name_alone_does_not_link_a_case():
    result = link(
        mail("Skoleskyss for Liv Dahl", "Søker om skyss for neste skoleår."), "skole", tenant="sorby"
    )
    assert result.sak is None


def test_returned_sak_is_always_one_of_the_open_cases():
    for subject in ["Ref 2030/1", "deres ref. 24/1", "gnr 99 bnr 99", "Hei"]:
        result = link(mail(subject), "byggesak")
        assert result.sak is None or result.sak in {c.sak for c in CASES if c.tenant == "nordby"}


def test_categories_that_are_never_journalfort_get_no_case():
    assert link(mail("Kan ikke leveres: Vedtak i sak 2024/1187"), "autosvar").sak is None


PLAN_CASES = [
    Case("nordby", "2024/4583", "Detaljregulering for Bøen hyttefelt - planID 1567202406", "PLB", "L12"),
    Case("nordby", "2025/309", "Detaljregulering for Bøen hyttefelt - planID 1530202504", "PLB", "L12"),
    Case("nordby", "2026/4599", "Trafikksikkerhetstiltak Nedregata", "TEK", "Q10"),
]


def test_plan_id_decides_between_plans_with_the_same_name():
    m = mail("Merknad til Bøen hyttefelt", "Vi viser til planforslaget, planID 1530202504.")
    result = link_case(m, read_mail_entities(m), "nordby", PLAN_CASES, "plansak")
    assert result.sak == "2025/309"
    assert result.confidence >= 0.8


def test_an_outside_senders_own_reference_is_only_weak_evidence():
    m = mail(
        "Tilsynsrapport – damanlegget",
        "Vår ref.: 2026/4599\nVedlagt følger rapport.",
        sender="post@tilsyn.no",
    )
    result = link_case(m, read_mail_entities(m), "nordby", PLAN_CASES, "tilsyn")
    assert result.confidence < 0.8  # a coincidence is possible: a person decides


def test_var_ref_in_a_quoted_letter_from_someone_else_is_not_the_kommunes():
    m = mail(
        "Fwd: Avslutning av tilsyn",
        "Til journalføring.",
        quoted="Fra: Tilsynet <post@tilsyn.no>\nVår ref: 2026/4599\nTilsynet er avsluttet.",
        sender="saks.behandler@nordby.kommune.no",
    )
    result = link_case(m, read_mail_entities(m), "nordby", PLAN_CASES, "tilsyn")
    assert result.sak is None or result.confidence < 0.8


def test_bare_property_number_in_the_subject_links_by_property():
    cases = [Case("nordby", "2026/3427", "171/236 - Klage på eiendomsskattetakst", "OKO", "232", 171, 236)]
    m = mail("Klage eigedomsskatt 171/236 - ettersending", "Her kjem dokumentasjonen på taksten.")
    assert link_case(m, read_mail_entities(m), "nordby", cases, "eiendomsskatt").sak == "2026/3427"


def test_the_case_number_is_returned_as_the_archive_writes_it():
    cases = [Case("nordby", "2024/01187", "Søknad om riving av garasje", "PLB", "L42")]
    m = mail("Merknad – deres ref. 24/1187")
    assert link_case(m, read_mail_entities(m), "nordby", cases, "byggesak").sak == "2024/01187"


# --------------------------------------------------------------------------- the index

_STREETS = ["Bakkevegen", "Storgata", "Fjordvegen", "Øvre Lia", "Kirkebakken"]


def _registry(n: int, seed: int = 0, streets: list[str] = _STREETS) -> list[Case]:
    import random

    rng = random.Random(seed)
    cases = []
    for k in range(n):
        gnr, bnr = rng.randint(1, 9), rng.randint(1, 9)
        address = f"{rng.choice(streets)} {rng.randint(1, 9)}"
        title = rng.choice([f"{gnr}/{bnr} - {address} - Søknad om naust", f"{address} - Klage på gebyr",
                            f"planID {1500 + k % 7:010d} - Reguleringsplan", "Spørsmål til ordføreren"])
        cases.append(Case(rng.choice(["nordby", "sorby"]), f"{2010 + k % 5}/{k // 5 + 1}", title,
                          "PLB", rng.choice(["L42", "M10", None]), gnr if rng.random() < 0.7 else None, bnr))
    return cases


@pytest.mark.parametrize("seed, many_streets", [(seed, many) for seed in range(4) for many in (False, True)])
def test_open_cases_find_every_case_a_scan_of_the_whole_list_would_find(seed, many_streets):
    """The index may hand the linker more cases than match, never fewer, and in registry order
    (a small registry tests each address word against the text, a large one reads the text's words)."""
    import random

    from classifier.cases import OpenCases, _contains_phrase, _title_parts

    rng = random.Random(seed)
    streets = _STREETS + [f"Gate{k}vegen" for k in range(100)] if many_streets else _STREETS
    cases = _registry(800 if many_streets else 300, seed, streets)
    index = OpenCases(cases, "nordby")
    assert [c.tenant for c in index.cases] == ["nordby"] * len(index)
    assert (len(index._by_address_word) > 64) == many_streets  # both ways of finding address words
    for _ in range(60):
        props = {(rng.randint(1, 9), rng.randint(1, 9)) for _ in range(rng.randint(0, 2))}
        text = " ".join(rng.choice(streets + ["naust", "gnr", "5", "Vegen", "storgata7"]) + f" {rng.randint(1, 9)}"
                        for _ in range(rng.randint(0, 4))).lower()
        near = index.near(props, index.address_words_in(text))
        assert near == sorted(near)
        for i, case in enumerate(index.cases):
            address, _ = _title_parts(case.tittel)
            same_property = case.gnr is not None and (case.gnr, case.bnr) in props
            same_address = address is not None and _contains_phrase(text, address)
            if same_property or same_address:
                assert i in near, (case, props, text)


def test_open_cases_keep_what_a_list_gives_the_linker():
    """Same links from the list, the tenant's OpenCases and a registry; duplicates resolved as a
    dict of the list would (the last case with a case number), other tenants passed over."""
    from classifier.cases import CaseRegistry, OpenCases

    duplicate = Case("nordby", "2024/1187", "12/34 - Bakkevegen 5 - Søknad om riving av garasje, endret", "PLB", "L42",
                     12, 34)
    cases = CASES + [duplicate]
    registry = CaseRegistry(cases)
    assert registry.for_tenant("nordby") is registry.for_tenant("nordby")  # indexed once
    assert len(registry.for_tenant("sorby")) == 1 and len(registry.for_tenant(None)) == 0
    assert registry.for_tenant("nordby").by_sak["2024/1187"] is duplicate
    assert registry.for_tenant("nordby").by_written["2024/1187"] is CASES[0]
    for m, category in [
        (mail("Søknad om riving", "Vi viser til sak 2024/1187."), "byggesak"),
        (mail("Naust", "Gjelder gnr 77 bnr 1, Bakkevegen 5: tilleggsdokumentasjon for naustet."), "byggesak"),
        (mail("Klage", "Klage på eiendomsskatt for gnr 40 bnr 2, takst."), "eiendomsskatt"),
        (mail("Skoleskyss", "Vi viser til 2024/4000."), "skole"),
    ]:
        ents = read_mail_entities(m, max_year=2027)
        expected = link_case(m, ents, "nordby", cases, category, max_year=2027)
        assert link_case(m, ents, "nordby", OpenCases(cases, "nordby"), category, max_year=2027) == expected
        assert link_case(m, ents, "nordby", registry.for_tenant("nordby"), category, max_year=2027) == expected
    with pytest.raises(ValueError):
        link_case(mail("x"), None, "nordby", registry.for_tenant("sorby"), "byggesak")


def test_the_cited_case_is_found_among_thousands():
    from classifier.cases import CaseRegistry

    cases = CASES + _registry(2000, seed=9)
    m = mail("Naust - Bakkevegen 5", "Tilleggsdokumentasjon for naust på gnr 77 bnr 1, jf. sak 2025/310.")
    ents = read_mail_entities(m, max_year=2027)
    from_list = link_case(m, ents, "nordby", cases, "byggesak", max_year=2027)
    assert from_list.sak == "2025/310"
    assert link_case(m, ents, "nordby", CaseRegistry(cases).for_tenant("nordby"), "byggesak", max_year=2027) == from_list
