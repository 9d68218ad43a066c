"""E-mail the daily treffsikkerhet report to the project leads (optional; ``Settings.smtp``).

The message: the HTML report as the body with the chart inline (``cid:``), and the
chart, CSV and JSON attached.  The report holds figures only, never mail content.

``python -m eval.mailer [--dag YYYY-MM-DD] [--dager 14] [--output DIR] [--ikke-send]``
builds the live report from the service database for the period ending on that day,
writes it to DIR if given, and sends it when SMTP and recipients are set.
"""

from __future__ import annotations

import argparse
import smtplib
import ssl
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from eval.chart import render_chart
from eval.html import render_html
from eval.report import to_csv, to_json


class MailerError(RuntimeError):
    """The report could not be sent (reason in bokmål)."""


def subject_for(report: dict[str, Any]) -> str:
    days = report["days"]
    period = f"{days[0]['day']} – {days[-1]['day']}" if days else "ingen dager"
    total = report["overall"]["percent"]["totalt_riktig"]
    return f"{report['title']}: {total:.2f} % totalt riktig ({period})".replace(".", ",", 1)


def build_message(report: dict[str, Any], *, sender: str, recipients: Sequence[str]) -> EmailMessage:
    chart = render_chart(report)
    cid = make_msgid(domain="postmottak.local")
    msg = EmailMessage()
    msg["Subject"] = subject_for(report)
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Auto-Submitted"] = "auto-generated"  # our own postmottak must not read it as a letter
    msg.set_content("Daglig rapport om treffsikkerhet. Åpne HTML-versjonen eller vedlagt CSV/JSON.\n")
    msg.add_alternative(render_html(report, chart_src=f"cid:{cid[1:-1]}"), subtype="html")
    msg.get_payload()[1].add_related(chart, maintype="image", subtype="png", cid=cid, filename="chart.png")
    msg.add_attachment(to_csv(report).encode("utf-8"), maintype="text", subtype="csv", filename="report.csv")
    msg.add_attachment(to_json(report).encode("utf-8"), maintype="application", subtype="json",
                       filename="report.json")
    return msg


def send_message(msg: EmailMessage, smtp) -> None:
    """Send through the configured server (``service.config.SmtpConfig``)."""
    try:
        if smtp.ssl:
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            if smtp.starttls and not smtp.ssl:
                client.starttls(context=ssl.create_default_context())
            if smtp.username:
                client.login(smtp.username, smtp.password.get_secret_value() if smtp.password else "")
            client.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailerError(f"kunne ikke sende rapporten via {smtp.host}:{smtp.port}: {type(exc).__name__}") from exc


def send_report(report: dict[str, Any], settings) -> bool:
    """Send the report when SMTP and recipients are configured; False when it is switched off."""
    if settings.smtp is None or not settings.report_recipients:
        return False
    msg = build_message(report, sender=settings.smtp.sender, recipients=settings.report_recipients)
    send_message(msg, settings.smtp)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    from classifier.scope import load_scope
    from eval.live import live_report
    from eval.report import write_report_files
    from service.config import Settings
    from service.db import Database

    parser = argparse.ArgumentParser(prog="python -m eval.mailer", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dag", type=date.fromisoformat, default=date.today(), help="siste dag i rapporten")
    parser.add_argument("--dager", type=int, default=14, help="antall dager bakover")
    parser.add_argument("--kommune", default=None)
    parser.add_argument("--output", type=Path, default=None, help="skriv rapporten hit også")
    parser.add_argument("--ikke-send", action="store_true", help="bare skriv filene")
    args = parser.parse_args(argv)
    settings = Settings()
    db = Database(settings.db_url)
    try:
        with db.session() as s:
            report = live_report(s, load_scope(settings.scope_file), tenant=args.kommune,
                                 since=args.dag - timedelta(days=args.dager - 1), until=args.dag,
                                 title="Treffsikkerhet i drift" + (f" – {args.kommune}" if args.kommune else ""))
    finally:
        db.dispose()
    if args.output:
        write_report_files(report, args.output)
        print(f"rapporten er skrevet til {args.output}")
    if not args.ikke_send:
        try:
            sent = send_report(report, settings)
        except MailerError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        print("rapporten er sendt" if sent else "SMTP eller mottakere er ikke satt opp; ingenting sendt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
