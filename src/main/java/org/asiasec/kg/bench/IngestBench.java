package org.asiasec.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.store.IngestSummary;
import org.asiasec.kg.store.TextIngester;

/**
 * Times {@code ingest} of one text into a built database, and its removal, in this JVM (the extractor warm
 * after the first run): the whole call, and the write transaction alone (graphs, union default graph and the
 * description counted anew). The text is a copy of a corpus text under a name the database does not hold,
 * without metadata; the removal gives back the database as it was, so the section leaves it unchanged.
 */
final class IngestBench {

    static final String PROBE = "ingest-probe.txt";

    private final TextIngester ingester = new TextIngester(new StandardExtractor(), IriScheme.standard());

    /** Seconds: the ingest in all, its write transaction, the removal in all, its write transaction. */
    record Result(int scale, double ingestSeconds, double ingestWriteSeconds, double removeSeconds, double removeWriteSeconds,
            long quadsAfter) {
    }

    Result run(int scale, Path database, Path text, Path workDir) {
        Path probe = workDir.resolve("bench-ingest").resolve(PROBE);
        try {
            Files.createDirectories(probe.getParent());
            Files.copy(text, probe, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + text + " to " + probe, e);
        }
        long[] writing = {0};
        TextIngester.Progress progress = new TextIngester.Progress() {
            @Override
            public void update(int done, int total, long quads) {
            }

            @Override
            public void writing(Path folder) {
                writing[0] = System.nanoTime();
            }
        };
        IngestSummary added = ingester.ingest(database, new TextIngester.Changes(List.of(probe), List.of(), false), progress);
        double addWrite = (System.nanoTime() - writing[0]) / 1e9;
        IngestSummary removed = ingester.ingest(database, new TextIngester.Changes(List.of(), List.of(PROBE), false), progress);
        double removeWrite = (System.nanoTime() - writing[0]) / 1e9;
        return new Result(scale, added.time().toNanos() / 1e9, addWrite, removed.time().toNanos() / 1e9, removeWrite, added.quads());
    }
}
