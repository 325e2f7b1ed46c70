package org.asiasec.kg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.corpus.TextDecoder;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.rdf.RdfMapper;
import org.asiasec.kg.store.ExportFormat;

/**
 * The extractor as an executor JVM holds it: HanLP, the lexicon and the recognisers are loaded once per
 * JVM, on first use (a static holder), and shared by the tasks that JVM runs, as {@code build} shares one
 * extractor among its threads. Each text then goes through the same steps as in {@code extract}: decoding,
 * its {@code sources.tsv} row, the extractor, {@link RdfMapper}, and Jena's N-Quads writer, so the lines are
 * the ones {@code extract --format nq} writes.
 */
final class ExecutorExtraction {

    private static final String STAX_FACTORY = "javax.xml.stream.XMLInputFactory";

    private static final class Holder {
        static final Extractor EXTRACTOR = load();

        private static Extractor load() {
            // Spark brings Woodstox, which would become Jena's StAX parser and make Jena log an error about a
            // property Woodstox does not know; Hadoop asks for Woodstox by name, so the JDK's parser can be the default.
            if (System.getProperty(STAX_FACTORY) == null) {
                System.setProperty(STAX_FACTORY, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
            }
            JenaSystem.init();
            return new StandardExtractor();
        }
    }

    /** Parsed metadata catalogues by their text: one per JVM, whatever the number of tasks. */
    private static final Map<String, MetadataCatalog> CATALOGS = new ConcurrentHashMap<>();

    private ExecutorExtraction() {
    }

    /** Extracts a text given as bytes in any supported encoding (a file of a folder). */
    static ExtractedText fromBytes(String name, byte[] bytes, String base, String sourcesTsv) {
        String text;
        try {
            text = new TextDecoder().decode(bytes, name).text();
        } catch (UserException e) {
            return new ExtractedText(name, "", 0, e.getMessage());
        }
        return fromText(name, text, base, sourcesTsv);
    }

    /** Extracts a text given as a string (a row of a table). */
    static ExtractedText fromText(String name, String text, String base, String sourcesTsv) {
        SourceText source = new SourceText(name, text, catalog(sourcesTsv).lookup(name));
        IriScheme iris = new IriScheme(base);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportFormat.QuadWriter writer = ExportFormat.nq.open(bytes, Map.of());
        long[] quads = {0};
        try {
            // the graph rule of CorpusPipeline: a triple without a graph belongs to the text's own graph
            Holder.EXTRACTOR.extract(source, new RdfMapper(iris, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    writer.quad(quad);
                    quads[0]++;
                }

                @Override
                public void triple(Triple triple) {
                    quad(Quad.create(iris.source(name), triple));
                }
            }));
        } catch (UserException e) {
            return new ExtractedText(name, "", 0, e.getMessage());
        }
        writer.finish();
        String nquads = bytes.toString(StandardCharsets.UTF_8);
        // the text writer ends each row with a line break of its own
        return new ExtractedText(name, nquads.endsWith("\n") ? nquads.substring(0, nquads.length() - 1) : nquads, quads[0], null);
    }

    private static MetadataCatalog catalog(String sourcesTsv) {
        if (sourcesTsv == null || sourcesTsv.isEmpty()) {
            return MetadataCatalog.empty();
        }
        return CATALOGS.computeIfAbsent(sourcesTsv, tsv -> MetadataCatalog.parse(tsv, MetadataCatalog.FILE_NAME));
    }
}
