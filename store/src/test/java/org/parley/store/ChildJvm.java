package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a main class of the test class path in a child JVM, its output sent to a log file. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Path log, Class<?> main, String... args) throws IOException {
        return start(log, Map.of(), List.of(), main, args);
    }

    /** As {@link #start(Path, Class, String...)}, with extra environment variables and JVM options. */
    static Process start(Path log, Map<String, String> env, List<String> jvm, Class<?> main, String... args)
            throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", cp, main.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }
}
