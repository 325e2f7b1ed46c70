package org.asiasec.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.corpus.TextNormaliser;
import org.asiasec.kg.extract.recognise.Candidate;
import org.asiasec.kg.extract.recognise.DeclaredAbbreviations;
import org.asiasec.kg.extract.recognise.OverlapResolver;
import org.asiasec.kg.extract.recognise.Recogniser;
import org.asiasec.kg.extract.recognise.Recognisers;
import org.asiasec.kg.extract.recognise.TextAnalysis;
import org.asiasec.kg.extract.relation.RelationRule;
import org.asiasec.kg.extract.relation.RelationRules;
import org.asiasec.kg.extract.time.DateRecognizer;
import org.asiasec.kg.extract.time.DateScope;
import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Mention;
import org.asiasec.kg.nlp.HanLpAnalyzer;
import org.asiasec.kg.nlp.JoinedText;
import org.asiasec.kg.nlp.Sentence;
import org.asiasec.kg.nlp.SentenceSplitter;
import org.asiasec.kg.nlp.Token;

/**
 * The per-text pipeline: normalise → split into sentences → segment → recognise names → settle
 * overlaps → apply declared abbreviations → link → report entities and mentions, then hand every
 * sentence, with its words, linked mentions and dates, to the relation rules. Thread-safe; the same text always yields the same output.
 */
public class StandardExtractor implements Extractor {

    private final Lexicon lexicon;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final HanLpAnalyzer analyzer;
    private final List<Recogniser> recognisers;
    private final EntityLinker linker;
    private final Supplier<List<RelationRule>> rulesPerText;
    private final DateRecognizer dates = new DateRecognizer();

    /** Recognition and linking with the standard lexicon, then every relation rule. */
    public StandardExtractor() {
        this(Lexicon.standard(), RelationRules::all);
    }

    /**
     * @param rulesPerText gives fresh rule instances for each text: rules may remember earlier
     *                     sentences of the same text, so one list is never shared between texts
     */
    public StandardExtractor(Lexicon lexicon, Supplier<List<RelationRule>> rulesPerText) {
        this.lexicon = lexicon;
        this.analyzer = new HanLpAnalyzer(lexicon);
        this.recognisers = Recognisers.standard();
        this.linker = new EntityLinker(lexicon);
        this.rulesPerText = rulesPerText;
    }

    /** Recognition and linking only: entities and mentions, no relations. */
    public static StandardExtractor entitiesOnly(Lexicon lexicon) {
        return new StandardExtractor(lexicon, List::of);
    }

    @Override
    public void extract(SourceText source, ExtractionSink sink) {
        sink.start(source);
        NormalisedText text = normaliser.normalise(source.text());
        List<Sentence> sentences = splitter.split(text);
        JoinedText joined = JoinedText.of(text.analysisText());
        List<Token> joinedTokens = analyzer.tokens(joined.text());
        TextAnalysis analysis = new TextAnalysis(joined, joinedTokens, lexicon, analyzer::wordsOf);
        List<LinkedMention> mentions = linker.link(analysis, recognise(analysis));

        emitEntities(mentions, sink);
        for (LinkedMention m : mentions) {
            sink.mention(new Mention(m.entity().key(), m.surface(), text.originalStart(m.start()),
                    text.originalEnd(m.end()), evidence(source, text, sentences, m)));
        }
        List<RelationRule> rules = rulesPerText.get();
        if (!rules.isEmpty()) {
            List<Token> tokens = joinedTokens.stream().map(t -> new Token(t.word(), t.pos(),
                    joined.toSource(t.start()), joined.toSourceEnd(t.end()))).toList();
            DateScope bodyScope = DateScope.of(source.metadata());
            Block lastHeading = null;
            for (Sentence s : sentences) {
                // a footnote's dates must not become the "same year" of the body text that follows
                DateScope scope = inFootnote(text, s) ? bodyScope.fork() : bodyScope;
                Block heading = headingOf(text, s);
                if (heading != null && !heading.equals(lastHeading)) {
                    bodyScope.startSection();
                }
                lastHeading = heading;
                AnalysedSentence analysed = new AnalysedSentence(source, text, s,
                        tokens.stream().filter(t -> t.start() < s.end() && t.end() > s.start()).toList(),
                        mentions.stream().filter(m -> m.start() >= s.start() && m.start() < s.end()).toList(),
                        dates.recognise(s, scope));
                for (RelationRule rule : rules) {
                    rule.apply(analysed, sink);
                }
            }
            rules.forEach(rule -> rule.finish(source, sink));
        }
        sink.finish(source);
    }

    /** The heading block the sentence lies in, or null. */
    private static Block headingOf(NormalisedText text, Sentence s) {
        return text.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING
                && b.start() <= s.start() && s.start() < b.end()).findFirst().orElse(null);
    }

    private static boolean inFootnote(NormalisedText text, Sentence s) {
        return text.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.FOOTNOTE
                && b.start() <= s.start() && s.start() < b.end());
    }

    /** Candidates of every recogniser, overlaps settled, then again with the declared abbreviations. */
    List<Candidate> recognise(TextAnalysis analysis) {
        List<Candidate> all = Recognisers.run(recognisers, analysis);
        List<Candidate> settled = OverlapResolver.resolve(all);
        List<Candidate> abbreviations = DeclaredAbbreviations.find(analysis, settled);
        if (abbreviations.isEmpty()) {
            return settled;
        }
        List<Candidate> more = new ArrayList<>(all);
        more.addAll(abbreviations);
        return OverlapResolver.resolve(more);
    }

    /** Each entity once per text, with every surface form it had in this text among its labels. */
    private static void emitEntities(List<LinkedMention> mentions, ExtractionSink sink) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (LinkedMention m : mentions) {
            Entity e = entities.getOrDefault(m.entity().key(), m.entity());
            TreeSet<String> alt = new TreeSet<>(e.altLabels());
            alt.add(m.surface());
            entities.put(e.key(), new Entity(e.key(), e.type(), e.kind(), e.labelZh(), e.labelEn(), alt, e.wikidataId()));
        }
        entities.values().forEach(sink::entity);
    }

    private static Evidence evidence(SourceText source, NormalisedText text, List<Sentence> sentences, LinkedMention m) {
        int start = m.start();
        int end = m.end();
        for (Sentence s : sentences) {
            if (s.end() > m.start() && s.start() <= m.start()) {
                start = s.start();
            }
            if (s.start() < m.end() && s.end() >= m.end()) {
                end = s.end();
                break;
            }
        }
        return new Evidence(source.fileName(), text.originalStart(start), text.originalEnd(end), m.rule(), m.confidence());
    }
}
