"""Output for people (aligned tables, no stack traces) and for programs (one JSON object)."""

from __future__ import annotations

import json
import sys
from typing import Iterable, Sequence


def emit_json(data: dict, stream=None) -> None:
    stream = stream or sys.stdout
    stream.write(json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n")


def table(headers: Sequence[str], rows: Iterable[Sequence], *, right: Sequence[int] = ()) -> str:
    """An aligned text table; columns listed in ``right`` are right-aligned (numbers)."""
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def fmt(row):
        return "  ".join(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                         for i, cell in enumerate(row)).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths])]
    lines += [fmt(row) for row in cells]
    return "\n".join(lines)


def pairs(items: Sequence[tuple[str, object]]) -> str:
    """``label  value`` lines with the labels aligned."""
    width = max((len(label) for label, _ in items), default=0)
    return "\n".join(f"{label.ljust(width)}  {'' if value is None else value}" for label, value in items)


def member_text(m: dict) -> str:
    tier = m["tier"]
    if m.get("next_tier"):
        tier += f"  ({m['next_tier']['name']} after {m['next_tier']['spend_needed']} more)"
    balance = f"{m['balance']} points  (worth {m['balance_value']})"
    if m.get("negative"):
        balance += "  NEGATIVE: the next purchases pay this back first"
    items = [("Member", m["name"]), ("Status", m["status"]), ("Card", m.get("card") or "-"),
             ("Phone", m.get("phone_masked") or "-"), ("Tier", tier),
             ("Qualifying spend", m["qualifying_spend"]), ("Balance", balance)]
    for e in m.get("expiring", []):
        items.append(("Expiring", f"{e['points']} points at 00:00 on {e['on']}"))
    for p in m.get("pending", []):
        items.append(("Pending", f"{p['points']} points, spendable from 00:00 on {p['on']}"))
    for c in m.get("challenges", []):
        state = "done" if c["completed"] else f"{c['progress']} of {c['target']} ({c['percent']}%)"
        items.append(("Challenge", f"{c['name']}: {state}, until {c['ends']}"))
    if m.get("vouchers"):
        items.append(("Vouchers", ", ".join(v["reward"] for v in m["vouchers"])))
    for p in m.get("punch_cards", []):
        items.append(("Punch card", f"{p['code']}: {p['units']} of {p['of']} towards {p['reward']}"))
    return pairs(items)


def sale_text(s: dict) -> str:
    lines = [table(["Line", "Qty", "Amount", "Discount", "Paid"],
                   [[l.get("name") or l.get("category") or "amount", l["quantity"], l["amount"], l["discount"],
                     l["paid"]] for l in s["lines"]], right=(1, 2, 3, 4))]
    items = [("Receipt", s["receipt"] + ("  (repeated receipt id: first result, nothing changed)"
                                          if s.get("duplicate") else "")),
             ("Total", s["total"]), ("Discount", s["discount"]), ("Paid", s["paid"])]
    if s.get("donations") and s["donations"].strip("0.") != "":
        items.append(("Donated", s["donations"]))
    if s.get("promo"):
        items.append(("Promo code", s["promo"]))
    for r in s.get("redemptions", []):
        if r["kind"] == "promo":
            continue
        how = "voucher" if r.get("voucher") else f"{r['points']} points"
        items.append(("Redeemed", f"{r['reward']} ({how}): {r['discount']} off" +
                      (f", {r['donation']} to {r['charity']}" if r.get("charity") else "")))
    items += [("Points earned", s["points_earned"]), ("Bonus points", s["bonus_points"])]
    for c in s.get("challenges", []):
        items.append(("Challenge", f"{c['name']}: " + ("completed now" if c["completed_now"] else "done"
                                                        if c["completed"] else f"{c['progress']} of {c['target']}")))
    for b in s.get("breakdown", []):
        items.append(("  rule", f"{b['rule']}: {b['points']}"))
    if s.get("balance_after") is not None:
        items += [("Balance after", s["balance_after"]), ("Tier after", s.get("tier_after"))]
    for v in s.get("vouchers_issued", []):
        items.append(("New voucher", v["reward"]))
    return lines[0] + "\n\n" + pairs(items)


def write_private(path: str, content: str) -> None:
    """Write a file that holds member data: created owner-only (0600), never world-readable
    even for a moment; an existing file is refused, not overwritten."""
    import os
    from terminal.domain.errors import InvalidInput
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InvalidInput(f"{path} already exists; choose a new file name") from None
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror}") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
