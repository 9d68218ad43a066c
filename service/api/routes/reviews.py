"""Reviewers' verdicts on decided mail: the ground truth of the live treffsikkerhet (``eval.live``).

``PUT /api/mails/{id}/review`` records (or replaces: the latest verdict wins) what a
reviewer found: ``approved`` (archived and right), ``corrected`` (with the corrected
fields), ``journalfoert`` (left, then journalført by a person) or ``utenfor_scope``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from eval.live import ALLOWED, live_bucket
from service.api.deps import get_runtime, get_session
from service.models import Mail, Review, ReviewVerdict, utcnow
from service.runtime import Runtime

router = APIRouter(tags=["review"])

VERDICT_NAMES = {
    "approved": "godkjent", "corrected": "korrigert", "journalfoert": "journalført manuelt",
    "utenfor_scope": "utenfor scope",
}


class AvsenderIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    navn: str | None = None
    epost: str | None = None
    orgnr: str | None = Field(default=None, pattern=r"^\d{9}$")


class Corrected(BaseModel):
    """The fields a reviewer set, named as in the prediction record; fields left out were right."""

    model_config = ConfigDict(extra="forbid")

    category: str | None = None
    journalposttype: str | None = None
    skjerming: str | None = None
    sak: str | None = Field(default=None, pattern=r"^\d{4}/\d+$")
    enhet: str | None = None
    klasse: str | None = None
    offentlig_tittel: str | None = Field(default=None, max_length=1000)
    avsender: AvsenderIn | None = None
    personnavn: list[str] | None = None  # private names that must not be in the title


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: ReviewVerdict
    reviewer: str = Field(min_length=1, max_length=200)
    corrected: Corrected | None = None


class ReviewOut(BaseModel):
    mail_id: int
    verdict: str
    corrected: dict[str, Any] | None
    reviewer: str
    reviewed_at: datetime
    bucket: str


def review_out(mail: Mail, review: Review) -> dict[str, Any]:
    return {"mail_id": mail.id, "verdict": review.verdict.value, "corrected": review.corrected,
            "reviewer": review.reviewer, "reviewed_at": review.reviewed_at,
            "bucket": live_bucket(mail.state.value, review.verdict.value)}


def check_corrected(corrected: dict[str, Any], rt: Runtime) -> None:
    scope = rt.scope
    problems = []
    if "category" in corrected and corrected["category"] not in scope.categories:
        problems.append(f"ukjent kategori {corrected['category']!r}")
    if corrected.get("skjerming") is not None and corrected["skjerming"] not in scope.skjerming:
        problems.append(f"ukjent skjermingskode {corrected['skjerming']!r}")
    if "journalposttype" in corrected and corrected["journalposttype"] not in scope.journalposttyper:
        problems.append(f"ukjent journalposttype {corrected['journalposttype']!r}")
    if corrected.get("enhet") is not None and corrected["enhet"] not in scope.enheter:
        problems.append(f"ukjent enhet {corrected['enhet']!r}")
    if problems:
        raise HTTPException(422, "; ".join(problems))


@router.put("/mails/{mail_id}/review", response_model=ReviewOut)
def put_review(mail_id: int, body: ReviewIn, s: Annotated[Session, Depends(get_session)],
               rt: Annotated[Runtime, Depends(get_runtime)]) -> dict[str, Any]:
    mail = s.get(Mail, mail_id)
    if mail is None:
        raise HTTPException(404, "finnes ikke")
    allowed = ALLOWED.get(mail.state.value)
    if allowed is None:
        raise HTTPException(409, "meldingen er ikke ferdigbehandlet ennå")
    verdict = body.verdict.value
    if verdict not in allowed:
        raise HTTPException(422, f"«{VERDICT_NAMES[verdict]}» passer ikke for en melding med status "
                                 f"{mail.state.value}; gyldige: {', '.join(VERDICT_NAMES[v] for v in allowed)}")
    corrected = body.corrected.model_dump(exclude_unset=True, mode="json") if body.corrected else None
    if verdict == "corrected" and not corrected:
        raise HTTPException(422, "korrigert krever feltene som ble rettet (corrected)")
    if corrected:
        check_corrected(corrected, rt)
    values = {"verdict": body.verdict, "corrected": corrected, "reviewer": body.reviewer, "reviewed_at": utcnow()}
    try:
        review = save_review(s, mail_id, values)
    except IntegrityError:  # another reviewer's first review of this mail came in at the same moment
        s.rollback()
        review = save_review(s, mail_id, values)
    return review_out(s.get(Mail, mail_id), review)


def save_review(s: Session, mail_id: int, values: dict[str, Any]) -> Review:
    """Insert the mail's review or replace the one it has (the latest verdict wins)."""
    review = s.scalars(select(Review).where(Review.mail_id == mail_id)).one_or_none()
    if review is None:
        review = Review(mail_id=mail_id)
        s.add(review)
    for key, value in values.items():
        setattr(review, key, value)
    s.commit()
    return review


@router.get("/mails/{mail_id}/review", response_model=ReviewOut)
def get_review(mail_id: int, s: Annotated[Session, Depends(get_session)]) -> dict[str, Any]:
    mail = s.get(Mail, mail_id)
    review = s.scalars(select(Review).where(Review.mail_id == mail_id)).one_or_none()
    if mail is None or review is None:
        raise HTTPException(404, "ingen vurdering")
    return review_out(mail, review)
