"""Quote constructions, written by us: content, kind, cue and speaker, with offsets checked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.model import Actor, Quote
from redline.quotes import quotes_and_attributions


def _relations(doc: Any, actors: Sequence[Actor]) -> list[Quote]:
    """Every relation the extractor finds: quotes and the attributions that are not speech."""
    said, others = quotes_and_attributions(doc, actors)
    return sorted(said + others, key=lambda q: q.content.start)

# text, expected content, kind, cue text (None: no cue), speaker_text (None: no speaker)
CASES: list[tuple[str, str, str, str | None, str | None]] = [
    ('"The talks are over," Lavrov said.', "The talks are over,", "direct", "said", "Lavrov"),
    ("“The talks are over,” Lavrov said.", "The talks are over,", "direct", "said", "Lavrov"),
    ('Lavrov said: "The talks are over."', "The talks are over.", "direct", "said", "Lavrov"),
    ('Lavrov said, "The talks are over."', "The talks are over.", "direct", "said", "Lavrov"),
    ('"We are ready," she told reporters.', "We are ready,", "direct", "told", "she"),
    ("''We are ready,'' the minister said.", "We are ready,", "direct", "said", "the minister"),
    ('"Ukraine will be on the agenda," he said, "but so will Europe."',
     "but so will Europe.", "direct", "said", "he"),
    ('"Ukraine will be on the agenda," he said, "but so will Europe."',
     "Ukraine will be on the agenda,", "direct", "said", "he"),
    ('"We will not attack. We have no such plans," Peskov said on Monday.',
     "We will not attack. We have no such plans,", "direct", "said", "Peskov"),
    ('"We will hold," Kuleba said, "and we will not trade land."', "We will hold,", "direct",
     "said", "Kuleba"),
    ('"We will hold," Kuleba said, "and we will not trade land."',
     "and we will not trade land.", "direct", "said", "Kuleba"),
    ("The minister said the talks had failed, adding that the army was ready.",
     "the talks had failed", "indirect", "said", "The minister"),
    ("The minister said the talks had failed, adding that the army was ready.",
     "that the army was ready", "indirect", "adding", "The minister"),
    ('The envoy said she was tired, adding, "Nobody here wants another winter of war."',
     "Nobody here wants another winter of war.", "direct", "adding", "The envoy"),
    ('Cruz said that there is "one real choice in this race," adding that the rest had failed.',
     "that the rest had failed", "indirect", "adding", "Cruz"),
    ("Exports fell in March. Grain stocks halved, the ministry said.",
     "Exports fell in March. Grain stocks halved", "indirect", "said", "the ministry"),
    ("Exports fell in March. Grain stocks halved, according to the ministry.",
     "Grain stocks halved", "according_to", "according to", "the ministry"),
    ("Kyiv said the drills were a provocation. Grain stocks halved, the ministry said.",
     "Grain stocks halved", "indirect", "said", "the ministry"),
    ("Exports fell in March.\n\nGrain stocks halved, the ministry said.",
     "Grain stocks halved", "indirect", "said", "the ministry"),
    ('Fighters of a group called "Northern Shield" accused Kyiv of lying.', "lying",
     "indirect", "accused", 'Fighters of a group called "Northern Shield"'),
    ("The ceasefire plan was rejected by Moscow on Monday.", "The ceasefire plan", "indirect",
     "rejected", "Moscow"),
    ("Sandu has been endorsed by the largest opposition party.", "Sandu", "indirect",
     "endorsed", "the largest opposition party"),
    ("Peskov said as much on Monday.", "as much", "indirect", "said", "Peskov"),
    ("Asked whether talks would resume, the envoy said yes.", "yes", "indirect", "said",
     "the envoy"),
    ("The minister does not think so.", "so", "indirect", "think", "The minister"),
    ("Officials said the Kyiv Post reported that the envoy had resigned.",
     "that the envoy had resigned", "indirect", "reported", "the Kyiv Post"),
    ("LONDON (Reuters) - Kuleba said the talks would resume in May.",
     "the talks would resume in May", "indirect", "said", "Kuleba"),
    ("The shelling led Sandu to warn that the war could spread.",
     "that the war could spread", "indirect", "warn", "Sandu"),
    ("Zelensky used the speech to demand a ceasefire.", "a ceasefire", "indirect", "demand",
     "Zelensky"),
    ("KYIV, May 2 (Reuters) -- Farmers have taken to the roads to complain about grain "
     "imports.", "grain imports", "indirect", "complain", "Farmers"),
    ("Grain exports rose by 19 percent, according to the ministry, more than twice the "
     "forecast for the year.", "Grain exports rose by 19 percent", "according_to",
     "according to", "the ministry"),
    ('Borrell called the referendum "a sham."', 'the referendum "a sham."', "mixed", "called",
     "Borrell"),
    ('Borrell called Moldova "a success story in a decade when so many went the other way" '
     "on Monday.", 'Moldova "a success story in a decade when so many went the other way"',
     "mixed", "called", "Borrell"),
    ('"The line has held," he said in Kharkiv, "and we will not give up a metre."',
     "The line has held,", "direct", "said", "he"),
    ('"The line has held," he said in Kharkiv, "and we will not give up a metre."',
     "and we will not give up a metre.", "direct", "said", "he"),
    ("About 650 megawatts were lost, according to the grid operator, and repairs would take "
     "months, the company said.", "About 650 megawatts were lost", "according_to",
     "according to", "the grid operator"),
    ("Peskov said that Russia had no plans to invade.",
     "that Russia had no plans to invade", "indirect", "said", "Peskov"),
    ("Peskov said Russia had no plans to invade.",
     "Russia had no plans to invade", "indirect", "said", "Peskov"),
    ("Russia had no plans to invade, Peskov said.",
     "Russia had no plans to invade", "indirect", "said", "Peskov"),
    ("Russia has no plans to invade, according to the Kremlin.",
     "Russia has no plans to invade", "according_to", "according to", "the Kremlin"),
    ("According to officials, the convoy was attacked near the border.",
     "the convoy was attacked near the border", "according_to", "According to", "officials"),
    ("Blinken warned that Russia would face severe consequences.",
     "that Russia would face severe consequences", "indirect", "warned", "Blinken"),
    ("The ministry charged that the drills were a provocation.",
     "that the drills were a provocation", "indirect", "charged", "The ministry"),
    ("Analysts predicted that the sanctions would bite within months.",
     "that the sanctions would bite within months", "indirect", "predicted", "Analysts"),
    ("Stoltenberg insisted that the alliance posed no threat.",
     "that the alliance posed no threat", "indirect", "insisted", "Stoltenberg"),
    ("Kuleba added that Kyiv would not negotiate under pressure.",
     "that Kyiv would not negotiate under pressure", "indirect", "added", "Kuleba"),
    ("The general noted that the troops had withdrawn.",
     "that the troops had withdrawn", "indirect", "noted", "The general"),
    ("The envoy argued that the deal was still possible.",
     "that the deal was still possible", "indirect", "argued", "The envoy"),
    ("Moscow claimed that the drone had been shot down.",
     "that the drone had been shot down", "indirect", "claimed", "Moscow"),
    ("The Kremlin denied that it planned an invasion.",
     "that it planned an invasion", "indirect", "denied", "The Kremlin"),
    ("Macron stressed that Europe must speak with one voice.",
     "that Europe must speak with one voice", "indirect", "stressed", "Macron"),
    ("Zelensky told reporters that the army was ready.",
     "that the army was ready", "indirect", "told", "Zelensky"),
    ('Peskov said the warnings were "hysteria" stoked by Washington.',
     'the warnings were "hysteria" stoked by Washington', "mixed", "said", "Peskov"),
    ('He said the measures would make it "very, very difficult" for Moscow to advance.',
     'the measures would make it "very, very difficult" for Moscow to advance', "mixed",
     "said", "He"),
    ('Lavrov: "We will respond in kind."', "We will respond in kind.", "direct", ":",
     "Lavrov"),
    ('Maria Zakharova ― "The West is lying."', "The West is lying.", "direct", "―",
     "Maria Zakharova"),
    ('The NATO chief, asked about the deployment, replied that no decision had been taken.',
     "that no decision had been taken", "indirect", "replied", "The NATO chief"),
    ('The NATO chief, asked about the deployment, replied: "No decision has been taken."',
     "No decision has been taken.", "direct", "replied", "The NATO chief"),
    ('Austin was asked, "What happens if Russia invades?"', "What happens if Russia invades?",
     "direct", "asked", None),
    ('A reporter asked Austin, "What happens if Russia invades?"',
     "What happens if Russia invades?", "direct", "asked", "A reporter"),
    ('"We are ready.\n\n"We will defend every inch," the minister said.',
     'We are ready.\n\n"We will defend every inch,', "direct", "said", "the minister"),
    ('Biden spoke to reporters. "We have been clear," he said.\n\n"Russia will pay a price."',
     "Russia will pay a price.", "direct", None, "he"),
    ('"Nobody wants a war," he said.', "Nobody wants a war,", "direct", "said", "he"),
    ("“I don’t accept anybody’s red lines,” he told reporters.",
     "I don’t accept anybody’s red lines,", "direct", "told", "he"),
    ('The spokesman said the report was "a fabrication" from start to finish.',
     'the report was "a fabrication" from start to finish', "mixed", "said", "The spokesman"),
    ("Officials vowed to rebuild the bridge within a year.",
     "to rebuild the bridge within a year", "indirect", "vowed", "Officials"),
    ("The president called the invasion a catastrophe.", "the invasion a catastrophe",
     "indirect", "called", "The president"),
    ("Beijing called for restraint on all sides.", "restraint on all sides", "indirect",
     "called", "Beijing"),
    ('"It is a crime," said the mayor of Kharkiv.', "It is a crime,", "direct", "said",
     "the mayor of Kharkiv"),
    # documents and polls as sources; verbs of belief, showing and hope; stance objects
    ("A new poll found that most voters distrust both parties.",
     "that most voters distrust both parties", "indirect", "found", "A new poll"),
    ("The report shows that exports fell for a third month.",
     "that exports fell for a third month", "indirect", "shows", "The report"),
    ("Diplomats believe the ceasefire will hold.", "the ceasefire will hold", "indirect",
     "believe", "Diplomats"),
    ("The opposition hopes that the court will annul the result.",
     "that the court will annul the result", "indirect", "hopes", "The opposition"),
    ("The ministry criticized the decision to close the border.",
     "the decision to close the border", "indirect", "criticized", "The ministry"),
    ("The senator accused the ministry of hiding the figures.", "hiding the figures",
     "indirect", "accused", "The senator"),
    # a raising verb: how things seem, said by no one in particular
    ("The prime minister seems ready to call an early vote.",
     "The prime minister seems ready to call an early vote", "indirect", "seems", None),
    # a cue set off by commas inside the clause it reports: one stretch around it when the
    # first half is the clause's subject; the second half alone after a mere adverb
    ("The goal, the envoy said, is a lasting ceasefire along the whole front.",
     "The goal, the envoy said, is a lasting ceasefire along the whole front", "indirect",
     "said", "the envoy"),
    ("Those who fled, the envoy said, are still waiting for help at the border.",
     "Those who fled, the envoy said, are still waiting for help at the border", "indirect",
     "said", "the envoy"),
    ("And yet, his aides say, the region remains a priority for the minister.",
     "the region remains a priority for the minister", "indirect", "say", "his aides"),
    ("Instead, Kuleba told reporters, the army would hold the line until spring.",
     "the army would hold the line until spring", "indirect", "told", "Kuleba"),
    # a quote ending in ! or ? with its cue in the next sentence
    ('"We will never surrender!" Zelensky said on Twitter.', "We will never surrender!",
     "direct", "said", "Zelensky"),
    # a cue and a colon closing a paragraph: the next paragraph is what was said
    ('The minister said:\n\n"We will respond to any attack on our territory."',
     "We will respond to any attack on our territory.", "direct", "said", "The minister"),
    ("The ministry added:\n\nThe border will stay closed until further notice.",
     "The border will stay closed until further notice", "indirect", "added", "The ministry"),
    # a quote that follows a reported clause in the same paragraph keeps its cue
    ('Lavrov said the talks had failed. "There is nothing left to discuss."',
     "There is nothing left to discuss.", "direct", "said", "Lavrov"),
    # a participle trailing a clause shares the subject of the main clause
    ("Peskov denied the claim that an attack was coming, explaining that the drills were "
     "routine.", "that the drills were routine", "indirect", "explaining", "Peskov"),
    # an object with the phrases the parser hung on the verb
    ("The ministry reported 906 attacks on aid convoys in the first half of the year.",
     "906 attacks on aid convoys in the first half of the year", "indirect", "reported",
     "The ministry"),
    # a split quote whose second half follows a participle: still the main cue's
    ('"We are ready," the general said, recalling the last war: "We will not be caught off '
     'guard again."', "We will not be caught off guard again.", "direct", "said",
     "the general"),
    # a thing someone issued that "says" something: the issuer is the source
    ("The campaign released an ad that says the senator lied about the war.",
     "the senator lied about the war", "indirect", "says", "The campaign"),
    # an adjective made into a statement: 'made (it) clear that ...'
    ("Putin made it clear that Russia would not retreat.", "that Russia would not retreat",
     "indirect", "clear", "Putin"),
    ("The minister has made clear that the talks are over.", "that the talks are over",
     "indirect", "clear", "The minister"),
    # a noun cue with its infinitive; the possessor is the source
    ("The president renewed his promise to rebuild the bridge.", "to rebuild the bridge",
     "indirect", "promise", "his"),
    # stances and plans with an object as content
    ("The general portrayed the retreat as a regrouping.", "the retreat as a regrouping",
     "indirect", "portrayed", "The general"),
    ("Ankara wants a buffer zone along the border.", "a buffer zone along the border",
     "indirect", "wants", "Ankara"),
    ("The government plans a new round of talks.", "a new round of talks", "indirect", "plans",
     "The government"),
    ("Western officials support the sanctions package.", "the sanctions package", "indirect",
     "support", "Western officials"),
    # a clause the parser joined to the cue verb: part of what was said, unless its subject
    # is a person acting ('and he left the room')
    ("The spokeswoman said her country was watching the race closely, and there was little "
     "appetite for a new deal.", "her country was watching the race closely, and there was "
     "little appetite for a new deal", "indirect", "said", "The spokeswoman"),
    ("The envoy said the talks had stalled, and he left the room.", "the talks had stalled",
     "indirect", "said", "The envoy"),
    # a second object the parser hung on the verb
    ("The envoy welcomed the release of the prisoners last week and a pause in the shelling.",
     "the release of the prisoners last week and a pause in the shelling", "indirect",
     "welcomed", "The envoy"),
    # quoted words the parser took for the subject: the name beside the cue speaks
    ("''Our numbers are strong enough to win states that we do not usually win anymore: "
     "Michigan, Ohio,'' Mr. Trump said.", "Our numbers are strong enough to win states that we "
     "do not usually win anymore: Michigan, Ohio,", "direct", "said", "Mr. Trump"),
    # a view: 'sees X as Y', the object and its complement
    ("Moscow sees the alliance as a threat.", "the alliance as a threat", "indirect", "sees",
     "Moscow"),
    # conjuncts the parser hung on the cue carry on its content
    ("The minister wants to reopen the port, lift the blockade and resume exports.",
     "to reopen the port, lift the blockade and resume exports", "indirect", "wants",
     "The minister"),
    # a quoted programme name beside a cue that has its own clause is not what was said
    ("Speaking on “Face the Nation,” the senator admitted that the vote had failed.",
     "that the vote had failed", "indirect", "admitted", "the senator"),
    # a quote signed with a name after a dash
    ("“We will not give up our land.” ― Olena Kovalenko", "We will not give up our land.",
     "direct", "―", "Olena Kovalenko"),
    ("Readers wrote in.\n“The ceasefire must hold.” — Jan Novak.\n“Talks first.” — Eva Horak",
     "The ceasefire must hold.", "direct", "—", "Jan Novak"),
    # 'as X noted': the clause the reporting phrase qualifies, on either side
    ("As the ministry noted, the talks had stalled.", "the talks had stalled", "indirect",
     "noted", "the ministry"),
    ("The talks failed, as the ministry reported on Monday.", "The talks failed", "indirect",
     "reported", "the ministry"),
    # an indirect question put to someone: the question, with no speaker
    ("Asked if he would resign, the minister said no.", "if he would resign", "indirect",
     "Asked", None),
    ("The reporter was asked whether the talks had failed.", "whether the talks had failed",
     "indirect", "asked", None),
    # a plain report inside another report names a second source
    ("Officials said the envoy said the talks were over.", "the talks were over", "indirect",
     "said", "the envoy"),
    # the complement after the cue, not a conditional clause before it
    ("Should the company fail, environmentalists worry that the cost could fall to taxpayers.",
     "that the cost could fall to taxpayers", "indirect", "worry", "environmentalists"),
    # a that-clause the parser hung on the addressee
    ("He told a meeting of island leaders that few people understood the stakes.",
     "that few people understood the stakes", "indirect", "told", "He"),
    # a report set off inside the clause it reports, parsed as a complement of that clause
    ("If anything, Ash argued in his email, the incident is an illustration of why the rules "
     "matter.", "the incident is an illustration of why the rules matter", "indirect",
     "argued", "Ash"),
    # a report joined to the clause before it with no conjunction
    ("The minister is very accessible to the media, Kaine insisted on Thursday.",
     "The minister is very accessible to the media", "indirect", "insisted", "Kaine"),
    # the speaker after the verb, taken by the parser for its object
    ("“We are not done,” added another senior diplomat. “The talks go on.”", "The talks go on.",
     "direct", "added", "another senior diplomat"),
    # an object goes on past a comma with a phrase that still qualifies it
    ("The company reported its smallest profit in years, including a loss in Europe.",
     "its smallest profit in years, including a loss in Europe", "indirect", "reported",
     "The company"),
    # a contrast joined to the reported clause is still what was said; an action is not
    ("The envoy said the talks had stalled, but would resume in May.",
     "the talks had stalled, but would resume in May", "indirect", "said", "The envoy"),
    # evaluative verbs: what is judged, and why
    ("The senator faulted the agency for the delay.", "the agency for the delay", "indirect",
     "faulted", "The senator"),
    ("The minister loves to talk about growth.", "to talk about growth", "indirect", "loves",
     "The minister"),
    # 'call for X to do Y': the for-to clause the parser hung on the cue
    ("Cruz is calling for some of his rivals to drop out.", "some of his rivals to drop out",
     "indirect", "calling", "Cruz"),
    # the clause after a colon that the parser made the head of the cue is still the content
    ("Mr. McKinley notes that we are at a rare economic moment where three things are happening "
     "at once: Home values are rising in many parts of the country, interest rates are low and "
     "banks are lending again.", "that we are at a rare economic moment where three things are "
     "happening at once: Home values are rising in many parts of the country, interest rates are "
     "low and banks are lending again", "indirect", "notes", "Mr. McKinley"),
    # a transcript quoted paragraph by paragraph: each label speaks its own paragraph
    ('The transcript follows.\n\n"HOST: Will the talks resume next month?\n\n"MINISTER: We '
     'are ready to meet next week."', "We are ready to meet next week", "direct", ":",
     "MINISTER"),
]


@pytest.mark.slow
def test_quotes_many_quotes_all_found(nlp: Any) -> None:
    """Many quotes in one document: each is found (the cost per quote is a benchmark,
    ``benchmarks/profile_coder.py``, not a timed test)."""
    para = '"We will not leave," the minister said. Officials said the talks had stalled.\n\n'
    n_small = len(_relations(nlp(para * 20), []))
    n_big = len(_relations(nlp(para * 200), []))
    assert n_big == 10 * n_small > 0


def _check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.content.start:q.content.end] == q.content.text
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)
        assert (q.speaker_span is None) == (q.speaker_text is None)
        if q.speaker_span is not None:
            span = q.speaker_span
            assert text[span.start:span.end] == span.text == q.speaker_text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content", "kind", "cue", "speaker"), CASES)
def test_quotes_construction(nlp: Any, text: str, content: str, kind: str, cue: str | None,
                             speaker: str | None) -> None:
    quotes = _relations(nlp(text), [])
    _check_offsets(text, quotes)
    found = [q for q in quotes if q.content.text == content]
    assert found, [(q.content.text, q.kind) for q in quotes]
    q = found[0]
    assert q.kind == kind
    assert (q.cue.text if q.cue else None) == cue
    assert q.speaker_text == speaker
    assert q.direct == (kind in ("direct", "partial"))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue"), [
    ("The rebels, known as the Northern Shield, shelled the post.", "known"),
    ("Consider a gap year before college.", "Consider"),
    ('A militia called "Northern Shield" shelled the post.', "called"),
])
def test_quotes_naming_and_imperatives_report_no_one(nlp: Any, text: str, cue: str) -> None:
    quotes = _relations(nlp(text), [])
    assert all(q.cue is None or q.cue.text != cue for q in quotes)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Latest: Talks resume in Geneva\n\nThe envoys met on Monday.",
    "Q: Will the talks resume?\n\nA: We hope so.",
    "Editor's note: This story has been updated.\n\nThe envoys met on Monday.",
    "Contributing: Ana Lopez in Madrid\n\nThe envoys met on Monday.",
    "Little Relief for Refugees: The camps are full again this winter.",
])
def test_quotes_page_furniture_is_no_speaker(nlp: Any, text: str) -> None:
    assert [q for q in _relations(nlp(text), []) if q.cue and q.cue.text == ":"] == []


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", " ", '"', '“', '"""', "“”", "‘’", "''", "\n\n\"\n\n",
                                  '"a" "b" "c', "He said.", "said said said"])
