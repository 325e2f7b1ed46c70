package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** Real HTTP against an embedded Fuseki server with the linked-data module mounted. */
class LinkedDataServerTest {

    private static final String BASE = "https://w3id.org/asiasec/resource/";
    private static final Node SCO = NodeFactory.createURI(BASE + "SCO");
    private static final String FIREFOX_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String SOURCE_ID = "source/%E4%B8%8A%E5%90%88%E7%BB%84%E7%BB%87%E4%BA%8C%E5%8D%81%E5%B9%B4";

    @TempDir
    static Path dumps;

    private static FusekiServer server;
    private static final HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final HttpClient redirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void startServer() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, LinkedDataServerTest.class.getResource("/linkeddata/fixture.trig").toString());

        Files.writeString(dumps.resolve("asiasec.ttl"), "<https://w3id.org/asiasec/resource/SCO> a <https://w3id.org/asiasec/ontology#Mechanism> .\n");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dumps.resolve("asiasec.nq.gz")))) {
            gz.write("<urn:s> <urn:p> <urn:o> <urn:g> .\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dumps.getParent().resolve("secret.txt"), "outside the dump directory");

        Model voidDescription = ModelFactory.createDefaultModel();
        voidDescription.add(voidDescription.createResource(BASE + "dataset"), RDF.type,
                voidDescription.createResource("http://rdfs.org/ns/void#Dataset"));

        Graph ontology = RDFParser.fromString("""
                PREFIX asc: <https://w3id.org/asiasec/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                asc:Mechanism rdfs:label "安全合作机制"@zh , "Mechanism"@en .
                asc:place rdfs:label "地点"@zh , "place"@en .
                """, Lang.TURTLE).toGraph();
        LinkedDataSettings settings = LinkedDataSettings.defaults()
                .withVocabulary(ontology)
                .withVoid(() -> voidDescription)
                .withDumpDirectory(dumps);
        FusekiServer.Builder builder = FusekiServer.create().port(0).add("/kg", dsg, false);
        server = LinkedDataModule.register(builder, dsg, settings).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    private static HttpResponse<String> get(HttpClient client, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Graph parse(HttpResponse<String> response, Lang lang) {
        return RDFParser.fromString(response.body(), lang).toGraph();
    }

    private static Document parseAsXml(String html) throws Exception {
        // Pages are written as polyglot HTML5: parsing them as XML proves they are well formed.
        String withoutDoctype = html.replaceFirst("<!DOCTYPE html>", "");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(withoutDoctype.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    @DisplayName("/resource/{id} answers 303 See Other by content negotiation")
    class Dereferencing {

        @Test
        @DisplayName("a browser is sent to the page")
        void browserGetsPage() throws Exception {
            HttpResponse<String> response = get(noRedirects, "/resource/SCO", FIREFOX_ACCEPT);
            assertEquals(303, response.statusCode());
            assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/page/SCO"));
            assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "text/turtle, /data/SCO.ttl",
                "application/ld+json, /data/SCO.jsonld",
                "application/rdf+xml, /data/SCO.rdf",
                "application/n-triples, /data/SCO.nt",
                "'text/html;q=0.5, text/turtle', /data/SCO.ttl",
                "'application/rdf+xml;q=0.8, text/html', /page/SCO",
                "'text/turtle;q=0.2, application/ld+json;q=0.9', /data/SCO.jsonld",
        })
        void rdfClientsGetData(String accept, String target) throws Exception {
            HttpResponse<String> response = get(noRedirects, "/resource/SCO", accept);
            assertEquals(303, response.statusCode());
            assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith(target),
                    () -> response.headers().firstValue("Location").orElseThrow());
        }

        @Test
        @DisplayName("following the redirect with Accept: text/turtle gives Turtle with the labels")
        void turtleAfterRedirect() throws Exception {
            HttpResponse<String> response = get(redirects, "/resource/SCO", "text/turtle");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
            Graph g = parse(response, Lang.TURTLE);
            assertTrue(g.contains(SCO, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海合作组织", "zh")));
            assertTrue(g.contains(SCO, RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("Shanghai Cooperation Organisation", "en")));
            assertTrue(g.contains(SCO, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("上合组织", "zh")));
        }

        @Test
        @DisplayName("an id with percent-escaped Chinese round-trips to the same IRI")
        void percentEncodedId() throws Exception {
            HttpResponse<String> redirect = get(noRedirects, "/resource/" + SOURCE_ID, "text/turtle");
            assertEquals(303, redirect.statusCode());
            assertTrue(redirect.headers().firstValue("Location").orElseThrow().endsWith("/data/" + SOURCE_ID + ".ttl"));
            Graph g = parse(get(redirects, "/resource/" + SOURCE_ID, "text/turtle"), Lang.TURTLE);
            assertTrue(g.contains(NodeFactory.createURI(BASE + SOURCE_ID), Node.ANY,
                    NodeFactory.createLiteralString("上合组织二十年.txt")));
        }

        @Test
        @DisplayName("an unknown id is 404")
        void unknownId() throws Exception {
            assertEquals(404, get(noRedirects, "/resource/NoSuchThing", FIREFOX_ACCEPT).statusCode());
            assertEquals(404, get(noRedirects, "/page/NoSuchThing", FIREFOX_ACCEPT).statusCode());
            assertEquals(404, get(noRedirects, "/data/NoSuchThing.ttl", null).statusCode());
            assertEquals(404, get(noRedirects, "/data/SCO.exe", null).statusCode());
        }

        @ParameterizedTest(name = "{0} is sent as {1}")
        @CsvSource({"/resource/../../etc/passwd, /etc/passwd", "/dumps/../secret.txt, /secret.txt"})
        @DisplayName("a traversal as curl sends it (dot segments removed by the client, RFC 3986 5.2.4) is 404")
        void traversalAsClientsSendIt(String typed, String sent) throws Exception {
            HttpResponse<String> response = get(noRedirects, sent, FIREFOX_ACCEPT);
            assertEquals(404, response.statusCode(), typed);
            assertNoFileContent(response);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/resource/.../etc/passwd",
                "/resource/SCO/",
                "/page/.../.../etc/passwd",
                "/dumps/.hidden",
        })
        @DisplayName("traversal attempts that reach the servlets are 404, never a file")
        void traversalReachingServlets(String path) throws Exception {
            HttpResponse<String> response = get(noRedirects, path, FIREFOX_ACCEPT);
            assertEquals(404, response.statusCode(), path);
            assertNoFileContent(response);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/resource/../../etc/passwd",
                "/resource/%2e%2e/%2e%2e/etc/passwd",
                "/resource/..%2f..%2fetc%2fpasswd",
                "/page/%2e%2e/%2e%2e/etc/passwd",
                "/data/..%2f..%2fetc%2fpasswd.ttl",
                "/dumps/%2e%2e/secret.txt",
                "/dumps/..%2fsecret.txt",
                "/resource/SCO%5C..%5C..%5Cetc%5Cpasswd",
                "/resource//etc/passwd",
                "/dumps/..%5Csecret.txt",
                "/dumps//etc/passwd",
                "/resource/SCO/..%252F..%252Fetc%252Fpasswd",
                "/dumps/..%252Fsecret.txt",
        })
        @DisplayName("raw dot segments, encoded slashes and backslashes, empty segments: refused by Jetty (400) or not found, never a file")
        void traversalRefusedByTheContainer(String path) throws Exception {
            HttpResponse<String> response = get(noRedirects, path, FIREFOX_ACCEPT);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " " + response.statusCode());
            assertNoFileContent(response);
        }

        private static void assertNoFileContent(HttpResponse<String> response) {
            assertFalse(response.body().contains("root:"));
            assertFalse(response.body().contains("outside the dump directory"));
        }
    }

    @Nested
    @DisplayName("/data/{id}.{ext} is the description in four RDF syntaxes")
    class Data {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "ttl, text/turtle, TURTLE",
                "jsonld, application/ld+json, JSONLD",
                "rdf, application/rdf+xml, RDFXML",
                "nt, application/n-triples, NTRIPLES",
        })
        void parsesWithLabels(String extension, String contentType, String langName) throws Exception {
            HttpResponse<String> response = get(noRedirects, "/data/SCO." + extension, null);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(contentType));
            Lang lang = switch (langName) {
                case "TURTLE" -> Lang.TURTLE;
                case "JSONLD" -> Lang.JSONLD;
                case "RDFXML" -> Lang.RDFXML;
                default -> Lang.NTRIPLES;
            };
            Graph g = parse(response, lang);
            assertTrue(g.contains(SCO, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海合作组织", "zh")));
        }

        @Test
        @DisplayName("the description holds incoming links, labels of linked resources and the evidence")
        void description() throws Exception {
            Graph g = parse(get(noRedirects, "/data/SCO.ttl", null), Lang.TURTLE);
            Node summit = NodeFactory.createURI(BASE + "summit/SCO-2019");
            Node sentence = NodeFactory.createURI(BASE + "sentence/s1");
            assertTrue(g.contains(summit, Node.ANY, SCO), "incoming link");
            assertTrue(g.contains(summit, RDFS.label.asNode(), Node.ANY), "label of a linked resource");
            assertTrue(g.contains(sentence, Node.ANY, NodeFactory.createLiteralString("2001年6月15日，上海合作组织在上海宣告成立。")),
                    "evidence sentence");
        }
    }

    @Nested
    @DisplayName("/page/{id} is a readable, escaped HTML page")
    class Pages {

        @Test
        @DisplayName("the page shows labels, aliases, links, dates, Wikidata, evidence and a query link")
        void entityPage() throws Exception {
            HttpResponse<String> response = get(redirects, "/resource/SCO", FIREFOX_ACCEPT);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            String html = response.body();
            parseAsXml(html);
            assertTrue(html.contains("<html lang=\"zh\">"));
            assertTrue(html.contains("<h1>上海合作组织</h1>"));
            assertTrue(html.contains("Shanghai Cooperation Organisation"));
            assertTrue(html.contains("上合组织"));
            assertTrue(html.contains("href=\"/page/?class=https%3A%2F%2Fw3id.org%2Fasiasec%2Fontology%23Mechanism\""));
            assertTrue(html.contains("href=\"/page/summit/SCO-2019\""), "incoming link to a local page");
            assertTrue(html.contains("href=\"/page/Shanghai_Five\""), "outgoing link to a local page");
            assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q485207\""));
            assertTrue(html.contains("2001-06-15"));
            assertTrue(html.contains("<mark>上海合作组织</mark>在上海宣告成立。"), "evidence sentence");
            assertTrue(html.contains("<mark>上海合作组织</mark>的前身是“<mark>上海五国</mark>”会晤机制。"),
                    "evidence of an annotated statement, subject and value marked");
            assertTrue(html.contains("上合组织二十年.txt"));
            assertTrue(html.contains("120–143"));
            assertEquals(2, html.split("在上海宣告成立。</blockquote>", -1).length - 1,
                    "the sentence once for the founding, once for the mention; not again as a bare sentence");
            assertTrue(html.contains("<code>lexicon</code>"));
            assertTrue(html.contains("href=\"/#/dataset/kg/query?query=SELECT%20"));
            assertTrue(html.contains("href=\"/data/SCO.ttl\""));
        }

        @Test
        @DisplayName("facts come first, grouped by property with Chinese and English names, sources folded behind a count")
        void statementsFirst() throws Exception {
            String html = get(noRedirects, "/page/SCO", FIREFOX_ACCEPT).body();
            parseAsXml(html);
            int statements = html.indexOf("<h2>陈述 Statements</h2>");
            assertTrue(statements > 0 && statements < html.indexOf("<h2>提及 Mentions</h2>"), "facts before mentions");
            assertTrue(html.matches("(?s).*<th class=\"prop\" scope=\"row\">.*asc:predecessor.*<a href=\"/page/Shanghai_Five\"[^>]*>上海五国</a>"
                    + "<details class=\"sources\"><summary>1 个来源 source</summary>.*"), "value, then its one source folded");
            assertFalse(html.contains("href=\"/page/evidence/"), "no evidence node is a row or a link");
            assertFalse(html.contains("href=\"/page/sentence/"), "no sentence node is a row or a link");
        }

        @Test
        @DisplayName("a meeting's place shows its evidence: sentence, source, offsets, rule and confidence")
        void evidenceWithStatement() throws Exception {
            String html = get(noRedirects, "/page/summit/SCO-2019", FIREFOX_ACCEPT).body();
            parseAsXml(html);
            assertTrue(html.contains("<a href=\"/page/Bishkek\" title=\"https://w3id.org/asiasec/resource/Bishkek\">比什凯克</a>"
                    + "<details class=\"sources\"><summary>1 个来源 source</summary>"), "the place, its source folded");
            assertTrue(html.contains("<mark>上海合作组织成员国元首理事会第十九次会议</mark>在<mark>比什凯克</mark>举行"));
            assertTrue(html.contains("地点<small lang=\"en\">place</small><small><code>asc:place</code></small>"),
                    "the property's Chinese and English names");
            assertTrue(html.contains("300–334"));
            assertTrue(html.contains("<code>meeting-place</code>"));
            assertTrue(html.contains("置信度 Confidence: 0.85"));
        }

        @Test
        @DisplayName("a mechanism's page lists its meetings in date order with their places")
        void meetingTimeline() throws Exception {
            String html = get(noRedirects, "/page/SCO", FIREFOX_ACCEPT).body();
            assertTrue(html.matches("(?s).*<h2>会议时间线 Meetings</h2>.*<time datetime=\"2019-06-14\">2019-06-14</time></td><td>19</td>"
                    + "<td><a href=\"/page/summit/SCO-2019\"[^>]*>[^<]*</a></td><td class=\"place\"><a href=\"/page/Bishkek\".*"));
            assertFalse(get(noRedirects, "/page/Bishkek", FIREFOX_ACCEPT).body().contains("会议时间线"),
                    "a place has no meetings of its own");
        }

        @Test
        @DisplayName("a source text's page lists its sentences neither as rows nor as evidence about the source")
        void sourcePage() throws Exception {
            HttpResponse<String> response = get(noRedirects, "/page/" + SOURCE_ID, FIREFOX_ACCEPT);
            assertEquals(200, response.statusCode());
            String html = response.body();
            parseAsXml(html);
            assertTrue(html.contains("<h1>上海合作组织二十年</h1>"));
            assertFalse(html.contains("href=\"/page/sentence/s1\""), "sentences are bookkeeping, not rows");
            assertTrue(html.contains("No evidence sentences recorded."));
        }

        @Test
        @DisplayName("a label containing <script> is shown as text; a javascript: IRI is no link")
        void escaping() throws Exception {
            for (String path : new String[] {"/page/XSS", "/page/SCO"}) {
                String html = get(noRedirects, path, FIREFOX_ACCEPT).body();
                assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path);
                assertFalse(html.contains("<script"), path);
                assertFalse(html.contains("\" onmouseover"), path);
                assertFalse(html.contains("href=\"javascript:"), path);
                assertEquals(0, parseAsXml(html).getElementsByTagName("script").getLength(), path);
            }
        }

        @Test
        @DisplayName("/page/ lists the classes with instance counts and links to class lists")
        void home() throws Exception {
            HttpResponse<String> response = get(noRedirects, "/page/", FIREFOX_ACCEPT);
            assertEquals(200, response.statusCode());
            String html = response.body();
            parseAsXml(html);
            assertTrue(html.matches("(?s).*>安全合作机制</a></td><td><code>asc:Mechanism</code></td><td class=\"count\">2</td>.*"),
                    "class named by the ontology, with its count");
            assertTrue(html.matches("(?s).*asc:Summit</code></td><td class=\"count\">1</td>.*"));

            String list = get(noRedirects, "/page/?class=" + Html.queryParam("https://w3id.org/asiasec/ontology#Mechanism"),
                    FIREFOX_ACCEPT).body();
            parseAsXml(list);
            assertTrue(list.contains("<a href=\"/page/SCO\">上海合作组织</a>"));
            assertTrue(list.contains("<a href=\"/page/Shanghai_Five\">上海五国</a>"));
            assertFalse(list.contains("比什凯克"));
            assertEquals(404, get(noRedirects, "/page/?class=" + Html.queryParam("https://w3id.org/asiasec/ontology#Mechanism")
                    + "&page=2", FIREFOX_ACCEPT).statusCode(), "a page past the end");
            assertEquals(404, get(noRedirects, "/page/?class=" + Html.queryParam("https://example.org/NoClass"),
                    FIREFOX_ACCEPT).statusCode());
        }
    }

    @Nested
    @DisplayName("dumps and the dataset description")
    class DumpsAndVoid {

        @Test
        @DisplayName("/dumps/ lists the files and serves them with their media types")
        void dumps() throws Exception {
            HttpResponse<String> listing = get(noRedirects, "/dumps/", null);
            assertEquals(200, listing.statusCode());
            parseAsXml(listing.body());
            assertTrue(listing.body().contains("href=\"asiasec.ttl\""));
            assertTrue(listing.body().contains("href=\"asiasec.nq.gz\""));

            HttpResponse<String> turtle = get(noRedirects, "/dumps/asiasec.ttl", null);
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
            assertTrue(parse(turtle, Lang.TURTLE).contains(SCO, Node.ANY, Node.ANY));

            HttpResponse<String> gzip = get(noRedirects, "/dumps/asiasec.nq.gz", null);
            assertEquals("application/gzip", gzip.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(404, get(noRedirects, "/dumps/missing.ttl", null).statusCode());
        }

        @Test
        @DisplayName("/.well-known/void serves the VoID description in Turtle and JSON-LD")
        void voidDescription() throws Exception {
            Node dataset = NodeFactory.createURI(BASE + "dataset");
            Node voidDataset = NodeFactory.createURI("http://rdfs.org/ns/void#Dataset");
            HttpResponse<String> turtle = get(noRedirects, "/.well-known/void", null);
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
            assertTrue(parse(turtle, Lang.TURTLE).contains(dataset, RDF.type.asNode(), voidDataset));

            HttpResponse<String> jsonld = get(noRedirects, "/.well-known/void", "application/ld+json");
            assertTrue(jsonld.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
            assertTrue(parse(jsonld, Lang.JSONLD).contains(dataset, RDF.type.asNode(), voidDataset));
        }
    }
}
