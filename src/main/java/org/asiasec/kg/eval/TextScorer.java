package org.asiasec.kg.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;

/**
 * Scores the graph of one text against its gold, rule for rule as {@code shared/devset/score.py}'s
 * {@code score_doc} does: entities, the gold facts found, dated meetings; {@link FactPrecision} judges
 * the facts the graph asserts. The comments name a rule where it is not obvious.
 */
final class TextScorer {

    /** Gold membership status → the properties that state it (a founding member is also a member). */
    static final Map<String, List<String>> MEMBER_PROPERTIES = Map.of(
            "member", List.of("memberOf", "foundingMemberOf"), "founding_member", List.of("foundingMemberOf"),
            "observer", List.of("observerOf"), "dialogue_partner", List.of("dialoguePartnerOf"), "chair", List.of("chairOf"));
    static final List<String> ALL_MEMBER_PROPERTIES = List.of("chairOf", "dialoguePartnerOf", "foundingMemberOf",
            "memberOf", "observerOf");

    private final GoldText gold;
    private final GraphIndex kg;
    private final GoldNames names;
    private final Tally tally = new Tally();
    private final List<String> misses = new ArrayList<>();

    private TextScorer(GoldText gold, GraphIndex kg) {
        this.gold = gold;
        this.kg = kg;
        this.names = new GoldNames(gold, kg);
    }

    /** The figures of one text, and what it missed or got wrong (entities, facts, then wrong facts). */
    record Result(Tally tally, List<String> misses) {
    }

    static Result score(GoldText gold, GraphIndex kg) {
        TextScorer s = new TextScorer(gold, kg);
        s.entities();
        s.facts();
        s.meetingPrecision();
        new FactPrecision(gold, kg, s.names, s.tally, s.misses).run();
        return new Result(s.tally, List.copyOf(s.misses));
    }

    private Set<Node> ents(String name, String type) {
        return names.nodes(name, type);
    }

    private List<String> namesOf(String name) {
        return names.of(name);
    }

    /**
     * Recall: the core entities of the six types found by any of their names with their type. Precision:
     * the nodes of each type named like a gold entity of that type, core or not.
     */
    private void entities() {
        Map<String, Set<String>> goldNorms = new LinkedHashMap<>();
        for (GoldEntity e : gold.entities()) {
            Set<String> norms = goldNorms.computeIfAbsent(e.type(), k -> new HashSet<>());
            names.of(e.name()).forEach(n -> norms.add(Matching.norm(n)));
        }
        for (GoldEntity e : gold.entities()) {
            if (!GraphIndex.ENTITY_TYPES.contains(e.type()) || !e.core()) {
                continue;
            }
            boolean hit = !kg.find(names.of(e.name()), e.type()).isEmpty();
            tally.add("ent:" + e.type(), hit);
            if (!hit) {
                misses.add("entity " + e.type() + " " + e.name());
            }
        }
        for (String t : GraphIndex.ENTITY_TYPES) {
            Set<String> goldOfType = goldNorms.getOrDefault(t, Set.of());
            for (Node node : kg.nodesOf(t)) {
                tally.add("prec:" + t, kg.labels(node).stream().anyMatch(goldOfType::contains));
            }
        }
    }

    private void facts() {
        for (GoldFact f : gold.facts()) {
            boolean[] found = switch (f.kind()) {
                case "meeting" -> meeting(f);
                case "document" -> document(f);
                case "membership" -> membership(f);
                case "founded" -> founded(f);
                case "concept_proposed" -> conceptProposed(f);
                case "concept_component" -> conceptComponent(f);
                case "participation" -> participation(f);
                default -> null;
            };
            if (found == null) {
                continue; // an unknown kind, or one with nothing beyond its entity to check
            }
            tally.add("fact:" + f.kind(), found[0]);
            tally.add("strict:" + f.kind(), found[1]);
            if (!found[0]) {
                misses.add("fact " + f.kind() + " " + Matching.head(f.text("evidence"), 60).replace("\n", " "));
            }
        }
    }

