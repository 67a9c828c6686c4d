"""The text of a parsed document, read once per document: spaCy's ``Doc.text`` joins every
token on each access (about 0.2 ms for an article of 500 tokens) and the stages read it a dozen
times. The text is kept in ``Doc.user_data`` with the token count it was read at (r12-s) and the
document's identity: ``user_data`` travels with copies, pickles and ``Doc(..., user_data=...)``,
and a text kept for another document object is read afresh, never served. The coder forgets
the kept text when it is done (:func:`forget_text`), so documents a user keeps or serializes
afterwards carry no trace of it."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "redline_text"


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
