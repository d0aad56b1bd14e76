"""What the deal tests read from an extraction: roles by company, money terms, the one deal."""

from apps.ingestion.extraction import extract


def roles(deal: dict) -> dict:
    """{company name: role} of one deal item."""
    return {p["company"]: p["role"] for p in deal["parties"]}


def money(amount: int, currency: str = "USD") -> dict:
    """A money term as the contract writes it."""
    return {"amount": amount, "currency": currency}


def only_deal(text: str) -> dict:
    """The single deal extracted from `text` (fails when there are none or several)."""
    deals = extract(text)["deals"]
    assert len(deals) == 1, deals
    return deals[0]
