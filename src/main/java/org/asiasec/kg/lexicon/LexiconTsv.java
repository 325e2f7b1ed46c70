package org.asiasec.kg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.asiasec.kg.UserException;
import org.asiasec.kg.model.EntityType;

/**
 * Reads one lexicon file: tab-separated, a header row {@code key type kind zh aliases en acronym wikidata},
 * lines starting with {@code #} are comments, aliases separated by {@code |}, empty cells mean unknown.
 */
final class LexiconTsv {

    private static final int COLUMNS = 8;

    private LexiconTsv() {
    }

    static List<LexiconEntry> read(BufferedReader in, String fileName) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        String line;
        int number = 0;
        boolean header = true;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("key\t")) {
                    continue;
                }
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), COLUMNS);
            try {
                entries.add(new LexiconEntry(required(cells[0]), EntityType.fromClassName(required(cells[1])),
                        optional(cells[2]), required(cells[3]), aliases(cells[4]),
                        optional(cells[5]), optional(cells[6]), optional(cells[7])));
            } catch (IllegalArgumentException e) {
                throw new UserException("lexicon " + fileName + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static String required(String cell) {
        String v = optional(cell);
        if (v == null) {
            throw new IllegalArgumentException("missing value");
        }
        return v;
    }

    private static String optional(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    private static List<String> aliases(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
