package org.asiasec.kg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A Markdown table, so a report can be pasted into BENCHMARKS.md as it is. */
final class Table {

    private final String[] columns;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... columns) {
        this.columns = columns;
    }

    void row(String... cells) {
        rows.add(cells);
    }

    void print(PrintWriter out) {
        out.println(line(columns));
        out.println(line(java.util.Arrays.stream(columns).map(c -> "---").toArray(String[]::new)));
        rows.forEach(r -> out.println(line(r)));
    }

    /** Text made safe for one cell: one line, no column separator. */
    static String cell(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replace("|", "\\|");
    }

    private static String line(String[] cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(c).append(" |");
        }
        return b.toString();
    }
}
