"""Charts of the daily summary, drawn with pyqtgraph (see README, "Why each dependency"):
revenue by hour as bars, the last 30 days as revenue bars with the points liability as a line.
Heights come from minor units; a float is only ever a length on the screen."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from terminal.domain.money import parse_minor

pg.setConfigOptions(antialias=True, background="w", foreground="#374151")
BAR = "#0b57d0"
LINE = "#0b6b2f"


def minor(amount: str) -> int:
    return parse_minor(amount, len(amount.partition(".")[2]))


class _Chart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(170)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            self.getAxis(side).setStyle(tickFont=self.font())

    def set_title(self, text: str) -> None:
        self.setTitle(text, color="#1f2a37", size="12pt")


class HourlyChart(_Chart):
    def show_hours(self, hourly: list[dict], scale: int) -> None:
        """``scale``: minor units per currency unit (100 for USD), to label the axis in money."""
        self.clear()
        heights = [minor(h["revenue"]) / scale for h in hourly]
        self.addItem(pg.BarGraphItem(x=[h["hour"] for h in hourly], height=heights, width=0.75, brush=BAR, pen=None))
        self.getAxis("bottom").setTicks([[(h, f"{h:02d}") for h in range(0, 24, 2)]])
        self.setXRange(-0.6, 23.6, padding=0)
        self.setYRange(0, max(heights + [1]) * 1.05, padding=0)
        self.values = heights


class TrendChart(_Chart):
    def show_days(self, trend: list[dict], scale: int) -> None:
        self.clear()
        heights = [minor(d["revenue"]) / scale for d in trend]
        self.addItem(pg.BarGraphItem(x=list(range(len(trend))), height=heights, width=0.7, brush=BAR, pen=None))
        ticks = [(i, d["date"][5:]) for i, d in enumerate(trend) if i % 5 == 0 or i == len(trend) - 1]
        self.getAxis("bottom").setTicks([ticks])
        liability = [d["liability_points"] for d in trend]
        top = max(heights + [1])
        high, low = max(liability + [1]), min(liability + [0])
        span = (high - low) or 1
        # The liability line shares the chart, scaled into the upper half of the revenue axis.
        self.plot(list(range(len(trend))), [top * (0.5 + 0.5 * (v - low) / span) for v in liability],
                  pen=pg.mkPen(LINE, width=3))
        self.setXRange(-0.6, len(trend) - 0.4, padding=0)
        self.setYRange(0, top * 1.05, padding=0)
        self.values = heights
