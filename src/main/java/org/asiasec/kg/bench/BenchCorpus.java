package org.asiasec.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.io.IOX;

import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;

/**
 * The corpus the benchmark measures, and scaled copies of it: × N holds N copies of every text under
 * distinct file names (so each copy is a source of its own, with its own named graph) and a
 * {@code sources.tsv} giving every copy its original's metadata.
 */
final class BenchCorpus {

    private final Path folder;
    private final List<Path> texts;

    BenchCorpus(Path folder) {
        this.folder = folder;
        this.texts = new CorpusReader().listTexts(List.of(folder));
        if (texts.isEmpty()) {
            throw new UserException("no texts (*.txt, *.md) in " + folder);
        }
    }

    Path folder() {
        return folder;
    }

    /** The text files, in corpus order. */
    List<Path> files() {
        return texts;
    }

    int texts() {
        return texts.size();
    }

    /** The texts as the pipeline reads them (decoded, with metadata). */
    List<SourceText> read() {
        CorpusReader reader = new CorpusReader();
        MetadataCatalog catalog = MetadataCatalog.load(folder);
        return texts.stream().map(t -> reader.read(t, catalog)).toList();
    }

    /** {@code workDir/bench-corpus-xN}, made afresh. */
    Path scaled(int factor, Path workDir) {
        Path copy = workDir.resolve("bench-corpus-x" + factor);
        try {
            IOX.deleteAll(copy);
            Files.createDirectories(copy);
            Path catalog = folder.resolve(MetadataCatalog.FILE_NAME);
            List<String> rows = Files.isRegularFile(catalog) ? Files.readAllLines(catalog, StandardCharsets.UTF_8) : List.of();
            List<String> scaledRows = new ArrayList<>();
            boolean headerSeen = false;
            for (String row : rows) {
                if (row.isBlank() || row.startsWith("#") || !headerSeen) {
                    headerSeen |= !(row.isBlank() || row.startsWith("#"));
                    scaledRows.add(row);
                    continue;
                }
                String fileName = row.substring(0, Math.max(0, row.indexOf('\t')));
                for (int i = 0; i < factor; i++) {
                    scaledRows.add(copyName(fileName, i) + row.substring(fileName.length()));
                }
            }
            Files.write(copy.resolve(MetadataCatalog.FILE_NAME), scaledRows, StandardCharsets.UTF_8);
            for (Path text : texts) {
                for (int i = 0; i < factor; i++) {
                    Files.copy(text, copy.resolve(copyName(text.getFileName().toString(), i)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the scaled corpus " + copy, e);
        }
        return copy;
    }

    /** {@code 000_3b34.txt} → {@code 000_3b34-c007.txt}. */
    static String copyName(String fileName, int copy) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String extension = dot < 0 ? "" : fileName.substring(dot);
        return String.format("%s-c%03d%s", stem, copy, extension);
    }
}
