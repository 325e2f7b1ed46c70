package org.asiasec.kg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * English labels for meetings no text names in English, built from their parts: the mechanism's acronym
 * (else its English name), the kind of meeting, the year and the city — "SCO Summit 2018, Qingdao"; and
 * for documents adopted at a meeting, their kind and the meeting — "Declaration, SCO Summit 2014, Dushanbe".
 * Each is stated twice: as {@code rdfs:label} (so every reader finds it) and as {@code asc:generatedLabel},
 * the marker that tells it apart from a label read in a text. Built from the whole graph at build time,
 * since a meeting's parts may come from different texts.
 */
public final class GeneratedLabels {

    public static final Node GENERATED_LABEL = Asc.term("generatedLabel");
    private static final Node MEETING = Asc.term("Meeting");
    private static final Node DOCUMENT = Asc.term("Document");
    private static final Node ADOPTED_AT = Asc.term("adoptedAt");
    private static final Node MECHANISM = Asc.term("mechanism");
    private static final Node DATE = Asc.term("date");
    private static final Node PLACE = Asc.term("place");
    private static final Node ORDINAL = Asc.term("ordinal");
    private static final Node LABEL = RDFS.label.asNode();

    private GeneratedLabels() {
    }

    /** The graph the generated labels are stated in: never a source text's graph. */
    public static Node graphName(IriScheme iris) {
        return NodeFactory.createURI(iris.base() + "generated-labels");
    }

    /**
     * @param data     every statement (the union of the text graphs)
     * @param ontology the class hierarchy and the English names of the classes
     * @return two triples (rdfs:label and asc:generatedLabel) per meeting without an English label
     */
    public static List<Triple> forMeetings(Graph data, Graph ontology) {
        // (documents adopted at a meeting are named after it in the same pass)
        Set<Node> meetingClasses = subclassesOf(ontology, MEETING);
        Set<Node> meetings = new HashSet<>();
        for (Node type : meetingClasses) {
            data.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> meetings.add(t.getSubject()));
        }
        List<Triple> labels = new ArrayList<>();
        java.util.Map<Node, String> meetingNames = new java.util.HashMap<>();
        meetings.stream().sorted(Comparator.comparing(Node::toString)).forEach(meeting -> {
            Optional<String> read = english(data, meeting, LABEL);
            if (read.isEmpty()) {
                Node label = NodeFactory.createLiteralLang(label(data, ontology, meeting, meetingClasses), "en");
                labels.add(Triple.create(meeting, LABEL, label));
                labels.add(Triple.create(meeting, GENERATED_LABEL, label));
                meetingNames.put(meeting, label.getLiteralLexicalForm());
            } else {
                meetingNames.put(meeting, read.get());
            }
        });
        forDocuments(data, ontology, meetingNames, labels);
        return labels;
    }

    /**
     * A document adopted at a meeting, with no English name in any text, is named by its kind and the
     * meeting: "Declaration, SCO Summit 2014, Dushanbe". Documents adopted nowhere known keep none.
     */
    private static void forDocuments(Graph data, Graph ontology, java.util.Map<Node, String> meetingNames, List<Triple> out) {
        Set<Node> documentClasses = subclassesOf(ontology, DOCUMENT);
        Set<Node> documents = new java.util.TreeSet<>(Comparator.comparing(Node::toString));
        for (Node type : documentClasses) {
            data.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> documents.add(t.getSubject()));
        }
        for (Node document : documents) {
            if (english(data, document, LABEL).isPresent()) {
                continue;
            }
            objects(data, document, ADOPTED_AT).stream().filter(meetingNames::containsKey)
                    .min(Comparator.comparing(Node::toString)).ifPresent(meeting -> {
                        Node label = NodeFactory.createLiteralLang(
                                kind(data, ontology, document, documentClasses, DOCUMENT) + ", " + meetingNames.get(meeting), "en");
                        out.add(Triple.create(document, LABEL, label));
                        out.add(Triple.create(document, GENERATED_LABEL, label));
                    });
        }
    }

    static String label(Graph data, Graph ontology, Node meeting, Set<Node> meetingClasses) {
        StringBuilder out = new StringBuilder();
        objects(data, meeting, MECHANISM).stream().findFirst().flatMap(m -> shortName(data, m))
                .ifPresent(name -> out.append(name).append(' '));
        out.append(kind(data, ontology, meeting, meetingClasses, MEETING));
        Optional<String> year = literal(data, meeting, DATE).map(d -> d.length() >= 4 ? d.substring(0, 4) : d);
        Optional<String> ordinal = literal(data, meeting, ORDINAL);
        if (year.isPresent()) {
            out.append(' ').append(year.get());
        } else {
            ordinal.ifPresent(n -> out.append(" No. ").append(n));
        }
        objects(data, meeting, PLACE).stream().map(p -> english(data, p, LABEL)).flatMap(Optional::stream)
                .sorted().findFirst().ifPresent(city -> out.append(", ").append(city));
        return out.toString();
    }

    /** A Latin acronym such as SCO or CICA where there is one, else the English name. */
    private static Optional<String> shortName(Graph data, Node mechanism) {
        Optional<String> acronym = objects(data, mechanism, SKOS.altLabel.asNode()).stream()
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .filter(s -> s.matches("[A-Z][A-Z0-9+&-]{1,9}")).sorted().findFirst();
        return acronym.or(() -> english(data, mechanism, LABEL));
    }

    /** The English name of the meeting's most specific class, capitalised: "Summit", "Meeting". */
    private static String kind(Graph data, Graph ontology, Node node, Set<Node> within, Node top) {
        List<Node> types = objects(data, node, RDF.type.asNode()).stream().filter(within::contains).toList();
        Node specific = types.stream()
                .filter(t -> types.stream().noneMatch(o -> !o.equals(t) && subclassesOf(ontology, t).contains(o)))
                .min(Comparator.comparing(Node::toString)).orElse(top);
        String name = english(ontology, specific, LABEL).orElse(top.getLocalName().toLowerCase(Locale.ROOT));
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static Optional<String> english(Graph g, Node node, Node property) {
        return objects(g, node, property).stream()
                .filter(n -> n.isLiteral() && n.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith("en"))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static Optional<String> literal(Graph g, Node node, Node property) {
        return objects(g, node, property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .sorted().findFirst();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The class and every class below it. */
    static Set<Node> subclassesOf(Graph ontology, Node top) {
        Set<Node> found = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(top));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (found.add(c)) {
                ontology.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEach(t -> todo.add(t.getSubject()));
            }
        }
        return found;
    }
}
