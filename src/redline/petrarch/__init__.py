"""PETRARCH/TABARI dictionaries: loaders, a pattern coder, and an adapter for redline's actors.

    from redline.petrarch import load_dictionaries, code_sentence
    dicts = load_dictionaries("path/to/dictionaries")      # a directory or a list of files
    codings = code_sentence(dicts, "Arnor condemned Gondor.", "1995-01-01")

The dictionaries are read from the user's path at run time; none are bundled.
"""

from redline.petrarch.adapter import actors_from_petrarch
from redline.petrarch.coder import code_sentence, code_span
from redline.petrarch.loader import load_dictionaries
from redline.petrarch.model import Coding, LoadWarning, PetrarchDictionaries

__all__ = [
    "Coding",
    "LoadWarning",
    "PetrarchDictionaries",
    "actors_from_petrarch",
    "code_sentence",
    "code_span",
    "load_dictionaries",
]
