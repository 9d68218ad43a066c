import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.nlp import get_nlp, lemma, read_entities, read_mail_entities
from classifier.types import Address, Attachment, ParsedMail


def saks(text):
    return [r.sak for r in read_entities(text, max_year=2027).case_refs]


@pytest.mark.parametrize(
    "text, sak",
    [
        ("Deres ref. 24/1187", "2024/1187"),
        ("Dykkar ref. 2024/1187", "2024/1187"),
        ("Vår ref: 2024/1187-3", "2024/1187"),
        ("saksnr. 2024/001187", "2024/1187"),
        ("Referanse: 24/01187 – tillegg", "2024/1187"),
        ("Your ref. 2024/1187", "2024/1187"),
        ("oppfølging av sak 2024/1187", "2024/1187"),
        ("Spørsmål til konkurransen (2024/1187)", "2024/1187"),
    ],
)
def test_case_numbers_in_usual_forms_are_normalised(text, sak):
    assert saks(text) == [sak]


def test_lead_in_kind_and_document_number_are_kept():
    deres, var = read_entities("Deres ref.: 2024/1187\nVår ref.: 2024/1187-6", max_year=2027).case_refs
    assert (deres.lead_in, deres.explicit, deres.doknr) == ("deres", True, None)
    assert (var.lead_in, var.doknr, var.raw) == ("var", 6, "2024/1187-6")
    assert not read_entities("Se 2024/1187", max_year=2027).case_refs[0].explicit


@pytest.mark.parametrize(
    "text",
    [
        "Vi har åpent 24/7.",
        "Fordelingen blir 50/50 mellom partene.",
        "Omtrent 3/4 av arealet og 1/2 av tomta.",
        "Møtet er 12/10 kl. 10.",
        "Skoleskyss for skoleåret 2026/2027",
        "Ring meg på 913 44 208",
        "gnr. 56 bnr. 60",
        "56/60 - Kirkebakken 31 - Søknad om riving",
        "https://example.no/2024/1187/side",
    ],
)
def test_numbers_that_are_not_case_numbers_are_not_read_as_such(text):
    assert saks(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("gnr. 138 bnr. 39", [(138, 39)]),
        ("gnr 56 bnr 60", [(56, 60)]),
        ("g.nr. 12 b.nr. 7", [(12, 7)]),
        ("gardsnr. 12, bruksnr. 7", [(12, 7)]),
        ("gnr./bnr. 12/7", [(12, 7)]),
        ("nabovarsel til gnr. 138 bnr. 41 og 42", [(138, 41), (138, 42)]),
        ("56/60 - Kirkebakken 31 - Søknad om riving", [(56, 60)]),
        ("bruksendring strandvegen 88 (120/254)", [(120, 254)]),
        ("Naust på 48/6 – nye teikningar", [(48, 6)]),
    ],
)
def test_gnr_bnr_forms(text, expected):
    assert read_entities(text, max_year=2027).gnr_bnr == expected


def test_orgnr_only_when_valid_and_stated():
    ents = read_entities(
        "Org.nr. 974 760 673\nNO 974760673 MVA\norganisasjonsnummer 974760674\nCVR DK 31564890\nTlf 97476067"
    )
    assert ents.orgnr == ["974760673"]


def test_fnr_like_reports_numbers_even_with_failing_check_digits():
    ents = read_entities("Barn: Ola (fnr. 010190 12399), mor født 01.01.90 12345")
    assert "01019012399" in ents.fnr_like
    assert "01019012345" in ents.fnr_like


def test_account_numbers_and_ids_are_not_fnr():
    assert read_entities("Kontonummer: 3705 22 18773, sekvensnr 2026004417").fnr_like == []


def test_phones_and_dates():
    ents = read_entities(
        "Tlf. 55 30 41 20 | Mob. 926 18 440, +47 46230118. Møte 14.09.2026 og 1. oktober 2026."
    )
    assert ents.phones == ["55304120", "92618440", "46230118"]
    assert ents.dates[:2] == ["2026-09-14", "2026-10-01"]


def test_person_names_from_lexicon_and_context_cues():
    text = (
        "Jeg søker på vegne av min mor, Ragnhild Vikanes. Sønnen min Tarjei går i 3. klasse.\n"
        "Barn: Zorro Quist\nMed hilsen\nKari Nordmann\nFjordvik Elektro AS"
    )
    names = read_entities(text).person_names
    assert "Ragnhild Vikanes" in names
    assert "Tarjei" in names
    assert "Zorro Quist" in names  # not in any lexicon, but after a cue
    assert "Kari Nordmann" in names
    assert not any("Elektro" in n or "Fjordvik" in n for n in names)


