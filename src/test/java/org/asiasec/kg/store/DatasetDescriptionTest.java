package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.rdf.Ontology;
import org.asiasec.kg.rdf.RdfMapper;
import org.asiasec.kg.rdf.SampleCorpus;

class DatasetDescriptionTest {

    private static final String DATASET = IriScheme.standard().dataset().getURI();

    private final DatasetGraph dsg = storedLikeBuild();
    private final Model description = DatasetDescription.describe(dsg, settings());

    /** The sample and the ontology, each in its named graph, and their union in the default graph, as {@code build} stores them. */
    private static DatasetGraph storedLikeBuild() {
        return storedLikeBuild(SampleCorpus.mapped());
    }

    private static DatasetGraph storedLikeBuild(DatasetGraph dsg) {
        dsg.addGraph(NodeFactory.createURI(Asc.ONTOLOGY_GRAPH), Ontology.ontologyGraph());
        List<Quad> quads = new ArrayList<>();
        dsg.find().forEachRemaining(quads::add);
        quads.forEach(q -> dsg.getDefaultGraph().add(q.asTriple()));
        return dsg;
    }

    private static DescriptionSettings settings() {
        Map<Lang, String> dumps = new LinkedHashMap<>();
        dumps.put(Lang.TURTLE, "http://example.org/dumps/asiasec.ttl");
        dumps.put(Lang.NQUADS, "http://example.org/dumps/asiasec.nq");
        dumps.put(Lang.JSONLD, "http://example.org/dumps/asiasec.jsonld");
        return DescriptionSettings.of(IriScheme.standard(), "http://example.org/kg/sparql", dumps);
    }

    @Test
    @DisplayName("the dataset is a void:Dataset and a dcat:Dataset with titles, licence, endpoint and URI space")
    void header() {
        QuerySolution row = one("""
                SELECT * WHERE {
                  ?d a void:Dataset , dcat:Dataset ; dcterms:title ?zh , ?en ; dcterms:license ?license ;
                     void:sparqlEndpoint ?endpoint ; void:uriSpace ?space ; void:exampleResource ?example .
                  FILTER(LANG(?zh) = "zh" && LANG(?en) = "en")
                }""");
        assertEquals(IriScheme.standard().dataset().getURI(), row.getResource("d").getURI());
        assertEquals(DescriptionSettings.CC_BY_4, row.getResource("license").getURI());
        assertEquals("http://example.org/kg/sparql", row.getResource("endpoint").getURI());
        assertEquals(IriScheme.DEFAULT_BASE, row.getLiteral("space").getString());
        assertEquals(IriScheme.standard().entity("SCO").getURI(), row.getResource("example").getURI(),
                "the most mentioned entity of the sample is the SCO");
    }

    @Test
    @DisplayName("counts: distinct triples of all graphs, entities in the URI space, instances per class")
    void counts() {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
        QuerySolution row = one("SELECT ?triples ?entities WHERE { ?d void:triples ?triples ; void:entities ?entities }");
        assertEquals(union.size(), row.getLiteral("triples").getLong());
        assertTrue(row.getLiteral("entities").getLong() > 50);
        assertEquals(1, one("SELECT ?n WHERE { <%s> void:classPartition [ void:class asc:Summit ; void:entities ?n ] }".formatted(DATASET))
                .getLiteral("n").getLong());
        assertEquals(3, one("SELECT ?n WHERE { <%s> void:classPartition [ void:class asc:Country ; void:entities ?n ] }".formatted(DATASET))
                .getLiteral("n").getLong());
        assertEquals(2, one("SELECT ?n WHERE { <%s> void:classPartition [ void:class asc:Source ; void:entities ?n ] }".formatted(DATASET))
                .getLiteral("n").getLong());
    }

