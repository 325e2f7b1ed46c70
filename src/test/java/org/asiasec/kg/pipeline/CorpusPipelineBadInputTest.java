package org.asiasec.kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.rdf.IriScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the pipeline does with texts it cannot read or cannot hold in memory. */
class CorpusPipelineBadInputTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final Extractor NOTHING = (source, sink) -> {
        sink.start(source);
        sink.finish(source);
    };

    @TempDir
    Path corpus;

    @Test
    @DisplayName("by default an unreadable text stops the run, naming the file")
    void strictByDefault() throws IOException {
        List<Path> files = List.of(text("甲.txt"), png("乙.txt"));
        var e = assertThrows(UserException.class,
                () -> new CorpusPipeline(NOTHING, IriScheme.standard(), 2).run(files, new RecordingSink()));
        assertTrue(e.getMessage().contains("乙.txt: not a text file"), e.getMessage());
    }

    @Test
    @DisplayName("skipping: unreadable texts are reported in file order and left out, the others come through")
    void skipping() throws IOException {
        List<Path> files = List.of(png("a.txt"), text("b.txt"), png("c.txt"), text("d.txt"));
        List<String> skipped = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        new CorpusPipeline(NOTHING, IriScheme.standard(), 2)
                .skippingUnreadable(e -> skipped.add(e.getMessage()))
                .run(files, new RecordingSink() {
                    @Override
                    public void end(SourceText source, long quads, int d, int total) {
                        read.add(source.fileName());
                        done.add(d);
                    }
                });
        assertEquals(List.of("b.txt", "d.txt"), read);
        assertEquals(List.of(2, 4), done, "progress counts the skipped texts as done");
        assertEquals(2, skipped.size());
        assertTrue(skipped.get(0).startsWith(files.get(0) + ": not a text file"), skipped.toString());
        assertTrue(skipped.get(1).startsWith(files.get(2) + ": not a text file"), skipped.toString());
    }

    @Test
    @DisplayName("a text too large to extract in the heap is a one-line error naming it, not an OutOfMemoryError")
    void outOfMemory() throws IOException {
        Path big = text("大.txt");
        Extractor greedy = (source, sink) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        var e = assertThrows(UserException.class,
                () -> new CorpusPipeline(greedy, IriScheme.standard(), 1).run(List.of(big), new RecordingSink()));
        assertTrue(e.getMessage().startsWith(big + ": not enough memory to extract this text"), e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
    }

    private Path text(String name) throws IOException {
        return Files.writeString(corpus.resolve(name), "亚信第四次峰会于2014年5月在上海举行。");
    }

    private Path png(String name) throws IOException {
        return Files.write(corpus.resolve(name), PNG);
    }
}
