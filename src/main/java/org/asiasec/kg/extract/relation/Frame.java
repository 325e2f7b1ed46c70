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
public final class Frame {

    private final String name;
    private final String kind;
    private final Map<String, String> triggers;
    private final String slots;
    private final String example;
    /** Made once from the triggers: rules ask for it on every sentence. */
    private final List<String> wordsLongestFirst;

    public Frame(String name, String kind, Map<String, String> triggers, String slots, String example) {
        this.name = name;
        this.kind = kind;
        this.triggers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(triggers));
        this.slots = slots;
        this.example = example;
        List<String> words = new ArrayList<>(triggers.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.wordsLongestFirst = List.copyOf(words);
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    /** Each trigger word and what it says about the frame's slot, in the order of the frames file. */
    public Map<String, String> triggers() {
        return triggers;
    }

    public String slots() {
        return slots;
    }

    public String example() {
        return example;
    }

    /** The trigger words, longest first, so that 创始成员国 is read before 成员国 at the same place. */
    public List<String> wordsLongestFirst() {
        return wordsLongestFirst;
    }

    /** What {@code word} says about the frame's slot (a role), or the empty string. */
    public String valueOf(String word) {
        return triggers.getOrDefault(word, "");
    }
}
