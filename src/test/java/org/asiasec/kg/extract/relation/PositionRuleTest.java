package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.model.EntityType.COUNTRY;
import static org.asiasec.kg.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionRuleTest {

    @DisplayName("职务在人名前（国家名不算）或人名后")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "中华人民共和国外交部副部长程国平; 程国平; 外交部副部长",
            "中华人民共和国外交部副部长  程国平（署名行）; 程国平; 外交部副部长",
            "2014年5月，中国国家主席习近平在上海发表讲话。; 习近平; 国家主席",
            "习近平主席在青岛峰会上提出倡议。; 习近平; 主席",
            "哈萨克斯坦总统纳扎尔巴耶夫倡议成立亚信。; 纳扎尔巴耶夫; 总统",
            "二〇三二年尼泊尔总理阿南德倡议成立该组织。; 阿南德; 总理",
    })
    void positions(String sentence, String person, String position) {
        assertEquals(Set.of("P position \"" + position + "\""), Facts.of(List.of(new PositionRule()),
                TestSentence.of(sentence).with(person, PERSON, "P").with("中华人民共和国", COUNTRY, "China")
                        .with("中国", COUNTRY, "China").with("哈萨克斯坦", COUNTRY, "Kazakhstan")
                        .with("尼泊尔", COUNTRY, "Nepal").build()));
    }
}
