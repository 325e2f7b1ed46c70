package org.asiasec.kg.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one {@code ingest} changed: texts added or replaced, texts removed, the named-graph statements
 * of the database afterwards (description included, as {@code build} counts them), whether the dumps
 * were written anew or marked stale, and how long it took.
 */
public record IngestSummary(Path database, int added, int removed, long quads, boolean dumpsWritten, Duration time) {
}
