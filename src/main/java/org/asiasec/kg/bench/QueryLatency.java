package org.asiasec.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;


/**
 * Latency of each query as a client sees it: over HTTP against {@code serve} in a child JVM (see
 * {@link ServeProcess}) on a TDB2 database. A run is one request, from sending it to having read the
 * whole JSON result.
 */
final class QueryLatency {

    record Result(String query, Latencies latencies, int status, long bytes, String error) {
        boolean ok() {
            return status == 200;
        }
    }

    /** JSON for SELECT and ASK; Turtle for CONSTRUCT and DESCRIBE. */
    private static final String ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";
    private final int warmups;
    private final int runs;
    private final Duration budget;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code budget}: time per query after which no more timed runs start (slow queries get fewer runs). */
    QueryLatency(int warmups, int runs, Duration budget) {
        this.warmups = warmups;
        this.runs = runs;
        this.budget = budget;
    }

    List<Result> run(Path database, BenchQueries queries, Path log) {
        List<Result> results = new ArrayList<>();
        try (ServeProcess server = ServeProcess.start(database, log)) {
            for (BenchQueries.Query query : queries.queries()) {
                results.add(time(server.sparqlEndpoint(), query));
            }
        }
        return results;
    }

    private Result time(String endpoint, BenchQueries.Query query) {
        HttpRequest request = request(endpoint, query.text());
        try {
            for (int i = 0; i < warmups; i++) {
                var response = http.send(request, BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    return new Result(query.name(), new Latencies(new long[0]), response.statusCode(), 0,
                            firstLine(new String(response.body(), StandardCharsets.UTF_8)));
                }
            }
            long[] nanos = new long[runs];
            long bytes = 0;
            int done = 0;
            long stopStarting = System.nanoTime() + budget.toNanos();
            while (done < runs && (done == 0 || System.nanoTime() < stopStarting)) {
                long start = System.nanoTime();
                var response = http.send(request, BodyHandlers.ofByteArray());
                nanos[done++] = System.nanoTime() - start;
                bytes = response.body().length;
                if (response.statusCode() != 200) {
                    return new Result(query.name(), new Latencies(new long[0]), response.statusCode(), 0,
                            firstLine(new String(response.body(), StandardCharsets.UTF_8)));
                }
            }
            return new Result(query.name(), new Latencies(java.util.Arrays.copyOf(nanos, done)), 200, bytes, null);
        } catch (IOException e) {
            return new Result(query.name(), new Latencies(new long[0]), -1, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing " + query.name(), e);
        }
    }

    /** A GET as scripts send it; a POST where the query would make the URL too long. */
    private static HttpRequest request(String endpoint, String query) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder builder = encoded.length() < 4000
                ? HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encoded)).GET()
                : HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(query));
        return builder.header("Accept", ACCEPT).timeout(Duration.ofSeconds(60)).build();
    }

    private static String firstLine(String s) {
        return s.strip().lines().findFirst().orElse("");
    }
}
