package org.asiasec.kg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.asiasec.kg.UserException;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.store.IngestSummary;
import org.asiasec.kg.store.TextIngester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add or replace the named graphs of texts in a built database, or remove them, without a rebuild.",
            "One transaction: the union default graph, the dataset description and its statistics change with the texts; "
                    + "an interrupted ingest leaves the database as it was. Stop `serve` first: a database is open in one process at a time."})
final class IngestCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Texts (*.txt, *.md) or folders of texts; metadata from a sources.tsv beside them. A text already in the database is replaced.")
    List<Path> texts = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "NAME", arity = "1..*",
            description = "Remove these texts, named by file name as in dcterms:identifier (e.g. 004_17b06f580055d9ce.txt).")
    List<String> removals = new ArrayList<>();

    @Option(names = "--dumps",
            description = "Write the dumps anew after the change (time grows with the database). Without it they are marked stale (dumps/"
                    + TextIngester.STALE_FILE + ") and only void.ttl is written anew.")
    boolean writeDumps;

    @Mixin
    DatabaseOption database;

    @Mixin
    IriOptions iris;

    @Override
    public Integer call() {
        if (texts.isEmpty() && removals.isEmpty()) {
            throw new UserException("give the texts to ingest, or --remove NAME...");
        }
        ProgressLine line = new ProgressLine(LOG);
        // a served database is refused with one line; while the ingest has it open, TDB's own lock keeps a server out
        DatabaseInUse.refuseIfHeld(database.folder(), "ingest");
        IngestSummary summary = new TextIngester(new StandardExtractor(), iris.scheme()).ingest(database.folder(),
                new TextIngester.Changes(texts, removals, writeDumps), new TextIngester.Progress() {
                    @Override
                    public void update(int done, int total, long quads) {
                        line.update(done, total, quads);
                    }

                    @Override
                    public void writing(Path folder) {
                        LOG.info("writing the changes to {} in one transaction", folder);
                    }
                });
        spec.commandLine().getOut().println(describe(summary));
        return Main.OK;
    }

    static String describe(IngestSummary s) {
        return String.format("ingested into %s: %d texts added or replaced, %d removed, %d triples now; dumps %s; in %.1f s",
                s.database(), s.added(), s.removed(), s.quads(),
                s.dumpsWritten() ? "written anew" : "marked stale (ingest --dumps writes them)", s.time().toMillis() / 1000.0);
    }
}
