package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.asiasec.kg.TestCorpus;
import org.asiasec.kg.UserException;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity law of {@code ingest}: building texts A and then ingesting B gives the same database as
 * building A and B together, quad for quad (the stored union default graph and the description with its
 * statistics included); removing B again gives back the database of A.
 */
class TextIngesterTest {

    @TempDir
    static Path temp;

    private static final IriScheme IRIS = IriScheme.standard();
    private static List<String> fourTexts;
    private static List<String> fiveTexts;
    private static long fourQuads;
    private static long fiveQuads;
    private static Path fifth;

    /** One build of the first four corpus texts and one of all five, shared by the tests. */
    @BeforeAll
    static void buildFourAndFive() throws IOException {
        DatabaseBuilder builder = new DatabaseBuilder(new StandardExtractor(), IRIS);
        Path four = temp.resolve("four");
        fourQuads = builder.build(TestCorpus.copy(temp.resolve("corpus-four"), 4), four, (d, t, q) -> { }).quads();
        fourTexts = DatabaseQuads.sorted(four);
        Path five = temp.resolve("five");
        fiveQuads = builder.build(TestCorpus.copy(temp.resolve("corpus-five"), 5), five, (d, t, q) -> { }).quads();
        fiveTexts = DatabaseQuads.sorted(five);
        fifth = temp.resolve("corpus-five").resolve(TestCorpus.texts().get(4).getFileName());
    }

    @Test
    @DisplayName("build of four texts + ingest of the fifth = build of all five, quad for quad; ingest --remove gives back the four")
    void ingestThenRemoveFollowsTheIdentityLaw() throws IOException {
        Path db = copyOfFour("law");
        TextIngester ingester = new TextIngester(new StandardExtractor(), IRIS);

        IngestSummary added = ingester.ingest(db, new TextIngester.Changes(List.of(fifth), List.of(), false), (d, t, q) -> { });

        assertEquals(1, added.added());
        DatabaseQuads.assertSame(fiveTexts, DatabaseQuads.sorted(db));
        assertEquals(fiveQuads, added.quads(), "statements counted as build counts them");

        IngestSummary removed = ingester.ingest(db,
                new TextIngester.Changes(List.of(), List.of(fifth.getFileName().toString()), false), (d, t, q) -> { });

        assertEquals(1, removed.removed());
        DatabaseQuads.assertSame(fourTexts, DatabaseQuads.sorted(db));
        assertEquals(fourQuads, removed.quads());
    }

    @Test
    @DisplayName("ingesting a text that is already there replaces its graph: the database does not change")
    void ingestingAgainReplaces() throws IOException {
        Path db = copyOfFour("again");
        Path fourth = temp.resolve("corpus-five").resolve(TestCorpus.texts().get(3).getFileName());

        new TextIngester(new StandardExtractor(), IRIS).ingest(db, new TextIngester.Changes(List.of(fourth), List.of(), false),
                (d, t, q) -> { });

        DatabaseQuads.assertSame(fourTexts, DatabaseQuads.sorted(db));
    }

    @Test
    @DisplayName("removing a text that is not in the database fails with one line and changes nothing")
    void removingAnUnknownTextFails() throws IOException {
        Path db = copyOfFour("unknown");
        TextIngester ingester = new TextIngester(new StandardExtractor(), IRIS);

        UserException e = assertThrows(UserException.class, () -> ingester.ingest(db,
                new TextIngester.Changes(List.of(fifth), List.of("不存在.txt"), false), (d, t, q) -> { }));

        assertEquals("no text named 不存在.txt in " + db.toAbsolutePath().normalize(), e.getMessage());
        DatabaseQuads.assertSame(fourTexts, DatabaseQuads.sorted(db)); // the fifth text was not added either
    }

    @Test
    @DisplayName("without --dumps the dumps are marked stale and void.ttl follows the database; with it they are written anew")
    void dumpsAreMarkedStaleOrWritten() throws IOException {
        Path db = copyOfFour("dumps");
        Path dumps = DatasetDumps.folderOf(db);
        TextIngester ingester = new TextIngester(new StandardExtractor(), IRIS);
        long oldNq = Files.size(dumps.resolve("asiasec.nq"));

        ingester.ingest(db, new TextIngester.Changes(List.of(fifth), List.of(), false), (d, t, q) -> { });

        assertTrue(Files.exists(dumps.resolve(TextIngester.STALE_FILE)));
        assertEquals(oldNq, Files.size(dumps.resolve("asiasec.nq")));
        assertEquals(Files.readString(temp.resolve("five").resolve("dumps/void.ttl")), Files.readString(dumps.resolve("void.ttl")));

        ingester.ingest(db, new TextIngester.Changes(List.of(), List.of(), true), (d, t, q) -> { });

        assertFalse(Files.exists(dumps.resolve(TextIngester.STALE_FILE)));
        assertEquals(Files.size(temp.resolve("five").resolve("dumps/asiasec.nq")), Files.size(dumps.resolve("asiasec.nq")));
    }

    private static Path copyOfFour(String name) throws IOException {
        Path copy = temp.resolve(name);
        try (var files = Files.walk(temp.resolve("four"))) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(temp.resolve("four").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }
}
