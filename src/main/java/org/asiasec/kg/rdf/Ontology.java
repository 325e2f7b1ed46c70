package org.asiasec.kg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology and the SHACL shapes as shipped (ontology/asiasec.ttl and ontology/shapes.ttl,
 * packed into the jar under {@code ontology/}), and what the mapping needs to know from them:
 * which classes specialise which, and which named individuals exist. Adding a subclass to the
 * Turtle file is enough for the mapping to accept it as an entity kind.
 */
public final class Ontology {

    public static final String ONTOLOGY_RESOURCE = "ontology/asiasec.ttl";
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private final Map<String, Set<String>> superClasses = new HashMap<>();
    private final Set<String> individuals = new HashSet<>();

    private Ontology(Graph ontology) {
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(this::addSubClassOf);
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode())
                .forEachRemaining(t -> superClasses.computeIfAbsent(localName(t.getSubject()), k -> new HashSet<>()));
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.NamedIndividual.asNode())
                .forEachRemaining(t -> individuals.add(localName(t.getSubject())));
    }

    /** The shipped ontology, read once. */
    public static Ontology standard() {
        return Holder.STANDARD;
    }

    /** A fresh copy of the ontology graph, e.g. to load into the named graph {@link Asc#ONTOLOGY_GRAPH}. */
    public static Graph ontologyGraph() {
        return read(ONTOLOGY_RESOURCE);
    }

    /** A fresh copy of the SHACL shapes graph. */
    public static Graph shapesGraph() {
        return read(SHAPES_RESOURCE);
    }

    /** True when {@code asc:<kind>} is {@code asc:<topClass>} or one of its (transitive) subclasses. */
    public boolean isClassWithin(String kind, String topClass) {
        if (!superClasses.containsKey(kind)) {
            return false;
        }
        if (kind.equals(topClass)) {
            return true;
        }
        for (String parent : superClasses.get(kind)) {
            if (isClassWithin(parent, topClass)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code asc:<localName>} is a named individual of the ontology, such as {@code ObserverRole}. */
    public boolean isIndividual(String localName) {
        return individuals.contains(localName);
    }

    private void addSubClassOf(Triple t) {
        if (t.getSubject().isURI() && t.getObject().isURI() && t.getObject().getURI().startsWith(Asc.NS)) {
            superClasses.computeIfAbsent(localName(t.getSubject()), k -> new HashSet<>()).add(localName(t.getObject()));
        }
    }

    private static String localName(Node n) {
        String iri = n.isURI() ? n.getURI() : "";
        return iri.startsWith(Asc.NS) ? iri.substring(Asc.NS.length()) : iri;
    }

    private static Graph read(String resource) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final Ontology STANDARD = new Ontology(ontologyGraph());
    }
}
