package org.parley.io.negotiation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.negotiation.tournament.SessionRow;
import org.parley.io.InputException;
import org.parley.io.json.ResultJson;

/**
 * A tournament's progress beside its output ({@code DIR/progress.jsonl}): a first line naming the configuration's
 * hash and number of sessions, then one JSON line per finished session, appended and forced to disk after each
 * chunk. A run interrupted at any point leaves whole lines (a torn last line is ignored on reading), so a rerun with
 * the same configuration reads them back and runs only the missing sessions.
 */
public final class ProgressLog implements AutoCloseable {

    /** The file name inside the output folder. */
    public static final String FILE = "progress.jsonl";

    private static final ObjectWriter LINE = ResultJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final FileChannel channel;
    private final Map<Integer, SessionRow> done;

    private ProgressLog(FileChannel channel, Map<Integer, SessionRow> done) {
        this.channel = channel;
        this.done = done;
    }

    /** A header line. */
    public record Header(String config, int sessions) {
    }

    /**
     * Opens (or starts) the log in {@code dir} for a configuration with hash {@code config} and {@code sessions}
     * sessions; refuses a log left by another configuration.
     */
    public static ProgressLog open(Path dir, String config, int sessions) {
        Path file = dir.resolve(FILE);
        Map<Integer, SessionRow> done = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                Header h = lines.isEmpty() ? null : header(lines.get(0), file);
                if (h != null && (!h.config().equals(config) || h.sessions() != sessions)) {
                    throw InputException.of(file.toString(), "holds the progress of another tournament "
                            + "configuration (or other inputs); delete it, or write to another folder with --out");
                }
                if (h == null) {
                    Files.delete(file);
                } else {
                    for (int k = 1; k < lines.size(); k++) {
                        try {
                            SessionRow r = ResultJson.mapper().readValue(lines.get(k), SessionRow.class);
                            done.put(r.cell(), r);
                        } catch (JsonProcessingException e) {
                            if (k < lines.size() - 1) {
                                throw InputException.at(file.toString(), k + 1, "is not a session row: "
                                        + e.getOriginalMessage() + "; delete the file to start over");
                            }
                        }
                    }
                    truncateTornLine(file);
                }
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            ProgressLog log = new ProgressLog(ch, done);
            if (ch.size() == 0) {
                log.write(LINE.writeValueAsString(new Header(config, sessions)) + "\n");
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the progress in " + file + ": " + e.getMessage(), e);
        }
    }

    private static Header header(String line, Path file) {
        try {
            return ResultJson.mapper().readValue(line, Header.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Cuts a last line without its newline (a write torn by a kill). */
    private static void truncateTornLine(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int end = all.length;
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        if (end < all.length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
    }

    /** The sessions finished by earlier runs, by cell. */
    public Map<Integer, SessionRow> done() {
        return done;
    }

    /** Appends finished sessions and forces them to disk. */
    public void append(List<SessionRow> rows) {
        StringBuilder b = new StringBuilder();
        try {
            for (SessionRow r : rows) {
                b.append(LINE.writeValueAsString(r)).append('\n');
            }
            write(b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the progress log: " + e.getMessage(), e);
        }
    }

    private void write(String text) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
