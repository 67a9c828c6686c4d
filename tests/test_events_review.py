"""Event precision on real-news constructions: hedges, senses, accidents, self-dyads, statement
noise, page furniture, confidence. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.furniture import furniture_spans
from redline.model import Document


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2019-11-20")


# (sentence, CAMEO root of the event, its modality)
HEDGED = [
    ("China is likely to deploy troops to Hong Kong.", "15", "hypothetical"),
    ("Russia is expected to attack Ukraine next month.", "19", "hypothetical"),
    ("North Korea is able to hit Japan with its missiles.", "19", "hypothetical"),
    ("Turkey sought to expel the Dutch diplomats.", "16", "hypothetical"),
    ("Had the talks failed, Iran would then have attacked Israel.", "19", "hypothetical"),
    ("Neither Russia nor Belarus attacked Ukraine.", "19", "negated"),
    ("Iran allegedly attacked the tanker in the Gulf.", "19", "hypothetical"),
    ("Russia possibly struck the convoy near Kharkiv.", "19", "hypothetical"),
    ("Iran is set to meet European officials next week.", "04", "intended"),
    ("If the reports are true, North Korea is violating UN sanctions.", "12", "hypothetical"),
    ("Unless the court objects, Britain is extraditing the suspect to Sweden.", "06",
     "hypothetical"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "modality"), HEDGED)
def test_events_review_hedges_are_not_asserted(coder: Any, text: str, root: str,
                                              modality: str) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == root]
    assert events and {e.modality for e in events} == {modality}
    assert not any(e.asserted for e in events)


# sentences that hold no event of the PLOVER type named
NOT_EVENTS = [
    ("Two US soldiers were killed in a helicopter crash in Afghanistan.", "ASSAULT"),
    ("Sanders hit the campaign trail in Iowa on Tuesday.", "ASSAULT"),
    ("Trump held a campaign rally in Florida.", "PROTEST"),
    ("The endorsement was a boost to his campaign.", "AID"),
    ("The State Department released the documents on Friday.", "RETREAT"),
    ("A reporter pressed Pompeo on the issue.", "REQUEST"),
    ("Clinton delivered a lengthy speech on Syria to donors.", "AID"),
    ("We talk about it all the time, the president said.", "CONSULT"),
    ("Hong Kong is burning.", "ASSAULT"),
    # a rally of fans or supporters in any form of the verb
    ("Hundreds of fans rallied outside the stadium in Madrid.", "PROTEST"),
    # a message released is a document released, no release of people
    ("The Taliban released a video message to the United States.", "RETREAT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), NOT_EVENTS)
def test_events_review_everyday_senses_are_not_events(coder: Any, text: str, plover: str
                                                      ) -> None:
    assert plover not in {e.plover for e in coded(coder, text).events}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "ruled_out"), [
    ("Not Russia but Belarus attacked the convoy.", "RUS"),
    ("Not Iran but Iraq attacked the tanker.", "IRN"),
    ("The convoy was attacked not by Russia but by Belarus.", "RUS"),
])
def test_events_review_a_side_ruled_out_is_no_side(coder: Any, text: str, ruled_out: str
                                                   ) -> None:
    sides = {a.country for e in coded(coder, text).events for a in (e.source, e.target) if a}
    assert ruled_out not in sides, sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kept"), [
    ("Not Russia but Belarus attacked the convoy.", "BLR"),
    ("Not Iran but Iraq attacked the tanker.", "IRQ"),
    ("The convoy was attacked not by Russia but by Belarus.", "BLR"),
])
def test_events_review_the_side_kept_is_the_source(coder: Any, text: str, kept: str) -> None:
    sources = {e.source.country for e in coded(coder, text).events if e.source}
    assert kept in sources, sources


STILL_EVENTS = [
    ("Taliban gunmen killed two Afghan soldiers near Kandahar.", "ASSAULT"),
    ("Syrian rebels attacked the army base with rockets.", "ASSAULT"),
    ("Israel released 20 Palestinian prisoners on Monday.", "RETREAT"),
    ("Iran talked with the European Union about sanctions.", "CONSULT"),
    ("The United States delivered food aid to Yemen.", "AID"),
    ("Kenyan opposition protesters rallied in Nairobi on Monday.", "PROTEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), STILL_EVENTS)
def test_events_review_keeps_literal_senses(coder: Any, text: str, plover: str) -> None:
    assert plover in {e.plover for e in coded(coder, text).events if e.asserted}


@pytest.mark.slow
def test_events_review_no_self_dyads(coder: Any) -> None:
    doc = coded(coder, "China is likely to deploy troops to Hong Kong. Russia urged Russia to "
                       "leave.")
    for e in doc.events:
        assert not (e.source and e.target and e.source.code == e.target.code
                    and e.source.name == e.target.name)


@pytest.mark.slow
def test_events_review_dateline_is_no_actor(coder: Any) -> None:
    text = ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused "
            "China of using coercion in the South China Sea.")
    doc = coded(coder, text)
    assert doc.events
    for e in doc.events:
        for actor in (e.source, e.target):
            assert actor is None or actor.start > text.index("—")


@pytest.mark.slow
def test_events_review_every_event_has_a_confidence(coder: Any) -> None:
    doc = coded(coder, "Taliban gunmen killed two Afghan soldiers. Russia accused Ukraine "
                       "of shelling Donetsk.")
    assert doc.events
    assert all(e.confidence is not None and 0.0 <= e.confidence <= 1.0 for e in doc.events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Russia attacked Ukraine on Monday.", 1.0, 1.0),
    ("Iran held talks with the European Union in Vienna.", 1.0, 1.0),
])
def test_events_review_confidence_knows_roles_found_by_the_tree(
        coder: Any, nlp: Any, text: str, src: float, tgt: float) -> None:
    from redline.events.confidence import features, trigger_root

    doc = coded(coder, text)
    spacy_doc = nlp(text)
    assert doc.events
    feats = features(doc.events[0], trigger_root(spacy_doc, doc.events[0]))
    assert (feats["src_direct"], feats["tgt_direct"]) == (src, tgt)


@pytest.mark.parametrize(("text", "furniture"), [
    ("WASHINGTON (AP) — The Senate voted on the bill late on Tuesday night.",
     ["WASHINGTON (AP) —"]),
    ("DUBAI, United Arab Emirates — The carrier finalised a deal for thirty jets.",
     ["DUBAI, United Arab Emirates —"]),
    ("NEW DELHI: Nearly 150 Indians returned home on a chartered flight.", ["NEW DELHI:"]),
    ("Body text here.\nSOURCE: News agencies", ["SOURCE: News agencies"]),
    ("Body text.\nAlso on example.com Police clash with protesters",
     ["Also on example.com Police clash with protesters"]),
    ("By Jane Roe and John Doe\nThe talks resumed.", ["By Jane Roe and John Doe"]),
    ("President Trump said on Monday that he would meet Putin soon.", []),
    ("Officials said: the talks will resume next week in Geneva.", []),
])
def test_furniture_spans_table(text: str, furniture: list[str]) -> None:
    found = [text[a:b] for a, b in furniture_spans(text)]
    assert [f for f in furniture if f not in found] == []
    assert all(any(f in g or g in f for f in furniture) for g in found)


@pytest.mark.parametrize("text", [
    "The International Labor Office (ILO) reiterated its demand today that Israel ease curbs.",
    "The Homeland Union (Conservatives) began collecting signatures across the country.",
])
def test_furniture_acronym_in_brackets_is_no_agency(text: str) -> None:
    assert furniture_spans(text) == []


# issue 16's bad input: odd pages give a document with few events, never an error
ODD_PAGES = {
    "no sentence boundaries": " ".join(["Russia attacked Ukraine and officials said talks would"
                                        " resume and the ministry denied the report"] * 40),
    "all caps wire": ("MOSCOW (REUTERS) - RUSSIA SAID ON TUESDAY IT WOULD HOLD TALKS WITH NATO."
                      " UKRAINE ACCUSED RUSSIA OF SHELLING KHARKIV. ") * 10,
    "headlines only": "\n".join(["Iran rejects EU offer", "Trump slams China on trade",
                                 "Police arrest 20 in Hong Kong", "Sweden drops Assange probe"]
                                * 5),
    "mostly captions": "\n".join(["Photo: Protesters march in Kyiv. (AP Photo/John Doe)",
                                  "Image credit: Reuters", "FILE - Police stand guard in Paris."]
                                 * 10 + ["Russia and Ukraine held talks in Istanbul."]),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(ODD_PAGES))
def test_events_review_odd_pages_give_few_events(coder: Any, kind: str) -> None:
    text = ODD_PAGES[kind]
    doc = coded(coder, text)
    assert doc.text == text and not doc.errors
    clauses = text.count(" and ") + text.count("\n") + text.count(". ") + 1
    assert len(doc.events) <= clauses
    assert all(e.confidence is not None and 0.0 <= e.confidence <= 1.0 for e in doc.events)


# (sentence, whether a bare statement (010) is kept beside the reported event)
FRAMES = [
    ("Syria has agreed to allow aid convoys into Aleppo, the United Nations said.", False),
    ("Israeli jets struck Hamas targets in Gaza, the Israeli army said on Monday.", False),
    # the reported act is not asserted: the saying is the event
    ("A South African admiral said South Africa would give Nigeria technical assistance in "
     "ship repairs.", True),
    # the speaker's own stated intent is the news (CAMEO's 03x promise): no bare statement
    ("Russia said on Tuesday it would hold talks with NATO.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kept"), FRAMES)
def test_events_review_report_frames_are_no_statements(coder: Any, text: str,
                                                       kept: bool) -> None:
    events = coded(coder, text).events
    assert any(e.cameo_root not in ("01", "02") for e in events)
    assert any(e.cameo == "010" and e.asserted for e in events) == kept
