package org.asiasec.kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.asiasec.kg.store.ExportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Dump the database, ontology included, with Jena's RDF writers.",
            "Quad formats (trig, nq, jsonld) keep one named graph per source text; triple formats (ttl, nt, rdfxml) hold their union."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path file;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() throws IOException {
        DatasetGraph dataset = database.open("export");
        if (file == null) {
            try (OutputStream out = new NonClosing(main.stdout())) {
                Txn.executeRead(dataset, () -> format.write(dataset, out));
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("cannot write to standard output", e.getCause());
            }
            return Main.OK;
        }
        try (OutputFile out = OutputFile.create(file)) {
            Txn.executeRead(dataset, () -> format.write(dataset, out.stream()));
            out.commit();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + file, e.getCause());
        }
        return Main.OK;
    }

    /** Standard output is flushed, not closed, when a command finishes. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
