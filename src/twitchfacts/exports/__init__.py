"""Exports of a catalog: JSON, its JSON Schema, and schema.org JSON-LD.

JSON is lossless and loads back as a pack; JSON-LD is for search engines
and health apps.

Each format lives in its own module so that importing one does not pay for
the others.
"""
