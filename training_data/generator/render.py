"""Turn a ``Draft`` into the bytes of a real RFC 5322 message.

``render(draft, rng, world)`` picks what the draft leaves open (client style, charset,
transfer encoding, HTML alternative, subject prefix, time of day) from ``rng`` and
builds the message with Python's ``email`` package, CRLF line endings.  Attachments
are real files: PDFs with a text layer (fpdf2, core font, latin-1 text), scanned PDFs
without one, DOCX (python-docx), PNG/JPEG, iCalendar and nested messages.

Everything is deterministic for a given ``rng`` state: no clock, no pid, no uuid4.
"""

from __future__ import annotations

import dataclasses
import html
import random
import re
from datetime import date, datetime, timedelta
from email import policy as email_policy
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

from training_data.generator.attachments import attachment_bytes, logo_png
from training_data.generator.draft import AttachmentSpec, Draft, EarlierMessage
from training_data.generator.world import FIRST_NAMES, FREEMAIL, SURNAMES, TENANTS, World, _ascii

WIRE = email_policy.default.clone(linesep="\r\n", max_line_length=78)
OSLO = ZoneInfo("Europe/Oslo")
STYLES = ("outlook", "gmail", "iphone", "android", "webmail", "system", "bulk")
REPLY_PREFIX = re.compile(r"^\s*(sv|re|vs|fw|fwd|aw|wg|tr|vb)\s*:", re.I)

