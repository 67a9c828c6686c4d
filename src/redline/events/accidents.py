"""Accidents and natural forces: the one list of causes that make a death or a destruction a
mishap, not an act (review.py's accident filter, agentless.py's "destroyed in the flood",
casualty_attacks.py's "killed in an explosion at a chemical plant")."""

from __future__ import annotations

# mishaps and natural forces
MISHAPS = frozenset({
    "crash", "collision", "accident", "collapse", "flood", "flooding", "earthquake", "quake",
    "stampede", "storm", "blaze", "landslide", "avalanche", "derailment", "cyclone", "hurricane",
    "typhoon", "tornado", "mishap", "wildfire", "bushfire", "heatwave", "drowning", "capsized",
    "sank", "rain", "wind", "lightning", "tsunami", "eruption", "mudslide"})
# fires and blasts: a mishap as a cause or an attack noun's head, but a bombing's word too
# (review.py, which reads a whole sentence, leaves them out)
BLASTS = frozenset({"fire", "explosion", "blast"})
ACCIDENTS = MISHAPS | BLASTS
