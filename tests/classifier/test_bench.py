"""The benchmark's Paperless-ngx baseline and its timing helper (no timing is asserted)."""

from __future__ import annotations

from classifier.bench import PaperlessBaseline, classifier_from_params, side_by_side, speed_ratios, throughput
from classifier.types import Address, ParsedMail


def _mail(subject: str, body: str) -> ParsedMail:
    return ParsedMail(subject=subject, body=body, sender=Address(email="a@b.no"))


def test_baseline_reads_text_as_paperless_ngx_does():
    mail = _mail("SV: Søknaden om garasje!", "Hei,\n\n  vi   søker om   byggetillatelse for garasjen i 2026.")
    plain = PaperlessBaseline(stem=False).content(mail)
    assert plain == "sv søknaden om garasje hei vi søker om byggetillatelse for garasjen i 2026"
    baseline = PaperlessBaseline(stem=True)
    stemmed = baseline.content(mail).split()
    assert "om" not in stemmed and "vi" not in stemmed  # stop words dropped
    assert "søknad" in stemmed and "garasj" in stemmed  # Snowball-stemmed
    assert "2026" in stemmed and "2026" not in baseline._stem_cache  # words with digits are kept
    assert baseline.content(mail).split() == stemmed  # the second time from the stem cache
    assert baseline._stem_cache["garasjen"] == "garasj"


def test_baseline_stem_cache_is_bounded():
    baseline = PaperlessBaseline(stem=True)
    baseline.STEM_CACHE_SIZE = 3
    baseline.content(_mail("", "alfa bravo charlie delta echo"))
    assert list(baseline._stem_cache) == ["charlie", "delta", "echo"]  # the oldest words went first


def test_baseline_learns_categories_and_throughput_counts_every_mail():
    mails = [_mail(f"Søknad {i}", "byggesak garasje tilbygg") for i in range(6)]
    mails += [_mail(f"Nyhetsbrev {i}", "webinar kurs påmelding avmeld") for i in range(6)]
    categories = ["byggesak"] * 6 + ["nyhetsbrev"] * 6
    baseline = PaperlessBaseline(stem=True).fit(mails, categories)
    assert list(baseline.predict(mails)) == categories
    seen = []
    speed = throughput([(str(i), b"") for i in range(5)], seen.extend, rounds=2, batch=2)
    assert speed["mails"] == 5 and len(seen) == 2 + 2 * (5 + 5)  # warm-up, two rounds of batches + one by one
    assert speed["latency_p99_ms"] >= speed["latency_p50_ms"] >= 0


def test_side_by_side_times_the_systems_in_turns():
    calls = []
    raws = [(str(i), b"") for i in range(4)]
    speeds = side_by_side(raws, {"a": lambda batch: calls.append(("a", len(batch))),
                                 "b": lambda batch: calls.append(("b", len(batch)))}, rounds=2, batch=4)
    assert set(speeds) == {"a", "b"} and all(s["mails"] == 4 for s in speeds.values())
    # warm-ups, then per round: a's batch pass and single pass, then b's
    assert [name for name, _ in calls] == ["a", "b"] + (["a"] * 5 + ["b"] * 5) * 2
    assert calls[2:7] == [("a", 4)] + [("a", 1)] * 4


def test_speed_ratios_pair_the_passes_of_each_round():
    speeds = {
        "ours": {"batch_pass_seconds": [1.0, 2.0, 1.0], "single_pass_seconds": [2.0, 2.0, 4.0]},
        "other": {"batch_pass_seconds": [1.5, 2.0, 2.0], "single_pass_seconds": [1.0, 1.0, 2.0]},
    }
    assert speed_ratios(speeds, "ours") == {"other": {"batch": 1.5, "single": 0.5}}


def test_params_reach_the_classifier_and_its_features():
    model = classifier_from_params({"C": 8, "features": {"char_ngram_range": [3, 5], "head_chars": 300}})
    assert model.C == 8
    assert model.features.char_ngram_range == (3, 5) and model.features.head_chars == 300
    assert classifier_from_params(None).features is None


def test_synthetic_open_cases_are_distinct_and_stay_out_of_the_sets_years():
    from classifier.bench import synthetic_open_cases

    cases = synthetic_open_cases(["fjordvik", "havoy"], 2000)
    assert len(cases) == 4000 and cases == synthetic_open_cases(["fjordvik", "havoy"], 2000)  # seeded
    for tenant in ("fjordvik", "havoy"):
        own = [c.sak for c in cases if c.tenant == tenant]
        assert len(set(own)) == 2000 and {s.split("/")[0] for s in own} == {"2010", "2011", "2012", "2013", "2014"}
    assert all(c.gnr is not None and c.tittel.startswith(f"{c.gnr}/{c.bnr} - ") for c in cases)
