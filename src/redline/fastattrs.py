"""The model's attribute ruler, matched by look-up instead of spaCy's Matcher.

The small English model's ``attribute_ruler`` holds 179 rules (a tag's part of speech and
morphology, word exceptions); spaCy's Matcher tries every rule at every token, which costs
about an eighth of the whole pipeline. Almost all rules look at one token only: its tag, its
lower-case form, its dependency label, whether it is a space. A token's answer to those
rules depends only on those four values, so it is worked out once per distinct combination
and remembered; the few rules over two tokens stay in a small Matcher. Matches are applied
exactly as the ruler applies them (in rule order, later rules winning): the output is the
same token for token.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc

MEMO_LIMIT = 200_000  # remembered token combinations (tag, word, label, space) at most
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
Key = tuple[int, int, int, int]  # a token's tag, lower-case form, dependency label, is-space
Test = tuple[int, bool, frozenset[int]]  # column, wanted (IN) or not (NOT_IN), values
Rule = tuple[int, int, list[Test]]  # rule number, its match id, its tests


def _index_of(tests: list[Test]) -> tuple[int, frozenset[int]]:
    """Where to file a rule: under the words it needs, else the tags, else everywhere."""
    for column in (_COLUMNS["LOWER"], _COLUMNS["TAG"]):
        for col, wanted, values in tests:
            if col == column and wanted:
                return column, values
    return _COLUMNS["IS_SPACE"], frozenset({0, 1})


def _values(strings: Any, values: list[Any]) -> frozenset[int]:
    return frozenset(int(v) if isinstance(v, bool) else strings.add(v) for v in values)


def _test(strings: Any, attr: str, value: Any) -> Test | None:
    """One attribute test as integers (None: an attribute or operator not handled here)."""
    column = _COLUMNS.get(attr)
    if column is None:
        return None
    if not isinstance(value, dict):
        return column, True, _values(strings, [value])
    if set(value) in ({"IN"}, {"NOT_IN"}):
        wanted = "IN" in value
        return column, wanted, _values(strings, list(value["IN" if wanted else "NOT_IN"]))
    return None


def _tests(strings: Any, pattern: list[dict[str, Any]]) -> list[Test] | None:
    """A one-token pattern's tests, or None when it needs the Matcher."""
    if len(pattern) != 1:
        return None
    tests = [_test(strings, attr, value) for attr, value in pattern[0].items()]
    return None if any(t is None for t in tests) else [t for t in tests if t is not None]


class FastAttributeRuler:
    """Drop-in ``match`` for a spaCy ``AttributeRuler``: the same matches in the same order."""

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self.single: list[Rule] = []
        self.rest = Matcher(ruler.vocab)
        for rule_id, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(rule_id))
            for pattern in entry["patterns"]:
                tests = _tests(strings, pattern)
                if tests is None:
                    self.rest.add(str(rule_id), [pattern])
                else:
                    self.single.append((rule_id, match_id, tests))
        self.by_column: tuple[dict[int, list[Rule]], ...] = ({}, {}, {}, {})
        for rule in self.single:
            column, values = _index_of(rule[2])
            for value in values:
                self.by_column[column].setdefault(value, []).append(rule)
        self._memo: dict[Key, list[tuple[int, int]]] = {}

    def _rules_for(self, key: Key) -> list[tuple[int, int]]:
        """The one-token rules a token with these four values matches (memoized)."""
        found = self._memo.get(key)
        if found is None:
            found = sorted((rule_id, match_id) for column, index in enumerate(self.by_column)
                           for rule_id, match_id, tests in index.get(key[column], ())
                           if all((key[c] in values) == wanted for c, wanted, values in tests))
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()  # memory stays flat over any stream
            self._memo[key] = found
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``(rule, match id, start, end)``, sorted as ``AttributeRuler.match`` sorts them."""
        strings = doc.vocab.strings
        found = [(int(strings[m]), m, s, e)
                 for m, s, e in self.rest(doc, allow_missing=True, as_spans=False)]
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        for i, row in enumerate(rows):
            for rule_id, match_id in self._rules_for(tuple(row)):
                found.append((rule_id, match_id, i, i + 1))
        found.sort()
        return found


def speed_up(ruler: Any) -> None:
    """Make ``ruler`` (an ``AttributeRuler``) match by look-up; its output is unchanged."""
    ruler.match = FastAttributeRuler(ruler).match
