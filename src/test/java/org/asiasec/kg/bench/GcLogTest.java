package org.asiasec.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

    @Test
    @DisplayName("peak heap is the most in use before any collection or at exit; after-GC peak is the most kept")
    void readsPauseAndExitLines(@TempDir Path temp) throws Exception {
        Path log = Files.writeString(temp.resolve("gc.log"), """
                [0.005s][info][gc] Using G1
                [2.412s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 21M->5M(380M) 6.998ms
                [12.524s][info][gc] GC(5) Pause Remark 68M->68M(234M) 2.236ms
                [17.394s][info][gc] GC(11) Pause Young (Normal) (G1 Evacuation Pause) 213M->81M(234M) 64.880ms
                [26.311s][info][gc] GC(15) Pause Full (System.gc()) 135M->69M(240M) 193.698ms
                [26.330s][info][gc,heap,exit] Heap
                [26.330s][info][gc,heap,exit]  garbage-first heap   total 245760K, used 72680K [0x00000000c0000000, 0x0000000100000000)
                """);
        GcLog gc = GcLog.read(log);
        assertEquals(213L << 20, gc.peakUsedBytes());
        assertEquals(81L << 20, gc.peakAfterGcBytes());
        assertEquals(4, gc.collections());
    }

    @Test
    @DisplayName("a heap at exit larger than at any collection counts as the peak")
    void exitHeapCounts(@TempDir Path temp) throws Exception {
        Path log = Files.writeString(temp.resolve("gc.log"), """
                [1.0s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 1G->100M(2G) 6.998ms
                [9.0s][info][gc,heap,exit]  garbage-first heap   total 2097152K, used 1572864K [0x0, 0x1)
                """);
        assertEquals(1536L << 20, GcLog.read(log).peakUsedBytes());
    }
}
