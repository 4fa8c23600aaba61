"""Scanners (serial, simulated), scan classification, and the keyboard-wedge timing classifier."""

from hardware.scanning.base import Scanner
from hardware.scanning.codes import CARD, OTHER, PRODUCT, classify, gs1_check_digit, has_valid_check_digit, is_card_number
from hardware.scanning.framing import LineFramer, parse_suffix
from hardware.scanning.serial_scanner import SerialScanner
from hardware.scanning.sim_scanner import SimScanner
from hardware.scanning.wedge import Decision, Kind, WedgeClassifier

__all__ = [
    "Scanner", "SerialScanner", "SimScanner", "LineFramer", "parse_suffix", "WedgeClassifier", "Decision", "Kind",
    "classify", "gs1_check_digit", "has_valid_check_digit", "is_card_number", "CARD", "PRODUCT", "OTHER",
]
