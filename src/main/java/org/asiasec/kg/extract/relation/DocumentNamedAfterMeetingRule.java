package org.asiasec.kg.extract.relation;

import java.util.List;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.sentence.LinkedMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * A summit's declaration or statement is named after the summit's city: 《杜尚别宣言》,
 * 《上海合作组织成员国元首阿斯塔纳宣言》. When the title of a declaration, statement or communiqué ends
 * in the city of a summit already named in this text followed by 宣言/声明/公报, and names no other
 * mechanism than that summit's, it was adopted at that summit (and issued by its mechanism).
 */
public final class DocumentNamedAfterMeetingRule implements RelationRule {

    public static final String NAME = "document-named-after-meeting";

    private static final Pattern DECLARATION = Pattern.compile(".*(宣言|声明|公报)》?$");


    public DocumentNamedAfterMeetingRule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        for (LinkedMention doc : sentence.mentions()) {
            if (doc.entity().type() != EntityType.DOCUMENT || !DECLARATION.matcher(doc.surface()).matches()) {
                continue;
            }
            List<NamedMeeting> named = s.meetingsSoFar();
            NamedMeeting match = null;
            for (NamedMeeting m : named) {
                Entity city = m.where();
                if (city != null && city.type() == EntityType.PLACE && mentionsCity(doc.surface(), city)
                        && !namesAnotherMechanism(sentence, doc, m.mechanism())) {
                    match = m;
                }
            }
            if (match != null) {
                Statements st = new Statements(sentence, out, NAME, 0.6);
                st.link(doc.entity().key(), Property.ADOPTED_AT, match.entity());
                st.link(doc.entity().key(), Property.ISSUED_BY, match.mechanism());
            }
        }
    }

    /** The city names the document: 杜尚别宣言, …元首杜尚别宣言 — not 上海 inside 上海合作组织…宣言. */
    private static boolean mentionsCity(String title, Entity city) {
        java.util.Set<String> names = new java.util.TreeSet<>(city.altLabels());
        names.add(city.labelZh());
        return names.stream().anyMatch(name -> name.length() >= 2 && title.contains(name)
                && Pattern.compile(Pattern.quote(name) + "(?:共同|联合)?(?:宣言|声明|公报)").matcher(title).find());
    }

    /** Whether a mechanism other than {@code mechanism} is named inside the title. */
    private static boolean namesAnotherMechanism(AnalysedSentence sentence, LinkedMention doc, Entity mechanism) {
        return sentence.mentions().stream().anyMatch(m -> m.entity().type() == EntityType.MECHANISM
                && m.start() >= doc.start() && m.end() <= doc.end() && !m.entity().key().equals(mechanism.key()));
    }
}
