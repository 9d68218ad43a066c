"""The static HTML report: bokmål, figures in Norwegian notation, everything escaped."""

from eval.html import norsk_dato, pct, render_html
from eval.report import Outcome, build_report


def test_report_page_shows_figures_and_chart():
    r = build_report([Outcome("2026-09-14", "fjordvik", "riktig_tolket", "v1", archived=True),
                      Outcome("2026-09-14", "havoy", "ikke_gjenkjent", "v1")], kind="replay", title="Replay av x")
    page = render_html(r, chart_src="chart.png")
    assert '<img src="chart.png"' in page
    assert "Riktig tolket" in page and "50,00 %" in page and "14.09.2026" in page
    assert "Ikke kontrollert" not in page  # only in live reports


def test_everything_is_escaped():
    r = build_report([Outcome("2026-09-14", "<script>x</script>", "riktig_tolket", "<b>v</b>")],
                     kind="replay", title="<i>t</i>")
    page = render_html(r, chart_src='a"b.png')
    assert "<script>x" not in page and "<b>v</b>" not in page and "<i>t</i>" not in page
    assert "&lt;script&gt;" in page and 'a&#34;b.png' in page


def test_filters():
    assert pct(67.06) == "67,06 %" and pct(None) == "–"
    assert norsk_dato("2026-09-14") == "14.09.2026"
