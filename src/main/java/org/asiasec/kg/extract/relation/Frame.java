package org.asiasec.kg.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event frame of {@code ontology/frames/frames.tsv}: its trigger words, what each word says about
 * a slot (加入 → member, 观察员 → observer), the slots its rule fills, and an example input, so that
 * a reader sees what the rule is for without reading its code.
 */
public record Frame(String name, String kind, Map<String, String> triggers, String slots, String example,
        List<String> longestFirst) {

    public Frame(String name, String kind, Map<String, String> triggers, String slots, String example) {
        this(name, kind, triggers, slots, example, List.of());
    }

    /** {@code longestFirst} is always made here from the triggers: rules ask for it on every sentence. */
    public Frame {
        triggers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(triggers));
        List<String> words = new ArrayList<>(triggers.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        longestFirst = List.copyOf(words);
    }

    /** The trigger words, longest first, so that 创始成员国 is read before 成员国 at the same place. */
    public List<String> wordsLongestFirst() {
        return longestFirst;
    }

    /** What {@code word} says about the frame's slot (a role), or the empty string. */
    public String valueOf(String word) {
        return triggers.getOrDefault(word, "");
    }
}
