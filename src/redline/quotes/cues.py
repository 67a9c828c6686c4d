"""Cue words and what they govern: the source and the content of one attribution.

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

from spacy.tokens import Token

Chars = tuple[int, int]

_TRIM = frozenset(" \t\n\r,;:.()—–-―")
_QUOTE_CHARS = frozenset("\"“”‘’«»")
_ACTOR_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you"})
_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ"}
# Verbs whose direct object is the person addressed, not the content.
ADDRESSEE_VERBS: frozenset[str] = frozenset({"tell", "ask", "inform", "urge", "assure",
                                             "warn", "remind", "call", "thank", "encourage"})
# Verbs whose object is the one accused and whose "of" phrase is what they say.
ACCUSING_VERBS: frozenset[str] = frozenset({"accuse", "suspect"})
# Verbs whose passive subject is the addressee, not the speaker ("X was asked").
ADDRESSEE_PASSIVE: frozenset[str] = frozenset({"ask", "tell", "question", "urge", "inform"})
# Verbs whose content can be an indirect question ("asked whether ...").
QUESTION_VERBS: frozenset[str] = frozenset({"ask", "wonder", "question", "inquire", "query"})


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
    if cue.pos_ in ("NOUN", "ADJ"):
        return _nominal_source(cue)
    subject = nearest_subject(cue)
    if subject is not None:
        return subject
    if _passive(cue):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and _after_comma(cue):
        return _main_subject(cue)
    if cue.dep_ == "xcomp" and (obj := _controller(cue)) is not None:
        return obj  # 'pressed Stumpf to admit ...': the one pressed admits
    if cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.i != cue.i:
        return nearest_subject(cue.head)
    return _inverted_subject(cue)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


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
    if _made(cue):  # 'Putin made it clear that ...'
        return nearest_subject(head)
    if cue.dep_ in ("dobj", "acomp", "attr", "pobj") and head.i != cue.i:
        if cue.dep_ == "pobj":  # "in his statement" is handled by poss; "with concern"
            head = head.head
        return nearest_subject(head)
    return None


# ---------------------------------------------------------------- contents

def content_of(cue: Token, word: CueWord, text: str) -> tuple[Chars, str] | None:
    """The content a cue governs and the frame that found it."""
    found = _content_of(cue, word, text)
    if found is None or found[1] not in _CONJ_FRAMES:
        return found
    (start, end), frame = found
    end = _dangling_conj(cue, start, end, text)
    return (start, _conj_tail(cue, end, text, clauses=end > cue.idx or frame != "clause")), frame


_CONJ_FRAMES = frozenset({"xcomp", "object", "clause"})


def _dangling_conj(cue: Token, start: int, end: int, text: str) -> int:
    """'declined to threaten Moscow or even declare it responsible': a content that ends in
    a conjunction of its own words runs on over the conjunct the parser hung elsewhere."""
    doc = cue.doc
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span[-1].dep_ != "cc" or not start <= span[-1].head.idx < end:
        return end
    cc = span[-1]
    nxt = next((t for t in doc[cc.i + 1:cc.i + 6] if t.dep_ == "conj"), None)
    if nxt is None or nxt.tag_ == cue.tag_ or any(c.dep_ in _SUBJECTS for c in nxt.children) \
            or any(t.is_punct for t in doc[cc.i + 1:nxt.left_edge.i]):
        return end  # not '..., and he noted that ...' / '... and says': a statement of its own
    return max(end, trim(text, *subtree_chars(nxt))[1])


def _conj_tail(cue: Token, end: int, text: str, *, clauses: bool = True) -> int:
    """'wants to triple X, grow Y and create Z': conjuncts the parser hung on the cue
    after its content carry on the content (not a second finite verb: 'said X and left';
    after a content told before the cue, not a clause with its own subject: '"...," he
    said, "and we will ..."' is a second quote)."""
    for child in cue.rights:
        if child.dep_ != "conj" or child.idx < end or cue_word(child) is not None:
            continue
        if child.pos_ in ("VERB", "AUX") and child.tag_ == cue.tag_:
            break
        if not clauses and any(c.dep_ in _SUBJECTS for c in child.children):
            break
        end = max(end, trim(text, *subtree_chars(child))[1])
    return end


def _content_of(cue: Token, word: CueWord, text: str) -> tuple[Chars, str] | None:
    frames = word.frames
    if "clause" in frames:
        found = _clause(cue, text) or _pro_form(cue, text)
        if found is not None:
            return found, "clause"
    if "made" in frames and (made := _made_clause(cue, text)) is not None:
        return made, "made"
    if "raise" in frames and (raised := _raised(cue, text)) is not None:
        return raised, "raise"
    if "naming" in frames and (named := _naming(cue, text)) is not None:
        return named, "naming"
    kids = [c for c in cue.children if c.i > cue.i]
    if "xcomp" in frames and (inf := _infinitive(cue, kids, text)) is not None:
        return inf, "xcomp"
    if "topic" in frames and word.lemma in ACCUSING_VERBS and (
            topic := _topic(cue, kids, word, text)) is not None:
        return topic[0], "topic:" + topic[1]  # 'accused the ministry of hiding it'
    if "object" in frames and word.lemma not in ADDRESSEE_VERBS:
        dobj = next((c for c in kids if c.dep_ == "dobj"), None)
        if dobj is not None:
            return trim(text, subtree_chars(dobj)[0], _object_end(cue, dobj)), "object"
        if (patient := _passive_patient(cue)) is not None:
            return trim(text, *subtree_chars(patient)), "object"
    if "topic" in frames and (topic := _topic(cue, kids, word, text)) is not None:
        return topic[0], "topic:" + topic[1]
    return None


def _passive_patient(cue: Token) -> Token | None:
    """'Clinton has been endorsed by the Times': the passive subject is the object, when
    an agent says whose act it was."""
    if not any(c.dep_ == "agent" for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "nsubjpass"), None)


