package org.asiasec.kg.model;

/** The relations of the core vocabulary that extraction can state. Local names in {@code asc:}. */
public enum Property {
    MECHANISM("mechanism"),
    ORDINAL("ordinal"),
    DATE("date"),
    END_DATE("endDate"),
    PLACE("place"),
    HOST("host"),
    PARTICIPANT("participant"),
    THEME("theme"),
    ADOPTED_AT("adoptedAt"),
    ISSUED_BY("issuedBy"),
    PROPOSED_BY("proposedBy"),
    PROPOSED_AT("proposedAt"),
    PROPOSED_ON("proposedOn"),
    HAS_COMPONENT("hasComponent"),
    FOUNDED_ON("foundedOn"),
    FOUNDED_AT("foundedAt"),
    PREDECESSOR("predecessor"),
    /** An organ of a mechanism (元首理事会 of the SCO) → the mechanism. */
    BODY_OF("bodyOf"),
    MEMBER_OF("memberOf"),
    FOUNDING_MEMBER_OF("foundingMemberOf"),
    OBSERVER_OF("observerOf"),
    DIALOGUE_PARTNER_OF("dialoguePartnerOf"),
    CHAIR_OF("chairOf"),
    COUNTRY("country"),
    /** The organisation holding a membership as observer or dialogue partner (instead of a country). */
    ORGANISATION("organisation"),
    ROLE("role"),
    POSITION("position");

    private final String localName;

    Property(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
