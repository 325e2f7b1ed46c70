package org.asiasec.kg.extract.relation;

import org.asiasec.kg.extract.keys.EntityKeys;
import java.util.List;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/**
 * Writes a membership the way every membership rule states it: the shortcut triple (country → mechanism)
 * and a {@code Membership} node {@code membership-<subject>-<mechanism>-<role>} with its date.
 */
final class Memberships {

    private Memberships() {
    }

    static void emit(MaskedSentence s, ExtractionSink out, String rule, List<Entity> subjects, Entity mech, Role role,
                     DateMention date, double confidence) {
        if (mech == null || role == null) {
            return;
        }
        Entity organisation = s.parentOf(mech); // 元首理事会会议批准甲成为成员国: a member of the organisation, not of its council
        if (organisation != null) {
            mech = organisation;
        }
        Statements st = new Statements(s.analysed(), out, rule, confidence);
        for (Entity subject : subjects) {
            if (subject.key().equals(mech.key())
                    || (subject.type() != EntityType.COUNTRY && !role.openToOrganisations)) {
                continue;
            }
            st.link(subject.key(), role.property, mech);
            String key = EntityKeys.join("membership", subject.key(), mech.key(), role.slug);
            st.entity(new Entity(key, EntityType.MEMBERSHIP, null,
                    subject.labelZh() + "（" + mech.labelZh() + role.labelZh + "）", null, null, null));
            st.link(key, subject.type() == EntityType.COUNTRY ? Property.COUNTRY : Property.ORGANISATION, subject);
            st.link(key, Property.MECHANISM, mech);
            st.fact(key, Property.ROLE, new Value.Term(role.term));
            st.date(key, Property.DATE, Property.END_DATE, date);
        }
    }

    /**
     * Whether the mechanism mention starting at {@code at} only begins a longer name the recognisers did
     * not know (东盟防长扩大会, 上合组织地区反恐怖机构): then the role belongs to that unknown mechanism.
     */
    static boolean beginsLongerName(MaskedSentence s, int at) {
        int end = at + 1;
        while (end < s.masked().length() && s.masked().charAt(end) == 'm') {
            end++;
        }
        return LONGER_NAME.matcher(s.masked().substring(end)).lookingAt();
    }

    private static final java.util.regex.Pattern LONGER_NAME = java.util.regex.Pattern.compile(
            "[\\u4e00-\\u9fff]{0,6}?(?:扩大会|防长会|机制|论坛|对话会|中心|小组|委员会|理事会|秘书处|联盟|专家组)");

    /** The roles of the ontology and the words that name them. */
    enum Role {
        FOUNDING_MEMBER(Property.FOUNDING_MEMBER_OF, "FoundingMemberRole", "founding-member", "创始成员国", false),
        OBSERVER(Property.OBSERVER_OF, "ObserverRole", "observer", "观察员", true),
        DIALOGUE_PARTNER(Property.DIALOGUE_PARTNER_OF, "DialoguePartnerRole", "dialogue-partner", "对话伙伴", true),
        CHAIR(Property.CHAIR_OF, "ChairRole", "chair", "主席国", false),
        MEMBER(Property.MEMBER_OF, "MemberRole", "member", "成员国", false);

        final Property property;
        final String term;
        final String slug;
        final String labelZh;
        final boolean openToOrganisations;

        Role(Property property, String term, String slug, String labelZh, boolean openToOrganisations) {
            this.property = property;
            this.term = term;
            this.slug = slug;
            this.labelZh = labelZh;
            this.openToOrganisations = openToOrganisations;
        }

        /** A role word of the texts (创始成员国, 观察员 …). */
        static Role of(String word) {
            if (word.startsWith("创始")) {
                return FOUNDING_MEMBER;
            }
            if (word.startsWith("观察员")) {
                return OBSERVER;
            }
            if (word.contains("伙伴")) {
                return DIALOGUE_PARTNER;
            }
            return word.endsWith("主席国") ? CHAIR : MEMBER;
        }

        /** A role as the frames file names it (founding_member, observer …), or null. */
        static Role named(String name) {
            return switch (name) {
                case "founding_member" -> FOUNDING_MEMBER;
                case "observer" -> OBSERVER;
                case "dialogue_partner" -> DIALOGUE_PARTNER;
                case "chair" -> CHAIR;
                case "member" -> MEMBER;
                default -> null;
            };
        }
    }
}
