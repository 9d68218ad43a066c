"""Mail as data: state, decision, why it was left, where it was filed.  No mail content."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.api.deps import get_session
from service.models import Mail, MailState

router = APIRouter(tags=["mail"])


class MailOut(BaseModel):
    id: int
    sha256: str
    tenant: str | None
    source: str
    state: str
    reason: str | None
    category: str | None
    action: str | None
    journalpost: str | None
    received_at: datetime


class EventOut(BaseModel):
    step: str
    at: datetime
    model_version: str | None
    detail: str | None


class MailDetail(MailOut):
    prediction: dict[str, Any] | None
    events: list[EventOut]


def mail_out(m: Mail) -> dict[str, Any]:
    return dict(
        id=m.id, sha256=m.sha256, tenant=m.tenant, source=m.source, state=m.state.value, reason=m.reason,
        category=m.classification.category if m.classification else None,
        action=m.classification.action if m.classification else None,
        journalpost=m.journalpost.location if m.journalpost else None, received_at=m.received_at,
    )


@router.get("/mails", response_model=list[MailOut])
def list_mails(
    s: Annotated[Session, Depends(get_session)],
    state: MailState | None = None,
    tenant: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    q = select(Mail).order_by(Mail.id.desc()).limit(limit).offset(offset)
    if state is not None:
        q = q.where(Mail.state == state)
    if tenant is not None:
        q = q.where(Mail.tenant == tenant)
    return [mail_out(m) for m in s.scalars(q)]


@router.get("/mails/{mail_id}", response_model=MailDetail)
def get_mail(mail_id: int, s: Annotated[Session, Depends(get_session)]) -> dict[str, Any]:
    m = s.get(Mail, mail_id)
    if m is None:
        raise HTTPException(404, "finnes ikke")
    out = mail_out(m)
    out["prediction"] = m.classification.record if m.classification else None
    out["events"] = [EventOut(step=e.step, at=e.at, model_version=e.model_version, detail=e.detail) for e in m.events]
    return out


@router.get("/stats")
def stats(s: Annotated[Session, Depends(get_session)]) -> dict[str, int]:
    rows = s.execute(select(Mail.state, func.count()).group_by(Mail.state)).all()
    return {state.value: n for state, n in rows}
