"""Phone numbers through Google's libphonenumber port: parsed with the program's region as
default country, stored in E.164, shown masked to the last four digits."""

from __future__ import annotations

import re

import phonenumbers

from .errors import InvalidPhone


def normalize_phone(text: str, region: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidPhone("a phone number is required")
    if len(text) > 40:
        raise InvalidPhone("phone number is too long")
    fast = _normalize_fast(text, region)
    if fast is not None:
        return fast
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(f"{text!r} is not a phone number ({exc._msg})") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(f"{text!r} is not a valid phone number for region {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask_phone(e164: str | None) -> str | None:
    if not e164:
        return None
    digits = e164[1:] if e164.startswith("+") else e164
    return "+" + "*" * (len(digits) - 4) + digits[-4:] if len(digits) > 4 else e164


def format_phone(e164: str, region: str) -> str:
    """National format for the store's own region, international otherwise."""
    number = phonenumbers.parse(e164, None)
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL
           if phonenumbers.region_code_for_number(number) == region
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)


def is_valid_region(region: str) -> bool:
    return region in phonenumbers.SUPPORTED_REGIONS


# --------------------------------------------------------------------------- the fast path
#
# A member import checks a million phones; libphonenumber's ``parse`` and ``is_valid_number``
# walk some twenty Python functions a number (about 30 µs). The common case is a NANPA number
# typed in one of a few plain ways in a region whose national prefix is just "1" (US, CA, DO,
# JM, PR): there ``parse`` yields country code 1 and the ten digits as they stand (the first is
# 2-9, so neither a country code nor a national prefix is stripped), and validity is the
# library's own rule (``region_code_for_number``, then the number's type in that region),
# evaluated here on the same metadata with the patterns compiled once. Anything else takes the
# library's path. ``tests/domain/test_phones_fast.py`` compares both ways.

_NANPA_TEXT = re.compile(r"(?:\+1[ .-]?)?(?:\(([2-9][0-9]{2})\)|([2-9][0-9]{2}))[ .-]?([0-9]{3})[ .-]?([0-9]{4})")
_TYPE_DESCS = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")
_fast_regions: dict[str, bool] = {}
_nanpa_rules: list = []          # [(region, leading digits or None, type test)] in the library's order


def _desc_test(desc):
    """``_is_number_matching_desc`` of one description, compiled: a function of the digits."""
    if desc is None or not desc.national_number_pattern:
        return lambda digits: False
    lengths = frozenset(desc.possible_length)
    pattern = re.compile(desc.national_number_pattern)
    if lengths:
        return lambda digits: len(digits) in lengths and pattern.fullmatch(digits) is not None
    return lambda digits: pattern.fullmatch(digits) is not None


def _type_test(metadata):
    """``_number_type_helper(digits, metadata) != UNKNOWN``, compiled."""
    general = _desc_test(metadata.general_desc)
    others = [_desc_test(getattr(metadata, name)) for name in _TYPE_DESCS]
    fixed, mobile = _desc_test(metadata.fixed_line), _desc_test(metadata.mobile)
    same = metadata.same_mobile_and_fixed_line_pattern

    def known(digits: str) -> bool:
        if not general(digits):
            return False   # any type but UNKNOWN (fixed line first: most numbers are)
        return fixed(digits) or (not same and mobile(digits)) or any(test(digits) for test in others)
    return known


def _nanpa_valid(digits: str) -> bool:
    """``is_valid_number`` of +1 ``digits``: the first region of country code 1 that claims the
    number (by its leading digits, or by any type when it has none), then the type there."""
    from phonenumbers.phonemetadata import PhoneMetadata
    if not _nanpa_rules:
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1]:
            metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
            if metadata is not None:
                leading = re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None
                _nanpa_rules.append((leading, _type_test(metadata)))
    for leading, known in _nanpa_rules:
        if leading is not None:
            if leading.match(digits):
                return known(digits)
        elif known(digits):
            return True
    return False


def _fast_region(region: str) -> bool:
    if region not in _fast_regions:
        from phonenumbers.phonemetadata import PhoneMetadata
        metadata = PhoneMetadata.metadata_for_region(region, None) if isinstance(region, str) else None
        _fast_regions[region] = (metadata is not None and metadata.country_code == 1
                                 and metadata.national_prefix_for_parsing == "1"
                                 and metadata.national_prefix_transform_rule is None)
    return _fast_regions[region]


def _normalize_fast(text: str, region: str) -> str | None:
    """The E.164 form of a plainly written NANPA number, or ``None`` when the library must
    decide (another shape or region, or an invalid number: its error message is the library's)."""
    match = _NANPA_TEXT.fullmatch(text)
    if match is None or not _fast_region(region):
        return None
    area, area_plain, exchange, line = match.groups()
    digits = (area or area_plain) + exchange + line
    return "+1" + digits if _nanpa_valid(digits) else None
