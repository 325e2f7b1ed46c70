package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DumpFilesTest {

    @TempDir
    Path outside;
    private Path root;
    private DumpFiles files;

    @BeforeEach
    void dumpDirectory() throws IOException {
        root = Files.createDirectory(outside.resolve("dumps"));
        Files.writeString(root.resolve("asiasec.ttl"), "");
        Files.writeString(root.resolve(".secret"), "");
        Files.writeString(outside.resolve("secret.txt"), "");
        Files.createSymbolicLink(root.resolve("escape.txt"), outside.resolve("secret.txt"));
        files = new DumpFiles(root);
    }

    @Test
    @DisplayName("a file in the directory is found; the listing hides dot files")
    void findsFiles() throws IOException {
        assertEquals(root.resolve("asiasec.ttl"), files.resolve("asiasec.ttl").orElseThrow());
        assertTrue(files.list(root).stream().noneMatch(p -> p.getFileName().toString().startsWith(".")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "..", "./asiasec.ttl", "sub/../../secret.txt", ".secret", "escape.txt",
            "..\\secret.txt", "/etc/passwd", "C:/Windows/win.ini", "missing.ttl"})
    @DisplayName("nothing outside the directory, hidden, or reached through a link is served")
    void refusesEscapes(String path) {
        assertTrue(files.resolve(path).isEmpty(), path);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "asiasec.ttl, text/turtle; charset=utf-8",
            "asiasec.nt, application/n-triples; charset=utf-8",
            "asiasec.nq, application/n-quads; charset=utf-8",
            "asiasec.trig, application/trig; charset=utf-8",
            "asiasec.jsonld, application/ld+json; charset=utf-8",
            "asiasec.rdf, application/rdf+xml; charset=utf-8",
            "asiasec.nq.gz, application/gzip",
            "README.md, text/plain; charset=utf-8",
            "asiasec.bin, application/octet-stream",
    })
    @DisplayName("dump files carry their RDF media type")
    void contentTypes(String name, String contentType) {
        assertEquals(contentType, DumpFiles.contentType(name));
    }
}
