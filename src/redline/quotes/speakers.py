"""Who is speaking: the source mention of a cue and the actor it refers to.

The source mention is the words in the text ("Yuri Ushakov, a Kremlin aide", "he",
"the official"). The actor comes from the actors stage when one overlaps the mention's
head; otherwise a pronoun or a definite description is resolved to the nearest
preceding compatible actor (a person for "he"/"the aide", an organisation or state for
"it"/"the ministry"), preferring one that was the subject of a recent sentence. The
candidates, with the persons and bodies the actors stage did not code, are in
``redline.quotes.index`` (built from ``redline.quotes.names``); things that speak for whoever
issued them ("the ad", "the statement") are traced in ``redline.quotes.issuers``. The
mention's words are cut in ``redline.quotes.mentions``; agreement of a pronoun or
description with a candidate (kind, number, gender, title) is ``redline.quotes.agreement``;
the nouns that describe speakers are in ``redline.quotes.speaker_nouns``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from redline.model import Actor
from redline.quotes.agreement import (
    POSSESSIVES,
    PRONOUNS,
    agreeing,
    compatible,
    modifiers,
    same_sex,
    wanted_kind,
)
from redline.quotes.appositions import named_beside
from redline.quotes.cues import nearest_subject
from redline.quotes.descriptions import COMPANY_NOUNS, DOCUMENT_NOUNS, MEDIA_NOUNS, TYPED_NOUNS
from redline.quotes.index import ActorIndex, Source
from redline.quotes.issuers import (
    AD_NOUNS,
    ARTIFACT_NOUNS,
    actor_of_noun,
    issuer,
    issuer_of,
)
from redline.quotes.lexicon import DETERMINERS_DEFINITE, RELATIVE_PRONOUNS
from redline.quotes.mentions import mention_span, past_dateline
from redline.quotes.names import described, described_group
from redline.quotes.speaker_nouns import GROUP_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from redline.quotes.subjects import described_subject
from redline.quotes.unlisted import before_relative, name_in, relative_person, unlisted_name

_PLURAL_OR_THING = frozenset({"it", "they", "them"})
# Nouns too loose to follow back through an unnamed first mention ('the group ... the group'
# may be any group): only an earlier 'X group' names their referent.
_LOOSE_NOUNS = MEDIA_NOUNS | COMPANY_NOUNS | {"campaign"}
def resolve_source(subject: Token, index: ActorIndex, sentence: int, *,
                   span: tuple[int, int] | None = None) -> Source:
    """The source of a cue whose grammatical subject is ``subject`` (or token ``span``)."""
    doc = subject.doc
    if span is None:
        subject = past_dateline(subject)
    if span is None and subject.lower_ in ("that", "which") and subject.head.dep_ == "relcl":
        subject = issuer(subject) or subject
    elif span is None and subject.lower_ in ("who", "which") and subject.head.dep_ != "relcl":
        subject = before_relative(subject) or subject
    i, j = span if span is not None else mention_span(subject)
    words = doc[i:j]
    head, desc = subject, words
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        head = _among(relative_person(subject))
        desc = _noun_words(head, subject)  # 'voters who said': named by 'voters'
    if head.lower_ in POSSESSIVES:  # 'his remarks': the actors stage reads these well
        actor = agreeing(head, _actor_at(head, words, index), index) or _antecedent(
            head, words, index)
    elif head.lower_ in PRONOUNS:  # the subject of a recent sentence
        actor = _cataphor(head, index) or _document_it(head, index) or _described_subject(
            head, index) or _antecedent(head, words, index) or agreeing(
            head, _actor_at(head, words, index), index)
    else:
        actor = _actor_at(head, desc, index)
        if actor is None:
            actor = _antecedent(head, desc, index) or _possessor(head, index) or (
                described_group(head, desc)) or _described_person(head, desc) or (
                unlisted_name(head, label=span is not None)) or (
                _described_body(head, desc))
        elif actor.kind != "person" and head.tag_ == "NN" and wanted_kind(head) == "person":
            actor = _titled(head, desc, index) or _holder(head, desc, index) or actor
        elif actor.kind != "person" and _person_noun(head) and not actor.start <= head.idx < \
                actor.end:  # 'Another diplomat, former envoy to Ukraine Kurt Volker'
            actor = name_in(desc, head, index) or _described_person(head, desc) or actor
    if actor is not None and (actor.start, actor.end) != (words.start_char, words.end_char):
        actor = replace(actor, text=words.text, start=words.start_char, end=words.end_char,
                        sentence=sentence)
    return Source(words.start_char, words.end_char, words.text, actor)


def _among(noun: Token) -> Token:
    """'Pepsi and Costco are among retailers that said': the ones said to be among them."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "among" and prep.head.lemma_ == "be":
        return nearest_subject(prep.head) or noun
    return noun


