package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.asiasec.kg.TestCorpus;
import org.asiasec.kg.bench.BenchQueries;
import org.asiasec.kg.bench.Latencies;
import org.asiasec.kg.cli.JarProcess;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.store.DatabaseBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under load and under hostile requests: real HTTP against the project's Fuseki
 * configuration over a database built from the corpus × 5. The load goes to the packaged jar's
 * {@code serve} in a process of its own, as users run it, so that its CPU time is the server's alone;
 * the hostile requests go to servers in this JVM, the runaway query to one whose query timeout is
 * shortened to one second.
 * Throughput and latency are printed, not asserted: they depend on the machine.
 */
class LoadIT {

    private static final int CLIENTS = 16;
    private static final int QUERIES_PER_CLIENT = 500;
    private static final int WARM_UP_QUERIES_PER_CLIENT = 500;
    private static final int MAX_WARM_UP_ROUNDS = 10;
    /**
     * The load mix: the shipped queries an analyst runs over and over — look-ups of one mechanism,
     * country, concept, year or name, and short listings. The queries that aggregate over every
     * mention or piece of evidence in the graph (counts per class, co-mentions, sources, rules) are
     * reports, timed one by one by the {@code bench} command instead.
     */
    static final List<String> MIX = List.of("01-sco-summits.rq", "02-cica-summits.rq",
            "03-events-of-a-year.rq", "05-documents-of-a-summit.rq", "06-members-of-a-mechanism.rq",
            "08-mechanisms-of-a-country.rq", "10-predecessors.rq", "12-components-of-a-concept.rq",
            "19-label-search.rq", "20-label-regex-search.rq", "25-wikidata-links.rq", "31-meeting-themes.rq");
    private static final String CHEAP = "ASK { ?s ?p ?o }";
    /** The whole graph crossed with itself eight times: far beyond a second's work. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
            + " ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";
    /** JSON for SELECT and ASK; Turtle for CONSTRUCT and DESCRIBE. */
    private static final String ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";
    private static final int MEGABYTE = 1 << 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    static Path temp;

    /** The project's configuration as shipped. */
    private static KgServer server;
    /** The same with a one-second query timeout, on a copy of the database. */
    private static KgServer shortTimeoutServer;
    private static BenchQueries queries;
    /** A copy of the database for the packaged server that the load test runs in a process of its own. */
    private static Path servedCopy;

    @BeforeAll
    static void startServers() throws Exception {
        Path corpus = TestCorpus.copy(temp.resolve("corpus"), 5);
        Path db = temp.resolve("db");
        new DatabaseBuilder(new StandardExtractor(), IriScheme.standard()).build(corpus, db, (d, t, q) -> { });
        Path copy = copyTree(db, temp.resolve("db-copy"));
        servedCopy = copyTree(db, temp.resolve("db-served"));

        String shipped = Files.readString(FusekiConfig.DEFAULT);
        String shortTimeout = shipped.replace("ja:cxtValue \"10000\"", "ja:cxtValue \"1000\"");
        assertNotEquals(shipped, shortTimeout, "the shipped configuration sets arq:queryTimeout to \"10000\"");
        Path config = Files.writeString(temp.resolve("config.ttl"), shortTimeout);

        server = KgServer.start(FusekiConfig.load(FusekiConfig.DEFAULT).withDatabase(db), "127.0.0.1", 0);
        shortTimeoutServer = KgServer.start(FusekiConfig.load(config).withDatabase(copy), "127.0.0.1", 0);
        queries = BenchQueries.load(Path.of("queries"));
    }

