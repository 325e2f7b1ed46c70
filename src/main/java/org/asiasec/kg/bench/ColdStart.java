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

import org.asiasec.kg.server.FusekiConfig;

/**
 * Server cold start: a child JVM runs {@code serve} on an existing database and a free port; the
 * clock runs from starting the process until the SPARQL endpoint first answers a query with 200.
 */
final class ColdStart {

    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** The child's JVM options: the server's argument file, as {@code @FILE}, when there is one. */
    List<String> jvmOptions() {
        return Files.isRegularFile(FusekiConfig.JVM_OPTIONS) ? List.of("@" + FusekiConfig.JVM_OPTIONS.toAbsolutePath()) : List.of();
    }

    /** Seconds to the first answer. */
    double measure(Path database, Path log) {
        int port = freePort();
        List<String> command = ChildJava.command(jvmOptions(),
                List.of("serve", "--db", database.toString(), "--port", String.valueOf(port)));
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
                if (answers(ask)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("serve did not answer within " + GIVE_UP.toSeconds() + " s; see " + log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start serve: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for serve", e);
        } finally {
            stop(child);
        }
    }

    private boolean answers(HttpRequest ask) throws InterruptedException {
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
