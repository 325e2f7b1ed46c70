package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.net.URLEncoder;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pages an analyst reads, on the graph built from corpus/ (issue 14's acceptance). The extraction
 * improves from day to day: these tests hold what the issue asks, not today's exact counts.
 */
class AnalystPagesTest {

    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static ServedCorpus served;

    @BeforeAll
    static void serve() {
        served = ServedCorpus.get();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(served.url() + path.substring(1)))
                .timeout(Duration.ofSeconds(60));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("/page/SCO fits in 120 KB, links at most 20 bookkeeping nodes, and lists its summits with cities in date order")
    void scoPage() throws Exception {
        HttpResponse<String> response = get("/page/SCO", "text/html");
        assertEquals(200, response.statusCode());
        String html = response.body();
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 120 * 1024, "page size " + bytes);
        Matcher bookkeeping = Pattern.compile("href=\"[^\"]*/(evidence|dataset/fact|dataset/co-mention)/").matcher(html);
        int links = 0;
        while (bookkeeping.find()) {
            links++;
        }
        assertTrue(links <= 20, "links to evidence, fact and co-mention nodes: " + links);

        String timeline = html.substring(html.indexOf("<h2>会议时间线 Meetings</h2>"));
        timeline = timeline.substring(0, timeline.indexOf("</table>"));
        List<String> dates = new ArrayList<>();
        Matcher date = Pattern.compile("<time datetime=\"([^\"]+)\"").matcher(timeline);
        while (date.find()) {
            dates.add(date.group(1));
        }
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "meetings in date order");
        int dushanbe = timeline.indexOf(">杜尚别</a>");
        int qingdao = timeline.indexOf(">青岛</a>");
        assertTrue(dushanbe > 0 && qingdao > dushanbe, "杜尚别 (2014) before 青岛 (2018)");
    }

    @Test
    @DisplayName("the class index lists the domain classes first and the bookkeeping classes apart")
    void classIndex() throws Exception {
        String html = get("/page/", "text/html").body();
        int internal = html.indexOf("<h2>内部类别 Internal classes</h2>");
        assertTrue(internal > 0);
        assertTrue(html.indexOf("<code>asc:Summit</code>") < internal, "a domain class above");
        assertTrue(html.indexOf("<code>asc:Evidence</code>") > internal, "evidence apart, below");
        assertTrue(html.indexOf("<code>asc:CoMention</code>") > internal, "co-mentions apart, below");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("/timeline answers 200 with the corpus's dated meetings; a filter keeps only what it names")
    void timeline() throws Exception {
        HttpResponse<String> all = get("/timeline", "text/html");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("<tr class=\"meeting\">"), "meetings listed");
        assertTrue(all.body().contains(">青岛</a>"));
        String scoMeetings = get("/timeline?mechanism=SCO&kind=meeting&from=2014&to=2018", "text/html").body();
        assertTrue(scoMeetings.contains(">杜尚别</a>") && scoMeetings.contains(">青岛</a>"));
        assertFalse(scoMeetings.contains(">圣彼得堡</a>"), "2002 is before the years asked for");
        assertFalse(scoMeetings.contains("<tr class=\"document\">"), "only meetings");
    }

    @Test
    @DisplayName("/search?q=上合 (JSON) has the SCO first; 圣彼得堡 finds a sentence containing it; the HTML page answers")
    void search() throws Exception {
        HttpResponse<String> sco = get("/search?q=" + q("上合"), "application/json");
        assertEquals(200, sco.statusCode());
        assertTrue(sco.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonObject found = JSON.parse(sco.body());
        JsonObject first = found.get("entities").getAsArray().get(0).getAsObject();
        assertEquals("https://w3id.org/asiasec/resource/SCO", first.get("iri").getAsString().value());
        assertEquals("上海合作组织", first.get("label").getAsString().value());
        assertTrue(first.hasKey("type"));

        JsonArray sentences = JSON.parse(get("/search?q=" + q("圣彼得堡"), "application/json").body())
                .get("sentences").getAsArray();
        assertFalse(sentences.isEmpty());
        JsonObject sentence = sentences.get(0).getAsObject();
        assertTrue(sentence.get("text").getAsString().value().contains("圣彼得堡"));
        for (String key : new String[] {"source", "start", "end"}) {
            assertTrue(sentence.hasKey(key), key);
        }

        HttpResponse<String> html = get("/search?q=" + q("上合"), "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<section id=\"entities\">"));
        assertTrue(JSON.parse(get("/search?q=" + q("无此名称xyz"), "application/json").body())
                .get("entities").getAsArray().isEmpty(), "no entity by an unknown name");
    }

    @Test
    @DisplayName("names are found through traditional characters, pinyin and English too")
    void searchByOtherForms() throws Exception {
        for (String query : new String[] {"上海合作組織", "shanghaihezuo", "Shanghai Cooperation"}) {
            JsonObject first = JSON.parse(get("/search?q=" + q(query), "application/json").body())
                    .get("entities").getAsArray().get(0).getAsObject();
            assertEquals("https://w3id.org/asiasec/resource/SCO", first.get("iri").getAsString().value(), query);
        }
    }

    @Test
    @DisplayName("every meeting has an @en label; generated ones carry asc:generatedLabel and never sit in a text's graph")
    void everyMeetingHasAnEnglishLabel() throws Exception {
        String prefixes = "PREFIX asc: <https://w3id.org/asiasec/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        assertEquals("0", count(prefixes + "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a/rdfs:subClassOf* asc:Meeting "
                + "FILTER NOT EXISTS { ?m rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), 'en')) } }"));
        assertEquals("0", count(prefixes + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?m asc:generatedLabel ?l } ?g a asc:Source }"));
        assertEquals("1", count(prefixes + "SELECT (COUNT(*) AS ?n) { <https://w3id.org/asiasec/resource/SCO-summit-2018> "
                + "asc:generatedLabel \"SCO Summit 2018, Qingdao\"@en }"));
    }

    @Test
    @DisplayName("coordinates are reference data in a graph of their own, in W3C Basic Geo")
    void coordinates() throws Exception {
        assertEquals("1", count("PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> PREFIX asc: <https://w3id.org/asiasec/ontology#> "
                + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { <https://w3id.org/asiasec/resource/Qingdao> geo:lat ?lat ; geo:long ?long } "
                + "?g a asc:ReferenceData }"));
    }

    @Test
    @DisplayName("Accept: text/html on /.well-known/void gives an HTML page; no Accept header still gives Turtle")
    void voidForBrowsers() throws Exception {
        HttpResponse<String> html = get("/.well-known/void", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().contains("<h2>类别 Classes</h2>"));
        assertTrue(html.body().getBytes(StandardCharsets.UTF_8).length < 200 * 1024, "a page, not the whole description");
        assertTrue(get("/.well-known/void", null).headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
    }

    @Test
    @DisplayName("/queries links every shipped query into the UI's editor")
    void queries() throws Exception {
        String html = get("/queries", "text/html").body();
        assertTrue(html.contains("01-sco-summits.rq"));
        assertTrue(html.contains("href=\"/#/dataset/kg/query?query="));
    }

    private static String count(String select) throws Exception {
        HttpResponse<String> response = get("/kg/sparql?query=" + q(select), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response::body);
        return JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject()
                .get("n").getAsObject().get("value").getAsString().value();
    }
}
