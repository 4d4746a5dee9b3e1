"""Everything that imports PySide6 lives in this package, and nothing else does."""
