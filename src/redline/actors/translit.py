"""Names in Cyrillic or Greek script read in Latin letters, as English-language news spells
them ("Владимир Путин" -> "Vladimir Putin", "Зеленский" -> "Zelensky", "Τσίπρας" ->
"Tsipras"), so the name indexes, whose keys are Latin, find them. Text in Latin script is
returned unchanged; other scripts (Arabic, Chinese) are left as they are.

The tables follow the common press romanisation (BGN/PCGN-like, with the English "-sky" for a
word-final "-ский"); one spelling per name, the knowledge base's aliases give the others.
"""

from __future__ import annotations

import re

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u", "ј": "j", "љ": "lj", "њ": "nj",
    "ћ": "c", "ђ": "dj", "џ": "dz",
}
GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ϊ": "i", "ϋ": "y",
}
# word endings read as English spells them: "-ский"/"-ской" -> "-sky", "-ий" -> "-y"
ENDINGS = (("ский", "sky"), ("цкий", "tsky"), ("ской", "skoy"), ("ий", "y"), ("ый", "y"))
GREEK_PAIRS = (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("μπ", "b"), ("ντ", "d"))
_TABLE = str.maketrans({**CYRILLIC, **GREEK})
_WORD = re.compile(r"\w+")


def needs_latin(text: str) -> bool:
    """Whether ``text`` has Cyrillic or Greek letters."""
    return any("\u0370" <= c <= "\u04ff" for c in text)


def _word(word: str) -> str:
    low = word.lower()
    for ending, latin in ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            low = low[: -len(ending)].translate(_TABLE) + latin
            break
    for pair, latin in GREEK_PAIRS:
        low = low.replace(pair, latin)
    out = low.translate(_TABLE)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def latin(text: str) -> str:
    """``text`` with its Cyrillic and Greek words in Latin letters (others unchanged)."""
    if not needs_latin(text):
        return text
    return _WORD.sub(lambda m: _word(m.group()) if needs_latin(m.group()) else m.group(), text)
