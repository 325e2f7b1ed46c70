package org.asiasec.kg.server.linkeddata;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * Renders RDF terms as HTML. Resources under the base link to their local page, so a reader
 * stays on this server; other IRIs are external links; literals show language and datatype.
 */
final class NodeLinks {

    private static final int MAX_NESTING = 3;

    private final String contextPath;
    private final ResourceIds ids;
    private final PrefixMapping prefixes;
    private final Graph labels;

    NodeLinks(String contextPath, ResourceIds ids, PrefixMapping prefixes, Graph labels) {
        this.contextPath = contextPath;
        this.ids = ids;
        this.prefixes = prefixes;
        this.labels = labels;
    }

    /** Labels of the resources being shown, and of the vocabulary. */
    Graph labels() {
        return labels;
    }

    /** The best label of a resource, else its short name. */
    String name(Node iri) {
        return Labels.best(labels, iri).orElse(shortName(iri));
    }

    String pagePath(String id) {
        return contextPath + "/page/" + id;
    }

    String dataPath(String id, RdfFormat format) {
        return contextPath + "/data/" + id + "." + format.extension;
    }

    String classListPath(Node type) {
        return contextPath + "/page/?class=" + Html.queryParam(type.getURI());
    }

    Optional<String> localPage(Node node) {
        return ids.idOf(node).map(this::pagePath);
    }

    /** prefix:local where a prefix is known, else the full IRI. */
    String shortName(Node iri) {
        String qname = prefixes.qnameFor(iri.getURI());
        return qname != null ? qname : iri.getURI();
    }

    /** A link to a property or class, labelled by its name and, when known, its label. */
    String term(Node iri) {
        String name = Html.text(shortName(iri));
        Optional<String> label = Labels.best(labels, iri);
        String text = label.map(l -> Html.text(l) + "<small>" + name + "</small>").orElse(name);
        return link(iri, text);
    }

    String node(Node node) {
        return node(node, MAX_NESTING);
    }

    private String node(Node node, int nesting) {
        if (node.isLiteral()) {
            return literal(node);
        }
        if (node.isURI()) {
            String name = Labels.best(labels, node)
                    .or(() -> ids.idOf(node).flatMap(ResourceIds::decode))
                    .orElse(shortName(node));
            return link(node, Html.text(name));
        }
        if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            return "«&#160;" + node(t.getSubject(), nesting) + " " + term(t.getPredicate()) + " "
                    + node(t.getObject(), nesting) + "&#160;»";
        }
        if (node.isBlank() && nesting > 0) {
            return blankNode(node, nesting);
        }
        return "<code>" + Html.text("_:" + node.getBlankNodeLabel()) + "</code>";
    }

    /** A blank node is shown in place, with its own properties. */
    private String blankNode(Node node, int nesting) {
        StringBuilder out = new StringBuilder("<div class=\"bnode\">");
        labels.find(node, Node.ANY, Node.ANY).forEach(t -> out.append("<div>").append(term(t.getPredicate()))
                .append(": ").append(node(t.getObject(), nesting - 1)).append("</div>"));
        return out.append("</div>").toString();
    }

    String literal(Node literal) {
        String lang = literal.getLiteralLanguage();
        StringBuilder out = new StringBuilder();
        if (!lang.isEmpty()) {
            out.append("<span lang=\"").append(Html.text(lang)).append("\">")
                    .append(Html.text(literal.getLiteralLexicalForm())).append("</span>")
                    .append("<span class=\"tag\">@").append(Html.text(lang)).append("</span>");
        } else {
            out.append(Html.text(literal.getLiteralLexicalForm()));
            String datatype = literal.getLiteralDatatypeURI();
            if (datatype != null && !datatype.equals(XSDDatatype.XSDstring.getURI())) {
                out.append("<span class=\"tag\">")
                        .append(Html.text(shortName(NodeFactory.createURI(datatype))))
                        .append("</span>");
            }
        }
        return out.toString();
    }

    /** Local resources link to their page; web IRIs link out; anything else is plain text. */
    private String link(Node iri, String textHtml) {
        Optional<String> local = localPage(iri);
        if (local.isPresent()) {
            return "<a href=\"" + Html.text(local.get()) + "\" title=\"" + Html.text(iri.getURI()) + "\">"
                    + textHtml + "</a>";
        }
        String uri = iri.getURI();
        if (uri.startsWith("http://") || uri.startsWith("https://")) {
            return "<a href=\"" + Html.text(uri) + "\" rel=\"external\" title=\"" + Html.text(uri) + "\">"
                    + textHtml + "</a>";
        }
        return "<span title=\"" + Html.text(uri) + "\">" + textHtml + "</span>";
    }
}