    @AfterAll
    static void stopServers() {
        for (KgServer s : new KgServer[] {server, shortTimeoutServer}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    @DisplayName("16 clients × 500 queries of the shipped kinds to the packaged server: every one answered with 200, and the server answers after")
    void concurrentClients() throws Exception {
        List<BenchQueries.Query> kinds = queries.queries().stream().filter(q -> MIX.contains(q.name())).toList();
        assertEquals(MIX.size(), kinds.size(), "every query of the mix is shipped in queries/");
        try (ServerProcess served = ServerProcess.start(servedCopy)) {
            List<URL> requests = new ArrayList<>();
            for (BenchQueries.Query kind : kinds) {
                requests.add(URI.create(served.url() + "kg/sparql?query=" + encode(kind.text())).toURL());
            }
            Queue<String> errors = new ConcurrentLinkedQueue<>();
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("[load] %d clients, %d kinds from %s: %s; %d cores, load average %.1f%n", CLIENTS,
                    requests.size(), queries.origin(), String.join(" ", MIX), cores, loadAverage());

            // The JIT compiles the server's code over the first tens of thousands of requests, the more slowly as
            // the load keeps both cores busy. Untimed rounds of the same mix run until two rounds in a row cost the
            // server no less CPU per query than the best round before them, so the timed run below measures the
            // server as it runs for hours; each round is printed, so the cost of a cold server is on record too.
            double bestCpuPerQuery = Double.MAX_VALUE;
            int roundsWithoutGain = 0;
            for (int round = 1; round <= MAX_WARM_UP_ROUNDS && roundsWithoutGain < 2; round++) {
                Phase warmUp = Phase.run(requests, kinds, WARM_UP_QUERIES_PER_CLIENT, served, errors);
                System.out.printf("[load] warm-up round %d, not timed: %d clients × %d queries, %.0f queries/s, p50 %.1f ms,"
                        + " %.2f ms server CPU per query%n", round, CLIENTS, WARM_UP_QUERIES_PER_CLIENT, warmUp.rate(),
                        warmUp.latencies().p50(), warmUp.serverCpuMillisPerQuery());
                roundsWithoutGain = warmUp.serverCpuMillisPerQuery() < 0.95 * bestCpuPerQuery ? 0 : roundsWithoutGain + 1;
                bestCpuPerQuery = Math.min(bestCpuPerQuery, warmUp.serverCpuMillisPerQuery());
            }

            Phase timed = Phase.run(requests, kinds, QUERIES_PER_CLIENT, served, errors);
            Latencies latencies = timed.latencies();
            System.out.printf("[load] %d clients × %d queries: %.0f queries/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                    + " %d errors, %.1f s, load average %.1f%n", CLIENTS, QUERIES_PER_CLIENT, timed.rate(), latencies.p50(),
                    latencies.p99(), latencies.max(), errors.size(), timed.seconds(), loadAverage());
            // On a shared machine the rate above depends on the other processes; the CPU time the server
            // spends per query does not, and bounds the rate on idle cores.
            System.out.printf("[load] CPU time per query: %.2f ms in the server process, so at most %.0f queries/s on %d idle"
                    + " cores; %.2f ms in the clients' threads (this JVM, the same cores)%n", timed.serverCpuMillisPerQuery(),
                    cores * 1000 / timed.serverCpuMillisPerQuery(), cores, timed.clientCpuMillisPerQuery());
            assertEquals(List.of(), errors.stream().limit(10).toList(), errors.size() + " requests failed");
            assertEquals(200, Phase.fetch(URI.create(served.url() + "kg/sparql?query=" + encode(CHEAP)).toURL()));
        }
        String log = Files.readString(temp.resolve("serve.log"), StandardCharsets.UTF_8);
        assertFalse(log.contains("DontCompileHugeMethods"), "the server ran with the README's JVM options:\n" + log);
    }

    /**
     * {@code java -Xmx1g @fuseki-config/jvm.options -jar asiasec-kg.jar serve}: the server as the README runs it,
     * in a process of its own.
     */
    private record ServerProcess(Process process, String url) implements AutoCloseable {

        static ServerProcess start(Path db) throws Exception {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = probe.getLocalPort();
            }
            Path log = temp.resolve("serve.log");
            Process process = JarProcess.builder(temp, List.of("@" + FusekiConfig.JVM_OPTIONS.toAbsolutePath()), "serve", "--db", db.toString(), "--port", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServerProcess served = new ServerProcess(process, "http://127.0.0.1:" + port + "/");
            URL ask = URI.create(served.url() + "kg/sparql?query=" + encode(CHEAP)).toURL();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    if (Phase.fetch(ask) == 200) {
                        return served;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    served.close();
                    throw new AssertionError("the server did not answer: " + Files.readString(log, StandardCharsets.UTF_8));
                }
                Thread.sleep(50);
            }
        }

        long cpuNanos() {
            return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** One run of the mix: every client sends {@code perClient} queries, one after the other. */
    private record Phase(long[] nanos, double seconds, double serverCpuMillisPerQuery, double clientCpuMillisPerQuery) {

        static Phase run(List<URL> requests, List<BenchQueries.Query> kinds, int perClient, ServerProcess served,
                Queue<String> errors) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<long[]>> clients = new ArrayList<>();
            AtomicLong clientCpuNanos = new AtomicLong();
            long start = System.nanoTime();
            long serverCpuStart = served.cpuNanos();
            try {
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> {
                        long threadCpuStart = THREADS.getCurrentThreadCpuTime();
                        long[] nanos = new long[perClient];
                        for (int i = 0; i < perClient; i++) {
                            int kind = (client + i) % requests.size();
                            long sent = System.nanoTime();
                            try {
                                int status = fetch(requests.get(kind));
                                if (status != 200) {
                                    errors.add(status + " for " + kinds.get(kind).name());
                                }
                            } catch (Exception e) {
                                errors.add(e + " for " + kinds.get(kind).name());
                            }
                            nanos[i] = System.nanoTime() - sent;
                        }
                        clientCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - threadCpuStart);
                        return nanos;
                    }));
                }
                long[] all = new long[CLIENTS * perClient];
                for (int c = 0; c < CLIENTS; c++) {
                    System.arraycopy(clients.get(c).get(), 0, all, c * perClient, perClient);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                return new Phase(all, seconds, (served.cpuNanos() - serverCpuStart) / 1e6 / all.length,
                        clientCpuNanos.get() / 1e6 / all.length);
            } finally {
                pool.shutdownNow();
            }
        }

