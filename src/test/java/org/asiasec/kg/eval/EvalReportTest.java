package org.asiasec.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SCORE line is score.py's, figure for figure and digit for digit. */
class EvalReportTest {

    private static void add(Tally t, String key, int hits, int misses) {
        for (int i = 0; i < hits; i++) {
            t.add(key, true);
        }
        for (int i = 0; i < misses; i++) {
            t.add(key, false);
        }
    }

    @Test
    @DisplayName("SCORE 行：实体召回只计六类实体，实体精确率不含会议，事实按各类之和")
    void scoreLine() {
        Tally t = new Tally();
        add(t, "ent:Country", 3, 1);
        add(t, "ent:Place", 1, 3);
        add(t, "prec:Country", 4, 0);
        add(t, "prec:Meeting", 1, 1);
        add(t, "fact:meeting", 1, 3);
        add(t, "strict:meeting", 0, 4);
        add(t, "fact:membership", 1, 0);
        add(t, "strict:membership", 1, 0);
        add(t, "factP:membership", 2, 1);
        assertEquals("SCORE entityR=0.50 entityP=1.00 entityF1=0.67 factR=0.40 factStrictR=0.20 meetingP=0.50 factP=0.67 factF1=0.50",
                EvalReport.scoreLine(t));
        assertEquals("SCORE entityR=0.00 entityP=0.00 entityF1=0.00 factR=0.00 factStrictR=0.00 meetingP=0.00 factP=0.00 factF1=0.00",
                EvalReport.scoreLine(new Tally()), "nothing counted gives zeros, as in score.py");
    }

    @Test
    @DisplayName("两位小数的舍入与 Python 的 :.2f 相同（二进制值上的四舍六入五成双）")
    void roundsAsPython() {
        assertEquals("0.12", EvalReport.fixed(0.125));
        assertEquals("0.14", EvalReport.fixed(0.135));
        assertEquals("0.62", EvalReport.fixed(0.625));
        assertEquals("0.67", EvalReport.fixed(2.0 / 3));
        assertEquals("0.00", EvalReport.fixed(0.0));
    }
}