WEEKDAYS = {
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "nn": ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
MONTHS["nn"] = MONTHS["nb"]

# Words in the client's own language (Outlook/Gmail/iPhone are set up in one locale).
CLIENT_WORDS = {
    "nb": {"from": "Fra", "sent": "Sendt", "to": "Til", "cc": "Kopi", "subject": "Emne", "date": "Dato",
           "wrote": "skrev", "original": "-----Opprinnelig melding-----",
           "forward": "---------- Videresendt melding ---------", "apple_fwd": "Begynnelse på videresendt e-post:",
           "mobile": "Sendt fra min iPhone", "on": "Den", "reply": "SV", "fwd": "VS"},
    "nn": {"from": "Frå", "sent": "Sendt", "to": "Til", "cc": "Kopi", "subject": "Emne", "date": "Dato",
           "wrote": "skreiv", "original": "-----Opphavleg melding-----",
           "forward": "---------- Vidaresend melding ---------", "apple_fwd": "Byrjinga på vidaresendt e-post:",
           "mobile": "Sendt frå iPhone-en min", "on": "Den", "reply": "SV", "fwd": "VS"},
    "en": {"from": "From", "sent": "Sent", "to": "To", "cc": "Cc", "subject": "Subject", "date": "Date",
           "wrote": "wrote", "original": "-----Original Message-----",
           "forward": "---------- Forwarded message ---------", "apple_fwd": "Begin forwarded message:",
           "mobile": "Sent from my iPhone", "on": "On", "reply": "RE", "fwd": "FW"},
}
DELAY_WORDS = ("forsink", "delay", "ennå ikke", "enno ikkje", "ikke levert ennå", "fortsetter å prøve")
MOBILE_MARKERS = ("Sendt fra", "Sendt frå", "Sent from", "Hent Outlook", "Get Outlook")
NYNORSK_MARKERS = (" ikkje ", " eg ", " frå ", " kva ", " dykk", "helsing", " korleis ", " berre ", " òg ")
ENGLISH_MARKERS = (" the ", " and ", "regards", "please", " would ", "dear ")

MAILERS = {
    "outlook": ["Microsoft Outlook 16.0"] * 6 + ["Microsoft Office Outlook 12.0", None, None],
    "webmail": ["Roundcube Webmail/1.6.9", "Mozilla Thunderbird", "Apple Mail (2.3774)", "Zimbra 9.0", None],
    "iphone": ["iPhone Mail (21A329)", "iPhone Mail (22B91)"],
    "android": ["Samsung Email", "Android Mail", None],
}


# ===================================================================== entry point

def render(draft: Draft, rng: random.Random, world: World, *, to_address: str | None = None) -> bytes:
    """The wire bytes of ``draft``.  Fills ``draft.received`` from ``world`` when empty.

    ``to_address`` overrides the recipient (used for nested messages, which were sent
    to the person who later forwarded them, not to the postmottak).
    """
    if not draft.received:
        draft.received = world.received_date()
    return _Renderer(draft, rng, world, to_address).message().as_bytes(policy=WIRE)


class _Renderer:
    def __init__(self, draft: Draft, rng: random.Random, world: World, to_address: str | None):
        self.d, self.rng, self.world = draft, rng, world
        self.tenant = TENANTS[draft.tenant]
        self.to_address = to_address
        self.style = draft.style or choose_style(draft, rng)
        self.lang = client_lang(draft, rng)
        self.words = CLIENT_WORDS[self.lang]
        self.when = sent_at(date.fromisoformat(draft.received), self.style, rng)
        self.charset = self._charset()

    # ---------------------------------------------------------------- whole message
    def message(self) -> EmailMessage:
        d = self.d
        if d.dsn:
            msg = self._dsn()
        else:
            msg = self._body_part()
            if d.attachments:
                msg = self._with_attachments(msg)
        self._headers(msg)
        self._finish_parts(msg, top=True)
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        _move_to_front(msg, ["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version"])
        return msg

    def _finish_parts(self, part: Message, *, top: bool = False) -> None:
        """Client-like boundaries (drawn from rng, so output is reproducible); MIME-Version only on top.

        Does not descend into attached messages: they were rendered whole already.
        """
        if not top:
            del part["MIME-Version"]
        if part.get_content_maintype() != "multipart":
            return
        part.set_boundary(self._boundary())
        for sub in part.get_payload():
            self._finish_parts(sub)

    def _boundary(self) -> str:
        rng = self.rng
        if self.style == "outlook":
            return f"_00{rng.randint(0, 9)}_{_hex(rng, 24).upper()}_"
        if self.style == "gmail":
            return "000000000000" + _hex(rng, 16)
        if self.style == "iphone":
            u = _hex(rng, 32).upper()
            return f"Apple-Mail-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        if self.style == "system":
            return "=" * 15 + str(rng.randrange(10**18, 10**19)) + "=="
        return f"----=_Part_{rng.randint(1, 99999)}_{rng.randint(10**8, 10**9)}.{rng.randint(10**12, 10**13)}"

    def _body_part(self) -> EmailMessage:
        text = self._text()
        part = EmailMessage()
        want_html = self.d.html if self.d.html is not None else self._html_by_style()
        if self.d.html_only:
            _set_text(part, self._html(), "html", self.charset, self._cte(), self.rng)
        elif want_html:
            _set_text(part, text, "plain", self.charset, self._cte(), self.rng)
            html_text = self._html()
            logo = self._signature_logo()
            if logo:
                html_text = html_text.replace("</body>", f'<img src="cid:{logo[0]}" width="120" height="40"></body>')
            part.add_alternative(html_text, subtype="html", charset=self.charset,
                                 cte=_safe_cte(html_text, self._cte()))
            if logo:
                html_part = part.get_payload()[1]
                html_part.add_related(logo[1], "image", "png", cid=f"<{logo[0]}>", filename="image001.png",
                                      disposition="inline")
        else:
            _set_text(part, text, "plain", self.charset, self._cte(), self.rng)
        return part

    def _with_attachments(self, body: EmailMessage) -> EmailMessage:
        outer = EmailMessage()
        outer.make_mixed()
        outer.attach(body)
        for spec in self.d.attachments:
            outer.attach(self._attachment(spec))
        return outer

    def _signature_logo(self) -> tuple[str, bytes] | None:
        """(content id, PNG) of a firm's logo in an Outlook signature, for some firm senders."""
        domain = self.d.sender_email.rsplit("@", 1)[-1].lower()
        if self.style != "outlook" or domain in FREEMAIL or domain.endswith("kommune.no") or self.rng.random() > 0.3:
            return None
        cid = f"image001.png@01DC{_hex(self.rng, 4).upper()}.{_hex(self.rng, 8).upper()}"
        return cid, logo_png(self.rng)

    # ---------------------------------------------------------------- body text
    def _text(self) -> str:
        """The whole text/plain body: what the sender wrote, then any forward and quote."""
        history = self._history_text()
        return self._own_text() + ("\n\n" + history if history else "") + "\n"

    def _own_text(self) -> str:
        """What the sender wrote in this message, with the mobile footer their client adds."""
        if not hasattr(self, "_own_cache"):
            d, w = self.d, self.words
            text = d.body.rstrip()
            if self.style in ("iphone", "android") and not any(m in text for m in MOBILE_MARKERS):
                footer = w["mobile"] if self.style == "iphone" else self.rng.choice(
                    ["Sendt fra min Samsung Galaxy-smarttelefon.", "Hent Outlook for Android", "Sendt fra mobilen"]
                    if self.lang != "en" else ["Sent from my Android phone", "Get Outlook for Android"])
                text += "\n\n" + footer
            self._own_cache = text
        return self._own_cache

    def _quote_block(self, q: EarlierMessage) -> str:
        w, style = self.words, self.style
        when = q.date or self._earlier_date(short=style in ("gmail", "iphone", "webmail"), max_days=21)
        if style in ("gmail", "iphone", "webmail"):
            if style == "webmail" and not q.date and self.rng.random() < 0.5:  # Thunderbird / Roundcube
                t = self._earlier_moment(21)
                head = (f"{t:%d.%m.%Y %H:%M}, {q.sender_name} wrote:" if self.lang == "en"
                        else f"Den {t:%d.%m.%Y} kl. {t:%H:%M}, skrev {q.sender_name}:")
            elif self.lang == "en":
                head = f"On {when}, {q.sender_name} <{q.sender_email}> wrote:"
            else:
                head = f"{w['on']} {when} {w['wrote']} {q.sender_name} <{q.sender_email}>:"
            quoted = "\n".join(">" + (" " + line if line else "") for line in q.body.rstrip().split("\n"))
            if style == "iphone":
                return "> " + head + "\n> \n" + quoted
            return head + "\n\n" + quoted
        return self._header_block(q, when, forward=False) + "\n\n" + q.body.rstrip()

    def _forward_block(self, f: EarlierMessage) -> str:
        w, style = self.words, self.style
        when = f.date or self._earlier_date(short=style == "gmail", max_days=6)
        if style == "gmail":
            lines = [w["forward"], f"{w['from']}: {f.sender_name} <{f.sender_email}>", f"{w['date']}: {when}",
                     f"{w['subject']}: {f.subject}", f"{w['to']}: {f.to or self._original_to(f)}"]
            return "\n".join(lines) + "\n\n\n" + f.body.rstrip()
        if style == "iphone":
            lines = [f"{w['from']}: {f.sender_name} <{f.sender_email}>", f"{w['date']}: {when}",
                     f"{w['to']}: {f.to or self._original_to(f)}", f"{w['subject']}: {f.subject}", ""]
            lines += f.body.rstrip().split("\n")
            return w["apple_fwd"] + "\n\n" + "\n".join(">" + (" " + x if x else "") for x in lines)
        return self._header_block(f, when, forward=True) + "\n\n" + f.body.rstrip()

    def _header_block(self, m: EarlierMessage, when: str, *, forward: bool) -> str:
        w = self.words
        if self.style == "android":
            first = "-------- " + ("Opprinnelig melding" if self.lang != "en" else "Original message") + " --------"
            rows = [f"{w['from']}: {m.sender_name} <{m.sender_email}>", f"{w['date']}: {when}",
                    f"{w['to']}: {m.to or self._original_to(m)}", f"{w['subject']}: {m.subject}"]
        else:
            first = w["original"] if self.rng.random() < 0.45 else "_" * 32
            if forward and self.style == "webmail" and self.rng.random() < 0.6:
                first = w["forward"]
            rows = [f"{w['from']}: {m.sender_name} <{m.sender_email}>", f"{w['sent']}: {when}",
                    f"{w['to']}: {m.to or self._original_to(m)}", f"{w['subject']}: {m.subject}"]
        return first + "\n" + "\n".join(rows)

    def _original_to(self, m: EarlierMessage) -> str:
        """Who the earlier message went to: this sender, unless they wrote it themselves."""
        if m.sender_email.lower() == self.d.sender_email.lower():
            return self.rng.choice([self.tenant["postmottak"], f"Postmottak <{self.tenant['postmottak']}>"])
        name = self.d.sender_name
        return self.rng.choice([f"{name} <{self.d.sender_email}>", self.d.sender_email, name or self.d.sender_email])

    def _earlier_date(self, *, short: bool, max_days: int) -> str:
        return format_client_date(self._earlier_moment(max_days), self.lang, short=short)

    def _earlier_moment(self, max_days: int) -> datetime:
        """When the quoted or forwarded message was sent: some hours to ``max_days`` days before this one."""
        back = timedelta(days=self.rng.randint(0, max_days), hours=self.rng.randint(1, 9),
                         minutes=self.rng.randint(0, 59))
        return self.when - back

    # ---------------------------------------------------------------- HTML
    def _html_by_style(self) -> bool:
        p = {"outlook": 0.9, "gmail": 0.92, "iphone": 0.0, "android": 0.5, "webmail": 0.55,
             "system": 0.5, "bulk": 1.0}[self.style]
        return self.rng.random() < p

    def _html(self) -> str:
        body_text = self._own_text()
        if self.style == "gmail":
            return gmail_html(body_text, self._history_html())
        if self.style in ("outlook", "system"):
            return word_html(body_text, self._history_html(), self.charset)
        if self.style == "bulk":
            return bulk_html(self.d.subject, body_text)
        return simple_html(body_text + ("\n\n" + self._history_text() if self._history_text() else ""))

    def _history_text(self) -> str:
        """The forwarded original and/or quoted earlier message, as the client prints them."""
        if not hasattr(self, "_history_cache"):
            parts = []
            if self.d.forwarded is not None:
                parts.append(self._forward_block(self.d.forwarded))
            if self.d.quoted is not None:
                parts.append(self._quote_block(self.d.quoted))
            self._history_cache = "\n\n".join(parts)
        return self._history_cache

    def _history_html(self) -> str:
        history = self._history_text()
        if not history:
            return ""
        if self.style == "gmail":
            head, _, rest = history.partition("\n\n")
            rest = "\n".join(line[2:] if line.startswith("> ") else line.lstrip(">") for line in rest.split("\n"))
            return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{_esc(head)}<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                    f'rgb(204,204,204);padding-left:1ex">{_paragraphs_html(rest)}</blockquote></div>')
        head, _, rest = history.partition("\n\n")
        head_lines = head.split("\n")[1:]
        rows = "".join(f"<b>{_esc(k)}:</b> {_esc(v)}<br>" for k, _, v in (x.partition(": ") for x in head_lines))
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{rows}</p></div>{_paragraphs_html(rest, mso=True)}')

    # ---------------------------------------------------------------- charset and encoding
    def _charset(self) -> str:
        wanted = self.d.charset
        if wanted is None:
            r = self.rng.random()
            if self.style in ("outlook", "webmail"):
                wanted = "utf-8" if r < 0.78 else "windows-1252" if r < 0.9 else "iso-8859-1"
            elif self.style in ("system", "bulk"):
                wanted = "utf-8" if r < 0.9 else "iso-8859-1"
            else:
                wanted = "utf-8"
        if wanted != "utf-8" and not _encodable(self._all_text(), wanted):
            return "utf-8"
        return wanted

    def _all_text(self) -> str:
        d = self.d
        parts = [d.subject, d.sender_name, d.body] + [" ".join((x.body, x.subject, x.sender_name, x.to, x.date))
                                                       for x in (d.quoted, d.forwarded) if x]
        return "\n".join(parts) + "".join(CLIENT_WORDS[self.lang].values())

    def _cte(self) -> str:
        r = self.rng.random()
        if self.charset == "utf-8":
            if self.style == "gmail":
                return "quoted-printable" if r < 0.7 else "base64"
            if self.style == "iphone":
                return "quoted-printable" if r < 0.6 else "8bit"
            return "quoted-printable" if r < 0.55 else "base64" if r < 0.75 else "8bit"
        return "quoted-printable" if r < 0.5 else "8bit" if r < 0.8 else "base64"

    # ---------------------------------------------------------------- headers
    def _headers(self, msg: EmailMessage) -> None:
        d, rng = self.d, self.rng
        sender_domain = d.sender_email.rsplit("@", 1)[-1]
        self._address_header(msg, "From", d.sender_name, d.sender_email)
        to, cc = self._recipients()
        msg["To"] = to
        cc += list(self.d.cc)
        if cc:
            msg["Cc"] = ", ".join(cc)
        if d.reply_to:
            msg["Reply-To"] = d.reply_to
        self._text_header(msg, "Subject", self._subject())
        msg["Date"] = format_datetime(self.when)
        msg["Message-ID"] = message_id(self.style, sender_domain, self.when, rng)
        if d.quoted is not None and not d.dsn:
            ref = message_id("outlook", self.tenant["domain"], self.when - timedelta(days=2), rng)
            msg["In-Reply-To"] = ref
            msg["References"] = ref
        if not self.to_address and (rng.random() < 0.7 or self.tenant["postmottak"] not in f"{to} {cc}"):
            msg["Delivered-To"] = self.tenant["postmottak"]
        mailer = rng.choice(MAILERS.get(self.style, [None]))
        if mailer:
            msg["X-Mailer"] = mailer
        if self.style == "outlook":
            msg["Content-Language"] = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-US"}[self.lang]
            if rng.random() < 0.5:
                msg["Thread-Index"] = _b64ish(rng, 30)
        if self.style == "bulk" and "List-Unsubscribe" not in d.extra_headers:
            msg["List-Unsubscribe"] = (f"<mailto:unsubscribe@{sender_domain}?subject=unsubscribe>, "
                                       f"<https://{sender_domain}/u/{_hex(rng, 16)}>")
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
            msg["Precedence"] = "bulk"
        if self.style == "system" and "Auto-Submitted" not in d.extra_headers:
            msg["Auto-Submitted"] = "auto-replied" if d.dsn else "auto-generated"
            if rng.random() < 0.5:
                msg["X-Auto-Response-Suppress"] = "All"
        for name, value in d.extra_headers.items():
            del msg[name]
            msg[name] = value

    def _recipients(self) -> tuple[str, list[str]]:
        """(To, Cc): mostly the postmottak alone; sometimes a colleague with postmottak in Cc,
        several municipalities at once, or a blind copy (postmottak only in Delivered-To)."""
        rng, postmottak = self.rng, self.tenant["postmottak"]
        if self.to_address:
            return self.to_address, []
        named = rng.choice([postmottak, postmottak, formataddr(("Postmottak", postmottak)),
                            formataddr((f"Postmottak {self.tenant['navn']}", postmottak)),
                            formataddr((self.tenant["navn"], postmottak))])
        if self.style in ("system",) or self.d.dsn:
            return named, []
        r = rng.random()
        if r < 0.86:
            return named, []
        if r < 0.94 and self.style != "bulk":
            return colleague_address(rng, self.tenant["domain"]), [named]
        if r < 0.97:
            others = [f"post@{m}.kommune.no" for m in rng.sample(NEIGHBOURS, rng.randint(1, 3))]
            everyone = others + [postmottak]
            rng.shuffle(everyone)
            return ", ".join(everyone), []
        return "undisclosed-recipients:;", []

    def _subject(self) -> str:
        d, rng, w = self.d, self.rng, self.words
        subject = d.subject
        if REPLY_PREFIX.match(subject) or d.dsn:
            return subject
        forwards_as_attachment = any(a.kind == "msg" for a in d.attachments) and rng.random() < 0.5
        if d.forwarded is not None or forwards_as_attachment:
            prefix = {"gmail": "Fwd", "iphone": "Vs" if self.lang != "en" else "Fwd", "webmail": "Fwd",
                      "android": "Fwd"}.get(self.style, w["fwd"] if rng.random() < 0.85 else "Fw")
            return f"{prefix}: {subject}"
        if d.quoted is not None and rng.random() < 0.9:
            prefix = {"gmail": "Re", "iphone": "Sv" if self.lang != "en" else "Re", "webmail": "Re",
                      "android": "Re"}.get(self.style, w["reply"])
            if self.style == "outlook" and rng.random() < 0.05:
                prefix = "AW"
            doubled = rng.random() < 0.15
            return f"{prefix}: " + (f"{prefix}: " if doubled else "") + subject
        return subject

    def _text_header(self, msg: EmailMessage, name: str, value: str) -> None:
        if value.isascii():
            msg[name] = value
        elif self.charset != "utf-8":
            msg.set_raw(name, Header(value, self.charset, header_name=name).encode(linesep="\n"))
        elif self.rng.random() < 0.4:
            msg.set_raw(name, Header(value, "utf-8", header_name=name).encode(linesep="\n"))
        else:
            msg[name] = value

    def _address_header(self, msg: EmailMessage, name: str, display: str, addr: str) -> None:
        if not addr.isascii() or "@" not in addr:
            raise ValueError(f"{name}: ugyldig e-postadresse {addr!r} (må være ASCII med @)")
        if not display:
            msg[name] = addr
        elif display.isascii() or self.charset == "utf-8":
            msg[name] = formataddr((display, addr))
        else:
            msg.set_raw(name, formataddr((display, addr), charset=self.charset))

    # ---------------------------------------------------------------- attachments
    def _attachment(self, spec: AttachmentSpec) -> EmailMessage:
        part = EmailMessage()
        rng = self.rng
        if spec.kind == "msg":
            if spec.message is None:
                raise ValueError(f"vedlegg {spec.filename!r}: kind 'msg' uten message")
            inner = spec.message
            if not inner.received:  # a copy: the caller's draft stays as it was
                earlier = date.fromisoformat(self.d.received) - timedelta(days=rng.randint(0, 20))
                inner = dataclasses.replace(inner, received=earlier.isoformat())
            raw = render(inner, random.Random(rng.getrandbits(64)), self.world, to_address=self.d.sender_email)
            inner_msg = _parse(raw)
            part.set_content(inner_msg, disposition="attachment", filename=spec.filename)
            return part
        data, maintype, subtype = attachment_bytes(spec, rng, self.when)
        if maintype == "text":
            params = {"method": "REQUEST"} if subtype == "calendar" else {}
            part.set_content(data.decode("utf-8"), subtype=subtype, charset="utf-8",
                             cte="base64" if subtype == "calendar" or rng.random() < 0.5 else "quoted-printable",
                             disposition="attachment", filename=spec.filename, params=params)
        else:
            if maintype == "application" and rng.random() < 0.06:
                subtype = "octet-stream"
            part.set_content(data, maintype=maintype, subtype=subtype, disposition="attachment",
                             filename=spec.filename)
        if not spec.filename.isascii() and self.style == "outlook" and rng.random() < 0.6:
            _encoded_word_filename(part, spec.filename)
        return part

    # ---------------------------------------------------------------- delivery status notification
    def _dsn(self) -> EmailMessage:
        d, rng = self.d, self.rng
        original = d.quoted
        orig_from = original.sender_email if original else self.tenant["postmottak"]
        orig_to = (_bare_address(original.to) if original and original.to
                   else colleague_address(rng, rng.choice(FREEMAIL), bare=True))
        orig_subject = original.subject if original else "Svar på henvendelse"
        human = d.body.strip() or (
            f"Leveringen mislyktes til disse mottakerne eller gruppene:\n\n{orig_to}\n"
            "Adressen ble ikke funnet. Kontroller adressen og prøv igjen.")
        report = EmailMessage()
        report.make_mixed()
        report.set_type("multipart/report")
        report.set_param("report-type", "delivery-status")
        text = EmailMessage()
        _set_text(text, human + "\n", "plain", "utf-8", rng.choice(["quoted-printable", "8bit"]), rng)
        report.attach(text)
        delayed = any(w in f"{d.subject} {d.body}".lower() for w in DELAY_WORDS)
        report.attach(delivery_status_part(self.tenant["domain"], orig_to, self.when, rng, delayed=delayed))
        when = self.when - timedelta(minutes=rng.randint(1, 30))
        original_headers = EmailMessage()
        original_headers["From"] = orig_from
        original_headers["To"] = orig_to
        original_headers["Subject"] = orig_subject
        original_headers["Date"] = format_datetime(when)
        original_headers["Message-ID"] = message_id("outlook", self.tenant["domain"], when, rng)
        header_text = original_headers.as_string(policy=WIRE.clone(linesep="\n")).rstrip("\n") + "\n"
        headers = EmailMessage()
        headers.set_content(header_text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
        report.attach(headers)
        return report


# ===================================================================== choices

def choose_style(draft: Draft, rng: random.Random) -> str:
    if draft.dsn or "Auto-Submitted" in draft.extra_headers:
        return "system"
    if "List-Unsubscribe" in draft.extra_headers:
        return "bulk"
    domain = draft.sender_email.rsplit("@", 1)[-1].lower()
    r = rng.random()
    if domain in FREEMAIL:
        if domain == "gmail.com":
            return "gmail" if r < 0.6 else "iphone" if r < 0.82 else "android"
        return "webmail" if r < 0.35 else "iphone" if r < 0.65 else "android" if r < 0.8 else "outlook"
    return "outlook" if r < 0.7 else "webmail" if r < 0.8 else "iphone" if r < 0.92 else "gmail"


def client_lang(draft: Draft, rng: random.Random) -> str:
    """The locale of the sender's mail client, guessed from what they wrote."""
    text = f" {draft.body.lower()} "
    if sum(m in text for m in ENGLISH_MARKERS) >= 2:
        return "en" if rng.random() < 0.85 else "nb"
    if sum(m in text for m in NYNORSK_MARKERS) >= 2:
        return "nn" if rng.random() < 0.35 else "nb"
    return "nb" if rng.random() < 0.97 else "en"


def sent_at(day: date, style: str, rng: random.Random) -> datetime:
    """A moment on ``day`` in Norwegian time: mostly office hours, some evenings and nights."""
    r = rng.random()
    if style in ("system", "bulk"):
        hour = rng.randint(0, 23)
    elif r < 0.72:
        hour = rng.randint(7, 15)
    elif r < 0.95:
        hour = rng.randint(16, 22)
    else:
        hour = rng.choice([23, 0, 1, 5, 6])
    return datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=OSLO)


