package org.asiasec.kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sys.JenaSystem;
import org.asiasec.kg.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code asiasec-kg} command. Exit codes: 0 success, 1 error (one line on stderr, no stack
 * trace), 2 wrong usage.
 */
@Command(name = "asiasec-kg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of Chinese texts on Asian security cooperation and serves it with Apache Jena Fuseki.",
        subcommands = {
            // Every command, in the order --help lists them; a new command is one more line here
            // (CliErrorsTest checks the --help of every command listed).
            BuildCommand.class,
            IngestCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            ExtractCommand.class,
            ExportCommand.class,
            QueryCommand.class,
            ValidateCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    /** Raw standard output, for data (RDF, query results) that must reach it byte for byte. */
    private final OutputStream stdout;

    Main(OutputStream stdout) {
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        // HanLP and Jetty log through java.util.logging: route it to log4j2 before anything uses it.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
        }
        // Jena's vocabulary classes fail to initialise if touched before Jena itself (extract uses RDF.getURI first).
        JenaSystem.init();
        System.exit(run(System.out, System.err, args));
    }

    /** Runs one command line; returns its exit code. */
    static int run(PrintStream out, PrintStream err, String... args) {
        return commandLine(out, err).execute(args);
    }

    static CommandLine commandLine(OutputStream out, OutputStream err) {
        CommandLine cli = new CommandLine(new Main(out));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi(out)));
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("error: " + usageProblem(e)
                    + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("error: " + describe(e));
            Log.DETAILS.debug("error details", e);
            return FAILED;
        });
        return cli;
    }

    /**
     * Styled help only on an interactive terminal: picocli's own guess can emit escape codes into pipes and
     * files (a JVM may report a console that is not a terminal), and in-process runs write to buffers.
     */
    private static CommandLine.Help.Ansi ansi(OutputStream out) {
        return out == System.out && Terminal.interactive() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF;
    }

    /** picocli's message for a usage error, on one line, without the "Error: " some of its messages start with. */
    static String usageProblem(CommandLine.ParameterException e) {
        return oneLine(e.getMessage()).replaceFirst("^(?i)error:\\s*", "");
    }

    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet());
        throw new CommandLine.ParameterException(spec.commandLine(), "which command? One of: " + commands);
    }

    OutputStream stdout() {
        return stdout;
    }

    /**
     * The one line shown for a failure: a user error's own message; otherwise the messages along the
     * chain of causes (an I/O problem reads "cannot write x: No space left on device").
     */
    static String describe(Throwable e) {
        if (e instanceof UserException) {
            return oneLine(e.getMessage());
        }
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t instanceof FileSystemException fs ? fileProblem(fs, parts) : t.getMessage();
            boolean repeatsCause = t.getCause() != null && t.getCause().toString().equals(message);
            if (message != null && !repeatsCause && parts.stream().noneMatch(p -> p.contains(message))) {
                parts.add(isIo(t) ? message : t.getClass().getSimpleName() + ": " + message);
            }
        }
        return parts.isEmpty() ? e.getClass().getSimpleName() : oneLine(String.join(": ", parts));
    }

    /** A file system error's reason, after its file's name unless an earlier part already named it. */
    private static String fileProblem(FileSystemException e, List<String> parts) {
        String file = e.getFile();
        boolean named = file == null || parts.stream().anyMatch(p -> p.contains(file));
        return named ? reason(e) : file + ": " + reason(e);
    }

    /** What went wrong with a file, without its name: "permission denied", "not a folder". */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (fs instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (fs instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (fs instanceof NotDirectoryException) {
                return "not a folder";
            }
            if (fs instanceof FileAlreadyExistsException) {
                return "already exists";
            }
            return fs.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isIo(Throwable t) {
        return t instanceof IOException || t instanceof UncheckedIOException;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static final class Log {
        static final Logger DETAILS = LoggerFactory.getLogger(Main.class);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"asiasec-kg " + (version == null ? "(development build)" : version)};
        }
    }
}
