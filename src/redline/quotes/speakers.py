"""Who is speaking: the source mention of a cue and the actor it refers to.

The source mention is the words in the text ("Yuri Ushakov, a Kremlin aide", "he",
"the official"). The actor comes from the actors stage when one overlaps the mention's
head; otherwise a pronoun or a definite description is resolved to the nearest
preceding compatible actor (a person for "he"/"the aide", an organisation or state for
"it"/"the ministry"), preferring one that was the subject of a recent sentence. The
candidates, with the persons and bodies the actors stage did not code, are in
``redline.quotes.index`` (built from ``redline.quotes.names``); things that speak for whoever
issued them ("the ad", "the statement") are traced in ``redline.quotes.issuers``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from redline.model import Actor
from redline.quotes.descriptions import (
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    TYPED_NOUNS,
    fits,
)
from redline.quotes.gender import (
    FEMALE,
    MALE,
    noun_gender,
)
from redline.quotes.index import ActorIndex, Source
from redline.quotes.issuers import (
    AD_NOUNS,
    ARTIFACT_NOUNS,
    actor_of_noun,
    issuer,
    issuer_of,
)
from redline.quotes.lexicon import (
    DETERMINERS_DEFINITE,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    RELATIVE_PRONOUNS,
)
from redline.quotes.names import described, described_group
from redline.quotes.unlisted import before_relative, name_in, unlisted_name

_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP  # built once: looked up per cue and candidate
GROUP_NOUNS: frozenset[str] = frozenset({
    "government", "ministry", "agency", "company", "newspaper", "paper", "campaign", "department",
    "committee", "administration", "party", "council", "office", "organization", "organisation",
    "group", "alliance", "court", "commission", "army", "military", "kremlin", "police", "union",
    "bank", "firm", "network", "report", "study", "poll", "survey", "statement", "embassy", "team",
    "house", "senate", "congress", "parliament", "cabinet", "fund", "foundation", "institute",
    "association", "federation", "coalition", "bureau", "service", "board",
})
# Descriptions that may stand for a country's state ("the government said").
STATE_NOUNS: frozenset[str] = frozenset({
    "government", "administration", "ministry", "kremlin", "army", "military", "cabinet",
    "embassy", "department", "police", "parliament", "congress", "senate", "house", "court",
})
ROLE_NOUNS: frozenset[str] = frozenset({
    "minister", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "president",
    "secretary", "chancellor", "senator", "envoy", "diplomat", "general", "leader", "premier",
    "governor", "ambassador", "commander", "chief", "adviser", "advisor", "candidate",
    "nominee", "lawmaker", "congressman", "congresswoman", "representative", "mayor", "king",
    "queen", "prince", "judge", "director", "officer", "negotiator", "prosecutor", "lawyer",
    "attorney", "founder", "executive", "chairman", "chairwoman", "speaker", "host", "author",
    "analyst", "economist", "professor", "businessman", "billionaire", "mogul",
    "businesswoman", "columnist", "surgeon", "neurosurgeon", "republican", "democrat",
})
_PARTY_WORDS = frozenset({"republican", "democrat"})
_PAIR_WORDS = frozenset({"two", "both"})
_POSSESSIVES = frozenset({"his"})
_PLURAL_OR_THING = frozenset({"it", "they", "them"})
# Nouns too loose to follow back through an unnamed first mention ('the group ... the group'
# may be any group): only an earlier 'X group' names their referent.
_LOOSE_NOUNS = MEDIA_NOUNS | COMPANY_NOUNS | {"campaign"}
_TITLE_SHORT = {"senator": "sen.", "governor": "gov.", "representative": "rep.",
                "general": "gen.", "president": "pres.", "secretary": "sec.",
                "congressman": "rep.", "congresswoman": "rep.", "professor": "prof."}


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
    while j > i + 1 and (doc[j - 1].is_punct or doc[j - 1].is_space) and not _closes(doc, i, j):
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


def _closes(doc: Doc, i: int, j: int) -> bool:
    """Whether the last token of doc[i:j] closes a quote opened inside it."""
    return doc[j - 1].is_quote and sum(t.is_quote for t in doc[i:j]) % 2 == 0


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
    head = subject
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        head = subject.head.head
    if head.lower_ in _POSSESSIVES:  # 'his remarks': the actors stage reads these well
        actor = _agreeing(head, _actor_at(head, words, index), index) or _antecedent(
            head, words, index)
    elif head.lower_ in _PRONOUNS:  # the subject of a recent sentence
        actor = _cataphor(head, index) or _document_it(head, index) or _antecedent(
            head, words, index) or _agreeing(head, _actor_at(head, words, index), index)
    else:
        actor = _actor_at(head, words, index)
        if actor is None:
            actor = _antecedent(head, words, index) or _possessor(head, index) or (
                described_group(head, words)) or _described_person(head, words) or (
                unlisted_name(head, label=span is not None)) or (
                _described_body(head, words))
        elif actor.kind != "person" and head.tag_ == "NN" and _wants(head) == "person":
            actor = _titled(head, words, index) or _holder(head, words, index) or actor
        elif actor.kind != "person" and _person_noun(head) and not actor.start <= head.idx < \
                actor.end:  # 'Another diplomat, former envoy to Ukraine Kurt Volker'
            actor = name_in(words, head, index) or _described_person(head, words) or actor
    if actor is not None and (actor.start, actor.end) != (words.start_char, words.end_char):
        actor = replace(actor, text=words.text, start=words.start_char, end=words.end_char,
                        sentence=sentence)
    return Source(words.start_char, words.end_char, words.text, actor)


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
    if head.tag_ != "NN" or not (lemma in ROLE_NOUNS or lemma in _PERSON_NOUNS):
        return None
    return described(head, words, "person")




def _person_noun(head: Token) -> bool:
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in ROLE_NOUNS or lemma in _PERSON_NOUNS)



_PERSON_NOUNS = frozenset({
    "teacher", "farmer", "doctor", "nurse", "witness", "resident", "student", "soldier",
    "worker", "journalist", "reporter", "activist", "protester", "villager", "man", "woman",
    "survivor", "refugee", "pilot", "engineer", "expert", "researcher", "scientist", "source",
    "mother", "father", "voter", "owner", "driver", "fighter", "medic", "volunteer",
})


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
    wants = _wants(pronoun)
    hits = index.overlapping(subj.idx, subj.idx + len(subj.text))
    return next((a for a in hits if wants is not None
                 and _compatible(pronoun, wants, a, index)), None)


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
    if head.lower_ in _PRONOUNS and best.name.lower() == head.lower_:
        return None  # the actors stage left the pronoun unresolved
    return best


def _wants(head: Token) -> str | None:
    """'person', 'group' or None: what kind of antecedent the mention needs."""
    low = head.lower_
    if low in ("i", "me", "we", "us"):
        return None  # the writer (or the paper), not someone named earlier
    if low in PRONOUNS_PERSON or low in _POSSESSIVES:
        return "person"
    if low in _PAIR_WORDS and head.dep_.startswith("nsubj"):
        return "group"  # 'the two learned of a meeting': a pair named before
    if low in PRONOUNS_GROUP:
        return "group"
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.lower_ in _PARTY_WORDS):
        return None  # 'the Republican' (the model may tag it a name) is a person
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    if not dets & DETERMINERS_DEFINITE:
        return None
    lemma = head.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in ARTIFACT_NOUNS:
        return "group"
    return "person" if lemma in ROLE_NOUNS else None


def _antecedent(head: Token, span: Span, index: ActorIndex, *,
                fallback: bool = True, depth: int = 0) -> Actor | None:
    wants = _wants(head)
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
        if tok is None or not _compatible(head, wants, actor, index):
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
    return found if all(word in window for word in _modifiers(head)) else None


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
        if actor.text.lower() in _PRONOUNS or not _same_sex(head, actor, index):
            continue  # a pronoun's reading is the actors stage's guess; 'the businessman'
        tok = index.head_of(actor)
        if tok is not None and index.rank(tok, sent_start) <= 1:
            return actor
    return None


def _same_sex(noun: Token, actor: Actor, index: ActorIndex) -> bool:
    """Whether a gendered role ('the businessman', 'the spokeswoman') fits the person."""
    wanted = noun_gender(noun.lemma_.lower())
    return wanted is None or index.gender(actor) in (None, wanted)


def _agreeing(head: Token, actor: Actor | None, index: ActorIndex) -> Actor | None:
    """The actors stage's own reading of a pronoun, kept only if kind and gender agree."""
    wants = _wants(head)
    if actor is None or wants is None:
        return actor
    named = replace(actor, text=actor.name)  # judge by the name, not by the pronoun
    return actor if _compatible(head, wants, named, index) else None


