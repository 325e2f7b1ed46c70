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

        /** The shape of the lexical form at each precision, compiled once: dates are made for every date mention. */
        private static final java.util.Map<Precision, java.util.regex.Pattern> SHAPES = java.util.Map.of(
                Precision.DAY, java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
                Precision.MONTH, java.util.regex.Pattern.compile("\\d{4}-\\d{2}"),
                Precision.YEAR, java.util.regex.Pattern.compile("\\d{4}"));

        public Date {
            if (!SHAPES.get(precision).matcher(lexical).matches()) {
                throw new IllegalArgumentException(lexical + " is not a " + precision + " date");
            }
        }

        public static Date year(int y) {
            return new Date(zeroPadded(y, 4), Precision.YEAR);
        }

        public static Date month(int y, int m) {
            return new Date(zeroPadded(y, 4) + "-" + zeroPadded(m, 2), Precision.MONTH);
        }

        public static Date day(int y, int m, int d) {
            return new Date(zeroPadded(y, 4) + "-" + zeroPadded(m, 2) + "-" + zeroPadded(d, 2), Precision.DAY);
        }

        /**
         * {@code String.format("%0<width>d", value)} with ASCII digits, without the cost of a Formatter:
         * the sign, then zeros up to the width, then the digits.
         */
        private static String zeroPadded(int value, int width) {
            String digits = Long.toString(Math.abs((long) value));
            String sign = value < 0 ? "-" : "";
            return sign + "0".repeat(Math.max(0, width - sign.length() - digits.length())) + digits;
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
