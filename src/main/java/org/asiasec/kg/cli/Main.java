package org.asiasec.kg.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
            // The commands, in the order --help lists them:
            BuildCommand.class,
            ServeCommand.class,
            ExtractCommand.class,
            ExportCommand.class,
            QueryCommand.class,
            ValidateCommand.class,
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
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("error: " + oneLine(e.getMessage())
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

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing");
    }

    OutputStream stdout() {
        return stdout;
    }

    /** The user-facing line for a failure: the message itself for user errors, else the chain of causes. */
    static String describe(Throwable e) {
        if (e instanceof UserException) {
            return oneLine(e.getMessage());
        }
        StringBuilder line = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null || (t.getCause() != null && message.equals(t.getCause().toString()))) {
                continue;
            }
            if (line.indexOf(message) >= 0) {
                continue;
            }
            if (!line.isEmpty()) {
                line.append(": ");
            }
            line.append(t instanceof UncheckedIOException || t instanceof UserException || t instanceof java.io.IOException
                    ? message : t.getClass().getSimpleName() + " " + message);
        }
        return line.isEmpty() ? e.getClass().getSimpleName() : oneLine(line.toString());
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
