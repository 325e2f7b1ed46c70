package org.asiasec.kg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on, read at run time, so every report names its conditions. */
public record Machine(int cores, long physicalMemoryBytes, long maxHeapBytes, String jdk, List<String> jvmOptions,
        String os, String cpuModel, double loadAverage) {

    public static Machine current() {
        long physical = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), physical, Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                readCpuModel(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Load average over the last minute now: how busy the machine is while measuring. */
    public static double loadNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String readCpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                return Files.readAllLines(cpuinfo).stream()
                        .filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst().orElse("unknown CPU");
            }
        } catch (IOException e) {
            // fall through: the model is a nicety
        }
        return "unknown CPU";
    }
}