def _noun_words(noun: Token, relative: Token) -> Span:
    """The words of the noun a relative pronoun stands for, up to the pronoun."""
    i, j = mention_span(noun)
    if noun.i < relative.i:
        j = min(j, relative.i)
    while j > i + 1 and noun.doc[j - 1].is_punct:
        j -= 1
    return noun.doc[i:j]


def _described_body(head: Token, words: Span) -> Actor | None:
    """"the territory's health ministry said', 'the company said' with no body of that kind
    named before: a body the text describes but does not name (uncoded)."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN":
        return None
    if words.text.lower() in RELATIVE_PRONOUNS:  # 'a mining company that had declared'
        i, j = mention_span(head)
        words = head.doc[i:min(j, words.start)] if words.start > i else head.doc[i:j]
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if poss is not None and not _person_noun(head) and lemma not in GROUP_NOUNS:
        return _described_body(poss, head.doc[poss.left_edge.i:poss.i + 1]) or described(
            poss, head.doc[poss.left_edge.i:poss.i + 1], "group")  # "the assembly's record"
    if head.tag_ != "NN" or lemma not in GROUP_NOUNS or lemma in ARTIFACT_NOUNS \
            or lemma in DOCUMENT_NOUNS:
        return None
    return described(head, words, "group")



def _described_person(head: Token, words: Span) -> Actor | None:
    """'the diplomat said', 'a teacher in the east of the city said': a person the text
    describes but does not name (an uncoded person named by the description)."""
    lemma = head.lemma_.lower()
    if head.tag_ != "NN" or not (lemma in ROLE_NOUNS or lemma in PERSON_NOUNS):
        return None
    return described(head, words, "person")




def _person_noun(head: Token) -> bool:
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in ROLE_NOUNS or lemma in PERSON_NOUNS)



def _possessor(noun: Token, index: ActorIndex) -> Actor | None:
    """'the parliament's official count', 'the group's statement': a thing that speaks for
    the body named (or described) as its possessor."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON" and noun.lemma_.lower() in _SPEAKS_FOR:
        return _antecedent(poss, poss.doc[poss.i:poss.i + 1], index)  # 'His office said'
    if poss is None or poss.pos_ == "PRON" or noun.lemma_.lower() in ROLE_NOUNS:
        return None  # 'the Texas senator's allies' are people, not the senator
    if hits := index.overlapping(poss.idx, poss.idx + len(poss.text)):
        return hits[-1]
    if poss.pos_ != "NOUN" or not _definite(poss):
        return None  # 'the bank's board': the bank named before by that noun
    return next((a for t in _same_noun_before(poss) if (a := actor_of_noun(t, index))), None)


# Those who speak for the person or body that owns them ('His office said', 'its lawyers').
_SPEAKS_FOR = frozenset({"office", "campaign", "spokesman", "spokeswoman", "spokesperson",
                         "aide", "lawyer", "attorney", "representative", "staff", "team"})


def _cataphor(pronoun: Token, index: ActorIndex) -> Actor | None:
    """'In what he called a rant, President Obama said ...': a pronoun inside a clause or
    phrase set before the main subject is that subject, when it agrees."""
    root = pronoun.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i <= pronoun.i or not any(
            c.dep_ in ("advcl", "prep") and c.left_edge.i <= pronoun.i <= c.right_edge.i
            and c.i < subj.i for c in root.children):
        return None
    wants = wanted_kind(pronoun)
    hits = index.overlapping(subj.idx, subj.idx + len(subj.text))
    return next((a for a in hits if wants is not None
                 and compatible(pronoun, wants, a, index)), None)


