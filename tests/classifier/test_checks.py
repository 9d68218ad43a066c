from classifier.checks import normalise_saknr, parse_saknr, valid_fnr, valid_orgnr


def _fnr_with_controls(first9: str) -> str:
    """An 11-digit number with correct mod-11 control digits (independent of the code under test)."""
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = (11 - sum(int(d) * w for d, w in zip(first9, w1, strict=True)) % 11) % 11
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    ten = first9 + str(k1)
    k2 = (11 - sum(int(d) * w for d, w in zip(ten, w2, strict=True)) % 11) % 11
    assert k1 < 10 and k2 < 10, "pick another base number"
    return ten + str(k2)


def test_valid_orgnr_accepts_known_good_numbers_in_usual_writings():
    assert valid_orgnr("974760673")  # Brønnøysundregistrene
    assert valid_orgnr("974 760 673")
    assert valid_orgnr("NO 974 760 673 MVA")


def test_valid_orgnr_rejects_wrong_control_digit_length_and_first_digit():
    assert not valid_orgnr("974760674")
    assert not valid_orgnr("97476067")  # 8 digits, e.g. a Danish CVR
    assert not valid_orgnr("31564890")
    assert not valid_orgnr("174760673")  # organisation numbers start with 8 or 9
    assert not valid_orgnr("")


def test_valid_fnr_checks_both_control_digits():
    good = _fnr_with_controls("010190124")
    assert valid_fnr(good)
    assert valid_fnr(good[:6] + " " + good[6:])
    wrong_first = good[:9] + str((int(good[9]) + 1) % 10) + good[10]
    wrong_second = good[:10] + str((int(good[10]) + 1) % 10)
    assert not valid_fnr(wrong_first)
    assert not valid_fnr(wrong_second)
    assert not valid_fnr(good[:10])


def test_normalise_saknr_handles_short_years_leading_zeros_and_document_numbers():
    assert normalise_saknr("24/1187") == "2024/1187"
    assert normalise_saknr("2024/001187") == "2024/1187"
    assert normalise_saknr("24/01187") == "2024/1187"
    assert normalise_saknr("2024/1187-3") == "2024/1187"
    assert normalise_saknr("24", "0987") == "2024/987"
    assert parse_saknr("2024/1187-3") == ("2024/1187", 3)


def test_normalise_saknr_rejects_what_cannot_be_a_case():
    assert normalise_saknr("56/60", max_year=2027) is None  # year 2056
    assert normalise_saknr("1/2") is None
    assert normalise_saknr("2024/0") is None
    assert normalise_saknr("hei") is None
