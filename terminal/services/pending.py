"""Which members have received facts not projected yet (``dirty_members``): asked by every
lookup, so kept apart from the projector, which a lookup imports only when there is work."""

from __future__ import annotations

from sqlalchemy import func, select

from terminal.store.models import DirtyMember


def dirty_members(s, limit: int | None = None) -> list[str]:
    query = select(DirtyMember.member_id)
    if limit:
        query = query.limit(limit)
    return list(s.scalars(query))


def is_dirty(s, member_ids: list[str]) -> bool:
    return bool(s.scalar(select(func.count()).select_from(DirtyMember).where(DirtyMember.member_id.in_(member_ids))))
