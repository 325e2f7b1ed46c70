package org.asiasec.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.EmptyTextException;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.store.BuildSummary;
import org.asiasec.kg.store.DatabaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extract every text of a corpus and load the graph into a TDB2 database.",
            "The new database replaces the old one only once it is complete: an interrupted build leaves the previous database as it was."})
final class BuildCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BuildCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

    @Mixin
    DatabaseOption database;

    @Mixin
    IriOptions iris;

    @Override
    public Integer call() {
        BuildSummary summary;
        // Holding the live database's lock, the build cannot swap it away from under a server that
        // opens it meanwhile; a database already served is refused with one line.
        Skips skips = new Skips();
        try (DatabaseInUse held = DatabaseInUse.hold(database.folder(), "build")) {
            summary = build(corpus.folder, database.folder(), iris, skips);
        }
        spec.commandLine().getOut().println(describe(summary, skips));
        return Main.OK;
    }

    /** The texts a build left out, by why: empty ones are counted apart from unreadable ones. */
    static final class Skips {
        int empty;
    }

    static BuildSummary build(Path corpus, Path database, IriOptions iris, Skips skips) {
        ProgressLine line = new ProgressLine(LOG);
        return new DatabaseBuilder(new StandardExtractor(), iris.scheme()).build(corpus, database, new DatabaseBuilder.Progress() {
            @Override
            public void update(int done, int total, long quads) {
                line.update(done, total, quads);
            }

            @Override
            public void skipped(UserException why) {
                if (why instanceof EmptyTextException) {
                    skips.empty++;
                    LOG.warn("warning: {}; skipped", Main.oneLine(why.getMessage()));
                } else {
                    LOG.warn("warning: skipped {}", Main.oneLine(why.getMessage()));
                }
            }
        });
    }

    /**
     * The summary line. Its triple count adds up the named graphs (a statement two texts share counts
     * twice) with the ontology's and the description's graphs: the README's "Three triple counts" tells it
     * from COUNT(*) over the union and from the VoID description's void:triples.
     */
    static String describe(BuildSummary s, Skips skips) {
        int unreadable = s.skipped() - skips.empty;
        String left = (skips.empty > 0 ? skips.empty + " empty" : "")
                + (skips.empty > 0 && unreadable > 0 ? ", " : "") + (unreadable > 0 ? unreadable + " unreadable" : "");
        return String.format("built %s: %d texts%s, %d triples in its named graphs (%s) in %.1f s",
                s.database(), s.texts(), left.isEmpty() ? "" : " (" + left + ", skipped)",
                s.quads(), s.withOntology() ? "ontology and dataset description included" : "no ontology file found",
                s.time().toMillis() / 1000.0);
    }
}
