"""Data files that drive the pipeline (spec: docs/rules.md).

``events/*.toml`` and ``portals/*.toml`` hold the classification rules, loaded and
validated by :mod:`correspondence.rules.loader`; ``footers.toml`` is read by the clean
stage.
"""
