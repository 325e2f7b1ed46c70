package org.asiasec.kg.store;

import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.asiasec.kg.UserException;

/** Opens a built knowledge-graph database for reading. */
public final class KgDatabase {

    private KgDatabase() {
    }

    /**
     * The TDB2 dataset at {@code folder}. Its stored default graph is the union of the named graphs
     * (written so by {@link DatabaseBuilder}), so queries see every source text and the ontology.
     */
    public static DatasetGraph open(Path folder) {
        DatabaseDirectory directory = new DatabaseDirectory(folder);
        directory.recover();
        if (!directory.exists()) {
            throw new UserException("no database at " + folder + " (run the build command first)");
        }
        return DatabaseMgr.connectDatasetGraph(Location.create(directory.live()));
    }
}
