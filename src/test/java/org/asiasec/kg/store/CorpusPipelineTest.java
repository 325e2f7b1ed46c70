package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.Quad;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.rdf.IriScheme;
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
        List<String> order = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long quads = new CorpusPipeline(extractor, IriScheme.standard(), 3).run(files, (source, textQuads, done, total) -> {
            order.add(source.fileName());
            sizes.add(textQuads.size());
            assertTrue(textQuads.stream().map(Quad::getGraph).allMatch(IriScheme.standard().source(source.fileName())::equals),
                    "a text's quads are in its own graph");
        });
        assertEquals(files.stream().map(p -> p.getFileName().toString()).toList(), order);
        assertEquals(quads, sizes.stream().mapToLong(Integer::longValue).sum());
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
                () -> new CorpusPipeline(broken, IriScheme.standard(), 2).run(files, (s, q, d, t) -> { }));
        assertEquals("cannot read a.txt", e.getMessage());
    }

    private List<Path> texts(String... names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(Files.writeString(corpus.resolve(name), "亚信第四次峰会于2014年5月在上海举行。"));
        }
        return files.stream().sorted().toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the last text was never extracted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
