package org.asiasec.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scoring rules of score.py on small graphs and gold files written by hand: each figure is the
 * exact count of hits out of cases, and each rule is shown holding and failing.
 */
class ScoringRulesTest {

    private static final String PREFIXES = """
            @prefix asc: <https://w3id.org/asiasec/ontology#> .
            @prefix r: <https://w3id.org/asiasec/resource/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            asc:Organisation rdfs:subClassOf asc:Mechanism .
            asc:Summit rdfs:subClassOf asc:Meeting .
            r:SCO a asc:Organisation ; rdfs:label "上海合作组织"@zh ; skos:altLabel "上合组织"@zh, "SCO"@en .
            r:China a asc:Country ; rdfs:label "中国"@zh .
            r:India a asc:Country ; rdfs:label "印度"@zh .
            r:Kazakhstan a asc:Country ; rdfs:label "哈萨克斯坦"@zh .
            r:Qingdao a asc:Place ; rdfs:label "青岛"@zh .
            """;

    private static final String ENTITIES = """
              {"type": "Mechanism", "name": "上海合作组织", "aliases": ["上合组织"], "core": true},
              {"type": "Mechanism", "name": "上海合作组织成员国元首理事会", "aliases": [], "core": false},
              {"type": "Country", "name": "中国", "aliases": [], "core": true},
              {"type": "Country", "name": "印度", "aliases": [], "core": true},
              {"type": "Country", "name": "哈萨克斯坦", "aliases": [], "core": true},
              {"type": "Country", "name": "巴基斯坦", "aliases": [], "core": true},
              {"type": "Place", "name": "青岛", "aliases": [], "core": true},
              {"type": "Person", "name": "习近平", "aliases": [], "core": false},
              {"type": "Meeting", "name": "上合组织青岛峰会", "aliases": [], "core": true}
            """;

    private static Tally score(String turtle, String facts) {
        return scoreWith(ENTITIES, turtle, facts);
    }

    private static Tally.Count count(int hits, int cases) {
        return new Tally.Count(hits, cases);
    }

    private static final String QINGDAO_SUMMIT = """
            {"kind": "meeting", "meeting": "上合组织青岛峰会", "mechanism": "上海合作组织", "ordinal": 18,
             "date": "2018-06", "end_date": null, "place": "青岛", "evidence": "峰会在青岛举行"}
            """;

    @Test
    @DisplayName("实体：核心实体按任一名称找到（子类也算）；非核心实体不计召回，但其名称使节点算对")
    void entities() {
        Tally t = score("""
                r:HSC a asc:Mechanism ; rdfs:label "《上海合作组织成员国元首理事会》"@zh .
                r:Russia a asc:Country ; rdfs:label "俄罗斯"@zh .
                """, "");
        assertEquals(count(1, 1), t.get("ent:Mechanism"), "上海合作组织 is an asc:Organisation, a subclass of asc:Mechanism");
        assertEquals(count(2, 2), t.get("prec:Mechanism"), "the council is no core entity but is named in the gold");
        assertEquals(count(3, 4), t.get("ent:Country"), "巴基斯坦 is missing");
        assertEquals(count(3, 4), t.get("prec:Country"), "俄罗斯 is not in the gold");
        assertEquals(count(0, 0), t.get("ent:Person"), "习近平 is not core");
        assertEquals(count(0, 0), t.get("ent:Meeting"), "meetings are not scored as entities");
    }

    @Test
    @DisplayName("会议：元首理事会的会议算作上海合作组织的会议，只要理事会指向该组织")
    void meetingOfABodyOfTheMechanism() {
        String summit = """
                r:summit a asc:Summit ; asc:mechanism r:HSC ; asc:ordinal 18 ;
                    asc:date "2018-06-10"^^xsd:date ; asc:place r:Qingdao .
                """;
        Tally linked = score(summit + "r:HSC a asc:Mechanism ; rdfs:label \"元首理事会\"@zh ; asc:bodyOf r:SCO .", QINGDAO_SUMMIT);
        assertEquals(count(1, 1), linked.get("fact:meeting"));
        assertEquals(count(1, 1), linked.get("strict:meeting"));

        Tally unlinked = score(summit + "r:HSC a asc:Mechanism ; rdfs:label \"元首理事会\"@zh .", QINGDAO_SUMMIT);
        assertEquals(count(0, 1), unlinked.get("fact:meeting"));
        assertEquals(count(0, 1), unlinked.get("strict:meeting"));
    }

