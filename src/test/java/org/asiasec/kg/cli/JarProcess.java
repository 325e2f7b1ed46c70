package org.asiasec.kg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar ({@code target/asiasec-kg.jar}) run as a separate process, as a user runs it. */
public final class JarProcess {

    static final Path JAR = Path.of(System.getProperty("asiasec.jar", "target/asiasec-kg.jar")).toAbsolutePath();

    private JarProcess() {
    }

    public static ProcessBuilder builder(Path workingDir, String... args) {
        return builder(workingDir, List.of(), args);
    }

    /** The same with further JVM options, such as {@code @fuseki-config/jvm.options}. */
    public static ProcessBuilder builder(Path workingDir, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDir.toFile());
    }

    /** Runs to completion (at most two minutes) and returns what it wrote. */
    static CliRun run(Path workingDir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        try {
            Process process = builder(workingDir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish");
            }
            return new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
