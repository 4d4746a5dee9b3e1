"""Chancery: meeting records, an offline archive, and generated communiqués.

The package is split so that dependencies point one way: ``ui`` (the only
place that imports PySide6) depends on the Qt-free core (``record``,
``refdata``, ``render``), which depends on ``store``.
"""

__version__ = "0.1.0"
