package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SPARQL examples of ontology/README.md answer on the sample graph, served as the server serves it. */
class ReadmeQueriesTest {

    private static final Map<String, String> SOURCE_TEXTS = Map.of(
            SampleCorpus.CICA_FILE, SampleCorpus.CICA_TEXT, SampleCorpus.SCO_FILE, SampleCorpus.SCO_TEXT);

    private static List<String> queries;
    private static Dataset dataset;

    @BeforeAll
    static void setUp() throws IOException {
        String readme = Files.readString(Path.of("ontology/README.md"), StandardCharsets.UTF_8);
        queries = new ArrayList<>();
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            queries.add(m.group(1));
        }
        // named graph per source + the ontology graph; the default graph is their union, as on the server
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        SampleCorpus.mapped().find().forEachRemaining(dsg::add);
        dsg.addGraph(NodeFactory.createURI(Asc.ONTOLOGY_GRAPH), Ontology.ontologyGraph());
        dsg.find().forEachRemaining(q -> dsg.getDefaultGraph().add(q.asTriple()));
        dataset = DatasetFactory.wrap(dsg);
    }

    @Test
    @DisplayName("the README has the evidence query and five example queries, and each of them answers")
    void everyQueryAnswers() {
        assertEquals(6, queries.size());
        for (String query : queries) {
            assertFalse(select(query).isEmpty(), "no answer to\n" + query);
        }
    }

    @Test
    @DisplayName("the evidence query gives file name, sentence and offsets, and the sentence is the source text at those offsets")
    void evidenceQuery() {
        List<QuerySolution> rows = select(queries.get(0));
        assertEquals(List.of("membership-became-member", "membership-joined"),
                rows.stream().map(r -> r.getLiteral("rule").getString()).sorted().toList(), "two rules read the same fact");
        for (QuerySolution row : rows) {
            assertEquals(SampleCorpus.CICA_FILE, row.getLiteral("file").getString());
            assertEquals("2017年6月，印度正式成为上合组织成员国。", row.getLiteral("sentence").getString());
            assertEquals(row.getLiteral("sentence").getString(), codePointSubstring(SampleCorpus.CICA_TEXT,
                    row.getLiteral("start").getInt(), row.getLiteral("end").getInt()));
        }
    }

    @Test
    @DisplayName("every sentence in the graph equals its source text between its start and end, in code points")
    void everySentenceMatchesItsSource() {
        List<QuerySolution> rows = select("""
                PREFIX asc: <https://w3id.org/asiasec/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?file ?text ?start ?end WHERE {
                  ?s a asc:Sentence ; asc:text ?text ; asc:start ?start ; asc:end ?end ;
                     dcterms:isPartOf/dcterms:identifier ?file .
                }""");
        assertTrue(rows.size() >= 6, "sentences: " + rows.size());
        for (QuerySolution row : rows) {
            String source = SOURCE_TEXTS.get(row.getLiteral("file").getString());
            assertEquals(row.getLiteral("text").getString(),
                    codePointSubstring(source, row.getLiteral("start").getInt(), row.getLiteral("end").getInt()));
        }
    }

    @Test
    @DisplayName("the example queries give the expected answers on the sample")
    void exampleAnswers() {
        QuerySolution summit = select(queries.get(1)).get(0);
        assertEquals(4, summit.getLiteral("ordinal").getInt());
        assertEquals("2014-05-21", summit.getLiteral("date").getLexicalForm());
        assertEquals("上海", summit.getLiteral("place").getString());

        List<String> members = select(queries.get(2)).stream()
                .map(r -> (r.getLiteral("country").getString() + " " + r.getLiteral("role").getString()
                        + " " + r.getLiteral("since").getString()).strip())
                .toList();
        assertTrue(members.contains("印度 成员国 2017-06"), members.toString());
        assertTrue(members.contains("哈萨克斯坦 创始成员国"), members.toString());

        QuerySolution document = select(queries.get(3)).get(0);
        assertEquals("亚信第四次峰会上海宣言", document.getLiteral("document").getString());
        assertEquals("宣言", document.getLiteral("kind").getString());

        assertTrue(select(queries.get(4)).stream().anyMatch(r -> r.contains("by")
                && r.getLiteral("by").getString().equals("习近平") && r.getLiteral("concept").getString().equals("亚洲安全观")));
        assertEquals(List.of("互信", "互利", "协作", "平等").stream().sorted().toList(),
                select(queries.get(5)).stream().map(r -> r.getLiteral("component").getString()).distinct().sorted().toList());
    }

    private static String codePointSubstring(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            exec.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }
}
