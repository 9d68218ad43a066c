"""The contract between content families and the MIME renderer.

A *family* is a function ``family(rng: random.Random, world: World) -> Draft`` that
writes one mail of one kind (a scenario, e.g. "neighbour objects to a building
application").  Families live in ``training_data/generator/families/<group>.py`` and
are listed in that module's ``FAMILIES``: a list of ``Family`` records.  The renderer
(``render.py``) turns a ``Draft`` into RFC 5322 bytes with realistic variety (client
style, charset, transfer encoding, HTML alternative, attachments as real PDF/DOCX).

Everything in a draft is invented: names, firms, addresses, organisation numbers
(valid mod-11, from ``World``) and fødselsnummer (which deliberately fail their
check digits).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

AttachmentKind = Literal["pdf", "docx", "txt", "scan", "image", "ics", "msg"]


@dataclass
class AttachmentSpec:
    filename: str
    kind: AttachmentKind
    text: str = ""  # document text (first line is used as the document title); "" for image
    # for kind == "msg": a whole Draft attached as message/rfc822
    message: "Draft | None" = None


@dataclass
class EarlierMessage:
    """A message quoted below a reply, or the original inside a forward."""

    sender_name: str
    sender_email: str
    subject: str
    body: str
    date: str = ""  # free text as the client would print it; renderer fills in when ""
    to: str = ""


@dataclass
class Draft:
    # --- envelope --------------------------------------------------------
    tenant: str  # fjordvik | havoy
    sender_name: str
    sender_email: str
    subject: str
    body: str  # what the sender wrote, signature included at the end if any
    received: str = ""  # ISO date; World.received_date() when ""
    cc: list[str] = field(default_factory=list)
    reply_to: str = ""
    quoted: EarlierMessage | None = None  # reply chain: earlier message quoted below body
    forwarded: EarlierMessage | None = None  # sender forwards this original (inline)
    attachments: list[AttachmentSpec] = field(default_factory=list)
    extra_headers: dict[str, str] = field(default_factory=dict)  # Auto-Submitted, List-Unsubscribe ...
    # rendering hints (renderer picks at random where None)
    style: str | None = None  # outlook | gmail | iphone | android | webmail | system | bulk
    html: bool | None = None  # add a text/html alternative
    html_only: bool = False  # only text/html, no text/plain (newsletters, some systems)
    charset: str | None = None  # utf-8 | iso-8859-1 | windows-1252
    dsn: bool = False  # render as multipart/report delivery status notification
    # --- label (dataset-format.md) ----------------------------------------
    category: str = ""
    journalposttype: str = "I"
    skjerming: str | None = None
    sak: str | None = None
    avsender: dict[str, Any] = field(default_factory=dict)  # navn, epost, orgnr
    personnavn: list[str] = field(default_factory=list)
    note: str = ""
    accept: list[dict[str, Any]] = field(default_factory=list)
    # --- provenance --------------------------------------------------------
    family: str = ""  # set by the corpus builder from the Family record
    writer: str = ""


@dataclass(frozen=True)
class Family:
    """One scenario generator and what it produces, for weighting and hold-out splits."""

    name: str  # unique, e.g. "byggesak.nabomerknad"
    category: str  # main category it produces (a family may emit related ones)
    make: Callable[[random.Random, Any], Draft]
    weight: float = 1.0  # relative frequency in the corpus
    writer: str = ""  # who wrote the family's texts (helper id), for writer hold-out
