"""redline: news about international politics and crises in, sourced structured event data out.

>>> from redline import Coder
>>> doc = Coder().code_text("Russia denied it plans to invade Ukraine.", published="2021-12-06")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from redline.pipeline import Coder

__all__ = ["Coder", "__version__"]


def __getattr__(name: str) -> Any:
    if name == "Coder":
        from redline.pipeline import Coder

        return Coder
    raise AttributeError(name)
