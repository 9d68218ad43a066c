"""The daily report e-mailed through a small SMTP server started on loopback in the test."""

import email
import email.policy
import socketserver
import threading

import pytest

from eval.mailer import MailerError, build_message, send_report
from eval.report import Outcome, build_report
from service.config import Settings
from tests.servers import free_port


class SmtpHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for smtplib: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.reply("220 test ESMTP")
        sender, rcpts = None, []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode().strip()
            verb = cmd[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 test")
            elif verb == "MAIL":
                sender, rcpts = cmd.split(":", 1)[1].strip(), []
                self.reply("250 ok")
            elif verb == "RCPT":
                rcpts.append(cmd.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 ok")
            elif verb == "DATA":
                self.reply("354 send")
                lines = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.server.received.append((sender, rcpts, b"".join(lines)))
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # RSET, NOOP
                self.reply("250 ok")


@pytest.fixture
def smtp_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", free_port()), SmtpHandler)
    server.daemon_threads = True
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def report():
    return build_report([Outcome("2026-09-14", "fjordvik", "riktig_tolket", "v1"),
                         Outcome("2026-09-15", "havoy", "ikke_gjenkjent", "v1")], kind="live",
                        title="Treffsikkerhet i drift")


def settings(tmp_path, port, **smtp):
    return Settings(home=tmp_path, smtp={"host": "127.0.0.1", "port": port, "starttls": False,
                                         "sender": "postmottak@fjordvik.kommune.no", **smtp},
                    report_recipients=["leder@fjordvik.kommune.no", "prosjekt@havoy.kommune.no"])


def test_report_is_sent_with_html_chart_and_attachments(tmp_path, smtp_server):
    assert send_report(report(), settings(tmp_path, smtp_server.server_address[1])) is True
    [(_sender, rcpts, data)] = smtp_server.received
    assert rcpts == ["leder@fjordvik.kommune.no", "prosjekt@havoy.kommune.no"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["Subject"].startswith("Treffsikkerhet i drift: 50,00 % totalt riktig")
    assert msg["Auto-Submitted"] == "auto-generated"
    html = msg.get_body(("html",)).get_content()
    assert 'src="cid:' in html and "Ikke kontrollert" in html
    parts = {p.get_filename(): p for p in msg.walk() if p.get_filename()}
    assert set(parts) == {"chart.png", "report.csv", "report.json"}
    assert parts["chart.png"].get_content().startswith(b"\x89PNG")
    assert html.split('src="cid:')[1].split('"')[0] == parts["chart.png"]["Content-ID"].strip("<>")


def test_nothing_is_sent_without_smtp_or_recipients(tmp_path):
    assert send_report(report(), Settings(home=tmp_path)) is False
    assert send_report(report(), Settings(home=tmp_path, smtp={"host": "127.0.0.1"})) is False


def test_unreachable_server_gives_a_norwegian_error(tmp_path):
    with pytest.raises(MailerError, match="kunne ikke sende rapporten"):
        send_report(report(), settings(tmp_path, free_port(), timeout=5))


def test_message_without_sending():
    msg = build_message(report(), sender="a@b.no", recipients=["c@d.no"])
    assert msg["To"] == "c@d.no" and msg.is_multipart()


def test_daily_command_writes_the_live_report(tmp_path, monkeypatch, capsys):
    from eval.mailer import main
    from service.db import Database

    monkeypatch.setenv("POSTMOTTAK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("POSTMOTTAK_CONFIG", raising=False)
    db = Database(f"sqlite:///{tmp_path / 'home' / 'postmottak.db'}")
    db.migrate()
    db.dispose()
    assert main(["--dag", "2026-09-15", "--output", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "chart.png").exists() and (tmp_path / "out" / "report.csv").exists()
    assert "ingenting sendt" in capsys.readouterr().out  # no SMTP configured
