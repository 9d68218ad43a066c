"""Check digits and normal forms for Norwegian identifiers.

- organisasjonsnummer: 9 digits, mod-11 control digit, first digit 8 or 9;
- fødselsnummer: 11 digits, two mod-11 control digits (the dev-set's invented
  ones fail on purpose — see ``classifier.nlp`` for ``fnr_like``);
- saksnummer: ``YYYY/N`` with the year written with 2 or 4 digits and the
  sequence number possibly zero-padded, optionally followed by ``-dokumentnummer``.
"""

from __future__ import annotations

import re
from datetime import date

_ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_FNR_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_FNR_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

_SAKNR = re.compile(r"^\s*(\d{2}|\d{4})\s*/\s*(\d{1,7})(?:\s*-\s*(\d{1,4}))?\s*$")


def digits_only(s: str) -> str:
    return re.sub(r"\D", "", s or "")


def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    """The mod-11 control digit for ``digits``, or None when it would be 10 (no valid number)."""
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    control = 11 - total % 11
    if control == 11:
        return 0
    if control == 10:
        return None
    return control


def valid_orgnr(s: str) -> bool:
    """True for a 9-digit organisasjonsnummer with a correct control digit.

    Spaces, dots and a ``NO … MVA`` wrapper are ignored; registered numbers start with 8 or 9.
    """
    d = digits_only(s)
    if len(d) != 9 or d[0] not in "89":
        return False
    return _mod11(d[:8], _ORGNR_WEIGHTS) == int(d[8])


def valid_fnr(s: str) -> bool:
    """True for an 11-digit fødselsnummer (or D-number) whose two control digits are right."""
    d = digits_only(s)
    if len(d) != 11:
        return False
    k1 = _mod11(d[:9], _FNR_WEIGHTS_1)
    if k1 is None or k1 != int(d[9]):
        return False
    k2 = _mod11(d[:10], _FNR_WEIGHTS_2)
    return k2 is not None and k2 == int(d[10])


def plausible_birth_date(d: str) -> bool:
    """Whether the first six digits of an 11-digit number read as ddmmyy (D-numbers add 4 to the day)."""
    if len(d) < 6 or not d[:6].isdigit():
        return False
    day, month = int(d[:2]), int(d[2:4])
    if day > 40:
        day -= 40  # D-number
    if month > 40:
        month -= 40  # H-number / synthetic
    return 1 <= day <= 31 and 1 <= month <= 12


def default_max_year() -> int:
    return date.today().year + 1


def expand_year(year: str | int, *, max_year: int | None = None) -> int | None:
    """A 2- or 4-digit case year as a full year, or None when it cannot be a case year."""
    max_year = max_year or default_max_year()
    y = int(year)
    if len(str(year)) <= 2:
        y += 2000
    if 1980 <= y <= max_year:
        return y
    return None


def parse_saknr(text: str, *, max_year: int | None = None) -> tuple[str, int | None] | None:
    """``"24/01187-3"`` → ``("2024/1187", 3)``; None when ``text`` is not a case number."""
    m = _SAKNR.match(text or "")
    if not m:
        return None
    year = expand_year(m.group(1), max_year=max_year)
    number = int(m.group(2))
    if year is None or number == 0:
        return None
    doc = int(m.group(3)) if m.group(3) else None
    return f"{year}/{number}", doc


def normalise_saknr(
    text: str | int, number: str | int | None = None, *, max_year: int | None = None
) -> str | None:
    """The canonical ``"YYYY/N"`` form of a case number.

    Either one string (``"2024/001187-3"``, ``"24/1187"``) or a year and a number
    (``normalise_saknr("24", "01187")``). None when it cannot be a case number.
    """
    if number is not None:
        text = f"{text}/{number}"
    parsed = parse_saknr(str(text), max_year=max_year)
    return parsed[0] if parsed else None
