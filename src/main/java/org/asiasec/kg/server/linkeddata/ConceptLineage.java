package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A concept's lineage: when, where and at which meeting it was put forward, then every dated meeting or
 * document named in a sentence together with it (as shipped query 13 reads it), in date order.
 * Call inside a read transaction.
 */
final class ConceptLineage {

    /** Later steps shown at most; the query link lists them all. */
    static final int MAX_ROWS = 30;

    private static final String QUERY = """
            PREFIX asc:  <https://w3id.org/asiasec/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?date ?event ?proposal ?place WHERE {
              {
                ?concept asc:proposedOn ?date .
                OPTIONAL { ?concept asc:proposedAt ?at }
                BIND(COALESCE(?at, ?concept) AS ?event) BIND(true AS ?proposal)
                OPTIONAL { ?at asc:place ?place }
              } UNION {
                ?concept asc:proposedAt ?event . ?event asc:date ?date . BIND(true AS ?proposal)
                OPTIONAL { ?event asc:place ?place }
              } UNION {
                ?text asc:namesEntity ?concept , ?event .
                FILTER(?event != ?concept)
                ?event asc:date ?date .
                FILTER EXISTS { VALUES ?top { asc:Meeting asc:Document } ?event a/rdfs:subClassOf* ?top }
                FILTER NOT EXISTS { ?concept asc:proposedAt ?event }
                BIND(false AS ?proposal)
                OPTIONAL { ?event asc:place ?place }
              }
            }
            ORDER BY ?date ?event
            """;

    private ConceptLineage() {
    }

    static List<EntityView.LineageRow> of(DatasetGraph dsg, Node concept) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY);
        query.setParam("concept", concept);
        Map<String, EntityView.LineageRow> rows = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.create(query.asQuery(), DatasetFactory.wrap(dsg))) {
            ResultSet results = exec.execSelect();
            while (results.hasNext() && rows.size() <= MAX_ROWS) {
                QuerySolution row = results.next();
                String date = row.getLiteral("date").getLexicalForm();
                Node event = row.get("event").asNode();
                boolean proposal = row.getLiteral("proposal").getBoolean();
                EntityView.LineageRow r = rows.computeIfAbsent(date + " " + event,
                        k -> new EntityView.LineageRow(date, event, proposal, new ArrayList<>()));
                if (row.contains("place") && !r.places().contains(row.get("place").asNode())) {
                    r.places().add(row.get("place").asNode());
                }
            }
        }
        return new ArrayList<>(rows.values());
    }
}
