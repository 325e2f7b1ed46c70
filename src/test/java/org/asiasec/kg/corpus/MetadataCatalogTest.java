package org.asiasec.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.asiasec.kg.UserException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataCatalogTest {

    private static final String HEADER = "# comment\nfile\ttitle\tcreator\tdate\tpublisher\tlanguage\n";

    @Test
    @DisplayName("the corpus catalogue describes all five texts")
    void corpusCatalogue() {
        MetadataCatalog catalog = MetadataCatalog.load(Path.of("corpus"));
        SourceMetadata white = catalog.lookup("001_156f24a78463b63c.txt");
        assertEquals("中国的亚太安全合作政策", white.title());
        assertEquals("2017-01", white.date());
        assertNull(catalog.lookup("003_6d40c9a56431f484.txt").creator(), "'unknown' means unknown");
        assertEquals("zh", catalog.lookup("not-listed.txt").language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014", "2017-01", "2021-04-13"})
    @DisplayName("dates as yyyy, yyyy-mm or yyyy-mm-dd are accepted")
    void goodDates(String date) {
        MetadataCatalog catalog = MetadataCatalog.parse(HEADER + "a.txt\t标题\t作者\t" + date + "\t\t\n", "sources.tsv");
        assertEquals(date, catalog.lookup("a.txt").date());
        assertEquals("zh", catalog.lookup("a.txt").language(), "an empty language means zh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017年1月", "17-01", "2017/01/05", "2017-13", "2021-02-30"})
    @DisplayName("other dates are a one-line error with the line number")
    void badDates(String date) {
        UserException e = assertThrows(UserException.class,
                () -> MetadataCatalog.parse(HEADER + "a.txt\t标题\t作者\t" + date + "\t\tzh\n", "sources.tsv"));
        assertTrue(e.getMessage().startsWith("sources.tsv line 3: date '" + date + "'"), e.getMessage());
    }

    @Test
    @DisplayName("columns are found by their header names, in any order")
    void columnOrder() {
        MetadataCatalog catalog = MetadataCatalog.parse("date\tfile\ttitle\n2014\ta.txt\t亚信\n", "s.tsv");
        assertEquals("亚信", catalog.lookup("a.txt").title());
        assertEquals("2014", catalog.lookup("a.txt").date());
    }

    @Test
    @DisplayName("short rows, a missing file column and duplicate rows are errors")
    void malformed() {
        assertThrows(UserException.class, () -> MetadataCatalog.parse(HEADER + "a.txt\t标题\n", "s.tsv"));
        assertThrows(UserException.class, () -> MetadataCatalog.parse("title\tdate\n亚信\t2014\n", "s.tsv"));
        assertThrows(UserException.class,
                () -> MetadataCatalog.parse(HEADER + "a.txt\t\t\t\t\t\na.txt\t\t\t\t\t\n", "s.tsv"));
    }
}
