"""The fast path of ``normalize_phone`` (plainly written NANPA numbers) gives exactly what
libphonenumber's ``parse``/``is_valid_number``/``format_number`` give, valid or not."""

import random

import phonenumbers
import pytest
from hypothesis import given, settings, strategies as st

from terminal.domain import phones
from terminal.domain.errors import InvalidPhone


def library(text: str, region: str) -> str | None:
    """The library's answer: E.164, or None when refused."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def ours(text: str, region: str) -> str | None:
    try:
        return phones.normalize_phone(text, region)
    except InvalidPhone:
        return None


SHAPES = ("({a}) {e}-{l}", "{a}-{e}-{l}", "{a}{e}{l}", "{a}.{e}.{l}", "+1{a}{e}{l}", "+1 {a} {e} {l}",
          "+1 ({a}) {e}-{l}", "({a}){e}{l}", "{a} {e}{l}")


@pytest.mark.parametrize("region", ["US", "CA", "PR", "DO", "JM", "GB", "TR"])
def test_every_area_code_both_ways(region):
    rng = random.Random(region)
    for area in range(200, 1000):
        for _ in range(3):
            exchange, line = f"{rng.randrange(1000):03d}", f"{rng.randrange(10000):04d}"
            text = rng.choice(SHAPES).format(a=area, e=exchange, l=line)
            assert ours(text, region) == library(text, region), text


def test_the_fast_path_is_taken_for_plain_us_numbers():
    assert phones._normalize_fast("(212) 200-0001", "US") == "+12122000001"
    assert phones._normalize_fast("+12122000001", "US") == "+12122000001"
    assert phones._normalize_fast("(212) 200-0001", "GB") is None       # not a NANPA region: the library
    assert phones._normalize_fast("1 212 200 0001", "US") is None       # a national prefix: the library
    assert phones._normalize_fast("(212 200-0001", "US") is None        # unbalanced: the library


digit = st.sampled_from("0123456789")
separator = st.sampled_from(["", " ", "-", ".", "(", ")", "+", "+1", "1", " ext 5", "٣"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(digit, separator), min_size=7, max_size=18), st.sampled_from(["US", "CA", "PR", "AG"]))
def test_any_text_both_ways(parts, region):
    text = "".join(parts)
    if not text.strip():
        return
    assert ours(text, region) == library(text, region), text


@settings(max_examples=300, deadline=None)
@given(st.integers(2000000000, 9999999999), st.sampled_from(SHAPES))
def test_any_ten_digits_both_ways(number, shape):
    digits = str(number)
    text = shape.format(a=digits[:3], e=digits[3:6], l=digits[6:])
    assert ours(text, "US") == library(text, "US"), text
