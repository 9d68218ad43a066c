"""Feature cues: the trie-built stem regex counts exactly what a plain alternation counts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.features import SENSITIVE_STEMS, mail_cues, stem_pattern
from classifier.types import Address, ParsedMail

ALL_STEMS = sorted({s for stems in SENSITIVE_STEMS.values() for s in stems})


def _plain(stems):
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, stems), key=len, reverse=True)) + ")", re.IGNORECASE)


def test_stem_pattern_matches_longest_stem():
    rx = re.compile(r"\b" + stem_pattern(["syk", "sykehus", "sykemeld"]))
    assert rx.match("sykehuset").group() == "sykehus"
    assert rx.match("sykemelding").group() == "sykemeld"
    assert rx.match("syklus").group() == "syk"
    assert rx.match("usyk") is None


words = st.sampled_from(ALL_STEMS + ["Sykehuset", "NAV-kontoret", "e-post", "adhd", "Dødsfall", "gnr", "søknad", "å"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(words, st.text(min_size=0, max_size=8)), max_size=30), st.sampled_from([" ", "-", "\n", ", ", ""]))
def test_trie_counts_equal_plain_alternation(parts, sep):
    text = sep.join(parts)
    for stems in SENSITIVE_STEMS.values():
        trie = re.compile(r"\b" + stem_pattern(stems), re.IGNORECASE)
        assert len(trie.findall(text)) == len(_plain(stems).findall(text))


def test_sensitive_cues_count_health_words():
    mail = ParsedMail(subject="Søknad", body="Mor har demens og er innlagt på sykehuset etter hjerneslag.",
                      sender=Address(name="A", email="a@gmail.com"))
    cues = mail_cues(mail)
    assert cues[-3] == 1.0  # health: demens, innlagt, sykehus (capped at 3 hits)
    assert cues[-1] == 0.0  # family


def test_term_counter_gives_the_vectorizers_own_numbers():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from classifier.features import _WORD_TOKEN, TermCounter

    docs = ["Søknad om ferdigattest for gnr. 12 bnr. 7 – garasjen er ferdig!",
            "Hei, jeg   klager\\tpå\\neiendomsskatten. Takst 2 450 000 kr er for høy.",
            "Re: SV: Nabovarsel 24/1187 — merknad fra Ås", "", "a b c æ ø å", "İstanbul ÆØÅ"] * 3
    for vec in (
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, dtype=np.float32),
        TfidfVectorizer(analyzer="word", token_pattern=_WORD_TOKEN, ngram_range=(1, 2), sublinear_tf=True,
                        dtype=np.float32),
    ):
        vec.fit(docs[:5])
        counter = TermCounter(vec)
        for _ in range(2):  # the second round reads the per-word cache
            ours = counter.tfidf(docs).toarray()
            theirs = vec.transform(docs).toarray()
            assert ours.dtype == theirs.dtype
            np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-7)


def test_everyday_words_are_not_sensitive():
    from classifier.features import sensitive_count

    text = "Dette gjelder en enkel søknad om sykkelsti. Navn på tiltakshaver: se vedlegg. Behandling av saken."
    assert all(sensitive_count(g, text) == 0 for g in SENSITIVE_STEMS)
    assert sensitive_count("health", "Hun er sykemeldt og har fått diagnosen diabetes.") == 3
    assert sensitive_count("economy", "Vi har mye gjeld etter at jeg ble permittert.") == 2


def test_one_scan_counts_what_a_scan_per_group_counts():
    """``sensitive_counts`` scans once for all groups; a word that starts with stems of two
    groups ("uføretrygd") counts for both, exactly as one regex per group would count."""
    import random
    import re

    from classifier.features import SENSITIVE_EXCEPTIONS, sensitive_counts, stem_pattern

    per_group = {
        g: re.compile(r"\b" + stem_pattern(stems) + r"\w*", re.IGNORECASE) for g, stems in SENSITIVE_STEMS.items()
    }
    words = [s for stems in SENSITIVE_STEMS.values() for s in stems] + list(SENSITIVE_EXCEPTIONS)
    words += ["og", "søknad", "om", "gjelder", "Storgata", "12", "-", "på", "sak"]
    rng = random.Random(3)
    for _ in range(300):
        text = " ".join(
            rng.choice([str.lower, str.upper, str.title])(rng.choice(words)) + rng.choice(["", "et", "ene", "-", "s"])
            for _ in range(rng.randint(1, 40))
        )
        expected = {
            g: sum(1 for w in r.findall(text) if not w.lower().startswith(SENSITIVE_EXCEPTIONS))
            for g, r in per_group.items()
        }
        assert sensitive_counts(text) == expected, text
    assert sensitive_counts("Han har uføretrygd.") == {"health": 1, "economy": 1, "family": 0}


def test_transform_counts_all_blocks_together_with_the_vectorizers_numbers():
    """``MailFeatures.transform`` counts the four TF-IDF blocks as one; it must give what
    ``fit_transform`` (scikit-learn's own vectorizers, stacked) gives, for a batch, for one
    mail, for a mail with no known word, and for no mail at all."""
    import numpy as np

    from classifier.features import MailFeatures

    bodies = ["Søknad om ferdigattest for garasje på gnr 12 bnr 7.", "Klage på vedtak om skoleskyss for eleven.",
              "Nyhetsbrev: kurs i plan- og bygningsloven.", "Faktura 2024/1187 for levering av grus.",
              "Hei, vi ønsker å melde oss på kurset.", "Bekymringsmelding om et barn på skolen."]
    mails = [ParsedMail(subject=f"Sak {i}: " + b.split(",")[0][:20], body=b, quoted=("> " + bodies[i - 1]) if i % 2 else "",
                        sender=Address(name="Ola", email=f"ola{i}@example.no")) for i, b in enumerate(bodies)]
    features = MailFeatures(min_df=1)
    expected = features.fit_transform(mails).toarray()
    got = features.transform(mails)
    assert got.has_sorted_indices and got.shape == expected.shape
    np.testing.assert_allclose(got.toarray(), expected, rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(features.transform(mails[2:3]).toarray(), expected[2:3], rtol=1e-6, atol=1e-7)
    for k in range(len(mails)):  # one mail takes its own shorter path: the same row, bit for bit
        one = features.transform(mails[k : k + 1])
        assert one.has_sorted_indices
        np.testing.assert_array_equal(one.toarray(), got[k].toarray())
    unknown = ParsedMail(subject="", body="qqq zzz", sender=Address(email="x@y.no"))
    assert features.transform([unknown]).shape == (1, expected.shape[1])
    assert features.transform([]).shape == (0, expected.shape[1])


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789 /-.a\n", max_size=40))
def test_digit_first_patterns_find_what_the_look_behind_first_ones_find(text):
    from classifier.features import _CASE_REF, _FNR_LIKE

    written = {
        _CASE_REF: re.compile(r"(?<![\d/])(?:19|20)?\d{2}/0*\d{1,6}(?:-\d{1,4})?(?![\d/])"),
        _FNR_LIKE: re.compile(r"(?<!\d)[0-3]\d[01]\d{3}\s?\d{5}(?!\d)"),
    }
    for fast, plain in written.items():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for sample in ("Vår ref 2024/1187-3", "sak 24/1187", "x2024/1187", "1/2024/1187", "3915/12", "4023/5", "1923/4",
                   "fnr 120456 12345", "9120456 12345", "420456 12345"):
        for fast, plain in written.items():
            assert [m.span() for m in fast.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1_-- .\nøÅé\t", max_size=40))
def test_faster_token_pattern_finds_the_same_tokens(text):
    from classifier.features import _SAME_TOKENS_FASTER

    for written, faster in _SAME_TOKENS_FASTER.items():
        assert re.findall(faster, text) == re.findall(written, text)
        assert re.findall(faster, text.lower()) == re.findall(written, text.lower())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), max_size=60))
def test_count_sorted_is_unique_with_counts(values):
    import numpy as np

    from classifier.features import _count_sorted

    keys, counts = _count_sorted(np.array(values, dtype=np.int64))
    expected_keys, expected_counts = np.unique(np.array(values, dtype=np.int64), return_counts=True)
    assert keys.tolist() == expected_keys.tolist() and counts.tolist() == expected_counts.tolist()
