"""Head office's report per store and for the chain, and the sync commands as a POS calls them."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import text

from terminal.sync.report import hq_report

from chain import Chain

JANA = "030 1234567"


def test_the_hq_report_gives_each_stores_day_and_the_chains(chain: Chain):
    t1, t2, t3 = chain.terminal("t1", "A"), chain.terminal("t2", "A"), chain.terminal("t3", "B")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    t1.sale(t1.request(member=card, amount="30.00"))       # store A: 30 + 100 welcome
    t2.sale(t2.request(amount="12.50"))                    # store A, anonymous
    chain.sync("t1")
    t3.sale(t3.request(member=JANA, amount="20.00"))       # store B: 20
    receipt = t3.sale(t3.request(amount="7.00"))["sale"]["receipt"]
    t3.refund(receipt, "2.00")
    chain.converge(["t1", "t2", "t3"])
    report = hq_report(chain.admin, None, chain.clock.now())
    stores = {r["store"]: r for r in report["stores"]}
    a, b = t1.daily_report(), t3.daily_report()
    keys = ("sales", "revenue", "refunds", "points_earned", "points_redeemed", "enrollments", "liability_points")
    assert {k: stores["A"][k] for k in keys} == {k: a[k] for k in keys} == {
        "sales": 2, "revenue": "42.50", "refunds": "0.00", "points_earned": 130, "points_redeemed": 0,
        "enrollments": 1, "liability_points": 150}
    assert {k: stores["B"][k] for k in keys} == {k: b[k] for k in keys} == {
        "sales": 2, "revenue": "27.00", "refunds": "2.00", "points_earned": 20, "points_redeemed": 0,
        "enrollments": 0, "liability_points": 0}
    chain_day = report["chain"]
    assert (chain_day["sales"], chain_day["revenue"], chain_day["refunds"], chain_day["points_earned"],
            chain_day["liability_points"]) == (4, "69.50", "2.00", 150, 150)


def loyalty(*args, db=None, now=None) -> tuple[int, dict]:
    env_args = ["--db", str(db)] if db else []
    command = [sys.executable, "-m", "terminal.cli.main", *env_args, "--json", *map(str, args)]
    import os
    env = {**os.environ, **({"LOYALTY_NOW": now} if now else {})}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    return done.returncode, (json.loads(done.stdout) if done.stdout.strip() else {})


def test_the_sync_commands_from_a_pos(chain: Chain, tmp_path, hq_url):
    program = tmp_path / "program.toml"
    from chain import PROGRAM
    program.write_text(PROGRAM, encoding="utf-8")
    db = tmp_path / "pos.db"
    now = chain.clock.now().isoformat()
    assert loyalty("init", "--program", program, "--manager-pin", "4826", db=db, now=now)[0] == 0
    code, registered = loyalty("hq", "register", "--url", hq_url, "--store", "C", db=db, now=now)
    assert code == 0 and registered["store"] == "C" and registered["url"].endswith(registered["url"].split("/")[-1])
    assert "@" in registered["url"] and ":***@" not in registered["url"]
    code, enrolled = loyalty("member", "enroll", "--name", "Pos Person", "--phone", "030 999888", db=db, now=now)
    assert code == 0
    code, synced = loyalty("sync", db=db, now=now)
    assert code == 0 and set(synced) >= {"pushed", "pulled", "conflicts", "conflicts_by_kind", "clock_skew_s"}
    assert synced["pushed"] >= 4 and synced["conflicts"] == 0 and synced["conflicts_by_kind"] == {}
    assert loyalty("conflicts", "list", db=db, now=now) == (0, {"conflicts": []})
    code, refused = loyalty("conflicts", "resolve", "nope", "--note", "x", "--pin", "4826", db=db, now=now)
    assert code == 1 and refused["error"]["code"] == "unknown_conflict"
    code, published = loyalty("hq", "publish", "--url", hq_url, program, now=now)
    assert (code, published) == (0, {"program_version": 1})     # the same program again: nothing new
    changed = program.read_text().replace('currency = "EUR"', 'currency = "USD"')
    program.write_text(changed, encoding="utf-8")
    code, refused = loyalty("hq", "publish", "--url", hq_url, program, now=now)
    assert code == 1 and refused["error"]["code"] == "program_invalid" and "currency" in refused["error"]["message"]
    code, local = loyalty("program", "import", program, db=db, now=now)   # a chain's till takes HQ's program
    assert code == 1 and local["error"]["code"] == "program_invalid" and "head office" in local["error"]["message"]
    code, report = loyalty("hq", "report", "--url", hq_url, now=now)
    assert code == 0 and report["chain"]["enrollments"] == 1 and [s["store"] for s in report["stores"]] == ["C"]


def test_a_conflict_is_listed_and_resolved_everywhere(chain: Chain):
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    receipt = t1.sale(t1.request(member=card, amount="10.00"))["sale"]["receipt"]
    chain.converge(["t1", "t2"])
    t1.refund(receipt)
    t2.refund(receipt)
    chain.converge(["t1", "t2"])
    [conflict] = t2.list_conflicts()["conflicts"]
    assert conflict["kind"] == "refund_exceeds_sale" and conflict["member"] == t2.show_member(JANA)["member"]["id"]
    assert conflict["detail"] == {"paid": 1000, "receipt": receipt, "refunded": 2000}
    t2.resolve_conflict(conflict["id"], "refunded twice by mistake; cashier briefed", chain.pin("A"))
    assert t2.list_conflicts()["conflicts"] == []
    chain.converge(["t2", "t1"])
    assert t1.list_conflicts()["conflicts"] == []
    [resolved] = t1.list_conflicts(include_resolved=True)["conflicts"]
    assert resolved["resolved"] and resolved["note"] == "refunded twice by mistake; cashier briefed"
    for till in (t1, t2):   # the resolution is audited once, and the audit entry reached both tills
        with till.db.reader.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit_log WHERE action = 'resolve_conflict'")
                                      ).scalar() == 1
    assert t1.daily_report()["conflicts"] == 0
