package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.asiasec.kg.TestCorpus;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.store.DatabaseBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server as a client sees it: real HTTP against the project's Fuseki configuration (with its query
 * timeout shortened to one second) over a database built from the corpus by the real pipeline.
 */
class KgServerTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    static Path temp;

    private static KgServer server;
    private static String base;
    private static long triples;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServer() throws Exception {
        Path corpus = TestCorpus.copy(temp.resolve("corpus"), 5);
        Path db = temp.resolve("db");
        new DatabaseBuilder(new StandardExtractor(), IriScheme.standard()).build(corpus, db, (d, t, q) -> { });

        String shipped = Files.readString(FusekiConfig.DEFAULT);
        String shortTimeout = shipped.replace("ja:cxtValue \"10000\"", "ja:cxtValue \"1000\"");
        assertNotEquals(shipped, shortTimeout, "the shipped configuration sets arq:queryTimeout to \"10000\"");
        Path config = Files.writeString(temp.resolve("config.ttl"), shortTimeout);

        server = KgServer.start(FusekiConfig.load(config).withDatabase(db), "127.0.0.1", 0, KgServerTest::graphCounter);
        base = server.url();
        triples = count();
        assertTrue(triples > 0, "the test database has data");
    }

    /** An extension: a servlet at /graph-count reading the configured dataset it is handed. */
    private static void graphCounter(FusekiServer.Builder builder, DatasetGraph dataset) {
        builder.addServlet("/graph-count", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                long graphs = Txn.calculateRead(dataset, () -> Iter.count(dataset.listGraphNodes()));
                response.setContentType("text/plain");
                response.getWriter().print(graphs);
            }
        });
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "results as {0}")
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    @DisplayName("SPARQL results come in JSON, XML, CSV and TSV")
    void resultFormats(String mediaType) throws Exception {
        HttpResponse<String> response = get("kg/sparql?query=" + encode(COUNT), Map.of("Accept", mediaType));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType),
                response.headers().firstValue("Content-Type").orElse("none"));
        Lang lang = switch (mediaType) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
        // CSV carries no datatypes: compare the number's lexical form
        assertEquals(String.valueOf(triples), results.next().get("n").asNode().getLiteralLexicalForm());
    }

    @Test
    @DisplayName("/kg/query and the dataset URL answer queries like /kg/sparql")
    void queryAliases() throws Exception {
        for (String path : List.of("kg/query", "kg")) {
            HttpResponse<String> response = get(path + "?query=" + encode(COUNT), Map.of("Accept", "text/csv"));
            assertEquals(200, response.statusCode(), path);
            assertEquals("n\r\n" + triples + "\r\n", response.body(), path);
        }
    }

    @Test
    @DisplayName("the default graph is the union of the named graphs, one per source text")
    void unionDefaultGraph() throws Exception {
        String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> response = get("kg/sparql?query=" + encode(graphs), Map.of("Accept", "text/csv"));
        int named = Integer.parseInt(response.body().lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(named >= 5, "one named graph per corpus text: " + named);

        String source = IriScheme.standard().source(TestCorpus.texts().get(0).getFileName().toString()).getURI();
        HttpResponse<String> graph = get("kg/get?graph=" + encode(source), Map.of("Accept", "application/n-triples"));
        assertEquals(200, graph.statusCode());
        var parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(graph.body(), Lang.NTRIPLES).parse(parsed);
        assertTrue(parsed.size() > 0 && parsed.size() < triples, "GSP GET returns that text's graph only");
    }

    @Test
    @DisplayName("extensions are mounted and read the configured dataset")
    void extension() throws Exception {
        String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        String expected = get("kg/sparql?query=" + encode(graphs), Map.of("Accept", "text/csv")).body().lines().skip(1)
                .findFirst().orElseThrow().strip();
        HttpResponse<String> response = get("graph-count", Map.of());
        assertEquals(200, response.statusCode());
        assertEquals(expected, response.body());
        assertEquals(server.url() + "kg", server.datasetUrl());
    }

    @Test
    @DisplayName("the Fuseki UI is served at / with its scripts, and the status servlets it calls answer")
    void ui() throws Exception {
        HttpResponse<String> page = get("", Map.of());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<div id=\"app\">"), "the UI's single-page app");
        String script = page.body().replaceAll("(?s).*<script[^>]*src=\"\\./([^\"]+)\".*", "$1");
        assertEquals(200, get(script, Map.of()).statusCode(), script);

        HttpResponse<String> status = get("$/server", Map.of());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        assertEquals(200, get("$/ping", Map.of()).statusCode());
        assertEquals(200, get("$/stats/kg", Map.of()).statusCode());
    }

    @Test
    @DisplayName("SPARQL Update is refused and the data stay the same")
    void updateRefused() throws Exception {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        assertRefused(send("POST", "kg/update", "update=" + encode(update), "application/x-www-form-urlencoded"));
        assertRefused(send("POST", "kg", "update=" + encode(update), "application/x-www-form-urlencoded"));
        assertRefused(send("POST", "kg", update, "application/sparql-update"));
        assertRefused(send("POST", "kg/sparql", update, "application/sparql-update"));
        assertEquals(triples, count());
    }

    @Test
    @DisplayName("Graph Store writes (PUT, POST, DELETE) and upload are refused and the data stay the same")
    void graphStoreWritesRefused() throws Exception {
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        for (String path : List.of("kg/get?default", "kg?default", "kg/data?default", "kg/get?graph=urn:x:g")) {
            assertRefused(send("PUT", path, turtle, "text/turtle"));
            assertRefused(send("POST", path, turtle, "text/turtle"));
            assertRefused(send("DELETE", path, null, null));
        }
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n" + turtle + "\r\n--b--\r\n";
        assertRefused(send("POST", "kg/upload", multipart, "multipart/form-data; boundary=b"));
        assertEquals(triples, count());
    }

    @Test
    @DisplayName("no admin function: datasets cannot be created, deleted, backed up or compacted")
    void adminRefused() throws Exception {
        assertRefused(send("POST", "$/datasets?dbName=intruder&dbType=mem", "", "application/x-www-form-urlencoded"));
        assertRefused(send("DELETE", "$/datasets/kg", null, null));
        assertRefused(send("POST", "$/backup/kg", "", "application/x-www-form-urlencoded"));
        assertRefused(send("POST", "$/compact/kg", "", "application/x-www-form-urlencoded"));
        assertRefused(send("POST", "$/reload", "", "application/x-www-form-urlencoded"));
        HttpResponse<String> status = get("$/server", Map.of());
        assertFalse(status.body().contains("intruder"));
        assertEquals(triples, count());
    }

    @Test
    @DisplayName("SERVICE federation is refused without any attempt to connect")
    void serviceRefused() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(500);
            for (String endpoint : List.of("http://127.0.0.1:1/", "http://127.0.0.1:" + listener.getLocalPort() + "/sparql")) {
                String query = "SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }";
                HttpResponse<String> response = get("kg/sparql?query=" + encode(query), Map.of());
                assertRefused(response);
                assertTrue(response.body().contains("SERVICE"), response.body());
            }
            try (Socket attempt = listener.accept()) {
                throw new AssertionError("the server connected to the SERVICE endpoint from " + attempt.getRemoteSocketAddress());
            } catch (SocketTimeoutException expected) {
                // nobody called
            }
        }
    }

    @Test
    @DisplayName("a malformed query gets HTTP 400 with the parser's message")
    void malformedQuery() throws Exception {
        HttpResponse<String> response = get("kg/sparql?query=" + encode("SELECT ?x WHERE { ?x ?p }"), Map.of());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Parse error") && response.body().contains("line 1, column"), response.body());
    }

    @Test
    @DisplayName("the query timeout stops a runaway query: HTTP 503, and no thread keeps evaluating it")
    void timeoutStopsHeavyQuery() throws Exception {
        // a cross product of the whole graph with itself eight times: far beyond a second's work
        String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
                + " ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "kg/sparql?query=" + encode(heavy)))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("timed out"), response.body());
        // Jena issue #3044: a timed-out query went on running. Wait for the evaluation threads to go.
        List<String> running = queryThreads();
        for (int i = 0; i < 50 && !running.isEmpty(); i++) {
            Thread.sleep(100);
            running = queryThreads();
        }
        assertEquals(List.of(), running, "threads still evaluating a query after the timeout");
    }

    private static List<String> queryThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine")))
                .map(e -> e.getKey().getName())
                .toList();
    }

    @Test
    @DisplayName("the server listens on the loopback interface only")
    void loopbackOnly() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no other interface to try");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(external.get(), server.port()), 2000);
            throw new AssertionError("connected through " + external.get());
        } catch (IOException expected) {
            // refused: nothing listens there
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    // ---- helpers

    private static long count() throws Exception {
        HttpResponse<String> response = get("kg/sparql?query=" + encode(COUNT), Map.of("Accept", "text/csv"));
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static void assertRefused(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500,
                response.request().method() + " " + response.uri() + " gave " + status + ": " + response.body());
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        // A refused request may have its body left unread and its connection closed by the server:
        // a client of its own keeps that from breaking the next request on a reused connection.
        return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
