package org.asiasec.kg.store;

import java.nio.file.Path;
import java.time.Duration;

/** What a build produced. {@code quads} counts distinct statements loaded, the ontology included. */
public record BuildSummary(Path database, int texts, long quads, boolean withOntology, Duration time) {
}
