package org.asiasec.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures read from a child JVM's unified GC log ({@code -Xlog:gc,gc+heap+exit}): the most heap
 * in use at any collection or at exit (garbage included) and the most still in use after a
 * collection (what the program really kept).
 */
record GcLog(long peakUsedBytes, long peakAfterGcBytes, int collections) {

    /** The JVM options that make a child write the log this class reads. */
    static List<String> options(Path file) {
        return List.of("-Xlog:gc=info,gc+heap+exit=info:file=" + file.toAbsolutePath());
    }

    // "... Pause Young (Normal) (G1 Evacuation Pause) 68M->24M(380M) 83.854ms"
    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");
    // "[gc,heap,exit]  garbage-first heap   total 245760K, used 72680K [...]"
    private static final Pattern EXIT = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    static GcLog read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GC log " + file, e);
        }
        long peak = 0;
        long afterGc = 0;
        int collections = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                collections++;
                peak = Math.max(peak, bytes(pause.group(1), pause.group(2)));
                afterGc = Math.max(afterGc, bytes(pause.group(3), pause.group(4)));
            }
            Matcher exit = EXIT.matcher(line);
            if (exit.find()) {
                peak = Math.max(peak, Long.parseLong(exit.group(1)) * 1024);
            }
        }
        return new GcLog(peak, afterGc, collections);
    }

    private static long bytes(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
