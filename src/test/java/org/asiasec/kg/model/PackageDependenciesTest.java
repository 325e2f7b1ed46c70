package org.asiasec.kg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The records every stage exchanges depend on no stage, checked on the compiled classes with the JDK's
 * {@code jdeps -verbose:package} (what the build sees, not what the imports say).
 */
class PackageDependenciesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s*(org\\.asiasec\\.kg[\\w.]*)\\s+->\\s+(org\\.asiasec\\.kg[\\w.]*)\\s");
    private static String jdeps;

    @BeforeAll
    static void runJdeps() {
        ToolProvider tool = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = tool.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "target/classes");
        assertEquals(0, status, "jdeps failed");
        jdeps = out.toString();
    }

    private static Set<String> projectDependencies(String pkg) {
        Set<String> targets = new TreeSet<>();
        for (String line : jdeps.split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && m.group(1).equals(pkg) && !m.group(2).equals(pkg)) {
                targets.add(m.group(2));
            }
        }
        return targets;
    }

    @Test
    @DisplayName("org.asiasec.kg.model depends on no other project package")
    void modelDependsOnNoStage() {
        assertEquals(Set.of(), projectDependencies("org.asiasec.kg.model"));
    }

    @Test
    @DisplayName("the check sees a real dependency: the reading stage produces model records")
    void checkSeesDependencies() {
        assertTrue(projectDependencies("org.asiasec.kg.corpus").contains("org.asiasec.kg.model"),
                projectDependencies("org.asiasec.kg.corpus").toString());
    }
}