_PRO_FORMS = frozenset({"so", "yes", "yeah", "otherwise"})


def _pro_form(cue: Token, text: str) -> Chars | None:
    """'said so', 'said as much', 'said yes, yes, yes': a word standing for what was said
    (not 'worries so much', 'showed much')."""
    words = [c for c in cue.rights if c.dep_ in ("advmod", "intj", "dobj") and _pro_word(c)]
    if not words or words[0].i > cue.i + 2:
        return None
    return trim(text, words[0].left_edge.idx, words[-1].idx + len(words[-1].text))


def _pro_word(tok: Token) -> bool:
    kids = {c.lower_ for c in tok.children}
    if tok.lower_ == "much":
        return "as" in kids
    return tok.lower_ in _PRO_FORMS and "much" not in kids


def _clause(cue: Token, text: str) -> Chars | None:
    kids = [c for c in cue.children if _complement(cue, c)]
    right = [c for c in kids if c.i > cue.i]
    child = right[0] if right else kids[0] if kids else _told_that(cue)
    xcomp = next((c for c in cue.rights if c.dep_ == "xcomp"), None)
    if child is not None and not (xcomp is not None and cue.i < xcomp.i < child.i):
        start, end = subtree_chars(child)
        if child.i > cue.i:
            for other in cue.rights:
                if _trailing_report(other):
                    break
                if other.i > child.i and (other.dep_ not in ("conj", "cc", "punct")
                                          or _reported_conj(other)):
                    end = max(end, subtree_chars(other)[1])
            end = max(end, _after_colon(cue))
        return trim(text, start, _before_adding(child, end))
    if _as_clause(cue):
        return _around(cue, text)
    if cue.pos_ != "VERB" or cue.head.i > cue.i or not (
            cue.dep_ in ("ccomp", "parataxis") or _bare_conj(cue)):
        return None
    subject = subject_of(cue)
    if subject is None:
        return None
    first = min(cue.left_edge.i, subject.left_edge.i)
    if first > 0 and not cue.doc[first - 1].is_punct:
        return None  # 'X said he cannot comment': the cue is itself what was said
    left = min(cue.left_edge.idx, subject.left_edge.idx)
    start = cue.head.left_edge.idx
    return trim(text, start, left) if left > start else None


def _trailing_report(tok: Token) -> bool:
    """', adding that ...' / ', noting ...': a participle cue after a comma reports a
    second statement of the same speaker, not more of the first."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and _after_comma(tok) \
        and cue_word(tok) is not None


def _before_adding(clause: Token, end: int) -> int:
    """'said she was thinking X, adding Y': the parser may hang ', adding' inside the
    reported clause; what is added is still a second statement of the speaker's."""
    for tok in clause.subtree:
        if tok.i > clause.i and tok.lemma_ == "add" and _trailing_report(tok):
            return min(end, tok.left_edge.idx)
    return end


def _after_comma(tok: Token) -> bool:
    """Whether a comma precedes the word, perhaps with a closing quote mark between."""
    before = [t.text for t in tok.doc[max(tok.i - 2, 0):tok.i]]
    return before[-1:] == [","] or len(before) == 2 and before[0] == "," \
        and before[1] in _QUOTE_CHARS


