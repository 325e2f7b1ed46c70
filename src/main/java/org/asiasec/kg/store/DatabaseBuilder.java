package org.asiasec.kg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.pipeline.CorpusPipeline;
import org.asiasec.kg.search.SentenceIndex;

/**
 * Builds the TDB2 database of a corpus: the ontology in its own named graph, then one named graph per
 * text, streamed through TDB2's sequential bulk loader; the default graph holds the union of them all
 * ({@link UnionInDefaultGraph}). Then the dataset's VoID/DCAT description in a graph of its own (and in
 * the union) and the dumps ({@link DatasetDumps}). The new database, dumps included, replaces the old one
 * only when complete; a failed build leaves the old one as it was and removes its own folder.
 */
public final class DatabaseBuilder {

    private final Extractor extractor;
    private final IriScheme iris;

    public DatabaseBuilder(Extractor extractor, IriScheme iris) {
        this.extractor = extractor;
        this.iris = iris;
    }

    /** Reports progress after each text: texts done, total texts, statements so far. */
    public interface Progress {
        void update(int done, int total, long quads);

        /** A text left out because it cannot be read (only when the corpus has more than one). */
        default void skipped(UserException why) {
        }
    }

    public BuildSummary build(Path corpus, Path database, Progress progress) {
        long start = System.nanoTime();
        List<Path> texts = new CorpusReader().listTexts(List.of(corpus));
        if (texts.isEmpty()) {
            throw new UserException("no texts (*.txt, *.md) in " + corpus);
        }
        int[] loaded = {0};
        return load(database, start, texts.size(), stream -> {
            pipeline(texts.size(), progress).run(texts, new CorpusPipeline.TextSink() {
                @Override
                public void quad(Quad quad) {
                    stream.quad(quad);
                }

                @Override
                public void end(SourceText source, long textQuads, int done, int total) {
                    loaded[0]++;
                    progress.update(done, total, stream.namedGraphQuads());
                }
            });
            if (loaded[0] == 0) {
                throw new UserException("none of the " + texts.size() + " texts in " + corpus + " could be read");
            }
            return loaded[0];
        });
    }

    /**
     * Builds a database from N-Quads files already extracted, such as the Spark job's partitions: each quad
     * in a named graph (one per text), as {@code extract --format nq} writes them. The ontology, the union
     * default graph, the description with its statistics (counted once, after loading) and the dumps are as
     * in {@link #build}, and so is the swap into place.
     */
    public BuildSummary load(List<Path> nquadsFiles, Path database, Progress progress) {
        long start = System.nanoTime();
        if (nquadsFiles.isEmpty()) {
            throw new UserException("no N-Quads files (*.nq) to load");
        }
        return load(database, start, -1, stream -> {
            Set<Node> graphs = new HashSet<>();
            StreamRDF counting = new StreamRDFWrapper(stream) {
                @Override
                public void quad(Quad quad) {
                    graphs.add(quad.getGraph());
                    stream.quad(quad);
                }

                @Override
                public void triple(Triple triple) {
                    throw new UserException("a statement outside any named graph: " + triple
                            + " (the files must hold one named graph per text, as extract --format nq writes them)");
                }
            };
            int done = 0;
            for (Path file : nquadsFiles) {
                try {
                    RDFParser.source(file).lang(Lang.NQUADS).parse(counting);
                } catch (RiotException e) {
                    throw new UserException(file + " is not valid N-Quads: " + e.getMessage(), e);
                }
                progress.update(++done, nquadsFiles.size(), stream.namedGraphQuads());
            }
            return graphs.size();
        });
    }

    /** Sends quads into the stream of a bulk load; returns how many texts they came from. */
    private interface QuadFeed {
        int feed(UnionInDefaultGraph stream);
    }

    /** {@code texts}: how many texts were to be read, so that the summary counts those left out; -1 when unknown. */
    private BuildSummary load(Path database, long start, int texts, QuadFeed feed) {
        DatabaseDirectory directory = new DatabaseDirectory(database);
        directory.recover();
        Path folder = directory.newBuildFolder();

        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder));
        boolean withOntology;
        long quads;
        int loaded;
        try {
            // The sequential loader keeps no backlog: its memory does not grow with the input (the phased
            // loader queued up to ~1 M quads, several hundred MiB, and was no faster here on two cores).
            DataLoader loader = LoaderFactory.sequentialLoader(dataset, (fmt, args) -> { });
            loader.startBulk();
            try {
                UnionInDefaultGraph stream = new UnionInDefaultGraph(loader.stream());
                withOntology = OntologyFiles.sendOntology(stream);
                loaded = feed.feed(stream);
                loader.finishBulk();
                // distinct: the mapper states each quad of a graph once, and each text has a graph of its own
                quads = stream.namedGraphQuads();
            } catch (RuntimeException e) {
                // Finish the bulk load (ending its transaction and any loader threads), then the
                // half-built folder is thrown away below.
                try {
                    loader.finishBulk();
                } catch (RuntimeException during) {
                    e.addSuppressed(during);
                }
                throw e;
            }
            Txn.executeWrite(dataset, () -> Prefixes.standard(iris).forEach(dataset.prefixes()::add));
            quads += DerivedGraphs.add(dataset, iris);
            Model description = addDescription(dataset);
            quads += description.size();
            List<Runnable> reads = new ArrayList<>(DatasetDumps.jobs(dataset, description, DatasetDumps.folderOf(folder)));
            reads.add(() -> SentenceIndex.write(dataset, SentenceIndex.folderOf(folder)));
            ParallelReads.run(dataset, reads);
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset);
            DatabaseDirectory.deleteQuietly(folder);
            throw e;
        }
        TDBInternal.expel(dataset); // release the files before the folder is renamed
        directory.promote(folder);
        return new BuildSummary(directory.live(), loaded, texts < 0 ? 0 : texts - loaded, quads, withOntology,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Adds the VoID/DCAT description of what was loaded as the named graph {@link IriScheme#dataset()};
     * it counts the data, not itself.
     */
    private Model addDescription(DatasetGraph dataset) {
        return Txn.calculateWrite(dataset, () -> describeInto(dataset, iris));
    }

    /**
     * Counts the description of the dataset and stores it as the named graph {@link IriScheme#dataset()} and in
     * the union default graph; call inside a write transaction on a dataset with no description graph yet.
     */
    static Model describeInto(DatasetGraph dataset, IriScheme iris) {
        Model description = DatasetDescription.describe(dataset, DatasetDumps.descriptionSettings(iris));
        Node graph = iris.dataset();
        description.getGraph().find().forEach(t -> {
            dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            dataset.getDefaultGraph().add(t); // the default graph is the union of the named graphs
        });
        description.getNsPrefixMap().forEach((prefix, uri) -> {
            if (!dataset.prefixes().containsPrefix(prefix)) {
                dataset.prefixes().add(prefix, uri);
            }
        });
        return description;
    }

    /** A corpus of one text fails on that text; a larger one goes on without the texts it cannot read. */
    private CorpusPipeline pipeline(int texts, Progress progress) {
        CorpusPipeline pipeline = new CorpusPipeline(extractor, iris);
        return texts == 1 ? pipeline : pipeline.skippingUnreadable(progress::skipped);
    }
}
