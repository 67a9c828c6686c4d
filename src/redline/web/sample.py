"""Synthetic coded documents (built by hand, no spaCy) for tests, demos and the load test.

Each document is a short made-up wire story whose offsets are computed while the text is
assembled, so every span is exact: an event with source and target actors, a place, a
quantity and an attributed quote.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from redline.model import Actor, Document, Event, Place, Quantity, Quote, Sentence, Span

State = tuple[str, str, str, str, float, float]
Verb = tuple[str, str, str, float, int, str]

# (name, country code, sector code, capital, lat, lon)
STATES = (
    ("Russia", "RUS", "GOV", "Moscow", 55.76, 37.62),
    ("Ukraine", "UKR", "GOV", "Kyiv", 50.45, 30.52),
    ("the United States", "USA", "GOV", "Washington", 38.90, -77.04),
    ("France", "FRA", "GOV", "Paris", 48.86, 2.35),
    ("China", "CHN", "GOV", "Beijing", 39.90, 116.40),
    ("Turkey", "TUR", "GOV", "Ankara", 39.93, 32.86),
)
# (verb phrase, CAMEO, label, Goldstein, QuadClass, PLOVER)
VERBS = (
    ("accused", "112", "Accuse", -2.0, 3, "ACCUSE"),
    ("met with", "040", "Consult", 1.0, 1, "CONSULT"),
    ("threatened", "130", "Threaten", -4.4, 3, "THREATEN"),
    ("sent aid to", "070", "Provide aid", 7.0, 2, "AID"),
    ("shelled positions of", "190", "Use conventional military force", -10.0, 4, "FIGHT"),
    ("signed an accord with", "057", "Sign formal agreement", 8.0, 1, "AGREE"),
)


@dataclass
class _Builder:
    """Appends text and remembers where each piece landed."""

    parts: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, text: str) -> Span:
        span = Span(text, self.size, self.size + len(text))
        self.parts.append(text)
        self.size += len(text)
        return span

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _actor(span: Span, state: State) -> Actor:
    name, iso, sector = state[0], state[1], state[2]
    return Actor(span.text, span.start, span.end, name.removeprefix("the "), iso + sector,
                 iso, sector, "state", sentence=0)


@dataclass(frozen=True)
class _Story:
    i: int
    text: str
    day: date
    src: State
    tgt: State
    verb: Verb
    spans: dict[str, Span]
    troops: int
    first_end: int


def _write(i: int, src: State, tgt: State, verb: Verb, day: date, troops: int) -> _Story:
    b = _Builder()
    spans = {"source": b.add(src[0][0].upper() + src[0][1:])}
    b.add(" ")
    spans["trigger"] = b.add(verb[0])
    b.add(" ")
    spans["target"] = b.add(tgt[0])
    b.add(" in ")
    spans["city"] = b.add(tgt[3])
    b.add(f" on {day:%B} {day.day}, officials said, citing ")
    spans["qty"] = b.add(f"{troops:,} troops")
    first_end = b.add(" near the border.").end
    b.add(' "')
    spans["content"] = b.add(f"We will answer this step by step, case {i}")
    b.add('," ')
    spans["cue"] = b.add("said")
    b.add(" a spokesman for ")
    spans["speaker"] = b.add(tgt[0])
    b.add(".")
    return _Story(i, b.text, day, src, tgt, verb, spans, troops, first_end)


def synthetic_document(i: int, *, rng: random.Random | None = None,
                       first_day: date = date(2022, 1, 3)) -> Document:
    """Document number ``i``: "<Source> <verb> <Target> in <City> on <date> ..." with a quote."""
    rng = rng or random.Random(i)
    src, tgt = rng.sample(STATES, 2)
    verb = VERBS[rng.randrange(len(VERBS))]
    day = first_day + timedelta(days=rng.randrange(120))
    return _document(_write(i, src, tgt, verb, day, rng.randrange(1, 50) * 1000))


def _document(st: _Story) -> Document:
    sp, tgt, verb = st.spans, st.tgt, st.verb
    source, target = _actor(sp["source"], st.src), _actor(sp["target"], tgt)
    speaker = _actor(sp["speaker"], tgt)
    city, q = sp["city"], sp["qty"]
    place = Place(city.text, city.start, city.end, tgt[3], tgt[1], tgt[4], tgt[5], None, "city")
    quantity = Quantity(q.text, q.start, q.end, float(st.troops), "troops")
    event = Event(f"sample{st.i}-e0", 0, source, target, verb[1], verb[1][:2], verb[5], verb[3],
                  verb[4], sp["trigger"], st.day.isoformat(), f"{st.day:%B} {st.day.day}",
                  location=place, quantities=(quantity,), label=verb[2], attributed_to=speaker,
                  date_precision="day")
    quote = Quote(1, speaker, speaker.text, sp["cue"], sp["content"], True)
    sentences = (Sentence(0, 0, st.first_end), Sentence(1, st.first_end + 1, len(st.text)))
    return Document(f"sample-{st.i:06d}", f"{source.name} {verb[0]} {target.name}",
                    f"https://example.org/news/{st.i}", (st.day + timedelta(days=1)).isoformat(),
                    "en", st.text, sentences, (event,), (quote,), actors=(source, target, speaker),
                    places=(place,), quantities=(quantity,))


def synthetic_documents(n: int, *, seed: int = 7) -> Iterator[Document]:
    rng = random.Random(seed)
    for i in range(n):
        yield synthetic_document(i, rng=rng)
