"""Word lists that hold for any press release, one module per kind of fact.

Nothing here names a particular company or product, with one exception: every entry is a
pattern of the trade (a legal form, a regulator, a deal verb, an INN stem). The exception is
known_companies, the trade's gazetteer of established companies, which names companies as
the drug dictionary names products. Rule modules import the
list they need from its kind's module (``from .lexicons.drugs import INN_STEMS``).
"""
