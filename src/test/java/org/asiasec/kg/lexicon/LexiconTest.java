package org.asiasec.kg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.asiasec.kg.UserException;
import org.asiasec.kg.model.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.standard();

    @Test
    @DisplayName("全称、简称、缩写指向同一词条：上海合作组织 = 上合组织，亚信 = 亚洲相互协作与信任措施会议")
    void aliasesShareOneEntry() {
        assertEquals("SCO", lexicon.byName("上合组织").orElseThrow().key());
        assertEquals("SCO", lexicon.byName("上海合作组织").orElseThrow().key());
        assertEquals("CICA", lexicon.byName("亚信").orElseThrow().key());
        assertEquals("ASEAN", lexicon.byName("东盟").orElseThrow().key());
        assertEquals(EntityType.MECHANISM, lexicon.byName("东盟地区论坛").orElseThrow().type());
    }

    @Test
    @DisplayName("单字国名简称只用于组合词：中美、美日印澳是国名组合，“中”不是名称")
    void oneCharacterShortFormsOnlyInCompounds() {
        assertTrue(lexicon.isCountryCompound("中美"));
        assertTrue(lexicon.isCountryCompound("美日印澳"));
        assertFalse(lexicon.isCountryCompound("中方"));
        assertTrue(lexicon.byName("中").isEmpty());
        assertFalse(lexicon.byKey("China").orElseThrow().toEntity().altLabels().contains("中"));
    }

    @Test
    @DisplayName("一次扫描找出文本中的所有词条名称")
    void findsEveryNameInOnePass() {
        var hits = lexicon.find("哈萨克斯坦总统纳扎尔巴耶夫倡议成立亚信。");
        assertTrue(hits.stream().anyMatch(h -> h.entry().key().equals("Kazakhstan") && h.start() == 0));
        assertTrue(hits.stream().anyMatch(h -> h.entry().key().equals("CICA")));
        assertTrue(hits.stream().anyMatch(h -> h.entry().type() == EntityType.PERSON));
    }

    @Test
    @DisplayName("覆盖目录中的同名文件替换内置文件，其余仍取内置")
    void overrideFolderReplacesFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mechanisms.tsv"),
                "key\ttype\tkind\tzh\taliases\ten\tacronym\twikidata\nMLF\tMechanism\tForum\t湄公河论坛\t湄论\tMekong Forum\t\t\n",
                StandardCharsets.UTF_8);
        Lexicon custom = Lexicon.load(dir);
        assertEquals("MLF", custom.byName("湄论").orElseThrow().key());
        assertTrue(custom.byName("上合组织").isEmpty());
        assertEquals("China", custom.byName("中国").orElseThrow().key());
    }

    @Test
    @DisplayName("词条文件有误时给出一行说明")
    void badFileIsOneLineError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("places.tsv"), "key\ttype\nX\tNoSuchType\tCity\t某地\n", StandardCharsets.UTF_8);
        UserException e = assertThrows(UserException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("places.tsv line 2"));
    }

    @Test
    @DisplayName("姓氏与职务表")
    void surnamesAndPositions() {
        assertEquals("欧阳", lexicon.surnameOf("欧阳修"));
        assertEquals("习", lexicon.surnameOf("习近平"));
        assertTrue(lexicon.endsWithPosition("外交部副部长"));
        assertTrue(lexicon.endsWithPosition("俄罗斯总统"));
        assertTrue(lexicon.endsWithPosition("主席"));
        assertFalse(lexicon.endsWithPosition("主席国"));
        assertFalse(lexicon.endsWithPosition("习近平"));
        assertFalse(lexicon.endsWithPosition(""));
    }
}
