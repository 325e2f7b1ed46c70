package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/** A whole database as sorted N-Quads lines, for tests that compare two databases. */
public final class DatabaseQuads {

    private DatabaseQuads() {
    }

    /**
     * Every quad of the database, the default graph's triples included, one N-Quads line each, sorted. Blank
     * node labels are masked: only the ontology file has blank nodes (OWL lists), and TDB2 gives them new
     * labels in every database; the texts and the description have none, so every line of theirs is exact.
     */
    public static List<String> sorted(Path db) {
        DatasetGraph dataset = KgDatabase.open(db);
        try {
            return Txn.calculateRead(dataset, () -> Iter.toList(Iter.map(dataset.find(), NodeFmtLib::str))).stream()
                    .map(line -> line.replaceAll("_:[A-Za-z0-9]+", "_:b")).sorted().toList();
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    /** Equal lists, or a failure that shows the first few lines only one of them has. */
    public static void assertSame(List<String> expected, List<String> actual) {
        if (!expected.equals(actual)) {
            List<String> missing = new ArrayList<>(expected);
            actual.forEach(missing::remove);
            List<String> extra = new ArrayList<>(actual);
            expected.forEach(extra::remove);
            fail(expected.size() + " quads expected, " + actual.size() + " found; missing: "
                    + missing.subList(0, Math.min(5, missing.size())) + "; unexpected: " + extra.subList(0, Math.min(5, extra.size())));
        }
    }
}
