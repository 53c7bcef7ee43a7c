"""Settings with sane defaults, each overridable by an environment variable.

Loaders read limits from here so that a hostile or broken file (a ZIP bomb, a 10,000-page scan) fails fast
with a clear reason instead of exhausting memory; people with unusual archives raise a limit by env var.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from minutes_nlp.errors import UsageError

_MB = 1024 * 1024


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise UsageError(f"environment variable {name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise UsageError(f"environment variable {name} must be positive, not {value}")
    return value


@dataclass(frozen=True)
class Limits:
    """Input limits. Sizes are in bytes; the ratio is uncompressed/compressed size inside a ZIP (DOCX)."""

    max_file_size: int = 100 * _MB
    max_pages: int = 2_000
    max_decompressed_size: int = 300 * _MB
    max_compression_ratio: int = 150

    @classmethod
    def from_env(cls) -> Limits:
        """Defaults, overridden by MINUTES_MAX_FILE_SIZE, MINUTES_MAX_PAGES, MINUTES_MAX_DECOMPRESSED_SIZE,
        MINUTES_MAX_COMPRESSION_RATIO (read at call time, so tests and CLIs can set them per run)."""
        d = cls()
        return cls(
            max_file_size=_env_int("MINUTES_MAX_FILE_SIZE", d.max_file_size),
            max_pages=_env_int("MINUTES_MAX_PAGES", d.max_pages),
            max_decompressed_size=_env_int("MINUTES_MAX_DECOMPRESSED_SIZE", d.max_decompressed_size),
            max_compression_ratio=_env_int("MINUTES_MAX_COMPRESSION_RATIO", d.max_compression_ratio),
        )


def rules_only() -> bool:
    """MINUTES_RULES_ONLY=1 runs the extractor without the trained model (to compare, or to reproduce rule output);
    read at call time like the limits."""
    return os.environ.get("MINUTES_RULES_ONLY", "").strip() not in ("", "0")
