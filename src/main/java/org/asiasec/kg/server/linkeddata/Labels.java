package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Human-readable names of resources, Chinese first. */
final class Labels {

    /** Properties whose values name a resource, most specific first. */
    static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DCTerms.title.asNode());

    private static final List<String> LANGUAGE_PREFERENCE = List.of("zh", "en", "");

    private Labels() {
    }

    /** The best label of a node: Chinese, else English, else untagged, else any. */
    static Optional<String> best(Graph graph, Node node) {
        for (Node p : LABEL_PROPERTIES) {
            Optional<Node> label = literals(graph, node, p).stream()
                    .min(Comparator.comparingInt(Labels::languageRank).thenComparing(Node::getLiteralLexicalForm));
            if (label.isPresent()) {
                return label.map(Node::getLiteralLexicalForm);
            }
        }
        return Optional.empty();
    }

    /** Values of one property in one language (primary subtag match: "zh" also finds "zh-Hans"). */
    static List<String> inLanguage(Graph graph, Node node, Node property, String language) {
        return literals(graph, node, property).stream()
                .filter(l -> primaryLanguage(l).equals(language))
                .map(Node::getLiteralLexicalForm)
                .sorted()
                .toList();
    }

    /** All literal values of one property, Chinese first. */
    static List<Node> literals(Graph graph, Node node, Node property) {
        List<Node> values = new ArrayList<>();
        graph.find(node, property, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject());
            }
        });
        values.sort(Comparator.comparingInt(Labels::languageRank).thenComparing(Node::getLiteralLexicalForm));
        return values;
    }

    private static int languageRank(Node literal) {
        int rank = LANGUAGE_PREFERENCE.indexOf(primaryLanguage(literal));
        return rank < 0 ? LANGUAGE_PREFERENCE.size() : rank;
    }

    private static String primaryLanguage(Node literal) {
        String lang = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }
}
