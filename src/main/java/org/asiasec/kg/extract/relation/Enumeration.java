package org.asiasec.kg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;

/**
 * A list of countries the sentence names together — 中国、俄罗斯和哈萨克斯坦; 科威特、巴林（2022年） — with
 * the date each item carries in brackets after it, if any. Organisations listed among the countries
 * (东盟10国和中国) are kept apart: they belong to the list, so they are never the mechanism it joins.
 * Offsets are sentence-relative.
 */
record Enumeration(List<Item> items, List<Entity> organisations, int start, int end) {

    /** One country of the list, with the date in brackets after it (null if none). */
    record Item(Entity entity, DateMention date) {
    }

    /** A country, or an organisation listed among them (东盟10国和中国、日本 …), with an optional bracket. */
    /** A bracket after an item counts only when it dates it: 巴林（2022年）, 伊朗（均为2030年）; not （以上为创始成员国）. */
    private static final String ITEM = "(?:Cc*|Mm*(?:[0-9一二三四五六七八九十]+国)?)(?:[（(][^）)Dd]{0,6}Dd*[^）)]{0,4}[）)])?";
    /**
     * Items are joined by 、 和 与 及 …; a name the recognisers did not know (巴勒斯坦 in a list of
     * known countries) is passed over between two 、 so that it does not cut the list in two.
     */
    private static final Pattern LIST = Pattern.compile(ITEM + "(?:(?:(?:、[^、，。；：:CMNPDTKEcmnpdtke（(]{1,10}(?=、))*(?:、|，(?=Cc*、)|和|与|及|以及|同|暨|跟|或|\\s))+"
            + ITEM + ")*");

    /**
     * Every list of countries in the sentence (one country alone is a list of one), not inside 《》; read
     * once per sentence, as several rules ask for them.
     */
    static List<Enumeration> countries(MaskedSentence s) {
        return s.countryLists();
    }

    /** {@link #countries}, read afresh. */
    static List<Enumeration> read(MaskedSentence s) {
        List<Enumeration> out = new ArrayList<>();
        if (!s.names('C')) { // a list of organisations alone states no membership here
            return out;
        }
        Matcher m = s.matcher(LIST);
        while (m.find()) {
            if (s.insideTitle(m.start())) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            List<Entity> organisations = new ArrayList<>();
            for (int i = m.start(); i < m.end(); i++) {
                if (s.masked().charAt(i) == 'M' && s.entityAt(i) != null) {
                    organisations.add(s.entityAt(i));
                }
                if (s.masked().charAt(i) == 'C' && s.entityAt(i) != null) {
                    items.add(new Item(s.entityAt(i), bracketDate(s, i, m.end())));
                }
            }
            // 阿塞拜疆、亚美尼亚、尼泊尔（2015年）: a date after the last of a group dates the group
            for (int i = items.size() - 2; i >= 0; i--) {
                if (items.get(i).date() == null && items.get(i + 1).date() != null) {
                    items.set(i, new Item(items.get(i).entity(), items.get(i + 1).date()));
                }
            }
            if (!items.isEmpty()) {
                out.add(new Enumeration(List.copyOf(items), List.copyOf(organisations), m.start(), m.end()));
            }
        }
        return out;
    }

    List<Entity> entities() {
        return items.stream().map(Item::entity).distinct().toList();
    }

    /** The date in the bracket right after the country starting at {@code at}, or null. */
    private static DateMention bracketDate(MaskedSentence s, int at, int limit) {
        int i = at + 1;
        while (i < limit && s.masked().charAt(i) == 'c') {
            i++;
        }
        if (i >= limit || "（(".indexOf(s.masked().charAt(i)) < 0) {
            return null;
        }
        for (int j = i + 1; j < limit && "）)".indexOf(s.masked().charAt(j)) < 0; j++) {
            if (s.masked().charAt(j) == 'D' && s.dateAt(j) != null) {
                return s.dateAt(j);
            }
        }
        return null;
    }
}
