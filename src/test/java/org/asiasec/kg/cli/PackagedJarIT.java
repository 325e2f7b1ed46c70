package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.asiasec.kg.TestCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar works on its own: Jena, Fuseki and the UI initialise from it; errors stay one line. */
class PackagedJarIT {

    @TempDir
    Path temp;

    @Test
    @DisplayName("java -jar asiasec-kg.jar --help and --version")
    void help() throws Exception {
        CliRun run = JarProcess.run(temp, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        for (String command : new String[] {"build", "serve", "extract", "export", "query", "validate"}) {
            assertTrue(run.out().contains("  " + command + " "), command);
        }
        assertEquals("", run.err());
        assertFalse(run.out().contains("\u001b"), "no ANSI codes into a file: " + run);
        CliRun version = JarProcess.run(temp, "--version");
        assertTrue(version.out().matches("asiasec-kg \\d+\\.\\d+\\.\\d+.*\\R"), version::toString);
    }

    @Test
    @DisplayName("from the jar, errors are one line on stderr with no stack trace or library noise")
    void oneLineErrors() throws Exception {
        assertOneLine(JarProcess.run(temp, "extract", "--out", "x.trig", "no-such-folder"), 1);
        assertOneLine(JarProcess.run(temp, "export", "--format", "xyz"), 2);
        assertOneLine(JarProcess.run(temp, "extract", "corpus"), 2);
        assertOneLine(JarProcess.run(temp, "serve", "--port", "99999"), 2);
        assertOneLine(JarProcess.run(temp, "query", "--query", "SELECT * { ?s ?p ?o }"), 1);
        Path broken = Files.writeString(temp.resolve("broken.ttl"), "[] a <http://example.org/x> .\nthis is not Turtle\n");
        assertOneLine(JarProcess.run(temp, "serve", "--config", broken.toString()), 1);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertOneLine(JarProcess.run(temp, "serve", "--port", String.valueOf(taken.getLocalPort())), 1);
        }
    }

    private static void assertOneLine(CliRun run, int code) {
        assertEquals(code, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: ") && !run.err().startsWith("error: Error"), run::toString);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
        assertFalse(run.out().contains("\u001b") || run.err().contains("\u001b"), "no ANSI codes into a file: " + run);
    }

    @Test
    @DisplayName("serve in a fresh folder builds the corpus, then answers SPARQL, serves the UI from inside the jar, pages and dumps")
    void serveFromFreshFolder() throws Exception {
        TestCorpus.copy(temp.resolve("corpus"), 5);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        Path err = temp.resolve("serve.err");
        long start = System.nanoTime();
        Process server = JarProcess.builder(temp, "serve", "--port", String.valueOf(port))
                .redirectError(err.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder printed = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.contains("VoID")) {
                printed.append(line).append('\n'); // wait for the URLs; VoID comes last
            }
            assertTrue(line != null, () -> "the server stopped: " + read(err));
            assertTrue(printed.toString().contains("Linked data      http://127.0.0.1:" + port + "/page/"), printed::toString);
            assertTrue(printed.toString().contains("Dumps            http://127.0.0.1:" + port + "/dumps/"), printed::toString);
            System.out.printf("serve (build of 5 texts included) ready after %.1f s%n", (System.nanoTime() - start) / 1e9);

            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port + "/";
            var page = http.send(HttpRequest.newBuilder(URI.create(base)).build(), BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Apache Jena Fuseki"), page.body());
            String script = page.body().replaceAll("(?s).*<script[^>]*src=\"\\./([^\"]+)\".*", "$1");
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + script)).build(), BodyHandlers.discarding()).statusCode());

            String count = URLEncoder.encode("SELECT(COUNT(*)AS?n){?s?p?o}", StandardCharsets.UTF_8);
            var answer = http.send(HttpRequest.newBuilder(URI.create(base + "kg/sparql?query=" + count))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(),
                    BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            long n = Long.parseLong(answer.body().replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1"));
            assertTrue(n > 0, answer.body());

            var resource = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(
                    HttpRequest.newBuilder(URI.create(base + "resource/SCO")).header("Accept", "text/html").build(),
                    BodyHandlers.ofString());
            assertEquals(200, resource.statusCode());
            assertTrue(resource.uri().getPath().endsWith("/page/SCO") && resource.body().contains("上海合作组织"), resource.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "dumps/void.ttl")).build(),
                    BodyHandlers.discarding()).statusCode());
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
        assertTrue(Files.isDirectory(temp.resolve("data/tdb2")), "the database was built where the configuration says");
        assertFalse(Files.exists(temp.resolve("run")), "no Fuseki admin area was created");
        String log = read(err);
        assertFalse(log.contains("\tat ") || log.contains("ERROR") || log.contains("SLF4J"), "no stack trace, error or logging set-up noise:\n" + log);
        assertTrue(log.contains("start java with -XX:-DontCompileHugeMethods"),
                "started without fuseki-config/jvm.options, serve says how to start it:\n" + log);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(" + e + ")";
        }
    }
}