def _compatible(head: Token, wants: str, actor: Actor, index: ActorIndex) -> bool:
    """Kind, number and gender agreement between a pronoun or description and an actor."""
    low = head.lower_
    if (actor.kind == "person") != (wants == "person") and not _plural_people(low, actor, index):
        return False
    if ((actor.start, actor.end) in index.pairs) != (low in _PAIR_WORDS) \
            and low not in ("they", "them"):
        return False  # a pair is 'they' or 'the two'; 'the two' is a pair
    if actor.text.lower() in _PRONOUNS:
        return False  # another pronoun: its resolution is only a guess
    if low in ("they", "them") and actor.kind == "state":
        return False  # a country is 'it'
    if low == "it" and actor.kind == "group" and (tok := index.head_of(actor)) is not None \
            and tok.tag_ in ("NNS", "NNPS"):
        return False  # 'Democrats' are 'they'
    if low in ("he", "him", "his", "she", "her"):
        tok = index.head_of(actor)
        if tok is not None and tok.tag_ in ("NNS", "NNPS"):
            return False  # 'the Mexican people' is no 'he'
        gender = index.gender(actor)
        return gender is None or gender == (MALE if low in ("he", "him", "his") else FEMALE)
    if head.pos_ == "NOUN" and wants == "person":  # 'the senator': a person called so
        return _same_sex(head, actor, index) and _called(head, actor, _title_window(actor, index))
    if head.pos_ == "NOUN":  # 'the newspaper' is a media outlet, 'the agency' a state body
        fit = fits(head.lemma_.lower(), actor)
        if fit is not None:
            return fit
    if head.pos_ == "NOUN" and actor.kind == "state":  # 'the newspaper' is not a country
        return head.lemma_.lower() in STATE_NOUNS
    return True


