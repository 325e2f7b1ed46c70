package org.asiasec.kg.extract;

import static org.asiasec.kg.extract.NamesFromContextTest.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.asiasec.kg.model.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Names of mechanisms and concepts that no list holds, found by their form: parties joined by a dash,
 * countries counted as sides, what a mechanism does before its head, short forms of known names, and
 * quoted terms that a text puts forward as ideas. Each form with a sentence where it does not hold.
 */
class UnlistedNamesTest {

    private static Set<String> mechanisms(String text) {
        return names(text, EntityType.MECHANISM);
    }

    private static Set<String> concepts(String text) {
        return names(text, EntityType.CONCEPT);
    }

    @Nested
    @DisplayName("机制：两方以连接号相连，后接中心词")
    class JoinedParties {

        @Test
        @DisplayName("第三次中国—东盟领导人会议：会议系列本身是机制")
        void leadersMeeting() {
            assertEquals(Set.of("中国—东盟领导人会议"), mechanisms("第三次中国—东盟领导人会议在万象举行。"));
        }

        @Test
        @DisplayName("繁体：中國—東盟外長會")
        void traditional() {
            assertEquals(Set.of("中国—东盟外长会"), mechanisms("中國—東盟外長會在馬尼拉舉行。"));
        }

        @Test
        @DisplayName("虚构：塔斯曼—库拉安全合作论坛")
        void invented() {
            assertEquals(Set.of("塔斯曼—库拉安全合作论坛"), mechanisms("首届塔斯曼—库拉安全合作论坛于2030年在卡拉苏尔举行。"));
        }

        @Test
        @DisplayName("已知名称加「机制」：中国—中亚机制就是已知的中国—中亚机制")
        void knownWithGenericHead() {
            assertEquals(Set.of("中国—中亚五国"), mechanisms("自首届峰会以来，中国—中亚机制不断完善。"));
        }

        @Test
        @DisplayName("反例：峰会是一次会议；年份区间与破折号不是名称")
        void notNames() {
            assertEquals(Set.of(), mechanisms("塔斯曼—库拉峰会在卡拉苏尔举行。"));
            assertEquals(Set.of(), mechanisms("2013—2017年间，合作——特别是安全合作——不断深化。"));
        }

        @Test
        @DisplayName("反例：届次之后是一次会议，不是机制名称的一部分")
        void editionEndsName() {
            assertFalse(mechanisms("塔斯曼—库拉合作第三次外长会在卡拉苏尔举行。").stream().anyMatch(n -> n.contains("外长会")));
        }
    }

    @Nested
    @DisplayName("机制：国家简称加「N方」")
    class CountedSides {

        @Test
        @DisplayName("繁体：中美朝三方會談")
        void threeSides() {
            assertEquals(Set.of("中美朝三方会谈"), mechanisms("中美朝三方會談於2003年4月在北京舉行。"));
        }

        @Test
        @DisplayName("国家简称在已知名称前：美日印澳四方安全对话就是四方安全对话")
        void beforeKnownName() {
            assertEquals(Set.of("美日印澳四边机制"), mechanisms("美日印澳四方安全对话外长会议昨天举行。"));
        }

        @Test
        @DisplayName("反例：没有国家简称的「三方会谈」不是名称")
        void noCountries() {
            assertEquals(Set.of(), mechanisms("双方同意尽快举行三方会谈。"));
        }
    }

    @Nested
    @DisplayName("机制：中心词前的「磋商」「协商会晤」")
    class ActsBeforeHead {

        @Test
        @DisplayName("太平洋岛国海上安全磋商机制")
        void consultation() {
            assertEquals(Set.of("太平洋岛国海上安全磋商机制"), mechanisms("其前身是2019年建立的太平洋岛国海上安全磋商机制。"));
        }

        @Test
        @DisplayName("反例：建立磋商机制；地名后只有海上、安全、合作的机制是描述")
        void generic() {
            assertEquals(Set.of(), mechanisms("双方同意建立磋商机制。"));
            assertEquals(Set.of(), mechanisms("太平洋海上安全合作机制逐步形成。"));
        }
    }

    @Nested
    @DisplayName("机制：名称前的届次")
    class EditionBefore {

