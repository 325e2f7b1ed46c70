package org.asiasec.kg.rdf;

import static org.asiasec.kg.rdf.SampleCorpus.CICA_FILE;
import static org.asiasec.kg.rdf.SampleCorpus.CICA_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RdfMapperTest {

    private static final IriScheme IRIS = IriScheme.standard();
    private final DatasetGraph dsg = SampleCorpus.mapped();
    private final Graph cica = dsg.getGraph(IRIS.source(CICA_FILE));

    @Test
    @DisplayName("an entity gets its most specific class, a @zh and an @en label, aliases and its Wikidata identity")
    void entityDescription() {
        Node sco = IRIS.entity("SCO");
        assertEquals("https://w3id.org/asiasec/resource/SCO", sco.getURI());
        assertEquals(Set.of(Asc.term("Organisation")), objects(cica, sco, RDF.type.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralLang("上海合作组织", "zh"),
                NodeFactory.createLiteralLang("Shanghai Cooperation Organisation", "en")), objects(cica, sco, RDFS.label.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralLang("上合组织", "zh"), NodeFactory.createLiteralLang("SCO", "en")),
                objects(cica, sco, SKOS.altLabel.asNode()));
        assertEquals(Set.of(NodeFactory.createURI("http://www.wikidata.org/entity/Q485207")), objects(cica, sco, OWL.sameAs.asNode()));
        assertEquals(Set.of(Asc.term("Place")), objects(cica, IRIS.entity("shanghai"), RDF.type.asNode()));
    }

    @Test
    @DisplayName("a concept is also a skos:Concept in the concept scheme, and 新安全观 has its four components")
    void concepts() {
        Node concept = IRIS.entity("xin-anquan-guan");
        assertEquals(Set.of(Asc.term("SecurityConcept"), SKOS.Concept.asNode()), objects(cica, concept, RDF.type.asNode()));
        assertEquals(Set.of(Asc.SecurityConcepts), objects(cica, concept, SKOS.inScheme.asNode()));
        assertEquals(Set.of(IRIS.entity("hu-xin"), IRIS.entity("hu-li"), IRIS.entity("ping-deng"), IRIS.entity("xie-zuo")),
                objects(cica, concept, Asc.term("hasComponent")));
    }

    @Test
    @DisplayName("facts carry typed values: day, month, integer, entity, ontology individual, tagged text")
    void factValues() {
        Node summit = IRIS.entity("CICA-summit-4");
        Node membership = IRIS.entity("membership/india-SCO-member");
        assertEquals(Set.of(NodeFactory.createLiteralDT("2014-05-21", XSDDatatype.XSDdate)), objects(cica, summit, Asc.term("date")));
        assertEquals(Set.of(NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)), objects(cica, summit, Asc.term("ordinal")));
        assertEquals(Set.of(IRIS.entity("CICA")), objects(cica, summit, Asc.term("mechanism")));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2017-06", XSDDatatype.XSDgYearMonth)), objects(cica, membership, Asc.term("date")));
        assertEquals(Set.of(Asc.term("MemberRole")), objects(cica, membership, Asc.term("role")));
        assertEquals(Set.of(NodeFactory.createLiteralLang("主席", "zh")), objects(cica, IRIS.entity("xi-jinping"), Asc.term("position")));
        assertEquals(Set.of(IRIS.entity("CICA-summit-4")), objects(cica, IRIS.entity("yaxin-di-si-ci-fenghui-shanghai-xuanyan"), Asc.term("adoptedAt")));
    }

    @Test
    @DisplayName("each fact is reified by an evidence node naming its sentence, source, rule and confidence")
    void evidenceOfAFact() {
        Node summit = IRIS.entity("CICA-summit-4");
        List<Node> evidence = ShapesTest.evidenceOf(cica, summit, Asc.term("ordinal"));
        assertEquals(1, evidence.size());
        Node ev = evidence.get(0);
        assertTrue(ev.getURI().matches("https://w3id\\.org/asiasec/resource/evidence/[0-9a-f]{20}"), ev.getURI());
        assertEquals(Set.of(NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)), objects(cica, ev, RDF.object.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralString("meeting-ordinal-summit")), objects(cica, ev, Asc.rule));
        assertEquals(Set.of(NodeFactory.createLiteralDT("0.85", XSDDatatype.XSDdecimal)), objects(cica, ev, Asc.confidence));
        assertEquals(Set.of(IRIS.source(CICA_FILE)), objects(cica, ev, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom")));
        Node sentence = objects(cica, ev, Asc.sentence).iterator().next();
        assertEquals(Set.of(IRIS.source(CICA_FILE)), objects(cica, sentence, org.apache.jena.vocabulary.DCTerms.isPartOf.asNode()));
    }

    @Test
    @DisplayName("sentence offsets are code points: the text after 𠮷 starts one code point earlier than its char offset")
    void sentenceOffsetsAreCodePoints() {
        String sentence = "峰会通过了《亚信第四次峰会上海宣言》。";
        int charStart = CICA_TEXT.indexOf(sentence);
        int cpStart = CICA_TEXT.codePointCount(0, charStart);
        assertEquals(charStart - 1, cpStart, "the sample starts with one supplementary character");
        Node node = IRIS.sentence(CICA_FILE, cpStart, cpStart + sentence.length());
        assertEquals(Set.of(NodeFactory.createLiteralLang(sentence, "zh")), objects(cica, node, Asc.text));
        assertEquals(Set.of(NodeFactory.createLiteralDT(Integer.toString(cpStart), XSDDatatype.XSDinteger)), objects(cica, node, Asc.start));
        assertEquals(Set.of(Asc.Sentence), objects(cica, node, RDF.type.asNode()));
    }

    @Test
    @DisplayName("a mention links its sentence to the entity, with the surface form as evidence")
    void mentions() {
        Node sentence = IRIS.sentence(CICA_FILE, CICA_TEXT.codePointCount(0, CICA_TEXT.indexOf("2017年6月")),
                CICA_TEXT.codePointCount(0, CICA_TEXT.length()));
        assertTrue(objects(cica, sentence, Asc.mentions).containsAll(Set.of(IRIS.entity("SCO"), IRIS.entity("india"))));
        Node ev = ShapesTest.evidenceOf(cica, sentence, Asc.mentions).stream()
                .filter(e -> cica.contains(e, RDF.object.asNode(), IRIS.entity("SCO"))).findFirst().orElseThrow();
        assertEquals(Set.of(NodeFactory.createLiteralLang("上合组织", "zh")), objects(cica, ev, Asc.surface));
    }

    @Test
    @DisplayName("an entity is described in every graph that mentions it, identically; facts stay in their own graph")
    void oneGraphPerSource() {
        Graph sco = dsg.getGraph(IRIS.source(SampleCorpus.SCO_FILE));
        Node scoEntity = IRIS.entity("SCO");
        assertEquals(objects(cica, scoEntity, RDFS.label.asNode()), objects(sco, scoEntity, RDFS.label.asNode()));
        assertEquals(objects(cica, scoEntity, RDF.type.asNode()), objects(sco, scoEntity, RDF.type.asNode()));
        assertTrue(objects(sco, scoEntity, Asc.term("foundedOn")).isEmpty());
        assertEquals(Set.of(NodeFactory.createLiteralString(SampleCorpus.SCO_FILE)),
                objects(sco, IRIS.source(SampleCorpus.SCO_FILE), org.apache.jena.vocabulary.DCTerms.identifier.asNode()));
        assertEquals(2, dsg.size());
    }

    @Test
    @DisplayName("repeated announcements of an entity write each triple once; no blank nodes anywhere")
    void noDuplicatesNoBlankNodes() {
        List<Quad> quads = new ArrayList<>();
        SampleCorpus.emitAll(new RdfMapper(IRIS, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        }));
        assertEquals(new HashSet<>(quads).size(), quads.size(), "every quad is emitted once");
        assertFalse(quads.stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
    }

    @Test
    @DisplayName("a later announcement adds new aliases and a missing English label, never a second @zh label")
    void laterAnnouncementsOnlyAdd() {
        var quads = new ArrayList<Quad>();
        var mapper = new RdfMapper(IRIS, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        mapper.start(new SourceText("x.txt", "亚信。", SourceMetadata.unknown("x.txt")));
        mapper.entity(new Entity("CICA", EntityType.MECHANISM, "Conference", "亚洲相互协作与信任措施会议", null,
                new TreeSet<>(Set.of("亚信")), null));
        mapper.entity(new Entity("CICA", EntityType.MECHANISM, "Conference", "亚信会议", "CICA",
                new TreeSet<>(Set.of("亚信", "亚信会议", "CICA")), null));
        mapper.finish(null);
        Node cica = IRIS.entity("CICA");
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        assertEquals(quads.size(), g.size(), "no quad twice");
        assertEquals(Set.of(NodeFactory.createLiteralLang("亚洲相互协作与信任措施会议", "zh"), NodeFactory.createLiteralLang("CICA", "en")),
                objects(g, cica, RDFS.label.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralLang("亚信", "zh"), NodeFactory.createLiteralLang("亚信会议", "zh")),
                objects(g, cica, SKOS.altLabel.asNode()));
    }

    @Test
    @DisplayName("two mappings of the same records give byte-identical sorted N-Quads")
    void deterministic() {
        List<String> first = SampleCorpus.sortedNQuads(SampleCorpus.mapped());
        List<String> second = SampleCorpus.sortedNQuads(SampleCorpus.mapped());
        assertTrue(first.size() > 200, "quads: " + first.size());
        assertEquals(String.join("\n", first), String.join("\n", second));
    }

    @Test
    @DisplayName("IRIs are ASCII: keys are percent-encoded, reserved or empty segments rejected")
    void entityKeys() {
        assertEquals("https://w3id.org/asiasec/resource/meeting/sco-2018", IRIS.entity("meeting/sco-2018").getURI());
        assertEquals("https://w3id.org/asiasec/resource/a%20b%E4%BA%9A", IRIS.entity("a b亚").getURI());
        assertThrows(IllegalArgumentException.class, () -> IRIS.entity("source/x"));
        assertThrows(IllegalArgumentException.class, () -> IRIS.entity("evidence"));
        assertThrows(IllegalArgumentException.class, () -> IRIS.entity("a/../b"));
        assertThrows(IllegalArgumentException.class, () -> IRIS.entity(""));
        assertThrows(IllegalArgumentException.class, () -> IRIS.entity("a//b"));
    }

    @Test
    @DisplayName("the base is configurable but must be an absolute http(s) IRI")
    void base() {
        assertEquals("http://127.0.0.1:3030/resource/SCO", new IriScheme("http://127.0.0.1:3030/resource").entity("SCO").getURI());
        assertThrows(org.asiasec.kg.UserException.class, () -> new IriScheme("resource/"));
        assertThrows(org.asiasec.kg.UserException.class, () -> new IriScheme("https://example.org/资源/"));
        assertThrows(org.asiasec.kg.UserException.class, () -> new IriScheme("https://example.org/r?x=1"));
    }

    @Test
    @DisplayName("an unknown kind falls back to the top class; an unknown term is not stated")
    void unknownKindAndTerm() {
        var quads = new TreeSet<String>();
        var mapper = new RdfMapper(IRIS, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad.getSubject() + " " + quad.getPredicate() + " " + quad.getObject());
            }
        });
        String text = "东盟地区论坛举行会议。";
        mapper.start(new SourceText("x.txt", text, SourceMetadata.unknown("x.txt")));
        mapper.entity(new Entity("ARF", EntityType.MECHANISM, "Summit", "东盟地区论坛", null, null, null));
        mapper.fact(new Fact("m", Property.ROLE, new Value.Term("KingRole"), new Evidence("x.txt", 0, text.length(), "r", 0.5)));
        mapper.finish(null);
        assertTrue(quads.contains(IRIS.entity("ARF") + " " + RDF.type.getURI() + " " + Asc.term("Mechanism")));
        assertFalse(quads.stream().anyMatch(q -> q.contains("KingRole")));
    }

    @Test
    @DisplayName("evidence from another source or beyond the text is a programming error")
    void evidenceMustPointIntoTheCurrentSource() {
        var mapper = new RdfMapper(IRIS, new StreamRDFBase());
        String text = "上合组织。";
        mapper.start(new SourceText("x.txt", text, SourceMetadata.unknown("x.txt")));
        Value sco = new Value.EntityRef("SCO");
        assertThrows(IllegalArgumentException.class,
                () -> mapper.fact(new Fact("india", Property.MEMBER_OF, sco, new Evidence("y.txt", 0, 2, "r", 1))));
        assertThrows(IllegalArgumentException.class,
                () -> mapper.fact(new Fact("india", Property.MEMBER_OF, sco, new Evidence("x.txt", 0, 99, "r", 1))));
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }
}
