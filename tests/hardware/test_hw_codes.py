import pytest
from hypothesis import given, strategies as st

from hardware.scanning import classify, gs1_check_digit, has_valid_check_digit, is_card_number


@pytest.mark.parametrize("code", ["4006381333931", "5901234123457", "036000291452", "96385074", "2900000000001"])
def test_published_gs1_examples_have_valid_check_digits(code):
    assert has_valid_check_digit(code)
    assert gs1_check_digit(code[:-1]) == int(code[-1])


@pytest.mark.parametrize(
    "code, prefix, kind",
    [
        ("2900000000001", "29", "card"),
        ("2900000000002", "29", "other"),        # card prefix, wrong check digit: a misread
        ("2900000000001", "28", "product"),      # another prefix's card is just a valid EAN-13
        ("2812345678909", "28", "card"),
        ("4006381333931", "29", "product"),      # EAN-13
        ("036000291452", "29", "product"),       # UPC-A
        ("96385074", "29", "product"),           # EAN-8
        ("4006381333932", "29", "other"),
        ("T01-000123", "29", "other"),
        ("", "29", "other"),
        ("４００６３８１３３３９３１", "29", "other"),   # full-width digits are not digits to a printer
    ],
)
def test_classify(code, prefix, kind):
    assert classify(code, prefix) == kind


def test_bad_card_prefix_is_refused():
    with pytest.raises(ValueError):
        classify("2900000000001", "x9")


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_every_body_has_exactly_one_valid_check_digit(body):
    valid = [d for d in range(10) if has_valid_check_digit(body + str(d))]
    assert valid == [gs1_check_digit(body)]
    assert is_card_number(body + str(valid[0]), body[:2])
