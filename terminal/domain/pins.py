"""Staff PINs: stored only as salted scrypt hashes (``hashlib.scrypt``, memory-hard and slow
on purpose), compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import os

from .errors import BadPin

# ~16 MiB and tens of milliseconds per guess: cheap for a login, ruinous for brute force.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_LENGTH, MAX_LENGTH = 4, 12


def check_pin_format(pin: str) -> str:
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        raise BadPin("a PIN is made of digits only")
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise BadPin(f"a PIN has {MIN_LENGTH} to {MAX_LENGTH} digits")
    if len(set(pin)) == 1:
        raise BadPin("a PIN of one repeated digit is too easy to guess")
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt" or not isinstance(pin, str):
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(digest) // 2)
    return hmac.compare_digest(candidate.hex(), digest)
