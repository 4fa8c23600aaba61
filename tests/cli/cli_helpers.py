"""Helpers for the ``loyalty`` CLI tests: a subprocess runner and snapshots of the tables to
prove that nothing was written. (Named uniquely: test directories are not packages.)"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path


PROGRAM = '''
[program]
name = "CLI Rewards"
currency = "USD"
region = "US"
timezone = "America/New_York"
expiry_months = 12

[redemption]
min_points = 50
max_fraction_of_sale = "0.5"

[[tiers]]
name = "Member"
min_spend = "0"

[[tiers]]
name = "Silver"
min_spend = "500"
multiplier = "1.25"

[[categories]]
name = "beauty"
multiplier = "2"

[[rewards]]
code = "5OFF"
kind = "amount_off"
points = 500
value = "5.00"

[[rewards]]
code = "FREE-COFFEE"
kind = "free_item"
points = 0
sku = "COFFEE"

[[punch_cards]]
code = "COFFEE"
category = "coffee"
units = 5
reward = "FREE-COFFEE"

[[products]]
sku = "COFFEE"
name = "Coffee"
category = "coffee"
price = "3.00"
'''
MANAGER_PIN = "2468"
CASHIER_PIN = "1357"
NOW = "2026-08-04T12:00:00-04:00"
ALICE_PHONE = "(212) 555-0111"


def loyalty(db, *args, env: dict | None = None, json_out: bool = True, timeout: int = 60):
    """Run ``python -m terminal.cli.main`` in a real subprocess; returns (exit code, JSON or None, stdout, stderr)."""
    argv = [sys.executable, "-m", "terminal.cli.main"]
    if db is not None:
        argv += ["--db", str(db)]
    if json_out:
        argv.append("--json")
    full_env = {**os.environ, "LOYALTY_NOW": NOW, **(env or {})}
    full_env = {k: v for k, v in full_env.items() if v is not None}
    done = subprocess.run(argv + [str(a) for a in args], capture_output=True, text=True, env=full_env, timeout=timeout)
    data = None
    if json_out and done.stdout.strip():
        data = json.loads(done.stdout)
    return done.returncode, data, done.stdout, done.stderr


def table_counts(db) -> dict:
    """Row count of every table: equal before and after means nothing was written."""
    with sqlite3.connect(db) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def full_state(db) -> dict:
    """Every row of every table (for small test databases)."""
    with sqlite3.connect(db) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: sorted(map(repr, connection.execute(f'SELECT * FROM "{n}"').fetchall())) for n in names}


