"""A small line-oriented template language for receipts (files in ``resources/receipts``).

One directive per line; ``#`` starts a comment line; indentation is free::

    center.big  {store.name}            # left | center | right, with .bold / .big
    pair        Total | {receipt.total} # left part and right part, justified to the width
    rule        =                       # a full-width line of "=" (default "-")
    blank                               # an empty line
    barcode     ean13 {member.card_number}
    barcode     code128 {receipt.receipt_number}
    feed        2
    cut
    if member.tier                      # the block up to `end` only when the value is set
    for line in lines                   # the block once per item, the item named `line`
    end

``{path.to.value}`` is looked up in the document's context (attributes or keys). If any
placeholder in a directive is ``None`` or empty, the whole directive is left out, so optional
fields need no ``if``. Text wraps at word boundaries; a ``pair`` whose parts do not fit on one
line wraps its left part and keeps the right part flush right on the last line.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hardware.receipts.blocks import Barcode, Block, Cut, Feed, TextLine
from hardware.resource_files import resource_path

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)\}")
_TEXT_KINDS = {"left", "center", "right"}
_SYMBOLOGIES = {"ean13": "EAN13", "code128": "CODE128"}


class TemplateError(ValueError):
    """A template that cannot be parsed or evaluated; says which file and line."""


@dataclass
class Directive:
    kind: str
    arg: str
    line_no: int
    bold: bool = False
    big: bool = False
    body: list["Directive"] = field(default_factory=list)
    var: str = ""


@dataclass
class Template:
    name: str
    directives: list[Directive]

    def render(self, context: dict[str, Any], width: int) -> list[Block]:
        blocks: list[Block] = []
        _run(self.name, self.directives, dict(context), width, blocks)
        return blocks


def parse_template(source: str, name: str = "<template>") -> Template:
    root: list[Directive] = []
    stack: list[list[Directive]] = [root]
    openers: list[Directive] = []
    for line_no, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, arg = line.partition(" ")
        arg = arg.strip()
        kind, *mods = word.split(".")
        bad_mods = set(mods) - {"bold", "big"}
        if bad_mods or (mods and kind not in _TEXT_KINDS):
            raise TemplateError(f"{name}:{line_no}: bad modifier in {word!r} (only left/center/right take .bold/.big)")
        d = Directive(kind, arg, line_no, bold="bold" in mods, big="big" in mods)
        if kind in _TEXT_KINDS or kind in ("pair", "rule", "blank", "cut"):
            if kind == "pair" and "|" not in arg:
                raise TemplateError(f"{name}:{line_no}: pair needs 'LEFT | RIGHT'")
        elif kind == "barcode":
            sym, _, data = arg.partition(" ")
            if sym.lower() not in _SYMBOLOGIES or not data.strip():
                raise TemplateError(f"{name}:{line_no}: barcode needs 'ean13 {{...}}' or 'code128 {{...}}'")
        elif kind == "feed":
            if not arg.isdigit() or not 1 <= int(arg) <= 10:
                raise TemplateError(f"{name}:{line_no}: feed needs a number of lines 1-10")
        elif kind == "if":
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", arg):
                raise TemplateError(f"{name}:{line_no}: if needs a value path, e.g. 'if member.tier'")
        elif kind == "for":
            m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)\s+in\s+([A-Za-z_][A-Za-z0-9_.]*)", arg)
            if not m:
                raise TemplateError(f"{name}:{line_no}: for needs 'NAME in PATH'")
            d.var, d.arg = m.group(1), m.group(2)
        elif kind == "end":
            if not openers:
                raise TemplateError(f"{name}:{line_no}: 'end' without 'if' or 'for'")
            openers.pop()
            stack.pop()
            continue
        else:
            raise TemplateError(f"{name}:{line_no}: unknown directive {kind!r}")
        stack[-1].append(d)
        if kind in ("if", "for"):
            openers.append(d)
            stack.append(d.body)
    if openers:
        raise TemplateError(f"{name}:{openers[-1].line_no}: '{openers[-1].kind}' is never closed with 'end'")
    return Template(name, root)


def load_template(name: str, directory: Path | None = None) -> Template:
    path = (directory or resource_path("receipts")) / f"{name}.tmpl"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(f"cannot read receipt template {path}: {exc.strerror}") from None
    return parse_template(source, path.name)


class _Missing(Exception):
    pass


def _lookup(context: dict[str, Any], path: str, where: str) -> Any:
    head, *rest = path.split(".")
    if head not in context:
        raise TemplateError(f"{where}: unknown name {head!r}")
    value = context[head]
    for part in rest:
        if value is None:
            return None
        if isinstance(value, dict):
            value = value.get(part)
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise TemplateError(f"{where}: {type(value).__name__} has no field {part!r}")
    return value


def _fill(text: str, context: dict[str, Any], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        value = _lookup(context, m.group(1), where)
        if value is None or value == "" or value == ():
            raise _Missing
        return _printable(str(value))

    return _PLACEHOLDER.sub(sub, text)


def _printable(text: str) -> str:
    """Values come from outside (names, reasons): a control byte in one (ESC p opens the cash
    drawer) becomes a space before it reaches the printer."""
    return "".join(c if c.isprintable() else " " for c in text)


def _run(name: str, directives: list[Directive], ctx: dict[str, Any], width: int, out: list[Block]) -> None:
    for d in directives:
        where = f"{name}:{d.line_no}"
        if d.kind == "if":
            if _lookup(ctx, d.arg, where):
                _run(name, d.body, ctx, width, out)
            continue
        if d.kind == "for":
            items = _lookup(ctx, d.arg, where) or ()
            for item in items:
                _run(name, d.body, {**ctx, d.var: item}, width, out)
            continue
        try:
            _emit(d, ctx, width, where, out)
        except _Missing:
            continue


def _emit(d: Directive, ctx: dict[str, Any], width: int, where: str, out: list[Block]) -> None:
    if d.kind in _TEXT_KINDS:
        cols = width // 2 if d.big else width
        for piece in _wrap(_fill(d.arg, ctx, where), cols):
            out.append(TextLine(_align(piece, cols, d.kind), bold=d.bold, big=d.big))
    elif d.kind == "pair":
        left_t, _, right_t = d.arg.partition("|")
        left, right = _fill(left_t.strip(), ctx, where), _fill(right_t.strip(), ctx, where)
        out.extend(TextLine(t) for t in pair_lines(left, right, width))
    elif d.kind == "rule":
        out.append(TextLine(((d.arg or "-")[0]) * width))
    elif d.kind == "blank":
        out.append(TextLine(""))
    elif d.kind == "barcode":
        sym, _, data = d.arg.partition(" ")
        out.append(Barcode(_SYMBOLOGIES[sym.lower()], _fill(data.strip(), ctx, where)))
    elif d.kind == "feed":
        out.append(Feed(int(d.arg)))
    elif d.kind == "cut":
        out.append(Cut())


def _wrap(text: str, cols: int, hang: str = "") -> list[str]:
    return textwrap.wrap(text, cols, subsequent_indent=hang, break_long_words=True, break_on_hyphens=False) or [""]


def _align(text: str, cols: int, kind: str) -> str:
    if kind == "center":
        return (" " * ((cols - len(text)) // 2) + text).rstrip()
    if kind == "right":
        return text.rjust(cols)
    return text


def pair_lines(left: str, right: str, width: int) -> list[str]:
    """``left`` flush left and ``right`` flush right; wraps ``left`` when both do not fit."""
    if len(left) + 1 + len(right) <= width:
        return [left + " " * (width - len(left) - len(right)) + right]
    if len(right) > width - 2:
        return _wrap(left, width) + [_align(p, width, "right") for p in _wrap(right, width)]
    lines = _wrap(left, width - len(right) - 1, hang="    ")
    last = lines[-1]
    lines[-1] = last + " " * (width - len(last) - len(right)) + right
    return lines