    /**
     * A meeting of the gold's mechanism (or, without one, named like the gold meeting) in the gold's
     * year; strictly, also the exact date, the ordinal and the place. A meeting of a body of the
     * mechanism (a mechanism with any property pointing at it, as its council of heads of state) counts.
     */
    private boolean[] meeting(GoldFact f) {
        boolean loose = false;
        boolean strict = false;
        Set<Node> named = ents(f.get("mechanism"), "Mechanism");
        Set<Node> mechs = named;
        if (named != null && !named.isEmpty()) {
            mechs = new HashSet<>(named);
            for (Node x : kg.nodesOf("Mechanism")) {
                if (kg.allObjects(x).stream().anyMatch(named::contains)) {
                    mechs.add(x);
                }
            }
        }
        Set<String> meetingNames = new HashSet<>();
        namesOf(f.get("meeting")).forEach(n -> meetingNames.add(Matching.norm(n)));
        for (Node m : kg.nodesOf("Meeting")) {
            if (mechs != null && !intersects(kg.objects(m, "mechanism"), mechs)) {
                continue;
            }
            if (mechs == null && kg.labels(m).stream().noneMatch(meetingNames::contains)) {
                continue;
            }
            Set<String> dates = kg.texts(m, "date");
            if (!Matching.dateMatches(dates, f.get("date"), false)) {
                continue;
            }
            loose = true;
            Set<Node> places = ents(f.get("place"), "Place");
            if (Matching.dateMatches(dates, f.get("date"), true)
                    && (f.get("ordinal") == null || kg.texts(m, "ordinal").contains(f.get("ordinal")))
                    && (places == null || kg.objects(m, "place").stream().anyMatch(places::contains))) {
                strict = true;
                break;
            }
        }
        return new boolean[] {loose, strict};
    }

    /** The document in the gold's year; strictly, the exact date and, if the gold names one, some meeting it was adopted at. */
    private boolean[] document(GoldFact f) {
        boolean loose = false;
        boolean strict = false;
        for (Node d : kg.find(namesOf(f.get("document")), "Document")) {
            Set<String> dates = kg.texts(d, "date");
            if (Matching.dateMatches(dates, f.get("date"), false)) {
                loose = true;
                if (Matching.dateMatches(dates, f.get("date"), true)
                        && (!f.has("adopted_at") || !kg.objects(d, "adoptedAt").isEmpty())) {
                    strict = true;
                }
            }
        }
        return new boolean[] {loose, strict};
    }

    /** Any membership property from the country (or organisation) to the mechanism; strictly, one of the gold status. */
    private boolean[] membership(GoldFact f) {
        boolean loose = false;
        boolean strict = false;
        Set<Node> countries = ents(f.get("country"), "Country");
        if (countries == null || countries.isEmpty()) {
            countries = ents(f.get("country"), "Mechanism");
        }
        Set<Node> mechs = ents(f.get("mechanism"), "Mechanism");
        List<String> statusProperties = MEMBER_PROPERTIES.getOrDefault(f.get("status"), List.of());
        for (Node c : countries == null ? Set.<Node>of() : countries) {
            if (ALL_MEMBER_PROPERTIES.stream().anyMatch(p -> intersects(kg.objects(c, p), mechs))) {
                loose = true;
            }
            if (statusProperties.stream().anyMatch(p -> intersects(kg.objects(c, p), mechs))) {
                strict = true;
            }
        }
        return new boolean[] {loose, strict};
    }

    /** The founding year and predecessor; strictly, the exact date. A founding with neither, nor a proposer, is not counted. */
    private boolean[] founded(GoldFact f) {
        if (!(f.has("date") || f.has("predecessor") || f.has("proposed_by"))) {
            return null;
        }
        boolean loose = false;
        boolean strict = false;
        for (Node m : kg.find(namesOf(f.get("mechanism")), "Mechanism")) {
            Set<String> dates = kg.texts(m, "foundedOn");
            Set<Node> predecessors = ents(f.get("predecessor"), "Mechanism");
            if (Matching.dateMatches(dates, f.get("date"), false)
                    && (predecessors == null || intersects(kg.objects(m, "predecessor"), predecessors))) {
                loose = true;
                strict = strict || Matching.dateMatches(dates, f.get("date"), true);
            }
        }
        return new boolean[] {loose, strict};
    }

