package org.asiasec.kg.corpus;

import java.util.Arrays;

/**
 * Maps analysis offsets to original offsets, compactly: most analysis characters are copies of
 * consecutive original characters, so the map stores runs instead of one int per character. A run
 * is either a copy (n analysis chars = n original chars) or one analysis char standing for an
 * original span of any length (an HTML entity, a joined line break).
 */
final class OffsetMap {

    private final int[] analysisStart;
    private final int[] originalStart;
    /** Analysis length of the run; equals the original length for copies. */
    private final int[] analysisLength;
    private final int[] originalLength;
    private final int runs;
    private final int size;

    private OffsetMap(Builder b) {
        this.analysisStart = Arrays.copyOf(b.analysisStart, b.runs);
        this.originalStart = Arrays.copyOf(b.originalStart, b.runs);
        this.analysisLength = Arrays.copyOf(b.analysisLength, b.runs);
        this.originalLength = Arrays.copyOf(b.originalLength, b.runs);
        this.runs = b.runs;
        this.size = b.size;
    }

    static OffsetMap of(int[] toOriginal) {
        Builder b = new Builder();
        for (int o : toOriginal) {
            b.add(o, o + 1);
        }
        return b.build();
    }

    int size() {
        return size;
    }

    /** Original offset of the first original char behind analysis char {@code i}. */
    int start(int i) {
        int r = run(i);
        return isCopy(r) ? originalStart[r] + (i - analysisStart[r]) : originalStart[r];
    }

    /** Original offset just after the original chars behind analysis char {@code i}. */
    int end(int i) {
        int r = run(i);
        return isCopy(r) ? originalStart[r] + (i - analysisStart[r]) + 1 : originalStart[r] + originalLength[r];
    }

    private boolean isCopy(int r) {
        return analysisLength[r] == originalLength[r];
    }

    private int run(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("analysis offset " + i + " outside [0, " + size + ")");
        }
        int found = Arrays.binarySearch(analysisStart, 0, runs, i);
        return found >= 0 ? found : -found - 2;
    }

    /** Collects the original span of each analysis char, in order. */
    static final class Builder {
        private int[] analysisStart = new int[16];
        private int[] originalStart = new int[16];
        private int[] analysisLength = new int[16];
        private int[] originalLength = new int[16];
        private int runs;
        private int size;

        /** The next analysis char stands for original chars [start, end). */
        void add(int start, int end) {
            int last = runs - 1;
            boolean single = end - start == 1;
            if (single && last >= 0 && analysisLength[last] == originalLength[last]
                    && originalStart[last] + originalLength[last] == start) {
                analysisLength[last]++;
                originalLength[last]++;
            } else {
                if (runs == analysisStart.length) {
                    int n = runs * 2;
                    analysisStart = Arrays.copyOf(analysisStart, n);
                    originalStart = Arrays.copyOf(originalStart, n);
                    analysisLength = Arrays.copyOf(analysisLength, n);
                    originalLength = Arrays.copyOf(originalLength, n);
                }
                analysisStart[runs] = size;
                originalStart[runs] = start;
                analysisLength[runs] = 1;
                originalLength[runs] = end - start;
                runs++;
            }
            size++;
        }

        OffsetMap build() {
            return new OffsetMap(this);
        }
    }
}
