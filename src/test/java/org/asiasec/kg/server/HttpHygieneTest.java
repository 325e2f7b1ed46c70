package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's manners and limits over real HTTP, against the corpus served as {@code serve} serves it
 * (the shipped configuration, the UI and the linked data): TRACE refused, security headers, validators
 * and conditional GET, no version banner, request and answer size limits, the timeout parameter, and
 * queries shaped to break the algebra compiler.
 */
class HttpHygieneTest {

    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static String url(String path) {
        return ServedCorpus.get().url() + path;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private static HttpResponse<String> query(String sparql, String extraParameters) throws Exception {
        return get("kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8) + extraParameters,
                "Accept", "application/sparql-results+json");
    }

    // ---- methods, headers, banner

    @ParameterizedTest
    @ValueSource(strings = {"page/SCO", "resource/SCO", "data/SCO.ttl", "kg/sparql", "", "dumps/"})
    @DisplayName("TRACE is refused (405) everywhere and nothing of the request is echoed; GET on the same path is not refused")
    void traceRefused(String path) throws Exception {
        HttpResponse<String> trace = send(HttpRequest.newBuilder(URI.create(url(path))).header("X-Secret", "echo-me")
                .method("TRACE", BodyPublishers.noBody()));
        assertEquals(405, trace.statusCode(), trace.body());
        assertFalse(trace.body().contains("echo-me"), trace.body());
        assertNotEquals(405, get(path).statusCode());
    }

    @Test
    @DisplayName("a linked-data page carries CSP, nosniff and Referrer-Policy; the UI (a script application) carries nosniff but no CSP")
    void securityHeaders() throws Exception {
        HttpResponse<String> page = get("page/SCO");
        assertEquals(200, page.statusCode());
        assertEquals(HttpHygiene.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(page.body().contains("<script"), "a page the CSP would break");

        HttpResponse<String> ui = get("");
        assertEquals(200, ui.statusCode());
        assertEquals("nosniff", ui.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(ui.headers().firstValue("Content-Security-Policy").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page/SCO", "kg/sparql?query=ASK%7B%7D", "", "$/ping", "no/such/path"})
    @DisplayName("no response names the server software or its version")
    void noBanner(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(List.of(), response.headers().allValues("Server"), path);
        assertEquals(List.of(), response.headers().allValues("X-Powered-By"), path);
    }

    // ---- validators

    @ParameterizedTest
    @ValueSource(strings = {"page/SCO", "data/SCO.ttl", "dumps/asiasec.ttl", ".well-known/void", "page/"})
    @DisplayName("pages and data carry ETag and Last-Modified; sending either back gives 304 without a body, another ETag or an older date gives 200")
    void conditionalGet(String path) throws Exception {
        HttpResponse<String> first = get(path);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(304, get(path, "If-Modified-Since", lastModified).statusCode());

        assertEquals(200, get(path, "If-None-Match", "W/\"0-0\"").statusCode());
        assertEquals(200, get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
        assertEquals(200, get(path, "If-None-Match", "W/\"0-0\"", "If-Modified-Since", lastModified).statusCode(),
                "If-None-Match decides when both are sent");
    }

    @Test
    @DisplayName("another representation of the same URL has another ETag")
    void etagFollowsNegotiation() throws Exception {
        String turtle = get(".well-known/void", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        String jsonld = get(".well-known/void", "Accept", "application/ld+json").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(turtle, jsonld);
        assertEquals(200, get(".well-known/void", "Accept", "application/ld+json", "If-None-Match", turtle).statusCode());
    }

    // ---- request limits and the timeout parameter

    @Test
    @DisplayName("a query body over 1 MiB gets 413 before it is parsed; one just under the limit is answered")
    void requestSizeLimit() throws Exception {
        String over = "ASK { ?s ?p ?o } # " + "x".repeat((int) KgServer.MAX_REQUEST_BYTES);
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(url("kg/sparql")))
                .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(over)));
        assertEquals(413, refused.statusCode());

        String under = "ASK { ?s ?p ?o } # " + "x".repeat((int) KgServer.MAX_REQUEST_BYTES - 100);
        HttpResponse<String> answered = send(HttpRequest.newBuilder(URI.create(url("kg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(BodyPublishers.ofString(under)));
        assertEquals(200, answered.statusCode(), answered.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1e3", "5,10", ""})
    @DisplayName("a timeout parameter that is not a positive number of seconds gets 400 and one line")
    void invalidTimeout(String timeout) throws Exception {
        HttpResponse<String> response = query("ASK { ?s ?p ?o }", "&timeout=" + URLEncoder.encode(timeout, StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(1, response.body().strip().lines().count(), response.body());
        assertTrue(response.body().contains("timeout"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "0.5", "0.05", "30"})
    @DisplayName("a valid timeout parameter is accepted (seconds, fractions too)")
    void validTimeout(String timeout) throws Exception {
        HttpResponse<String> response = query("ASK { }", "&timeout=" + timeout);
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    @DisplayName("a timeout of one millisecond is valid: the query is answered or times out (503), never refused with 400")
    void millisecondTimeout() throws Exception {
        // whether ASK {} beats 1 ms depends on the machine's load, so both outcomes of a valid timeout count
        HttpResponse<String> response = query("ASK { }", "&timeout=0.001");
        assertTrue(response.statusCode() == 200 || response.statusCode() == 503, response.statusCode() + " " + response.body());
    }

    // ---- queries shaped to break the compiler

    @Test
    @DisplayName("a 30,000-way UNION gets 400 with one line naming the limit; a 500-way UNION is answered")
    void hugeUnion() throws Exception {
        HttpResponse<String> refused = postQuery(union(30_000));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(1, refused.body().strip().lines().count(), refused.body());
        assertTrue(refused.body().contains("UNION"), refused.body());

        HttpResponse<String> answered = postQuery(union(500));
        assertEquals(200, answered.statusCode(), answered.body());
    }

    @Test
    @DisplayName("groups nested 300 deep get 400 with one line; nested 50 deep they are answered")
    void deepNesting() throws Exception {
        HttpResponse<String> refused = postQuery("SELECT * " + "{".repeat(300) + "?s ?p 1" + "}".repeat(300));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(1, refused.body().strip().lines().count(), refused.body());

        HttpResponse<String> answered = postQuery("SELECT * " + "{".repeat(50) + "?s ?p 1" + "}".repeat(50));
        assertEquals(200, answered.statusCode(), answered.body());
    }

    // ---- answers the status can be trusted for

    @Test
    @DisplayName("a cross product never answers 200 with a truncated body: it is stopped (503 timeout or 400 too large) with one line")
    void crossProductIsNot200() throws Exception {
        HttpResponse<String> response = query("SELECT * { ?a ?b ?c . ?d ?e ?f }", "&timeout=3");
        assertTrue(response.statusCode() == 503 || response.statusCode() == 400, response.statusCode() + " " + abbreviate(response.body()));
        assertEquals(1, response.body().strip().lines().count(), abbreviate(response.body()));
        assertFalse(response.body().contains("Query cancelled"));
    }

    @Test
    @DisplayName("a complete SELECT answer is sent whole, with its length")
    void completeAnswerHasLength() throws Exception {
        HttpResponse<String> response = query("SELECT ?s { ?s a <https://w3id.org/asiasec/ontology#Country> }", "");
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length),
                response.headers().firstValue("Content-Length").orElse("none"));
        assertTrue(response.body().strip().endsWith("}"), response.body());
    }

    private static HttpResponse<String> postQuery(String sparql) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url("kg/sparql"))).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(BodyPublishers.ofString(sparql)));
    }

    static String union(int branches) {
        return "SELECT * { " + IntStream.range(0, branches).mapToObj(i -> "{ ?s ?p " + i + " }")
                .collect(Collectors.joining(" UNION ")) + " }";
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
