"""The content a cue governs, frame by frame (see :mod:`redline.quotes.cues` for the frames).

Each frame reads the dependency parse around the cue; the functions here also mend what
the small model often gets wrong (clauses hung on the wrong word, conjuncts hung on the
cue, quotes cut in two).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.quotes.cues import (
    Chars,
    CueWord,
    after_comma,
    cue_word,
    made_statement,
    subject_of,
    subtree_chars,
    trim,
)

# Pronouns of a clause that is a new statement ('said X and he left').
_ACTOR_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you"})
# Verbs whose direct object is the person addressed, not the content.
_ADDRESSEE_VERBS: frozenset[str] = frozenset({"tell", "ask", "inform", "urge", "assure",
                                              "warn", "remind", "call", "thank", "encourage"})
# Verbs whose object is the one accused and whose "of" phrase is what they say.
_ACCUSING_VERBS: frozenset[str] = frozenset({"accuse", "suspect"})
# Verbs whose content can be an indirect question ("asked whether ...").
_QUESTION_VERBS: frozenset[str] = frozenset({"ask", "wonder", "question", "inquire", "query"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


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
    if span is None or not len(span) or span[-1].dep_ != "cc" or not (
            start <= span[-1].head.idx < end):
        return end
    cc = span[-1]
    nxt = next((t for t in doc[cc.i + 1:cc.i + 6] if t.dep_ == "conj"), None)
    if nxt is None or nxt.tag_ == cue.tag_ or _own_subject(nxt) is not None \
            or any(t.is_punct for t in doc[cc.i + 1:nxt.left_edge.i]):
        return end  # not '..., and he noted that ...' / '... and says': a statement of its own
    return max(end, trim(text, *subtree_chars(nxt))[1])


def _own_subject(verb: Token) -> Token | None:
    """A subject of any kind (active, passive, clausal, expletive) the verb has itself."""
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


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
        if not clauses and _own_subject(child) is not None:
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
    if "topic" in frames and word.lemma in _ACCUSING_VERBS and (
            topic := _topic(cue, kids, word, text)) is not None:
        return topic[0], "topic:" + topic[1]  # 'accused the ministry of hiding it'
    if "object" in frames and word.lemma not in _ADDRESSEE_VERBS:
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
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and after_comma(tok) \
        and cue_word(tok) is not None


def _before_adding(clause: Token, end: int) -> int:
    """'said she was thinking X, adding Y': the parser may hang ', adding' inside the
    reported clause; what is added is still a second statement of the speaker's."""
    for tok in clause.subtree:
        if tok.i > clause.i and tok.lemma_ == "add" and _trailing_report(tok):
            return min(end, tok.left_edge.idx)
    return end




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
    """'told a meeting of leaders that few people understood ...', 'told reporters at a
    press conference that ...': the parser hung the that-clause on the addressee or on the
    place as a relative clause (its 'that' is a conjunction)."""
    objs = [c for c in cue.rights if c.dep_ == "dobj"] if cue.lemma_.lower() in \
        _ADDRESSEE_VERBS else []
    objs += [o for p in cue.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for obj in objs:
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
    return cue.lemma_.lower() in _QUESTION_VERBS and child.dep_ == "advcl" and child.i > cue.i \
        and _marker(child) in ("if", "whether")


def _reported_conj(verb: Token) -> bool:
    """'said X was watching, and there was ...': a clause the parser joined to the cue
    verb that has a subject of its own and is no cue itself continues what was said."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or cue_word(verb) is not None:
        return False
    if _after_but(verb):
        return True  # 'said they had misgivings, but could not bear to ...': one statement
    subject = _own_subject(verb)
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




def _made_clause(cue: Token, text: str) -> Chars | None:
    """'made (it) clear that ...': the clause, hung on the adjective or on the verb."""
    if not made_statement(cue):
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
