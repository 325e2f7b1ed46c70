package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.asiasec.kg.rdf.Asc;

/**
 * Gathers what an entity page shows around a resource: which linked nodes are bookkeeping, the entities
 * most often named with it, and, for a mechanism, its meetings. Call inside a read transaction.
 */
final class Neighbourhood {

    /** The page lists this many co-mentioned entities; the rest is one query away. */
    static final int TOP_CO_MENTIONS = 12;

    private static final Node MECHANISM = Asc.term("mechanism");
    private static final Node BODY_OF = Asc.term("bodyOf");
    private static final Node MEETING = Asc.term("Meeting");
    private static final Node DATE = Asc.term("date");
    private static final Node ORDINAL = Asc.term("ordinal");
    private static final Node PLACE = Asc.term("place");
    private static final Node ADOPTED_AT = Asc.term("adoptedAt");
    private static final Node COUNTRY = Asc.term("country");
    private static final Node CO_MENTIONED = Asc.term("coMentioned");
    private static final Node SOURCE_SENTENCES = Asc.term("sourceSentences");

    private final org.apache.jena.sparql.core.DatasetGraph dsg;
    private final DatasetTriples data;
    private final Bookkeeping bookkeeping;
    private final ClassTree classes;

    Neighbourhood(org.apache.jena.sparql.core.DatasetGraph dsg, Bookkeeping bookkeeping, ClassTree classes) {
        this.dsg = dsg;
        this.data = new DatasetTriples(dsg);
        this.bookkeeping = bookkeeping;
        this.classes = classes;
    }

    EntityView view(ResourceDescription d) {
        Graph labels = GraphFactory.createDefaultGraph();
        d.graph().find().forEach(labels::add);
        Set<Node> records = new HashSet<>();
        for (Triple t : d.incoming()) {
            if (isRecord(t.getSubject())) {
                records.add(t.getSubject());
            }
        }
        for (Triple t : d.outgoing()) {
            if (!t.getObject().isLiteral() && isRecord(t.getObject())) {
                records.add(t.getObject());
            }
        }
        List<EntityView.CoMentioned> all = coMentions(d.subject(), records);
        List<EntityView.CoMentioned> top = all.subList(0, Math.min(all.size(), TOP_CO_MENTIONS));
        top.forEach(c -> addLabels(labels, c.entity()));
        List<EntityView.MeetingRow> meetings = meetings(d.subject());
        for (EntityView.MeetingRow m : meetings) {
            addLabels(labels, m.meeting());
            m.places().forEach(p -> addLabels(labels, p));
            m.documents().forEach(p -> addLabels(labels, p));
            m.newMembers().forEach(p -> addLabels(labels, p));
        }
        List<EntityView.LineageRow> lineage = isConcept(d.subject()) ? ConceptLineage.of(dsg, d.subject()) : List.of();
        for (EntityView.LineageRow r : lineage) {
            addLabels(labels, r.event());
            r.places().forEach(p -> addLabels(labels, p));
        }
        return new EntityView(d, records, List.copyOf(top), all.size(), meetings, lineage, labels);
    }

    private boolean isConcept(Node node) {
        return data.objects(node, RDF.type.asNode()).stream().anyMatch(t -> classes.isWithin(t, Asc.term("Concept")));
    }

    private boolean isRecord(Node node) {
        return !node.isLiteral() && bookkeeping.isRecord(data.objects(node, RDF.type.asNode()));
    }

    private List<EntityView.CoMentioned> coMentions(Node subject, Set<Node> records) {
        Map<Node, Integer> counts = new HashMap<>();
        for (Triple t : data.find(null, CO_MENTIONED, subject)) {
            Node pair = t.getSubject();
            records.add(pair);
            int sentences = data.objects(pair, SOURCE_SENTENCES).stream().filter(Node::isLiteral)
                    .mapToInt(n -> parseInt(n.getLiteralLexicalForm())).max().orElse(1);
            for (Node other : data.objects(pair, CO_MENTIONED)) {
                if (!other.equals(subject)) {
                    counts.merge(other, sentences, Math::max);
                }
            }
        }
        List<EntityView.CoMentioned> list = new ArrayList<>();
        counts.forEach((entity, n) -> list.add(new EntityView.CoMentioned(entity, n)));
        list.sort(Comparator.comparingInt(EntityView.CoMentioned::sentences).reversed()
                .thenComparing(c -> c.entity().toString()));
        return list;
    }

    /** Meetings of the mechanism and of its organs, in date order (undated last). */
    private List<EntityView.MeetingRow> meetings(Node mechanism) {
        Set<Node> mechanisms = new HashSet<>();
        mechanisms.add(mechanism);
        data.find(null, BODY_OF, mechanism).forEach(t -> mechanisms.add(t.getSubject()));
        Map<String, List<Node>> membersByYear = new HashMap<>();
        List<Node> meetings = new ArrayList<>();
        for (Node m : mechanisms) {
            for (Triple t : data.find(null, MECHANISM, m)) {
                Node node = t.getSubject();
                List<Node> types = data.objects(node, RDF.type.asNode());
                if (types.stream().anyMatch(type -> classes.isWithin(type, MEETING))) {
                    meetings.add(node);
                } else if (m.equals(mechanism)) {
                    // a dated membership: the country joined (or took a role) that year
                    first(node, DATE).ifPresent(date -> data.objects(node, COUNTRY).forEach(country ->
                            membersByYear.computeIfAbsent(year(date), y -> new ArrayList<>()).add(country)));
                }
            }
        }
        List<EntityView.MeetingRow> rows = new ArrayList<>();
        Set<String> yearsShown = new HashSet<>();
        meetings.stream().distinct().forEach(m -> {
            String date = first(m, DATE).orElse(null);
            List<Node> documents = data.find(null, ADOPTED_AT, m).stream().map(Triple::getSubject).distinct().toList();
            rows.add(new EntityView.MeetingRow(m, date, first(m, ORDINAL).orElse(null),
                    data.objects(m, PLACE), documents, List.of()));
        });
        rows.sort(Comparator.comparing((EntityView.MeetingRow r) -> r.date() == null ? "\uFFFF" : r.date())
                .thenComparing(r -> r.meeting().toString()));
        // members gained go to the first meeting of their year
        List<EntityView.MeetingRow> withMembers = new ArrayList<>();
        for (EntityView.MeetingRow r : rows) {
            String year = r.date() == null ? null : year(r.date());
            List<Node> members = year != null && yearsShown.add(year)
                    ? membersByYear.getOrDefault(year, List.of()).stream().distinct().toList()
                    : List.of();
            withMembers.add(new EntityView.MeetingRow(r.meeting(), r.date(), r.ordinal(), r.places(), r.documents(),
                    members));
        }
        return withMembers;
    }

    private java.util.Optional<String> first(Node node, Node property) {
        return data.objects(node, property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .sorted().findFirst();
    }

    private void addLabels(Graph labels, Node node) {
        if (node.isURI()) {
            data.find(node, RDFS.label.asNode(), null).forEach(labels::add);
            data.find(node, RDF.type.asNode(), null).forEach(labels::add);
        }
    }

    private static String year(String date) {
        return date.length() >= 4 ? date.substring(0, 4) : date;
    }

    private static int parseInt(String lexical) {
        try {
            return Integer.parseInt(lexical.trim());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
