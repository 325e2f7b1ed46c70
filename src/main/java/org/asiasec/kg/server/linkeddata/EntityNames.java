package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.asiasec.kg.rdf.Asc;

import com.hankcs.hanlp.HanLP;

/**
 * Finds entities by name: every label and alias, in simplified Chinese and in pinyin, matched exactly,
 * as a prefix or as a substring; ties go to the entity mentioned in more sentences. Built once from the
 * dataset (names do not change while a database is served).
 */
final class EntityNames {

    /** An entity and what it is called. */
    record Named(Node entity, String label, String labelEn, Node type, int mentions, List<String> names) {
    }

    /** A match: how well (3 exact, 2 prefix, 1 substring) and through which name. */
    record Match(Named entity, int quality, String matchedName) {
    }

    private record Key(String form, String name) {
    }

    private final List<Named> entities = new ArrayList<>();
    private final Map<Named, List<Key>> keys = new HashMap<>();

    /** Reads the names of every entity of a domain class; call inside a read transaction. */
    EntityNames(DatasetTriples data, Bookkeeping bookkeeping) {
        Map<Node, List<String>> names = new HashMap<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            for (Triple t : data.find(null, p, null)) {
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    names.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm());
                }
            }
        }
        names.forEach((entity, list) -> {
            List<Node> types = data.objects(entity, RDF.type.asNode());
            Node type = types.stream().filter(t -> IndexPages.isDomain(t, bookkeeping))
                    .min(Comparator.comparing(Node::toString)).orElse(null);
            if (type == null || bookkeeping.isRecord(types)) {
                return; // classes, properties, statistics and evidence are not what a reader looks for
            }
            String zh = literal(data, entity, "zh");
            String en = literal(data, entity, "en");
            int mentions = data.objects(entity, Asc.term("mentioningSentences")).stream().filter(Node::isLiteral)
                    .mapToInt(n -> parse(n.getLiteralLexicalForm())).max().orElse(0);
            List<String> distinct = list.stream().distinct().sorted().toList();
            Named named = new Named(entity, zh != null ? zh : en != null ? en : distinct.get(0), en, type, mentions, distinct);
            entities.add(named);
            List<Key> forms = new ArrayList<>();
            for (String name : distinct) {
                forms.add(new Key(normalise(name), name));
                String pinyin = pinyin(name);
                if (!pinyin.isEmpty()) {
                    forms.add(new Key(pinyin, name));
                }
            }
            keys.put(named, forms);
        });
    }

    /** The best matches, best first. */
    List<Match> find(String query, int limit) {
        String q = normalise(query);
        String qPinyin = q.replace(" ", "");
        if (q.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (Named e : entities) {
            Match best = null;
            for (Key k : keys.get(e)) {
                String probe = k.form().equals(normalise(k.name())) ? q : qPinyin;
                int quality = k.form().equals(probe) ? 3 : k.form().startsWith(probe) ? 2 : k.form().contains(probe) ? 1 : 0;
                if (quality > 0 && (best == null || quality > best.quality())) {
                    best = new Match(e, quality, k.name());
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        matches.sort(Comparator.comparingInt(Match::quality).reversed()
                .thenComparing(Comparator.comparingInt((Match m) -> m.entity().mentions()).reversed())
                .thenComparingInt(m -> m.entity().label().length())
                .thenComparing(m -> m.entity().entity().toString()));
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    /** Lower case, simplified characters, single spaces. */
    static String normalise(String s) {
        return HanLP.convertToSimplifiedChinese(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** "shanghaihezuozuzhi" for 上海合作组织; empty for a name without Chinese characters. */
    static String pinyin(String name) {
        if (name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return "";
        }
        return HanLP.convertToPinyinString(HanLP.convertToSimplifiedChinese(name), "", false)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String literal(DatasetTriples data, Node entity, String language) {
        return data.objects(entity, RDFS.label.asNode()).stream()
                .filter(n -> n.isLiteral() && n.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith(language))
                .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