def format_client_date(t: datetime, lang: str, *, short: bool) -> str:
    """How a mail client prints a date in a quote header, in its locale."""
    if lang == "en":
        if short:
            return f"{WEEKDAYS['en'][t.weekday()][:3]}, {t.day} {MONTHS['en'][t.month - 1][:3]} {t.year} at {t:%H:%M}"
        return f"{WEEKDAYS['en'][t.weekday()]}, {MONTHS['en'][t.month - 1]} {t.day}, {t.year} {t:%I:%M %p}"
    if short:
        wd = WEEKDAYS[lang][t.weekday()][:3]
        mon = MONTHS[lang][t.month - 1]
        mon = mon if len(mon) <= 4 else mon[:3] + "."
        return f"{wd}. {t.day}. {mon} {t.year} kl. {t:%H:%M}"
    return f"{WEEKDAYS[lang][t.weekday()]} {t.day}. {MONTHS[lang][t.month - 1]} {t.year} {t:%H:%M}"


def message_id(style: str, domain: str, when: datetime, rng: random.Random) -> str:
    if style == "outlook" and rng.random() < 0.7:
        host = f"{rng.choice(['AM', 'DB', 'VI', 'HE', 'GV'])}{rng.randint(0, 9)}PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}"
        return f"<{host}{_hex(rng, 12).upper()}@{host}.eurprd0{rng.randint(1, 9)}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{_b64ish(rng, 40).replace('/', '_')}@mail.gmail.com>"
    if style in ("iphone", "webmail"):
        u = _hex(rng, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    return f"<{when:%Y%m%d%H%M%S}.{_hex(rng, 10)}@{domain}>"


NEIGHBOURS = ["nordhamn", "sjovagen", "lillevik", "bergstrand", "kvitsand", "storoy", "dalsbygda"]


def colleague_address(rng: random.Random, domain: str, *, bare: bool = False) -> str:
    """An invented person at ``domain``, as 'Name <first.last@domain>' (or just the address)."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    addr = f"{_ascii(first).lower()}.{_ascii(last).lower()}@{domain}"
    return addr if bare else formataddr((f"{first} {last}", addr))


# ===================================================================== HTML flavours

def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _paragraphs_html(text: str, *, mso: bool = False) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    if mso:
        return "".join(f'<p class="MsoNormal">{"<br>".join(_esc(x) for x in p.split(chr(10)))}</p>'
                       '<p class="MsoNormal">&nbsp;</p>' for p in paras)
    return "".join(f'<div>{"<br>".join(_esc(x) for x in p.split(chr(10)))}</div><div><br></div>' for p in paras)


def word_html(body: str, history: str, charset: str) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}'
            'div.WordSection1 {page:WordSection1;}--></style></head>'
            '<body lang="NO-BOK" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            f'<div class="WordSection1">{_paragraphs_html(body, mso=True)}{history}</div></body></html>')


def gmail_html(body: str, history: str) -> str:
    return f'<div dir="ltr">{_paragraphs_html(body)}</div>{"<br>" + history if history else ""}\r\n'


def bulk_html(subject: str, body: str) -> str:
    return ('<!DOCTYPE html><html lang="no"><head><meta charset="utf-8">'
            f'<title>{_esc(subject)}</title></head><body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif">'
            f'<tr><td style="padding:24px"><h1 style="font-size:22px">{_esc(subject)}</h1>'
            f'{_paragraphs_html(body)}</td></tr></table></td></tr></table></body></html>')


def simple_html(text: str) -> str:
    return f'<html><head></head><body>{_paragraphs_html(text)}</body></html>'


def delivery_status_part(reporting_domain: str, recipient: str, when: datetime, rng: random.Random, *,
                         delayed: bool = False) -> Message:
    """The machine-readable message/delivery-status part of a DSN (failed, or delayed and still trying)."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; mx{rng.randint(1, 3)}.{reporting_domain}"
    per_message["Arrival-Date"] = format_datetime(when - timedelta(minutes=rng.randint(1, 30)))
    status, diag = rng.choice([("5.1.1", "550 5.1.1 User unknown"),
                               ("5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found"),
                               ("5.2.2", "552 5.2.2 Mailbox full"),
                               ("5.4.1", "550 5.4.1 Recipient address rejected: Access denied")])
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {recipient}"
    if delayed:
        status, diag = "4.4.7", "451 4.4.7 Message delayed; the server will keep trying"
    per_recipient["Action"] = "delayed" if delayed else "failed"
    per_recipient["Status"] = status
    per_recipient["Remote-MTA"] = f"dns; {recipient.rsplit('@', 1)[-1]}"
    per_recipient["Diagnostic-Code"] = f"smtp; {diag}"
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, per_recipient])
    return part