def test_person_names_skip_organisations_and_places():
    names = read_entities("Vi har kontrakt med Erik Hansen AS. Møtet er på Havøy skule.").person_names
    assert names == []


def test_read_mail_entities_tags_each_reference_with_its_part():
    mail = ParsedMail(
        subject="SV: Mangel - Dykkar ref. 2024/2378",
        body="Viser til brevet.",
        quoted="Vår ref: 2024/2378-6",
        attachments=[Attachment("a.pdf", "application/pdf", 1, "x", kind="pdf", text="Org.nr. 974 760 673")],
    )
    ents = read_mail_entities(mail, max_year=2027)
    assert [(r.sak, r.source, r.lead_in) for r in ents.case_refs] == [
        ("2024/2378", "subject", "deres"),
        ("2024/2378", "quoted", "var"),
    ]
    assert ents.orgnr == ["974760673"]


def test_get_nlp_is_cached_offline_with_lemmatizer_and_entity_patterns():
    nlp = get_nlp()
    assert nlp is get_nlp()
    assert "lemmatizer" in nlp.pipe_names
    doc = nlp("Deres ref. 2024/1187 gjelder gnr. 12 bnr. 3")
    labels = {e.label_ for e in doc.ents}
    assert {"CASE_REF", "GNR_BNR"} <= labels
    assert isinstance(lemma("Søknaden"), str)


def test_more_lead_ins_and_season_years():
    assert saks("Saksreferanse: 2024/1187") == ["2024/1187"]
    assert read_entities("Saksreferanse: 2024/1187", max_year=2027).case_refs[0].explicit
    assert saks("Sesongen 2024/25 var god") == []
    assert set(read_entities("matrikkel 12/34 og g/bnr 5/6", max_year=2027).gnr_bnr) == {(12, 34), (5, 6)}


def test_cue_followed_by_an_association_is_not_a_person():
    names = read_entities(
        "Søker: Nordby kammerkor\nSøker: Nordby Bluesfestival\nSøker: Kari Lie"
    ).person_names
    assert names == ["Kari Lie"]


def test_subject_numbers_split_by_header_decoding_are_also_read_repaired():
    mail = ParsedMail(subject="Klage faktura deres referanse 2026/003 621", body="Hei")
    assert "2026/3621" in [r.sak for r in read_mail_entities(mail, max_year=2027).case_refs]
    mail = ParsedMail(subject="Ny plan – jf. sak 2024 /000966", body="Hei")
    assert [r.sak for r in read_mail_entities(mail, max_year=2027).case_refs] == ["2024/966"]


def test_gnr_bnr_with_spaced_abbreviations():
    assert read_entities("Stormtunet 96 - gnr. 77, b nr. 380").gnr_bnr == [(77, 380)]


def test_number_run_pattern_finds_what_its_written_form_finds():
    import random
    import re

    from classifier.nlp import _NUM_RUN

    written = re.compile(r"\+?\d+(?:[ ./-]\d+)*")
    rng = random.Random(5)
    texts = ["+47 913 44 208", "ring +4791344208 eller 12.10.2026", "a+b", "2/a1+a.", "++1", "1 - 2", ""]
    texts += ["".join(rng.choice("+12 ./-a\n") for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in _NUM_RUN.finditer(text)] == [m.span() for m in written.finditer(text)], text


_PIECES = ["Vår ref. ", "Deres ref ", "sak ", "2024/1187", "24/1187-3", "gnr. 12 bnr. 7", "12/7", "org.nr ",
           "974 760 673", "NO 974760673 MVA", "12.10.2026", "120456 12345", "+47 913 44 208", "planID 1506202508",
           " ", "\n", "(", ")", "/", "-", "Storgata 5", "1. oktober 2026", "Org.nr.:\n", "reg. nr "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_reading_without_numbers_finds_the_same_cases_properties_and_plans(pieces):
    from classifier.nlp import read_mail_entities

    text = "".join(pieces)
    mail = ParsedMail(subject=text[:40], body=text, quoted=text[::-1], sender=Address(email="a@b.no"))
    full = read_mail_entities(mail, names=False)
    lean = read_mail_entities(mail, names=False, numbers=False)
    assert lean.case_refs == full.case_refs and lean.gnr_bnr == full.gnr_bnr and lean.plan_ids == full.plan_ids
    assert lean.orgnr == lean.fnr_like == lean.dates == lean.phones == []