        @Test
        @DisplayName("届次在前：首届北极海上共同安全合作论坛的名称不含「首届」")
        void editionBefore() {
            assertEquals(Set.of("北极海上共同安全合作论坛"), mechanisms("今年下半年，中方将在三亚举办首届北极海上共同安全合作论坛。"));
            assertEquals(Set.of("图们江区域安全论坛"), mechanisms("第二届图们江区域安全论坛在珲春举行。"));
        }
    }

    @Nested
    @DisplayName("机制：有成员国、观察员国或秘书处的简称")
    class AbbreviationWithMembers {

        @Test
        @DisplayName("繁体：獨聯體正式成員國")
        void members() {
            assertEquals(Set.of("独联体"), mechanisms("該國已轉為獨聯體正式成員國。"));
            assertEquals(Set.of("独联体"), mechanisms("吉尔吉斯斯坦同属独联体成员国。"));
        }

        @Test
        @DisplayName("反例：国家简称或代词后的成员国")
        void notAbbreviations() {
            assertEquals(Set.of(), mechanisms("中美成员国之间的分歧。"));
            assertEquals(Set.of(), mechanisms("会议邀请了各成员国代表。"));
        }
    }

    @Nested
    @DisplayName("机制：地域与描述")
    class AreaAndDescription {

        @Test
        @DisplayName("河流是机构覆盖的地域，不是会址：澜湄水文合作中心")
        void riverIsNoVenue() {
            assertEquals(Set.of("澜湄水文合作中心"), mechanisms("各国依托澜湄水文合作中心开展联合研究。"));
        }

        @Test
        @DisplayName("反例：建立南海和平机制是描述；区域性政府间国际组织不是名称")
        void descriptions() {
            assertEquals(Set.of(), mechanisms("双方同意建立南海和平稳定机制。"));
            assertEquals(Set.of(), mechanisms("该组织是由八国组成的区域性政府间国际组织。"));
        }
    }

    @Nested
    @DisplayName("机制：已知会议名称省去「议」")
    class ShortConference {

        @Test
        @DisplayName("东盟防长会就是东盟防长会议")
        void shortened() {
            assertEquals(Set.of("东盟防长会议"), mechanisms("第十次东盟防长会在河内举行。"));
        }

        @Test
        @DisplayName("反例：东盟防长会晤")
        void meeting() {
            assertFalse(mechanisms("东盟防长会晤期间双方交换了意见。").contains("东盟防长会议"));
        }
    }

    @Nested
    @DisplayName("机制：声明的简称与机构")
    class Declared {

        @Test
        @DisplayName("（以下简称里安组织，CSCO）：简称后跟英文缩写；标题中的简称也是它")
        void withAcronym() {
            String text = "里安组织十年\n里海安全合作组织（以下简称里安组织，CSCO）成立于2031年。里安组织总部设在巴库。";
            assertEquals(Set.of("里海安全合作组织"), mechanisms(text));
        }

        @Test
        @DisplayName("繁体：集體安全條約組織（下稱集安組織，CSTO）；中國亦非集安組織成員")
        void traditional() {
            String text = "總統向集體安全條約組織（下稱集安組織，CSTO）求援。中國亦非集安組織成員。";
            assertEquals(Set.of("集体安全条约组织"), mechanisms(text));
        }

        @Test
        @DisplayName("上合组织成员国外长理事会与上海合作组织成员国外长理事会是同一机构")
        void organUnderFullName() {
            Set<String> found = mechanisms("上合组织成员国外长理事会在阿斯塔纳开会。上海合作组织成员国外长理事会每年举行一次。");
            assertTrue(found.contains("上海合作组织成员国外长理事会"), found.toString());
            assertFalse(found.contains("上合组织成员国外长理事会"), found.toString());
        }

        @Test
        @DisplayName("引号中的「……合作」后跟英文缩写是机制；没有缩写则不是")
        void cooperationWithAcronym() {
            assertEquals(Set.of("北极圈区域合作"), mechanisms("1983年，各国正式启动“北极圈区域合作”（ACRC）进程。"));
            assertEquals(Set.of(), mechanisms("双方同意推进“区域安全合作”，并加强沟通。"));
        }
    }

    @Nested
    @DisplayName("理念：文本提出的引号术语")
    class QuotedIdeas {

        @Test
        @DisplayName("提出“南海渔业共同安全倡议”：共同不使它成为引语")
        void initiative() {
            assertEquals(Set.of("南海渔业共同安全倡议"), concepts("去年7月，林外长在论坛上提出了“南海渔业共同安全倡议”。"));
        }

