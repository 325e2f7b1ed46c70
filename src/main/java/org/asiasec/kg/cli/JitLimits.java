package org.asiasec.kg.cli;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

/** What this JVM's just-in-time compiler leaves to the interpreter. */
final class JitLimits {

    private JitLimits() {
    }

    /**
     * True when HotSpot keeps methods over 8,000 bytes of bytecode interpreted (its default), as it does
     * Jena's generated SPARQL tokenizer; false when that is switched off or the JVM is not HotSpot.
     */
    static boolean leavesHugeMethodsInterpreted() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotSpot != null && Boolean.parseBoolean(hotSpot.getVMOption("DontCompileHugeMethods").getValue());
        } catch (IllegalArgumentException notHotSpot) {
            return false;
        }
    }
}
