"""A small error hierarchy: the CLI maps each subclass to a one-line message and an exit code.

Library code raises these instead of printing, so a batch can record the failure of one file and go on.
"""

from __future__ import annotations

from pathlib import Path


class MinutesError(Exception):
    """Base of every error the tool reports to a person without a traceback."""

    exit_code = 1

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None

    def one_line(self) -> str:
        """The single line a person sees: the file first, then the reason."""
        text = " ".join(self.message.split())
        return f"{self.path}: {text}" if self.path else text


class InputError(MinutesError):
    """A file that cannot be read as minutes (corrupt, encrypted, empty, wrong type, too large)."""

    exit_code = 2


class UnsupportedFormatError(InputError):
    """A format we recognise but cannot read here (legacy .doc/.odt/.rtf without LibreOffice)."""


class NoTextError(InputError):
    """A PDF without a text layer (a scan)."""


class LimitExceededError(InputError):
    """A file over a configured limit (size, pages, decompressed size)."""


class ExtractionError(MinutesError):
    """Extraction failed on a document that did load."""

    exit_code = 3


class StoreError(MinutesError):
    """The archive database cannot be opened, migrated or written."""

    exit_code = 4


class NotFoundError(MinutesError):
    """A requested item (action, meeting, person) is not in the archive."""

    exit_code = 5


class UsageError(MinutesError):
    """A command was called with arguments that make no sense together."""

    exit_code = 64
