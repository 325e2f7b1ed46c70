package org.asiasec.kg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.io.IOX;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.store.DatabaseBuilder;

/**
 * The project's corpus built by the build pipeline (dumps included) and served as {@code serve} serves
 * it: the project's Fuseki configuration, the UI, the linked-data part, on a free port. Built once
 * and shared by the test classes of one JVM, since a build takes most of a minute; stopped and
 * deleted when the JVM ends.
 */
final class ServedCorpus {

    private static ServedCorpus shared;

    final Path database;
    final KgServer server;

    private ServedCorpus(Path database, KgServer server) {
        this.database = database;
        this.server = server;
    }

    static synchronized ServedCorpus get() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("asiasec-served-");
                Path database = folder.resolve("tdb2");
                IriScheme iris = IriScheme.standard();
                new DatabaseBuilder(new StandardExtractor(), iris).build(Path.of("corpus"), database, (d, t, q) -> { });
                FusekiConfig config = FusekiConfig.load(FusekiConfig.DEFAULT).withDatabase(database);
                KgServer server = KgServer.start(config, "127.0.0.1", 0,
                        LinkedDataMount.of(database, iris.base(), config.datasetPath()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    IOX.deleteAll(folder); // a temporary folder: what stays, the system cleans up
                }, "served-corpus-cleanup"));
                shared = new ServedCorpus(database, server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The server's root URL, ending in '/'. */
    String url() {
        return server.url();
    }
}
