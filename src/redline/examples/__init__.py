"""Bundled example articles, written by the redline authors for demos and tests.

Each ``*.txt`` file starts with a header of ``# key: value`` lines (``title``,
``published`` as YYYY-MM-DD, ``note`` saying who wrote it and whether the event is
real), then a blank line, then the body: paragraphs separated by blank lines.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from redline.ingest import split_header
from redline.model import Article

_SUFFIX = ".txt"


def example_paths() -> list[Path]:
    """Paths of the bundled example articles, sorted by name (date first)."""
    root = files(__name__)
    return sorted(Path(str(entry)) for entry in root.iterdir() if entry.name.endswith(_SUFFIX))


def load_example(path: Path | str) -> Article:
    """Read one example file as an :class:`Article` (id is the file's stem)."""
    path = Path(path)
    header, body = split_header(path.read_text(encoding="utf-8"))
    body = body.strip("\n")
    return Article(
        id=path.stem,
        text=body,
        title=header.get("title") or None,
        published=header.get("published") or None,
        source_path=str(path),
    )


def load_examples() -> list[Article]:
    """All bundled examples as articles, in :func:`example_paths` order."""
    return [load_example(path) for path in example_paths()]


def example_header(path: Path | str) -> dict[str, str]:
    """The ``# key: value`` header fields of one example file."""
    return split_header(Path(path).read_text(encoding="utf-8"))[0]
