package org.asiasec.kg.corpus;

import static org.asiasec.kg.corpus.TextDecoderTest.assertOneLineNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asiasec.kg.UserException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private final CorpusReader reader = new CorpusReader();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    @DisplayName("a folder lists .txt/.text/.md/.markdown texts sorted, skipping sources.tsv, hidden and extensionless files")
    void listsTexts() throws IOException {
        write("b.txt", "乙");
        write("a.md", "甲");
        write("子目录/c.TEXT", "丙");
        write("d.markdown", "丁");
        write(MetadataCatalog.FILE_NAME, "file\ttitle\n");
        write(".hidden.txt", "隐");
        write(".git/e.txt", "隐");
        write("README", "说明");
        write("image.png", "x");
        assertEquals(List.of("a.md", "b.txt", "d.markdown", "c.TEXT"), names(reader.listTexts(List.of(dir))));
    }

    @Test
    @DisplayName("file names with spaces and Chinese characters work, as folder content and as direct input")
    void unusualNames() throws IOException {
        Path file = write("亚信 峰会 (2014).txt", "亚信第四次峰会在上海举行。");
        assertEquals(List.of("亚信 峰会 (2014).txt"), names(reader.listTexts(List.of(dir))));
        SourceText text = reader.read(reader.listTexts(List.of(file)).get(0), MetadataCatalog.empty());
        assertEquals("亚信 峰会 (2014).txt", text.fileName());
        assertEquals("亚信第四次峰会在上海举行。", text.text());
    }

    @Test
    @DisplayName("a file named directly is read whatever its extension; the same file twice is listed once")
    void directFiles() throws IOException {
        Path file = write("notes", "文本");
        assertEquals(List.of(file), reader.listTexts(List.of(file, file)));
    }

    @Test
    @DisplayName("a shell glob such as corpus/* may name sources.tsv: it is not read as a text")
    void globIncludingCatalogue() throws IOException {
        Path text = write("a.txt", "文本");
        Path catalogue = write(MetadataCatalog.FILE_NAME, "file\ttitle\n");
        assertEquals(List.of(text), reader.listTexts(List.of(text, catalogue)));
        assertThrows(UserException.class, () -> reader.listTexts(List.of(catalogue)));
    }

    @Test
    @DisplayName("missing path → one-line error naming it")
    void missingPath() {
        Path missing = dir.resolve("没有这个目录");
        assertOneLineNaming(assertThrows(UserException.class, () -> reader.listTexts(List.of(missing))), missing);
    }

    @Test
    @DisplayName("empty folder → 'no texts found in …'")
    void emptyFolder() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("空"));
        UserException e = assertThrows(UserException.class, () -> reader.listTexts(List.of(empty)));
        assertOneLineNaming(e, empty);
        assertTrue(e.getMessage().startsWith("no texts found in "), e.getMessage());
    }

    @Test
    @DisplayName("two texts with the same file name in different folders are refused")
    void duplicateNames() throws IOException {
        write("a/同名.txt", "一");
        write("b/同名.txt", "二");
        UserException e = assertThrows(UserException.class, () -> reader.listTexts(List.of(dir)));
        assertTrue(e.getMessage().contains("同名.txt"), e.getMessage());
    }

    @Test
    @DisplayName("a bad or empty file in a folder: read throws naming it; readOrSkip reports it and the others are read")
    void badFileIsSkippable() throws IOException {
        write("a.txt", "上海合作组织成立于2001年。");
        Path png = dir.resolve("b.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        write("c.txt", " \n\uFEFF\u3000\n");
        List<Path> files = reader.listTexts(List.of(dir));
        assertOneLineNaming(assertThrows(UserException.class, () -> reader.read(png, MetadataCatalog.empty())), png);

        List<UserException> skipped = new ArrayList<>();
        List<String> read = files.stream()
                .map(f -> reader.readOrSkip(f, MetadataCatalog.empty(), skipped::add))
                .flatMap(Optional::stream).map(SourceText::fileName).toList();
        assertEquals(List.of("a.txt"), read);
        assertEquals(2, skipped.size());
        assertTrue(skipped.get(0).getMessage().contains("b.txt"));
        assertFalse(skipped.get(0) instanceof EmptyTextException);
        assertEquals(dir.resolve("c.txt") + " is empty: it holds no text", skipped.get(1).getMessage());
        assertTrue(skipped.get(1) instanceof EmptyTextException);
    }

    @Test
    @DisplayName("metadata is attached by file name")
    void metadata() throws IOException {
        Path file = write("a.txt", "文本");
        write(MetadataCatalog.FILE_NAME, "file\ttitle\tcreator\tdate\tpublisher\tlanguage\na.txt\t标题\t作者\t2017-01\t出版者\tzh\n");
        SourceText text = reader.read(file, MetadataCatalog.forInputs(List.of(dir)));
        assertEquals("标题", text.metadata().title());
        assertEquals("2017-01", text.metadata().date());
    }
}
