package org.asiasec.kg.bench;

/** The parts of the benchmark, in the order they run. */
public enum Section {
    extraction, build, latency, coldstart, ingest
}
