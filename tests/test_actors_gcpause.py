"""The knowledge loaders run with the cyclic collector paused and leave it as they found it."""

from __future__ import annotations

import gc

import pytest

from redline.actors.gcpause import without_gc


@without_gc
def _collector_on_inside() -> bool:
    return gc.isenabled()


@without_gc
def _fails() -> None:
    raise ValueError("load failed")


@pytest.mark.parametrize("enabled", [True, False])
def test_gcpause_restores_the_collector(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert _collector_on_inside() is False
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError):
            _fails()
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
