package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
