"""Domain errors. Each carries the stable error code of SPEC section 4.

The CLI prints ``{"error": {"code", "message"}}`` from these; the GUI shows the message.
Nothing is ever written when one of these is raised inside a use case: the unit of work
rolls back.
"""

from __future__ import annotations


class LoyaltyError(Exception):
    """Base of every error a user can cause. ``code`` is part of the public contract."""

    code = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


def _error(name: str, code: str, doc: str) -> type[LoyaltyError]:
    return type(name, (LoyaltyError,), {"code": code, "__doc__": doc})


UnknownMember = _error("UnknownMember", "unknown_member", "No member matches the reference.")
InvalidPhone = _error("InvalidPhone", "invalid_phone", "A phone number that cannot be a real number.")
InvalidCard = _error("InvalidCard", "invalid_card", "A card number with a bad prefix, length or check digit.")
InvalidAmount = _error("InvalidAmount", "invalid_amount", "A money amount or point count that is not acceptable.")
InsufficientPoints = _error("InsufficientPoints", "insufficient_points", "The balance does not cover the redemption.")
RedemptionLimit = _error("RedemptionLimit", "redemption_limit", "A redemption rule (min points, max share, offline cap) refuses it.")
RewardNotApplicable = _error("RewardNotApplicable", "reward_not_applicable", "The reward cannot apply to this sale.")
UnknownReward = _error("UnknownReward", "unknown_reward", "No reward has that code.")
MemberBlocked = _error("MemberBlocked", "member_blocked", "The member or card is blocked.")
DuplicatePhone = _error("DuplicatePhone", "duplicate_phone", "Another active member already has that phone.")
RefundExceedsSale = _error("RefundExceedsSale", "refund_exceeds_sale", "More would be refunded than was paid.")
UnknownSale = _error("UnknownSale", "unknown_sale", "No sale has that receipt number or external id.")
BadPin = _error("BadPin", "bad_pin", "The PIN is wrong, not a manager's, or not acceptable.")
ProgramInvalid = _error("ProgramInvalid", "program_invalid", "The program file is not valid.")
DatabaseLocked = _error("DatabaseLocked", "database_locked", "Another process holds the database.")
HqUnreachable = _error("HqUnreachable", "hq_unreachable", "The head-office database cannot be reached.")
InvalidInput = _error("InvalidInput", "invalid_input", "Other malformed input (a date, an email, a CSV file).")
DatabaseError = _error("DatabaseError", "database_error", "The database file is missing, corrupt or from a newer release.")
DatabaseCorrupt = type("DatabaseCorrupt", (DatabaseError,), {
    "code": "database_corrupt", "__doc__": "SQLite finds the database file damaged: restore the last backup."})
NotLoyaltyDatabase = type("NotLoyaltyDatabase", (DatabaseError,), {
    "code": "not_a_loyalty_database",
    "__doc__": "The file is empty or another application's: only `loyalty init` makes a database of it."})
DatabaseReadonly = _error("DatabaseReadonly", "database_readonly", "The database (or its folder) cannot be written.")
DiskFull = _error("DiskFull", "disk_full", "The disk holding the database or the destination is full.")
StorageError = _error("StorageError", "io_error", "The operating system could not read or write a file.")
ReceiptIdReserved = _error("ReceiptIdReserved", "receipt_id_reserved",
                           "An external receipt id shaped like one of our receipt numbers (T001-000042).")
NoProgram = _error("NoProgram", "no_program", "The database holds no program yet.")


class CheckFailed(LoyaltyError):
    """``loyalty check`` (or the check of a backup) found problems; ``problems`` lists them."""

    code = "check_failed"

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = list(problems or [])

    def to_dict(self) -> dict:
        return {**super().to_dict(), "problems": self.problems}


class PinLocked(LoyaltyError):
    """Too many wrong PINs in a row: no PIN is checked until ``retry_after`` seconds pass."""

    code = "pin_locked"

    def __init__(self, message: str, retry_after: int = 0):
        super().__init__(message)
        self.retry_after = retry_after

    def to_dict(self) -> dict:
        return {**super().to_dict(), "retry_after": self.retry_after}
