"""kill -9 during an ingestion, then the same command again: complete, nothing duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from redline.store import Store

REPO = Path(__file__).resolve().parent.parent
N_DOCS = 300

SCRIPT = '''
import json, sys, time
from redline.model import Article
from redline.store import Store, ingest_articles
from tests.test_store_helpers import make_doc, make_event

db, n = sys.argv[1], int(sys.argv[2])
coded = []

def code(articles):
    for a in articles:
        coded.append(a.id)
        time.sleep(0.004)
        yield make_doc(a.id, [make_event("RUS", "UKR", "190", date="2022-02-24"),
                              make_event("USA", "RUS", "172", date="2022-02-25")])

def stored(doc, new):
    print("stored", doc.id, flush=True)

articles = (Article(id=f"doc{i:04d}", text="x") for i in range(n))
with Store(db) as store:
    stats = ingest_articles(store, articles, code, on_document=stored)
print("DONE " + json.dumps({"coded": len(coded), "added": stats.added,
                            "skipped": stats.skipped}), flush=True)
'''


def _run(script: Path, db: Path, *, kill_after: int | None = None) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "src")])}
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(N_DOCS)], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        lines.append(line.strip())
        if kill_after is not None and len(lines) >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    if kill_after is not None:
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode == 0
    return lines


@pytest.mark.slow
def test_store_resume_after_kill_9(tmp_path: Path) -> None:
    script, db = tmp_path / "ingest_script.py", tmp_path / "corpus.duckdb"
    script.write_text(SCRIPT)
    _run(script, db, kill_after=150)
    with Store(db) as store:  # the WAL is replayed; whatever was committed is whole
        partial = store.stats()
        assert 0 < partial["documents"] < N_DOCS
        assert partial["events"] == 2 * partial["documents"]
        assert partial["sentences"] == 3 * partial["documents"]
    lines = _run(script, db)
    done = json.loads(lines[-1].removeprefix("DONE "))
    assert done["coded"] == N_DOCS - partial["documents"]  # stored ones were not coded again
    assert (done["added"], done["skipped"]) == (N_DOCS - partial["documents"],
                                                partial["documents"])
    with Store(db, read_only=True) as store:
        stats = store.stats()
        assert (stats["documents"], stats["events"], stats["sentences"]) == (
            N_DOCS, 2 * N_DOCS, 3 * N_DOCS)
        _, dupes = store.sql("SELECT doc_id, seq FROM events GROUP BY 1, 2 HAVING count(*) > 1")
        assert dupes == []
        _, clustered = store.sql("SELECT count(*) FROM event_clusters")
        assert clustered == [(2 * N_DOCS,)]
    assert _run(script, db)[-1].startswith('DONE {"coded": 0, "added": 0')