def test_quotes_degenerate_input(nlp: Any, text: str) -> None:
    quotes = _relations(nlp(text), [])
    _check_offsets(text, quotes)


@pytest.mark.slow
def test_quotes_unclosed_mark_stays_in_its_paragraph(nlp: Any) -> None:
    text = ('The minister said "we will never leave.\n\nLater the talks resumed in Geneva. '
            '"The talks were useful," a diplomat said.')
    quotes = _relations(nlp(text), [])
    _check_offsets(text, quotes)
    assert all("Geneva" not in q.content.text for q in quotes)
    assert any(q.content.text == "The talks were useful," for q in quotes)


@pytest.mark.slow
def test_quotes_pronoun_resolved_to_named_person(nlp: Any) -> None:
    text = ('Kremlin aide Yuri Ushakov spoke to reporters on Monday. '
            '"Ukraine will be on the agenda," he said.')
    quotes = _relations(nlp(text), [])
    q = next(q for q in quotes if q.content.text.startswith("Ukraine"))
    assert q.speaker is not None and q.speaker.name == "Yuri Ushakov"
    assert text[q.speaker.start:q.speaker.end] == "he"


@pytest.mark.slow
def test_quotes_definite_description_follows_its_noun(nlp: Any) -> None:
    text = ('Vladimir Putin met the envoy. A senior official briefed reporters. '
            '"We are clear," the official said.')
    quotes = _relations(nlp(text), [])
    q = next(q for q in quotes if q.content.text.startswith("We are clear"))
    assert q.speaker_text == "the official"
    assert q.speaker is None or q.speaker.name != "Vladimir Putin"


