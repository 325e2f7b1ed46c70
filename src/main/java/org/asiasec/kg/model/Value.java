package org.asiasec.kg.model;

/** The object of a fact: another entity, a date, a number, a text, or a term of the ontology itself. */
public sealed interface Value permits Value.EntityRef, Value.Date, Value.Int, Value.Text, Value.Term {

    /** Another entity, by key. */
    record EntityRef(String key) implements Value {
    }

    /**
     * A calendar value as precise as the text says.
     *
     * @param lexical {@code 2014-05-21}, {@code 2014-05} or {@code 2014}
     */
    record Date(String lexical, Precision precision) implements Value {
        public enum Precision { DAY, MONTH, YEAR }

        public Date {
            String pattern = switch (precision) {
                case DAY -> "\\d{4}-\\d{2}-\\d{2}";
                case MONTH -> "\\d{4}-\\d{2}";
                case YEAR -> "\\d{4}";
            };
            if (!lexical.matches(pattern)) {
                throw new IllegalArgumentException(lexical + " is not a " + precision + " date");
            }
        }

        public static Date year(int y) {
            return new Date(String.format("%04d", y), Precision.YEAR);
        }

        public static Date month(int y, int m) {
            return new Date(String.format("%04d-%02d", y, m), Precision.MONTH);
        }

        public static Date day(int y, int m, int d) {
            return new Date(String.format("%04d-%02d-%02d", y, m, d), Precision.DAY);
        }
    }

    record Int(long value) implements Value {
    }

    /** A literal text, with a BCP-47 language tag or null. */
    record Text(String text, String lang) implements Value {
    }

    /** A named individual of the ontology, by local name (e.g. the membership role {@code ObserverRole}). */
    record Term(String localName) implements Value {
    }
}
