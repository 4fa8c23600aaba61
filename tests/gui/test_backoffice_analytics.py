"""The back office's daily summary shows the analytics of the 30 days ending with the day, as
the service computes them (tests/reports/test_analytics.py works the numbers by hand)."""

from __future__ import annotations

from test_backoffice import ADA_CARD, close_office, open_office, settled


def test_the_summary_shows_repeat_purchases_retention_baskets_and_expiry_months(qtbot, till):
    office = open_office(qtbot, till)
    summary = office.open_screen("summary")
    qtbot.waitUntil(lambda: summary.summary is not None, timeout=10000)
    settled(qtbot, office)
    a = summary.summary["analytics"]
    rows = {summary.analytics.item(r, 0).text(): summary.analytics.item(r, 1).text()
            for r in range(summary.analytics.rowCount())}
    r = a["repeat_purchase"]
    assert rows["Repeat purchase"] == f"{r['rate']} %: {r['repeat']} of {r['members']} members"
    assert rows["Average basket, members"].endswith(f"over {a['basket']['members']['sales']} sales")
    assert "30-day retention of new members" in rows and "90-day retention of new members" in rows
    months = [summary.expiry.item(i, 0).text() for i in range(summary.expiry.rowCount())]
    assert months == [m["month"] for m in a["liability_by_expiry"]] and months
    shown = sum(int(summary.expiry.item(i, 1).text().replace(",", "")) for i in range(summary.expiry.rowCount()))
    assert shown == summary.summary["liability_points"] + a["debt"]
    close_office(qtbot, office)


def test_a_manager_erases_a_members_personal_data_from_the_back_office(qtbot, till):
    """Ada Lovelace (1,094 points) asks to be forgotten: two clicks in the members screen; her
    name, phone, email and birthday are gone, her points stay under her card."""
    from PySide6.QtCore import Qt
    office = open_office(qtbot, till)
    members = office.open_screen("members")
    members.open_member(ADA_CARD)
    qtbot.waitUntil(lambda: members.member is not None, timeout=10000)
    qtbot.mouseClick(members.erase_button, Qt.MouseButton.LeftButton)
    assert "Click again" in members.message.text()               # it asks twice
    qtbot.mouseClick(members.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: members.member is not None and members.member.get("erased"), timeout=10000)
    m = members.member
    assert (m["name"], m["email"], m["birthday"], m["balance"], m["card"]) == ("", None, None, 1094, ADA_CARD)
    assert members.name_title.text() == "Personal data erased"
    assert not members.erase_button.isEnabled() and not members.save_button.isEnabled()
    assert "Personal data erased" in members.message.text()
    assert till.loyalty.check()["ok"]
    close_office(qtbot, office)