@pytest.mark.slow
def test_quotes_continuation_paragraph_keeps_speaker(nlp: Any) -> None:
    text = ('"We have been clear," Yuri Ushakov said.\n\n'
            '"Russia will respond to any provocation."')
    quotes = _relations(nlp(text), [])
    q = next(q for q in quotes if q.content.text.startswith("Russia will"))
    assert q.speaker is not None and q.speaker.name == "Yuri Ushakov"
    assert q.cue is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "inner"), [
    ("Peskov said that Biden had warned that new sanctions would follow within days.",
     "warned"),
    ("A new poll found that 51 percent of Estonians said they backed the treaty.", "said"),
    ("According to the survey, 6 in 10 voters say the war is going badly.", "say"),
    ("Police said they had no plans to release the footage, according to the family's lawyers.",
     "said"),
])
def test_quotes_nested_attribution_is_not_repeated(nlp: Any, text: str, inner: str) -> None:
    """What a speaker (or a poll) reports others said stays inside its own content."""
    quotes = _relations(nlp(text), [])
    assert len([q for q in quotes if q.cue is not None]) == 1
    assert inner in quotes[0].content.text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ('Angela Merkel met Vladimir Putin on Friday. "The talks were hard," she said.',
     "Angela Merkel"),
    ('Angela Merkel met Vladimir Putin on Friday. "The talks were hard," he said.',
     "Vladimir Putin"),
    ('Mrs. Kovacs greeted Mr. Horvath at the border. "We are neighbours," he said.',
     "Horvath"),
    ('Sen. Bernie Sanders spoke in Ohio. "We are ready," the senator said.',
     "Bernie Sanders"),
])
def test_quotes_pronoun_agrees_in_gender_and_role(nlp: Any, text: str, name: str) -> None:
    quotes = _relations(nlp(text), [])
    q = next(q for q in quotes if q.direct)
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.slow
def test_quotes_description_without_antecedent_stays_unresolved(nlp: Any) -> None:
    """The knowledge base says Putin is no senator (a person it does not know, the main
    subject of the sentence before, would be taken for the senator): the speaker is the
    senator the text describes, uncoded."""
    text = 'Vladimir Putin spoke in Moscow on Monday. "We are ready," the senator said.'
    doc = nlp(text)
    q = next(q for q in _relations(doc, resolve_actors(doc, published="2021-12-06"))
             if q.direct)
    assert q.speaker_text == "the senator"
    assert q.speaker is not None and (q.speaker.name, q.speaker.code) == ("senator", "---")


