"""One base exception, a few subclasses, and the codes used in ``errors`` entries."""

from __future__ import annotations


class RedlineError(Exception):
    """Base class of every error redline raises on purpose."""

    code = "error"


class UsageError(RedlineError):
    """A user's mistake (bad path, bad date, unknown option value): the CLI exits 2."""

    code = "usage"


class IngestError(RedlineError):
    """A document could not be read; becomes an ``errors`` entry, the batch goes on."""

    code = "ingest"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class NotFoundError(UsageError):
    """An unknown name (alliance, actor); the message lists the closest known names."""

    code = "not_found"


class StoreError(RedlineError):
    """The store is unusable (locked by another process, not a redline store, read-only)."""

    code = "store"


# Codes of ``errors`` entries in coded documents.
ERROR_CODES: dict[str, str] = {
    "empty": "the document has no text",
    "binary": "the file is binary or in an unsupported format",
    "unsupported": "the file type is not supported",
    "decode": "the bytes could not be decoded as text",
    "json": "a JSON Lines record does not parse",
    "csv": "a CSV row is malformed",
    "no_text": "a record has neither text nor html",
    "html": "no main text could be extracted from the HTML",
    "too_large": "the document exceeds the size budget",
    "timeout": "coding the document exceeded the time budget",
    "language": "the document is not in English",
    "read": "the file could not be read",
    "pipeline": "an internal error while coding the document",
    "date": "the publication date is invalid",
}
