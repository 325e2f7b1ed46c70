package org.asiasec.kg.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a build produced. {@code texts} counts the texts loaded, {@code skipped} those left out because
 * they could not be read; {@code quads} counts distinct statements loaded, the ontology included.
 */
public record BuildSummary(Path database, int texts, int skipped, long quads, boolean withOntology, Duration time) {
}