def _title_window(actor: Actor, index: ActorIndex) -> str:
    """The words that title a person: those of the mention and of the earlier mentions of
    the same name ('Republican Gov. Eric Holcomb ... Holcomb ... The governor said')."""
    windows = [_mention_window(a, index) for a in index.preceding(actor.end, 200)
               if a.kind == "person" and a.name == actor.name and a is not actor]
    return " | ".join([_mention_window(actor, index), *windows[:4]])


def _mention_window(actor: Actor, index: ActorIndex) -> str:
    """The words that title a mention: its own noun phrase and appositives ('Former Texas
    Gov. Rick Perry', 'Rick Perry, the former governor'), at most 60 characters before it."""
    tok = index.head_of(actor)
    if tok is None:
        return index.text[max(0, actor.start - 60):actor.end].lower()
    noun = tok.head if tok.dep_ == "appos" else tok
    lo = max(actor.start - 60, min(actor.start, noun.left_edge.idx))
    hi = max([actor.end, *(c.right_edge.idx + len(c.right_edge) for c in noun.children
                           if c.dep_ == "appos")])
    return index.text[lo:hi].lower()


def _plural_people(pronoun: str, actor: Actor, index: ActorIndex) -> bool:
    """'NATO leaders declared ... but they did not offer': people named in the plural are
    'they'."""
    if pronoun not in ("they", "them") or actor.kind != "person":
        return False
    tok = index.head_of(actor)
    return tok is not None and tok.tag_ == "NNS" and tok.is_lower  # not "Sanders"


def _called(head: Token, actor: Actor, window: str) -> bool:
    """Whether the role word (or its short title) stands in the words that title the mention."""
    lemma = head.lemma_.lower()
    if any(other in window and word not in window
           for word in _modifiers(head) for other in _RIVALS.get(word, ())):
        return False  # 'the Republican nominee' is not 'Democratic nominee Tim Kaine'
    short = _TITLE_SHORT.get(lemma)
    return lemma in window or (short is not None and short in window)


def _same_noun_before(head: Token, most: int = 3) -> list[Token]:
    """Earlier nouns with the same lemma ('the official' after 'a senior official'), nearest
    first, at most ``most``."""
    doc = head.doc
    lemma = head.lemma_.lower()
    kin = next((k for k in (DOCUMENT_NOUNS, AD_NOUNS) if lemma in k), frozenset({lemma}))
    found: list[Token] = []
    wanted = _modifiers(head)
    for k in range(head.i - 1, max(-1, head.i - 150), -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and (tok.lemma_.lower() in kin
                                                     or tok.lower_ == head.lower_) \
                and wanted <= _modifiers(tok):  # 'the Republican nominee': not the Democrat
            found.append(tok)
            if len(found) == most:
                break
    return found


_RIVALS = {"republican": ("democratic", "democrat"), "democratic": ("republican", "gop"),
           "gop": ("democratic", "democrat"), "democrat": ("republican", "gop")}


def _modifiers(noun: Token) -> set[str]:
    """Capitalised modifiers that set one holder of a role apart ('Republican', 'Senate')."""
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")
            and c.text[:1].isupper()}  # 'GOP' too


