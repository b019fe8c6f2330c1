package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing every reader with generated mutations of the shipped examples and data files (issue 9): bytes flipped,
 * cut, repeated and inserted; numbers replaced by hostile ones (exponents beyond a double or an int, a thousand
 * digits); lines repeated and dropped; deep nesting spliced in. Each mutant goes through the command that reads
 * it, in-process ({@code validate} for scenarios, {@code deals} for GENIUS and GeniusWeb domains), and must end in
 * a result or a located exit-2 message: never exit 1, never a stack trace, never more than a few kilobytes of
 * messages. Seeded, so every run tries the same mutants; bounded by a count per family and a time budget.
 */
class ReaderFuzzTest {

    /** The seed of every mutant; a failure names the mutant's number, which rebuilds it. */
    private static final long SEED = 20261205L;
    /**
     * Stop making mutants after this long (25 s per family, or -Dparley.fuzz.seconds=N for a deeper local run), so
     * that CI stays within its budget; the count made is printed.
     */
    private static final long BUDGET_NANOS = Long.getLong("parley.fuzz.seconds", 25) * 1_000_000_000L;
    /** Rounds over the seed files; -Dparley.fuzz.rounds=N for more. */
    private static final int ROUNDS = Integer.getInteger("parley.fuzz.rounds", 12);
    /** At most 50 problems are listed, each in at most some 900 characters. */
    private static final int MAX_STDERR_LINES = 55;
    private static final int MAX_STDERR = 50_000;

    private static final String[] HOSTILE_NUMBERS = {"-1e-300000000", "1e999999999999", "1e-3000000000",
        "9".repeat(1000), "1e400", "-0", "NaN", "0x1F", "1_000", ".5e-320", "4.9e-325", "1e308"};

    @TempDir
    Path dir;

