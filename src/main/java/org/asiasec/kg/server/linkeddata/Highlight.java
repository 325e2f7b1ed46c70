package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Marks names in a sentence for display, escaping everything. */
final class Highlight {

    private Highlight() {
    }

    /** Every occurrence of any of the names, longest name first where two overlap. */
    static String mark(String sentence, List<String> names) {
        List<String> byLength = new ArrayList<>(names.stream().filter(n -> !n.isBlank()).distinct().toList());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] marked = new boolean[sentence.length()];
        for (String name : byLength) {
            for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length())) {
                boolean free = true;
                for (int i = at; i < at + name.length(); i++) {
                    free &= !marked[i];
                }
                if (free) {
                    for (int i = at; i < at + name.length(); i++) {
                        marked[i] = true;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sentence.length()) {
            int j = i;
            while (j < sentence.length() && marked[j] == marked[i]) {
                j++;
            }
            String part = Html.text(sentence.substring(i, j));
            out.append(marked[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }
        return out.toString();
    }
}
