package org.asiasec.kg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.Quad;
import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.pipeline.CorpusPipeline;
import org.asiasec.kg.store.ExportFormat;
import org.asiasec.kg.store.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the extractor on texts and write RDF files, without touching a database.",
            "Each text becomes one named graph; metadata is read from sources.tsv next to the texts."})
final class ExtractCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

    @Option(names = "--format", defaultValue = "trig",
            description = "Output format: trig, nq, ttl or jsonld (default: ${DEFAULT-VALUE}). Turtle holds no graph names.")
    ExtractFormat format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "One file for all texts.")
        Path file;

        @Option(names = "--out-dir", paramLabel = "DIR", required = true,
                description = "One file per text, named <text name without extension>.<format extension>.")
        Path folder;
    }

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Text files or folders of texts (*.txt, *.md).")
    List<Path> inputs;

    @Mixin
    IriOptions iris;

    /** The formats extract writes: a subset of the export formats. */
    enum ExtractFormat {
        trig, nq, ttl, jsonld;

        ExportFormat rdf() {
            return ExportFormat.valueOf(name());
        }
    }

    @Override
    public Integer call() {
        List<Path> texts = new CorpusReader().listTexts(inputs);
        if (texts.isEmpty()) {
            throw new UserException("no texts (*.txt, *.md) in " + inputs);
        }
        IriScheme scheme = iris.scheme();
        Map<String, String> prefixes = Prefixes.standard(scheme);
        CorpusPipeline pipeline = new CorpusPipeline(new StandardExtractor(), scheme);
        if (texts.size() > 1) { // one text alone fails on its own error
            pipeline = pipeline.skippingUnreadable(e -> LOG.warn("warning: skipped {}", Main.oneLine(e.getMessage())));
        }
        ProgressLine progress = new ProgressLine(LOG);
        long[] written = {0};
        int[] read = {0};
        ExportFormat rdf = format.rdf();
        if (destination.file != null) {
            try (OutputFile out = OutputFile.create(destination.file)) {
                ExportFormat.QuadWriter writer = rdf.open(out.stream(), prefixes);
                long quads = pipeline.run(texts, new CorpusPipeline.TextSink() {
                    @Override
                    public void quad(Quad quad) {
                        writer.quad(quad);
                    }

                    @Override
                    public void end(SourceText source, long textQuads, int done, int total) {
                        read[0]++;
                        progress.update(done, total, written[0] += textQuads);
                    }
                });
                requireSomeRead(read[0], texts);
                writer.finish();
                out.commit();
                LOG.info("wrote {} ({} texts, {} triples)", destination.file, read[0], quads);
            }
        } else {
            Map<String, Path> stems = outputFiles(texts, destination.folder, rdf);
            createFolder(destination.folder);
            long quads;
            try (FilePerText files = new FilePerText(stems, rdf, prefixes, (textQuads, done, total) -> {
                read[0]++;
                progress.update(done, total, written[0] += textQuads);
            })) {
                quads = pipeline.run(texts, files);
            }
            requireSomeRead(read[0], texts);
            LOG.info("wrote {} files to {} ({} triples)", read[0], destination.folder, quads);
        }
        return Main.OK;
    }

    /** Writes each text's quads to a file of its own, put in place once the text is complete. */
    private static final class FilePerText implements CorpusPipeline.TextSink, AutoCloseable {
        private final Map<String, Path> files;
        private final ExportFormat format;
        private final Map<String, String> prefixes;
        private final TextDone textDone;
        private OutputFile out;
        private ExportFormat.QuadWriter writer;

        interface TextDone {
            void text(long quads, int done, int total);
        }

        FilePerText(Map<String, Path> files, ExportFormat format, Map<String, String> prefixes, TextDone textDone) {
            this.files = files;
            this.format = format;
            this.prefixes = prefixes;
            this.textDone = textDone;
        }

        @Override
        public void begin(SourceText source) {
            out = OutputFile.create(files.get(source.fileName()));
            writer = format.open(out.stream(), prefixes);
        }

        @Override
        public void quad(Quad quad) {
            writer.quad(quad);
        }

        @Override
        public void end(SourceText source, long quads, int done, int total) {
            writer.finish();
            out.commit();
            textDone.text(quads, done, total);
        }

        /** Throws away the file of a text left unfinished by a failure. */
        @Override
        public void close() {
            if (out != null) {
                out.close();
            }
        }
    }

    private static void requireSomeRead(int read, List<Path> texts) {
        if (read == 0) {
            throw new UserException("none of the " + texts.size() + " texts could be read");
        }
    }

    /** Output file per text file name; two inputs with the same name would overwrite each other. */
    private static Map<String, Path> outputFiles(List<Path> texts, Path folder, ExportFormat rdf) {
        Map<String, Path> files = new HashMap<>();
        for (Path text : texts) {
            String name = text.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path output = folder.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + rdf.extension);
            if (files.containsValue(output) || files.put(name, output) != null) {
                throw new UserException("two inputs would both be written to " + output + " (" + name + ")");
            }
        }
        return files;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserException("cannot create folder " + folder + ": " + Main.reason(e), e);
        }
    }
}