    private static List<Path> files(String folder, String... endings) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(folder), 1)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                for (String e : endings) {
                    if (n.endsWith(e)) {
                        return true;
                    }
                }
                return false;
            }).sorted().toList();
        }
    }

    @Test
    void everyMutantOfEveryScenarioFormatEndsInAResultOrALocatedRefusal() throws IOException {
        List<Path> seeds = new ArrayList<>();
        seeds.addAll(files("examples", ".yaml"));
        seeds.addAll(files("data/bdm", ".csv"));
        seeds.addAll(files("data/ktab", ".csv", ".xml"));
        seeds.addAll(files("data/exchange", ".csv", ".txt"));
        seeds.add(Path.of("cli/src/test/resources/malformed/json-many-problems.json"));
        SplittableRandom random = new SplittableRandom(SEED);
        long start = System.nanoTime();
        int made = 0;
        int accepted = 0;
        for (int round = 0; round < ROUNDS && System.nanoTime() - start < BUDGET_NANOS; round++) {
            for (Path seed : seeds) {
                byte[] original = Files.readAllBytes(seed);
                int id = made++;
                Path mutant = dir.resolve("m" + id + "-" + seed.getFileName());
                Files.write(mutant, mutate(original, random.split()));
                Cli.Run run = Cli.run("validate", mutant.toString());
                check(run, mutant, "validate", id);
                accepted += run.code() == Parley.OK ? 1 : 0;
                Files.delete(mutant);
            }
        }
        System.out.printf("fuzz: %d scenario mutants in %.1f s, %d still valid%n", made,
                (System.nanoTime() - start) / 1e9, accepted);
        assertThat(made).isGreaterThanOrEqualTo(seeds.size());
    }

    @Test
    void everyMutantOfEveryGeniusAndGeniusWebDomainEndsInAResultOrALocatedRefusal() throws IOException {
        List<Path> domains = new ArrayList<>();
        for (String root : List.of("data/genius", "data/geniusweb")) {
            try (Stream<Path> s = Files.list(Path.of(root))) {
                s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("nonlinear"))
                        .sorted().forEach(domains::add);
            }
        }
        SplittableRandom random = new SplittableRandom(SEED + 1);
        long start = System.nanoTime();
        int made = 0;
        for (int round = 0; round < ROUNDS / 2 && System.nanoTime() - start < BUDGET_NANOS; round++) {
            for (Path domain : domains) {
                int id = made++;
                Path copy = Files.createDirectories(dir.resolve("d" + id));
                List<Path> inside = files(domain.toString(), ".xml", ".json");
                for (Path f : inside) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
                Path victim = copy.resolve(inside.get(random.nextInt(inside.size())).getFileName());
                Files.write(victim, mutate(Files.readAllBytes(victim), random.split()));
                Cli.Run run = Cli.run("deals", copy.toString(), "--max-outcomes", "2000000");
                check(run, victim, "deals", id);
            }
        }
        System.out.printf("fuzz: %d domain mutants in %.1f s%n", made, (System.nanoTime() - start) / 1e9);
        assertThat(made).isGreaterThanOrEqualTo(domains.size());
    }

    private static void check(Cli.Run run, Path mutant, String command, int id) throws IOException {
        String what = command + " of mutant " + id + " (" + mutant.getFileName() + ") -> exit " + run.code() + "\n"
                + (run.err().length() > 3000 ? run.err().substring(0, 3000) : run.err());
        assertThat(run.code()).as(what).isIn(Parley.OK, Parley.BAD_INPUT);
        assertThat(run.err()).as(what).doesNotContain("\tat ", "Exception", "internal error");
        assertThat(run.err().length()).as(what).isLessThanOrEqualTo(MAX_STDERR);
        assertThat(run.err().lines().count()).as(what).isLessThanOrEqualTo(MAX_STDERR_LINES);
        if (run.code() == Parley.BAD_INPUT && !run.err().startsWith("parley: ")) {
            assertThat(run.err()).as("a problem of the input names its file: " + what)
                    .startsWith(mutant.getParent().toString());
        }
    }

    /** One to three mutations of the bytes, chosen by {@code r}. */
    static byte[] mutate(byte[] original, SplittableRandom r) {
        byte[] b = original;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            b = once(b, r);
        }
        return b;
    }

    private static byte[] once(byte[] b, SplittableRandom r) {
        if (b.length == 0) {
            return "x".getBytes(StandardCharsets.US_ASCII);
        }
        int at = r.nextInt(b.length);
        switch (r.nextInt(9)) {
            case 0: { // flip a byte
                byte[] out = b.clone();
                out[at] = (byte) r.nextInt(256);
                return out;
            }
            case 1: { // cut a range
                int len = Math.min(b.length - at, 1 + r.nextInt(64));
                return concat(slice(b, 0, at), slice(b, at + len, b.length));
            }
            case 2: { // repeat a range
                int len = Math.min(b.length - at, 1 + r.nextInt(200));
                byte[] part = slice(b, at, at + len);
                return concat(slice(b, 0, at + len), part, slice(b, at + len, b.length));
            }
            case 3: { // a hostile number in place of a number
                String s = new String(b, StandardCharsets.ISO_8859_1);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(s);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return b;
                }
                int[] span = spans.get(r.nextInt(spans.size()));
                String number = HOSTILE_NUMBERS[r.nextInt(HOSTILE_NUMBERS.length)];
                return (s.substring(0, span[0]) + number + s.substring(span[1])).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 4: { // deep nesting spliced in
                String open = r.nextBoolean() ? "[" : "<a>";
                int depth = 100 + r.nextInt(3000);
                String close = open.equals("[") ? "]" : "</a>";
                String nest = open.repeat(depth) + close.repeat(r.nextBoolean() ? depth : 1);
                return concat(slice(b, 0, at), nest.getBytes(StandardCharsets.US_ASCII), slice(b, at, b.length));
            }
            case 5: { // a line repeated many times
                int start = lineStart(b, at);
                int end = lineEnd(b, at);
                byte[] line = slice(b, start, Math.min(b.length, end + 1));
                byte[] many = new byte[0];
                for (int k = 0, times = 1 + r.nextInt(50); k < times; k++) {
                    many = concat(many, line);
                }
                return concat(slice(b, 0, start), many, slice(b, start, b.length));
            }
            case 6: // truncated
                return slice(b, 0, at);
            case 7: { // random bytes inserted
                byte[] noise = new byte[1 + r.nextInt(16)];
                for (int k = 0; k < noise.length; k++) {
                    noise[k] = (byte) r.nextInt(256);
                }
                return concat(slice(b, 0, at), noise, slice(b, at, b.length));
            }
            default: { // a long line inserted
                byte[] line = ("x".repeat(1 + r.nextInt(100_000)) + "\n").getBytes(StandardCharsets.US_ASCII);
                return concat(slice(b, 0, lineStart(b, at)), line, slice(b, lineStart(b, at), b.length));
            }
        }
    }

    private static int lineStart(byte[] b, int at) {
        int k = at;
        while (k > 0 && b[k - 1] != '\n') {
            k--;
        }
        return k;
    }

    private static int lineEnd(byte[] b, int at) {
        int k = at;
        while (k < b.length && b[k] != '\n') {
            k++;
        }
        return k;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, Math.max(0, Math.min(from, b.length)), Math.max(0, Math.min(to,
                b.length)));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
