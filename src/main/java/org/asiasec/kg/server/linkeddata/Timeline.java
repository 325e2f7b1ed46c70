package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Every dated event of the graph: meetings, documents, memberships, foundings of mechanisms and
 * proposals of concepts, each with the mechanism it belongs to and where it took place.
 * Call inside a read transaction.
 */
final class Timeline {

    /** What happened; the name is also the filter value in /timeline?kind=. */
    enum Kind {
        meeting("会议", "meeting"), document("文件", "document"), membership("成员", "membership"),
        founding("成立", "founding"), proposal("提出", "proposal");

        final String zh;
        final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /**
     * One dated event.
     *
     * @param subject    the meeting, document, membership, mechanism or concept
     * @param date       lexical form of the date (year, year-month or day)
     * @param mechanisms the mechanisms it belongs to (a meeting's, an organ's parent, a membership's …)
     * @param places     where it happened
     * @param related    who joined, who proposed, who issued
     */
    record Event(Node subject, Kind kind, String date, String label, String labelEn, List<Node> mechanisms,
                 List<Node> places, List<Node> related) {

        int year() {
            try {
                return Integer.parseInt(date.substring(0, Math.min(4, date.length())));
            } catch (NumberFormatException notAYear) {
                return 0;
            }
        }
    }

    /** The query that lists events; also shown to the reader, who may run it in the UI. */
    static final String QUERY = """
            PREFIX asc:  <https://w3id.org/asiasec/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?event ?kind ?date ?mechanism ?place ?related WHERE {
              {
                ?event a/rdfs:subClassOf* asc:Meeting ; asc:date ?date .
                BIND("meeting" AS ?kind)
                OPTIONAL { ?event asc:mechanism ?m0 . OPTIONAL { ?m0 asc:bodyOf ?parent } BIND(COALESCE(?parent, ?m0) AS ?mechanism) }
                OPTIONAL { ?event asc:place ?place }
              } UNION {
                ?event a/rdfs:subClassOf* asc:Document ; asc:date ?date .
                BIND("document" AS ?kind)
                OPTIONAL { { ?event asc:issuedBy ?mechanism . ?mechanism a/rdfs:subClassOf* asc:Mechanism }
                           UNION { ?event asc:adoptedAt/asc:mechanism ?mechanism } }
                OPTIONAL { ?event asc:place|asc:adoptedAt/asc:place ?place }
              } UNION {
                ?event a asc:Membership ; asc:date ?date ; asc:mechanism ?mechanism .
                BIND("membership" AS ?kind)
                OPTIONAL { ?event asc:country ?related }
              } UNION {
                ?event asc:foundedOn ?date .
                BIND("founding" AS ?kind) BIND(?event AS ?mechanism)
                OPTIONAL { ?event asc:foundedAt/asc:place|asc:foundedAt ?place }
              } UNION {
                ?event asc:proposedOn ?date .
                BIND("proposal" AS ?kind)
                OPTIONAL { ?event asc:proposedBy ?related }
                OPTIONAL { ?event asc:proposedAt ?at . OPTIONAL { ?at asc:mechanism ?mechanism } OPTIONAL { ?at asc:place ?place } }
              }
            }
            """;

    private static final Query PARSED = QueryFactory.create(QUERY);

    private final DatasetGraph dsg;

    Timeline(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** All events in date order (then by label). */
    List<Event> events() {
        Map<String, Builder> events = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.create(PARSED, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Node event = row.get("event").asNode();
                Kind kind = Kind.valueOf(row.getLiteral("kind").getLexicalForm());
                String date = row.get("date").isLiteral() ? row.getLiteral("date").getLexicalForm() : null;
                if (date == null) {
                    continue;
                }
                Builder b = events.computeIfAbsent(event + " " + kind + " " + date, k -> new Builder(event, kind, date));
                add(b.mechanisms, row, "mechanism");
                add(b.places, row, "place");
                add(b.related, row, "related");
            }
        }
        List<Event> list = new ArrayList<>();
        for (Builder b : events.values()) {
            list.add(new Event(b.subject, b.kind, b.date, label(b.subject, "zh").orElse(null),
                    label(b.subject, "en").orElse(null), b.mechanisms, b.places, b.related));
        }
        list.sort(Comparator.comparing(Event::date).thenComparing(e -> e.kind().ordinal())
                .thenComparing(e -> String.valueOf(e.label())));
        return list;
    }

    private Optional<String> label(Node node, String language) {
        DatasetTriples data = new DatasetTriples(dsg);
        return data.objects(node, org.apache.jena.vocabulary.RDFS.label.asNode()).stream()
                .filter(n -> n.isLiteral() && n.getLiteralLanguage().startsWith(language))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static void add(List<Node> list, QuerySolution row, String var) {
        if (row.contains(var) && !row.get(var).isLiteral()) {
            Node n = row.get(var).asNode();
            if (!list.contains(n)) {
                list.add(n);
            }
        }
    }

    /** Mechanisms that have at least one event, for the filter, by how many events they have. */
    static Map<Node, Integer> mechanisms(List<Event> events) {
        Map<Node, Integer> counts = new TreeMap<>(Comparator.comparing(Node::toString));
        events.forEach(e -> e.mechanisms().forEach(m -> counts.merge(m, 1, Integer::sum)));
        return counts;
    }

    private static final class Builder {
        final Node subject;
        final Kind kind;
        final String date;
        final List<Node> mechanisms = new ArrayList<>();
        final List<Node> places = new ArrayList<>();
        final List<Node> related = new ArrayList<>();

        Builder(Node subject, Kind kind, String date) {
            this.subject = subject;
            this.kind = kind;
            this.date = date;
        }
    }

}
