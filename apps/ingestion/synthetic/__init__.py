"""A synthetic catalogue for benchmarks, written by `manage.py generate_synthetic`.

vocabulary.py (words and weights) -> base.py (the seeded generator, sizes, first free ids) ->
one mixin per kind of fact (companies, drugs, deals, events, documents) -> catalogue.Catalogue;
tables.py names each table's columns in row order and writing.py writes them in bulk.
"""
