"""The state of one family of member accounts, computed from its facts (SYNC.md 1-3).

A *family* is every account joined by merges (made by a manager, or derived when two
enrollments share a phone). :func:`project_family` replays the family's facts in canonical
order ``(at, origin, seq)`` and returns everything that is derived from them: the wallet (lots
and debt), the derived ledger entries (expiry, clawbacks and returns of refunds, reversals on
a full refund, bonuses paid twice, charges for a voucher used twice), the vouchers of punch
cards and their state, each sale's refund totals, each member's status, and the conflicts.

It is pure and total: given the same facts it gives the same answer on every node, whatever
order the facts arrived in, so terminals and head office converge by construction.

Policies for facts that contradict each other (all of them stand; SYNC.md 3):

* ``refund_exceeds_sale``: refunds of one sale beyond what was paid. The money stands; points
  clawed back and returned never exceed what the sale earned and redeemed, and the bonus
  reversal happens once, at the refund that first reached the paid amount.
* ``voucher_reused``: a voucher used by a second sale when no other open voucher of that
  reward remains. The second use is charged to the balance (the reward's money value in
  points, rounded up), which may leave debt.
* ``overdrawn``: redemptions at several tills beyond the balance. They stand; the rest is debt.
* ``blocked_member_served``: a sale to a member who was blocked at that instant. It stands.
* ``bonus_duplicate``: a once-per-member bonus (same key in the family) paid twice: the
  earliest stands, the other is cancelled by a derived ``superseded`` entry.
* ``duplicate_enrollment``: two enrollments of one phone: the later is merged into the
  earlier from its enrollment instant (decided by fields every node sees alike).
* ``merge_conflict``: a merge whose source was already merged elsewhere, or that would close
  a cycle: it is superseded and changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from .challenges import Challenge, contribution, entry_rule, progress
from .facts import derived_id, order_key
from .timekeeping import local_date, local_midnight
from .refunds import proportional
from .wallet import Lot, Wallet

EARN_BONUS_KINDS = ("bonus", "referral")


# --------------------------------------------------------------------------- facts in

@dataclass(frozen=True)
class MemberFact:
    id: str
    enrolled_at: datetime
    origin: int
    seq: int
    phone: str | None


@dataclass(frozen=True)
class MergeFact:
    id: str
    source: str
    target: str
    at: datetime
    origin: int
    seq: int


@dataclass(frozen=True)
class StatusFact:
    id: str
    member_id: str
    at: datetime
    origin: int
    seq: int
    blocked: bool


@dataclass(frozen=True)
class EntryFact:
    """A ledger entry that is a fact (earn, redeem, bonus, referral, adjust, opening, and the
    ``merge_in``/``merge_out``/``expire``/... entries of databases from before facts)."""
    id: str
    member_id: str
    at: datetime
    origin: int
    seq: int
    kind: str
    points: int
    expires_at: datetime | None = None
    sale_id: str | None = None
    key: str | None = None        # once-per-member bonuses: the same key pays once per family
    lot_id: str | None = None     # legacy expire entries name the lot they close


@dataclass(frozen=True)
class SaleFact:
    id: str
    member_id: str | None
    at: datetime
    origin: int
    seq: int
    paid: int
    earned: int
    redeemed: int
    qualifying: int
    receipt: str = ""
    categories: tuple[str, ...] = ()   # eligible categories with a paid amount (challenges)


@dataclass(frozen=True)
class RefundFact:
    id: str
    sale_id: str
    at: datetime
    origin: int
    seq: int
    amount: int


@dataclass(frozen=True)
class PunchFact:
    id: str
    member_id: str
    at: datetime
    origin: int
    seq: int
    card: str
    units: int
    sale_id: str | None


@dataclass(frozen=True)
class VoucherUse:
    """A redemption paid by a voucher (``SaleRedemption`` with a voucher id)."""
    id: str
    sale_id: str
    member_id: str
    at: datetime
    origin: int
    seq: int
    voucher_id: str
    reward: str
    discount: int


@dataclass(frozen=True)
class PunchCardRule:
    size: int
    reward: str


@dataclass
class FamilyFacts:
    members: list[MemberFact]
    merges: list[MergeFact] = field(default_factory=list)
    statuses: list[StatusFact] = field(default_factory=list)
    entries: list[EntryFact] = field(default_factory=list)
    sales: list[SaleFact] = field(default_factory=list)
    refunds: list[RefundFact] = field(default_factory=list)
    punches: list[PunchFact] = field(default_factory=list)
    uses: list[VoucherUse] = field(default_factory=list)
    #: Sales of other families that entries of this one depend on (a referrer's bonus is
    #: reversed when the referee's sale is refunded in full), with their refunds.
    foreign_sales: dict[str, tuple[SaleFact, list[RefundFact]]] = field(default_factory=dict)


# --------------------------------------------------------------------------- state out

@dataclass
class DerivedEntry:
    id: str
    member_id: str
    kind: str        # expire | clawback | return | reversal | superseded | charge
    points: int
    at: datetime
    origin: int
    seq: int
    rule: str | None = None
    sale_id: str | None = None
    refund_id: str | None = None
    lot_id: str | None = None
    expires_at: datetime | None = None


@dataclass
class VoucherState:
    id: str
    member_id: str
    reward: str
    punch_card: str
    issued_at: datetime
    issued_by_sale: str | None
    status: str = "open"          # open | used | void
    used_by_sale: str | None = None


@dataclass
class MemberStatus:
    status: str = "active"        # active | blocked | merged
    merged_into: str | None = None
    merged_at: datetime | None = None


@dataclass
class RefundEffect:
    points_clawed_back: int = 0
    points_returned: int = 0
    qualifying_reduction: int = 0
    full: bool = False


@dataclass
class SaleTotals:
    refunded: int = 0
    points_clawed_back: int = 0
    points_returned: int = 0
    qualifying_refunded: int = 0
    fully_refunded: bool = False


@dataclass
class Conflict:
    id: str
    kind: str
    member_id: str
    at: datetime
    detail: dict


@dataclass
class FamilyState:
    roots: list[str]
    members: dict[str, MemberStatus]
    derived: list[DerivedEntry]
    lots: list[tuple[Lot, str]]         # (lot, member id the lot's entry belongs to)
    debts: dict[str, int]               # per surviving account
    vouchers: list[VoucherState]
    takebacks: list[PunchFact]          # negative punches of fully refunded sales
    sale_totals: dict[str, SaleTotals]
    refund_effects: dict[str, RefundEffect]
    conflicts: list[Conflict]
    superseded_merges: set[str]
    lot_roots: dict[str, str] = field(default_factory=dict)  # lot entry id -> surviving account

    def balance(self, root: str) -> int:
        return sum(lot.remaining for lot, _ in self.lots if self.lot_roots[lot.entry_id] == root) - self.debts.get(root, 0)


def conflict_id(kind: str, *fact_ids: str) -> str:
    return derived_id("conflict", kind, *sorted(fact_ids))


# --------------------------------------------------------------------------- the replay

class _Accounts:
    """Union-find of accounts: until its merge an account is its own; from then on it is part
    of the target's."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def root(self, member: str) -> str:
        while member in self.parent:
            member = self.parent[member]
        return member


