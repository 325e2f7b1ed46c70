package org.asiasec.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.corpus.TextNormaliser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a file on disk to sentences whose offsets point into the decoded original. */
class ReadingToSentencesTest {

    @TempDir
    Path dir;

    private final CorpusReader reader = new CorpusReader();

    private List<Sentence> sentencesOf(SourceText text) {
        return new SentenceSplitter().split(new TextNormaliser().normalise(text.text()));
    }

    @Test
    @DisplayName("GB18030 编码的繁体文本：句子为简体，偏移指向解码后的原文")
    void gb18030Traditional() throws IOException {
        String original = "上海合作組織成立於2001年6月。\n\n其前身是「上海五國」會晤機制。\n";
        Files.write(dir.resolve("繁体 文本.txt"), original.getBytes(Charset.forName("GB18030")));
        SourceText text = reader.read(reader.listTexts(List.of(dir)).get(0), MetadataCatalog.empty());
        assertEquals(original, text.text());
        NormalisedText view = new TextNormaliser().normalise(text.text());
        List<Sentence> sentences = new SentenceSplitter().split(view);
        assertEquals(List.of("上海合作组织成立于2001年6月。", "其前身是“上海五国”会晤机制。"),
                sentences.stream().map(Sentence::text).toList());
        Sentence second = sentences.get(1);
        assertEquals("其前身是「上海五國」會晤機制。",
                original.substring(view.originalStart(second.start()), view.originalEnd(second.end())));
    }

    @Test
    @DisplayName("UTF-16 文件得到与 UTF-8 相同的句子")
    void utf16() throws IOException {
        String original = "亚信第四次峰会在上海举行。会议通过了《上海宣言》。";
        Files.write(dir.resolve("le.txt"), original.getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("u8.txt"), original.getBytes(StandardCharsets.UTF_8));
        List<Path> files = reader.listTexts(List.of(dir));
        assertEquals(sentencesOf(reader.read(files.get(0), MetadataCatalog.empty())),
                sentencesOf(reader.read(files.get(1), MetadataCatalog.empty())));
    }

    @Test
    @DisplayName("空文件：一行说明“是空的”，不成为没有句子的文本；只有空白的文件同样")
    void emptyFile() throws IOException {
        Path file = Files.write(dir.resolve("空.txt"), new byte[0]);
        org.asiasec.kg.corpus.EmptyTextException empty = org.junit.jupiter.api.Assertions.assertThrows(
                org.asiasec.kg.corpus.EmptyTextException.class, () -> reader.read(file, MetadataCatalog.empty()));
        assertEquals(file + " is empty: it holds no text", empty.getMessage());
        Path blank = Files.write(dir.resolve("白.txt"), " \n\t\n".getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertThrows(org.asiasec.kg.corpus.EmptyTextException.class,
                () -> reader.read(blank, MetadataCatalog.empty()));
        Path text = Files.write(dir.resolve("一句.txt"), "上合组织成立。".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, sentencesOf(reader.read(text, MetadataCatalog.empty())).size());
    }
}
