"""The schema's history: a database made by the first migration, with rows in it, opens and
upgrades to head; the models match the migrations; a newer or corrupt file is refused clearly;
the audit log is append-only in the database itself."""

from __future__ import annotations

import os
import sqlite3
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from datetime import datetime

from sqlalchemy import create_engine, text

from terminal.domain.clock import FixedClock
from terminal.domain.errors import DatabaseError
from terminal.domain.program import parse_program, program_to_toml
from terminal.services.loyalty import Loyalty
from terminal.store.database import current_revision, head_revision, open_database, upgrade
from terminal.store.models import Base


PROGRAM = '[program]\nname = "Old"\ncurrency = "USD"\nexpiry_months = 12\n'
T = "2026-03-01 10:00:00.000000"
EXPIRES = "2027-03-01 00:00:00.000000"


def _make_0001_database(path) -> dict:
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    ids = {k: str(uuid.uuid4()) for k in ("program", "member", "card", "sale", "line", "earn", "audit")}
    rows = [
        ("INSERT INTO settings (key, value) VALUES ('terminal', '4'), ('store', 'Old Store')", {}),
        ("INSERT INTO program_versions (version, toml, created_at, id, origin_terminal, program_version) "
         "VALUES (1, :toml, :t, :id, 4, 1)", {"toml": program_to_toml(parse_program(PROGRAM)), "t": T, "id": ids["program"]}),
        ("INSERT INTO members (name, phone, email, birthday, marketing_consent, status, merged_into, referrer_id, "
         "enrolled_at, updated_at, debt, name_key, id, origin_terminal, program_version) VALUES "
         "('Old Timer', '+12125550177', NULL, NULL, 0, 'active', NULL, NULL, :t, :t, 0, 'old timer', :id, 4, 1)",
         {"t": T, "id": ids["member"]}),
        ("INSERT INTO cards (number, member_id, status, issued_at, replaced_by, id, origin_terminal, program_version) "
         "VALUES ('2900400000014', :m, 'active', :t, NULL, :id, 4, 1)", {"m": ids["member"], "t": T, "id": ids["card"]}),
        ("INSERT INTO sales (receipt, external_id, member_id, staff_id, at, total, discount, paid, donations, "
         "points_earned, points_redeemed, bonus_points, qualifying, tier_before, tier_after, refunded, "
         "points_clawed_back, points_returned, qualifying_refunded, fully_refunded, result_json, id, origin_terminal, "
         "program_version) VALUES ('T004-000001', NULL, :m, NULL, :t, 4000, 0, 4000, 0, 40, 0, 0, 4000, 'Member', "
         "'Member', 0, 0, 0, 0, 0, '{}', :id, 4, 1)", {"m": ids["member"], "t": T, "id": ids["sale"]}),
        ("INSERT INTO sale_lines (sale_id, position, sku, name, category, unit_amount, quantity, amount, discount, paid, "
         "eligible, id, origin_terminal, program_version) VALUES (:s, 0, NULL, NULL, NULL, 4000, 1, 4000, 0, 4000, 1, "
         ":id, 4, 1)", {"s": ids["sale"], "id": ids["line"]}),
        ("INSERT INTO ledger_entries (seq, member_id, at, kind, points, rule, sale_id, refund_id, expires_at, lot_id, "
         "reason, staff_id, id, origin_terminal, program_version) VALUES (1, :m, :t, 'earn', 40, 'earn', :s, NULL, :e, "
         "NULL, NULL, NULL, :id, 4, 1)", {"m": ids["member"], "t": T, "s": ids["sale"], "e": EXPIRES, "id": ids["earn"]}),
        ("INSERT INTO lots (entry_id, member_id, expires_at, remaining, seq) VALUES (:id, :m, :e, 40, 1)",
         {"id": ids["earn"], "m": ids["member"], "e": EXPIRES}),
        ("INSERT INTO counters (name, value) VALUES ('receipt', 1), ('ledger', 1), ('card_serial', 1)", {}),
        ("INSERT INTO audit_log (at, staff_id, action, member_id, reason, details, id, origin_terminal, program_version) "
         "VALUES (:t, NULL, 'adjust', :m, 'old row', NULL, :id, 4, 1)", {"t": T, "m": ids["member"], "id": ids["audit"]}),
    ]
    with engine.begin() as connection:
        for sql, params in rows:
            connection.execute(text(sql), params)
    engine.dispose()
    return ids


def test_a_database_made_by_0001_with_rows_opens_and_upgrades_to_head(tmp_path):
    path = tmp_path / "old.db"
    ids = _make_0001_database(path)
    db = open_database(path)
    try:
        assert current_revision(db.writer) == head_revision() != "0001"
        app = Loyalty(db, FixedClock(datetime.fromisoformat("2026-04-01T12:00:00+00:00")))
        member = app.show_member("(212) 555-0177")["member"]
        assert (member["id"], member["name"], member["balance"], member["card"]) == \
            (ids["member"], "Old Timer", 40, "2900400000014")
        assert member["expiring"] == [{"points": 40, "on": "2027-03-01"}]
        assert app.check() == {"ok": True, "problems": []}
        sale = app.sale(app.request(member="2900400000014", amount="10.00"))["sale"]
        assert (sale["receipt"], sale["balance_after"]) == ("T004-000002", 50)
        assert app.refund("T004-000001", "10.00")["refund"]["points_clawed_back"] == 10
        assert app.check()["ok"]
        with db.writer.connect() as connection:   # rows from before 0005 got their journal entries
            journal = connection.execute(text("SELECT id, origin, seq FROM facts ORDER BY seq")).all()
        journaled = {fact_id for fact_id, _, _ in journal}
        assert {ids["member"], ids["card"], ids["sale"], ids["line"], ids["earn"], ids["audit"]} <= journaled
        assert [seq for _, _, seq in journal] == list(range(1, len(journal) + 1))
        assert {origin for _, origin, _ in journal} == {4}
    finally:
        db.dispose()
    # Opening again is a no-op.
    open_database(path).dispose()


def test_the_models_match_the_migrations(tmp_path):
    db = open_database(tmp_path / "fresh.db")
    try:
        with db.writer.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        db.dispose()


def test_a_database_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseError, match="newer"):
        open_database(path)


def test_a_corrupt_file_is_a_clear_error(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert "not a usable loyalty database" in info.value.message


def test_the_audit_log_refuses_update_and_delete(make_loyalty, db_path, tmp_path):
    app, _ = make_loyalty(None, manager_pin="2468")
    path = app.db.path
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert count >= 1   # the first manager's creation is audited
    connection = sqlite3.connect(path)
    try:
        for sql in ("UPDATE audit_log SET reason = 'tampered'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(sql)
        connection.rollback()
        assert connection.execute("SELECT count(*) FROM audit_log WHERE reason = 'tampered'").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count
        connection.execute("INSERT INTO audit_log (at, action, id, origin_terminal) "
                           "VALUES ('2026-01-01 00:00:00', 'note', 'x', 1)")   # appending is fine
    finally:
        connection.close()


def test_the_shipped_head_is_the_scripts_head():
    """Opening a database compares its revision with ``HEAD_REVISION`` (no Alembic at start):
    a new migration must move the constant too."""
    from terminal.store.database import HEAD_REVISION, scripts_head
    assert HEAD_REVISION == scripts_head()


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys
    db = tmp_path / "current.db"
    open_database(db).dispose()
    code = ("import sys\nfrom terminal.store.database import open_database\n"
            f"open_database({str(db)!r}, create=False).dispose()\n"
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
