"""Step 1 of mention resolution: longest-first look-up of token tuples in the precompiled
lexicon (no regex), with a conservative fuzzy match for misspelt state names, and the tests
that tell a match the text rules out ("anti-Syria", "New Mexico")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.actors.fuzzy import fuzzy_state
from redline.actors.lexicon import Entry, Lexicon, norm
from redline.doctext import doc_text

NAME_KINDS = frozenset({"person", "surname"})


def _acronym_like(text: str) -> bool:
    return len(text) <= 4 and text.isupper()


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    entries: tuple[Entry, ...]

    def of(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]


def _group_ok(doc: Doc, entry: Entry, i: int, j: int) -> bool:
    """"the organization" is no match for "the Organization of African Unity"; "West" is no
    region inside a place name ("West Bank", "West Africans", "Kowloon West district") or in
    "East-West"."""
    if not entry.cap:
        return not any(doc[k].text[:1].isupper() for k in range(i + 1, j))
    if j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper():
        return False
    if j - i == 1 and i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and (
            doc[i - 1].lower_ != "the"):  # "Kowloon West": the end of a place's name
        return False
    return not (i > 0 and doc[i - 1].text in ("-", "\u2013"))


def _accept(doc: Doc, text: str, entry: Entry, i: int, j: int) -> bool:
    if entry.kind in NAME_KINDS and j - i == 1 and _acronym_like(doc[i].text):
        return False
    if entry.kind == "group" and not _group_ok(doc, entry, i, j):
        return False
    if entry.exact:
        return text[doc[i].idx : doc[j - 1].idx + len(doc[j - 1])] == entry.exact
    return not entry.cap or doc[i].text[:1].isupper()


def scan(doc: Doc, lex: Lexicon) -> list[Item]:
    """Greedy longest-first matches of lexicon keys, left to right, non-overlapping."""
    norms = [norm(t.text) for t in doc]
    text = doc_text(doc)
    items: list[Item] = []
    i, n = 0, len(norms)
    while i < n:
        longest = lex.max_len.get(norms[i], 0)
        step = 1
        for size in range(min(longest, n - i), 0, -1):
            entries = lex.table.get(tuple(norms[i : i + size]))
            ok = tuple(e for e in entries or () if _accept(doc, text, e, i, i + size))
            if ok:
                items.append(Item(i, i + size, ok))
                step = size
                break
        else:
            _fuzzy_item(doc[i], items)
        i += step
    return items


def _fuzzy_item(tok: Token, items: list[Item]) -> None:
    """A misspelt state name where the lexicon found nothing ("Ethopia": see ``fuzzy``)."""
    found = fuzzy_state(tok)
    if found is not None:
        items.append(Item(tok.i, tok.i + 1, (Entry("state", found[0], cap=True,
                                                     label=tok.text),)))


def opposed(doc: Doc, start: int) -> bool:
    """"an anti-Syria journalist", "anti-American protesters": what they oppose, not who.
    Likewise "pro-Iranian militants": what they back, not who they are (the group's own
    name or place codes it: "pro-Iranian Hezbollah" is Lebanese)."""
    return start >= 2 and doc[start - 1].text in ("-", "\u2013") and (
        doc[start - 2].lower_ in ("anti", "pro"))


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def new_place(doc: Doc, it: Item) -> bool:
    """'New England', 'New Mexico': another place than the one the name goes on with (the
    lexicon's own 'New Zealand' or 'New Delhi' is matched whole, longest first)."""
    if it.start < 1 or not it.of("state", "metonym"):
        return False
    new = doc[it.start - 1]
    if new.text != "New":
        return False
    if not new.is_sent_start:
        return True
    return new.ent_type_ in _PLACE_LABELS and doc[it.start].ent_iob_ == "I"  # not 'New Russian
    # sanctions' at the start of a sentence
