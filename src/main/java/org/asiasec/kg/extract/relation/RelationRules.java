package org.asiasec.kg.extract.relation;

import java.util.List;

/**
 * The registry of relation rules, in the order they should run on each sentence.
 * Rules remember what earlier sentences of the same text said (which year went with 第四次峰会,
 * which meeting 此次峰会 refers to, which mechanism 成员国 belongs to), kept apart per text: one
 * list may serve many texts, also in parallel, as long as each text's sentences are applied in
 * reading order by one thread. The dates are those the extractor read into each sentence (one
 * {@code DateScope} per text). The rules are listed in README.md beside this file.
 */
public final class RelationRules {

    private RelationRules() {
    }

    /** Fresh rule instances. */
    public static List<RelationRule> all() {
        return List.of(new MeetingRule(), new MembershipRule(), new MembershipFrameRule(), new FoundersAtFoundingEventRule(), new FoundingRule(), new FoundingEventRule(), new AttributiveFoundingRule(),
                new ProposedMechanismRule(), new PredecessorRule(), new BodyOfRule(), new ParticipationFrameRule(), new ConceptProposalRule(),
                new ConceptComponentRule(), new DocumentAdoptionRule(), new DocumentCitationRule(),
                new DocumentNamedAfterMeetingRule(), new DocumentInRowRule(), new TextAsDocumentRule(), new PositionRule());
    }
}
