package org.asiasec.kg.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.asiasec.kg.UserException;

/**
 * The corpus metadata file ({@code sources.tsv}): title, creator, date, publisher and language per
 * file name.
 *
 * <p>Format: UTF-8 (or any encoding {@link TextDecoder} detects), tab-separated; lines starting
 * with {@code #} and blank lines are ignored; the first other line is the header naming the
 * columns {@code file, title, creator, date, publisher, language} (in any order; {@code file} is
 * required, others may be missing). An empty value or {@code unknown} means unknown; a missing
 * language means {@code zh}. Dates must be {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} and
 * real calendar dates. Any problem is a one-line {@link UserException} with the file and line number.
 */
public class MetadataCatalog {

    public static final String FILE_NAME = "sources.tsv";

    private static final List<String> COLUMNS = List.of("file", "title", "creator", "date", "publisher", "language");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

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
        return Files.isRegularFile(file) ? parse(new TextDecoder().decode(file), file.toString()) : empty();
    }

    /**
     * The catalogues next to the inputs, merged: each folder's own {@code sources.tsv}, and for a
     * file named directly, the one in its folder.
     *
     * @throws UserException if two catalogues describe the same file name differently
     */
    public static MetadataCatalog forInputs(List<Path> inputs) {
        Map<String, SourceMetadata> merged = new HashMap<>();
        for (Path input : inputs) {
            Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
            if (folder == null) {
                continue;
            }
            load(folder).byFileName.forEach((name, metadata) -> {
                SourceMetadata before = merged.putIfAbsent(name, metadata);
                if (before != null && !before.equals(metadata)) {
                    throw new UserException("two " + FILE_NAME + " files describe " + name + " differently");
                }
            });
        }
        return new MetadataCatalog(merged);
    }

    /**
     * Parses catalogue text; {@code name} is used in error messages.
     *
     * @throws UserException on a missing header column, a short row, a duplicate file or a bad date
     */
    public static MetadataCatalog parse(String text, String name) {
        Map<String, SourceMetadata> rows = new HashMap<>();
        Map<String, Integer> column = null;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (n + 1);
            String[] cells = line.split("\t", -1);
            if (column == null) {
                column = header(cells, where);
                continue;
            }
            int needed = column.values().stream().mapToInt(i -> i + 1).max().orElse(1);
            if (cells.length < needed) {
                throw new UserException(where + ": expected " + needed + " tab-separated columns, found "
                        + cells.length);
            }
            String file = cells[column.get("file")].strip();
            if (file.isEmpty()) {
                throw new UserException(where + ": empty file name");
            }
            String date = cell(cells, column, "date");
            if (date != null) {
                checkDate(date, where);
            }
            String language = cell(cells, column, "language");
            SourceMetadata metadata = new SourceMetadata(file, cell(cells, column, "title"),
                    cell(cells, column, "creator"), date, cell(cells, column, "publisher"),
                    language == null ? "zh" : language);
            if (rows.putIfAbsent(file, metadata) != null) {
                throw new UserException(where + ": " + file + " is described twice");
            }
        }
        return new MetadataCatalog(rows);
    }

    /** The metadata of a file, or {@link SourceMetadata#unknown} if the catalogue does not list it. */
    public SourceMetadata lookup(String fileName) {
        return byFileName.getOrDefault(fileName, SourceMetadata.unknown(fileName));
    }

    /** Whether the catalogue lists this file name. */
    public boolean describes(String fileName) {
        return byFileName.containsKey(fileName);
    }

    private static Map<String, Integer> header(String[] cells, String where) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String title = cells[i].strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(title)) {
                column.put(title, i);
            }
        }
        if (!column.containsKey("file")) {
            throw new UserException(where + ": the header needs a 'file' column (columns: "
                    + String.join(", ", COLUMNS) + ")");
        }
        return column;
    }

    private static String cell(String[] cells, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= cells.length) {
            return null;
        }
        String value = cells[i].strip();
        return value.isEmpty() || value.equalsIgnoreCase("unknown") ? null : value;
    }

    private static void checkDate(String date, String where) {
        String problem = null;
        if (!DATE.matcher(date).matches()) {
            problem = "is not yyyy, yyyy-mm or yyyy-mm-dd";
        } else {
            try {
                switch (date.length()) {
                    case 7 -> YearMonth.parse(date);
                    case 10 -> LocalDate.parse(date);
                    default -> {
                    }
                }
            } catch (DateTimeException e) {
                problem = "is not a real date";
            }
        }
        if (problem != null) {
            throw new UserException(where + ": date '" + date + "' " + problem);
        }
    }
}
