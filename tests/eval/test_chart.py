"""The chart is a real PNG, wider with more days, and survives an empty period."""

import io

import matplotlib.image as mpimg

from eval.chart import render_chart, short_version
from eval.report import IKKE_KONTROLLERT, Outcome, build_report


def png_size(data: bytes) -> tuple[int, int]:
    img = mpimg.imread(io.BytesIO(data), format="png")
    return img.shape[1], img.shape[0]


def report(days: int, kind="replay"):
    outcomes = [Outcome(f"2026-09-{10 + d:02d}", "fjordvik", b, f"v{d // 3}")
                for d in range(days) for b in ("riktig_tolket", "ikke_gjenkjent")]
    if kind == "live":
        outcomes.append(Outcome("2026-09-10", "fjordvik", IKKE_KONTROLLERT, "v0"))
    return build_report(outcomes, kind=kind, title="t")


def test_png_for_all_and_one_tenant():
    for tenant in (None, "alle", "fjordvik"):
        data = render_chart(report(4), tenant)
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert png_size(data)[0] > 500


def test_more_days_make_a_wider_chart():
    assert png_size(render_chart(report(20)))[0] > png_size(render_chart(report(3)))[0]


def test_live_chart_and_empty_period():
    assert render_chart(report(2, kind="live")).startswith(b"\x89PNG")
    assert render_chart(build_report([], kind="live", title="t")).startswith(b"\x89PNG")
    assert render_chart(report(2), "havoy").startswith(b"\x89PNG")  # a tenant without mail


def test_short_version_keeps_the_retrain_tail():
    assert short_version("postmottak-linear-20261122-bb12ccf8+r11").endswith("+r11")
    assert short_version("v1") == "v1"


def test_change_label_shows_only_the_retrain_step_when_the_base_is_the_same():
    from eval.chart import change_label

    assert change_label("base-1+r3", "base-1+r2") == "+r3"
    assert change_label("base-1+r1", "base-1") == "+r1"
    assert change_label("base-2", "base-1+r4") == "base-2"
