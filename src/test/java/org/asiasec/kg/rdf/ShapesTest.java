package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static final IriScheme IRIS = IriScheme.standard();
    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(Ontology.shapesGraph());
    }

    @Test
    @DisplayName("the graph mapped from the sample records conforms, as a whole and graph by graph")
    void sampleConforms() {
        DatasetGraph dsg = SampleCorpus.mapped();
        assertConforms(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(g -> assertConforms(dsg.getGraph(g)));
    }

    @Test
    @DisplayName("the sample together with the ontology itself still conforms (validating the union default graph)")
    void sampleWithOntologyConforms() {
        Graph data = copyOfSample();
        Ontology.ontologyGraph().find().forEachRemaining(data::add);
        assertConforms(data);
    }

    @Test
    @DisplayName("missing @zh label, a second class, a date typed as string, an orphan membership and a fact without evidence are each reported")
    void brokenGraphReportsEachViolation() {
        Graph g = copyOfSample();
        Node sco = IRIS.entity("SCO");
        Node summit = IRIS.entity("CICA-summit-4");
        Node membership = IRIS.entity("membership/india-SCO-member");

        g.remove(sco, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海合作组织", "zh"));
        g.add(sco, RDF.type.asNode(), Asc.term("Forum"));
        g.remove(summit, Asc.term("date"), Node.ANY);
        g.add(summit, Asc.term("date"), NodeFactory.createLiteralString("2014年5月21日"));
        g.remove(membership, Asc.term("country"), Node.ANY);
        evidenceOf(g, summit, Asc.term("ordinal")).forEach(ev -> g.remove(ev, Node.ANY, Node.ANY));

        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        Set<String> violations = violations(report);

        assertTrue(violations.contains(key(sco, RDFS.label.asNode())), "missing @zh label: " + violations);
        assertTrue(violations.contains(key(sco, RDF.type.asNode())), "two classes: " + violations);
        assertTrue(violations.contains(key(summit, Asc.term("date"))), "date as string: " + violations);
        assertTrue(violations.contains(key(membership, Asc.term("country"))), "membership without country: " + violations);
        assertTrue(violations.contains(key(summit, Asc.term("ordinal"))), "ordinal without evidence: " + violations);
    }

    @Test
    @DisplayName("incomplete evidence and sentences are reported: confidence above 1, no rule, start after end")
    void incompleteEvidenceIsReported() {
        Graph g = copyOfSample();
        Node summit = IRIS.entity("CICA-summit-4");
        Node evidence = evidenceOf(g, summit, Asc.term("mechanism")).get(0);
        Node sentence = g.find(evidence, Asc.sentence, Node.ANY).next().getObject();

        g.remove(evidence, Asc.confidence, Node.ANY);
        g.add(evidence, Asc.confidence, NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal));
        g.remove(evidence, Asc.rule, Node.ANY);
        g.remove(sentence, Asc.start, Node.ANY);
        g.add(sentence, Asc.start, NodeFactory.createLiteralDT("100000", XSDDatatype.XSDinteger));

        Set<String> violations = violations(ShaclValidator.get().validate(shapes, g));

        assertTrue(violations.contains(key(evidence, Asc.confidence)), violations.toString());
        assertTrue(violations.contains(key(evidence, Asc.rule)), violations.toString());
        assertTrue(violations.contains(key(sentence, Asc.start)), violations.toString());
    }

    @Test
    @DisplayName("an ordinal must be a positive integer and a role one of the five membership roles")
    void ordinalAndRoleValues() {
        Graph g = copyOfSample();
        Node summit = IRIS.entity("CICA-summit-4");
        Node membership = IRIS.entity("membership/india-SCO-member");
        g.remove(summit, Asc.term("ordinal"), Node.ANY);
        g.add(summit, Asc.term("ordinal"), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
        g.remove(membership, Asc.term("role"), Node.ANY);
        g.add(membership, Asc.term("role"), Asc.term("Summit"));

        Set<String> violations = violations(ShaclValidator.get().validate(shapes, g));

        assertTrue(violations.contains(key(summit, Asc.term("ordinal"))), violations.toString());
        assertTrue(violations.contains(key(membership, Asc.term("role"))), violations.toString());
    }

    static Graph copyOfSample() {
        Graph copy = GraphFactory.createDefaultGraph();
        SampleCorpus.mapped().getUnionGraph().find().forEachRemaining(copy::add);
        return copy;
    }

    static List<Node> evidenceOf(Graph g, Node subject, Node predicate) {
        List<Node> found = g.find(Node.ANY, RDF.subject.asNode(), subject).mapWith(Triple::getSubject)
                .filterKeep(ev -> g.contains(ev, RDF.predicate.asNode(), predicate)).toList();
        assertTrue(!found.isEmpty(), "the sample has evidence for " + predicate);
        return found;
    }

    private static void assertConforms(Graph g) {
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), () -> "violations: " + violations(report));
        assertEquals(0, report.getEntries().size());
    }

    private static Set<String> violations(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> key(e.focusNode(), e.resultPath() == null ? null : pathNode(e.resultPath().toString())))
                .collect(Collectors.toSet());
    }

    private static Node pathNode(String path) {
        return path.startsWith("<") && path.endsWith(">") ? NodeFactory.createURI(path.substring(1, path.length() - 1)) : null;
    }

    private static String key(Node focus, Node path) {
        return focus + " " + path;
    }
}
