package org.asiasec.kg.extract.relation;

import java.util.HashMap;
import java.util.Map;

import org.asiasec.kg.model.Entity;

/**
 * What the sentences of one text have said so far about meetings: which year goes with an
 * ordinal or a city of a mechanism's meetings, and which meeting was named last (for 此次峰会).
 */
final class MeetingMemory {

    private final Map<String, Integer> yearByName = new HashMap<>();
    private NamedMeeting last;
    private final java.util.List<NamedMeeting> named = new java.util.ArrayList<>();

    Integer yearOf(Entity mechanism, String kind, Integer ordinal, Entity where) {
        Integer byOrdinal = ordinal == null ? null : yearByName.get(name(mechanism, kind, "n" + ordinal));
        if (byOrdinal != null) {
            return byOrdinal;
        }
        return where == null ? null : yearByName.get(name(mechanism, kind, where.key()));
    }

    void remember(Entity mechanism, String kind, Integer ordinal, Entity where, Integer year) {
        if (year == null) {
            return;
        }
        if (ordinal != null) {
            yearByName.put(name(mechanism, kind, "n" + ordinal), year);
        }
        if (where != null) {
            yearByName.put(name(mechanism, kind, where.key()), year);
        }
    }

    /** Dates finer than a year said of each meeting key, and the bare years held back until the text ends. */
    private final Map<String, java.util.Set<String>> preciseDates = new HashMap<>();
    private final java.util.List<HeldYear> heldYears = new java.util.ArrayList<>();

    record HeldYear(String meeting, Statements statements, org.asiasec.kg.extract.time.DateMention date) {
    }

    void preciseDate(String meeting, String lexical) {
        preciseDates.computeIfAbsent(meeting, k -> new java.util.TreeSet<>()).add(lexical);
    }

    void holdYear(HeldYear year) {
        heldYears.add(year);
    }

    /** The held-back years that no finer date of the same meeting in this text refines. */
    java.util.List<HeldYear> unrefinedYears() {
        return heldYears.stream().filter(h -> preciseDates.getOrDefault(h.meeting(), java.util.Set.of()).stream()
                .noneMatch(d -> d.startsWith(h.date().from().lexical()))).toList();
    }

    /** The meeting noun of the list heading the text is under (外长会议 of 【历次外长会议】), or null. */
    private String seriesHead;
    /** Whether the sentences are the rows of a table whose head row said 届次. */
    private boolean inTable;

    String seriesHead() {
        return seriesHead;
    }

    void seriesHead(String head) {
        seriesHead = head;
    }

    boolean inTable() {
        return inTable;
    }

    void inTable(boolean rows) {
        inTable = rows;
    }

    /** The mechanisms the text has named so far, the last first. */
    private final java.util.List<Entity> mechanisms = new java.util.ArrayList<>();

    void mechanismsNamed(java.util.List<Entity> named) {
        for (Entity e : named) {
            mechanisms.removeIf(m -> m.key().equals(e.key()));
            mechanisms.add(0, e);
        }
    }

    /** The mechanism named last whose name says {@code word} (对话会 of 香格里拉对话会), or null. */
    Entity lastMechanismSaying(String word) {
        return mechanisms.stream().filter(m -> m.labelZh() != null && m.labelZh().contains(word)).findFirst().orElse(null);
    }

    NamedMeeting last() {
        return last;
    }

    void last(NamedMeeting meeting) {
        last = meeting;
    }

    void named(NamedMeeting meeting) {
        named.add(meeting);
    }

    java.util.List<NamedMeeting> named() {
        return java.util.Collections.unmodifiableList(named);
    }

    private static String name(Entity mechanism, String kind, String part) {
        return mechanism.key() + "|" + kind + "|" + part;
    }
}
