package org.asiasec.kg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.atlas.json.io.JSWriter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes JSON-LD 1.1 as quads arrive, so a dataset of any size is written in constant memory (Jena's
 * JSON-LD writers build the whole document in memory first). The document is the shape the JSON-LD
 * streaming note describes: a {@code @context} of the prefixes, then a top-level {@code @graph} with
 * one object per named graph, each holding a flat array of node objects; consecutive quads of the same
 * graph, subject and predicate share one object and one value array. Quads are best given grouped
 * (as a store's GSPO index gives them); a subject or graph met again later simply gets another
 * object, which JSON-LD merges. Every value is an explicit {@code @id} or {@code @value} object, so
 * the document needs no term definitions beyond the prefixes.
 */
final class JsonLdStreamWriter implements ExportFormat.QuadWriter {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final Writer out;
    private final Map<String, String> prefixes;
    private boolean anyGraph;
    private Node graph;
    private Node subject;
    private Node predicate;
    private boolean anyNodeInGraph;

    JsonLdStreamWriter(OutputStream out, Map<String, String> prefixes) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.prefixes = prefixes;
        write("{\n  \"@context\": {");
        String separator = "\n";
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            write(separator + "    " + quoted(prefix.getKey()) + ": " + quoted(prefix.getValue()));
            separator = ",\n";
        }
        write("\n  },\n  \"@graph\": [");
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
        if (!g.equals(graph)) {
            closeSubject();
            closeGraph();
            openGraph(g);
        }
        if (!quad.getSubject().equals(subject)) {
            closeSubject();
            write(anyNodeInGraph ? ",\n" : "\n");
            anyNodeInGraph = true;
            subject = quad.getSubject();
            write(indent() + "{ \"@id\": " + quoted(reference(subject)));
        }
        if (quad.getPredicate().equals(predicate)) {
            write(", ");
        } else {
            closePredicate();
            predicate = quad.getPredicate();
            write(",\n" + indent() + "  " + quoted(compact(predicate.getURI())) + ": [ ");
        }
        write(value(quad.getObject()));
    }

    @Override
    public void finish() {
        closeSubject();
        closeGraph();
        write(anyGraph ? "\n  ]\n}\n" : "]\n}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openGraph(Node g) {
        write(anyGraph ? ",\n" : "\n");
        anyGraph = true;
        graph = g;
        anyNodeInGraph = false;
        if (!isDefault(g)) {
            write("    { \"@id\": " + quoted(reference(g)) + ",\n      \"@graph\": [");
        }
    }

    private void closeGraph() {
        if (graph != null && !isDefault(graph)) {
            write("\n      ]\n    }");
        }
        graph = null;
    }

    private void closeSubject() {
        if (subject != null) {
            closePredicate();
            write("\n" + indent() + "}");
        }
        subject = null;
    }

    private void closePredicate() {
        if (predicate != null) {
            write(" ]");
        }
        predicate = null;
    }

    /** Node objects of the default graph sit at the top level, those of a named graph one level in. */
    private String indent() {
        return isDefault(graph) ? "    " : "        ";
    }

    private static boolean isDefault(Node g) {
        return Quad.isDefaultGraph(g);
    }

    private String value(Node o) {
        if (o.isURI() || o.isBlank()) {
            return "{ \"@id\": " + quoted(reference(o)) + " }";
        }
        if (!o.isLiteral()) {
            throw new IllegalArgumentException("not an RDF term: " + o);
        }
        String lexical = "{ \"@value\": " + quoted(o.getLiteralLexicalForm());
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return lexical + ", \"@language\": " + quoted(lang) + " }";
        }
        String datatype = o.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSD_STRING)) {
            return lexical + " }";
        }
        return lexical + ", \"@type\": " + quoted(compact(datatype)) + " }";
    }

    private String reference(Node node) {
        return node.isBlank() ? "_:" + NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel()) : compact(node.getURI());
    }

    /** {@code prefix:rest} when a prefix covers the IRI and JSON-LD expands it back to the same IRI. */
    private String compact(String iri) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String namespace = prefix.getValue();
            if (iri.startsWith(namespace) && iri.length() > namespace.length() && !iri.startsWith("//", namespace.length())
                    && endsWithGenDelim(namespace)) {
                return prefix.getKey() + ":" + iri.substring(namespace.length());
            }
        }
        return iri;
    }

    /** JSON-LD 1.1 uses a plain term as a prefix only when its IRI ends with one of these. */
    private static boolean endsWithGenDelim(String namespace) {
        return !namespace.isEmpty() && ":/?#[]@".indexOf(namespace.charAt(namespace.length() - 1)) >= 0;
    }

    private static String quoted(String s) {
        return JSWriter.outputQuotedString(s);
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
