package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedDataSettingsTest {

    @Test
    @DisplayName("the VoID file is read when asked for, and is simply absent until it is written")
    void voidFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("void.ttl");
        LinkedDataSettings settings = LinkedDataSettings.defaults().withVoidFile(file);
        assertNull(settings.voidDescription().get());
        Files.writeString(file, "<https://w3id.org/asiasec/resource/dataset> a <http://rdfs.org/ns/void#Dataset> .\n");
        assertEquals(1, settings.voidDescription().get().size());
    }

    @Test
    @DisplayName("a base without a trailing slash gets one; the dataset name loses its leading slash")
    void normalised() {
        LinkedDataSettings settings = LinkedDataSettings.defaults()
                .withResourceBase("http://example.org/id").withDatasetName("/kg");
        assertEquals("http://example.org/id/", settings.resourceBase());
        assertEquals("kg", settings.datasetName());
    }
}
