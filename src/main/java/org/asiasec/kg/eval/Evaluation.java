package org.asiasec.kg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.pipeline.CorpusPipeline;
import org.asiasec.kg.store.OntologyFiles;

/**
 * Runs the extractor over the texts that have gold, as {@code extract --format trig --out-dir} does
 * (the same pipeline, mapper and IRIs), and scores each text's graph, read together with the ontology
 * (for the subclasses of each type), against its gold. A text that cannot be read is scored as an empty
 * graph, as score.py scores a missing RDF file; gold with no text among the inputs is left out.
 */
public final class Evaluation {

    /** The figures of one text; {@code extracted} is false when it could not be read. */
    public record TextResult(String stem, boolean extracted, Tally tally, List<String> misses) {
    }

    private final Extractor extractor;
    private final Graph ontology;

    public Evaluation(Extractor extractor) {
        this.extractor = extractor;
        this.ontology = ontologyWithShapes();
    }

    /** Scores the texts among {@code files} that the gold has, in stem order; {@code warnings} hears of gold left out. */
    public List<TextResult> run(GoldSet gold, List<Path> files, Consumer<String> warnings) {
        Map<String, Path> textOf = new LinkedHashMap<>();
        for (Path file : files) {
            String stem = GoldSet.stem(file.getFileName().toString());
            if (gold.byStem().containsKey(stem) && textOf.put(stem, file) != null) {
                throw new UserException("two texts have the name " + stem + ": " + textOf.get(stem) + " and " + file);
            }
        }
        Map<String, TextResult> results = new LinkedHashMap<>();
        List<Path> toExtract = new ArrayList<>(textOf.values());
        if (!toExtract.isEmpty()) {
            CorpusPipeline pipeline = new CorpusPipeline(extractor, IriScheme.standard())
                    .skippingUnreadable(e -> warnings.accept("warning: skipped " + e.getMessage()));
            pipeline.run(toExtract, new CorpusPipeline.TextSink() {
                private Graph text;

                @Override
                public void begin(SourceText source) {
                    text = GraphFactory.createDefaultGraph();
                }

                @Override
                public void quad(Quad quad) {
                    text.add(quad.asTriple()); // the union of the text's graphs, as score.py reads a TriG file
                }

                @Override
                public void end(SourceText source, long quads, int done, int total) {
                    String stem = GoldSet.stem(source.fileName());
                    TextScorer.Result r = TextScorer.score(gold.byStem().get(stem), new GraphIndex(new Union(text, ontology)));
                    results.put(stem, new TextResult(stem, true, r.tally(), r.misses()));
                    text = null;
                }
            });
        }
        List<TextResult> inOrder = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        gold.byStem().forEach((stem, goldText) -> {
            TextResult r = results.get(stem);
            if (!textOf.containsKey(stem)) {
                leftOut.add(stem);
                return;
            }
            if (r == null) {
                warnings.accept("warning: " + stem + " could not be read: scored as an empty graph");
                TextScorer.Result empty = TextScorer.score(goldText, new GraphIndex(GraphFactory.createDefaultGraph()));
                r = new TextResult(stem, false, empty.tally(), empty.misses());
            }
            inOrder.add(r);
        });
        if (!leftOut.isEmpty()) {
            warnings.accept("warning: no text among the inputs for " + leftOut.size() + " gold files, left out: "
                    + String.join(", ", leftOut.subList(0, Math.min(5, leftOut.size()))) + (leftOut.size() > 5 ? ", …" : ""));
        }
        return inOrder;
    }

    /** The sum of the texts' figures. */
    public static Tally total(List<TextResult> results) {
        Tally total = new Tally();
        results.forEach(r -> total.addAll(r.tally()));
        return total;
    }

    /** What score.py reads with {@code --ontology ontology}: the ontology and the shapes (its only .ttl files). */
    private static Graph ontologyWithShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        OntologyFiles.sendOntology(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                g.add(quad.asTriple());
            }
        });
        OntologyFiles.shapes(null).find().forEach(g::add);
        return g;
    }
}