@pytest.mark.slow
def test_quotes_they_is_not_a_country(nlp: Any) -> None:
    text = 'Germany sent an envoy to Kyiv. "We want a ceasefire," they said.'
    germany = Actor(text="Germany", start=0, end=7, name="Germany", code="DEU", country="DEU",
                    sector=None, kind="state", sentence=0)
    q = next(q for q in _relations(nlp(text), [germany]) if q.direct)
    assert q.speaker_text == "they"
    assert q.speaker is None or q.speaker.kind != "state"


@pytest.mark.slow
def test_quotes_when_asked_does_not_take_the_answer(nlp: Any) -> None:
    """'..., X said when asked about Y, "..."': the answer is X's, cued by 'said'."""
    text = '"No," the minister said when asked about the deal, "we will not sign it."'
    quotes = _relations(nlp(text), [])
    answer = next(q for q in quotes if "will not sign" in q.content.text)
    assert answer.cue is not None and answer.cue.text == "said"
    assert answer.speaker_text == "the minister"


# A definite description resolves to the nearest earlier actor whose type fits its head noun:
# text, description (or pronoun), expected speaker name (None: no actor of that type is named).
DESCRIPTIONS: list[tuple[str, str, str | None]] = [
    ('Vladimir Putin gave an interview to The Washington Post on Monday. '
     '"The talks have stalled," the newspaper said.', "the newspaper", "The Washington Post"),
    # with none of its type named before, the description itself (uncoded), never Putin
    ('Vladimir Putin spoke in Moscow on Monday. "The talks have stalled," the newspaper said.',
     "the newspaper", "newspaper"),
    ('Angela Merkel met executives of Siemens in Berlin. "Orders will recover," the company said.',
     "the company", "Siemens"),
    ('Vladimir Putin met the head of the Federal Security Service on Monday. '
     '"The border is secure," the agency said.', "the agency", "the Federal Security Service"),
    ('Vladimir Putin spoke in Moscow on Monday. "The border is secure," the agency said.',
     "the agency", "agency"),
    ('Hillary Clinton spoke to voters in Ohio on Monday. "We will win the state," the campaign '
     'said.', "the campaign", "Hillary Clinton"),
    ("Mayor Bill de Blasio visited the site on Sunday. At a briefing, the mayor said that the "
     "city was safe.", "the mayor", "Bill de Blasio"),
    ("Mitch McConnell criticized the bill on Tuesday. The Kentucky Republican said it would "
     "fail in the Senate.", "The Kentucky Republican", "Mitch McConnell"),
    ("Hillary Clinton spoke in Iowa on Monday. The three Democratic candidates said the war "
     "must end.", "The three Democratic candidates", "Democratic candidates"),
    # an organisation named after a person speaks for itself, not for the person
    ('Hillary Clinton spoke in Iowa on Monday. The Clinton Foundation said it would release '
     'the names of its donors.', "The Clinton Foundation", "The Clinton Foundation"),
    # a pronoun in a clause set before the main subject is that subject (cataphora)
    ('Prime Minister Viktor Hale spoke on Monday. While he insisted that the talks were over, '
     'Senator Aldo Brenner agreed to meet the envoy.', "he", "Aldo Brenner"),
    ('Prime Minister Viktor Hale spoke on Monday. In what he called a final offer, Senator Aldo '
     'Brenner proposed a ceasefire.', "he", "Aldo Brenner"),
    # 'it' after a document as the main subject speaks for the document's issuer
    ('A new ad from the Harbor Workers Union attacks the mayor. The ad cites a report on '
     'wages. It also says that rents have doubled.', "It", "the Harbor Workers Union"),
    # a lone given name is the one person named in full with it
    ('Jane Sanders met voters in Iowa on Monday. "We will keep this movement going," she said. '
     'Later, Jane told reporters that the campaign would go on.', "Jane", "Jane Sanders"),
    # members of a party named in the plural are 'they'
    ('The committee voted on Wednesday. Democrats repeatedly noted that the witness had refused '
     'to testify. They noted that his lawyer had offered a closed session.', "They",
     "Democrats"),
    # people named together as one subject are 'they' and 'the two' (one group actor)
    ('Hillary Clinton and Elizabeth Warren held their first joint event on Monday. They said '
     'that the economy was rigged.', "They", "Hillary Clinton and Elizabeth Warren"),
    ('Mr. Obama and Hillary Clinton met in Copenhagen. The two learned of a meeting of the '
     'leaders and said they would join it.', "The two", "Obama and Hillary Clinton"),
    # a possessive speaker ('his comment') takes a named antecedent too
    ('Mitt Romney lost the election in 2012. Romney was never able to shake that image, which '
     'was cemented with his infamous comment about 47 percent of the country.', "his",
     "Mitt Romney"),
    # state broadcasters are news outlets ('RT ... the network')
    ('Another RT America host had denounced the annexation, which RT pointed to as an example '
     'of its openness. The network said it would send her to Crimea.', "The network", "RT"),
    # 'the group' is no news outlet
    ('The Harbor Safety Foundation declined to speak to the Boston Globe on Monday. "We are '
     'focused on safety," the group said.', "the group", "The Harbor Safety Foundation"),
]


