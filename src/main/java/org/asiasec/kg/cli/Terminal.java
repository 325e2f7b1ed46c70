package org.asiasec.kg.cli;

import java.io.Console;

/** Whether this process talks to a person at a terminal. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when the JVM has a console that is a terminal. Up to Java 21 a console exists only then; from
     * Java 22 one exists for every process and {@code Console.isTerminal()} tells.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