    /** The proposer, some meeting if the gold names one, and the year; strictly, the exact date. */
    private boolean[] conceptProposed(GoldFact f) {
        if (!(f.has("by") || f.has("date") || f.has("at"))) {
            return null;
        }
        boolean loose = false;
        boolean strict = false;
        Set<Node> by = ents(f.get("by"), null);
        for (Node c : kg.find(namesOf(f.get("concept")), "Concept")) {
            boolean okBy = (by == null || intersects(kg.objects(c, "proposedBy"), by))
                    && (!f.has("at") || !kg.objects(c, "proposedAt").isEmpty());
            Set<String> dates = kg.texts(c, "proposedOn");
            if (okBy && Matching.dateMatches(dates, f.get("date"), false)) {
                loose = true;
                strict = strict || Matching.dateMatches(dates, f.get("date"), true);
            }
        }
        return new boolean[] {loose, strict};
    }

    private boolean[] conceptComponent(GoldFact f) {
        boolean found = false;
        String component = Matching.norm(f.text("component"));
        for (Node c : kg.find(namesOf(f.get("concept")), "Concept")) {
            if (kg.objects(c, "hasComponent").stream().anyMatch(x -> kg.labels(x).contains(component))) {
                found = true;
            }
        }
        return new boolean[] {found, found};
    }

    /** The person or country takes part in or hosts some meeting (which one is not checked). */
    private boolean[] participation(GoldFact f) {
        Set<Node> who = ents(f.get("who"), null);
        for (Node m : kg.nodesOf("Meeting")) {
            Set<Node> people = kg.objects(m, "participant");
            people.addAll(kg.objects(m, "host"));
            if (intersects(people, who)) {
                return new boolean[] {true, true};
            }
        }
        return new boolean[] {false, false};
    }

    /**
     * Dated meetings: right when the gold has a meeting of one of their mechanisms (or one whose
     * mechanism the gold does not give or the graph does not hold) in one of their years.
     */
    private void meetingPrecision() {
        Set<MeetingKey> goldMeetings = new HashSet<>();
        for (GoldFact f : gold.facts()) {
            if (f.kind().equals("meeting") && f.has("date")) {
                Set<Node> mechs = ents(f.get("mechanism"), "Mechanism");
                String year = Matching.head(f.get("date"), 4);
                if (mechs == null || mechs.isEmpty()) {
                    goldMeetings.add(key(null, year));
                } else {
                    mechs.forEach(m -> goldMeetings.add(key(m, year)));
                }
            }
        }
        for (Node m : kg.nodesOf("Meeting")) {
            Set<String> years = new TreeSet<>();
            kg.texts(m, "date").forEach(d -> {
                String y = Matching.yearOf(d);
                if (y != null) {
                    years.add(y);
                }
            });
            if (years.isEmpty()) {
                continue;
            }
            Set<Node> mechs = kg.objects(m, "mechanism");
            List<Node> mechanisms = mechs.isEmpty() ? Collections.singletonList(null) : List.copyOf(mechs);
            boolean ok = false;
            for (Node mm : mechanisms) {
                for (String y : years) {
                    ok |= goldMeetings.contains(key(mm, y)) || goldMeetings.contains(key(null, y));
                }
            }
            tally.add("prec:Meeting", ok);
        }
    }

    /** A gold meeting as meeting precision compares it: its mechanism ({@code null}: any) and year. */
    private record MeetingKey(Node mechanism, String year) {
    }

    private static MeetingKey key(Node mechanism, String year) {
        return new MeetingKey(mechanism, year);
    }

    static boolean intersects(Set<Node> a, Set<Node> b) {
        return b != null && a.stream().anyMatch(b::contains);
    }
}
