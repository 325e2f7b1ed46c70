package org.asiasec.kg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.asiasec.kg.UserException;

/**
 * Finds the text files among the inputs (files or folders) and reads them with their metadata.
 *
 * <p>Which files count as texts:
 * <ul>
 * <li>A file named directly as an input is read whatever its name (the decoder rejects binary
 * content) — except the metadata file {@value MetadataCatalog#FILE_NAME}, so that {@code corpus/*}
 * works.</li>
 * <li>In a folder (searched recursively), files ending in {@code .txt}, {@code .text}, {@code .md}
 * or {@code .markdown} (any case). Files without an extension are skipped — in practice they are
 * README or LICENSE files, not corpus texts. Hidden files and folders (name starting with a dot)
 * and the metadata file {@value MetadataCatalog#FILE_NAME} are skipped too.</li>
 * </ul>
 * Texts come in input order, each folder's texts sorted by path, so builds are deterministic; a
 * file reached twice is listed once. File names
 * identify sources ({@link SourceText#fileName()}), so two texts with the same file name are an error.
 */
public class CorpusReader {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");

    private final TextDecoder decoder = new TextDecoder();

    /**
     * Every text among the inputs.
     *
     * @throws UserException if an input does not exist, a folder holds no text, or two texts share a name
     */
    public List<Path> listTexts(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw new UserException("no input given: name a corpus folder or text files");
        }
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UserException("no such file or folder: " + input);
            }
            if (Files.isDirectory(input)) {
                List<Path> found = textsIn(input);
                if (found.isEmpty()) {
                    throw new UserException("no texts found in " + input
                            + " (looked for " + String.join(", ", sortedExtensions()) + " files)");
                }
                found.forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
            } else if (!isCatalogue(input)) {
                files.putIfAbsent(input.toAbsolutePath().normalize(), input);
            }
        }
        if (files.isEmpty()) {
            throw new UserException("no texts found in " + inputs);
        }
        List<Path> result = new ArrayList<>(files.values());
        requireUniqueNames(result);
        return result;
    }

    /**
     * Reads one text.
     *
     * @throws UserException naming the file if it cannot be read or is not text
     * @throws EmptyTextException if it holds no text at all
     */
    public SourceText read(Path file, MetadataCatalog catalog) {
        String name = file.getFileName().toString();
        String text = decoder.decode(file);
        if (EmptyTextException.isEmpty(text)) {
            throw new EmptyTextException(file);
        }
        return new SourceText(name, text, catalog.lookup(name));
    }

    /**
     * Reads one text, or reports why not and returns empty: for builds that skip a bad file with a
     * warning instead of stopping, e.g.
     * {@code reader.readOrSkip(file, catalog, e -> log.warn("skipped: {}", e.getMessage()))}.
     */
    public Optional<SourceText> readOrSkip(Path file, MetadataCatalog catalog, Consumer<UserException> onSkip) {
        try {
            return Optional.of(read(file, catalog));
        } catch (UserException e) {
            onSkip.accept(e);
            return Optional.empty();
        }
    }

    private static List<Path> textsIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !isHiddenBelow(folder, p))
                    .filter(Files::isRegularFile)
                    .filter(CorpusReader::isText)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHiddenBelow(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCatalogue(Path p) {
        return p.getFileName() != null && p.getFileName().toString().equals(MetadataCatalog.FILE_NAME);
    }

    static boolean isText(Path p) {
        String name = p.getFileName().toString();
        if (isCatalogue(p)) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<String> sortedExtensions() {
        return TEXT_EXTENSIONS.stream().sorted().map(e -> "." + e).toList();
    }

    private static void requireUniqueNames(List<Path> files) {
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            Path other = byName.putIfAbsent(file.getFileName().toString(), file);
            if (other != null) {
                throw new UserException("two texts share the file name " + file.getFileName() + " (" + other
                        + " and " + file + "); file names identify sources, rename one");
            }
        }
    }
}
