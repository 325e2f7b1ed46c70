package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.model.EntityType.COUNTRY;
import static org.asiasec.kg.model.EntityType.MECHANISM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.extract.time.DateScope;
import org.asiasec.kg.model.CollectingSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipRuleTest {

    private static Set<String> facts(TestSentence... sentences) {
        return Facts.of(List.of(new MembershipRule()), java.util.Arrays.stream(sentences).map(TestSentence::build)
                .toArray(org.asiasec.kg.extract.sentence.AnalysedSentence[]::new));
    }

    @DisplayName("并列主语成为新成员国，日期取句首；改日期即改事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2017年，上合组织实现了首次扩员，印度和巴基斯坦成为新成员国。; 2017",
            "2023年，上合组织实现了扩员，印度和巴基斯坦成为新成员国。; 2023",
    })
    void coordinatedSubjectsBecomeMembers(String sentence, String year) {
        Set<String> f = facts(TestSentence.of(sentence).with("上合组织", MECHANISM, "SCO")
                .with("印度", COUNTRY, "India").with("巴基斯坦", COUNTRY, "Pakistan"));
        assertEquals(Set.of("India memberOf SCO", "Pakistan memberOf SCO",
                "membership-India-SCO-member country India", "membership-India-SCO-member mechanism SCO",
                "membership-India-SCO-member role MemberRole", "membership-India-SCO-member date " + year,
                "membership-Pakistan-SCO-member country Pakistan", "membership-Pakistan-SCO-member mechanism SCO",
                "membership-Pakistan-SCO-member role MemberRole", "membership-Pakistan-SCO-member date " + year), f);
    }

    @Test
    @DisplayName("创始成员国之一，不带日期")
    void foundingMember() {
        Set<String> f = facts(TestSentence.of("中国是亚信创始成员国之一。")
                .with("中国", COUNTRY, "China").with("亚信", MECHANISM, "CICA"));
        assertTrue(f.contains("China foundingMemberOf CICA"));
        assertTrue(f.contains("membership-China-CICA-founding-member role FoundingMemberRole"));
        assertTrue(f.stream().noneMatch(l -> l.contains(" date ")));
    }

    @Test
    @DisplayName("获观察员地位：机制取句中唯一的机制")
    void observerStatus() {
        Set<String> f = facts(TestSentence.of("2004年，蒙古国在塔什干峰会上获上合组织观察员地位。")
                .with("蒙古国", COUNTRY, "Mongolia").with("上合组织", MECHANISM, "SCO"));
        assertTrue(f.contains("Mongolia observerOf SCO"));
        assertTrue(f.contains("membership-Mongolia-SCO-observer date 2004"));
    }

    @DisplayName("接任某年至某年的主席国：日期与结束日期")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "中国将接任2014—2016年亚信主席国。; 2014; 2016",
            "中国将接任2031—2033年亚信主席国。; 2031; 2033",
    })
    void chairWithSpan(String sentence, String from, String to) {
        Set<String> f = facts(TestSentence.of(sentence).with("中国", COUNTRY, "China").with("亚信", MECHANISM, "CICA"));
        assertTrue(f.contains("China chairOf CICA"));
        assertTrue(f.contains("membership-China-CICA-chair date " + from));
        assertTrue(f.contains("membership-China-CICA-chair endDate " + to));
        assertTrue(f.contains("membership-China-CICA-chair role ChairRole"));
    }

    @Test
    @DisplayName("缩写并列的国家（由识别器给出）")
    void abbreviatedCountries() {
        CollectingSink sink = Facts.run(List.of(new MembershipRule()), TestSentence.of("中、俄、哈、吉、塔是上合组织创始成员国。")
                .with("中", COUNTRY, "China").with("俄", COUNTRY, "Russia").with("哈", COUNTRY, "Kazakhstan")
                .with("吉", COUNTRY, "Kyrgyzstan").with("塔", COUNTRY, "Tajikistan").with("上合组织", MECHANISM, "SCO").build());
        assertEquals(5, Facts.lines(sink).stream().filter(l -> l.endsWith("foundingMemberOf SCO")).count());
    }

    @Test
    @DisplayName("没有角色词或没有机制时不产生事实")
    void noRoleNoFact() {
        assertEquals(Set.of(), facts(TestSentence.of("中国与俄罗斯是好邻居、好朋友。")
                .with("中国", COUNTRY, "China").with("俄罗斯", COUNTRY, "Russia")));
        assertEquals(Set.of(), facts(TestSentence.of("印度和巴基斯坦成为新成员国。")
                .with("印度", COUNTRY, "India").with("巴基斯坦", COUNTRY, "Pakistan")));
    }

    @Test
    @DisplayName("并接任……主席国：没有主语的分句取句中第一个国家")
    void chairInASubjectlessClause() {
        Set<String> f = facts(TestSentence.of("今年5月，我国将在上海举办亚信第四次峰会，并接任2014—2016年亚信主席国。")
                .documentDate("2014").with("我国", COUNTRY, "China").with("亚信", MECHANISM, "CICA"));
        assertTrue(f.containsAll(Set.of("China chairOf CICA", "membership-China-CICA-chair date 2014",
                "membership-China-CICA-chair endDate 2016")), f.toString());
    }
}
