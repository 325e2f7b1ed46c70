package org.asiasec.kg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.asiasec.kg.UserException;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.store.BuildSummary;
import org.asiasec.kg.store.DatabaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Build a TDB2 database from N-Quads files extracted elsewhere (the Spark job's nq/ folder, or extract --format nq).",
            "As build does: the ontology, the union default graph, the description and its statistics counted once after loading, the dumps; "
                    + "the new database replaces the old one only once it is complete."})
final class LoadCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "N-Quads files, or folders of them (*.nq), one named graph per text.")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    DatabaseOption database;

    @Mixin
    IriOptions iris;

    @Override
    public Integer call() {
        ProgressLine line = new ProgressLine(LOG);
        BuildSummary summary;
        try (DatabaseInUse held = DatabaseInUse.hold(database.folder(), "load")) { // as build: never under a server
            summary = new DatabaseBuilder(new StandardExtractor(), iris.scheme())
                    .load(nquadsFiles(inputs), database.folder(), (done, total, quads) -> line.update(done, total, quads));
        }
        spec.commandLine().getOut().println(BuildCommand.describe(summary, new BuildCommand.Skips()).replaceFirst("^built", "loaded"));
        return Main.OK;
    }

    private static List<Path> nquadsFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> found = Files.list(input)) {
                    files.addAll(found.filter(f -> f.getFileName().toString().endsWith(".nq")).sorted().toList());
                } catch (IOException e) {
                    throw new UserException("cannot list " + input + ": " + Main.reason(e), e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new UserException("no such file or folder: " + input);
            }
        }
        if (files.isEmpty()) {
            throw new UserException("no N-Quads files (*.nq) in " + inputs);
        }
        return files;
    }
}
