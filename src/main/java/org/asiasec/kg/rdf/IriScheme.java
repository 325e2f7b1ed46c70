package org.asiasec.kg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Mints resource IRIs under a configurable base ({@code https://w3id.org/asiasec/resource/} by default). */
public class IriScheme {

    public static final String DEFAULT_BASE = "https://w3id.org/asiasec/resource/";

    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node entity(String key) {
        return NodeFactory.createURI(base + key);
    }

    /** The named graph and {@code asc:Source} of one corpus text. */
    public Node source(String fileName) {
        return NodeFactory.createURI(base + "source/" + Slugs.ascii(stem(fileName)));
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
