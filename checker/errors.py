"""Exceptions the tool raises on purpose; each carries a French message.

The CLI catches ``CheckerError`` only: anything else is a bug and must show
its traceback in tests.
"""

from __future__ import annotations


class CheckerError(Exception):
    """Base of every error the tool reports to a user, with a stable slug."""

    slug = "erreur"

    def __init__(self, message: str, *, slug: str | None = None) -> None:
        super().__init__(message)
        if slug is not None:
            self.slug = slug

    @property
    def message(self) -> str:
        """The French message shown to the user."""
        return str(self.args[0]) if self.args else ""


class InputError(CheckerError):
    """A file cannot be read: missing, empty, corrupt, protected, unsupported.

    ``status`` is one of the file statuses of ``checker.messages.FILE_STATUS``;
    ``sha256`` is the digest of the bytes that were judged, when known;
    ``transient`` says the failure may not happen again (a reader killed from
    outside, a timeout): such an outcome is never cached.
    """

    slug = "fichier"

    def __init__(
        self,
        message: str,
        *,
        status: str = "ILLISIBLE",
        sha256: str = "",
        transient: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.sha256 = sha256
        self.transient = transient


class RuleFileError(CheckerError):
    """One or more rule files are invalid; ``problems`` lists every one."""

    slug = "regles"

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
