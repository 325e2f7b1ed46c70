package org.asiasec.kg.server;

import java.net.BindException;
import java.net.URL;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.asiasec.kg.UserException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

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
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty()) // nothing loaded behind our back
                .port(port)
                .parseConfig(config.model())
                .staticFileBase(uiFiles())
                .addProcessor("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .enablePing(true)
                .enableStats(true);
        for (Extension extension : extensions) {
            extension.extend(builder, builder.getDataset(datasetPath));
        }
        FusekiServer server = builder.build();
        AmbiguousPathGuard.install(server.getJettyServer());
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector http) {
                http.setHost(host);
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
