package org.asiasec.kg.queries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.store.DatabaseBuilder;
import org.asiasec.kg.store.KgDatabase;

/**
 * The graph of the project's corpus, built the way the {@code build} command builds it (same extractor,
 * same TDB2 loader) and opened the way {@code query} and {@code serve} open it: the default graph is the
 * union of the named graphs.
 */
final class CorpusGraph {

    static final Path CORPUS = Path.of("corpus");

    private final DatasetGraph dataset;

    private CorpusGraph(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    static CorpusGraph build(Path folder) {
        Path database = folder.resolve("tdb2");
        new DatabaseBuilder(new StandardExtractor(), IriScheme.standard()).build(CORPUS, database, (done, total, quads) -> { });
        return new CorpusGraph(KgDatabase.open(database));
    }

    /** Runs any kind of query; returns how many rows (SELECT), triples (CONSTRUCT, DESCRIBE) or true answers (ASK) it gave. */
    long size(ShippedQuery query) {
        Query parsed = query.parse();
        if (parsed.isSelectType()) {
            return select(query).size();
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create(parsed, DatasetFactory.wrap(dataset))) {
                if (parsed.isAskType()) {
                    return execution.execAsk() ? 1L : 0L;
                }
                return parsed.isConstructType() ? execution.execConstruct().size() : execution.execDescribe().size();
            }
        });
    }

    /** The rows of a SELECT query, each value as a plain string (see {@link Row}). */
    List<Row> select(ShippedQuery query) {
        Query parsed = query.parse();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create(parsed, DatasetFactory.wrap(dataset))) {
                ResultSet results = execution.execSelect();
                List<Row> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, String> values = new LinkedHashMap<>();
                    for (String variable : results.getResultVars()) {
                        RDFNode node = solution.get(variable);
                        if (node != null) {
                            values.put(variable, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                        }
                    }
                    rows.add(new Row(values));
                }
                return rows;
            }
        });
    }

    /** Every label and alias of a resource, in any language. */
    Set<String> namesOf(String iri) {
        var query = new ShippedQuery("names", """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?name WHERE { <%s> rdfs:label|skos:altLabel ?name }""".formatted(iri));
        Set<String> names = new TreeSet<>();
        select(query).forEach(row -> names.add(row.get("name")));
        return names;
    }

    /** One result row: variable → IRI or lexical form; absent when unbound. */
    record Row(Map<String, String> values) {

        String get(String variable) {
            return values.get(variable);
        }

        String getOrEmpty(String variable) {
            return values.getOrDefault(variable, "");
        }
    }
}