def _described_subject(pronoun: Token, index: ActorIndex) -> Actor | None:
    """'The former ambassador also discussed X. He stated ...': the person a described subject
    before the pronoun stands for when an earlier mention calls that person so, or the
    described person of an indefinite one (``redline.quotes.subjects``)."""
    noun = described_subject(pronoun, index)
    if noun is None:
        return None
    i, j = mention_span(noun)
    words = noun.doc[i:j]
    if not _definite(noun):  # 'One delegate said ... he said': that delegate, unnamed
        return _described_person(noun, words)
    found = _antecedent(noun, words, index, fallback=False)  # a person called so before
    if found is not None and found.kind == "person" and compatible(
            pronoun, "person", found, index):
        return found
    return None


def _document_it(pronoun: Token, index: ActorIndex) -> Actor | None:
    """'It' after a sentence whose main subject is a thing that speaks: 'The city sent a
    letter. It says ...' (the sender), "Trump's campaign is defending ... It is ..." (the
    body's owner), 'A new ad from X ... The ad cites Y. It also mentions Z' (the issuer)."""
    if pronoun.lower_ != "it" or pronoun.sent.start == 0:
        return None
    root = pronoun.doc[pronoun.sent.start - 1].sent.root
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    sent_thing = next((t for t in root.children if t.dep_ == "dobj"), None)
    if sent_thing is not None and issuer_of(sent_thing) is subject:
        return _subject_actor(subject, index)
    if subject.pos_ != "NOUN" or index.overlapping(subject.idx, subject.idx + 1):
        return None
    lemma = subject.lemma_.lower()
    if lemma in GROUP_NOUNS:
        return actor_of_noun(subject, index)
    if lemma in ARTIFACT_NOUNS | DOCUMENT_NOUNS:
        return _antecedent(subject, subject.doc[subject.i:subject.i + 1], index)
    return None


def _subject_actor(subject: Token, index: ActorIndex) -> Actor | None:
    """The actor a subject names, or, for a description ('the city'), stands for."""
    if hits := index.overlapping(subject.idx, subject.idx + len(subject.text)):
        return hits[-1]
    span = subject.doc[subject.i:subject.i + 1]
    return _antecedent(subject, span, index) if subject.pos_ == "NOUN" else None


def _actor_at(head: Token, span: Span, index: ActorIndex) -> Actor | None:
    hits = index.overlapping(head.idx, head.idx + len(head.text))
    if not hits:
        hits = index.overlapping(span.start_char, span.end_char)
        hits = [a for a in hits if a.end - a.start > 0]
    pair = next((a for a in hits if (a.start, a.end) in index.pairs
                 and a.start <= head.idx < a.end), None)
    if pair is not None:
        return pair  # 'Mr. Grassley and Mr. Leahy said': both of them
    persons = [a for a in hits if a.kind == "person"]
    pool = persons or hits
    if not pool:
        return None
    best = pool[0]
    widest = max(pool, key=lambda a: a.end - a.start)  # 'The Washington Post' over 'Washington'
    if all(widest.start <= a.start and a.end <= widest.end for a in pool):
        best = widest
    if head.lower_ in PRONOUNS and best.name.lower() == head.lower_:
        return None  # the actors stage left the pronoun unresolved
    return named_beside(head, best, index) or best


def _antecedent(head: Token, span: Span, index: ActorIndex, *,
                fallback: bool = True, depth: int = 0) -> Actor | None:
    wants = wanted_kind(head)
    if wants is None:
        return None
    if head.pos_ == "NOUN":
        found, settled = _by_earlier_noun(head, span, index, fallback, depth)
        if settled:
            return found
    ranked = _ranked(head, wants, span, index)
    if not ranked and fallback and wants == "person" and head.pos_ == "NOUN" \
            and head.tag_ != "NNS":
        # 'Sanders still senses anger ... the Vermont senator acknowledged': a role no named
        # person was called by goes to the recent main subject, unless the knowledge base
        # gives that person another office ('the senator' is no president)
        return _candidate(head, span, index, role=head.lemma_.lower())
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _by_earlier_noun(head: Token, span: Span, index: ActorIndex, fallback: bool,
                     depth: int) -> tuple[Actor | None, bool]:
    """A description by its own earlier mentions ('a Times report ... the report'), and
    whether that settles it (an earlier unnamed 'a senior official' leaves 'the official'
    unresolved)."""
    lemma = head.lemma_.lower()
    earlier = _same_noun_before(head)
    named = next((a for t in earlier if (a := actor_of_noun(t, index)) is not None), None)
    if named is None and earlier and _definite(earlier[-1]) and depth == 0 \
            and head.tag_ == "NN" and lemma not in _LOOSE_NOUNS:
        first = earlier[-1]  # 'the former president ... the former president said'
        return _antecedent(first, first.doc[first.i:first.i + 1], index,
                           fallback=fallback, depth=1), True
    if named is not None or (earlier and lemma != "campaign"):
        return named, True
    if lemma == "campaign":  # 'the campaign': the candidate who is running it
        return _candidate(head, span, index), True
    return None, lemma in ARTIFACT_NOUNS  # 'the ad' names its issuer only as 'an ad from X'


