"""The lookup's and the sale's reads as plain SQL (``terminal.store.rawsql``) answer exactly what
the ORM queries they replaced answered (kept here as the reference), on a store with merged
families, an erased member, birthdays, punches, vouchers, tier changes and a notification; the
journal they write still checks (chain, seal, ``loyalty check``)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from terminal.domain.program import parse_program
from terminal.services import lookup, notifications
from terminal.services.ledger import Book, family_of
from terminal.services.pending import is_dirty
from terminal.services.uow import UnitOfWork
from terminal.store.models import (Card, Counter, Fact, LedgerEntry, Member, MemberEvent, ProgramVersion,
                                   PunchEvent, Sale, Voucher)
from terminal.store.redaction import ERASED, erasures

DEMO = (Path(__file__).resolve().parents[2] / "resources" / "demo" / "program.toml").read_text(encoding="utf-8")
PIN = "2468"
PHONES = [f"(212) 555-01{n:02d}" for n in range(8)]


# --------------------------------------------------------------------------- the ORM reference

def ref_family(s, member_id):
    ids, frontier = [member_id], [member_id]
    while frontier:
        frontier = [i for i in s.scalars(select(Member.id).where(Member.merged_into.in_(frontier),
                                                                 Member.status == "merged")) if i not in ids]
        ids.extend(frontier)
    return ids


def ref_spend(s, ids, start, now):
    return int(s.scalar(select(func.coalesce(func.sum(Sale.qualifying - Sale.qualifying_refunded), 0))
                        .where(Sale.member_id.in_(ids), Sale.at > start, Sale.at <= now)))


def ref_punches(s, ids):
    return {card: int(units) for card, units in s.execute(
        select(PunchEvent.punch_card, func.sum(PunchEvent.units)).where(PunchEvent.member_id.in_(ids))
        .group_by(PunchEvent.punch_card))}


def ref_vouchers(s, ids, program, now):
    found = s.scalars(select(Voucher).where(Voucher.member_id.in_(ids), Voucher.status == "open")
                      .order_by(Voucher.issued_at, Voucher.id))
    return [(v.id, v.reward, v.issued_at) for v in found
            if (program.offer_expiry(v.reward, v.issued_at) or now + timedelta(days=1)) > now]


def ref_card(s, member_id):
    return s.scalars(select(Card.number).where(Card.member_id == member_id, Card.status == "active")
                     .order_by(Card.issued_at.desc())).first()


def ref_erasures(s, ids):
    found = {}
    for member_id, event_id in s.execute(select(MemberEvent.member_id, MemberEvent.id)
                                         .where(MemberEvent.member_id.in_(ids), MemberEvent.kind == ERASED)
                                         .order_by(MemberEvent.at, MemberEvent.id)):
        found.setdefault(member_id, event_id)
    return found


def ref_has_sale(s, ids):
    return s.scalar(select(Sale.id).where(Sale.member_id.in_(ids), Sale.qualifying > 0).limit(1)) is not None


def ref_birthday_rules(s, ids, codes, since):
    return frozenset(s.scalars(select(LedgerEntry.rule).where(
        LedgerEntry.member_id.in_(ids), LedgerEntry.kind == "bonus", LedgerEntry.rule.in_(codes),
        LedgerEntry.at >= since)))


def ref_previous_tier(s, ids, sale):
    return s.scalars(select(Sale.tier_after).where(Sale.member_id.in_(ids), Sale.id != sale.id, Sale.at <= sale.at)
                     .order_by(Sale.at.desc()).limit(1)).first()


def ref_by_phone(s, phone):
    return s.scalars(select(Member).where(Member.phone == phone, Member.status != "merged")
                     .order_by(Member.enrolled_at, Member.id)).first()


def ref_by_card(s, number):
    card = s.scalars(select(Card).where(Card.number == number).order_by(Card.issued_at, Card.origin_terminal)).first()
    return card.member_id if card else None


# --------------------------------------------------------------------------- the store

def busy_store(make_loyalty):
    app, clock = make_loyalty(DEMO, now="2026-03-03T15:30:00-05:00", manager_pin=PIN)   # a Tuesday, happy hour
    for n, phone in enumerate(PHONES):
        app.enroll(name=f"Member {n}", phone=phone, birthday="1980-03-09" if n % 3 == 0 else None,
                   marketing_consent=n % 2 == 0)
    for round_ in range(3):
        for n, phone in enumerate(PHONES):
            clock.advance(minutes=7)
            lines = ["coffee=4.50"] * (n % 4 + 1) + ([f"grocery={60 + 40 * n}.00"] if round_ == 1 else [])
            app.sale(app.request(member=phone, lines=lines))
    app.sale(app.request(lines=["bakery=3.20"]))                          # anonymous
    app.merge(PHONES[2], PHONES[1], PIN)
    app.merge(PHONES[1], PHONES[0], PIN)                                   # a family of three
    app.erase_member(PHONES[5], PIN, reason="asked")
    clock.advance(days=3)
    for phone in (PHONES[0], PHONES[3], PHONES[4]):
        app.sale(app.request(member=phone, lines=["coffee=4.50"] * 6))
    return app, clock


def test_plain_reads_answer_what_the_orm_queries_answered(make_loyalty):
    app, clock = busy_store(make_loyalty)
    now = clock.now()
    with UnitOfWork(app.db, write=False, now=now) as uow:
        s = uow.session
        program, version = uow.program()
        newest = s.scalars(select(ProgramVersion).order_by(ProgramVersion.version.desc())).first()
        assert version == newest.version and program == parse_program(newest.toml)
        members = s.scalars(select(Member)).all()
        assert len(members) == len(PHONES)
        start = now - timedelta(days=program.tier_window_days)
        codes = [c.code for c in program.campaigns if c.birthday_month]
        since = now - timedelta(days=200)
        seen_erased = seen_family = 0
        for member in members:
            ids = ref_family(s, member.id)
            seen_family += len(ids) > 1
            assert family_of(s, member.id) == ids
            assert lookup.qualifying_spend(uow, program, ids, now) == ref_spend(s, ids, start, now)
            assert lookup.punch_progress(uow, ids) == ref_punches(s, ids)
            assert [tuple(v) for v in lookup.open_vouchers(uow, ids, program, now)] == ref_vouchers(s, ids, program, now)
            assert lookup.active_card(uow, member) == ref_card(s, member.id)
            assert erasures(s, ids) == ref_erasures(s, ids)
            seen_erased += bool(ref_erasures(s, ids))
            assert is_dirty(s, ids) is False
            book = Book(uow, member, program, version)
            situation = lookup.situation(uow, program, member, book, now)
            assert situation.first_purchase == (not ref_has_sale(s, ids))
            assert situation.birthday_bonuses_this_year == ref_birthday_rules(s, ids, codes, since)
            assert situation.punches == ref_punches(s, ids)
            if member.status != "merged" and member.phone:
                assert lookup.resolve(uow, program, member.phone).id == ref_by_phone(s, member.phone).id
            for (number,) in s.execute(select(Card.number).where(Card.member_id == member.id)):
                assert lookup.resolve(uow, program, number).id == lookup.surviving(
                    uow, s.get(Member, ref_by_card(s, number))).id
                card = lookup.first_card(uow, number)
                owner = s.get(Member, card.member_id)
                assert lookup.scanned_card(uow, program, number) == {
                    "number": card.number, "status": "merged" if owner.status == "merged" else card.status,
                    "replaced_by": card.replaced_by}
            for sale in s.scalars(select(Sale).where(Sale.member_id.in_(ids))):
                change = notifications.tier_change(uow, program, ids, sale)
                before = ref_previous_tier(s, ids, sale) or program.tiers[0].name
                assert (change is None) == (before == sale.tier_after or sale.tier_after is None)
        assert seen_family and seen_erased
        assert s.scalar(select(func.count(Voucher.id)).where(Voucher.status == "open"))
        assert any(birthday for m in members for birthday in [m.birthday] if birthday)
    assert app.check()["ok"] is True


def test_counters_and_journal_continue_in_order(make_loyalty):
    """Receipt numbers and lot order count on with plain SQL as the ORM counter did, across
    sales, anonymous sales and a rolled-back unit of work; the journal chain and its seal hold."""
    app, clock = make_loyalty(DEMO, now="2026-03-03T10:00:00-05:00", manager_pin=PIN)
    app.enroll(name="Ann Example", phone=PHONES[0])
    receipts = []
    for n in range(4):
        clock.advance(minutes=1)
        receipts.append(app.sale(app.request(member=PHONES[0] if n % 2 == 0 else None,
                                             lines=["coffee=4.50"]))["sale"]["receipt"])
    with UnitOfWork(app.db) as uow:          # rolled back: its number is not used
        assert uow.next_value("receipt") == 5
    clock.advance(minutes=1)
    receipts.append(app.sale(app.request(lines=["coffee=4.50"]))["sale"]["receipt"])
    assert receipts == [f"T001-{n:06d}" for n in range(1, 6)]
    with UnitOfWork(app.db, write=False) as uow:
        counters = dict(uow.session.execute(select(Counter.name, Counter.value)).all())
        assert counters["receipt"] == 5
        seqs = [seq for (seq,) in uow.session.execute(select(Fact.seq).where(Fact.origin == 1).order_by(Fact.seq))]
        assert seqs == list(range(1, len(seqs) + 1))
    assert app.check()["ok"] is True


def _ring(make_loyalty, name):
    """The same day at the till, on a database of its own: enrolments, sales that earn, a
    welcome and a birthday bonus, punches that issue a voucher, a redemption, anonymous sales."""
    app, clock = make_loyalty(DEMO, now="2026-03-03T15:30:00-05:00", name=name)
    answers = []
    for n, phone in enumerate(PHONES[:4]):
        answers.append(app.enroll(name=f"Member {n}", phone=phone, birthday="1980-03-09" if n == 1 else None))
    for round_ in range(4):
        for n, phone in enumerate(PHONES[:4]):
            clock.advance(minutes=11)
            lines = ["coffee=4.50"] * (3 + n) + [f"grocery={20 + 70 * round_}.00"]
            answers.append(app.sale(app.request(member=phone, lines=lines)))
        clock.advance(minutes=3)
        answers.append(app.sale(app.request(lines=["bakery=3.20"])))
    answers.append(app.sale(app.request(member=PHONES[3], lines=["grocery=80.00"], redeem_points=200)))
    return app, answers


def _dump(app):
    with UnitOfWork(app.db, write=False) as uow:
        connection = uow.session.connection().connection.driver_connection
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables
                if t != "settings"} | {"settings": sorted(connection.execute(
                    "SELECT key, value FROM settings WHERE key != 'journal_seal'").fetchall())}


def test_plain_inserts_write_the_rows_the_orm_flush_wrote(make_loyalty, monkeypatch):
    """``inserts.flush_new`` (the sale's rows written with plain statements) against the ORM's
    flush, on two databases rung alike with the same ids: every row of every table is the
    same (facts, their hashes and the ledger included), every answer too, and both check."""
    import uuid

    from terminal.store import inserts

    def rung(name, flush):
        counter = iter(range(1, 10**6))
        monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))
        monkeypatch.setattr(inserts, "flush_new", flush)
        return _ring(make_loyalty, name)

    used = []
    plain = inserts.flush_new

    def watched(session):
        used.append(bool(session.new) and not (session.dirty or session.deleted))
        plain(session)

    fast, fast_answers = rung("plain.db", watched)
    orm, orm_answers = rung("orm.db", lambda session: session.flush())
    monkeypatch.undo()
    assert sum(used) >= 12                 # the plain path wrote most of these sales
    assert fast_answers == orm_answers
    fast_rows, orm_rows = _dump(fast), _dump(orm)
    assert fast_rows.keys() == orm_rows.keys()
    for table in fast_rows:
        assert fast_rows[table] == orm_rows[table], table
    assert fast_rows["facts"] and fast_rows["lots"] and fast_rows["vouchers"]
    assert fast.check()["ok"] is True and orm.check()["ok"] is True
