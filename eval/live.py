"""Live treffsikkerhet from production: the reviewers' decisions are the ground truth.

| what the service did | the reviewer's verdict | bucket |
|---|---|---|
| archived on its own | ``approved`` | riktig tolket |
| archived on its own | ``corrected`` / ``utenfor_scope`` / ``journalfoert`` | feiltolkning |
| left (or failed) | ``journalfoert`` or ``corrected`` (a person filed it) | ikke gjenkjent |
| left (or failed) | ``utenfor_scope`` | riktig utenfor scope |
| archived, left or failed | no review yet | ikke kontrollert |

``approved`` on a left mail is not a verdict the review API accepts (a left mail is
either filed by a person or marked out of scope); should one turn up anyway it stays
ikke kontrollert rather than being guessed right.  Mail still being processed
(received/parsed/classified) is not decided yet and is not counted at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from classifier.scope import Scope
from eval.metrics import FIELDS, field_value
from eval.report import IKKE_KONTROLLERT, Outcome

VERDICTS = ("approved", "corrected", "journalfoert", "utenfor_scope")
ARCHIVED, LEFT, FAILED = "archived", "left", "failed"
DECIDED_STATES = (ARCHIVED, LEFT, FAILED)
LOCAL_TZ = ZoneInfo("Europe/Oslo")
# verdicts the review API accepts for each final state
ALLOWED = {
    ARCHIVED: ("approved", "corrected", "utenfor_scope"),
    LEFT: ("journalfoert", "corrected", "utenfor_scope"),
    FAILED: ("journalfoert", "corrected", "utenfor_scope"),
}


@dataclass
class LiveMail:
    """What the dashboard needs of one mail (no content): plain values, so it is easy to test."""

    day: str
    tenant: str
    state: str  # archived | left | failed
    model_version: str = ""
    record: Mapping[str, Any] = field(default_factory=dict)  # the prediction record (Decision.to_record())
    verdict: str | None = None
    corrected: Mapping[str, Any] | None = None  # the fields the reviewer set


def live_bucket(state: str, verdict: str | None) -> str:
    """The bucket of one decided mail by the reviewer's verdict (see the module table)."""
    if state not in DECIDED_STATES:
        raise ValueError(f"meldingen er ikke ferdigbehandlet (status {state!r})")
    if verdict is None:
        return IKKE_KONTROLLERT
    if verdict not in VERDICTS:
        raise ValueError(f"ukjent vurdering {verdict!r}")
    if state == ARCHIVED:
        return "riktig_tolket" if verdict == "approved" else "feiltolkning"
    if verdict == "utenfor_scope":
        return "riktig_utenfor_scope"
    if verdict in ("journalfoert", "corrected"):
        return "ikke_gjenkjent"
    return IKKE_KONTROLLERT  # approved on a left mail: not a valid verdict, never counted as right


def truth(record: Mapping[str, Any], corrected: Mapping[str, Any] | None) -> dict[str, Any]:
    """The prediction record with the reviewer's corrections laid over it."""
    out = dict(record)
    for key, value in (corrected or {}).items():
        if key == "avsender" and isinstance(value, Mapping):
            out["avsender"] = {**(record.get("avsender") or {}), **value}
        else:
            out[key] = value
    if corrected and "category" in corrected:
        # enhet/klasse follow a corrected category unless the reviewer set them too
        for derived in ("enhet", "klasse"):
            if derived not in corrected:
                out.pop(derived, None)
    return out


def fields_right(record: Mapping[str, Any], corrected: Mapping[str, Any] | None,
                 scope: Scope | None = None) -> dict[str, bool]:
    """Per field: did the reviewer leave the model's value as it was?"""
    right = truth(record, corrected)
    return {f: field_value(record, f, scope) == field_value(right, f, scope) for f in FIELDS}


def leaks(record: Mapping[str, Any], corrected: Mapping[str, Any] | None) -> bool:
    """An archived mail that needed screening went out without it, or with a private name in its title."""
    right = truth(record, corrected)
    if not right.get("skjerming"):
        return False
    if record.get("skjerming") is None:
        return True
    title = (record.get("offentlig_tittel") or "").lower()
    return any(name and name.lower() in title for name in (corrected or {}).get("personnavn") or [])


def outcome(mail: LiveMail, scope: Scope | None = None) -> Outcome:
    bucket = live_bucket(mail.state, mail.verdict)
    archived = mail.state == ARCHIVED
    checked = archived and mail.verdict is not None
    corrected = mail.corrected if mail.verdict == "corrected" else None
    right = truth(mail.record, corrected)
    return Outcome(
        day=mail.day,
        tenant=mail.tenant,
        bucket=bucket,
        model_version=mail.model_version,
        leak=checked and leaks(mail.record, corrected),
        archived=archived,
        fields_right=fields_right(mail.record, corrected, scope) if checked else {},
        label_category=right.get("category") if mail.verdict is not None and mail.verdict != "utenfor_scope" else None,
        predicted_category=mail.record.get("category"),
    )


def outcomes(mails: Iterable[LiveMail], scope: Scope | None = None) -> list[Outcome]:
    return [outcome(m, scope) for m in mails]


def local_day(at: datetime) -> str:
    """The hypercare day of a timestamp (Norwegian local time)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(LOCAL_TZ).date().isoformat()


def load_live_mails(session, *, tenant: str | None = None, since: date | None = None,
                    until: date | None = None) -> Iterator[LiveMail]:
    """Decided mail from the service database, with its latest review, filtered by tenant and day."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from service.models import Mail, MailState, Review

    q = (select(Mail, Review)
         .outerjoin(Review, Review.mail_id == Mail.id)
         .where(Mail.state.in_([MailState.archived, MailState.left, MailState.failed]))
         .options(selectinload(Mail.classification))
         .order_by(Mail.id))
    if tenant:
        q = q.where(Mail.tenant == tenant)
    for m, review in session.execute(q):
        day = local_day(m.received_at)
        if (since and day < since.isoformat()) or (until and day > until.isoformat()):
            continue
        yield LiveMail(
            day=day,
            tenant=m.tenant or "ukjent",
            state=m.state.value,
            model_version=m.classification.model_version if m.classification else "",
            record=m.classification.record if m.classification else {},
            verdict=review.verdict.value if review else None,
            corrected=review.corrected if review else None,
        )


def live_report(session, scope: Scope | None = None, *, tenant: str | None = None, since: date | None = None,
                until: date | None = None, title: str = "Treffsikkerhet i drift") -> dict[str, Any]:
    """The report dictionary (``eval.report.build_report``) of the production figures."""
    from eval.report import build_report

    mails = load_live_mails(session, tenant=tenant, since=since, until=until)
    report = build_report(outcomes(mails, scope), kind="live", title=title)
    report["filter"] = {"kommune": tenant, "fra": since.isoformat() if since else None,
                        "til": until.isoformat() if until else None}
    return report