# ===================================================================== small helpers

def _set_text(part: EmailMessage, text: str, subtype: str, charset: str, cte: str, rng: random.Random) -> None:
    part.set_content(text, subtype=subtype, charset=charset, cte=_safe_cte(text, cte))


def _encoded_word_filename(part: EmailMessage, filename: str) -> None:
    """Name the file with an RFC 2047 encoded word in quotes, as Outlook does (not RFC 2231).

    Only when it fits on one header line; the policy would re-encode a longer one.
    """
    encoded = Header(filename, "utf-8").encode(maxlinelen=10_000)
    if len(encoded) > 64:
        return
    content_type = part.get_content_type()
    del part["Content-Type"], part["Content-Disposition"]
    part.set_raw("Content-Type", f'{content_type};\n name="{encoded}"')
    part.set_raw("Content-Disposition", f'attachment;\n filename="{encoded}"')


def _safe_cte(text: str, cte: str) -> str:
    """8bit only where it is legal: no line over 998 octets; plain ASCII is sent as 7bit."""
    if cte == "8bit" and any(len(line) > 900 for line in text.split("\n")):
        return "quoted-printable"
    if cte == "8bit" and text.isascii():
        return "7bit"
    return cte


def _encodable(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def _move_to_front(msg: EmailMessage, names: list[str]) -> None:
    """Put the envelope headers first, as clients write them (MIME headers stay after)."""
    front, rest = [], []
    order = {n.lower(): i for i, n in enumerate(names)}
    for name, value in msg._headers:  # noqa: SLF001 - reordering only, values untouched
        (front if name.lower() in order else rest).append((name, value))
    front.sort(key=lambda nv: order[nv[0].lower()])
    msg._headers = front + rest  # noqa: SLF001


def _parse(raw: bytes) -> EmailMessage:
    from email import message_from_bytes

    return message_from_bytes(raw, policy=email_policy.default)


def _bare_address(s: str) -> str:
    m = re.search(r"<([^>]+)>", s)
    return m.group(1) if m else s.strip()


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _b64ish(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n))


