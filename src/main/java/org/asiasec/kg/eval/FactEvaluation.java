package org.asiasec.kg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.asiasec.kg.UserException;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/**
 * Precision and recall of extracted facts per kind (meeting, document, membership, founding,
 * concept-proposal, concept-component) against a gold file such as
 * {@code src/test/resources/gold/facts.tsv} (its header describes the format).
 *
 * <p>Entities are compared by label (canonical or alternative), so the gold does not depend on
 * the keys the extractor chooses. A fact is right only when its linked entities and its dates
 * are right; a date as coarse as the text's own (2025 for 2025-04) counts as right. Meetings and
 * memberships are compared as records: a meeting is right when its mechanism, ordinal, dates,
 * places and hosts read from that text are all right; a membership when its country, role,
 * mechanism and dates from the same sentence are. Facts of texts absent from the gold are ignored.
 */
public final class FactEvaluation {

    /** The fact kinds, in report order. */
    public static final List<String> KINDS = List.of("meeting", "document", "membership", "founding",
            "concept-proposal", "concept-component");

    private static final Map<Property, String> ROLE_TERMS = Map.of(
            Property.MEMBER_OF, "MemberRole", Property.FOUNDING_MEMBER_OF, "FoundingMemberRole",
            Property.OBSERVER_OF, "ObserverRole", Property.DIALOGUE_PARTNER_OF, "DialoguePartnerRole",
            Property.CHAIR_OF, "ChairRole");

    private final List<GoldRow> gold;

    private FactEvaluation(List<GoldRow> gold) {
        this.gold = gold;
    }

    /** One row of the gold file. */
    public record GoldRow(String file, String kind, String subject, String property, String object,
                          String date, String endDate) {
    }

    /** Counts for one kind: gold rows found / all gold rows, right predictions / all predictions. */
    public record Score(int gold, int goldFound, int predicted, int predictedRight) {
        public double recall() {
            return gold == 0 ? 1.0 : (double) goldFound / gold;
        }

        public double precision() {
            return predicted == 0 ? 1.0 : (double) predictedRight / predicted;
        }
    }

    public static FactEvaluation load(Path goldFile) {
        try {
            return parse(Files.readAllLines(goldFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserException("cannot read gold facts " + goldFile + ": " + e.getMessage());
        }
    }

    public static FactEvaluation parse(List<String> lines) {
        List<GoldRow> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] c = (line + "\t\t\t\t\t\t").split("\t", -1);
            rows.add(new GoldRow(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(),
                    c[5].strip(), c[6].strip()));
        }
        return new FactEvaluation(rows);
    }

    public List<GoldRow> gold() {
        return gold;
    }

    /** One extracted fact (or record) as it is compared with the gold rows. */
    private record Prediction(String description, Predicate<GoldRow> matches) implements Predicate<GoldRow> {
        @Override
        public boolean test(GoldRow row) {
            return matches.test(row);
        }
    }

    /** The gold rows not found and the predictions not in the gold, one per line, for error analysis. */
    public List<String> differences(CollectingSink sink) {
        Graph g = new Graph(sink);
        List<String> out = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        gold.forEach(r -> files.add(r.file()));
        for (String kind : KINDS) {
            for (String file : files) {
                List<GoldRow> rows = gold.stream().filter(r -> r.file().equals(file) && r.kind().equals(kind)).toList();
                List<Prediction> predictions = g.predictions(kind, file);
                rows.stream().filter(r -> predictions.stream().noneMatch(p -> p.test(r)))
                        .forEach(r -> out.add("missed " + String.join(" | ", file.substring(0, 3), kind, r.subject(),
                                r.property(), r.object(), r.date(), r.endDate())));
                predictions.stream().filter(p -> rows.stream().noneMatch(p))
                        .forEach(p -> out.add("wrong  " + file.substring(0, 3) + " | " + kind + " | " + p.description()));
            }
        }
        return out;
    }

