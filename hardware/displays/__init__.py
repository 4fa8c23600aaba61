"""Customer pole displays (2x20 VFD) and a simulated one."""

from hardware.displays.pole import COLUMNS, EscposPoleDisplay, PoleDisplay, SimPoleDisplay, fit, member_lines

__all__ = ["PoleDisplay", "EscposPoleDisplay", "SimPoleDisplay", "fit", "member_lines", "COLUMNS"]
