package org.asiasec.kg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.rdf.IriScheme;

/**
 * The extractor on Apache Spark, for corpora larger than one machine extracts in good time. Run with
 * {@code spark-submit --class org.asiasec.kg.spark.SparkExtractJob target/asiasec-kg.jar --input IN --output OUT}.
 *
 * <p>The input is a folder of texts (read with Spark's {@code binaryFile} source; {@code .txt}, {@code .text},
 * {@code .md}, {@code .markdown}, metadata from the folder's {@code sources.tsv}) or a table of
 * {@code (name, text)} rows in Parquet ({@code .parquet}) or JSON lines ({@code .json}, {@code .jsonl}),
 * metadata from {@code --metadata sources.tsv}. Each text is extracted on an executor
 * ({@link ExecutorExtraction}: HanLP and the lexicon loaded once per executor JVM). The output folder gets
 * {@code nq/part-NNNNN.nq}, one N-Quads file per partition, each text's named graph whole in one of them, and
 * {@code manifest.tsv}: one row per text (name, quads, why it could not be read) after a header of totals.
 * Then {@code java -jar asiasec-kg.jar load --db DIR OUT/nq} loads the files into a database and counts the
 * statistics once.
 */
public final class SparkExtractJob {

    static final String NQ_FOLDER = "nq";
    static final String MANIFEST = "manifest.tsv";

    private SparkExtractJob() {
    }

    /** What the job read and wrote. */
    public record Summary(long texts, long unreadable, long quads, List<String> files) {
    }

    /** The job's options, as {@code spark-submit} passes them after the jar. */
    record Options(String input, String output, String base, String metadata, int partitions) {

        static Options parse(String... args) {
            String input = null;
            String output = null;
            String base = IriScheme.DEFAULT_BASE;
            String metadata = null;
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--input" -> input = value;
                    case "--output" -> output = value;
                    case "--base" -> base = value;
                    case "--metadata" -> metadata = value;
                    case "--partitions" -> partitions = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: " + USAGE);
                }
                i++;
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("usage: " + USAGE);
            }
            return new Options(input, output, base, metadata, partitions);
        }
    }

    static final String USAGE = "SparkExtractJob --input FOLDER|TABLE.parquet|TABLE.jsonl --output FOLDER "
            + "[--base IRI] [--metadata sources.tsv] [--partitions N]";

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("asiasec-kg extract").getOrCreate();
        try {
            long start = System.nanoTime();
            Summary summary = run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("extracted %d texts (%d unreadable), %d quads, into %d files under %s in %.1f s (%.2f texts/s)%n",
                    summary.texts(), summary.unreadable(), summary.quads(), summary.files().size(), options.output(), seconds,
                    summary.texts() / seconds);
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, Options options) {
        String base = options.base();
        Dataset<ExtractedText> extracted = extract(spark, options, base).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Path nq = new Path(options.output(), NQ_FOLDER);
            extracted.filter(functions.col("error").isNull()).select("nquads").write().mode("overwrite").text(nq.toString());
            List<String> files = renamePartitions(spark, nq);
            List<Row> rows = extracted.select("name", "quads", "error").orderBy("name").collectAsList();
            long unreadable = rows.stream().filter(r -> !r.isNullAt(2)).count();
            long quads = rows.stream().mapToLong(r -> r.getLong(1)).sum();
            writeManifest(spark, new Path(options.output(), MANIFEST), rows, unreadable, quads, files);
            return new Summary(rows.size(), unreadable, quads, files);
        } finally {
            extracted.unpersist();
        }
    }

    private static Dataset<ExtractedText> extract(SparkSession spark, Options options, String base) {
        String input = options.input();
        String lower = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (lower.endsWith(".parquet") || lower.endsWith(".json") || lower.endsWith(".jsonl")) {
            Dataset<Row> table = lower.endsWith(".parquet") ? spark.read().parquet(input) : spark.read().json(input);
            String sourcesTsv = options.metadata() == null ? "" : readSmallFile(spark, new Path(options.metadata()));
            return partitioned(table.select("name", "text"), options).mapPartitions(
                    (MapPartitionsFunction<Row, ExtractedText>) rows -> map(rows,
                            row -> ExecutorExtraction.fromText(row.getString(0), row.getString(1), base, sourcesTsv)),
                    Encoders.bean(ExtractedText.class));
        }
        Path folder = new Path(input);
        Path catalog = options.metadata() != null ? new Path(options.metadata()) : new Path(folder, MetadataCatalog.FILE_NAME);
        String sourcesTsv = exists(spark, catalog) ? readSmallFile(spark, catalog) : "";
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.{txt,text,md,markdown,TXT,TEXT,MD,MARKDOWN}")
                .load(input)
                .select("path", "content")
                .filter(functions.not(functions.col("path").contains("/.")));
        return partitioned(files, options).mapPartitions(
                (MapPartitionsFunction<Row, ExtractedText>) rows -> map(rows,
                        row -> ExecutorExtraction.fromBytes(fileName(row.getString(0)), (byte[]) row.get(1), base, sourcesTsv)),
                Encoders.bean(ExtractedText.class));
    }

    private static Dataset<Row> partitioned(Dataset<Row> rows, Options options) {
        return options.partitions() > 0 ? rows.repartition(options.partitions()) : rows;
    }

    private static Iterator<ExtractedText> map(Iterator<Row> rows, java.util.function.Function<Row, ExtractedText> each) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ExtractedText next() {
                return each.apply(rows.next());
            }
        };
    }

    private static String fileName(String path) {
        String decoded = URI.create(path).getPath();
        return decoded.substring(decoded.lastIndexOf('/') + 1);
    }

    /** part-00000-<uuid>-c000.txt → part-00000.nq, so that tdb2.xloader and other tools see the format. */
    private static List<String> renamePartitions(SparkSession spark, Path folder) {
        try {
            FileSystem fs = folder.getFileSystem(conf(spark));
            List<String> names = new ArrayList<>();
            for (FileStatus file : fs.listStatus(folder)) {
                String name = file.getPath().getName();
                if (name.startsWith("part-") && name.endsWith(".txt")) {
                    String renamed = name.substring(0, "part-00000".length()) + ".nq";
                    fs.rename(file.getPath(), new Path(folder, renamed));
                    names.add(NQ_FOLDER + "/" + renamed);
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename the N-Quads files in " + folder, e);
        }
    }

    private static void writeManifest(SparkSession spark, Path file, List<Row> rows, long unreadable, long quads,
            List<String> files) {
        StringBuilder tsv = new StringBuilder();
        tsv.append("# texts\t").append(rows.size()).append('\n');
        tsv.append("# unreadable\t").append(unreadable).append('\n');
        tsv.append("# quads\t").append(quads).append('\n');
        files.forEach(f -> tsv.append("# file\t").append(f).append('\n'));
        tsv.append("name\tquads\terror\n");
        for (Row row : rows) {
            tsv.append(row.getString(0)).append('\t').append(row.getLong(1)).append('\t')
                    .append(row.isNullAt(2) ? "" : row.getString(2).replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        try (OutputStream out = file.getFileSystem(conf(spark)).create(file, true)) {
            out.write(tsv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static boolean exists(SparkSession spark, Path file) {
        try {
            return file.getFileSystem(conf(spark)).exists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for " + file, e);
        }
    }

    private static String readSmallFile(SparkSession spark, Path file) {
        try (var in = file.getFileSystem(conf(spark)).open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Configuration conf(SparkSession spark) {
        return spark.sparkContext().hadoopConfiguration();
    }
}
