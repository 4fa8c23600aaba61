"""A first purchase is the first with an eligible paid amount (README, rules where SPEC is
silent): a gift-card-only sale earns nothing, so it must not use up the welcome bonus or the
referral bonuses."""

PROGRAM = """
[program]
name = "Welcome Rewards"
currency = "USD"

[[categories]]
name = "gift-cards"
earn = false

[[campaigns]]
code = "WELCOME"
kind = "bonus"
value = "100"
first_purchase = true

[referral]
referrer_bonus = 250
referee_bonus = 50
"""


def test_a_gift_card_only_sale_does_not_use_up_the_first_purchase(make_loyalty):
    app, clock = make_loyalty(PROGRAM)
    referrer = app.enroll(name="Rhea Referrer", phone="(212) 555-0170")["member"]
    newcomer = app.enroll(name="Nico New", phone="(212) 555-0171", referrer=referrer["card"])["member"]

    gift = app.sale(app.request(member=newcomer["card"], lines=["gift-cards=25.00"]))["sale"]
    assert gift["points_earned"] == 0 and gift["bonus_points"] == 0

    clock.advance(days=1)
    first = app.sale(app.request(member=newcomer["card"], amount="10.00"))["sale"]
    # 10 rule points + WELCOME 100 + referee 50; the referrer gets 250 on their own account.
    assert first["points_earned"] == 10 and first["bonus_points"] == 150
    assert {b["rule"] for b in first["breakdown"]} >= {"WELCOME", "referral:referee"}
    assert app.show_member(referrer["card"])["member"]["balance"] == 250

    clock.advance(days=1)
    second = app.sale(app.request(member=newcomer["card"], amount="10.00"))["sale"]
    assert second["bonus_points"] == 0, "the welcome and referral bonuses are paid once"
    assert app.check()["ok"]
