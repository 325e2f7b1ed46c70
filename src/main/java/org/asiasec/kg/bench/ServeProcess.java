package org.asiasec.kg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code serve} command in a child JVM, as a user starts it: on an existing database and a free
 * loopback port, with the server's JVM options file when there is one. The bench reaches it only over
 * HTTP, as any client would.
 */
final class ServeProcess implements AutoCloseable {

    /** The server's JVM options, as a {@code java} argument file (see the README's Configuration). */
    static final Path JVM_OPTIONS = Path.of("fuseki-config/jvm.options");
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final Process child;
    private final int port;
    private final double secondsToFirstAnswer;

    private ServeProcess(Process child, int port, double secondsToFirstAnswer) {
        this.child = child;
        this.port = port;
        this.secondsToFirstAnswer = secondsToFirstAnswer;
    }

    /** The child's JVM options: the server's argument file, as {@code @FILE}, when there is one. */
    static List<String> jvmOptions() {
        return Files.isRegularFile(JVM_OPTIONS) ? List.of("@" + JVM_OPTIONS.toAbsolutePath()) : List.of();
    }

    /** Starts {@code serve} and returns once its SPARQL endpoint has answered a first query with 200. */
    static ServeProcess start(Path database, Path log) {
        int port = freePort();
        List<String> command = ChildJava.command(jvmOptions(),
                List.of("serve", "--db", database.toString(), "--port", String.valueOf(port)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/kg/sparql?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(5)).build();
        Process child = null;
        try {
            long start = System.nanoTime();
            child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                if (!child.isAlive()) {
                    throw new IllegalStateException("serve exited with " + child.exitValue() + " before answering; see " + log);
                }
                if (answers(http, ask)) {
                    return new ServeProcess(child, port, (System.nanoTime() - start) / 1e9);
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("serve did not answer within " + GIVE_UP.toSeconds() + " s; see " + log);
        } catch (IOException e) {
            stop(child);
            throw new IllegalStateException("cannot start serve: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            stop(child);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for serve", e);
        } catch (RuntimeException e) {
            stop(child);
            throw e;
        }
    }

    /** From starting the process to the first 200 from the SPARQL endpoint. */
    double secondsToFirstAnswer() {
        return secondsToFirstAnswer;
    }

    String sparqlEndpoint() {
        return "http://127.0.0.1:" + port + "/kg/sparql";
    }

    @Override
    public void close() {
        stop(child);
    }

    private static boolean answers(HttpClient http, HttpRequest ask) throws InterruptedException {
        try {
            return http.send(ask, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void stop(Process child) {
        if (child == null) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
