package org.asiasec.kg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules' README shows every frame of ontology/frames/frames.tsv as the file has it. */
class FramesDocumentedTest {

    private static final Path README = Path.of("src/main/java/org/asiasec/kg/extract/relation/README.md");

    @Test
    @DisplayName("README 的框架表与 frames.tsv 一致")
    void everyFrameIsDocumentedWithItsExample() throws IOException {
        String readme = Files.readString(README);
        for (Frame f : FrameCatalog.standard().all()) {
            String row = "| `" + f.name() + "` | " + f.kind() + " | ";
            assertTrue(readme.contains(row), "README lacks the frame row: " + row);
            String line = readme.lines().filter(l -> l.startsWith(row)).findFirst().orElseThrow();
            assertTrue(line.endsWith("| " + f.slots() + " | " + f.example() + " |"),
                    "README row of " + f.name() + " differs from frames.tsv: " + line);
        }
    }

    @Test
    @DisplayName("未声明的框架名是编程错误，不是静默的空规则")
    void unknownFrameIsRefused() {
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FrameCatalog.standard().frame("no-such-frame"));
        org.junit.jupiter.api.Assertions.assertEquals("no frame 'no-such-frame' in ontology/frames/frames.tsv", refused.getMessage());
    }
}
