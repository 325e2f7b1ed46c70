package org.asiasec.kg.extract;

import org.asiasec.kg.extract.sentence.LinkedMention;
import org.asiasec.kg.extract.sentence.AnalysedSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.corpus.TextNormaliser;
import org.asiasec.kg.extract.discourse.Discourse;
import org.asiasec.kg.extract.recognise.Candidate;
import org.asiasec.kg.extract.recognise.DeclaredAbbreviations;
import org.asiasec.kg.extract.recognise.OverlapResolver;
import org.asiasec.kg.extract.recognise.Recogniser;
import org.asiasec.kg.extract.recognise.Recognisers;
import org.asiasec.kg.extract.recognise.TextAnalysis;
import org.asiasec.kg.extract.relation.MaskedSentence;
import org.asiasec.kg.extract.relation.MeetingFinder;
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
 * sentence, with its words, linked mentions and dates, its discourse topic and the meetings the
 * {@link MeetingFinder} found in it, to the relation rules. A text longer than
 * {@value #WINDOW_CHARS} chars goes through this window by window ({@link Windows}), so memory stays
 * bounded; declared abbreviations and the entities' labels carry over from window to window.
 * Thread-safe; the same text always yields the same output.
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
    /** Longer texts are analysed window by window, so that memory stays bounded whatever the length. */
    private static final int WINDOW_CHARS = 200_000;
    private final int windowChars;

    /** Recognition and linking with the standard lexicon, then every relation rule. */
    public StandardExtractor() {
        this(Lexicon.standard(), RelationRules::all);
    }

    /**
     * @param rulesPerText gives fresh rule instances for each text: rules may remember earlier
     *                     sentences of the same text, so one list is never shared between texts
     */
    public StandardExtractor(Lexicon lexicon, Supplier<List<RelationRule>> rulesPerText) {
        this(lexicon, rulesPerText, WINDOW_CHARS);
    }

    /** @param windowChars analysis chars above which a text is analysed in windows of about this length */
    StandardExtractor(Lexicon lexicon, Supplier<List<RelationRule>> rulesPerText, int windowChars) {
        this.windowChars = windowChars;
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
        List<RelationRule> rules = rulesPerText.get();
        MeetingFinder meetings = new MeetingFinder(); // remembers this text's meetings, sentence by sentence
        DateScope bodyScope = DateScope.of(source.metadata(), text.analysisText());
        Map<String, LabelledEntity> entities = new LinkedHashMap<>();
        List<DeclaredAbbreviation> declared = new ArrayList<>();
        List<int[]> windows = Windows.of(text, sentences, windowChars);
        // a heading ends at a line break: its last word is never joined to the paragraph after it
        Set<Integer> headingEnds = text.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING)
                .map(Block::end).collect(Collectors.toSet());
        Block lastHeading = null;
        int firstSentence = 0;
        for (int[] window : windows) {
            int lastSentence = firstSentence;
            while (lastSentence < sentences.size() && sentences.get(lastSentence).start() < window[1]) {
                lastSentence++;
            }
            List<Sentence> inWindow = sentences.subList(firstSentence, lastSentence);
            firstSentence = lastSentence;
            JoinedText joined = JoinedText.of(text.analysisText(), window[0], window[1], headingEnds::contains);
            List<Token> joinedTokens = analyzer.tokens(joined.text());
            TextAnalysis analysis = new TextAnalysis(joined, joinedTokens, lexicon, analyzer::wordsOf);
            List<LinkedMention> mentions = linker.link(analysis, recognise(analysis, declared));
            collectEntities(mentions, entities);
            if (windows.size() == 1) {
                entities.values().forEach(e -> sink.entity(e.entity()));
            }
            for (LinkedMention m : mentions) {
                sink.mention(new Mention(m.entity().key(), m.surface(), text.originalStart(m.start()),
                        text.originalEnd(m.end()), evidence(source, text, inWindow, m)));
            }
            if (!rules.isEmpty()) {
                Discourse discourse = new Discourse(text.analysisText(), mentions, text.blocks());
                // rules look sentences up among the blocks: give them only this window's
                NormalisedText windowText = windows.size() == 1 ? text : text.withBlocks(blocksIn(text.blocks(), window));
                // the analysis's tokens, not HanLP's: the same words, copied side by side in memory
                List<Token> tokens = analysis.tokens().stream().map(t -> new Token(t.word(), t.pos(),
                        joined.toSource(t.start()), joined.toSourceEnd(t.end()))).toList();
                for (Sentence s : inWindow) {
                    // a footnote's dates must not become the "same year" of the body text that follows
                    DateScope scope = inFootnote(text, s) ? bodyScope.fork() : bodyScope;
                    Block heading = headingOf(text, s);
                    if (heading != null && !heading.equals(lastHeading)) {
                        bodyScope.startSection();
                    }
                    lastHeading = heading;
                    AnalysedSentence analysed = new AnalysedSentence(source, windowText, s, tokensOf(tokens, s),
                            mentionsOf(mentions, s), dates.recognise(s, scope));
                    // one per sentence, shared by the rules
                    MaskedSentence masked = new MaskedSentence(analysed, discourse.topicMechanismAt(s.start()),
                            discourse.speaker(), discourse.parents());
                    meetings.read(masked); // a stage of its own: every rule reads the same meetings
                    for (RelationRule rule : rules) {
                        rule.apply(masked, sink);
                    }
                }
            }
        }
        if (windows.size() > 1) { // once per text, with the surface forms of every window
            entities.values().forEach(e -> sink.entity(e.entity()));
        }
        rules.forEach(rule -> rule.finish(source, sink));
        sink.finish(source);
    }

    /** The tokens overlapping the sentence; tokens are in text order and never overlap. */
    private static List<Token> tokensOf(List<Token> tokens, Sentence s) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // first token ending after the sentence start
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > s.start()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int to = lo;
        while (to < tokens.size() && tokens.get(to).start() < s.end()) {
            to++;
        }
        return List.copyOf(tokens.subList(lo, to));
    }

    /** The mentions starting inside the sentence; mentions are in text order. */
    private static List<LinkedMention> mentionsOf(List<LinkedMention> mentions, Sentence s) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() >= s.start()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int to = lo;
        while (to < mentions.size() && mentions.get(to).start() < s.end()) {
            to++;
        }
        return List.copyOf(mentions.subList(lo, to));
    }

    /** The blocks starting inside {@code window}. */
    private static List<Block> blocksIn(List<Block> blocks, int[] window) {
        int from = 0;
        while (from < blocks.size() && blocks.get(from).start() < window[0]) {
            from++;
        }
        int to = from;
        while (to < blocks.size() && blocks.get(to).start() < window[1]) {
            to++;
        }
        return blocks.subList(from, to);
    }

    /** The heading block the sentence lies in, or null. */
    private static Block headingOf(NormalisedText text, Sentence s) {
        Block b = blockAt(text.blocks(), s.start());
        return b != null && b.kind() == Block.Kind.HEADING ? b : null;
    }

    private static boolean inFootnote(NormalisedText text, Sentence s) {
        Block b = blockAt(text.blocks(), s.start());
        return b != null && b.kind() == Block.Kind.FOOTNOTE;
    }

    /** The block containing {@code offset}, or null; blocks are in text order and never overlap. */
    private static Block blockAt(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) { // first block starting after the offset
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Block b = lo == 0 ? null : blocks.get(lo - 1);
        return b != null && offset < b.end() ? b : null;
    }

    /** Candidates of every recogniser, overlaps settled, then again with the declared abbreviations. */
    List<Candidate> recognise(TextAnalysis analysis) {
        return recognise(analysis, new ArrayList<>());
    }

    /**
     * As {@link #recognise(TextAnalysis)}, for one window of a text: {@code declared} holds the
     * abbreviations earlier windows declared, which apply here too, and gains this window's.
     */
    private List<Candidate> recognise(TextAnalysis analysis, List<DeclaredAbbreviation> declared) {
        List<Candidate> all = Recognisers.run(recognisers, analysis);
        List<Candidate> settled = OverlapResolver.resolve(all);
        List<Candidate> abbreviations = new ArrayList<>();
        for (DeclaredAbbreviation earlier : declared) {
            abbreviations.addAll(earlier.usesIn(analysis.text()));
        }
        List<Candidate> declaredHere = DeclaredAbbreviations.find(analysis, settled);
        abbreviations.addAll(declaredHere);
        for (Candidate use : declaredHere) {
            DeclaredAbbreviation d = DeclaredAbbreviation.of(analysis.text(), use);
            if (!declared.contains(d)) {
                declared.add(d);
            }
        }
        if (abbreviations.isEmpty()) {
            return settled;
        }
        List<Candidate> more = new ArrayList<>(all);
        more.addAll(abbreviations);
        return OverlapResolver.resolve(more);
    }

    /** Each entity once per text, with every surface form it had in this text among its labels. */
    private static void collectEntities(List<LinkedMention> mentions, Map<String, LabelledEntity> entities) {
        for (LinkedMention m : mentions) {
            entities.computeIfAbsent(m.entity().key(), key -> new LabelledEntity(m.entity(), new TreeSet<>()))
                    .surfaces().add(m.surface());
        }
    }

    /** An entity as its first mention in a text linked it, and the surface forms of all its mentions there. */
    private record LabelledEntity(Entity first, TreeSet<String> surfaces) {

        Entity entity() {
            TreeSet<String> alt = new TreeSet<>(first.altLabels());
            alt.addAll(surfaces);
            return new Entity(first.key(), first.type(), first.kind(), first.labelZh(), first.labelEn(), alt,
                    first.wikidataId());
        }
    }

    /** Evidence of a mention: the sentences it lies in; sentences are in text order and never overlap. */
    private static Evidence evidence(SourceText source, NormalisedText text, List<Sentence> sentences, LinkedMention m) {
        int start = m.start();
        int end = m.end();
        Sentence first = lastStartingBefore(sentences, m.start() + 1);
        if (first != null && first.end() > m.start()) {
            start = first.start();
        }
        Sentence last = lastStartingBefore(sentences, m.end());
        if (last != null && last.end() >= m.end()) {
            end = last.end();
        }
        return new Evidence(source.fileName(), text.originalStart(start), text.originalEnd(end), m.rule(), m.confidence());
    }

    /** The last sentence starting before {@code offset}, or null. */
    private static Sentence lastStartingBefore(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() >= offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == 0 ? null : sentences.get(lo - 1);
    }

    /** An abbreviation a text declared, with the candidate each later use of it becomes. */
    private record DeclaredAbbreviation(String abbreviation, Candidate template) {

        static DeclaredAbbreviation of(String text, Candidate use) {
            return new DeclaredAbbreviation(text.substring(use.start(), use.end()),
                    new Candidate(0, 0, use.type(), use.kind(), use.name(), use.rule(), use.confidence(), use.known()));
        }

        List<Candidate> usesIn(String text) {
            List<Candidate> uses = new ArrayList<>();
            for (int at = text.indexOf(abbreviation); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
                uses.add(new Candidate(at, at + abbreviation.length(), template.type(), template.kind(),
                        template.name(), template.rule(), template.confidence(), template.known()));
            }
            return uses;
        }
    }
}
