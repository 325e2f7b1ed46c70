package org.asiasec.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.hankcs.hanlp.HanLP;

class NormalisedTextTest {

    static Stream<Path> corpusTexts() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("corpus"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, files.size(), "the five corpus texts");
        return files.stream();
    }

    @Test
    @DisplayName("the int[] constructor maps each analysis char to one original char")
    void fromArray() {
        NormalisedText t = new NormalisedText("亚信会", new int[] {0, 2, 3}, 5, List.of(new Block(Block.Kind.PARAGRAPH, 0, 3)));
        assertEquals(2, t.toOriginal(1));
        assertEquals(0, t.originalStart(0));
        assertEquals(3, t.originalEnd(2));
        assertEquals(4, t.originalEnd(3));
        assertEquals(5, t.originalStart(3), "the end of the view maps to the end of the original");
    }

    @ParameterizedTest
    @MethodSource("corpusTexts")
    @DisplayName("every analysis char maps inside the original; Han chars map to the same (or traditional) char")
    void everyCharMapsBack(Path file) {
        String original = new TextDecoder().decode(file);
        NormalisedText t = new TextNormaliser().normalise(original);
        String view = t.analysisText();
        for (int i = 0; i < view.length(); i++) {
            int o = t.toOriginal(i);
            assertTrue(o >= 0 && o <= original.length() && t.originalEnd(i + 1) <= original.length(), file + " @" + i);
            char c = view.charAt(i);
            if (CjkChars.isHan(c)) {
                char source = original.charAt(o);
                assertTrue(source == c || HanLP.convertToSimplifiedChinese(String.valueOf(source)).equals(String.valueOf(c)),
                        file + " @" + i + ": " + c + " maps to " + source);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("corpusTexts")
    @DisplayName("random spans inside a block map to ordered spans within bounds; blocks keep text order")
    void randomSpansAreMonotonic(Path file) {
        String original = new TextDecoder().decode(file);
        NormalisedText t = new TextNormaliser().normalise(original);
        Random random = new Random(file.getFileName().toString().hashCode());
        for (Block b : t.blocks()) {
            for (int i = b.start() + 1; i < b.end(); i++) {
                assertTrue(t.toOriginal(i - 1) < t.toOriginal(i), file + ": map not increasing at " + i);
            }
            for (int k = 0; k < 20; k++) {
                int s = b.start() + random.nextInt(b.end() - b.start());
                int e = s + 1 + random.nextInt(b.end() - s);
                int os = t.originalStart(s);
                int oe = t.originalEnd(e);
                assertTrue(0 <= os && os < oe && oe <= original.length(), file + ": [" + s + "," + e + ")");
            }
        }
        // Notes that interrupted a paragraph are placed after it; each kind on its own keeps text order.
        for (boolean notes : new boolean[] {false, true}) {
            int previousEnd = -1;
            for (Block b : t.blocks()) {
                if ((b.kind() == Block.Kind.FOOTNOTE) == notes) {
                    assertTrue(t.originalStart(b.start()) >= previousEnd, file + ": block order at " + b);
                    previousEnd = t.originalEnd(b.end());
                }
            }
        }
    }
}
