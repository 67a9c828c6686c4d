"""Tables of a redline store: column lists, DDL and the matching Arrow schemas.

One list of ``(name, type)`` per table drives both the ``CREATE TABLE`` statement
and the Arrow schema used to bulk-insert a batch of documents.
"""

from __future__ import annotations

from functools import cache

import pyarrow as pa

STORE_VERSION = 1
MARKER = "redline-store"
Cols = tuple[tuple[str, str], ...]

_ARROW: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


# Actor fields stored as ``<prefix>_<field>`` columns (``source_code``, ``target_name``...).
ACTOR_FIELDS = ("text", "start", "end", "name", "code", "country", "sector", "kind", "office")


def actor_cols(prefix: str) -> Cols:
    """Flattened columns of one Actor (``source_code``, ``target_name``...)."""
    kinds = ("VARCHAR", "INTEGER", "INTEGER") + ("VARCHAR",) * 6
    return tuple((f"{prefix}_{n}", t) for n, t in zip(ACTOR_FIELDS, kinds, strict=True))


SPAN = (("start_char", "INTEGER"), ("end_char", "INTEGER"))

DOCUMENTS: Cols = (
    ("id", "VARCHAR"), ("title", "VARCHAR"), ("url", "VARCHAR"), ("domain", "VARCHAR"),
    ("published", "DATE"), ("language", "VARCHAR"), ("text", "VARCHAR"),
    ("n_sentences", "INTEGER"), ("n_events", "INTEGER"), ("n_quotes", "INTEGER"),
    ("n_errors", "INTEGER"), ("errors", "JSON"), ("doc_json", "JSON"),
    ("ingested_at", "TIMESTAMP"),
)
SENTENCES: Cols = (("doc_id", "VARCHAR"), ("idx", "INTEGER"), *SPAN, ("text", "VARCHAR"))
EVENTS: Cols = (
    ("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("event_id", "VARCHAR"), ("sentence", "INTEGER"),
    *actor_cols("source"), *actor_cols("target"),
    ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("plover", "VARCHAR"),
    ("plover_mode", "VARCHAR"), ("label", "VARCHAR"), ("goldstein", "DOUBLE"),
    ("quad_class", "INTEGER"), ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"), ("date", "DATE"), ("date_text", "VARCHAR"),
    ("date_precision", "VARCHAR"), ("published", "DATE"), ("event_date", "DATE"),
    ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"), ("asserted", "BOOLEAN"),
    ("modality", "VARCHAR"), *actor_cols("attributed_to"),
    ("location_text", "VARCHAR"), ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
    ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"), ("location_gazetteer_id", "VARCHAR"),
    ("location_feature", "VARCHAR"), ("quantities", "JSON"), ("confidence", "DOUBLE"),
    ("intent_cameo", "VARCHAR"),
)
QUOTES: Cols = (
    ("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("sentence", "INTEGER"), *actor_cols("speaker"),
    ("speaker_raw", "VARCHAR"), ("cue_text", "VARCHAR"), ("cue_start", "INTEGER"),
    ("cue_end", "INTEGER"), ("content_text", "VARCHAR"), ("content_start", "INTEGER"),
    ("content_end", "INTEGER"), ("direct", "BOOLEAN"), ("kind", "VARCHAR"),
    ("speaker_raw_start", "INTEGER"), ("speaker_raw_end", "INTEGER"),
)
ACTORS: Cols = (
    ("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), *SPAN, ("name", "VARCHAR"),
    ("code", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"), ("kind", "VARCHAR"),
    ("office", "VARCHAR"), ("sentence", "INTEGER"),
)
PLACES: Cols = (
    ("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), *SPAN, ("name", "VARCHAR"),
    ("country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("gazetteer_id", "VARCHAR"),
    ("feature", "VARCHAR"), ("reason", "VARCHAR"),
)
QUANTITIES: Cols = (
    ("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), *SPAN, ("value", "DOUBLE"),
    ("unit", "VARCHAR"), ("qualifier", "VARCHAR"), ("value_max", "DOUBLE"),
    ("claimant", "VARCHAR"), ("reason", "VARCHAR"),
)
EVENT_CLUSTERS: Cols = (("gid", "BIGINT"), ("cluster_id", "BIGINT"))
CLUSTERS: Cols = (
    ("cluster_id", "BIGINT"), ("source_code", "VARCHAR"), ("target_code", "VARCHAR"),
    ("cameo", "VARCHAR"), ("asserted", "BOOLEAN"), ("first_date", "DATE"), ("last_date", "DATE"),
    ("num_mentions", "INTEGER"), ("num_articles", "INTEGER"), ("num_sources", "INTEGER"),
)

# Tables written per document (all in the document's transaction), in insertion order.
DOC_TABLES: dict[str, Cols] = {
    "documents": DOCUMENTS, "sentences": SENTENCES, "events": EVENTS, "quotes": QUOTES,
    "actors": ACTORS, "places": PLACES, "quantities": QUANTITIES,
}

VIEW = """
CREATE OR REPLACE VIEW event_rows AS
SELECT e.*, c.cluster_id, coalesce(c.cluster_id = e.gid, TRUE) AS is_root,
       coalesce(k.num_mentions, 1) AS num_mentions, coalesce(k.num_sources, 1) AS num_sources,
       coalesce(k.num_articles, 1) AS num_articles,
       d.title, d.url, d.domain, d.language, d.ingested_at, s.text AS sentence_text,
       s.start_char AS sentence_start, s.end_char AS sentence_end
FROM events e
LEFT JOIN event_clusters c ON c.gid = e.gid
LEFT JOIN clusters k ON k.cluster_id = c.cluster_id
LEFT JOIN documents d ON d.id = e.doc_id
LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
"""


def _table(name: str, cols: Cols, *, extra: str = "", key: str | None = None) -> str:
    body = ", ".join(f'"{n}" {t}' + (" PRIMARY KEY" if n == key else "") for n, t in cols)
    return f"CREATE TABLE IF NOT EXISTS {name} ({extra}{body})"


def ddl() -> list[str]:
    """Statements that create an empty store (idempotent)."""
    out = [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "CREATE SEQUENCE IF NOT EXISTS event_gid START 1",
        _table("documents", DOCUMENTS, key="id"),
        _table("events", EVENTS, extra='"gid" BIGINT, '),
        _table("event_clusters", EVENT_CLUSTERS),
        _table("clusters", CLUSTERS),
    ]
    out += [_table(n, c) for n, c in DOC_TABLES.items() if n not in ("documents", "events")]
    out += [VIEW]
    return out


@cache
def arrow_schema(table: str) -> pa.Schema:
    cols = DOC_TABLES[table] if table in DOC_TABLES else {"event_clusters": EVENT_CLUSTERS}[table]
    return pa.schema([(n, _ARROW[t]) for n, t in cols])


def column_names(table: str) -> list[str]:
    return [n for n, _ in DOC_TABLES[table]]
