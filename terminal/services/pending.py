"""Which members have received facts not projected yet (``dirty_members``): asked by every
lookup, so kept apart from the projector, which a lookup imports only when there is work."""

from __future__ import annotations

from sqlalchemy import select

from terminal.store import rawsql

from terminal.store.models import DirtyMember


def dirty_members(s, limit: int | None = None) -> list[str]:
    query = select(DirtyMember.member_id)
    if limit:
        query = query.limit(limit)
    return list(s.scalars(query))


def is_dirty(s, member_ids: list[str]) -> bool:
    """One plain query (every lookup and sale asks; an ORM statement cost more than the answer)."""
    ids = list(dict.fromkeys(member_ids))
    return rawsql.first(s, f"SELECT 1 FROM dirty_members WHERE member_id IN ({rawsql.marks(ids)}) LIMIT 1",
                        tuple(ids)) is not None
