package org.asiasec.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Memberships on whole texts through the standard extractor: for each form a text that states it (in
 * simplified or traditional script, with real or invented names) and one that must state nothing or
 * something else. The sentences are written for these tests.
 */
class MembershipFramesTest {

    private static final StandardExtractor EXTRACTOR = new StandardExtractor();
    private static final Set<String> ROLES = Set.of("memberOf", "foundingMemberOf", "observerOf", "dialoguePartnerOf", "chairOf");

    /** Every membership shortcut read from {@code text} (a literal \\n is a line break), as "country property mechanism". */
    private static Set<String> memberships(String text) {
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(new SourceText("t.txt", text.replace("\\n", "\n"), SourceMetadata.unknown("t.txt")), sink);
        Set<String> out = new TreeSet<>();
        for (Fact f : sink.facts()) {
            if (ROLES.contains(f.property().localName()) && f.value() instanceof Value.EntityRef r) {
                out.add(f.subjectKey() + " " + f.property().localName() + " " + r.key());
            }
        }
        return out;
    }

    @DisplayName("列表在“等某组织N国”之后继续：后一部分的国家同样是成员")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "昆仑安全合作论坛创始成员国共5个，即尼泊尔、不丹等南盟2国和蒙古国、老挝、缅甸。",
            "崑崙安全合作論壇創始成員國共5個，即尼泊爾、不丹等南盟2國和蒙古國、老撾、緬甸。",
    })
    void listGoesOnAfterTheOrganisationsCount(String text) {
        assertEquals(Set.of("Nepal foundingMemberOf kunlun-anquan-hezuo-luntan", "Bhutan foundingMemberOf kunlun-anquan-hezuo-luntan",
                "Mongolia foundingMemberOf kunlun-anquan-hezuo-luntan", "Laos foundingMemberOf kunlun-anquan-hezuo-luntan",
                "Myanmar foundingMemberOf kunlun-anquan-hezuo-luntan"), memberships(text));
    }

    @Test
    @DisplayName("“等”之后是别的话，不是列表的继续")
    void suchAsFollowedByOtherWords() {
        assertEquals(Set.of("Nepal memberOf kunlun-anquan-hezuo-luntan", "Bhutan memberOf kunlun-anquan-hezuo-luntan"),
                memberships("昆仑安全合作论坛成员国包括尼泊尔、不丹等，南盟秘书长与蒙古国外长出席了会议。"));
    }

    @DisplayName("否定：不是、不再是……成员国，没有成员身份")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "越南不是上海合作组织成员国，但同该组织保持密切合作。",
            "越南並非上海合作組織成員國，但同該組織保持密切合作。",
            "老挝不再是昆仑安全合作论坛成员国。",
    })
    void negatedMembership(String text) {
        assertEquals(Set.of(), memberships(text));
    }

    @Test
    @DisplayName("肯定句照常：是……成员国")
    void affirmedMembership() {
        assertEquals(Set.of("Vietnam memberOf SCO"), memberships("越南是上海合作组织成员国，同该组织保持密切合作。"));
    }

    @Test
    @DisplayName("元首理事会会议批准某国成为成员国：成员身份属于组织，不属于理事会")
    void organsMeetingAdmitsToTheOrganisation() {
        assertEquals(Set.of("Laos memberOf SCO"), memberships("上海合作组织概况\\n2031年6月，上海合作组织成员国元首理事会第三十一次会议"
                + "在比什凯克举行，会议批准老挝成为第十二个成员国。"));
    }

    @Test
    @DisplayName("分号隔开的另一分句里与国家并列的组织，不是前一分句国家所加入的机制")
    void organisationListedInAnotherPart() {
        assertEquals(Set.of("Laos observerOf SAARC", "Vietnam observerOf SAARC", "Mongolia observerOf SAARC",
                        "Myanmar observerOf SAARC"),
                memberships("南亚区域合作联盟概况\\n其中，越南与老挝于第十届峰会期间获准成为观察员；蒙古国、缅甸及欧盟于2030年取得观察员资格。"));
    }

    @DisplayName("在某次峰会上成为成员国、加入：句中没有机制名时取该峰会或全文所谈的机制")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织概况\\n2031年7月，柬埔寨和老挝在比什凯克峰会上成为正式成员国。",
            "上海合作組織概況\\n2031年7月，柬埔寨和老撾在比什凱克峰會上正式加入。",
    })
    void joinsAtAMeeting(String text) {
        assertEquals(Set.of("Cambodia memberOf SCO", "Laos memberOf SCO"), memberships(text));
    }

    @Test
    @DisplayName("以某种身份加入、带括号别名的国家加入（虚构论坛）")
    void joinsInACapacity() {
        assertEquals(Set.of("Cambodia memberOf kunlun-anquan-hezuo-luntan", "Laos memberOf kunlun-anquan-hezuo-luntan"),
                memberships("昆仑安全合作论坛概况\\n2031年，柬埔寨以完全平等的身份正式加入。老挝（寮国）于2032年加入。"));
    }

    @Test
    @DisplayName("加入的机制名未被识别（湄公国协）：不归到全文所谈的机制")
    void joinsAnUnknownMechanism() {
        assertEquals(Set.of(), memberships("集体安全条约组织概况\\n2031年，越南加入湄公国协。"));
    }

    @Test
    @DisplayName("机制名只识别出开头（东盟+未识别的后半）：成员身份不归到东盟")
    void unknownLongerName() {
        assertEquals(Set.of(), memberships("东南亚国家联盟概况\\n会议一致同意接纳加拿大为东盟海事协调扩大会成员。"));
    }

    @Test
    @DisplayName("成员包括某组织成员国和若干对话伙伴国：这些国家是成员，“对话伙伴国”只是说明")
    void membersDescribedAsPartners() {
        assertEquals(Set.of("China memberOf kunlun-anquan-hezuo-luntan", "Japan memberOf kunlun-anquan-hezuo-luntan", "India memberOf kunlun-anquan-hezuo-luntan"),
                memberships("昆仑安全合作论坛的成员包括东盟成员国和中国、日本、印度3个对话伙伴国。"));
    }

    @DisplayName("开句的国家举行首次会晤、签署或发表文件，后一分句宣告机制成立：这些国家是创始成员国")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2030年5月9日，哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国外长在奥什举行首次会晤，签署《奥什宣言》，天山安全论坛由此正式成立。",
            "2030年5月9日，哈薩克斯坦、吉爾吉斯斯坦和塔吉克斯坦三國外長在奧什舉行首次會晤，簽署《奧什宣言》，宣告天山安全論壇正式成立。",
    })
    void foundersAtTheFoundingEvent(String text) {
        assertEquals(Set.of("Kazakhstan foundingMemberOf tianshan-anquan-luntan", "Kyrgyzstan foundingMemberOf tianshan-anquan-luntan",
                "Tajikistan foundingMemberOf tianshan-anquan-luntan"), memberships(text));
    }

    @Test
    @DisplayName("发表声明，建立某机制：发表声明的国家是创始成员国")
    void foundersIssuingAStatement() {
        assertEquals(Set.of("Laos foundingMemberOf meigonghe-zhifa-anquan-hezuo-jizhi", "Myanmar foundingMemberOf meigonghe-zhifa-anquan-hezuo-jizhi",
                        "Thailand foundingMemberOf meigonghe-zhifa-anquan-hezuo-jizhi"),
                memberships("2031年10月，老挝、缅甸、泰国三国在万象发表《万象联合声明》，建立湄公河执法安全合作机制。"));
    }

    @DisplayName("没有成立事件（成立十周年），或国家列表不是句子的主语：不是创始成员国")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2030年5月9日，哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国外长在奥什举行会晤，庆祝天山安全论坛成立十周年。",
            "2030年5月9日，蒙古国外长会见哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国外长，签署《奥什宣言》，天山安全论坛由此正式成立。",
    })
    void noFoundingEventNoFounders(String text) {
        assertEquals(Set.of(), memberships(text));
    }

    @DisplayName("角色词作同位语：对话伙伴某国总统某某和某国元首某某、观察员国某国总理某某；机构负责人所属的机制不是所加入的机制")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "天山安全论坛第五次峰会在阿拉木图举行。\\n东盟秘书长高金洪、对话伙伴伊朗总统莱希和卡塔尔埃米尔塔米姆、观察员国老挝总理宋赛等应邀出席。",
            "天山安全論壇第五次峰會在阿拉木圖舉行。\\n東盟秘書長高金洪、對話夥伴伊朗總統萊希和卡塔爾埃米爾塔米姆、觀察員國老撾總理宋賽等應邀出席。",
    })
    void rolesInApposition(String text) {
        assertEquals(Set.of("Iran dialoguePartnerOf tianshan-anquan-luntan", "Qatar dialoguePartnerOf tianshan-anquan-luntan",
                "Laos observerOf tianshan-anquan-luntan"), memberships(text));
    }

    @Test
    @DisplayName("同位语之后的国家若不与前者并列（会见），不带角色")
    void appositionEndsAtTheVerb() {
        assertEquals(Set.of("Iran dialoguePartnerOf tianshan-anquan-luntan"),
                memberships("天山安全论坛第五次峰会在阿拉木图举行。\\n对话伙伴伊朗总统莱希会见卡塔尔埃米尔塔米姆。"));
    }

    @Test
    @DisplayName("以某角色身份列席、与会：国家（或其领导人）具有该角色，机制取全文所谈的机制")
    void roleAsCapacity() {
        assertEquals(Set.of("Turkmenistan dialoguePartnerOf tianshan-anquan-luntan", "Mongolia observerOf tianshan-anquan-luntan"),
                memberships("天山安全论坛第五次峰会在阿拉木图举行。\\n土库曼斯坦则首次以对话伙伴身份列席；蒙古国总统以观察员身份与会。"));
    }

    @Test
    @DisplayName("以對話夥伴身份與會的某國和某國代表團（繁体）")
    void roleAsCapacityBeforeTheCountries() {
        assertEquals(Set.of("Singapore dialoguePartnerOf tianshan-anquan-luntan", "Oman dialoguePartnerOf tianshan-anquan-luntan"),
                memberships("天山安全論壇第五次峰會在阿拉木圖舉行。\\n今天在座的，還有首次以對話夥伴身份與會的新加坡和阿曼代表團。"));
    }

    @Test
    @DisplayName("以“伙伴国”身份参与某机制：是伙伴，不因“参与”成为成员")
    void partnersTakingPartAreNotMembers() {
        assertEquals(Set.of("Vietnam dialoguePartnerOf ASEAN", "Laos dialoguePartnerOf ASEAN"),
                memberships("天山安全论坛概况\\n越南与老挝则以“伙伴国”身份参与东盟合作。"));
    }

    @DisplayName("作为某年度轮值主席国，某国……：主席国是下一分句的主语；“作为东道国”不是主席国")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "天山安全论坛概况\\n作为2031年度轮值主席国，吉尔吉斯斯坦将于今年7月在比什凯克主办第六次峰会。|Kyrgyzstan chairOf tianshan-anquan-luntan",
            "天山安全论坛概况\\n作为东道国，吉尔吉斯斯坦将于今年7月在比什凯克主办第六次峰会。|",
    })
    void chairAsApposedClause(String text, String expected) {
        assertEquals(expected == null ? Set.of() : Set.of(expected), memberships(text));
    }

    @DisplayName("机制于某时启动，由某些国家参加：参加方是该机制的成员；参加启动仪式的代表不是")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "答：湄公河安全对话于2029年8月在万象启动，由老挝、缅甸、泰国和柬埔寨四国参加。|4",
            "答：湄公河安全对话于2029年8月在万象启动，老挝、缅甸、泰国和柬埔寨四国代表参加了启动仪式。|0",
    })
    void participantsOfTheSentencesMechanism(String text, int members) {
        Set<String> found = memberships(text);
        assertEquals(members, found.size(), found.toString());
        assertEquals(members, found.stream().filter(f -> f.endsWith("memberOf meigonghe-anquan-duihua")).count());
    }

    @DisplayName("主语与“担任/为……主席国”之间隔着较长的时间状语")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "天山安全论坛概况\\n尼泊尔自2014年主办第十八届峰会后一直担任轮值主席国。|Nepal chairOf tianshan-anquan-luntan",
            "天山安全論壇概況\\n越南為本年度東盟輪值主席國。|Vietnam chairOf ASEAN",
    })
    void chairAfterALongAdverbial(String text, String expected) {
        assertEquals(Set.of(expected), memberships(text));
    }

    @Test
    @DisplayName("以創始成員國身分加入某機制（繁体）：是该机制的创始成员国，也是成员")
    void joinsAsFoundingMember() {
        assertEquals(Set.of("Armenia foundingMemberOf tianshan-anquan-luntan", "Azerbaijan foundingMemberOf tianshan-anquan-luntan",
                        "Moldova foundingMemberOf tianshan-anquan-luntan", "Armenia memberOf tianshan-anquan-luntan",
                        "Azerbaijan memberOf tianshan-anquan-luntan", "Moldova memberOf tianshan-anquan-luntan"),
                memberships("集體安全條約組織概況\\n亞美尼亞、亞塞拜然與摩爾多瓦三國以創始成員國身分加入天山安全論壇。"));
    }

    @Test
    @DisplayName("以创始成员国身份加入一个未识别的机制（湄公国协）：不归到全文所谈的机制")
    void joinsAsFoundingMemberOfAnUnknownMechanism() {
        assertEquals(Set.of(), memberships("集体安全条约组织概况\\n亚美尼亚、阿塞拜疆与摩尔多瓦三国以创始成员国身份加入湄公国协。"));
    }

    @DisplayName("前述三国、上述三国：指前文列出的三个国家；没有前文的五国列表时不读")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "天山安全论坛概况\\n2029年，哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国在阿拉木图举行磋商。\\n天山安全论坛的创始成员国为前述三国。|3",
            "天山安全論壇概況\\n2029年，哈薩克斯坦、吉爾吉斯斯坦和塔吉克斯坦三國在阿拉木圖舉行磋商。\\n天山安全論壇的創始成員國為前述三國。|3",
            "2029年，哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国在阿拉木图举行磋商。\\n2030年5月9日，上述三国外长在奥什举行首次会晤，签署《奥什宣言》，天山安全论坛由此正式成立。|3",
            "天山安全论坛概况\\n2029年，哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国在阿拉木图举行磋商。\\n天山安全论坛的创始成员国为前述五国。|0",
            "2029年，哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国在阿拉木图举行磋商。\\n2030年5月9日，三国外长在奥什举行首次会晤，签署《奥什宣言》，天山安全论坛由此正式成立。|0",
    })
    void countedCountries(String text, int founders) {
        Set<String> found = memberships(text);
        assertEquals(founders, found.size(), found.toString());
        assertEquals(founders, found.stream().filter(f -> f.endsWith("foundingMemberOf tianshan-anquan-luntan")).count());
    }

    /** The dates of the Membership nodes read from {@code text}, as "node date value". */
    private static Set<String> membershipDates(String text) {
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(new SourceText("t.txt", text.replace("\\n", "\n"), SourceMetadata.unknown("t.txt")), sink);
        Set<String> out = new TreeSet<>();
        for (Fact f : sink.facts()) {
            if (f.subjectKey().startsWith("membership-") && f.property().localName().equals("date")
                    && f.value() instanceof Value.Date d) {
                out.add(f.subjectKey() + " date " + d.lexical());
            }
        }
        return out;
    }

    @DisplayName("甲、乙于某年，丙于某年……先后成为成员国或相继加入：每部分各带自己的年份")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "天山安全论坛概况\\n蒙古国、老挝于2030年，缅甸于2031年，柬埔寨于2032年先后成为天山安全论坛成员国。",
            "天山安全論壇概況\\n蒙古國、老撾於2030年，緬甸於2031年，柬埔寨於2032年相繼加入天山安全論壇。",
    })
    void partsJoiningInTurn(String text) {
        assertEquals(Set.of("membership-Mongolia-tianshan-anquan-luntan-member date 2030", "membership-Laos-tianshan-anquan-luntan-member date 2030",
                "membership-Myanmar-tianshan-anquan-luntan-member date 2031", "membership-Cambodia-tianshan-anquan-luntan-member date 2032"),
                membershipDates(text));
    }

    @Test
    @DisplayName("前一部分说的是别的事（举行会谈），不是先后加入的一部分")
    void partWithAnotherVerbIsNotJoining() {
        assertEquals(Set.of("Cambodia memberOf tianshan-anquan-luntan"),
                memberships("天山安全论坛概况\\n蒙古国、老挝于2030年举行会谈，柬埔寨于2032年成为天山安全论坛成员国。"));
    }

    @DisplayName("这个由某些国家发起……的合作机制：发起国是全文所谈机制的创始成员；不带“这个”、后面不是机制的不读")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "天山安全论坛概况\\n至此，这个由哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦三国于2026年发起、2027年在奥什举行首次峰会的合作机制，正式成员将增至五个。|3",
            "天山安全论坛概况\\n至此，由哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦三国于2026年发起的一项倡议已有五十国响应。|0",
    })
    void foundersOfTheMechanismSpokenOf(String text, int founders) {
        Set<String> found = memberships(text);
        assertEquals(founders, found.size(), found.toString());
        assertEquals(founders, found.stream().filter(f -> f.endsWith("foundingMemberOf tianshan-anquan-luntan")).count());
    }

    @DisplayName("“为”在角色词前：角色词结束分句时是判断（为……主席国），后接动词时是“给”（为成员国提供）")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "東盟概況\\n越南為本年度東盟輪值主席國。|Vietnam chairOf ASEAN",
            "天山安全论坛概况\\n中国为天山安全论坛成员国提供了奖学金。|",
    })
    void forOrIs(String text, String expected) {
        assertEquals(expected == null ? Set.of() : Set.of(expected), memberships(text));
    }

    @DisplayName("创立之初的成员、首批成员是创始成员；机制成立后泛称的成员只是成员")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "天山安全论坛创立之初共有3个成员，包括蒙古国、老挝和缅甸。|foundingMemberOf",
            "天山安全論壇創立之初共有3個成員，包括蒙古國、老撾和緬甸。|foundingMemberOf",
            "天山安全论坛成立后，成员包括蒙古国、老挝和缅甸。|memberOf",
    })
    void membersAtTheFounding(String text, String property) {
        assertEquals(Set.of("Mongolia " + property + " tianshan-anquan-luntan", "Laos " + property + " tianshan-anquan-luntan",
                "Myanmar " + property + " tianshan-anquan-luntan"), memberships(text));
    }
}