def _after_colon(cue: Token) -> int:
    """'notes that three things are happening at once: home values are rising, ...': the
    parser made the cue depend on the clause after the colon, which is still the content."""
    nxt = cue.right_edge.i + 1
    head = cue.head
    if cue.dep_ not in ("ccomp", "parataxis") or head.i < nxt or nxt >= len(cue.doc) \
            or cue.doc[nxt].text != ":":
        return 0
    return subtree_chars(head)[1]


def _complement(cue: Token, child: Token) -> bool:
    """A clause the cue governs: a complement, a noun's 'that'-clause, an indirect
    question, or a 'that'-clause the parser took for an adverbial ('tweeted in the
    early hours that ...')."""
    if child.dep_ == "ccomp" or _indirect_question(cue, child):
        return True
    if child.dep_ == "acl" and cue.pos_ == "NOUN":
        return any(c.lower_ == "that" for c in child.children)
    return child.dep_ == "advcl" and child.i > cue.i and child.left_edge.lower_ == "that"


def _told_that(cue: Token) -> Token | None:
    """'told a meeting of leaders that few people understood ...': the parser hung the
    that-clause on the addressee as a relative clause (its 'that' is a conjunction)."""
    if cue.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    for obj in (c for c in cue.rights if c.dep_ == "dobj"):
        for rel in obj.rights:
            if rel.dep_ == "relcl" and _marker(rel) == "that":
                return rel
    return None


def _bare_conj(cue: Token) -> bool:
    """'Clinton is accessible to the media, Kaine insisted': a report the parser joined to
    the clause before it with no conjunction between them."""
    head = cue.head
    return cue.dep_ == "conj" and not any(
        c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children)


def _as_clause(cue: Token) -> bool:
    """'As Clyburn noted, those voters will ...' / '..., as the paper reported.'"""
    return cue.lemma_.lower() in _AS_REPORTS and cue.dep_ == "advcl" and cue.head.i != cue.i \
        and _marker(cue) == "as"


# Reporting verbs read as 'as X noted' (not 'as X announced it, aides cheered': a time).
_AS_REPORTS = frozenset({"say", "note", "report", "point", "write", "observe", "reveal",
                         "explain", "suggest", "predict", "argue", "acknowledge", "warn",
                         "tell", "put", "recall", "show"})


def _around(cue: Token, text: str) -> Chars | None:
    """The clause an 'as'-cue qualifies: its head's words outside the cue's own."""
    start, end = subtree_chars(cue.head)
    left, right = subtree_chars(cue)
    found = trim(text, right, end) if cue.i < cue.head.i else trim(text, start, left)
    return found if found[1] > found[0] else None


def _mark(clause: Token) -> Token | None:
    """The subordinating word of a clause ('that', 'if', 'as', 'for'), if any."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)


def _marker(clause: Token) -> str:
    mark = _mark(clause)
    return mark.lower_ if mark is not None else ""


def _indirect_question(cue: Token, child: Token) -> bool:
    """'asked if she had ever been ...': the parser hangs the if-clause as an adverbial."""
    return cue.lemma_.lower() in QUESTION_VERBS and child.dep_ == "advcl" and child.i > cue.i \
        and _marker(child) in ("if", "whether")


def _reported_conj(verb: Token) -> bool:
    """'said X was watching, and there was ...': a clause the parser joined to the cue
    verb that has a subject of its own and is no cue itself continues what was said."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or cue_word(verb) is not None:
        return False
    if _after_but(verb):
        return True  # 'said they had misgivings, but could not bear to ...': one statement
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and subject.lower_ not in _ACTOR_PRONOUNS  # not 'and he left'


def _after_but(verb: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < verb.i
               for c in verb.head.children if verb.head.i < c.i)


def interposed(cue: Token, text: str) -> tuple[Chars, Chars] | None:
    """'The goal, he said, is peace': the clause around a cue set off by commas."""
    head = cue.head
    if cue.pos_ != "VERB" or cue.dep_ not in ("parataxis", "ccomp") or head.i <= cue.i:
        return None
    subject = subject_of(cue)
    if subject is None:
        return None
    doc = cue.doc
    first = subject.left_edge if subject.i < cue.i else cue  # ', said Marcia Smith, '
    words = [t for t in cue.subtree if not t.is_punct and t.i >= cue.i]
    if first.i == 0 or doc[first.i - 1].text not in (",", "—", "–", "--"):
        return None
    last = words[-1]
    left = trim(text, min(head.left_edge.idx, cue.left_edge.idx), first.idx)
    right = trim(text, last.idx + len(last.text), subtree_chars(head)[1])
    if left[1] <= left[0] or right[1] <= right[0]:
        return None
    return left, right