    @Test
    @DisplayName("class partitions count the instances typed with the class, and with its subclasses")
    void classPartitions() {
        QuerySolution mechanism = one("SELECT ?direct ?all WHERE { <" + DATASET + "> void:classPartition [ void:class asc:Mechanism ; "
                + "void:entities ?direct ; asc:instancesWithSubclasses ?all ] }");
        assertEquals(0, mechanism.getLiteral("direct").getLong(), "no resource is typed asc:Mechanism itself");
        assertEquals(2, mechanism.getLiteral("all").getLong(), "the SCO (an organisation) and CICA (a conference)");
        QuerySolution summit = one("SELECT ?direct ?all WHERE { <" + DATASET + "> void:classPartition [ void:class asc:Summit ; "
                + "void:entities ?direct ; asc:instancesWithSubclasses ?all ] }");
        assertEquals(1, summit.getLiteral("direct").getLong());
        assertEquals(1, summit.getLiteral("all").getLong());
    }

    @Test
    @DisplayName("property partitions count the triples of each property")
    void propertyPartitions() {
        long mentions = dsg.getDefaultGraph().find(Node.ANY, Asc.mentions, Node.ANY).toList().size();
        assertTrue(mentions > 0);
        assertEquals(mentions, one("SELECT ?n WHERE { ?d void:propertyPartition [ void:property asc:mentions ; void:triples ?n ] }")
                .getLiteral("n").getLong());
    }

    @Test
    @DisplayName("each mentioned entity carries how many sentences and texts mention it")
    void mentionCounts() {
        Node sco = IriScheme.standard().entity("SCO");
        var sentences = Iter.toList(dsg.getDefaultGraph().find(Node.ANY, Asc.mentions, sco));
        long texts = sentences.stream().map(t -> dsg.getDefaultGraph()
                .find(t.getSubject(), DCTerms.isPartOf.asNode(), Node.ANY).next().getObject()).distinct().count();
        QuerySolution row = one("SELECT ?sentences ?texts WHERE { <%s> asc:mentioningSentences ?sentences ; asc:mentioningTexts ?texts }"
                .formatted(sco.getURI()));
        assertTrue(texts > 1, "the sample's two texts both name the SCO");
        assertEquals(sentences.size(), row.getLiteral("sentences").getLong());
        assertEquals(texts, row.getLiteral("texts").getLong());
    }