    @Test
    @DisplayName("会议：严格匹配要求日期至少与金标同样精确、届次与城市相同；宽松匹配只看机制与年份")
    void strictMeeting() {
        Tally finer = score("""
                r:summit a asc:Summit ; asc:mechanism r:SCO ; asc:ordinal 18 ; asc:date "2018-06-10"^^xsd:date ; asc:place r:Qingdao .
                """, QINGDAO_SUMMIT);
        assertEquals(count(1, 1), finer.get("strict:meeting"), "2018-06-10 is as precise as 2018-06 and starts with it");

        Tally coarser = score("""
                r:summit a asc:Summit ; asc:mechanism r:SCO ; asc:ordinal 18 ; asc:date "2018"^^xsd:gYear ; asc:place r:Qingdao .
                """, QINGDAO_SUMMIT);
        assertEquals(count(1, 1), coarser.get("fact:meeting"));
        assertEquals(count(0, 1), coarser.get("strict:meeting"), "2018 is coarser than the gold's 2018-06");

        Tally otherOrdinal = score("""
                r:summit a asc:Summit ; asc:mechanism r:SCO ; asc:ordinal 17 ; asc:date "2018-06"^^xsd:gYearMonth ; asc:place r:Qingdao .
                """, QINGDAO_SUMMIT);
        assertEquals(count(1, 1), otherOrdinal.get("fact:meeting"));
        assertEquals(count(0, 1), otherOrdinal.get("strict:meeting"));

        Tally otherYear = score("""
                r:summit a asc:Summit ; asc:mechanism r:SCO ; asc:ordinal 18 ; asc:date "2019-06"^^xsd:gYearMonth ; asc:place r:Qingdao .
                """, QINGDAO_SUMMIT);
        assertEquals(count(0, 1), otherYear.get("fact:meeting"));
    }

    @Test
    @DisplayName("会议精确率：有日期的会议，其机制与年份须有金标会议；机构的会议在此不算作组织的会议")
    void meetingPrecision() {
        Tally t = score("""
                r:HSC a asc:Mechanism ; rdfs:label "元首理事会"@zh ; asc:bodyOf r:SCO .
                r:m2018 a asc:Summit ; asc:mechanism r:SCO ; asc:date "2018-06"^^xsd:gYearMonth .
                r:m2019 a asc:Summit ; asc:mechanism r:SCO ; asc:date "2019-06"^^xsd:gYearMonth .
                r:council2018 a asc:Meeting ; asc:mechanism r:HSC ; asc:date "2018-06-10"^^xsd:date .
                r:undated a asc:Meeting ; asc:mechanism r:SCO .
                """, QINGDAO_SUMMIT);
        assertEquals(count(1, 3), t.get("prec:Meeting"));
    }

    @Test
    @DisplayName("成员：任何成员关系都算宽松命中，严格要求身份相符（创始成员也是成员）；断言的成员关系须在金标中")
    void memberships() {
        Tally t = score("""
                r:China asc:foundingMemberOf r:SCO .
                r:India asc:memberOf r:SCO .
                r:Kazakhstan asc:memberOf r:SCO .
                r:Russia a asc:Country ; rdfs:label "俄罗斯"@zh ; asc:memberOf r:SCO .
                """, """
                {"kind": "membership", "country": "中国", "mechanism": "上海合作组织", "status": "member", "date": null, "evidence": "中国"},
                {"kind": "membership", "country": "印度", "mechanism": "上海合作组织", "status": "observer", "date": null, "evidence": "印度"},
                {"kind": "membership", "country": "巴基斯坦", "mechanism": "上海合作组织", "status": "member", "date": null, "evidence": "巴基斯坦"}
                """);
        assertEquals(count(2, 3), t.get("fact:membership"), "巴基斯坦 is not in the graph");
        assertEquals(count(1, 3), t.get("strict:membership"), "印度 is an observer, not a member");
        assertEquals(count(2, 3), t.get("factP:membership"),
                "哈萨克斯坦 has no membership in the gold; 俄罗斯 is no gold entity, so it is not judged");
    }

    @Test
    @DisplayName("文件：宽松比年份，严格比日期并要求有通过会议；断言的年份须与金标同年")
    void documents() {
        String gold = """
                {"kind": "document", "document": "上海合作组织宪章", "date": "2002-06-07", "adopted_at": "上合组织青岛峰会",
                 "issuer": null, "evidence": "宪章"}
                """;
        String entity = "r:charter a asc:Document ; rdfs:label \"上海合作组织宪章\"@zh ; asc:date \"2002-06-07\"^^xsd:date";
        String withDocument = entitiesWith("{\"type\": \"Document\", \"name\": \"上海合作组织宪章\", \"aliases\": [], \"core\": true}");
        Tally adopted = scoreWith(withDocument, entity + " ; asc:adoptedAt r:summit .", gold);
        assertEquals(count(1, 1), adopted.get("fact:document"));
        assertEquals(count(1, 1), adopted.get("strict:document"));
        assertEquals(count(1, 1), adopted.get("factP:document"));

        Tally notAdopted = scoreWith(withDocument, entity + " .", gold);
        assertEquals(count(1, 1), notAdopted.get("fact:document"));
        assertEquals(count(0, 1), notAdopted.get("strict:document"), "the gold names the meeting it was adopted at");

        Tally otherYear = scoreWith(withDocument,
                "r:charter a asc:Document ; rdfs:label \"上海合作组织宪章\"@zh ; asc:date \"2001\"^^xsd:gYear .", gold);
        assertEquals(count(0, 1), otherYear.get("fact:document"));
        assertEquals(count(0, 1), otherYear.get("factP:document"));
    }

