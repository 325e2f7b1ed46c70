package org.asiasec.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Names no list holds, found by the form of the sentence: each form in simplified and traditional
 * script, damaged by a PDF line wrap, and with invented names; each with a sentence where the form
 * does not hold.
 */
class NamesFromContextTest {

    private static final StandardExtractor EXTRACTOR = StandardExtractor.entitiesOnly(org.asiasec.kg.lexicon.Lexicon.standard());

    /** The canonical Chinese labels of the entities of one type found in {@code text}. */
    static Set<String> names(String text, EntityType type) {
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(new SourceText("t.txt", text, null), sink);
        return sink.entities().values().stream().filter(e -> e.type() == type).map(Entity::labelZh)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Nested
    @DisplayName("地名：国名、省名在前的城市")
    class PlacesAfterCountry {

        @Test
        @DisplayName("在哈萨克斯坦阿斯塔纳举行：国家与城市各是一个名称")
        void countryThenCity() {
            String text = "会议在哈萨克斯坦阿斯塔纳举行。";
            assertEquals(Set.of("阿斯塔纳"), names(text, EntityType.PLACE));
            assertEquals(Set.of("哈萨克斯坦"), names(text, EntityType.COUNTRY));
        }

        @Test
        @DisplayName("繁体：會議在哈薩克斯坦阿斯塔納舉行")
        void traditional() {
            assertEquals(Set.of("阿斯塔纳"), names("會議在哈薩克斯坦阿斯塔納舉行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("PDF 断行：在哈萨克斯\\n坦阿斯塔纳举行")
        void wrapped() {
            assertEquals(Set.of("阿斯塔纳"), names("论坛第三次外长会议于五月中旬在哈萨克斯\n坦阿斯塔纳举行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("虚构城市：在吉尔吉斯斯坦卡拉苏尔举行")
        void invented() {
            String text = "第三次会议在吉尔吉斯斯坦卡拉苏尔举行。";
            assertEquals(Set.of("卡拉苏尔"), names(text, EntityType.PLACE));
            assertEquals(Set.of("吉尔吉斯斯坦"), names(text, EntityType.COUNTRY));
        }

        @Test
        @DisplayName("X市：名称是 X")
        void citySuffix() {
            assertEquals(Set.of("琼海"), names("年会在琼海市举行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("反例：在国际会议中心举行，没有地名")
        void noPlaceInCommonWords() {
            assertEquals(Set.of(), names("会议在国际会议中心举行。", EntityType.PLACE));
        }
    }

    @Nested
    @DisplayName("港台译名：经变体表链接到同一实体")
    class RegionalRenderings {

        @Test
        @DisplayName("澳洲、亞塞拜然、紐西蘭是澳大利亚、阿塞拜疆、新西兰")
        void countryVariants() {
            assertEquals(Set.of("澳大利亚", "阿塞拜疆", "新西兰"),
                    names("澳洲、亞塞拜然與紐西蘭代表出席。", EntityType.COUNTRY));
        }

        @Test
        @DisplayName("词典外的城市：伊斯坦堡是伊斯坦布尔")
        void cityVariant() {
            assertEquals(Set.of("伊斯坦布尔"), names("峰會在伊斯坦堡舉行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("反例：澳门不是澳洲")
        void notAVariant() {
            assertEquals(Set.of(), names("代表团访问了澳门。", EntityType.COUNTRY));
        }
    }

    @Nested
    @DisplayName("人名：职务之后的名字，不靠名单")
    class PersonsAfterTitles {

        @Test
        @DisplayName("音译名：哈萨克斯坦总统托卡耶夫出席")
        void transcribed() {
            assertEquals(Set.of("托卡耶夫"), names("哈萨克斯坦总统托卡耶夫出席会议。", EntityType.PERSON));
        }

        @Test
        @DisplayName("虚构的带间隔号音译名，后接“率团”")
        void inventedWithDot() {
            assertEquals(Set.of("达夫拉特·米尔佐耶夫"),
                    names("塔吉克斯坦外长达夫拉特·米尔佐耶夫率团出席。", EntityType.PERSON));
        }

        @Test
        @DisplayName("中文名：外交部副部长韩立新率团出席；名末的“和”属于名字")
        void chinese() {
            assertEquals(Set.of("韩立新"), names("外交部副部长韩立新率团出席。", EntityType.PERSON));
            assertEquals(Set.of("周国和"), names("国防部长周国和发表讲话。", EntityType.PERSON));
        }

        @Test
        @DisplayName("“和”后接另一个名字时是连词")
        void conjunction() {
            assertEquals(Set.of("韩立新", "拉夫罗夫"),
                    names("外长韩立新和俄罗斯外长拉夫罗夫举行会谈。", EntityType.PERSON));
        }

        @Test
        @DisplayName("繁体：俄羅斯外長拉夫羅夫在會上發言")
        void traditional() {
            assertEquals(Set.of("拉夫罗夫"), names("俄羅斯外長拉夫羅夫在會上發言。", EntityType.PERSON));
        }

        @Test
        @DisplayName("PDF 断行：外长拉夫罗\n夫在会上发言")
        void wrapped() {
            assertEquals(Set.of("拉夫罗夫"), names("论坛第三次外长会议当天在比什凯克开幕，俄罗斯外长拉夫罗\n夫在会上发言。", EntityType.PERSON));
        }

        @Test
        @DisplayName("署名行：职务与名字之间只有空格")
        void byline() {
            assertEquals(Set.of("卡利姆·努尔别科夫"), names("论坛秘书长\u3000卡利姆·努尔别科夫\n", EntityType.PERSON));
        }

        @Test
        @DisplayName("历任名单：名字（国籍）")
        void officeholderList() {
            assertEquals(Set.of("韩立新", "阿迪尔·卡里莫夫"), names(
                    "【历任秘书长】\n韩立新（中国）\u30002030年1月—2032年12月\n阿迪尔·卡里莫夫（乌兹别克斯坦籍）\u30002033年1月起\n",
                    EntityType.PERSON));
        }

        @Test
        @DisplayName("反例：职务后不是名字（秘书长会议、总统特别代表）")
        void titleWithoutName() {
            assertEquals(Set.of(), names("秘书长会议在北京举行，总统特别代表出席。", EntityType.PERSON));
        }
    }

    @Nested
    @DisplayName("地名：由句式判断的城市")
    class PlacesByForm {

        @Test
        @DisplayName("国名之后的音译城市名：不丹廷布；虚构：吉尔吉斯斯坦卡拉苏尔市")
        void cityAfterCountry() {
            assertEquals(Set.of("廷布"), names("第十六届峰会：2010年4月，不丹廷布；发表宣言。", EntityType.PLACE));
            assertEquals(Set.of("卡拉苏尔"), names("秘书处设在吉尔吉斯斯坦卡拉苏尔市，于次年启用。", EntityType.PLACE));
        }

        @Test
        @DisplayName("反例：国名之后的普通词不是地名（泰国政府、日本首相）")
        void commonWordAfterCountry() {
            assertEquals(Set.of(), names("泰国政府和日本首相对此表示欢迎。", EntityType.PLACE));
        }

        @Test
        @DisplayName("“城市”“首都”之后：南部城市奥尔马特；繁体：北部城市苦盞")
        void afterKindWord() {
            assertEquals(Set.of("奥尔马特"), names("论坛在吉尔吉斯南部城市奥尔马特闭幕。", EntityType.PLACE));
            assertEquals(Set.of("苦盏"), names("三國外長在塔吉克北部城市苦盞簽署宣言。", EntityType.PLACE));
        }

        @Test
        @DisplayName("在 + 被切碎的音译名 + 事件动词：在纳曼干举行；PDF 断行")
        void transcribedVenue() {
            assertEquals(Set.of("纳曼干"), names("首届部长级会议在纳曼干举行。", EntityType.PLACE));
            assertEquals(Set.of("纳曼干"), names("据悉，论坛首届部长级会议于去年九月在纳曼\n干举行，各方签署了文件。", EntityType.PLACE));
        }

        @Test
        @DisplayName("以城市命名的会议：的撒拉姆峰会")
        void meetingNamedAfterCity() {
            assertEquals(Set.of("撒拉姆"), names("两年前的撒拉姆峰会决定启动程序。", EntityType.PLACE));
            assertEquals(Set.of(), names("两年前的这次峰会决定启动程序。", EntityType.PLACE));
        }

        @Test
        @DisplayName("表格单元格中的地名：｜天津｜")
        void tableCell() {
            assertEquals(Set.of("天津"), names("第25次｜2025年9月1日｜天津｜发表宣言\n", EntityType.PLACE));
        }

        @Test
        @DisplayName("城市国家作为举办地是城市：在新加坡举行；作为国家出现时不是")
        void cityStateAsVenue() {
            assertEquals(Set.of("新加坡市"), names("对话会在新加坡举行。", EntityType.PLACE));
            assertEquals(Set.of(), names("新加坡是东盟创始成员国。", EntityType.PLACE));
        }
    }

    @Nested
    @DisplayName("机制：名称的边界与单次会议")
    class MechanismBoundaries {

        @Test
        @DisplayName("句中的“是”“亦非”不属于名称：那是南海渔业合作组织")
        void clauseWordsAreNotPartOfTheName() {
            assertEquals(Set.of("南海渔业合作组织"), names("那是南海渔业合作组织的问题。", EntityType.MECHANISM));
            assertEquals(Set.of("南海渔业合作组织"), names("那是南海漁業合作組織的問題。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("首届……会议是一次会议，不是机制；已知机制的外长会议也是会议")
        void editionsAreMeetings() {
            assertEquals(Set.of("东南亚国家联盟"), names("首届东盟安全政策会议在曼谷举行。", EntityType.MECHANISM));
            assertEquals(Set.of("东南亚国家联盟"), names("东盟外长会议在万象举行。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("反例：没有届次的专名会议仍是机制")
        void namedConferenceStaysMechanism() {
            assertEquals(Set.of("帕米尔高原安全合作论坛"), names("帕米尔高原安全合作论坛在杜尚别举行。", EntityType.MECHANISM));
        }
    }

    @Nested
    @DisplayName("概念：只有被当作理念提出的引号词")
    class QuotedConcepts {

        @Test
        @DisplayName("提出“某某”是概念；繁体「」同样")
        void introducedAsIdea() {
            assertEquals(Set.of("边境共治"), names("部长在会上提出“边境共治”，得到各方响应。", EntityType.CONCEPT));
            assertEquals(Set.of("边境共治"), names("部長在會上提出「邊境共治」，得到各方響應。", EntityType.CONCEPT));
        }

        @Test
        @DisplayName("反例：未被当作理念引入的引号词（绰号、口号）不是概念")
        void otherQuotesAreNot() {
            assertEquals(Set.of(), names("媒体用“冰河时期”形容两国关系。", EntityType.CONCEPT));
            assertEquals(Set.of(), names("會場外掛著「邊境共治」的標語。", EntityType.CONCEPT));
        }

        @Test
        @DisplayName("引号中以“小组”“条约”结尾的名称是机制或文件，不是概念")
        void quotedBodiesAndTreaties() {
            assertEquals(Set.of(), names("各方成立“海上救援核心小组”，并援引“帕米尔条约”。", EntityType.CONCEPT));
            assertEquals(Set.of("海上救援核心小组"), names("各方成立“海上救援核心小组”。", EntityType.MECHANISM));
        }
    }

    @Nested
    @DisplayName("机制：中心词 ……协调中心、……工作组、……扩大会")
    class MechanismHeads {

        @Test
        @DisplayName("虚构的协调中心；句中的“举行”不属于名称")
        void coordinationCentre() {
            assertEquals(Set.of("东南亚海上救援协调中心"),
                    names("各方在马尼拉举行东南亚海上救援协调中心揭牌仪式。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("繁体：湄公河聯合執法工作組")
        void workingGroupTraditional() {
            assertEquals(Set.of("湄公河联合执法工作组"), names("湄公河聯合執法工作組當天成立。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("反例：没有专名的“工作组”“协调中心”不是机制")
        void genericHeads() {
            assertEquals(Set.of(), names("双方同意成立联合工作组和协调中心。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("名称中“协调”等动词紧接名词，属于名称：北冰洋渔业事务协调委员会")
        void actOfTheBodyAfterANoun() {
            assertEquals(Set.of("北冰洋渔业事务协调委员会"), names("北冰洋渔业事务协调委员会今天成立。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("繁体：北冰洋漁業事務協調委員會")
        void actOfTheBodyAfterANounTraditional() {
            assertEquals(Set.of("北冰洋渔业事务协调委员会"), names("北冰洋漁業事務協調委員會今天成立。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("反例：动词接在动词之后是句子的谓语，不是名称（决定设立协调委员会）")
        void actAfterAVerbIsThePredicate() {
            assertEquals(Set.of(), names("五国决定设立协调委员会。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("以自身中心词命名的组织的秘书处：北冰洋合作组织秘书处（简体、繁体）")
        void organOfAnOrganisationNamedByItsHead() {
            assertEquals(Set.of("北冰洋合作组织秘书处"), names("中方同北冰洋合作组织秘书处签署备忘录。", EntityType.MECHANISM));
            assertEquals(Set.of("北冰洋合作组织秘书处"), names("中方同北冰洋合作组织秘書處簽署備忘錄。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("反例：“该组织秘书处”没有专名")
        void organOfAnUnnamedOrganisation() {
            assertEquals(Set.of(), names("该组织秘书处设在北京。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("理事会会议是理事会的一次会议，机制是理事会")
        void sessionOfACouncilIsNoMechanism() {
            assertEquals(Set.of("独联体成员国元首理事会"),
                    names("独联体成员国元首理事会会议在明斯克举行。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("反例：“高峰会及部长理事会”是两个机构，不是一个名称")
        void conjunctionBetweenTwoBodies() {
            assertEquals(Set.of("南亚区域合作联盟"), names("多次派员出席南盟高峰会及部长理事会会议。", EntityType.MECHANISM));
        }
    }

    @Nested
    @DisplayName("海域与流域之后的机构名")
    class BodiesOfSeasAndBasins {

        @Test
        @DisplayName("海名之后的“海上安全”属于名称：安达曼海海上安全论坛（简体、繁体）")
        void maritimeWordsAfterASea() {
            assertEquals(Set.of("安达曼海海上安全论坛"), names("各国同意建立安达曼海海上安全论坛。", EntityType.MECHANISM));
            assertEquals(Set.of("安达曼海海上安全论坛"), names("各國同意建立安達曼海海上安全論壇。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("反例：没有海名的“海上安全联盟”不是名称")
        void maritimeWordsWithoutASea() {
            assertEquals(Set.of(), names("五国成立海上安全联盟。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("被当作人名的海名后接“流域”，是地名：咸海流域生态安全理事会（简体、繁体）")
        void seaTakenForAPersonBeforeItsBasin() {
            assertEquals(Set.of("咸海流域生态安全理事会"), names("沿岸国宣布成立咸海流域生态安全理事会。", EntityType.MECHANISM));
            assertEquals(Set.of("咸海流域生态安全理事会"), names("沿岸國宣布成立鹹海流域生態安全理事會。", EntityType.MECHANISM));
        }

        @Test
        @DisplayName("反例：没有专名的“流域水资源安全理事会”不是名称")
        void basinWithoutAName() {
            assertEquals(Set.of(), names("各方宣布成立流域水资源安全理事会。", EntityType.MECHANISM));
        }
    }

    @Nested
    @DisplayName("概念中心词")
    class ConceptHeads {

        @Test
        @DisplayName("名词之间的形容词属于概念名称：亚洲卫生健康共同体（简体、繁体）")
        void adjectiveBetweenNounsOfTheName() {
            assertEquals(Set.of("亚洲卫生健康共同体"), names("各方倡议构建亚洲卫生健康共同体。", EntityType.CONCEPT));
            assertEquals(Set.of("亚洲卫生健康共同体"), names("各方倡議構建亞洲衛生健康共同體。", EntityType.CONCEPT));
        }

        @Test
        @DisplayName("反例：副词之后的形容词是描述（更加紧密共同体）")
        void adjectiveAfterAnAdverb() {
            assertEquals(Set.of(), names("各方致力于构建更加紧密共同体。", EntityType.CONCEPT));
        }

        @Test
        @DisplayName("反例：“宏观”是一个词，不是以“观”结尾的理念")
        void twoCharacterWordEndingInView() {
            assertEquals(Set.of(), names("北海宏观经济研究办公室今年成立。", EntityType.CONCEPT));
        }
    }
}