def _object_end(cue: Token, dobj: Token) -> int:
    """Where an object ends: phrases the parser hung on the verb after it count too
    ('reported its smallest profit in 17 years'), up to a comma or a conjunction."""
    end = subtree_chars(dobj)[1]
    doc = cue.doc
    for child in cue.rights:
        if child.i <= dobj.i:
            continue
        before = doc[child.left_edge.i - 1]
        if child.dep_ == "cc" and _nominal_conj(child):
            continue
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and before.dep_ == "cc":
            end = max(end, subtree_chars(child)[1])  # 'noted the gains and the risks'
            continue
        if child.dep_ == "punct":
            continue  # the phrase after it decides
        if child.dep_ in ("cc", "conj") or before.is_punct and not _carries_on(child):
            break
        end = max(end, subtree_chars(child)[1])  # the object's own clause may reach further
    return end


def _carries_on(child: Token) -> bool:
    """', including X' / ', instead of Y': a phrase after a comma that still qualifies the
    object (not a clause of its own: ', he said', ', adding that ...')."""
    return child.dep_ in ("prep", "npadvmod", "dobj", "oprd", "attr") and cue_word(child) is None


def _made(cue: Token) -> bool:
    return cue.pos_ == "ADJ" and cue.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and (
        cue.head.lemma_.lower() == "make" and cue.head.i < cue.i)


def _made_clause(cue: Token, text: str) -> Chars | None:
    """'made (it) clear that ...': the clause, hung on the adjective or on the verb."""
    if not _made(cue):
        return None
    for tok in (*cue.children, *cue.head.children):
        that_clause = tok.dep_ == "advcl" and _marker(tok) == "that"
        if tok.i > cue.i and (tok.dep_ == "ccomp" or that_clause):
            return trim(text, *subtree_chars(tok))
    return None


def _nominal_conj(cc: Token) -> bool:
    """Whether a conjunction hung on the verb joins a second object (a noun follows)."""
    nxt = next((c for c in cc.head.rights if c.i > cc.i), None)
    return nxt is not None and nxt.dep_ == "conj" and nxt.pos_ in ("NOUN", "PROPN")


def _raised(cue: Token, text: str) -> Chars | None:
    """'She seems ready to ...': the subject and the complement, the cue between."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    comp = next((c for c in cue.children if c.i > cue.i and c.dep_ in (
        "xcomp", "acomp", "attr", "oprd")), None)
    if subj is None or comp is None:
        return None
    return trim(text, subtree_chars(subj)[0], subtree_chars(comp)[1])


def _naming(cue: Token, text: str) -> Chars | None:
    objs = [c for c in cue.children if c.dep_ in ("dobj", "oprd", "attr", "ccomp")
            and c.i > cue.i]
    if len(objs) < 2 and not any(c.dep_ == "oprd" for c in objs):
        return None
    start = min(subtree_chars(c)[0] for c in objs)
    end = max(subtree_chars(c)[1] for c in objs)
    return trim(text, start, end)


def _infinitive(cue: Token, kids: list[Token], text: str) -> Chars | None:
    xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if xcomp is None and cue.pos_ == "NOUN":  # 'his promise to rebuild': the noun's infinitive
        xcomp = next((c for c in kids if c.dep_ == "acl" and c.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        kids = [c for c in kids if c.dep_ != "dobj"]
    if xcomp is None:
        return None
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    start = subtree_chars(dobj)[0] if dobj is not None else subtree_chars(xcomp)[0]
    return trim(text, start, max(subtree_chars(xcomp)[1], _object_end(cue, xcomp)))


def _topic(cue: Token, kids: list[Token], word: CueWord,
           text: str) -> tuple[Chars, str] | None:
    for clause in kids:  # 'called for all candidates to lay out ...': a for-to clause
        mark = _mark(clause)
        if clause.dep_ in ("advcl", "ccomp") and mark is not None and mark.lower_ in word.preps:
            return trim(text, mark.idx + len(mark.text), subtree_chars(clause)[1]), mark.lower_
    for prep in kids:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in word.preps:
            continue
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            end = max(subtree_chars(pobj)[1], _object_end(cue, prep))
            start = subtree_chars(pobj)[0]
            dobj = next((c for c in kids if c.dep_ == "dobj" and c.i < prep.i), None)
            if prep.lower_ == "as" and dobj is not None:  # 'sees the alliance as a threat'
                start = subtree_chars(dobj)[0]
            return trim(text, start, end), prep.lower_
    return None


def cue_chars(tok: Token) -> Chars:
    """The cue's characters: the word, or "according to"."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc):
        nxt = tok.nbor(1)
        return tok.idx, nxt.idx + len(nxt.text)
    return tok.idx, tok.idx + len(tok.text)
