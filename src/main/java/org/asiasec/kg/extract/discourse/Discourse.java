package org.asiasec.kg.extract.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.extract.sentence.LinkedMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;

/**
 * What a text is about at each point, computed once per text before any rule runs: the mechanism a
 * sentence speaks of when it names none (第二次峰会在圣彼得堡举行, 成员国包括……, 该组织). The topic is
 * the mechanism the paragraph has named before the sentence — the only one it named, else the text's
 * own topic if the paragraph named it, else the last one — then the one the nearest heading (or
 * 【field】 line: 【“上海五国”元首会晤】) before it names, then the one the text's title names, else the one the whole text names most often. Names inside 《》 and names listed among
 * countries (美国、欧盟、日本) do not count: a title speaks of its document and a list item is not
 * what the text is about. It also knows who says 我 in a speech: the person its heading or byline names.
 */
public final class Discourse {

    private final String text;
    /** Where the text has 《 or 》, in order: whether an offset is inside a title is a binary search. */
    private final int[] titleMarks;
    private final List<LinkedMention> mechanisms = new ArrayList<>();
    private final List<Block> blocks;
    private final Entity textTopic;
    private final Entity speaker;

    public Discourse(String analysisText, List<LinkedMention> mentions, List<Block> blocks) {
        this.text = analysisText;
        this.titleMarks = titleMarks(analysisText);
        this.blocks = blocks;
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Entity> byKey = new HashMap<>();
        for (LinkedMention m : mentions) {
            if (m.entity().type() == EntityType.MECHANISM && !insideTitle(m.start()) && !listed(m)) {
                mechanisms.add(m);
                counts.merge(m.entity().key(), 1, Integer::sum);
                byKey.putIfAbsent(m.entity().key(), m.entity());
            }
        }
        Entity best = null;
        int bestCount = 0;
        for (LinkedMention m : mechanisms) { // first named wins a tie
            int c = counts.get(m.entity().key());
            if (c > bestCount) {
                best = m.entity();
                bestCount = c;
            }
        }
        Entity titled = titleMechanism();
        this.textTopic = titled != null ? titled : best;
        this.speaker = speakerOf(mentions);
        this.parents = parentsOf(mentions);
    }

    private final Map<String, Entity> parents;

    /** 元首理事会, 秘书处, 地区反恐怖机构: the head words of a mechanism's organs. */
    private static final java.util.regex.Pattern ORGAN = java.util.regex.Pattern.compile("(?:理事会|秘书处|委员会|执委会|机构)$");

    /**
     * The organs the text names and the mechanism each belongs to: an organ's name begins with the name
     * (as this text writes it) of another mechanism of the text — 上海合作组织成员国元首理事会 → 上海合作组织.
     * The longest such name wins.
     */
    private static Map<String, Entity> parentsOf(List<LinkedMention> mentions) {
        Map<String, Entity> names = new HashMap<>();
        for (LinkedMention m : mentions) {
            if (m.entity().type() == EntityType.MECHANISM) {
                names.putIfAbsent(m.surface(), m.entity());
                names.putIfAbsent(m.entity().labelZh(), m.entity());
            }
        }
        Map<String, Entity> parents = new HashMap<>();
        for (LinkedMention m : mentions) {
            Entity organ = m.entity();
            if (organ.type() != EntityType.MECHANISM || parents.containsKey(organ.key()) || !ORGAN.matcher(organ.labelZh()).find()) {
                continue;
            }
            Entity best = null;
            int bestLength = 0;
            for (Map.Entry<String, Entity> name : names.entrySet()) {
                String n = name.getKey();
                if (n.length() > bestLength && n.length() + 2 <= organ.labelZh().length() && organ.labelZh().startsWith(n)
                        && !name.getValue().key().equals(organ.key())) {
                    best = name.getValue();
                    bestLength = n.length();
                }
            }
            if (best != null) {
                parents.put(organ.key(), best);
            }
        }
        return parents;
    }

    /** The mechanism each organ named in the text belongs to, by the organ's key. */
    public Map<String, Entity> parents() {
        return java.util.Collections.unmodifiableMap(parents);
    }

    /** The mechanism the text's title (its first line, a heading) names first, or null: what the text is about. */
    private Entity titleMechanism() {
        if (blocks.isEmpty() || blocks.get(0).kind() != Block.Kind.HEADING) {
            return null;
        }
        Block title = blocks.get(0);
        for (LinkedMention m : mechanisms) {
            if (m.start() >= title.start() && m.end() <= title.end()) {
                return m.entity();
            }
        }
        return null;
    }

