package org.asiasec.kg.queries;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.queries.CorpusGraph.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries shipped in {@code queries/}, run against the graph built from the project's corpus:
 * every file states its question and columns, parses and runs; most of them find rows; and the answers
 * the corpus texts state are found. Tests marked "waiting for extraction" specify answers that the texts
 * state but the extraction does not deliver yet.
 */
class ShippedQueriesTest {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedQueriesTest.class);
    private static final Pattern PROJECTED = Pattern.compile("\\?(\\w+)");
    @TempDir
    static Path folder;

    private static CorpusGraph graph;

    @BeforeAll
    static void buildTheCorpusGraph() {
        graph = CorpusGraph.build(folder);
    }

    // ------------------------------------------------------------------------------------------
    // Every file
    // ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("at least 25 competency questions are shipped")
    void atLeastTwentyFiveQueries() {
        assertTrue(ShippedQuery.all().size() >= 25, "shipped: " + ShippedQuery.all());
    }

    @TestFactory
    @DisplayName("every query states its question in Chinese and English and explains every result column")
    Stream<DynamicTest> everyHeaderExplainsTheQuery() {
        return ShippedQuery.all().stream().map(query -> DynamicTest.dynamicTest(query.fileName(), () -> {
            String header = query.header();
            Query parsed = query.parse();
            assertAll(
                    () -> assertTrue(header.contains("问题"), "no question in Chinese (问题)"),
                    () -> assertTrue(header.contains("Question"), "no question in English (Question)"),
                    () -> {
                        Set<String> described = new java.util.HashSet<>();
                        Matcher m = PROJECTED.matcher(header);
                        while (m.find()) {
                            described.add(m.group(1));
                        }
                        List<String> undescribed = parsed.isSelectType()
                                ? parsed.getResultVars().stream().filter(v -> !described.contains(v)).toList() : List.of();
                        assertTrue(undescribed.isEmpty(), "result columns not described in the header: " + undescribed);
                    });
        }));
    }

    @TestFactory
    @DisplayName("every query parses and runs on the union default graph of the corpus")
    Stream<DynamicTest> everyQueryRuns() {
        return ShippedQuery.all().stream().map(query -> DynamicTest.dynamicTest(query.fileName(), () -> {
            long start = System.nanoTime();
            long rows = graph.size(query);
            LOG.info("{}: {} rows in {} ms", query.fileName(), rows, (System.nanoTime() - start) / 1_000_000);
        }));
    }

    @Test
    @DisplayName("at least 20 queries find rows in the corpus graph")
    void mostQueriesFindRows() {
        Map<String, Long> counts = new TreeMap<>();
        ShippedQuery.all().forEach(q -> counts.put(q.fileName(), graph.size(q)));
        List<String> empty = counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        assertTrue(counts.size() - empty.size() >= 20, "queries without rows: " + empty);
    }

    // ------------------------------------------------------------------------------------------
    // Answers the corpus texts state
    // ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("亚信第四次峰会：2014年5月在上海举行")
    void cicaSummitOfMay2014InShanghai() {
        List<Row> summits = graph.select(ShippedQuery.numbered("02-"));
        assertTrue(summits.stream().anyMatch(r -> "上海".equals(r.get("placeZh"))
                        && r.getOrEmpty("date").startsWith("2014-05") && "4".equals(r.get("ordinal"))),
                "no 4th CICA summit in May 2014 in Shanghai among " + summits);
    }

    @Test
    @DisplayName("上合组织峰会按时间排列，含2014年杜尚别峰会和2018年青岛峰会")
    void scoSummitsInTimeOrder() {
        List<Row> summits = graph.select(ShippedQuery.numbered("01-"));
        assertAll(
                () -> assertTrue(summits.stream().anyMatch(r -> "杜尚别".equals(r.get("placeZh")) && r.getOrEmpty("date").startsWith("2014")),
                        "no Dushanbe summit in 2014 among " + summits),
                () -> assertTrue(summits.stream().anyMatch(r -> "青岛".equals(r.get("placeZh")) && r.getOrEmpty("date").startsWith("2018")),
                        "no Qingdao summit in 2018 among " + summits),
                () -> assertInTimeOrder(summits, "date"));
    }

    @Test
    @DisplayName("2014年发生的事包括亚信上海峰会和上合组织杜尚别峰会")
    void eventsOf2014() {
        Set<String> things = column(graph.select(ShippedQuery.numbered("03-")), "thing");
        String cicaSummit = only(graph.select(ShippedQuery.numbered("02-")), r -> r.getOrEmpty("date").startsWith("2014")).get("summit");
        String dushanbeSummit = only(graph.select(ShippedQuery.numbered("01-")), r -> "杜尚别".equals(r.get("placeZh"))).get("summit");
        assertTrue(things.contains(cicaSummit) && things.contains(dushanbeSummit), "2014: " + things);
    }

    @Test
    @DisplayName("2018年上合组织青岛峰会通过了关于共同应对流行病威胁的声明")
    void qingdaoSummitAdoptedTheEpidemicsStatement() {
        List<Row> documents = graph.select(ShippedQuery.numbered("05-"));
        assertTrue(documents.stream().anyMatch(r -> "青岛".equals(r.get("placeName"))
                        && r.getOrEmpty("documentZh").contains("共同应对流行病威胁的声明")),
                "documents: " + documents);
        assertTrue(graph.select(ShippedQuery.numbered("04-")).stream()
                .anyMatch(r -> r.getOrEmpty("documentZh").contains("共同应对流行病威胁的声明") && r.getOrEmpty("date").startsWith("2018")));
    }

    @Test
    @DisplayName("2014年上合组织杜尚别峰会通过了《杜尚别宣言》")
    void dushanbeSummitAdoptedItsDeclaration() {
        List<Row> documents = graph.select(ShippedQuery.numbered("05-"));
        assertTrue(documents.stream().anyMatch(r -> "杜尚别".equals(r.get("placeName")) && "2014".equals(r.get("year"))
                        && r.getOrEmpty("documentZh").contains("杜尚别宣言")),
                "documents: " + documents);
    }

    @Test
    @DisplayName("上海合作组织的前身是上海五国")
    void scoGrewOutOfTheShanghaiFive() {
        List<Row> links = graph.select(ShippedQuery.numbered("10-"));
        assertTrue(links.stream().anyMatch(r -> names(r, "mechanism").contains("上海合作组织")
                        && names(r, "predecessor").contains("上海五国") && "true".equals(r.get("direct"))),
                "predecessors: " + links);
    }

    @Test
    @DisplayName("上合组织成立于2001年6月，前身为上海五国")
    void scoFoundedInJune2001() {
        Row sco = only(graph.select(ShippedQuery.numbered("09-")), r -> names(r, "mechanism").contains("上海合作组织"));
        assertAll(
                () -> assertEquals("2001-06", sco.get("foundedOn")),
                () -> assertTrue(sco.getOrEmpty("predecessors").contains("上海五国"), sco.toString()));
    }

    @Test
    @DisplayName("新安全观的核心是互信、互利、平等、协作")
    void componentsOfTheNewSecurityConcept() {
        Set<String> components = column(graph.select(ShippedQuery.numbered("12-")), "componentZh");
        assertTrue(components.containsAll(List.of("互信", "互利", "平等", "协作")), "components: " + components);
    }

    @Test
    @DisplayName("亚信于1992年由哈萨克斯坦总统纳扎尔巴耶夫在第47届联合国大会上倡议成立")
    void cicaProposedByNazarbayevIn1992() {
        List<Row> proposals = graph.select(ShippedQuery.numbered("11-"));
        assertTrue(proposals.stream().anyMatch(r -> names(r, "idea").contains("亚信")
                        && r.getOrEmpty("proposedBy").contains("纳扎尔巴耶夫")
                        && r.getOrEmpty("proposedOn").startsWith("1992")
                        && r.getOrEmpty("proposedAt").contains("联合国大会")),
                "proposals: " + proposals);
        Row cica = only(graph.select(ShippedQuery.numbered("09-")), r -> names(r, "mechanism").contains("亚信"));
        assertTrue(cica.getOrEmpty("proposedBy").contains("纳扎尔巴耶夫") && cica.getOrEmpty("proposedOn").startsWith("1992"), cica.toString());
    }

    @Test
    @DisplayName("新安全观的时间线始于1997年3月（北京东盟地区论坛信任措施会议），按时间排列")
    void newSecurityConceptTimelineFrom1997() {
        List<Row> timeline = graph.select(ShippedQuery.numbered("13-"));
        assertFalse(timeline.isEmpty(), "empty timeline");
        assertAll(
                () -> assertTrue(timeline.get(0).getOrEmpty("date").startsWith("1997-03"), "first: " + timeline.get(0)),
                () -> assertTrue(timeline.get(0).getOrEmpty("sentence").contains("1997年3月")),
                () -> assertTrue(timeline.stream().allMatch(r -> r.get("date").compareTo("1997") >= 0)),
                () -> assertTrue(timeline.stream().anyMatch(r -> r.get("date").startsWith("2002")), "no event of 2002 (圣彼得堡峰会)"),
                () -> assertInTimeOrder(timeline, "date"));
    }

    @Test
    @DisplayName("印度和巴基斯坦于2017年成为上合组织成员国")
    void indiaAndPakistanJoinedTheScoIn2017() {
        List<Row> members = graph.select(ShippedQuery.numbered("06-"));
        for (String country : List.of("印度", "巴基斯坦")) {
            assertTrue(members.stream().anyMatch(r -> names(r, "country").contains(country)
                            && "member".equals(r.get("roleEn")) && "2017".equals(r.get("since"))),
                    country + " not a member since 2017 among " + members);
        }
    }

    @Test
    @DisplayName("亚信成员国包括中国、俄罗斯、印度、土耳其、哈萨克斯坦，观察员包括联合国")
    void membersAndObserversOfCica() {
        List<Row> rows = graph.select(ShippedQuery.numbered("06-").with("{ \"上海合作组织\"@zh }", "{ \"亚信\"@zh }"));
        for (String country : List.of("中国", "俄罗斯", "印度", "土耳其", "哈萨克斯坦")) {
            assertTrue(rows.stream().anyMatch(r -> names(r, "country").contains(country) && "member".equals(r.get("roleEn"))),
                    country + " not a member of CICA among " + rows);
        }
        assertTrue(graph.select(ShippedQuery.numbered("07-")).stream()
                .anyMatch(r -> "联合国".equals(r.get("partyZh")) && names(r, "mechanism").contains("亚信")
                        && "observer".equals(r.get("roleEn"))));
    }

    @Test
    @DisplayName("中国是亚信创始成员国，并担任亚信主席国")
    void chinaFoundedAndChairsCica() {
        List<Row> rows = graph.select(ShippedQuery.numbered("08-"));
        Predicate<Row> cica = r -> names(r, "mechanism").contains("亚信");
        assertTrue(rows.stream().anyMatch(cica.and(r -> "founding member".equals(r.get("roleEn")))), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(cica.and(r -> "chair".equals(r.get("roleEn")))), "rows: " + rows);
    }

    @Test
    @DisplayName("中国于2014—2016年担任亚信主席国")
    void chinaChairsCicaFrom2014To2016() {
        List<Row> rows = graph.select(ShippedQuery.numbered("08-"));
        assertTrue(rows.stream().anyMatch(r -> names(r, "mechanism").contains("亚信") && "chair".equals(r.get("roleEn"))
                && "2014".equals(r.get("since")) && "2016".equals(r.get("until"))), "rows: " + rows);
    }

    @Test
    @DisplayName("来源文本及其标题与 corpus/sources.tsv 一致")
    void sourcesCarryTheCatalogue() throws IOException {
        Map<String, String> titles = new TreeMap<>();
        graph.select(ShippedQuery.numbered("24-")).forEach(r -> titles.put(r.get("file"), r.get("title")));
        assertEquals(catalogueTitles(), titles);
    }

    @Test
    @DisplayName("提到亚信的句子：文件、位置与原文一致，包括“亚信是1992年……倡议成立的”")
    void sentencesMentioningCica() {
        List<Row> rows = graph.select(ShippedQuery.numbered("14-"));
        assertTrue(rows.stream().anyMatch(r -> r.get("file").startsWith("000_") && r.get("sentence").contains("1992")
                && r.get("sentence").contains("纳扎尔巴耶夫")), "sentences: " + rows);
        rows.forEach(this::assertSentenceStandsAtItsOffsets);
    }

    @Test
    @DisplayName("“上合组织前身为上海五国”的证据：来自《中国新安全观与上合组织二十年安全实践》的原句")
    void evidenceOfTheScoPredecessor() {
        List<Row> evidence = graph.select(ShippedQuery.numbered("21-"));
        assertFalse(evidence.isEmpty(), "no evidence");
        assertTrue(evidence.stream().anyMatch(r -> r.get("file").startsWith("004_") && r.get("sentence").contains("上海五国")));
        evidence.forEach(r -> {
            assertSentenceStandsAtItsOffsets(r);
            double confidence = Double.parseDouble(r.get("confidence"));
            assertTrue(confidence > 0 && confidence <= 1, r.toString());
        });
    }

    @Test
    @DisplayName("每类实例数：5 篇来源文本；机制总数包含各子类")
    void countsPerClass() {
        Map<String, Row> byClass = new LinkedHashMap<>();
        graph.select(ShippedQuery.numbered("18-")).forEach(r -> byClass.put(r.get("classEn"), r));
        assertEquals("5", byClass.get("source text").get("instances"));
        int mechanisms = Integer.parseInt(byClass.get("mechanism").get("instances"));
        int organisations = Integer.parseInt(byClass.get("organisation").get("instances"));
        assertTrue(mechanisms > organisations && organisations > 0, "mechanisms " + mechanisms + ", organisations " + organisations);
    }

    @Test
    @DisplayName("按名称检索：“上合”找到上海合作组织；正则“^上海|shanghai”找到上海合作组织和上海")
    void labelSearch() {
        List<Row> contains = graph.select(ShippedQuery.numbered("19-").with("{ \"安全\" }", "{ \"上合\" }"));
        assertTrue(contains.stream().anyMatch(r -> "上海合作组织".equals(r.get("labelZh"))), "search 上合: " + contains);
        Set<String> regex = column(graph.select(ShippedQuery.numbered("20-")), "labelZh");
        assertTrue(regex.containsAll(List.of("上海合作组织", "上海")), "regex: " + regex);
    }

    @Test
    @DisplayName("人物职务：程国平、刘振民为外交部副部长，习近平为国家主席")
    void personsAndPositions() {
        List<Row> persons = graph.select(ShippedQuery.numbered("22-"));
        Map<String, String> positions = new TreeMap<>();
        persons.forEach(r -> positions.put(r.get("personZh"), r.getOrEmpty("positions")));
        assertAll(
                () -> assertTrue(positions.getOrDefault("程国平", "").contains("外交部副部长"), positions.toString()),
                () -> assertTrue(positions.getOrDefault("刘振民", "").contains("外交部副部长"), positions.toString()),
                () -> assertTrue(positions.getOrDefault("习近平", "").contains("主席"), positions.toString()));
    }

    @Test
    @DisplayName("上海举办了2014年亚信峰会")
    void shanghaiHostedTheCicaSummit() {
        List<Row> meetings = graph.select(ShippedQuery.numbered("23-"));
        assertTrue(meetings.stream().anyMatch(r -> "上海".equals(r.get("placeZh")) && "亚洲相互协作与信任措施会议".equals(r.get("mechanismZh"))
                && r.getOrEmpty("date").startsWith("2014")), "meetings: " + meetings);
    }

    @Test
    @DisplayName("上海合作组织链接到维基数据 Q485207")
    void scoLinksToWikidata() {
        assertTrue(graph.select(ShippedQuery.numbered("25-")).stream()
                .anyMatch(r -> "上海合作组织".equals(r.get("labelZh")) && "http://www.wikidata.org/entity/Q485207".equals(r.get("wikidata"))));
    }

    @Test
    @DisplayName("低置信度事实都低于阈值；阈值提高时找到更多")
    void lowConfidenceFacts() {
        List<Row> below08 = graph.select(ShippedQuery.numbered("17-"));
        List<Row> below1 = graph.select(ShippedQuery.numbered("17-").with("{ 0.8 }", "{ 1.01 }"));
        assertAll(
                () -> assertTrue(below08.stream().allMatch(r -> Double.parseDouble(r.get("confidence")) < 0.8)),
                () -> assertTrue(below1.size() > below08.size(), below1.size() + " facts below 1.01, " + below08.size() + " below 0.8"),
                () -> assertTrue(below1.stream().noneMatch(r -> r.get("property").endsWith("#mentions"))));
    }

    // ------------------------------------------------------------------------------------------

    /** Dates in rows come out sorted as text: 2014 ≤ 2014-05 ≤ 2014-09 ≤ 2018. Rows without one may come first. */
    private static void assertInTimeOrder(List<Row> rows, String column) {
        List<String> dates = rows.stream().map(r -> r.get(column)).filter(d -> d != null && !d.isEmpty()).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "not in time order");
    }

    private static Set<String> column(List<Row> rows, String column) {
        Set<String> values = new java.util.TreeSet<>();
        rows.forEach(r -> {
            if (r.get(column) != null) {
                values.add(r.get(column));
            }
        });
        return values;
    }

    private static Row only(List<Row> rows, Predicate<Row> which) {
        List<Row> matching = rows.stream().filter(which).toList();
        assertEquals(1, matching.size(), "expected one matching row among " + rows);
        return matching.get(0);
    }

    /** All names of the resource in {@code column}, so tests need not know IRIs or which name is the label. */
    private static Set<String> names(Row row, String column) {
        String iri = row.get(column);
        return iri == null ? Set.of() : graph.namesOf(iri);
    }

    /** The sentence text equals the source text between its code point offsets. */
    private void assertSentenceStandsAtItsOffsets(Row row) {
        Path file = CorpusGraph.CORPUS.resolve(row.get("file"));
        String text = new CorpusReader().read(file, MetadataCatalog.load(CorpusGraph.CORPUS)).text();
        int start = text.offsetByCodePoints(0, Integer.parseInt(row.get("start")));
        int end = text.offsetByCodePoints(0, Integer.parseInt(row.get("end")));
        assertEquals(text.substring(start, end), row.get("sentence"), "offsets of " + row);
    }

    private static Map<String, String> catalogueTitles() throws IOException {
        Map<String, String> titles = new TreeMap<>();
        for (String line : Files.readAllLines(CorpusGraph.CORPUS.resolve(MetadataCatalog.FILE_NAME), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells[0].equals("file") || cells.length < 2) {
                continue;
            }
            titles.put(cells[0], cells[1]);
        }
        return titles;
    }
}
