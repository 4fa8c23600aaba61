"""Turning what a cashier or the main POS typed into sale lines: ``--amount A``,
``--line CATEGORY=AMOUNT[xQTY]`` (AMOUNT is the unit price) and ``--item SKU[xQTY]`` (a SKU or
an EAN/UPC from the catalog)."""

from __future__ import annotations

import re

from terminal.domain.checkout import MAX_QUANTITY, SaleLine
from terminal.domain.errors import InvalidAmount, LoyaltyError
from terminal.domain.program import Program


class UnknownProduct(LoyaltyError):
    code = "unknown_product"


_QTY = re.compile(r"(?P<body>.*?)(?:x(?P<qty>\d+))?", re.DOTALL | re.ASCII)   # always matches (fullmatch)


def _quantity(text: str | None, raw: str) -> int:
    if text is None:
        return 1
    qty = int(text)
    if not 1 <= qty <= MAX_QUANTITY:
        raise InvalidAmount(f"quantity in {raw!r} must be 1..{MAX_QUANTITY}")
    return qty


def parse_line(program: Program, raw: str) -> SaleLine:
    if "=" not in raw:
        raise InvalidAmount(f"--line {raw!r}: write CATEGORY=AMOUNT or CATEGORY=AMOUNTxQTY")
    category, _, rest = raw.rpartition("=")
    category = category.strip()
    if not category:
        raise InvalidAmount(f"--line {raw!r}: the category is missing")
    match = _QTY.fullmatch(rest.strip())
    amount = program.currency.parse(match["body"], allow_zero=False, what=f"amount of line {raw!r}")
    return SaleLine(category=category, unit_amount=amount, quantity=_quantity(match["qty"], raw))


def parse_item(program: Program, raw: str) -> SaleLine:
    raw = raw.strip()
    product, qty = program.product_by_code(raw), None
    code = raw
    if product is None:
        match = _QTY.fullmatch(raw)
        code, qty = match["body"].strip(), match["qty"]
        product = program.product_by_code(code)
    if product is None:
        raise UnknownProduct(f"no product in the catalog has SKU or barcode {code!r}")
    return SaleLine(category=product.category, unit_amount=product.price, quantity=_quantity(qty, raw),
                    sku=product.sku, name=product.name)


def build_lines(program: Program, amount: str | None = None, lines: list[str] = (),
                items: list[str] = ()) -> list[SaleLine]:
    result = []
    if amount is not None:
        result.append(SaleLine(category=None, unit_amount=program.currency.parse(amount, allow_zero=False),
                               quantity=1))
    result += [parse_line(program, raw) for raw in lines]
    result += [parse_item(program, raw) for raw in items]
    if not result:
        raise InvalidAmount("a sale needs --amount, --line or --item")
    return result
