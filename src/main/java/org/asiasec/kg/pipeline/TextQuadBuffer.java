package org.asiasec.kg.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.function.Consumer;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.asiasec.kg.corpus.SourceText;

/**
 * One text's quads on their way from the thread that extracts the text to the thread that consumes
 * the texts in file order. At most {@code capacity} quads are held in memory: while the consumer is
 * still busy with earlier texts, a full buffer is spilled to a temporary RDF Thrift file (a compact
 * binary encoding that keeps every term exactly); once the consumer has reached this text, it replays
 * the file and then takes the quads as they come, and a full buffer makes the producer wait for it.
 * Memory therefore does not grow with the size of a text, and the order of its quads is kept.
 */
final class TextQuadBuffer {

    private final int capacity;
    private final ArrayDeque<Quad> held = new ArrayDeque<>();
    private SourceText source;
    /** The consumer has reached this text: quads are no longer spilled but wait for it. */
    private boolean consuming;
    private boolean ended;
    private boolean discarded;
    private Path spillFile;
    private OutputStream spillBytes;
    private StreamRDF spill;
    private long count;

    TextQuadBuffer(int capacity) {
        this.capacity = capacity;
    }

    // ---- producer side (the extraction thread)

    /** The text has been read; its quads follow. */
    synchronized void begin(SourceText source) {
        this.source = source;
        notifyAll();
    }

    synchronized void quad(Quad quad) {
        while (discarded || held.size() >= capacity) {
            if (discarded) {
                throw new IllegalStateException("the run this text belonged to has ended");
            }
            if (consuming) {
                awaitChange();
            } else {
                spillHeld();
            }
        }
        held.add(quad);
        count++;
        notifyAll();
    }

    /** No more quads: the text is done, or could not be read or extracted. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    // ---- consumer side (the thread that takes the texts in order)

    /** The text, once read; {@code null} if the producer ended without reading it. */
    synchronized SourceText awaitSource() {
        while (source == null && !ended) {
            awaitChange();
        }
        return source;
    }

    /** Hands every quad of the text to {@code out}, in the order they were produced; returns how many. */
    long drainTo(Consumer<Quad> out) {
        Path spilled;
        synchronized (this) {
            consuming = true;
            spilled = closeSpill();
        }
        if (spilled != null) {
            try {
                RDFParser.source(spilled).lang(Lang.RDFTHRIFT).parse(new ReplayedQuads(out));
            } finally {
                deleteQuietly(spilled);
            }
        }
        Quad[] batch;
        while ((batch = nextBatch()) != null) {
            for (Quad quad : batch) {
                out.accept(quad);
            }
        }
        synchronized (this) {
            return count;
        }
    }

    /** Frees what the text holds when the run stops early; a producer still at work then fails. */
    synchronized void discard() {
        discarded = true;
        held.clear();
        Path spilled = closeSpill();
        if (spilled != null) {
            deleteQuietly(spilled);
        }
        notifyAll();
    }

    /** Quads held in memory now (not counting those spilled to the file). */
    synchronized int heldInMemory() {
        return held.size();
    }

    private synchronized Quad[] nextBatch() {
        while (held.isEmpty() && !ended) {
            awaitChange();
        }
        if (held.isEmpty()) {
            return null;
        }
        Quad[] batch = held.toArray(new Quad[0]);
        held.clear();
        notifyAll();
        return batch;
    }

    private void spillHeld() {
        try {
            if (spill == null) {
                spillFile = Files.createTempFile("asiasec-text-", ".rt");
                spillBytes = new BufferedOutputStream(Files.newOutputStream(spillFile), 1 << 16);
                spill = StreamRDFWriter.getWriterStream(spillBytes, RDFFormat.RDF_THRIFT);
                spill.start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the quads of " + nameOfText(), e);
        }
        held.forEach(spill::quad);
        held.clear();
    }

    /** Completes the spill file, if any, and returns it. */
    private Path closeSpill() {
        if (spill == null) {
            return null;
        }
        Path file = spillFile;
        try {
            spill.finish();
            spillBytes.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file of " + nameOfText(), e);
        } finally {
            spill = null;
            spillBytes = null;
            spillFile = null;
        }
        return file;
    }

    private String nameOfText() {
        return source == null ? "a text" : source.fileName();
    }

    private void awaitChange() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while passing on the quads of " + nameOfText(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    /** The quads read back from a spill file; the file holds nothing else. */
    private static final class ReplayedQuads extends StreamRDFBase {
        private final Consumer<Quad> out;

        ReplayedQuads(Consumer<Quad> out) {
            this.out = out;
        }

        @Override
        public void quad(Quad quad) {
            out.accept(quad);
        }
    }
}
