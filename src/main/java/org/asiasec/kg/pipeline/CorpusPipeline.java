package org.asiasec.kg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.rdf.RdfMapper;

/**
 * Corpus files → extraction → RDF, streamed. Texts are extracted in parallel (extraction is pure per
 * text), but their quads reach the output in the order of the file list, each text's in the order the
 * mapper produced them, so the same corpus always produces the same stream. The text the output is at
 * streams its quads as they are produced; texts finished ahead of their turn wait in a
 * {@link TextQuadBuffer} (a few thousand quads in memory, the rest in a temporary file). Memory thus
 * depends on the number of threads, not on the size of a text's graph.
 */
public final class CorpusPipeline {

    /** Quads of one text held in memory at most; beyond that they are spilled or the producer waits. */
    static final int HELD_QUADS_PER_TEXT = 8192;

    /**
     * Receives the texts' quads in the order of the file list: for each text that can be read,
     * {@code begin}, its quads, then {@code end}. All calls come from the thread that called
     * {@link #run}. A text is one named graph; its quads are distinct ({@link RdfMapper} states each
     * quad of a graph once).
     */
    public interface TextSink {
        default void begin(SourceText source) {
        }

        void quad(Quad quad);

        /** The text's last quad has been given; {@code quads} of them in all. */
        void end(SourceText source, long quads, int done, int total);
    }

    private final Extractor extractor;
    private final IriScheme iris;
    private final int threads;
    /** Told about each text that cannot be read; {@code null}: such a text stops the run. */
    private final Consumer<UserException> onUnreadable;
    private final CorpusReader reader = new CorpusReader();
    private final Map<Path, MetadataCatalog> catalogs = new HashMap<>();
    private final int heldQuadsPerText;

    public CorpusPipeline(Extractor extractor, IriScheme iris, int threads) {
        this(extractor, iris, threads, null, HELD_QUADS_PER_TEXT);
    }

    /** With a smaller memory buffer per text, so that tests see it fill. */
    CorpusPipeline(Extractor extractor, IriScheme iris, int threads, int heldQuadsPerText) {
        this(extractor, iris, threads, null, heldQuadsPerText);
    }

    private CorpusPipeline(Extractor extractor, IriScheme iris, int threads, Consumer<UserException> onUnreadable,
            int heldQuadsPerText) {
        this.extractor = extractor;
        this.iris = iris;
        this.threads = Math.max(1, threads);
        this.onUnreadable = onUnreadable;
        this.heldQuadsPerText = heldQuadsPerText;
    }

    public CorpusPipeline(Extractor extractor, IriScheme iris) {
        this(extractor, iris, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same pipeline, except that a text that cannot be read (binary, in no supported encoding,
     * too large) is left out and reported to {@code onUnreadable}, in file order, instead of
     * stopping the run.
     */
    public CorpusPipeline skippingUnreadable(Consumer<UserException> onUnreadable) {
        return new CorpusPipeline(extractor, iris, threads, onUnreadable, heldQuadsPerText);
    }

    /** Extracts {@code files} and hands their quads to {@code out}; returns the number of quads. */
    public long run(List<Path> files, TextSink out) {
        files.forEach(this::catalogFor); // read metadata once, before the workers start
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Extraction> window = new ArrayDeque<>();
        try {
            int next = 0;
            int done = 0;
            long quads = 0;
            while (done < files.size()) {
                while (next < files.size() && window.size() < 2 * threads) {
                    Path file = files.get(next++);
                    TextQuadBuffer buffer = new TextQuadBuffer(heldQuadsPerText);
                    window.add(new Extraction(buffer, pool.submit(() -> extract(file, buffer))));
                }
                Extraction head = window.peek();
                SourceText source = head.buffer().awaitSource();
                if (source != null) {
                    out.begin(source);
                    long count = head.buffer().drainTo(out::quad);
                    await(head.outcome()); // fails here if extraction did
                    quads += count;
                    window.poll();
                    out.end(source, count, ++done, files.size());
                } else {
                    UserException unreadable = await(head.outcome());
                    window.poll();
                    done++;
                    onUnreadable.accept(unreadable);
                }
            }
            return quads;
        } finally {
            pool.shutdownNow();
            window.forEach(extraction -> extraction.buffer().discard());
        }
    }

    /** Reads and extracts one file into its buffer; returns why it could not be read, or {@code null}. */
    private UserException extract(Path file, TextQuadBuffer buffer) {
        try {
            SourceText source;
            try {
                source = reader.read(file, catalogFor(file));
            } catch (UserException e) {
                if (onUnreadable == null) {
                    throw e;
                }
                return e;
            }
            buffer.begin(source);
            try {
                extract(source, buffer);
            } catch (OutOfMemoryError e) {
                // Leaving extract(source) has freed what the text took, so there is room to say so.
                throw new UserException(file + ": not enough memory to extract this text ("
                        + source.text().length() / 1_000_000 + " million characters, " + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MB of heap); split it into smaller files or give Java more memory (-Xmx)", e);
            }
            return null;
        } finally {
            buffer.end();
        }
    }

    private void extract(SourceText source, TextQuadBuffer buffer) {
        extractor.extract(source, new RdfMapper(iris, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                buffer.quad(quad);
            }

            @Override
            public void triple(Triple triple) {
                buffer.quad(Quad.create(iris.source(source.fileName()), triple));
            }
        }));
    }

    private synchronized MetadataCatalog catalogFor(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return catalogs.computeIfAbsent(folder, MetadataCatalog::load);
    }

    private static UserException await(Future<UserException> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A text being extracted: where its quads go, and how it ended. */
    private record Extraction(TextQuadBuffer buffer, Future<UserException> outcome) {
    }
}
