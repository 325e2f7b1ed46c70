package org.asiasec.kg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.AnalysedSentence;
import org.asiasec.kg.extract.LinkedMention;
import org.asiasec.kg.extract.relation.MaskedSentence;
import org.asiasec.kg.extract.relation.RelationRule;
import org.asiasec.kg.extract.relation.RelationRules;
import org.asiasec.kg.extract.time.DateRecognizer;
import org.asiasec.kg.extract.time.DateScope;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.nlp.Sentence;

/**
 * A deliberately plain stand-in for the reading and recognition stages, so that the relation
 * rules can be measured on whole texts before those stages are merged: it joins hard-wrapped
 * lines (the first line ends as a title), drops footnote markers, splits at 。！？, links names from a small test lexicon
 * (longest match), takes every 《…》 as a document and every quoted “…观/倡议/模式/原则…” as a
 * concept, reads dates with the real {@link DateRecognizer} (footnotes in a forked scope) and
 * applies {@link RelationRules#all()}.
 */
final class StandInExtractor {

    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,80})》");
    private static final Pattern QUOTED_CONCEPT = Pattern.compile("“([^“”]{2,30}(?:观|倡议|模式|原则|理念|共同体|精神))”");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(?:---)?\\[\\d+\\]");

    private final Map<String, Entity> lexicon = new LinkedHashMap<>();

    StandInExtractor(List<Path> lexiconFiles) {
        for (Path file : lexiconFiles) {
            load(file);
        }
    }

    private void load(Path lexiconFile) {
        try {
            for (String line : Files.readAllLines(lexiconFile, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = (line + "\t").split("\t", -1);
                Set<String> alts = new TreeSet<>();
                for (String a : c[3].split("\\|")) {
                    if (!a.isBlank()) {
                        alts.add(a);
                    }
                }
                Entity e = new Entity(c[1], EntityType.fromClassName(c[0]), null, c[2], null, new TreeSet<>(alts), null);
                lexicon.put(c[2], e);
                alts.forEach(a -> lexicon.put(a, e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void extract(SourceText source, ExtractionSink sink) {
        sink.start(source);
        NormalisedText text = normalise(source.text());
        DateScope body = DateScope.of(source.metadata());
        DateRecognizer dates = new DateRecognizer();
        List<RelationRule> rules = RelationRules.all();
        for (Sentence sentence : sentences(text.analysisText())) {
            boolean footnote = FOOTNOTE.matcher(sentence.text()).find();
            List<LinkedMention> mentions = mentions(sentence);
            mentions.forEach(m -> sink.entity(m.entity()));
            var analysed = new AnalysedSentence(source, text, sentence, List.of(), mentions,
                    dates.recognise(sentence, footnote ? body.fork() : body));
            var masked = new MaskedSentence(analysed); // as the extractor does: one per sentence for all rules
            for (RelationRule rule : rules) {
                rule.apply(masked, sink);
            }
        }
        rules.forEach(rule -> rule.finish(source, sink));
        sink.finish(source);
    }

    private List<LinkedMention> mentions(Sentence sentence) {
        String s = sentence.text();
        int base = sentence.start();
        List<LinkedMention> out = new ArrayList<>();
        Matcher t = TITLE.matcher(s);
        while (t.find()) {
            String title = t.group(1);
            Entity doc = new Entity("doc-" + Integer.toHexString(title.hashCode()), EntityType.DOCUMENT, null, title,
                    null, null, null);
            out.add(new LinkedMention(doc, title, base + t.start(1), base + t.end(1), "stand-in", 1));
        }
        Matcher q = QUOTED_CONCEPT.matcher(s);
        while (q.find()) {
            String phrase = q.group(1);
            Entity known = lexicon.keySet().stream().filter(phrase::endsWith)
                    .filter(name -> lexicon.get(name).type() == EntityType.CONCEPT)
                    .max(Comparator.comparingInt(String::length)).map(lexicon::get).orElse(null);
            Entity concept = known != null
                    ? new Entity(known.key(), known.type(), null, known.labelZh(), null, new TreeSet<>(Set.of(phrase)), null)
                    : new Entity("concept-" + Integer.toHexString(phrase.hashCode()), EntityType.CONCEPT, null, phrase,
                    null, null, null);
            out.add(new LinkedMention(concept, phrase, base + q.start(1), base + q.end(1), "stand-in", 1));
        }
        List<String> names = new ArrayList<>(lexicon.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[s.length()];
        for (String name : names) {
            for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
                boolean free = true;
                for (int k = i; k < i + name.length(); k++) {
                    free &= !taken[k];
                }
                if (free) {
                    for (int k = i; k < i + name.length(); k++) {
                        taken[k] = true;
                    }
                    out.add(new LinkedMention(lexicon.get(name), name, base + i, base + i + name.length(), "stand-in", 1));
                }
            }
        }
        return out;
    }

    /** Joins lines, drops whitespace next to Chinese text and footnote markers; keeps the offset map. */
    static NormalisedText normalise(String original) {
        StringBuilder out = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        Matcher sup = Pattern.compile("<sup>\\[\\d+\\]</sup>|\\*\\*").matcher(original);
        boolean[] drop = new boolean[original.length()];
        while (sup.find()) {
            for (int i = sup.start(); i < sup.end(); i++) {
                drop[i] = true;
            }
        }
        boolean titleEnded = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\n' && !titleEnded && out.toString().strip().length() > 0) {
                titleEnded = true;
                out.append('\n');
                map.add(i);
                continue;
            }
            if (drop[i] || c == '\r' || c == '\n' || (Character.isWhitespace(c) && nextToChinese(original, i))) {
                continue;
            }
            out.append(c);
            map.add(i);
        }
        int[] toOriginal = map.stream().mapToInt(Integer::intValue).toArray();
        return new NormalisedText(out.toString(), toOriginal, original.length(),
                List.of(new Block(Block.Kind.PARAGRAPH, 0, out.length())));
    }

    private static boolean nextToChinese(String s, int i) {
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(s.charAt(before))) {
            before--;
        }
        int after = i + 1;
        while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
            after++;
        }
        return (before >= 0 && s.charAt(before) > 0x2000) || (after < s.length() && s.charAt(after) > 0x2000)
                || before < 0 || after >= s.length();
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean footnoteStarts = c == '[' && i > start && text.startsWith("[", i)
                    && Pattern.compile("^\\[\\d+\\](?:\\[\\d+\\])*[^\\]]").matcher(text.substring(i, Math.min(text.length(), i + 12))).find()
                    && i > 0 && "。）)”-".indexOf(text.charAt(i - 1)) >= 0;
            if (footnoteStarts) {
                out.add(new Sentence(start, i, text.substring(start, i)));
                start = i;
            }
            if (c == '。' || c == '！' || c == '？' || c == '\n' || i == text.length() - 1) {
                out.add(new Sentence(start, i + 1, text.substring(start, i + 1)));
                start = i + 1;
            }
        }
        return out;
    }
}