    @Test
    @DisplayName("每条事实的读取：读取数、句数、文本数、置信度范围、规则和例句与数据中的证据一致")
    void factReadings() {
        Map<List<Node>, List<Node>> readingsByFact = new LinkedHashMap<>();
        dsg.getDefaultGraph().find(Node.ANY, RDF.predicate.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().equals(Asc.mentions)) {
                Node reading = t.getSubject();
                readingsByFact.computeIfAbsent(List.of(value(reading, RDF.subject.asNode()), t.getObject(),
                        value(reading, RDF.object.asNode())), fact -> new ArrayList<>()).add(reading);
            }
        });
        assertEquals(readingsByFact.size(), count("SELECT ?f WHERE { ?f a asc:FactReadings }"), "one resource per fact read");
        readingsByFact.forEach((fact, readings) -> {
            QuerySolution row = one("""
                    SELECT * WHERE {
                      ?f asc:factSubject %s ; asc:factProperty %s ; asc:factObject %s ; void:entities ?readings ;
                         asc:sourceSentences ?sentences ; asc:sourceTexts ?texts ; asc:exampleSentence ?example .
                    }""".formatted(NodeFmtLib.strNT(fact.get(0)), NodeFmtLib.strNT(fact.get(1)), NodeFmtLib.strNT(fact.get(2))));
            List<String> sentences = readings.stream().map(r -> value(r, Asc.sentence).getURI()).distinct().sorted().toList();
            assertAll(fact.toString(),
                    () -> assertEquals(readings.size(), row.getLiteral("readings").getLong()),
                    () -> assertEquals(sentences.size(), row.getLiteral("sentences").getLong()),
                    () -> assertEquals(readings.stream().map(r -> value(r, PROV_DERIVED_FROM)).distinct().count(),
                            row.getLiteral("texts").getLong()),
                    () -> assertEquals(sentences.get(0), row.getResource("example").getURI(), "the first sentence by IRI"));
        });
        assertTrue(readingsByFact.values().stream().anyMatch(readings -> readings.size() > 1), "the sample reads a fact twice");
    }

    @Test
    @DisplayName("印度成为上合组织成员国由两条规则读出：两次读取、一个句子、置信度 0.7–0.9")
    void factReadByTwoRules() {
        Node india = IriScheme.standard().entity(SampleCorpus.INDIA.key());
        Node sco = IriScheme.standard().entity(SampleCorpus.SCO.key());
        QuerySolution row = one("""
                SELECT * WHERE {
                  ?f asc:factSubject <%s> ; asc:factProperty asc:memberOf ; asc:factObject <%s> ; void:entities ?readings ;
                     asc:sourceSentences ?sentences ; asc:sourceTexts ?texts ; asc:minConfidence ?min ; asc:maxConfidence ?max ;
                     asc:exampleSentence ?example .
                }""".formatted(india.getURI(), sco.getURI()));
        Node example = NodeFactory.createURI(row.getResource("example").getURI());
        assertAll(
                () -> assertEquals(2, row.getLiteral("readings").getLong()),
                () -> assertEquals(1, row.getLiteral("sentences").getLong()),
                () -> assertEquals(1, row.getLiteral("texts").getLong()),
                () -> assertEquals(0.7, row.getLiteral("min").getDouble(), 1e-9),
                () -> assertEquals(0.9, row.getLiteral("max").getDouble(), 1e-9),
                () -> assertEquals("2017年6月，印度正式成为上合组织成员国。", value(example, Asc.text).getLiteralLexicalForm()),
                () -> assertEquals(Set.of("membership-joined", "membership-became-member"),
                        Set.copyOf(strings("SELECT ?rule WHERE { ?f asc:factSubject <%s> ; asc:factProperty asc:memberOf ; asc:readingRule ?rule }"
                                .formatted(india.getURI()), "rule"))));
    }

    @Test
    @DisplayName("同句提及：每对在同一句中出现的实体，句数和文本数与数据中的提及一致")
    void coMentions() {
        Map<Node, List<Node>> entitiesBySentence = new LinkedHashMap<>();
        dsg.getDefaultGraph().find(Node.ANY, Asc.mentions, Node.ANY)
                .forEachRemaining(t -> entitiesBySentence.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t.getObject()));
        Map<Set<Node>, List<Node>> sentencesByPair = new LinkedHashMap<>();
        entitiesBySentence.forEach((sentence, entities) -> {
            for (Node a : entities) {
                for (Node b : entities) {
                    if (a.getURI().compareTo(b.getURI()) < 0) {
                        sentencesByPair.computeIfAbsent(Set.of(a, b), pair -> new ArrayList<>()).add(sentence);
                    }
                }
            }
        });
        assertEquals(sentencesByPair.size(), count("SELECT ?p WHERE { ?p a asc:CoMention }"), "one resource per pair");
        sentencesByPair.forEach((pair, sentences) -> {
            var ends = List.copyOf(pair);
            QuerySolution row = one("""
                    SELECT * WHERE {
                      ?p asc:coMentioned <%s> , <%s> ; asc:sourceSentences ?sentences ; asc:sourceTexts ?texts ; asc:exampleSentence ?example .
                    }""".formatted(ends.get(0).getURI(), ends.get(1).getURI()));
            assertAll(pair.toString(),
                    () -> assertEquals(sentences.size(), row.getLiteral("sentences").getLong()),
                    () -> assertEquals(sentences.stream().map(s -> value(s, DCTerms.isPartOf.asNode())).distinct().count(),
                            row.getLiteral("texts").getLong()),
                    () -> assertEquals(sentences.stream().map(Node::getURI).sorted().findFirst().orElseThrow(),
                            row.getResource("example").getURI()));
        });
        Node sco = IriScheme.standard().entity(SampleCorpus.SCO.key());
        Node china = IriScheme.standard().entity(SampleCorpus.CHINA.key());
        assertEquals(1, sentencesByPair.getOrDefault(Set.of(sco, china), List.of()).size(), "the founding sentence names the SCO and China");
    }

    @Test
    @DisplayName("句子文本：每个不同的句子文本一个，句数、文本数、例句、读出的事实和提到的实体与数据一致")
    void sentenceTexts() {
        Map<Node, List<Node>> sentencesByText = new LinkedHashMap<>();
        dsg.getDefaultGraph().find(Node.ANY, Asc.text, Node.ANY)
                .forEachRemaining(t -> sentencesByText.computeIfAbsent(t.getObject(), text -> new ArrayList<>()).add(t.getSubject()));
        assertEquals(sentencesByText.size(), count("SELECT ?t WHERE { ?t a asc:SentenceText }"), "one resource per sentence text");
        sentencesByText.forEach((text, sentences) -> {
            String first = sentences.stream().map(Node::getURI).sorted().findFirst().orElseThrow();
            QuerySolution row = one("""
                    SELECT * WHERE {
                      ?t a asc:SentenceText ; asc:sourceSentences ?sentences ; asc:sourceTexts ?texts ; asc:exampleSentence <%s> .
                    }""".formatted(first));
            Set<Node> facts = new HashSet<>();
            Set<Node> entities = new HashSet<>();
            for (Node sentence : sentences) {
                dsg.getDefaultGraph().find(sentence, Asc.mentions, Node.ANY).forEachRemaining(t -> entities.add(t.getObject()));
                dsg.getDefaultGraph().find(Node.ANY, Asc.sentence, sentence).forEachRemaining(t -> {
                    Node reading = t.getSubject();
                    if (!value(reading, RDF.predicate.asNode()).equals(Asc.mentions)) {
                        facts.add(NodeFactory.createURI(one("""
                                SELECT ?f WHERE { ?f asc:factSubject %s ; asc:factProperty %s ; asc:factObject %s }"""
                                .formatted(NodeFmtLib.strNT(value(reading, RDF.subject.asNode())),
                                        NodeFmtLib.strNT(value(reading, RDF.predicate.asNode())),
                                        NodeFmtLib.strNT(value(reading, RDF.object.asNode())))).getResource("f").getURI()));
                    }
                });
            }
            String sentenceText = row.getResource("t").getURI();
            assertAll(text.toString(),
                    () -> assertEquals(sentences.size(), row.getLiteral("sentences").getLong()),
                    () -> assertEquals(sentences.stream().map(s -> value(s, DCTerms.isPartOf.asNode())).distinct().count(),
                            row.getLiteral("texts").getLong()),
                    () -> assertEquals(facts, Set.copyOf(nodes("SELECT ?f WHERE { <%s> asc:statesFact ?f }".formatted(sentenceText), "f"))),
                    () -> assertEquals(entities, Set.copyOf(nodes("SELECT ?e WHERE { <%s> asc:namesEntity ?e }".formatted(sentenceText), "e"))));
        });
    }

    @Test
    @DisplayName("同一篇文本有两份副本：每句话一个句子文本，各有两个句子、两篇文本，例句取第一份，事实和实体只列一次")
    void copiesOfATextShareTheirSentenceTexts() {
        DatasetGraph copies = DatasetGraphFactory.createTxnMem();
        RdfMapper mapper = new RdfMapper(IriScheme.standard(), StreamRDFLib.dataset(copies));
        SampleCorpus.emitCica(mapper, SampleCorpus.CICA_FILE);
        SampleCorpus.emitCica(mapper, "902_cica-copy.txt");
        DatasetGraph stored = storedLikeBuild(copies);
        Model described = DatasetDescription.describe(stored, settings())
                .union(ModelFactory.createModelForGraph(stored.getDefaultGraph()));
        String summitSentence = "2014年5月21日，亚洲相互协作与信任措施会议第四次峰会在上海举行，习近平主席在峰会上提出亚洲安全观。";
        try (QueryExecution exec = QueryExecution.model(described).query(prefixes() + """
                SELECT ?sentences ?texts ?example (COUNT(DISTINCT ?fact) AS ?facts) (COUNT(DISTINCT ?entity) AS ?entities) WHERE {
                  ?t a asc:SentenceText ; asc:sourceSentences ?sentences ; asc:sourceTexts ?texts ; asc:exampleSentence ?example ;
                     asc:statesFact ?fact ; asc:namesEntity ?entity .
                  ?example asc:text "%s"@zh .
                } GROUP BY ?sentences ?texts ?example""".formatted(summitSentence)).build()) {
            var rows = exec.execSelect();
            assertTrue(rows.hasNext(), "no sentence text for the summit sentence");
            QuerySolution row = rows.next();
            assertAll(
                    () -> assertEquals(2, row.getLiteral("sentences").getLong()),
                    () -> assertEquals(2, row.getLiteral("texts").getLong()),
                    () -> assertTrue(row.getResource("example").getURI().startsWith(IriScheme.standard().source(SampleCorpus.CICA_FILE).getURI() + "/"),
                            "the example is in the first copy: " + row.getResource("example")),
                    () -> assertEquals(9, row.getLiteral("facts").getLong(), "facts read from the sentence"),
                    () -> assertEquals(5, row.getLiteral("entities").getLong(), "entities it names"),
                    () -> assertFalse(rows.hasNext(), "one sentence text for both copies"));
        }
        try (QueryExecution exec = QueryExecution.model(described).query(prefixes() + "SELECT ?t WHERE { ?t a asc:SentenceText }").build()) {
            assertEquals(5, Iter.count(exec.execSelect()), "five sentences with readings, each in both copies");
        }
    }

    @Test
    @DisplayName("each text is a subset of the texts' data: its statements, sentences, mention readings and fact readings")
    void perText() {
        for (String file : List.of(SampleCorpus.CICA_FILE, SampleCorpus.SCO_FILE)) {
            Node graph = IriScheme.standard().source(file);
            QuerySolution row = one("""
                    SELECT ?triples ?sentences ?mentions ?facts WHERE {
                      ?d void:subset ?texts . ?texts void:subset ?text .
                      ?text dcterms:source <%s> ; void:triples ?triples ; asc:mentionReadings ?mentions ; asc:factReadings ?facts ;
                            void:classPartition [ void:class asc:Sentence ; void:entities ?sentences ] .
                    }""".formatted(graph.getURI()));
            var readings = Iter.toList(dsg.find(graph, Node.ANY, RDF.predicate.asNode(), Node.ANY));
            long mentionReadings = readings.stream().filter(q -> q.getObject().equals(Asc.mentions)).count();
            assertAll(file,
                    () -> assertEquals(dsg.getGraph(graph).size(), row.getLiteral("triples").getLong()),
                    () -> assertEquals(Iter.count(dsg.find(graph, Node.ANY, RDF.type.asNode(), Asc.Sentence)),
                            row.getLiteral("sentences").getLong()),
                    () -> assertEquals(mentionReadings, row.getLiteral("mentions").getLong()),
                    () -> assertEquals(readings.size() - mentionReadings, row.getLiteral("facts").getLong()),
                    () -> assertTrue(mentionReadings > 0, "the sample's texts name entities"));
        }
    }

    @Test
    @DisplayName("the texts together: instances per class in the texts' graphs, the ontology's graph left out")
    void textsTogether() {
        assertEquals(2, one("SELECT ?n WHERE { <%s> void:subset [ void:classPartition [ void:class asc:Source ; void:entities ?n ] ] }".formatted(DATASET))
                .getLiteral("n").getLong());
        assertEquals(0, count("SELECT ?p WHERE { <%s> void:subset/void:subset? [ void:classPartition ?p ] . ?p void:class owl:Class }".formatted(DATASET)),
                "the ontology's classes are not read from the texts");
    }

    @Test
    @DisplayName("reading partitions: per rule and property, the readings, their texts and their confidence range")
    void readingPartitions() {
        QuerySolution row = one("""
                SELECT * WHERE {
                  ?d asc:readingPartition [ asc:partitionRule "sco-founding" ; asc:partitionProperty asc:foundedOn ;
                     void:entities ?readings ; asc:sourceTexts ?texts ;
                     asc:minConfidence ?min ; asc:meanConfidence ?mean ; asc:maxConfidence ?max ]
                }""");
        assertAll(
                () -> assertEquals(1, row.getLiteral("readings").getLong(), "the sample's founding sentence, read once"),
                () -> assertEquals(1, row.getLiteral("texts").getLong()),
                () -> assertEquals(0.9, row.getLiteral("min").getDouble(), 1e-9),
                () -> assertEquals(0.9, row.getLiteral("mean").getDouble(), 1e-9),
                () -> assertEquals(0.9, row.getLiteral("max").getDouble(), 1e-9));
        long readings = Iter.count(dsg.getDefaultGraph().find(Node.ANY, Asc.rule, Node.ANY));
        assertTrue(readings > 1);
        assertEquals(readings, sum("SELECT ?n WHERE { ?d asc:readingPartition ?p . ?p void:entities ?n }"),
                "every reading is in one partition");
    }

    @Test
    @DisplayName("each dump is a void:dataDump and a dcat:Distribution with its media type; no blank nodes")
    void dumps() {
        assertEquals(3, count("SELECT ?u WHERE { ?d void:dataDump ?u }"));
        assertEquals("text/turtle", one("SELECT ?f WHERE { ?d dcat:distribution [ dcat:downloadURL "
                + "<http://example.org/dumps/asiasec.ttl> ; dcterms:format ?f ] }").getLiteral("f").getString());
        assertTrue(description.listStatements().toList().stream()
                .noneMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()));
    }

    @Test
    @DisplayName("describing twice gives the same description")
    void deterministic() {
        assertTrue(description.isIsomorphicWith(DatasetDescription.describe(dsg, settings())));
    }

    private static final Node PROV_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** The one value of a property of a node in the data. */
    private Node value(Node subject, Node property) {
        var values = Iter.toList(dsg.getDefaultGraph().find(subject, property, Node.ANY));
        assertEquals(1, values.size(), subject + " " + property);
        return values.get(0).getObject();
    }

    private List<Node> nodes(String query, String variable) {
        try (QueryExecution exec = QueryExecution.model(description).query(prefixes() + query).build()) {
            List<Node> values = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> values.add(row.get(variable).asNode()));
            return values;
        }
    }

    private List<String> strings(String query, String variable) {
        try (QueryExecution exec = QueryExecution.model(description).query(prefixes() + query).build()) {
            List<String> values = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> values.add(row.getLiteral(variable).getString()));
            return values;
        }
    }

    private QuerySolution one(String query) {
        try (QueryExecution exec = QueryExecution.model(description).query(prefixes() + query).build()) {
            var rows = exec.execSelect();
            assertTrue(rows.hasNext(), "no answer to " + query);
            return rows.next();
        }
    }

    private long count(String query) {
        try (QueryExecution exec = QueryExecution.model(description).query(prefixes() + query).build()) {
            long n = 0;
            for (var rows = exec.execSelect(); rows.hasNext(); rows.next()) {
                n++;
            }
            return n;
        }
    }

    private long sum(String query) {
        try (QueryExecution exec = QueryExecution.model(description).query(prefixes() + query).build()) {
            long total = 0;
            for (var rows = exec.execSelect(); rows.hasNext(); ) {
                total += rows.next().getLiteral("n").getLong();
            }
            return total;
        }
    }

    private static String prefixes() {
        return """
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX asc: <https://w3id.org/asiasec/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                """;
    }
}