    /** Scores per kind, in {@link #KINDS} order. */
    public Map<String, Score> evaluate(CollectingSink sink) {
        Graph g = new Graph(sink);
        Set<String> files = new TreeSet<>();
        gold.forEach(r -> files.add(r.file()));
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String kind : KINDS) {
            int goldCount = 0;
            int goldFound = 0;
            int predicted = 0;
            int right = 0;
            for (String file : files) {
                List<GoldRow> rows = gold.stream().filter(r -> r.file().equals(file) && r.kind().equals(kind)).toList();
                List<Prediction> predictions = g.predictions(kind, file);
                goldCount += rows.size();
                goldFound += (int) rows.stream().filter(r -> predictions.stream().anyMatch(p -> p.test(r))).count();
                predicted += predictions.size();
                right += (int) predictions.stream().filter(p -> rows.stream().anyMatch(p)).count();
            }
            scores.put(kind, new Score(goldCount, goldFound, predicted, right));
        }
        return scores;
    }

    /** A table: kind, precision, recall, counts. */
    public static String report(Map<String, Score> scores) {
        StringBuilder b = new StringBuilder(String.format("%-18s %9s %9s %8s %10s%n", "kind", "precision", "recall",
                "gold", "predicted"));
        scores.forEach((kind, s) -> b.append(String.format("%-18s %9.2f %9.2f %8d %10d%n", kind, s.precision(),
                s.recall(), s.gold(), s.predicted())));
        return b.toString();
    }

    /** The extracted graph, indexed for comparison with gold rows. */
    private static final class Graph {
        private final Map<String, Entity> entities;
        private final List<Fact> facts;
        private final Map<String, List<Fact>> bySubject = new HashMap<>();

        Graph(CollectingSink sink) {
            this.entities = sink.entities();
            this.facts = sink.facts();
            for (Fact f : facts) {
                bySubject.computeIfAbsent(f.subjectKey(), k -> new ArrayList<>()).add(f);
            }
        }

        List<Prediction> predictions(String kind, String file) {
            return switch (kind) {
                case "meeting" -> meetings(file);
                case "membership" -> memberships(file);
                default -> triples(kind, file);
            };
        }

        private EntityType typeOf(String key) {
            Entity e = entities.get(key);
            return e == null ? null : e.type();
        }

        private List<Fact> factsIn(String file, String subject) {
            return bySubject.getOrDefault(subject, List.of()).stream()
                    .filter(f -> f.evidence().sourceId().equals(file)).toList();
        }

        private List<Prediction> meetings(String file) {
            Set<String> keys = new TreeSet<>();
            for (Fact f : facts) {
                if (f.evidence().sourceId().equals(file) && typeOf(f.subjectKey()) == EntityType.MEETING) {
                    keys.add(f.subjectKey());
                }
            }
            List<Prediction> out = new ArrayList<>();
            for (String key : keys) {
                List<Fact> fs = factsIn(file, key);
                out.add(new Prediction(describe(key, fs), row -> refsMatch(values(fs, Property.MECHANISM), row.subject())
                        && Objects.equals(ordinals(fs), goldPart(row.property(), "ordinal"))
                        && datesMatch(values(fs, Property.DATE), row.date())
                        && datesMatch(values(fs, Property.END_DATE), row.endDate())
                        && labelSetMatches(values(fs, Property.PLACE), goldPart(row.object(), "place"))
                        && labelSetMatches(values(fs, Property.HOST), goldPart(row.object(), "host"))));
            }
            return out;
        }

        private List<Prediction> memberships(String file) {
            Set<List<Object>> records = new HashSet<>();
            List<Prediction> out = new ArrayList<>();
            for (Fact f : facts) {
                String term = ROLE_TERMS.get(f.property());
                if (term == null || !f.evidence().sourceId().equals(file)) {
                    continue;
                }
                String mech = ((Value.EntityRef) f.value()).key();
                List<Value> dates = new ArrayList<>();
                List<Value> ends = new ArrayList<>();
                for (Fact m : facts) {
                    if (m.evidence().equals(f.evidence()) && typeOf(m.subjectKey()) == EntityType.MEMBERSHIP
                            && isMembership(m.subjectKey(), f.subjectKey(), mech, term)) {
                        if (m.property() == Property.DATE) {
                            dates.add(m.value());
                        } else if (m.property() == Property.END_DATE) {
                            ends.add(m.value());
                        }
                    }
                }
                if (records.add(List.of(f.subjectKey(), f.property(), mech, dates, ends))) {
                    out.add(new Prediction(label(f.subjectKey()) + " " + f.property().localName() + " " + label(mech)
                            + " " + dates + ends, row -> row.property().equals(f.property().localName())
                            && labelMatches(f.subjectKey(), row.subject()) && labelMatches(mech, row.object())
                            && datesMatch(dates, row.date()) && datesMatch(ends, row.endDate())));
                }
            }
            return out;
        }

        private boolean isMembership(String membership, String country, String mech, String term) {
            List<Fact> fs = bySubject.getOrDefault(membership, List.of());
            return fs.stream().anyMatch(f -> (f.property() == Property.COUNTRY || f.property() == Property.ORGANISATION)
                    && f.value().equals(new Value.EntityRef(country)))
                    && fs.stream().anyMatch(f -> f.property() == Property.MECHANISM && f.value().equals(new Value.EntityRef(mech)))
                    && fs.stream().anyMatch(f -> f.property() == Property.ROLE && f.value().equals(new Value.Term(term)));
        }

        private List<Prediction> triples(String kind, String file) {
            Set<List<Object>> seen = new HashSet<>();
            List<Prediction> out = new ArrayList<>();
            for (Fact f : facts) {
                if (!f.evidence().sourceId().equals(file) || !kind.equals(kindOf(f))
                        || !seen.add(List.of(f.subjectKey(), f.property(), f.value()))) {
                    continue;
                }
                out.add(new Prediction(label(f.subjectKey()) + " " + f.property().localName() + " " + show(f.value()),
                        row -> row.property().equals(f.property().localName())
                        && labelMatches(f.subjectKey(), row.subject()) && valueMatches(f.value(), row)));
            }
            return out;
        }

        private String kindOf(Fact f) {
            EntityType subject = typeOf(f.subjectKey());
            return switch (f.property()) {
                case FOUNDED_ON, FOUNDED_AT, PREDECESSOR -> "founding";
                case PROPOSED_BY, PROPOSED_AT, PROPOSED_ON -> subject == EntityType.CONCEPT ? "concept-proposal"
                        : subject == EntityType.MECHANISM ? "founding" : null;
                case HAS_COMPONENT -> "concept-component";
                case DATE, ADOPTED_AT, ISSUED_BY, PLACE -> subject == EntityType.DOCUMENT ? "document" : null;
                default -> null;
            };
        }

        private boolean valueMatches(Value v, GoldRow row) {
            if (v instanceof Value.Date d) {
                return row.object().isEmpty() && dateMatches(d.lexical(), row.date());
            }
            if (!(v instanceof Value.EntityRef ref)) {
                return false;
            }
            if (row.object().startsWith("meeting:")) {
                return meetingMatches(ref.key(), row.object().substring("meeting:".length()));
            }
            return labelMatches(ref.key(), row.object());
        }

        /** {@code mechanism#ordinal} or {@code mechanism@year}. */
        private boolean meetingMatches(String key, String descriptor) {
            if (typeOf(key) != EntityType.MEETING) {
                return false;
            }
            List<Fact> fs = bySubject.getOrDefault(key, List.of());
            int at = Math.max(descriptor.lastIndexOf('#'), descriptor.lastIndexOf('@'));
            String mechanism = descriptor.substring(0, at);
            String id = descriptor.substring(at + 1);
            if (!refsMatch(values(fs, Property.MECHANISM), mechanism)) {
                return false;
            }
            if (descriptor.charAt(at) == '#') {
                return fs.stream().anyMatch(f -> f.property() == Property.ORDINAL
                        && ((Value.Int) f.value()).value() == Long.parseLong(id));
            }
            return key.endsWith("-" + id) || fs.stream().anyMatch(f -> f.property() == Property.DATE
                    && ((Value.Date) f.value()).lexical().startsWith(id));
        }

        private String label(String key) {
            Entity e = entities.get(key);
            return e == null ? key : e.labelZh();
        }

        private String show(Value v) {
            if (v instanceof Value.EntityRef r) {
                return label(r.key());
            }
            if (v instanceof Value.Date d) {
                return d.lexical();
            }
            return v.toString();
        }

        private String describe(String meeting, List<Fact> fs) {
            StringBuilder b = new StringBuilder(meeting);
            for (Fact f : fs) {
                if (f.property() != Property.PARTICIPANT && f.property() != Property.THEME) {
                    b.append(' ').append(f.property().localName()).append('=').append(show(f.value()));
                }
            }
            return b.toString();
        }

        private static List<Value> values(List<Fact> fs, Property p) {
            return fs.stream().filter(f -> f.property() == p).map(Fact::value).distinct().toList();
        }

        private static String ordinals(List<Fact> fs) {
            Set<Long> ordinals = new TreeSet<>();
            fs.stream().filter(f -> f.property() == Property.ORDINAL).forEach(f -> ordinals.add(((Value.Int) f.value()).value()));
            return ordinals.isEmpty() ? null : ordinals.size() == 1 ? ordinals.iterator().next().toString() : ordinals.toString();
        }

        /** {@code ordinal=4} → "4"; {@code place=上海;host=中国} → "上海" for part "place"; null when absent. */
        private static String goldPart(String field, String part) {
            for (String p : field.split(";")) {
                if (p.startsWith(part + "=")) {
                    return p.substring(part.length() + 1);
                }
            }
            return null;
        }

        /** Every predicted date agrees with the gold one and the most precise equals it; none when the gold has none. */
        private static boolean datesMatch(List<Value> predicted, String gold) {
            if (gold.isEmpty()) {
                return predicted.isEmpty();
            }
            boolean exact = false;
            for (Value v : predicted) {
                String lexical = ((Value.Date) v).lexical();
                if (!gold.startsWith(lexical)) {
                    return false;
                }
                exact |= lexical.equals(gold);
            }
            return exact;
        }

        private static boolean dateMatches(String predicted, String gold) {
            return !gold.isEmpty() && gold.startsWith(predicted);
        }

        private boolean refsMatch(List<Value> refs, String goldLabels) {
            return !refs.isEmpty() && refs.stream().allMatch(v -> v instanceof Value.EntityRef r && labelMatches(r.key(), goldLabels));
        }

        private boolean labelSetMatches(List<Value> refs, String goldLabel) {
            if (goldLabel == null) {
                return refs.isEmpty();
            }
            return refs.size() == 1 && refsMatch(refs, goldLabel);
        }

        private boolean labelMatches(String key, String goldLabels) {
            Entity e = entities.get(key);
            if (e == null) {
                return false;
            }
            Set<String> labels = new HashSet<>();
            labels.add(normal(e.labelZh()));
            e.altLabels().forEach(a -> labels.add(normal(a)));
            for (String alternative : goldLabels.split("\\|")) {
                if (labels.contains(normal(alternative))) {
                    return true;
                }
            }
            return false;
        }

        private static String normal(String label) {
            return label.replaceAll("[《》“”\"\\s]", "");
        }
    }
}
