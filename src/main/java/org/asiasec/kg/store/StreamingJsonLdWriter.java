package org.asiasec.kg.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD for data of any size. Jena's JSON-LD writers build the whole document in memory (a
 * × 100 corpus did not fit in 1 GiB), so dumps and extraction output use the expanded, flattened
 * form instead, in the order the W3C note "Streaming JSON-LD" recommends: an array of node objects,
 * one per run of quads with the same graph and subject, the named graphs as
 * {@code {"@id": graph, "@graph": [...]}}. JSON-P's streaming generator writes it as quads arrive;
 * only the current subject's statements are held. Any JSON-LD 1.1 processor reads it back to the
 * same quads (literals keep their lexical form and datatype; no native JSON numbers).
 */
final class StreamingJsonLdWriter extends StreamRDFBase {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final JsonGenerator json;
    private Node graph;
    private boolean inNamedGraph;
    private Node subject;
    private final List<Node> types = new ArrayList<>();
    private final Map<Node, List<Node>> values = new LinkedHashMap<>();

    StreamingJsonLdWriter(OutputStream out) {
        this.json = Json.createGenerator(out);
    }

    @Override
    public void start() {
        json.writeStartArray();
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
        if (!g.equals(graph)) {
            writeNode();
            if (inNamedGraph) {
                json.writeEnd().writeEnd(); // the graph's @graph array, then the graph object
            }
            graph = g;
            inNamedGraph = !quad.isDefaultGraph();
            if (inNamedGraph) {
                json.writeStartObject().write("@id", id(g)).writeStartArray("@graph");
            }
        } else if (!quad.getSubject().equals(subject)) {
            writeNode();
        }
        subject = quad.getSubject();
        Node object = quad.getObject();
        if (quad.getPredicate().equals(RDF.type.asNode()) && !object.isLiteral()) {
            types.add(object);
        } else {
            values.computeIfAbsent(quad.getPredicate(), p -> new ArrayList<>()).add(object);
        }
    }

    @Override
    public void finish() {
        writeNode();
        if (inNamedGraph) {
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
        json.flush();
    }

    /** The node object of the statements held for the current subject, if any. */
    private void writeNode() {
        if (subject == null) {
            return;
        }
        json.writeStartObject().write("@id", id(subject));
        if (!types.isEmpty()) {
            json.writeStartArray("@type");
            types.forEach(t -> json.write(id(t)));
            json.writeEnd();
        }
        for (Map.Entry<Node, List<Node>> property : values.entrySet()) {
            json.writeStartArray(property.getKey().getURI());
            property.getValue().forEach(this::writeValue);
            json.writeEnd();
        }
        json.writeEnd();
        subject = null;
        types.clear();
        values.clear();
    }

    private void writeValue(Node object) {
        json.writeStartObject();
        if (object.isLiteral()) {
            json.write("@value", object.getLiteralLexicalForm());
            String language = object.getLiteralLanguage();
            if (language != null && !language.isEmpty()) {
                json.write("@language", language);
            } else if (!XSD_STRING.equals(object.getLiteralDatatypeURI())) {
                json.write("@type", object.getLiteralDatatypeURI());
            }
        } else {
            json.write("@id", id(object));
        }
        json.writeEnd();
    }

    private static String id(Node node) {
        return node.isBlank() ? "_:" + NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel()) : node.getURI();
    }
}
