package org.asiasec.kg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.asiasec.kg.rdf.IriScheme;

/**
 * The downloadable copies of a database: the whole dataset in every {@link ExportFormat}
 * ({@code asiasec.ttl}, {@code .nt}, {@code .nq}, {@code .trig}, {@code .jsonld}, {@code .rdf}) and its
 * VoID/DCAT description ({@code void.ttl}), in the folder {@code dumps/} inside the database folder.
 * The build writes them into its build folder, so they are swapped in together with the database:
 * a killed build never leaves a half-written dump where the server would serve it.
 *
 * <p>The description names the public addresses of the endpoint and the dumps, derived from the base
 * of the resource IRIs: the site root is the base's parent ({@code https://w3id.org/asiasec/resource/}
 * → {@code https://w3id.org/asiasec/}), with the SPARQL endpoint at {@code kg/sparql} and the dumps at
 * {@code dumps/} below it. {@code serve} lays out its own address the same way (/resource/, /kg/sparql,
 * /dumps/), so whatever maps the root to the server makes every address in the description work.
 */
public final class DatasetDumps {

    public static final String FOLDER = "dumps";
    public static final String VOID_FILE = "void.ttl";
    private static final String FILE_STEM = "asiasec";
    /** Where fuseki-config/config.ttl puts the SPARQL endpoint, relative to the site root. */
    private static final String SPARQL_PATH = "kg/sparql";

    private DatasetDumps() {
    }

    /** The dumps folder of a database folder. */
    public static Path folderOf(Path database) {
        return database.resolve(FOLDER);
    }

    public static Path voidFile(Path dumpsFolder) {
        return dumpsFolder.resolve(VOID_FILE);
    }

    public static String fileName(ExportFormat format) {
        return FILE_STEM + "." + format.extension;
    }

    /** The standard titles and licence, with the public endpoint and dump addresses under the site root. */
    public static DescriptionSettings descriptionSettings(IriScheme iris) {
        String root = siteRoot(iris.base());
        Map<Lang, String> dumps = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            dumps.put(format.lang(), root + FOLDER + "/" + fileName(format));
        }
        return DescriptionSettings.of(iris, root + SPARQL_PATH, dumps);
    }

    /** The base's parent folder; the base itself when it is a host's root. */
    static String siteRoot(String base) {
        String path = URI.create(base).getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return base.endsWith("/") ? base : base + "/";
        }
        String folder = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return folder.substring(0, folder.lastIndexOf('/') + 1);
    }

    /**
     * Writes every format of the dataset and the description into {@code folder} (created if needed),
     * the files side by side, each in a read transaction of its own.
     */
    public static void write(DatasetGraph dataset, Model description, Path folder) {
        ParallelReads.run(dataset, jobs(dataset, description, folder));
    }

    /**
     * One job per file, each to be run in a read transaction; they share nothing, so they may run at
     * the same time ({@link ParallelReads}).
     */
    static List<Runnable> jobs(DatasetGraph dataset, Model description, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps into " + folder, e);
        }
        List<Runnable> jobs = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            jobs.add(() -> writeFile(folder.resolve(fileName(format)), out -> format.write(dataset, out)));
        }
        jobs.add(() -> writeFile(voidFile(folder),
                out -> RDFWriter.source(description).format(RDFFormat.TURTLE_PRETTY).output(out)));
        return jobs;
    }

    private static void writeFile(Path file, Consumer<OutputStream> content) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            content.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump " + file, e);
        }
    }
}
