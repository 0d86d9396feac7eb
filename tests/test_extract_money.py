"""Fee amounts: totals win, unit prices are never the fee, 'no fee' is 0 only when said."""

import pytest

from correspondence.extract.money import find_amount


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The fee for your request is $25.00.", 25.0),
        ("The estimated cost is $1,234.50.", 1234.5),
        ("Please remit 25 dollars by check.", 25.0),
        ("We estimate an estimated cost of $120 to process this request.", 120.0),
        ("Copies are $0.10 per page; 212 pages come to a total of $21.20.", 21.2),
        ("Search: $40.00\nReview: $20.00\nTotal amount due: $60.00", 60.0),
        ("Staff time is $25/hour. The estimate is $187.50.", 187.5),
        ("We received your payment of $23.90. Thank you.", 23.9),
        ("Labor $30.00 and media $5.00.", 30.0),
        ("The College estimates the fees to process and complete this request are $8,160.18. Please provide "
         "a fee deposit of $4,080.09 (50% of $8,160.18) by check.", 8160.18),
        ("There is no fee for this request.", 0.0),
        ("The fees have been waived.", 0.0),
        # The total after "=" on an estimate's line, even beside a larger amount.
        ("Revised estimate: 3.5 hours x $31.12/hour = $108.92\nThe fee cap of $150.00 does not apply.", 108.92),
        ("Thanks for narrowing it.\nRevised estimate: 2 hours x $30.00/hour = $60.00\nThe cap of $150.00 remains.", 60.0),
        ("Updated estimate\nReview: 1.75 hours x $28.00 = $49.00\nMedia: $2.00\nTotal: $51.00", 51.0),
        # A line item's result is not the total; the total line is.
        ("Labor: 6 hours x $25.00 = $150.00\nCopies: 40 x $0.10 = $4.00\nTotal estimated cost: $154.00", 154.0),
        # An estimate the letter replaces is not the fee.
        ("The original estimate of $412.40 has been reduced to $96.10 after narrowing.", 96.1),
        # A payment: the balance paid; a check number is not money.
        ("Ana - the balance of $41.25 for invoice 25-330 went out today, check 1097.", 41.25),
    ],
)
def test_amounts(text: str, want: float) -> None:
    assert find_amount(text) == pytest.approx(want)


@pytest.mark.parametrize(
    "text",
    [
        "Copies are $0.10 per page and there are 212 pages.",  # do not multiply
        "Our rate is $25 per hour of staff time.",
        "We will let you know if there are any fees.",
        "",
    ],
)
def test_no_amount(text: str) -> None:
    assert find_amount(text) is None
