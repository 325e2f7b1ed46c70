package org.asiasec.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.VOID;
import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.pipeline.CorpusPipeline;
import org.asiasec.kg.rdf.IriScheme;

/**
 * Adds, replaces or removes the named graphs of single texts in a built database, without a rebuild.
 * Everything the database holds changes in one TDB2 write transaction: the texts' named graphs, the
 * stored union default graph (a triple leaves it only when no named graph states it any more), and the
 * dataset description with its statistics, counted anew over the changed data exactly as {@code build}
 * counts them. A process killed at any point therefore leaves the old database or the new one; TDB2's
 * journal finishes or drops the transaction when the database is next opened.
 *
 * <p>Entities need no merging step of their own: their IRIs come from their keys, so a new text's
 * entities land on the nodes an earlier text made for the same keys, as in a full build. Texts are
 * extracted before the transaction starts (in parallel, as {@code build} does), so the write
 * transaction only writes; their quads wait in memory meanwhile, so this is for a few texts at a time.
 *
 * <p>The dumps are files outside the transaction. They are either written anew after the commit
 * (into a fresh folder, swapped in by renaming) or marked stale: a file {@value #STALE_FILE} in the dumps
 * folder, written <em>before</em> the transaction, so that no kill leaves unmarked dumps that differ from
 * the database. {@code void.ttl} is always written anew, since it is small.
 */
public final class TextIngester {

    public static final String STALE_FILE = "STALE.txt";

    private final Extractor extractor;
    private final IriScheme iris;

    public TextIngester(Extractor extractor, IriScheme iris) {
        this.extractor = extractor;
        this.iris = iris;
    }

    /** What to change: texts to add or replace, and names ({@code dcterms:identifier}, the file name) of texts to remove. */
    public record Changes(List<Path> texts, List<String> removals, boolean writeDumps) {
    }

    /** Told after each text is extracted, and when the write transaction starts. */
    public interface Progress extends DatabaseBuilder.Progress {
        default void writing(Path database) {
        }
    }

