"""The till's celebration of a tier reached: a card over the checkout window, in the tier's
honour, with confetti falling once through it, for a few seconds (a touch closes it sooner).

It floats over the window (it is no part of the layout, so nothing moves when it shows) and
says, in the till's language, who reached which tier: the member's first name only, since the
customer may be reading over the counter. A fall to a lower tier is not celebrated: the window
says it in its banner."""

from __future__ import annotations

import random

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from terminal.domain.text import strip_controls

CONFETTI_COLOURS = ("#e4572e", "#17bebb", "#ffc914", "#76b041", "#7c5cff", "#ff6f91")
SHOWN_MS = 6000
FALL_MS = 2400


def first_name(name: str | None) -> str:
    parts = strip_controls(name or "").split()
    return parts[0] if parts else ""


class TierCelebration(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tierCelebration")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.title = ""
        self.subtitle = ""
        self.progress = 0.0
        pieces = random.Random(7)   # the same confetti every time: screenshots compare
        self.confetti = [(pieces.random(), pieces.random() * 0.9 - 0.9, pieces.choice(CONFETTI_COLOURS),
                          pieces.uniform(-40, 40), pieces.uniform(0.6, 1.4)) for _ in range(70)]
        self.fall = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=FALL_MS)
        self.fall.setEasingCurve(QEasingCurve.Type.OutQuad)
        self.fall.valueChanged.connect(self._advance)
        self.timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def celebrate(self, name: str | None, tier: str) -> None:
        who = first_name(name)
        self.title = (self.tr("Congratulations, {name}!").format(name=who) if who
                      else self.tr("Congratulations!"))
        self.subtitle = self.tr("You are now {tier}").format(tier=strip_controls(tier))
        self.place()
        self.show()
        self.raise_()
        self.fall.stop()
        self.fall.start()
        self.timer.start()

    def settle(self) -> None:
        """Jump to the end of the confetti's fall (screenshots, tests)."""
        self.fall.stop()
        self._advance(1.0)

    def place(self) -> None:
        parent = self.parentWidget()
        width = min(620, max(360, parent.width() - 80))
        self.setGeometry((parent.width() - width) // 2, int(parent.height() * 0.22), width, 190)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.hide()

    def _advance(self, value) -> None:
        self.progress = float(value)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        path = QPainterPath()
        path.addRoundedRect(card, 18, 18)
        gradient = QLinearGradient(card.topLeft(), card.bottomRight())
        gradient.setColorAt(0, QColor("#fff4c2"))
        gradient.setColorAt(1, QColor("#ffd45e"))
        painter.fillPath(path, gradient)
        painter.setPen(QPen(QColor("#c98a00"), 3))
        painter.drawPath(path)
        painter.save()
        painter.setClipPath(path)
        for x, start, colour, tilt, speed in self.confetti:
            y = (start + self.progress * 1.6 * speed) * card.height()
            painter.save()
            painter.translate(card.left() + x * card.width(), card.top() + y)
            painter.rotate(tilt + self.progress * 180 * speed)
            painter.fillRect(QRectF(-4, -2, 8, 4), QColor(colour))
            painter.restore()
        painter.restore()
        painter.setPen(QColor("#4a3300"))
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF(), 10) * 2.1)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(card.adjusted(16, 18, -16, -card.height() / 2), Qt.AlignmentFlag.AlignHCenter
                         | Qt.AlignmentFlag.AlignBottom, self._fit(painter, self.title, card.width() - 32))
        font.setPointSizeF(font.pointSizeF() * 0.75)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(card.adjusted(16, card.height() / 2 + 8, -16, -12), Qt.AlignmentFlag.AlignHCenter
                         | Qt.AlignmentFlag.AlignTop, self._fit(painter, "★ " + self.subtitle + " ★", card.width() - 32))
        painter.end()

    @staticmethod
    def _fit(painter: QPainter, text: str, width: float) -> str:
        return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))
