package org.asiasec.kg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.asiasec.kg.UserException;

/** Finds the text files among the inputs (files or folders) and reads them with their metadata. */
public class CorpusReader {

    private final TextDecoder decoder = new TextDecoder();

    /** Every {@code .txt}/{@code .md} file under the inputs, sorted, so builds are deterministic. */
    public List<Path> listTexts(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UserException("no such file or folder: " + input);
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(CorpusReader::isText).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UserException("cannot list " + input + ": " + e.getMessage(), e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    public SourceText read(Path file, MetadataCatalog catalog) {
        String name = file.getFileName().toString();
        return new SourceText(name, decoder.decode(file), catalog.lookup(name));
    }

    private static boolean isText(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".txt") || n.endsWith(".md");
    }
}
