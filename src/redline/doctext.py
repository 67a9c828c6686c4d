"""The text of a parsed document, read once per document: spaCy's ``Doc.text`` joins every
token on each access (about 0.2 ms for an article of 500 tokens) and the stages read it a dozen
times. The text is kept in ``Doc.user_data`` with the token count it was read at (r12-s) and the
document's identity: ``user_data`` travels with copies, pickles and ``Doc(..., user_data=...)``,
and a text kept for another document object is read afresh, never served. The coder forgets
the kept text when it is done (:func:`forget_text`), so documents a user keeps or serializes
afterwards carry no trace of it. Other values a stage reads once per document are kept the same
way (:func:`doc_memo`) and forgotten with the text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from spacy.tokens import Doc

_KEY = "redline_text"
_MEMO = "redline_memo"
T = TypeVar("T")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once and kept (read again for another document object, or if the
    tokens were merged or split)."""
    kept = doc.user_data.get(_KEY)
    if kept is not None and len(kept) == 3 and kept[0] == id(doc) and kept[1] == len(doc):
        return str(kept[2])
    text = doc.text
    doc.user_data[_KEY] = (id(doc), len(doc), text)
    return text


def forget_text(doc: Doc) -> None:
    """Drop the kept text from ``doc.user_data`` (``Doc.to_bytes``, ``DocBin`` and
    ``Doc.from_docs`` would otherwise carry it or warn about it)."""
    doc.user_data.pop(_KEY, None)
    doc.user_data.pop(_MEMO, None)


def doc_memo(doc: Doc, key: str, make: Callable[[Doc], T]) -> T:
    """``make(doc)``, computed once per document and kept beside the text (made afresh for
    another document object or if the tokens were merged or split; forgotten with the text
    by :func:`forget_text`). ``key`` names the value: one per function, module-qualified."""
    kept = doc.user_data.get(_MEMO)
    if kept is None or len(kept) != 3 or kept[0] != id(doc) or kept[1] != len(doc):
        kept = (id(doc), len(doc), {})
        doc.user_data[_MEMO] = kept
    values: dict[str, Any] = kept[2]
    if key not in values:
        values[key] = make(doc)
    return values[key]
