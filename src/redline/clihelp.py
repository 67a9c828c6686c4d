"""Readable ``--help``: every argument and option gets a metavar a person would write.

typer shows Python types (``<str>``, ``<bool>``, ``{inputs}...``) where a reader wants
``PATH``, ``DATE`` or nothing at all (a flag takes no value). ``tidy`` walks the command tree
once, before it runs, and names each parameter's value by what it is. (Duck-typed: typer ships
its own copy of click.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PATHS = frozenset({"db", "output", "dictionaries", "parts", "data", "suite", "path", "out"})
DATES = frozenset({"published", "as_of", "start", "end"})
WORDS = {"inputs": "INPUT", "fmt": "FORMAT", "iso3": "STATE", "q": "TEXT", "scheduler": "ADDRESS",
         "int": "N", "float": "SECONDS", "bool": ""}


def metavar(param: Any) -> str:
    """The metavar for ``param``: empty for a flag, else PATH, DATE, N or the name."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    if param.metavar:
        return str(param.metavar)
    name = param.name or "value"
    kind = param.bare_type() if hasattr(param, "bare_type") else "str"
    if name in PATHS:
        word = "PATH"
    elif name in DATES:
        word = "DATE"
    else:
        word = WORDS.get(name, WORDS.get(kind, name.upper()))
    return f"{word}..." if param.nargs != 1 else word


def _commands(command: Any, ctx: Any) -> Iterator[tuple[Any, Any]]:
    yield command, ctx
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from _commands(sub, sub.context_class(sub, parent=ctx, info_name=name))


def tidy(command: Any, prog: str = "redline") -> Any:
    """Set a metavar on every parameter of ``command`` and its subcommands (help included)."""
    for cmd, ctx in _commands(command, command.context_class(command, info_name=prog)):
        for param in cmd.get_params(ctx):
            param.metavar = metavar(param)
            if param.param_type_name == "argument":
                _plain_argument(param)
    return command


def _plain_argument(param: Any) -> None:
    """``INPUT...`` / ``[NAME]`` in the usage line, no ``<str>`` type column (this typer's
    argument display has no setting for either, so the two methods are set on the object)."""
    usage = param.metavar if param.required else f"[{param.metavar}]"
    param._usage_display_name = lambda: usage
    param.display_type_rich = lambda ctx: None
