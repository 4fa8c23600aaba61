"""Facts: what syncs between terminals and head office (SYNC.md sections 1, 2 and 5).

A fact is written once, where it happened, and never changed: an enrollment, a card issued, a
member event (blocked, unblocked, merged, edited), a sale with its lines and redemptions, a
refund, a ledger entry, a punch, a staff change, an audit entry, a conflict resolution. Each has
a UUID made where it was created and a position ``(origin, seq)`` in its terminal's own
gap-free stream. Everything else (balances, lots, a sale's refundable rest, a voucher's state,
a member's status) is a projection computed from facts, the same way on every node.

Facts that every node can derive by itself are never sent: the expiry of a lot, the points a
refund claws back, the reversal of a bonus on a full refund, the n-th voucher of a punch card.
They get ids derived from what they come from (:func:`derived_id`), so every node names them
alike and none can exist twice.

The canonical order of facts is ``(at, origin, seq)``: the terminal's clock, then the origin
and its own sequence, which every node sees the same.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, datetime, timezone
from typing import Any

#: Namespace of every derived id (uuid5). Changing it would rename every derived fact.
NAMESPACE = uuid.UUID("5b0f6c1e-3d5a-4a58-9e57-2f1b8c0d7a41")

#: The chain's first link: the ``prev`` of every origin's fact number 1.
GENESIS = "0" * 64

#: Origin number of head office itself (published programs).
HQ_ORIGIN = 0


def derived_id(kind: str, *parts: object) -> str:
    """The one id of a derived fact, the same on every node: ``uuid5(kind:part:part...)``."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *map(str, parts)])))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("facts carry aware instants only")
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_json(data: dict) -> str:
    """The one serialisation of a fact body: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps({k: _plain(v) for k, v in data.items()}, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, default=_plain)


def body_digest(body: str) -> str:
    """The digest of a fact's body. The chain links digests, not bodies, so a body can be
    redacted (a member's erasure) without breaking the chain: the digest stays."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def chain_hash(prev: str, origin: int, seq: int, fact_id: str, kind: str, store: str, at: datetime | str,
               digest: str) -> str:
    """Link ``seq`` of an origin's stream to the one before it (tamper evidence): editing,
    deleting or inserting a fact breaks every later link of that origin."""
    at_text = at if isinstance(at, str) else _plain(at)
    material = "\x1f".join([prev, str(origin), str(seq), fact_id, kind, store, at_text, digest])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def order_key(at: datetime, origin: int, seq: int, sub: int = 0) -> tuple:
    """Canonical order of facts (and of what is derived from them, ``sub`` after its fact)."""
    return (at.astimezone(timezone.utc).replace(tzinfo=None), origin, seq, sub)
