package org.asiasec.kg.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.asiasec.kg.UserException;

/** The corpus metadata file ({@code sources.tsv}): title, creator, date … per file name. */
public class MetadataCatalog {

    public static final String FILE_NAME = "sources.tsv";

    private final Map<String, SourceMetadata> byFileName;

    private MetadataCatalog(Map<String, SourceMetadata> byFileName) {
        this.byFileName = byFileName;
    }

    public static MetadataCatalog empty() {
        return new MetadataCatalog(Map.of());
    }

    /** Reads {@code sources.tsv} from a folder; a folder without one gives an empty catalogue. */
    public static MetadataCatalog load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, SourceMetadata> rows = new HashMap<>();
        try {
            boolean header = true;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 6) {
                    throw new UserException(file + ": expected 6 tab-separated columns in line: " + line);
                }
                rows.put(c[0], new SourceMetadata(c[0], blankToNull(c[1]), blankToNull(c[2]),
                        blankToNull(c[3]), blankToNull(c[4]), blankToNull(c[5])));
            }
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new MetadataCatalog(rows);
    }

    public SourceMetadata lookup(String fileName) {
        return byFileName.getOrDefault(fileName, SourceMetadata.unknown(fileName));
    }

    private static String blankToNull(String s) {
        return s.isBlank() || s.equals("unknown") ? null : s.strip();
    }
}
