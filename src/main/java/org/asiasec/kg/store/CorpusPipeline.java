package org.asiasec.kg.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * text), but each text's quads reach the output whole and in the order of the file list, so the same
 * corpus always produces the same stream. At most a few texts' quads are held in memory at once.
 */
public final class CorpusPipeline {

    /** Receives each text's quads, one text at a time, in the order of the file list. */
    public interface TextSink {
        void text(SourceText source, Collection<Quad> quads, int done, int total);
    }

    private final Extractor extractor;
    private final IriScheme iris;
    private final int threads;
    /** Told about each text that cannot be read; {@code null}: such a text stops the run. */
    private final Consumer<UserException> onUnreadable;
    private final CorpusReader reader = new CorpusReader();
    private final Map<Path, MetadataCatalog> catalogs = new HashMap<>();

    public CorpusPipeline(Extractor extractor, IriScheme iris, int threads) {
        this(extractor, iris, threads, null);
    }

    private CorpusPipeline(Extractor extractor, IriScheme iris, int threads, Consumer<UserException> onUnreadable) {
        this.extractor = extractor;
        this.iris = iris;
        this.threads = Math.max(1, threads);
        this.onUnreadable = onUnreadable;
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
        return new CorpusPipeline(extractor, iris, threads, onUnreadable);
    }

    /** Extracts {@code files} and hands each text's quads to {@code out}; returns the number of quads. */
    public long run(List<Path> files, TextSink out) {
        files.forEach(this::catalogFor); // read metadata once, before the workers start
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            long quads = 0;
            while (done < files.size()) {
                while (next < files.size() && window.size() < 2 * threads) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> extract(file)));
                }
                Outcome outcome = await(window.poll());
                done++;
                if (outcome.unreadable() != null) {
                    onUnreadable.accept(outcome.unreadable());
                    continue;
                }
                quads += outcome.text().quads().size();
                out.text(outcome.text().source(), outcome.text().quads(), done, files.size());
            }
            return quads;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome extract(Path file) {
        SourceText source;
        try {
            source = reader.read(file, catalogFor(file));
        } catch (UserException e) {
            if (onUnreadable == null) {
                throw e;
            }
            return new Outcome(null, e);
        }
        try {
            return new Outcome(new TextQuads(source, extract(source)), null);
        } catch (OutOfMemoryError e) {
            // Leaving extract(source) has freed what the text took, so there is room to say so.
            throw new UserException(file + ": not enough memory to extract this text ("
                    + source.text().length() / 1_000_000 + " million characters, " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB of heap); split it into smaller files or give Java more memory (-Xmx)", e);
        }
    }

    private Set<Quad> extract(SourceText source) {
        Set<Quad> quads = new LinkedHashSet<>(); // the mapper may announce an entity more than once
        extractor.extract(source, new RdfMapper(iris, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }

            @Override
            public void triple(Triple triple) {
                quads.add(Quad.create(iris.source(source.fileName()), triple));
            }
        }));
        return quads;
    }

    private synchronized MetadataCatalog catalogFor(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return catalogs.computeIfAbsent(folder, MetadataCatalog::load);
    }

    private static Outcome await(Future<Outcome> future) {
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

    private record TextQuads(SourceText source, Set<Quad> quads) {
    }

    /** A text's quads, or why it could not be read. */
    private record Outcome(TextQuads text, UserException unreadable) {
    }
}
