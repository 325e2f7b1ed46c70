package org.asiasec.kg.cli;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.asiasec.kg.store.KgDatabase;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that build, read or serve a database. */
final class DatabaseOption {

    /** Where the database is unless --db says otherwise; the shipped Fuseki configuration points here too. */
    static final Path DEFAULT = Path.of("data/tdb2");

    // No picocli default: serve must tell "not given" (then its configuration file decides) from "given".
    @Option(names = "--db", paramLabel = "DIR",
            description = "Database folder (default: data/tdb2).")
    Path given;

    /** The folder given, else {@code data/tdb2}. */
    Path folder() {
        return folderOr(DEFAULT);
    }

    /** The folder given, else {@code fallback}. */
    Path folderOr(Path fallback) {
        return given != null ? given : fallback;
    }

    /**
     * The database in the folder; where there is none, or another process (a server) has it open, a one-line
     * error that says what to do. {@code doing} names the command, for that advice.
     */
    DatasetGraph open(String doing) {
        DatabaseInUse.refuseIfHeld(folder(), doing);
        return KgDatabase.open(folder());
    }
}
