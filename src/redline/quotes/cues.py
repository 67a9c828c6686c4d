"""Cue words and their sources; :mod:`redline.quotes.frames` finds the content they govern.

A cue is a verb, noun or adjective from the cue table (``data/cues.csv``) or the
phrase "according to". Each table row lists the frames the word takes:

* ``quote``: it can introduce a direct quote ("...," he said);
* ``clause``: a clausal complement ("said (that) ...", "..., he said");
* ``xcomp``: an infinitive ("vowed to rebuild", "urged them to leave", "his pledge to
  rebuild");
* ``object``: its direct object is the content ("denied any role");
* ``naming``: an object with its complement ("called the plan a mistake");
* ``topic``: the object of one of the listed prepositions ("called for talks");
* ``raise``: a raising verb with no source ("she seems ready to ...");
* ``made``: an adjective made into a statement ("made it clear that ...").

The source is the subject (the agent of a passive, the possessor of a noun, the
subject of the verb a noun or adjective hangs from).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

Chars = tuple[int, int]

_TRIM = frozenset(" \t\n\r,;:.()—–-―")
_QUOTE_CHARS = frozenset("\"“”‘’«»")
_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ"}
# Verbs whose passive subject is the addressee, not the speaker ("X was asked").
ADDRESSEE_PASSIVE: frozenset[str] = frozenset({"ask", "tell", "question", "urge", "inform"})


@dataclass(frozen=True, slots=True)
class CueWord:
    """One row of the cue table."""

    lemma: str
    pos: str
    frames: frozenset[str]
    preps: frozenset[str]


@lru_cache(maxsize=1)
def cue_table() -> dict[tuple[str, str], CueWord]:
    """(lemma, VERB|NOUN|ADJ) -> its frames, read once from the package data."""
    out: dict[tuple[str, str], CueWord] = {}
    ref = resources.files("redline.quotes").joinpath("data/cues.csv")
    with ref.open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            frames = frozenset(row["frames"].split())
            if frames:
                preps = frozenset(p for p in row["preps"].split("|") if p)
                word = CueWord(row["lemma"], row["pos"], frames, preps)
                out[(word.lemma, word.pos)] = word
    return out


def cue_word(tok: Token) -> CueWord | None:
    """The table row for ``tok`` (by lemma and coarse part of speech), if any."""
    pos = _POS.get(tok.pos_)
    if pos is None:
        return None
    table = cue_table()
    return table.get((tok.lemma_.lower(), pos)) or table.get((tok.lower_, pos))


def trim(text: str, start: int, end: int) -> Chars:
    """Strip spaces and punctuation; strip a quote mark only when it has no partner inside."""
    while True:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        inner = text[start:end]
        odd = sum(inner.count(q) for q in _QUOTE_CHARS) % 2 == 1
        if odd and start < end and text[start] in _QUOTE_CHARS:
            start += 1
        elif odd and start < end and text[end - 1] in _QUOTE_CHARS:
            end -= 1
        elif start < end and text[start] in _QUOTE_CHARS and text[end - 1] in _QUOTE_CHARS \
                and _QUOTE_CHARS.isdisjoint(text[start + 1:end - 1]):
            start, end = start + 1, end - 1
        else:
            return start, end


def subtree_chars(tok: Token) -> Chars:
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


# ---------------------------------------------------------------- sources

def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject_of(cue: Token) -> Token | None:
    """The source word of a cue: subject, passive agent, possessor or governing subject."""
    found = _own_subject(cue)
    if found is not None or cue.pos_ != "VERB" or not _speech(cue):
        return found
    if cue.tag_ == "VBG":
        return _shared_subject(cue)
    if cue.tag_ == "VB" and cue.dep_ in ("xcomp", "advcl"):
        shared = _shared_subject(cue)  # 'went so far as to say', 'rushing to TV to say'
        return shared if shared is not None and shared.i < cue.i else None
    return None


def _speech(cue: Token) -> bool:
    """A participle of saying that reports words: a clause ('saying he would ...'), a quote
    ('saying: “...”') or the words ``_reported`` names, not a plain object ('emphasizing
    economic fairness')."""
    from redline.quotes.said import speech_lemmas  # said reads the context built from here

    lemma = cue.lemma_.lower()
    if lemma not in speech_lemmas():
        return False
    nxt = cue.doc[cue.i + 1:cue.i + 3]
    return any(_reported(c, lemma) for c in cue.children) or any(t.is_quote for t in nxt)


def _reported(child: Token, lemma: str) -> bool:
    """A participle's dependent that is words reported: a clause, an infinitive ('urging
    voters to wait'), a naming ('calling the plan a sham') or a charge ('accusing him of
    lying'), as ``redline.quotes.said`` counts them."""
    if child.dep_ in ("ccomp", "oprd"):
        return True
    if child.dep_ == "xcomp":
        return child.tag_ == "VB" and any(c.lower_ == "to" for c in child.lefts)
    return lemma in _CHARGING and child.dep_ == "prep" and child.lower_ in ("of", "for")


_CHARGING = frozenset({"accuse", "blame", "charge", "criticize", "criticise", "fault"})


def _shared_subject(cue: Token) -> Token | None:
    """A participle of saying with no subject of its own shares the subject of the verb it
    hangs on:
    'began by saying', 'After saying ..., the man ended', 'calling it X and asserting Y',
    'sought ..., and took ..., saying' (never across a noun: 'calls saying' is left)."""
    tok = cue
    for _ in range(6):
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head
        elif tok.dep_ in ("conj", "advcl", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
        else:
            return None
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:  # 'Ryan, despite admitting ..., said the victims need': the one before
            before = [c for c in subjects if c.i < cue.i]
            return max(before, key=lambda c: c.i) if before else subjects[0]
        if cue.dep_ == "pcomp" and tok.i == cue.head.head.i:
            from redline.quotes.raised import passive_subject  # raised builds on this module

            if (passive := passive_subject(tok)) is not None:
                return passive  # 'X was quoted as saying'
    return None


def _own_subject(cue: Token) -> Token | None:
    if cue.pos_ in ("NOUN", "ADJ"):
        return _nominal_source(cue)
    if (asked := _asked_before(cue)) is not None:
        return asked
    subject = nearest_subject(cue)
    if subject is not None:
        return subject
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if _passive(cue) or agent is not None and cue.tag_ == "VBN":
        # 'Asked by reporters whether ..., Lavrov said': the reporters ask, not Lavrov
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        from redline.quotes.raised import raised_speaker  # raised builds on this module

        return raised_speaker(cue)  # 'X is reported to have called ...'
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and after_comma(cue):
        return _main_subject(cue)
    if cue.dep_ == "xcomp" and (obj := _controller(cue)) is not None:
        return obj  # 'pressed Stumpf to admit ...': the one pressed admits
    if cue.head.i != cue.i and (cue.dep_ in ("conj", "xcomp", "advcl") or asked_aside(cue.head)):
        head = cue.head  # 'X met Y, warned him and urged Moscow to ...': X urged
        while head.dep_ == "conj" and nearest_subject(head) is None and head.head.i != head.i:
            head = head.head
        if cue.dep_ == "xcomp" and head.i == cue.head.i and nearest_subject(head) is None:
            from redline.quotes.raised import passive_subject  # raised builds on this module

            return passive_subject(head)  # 'X was forced to admit ...'
        return nearest_subject(head)
    return _inverted_subject(cue) or _name_before(cue) or _issued_saying(cue)


def _issued_saying(cue: Token) -> Token | None:
    """'His office put out a statement saying ...', 'X released an ad calling it ...': a
    participle on a thing someone issued speaks for the one who issued it."""
    from redline.quotes.issuers import issuer_of  # issuers builds on this module

    if cue.dep_ != "acl" or cue.tag_ != "VBG":
        return None
    return issuer_of(cue.head)


def _past_aside(doc: Doc, k: int) -> int:
    """'Marcel Lazar, 44, said', 'Harry Reid, the minority leader, said': ``k`` moved back
    over an aside with no verb set off by commas (or brackets) before the cue."""
    close = doc[k].text
    if close not in (",", ")"):
        return k
    opener = "," if close == "," else "("
    for j in range(k - 1, max(-1, k - 15), -1):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.is_quote or "\n" in tok.text:
            return k
        if tok.text == opener:
            return j - 1 if j > 0 else k
    return k


def _asked_before(cue: Token) -> Token | None:
    """'Mr. Trump, asked about the deaths, said, “...”': the name before an aside that puts a
    question to it is the one who answers, wherever the parser hung the name ('The issue came
    up after Mr. Trump, asked ..., said' gave 'The issue'); not where the cue's own subject
    holds the name ('The lawyer for Mr. Trump, asked ..., said')."""
    aside = _question_aside(cue)
    if aside is None:
        return None
    name = cue.doc[aside.i - 2]
    if name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME", "GPE"):
        return None
    if name.dep_ in ("dobj", "dative") and name.head.i == aside.head.i:
        return None  # 'The envoys met X, asked for a ceasefire, said': the envoys' acts
    subject = nearest_subject(cue)
    if subject is not None and subject.left_edge.i <= name.i <= subject.right_edge.i:
        return None
    return name


def _question_aside(cue: Token) -> Token | None:
    """'asked about the deaths' set off by commas right before a finite cue ('said', 'had
    said'): a participle putting a question, not a verb of a list ('asked for a ceasefire,
    said': a conjunct) nor one with its own object ('asked him about ...')."""
    doc = cue.doc
    finite = cue.tag_ in ("VBD", "VBZ", "VBP") or cue.tag_ == "VBN" and any(
        c.dep_ == "aux" for c in cue.children)  # 'had said'
    k = cue.i - 1
    while k > 0 and doc[k].dep_ == "aux" and doc[k].head.i == cue.i:
        k -= 1  # 'had said'
    if not finite or k < 3 or doc[k].text != ",":
        return None
    aside = next((t for t in doc[max(0, k - 24):k] if t.lemma_.lower()
                  in ADDRESSEE_PASSIVE and t.tag_ in ("VBN", "VBD") and t.i > 1
                  and doc[t.i - 1].text == "," and k - 1 <= t.right_edge.i <= k), None)
    if aside is None or aside.dep_ == "conj" and aside.tag_ != "VBN" or any(
            c.dep_ in ("dobj", "dative", "nsubjpass") for c in aside.children):
        return None
    return aside


def _name_before(cue: Token) -> Token | None:
    """'Bozell answers', 'her adviser, Jake Sullivan, said:' where the parser hung the name
    elsewhere and left the finite cue with no subject: the name right before the cue (one
    comma, or an aside with no verb, allowed), not a date ('... on Super Tuesday said') nor the
    object of a preposition ('The envoy flew to Kabul, said')."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in cue.children):
        return None
    doc = cue.doc
    k = cue.i - 2 if doc[cue.i - 1].text == "," and cue.i > 1 else cue.i - 1
    if doc[k].pos_ != "PROPN":
        k = _past_aside(doc, cue.i - 1)
    tok = doc[k]
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME"):
        return None
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i and tok.head.i < cue.i \
            and tok.head.pos_ == "PROPN":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return None  # "flew to Kabul, said": a place gone to, not who spoke
    return tok


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gives it ('LONDON (Reuters) - Trump said':
    a dateline taken for a subject), the nearer."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def _controller(cue: Token) -> Token | None:
    """The object of the verb an infinitive cue completes, when it has one before it."""
    obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if obj is None:
        return None
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return obj if named or obj.lower_ in _OBJECT_PERSONS else None


_OBJECT_PERSONS = frozenset({"him", "her", "them", "us", "me", "you"})


def _inverted_subject(cue: Token) -> Token | None:
    """'“...,” added another Democrat': after a quote the speaker follows the verb, and the
    parser may take it for the object."""
    if cue.i < 2 or cue.tag_ not in ("VBD", "VBZ", "VBP") or not (
            cue.nbor(-1).is_quote and cue.nbor(-2).text in (",", "?", "!")):
        return None
    return next((c for c in cue.rights if c.dep_ in ("dobj", "attr", "npadvmod")
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _main_subject(cue: Token) -> Token | None:
    """', adding that ...': the participle shares the subject of the clause it trails,
    climbing out of noun and relative clauses ('denied the notion that X is coming, adding')."""
    head = cue.head
    while head.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and head.dep_ == "advcl":
            break
        head = head.head
    if cue.lemma_ == "add" and head.dep_ == "ccomp" and cue_word(head.head) is not None:
        head = head.head  # 'said she was tired, adding': the one who said it adds
    return nearest_subject(head)


def _nominal_source(cue: Token) -> Token | None:
    poss = next((c for c in cue.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    head = cue.head
    if made_statement(cue):  # 'Putin made it clear that ...'
        return nearest_subject(head)
    if cue.dep_ in ("dobj", "acomp", "attr", "pobj") and head.i != cue.i:
        if cue.dep_ == "pobj":  # "in his statement" is handled by poss; "with concern"
            head = head.head
        return nearest_subject(head)
    return None


def made_statement(cue: Token) -> bool:
    """'made (it) clear': an adjective made into a statement by 'make'."""
    return cue.pos_ == "ADJ" and cue.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and (
        cue.head.lemma_.lower() == "make" and cue.head.i < cue.i)


def after_comma(tok: Token) -> bool:
    """Whether a comma precedes the word, perhaps with a closing quote mark between."""
    before = [t.text for t in tok.doc[max(tok.i - 2, 0):tok.i]]
    return before[-1:] == [","] or len(before) == 2 and before[0] == "," \
        and before[1] in _QUOTE_CHARS


def asked_aside(cue: Token) -> bool:
    """'The minister, asked about the strikes, replied ...': a question put to the subject,
    set off by commas before the verb that reports the answer (the parser may read 'asked'
    as the main verb)."""
    if cue.lemma_.lower() not in ADDRESSEE_PASSIVE or cue.i == 0 or cue.nbor(-1).text != ",":
        return False
    subject = nearest_subject(cue)
    return subject is not None and subject.i < cue.i and not any(
        c.dep_ in ("dobj", "dative") for c in cue.children) and any(
        c.dep_ in ("conj", "dep") and c.i > cue.i and c.pos_ == "VERB" for c in cue.children)


def is_according(tok: Token) -> bool:
    """Whether the word is the "according" of "according to"."""
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"


def cue_chars(tok: Token) -> Chars:
    """The cue's characters: the word, or "according to"."""
    if is_according(tok):
        nxt = tok.nbor(1)
        return tok.idx, nxt.idx + len(nxt.text)
    return tok.idx, tok.idx + len(tok.text)
