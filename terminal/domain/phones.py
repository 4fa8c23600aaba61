"""Phone numbers through Google's libphonenumber port: parsed with the program's region as
default country, stored in E.164, shown masked to the last four digits."""

from __future__ import annotations

import phonenumbers

from .errors import InvalidPhone


def normalize_phone(text: str, region: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidPhone("a phone number is required")
    if len(text) > 40:
        raise InvalidPhone("phone number is too long")
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
