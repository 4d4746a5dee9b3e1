"""Chancery: meeting records, an offline archive, and generated communiqués.

Dependencies point one way, down these layers (the README's "Layers" shows
a diagram; ``tests/core/test_import_direction.py`` enforces it)::

    ui, cli + commands       the window (the only code importing PySide6), the command line
         |
    render  ->  store        documents; the archive (render reads history from store)
         |
    record, refdata, anniversaries, demo    the meeting record and the reference data
         |
    paths, errors, text, fileio
"""

__version__ = "0.1.0"