    public IngestSummary ingest(Path database, Changes changes, Progress progress) {
        long start = System.nanoTime();
        List<Path> texts = changes.texts().isEmpty() ? List.of() : new CorpusReader().listTexts(changes.texts());
        if (!changes.texts().isEmpty() && texts.isEmpty()) {
            throw new UserException("no texts (*.txt, *.md) in " + changes.texts());
        }
        DatabaseDirectory directory = new DatabaseDirectory(database);
        directory.recover();
        if (!directory.exists()) {
            throw new UserException("no database at " + database + " (run the build command first)");
        }
        Path folder = directory.live();
        List<List<Quad>> extracted = extract(texts, progress);

        Path dumps = DatasetDumps.folderOf(folder);
        markStale(dumps);
        DatasetGraph dataset = connect(folder);
        long quads;
        Model description;
        try {
            requireSameBase(dataset);
            Set<Node> graphs = new LinkedHashSet<>();
            for (String name : changes.removals()) {
                graphs.add(iris.source(name));
            }
            progress.writing(folder);
            description = Txn.calculateWrite(dataset, () -> {
                for (String name : changes.removals()) {
                    if (!dataset.containsGraph(iris.source(name))) {
                        throw new UserException("no text named " + name + " in " + folder);
                    }
                }
                List<Node> replaced = new ArrayList<>(graphs);
                extracted.forEach(text -> replaced.add(text.get(0).getGraph()));
                replaced.add(iris.dataset()); // the description is counted anew below
                removeGraphs(dataset, replaced);
                for (List<Quad> text : extracted) {
                    for (Quad quad : text) {
                        dataset.add(quad);
                        dataset.getDefaultGraph().add(quad.asTriple());
                    }
                }
                return DatabaseBuilder.describeInto(dataset, iris);
            });
            quads = Txn.calculateRead(dataset, () -> namedGraphQuads(dataset));
            if (changes.writeDumps()) {
                Txn.executeRead(dataset, () -> replaceDumps(dataset, description, dumps));
            }
        } finally {
            TDBInternal.expel(dataset);
        }
        if (Files.isDirectory(dumps)) {
            writeVoid(description, dumps);
        }
        return new IngestSummary(folder, extracted.size(), changes.removals().size(), quads, changes.writeDumps(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Each readable text's quads, in file order; any text that cannot be read stops the ingest before it writes. */
    private List<List<Quad>> extract(List<Path> texts, Progress progress) {
        List<List<Quad>> extracted = new ArrayList<>();
        if (texts.isEmpty()) {
            return extracted;
        }
        long[] total = {0};
        new CorpusPipeline(extractor, iris).run(texts, new CorpusPipeline.TextSink() {
            @Override
            public void begin(SourceText source) {
                extracted.add(new ArrayList<>());
            }

            @Override
            public void quad(Quad quad) {
                extracted.get(extracted.size() - 1).add(quad);
            }

            @Override
            public void end(SourceText source, long quads, int done, int count) {
                progress.update(done, count, total[0] += quads);
            }
        });
        extracted.removeIf(List::isEmpty);
        return extracted;
    }

    /**
     * Removes whole named graphs and, from the stored union default graph, each of their triples that no
     * other named graph states.
     */
    private static void removeGraphs(DatasetGraph dataset, List<Node> graphs) {
        List<Triple> candidates = new ArrayList<>();
        for (Node graph : graphs) {
            candidates.addAll(Iter.toList(Iter.map(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple)));
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        }
        for (Triple t : candidates) {
            var stated = dataset.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            boolean elsewhere = stated.hasNext();
            Iter.close(stated);
            if (!elsewhere) {
                dataset.getDefaultGraph().delete(t);
            }
        }
    }

    private static long namedGraphQuads(DatasetGraph dataset) {
        return Iter.count(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }

    /** A database built with another base would get graphs that nothing else in it links to. */
    private void requireSameBase(DatasetGraph dataset) {
        String stored = Txn.calculateRead(dataset, () -> {
            var spaces = dataset.find(Node.ANY, Node.ANY, VOID.uriSpace.asNode(), Node.ANY);
            return spaces.hasNext() ? spaces.next().getObject().getLiteralLexicalForm() : null;
        });
        if (stored != null && !stored.equals(iris.base())) {
            throw new UserException("the database was built with --base " + stored + ", not " + iris.base()
                    + ": give ingest the same --base");
        }
    }

    private static DatasetGraph connect(Path folder) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(folder));
        } catch (TDBException e) {
            throw new UserException("cannot open the database " + folder + " (is a server or another command using it?): "
                    + e.getMessage(), e);
        }
    }

    private static void markStale(Path dumps) {
        if (!Files.isDirectory(dumps)) {
            return;
        }
        try {
            Files.writeString(dumps.resolve(STALE_FILE), """
                    The database was changed by `ingest` after these dumps were written: they do not show the texts
                    added or removed since. `ingest --dumps` or `build` writes them anew; `export` dumps the database as it is.
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the dumps in " + dumps + " as stale", e);
        }
    }

    /** Writes the dumps into a sibling folder, then swaps it in; the old dumps stay until the new ones are complete. */
    private static void replaceDumps(DatasetGraph dataset, Model description, Path dumps) {
        Path fresh = dumps.resolveSibling(dumps.getFileName() + ".new-" + ProcessHandle.current().pid());
        Path old = dumps.resolveSibling(dumps.getFileName() + ".old-" + ProcessHandle.current().pid());
        DatabaseDirectory.deleteQuietly(fresh);
        DatasetDumps.write(dataset, description, fresh);
        try {
            if (Files.exists(dumps)) {
                Files.move(dumps, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, dumps, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new dumps in place at " + dumps, e);
        }
        DatabaseDirectory.deleteQuietly(old);
    }

    /** void.ttl follows the database whether or not the other dumps do: written aside, then renamed over the old one. */
    private static void writeVoid(Model description, Path dumps) {
        try {
            Path partial = dumps.resolve("." + DatasetDumps.VOID_FILE + ".partial-" + ProcessHandle.current().pid());
            try (var out = Files.newOutputStream(partial)) {
                RDFWriter.source(description).format(RDFFormat.TURTLE_PRETTY).output(out);
            }
            Files.move(partial, DatasetDumps.voidFile(dumps), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + DatasetDumps.voidFile(dumps), e);
        }
    }
}
