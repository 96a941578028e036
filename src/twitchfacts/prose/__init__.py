"""Prose checks: the project's Vale style, run on content, and reading levels.

* :mod:`.style` knows the packaged Vale style (``styles/TwitchFacts``) and
  its vocabulary: the rules, their descriptions and the reading-grade
  targets, which live in the style's rule files and nowhere else.
* :mod:`.vale` finds the Vale binary, writes each text field of a catalog
  as a small document, runs Vale once over all of them and maps every
  alert back to ``<cause>.<field>``.
* :mod:`.reading` measures each field with textstat.

Nothing here is imported by ``import twitchfacts``.
"""
