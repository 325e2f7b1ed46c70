package org.asiasec.kg.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/** The RDF serialisations a resource description is offered in, with their file extensions. */
enum RdfFormat {
    TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, true),
    JSONLD("jsonld", Lang.JSONLD, RDFFormat.JSONLD_PRETTY, false),
    RDFXML("rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY, false),
    NTRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES, true);

    final String extension;
    final Lang lang;
    final RDFFormat writerFormat;
    /** Whether the syntax can write RDF 1.2 triple terms (statement annotations). */
    final boolean tripleTerms;

    RdfFormat(String extension, Lang lang, RDFFormat writerFormat, boolean tripleTerms) {
        this.extension = extension;
        this.lang = lang;
        this.writerFormat = writerFormat;
        this.tripleTerms = tripleTerms;
    }

    /**
     * Writes a graph in this syntax. JSON-LD 1.1 and RDF/XML cannot write RDF 1.2 triple terms:
     * there the triples holding one (a reifier's link to the statement it annotates) are left
     * out; Turtle and N-Triples keep them.
     */
    byte[] write(Graph graph) {
        Graph writable = graph;
        if (!tripleTerms) {
            writable = GraphFactory.createDefaultGraph();
            writable.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
            for (Triple t : graph.find().toList()) {
                if (!t.getSubject().isTripleTerm() && !t.getObject().isTripleTerm()) {
                    writable.add(t);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(writable).format(writerFormat).output(out);
        return out.toByteArray();
    }

    String contentType() {
        return lang.getHeaderString();
    }

    static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    static Optional<RdfFormat> byContentType(String contentType) {
        return Arrays.stream(values())
                .filter(f -> f.lang.getContentType().getContentTypeStr().equals(contentType)
                        || f.lang.getAltContentTypes().contains(contentType))
                .findFirst();
    }
}
