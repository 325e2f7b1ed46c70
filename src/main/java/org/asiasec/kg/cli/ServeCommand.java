package org.asiasec.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.asiasec.kg.UserException;
import org.asiasec.kg.server.FusekiConfig;
import org.asiasec.kg.server.KgServer;
import org.asiasec.kg.server.LinkedDataMount;
import org.asiasec.kg.store.DatasetDumps;
import org.asiasec.kg.store.DatabaseDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the database with embedded Apache Jena Fuseki on one port: the SPARQL endpoint, a read-only Graph Store"
                + " and the Fuseki UI, and the graph as linked data: /resource/{id} (303 to /page/{id} or /data/{id}.ttl|jsonld|rdf|nt),"
                + " /page/, /dumps/ and /.well-known/void.",
            "If there is no database yet, it is built from --corpus first. The services and their settings come from the Fuseki"
                + " configuration file; without --db, so does the database folder (tdb2:location, data/tdb2 in the shipped one)."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    private int port;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port, 0 to 65535 (default: ${DEFAULT-VALUE}).")
    void port(int value) {
        if (value < 0 || value > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + value);
        }
        port = value;
    }

    int port() {
        return port;
    }

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Mixin
    DatabaseOption database;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "fuseki-config/config.ttl",
            description = "Fuseki configuration file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Mixin
    CorpusOption corpus;

    @Mixin
    IriOptions iris;

    @Override
    public Integer call() throws IOException {
        // Run from another folder, the jar falls back on its packed copy of the default configuration.
        FusekiConfig fuseki = !Files.exists(config) && config.equals(FusekiConfig.DEFAULT)
                ? FusekiConfig.packaged() : FusekiConfig.load(config);
        Path db = database.folderOr(fuseki.databaseLocation());
        checkPortFree();
        DatabaseInUse.refuseIfHeld(db, "serve");
        DatabaseDirectory directory = new DatabaseDirectory(db);
        directory.recover();
        if (!directory.exists()) {
            LOG.info("no database at {} yet: building it from {}", db, corpus.folder);
            BuildCommand.Skips skips = new BuildCommand.Skips();
            LOG.info(BuildCommand.describe(BuildCommand.build(corpus.folder, db, iris, skips), skips));
        }
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            LOG.warn("listening on {}: anyone who can reach this machine can query the graph", host);
        }
        if (!Files.isRegularFile(DatasetDumps.voidFile(DatasetDumps.folderOf(db)))) {
            LOG.warn("{} has no dumps (built by an older version?): /dumps/ and /.well-known/void stay empty until the next build", db);
        }
        long start = System.nanoTime();
        String resourceBase = iris.scheme().base();
        KgServer server = KgServer.start(fuseki.withDatabase(db), host, port,
                LinkedDataMount.of(db, resourceBase, fuseki.datasetPath()));
        // where the server answers, for the one-line advice of a command that finds the database in use
        Path endpointNote = db.resolve(DatabaseInUse.ENDPOINT_FILE);
        try {
            Files.writeString(endpointNote, server.datasetUrl() + "/sparql\n");
        } catch (IOException e) {
            LOG.debug("cannot note the endpoint in {}: {}", endpointNote, e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                Files.deleteIfExists(endpointNote);
            } catch (IOException ignored) {
                // only a hint for the other commands, read only while the database is locked
            }
        }, "fuseki-stop"));
        PrintWriter out = spec.commandLine().getOut();
        String url = server.url();
        out.printf("AsiaSec KG is served from %s (started in %.1f s; Ctrl-C stops it)%n", db, (System.nanoTime() - start) / 1e9);
        out.println("  Fuseki UI        " + url);
        out.println("  SPARQL endpoint  " + server.datasetUrl() + "/sparql");
        out.println("  Graph Store      " + server.datasetUrl() + "/get?default");
        out.println("  Linked data      " + url + "page/   (" + resourceBase + "{id} is at " + url + "resource/{id})");
        out.println("  Dumps            " + url + "dumps/");
        out.println("  VoID             " + url + ".well-known/void");
        out.flush();
        if (JitLimits.leavesHugeMethodsInterpreted()) {
            LOG.warn("this JVM never compiles Jena's SPARQL tokenizer (a method over HotSpot's size limit), so every query is"
                    + " parsed 5 to 6 times slower: start java with -XX:-DontCompileHugeMethods, as fuseki-config/jvm.options does");
        }
        server.join();
        return Main.OK;
    }

    /** Fails fast, before any build, when the address is taken. */
    private void checkPortFree() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new UserException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }
}