def _speaker_name(nlp: Any, text: str, mention: str,
                  actors: Sequence[Actor] = ()) -> str | None:
    """The resolved name of the speaker written as ``mention`` (None: unresolved)."""
    q = next(q for q in _relations(nlp(text), actors) if q.speaker_text == mention)
    return q.speaker.name if q.speaker is not None else None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "name"), DESCRIPTIONS)
def test_quotes_description_takes_an_actor_of_its_type(nlp: Any, text: str, mention: str,
                                                        name: str | None) -> None:
    assert _speaker_name(nlp, text, mention) == name


@pytest.mark.slow
def test_quotes_newspaper_is_the_outlet_not_the_city_in_its_name(nlp: Any) -> None:
    """A place coded inside an outlet's name ('Washington') does not hide the outlet."""
    text = ('Vladimir Putin gave an interview to The Washington Post on Monday. '
            '"The talks have stalled," the newspaper said.')
    k = text.index("Washington")
    usa = Actor(text="Washington", start=k, end=k + 10, name="United States", code="USA",
                country="USA", sector=None, kind="state", sentence=0)
    assert _speaker_name(nlp, text, "the newspaper", [usa]) == "The Washington Post"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "name"), [
    ("A new ad from Donald Trump's campaign was released on Friday. The ad says that the "
     "economy is failing.", "The ad", "Donald Trump"),
    ("A survey by Reuters was released on Friday. The study found that voters were undecided.",
     "The study", "Reuters"),
    ("A new poll was released on Friday. The poll found that voters were undecided.",
     "The poll", None),
    ("Voters are split, according to a new Washington Post-ABC News national poll. The poll "
     "found that few voters were undecided.", "The poll", "Washington Post-ABC News"),
])
def test_quotes_document_speaks_for_its_issuer(nlp: Any, text: str, mention: str,
                                               name: str | None) -> None:
    assert _speaker_name(nlp, text, mention) == name


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    # an appositive names the subject of the sentence before
    ('The minister of the economy, Mr. Ildefonso Guajardo, argues there is no need to respond. '
     '"We must not overreact," he told me.', "Ildefonso Guajardo"),
    # 'the Mexican people' is no 'he'
    ('Many Mexicans felt betrayed by the visit. The Mexican people expected more. '
     '"It was a humiliation," he said.', None),
    # a surname the entity tagger did not mark as a person
    ('Rep. Adam Schiff spoke on Wednesday. Schiff called on the administration to act. '
     '"We know two states were hacked," he said.', "Adam Schiff"),
    # the party in a description rules out the other party's nominee
    ("Republican nominee Donald Trump spoke first. Democratic vice presidential nominee Tim "
     "Kaine followed him. The Republican nominee said taxes would fall.", "Donald Trump"),
    # a role no named person was called by: the main subject of a recent sentence
    ("Bernie Sanders still senses anger among his supporters. The Vermont senator "
     "acknowledged that some people feel that way.", "Bernie Sanders"),
    # a document speaks for the body named as its issuer
    ('A Times article hailed the mayor last year. "He has erased his debt," the article read.',
     "Times"),
    # 'we' in the narrative is the writer or the paper, not someone named earlier
    ("The United States voted last week. We asked readers whether the plan would work.", None),
    # the source of 'according to' is the one who then goes on speaking
    ("Retired Gen. Norman Ham spoke to a radio host on Monday. He said cuts had hurt training. "
     "The budget has been cut twice since 2013. Officers left in large numbers. According to "
     "Ham, the Pentagon shuffled its leaders because many disagreed with Obama's policies. "
     '"We are on our fourth secretary of defense," he said.', "Norman Ham"),
    # a bare surname is the person first named by it, not a relative named later; a kinship
    # noun beside a name tells its gender
    ('Daniel Novak, a welder from Ohio, lost his job in May. "We need him home," his wife, '
     'Irena Novak, wrote to the court. Novak had no training in law. "I only wanted work," '
     'he said.', "Daniel Novak"),
    # a given name outweighs a role word: 'spokesman Hope Whitfield' is a woman
    ('Senator Robert Doyle spoke first at the rally. Campaign spokesman Hope Whitfield '
     'confirmed the schedule on Monday. "The bus leaves at noon," she said.', "Hope Whitfield"),
    # a title with a body in it is the person called by the whole title, not the body
    ('Finance Minister Ana Petrova presented the budget on Tuesday. "The deficit will fall," '
     'Ms. Petrova said. The Finance minister also said that taxes would not rise.',
     "Ana Petrova"),
    # a description follows its own earlier unnamed mention back to the person
    ('Lucia Moreno leads the Harbor Workers Union. Members applauded the union leader, who '
     'spoke for an hour. "We will strike on Monday," the union leader said.', "Lucia Moreno"),
    # the subject of an infinitive ('for Keller to criticize') is no speaker of the next 'he'
    ('Senate Majority Leader Mitch Harlan said on Tuesday that it was inappropriate for '
     'Keller to criticize Trump. He said judges should stay out of elections.', "Mitch Harlan"),
    # a title belongs to the mention it stands in: 'Gov.' before Perry does not make the Ted
    # Cruz after him a governor
    ('Former Texas Gov. Rick Perry joined Ted Cruz in Iowa, where Cruz said he would win. '
     'The former governor noted that voters want an outsider.', "Rick Perry"),
    # a former office with its body in the words is the recent main subject, not the body
    ('Hillary Clinton spoke in Atlanta on Tuesday. The former secretary of State wants to win '
     'the South.', "Hillary Clinton"),
    # the actors stage's reading of a pronoun is no main subject to fall back on
    ('Jeb Bush went after Donald Trump at the debate, when he called the businessman '
     '"unhinged." "Donald is a chaos candidate," the former Florida governor said.', "Jeb Bush"),
    # a speaker and a later main subject rank alike: the nearer is meant
    ('Senator Paul Brandt said on Monday that the bill would pass. Two days later, Governor '
     'Tom Reyes vetoed it. "It is a bad law," he said.', "Tom Reyes"),
    # people named in the plural are 'they' ('NATO leaders ... they')
    ('The European Union will hold a meeting on Wednesday. At a summit last April, NATO '
     'leaders declared that Georgia would one day join the alliance, but they did not offer a '
     'plan.', "North Atlantic Treaty Organization"),
    # a thing that speaks for the body its possessor names ('the parliament's official count')
    ("Sweden applied to join the alliance in 2022. The Hungarian parliament approved the bid on "
     "Monday by 188 votes to 6, according to the parliament's official count.", "Hungary"),
    # a thing speaks for whoever has or issued it ('X has a new ad ... the spot says')
    ('Senator Ann Whitfield has a new campaign ad attacking the governor. The 30-second spot '
     'says that taxes have doubled.', "Ann Whitfield"),
    ('In a statement announcing the strike, the Harbor Workers Union called the plan reckless. '
     'The statement also said that talks would resume.', "the Harbor Workers Union"),
    # an 'it' after a body described by whose it is ("X's campaign is ... It ...") is X's
    ("The senator spoke on Monday. Senator Ann Whitfield's campaign is defending her tweets. "
     "It is denouncing what it calls a coordinated attack.", "Ann Whitfield"),
    # a gendered role ('the businessman') is no woman, however recent
    ('Donald Trump says Hillary Clinton is lying about the trade deal. Clinton now says she '
     'opposes the deal. The New York businessman says that she will sell the office.',
     "Donald Trump"),
    # a name the entity tagger took for a product still names a person
    ('Donald Trump spoke in Detroit. In addition to paid leave, aides say Ivanka Trump also '
     'advises her father on equal pay. "Women are paid equally for the work that we do," she '
     'said at the convention.', "Ivanka Trump"),
    # ... but not through an indefinite first mention: 'a group of residents' is someone new,
    # an uncoded group the description names
    ('The Harbor Workers Union met the Port Authority on Monday. A group of residents '
     'protested outside. "We were not heard," the group said.', "group"),
])
def test_quotes_speaker_resolution(nlp: Any, text: str, name: str | None) -> None:
    doc = nlp(text)
    quotes = _relations(doc, resolve_actors(doc, published="2016-09-28"))
    last = max(quotes, key=lambda q: q.content.start)
    assert (last.speaker.name if last.speaker else None) == name


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Donald Trump boomed: “Let’s defeat her in November.”", "boomed", "Donald Trump"),
    ("Senator Elizabeth Warren went even further: “Don’t screw this up!”", "went",
     "Senator Elizabeth Warren"),
])
def test_quotes_colon_introduces_quote(nlp: Any, text: str, cue: str | None,
                                       speaker: str | None) -> None:
    doc = nlp(text)
    [q] = _relations(doc, resolve_actors(doc, published="2016-05-01"))
    assert (q.cue.text if q.cue else None, q.speaker_text) == (cue, speaker)
