package org.asiasec.kg.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.asiasec.kg.corpus.SourceText;

/** Keeps what a pipeline run gives, in the order given. */
class RecordingSink implements CorpusPipeline.TextSink {

    final List<SourceText> sources = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<Quad> quads = new ArrayList<>();
    final List<Long> counts = new ArrayList<>();
    private final List<Integer> textStarts = new ArrayList<>();

    @Override
    public void begin(SourceText source) {
        sources.add(source);
        textStarts.add(quads.size());
    }

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    @Override
    public void end(SourceText source, long count, int done, int total) {
        texts.add(source.fileName());
        counts.add(count);
    }

    /** The quads of the i-th text given. */
    List<Quad> quadsOfText(int i) {
        int end = i + 1 < textStarts.size() ? textStarts.get(i + 1) : quads.size();
        return quads.subList(textStarts.get(i), end);
    }

    /** This sink's quad list as a Jena stream. */
    StreamRDF asStream() {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
    }
}
