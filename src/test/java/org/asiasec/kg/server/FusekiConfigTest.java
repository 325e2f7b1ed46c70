package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.asiasec.kg.UserException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FusekiConfigTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("the shipped configuration serves /kg from data/tdb2, and its packed copy says the same")
    void shippedConfiguration() {
        FusekiConfig config = FusekiConfig.load(FusekiConfig.DEFAULT);
        assertEquals("/kg", config.datasetPath());
        assertEquals(Path.of("data/tdb2").toAbsolutePath(), config.databaseLocation());
        assertEquals(config.model().size(), FusekiConfig.packaged().model().size());
    }

    @Test
    @DisplayName("--db moves the database without touching anything else")
    void withDatabase() {
        FusekiConfig config = FusekiConfig.load(FusekiConfig.DEFAULT);
        FusekiConfig moved = config.withDatabase(temp.resolve("elsewhere"));
        assertEquals(temp.resolve("elsewhere").toAbsolutePath(), moved.databaseLocation());
        assertEquals(config.model().size(), moved.model().size());
        assertEquals(Path.of("data/tdb2").toAbsolutePath(), config.databaseLocation(), "the original is unchanged");
    }

    @Test
    @DisplayName("a configuration that is not Turtle, or names two databases, is a one-line user error")
    void badConfigurations() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.ttl"), "[] a <http://example.org/x> .\nthis is not Turtle");
        var e = assertThrows(UserException.class, () -> FusekiConfig.load(broken));
        assertTrue(e.getMessage().startsWith(broken.toString()), e.getMessage());

        String two = Files.readString(FusekiConfig.DEFAULT)
                + "\n<http://example.org/second> a tdb2:DatasetTDB2 ; tdb2:location \"other\" .\n";
        Path twoDatabases = Files.writeString(temp.resolve("two.ttl"), two);
        assertThrows(UserException.class, () -> FusekiConfig.load(twoDatabases).databaseLocation());
    }
}
