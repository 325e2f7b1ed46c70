package org.asiasec.kg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for a child JVM running the project's own {@code Main} from the same classpath (the
 * jar, when the benchmark runs from it), so a child measures the real command, in a heap of its own.
 */
final class ChildJava {

    static final String MAIN = "org.asiasec.kg.cli.Main";

    private ChildJava() {
    }

    static List<String> command(List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN);
        command.addAll(arguments);
        return command;
    }
}