def _ranked(head: Token, wants: str, span: Span,
            index: ActorIndex) -> list[tuple[int, int, Actor]]:
    """The compatible actors before the mention, as (rank, distance, actor): a speaker or
    main subject first (the nearer of the two), one in the mention's own paragraph before
    one outside it; for a noun that names its type ('the newspaper'), simply the nearest."""
    typed = head.pos_ == "NOUN" and head.lemma_.lower() in TYPED_NOUNS
    sent_start = head.sent.start
    ranked: list[tuple[int, int, Actor]] = []
    for n, actor in enumerate(index.preceding(span.start_char)):
        tok = index.head_of(actor)
        if tok is None or not compatible(head, wants, actor, index):
            continue
        rank = index.rank(tok, sent_start)
        rank = 0 if rank == 1 else rank
        if rank <= 2 and not index.same_paragraph(actor.start, span.start_char):
            rank += 1
        ranked.append(((rank // 4) * 4 if typed else rank, n, actor))
    if head.lower_ in _PLURAL_OR_THING:  # 'it', 'they': only a recent subject will do
        ranked = [r for r in ranked if r[0] <= 2]
    return ranked


def _definite(noun: Token) -> bool:
    """Whether a noun is definite ('the official', 'his aide'), so a mention of someone
    already known, not a new one ('a senior official')."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in DETERMINERS_DEFINITE for c in noun.children)


def _titled(head: Token, span: Span, index: ActorIndex) -> Actor | None:
    """'The Treasury secretary': the person earlier called by the whole title, rather than
    the body named inside it."""
    found = _antecedent(head, span, index, fallback=False)
    if found is None or found.kind != "person":
        return None
    tok = index.token_at(found.start)
    first = max(0, found.start - 60, tok.sent.start_char if tok is not None else 0)
    window = index.text[first:found.end].lower()  # its own sentence: 'Trump. Clinton'
    return found if all(word in window for word in modifiers(head)) else None


def _holder(head: Token, span: Span, index: ActorIndex) -> Actor | None:
    """'The former secretary of State', 'the former CEO of Hewlett-Packard': a role held
    before, with its body in the words, is the recent main subject (an unnamed former
    officer seldom speaks)."""
    if not any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children):
        return None
    return _candidate(head, span, index, role=head.lemma_.lower())


def _candidate(head: Token, span: Span, index: ActorIndex, role: str = "") -> Actor | None:
    """The person who is the main subject of a recent sentence ('Clinton plans ...'), and
    whose known office, if any, is the ``role``."""
    sent_start = head.sent.start
    for actor in index.preceding(span.start_char):
        if actor.kind != "person" or (role and actor.office and role not in actor.office.lower()):
            continue
        if actor.text.lower() in PRONOUNS or not same_sex(head, actor, index):
            continue  # a pronoun's reading is the actors stage's guess; 'the businessman'
        tok = index.head_of(actor)
        if tok is not None and index.rank(tok, sent_start) <= 1:
            return actor
    return None


def _same_noun_before(head: Token, most: int = 3) -> list[Token]:
    """Earlier nouns with the same lemma ('the official' after 'a senior official'), nearest
    first, at most ``most``."""
    doc = head.doc
    lemma = head.lemma_.lower()
    kin = next((k for k in (DOCUMENT_NOUNS, AD_NOUNS) if lemma in k), frozenset({lemma}))
    found: list[Token] = []
    wanted = modifiers(head)
    for k in range(head.i - 1, max(-1, head.i - 150), -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and (tok.lemma_.lower() in kin
                                                     or tok.lower_ == head.lower_) \
                and wanted <= modifiers(tok):  # 'the Republican nominee': not the Democrat
            found.append(tok)
            if len(found) == most:
                break
    return found

