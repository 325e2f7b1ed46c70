package org.asiasec.kg.extract;

import org.asiasec.kg.extract.keys.EntityKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Mention;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecognitionTest {

    private static final StandardExtractor EXTRACTOR = new StandardExtractor();

    private static CollectingSink extract(String text) {
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(new SourceText("t.txt", text, null), sink);
        return sink;
    }

    private static Optional<Entity> entity(CollectingSink sink, EntityType type, String label) {
        return sink.entities().values().stream().filter(e -> e.type() == type && e.labelZh().equals(label)).findFirst();
    }

    @Test
    @DisplayName("词典名称：上合组织与上海合作组织链接到同一实体 SCO")
    void lexiconAliasesLinkToOneEntity() {
        CollectingSink sink = extract("上海合作组织成立于2001年。上合组织成员国不断增加。");
        List<String> keys = sink.mentions().stream().map(Mention::entityKey).distinct().toList();
        assertTrue(keys.contains("SCO"));
        assertEquals(2, sink.mentions().stream().filter(m -> m.entityKey().equals("SCO")).count());
    }

    @Test
    @DisplayName("并列的“×观”：三个以上并列时每一个都是概念；单独的“发展观”不是")
    void enumeratedViewsAreConcepts() {
        CollectingSink listed = extract("会上提出了昆仑论坛的繁荣观、互联观、治理观、海洋开发观。");
        for (String view : List.of("繁荣观", "互联观", "治理观", "海洋开发观")) {
            assertTrue(entity(listed, EntityType.CONCEPT, view).isPresent(), view);
        }
        CollectingSink alone = extract("各国要树立正确的发展观。");
        assertTrue(entity(alone, EntityType.CONCEPT, "发展观").isEmpty());
    }

    @Test
    @DisplayName("左边界：为上海合作组织 不含“为”")
    void leftBoundaryExcludesPreposition() {
        CollectingSink sink = extract("这为上海合作组织的成立奠定了基础。");
        Mention m = sink.mentions().stream().filter(x -> x.entityKey().equals("SCO")).findFirst().orElseThrow();
        assertEquals("上海合作组织", m.surface());
        assertEquals(2, m.start());
    }

    @Test
    @DisplayName("机制名称：以“机制”“论坛”结尾且含专名的名称是机制")
    void mechanismNamesAreDiscovered() {
        CollectingSink sink = extract("建立中国—东盟执法安全合作部长级对话机制。");
        assertTrue(entity(sink, EntityType.MECHANISM, "中国—东盟执法安全合作部长级对话机制").isPresent());
    }

    @Test
    @DisplayName("泛称不是机制：地区安全机制、亚太地区主要多边机制")
    void genericPhrasesAreNotMechanisms() {
        CollectingSink sink = extract("中国参与亚太地区主要多边机制，推动地区安全机制建设。");
        assertTrue(sink.entities().values().stream().noneMatch(e -> e.type() == EntityType.MECHANISM));
    }

    @Test
    @DisplayName("书名号：按中心词定类，宣言→Declaration，协定→Agreement，白皮书→WhitePaper")
    void titlesAreTypedByHead() {
        CollectingSink sink = extract("各方通过了《湄公河流域联合巡逻执法宣言》和《湄公河流域禁毒合作协定》。国务院新闻办公室发表《中国的亚太安全合作政策》白皮书。");
        assertEquals("Declaration", entity(sink, EntityType.DOCUMENT, "湄公河流域联合巡逻执法宣言").orElseThrow().kind());
        assertEquals("Agreement", entity(sink, EntityType.DOCUMENT, "湄公河流域禁毒合作协定").orElseThrow().kind());
        assertEquals("WhitePaper", entity(sink, EntityType.DOCUMENT, "中国的亚太安全合作政策").orElseThrow().kind());
    }

    @Test
    @DisplayName("期刊不是文件：《国际问题研究》，2017年第5期")
    void periodicalsAreNotDocuments() {
        CollectingSink sink = extract("凌胜利：《构建周边安全共同体——挑战与对策》，《国际问题研究》，2017年第5期。");
        assertTrue(entity(sink, EntityType.DOCUMENT, "构建周边安全共同体——挑战与对策").isPresent());
        assertFalse(entity(sink, EntityType.DOCUMENT, "国际问题研究").isPresent());
        assertTrue(entity(sink, EntityType.PERSON, "凌胜利").isPresent());
    }

    @Test
    @DisplayName("引号术语：“修昔底德陷阱”是概念，“安全合作”不是")
    void quotedTermsAreConceptsUnlessScareQuotes() {
        CollectingSink sink = extract("破除了“修昔底德陷阱”的论断。白皮书的主题是“安全合作”。");
        assertTrue(entity(sink, EntityType.CONCEPT, "修昔底德陷阱").isPresent());
        assertFalse(entity(sink, EntityType.CONCEPT, "安全合作").isPresent());
    }

    @Test
    @DisplayName("概念后缀：含专名的“…安全观”“…精神”是概念")
    void conceptSuffixesWithProperNouns() {
        CollectingSink sink = extract("湄安论坛将推动湄公河安全观落到实处，弘扬万隆精神。");
        assertTrue(entity(sink, EntityType.CONCEPT, "湄公河安全观").isPresent());
        assertTrue(entity(sink, EntityType.CONCEPT, "万隆精神").isPresent());
    }

    @Test
    @DisplayName("声明的简称：（以下简称“湄安论坛”）此后指向全称实体")
    void declaredAbbreviationsBecomeAliases() {
        CollectingSink sink = extract("四国发起成立湄公河流域执法安全合作论坛（以下简称“湄安论坛”）。湄安论坛成立以来成果丰硕。");
        Entity forum = entity(sink, EntityType.MECHANISM, "湄公河流域执法安全合作论坛").orElseThrow();
        assertTrue(forum.altLabels().contains("湄安论坛"));
        assertEquals(3, sink.mentions().stream().filter(m -> m.entityKey().equals(forum.key())).count());
    }

    @Test
    @DisplayName("人名：职务+姓名与“说”前的姓名是人；与时俱进不是人")
    void personsNeedContext() {
        CollectingSink sink = extract("外交部副部长程国平出席。刘振民说，各国应与时俱进。");
        assertTrue(entity(sink, EntityType.PERSON, "程国平").isPresent());
        assertTrue(entity(sink, EntityType.PERSON, "刘振民").isPresent());
        assertEquals(2, sink.entities().values().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    @DisplayName("硬换行：排满的行在分页处断开（亚\\n\\n信），仍识别为亚信，偏移指向原文")
    void hardWrappedNamesAreFound() {
        String text = """
                中国同中亚国家一道推动地区安全合作，在
                边框架内开展了大量务实工作，成效显著。
                今年我国将在上海举办第五次外长会议和亚

                信峰会，各方期待这两次会议取得积极成果
                为地区的和平、稳定与发展作出新的贡献。
                各国代表将围绕共同关心的议题深入交流。
                """;
        CollectingSink sink = extract(text);
        Mention m = sink.mentions().stream().filter(x -> x.entityKey().equals("CICA")).findFirst().orElseThrow();
        assertEquals("亚\n\n信", text.substring(m.start(), m.end()));
    }

    @Test
    @DisplayName("标题不与下一段相连：“## 二、中国的亚太安全理念”后的“理念是……”不并入名称")
    void aHeadingEndsItsNames() {
        String text = "## 二、中国的亚太安全理念\n\n理念是行动的先导，解决新问题需要新理念。";
        CollectingSink sink = extract(text);
        List<String> surfaces = sink.mentions().stream().map(Mention::surface).toList();
        assertTrue(surfaces.contains("亚太安全理念"), surfaces::toString);
        int headingEnd = text.indexOf('\n');
        for (Mention m : sink.mentions()) {
            assertTrue(m.end() <= headingEnd || m.start() > headingEnd, () -> "spans the heading's end: " + m);
        }
    }

    @Test
    @DisplayName("新实体的键：由拼音构成，稳定")
    void newEntityKeysAreStablePinyin() {
        assertEquals(EntityKeys.mint("湄公河安全观"), EntityKeys.mint("湄公河安全观"));
        assertTrue(EntityKeys.mint("湄公河安全观").matches("[a-z0-9-]+"));
    }

    @Test
    @DisplayName("空文本：没有实体，也不出错")
    void emptyTextYieldsNothing() {
        assertTrue(extract("").entities().isEmpty());
    }
    @Test
    @DisplayName("国名简称组合：中美战略与经济对话是机制，“中美”不单独算国家")
    void countryCompoundsMakeMechanismNamesProper() {
        CollectingSink sink = extract("2016年6月，第八轮中美战略与经济对话在北京举行。");
        assertTrue(entity(sink, EntityType.MECHANISM, "中美战略与经济对话").isPresent());
        assertTrue(sink.entities().values().stream().noneMatch(e -> e.type() == EntityType.COUNTRY));
    }

    @Test
    @DisplayName("会址加机制：约翰内斯堡金砖国家工商论坛 → 金砖国家工商论坛，约翰内斯堡是地点")
    void venueIsStrippedFromMechanismName() {
        CollectingSink sink = extract("习近平主席在南非约翰内斯堡金砖国家工商论坛上指出。");
        assertTrue(entity(sink, EntityType.MECHANISM, "金砖国家工商论坛").isPresent());
        assertTrue(entity(sink, EntityType.PLACE, "约翰内斯堡").isPresent());
        assertTrue(entity(sink, EntityType.COUNTRY, "南非").isPresent());
    }

    @Test
    @DisplayName("以会址命名的会议是一次会议，不是机制：万隆会议")
    void venueNamedConferenceIsNoMechanism() {
        CollectingSink sink = extract("亚非国家在万隆会议上共同提出万隆十项原则。");
        assertTrue(sink.entities().values().stream().noneMatch(e -> e.type() == EntityType.MECHANISM));
        assertTrue(entity(sink, EntityType.PLACE, "万隆").isPresent());
    }

    @Test
    @DisplayName("引号内名称按中心词定类：“…准则”是文件，“…机制”是机制，“…”倡议是概念")
    void quotedNamesAreTypedByHead() {
        CollectingSink sink = extract("两军深化“重大军事行动相互通报机制”和“海空相遇安全行为准则”建设。该联盟秉持“蓝色海疆”倡议。");
        assertTrue(entity(sink, EntityType.MECHANISM, "重大军事行动相互通报机制").isPresent());
        assertTrue(entity(sink, EntityType.DOCUMENT, "海空相遇安全行为准则").isPresent());
        assertTrue(entity(sink, EntityType.CONCEPT, "蓝色海疆").isPresent());
    }

    @Test
    @DisplayName("概念名前的主语和谓语不属于名称：中国践行新安全观 → 新安全观")
    void leadingPredicateIsNotPartOfConcept() {
        CollectingSink sink = extract("中国践行新安全观，推动构建人类命运共同体。");
        assertTrue(entity(sink, EntityType.CONCEPT, "新安全观").isPresent());
        assertTrue(entity(sink, EntityType.CONCEPT, "人类命运共同体").isPresent());
        assertEquals(2, sink.entities().values().stream().filter(e -> e.type() == EntityType.CONCEPT).count());
    }

    @Test
    @DisplayName("被切开的外国人名：总统拉赫蒙、外长卡扎克巴耶夫")
    void foreignNamesAfterPositions() {
        CollectingSink sink = extract("塔吉克斯坦总统拉赫蒙指出，吉尔吉斯斯坦外长卡扎克巴耶夫表示支持。");
        assertTrue(entity(sink, EntityType.PERSON, "拉赫蒙").isPresent());
        assertTrue(entity(sink, EntityType.PERSON, "卡扎克巴耶夫").isPresent());
    }

    @Test
    @DisplayName("作者简介与责任编辑中的人名")
    void authorsAndEditors() {
        CollectingSink sink = extract("【作者简介】许涛，山西大学国际关系学院特聘教授。（责任编辑：李万胜）");
        assertTrue(entity(sink, EntityType.PERSON, "许涛").isPresent());
        assertTrue(entity(sink, EntityType.PERSON, "李万胜").isPresent());
    }

    @Test
    @DisplayName("地名：音译地名、地名加地貌（帕米尔高原），大学名中的国名不算")
    void placesAndInstitutions() {
        CollectingSink sink = extract("三国在金边会晤，讨论帕米尔高原的安全。习近平主席在新加坡国立大学发表演讲。");
        assertTrue(entity(sink, EntityType.PLACE, "金边").isPresent());
        assertTrue(entity(sink, EntityType.PLACE, "帕米尔高原").isPresent());
        assertFalse(entity(sink, EntityType.COUNTRY, "新加坡").isPresent());
    }

    @Test
    @DisplayName("同一文本两次抽取，结果完全相同")
    void extractionIsDeterministic() {
        String text = "2014年5月，亚洲相互协作与信任措施会议（简称“亚信”）第四次峰会在上海举行。";
        CollectingSink a = extract(text);
        CollectingSink b = extract(text);
        assertEquals(a.entities(), b.entities());
        assertEquals(a.mentions(), b.mentions());
    }

    @Test
    @DisplayName("在某地举行：HanLP 不认识的地名也是地点（在阿克套举行会晤）")
    void venueOfAnEventIsAPlace() {
        CollectingSink sink = extract("五国外长在阿克套举行会晤。双方在两国举行磋商。");
        assertTrue(entity(sink, EntityType.PLACE, "阿克套").isPresent());
        assertFalse(entity(sink, EntityType.PLACE, "两国").isPresent());
    }

    @Test
    @DisplayName("中心词前有地名、名词和所司之事：里海安全事务协调委员会是机制名")
    void wholeOrganisationWordWithAPlaceInside() {
        CollectingSink sink = extract("五国决定设立里海安全事务协调委员会。");
        assertTrue(entity(sink, EntityType.MECHANISM, "里海安全事务协调委员会").isPresent());
    }

    @Test
    @DisplayName("被切成单字的外国人名：尼泊尔总理德乌帕指出")
    void foreignNameCutIntoCharacters() {
        CollectingSink sink = extract("尼泊尔总理德乌帕指出，各方应加强合作。");
        assertTrue(entity(sink, EntityType.PERSON, "德乌帕").isPresent());
    }

    @Test
    @DisplayName("与词条概念同名的书名号标题是另一个实体，键不同")
    void titleSpelledLikeAConceptGetsItsOwnKey() {
        CollectingSink sink = extract("该书名为《一带一路》，论述了一带一路倡议。");
        Entity book = entity(sink, EntityType.DOCUMENT, "一带一路").orElseThrow();
        Entity concept = sink.entities().values().stream().filter(e -> e.type() == EntityType.CONCEPT).findFirst().orElseThrow();
        assertFalse(book.key().equals(concept.key()));
    }

    @Test
    @DisplayName("以人名命名的思想是概念：习近平外交思想；无人名的“思想”不是")
    void doctrinesNamedAfterTheirAuthor() {
        CollectingSink sink = extract("构建人类命运共同体是习近平外交思想的核心理念，体现了战略思想的发展。");
        assertTrue(entity(sink, EntityType.CONCEPT, "习近平外交思想").isPresent());
        assertFalse(entity(sink, EntityType.CONCEPT, "战略思想").isPresent());
    }

    @Test
    @DisplayName("地名 + 合作/安全/地区 + 论坛、组织、对话：较长的机制名胜过地名（北极合作论坛，而不是地名 北极）")
    void placeWithBodyHeadIsAMechanism() {
        CollectingSink sink = extract("北部湾合作论坛第二次会议在南宁举行。天山安全合作组织在喀什成立。");
        assertTrue(entity(sink, EntityType.MECHANISM, "北部湾合作论坛").isPresent());
        assertTrue(entity(sink, EntityType.MECHANISM, "天山安全合作组织").isPresent());
        assertTrue(sink.mentions().stream().noneMatch(m -> m.surface().equals("北部湾")));
    }

    @Test
    @DisplayName("江河海域命名的对话是常设机制，不是一次会议：珠江西江对话；地名 + 对话机制")
    void riversNameStandingDialogues() {
        CollectingSink sink = extract("在珠江西江对话的基础上，两省又建立了北部湾对话机制。");
        assertTrue(entity(sink, EntityType.MECHANISM, "珠江西江对话").isPresent());
        assertTrue(entity(sink, EntityType.MECHANISM, "北部湾对话机制").isPresent());
    }

    @Test
    @DisplayName("连词不把两个完整名称粘成一个：东亚峰会和东北亚合作对话")
    void conjunctionDoesNotGlueTwoNames() {
        CollectingSink sink = extract("该机制应同东亚峰会和东北亚合作对话形成互补。");
        assertTrue(entity(sink, EntityType.MECHANISM, "东北亚合作对话").isPresent());
        assertTrue(sink.entities().values().stream().noneMatch(e -> e.labelZh().contains("和")));
    }

    @Test
    @DisplayName("被提出或按内涵界定的“××安全观”是概念：倡导森林安全观，以互信为核心的极地安全观；传统安全观不是")
    void advocatedSecurityConcepts() {
        CollectingSink sink = extract("部长倡导森林安全观。以互信、互助、共治为核心的极地安全观已成共识。各国应摒弃传统安全观。");
        assertTrue(entity(sink, EntityType.CONCEPT, "森林安全观").isPresent());
        assertTrue(entity(sink, EntityType.CONCEPT, "极地安全观").isPresent());
        assertTrue(entity(sink, EntityType.CONCEPT, "传统安全观").isEmpty());
    }

    @Test
    @DisplayName("职务后被切碎的外国人名按音译用字合并：总理巴哈德尔、总统图尔松约耶夫；职务与“说”之间的单字名：外长坎说")
    void transcribedNamesAfterPositions() {
        CollectingSink sink = extract("尼泊尔总理巴哈德尔在开幕式上致辞。土库曼斯坦总统图尔松约耶夫在会上发言。老挝外长坎说，各方应加强合作。部长也说，要加强合作。");
        assertTrue(entity(sink, EntityType.PERSON, "巴哈德尔").isPresent());
        assertTrue(entity(sink, EntityType.PERSON, "图尔松约耶夫").isPresent());
        assertTrue(entity(sink, EntityType.PERSON, "坎").isPresent());
        assertTrue(entity(sink, EntityType.PERSON, "也").isEmpty());
    }

    @Test
    @DisplayName("固定搭配中的单字国名：访华、来华、驻华、在华期间指中国；华盛顿、华人中的“华”不是")
    void oneCharacterShortFormsInFixedPhrases() {
        CollectingSink sink = extract("总统访华期间，两国商定扩大来华留学规模。华人在华盛顿集会。");
        assertEquals(2, sink.mentions().stream().filter(m -> m.entityKey().equals("China")).count());
        assertTrue(sink.mentions().stream().filter(m -> m.entityKey().equals("China")).allMatch(m -> m.surface().equals("华")));
    }

    @Test
    @DisplayName("在 + 被切成单字的音译地名 + 举行：在图尔库尔举行会晤 → 地点 图尔库尔")
    void transcribedVenueCutIntoCharacters() {
        CollectingSink sink = extract("三国外长在图尔库尔举行会晤。");
        assertTrue(entity(sink, EntityType.PLACE, "图尔库尔").isPresent());
    }

    @Test
    @DisplayName("反复召开的中央、全国工作会议是会议类机制（Conference）：全国边防工作会议")
    void standingWorkConferences() {
        CollectingSink sink = extract("2023年，全国边防工作会议在北京召开。");
        assertEquals("Conference", entity(sink, EntityType.MECHANISM, "全国边防工作会议").orElseThrow().kind());
    }

    @Test
    @DisplayName("“北约化”是一种趋势，不指北约本身；“北约化解危机”中的北约仍是名称")
    void nameTurnedIntoProcessIsNoMention() {
        assertTrue(extract("防止亚太“北约化”。").mentions().stream().noneMatch(m -> m.entityKey().equals("NATO")));
        assertTrue(extract("北约化解了一场危机。").mentions().stream().anyMatch(m -> m.entityKey().equals("NATO")));
    }

    @Test
    @DisplayName("构建 + 普通名词 + 命运共同体 是概念：构建海洋生态命运共同体；打造地区命运共同体不是名称")
    void builtCommunitiesOfCommonNouns() {
        CollectingSink sink = extract("各方同意构建海洋生态命运共同体。各国应打造地区命运共同体。");
        assertEquals("Vision", entity(sink, EntityType.CONCEPT, "海洋生态命运共同体").orElseThrow().kind());
        assertTrue(entity(sink, EntityType.CONCEPT, "地区命运共同体").isEmpty());
    }

    @Test
    @DisplayName("地名 + 普通名词 + 动词 + 机制：缅甸邻国协调合作机制是一个名称")
    void verbAfterCommonNounAfterPlace() {
        CollectingSink sink = extract("各方推动缅甸邻国协调合作机制发挥更大作用。");
        assertTrue(entity(sink, EntityType.MECHANISM, "缅甸邻国协调合作机制").isPresent());
    }

    @Test
    @DisplayName("被简称声明隔开的机构名：东南亚国家联盟（以下简称“东盟”）常驻代表委员会 → 东南亚国家联盟常驻代表委员会")
    void organNameSplitByDeclaration() {
        CollectingSink sink = extract("东南亚国家联盟（以下简称“东盟”）常驻代表委员会每月举行会议。");
        assertTrue(entity(sink, EntityType.MECHANISM, "东南亚国家联盟常驻代表委员会").isPresent());
        assertTrue(sink.mentions().stream().anyMatch(m -> m.entityKey().equals("ASEAN") && m.surface().equals("东南亚国家联盟")));
    }
}
