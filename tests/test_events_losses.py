"""redline.events.losses: records kept only inside a recording; the review names its gates."""

from __future__ import annotations

import pytest

from redline.events import losses


def test_events_losses_nothing_kept_outside_a_recording() -> None:
    losses.note(losses.REVIEW, "accident", 0, 4, "190")
    with losses.recording() as records:
        losses.note(losses.REVIEW, "accident", 0, 4, "190")
    losses.note(losses.REVIEW, "accident", 0, 4, "190")
    assert records == [losses.Loss(losses.REVIEW, "accident", 0, 4, "190")]
    assert not losses.active()


def test_events_losses_other_threads_not_recorded() -> None:
    import threading

    def elsewhere() -> None:
        losses.note(losses.REVIEW, "question", 5, 9, "111")

    with losses.recording() as records:
        worker = threading.Thread(target=elsewhere)
        worker.start()
        worker.join()
        losses.note(losses.REVIEW, "accident", 0, 4, "190")
    assert records == [losses.Loss(losses.REVIEW, "accident", 0, 4, "190")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "stage", "reason"), [
    ("Two soldiers were killed in a helicopter crash in Mali.", "review", "accident"),
    ("The reporter pressed Merkel on whether Germany would pay.", "review", "question"),
    ("The army of Mali", "skipped", "no finite verb"),
])
def test_events_losses_recorded_in_the_pipeline(text: str, stage: str, reason: str) -> None:
    from redline.pipeline import Coder

    with losses.recording() as records, Coder(workers=1) as coder:
        coder.code_text(text, published="2021-12-06")
    assert any(r.stage == stage and r.reason == reason for r in records)
