"""Issue 10, the crash test: sales, refunds, merges, imports and backups SIGKILLed at random
moments (at least 100 kills in all), then `loyalty check`, and counting: every operation that
reported success is there exactly once, a killed one is there once or not at all (a retry with
its idempotency key makes it once), and nothing is partial (an import's rows all or none, a
backup whole and verified or absent)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from edges_cli_helpers import MANAGER_PIN, NOW, PROGRAM, loyalty, run_cli

KILLS = int(os.environ.get("HARDENING_KILLS", "100"))
ENV = {**os.environ, "LOYALTY_NOW": NOW, "LOYALTY_BUSY_TIMEOUT_MS": "5000"}


def _start(db, *args):
    return subprocess.Popen([sys.executable, "-m", "terminal.cli.main", "--db", str(db), "--json", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)


def _phone(n: int) -> str:
    return f"(212) 555-{n:04d}"


@pytest.mark.slow
def test_kills_at_random_moments_leave_everything_once_and_nothing_partial(tmp_path):
    rng = random.Random(int(os.environ.get("HARDENING_SEED", "10")))
    db, program = tmp_path / "store.db", tmp_path / "program.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    assert loyalty(db, "init", "--program", program, "--manager-pin", MANAGER_PIN)[0] == 0
    members = []
    for n in range(24):
        code, data, _, err = run_cli(db, "member", "enroll", "--name", f"Member {n}", "--phone", _phone(100 + n))
        assert code == 0, err
        members.append(_phone(100 + n))

    reported = {"sale": {}, "refund": {}, "merge": [], "import": [], "backup": []}
    killed = {"sale": [], "refund": [], "merge": [], "import": [], "backup": []}
    imports, receipts, merged = [], [], set()
    kills = ops = 0
    while kills < KILLS:
        ops += 1
        kind = rng.choice(["sale", "sale", "refund", "merge", "import", "backup"])
        if kind == "refund" and not receipts:
            kind = "sale"
        live = [m for m in members if m not in merged]
        if kind == "merge" and len(live) < 4:
            kind = "sale"
        if kind == "sale":
            key = f"S-{ops}"
            member = rng.choice(live)
            args = ["sale", "--member", member, "--line", f"beauty={rng.randint(1, 90)}.{rng.randint(0, 99):02d}x2",
                    "--amount", "10.00", "--receipt-id", key]
        elif kind == "refund":
            key = f"R-{ops}"
            args = ["refund", rng.choice(receipts), "--amount", "0.50", "--refund-id", key]
        elif kind == "merge":
            source, target = rng.sample(live, 2)
            key = (source, target)
            args = ["member", "merge", source, target, "--pin", MANAGER_PIN]
        elif kind == "import":
            start = 5000 + 50 * len(imports)
            phones = [_phone(start + i) for i in range(40)]
            path = tmp_path / f"import-{ops}.csv"
            path.write_text("name,phone\n" + "".join(f"Imported {p},{p}\n" for p in phones), encoding="utf-8")
            key = (str(path), phones)
            imports.append(key)
            args = ["member", "import", path]
        else:
            key = str(tmp_path / f"backup-{ops}.db")
            args = ["backup", key]
        process = _start(db, *args)
        deadline = time.monotonic() + rng.uniform(1.0, 6.0)   # Python starts in about 1 to 2 s
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.communicate()
            kills += 1
            killed[kind].append(key)
            if kind == "merge":
                merged.add(key[0])      # perhaps merged: never used again
            continue
        out, err = process.communicate()
        if process.returncode != 0:
            assert process.returncode == 1, err
            continue
        answer = json.loads(out)
        if kind == "sale":
            reported["sale"][key] = answer["sale"]["receipt"]
            receipts.append(answer["sale"]["receipt"])
        elif kind == "refund":
            reported["refund"][key] = answer["refund"]["id"]
        elif kind == "merge":
            reported["merge"].append(key)
            merged.add(key[0])
        else:
            reported[kind].append(key)

    # The store is whole.
    code, data, _, err = loyalty(db, "check")
    assert code == 0 and data == {"ok": True, "problems": []}, (err, data)
    with sqlite3.connect(db) as connection:
        q = lambda sql, *p: connection.execute(sql, p).fetchall()  # noqa: E731
        # Every reported sale and refund once; none twice, killed or not.
        assert q("SELECT external_id FROM sales WHERE external_id IS NOT NULL GROUP BY external_id "
                 "HAVING count(*) > 1") == []
        assert q("SELECT request_id FROM refunds WHERE request_id IS NOT NULL GROUP BY request_id "
                 "HAVING count(*) > 1") == []
        for key, receipt in reported["sale"].items():
            assert q("SELECT receipt FROM sales WHERE external_id = ?", key) == [(receipt,)]
        for key, refund_id in reported["refund"].items():
            assert q("SELECT id FROM refunds WHERE request_id = ?", key) == [(refund_id,)]
        # Every reported merge once.
        for source, _ in reported["merge"]:
            events = q("SELECT count(*) FROM member_events e JOIN members m ON m.id = e.member_id "
                       "WHERE m.phone = ? AND e.kind = 'merged'", "+1" + "".join(c for c in source if c.isdigit()))
            assert events == [(1,)], source
        # An import is all its rows or none of them; a reported one is all.
        for path, phones in imports:
            e164 = ["+1" + "".join(c for c in p if c.isdigit()) for p in phones]
            marks = ",".join("?" * len(e164))
            present = q(f"SELECT count(*) FROM members WHERE phone IN ({marks})", *e164)[0][0]
            assert present in (0, len(phones)), (path, present)
            if (path, phones) in reported["import"]:
                assert present == len(phones)
    # A backup is whole and verified, or absent.
    for path in reported["backup"] + killed["backup"]:
        if os.path.exists(path):
            assert loyalty(path, "check")[1] == {"ok": True, "problems": []}, path
        else:
            assert path in killed["backup"]
    # A killed sale or refund retried with its key is there exactly once.
    for key in killed["sale"][:10]:
        code, data, _, err = loyalty(db, "sale", "--amount", "10.00", "--receipt-id", key)
        assert code == 0, err
        with sqlite3.connect(db) as connection:
            assert connection.execute("SELECT count(*) FROM sales WHERE external_id = ?", (key,)).fetchone() == (1,)
    assert kills >= KILLS
    print(f"{ops} operations, {kills} kills: " +
          ", ".join(f"{k} {len(v)} killed / {len(reported[k])} reported" for k, v in killed.items()))