def project_family(facts: FamilyFacts, *, now: datetime, punch_cards: dict[str, PunchCardRule],
                   expiry_of: Callable[[datetime], datetime | None],
                   charge_points: Callable[[int], int], challenges: tuple[Challenge, ...] = (),
                   tz=None, available_of: Callable | None = None) -> FamilyState:
    """Replay one family. ``expiry_of(at)`` is the program's expiry of points credited at
    ``at`` (returned points get a fresh lot); ``charge_points(minor)`` prices a voucher's
    money value in points (for a voucher used twice); ``challenges`` are the program's, judged
    in store-local days of ``tz``; ``available_of(kind, at, sale_id)`` is when an entry's points
    stop being pending (``None``: at once)."""
    replay = _Replay(facts, now, punch_cards, expiry_of, charge_points)
    replay.challenges, replay.tz = challenges, tz
    if available_of is not None:
        replay.available_of = available_of
    return replay.run()


class _Replay:
    def __init__(self, facts: FamilyFacts, now, punch_cards, expiry_of, charge_points):
        self.f, self.now, self.cards = facts, now, punch_cards
        self.expiry_of, self.charge_points = expiry_of, charge_points
        self.accounts = _Accounts()
        self.wallets: dict[str, Wallet] = defaultdict(Wallet)
        self.lot_owner: dict[str, str] = {}
        self.derived: list[DerivedEntry] = []
        self.conflicts: dict[str, Conflict] = {}
        self.status: dict[str, MemberStatus] = defaultdict(MemberStatus, {m.id: MemberStatus() for m in facts.members})
        self.blocked: dict[str, bool] = defaultdict(bool)
        self.units: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.issued: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.vouchers: dict[str, VoucherState] = {}
        self.sale_vouchers: dict[str, list[str]] = defaultdict(list)      # issued by the sale
        self.sale_uses: dict[str, list[tuple[str, str | None]]] = defaultdict(list)  # (use id, voucher or None)
        self.takebacks: list[PunchFact] = []
        self.sales = {s.id: s for s in facts.sales}
        self.totals = {s.id: SaleTotals() for s in facts.sales}
        self.effects: dict[str, RefundEffect] = {}
        self.sale_punches: dict[str, list[PunchFact]] = defaultdict(list)
        self.sale_extras: dict[str, list[EntryFact]] = defaultdict(list)  # bonus/referral entries
        self.keys_paid: dict[str, str] = {}
        self.superseded_entries: set[str] = set()
        self.charges: dict[str, str] = {}     # use id -> charge entry id
        self.superseded_merges: set[str] = set()
        self.order = 0
        self.earliest: datetime | None = None   # soonest expiry of any open lot
        self.challenges: tuple[Challenge, ...] = ()
        self.tz = None
        self.available_of = lambda kind, at, sale_id: None
        self.seen_sales: list[SaleFact] = []                                 # in canonical order
        self.completed: dict[str, set[str]] = defaultdict(set)              # account -> challenge rules paid
        self.sale_challenges: dict[str, list[DerivedEntry]] = defaultdict(list)

    # -- helpers ---------------------------------------------------------------------------
    def _conflict(self, kind: str, member: str, at: datetime, fact_ids: tuple[str, ...], **detail) -> None:
        cid = conflict_id(kind, *fact_ids)
        self.conflicts.setdefault(cid, Conflict(cid, kind, member, at, detail))

    def _wallet(self, member: str) -> Wallet:
        return self.wallets[self.accounts.root(member)]

    def _credit(self, member: str, entry_id: str, points: int, expires_at, owner: str | None = None,
                available_at=None) -> None:
        self.order += 1
        lot = self._wallet(member).credit(entry_id, points, expires_at, available_at)
        if lot is not None and expires_at is not None and (self.earliest is None or expires_at < self.earliest):
            self.earliest = expires_at
        if lot is not None:
            lot.order = self.order
            self.lot_owner[entry_id] = owner or member

    def _debit(self, member: str, points: int, lot_id: str | None = None, at=None,
               pending_first: bool = False) -> int:
        """Returns the debt this debit created."""
        wallet = self._wallet(member)
        before = wallet.debt
        if lot_id:
            wallet.close_lot(lot_id, points)
        else:
            wallet.debit(points, at, pending_first)
        return wallet.debt - before

    def _derive(self, kind: str, fact_id: str, member: str, points: int, at: datetime, origin: int, seq: int,
                **fields) -> DerivedEntry:
        entry = DerivedEntry(derived_id(kind, fact_id), member, kind, points, at, origin, seq, **fields)
        self.derived.append(entry)
        return entry

    def _expire_until(self, instant: datetime) -> None:
        if self.earliest is None or instant < self.earliest:
            return   # nothing can be due yet (the common case: skip the walk over every lot)
        for account in list(self.wallets):
            wallet = self.wallets[account]
            for lot in wallet.due(instant):
                points = lot.remaining
                self._derive("expire", lot.entry_id, self.lot_owner.get(lot.entry_id, account), -points,
                             lot.expires_at, 0, 0, rule="expiry", lot_id=lot.entry_id)
                wallet.close_lot(lot.entry_id, points)
        expiries = [e for e in (w.next_expiry() for w in self.wallets.values()) if e is not None]
        self.earliest = min(expiries, default=None)

    # -- the run ---------------------------------------------------------------------------
    def run(self) -> FamilyState:
        events = self._events()
        events.sort(key=lambda e: e[0])
        for key, handler, fact in events:
            self._expire_until(fact_at(fact))
            handler(fact)
        self._expire_until(self.now)
        return self._state()

    def _events(self) -> list:
        f = self.f
        events = []

        def add(fact, handler, sub=0):
            events.append((order_key(fact_at(fact), fact.origin, fact.seq, sub), handler, fact))

        for merge in f.merges:
            add(merge, self._merge)
        for merge in self._phone_merges():
            add(merge, self._merge, 1)
        for status in f.statuses:
            add(status, self._status)
        for sale in f.sales:
            add(sale, self._sale)
        for entry in f.entries:
            if entry.kind in EARN_BONUS_KINDS and entry.sale_id:
                self.sale_extras[entry.sale_id].append(entry)
            add(entry, self._entry)
        for use in f.uses:
            add(use, self._use)
        for punch in f.punches:
            self.sale_punches[punch.sale_id].append(punch)
            add(punch, self._punch)
        for refund in f.refunds:
            if refund.sale_id in self.sales:
                add(refund, self._refund)
        for sale_id, (sale, refunds) in f.foreign_sales.items():
            full_at = _full_refund(sale, refunds)
            if full_at is not None:
                add(full_at, lambda refund, sid=sale_id: self._reverse_extras(sid, refund))
        return events

    def _phone_merges(self) -> list[MergeFact]:
        """Two enrollments of one phone: the later joins the earlier from its own enrollment
        (decided by ``(enrolled_at, id)``, which every node sees the same)."""
        by_phone = defaultdict(list)
        for member in self.f.members:
            if member.phone:
                by_phone[member.phone].append(member)
        merges = []
        for group in by_phone.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda m: (m.enrolled_at, m.id))
            first = group[0]
            for later in group[1:]:
                merges.append(MergeFact(derived_id("phone-merge", later.id), later.id, first.id, later.enrolled_at,
                                        later.origin, later.seq))
        return merges

    # -- handlers --------------------------------------------------------------------------
    def _merge(self, merge: MergeFact) -> None:
        derived = merge.id == derived_id("phone-merge", merge.source)
        source_root, target_root = self.accounts.root(merge.source), self.accounts.root(merge.target)
        if source_root == target_root:
            if not derived and self.status[merge.source].merged_into != merge.target:
                # Merged the other way round at another till: one account either way.
                self.superseded_merges.add(merge.id)
                self._conflict("merge_conflict", merge.source, merge.at, (merge.id,), source=merge.source,
                               into=merge.target, already_into=source_root)
            return  # already one account (the same merge made twice)
        if source_root != merge.source:
            # The source was merged elsewhere before: a phone duplicate follows the merge made
            # by hand; a second merge by hand is a conflict.
            if not derived:
                self.superseded_merges.add(merge.id)
                self._conflict("merge_conflict", merge.source, merge.at, (merge.id,), source=merge.source,
                               into=merge.target, already_into=source_root)
            return
        if derived:
            self._conflict("duplicate_enrollment", merge.target, merge.at, (merge.source, merge.target),
                           duplicate=merge.source, kept=merge.target)
        joint = self.wallets[target_root]
        absorbed = self.wallets.pop(merge.source, Wallet())
        joint.lots.extend(absorbed.lots)
        joint.debt += absorbed.debt
        self.accounts.parent[merge.source] = target_root
        self.status[merge.source] = MemberStatus("merged", target_root, merge.at)
        self.completed[target_root] |= self.completed.pop(merge.source, set())
        # Punch cards add up; a threshold the sum crosses issues its voucher now.
        source_units = self.units.pop(merge.source, {})
        for card, units in source_units.items():
            rule = self.cards.get(card)
            before_target = self.units[target_root][card]
            self.units[target_root][card] = before_target + units
            if rule:
                due = (before_target + units) // rule.size - before_target // rule.size - units // rule.size
                for _ in range(max(0, due)):
                    self._issue(target_root, card, rule, merge.at, None)

    def _status(self, status: StatusFact) -> None:
        self.blocked[status.member_id] = status.blocked

    def _sale(self, sale: SaleFact) -> None:
        if sale.member_id and self.blocked[self.accounts.root(sale.member_id)]:
            self._conflict("blocked_member_served", sale.member_id, sale.at, (sale.id,), receipt=sale.receipt)
        if sale.member_id and self.challenges:
            self._challenges(sale)
        self.seen_sales.append(sale)

    def _challenges(self, sale: SaleFact) -> None:
        """SPEC-mechanics 2: at each sale, a challenge whose goal the account's sales of the
        period reach (as they stand, net of refunds) and whose bonus is unpaid pays it, as a
        derived entry credited before the sale's own entries (as the till posts it)."""
        root = self.accounts.root(sale.member_id)
        day = local_date(sale.at, self.tz)
        for challenge in self.challenges:
            window = challenge.window(day)
            if window is None:
                continue
            period_id, first, after = window
            rule = entry_rule(challenge.code, period_id)
            if rule in self.completed[root]:
                continue
            start, end = local_midnight(first, self.tz), local_midnight(after, self.tz)
            parts = [self._contribution(s) for s in self.seen_sales
                     if start <= s.at < end and self.accounts.root(s.member_id) == root]
            parts.append(contribution(sale.qualifying, 0, False, sale.categories))
            if progress(challenge, parts) < challenge.target:
                continue
            self.completed[root].add(rule)
            expires = self.expiry_of(sale.at)
            entry = DerivedEntry(derived_id("challenge", root, challenge.code, period_id), root, "challenge",
                                 challenge.bonus, sale.at, sale.origin, sale.seq, rule=rule, sale_id=sale.id,
                                 expires_at=expires)
            self.derived.append(entry)
            self.sale_challenges[sale.id].append(entry)
            self._credit(root, entry.id, entry.points, expires,
                         available_at=self.available_of("challenge", sale.at, sale.id))

    def _contribution(self, sale: SaleFact):
        totals = self.totals[sale.id]
        return contribution(sale.qualifying, totals.qualifying_refunded, totals.fully_refunded, sale.categories)

    def _entry(self, entry: EntryFact) -> None:
        root = self.accounts.root(entry.member_id)
        if entry.key:
            canonical = f"{root}:{entry.key}"
            first = self.keys_paid.get(canonical)
            if first is not None:
                # Paid already in this family: cancel, and leave the wallet as if never paid.
                self.superseded_entries.add(entry.id)
                self._derive("superseded", entry.id, entry.member_id, -entry.points, entry.at, entry.origin,
                             entry.seq, rule=entry.key, sale_id=entry.sale_id)
                self._conflict("bonus_duplicate", root, entry.at, (entry.id,), rule=entry.key, kept=first,
                               points=entry.points)
                return
            self.keys_paid[canonical] = entry.id
        if entry.points > 0:
            self._credit(entry.member_id, entry.id, entry.points, entry.expires_at,
                         available_at=self.available_of(entry.kind, entry.at, entry.sale_id))
        else:
            debt = self._debit(entry.member_id, -entry.points, entry.lot_id, at=entry.at)
            if debt > 0 and entry.kind == "redeem":
                self._conflict("overdrawn", root, entry.at, (entry.id,), points=-entry.points, debt=debt,
                               sale=entry.sale_id)

    def _use(self, use: VoucherUse) -> None:
        root = self.accounts.root(use.member_id)
        voucher = self.vouchers.get(use.voucher_id)
        if voucher is None or voucher.status != "open" or self.accounts.root(voucher.member_id) != root:
            voucher = next((v for v in self.vouchers.values() if v.status == "open" and v.reward == use.reward
                            and self.accounts.root(v.member_id) == root), None)
        if voucher is not None:
            voucher.status, voucher.used_by_sale = "used", use.sale_id
            self.sale_uses[use.sale_id].append((use.id, voucher.id))
            return
        points = self.charge_points(use.discount)
        self._conflict("voucher_reused", root, use.at, (use.id,), voucher=use.voucher_id, reward=use.reward,
                       sale=use.sale_id, charged=points)
        self.sale_uses[use.sale_id].append((use.id, None))
        if points > 0:
            entry = self._derive("charge", use.id, use.member_id, -points, use.at, use.origin, use.seq,
                                 rule=f"voucher:{use.reward}", sale_id=use.sale_id)
            self.charges[use.id] = entry.id
            self._debit(use.member_id, points, at=use.at)

    def _punch(self, punch: PunchFact) -> None:
        root = self.accounts.root(punch.member_id)
        before = self.units[root][punch.card]
        self.units[root][punch.card] = before + punch.units
        rule = self.cards.get(punch.card)
        if rule and punch.units > 0:
            for _ in range((before + punch.units) // rule.size - before // rule.size):
                self._issue(root, punch.card, rule, punch.at, punch.sale_id)

    def _issue(self, account: str, card: str, rule: PunchCardRule, at: datetime, sale_id: str | None) -> None:
        self.issued[account][card] += 1
        voucher = VoucherState(voucher_id(account, card, self.issued[account][card]), account, rule.reward, card,
                               at, sale_id)
        self.vouchers[voucher.id] = voucher
        if sale_id:
            self.sale_vouchers[sale_id].append(voucher.id)

    def _refund(self, refund: RefundFact) -> None:
        sale = self.sales[refund.sale_id]
        totals = self.totals[sale.id]
        if totals.fully_refunded or totals.refunded + refund.amount > sale.paid:
            self._conflict("refund_exceeds_sale", sale.member_id or "", refund.at, (refund.id,),
                           receipt=sale.receipt, paid=sale.paid, refunded=totals.refunded + refund.amount)
        effect = RefundEffect()
        if not totals.fully_refunded:
            after = min(totals.refunded + refund.amount, sale.paid)
            effect = RefundEffect(
                points_clawed_back=proportional(sale.earned, after, sale.paid) - totals.points_clawed_back,
                points_returned=proportional(sale.redeemed, after, sale.paid) - totals.points_returned,
                qualifying_reduction=proportional(sale.qualifying, after, sale.paid) - totals.qualifying_refunded,
                full=after == sale.paid)
        totals.refunded += refund.amount
        self.effects[refund.id] = effect
        totals.points_clawed_back += effect.points_clawed_back
        totals.points_returned += effect.points_returned
        totals.qualifying_refunded += effect.qualifying_reduction
        totals.fully_refunded = totals.fully_refunded or effect.full
        if sale.member_id:
            common = dict(rule="refund", sale_id=sale.id, refund_id=refund.id)
            if effect.points_clawed_back:
                self._derive("clawback", refund.id, sale.member_id, -effect.points_clawed_back, refund.at,
                             refund.origin, refund.seq, **common)
                self._debit(sale.member_id, effect.points_clawed_back, at=refund.at, pending_first=True)
            if effect.points_returned:
                expires = self.expiry_of(refund.at)
                entry = self._derive("return", refund.id, sale.member_id, effect.points_returned, refund.at,
                                     refund.origin, refund.seq, expires_at=expires, **common)
                self._credit(sale.member_id, entry.id, effect.points_returned, expires)
        if effect.full:
            self._reverse_extras(sale.id, refund)
            for entry in self.sale_challenges.get(sale.id, []):
                # The bonus goes; the challenge stays completed for its period.
                self._derive("reversal", entry.id, entry.member_id, -entry.points, refund.at, refund.origin,
                             refund.seq, rule=entry.rule, sale_id=sale.id, refund_id=refund.id)
                self._debit(entry.member_id, entry.points, at=refund.at, pending_first=True)
            self._undo_sale_vouchers(sale, refund)

    def _reverse_extras(self, sale_id: str, refund: RefundFact) -> None:
        """A full refund reverses the sale's bonus and referral entries (those not cancelled)."""
        for entry in self.sale_extras.get(sale_id, []):
            if entry.id in self.superseded_entries:
                continue
            self._derive("reversal", entry.id, entry.member_id, -entry.points, refund.at, refund.origin, refund.seq,
                         rule=entry.key or entry.kind, sale_id=sale_id, refund_id=refund.id)
            self._debit(entry.member_id, entry.points, at=refund.at, pending_first=True)

    def _undo_sale_vouchers(self, sale: SaleFact, refund: RefundFact) -> None:
        for voucher_id in self.sale_vouchers.get(sale.id, []):
            voucher = self.vouchers[voucher_id]
            if voucher.status == "open":
                voucher.status = "void"
        for use_id, voucher_id in self.sale_uses.get(sale.id, []):
            if voucher_id is not None:
                voucher = self.vouchers[voucher_id]
                if voucher.used_by_sale == sale.id:
                    voucher.status, voucher.used_by_sale = "open", None
            elif use_id in self.charges:
                charge = next(e for e in self.derived if e.id == self.charges[use_id])
                entry = self._derive("reversal", charge.id, charge.member_id, -charge.points, refund.at,
                                     refund.origin, refund.seq, rule=charge.rule, sale_id=sale.id,
                                     refund_id=refund.id, expires_at=self.expiry_of(refund.at))
                self._credit(charge.member_id, entry.id, entry.points, entry.expires_at)
        for punch in self.sale_punches.get(sale.id, []):
            if punch.units > 0:
                takeback = PunchFact(derived_id("punch-takeback", punch.id), punch.member_id, refund.at,
                                     refund.origin, refund.seq, punch.card, -punch.units, sale.id)
                self.takebacks.append(takeback)
                root = self.accounts.root(punch.member_id)
                self.units[root][punch.card] -= punch.units

    # -- result ----------------------------------------------------------------------------
    def _state(self) -> FamilyState:
        lots, lot_roots, debts = [], {}, {}
        for account, wallet in self.wallets.items():
            root = self.accounts.root(account)
            debts[root] = debts.get(root, 0) + wallet.debt
            for lot in wallet.lots:
                if lot.remaining > 0:
                    lots.append((lot, self.lot_owner.get(lot.entry_id, account)))
                    lot_roots[lot.entry_id] = root
        roots = sorted({self.accounts.root(m.id) for m in self.f.members})
        for member_id, status in self.status.items():
            if status.status != "merged":
                status.status = "blocked" if self.blocked[member_id] else "active"
        state = FamilyState(roots=roots, members=self.status, derived=self.derived, lots=lots, debts=debts,
                            vouchers=list(self.vouchers.values()), takebacks=self.takebacks,
                            sale_totals=self.totals, refund_effects=self.effects,
                            conflicts=list(self.conflicts.values()), superseded_merges=self.superseded_merges,
                            lot_roots=lot_roots)
        return state


def voucher_id(account: str, card: str, n: int) -> str:
    """The n-th voucher a punch card issued to an account: one id on every node."""
    return derived_id("voucher", account, card, n)


def fact_at(fact) -> datetime:
    return fact.at


def _full_refund(sale: SaleFact, refunds: list[RefundFact]) -> RefundFact | None:
    """The refund at which a sale's refunds first reached its paid amount (canonical order)."""
    total = 0
    for refund in sorted(refunds, key=lambda r: order_key(r.at, r.origin, r.seq)):
        total += refund.amount
        if total >= sale.paid:
            return refund
    return None
