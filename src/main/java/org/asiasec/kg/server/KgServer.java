package org.asiasec.kg.server;

import java.net.BindException;
import java.net.URL;

import java.time.Instant;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.asiasec.kg.UserException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The embedded Fuseki server: the datasets and services of a {@link FusekiConfig}, plus the Fuseki
 * web UI with only the read-only status servlets it needs. Fuseki's admin module is deliberately not
 * used: without authentication it lets any caller create, back up and delete datasets.
 */
public final class KgServer implements AutoCloseable {

    /** The Fuseki UI's files inside the jena-fuseki-ui jar (or inside our shaded jar). */
    private static final String UI_RESOURCE = "webapp/index.html";

    /**
     * Adds to the server what the configuration file does not describe, such as pages for the
     * dataset's resources. Called after the configuration is read, before the server starts.
     */
    @FunctionalInterface
    public interface Extension {
        void extend(FusekiServer.Builder builder, DatasetGraph dataset);
    }

    /**
     * The largest request body (a query sent by POST, or a form) the server reads: 1 MiB, far above any real
     * query, far below what takes the SPARQL parser long (a 10 MB comment kept it busy for half a minute).
     * Larger requests get 413 before a byte of them is parsed. Query strings in a URL are bounded by
     * Jetty's request header limit.
     */
    public static final long MAX_REQUEST_BYTES = 1 << 20;
    /** Where {@link ConditionalGet} adds validators: the linked-data pages, data, dumps and VoID. */
    private static final String[] CONDITIONAL_PATHS = {"/page/*", "/data/*", "/dumps/*", "/.well-known/void"};

    private final FusekiServer server;
    private final String host;
    private final String datasetPath;

    private KgServer(FusekiServer server, String host, String datasetPath) {
        this.server = server;
        this.host = host;
        this.datasetPath = datasetPath;
    }

    /** Starts serving on {@code host:port}; port 0 picks a free port. */
    public static KgServer start(FusekiConfig config, String host, int port, Extension... extensions) {
        String datasetPath = config.datasetPath();
        // Fuseki names itself and its version in a Server header whenever it cannot read its own version
        // (as in a shaded jar, where it thinks it runs in development mode): no banner for scanners.
        Fuseki.outputFusekiServerHeader = false;
        Fuseki.outputJettyServerHeader = false;
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty()) // nothing loaded behind our back
                .port(port)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQuery())
                .parseConfig(config.model())
                .addFilter(datasetPath, new ResultBuffer(ResultBuffer.MAX_RESULT_BYTES))
                .addFilter(datasetPath + "/*", new ResultBuffer(ResultBuffer.MAX_RESULT_BYTES))
                .staticFileBase(uiFiles())
                .addProcessor("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .enablePing(true)
                .enableStats(true);
        for (Extension extension : extensions) {
            extension.extend(builder, builder.getDataset(datasetPath));
        }
        ConditionalGet validators = new ConditionalGet(Instant.now());
        for (String path : CONDITIONAL_PATHS) {
            builder.addFilter(path, validators);
        }
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        SizeLimitHandler sizeLimit = new SizeLimitHandler(MAX_REQUEST_BYTES, -1);
        sizeLimit.setHandler(jetty.getHandler());
        jetty.setHandler(new HttpHygiene(sizeLimit));
        AmbiguousPathGuard.install(jetty);
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector http) {
                http.setHost(host);
            }
            HttpConnectionFactory factory = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (factory != null) {
                factory.getHttpConfiguration().setSendServerVersion(false);
                factory.getHttpConfiguration().setSendXPoweredBy(false);
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            if (causedBy(e, BindException.class)) {
                throw new UserException("cannot listen on " + host + ":" + port + ": address already in use", e);
            }
            throw e;
        }
        return new KgServer(server, host, datasetPath);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String shown = switch (host) {
            case "0.0.0.0", "::", "[::]" -> "127.0.0.1";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return "http://" + shown + ":" + port() + "/";
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/kg}; its endpoints are below it. */
    public String datasetUrl() {
        return url() + datasetPath.substring(1);
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String uiFiles() {
        URL index = KgServer.class.getClassLoader().getResource(UI_RESOURCE);
        if (index == null) {
            throw new IllegalStateException("the Fuseki UI files (" + UI_RESOURCE + ") are not on the classpath");
        }
        String url = index.toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
