"""The daily summary: any store-local day's figures, compared with the same weekday a week
earlier, an hourly chart and a 30-day trend; exported as CSV or PDF, or printed on the receipt
printer. The summary is computed by the engine on the worker; the exports are written there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from terminal.reporting.labels import signed
from terminal.reporting.summary_csv import summary_csv
from terminal.reporting.summary_pdf import summary_pdf
from terminal.reporting.summary_receipt import day_summary_document

from .charts import HourlyChart, TrendChart
from .common import Screen, fill_table, make_table, title_label
from .report_words import report_words

MONEY = {"revenue", "member_revenue", "discounts", "refunds", "donations", "liability_value"}
TILES = ("revenue", "sales", "member_share", "points_earned", "points_redeemed", "liability", "returning_members",
         "negative_members", "conflicts")


def write_text(path: str, text: str) -> str:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return path


def write_pdf(path: str, summary: dict, **options) -> str:
    summary_pdf(summary, path, **options)
    return path


class Tile(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.caption = QLabel()
        self.caption.setProperty("role", "hint")
        self.value = QLabel(objectName="tileValue")
        self.change = QLabel()
        self.change.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        for widget in (self.caption, self.value, self.change):
            layout.addWidget(widget)


class SummaryScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary: dict | None = None
        self.heading = title_label()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = ctx.loyalty.clock.now().astimezone(ctx.program.tz).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(lambda _d: self.activate())
        self.previous = QPushButton("◀")
        self.previous.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        self.next = QPushButton("▶")
        self.next.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))
        self.csv_button, self.pdf_button, self.print_button = QPushButton(), QPushButton(), QPushButton()
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.print_button.clicked.connect(self.print_summary)
        top = QHBoxLayout()   # the day on the heading's row, the exports below: one row is too wide in Turkish
        top.addWidget(self.heading)
        top.addStretch(1)
        for widget in (self.previous, self.day, self.next):
            top.addWidget(widget)
        exports = QHBoxLayout()
        exports.addStretch(1)
        for widget in (self.csv_button, self.pdf_button, self.print_button):
            exports.addWidget(widget)

        self.tiles = {key: Tile() for key in TILES}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for index, key in enumerate(TILES):
            tiles.addWidget(self.tiles[key], index // 5, index % 5)
        self.hourly = HourlyChart()
        self.trend = TrendChart()
        charts = QHBoxLayout()
        charts.addWidget(self.hourly, 1)
        charts.addWidget(self.trend, 1)
        self.compare = make_table(4, stretch=0)
        self.rewards = make_table(3, stretch=0)
        self.tiers = make_table(2, stretch=0)
        self.negative = make_table(2, stretch=0)
        tables = QGridLayout()
        self.table_titles = [QLabel() for _ in range(4)]
        for column, (label, table) in enumerate(zip(self.table_titles, (self.compare, self.rewards, self.tiers,
                                                                         self.negative))):
            label.setProperty("role", "hint")
            tables.addWidget(label, 0, column)
            tables.addWidget(table, 1, column)
            table.setMinimumHeight(230)
        tables.setColumnStretch(0, 7)
        for column in (1, 2, 3):
            tables.setColumnStretch(column, 3)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 6, 0)
        body.addLayout(tiles)
        body.addLayout(charts)
        body.addLayout(tables)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.layout_.addLayout(top)
        self.layout_.addLayout(exports)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(scroll, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Daily summary")

    def chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def activate(self) -> None:
        self.run(self.ctx.office.daily_summary, self.ctx.session, self.chosen_day(), on_done=self.show_summary,
                 key="summary")

    # -- showing --------------------------------------------------------------------------------
    def show_summary(self, summary: dict) -> None:
        self.summary = summary
        self.say(None)
        self._fill()

    def _money(self, amount: str) -> str:
        return self.ctx.fmt.money(amount)

    def _fill(self) -> None:
        s, fmt, words = self.summary, self.ctx.fmt, report_words()
        if s is None:
            return
        compared = s["week_before"]["figures"]

        def versus(key):
            change = compared[key]["change"]
            shown = (self._money(change) if change.startswith("-") else "+" + self._money(change)) \
                if key in MONEY else signed(change)
            return self.tr("{change} vs {day}").format(change=shown, day=fmt.date(s["week_before"]["date"]))

        tiles = {
            "revenue": (words["revenue"], self._money(s["revenue"]), versus("revenue")),
            "sales": (words["sales"], fmt.points(s["sales"]), versus("sales")),
            "member_share": (self.tr("Member share"), f"{s['member_share']['sales']} %",
                             self.tr("{revenue} % of revenue").format(revenue=s["member_share"]["revenue"])),
            "points_earned": (words["points_earned"], fmt.points(s["points_earned"]), versus("points_earned")),
            "points_redeemed": (words["points_redeemed"], fmt.points(s["points_redeemed"]),
                                self.tr("expired {points}").format(points=fmt.points(s["points_expired"]))),
            "liability": (words["liability_points"], fmt.points(s["liability_points"]),
                          self.tr("{change} since the day before").format(
                              change=signed(s["liability_change"]["points"]))),
            "returning_members": (self.tr("Returning"), fmt.points(s["returning_members"]),
                                  self.tr("of {active} active").format(active=s["active_members"])),
            "negative_members": (self.tr("Negative balance"), fmt.points(s["negative_members"]), ""),
            "conflicts": (self.tr("Sync conflicts"), str(s.get("conflicts")), ""),
        }
        for key, (caption, value, change) in tiles.items():
            tile = self.tiles[key]
            tile.caption.setText(caption)
            tile.value.setText(value)
            tile.change.setText(change)
        self.tiles["conflicts"].setVisible(s.get("conflicts") is not None)
        scale = self.ctx.program.currency.scale
        self.hourly.set_title(words["hourly"])
        self.hourly.show_hours(s["hourly"], scale)
        self.trend.set_title(words["trend"] + " · " + self.tr("line: points liability"))
        self.trend.show_days(s["trend"], scale)
        rows = []
        for key, c in compared.items():
            if key in MONEY:
                rows.append([words[key], self._money(c["day"]), self._money(c["week_before"]), self._money(c["change"])])
            else:
                rows.append([words[key], fmt.points(c["day"]), fmt.points(c["week_before"]), signed(c["change"])])
        fill_table(self.compare, rows, right=(1, 2, 3))
        fill_table(self.rewards, [[r["reward"], r["count"], fmt.points(r["points"])] for r in s["top_rewards"]],
                   right=(1, 2))
        fill_table(self.tiers, [[t["tier"], fmt.points(t["members"])] for t in s["tiers"]], right=(1,))
        fill_table(self.negative, [[n["name"], fmt.points(n["balance"])] for n in s["negative"]], right=(1,))
        self.table_titles[0].setText(words["week_before"].format(date=fmt.date(s["week_before"]["date"])))

    def retranslate(self) -> None:
        words = report_words()
        self.heading.setText(self.tr("Daily summary"))
        self.csv_button.setText(self.tr("Export CSV"))
        self.pdf_button.setText(self.tr("Export PDF"))
        self.print_button.setText(self.tr("Print"))
        self.compare.setHorizontalHeaderLabels([words["figure"], words["day"], words["then"], words["change"]])
        self.rewards.setHorizontalHeaderLabels([words["reward"], words["count"], words["points"]])
        self.tiers.setHorizontalHeaderLabels([words["tier"], words["members"]])
        self.negative.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Balance")])
        for label, text in zip(self.table_titles, (words["week_before"].format(date=""), words["top_rewards"],
                                                   words["tiers"], words["negative_members"])):
            label.setText(text)
        self._fill()

    # -- exports ----------------------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> None:
        """Write the shown summary as CSV or PDF (asks where when ``path`` is not given)."""
        if self.summary is None:
            return
        if path is None:
            suggested = f"summary-{self.summary['date']}.{kind}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested,
                                                  "CSV (*.csv)" if kind == "csv" else "PDF (*.pdf)")
            if not path:
                return
        if kind == "csv":
            self.run(write_text, path, summary_csv(self.summary), on_done=self._exported)
        else:
            generated = self.ctx.fmt.datetime(self.ctx.loyalty.clock.now().astimezone(self.ctx.program.tz))
            self.run(write_pdf, path, dict(self.summary), store=self.ctx.store, program_name=self.ctx.program.name,
                     money=self._money, labels=report_words(), generated=generated, on_done=self._exported)

    def _exported(self, path: str) -> None:
        self.say(self.tr("Saved {path}").format(path=path))

    def print_summary(self) -> None:
        if self.summary is None or self.ctx.hub is None:
            return
        now = self.ctx.loyalty.clock.now().astimezone(self.ctx.program.tz)
        words = report_words()
        doc = day_summary_document(self.summary, store=self.ctx.store, money=self._money, labels=words,
                                   day=self.ctx.fmt.date(self.summary["date"]),
                                   printed=words["generated"].format(when=self.ctx.fmt.datetime(now)))
        self.ctx.hub.print_document(doc)
        self.say(self.tr("Sent to the receipt printer."), "info")


