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
    private final List<LinkedMention> mechanisms = new ArrayList<>();
    private final List<Block> blocks;
    private final Entity textTopic;
    private final Entity speaker;

    public Discourse(String analysisText, List<LinkedMention> mentions, List<Block> blocks) {
        this.text = analysisText;
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

    /** A text without mechanisms, or a sentence read alone. */
    public static Discourse none() {
        return new Discourse("", List.of(), List.of());
    }

    /** The mechanism the sentence starting at {@code offset} speaks of when it names none, or null. */
    public Entity topicMechanismAt(int offset) {
        Block block = blockAt(offset);
        List<LinkedMention> inParagraph = mechanismsIn(block == null ? offset : block.start(), offset);
        if (!inParagraph.isEmpty()) {
            LinkedMention last = inParagraph.get(inParagraph.size() - 1);
            boolean one = inParagraph.stream().map(m -> m.entity().key()).distinct().count() == 1;
            boolean textTopicNamed = textTopic != null
                    && inParagraph.stream().anyMatch(m -> m.entity().key().equals(textTopic.key()));
            return one ? last.entity() : textTopicNamed ? textTopic : last.entity();
        }
        for (int i = blocks.size() - 1; i >= 0; i--) { // the nearest heading before it, if it names a mechanism
            Block b = blocks.get(i);
            if (b.end() > offset || !headingLike(b)) {
                continue;
            }
            LinkedMention inHeading = lastMechanismIn(b.start(), b.end());
            return inHeading != null ? inHeading.entity() : textTopic;
        }
        return textTopic;
    }

    /** The mechanism the whole text names most often, or null. */
    public Entity textTopic() {
        return textTopic;
    }

    private List<LinkedMention> mechanismsIn(int from, int to) {
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : mechanisms) {
            if (m.start() >= to) {
                break;
            }
            if (m.start() >= from) {
                out.add(m);
            }
        }
        return out;
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

    private LinkedMention lastMechanismIn(int from, int to) {
        LinkedMention last = null;
        for (LinkedMention m : mechanisms) {
            if (m.start() >= to) {
                break;
            }
            if (m.start() >= from) {
                last = m;
            }
        }
        return last;
    }

    private Block blockAt(int offset) {
        for (Block b : blocks) {
            if (b.start() <= offset && offset < b.end()) {
                return b;
            }
        }
        return null;
    }

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

    private boolean insideTitle(int offset) {
        int open = text.lastIndexOf('《', offset - 1);
        return open >= 0 && open > text.lastIndexOf('》', offset - 1);
    }
}
