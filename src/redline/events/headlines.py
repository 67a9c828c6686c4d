"""Headlines and captions told as a noun with a passive participle (issue 17, r7-17c).

"Russian diplomats expelled by the US", "Opposition leader arrested by Egyptian police": the
sentence has no finite verb, and the parser hangs the participle on the root noun as a clause
modifier (``acl``). The participle is the event (``triggers.headline_passive``); its agent is
the source and the noun it hangs on is the one acted on.
"""

from __future__ import annotations

from redline.events.roles import ActorIndex, agent_actors
from redline.events.triggers import Hit, headline_passive
from redline.model import Actor


def headline_roles(index: ActorIndex, hit: Hit) -> tuple[list[Actor], list[Actor]] | None:
    """(agents, patients) of a headline's passive participle, else None."""
    tok = hit.tok
    if not headline_passive(tok):
        return None
    agents = agent_actors(index, tok)
    return (agents, index.np(tok.head)) if agents else None
