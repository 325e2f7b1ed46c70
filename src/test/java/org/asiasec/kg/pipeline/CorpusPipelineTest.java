package org.asiasec.kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Mention;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.rdf.RdfMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPipelineTest {

    @TempDir
    Path corpus;

    @Test
    @DisplayName("texts finishing out of order still come out in file-name order, each one whole")
    void deterministicOrder() throws Exception {
        List<Path> files = texts("甲.txt", "乙.txt", "丙.txt");
        CountDownLatch lastDone = new CountDownLatch(1);
        // the first text waits until the last one has been extracted, so completion order is reversed
        Extractor extractor = (source, sink) -> {
            sink.start(source);
            if (source.fileName().equals(files.get(0).getFileName().toString())) {
                await(lastDone);
            }
            sink.finish(source);
            if (source.fileName().equals(files.get(2).getFileName().toString())) {
                lastDone.countDown();
            }
        };
        RecordingSink sink = new RecordingSink();
        long quads = new CorpusPipeline(extractor, IriScheme.standard(), 3).run(files, sink);
        assertEquals(files.stream().map(p -> p.getFileName().toString()).toList(), sink.texts);
        assertEquals(quads, sink.quads.size());
        assertEquals(sink.quads.size(), sink.counts.stream().mapToLong(Long::longValue).sum());
        for (int i = 0; i < files.size(); i++) {
            Node graph = IriScheme.standard().source(sink.texts.get(i));
            assertTrue(sink.quadsOfText(i).stream().map(Quad::getGraph).allMatch(graph::equals), "a text's quads are in its own graph");
        }
    }

    @Test
    @DisplayName("the text the output is at streams its quads while it is still being extracted")
    void streamsBeforeTheTextIsFinished() throws Exception {
        List<Path> files = texts("甲.txt");
        CountDownLatch firstQuadOut = new CountDownLatch(1);
        boolean[] outBeforeFinish = {false};
        Extractor extractor = (source, sink) -> {
            sink.start(source);
            outBeforeFinish[0] = await(firstQuadOut);
            sink.finish(source);
        };
        RecordingSink sink = new RecordingSink() {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                firstQuadOut.countDown();
            }
        };
        new CorpusPipeline(extractor, IriScheme.standard(), 1).run(files, sink);
        assertTrue(outBeforeFinish[0], "a quad reached the output before the extractor finished the text");
    }

    @Test
    @DisplayName("texts finished ahead of their turn, larger than the memory buffer, come out whole and in the order produced")
    void textsAheadOfTheirTurn() throws Exception {
        List<Path> files = texts("甲.txt", "乙.txt", "丙.txt");
        CountDownLatch othersDone = new CountDownLatch(2);
        Extractor extractor = (source, sink) -> {
            sink.start(source);
            if (source.fileName().equals(files.get(0).getFileName().toString())) {
                await(othersDone);
            }
            sink.entity(new Entity("CICA", EntityType.MECHANISM, "Conference", "亚信会议", null, new TreeSet<>(), null));
            for (int i = 0; i < 300; i++) { // one reading per rule: an evidence node of 9 quads each
                sink.mention(new Mention("CICA", "亚信", 0, 2, new Evidence(source.fileName(), 0, 2, "rule-" + i, 1)));
            }
            sink.finish(source);
            othersDone.countDown();
        };
        RecordingSink sink = new RecordingSink();
        long quads = new CorpusPipeline(extractor, IriScheme.standard(), 3, 16).run(files, sink);

        assertEquals(files.stream().map(p -> p.getFileName().toString()).toList(), sink.texts);
        RecordingSink direct = new RecordingSink();
        for (int i = 0; i < files.size(); i++) {
            SourceText source = sink.sources.get(i);
            extractor.extract(source, new RdfMapper(IriScheme.standard(), direct.asStream()));
            assertEquals(direct.quads, sink.quadsOfText(i), "the quads of " + source.fileName() + ", in order");
            assertTrue(sink.quadsOfText(i).size() > 16 * 100);
            direct.quads.clear();
        }
        assertEquals(sink.quads.size(), quads);
    }

    @Test
    @DisplayName("an extractor failure stops the run with that failure")
    void failurePropagates() throws Exception {
        List<Path> files = texts("a.txt", "b.txt");
        Extractor broken = new Extractor() {
            @Override
            public void extract(SourceText source, ExtractionSink sink) {
                throw new IllegalStateException("cannot read " + source.fileName());
            }
        };
        var e = assertThrows(IllegalStateException.class,
                () -> new CorpusPipeline(broken, IriScheme.standard(), 2).run(files, new RecordingSink()));
        assertEquals("cannot read a.txt", e.getMessage());
    }

    private List<Path> texts(String... names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(Files.writeString(corpus.resolve(name), "亚信第四次峰会于2014年5月在上海举行。"));
        }
        return files.stream().sorted().toList();
    }

    /** Waits for the latch (false after a minute: what the test waits for never happened). */
    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
