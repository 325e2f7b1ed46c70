package org.asiasec.kg.store;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF serialisations of exports, dumps and extraction output, with Jena's RIOT writers, except
 * JSON-LD ({@link JsonLdStreamWriter}: Jena builds a JSON-LD document whole in memory). Triple formats
 * carry no graph names: they get the union of the graphs. Everything is written as data arrives, in
 * constant memory, except RDF/XML: a database is written from its stored default graph as it is (Jena's
 * writer keeps a set of the subjects), while quads given one by one ({@link #open}) are gathered in
 * memory first.
 */
public enum ExportFormat {
    ttl("ttl", RDFFormat.TURTLE_BLOCKS, false),
    nt("nt", RDFFormat.NTRIPLES, false),
    nq("nq", RDFFormat.NQUADS, true),
    trig("trig", RDFFormat.TRIG_BLOCKS, true),
    jsonld("jsonld", RDFFormat.JSONLD, true),
    rdfxml("rdf", RDFFormat.RDFXML_PLAIN, false);

    /** The file name extension, without the dot. */
    public final String extension;
    private final RDFFormat format;
    private final boolean keepsGraphs;

    ExportFormat(String extension, RDFFormat format, boolean keepsGraphs) {
        this.extension = extension;
        this.format = format;
        this.keepsGraphs = keepsGraphs;
    }

    /** The RIOT language, e.g. to name the format in a description. */
    public Lang lang() {
        return format.getLang();
    }

    /**
     * Writes a whole database as {@code build} makes them: named graphs whose union is stored as the
     * default graph, so triple formats read that graph and need no de-duplication (call inside a
     * read transaction).
     */
    public void write(DatasetGraph dataset, OutputStream out) {
        if (!keepsGraphs && !StreamRDFWriter.registered(format)) {
            // RDF/XML: Jena's plain writer reads the stored union straight from the store, without a copy
            RDFWriter.source(dataset.getDefaultGraph()).format(format).output(out);
            return;
        }
        QuadWriter writer = open(out, dataset.prefixes().getMapping());
        if (keepsGraphs) {
            // the named graphs only: the stored default graph repeats their union
            dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(writer::quad);
        } else {
            Iterator<Triple> union = dataset.getDefaultGraph().find();
            union.forEachRemaining(t -> writer.quad(Quad.create(Quad.defaultGraphIRI, t)));
        }
        writer.finish();
    }

    /** A writer that takes quads as they come; {@link QuadWriter#finish()} completes the output. */
    public QuadWriter open(OutputStream out, Map<String, String> prefixes) {
        if (this == jsonld) {
            return new JsonLdStreamWriter(out, prefixes);
        }
        if (StreamRDFWriter.registered(format)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            prefixes.forEach(stream::prefix);
            return new QuadWriter() {
                @Override
                public void quad(Quad q) {
                    if (keepsGraphs) {
                        stream.quad(q);
                    } else {
                        stream.triple(q.asTriple());
                    }
                }

                @Override
                public void finish() {
                    stream.finish();
                }
            };
        }
        DatasetGraph buffer = DatasetGraphFactory.createTxnMem();
        buffer.prefixes().putAll(PrefixMapFactory.create(prefixes));
        return new QuadWriter() {
            @Override
            public void quad(Quad q) {
                if (keepsGraphs) {
                    buffer.add(q);
                } else {
                    buffer.getDefaultGraph().add(q.asTriple());
                }
            }

            @Override
            public void finish() {
                if (keepsGraphs) {
                    RDFWriter.source(buffer).format(format).output(out);
                } else {
                    RDFWriter.source(buffer.getDefaultGraph()).format(format).output(out);
                }
            }
        };
    }

    public interface QuadWriter {
        void quad(Quad quad);

        void finish();
    }
}
