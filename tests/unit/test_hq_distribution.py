"""The Citus layout of head office (README, "When a chain outgrows one server"), checked on
paper against the queries the product makes there: each query the README calls single-shard
filters every distributed table it touches by that table's distribution column, and joins
distributed tables only on co-located distribution columns; the rest are listed as fan-outs.
The catalogue is tied to the code: each entry names where the query lives and a fragment of it
that must still be there, so the paper cannot drift from what runs."""

from __future__ import annotations

import inspect

import pytest

REFERENCE = {"stores", "terminals", "program_versions", "staff", "staff_events"}
DISTRIBUTED = {
    "fact_log": ("origin", "by_origin"), "stream_heads": ("origin", "by_origin"),
    "members": ("id", "by_member"),
    **{t: ("member_id", "by_member") for t in ("cards", "member_events", "sales", "sale_lines",
                                                "sale_redemptions", "refunds", "ledger_entries", "punch_events",
                                                "member_follows")},
    "audit_log": ("store_id", "by_store"), "conflict_resolutions": ("store_id", "by_store"),
}

# (name, where it lives, fragment it contains, tables with the columns they are filtered or
#  joined by, single shard?)
QUERIES = [
    ("push: insert a batch of one origin", "terminal.sync.streams", "INSERT INTO fact_log",
     {"fact_log": {"origin"}}, True),
    ("push: head of my origin", "terminal.sync.streams", "stream_heads.c.origin == origin",
     {"stream_heads": {"origin"}}, True),
    ("gap check of a statement's origin", "terminal.sync.hq_migrations.versions.h002_facts",
     "LEFT JOIN stream_heads h ON h.origin = n.origin", {"stream_heads": {"origin"}}, True),
    ("pull: one origin after a cursor", "terminal.sync.streams", "fact_log.c.origin == origin",
     {"fact_log": {"origin"}}, True),
    ("member history of a followed member", "terminal.sync.hq_migrations.versions.h002_facts",
     "SELECT * FROM fact_log WHERE member_id = p_member", {"fact_log": {"member_id"}}, False),
    ("lookup by exact card", "terminal.sync.hq_migrations.versions.h002_facts",
     "FROM cards WHERE number = p_card", {"cards": {"number"}}, False),
    ("lookup by exact phone", "terminal.sync.hq_migrations.versions.h002_facts",
     "FROM members WHERE phone = p_phone", {"members": {"phone"}}, False),
    ("a member's family (merges, phones)", "terminal.sync.hq_migrations.versions.h002_facts",
     "JOIN members m2 ON m2.phone = m1.phone", {"members": {"phone"}}, False),   # a join by phone
    ("relational rows of a member (projection, BI)", "terminal.sync.hq_migrations.versions.h002_facts",
     "'member_id', n.member_id", {"ledger_entries": {"member_id"}, "sales": {"member_id"},
                                   "sale_lines": {"member_id"}}, True),
    ("who am I", "terminal.sync.hq_migrations.versions.h002_facts", "FROM terminals t WHERE t.role_name = session_user",
     {"terminals": {"role_name"}}, True),
    ("programs after the one in force", "terminal.sync.admin", "program_versions.c.version > after",
     {"program_versions": {"version"}}, True),
    ("follows of my store after a cursor", "terminal.sync.streams", "member_follows.c.follow_seq > cursor",
     {"member_follows": {"follow_seq"}}, False),
    ("head office report", "terminal.sync.report", "fact_log.c.origin == origin",
     {"fact_log": {"origin"}}, True),
]


def single_shard(tables: dict[str, set[str]]) -> bool:
    groups = set()
    for table, columns in tables.items():
        if table in REFERENCE:
            continue
        column, group = DISTRIBUTED[table]
        if column not in columns:
            return False
        groups.add(group)
    return len(groups) <= 1


@pytest.mark.parametrize("name, module, fragment, tables, claimed", QUERIES, ids=[q[0] for q in QUERIES])
def test_each_query_routes_as_the_readme_says(name, module, fragment, tables, claimed):
    source = inspect.getsource(__import__(module, fromlist=["_"]))
    assert fragment in source, f"{name}: the query changed; update the layout's paper check"
    assert all(t in REFERENCE or t in DISTRIBUTED for t in tables)
    assert single_shard(tables) is claimed, f"{name}: {'single shard' if claimed else 'fan-out'} expected"


def test_every_head_office_table_has_a_place_and_co_located_tables_share_a_key_type():
    from terminal.sync.hq_migrations.versions.h002_facts import FACT_TABLES
    hq_tables = set(FACT_TABLES) | {"fact_log", "stream_heads", "member_follows", "stores", "terminals",
                                    "program_versions"}
    assert hq_tables == REFERENCE | set(DISTRIBUTED)
    for table, (column, _) in DISTRIBUTED.items():
        columns = FACT_TABLES.get(table, "")
        if table in FACT_TABLES and table != "members":
            assert f"{column} TEXT" in columns or column == "store_id", (table, column)
