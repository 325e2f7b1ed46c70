package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.model.EntityType.COUNTRY;
import static org.asiasec.kg.model.EntityType.MECHANISM;
import static org.asiasec.kg.model.EntityType.PERSON;
import static org.asiasec.kg.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoundingRulesTest {

    private static Set<String> facts(RelationRule rule, TestSentence sentence) {
        return Facts.of(List.of(rule), sentence.build());
    }

    @DisplayName("成立日期与地点；改日期或城市即改事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2001年6月，上合组织正式成立。; SCO foundedOn 2001-06; ",
            "上合组织于2001年6月15日在上海成立。; SCO foundedOn 2001-06-15; SCO foundedAt Shanghai",
            "上合组织于二〇三一年三月在青岛成立。; SCO foundedOn 2031-03; SCO foundedAt Qingdao",
            "上合组织成立于2001年。; SCO foundedOn 2001; ",
    })
    void foundedOnAndAt(String sentence, String date, String place) {
        Set<String> expected = place == null ? Set.of(date) : Set.of(date, place);
        assertEquals(expected, facts(new FoundingRule(), TestSentence.of(sentence)
                .with("上合组织", MECHANISM, "SCO").with("上海", PLACE, "Shanghai").with("青岛", PLACE, "Qingdao")));
    }

    @DisplayName("成立以来、成立大会、成立周年和没有日期的“成立”都不是成立事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2021年，上合组织迎来成立20周年。",
            "2002年，上合组织成立以来取得长足发展。",
            "中国领导人在2001年上合组织成立大会上指出。",
            "上合组织正式成立。",
            "1997年签署的协定为上合组织的建立奠定了基础。",
    })
    void notFoundings(String sentence) {
        assertEquals(Set.of(), facts(new FoundingRule(), TestSentence.of(sentence).with("上合组织", MECHANISM, "SCO")));
    }

    @DisplayName("被动式：某人某年在某会议上倡议成立；改年份与届次即改事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "亚信是1992年哈萨克斯坦总统纳扎尔巴耶夫在第47届联合国大会上倡议成立的。; 1992; 47",
            "亚信是1994年哈萨克斯坦总统纳扎尔巴耶夫在第49届联合国大会上倡议成立的。; 1994; 49",
    })
    void proposedPassive(String sentence, String year, String session) {
        assertEquals(Set.of("CICA proposedBy Nazarbayev", "CICA proposedOn " + year,
                        "CICA proposedAt UN-meeting-" + year),
                facts(new ProposedMechanismRule(), TestSentence.of(sentence)
                        .with("亚信", MECHANISM, "CICA").with("哈萨克斯坦", COUNTRY, "Kazakhstan")
                        .with("纳扎尔巴耶夫", PERSON, "Nazarbayev").with("联合国", MECHANISM, "UN")));
    }

    @Test
    @DisplayName("主动式：国家倡议成立了两个机制")
    void proposedActive() {
        assertEquals(Set.of("AIIB proposedBy China", "SRF proposedBy China"),
                facts(new ProposedMechanismRule(),
                        TestSentence.of("着眼于共同发展，中国提出并积极推动建设，倡议成立了亚洲基础设施投资银行和丝路基金。")
                                .with("中国", COUNTRY, "China").with("亚洲基础设施投资银行", MECHANISM, "AIIB")
                                .with("丝路基金", MECHANISM, "SRF")));
        assertEquals(Set.of("CICA proposedBy Nazarbayev"),
                facts(new ProposedMechanismRule(), TestSentence.of("纳扎尔巴耶夫总统倡议成立亚信之时，冷战结束。")
                        .with("纳扎尔巴耶夫", PERSON, "Nazarbayev").with("亚信", MECHANISM, "CICA")));
    }

    @DisplayName("主动式：倡议者在动词前四十字以内、同一分句片段（不跨；）里")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "纳扎尔巴耶夫总统倡议成立亚信。| CICA proposedBy Nazarbayev",
            "纳扎尔巴耶夫总统访华；中国倡议成立了亚信。| CICA proposedBy China",
            "纳扎尔巴耶夫总统在经过多年的反复讨论和深入研究以后，终于在各方的共同努力与积极推动之下，向与会的各国代表团倡议成立亚信。|",
            "中国倡议成立了丝路基金，哈萨克斯坦倡议成立了亚信。| SRF proposedBy China, CICA proposedBy Kazakhstan",
    })
    void proposerWindow(String sentence, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected.split(", "));
        assertEquals(want, facts(new ProposedMechanismRule(), TestSentence.of(sentence)
                .with("纳扎尔巴耶夫", PERSON, "Nazarbayev").with("中国", COUNTRY, "China")
                .with("哈萨克斯坦", COUNTRY, "Kazakhstan").with("亚信", MECHANISM, "CICA").with("丝路基金", MECHANISM, "SRF")));
    }

    @DisplayName("前身：升级为、的前身是、在……基础上成立")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "21世纪初，“上海五国”会晤机制正式升级为上海合作组织。",
            "上海合作组织的前身是“上海五国”会晤机制。",
            "“上海五国”是上海合作组织的前身。",
            "2001年，在“上海五国”机制的基础上成立了上海合作组织。",
    })
    void predecessor(String sentence) {
        assertEquals(Set.of("SCO predecessor Shanghai5"), facts(new PredecessorRule(), TestSentence.of(sentence)
                .with("上海五国", MECHANISM, "Shanghai5").with("上海合作组织", MECHANISM, "SCO")));
    }
}
