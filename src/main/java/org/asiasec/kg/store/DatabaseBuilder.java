package org.asiasec.kg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.rdf.IriScheme;

/**
 * Builds the TDB2 database of a corpus: the ontology in its own named graph, then one named graph per
 * text, streamed through TDB2's sequential bulk loader; the default graph holds the union of them all
 * ({@link UnionInDefaultGraph}). The new database replaces the old one only when complete.
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
    }

    public BuildSummary build(Path corpus, Path database, Progress progress) {
        long start = System.nanoTime();
        List<Path> texts = new CorpusReader().listTexts(List.of(corpus));
        if (texts.isEmpty()) {
            throw new UserException("no texts (*.txt, *.md) in " + corpus);
        }
        DatabaseDirectory directory = new DatabaseDirectory(database);
        directory.recover();
        Path folder = directory.newBuildFolder();

        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder));
        boolean withOntology;
        long quads;
        try {
            // The sequential loader keeps no backlog: its memory does not grow with the input (the phased
            // loader queued up to ~1 M quads, several hundred MiB, and was no faster here on two cores).
            DataLoader loader = LoaderFactory.sequentialLoader(dataset, (fmt, args) -> { });
            loader.startBulk();
            try {
                UnionInDefaultGraph stream = new UnionInDefaultGraph(loader.stream());
                withOntology = OntologyFiles.sendOntology(stream);
                new CorpusPipeline(extractor, iris).run(texts, (source, textQuads, done, total) -> {
                    textQuads.forEach(stream::quad);
                    progress.update(done, total, stream.namedGraphQuads());
                });
                loader.finishBulk();
                // distinct: each text's quads are distinct and in a graph of its own
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
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset);
            DatabaseDirectory.deleteQuietly(folder);
            throw e;
        }
        TDBInternal.expel(dataset); // release the files before the folder is renamed
        directory.promote(folder);
        return new BuildSummary(directory.live(), texts.size(), quads, withOntology,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
