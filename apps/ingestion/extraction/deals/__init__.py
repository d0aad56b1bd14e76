"""Deals: who signed what with whom, each party's role, the asset, territory and money terms.

Rules (each deal carries its rule's id and that rule's measured confidence):
- verb rules read the verb that makes the deal and give roles from the places around it:
  ``deal.acquire_verb`` ("X to acquire Y", "Y has been acquired by X", "X's acquisitions of A,
  B and C": one deal per target), ``deal.acquisition_noun`` ("the acquisition of Y by X"),
  ``deal.sale_verb`` ("X will sell its unit Y to Z": Z acquirer, Y target, X partner),
  ``deal.asset_purchase`` ("X acquired DRUG from Y", "the acquisition of the global rights to
  DRUG from Y": Y partner), ``deal.royalty_purchase`` ("X will acquire a royalty on Y's DRUG":
  type other, Y partner); "Z is transferring its operations to X" is a sale of assets;
- ``deal.agreement`` reads a sentence that names a kind of agreement and two parties (a party
  the company finder missed is taken from the place after "agreement with", "from", "to" or
  "granted ... by", before the verb, or from two bare names joined by "and"),
  then gives licence roles from who grants, licenses out, receives or retains (licensor) and who
  obtains, is granted, in-licenses, pays or exercises an option (licensee), in both voices;
- ``deal.recap_with`` reads "its collaborations with A and B", "our licence agreement with X",
  "DRUG was jointly developed with Y", "the vaccine was developed in partnership with Y" (also
  in an About section on the company, for its own agreements): one deal per counterparty with
  the release's company (the "said" subject of a news item, the headline's company, else the
  first company of the body);
- ``deal.partner_recap`` reads a partner named in passing ("its partner Y", "Y, X's licensee in
  Japan,", "X's co-development partner, Y,", "the Novartis-partnered program", "X is developing
  DRUG in collaboration with Y"): a recapped collaboration, co-development or licence, added
  only when no sentence tells a deal between the two (``recaps``);
- ``deal.equity_beside`` reads a stake told beside a licence ("which includes a $10 million
  equity investment") as its own equity_investment deal, without the licence's drug;
- ``deal.licence_verb`` reads a licence history told in one sentence ("X in-licensed DRUG from
  Y and has since out-licensed it to Z in North America and W in China"): one licence per
  counterparty, rights coming "from" a licensor and going "to" each licensee, each with the
  place told beside it; also the release company's own licences in its About section, and a
  licence told by a second predicate beside a purchase ("X acquired Y and in-licensed DRUG from
  Z": the buyer's licence; Z sells nothing).

Subjects are read through appositives (", an institute based in Kiel,"), labels ("Highlights:
Completed ..."), pronouns ("It", "the company", "The Swiss drugmaker": the company named in the
sentence before) and descriptions ("the Oxford University spin-out Y", "with US-based Y"); a
deal still negotiated ("in talks to acquire") or an agentless passive ("Y was acquired") is no
deal; a singular "collaboration with A and B" is one agreement of three, plural
"collaborations with A and B" one per partner, "partners such as A and B" one each, and so are
agreements in the plural ("licence agreements with A for Italy and with B for Canada").

Fields come from the deal's own sentences: those that tell it and those that follow until
another deal is told (the release's first deal also reads the headline and deck lines above the
dateline, and sentences above it that name one of its parties). Nothing here reads Django;
examples in docstrings use invented names.

The package's modules, each one step: ``cues`` (compiled patterns, kinds of agreement),
``model`` (FoundDeal, rule confidence, a deal's own sentences), ``parties`` (who is named at a
role's place), ``verbs`` (buying and selling verbs), ``licences`` (licence histories),
``recaps`` (partners named in passing), ``assembly`` (the agreement rule and ``find_deals``),
``roles`` (type, roles, products), ``fields`` (exclusivity, territory, dates), ``terms``
(money) and ``output`` (the contract's JSON).
"""

from .assembly import find_deals
from .cues import kinds_in
from .model import RULE_CONFIDENCE, FoundDeal, party_key, top
from .output import deal_json

__all__ = [
    "RULE_CONFIDENCE",
    "FoundDeal",
    "deal_json",
    "find_deals",
    "kinds_in",
    "party_key",
    "top",
]