        @Test
        @DisplayName("繁体与虚构：提出「北極共同安全願景」")
        void vision() {
            assertEquals(Set.of("北极共同安全愿景"), concepts("卡拉苏尔外长在开幕式上提出「北極共同安全願景」，主張各方加強合作。"));
        }

        @Test
        @DisplayName("提出“2+7合作框架”：数字公式也是术语")
        void formula() {
            assertEquals(Set.of("2+7合作框架"), concepts("李总理出席会议，提出“2+7合作框架”，即深化战略互信。"));
        }

        @Test
        @DisplayName("强调“不扩张、不对抗、不干涉内政”：一串否定是一条原则；随口的“不知道、不清楚”不是")
        void negations() {
            assertEquals(Set.of("不扩张、不对抗、不干涉内政"), concepts("各方强调“不扩张、不对抗、不干涉内政”。"));
            assertEquals(Set.of(), concepts("他说“不知道、不清楚”。"));
        }

        @Test
        @DisplayName("繁体：提出「北極海洋互信五項舉措」：以项数结尾的是术语")
        void countedItems() {
            assertEquals(Set.of("北极海洋互信五项举措"), concepts("我代表主席國提出「北極海洋互信五項舉措」：一是建立網絡；二是開展演練。"));
        }

        @Test
        @DisplayName("“自由开放的北极”构想：构想前的“的”属于名称；一般引语中的“的”不是")
        void withDe() {
            assertEquals(Set.of("自由开放的北极"), concepts("首相首次提出“自由开放的北极”构想，其三大支柱为推广法治。"));
            assertEquals(Set.of(), concepts("他说“这是我的看法”。"));
        }

        @Test
        @DisplayName("反例：所谓“……”；带动词的口号")
        void notIdeas() {
            assertEquals(Set.of(), concepts("个别域外国家炒作所谓“海峡问题”，不利于地区和平稳定。"));
            assertEquals(Set.of(), concepts("六国领导人将围绕“携手共建塔斯曼和平共同体”主题深入交流。"));
        }
    }

    @Nested
    @DisplayName("理念：中心词的形式")
    class ConceptHeads {

        @Test
        @DisplayName("反例：原则同意、原则上")
        void notNames() {
            assertEquals(Set.of(), concepts("今年5月的第46届东盟峰会原则同意接纳新成员。"));
            assertEquals(Set.of(), concepts("卡拉苏尔论坛原则上每两年举行一次。"));
        }

        @Test
        @DisplayName("失去分隔符的关键词：新安全观　亚洲安全观　全球安全倡议是三个名称")
        void runTogether() {
            assertEquals(Set.of("新安全观", "亚洲安全观", "全球安全倡议"), concepts("【关键词】新安全观　亚洲安全观　全球安全倡议"));
        }
    }

    @Nested
    @DisplayName("机制：百科式定义给出的名称（名称（英语：…），是……组织）")
    class Defined {

        @Test
        @DisplayName("名称全由普通词构成，定义句使之成为机制；简称与缩写指同一机制")
        void definedOrganisation() {
            String text = "南海渔业国家联合会（英语：Union of South Sea Fishing States，缩写USFS），简称渔联会，"
                    + "是由沿岸国家组成的区域性国际组织。渔联会总部设于甲城，USFS每年举行一次部长会。";
            assertEquals(Set.of("南海渔业国家联合会"), mechanisms(text));
        }

        @Test
        @DisplayName("繁体：標題行也是同一機制")
        void traditional() {
            String text = "北方草原國家聯合體\n\n北方草原國家聯合體（英語：Union of Northern Steppe States），簡稱草聯，"
                    + "是由五個內陸國家組成的政府間組織。";
            assertEquals(Set.of("北方草原国家联合体"), mechanisms(text));
        }

        @Test
        @DisplayName("反例：定义为城市，或没有定义句，都不是机制")
        void notDefinedAsAnOrganisation() {
            assertEquals(Set.of(), mechanisms("卡拉苏尔（英语：Karasur）是甲国第二大城市。"));
            assertEquals(Set.of(), mechanisms("草原国家联合会（英语：Steppe Union）于2030年停止活动。"));
        }
    }
}
