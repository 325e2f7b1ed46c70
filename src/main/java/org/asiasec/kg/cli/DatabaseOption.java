package org.asiasec.kg.cli;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.asiasec.kg.store.KgDatabase;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that build or read a database. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2", description = "Database folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    /**
     * The database in the folder; where there is none, or another process (a server) has it open, a one-line
     * error that says what to do. {@code doing} names the command, for that advice.
     */
    DatasetGraph open(String doing) {
        DatabaseInUse.refuseIfHeld(folder, doing);
        return KgDatabase.open(folder);
    }
}
