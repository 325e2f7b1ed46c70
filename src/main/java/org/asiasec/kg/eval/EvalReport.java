package org.asiasec.kg.eval;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints the figures of an evaluation: per text in score.py's form (with --verbose, after the text's
 * misses), then tables per entity type and fact kind, and last score.py's {@code SCORE} line.
 */
public final class EvalReport {

    /** Fact kinds in report order. */
    public static final List<String> FACT_KINDS = List.of("meeting", "document", "membership", "founded",
            "concept_proposed", "concept_component", "participation");

    private EvalReport() {
    }

    public static void print(List<Evaluation.TextResult> results, boolean verbose, PrintWriter out) {
        if (verbose) {
            for (Evaluation.TextResult r : results) {
                r.misses().forEach(m -> out.println("   miss: " + m));
                if (!r.extracted()) {
                    out.println(r.stem() + ": NO TEXT");
                }
                StringBuilder line = new StringBuilder(r.stem() + ":");
                String separator = " ";
                for (String key : r.tally().keys()) {
                    Tally.Count c = r.tally().get(key);
                    line.append(separator).append(key).append('=').append(c.hits()).append('/').append(c.cases());
                    separator = "  ";
                }
                out.println(line);
            }
            out.println();
        }
        Tally total = Evaluation.total(results);
        out.printf("%d texts%n%n", results.size());
        out.printf("%-12s %-16s %-16s %s%n", "entities", "recall (core)", "precision", "F1");
        for (String t : GraphIndex.ENTITY_TYPES) {
            Tally.Count r = total.get("ent:" + t);
            Tally.Count p = total.get("prec:" + t);
            out.printf("%-12s %-16s %-16s %s%n", t, figure(r), figure(p), fixed(f1(p.ratio(), r.ratio())));
        }
        Tally.Count er = total.sum("ent:");
        Tally.Count ep = entityPrecision(total);
        out.printf("%-12s %-16s %-16s %s%n%n", "all", figure(er), figure(ep), fixed(f1(ep.ratio(), er.ratio())));

        out.printf("%-18s %-16s %-16s %s%n", "facts", "recall", "strict recall", "precision");
        for (String k : FACT_KINDS) {
            out.printf("%-18s %-16s %-16s %s%n", k, figure(total.get("fact:" + k)), figure(total.get("strict:" + k)),
                    figure(total.get("factP:" + k)));
        }
        out.printf("%-18s %-16s %-16s %s%n", "all", figure(total.sum("fact:")), figure(total.sum("strict:")),
                figure(total.sum("factP:")));
        out.printf("%-18s %-16s %-16s %s%n%n", "dated meetings", "", "", figure(total.get("prec:Meeting")));
        out.println(scoreLine(total));
    }

    /** score.py's last line: {@code SCORE entityR=.. entityP=.. entityF1=.. factR=.. factStrictR=.. meetingP=.. factP=.. factF1=..}. */
    public static String scoreLine(Tally total) {
        double er = total.sum("ent:").ratio();
        double ep = entityPrecision(total).ratio();
        double fr = total.sum("fact:").ratio();
        double fs = total.sum("strict:").ratio();
        double mp = total.get("prec:Meeting").ratio();
        double fp = total.sum("factP:").ratio();
        return "SCORE entityR=" + fixed(er) + " entityP=" + fixed(ep) + " entityF1=" + fixed(f1(ep, er))
                + " factR=" + fixed(fr) + " factStrictR=" + fixed(fs) + " meetingP=" + fixed(mp)
                + " factP=" + fixed(fp) + " factF1=" + fixed(f1(fp, fr));
    }

    /** Entity precision over the six entity types (not meetings). */
    static Tally.Count entityPrecision(Tally total) {
        int hits = 0;
        int cases = 0;
        for (String t : GraphIndex.ENTITY_TYPES) {
            hits += total.get("prec:" + t).hits();
            cases += total.get("prec:" + t).cases();
        }
        return new Tally.Count(hits, cases);
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static String figure(Tally.Count c) {
        return c.cases() == 0 ? "-" : fixed(c.ratio()) + " " + c.hits() + "/" + c.cases();
    }

    /** Two decimals rounded as Python's {@code :.2f} rounds (half to even on the exact binary value). */
    static String fixed(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