    @Test
    @DisplayName("概念：提出者与年份；组成部分按名称；参与者只看是否参加了某次会议")
    void conceptsAndParticipants() {
        String entities = entitiesWith("{\"type\": \"Concept\", \"name\": \"新安全观\", \"aliases\": [], \"core\": true}");
        String facts = """
                {"kind": "concept_proposed", "concept": "新安全观", "by": "中国", "date": "1997", "at": null, "evidence": "新安全观"},
                {"kind": "concept_component", "concept": "新安全观", "component": "互信", "evidence": "互信"},
                {"kind": "concept_component", "concept": "新安全观", "component": "协作", "evidence": "协作"},
                {"kind": "participation", "who": "习近平", "meeting": "上合组织青岛峰会", "role": "speaker", "evidence": "习近平"}
                """;
        Tally t = scoreWith(entities, """
                r:NSC a asc:Concept ; rdfs:label "新安全观"@zh ; asc:proposedBy r:China, r:India ; asc:proposedOn "1997-03"^^xsd:gYearMonth ;
                    asc:hasComponent r:trust, r:hegemony .
                r:trust a asc:Concept ; rdfs:label "互信"@zh .
                r:hegemony a asc:Concept ; rdfs:label "霸权"@zh .
                r:Xi a asc:Person ; rdfs:label "习近平"@zh .
                r:summit a asc:Summit ; asc:mechanism r:SCO ; asc:participant r:Xi, r:India .
                """, facts);
        assertEquals(count(1, 1), t.get("fact:concept_proposed"));
        assertEquals(count(1, 1), t.get("strict:concept_proposed"), "1997-03 starts with 1997");
        assertEquals(count(1, 2), t.get("factP:concept_proposed"), "印度 did not propose it");
        assertEquals(count(1, 2), t.get("fact:concept_component"), "协作 is missing");
        assertEquals(count(1, 2), t.get("factP:concept_component"), "霸权 is no component in the gold");
        assertEquals(count(1, 1), t.get("fact:participation"));
        assertEquals(count(1, 2), t.get("factP:participation"), "印度 takes part in no meeting of the gold");
    }

    @Test
    @DisplayName("未注明日期、前身或提出者的成立不计；计入的成立比年份与前身")
    void founding() {
        String entities = entitiesWith("{\"type\": \"Mechanism\", \"name\": \"上海五国\", \"aliases\": [], \"core\": true}");
        String facts = """
                {"kind": "founded", "mechanism": "上海合作组织", "date": "2001-06-15", "predecessor": "上海五国", "evidence": "成立"},
                {"kind": "founded", "mechanism": "上海五国", "date": null, "predecessor": null, "proposed_by": null, "evidence": "上海五国"}
                """;
        Tally right = scoreWith(entities, """
                r:Five a asc:Mechanism ; rdfs:label "上海五国"@zh .
                r:SCO asc:foundedOn "2001-06-15"^^xsd:date ; asc:predecessor r:Five .
                """, facts);
        assertEquals(count(1, 1), right.get("fact:founded"));
        assertEquals(count(1, 1), right.get("strict:founded"));
        assertEquals(count(1, 1), right.get("factP:founded"));

        Tally noPredecessor = scoreWith(entities, """
                r:Five a asc:Mechanism ; rdfs:label "上海五国"@zh .
                r:SCO asc:foundedOn "2001-06-15"^^xsd:date .
                """, facts);
        assertEquals(count(0, 1), noPredecessor.get("fact:founded"));
    }

    private static String entitiesWith(String more) {
        return ENTITIES + ",\n" + more;
    }

    private static Tally scoreWith(String entities, String turtle, String facts) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(graph);
        String json = "{\"doc\": \"t.txt\", \"entities\": [" + entities + "], \"facts\": [" + facts + "]}";
        GoldText gold = GoldReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        return TextScorer.score(gold, new GraphIndex(graph)).tally();
    }

    @Test
    @DisplayName("--verbose 的列表：漏掉的实体与事实（证据前 60 字）及错误断言")
    void misses() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + "r:Kazakhstan asc:memberOf r:SCO .", Lang.TURTLE).parse(graph);
        String json = "{\"doc\": \"t.txt\", \"entities\": [" + ENTITIES + "], \"facts\": [" + QINGDAO_SUMMIT + "]}";
        GoldText gold = GoldReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        assertEquals(List.of("entity Country 巴基斯坦", "fact meeting 峰会在青岛举行", "wrong membership 哈萨克斯坦 memberOf sco"),
                TextScorer.score(gold, new GraphIndex(graph)).misses());
    }
}
