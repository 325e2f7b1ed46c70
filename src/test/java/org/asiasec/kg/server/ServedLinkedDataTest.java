package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.store.DatasetDumps;
import org.asiasec.kg.store.ExportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What `serve` publishes besides SPARQL, over real HTTP, on the graph built from corpus/. */
class ServedLinkedDataTest {

    private static final IriScheme IRIS = IriScheme.standard();
    private static final Node SCO = IRIS.entity("SCO");
    private static final Node LABEL = RDFS.label.asNode();
    private static final HttpClient redirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static ServedCorpus served;

    @BeforeAll
    static void serve() {
        served = ServedCorpus.get();
    }

    private static HttpResponse<byte[]> get(HttpClient client, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(served.url() + path.substring(1)))
                .timeout(Duration.ofSeconds(60));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static DatasetGraph parse(byte[] body, Lang lang) {
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(read);
        return read;
    }

    private static long count(String select) throws Exception {
        HttpResponse<byte[]> response = get(noRedirects, "/kg/sparql?query=" + URLEncoder.encode(select, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, response.statusCode(), () -> text(response));
        return ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON)
                .next().getLiteral("n").getLong();
    }

    @ParameterizedTest(name = "Accept: {0} → {1}")
    @CsvSource({
            "text/turtle, TURTLE, /data/SCO.ttl",
            "application/ld+json, JSONLD, /data/SCO.jsonld",
            "application/rdf+xml, RDFXML, /data/SCO.rdf",
            "application/n-triples, NTRIPLES, /data/SCO.nt",
    })
    @DisplayName("/resource/SCO followed with an RDF Accept header gives data that parses and holds both labels")
    void rdfAfterRedirect(String accept, String langName, String target) throws Exception {
        HttpResponse<byte[]> response = get(redirects, "/resource/SCO", accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.uri().getPath().endsWith(target), response.uri().toString());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
        Graph graph = parse(response.body(), lang).getDefaultGraph();
        assertTrue(graph.contains(SCO, LABEL, NodeFactory.createLiteralLang("上海合作组织", "zh")));
        assertTrue(graph.contains(SCO, LABEL, NodeFactory.createLiteralLang("Shanghai Cooperation Organisation", "en")));
    }

    @Test
    @DisplayName("/resource/SCO with Accept: text/html ends on the entity's HTML page")
    void htmlAfterRedirect() throws Exception {
        HttpResponse<byte[]> seeOther = get(noRedirects, "/resource/SCO", "text/html");
        assertEquals(303, seeOther.statusCode());
        HttpResponse<byte[]> page = get(redirects, "/resource/SCO", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().endsWith("/page/SCO"), page.uri().toString());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(text(page).contains("上海合作组织") && text(page).contains("Shanghai Cooperation Organisation"));
    }

    @Test
    @DisplayName("an unknown id is 404, as page and as data")
    void unknownId() throws Exception {
        assertEquals(404, get(noRedirects, "/resource/no-such-thing", "text/turtle").statusCode());
        assertEquals(404, get(noRedirects, "/page/no-such-thing", null).statusCode());
        assertEquals(404, get(noRedirects, "/data/no-such-thing.ttl", null).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/etc/passwd", // what curl sends for /resource/../../etc/passwd: it removes dot segments itself
        "/resource/a/../SCO", "/page/a/../SCO", "/dumps/./void.ttl", "/dumps/../dumps/void.ttl",
        "/resource/..%2f..%2fetc/passwd", "/data/..%2fSCO.ttl", "/dumps/..%2fvoid.ttl", "/dumps/%2e%2e/dumps/void.ttl",
        "/dumps/%5c..%5cvoid.ttl", "/resource//SCO", "/resource/%2FSCO", "/page/%2e/SCO",
    })
    @DisplayName("dot segments and encoded traversal get 404, wherever they point")
    void traversalIsNotFound(String rawPath) throws Exception {
        assertEquals(404, get(noRedirects, rawPath, null).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/resource/../../etc/passwd", "/resource/%2e%2e/%2e%2e/etc/passwd", "/dumps/../../../etc/passwd"})
    @DisplayName("a raw path climbing above the root is refused by Jetty's parser and serves nothing")
    void aboveRootIsRefused(String rawPath) throws Exception {
        HttpResponse<byte[]> response = get(noRedirects, rawPath, null);
        assertTrue(response.statusCode() == 400 || response.statusCode() == 404, () -> String.valueOf(response.statusCode()));
        assertFalse(text(response).contains("root:"));
    }

    @Test
    @DisplayName("/dumps/ lists every format and the VoID file")
    void dumpListing() throws Exception {
        HttpResponse<byte[]> listing = get(noRedirects, "/dumps/", null);
        assertEquals(200, listing.statusCode());
        for (ExportFormat format : ExportFormat.values()) {
            assertTrue(text(listing).contains("href=\"" + DatasetDumps.fileName(format) + "\""), format.name());
        }
        assertTrue(text(listing).contains("href=\"void.ttl\""));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    @DisplayName("each dump parses back with as many statements as the database holds")
    void dumpsParseBack(ExportFormat format) throws Exception {
        HttpResponse<byte[]> response = get(noRedirects, "/dumps/" + DatasetDumps.fileName(format), null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
                .startsWith(format.lang().getContentType().getContentTypeStr()));
        DatasetGraph read = parse(response.body(), format.lang());
        if (format.lang().equals(Lang.NQUADS) || format.lang().equals(Lang.TRIG) || format.lang().equals(Lang.JSONLD)) {
            assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), read.stream().count());
            assertTrue(read.containsGraph(IRIS.dataset()), "the VoID description is in the dump");
        } else {
            assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), read.getDefaultGraph().size());
        }
    }

    @Test
    @DisplayName("/.well-known/void parses and states the data's triple count, endpoint and dumps")
    void voidDescription() throws Exception {
        HttpResponse<byte[]> response = get(noRedirects, "/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph description = parse(response.body(), Lang.TURTLE).getDefaultGraph();
        Node dataset = IRIS.dataset();
        long dataTriples = count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(?g != <" + dataset.getURI() + ">) } }");
        Node stated = description.find(dataset, VOID.triples.asNode(), Node.ANY).next().getObject();
        assertEquals(dataTriples, ((Number) stated.getLiteralValue()).longValue());
        assertNotEquals(0, dataTriples);
        assertTrue(description.contains(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI("https://w3id.org/asiasec/kg/sparql")));
        assertTrue(description.contains(dataset, VOID.dataDump.asNode(), NodeFactory.createURI("https://w3id.org/asiasec/dumps/asiasec.ttl")));
    }

    @Test
    @DisplayName("/page/ is the home of the linked data: classes with counts and links")
    void home() throws Exception {
        HttpResponse<byte[]> home = get(noRedirects, "/page/", null);
        assertEquals(200, home.statusCode());
        assertTrue(text(home).contains("/page/?class="), "links to class lists");
        assertTrue(text(home).contains("Mechanism") || text(home).contains("机制"));
    }
}