    /** The person a speech's heading or byline names (the first person in a short line among the first ones). */
    private Entity speakerOf(List<LinkedMention> mentions) {
        for (int i = 0; i < Math.min(blocks.size(), 6); i++) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.HEADING && b.end() - b.start() > 40) {
                continue;
            }
            for (LinkedMention m : mentions) {
                if (m.entity().type() == EntityType.PERSON && m.start() >= b.start() && m.end() <= b.end()) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    /** Who says 我 in this text: the person its heading or byline names, or null. */
    public Entity speaker() {
        return speaker;
    }

    /**
     * The mechanism the sentence starting at {@code offset} speaks of when it names none, or null. The
     * extractor asks for its sentences in reading order, and the answer is then found in one pass over
     * the text's blocks and mentions (an earlier offset starts the pass again).
     */
    public Entity topicMechanismAt(int offset) {
        if (offset < lastOffset) {
            mentionCursor = 0;
            blockCursor = -1;
            current = null;
            headingSeen = false;
            headingTopic = null;
        }
        lastOffset = offset;
        while (true) {
            int nextBlock = blockCursor + 1 < blocks.size() ? blocks.get(blockCursor + 1).start() : Integer.MAX_VALUE;
            int nextMention = mentionCursor < mechanisms.size() ? mechanisms.get(mentionCursor).start() : Integer.MAX_VALUE;
            if (nextMention < offset && nextMention < nextBlock) {
                LinkedMention m = mechanisms.get(mentionCursor++);
                if (current != null && m.start() < current.block.end()) {
                    current.add(m);
                }
            } else if (nextBlock <= offset) {
                close();
                current = new Paragraph(blocks.get(++blockCursor));
            } else {
                break;
            }
        }
        if (current != null && current.block.end() <= offset) {
            close();
        }
        if (current != null && !current.closed && current.last != null) {
            return current.many && current.topicNamed ? textTopic : current.last.entity();
        }
        return headingSeen && headingTopic != null ? headingTopic : textTopic;
    }

    /** A block the reading has passed: a heading-like one becomes the heading of what follows. */
    private void close() {
        if (current == null || current.closed) {
            return;
        }
        current.closed = true;
        if (headingLike(current.block)) {
            headingSeen = true;
            headingTopic = current.last == null ? null : current.last.entity();
        }
    }

    private int lastOffset = -1;
    private int mentionCursor;
    private int blockCursor = -1;
    private Paragraph current;
    private boolean headingSeen;
    private Entity headingTopic;

    /** What a block has named so far: its last mechanism, whether it named more than one, whether the text's topic. */
    private final class Paragraph {
        final Block block;
        LinkedMention last;
        String firstKey;
        boolean many;
        boolean topicNamed;
        boolean closed;

        Paragraph(Block block) {
            this.block = block;
        }

        void add(LinkedMention m) {
            String key = m.entity().key();
            if (firstKey == null) {
                firstKey = key;
            } else if (!firstKey.equals(key)) {
                many = true;
            }
            topicNamed |= textTopic != null && key.equals(textTopic.key());
            last = m;
        }
    }

    /** The mechanism the whole text names most often, or null. */
    public Entity textTopic() {
        return textTopic;
    }

    /**
     * Whether the mention is an item of a list (、 next to it) or names the countries in the mechanism
     * (东盟6国, 东盟国家, 东盟成员国): either way the text does not speak of the mechanism itself there.
     */
    private boolean listed(LinkedMention m) {
        return (m.start() > 0 && text.charAt(m.start() - 1) == '、') || (m.end() < text.length() && text.charAt(m.end()) == '、')
                || MEMBERS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern MEMBERS_AFTER = java.util.regex.Pattern.compile(
            "(?:[0-9一二三四五六七八九十]+个?国|国家|各国|成员国)");

    /**
     * A heading, or a line that is one 【field】 title (【“上海五国”元首会晤】).
     */
    private boolean headingLike(Block b) {
        if (b.kind() == Block.Kind.HEADING) {
            return true;
        }
        String line = text.substring(b.start(), Math.min(b.end(), text.length())).strip();
        return line.length() <= 30 && line.startsWith("【") && line.endsWith("】");
    }

    /**
     * Whether the last 《 before {@code offset} comes after the last 》 before it: that is, whether the last
     * of either before it is a 《. Looked up among the marks rather than scanning back through the text
     * for each mention.
     */
    private boolean insideTitle(int offset) {
        int i = java.util.Arrays.binarySearch(titleMarks, offset);
        int lastBefore = (i >= 0 ? i : -i - 1) - 1;
        return lastBefore >= 0 && text.charAt(titleMarks[lastBefore]) == '《';
    }

    private static int[] titleMarks(String text) {
        return java.util.stream.IntStream.range(0, text.length())
                .filter(i -> text.charAt(i) == '《' || text.charAt(i) == '》').toArray();
    }
}