        /**
         * A GET over a kept-alive connection, its body read in full (so the connection is reused).
         * The JDK's blocking {@link HttpURLConnection} does its work in the client's own thread and costs
         * less per request than {@link HttpClient}; the clients share the server's two cores.
         */
        static int fetch(URL url) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setRequestProperty("Accept", ACCEPT);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(60_000);
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        }

        double rate() {
            return nanos.length / seconds;
        }

        Latencies latencies() {
            return new Latencies(nanos);
        }
    }

    @Test
    @DisplayName("a runaway query is stopped by the timeout (503) while other clients keep getting answers")
    void runawayQueryDoesNotStarveOthers() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answeredMeanwhile = new AtomicInteger();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService others = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                clients.add(others.submit((Callable<Void>) () -> {
                    HttpClient http = client();
                    while (running.get()) {
                        HttpResponse<String> r = http.send(get(shortTimeoutServer, CHEAP), BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            answeredMeanwhile.incrementAndGet();
                        } else {
                            errors.add(r.statusCode() + ": " + r.body());
                        }
                    }
                    return null;
                }));
            }
            HttpResponse<String> runaway = client().send(get(shortTimeoutServer, RUNAWAY), BodyHandlers.ofString());
            running.set(false);
            for (Future<?> c : clients) {
                c.get();
            }
            assertEquals(503, runaway.statusCode(), runaway.body());
            assertTrue(runaway.body().contains("timed out"), runaway.body());
            assertTrue(answeredMeanwhile.get() > 0, "no other client was answered while the runaway query ran");
            assertEquals(List.of(), List.copyOf(errors));
            System.out.printf("[load] runaway query stopped with %d; %d other queries answered meanwhile%n",
                    runaway.statusCode(), answeredMeanwhile.get());
        } finally {
            running.set(false);
            others.shutdownNow();
        }
        assertAnswers(shortTimeoutServer);
    }

    @Test
    @DisplayName("a 1 MB query string in a GET URL is refused with 4xx and the server answers after")
    void hugeQueryInUrl() throws Exception {
        String huge = CHEAP + " # " + "x".repeat(MEGABYTE);
        HttpResponse<String> response = client().send(get(server, huge), BodyHandlers.ofString());
        assertClientError(response);
        assertAnswers(server);
    }

    @Test
    @DisplayName("a 1 MB POST body that is no query, or nests half a million brackets, gets 400 (413 as a form, over the 1 MiB limit) and the server answers after")
    void hugeQueryInBody() throws Exception {
        String junk = "x".repeat(MEGABYTE);
        String deep = "SELECT * { FILTER(" + "(".repeat(MEGABYTE / 2 - 20) + "1" + ")".repeat(MEGABYTE / 2 - 20) + ") }";
        for (String body : List.of(junk, deep)) {
            assertEquals(400, client().send(post(body, "application/sparql-query"), BodyHandlers.ofString()).statusCode());
            String form = "query=" + encode(body);
            assertEquals(413, statusBeforeBody("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8).length));
        }
        assertAnswers(server);
    }

    // ---- helpers

    /**
     * Sends only the head of a POST to the SPARQL endpoint and reads the status line. Over the size limit the
     * server answers before reading the body (then closes): a client that kept writing the body might see the
     * connection reset before it reads that answer, so the answer is read without sending a byte of the body.
     */
    private static int statusBeforeBody(String contentType, int contentLength) throws IOException {
        URI uri = URI.create(server.url());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /kg/sparql HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + contentLength + "\r\nAccept: " + ACCEPT + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static void assertAnswers(KgServer target) throws Exception {
        HttpResponse<String> response = client().send(get(target, CHEAP), BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("true"), response.body());
    }

    private static void assertClientError(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, "gave " + status + ": " + response.body());
    }

    /** One client: its own connections, HTTP/1.1 as most SPARQL clients speak it. */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest get(KgServer target, String query) {
        return HttpRequest.newBuilder(URI.create(target.url() + "kg/sparql?query=" + encode(query)))
                .header("Accept", ACCEPT).timeout(Duration.ofSeconds(60)).build();
    }

    private static HttpRequest post(String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql")).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
        return to;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
