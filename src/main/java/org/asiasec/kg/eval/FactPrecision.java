package org.asiasec.kg.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;

/**
 * Precision of the facts a text's graph asserts, per kind, as score.py's {@code fact_precision} judges
 * them: memberships (any membership property), document and founding years, proposers, components and
 * participants.
 */
final class FactPrecision {

    private final GoldText gold;
    private final GraphIndex kg;
    private final GoldNames names;
    private final Tally tally;
    private final List<String> wrong;

    FactPrecision(GoldText gold, GraphIndex kg, GoldNames names, Tally tally, List<String> wrong) {
        this.gold = gold;
        this.kg = kg;
        this.names = names;
        this.tally = tally;
        this.wrong = wrong;
    }

    /**
     * Precision of the facts the graph asserts, per kind: an asserted fact is right when the gold has the
     * same fact (same entities; same year for dates). Only facts whose subject is named like a gold entity
     * of this text are judged; the rest are left to entity precision.
     */
    void run() {
        Map<String, Set<String>> goldNames = new LinkedHashMap<>();
        GraphIndex.ENTITY_TYPES.forEach(t -> goldNames.put(t, new HashSet<>()));
        for (GoldEntity e : gold.entities()) {
            if (goldNames.containsKey(e.type())) {
                goldNames.get(e.type()).addAll(names.norms(e.name()));
            }
        }
        memberships(goldNames);
        documentYears(goldNames.get("Document"));
        foundingYears(goldNames.get("Mechanism"));
        proposersAndComponents(goldNames.get("Concept"));
        participants();
    }

    /** Any membership property from a country or mechanism named in the gold: right when the gold has a membership of the two. */
    private void memberships(Map<String, Set<String>> goldNames) {
        Set<String> countriesOrMechanisms = new HashSet<>(goldNames.get("Country"));
        countriesOrMechanisms.addAll(goldNames.get("Mechanism"));
        Set<Node> subjects = new LinkedHashSet<>(kg.nodesOf("Country"));
        subjects.addAll(kg.nodesOf("Mechanism"));
        for (Node c : subjects) {
            if (!namedLike(c, countriesOrMechanisms)) {
                continue;
            }
            for (String p : TextScorer.ALL_MEMBER_PROPERTIES) {
                for (Node m : kg.objects(c, p)) {
                    boolean ok = goldOf("membership").stream()
                            .anyMatch(f -> nodeIs(c, f.get("country")) && nodeIs(m, f.get("mechanism")));
                    judge("membership", ok, label(c) + " " + p + " " + label(m));
                }
            }
        }
    }

    /** Each year of a document named in the gold: right when the gold dates the document in that year. */
    private void documentYears(Set<String> goldDocuments) {
        for (Node d : kg.nodesOf("Document")) {
            if (namedLike(d, goldDocuments)) {
                for (String y : years(d, "date")) {
                    boolean ok = goldOf("document").stream().anyMatch(f -> nodeIs(d, f.get("document"))
                            && f.has("date") && Matching.head(f.get("date"), 4).equals(y));
                    judge("document", ok, label(d) + " date " + y);
                }
            }
        }
    }

    /** Each founding year of a mechanism named in the gold: right when the gold's founding is of that year. */
    private void foundingYears(Set<String> goldMechanisms) {
        for (Node m : kg.nodesOf("Mechanism")) {
            if (namedLike(m, goldMechanisms)) {
                for (String y : years(m, "foundedOn")) {
                    boolean ok = goldOf("founded").stream().anyMatch(f -> nodeIs(m, f.get("mechanism"))
                            && f.has("date") && Matching.head(f.get("date"), 4).equals(y));
                    judge("founded", ok, label(m) + " foundedOn " + y);
                }
            }
        }
    }

    /** The proposers and components of a concept named in the gold: right when the gold states the same. */
    private void proposersAndComponents(Set<String> goldConcepts) {
        for (Node c : kg.nodesOf("Concept")) {
            if (!namedLike(c, goldConcepts)) {
                continue;
            }
            for (Node by : kg.objects(c, "proposedBy")) {
                boolean ok = goldOf("concept_proposed").stream()
                        .anyMatch(f -> nodeIs(c, f.get("concept")) && f.has("by") && nodeIs(by, f.get("by")));
                judge("concept_proposed", ok, label(c) + " proposedBy " + label(by));
            }
            for (Node x : kg.objects(c, "hasComponent")) {
                boolean ok = goldOf("concept_component").stream().anyMatch(f -> nodeIs(c, f.get("concept"))
                        && kg.labels(x).contains(Matching.norm(f.text("component"))));
                judge("concept_component", ok, label(c) + " hasComponent " + label(x));
            }
        }
    }

    /** Every named participant or host of a meeting: right when the gold has that person or country take part in some meeting. */
    private void participants() {
        for (Node m : kg.nodesOf("Meeting")) {
            Set<Node> people = kg.objects(m, "participant");
            people.addAll(kg.objects(m, "host"));
            for (Node who : people) {
                if (kg.labels(who).isEmpty()) {
                    continue;
                }
                boolean ok = goldOf("participation").stream().anyMatch(f -> nodeIs(who, f.get("who")));
                judge("participation", ok, label(m) + " participant " + label(who));
            }
        }
    }

    private void judge(String kind, boolean ok, String what) {
        tally.add("factP:" + kind, ok);
        if (!ok) {
            wrong.add("wrong " + kind + " " + what);
        }
    }

    private List<GoldFact> goldOf(String kind) {
        return gold.facts().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    private boolean nodeIs(Node node, String name) {
        return names.nodeIs(node, name);
    }

    private boolean namedLike(Node node, Set<String> norms) {
        return kg.labels(node).stream().anyMatch(norms::contains);
    }

    private Set<String> years(Node node, String ascProperty) {
        Set<String> out = new TreeSet<>();
        for (String d : kg.texts(node, ascProperty)) {
            String y = Matching.yearOf(d);
            if (y != null) {
                out.add(y);
            }
        }
        return out;
    }

    /** A node's smallest normalised label, or its IRI. */
    private String label(Node n) {
        Set<String> ls = kg.labels(n);
        return ls.isEmpty() ? GraphIndex.text(n) : new TreeSet<>(ls).first();
    }
}
