"""The error the renderer raises for anything the user can fix."""

from __future__ import annotations

from ..errors import UserError


class RenderError(UserError):
    """A record or template that cannot be rendered; ``str()`` says what to fix.

    ``problems`` lists every problem (missing translations by field path,
    template errors by template name and line).
    """

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = list(problems or [])
        super().__init__(message)
