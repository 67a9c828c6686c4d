"""The words of a speaker mention: the subject noun phrase with its appositives, edges
trimmed, never across a line break, a dateline or an aside ("The chief, asked about it,
replied")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_DASHES = frozenset({"—", "–", "―", "--"})


def mention_span(subject: Token) -> tuple[int, int]:
    """Token range [i, j) of the subject noun phrase, appositives kept, edges trimmed."""
    i, j = subject.left_edge.i, subject.right_edge.i + 1
    doc = subject.doc
    for k in range(subject.i, i - 1, -1):  # never across a paragraph or line break
        if "\n" in doc[k].text:
            i = k + 1
            break
    for k in range(subject.i, j):
        if "\n" in doc[k].text:
            j = k
            break
    for k in range(subject.i - 1, i - 1, -1):  # 'HANOI (AP) — Mark Esper': no dateline
        if doc[k].text in _DASHES:
            i = k + 1
            break
    for child in subject.rights:  # "The chief, asked about it, replied": drop the aside
        if child.dep_ in ("acl", "relcl") and doc[child.left_edge.i - 1].text == ",":
            j = min(j, child.left_edge.i)
    while j > i + 1 and (doc[j - 1].is_punct or doc[j - 1].is_space) and not closes(doc, i, j):
        j -= 1
    while i < j - 1 and (doc[i].is_punct or doc[i].is_space):
        i += 1
    return i, j


def past_dateline(subject: Token) -> Token:
    """'HANOI, Vietnam (AP) — Mark Esper said': the parser may take the dateline for the
    subject and the name after the dash for its appositive; the name is the subject."""
    dash = next((c.i for c in subject.children if c.text in _DASHES and c.i > subject.i), None)
    if dash is None:
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > dash]
    return after[0] if after else subject


def closes(doc: Doc, i: int, j: int) -> bool:
    """Whether the last token of doc[i:j] closes a quote opened inside it."""
    return doc[j - 1].is_quote and sum(t.is_quote for t in doc[i:j]) % 2 == 0
