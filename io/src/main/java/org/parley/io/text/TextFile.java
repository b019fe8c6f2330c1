package org.parley.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parley.io.InputException;
import org.parley.io.Limits;

/**
 * A text file read whole under a size limit: UTF-8 with or without BOM (ISO-8859-1 when the bytes are not valid
 * UTF-8), line endings LF, CRLF or bare CR all turned into LF, binary content refused.
 */
public record TextFile(String name, String content, boolean latin1) {

    /** The most bytes one read can hold (a Java array), whatever the limit says. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    /**
     * Reads {@code path} ({@code -}: standard input), refusing files that are missing, empty, binary or larger than
     * the limit. A regular file's size is checked before it is read; a pipe, a device or standard input (whose size
     * is not known up front: {@code /dev/stdin}, {@code <(...)}) is read up to the limit and refused past it.
     */
    public static TextFile read(Path path, Limits limits) {
        if (path.toString().equals(STDIN)) {
            return decode("stdin", stream("stdin", System.in, limits));
        }
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw InputException.of(name, "is a directory; expected a file");
        }
        if (!Files.exists(path)) {
            throw InputException.of(name, "no such file");
        }
        if (Files.isRegularFile(path)) {
            long size;
            try {
                size = Files.size(path);
            } catch (IOException e) {
                throw InputException.of(name, "cannot be read: " + e.getMessage());
            }
            if (size > limits.maxFileBytes()) {
                throw InputException.of(name, "is " + size + " bytes, larger than the limit of "
                        + limits.maxFileBytes() + " bytes; raise it with --max-input-mb if the file is genuine");
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            return decode(name, stream(name, in, limits));
        } catch (NoSuchFileException e) {
            throw InputException.of(name, "no such file");
        } catch (IOException e) {
            throw InputException.of(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Every byte of {@code in}, refused as soon as there are more than the limit allows. */
    private static byte[] stream(String name, InputStream in, Limits limits) {
        long max = Math.min(limits.maxFileBytes(), MAX_ARRAY);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) max + 1);
        } catch (IOException e) {
            throw InputException.of(name, "cannot be read: " + e.getMessage());
        }
        if (bytes.length > max) {
            throw InputException.of(name, "is larger than the limit of " + limits.maxFileBytes() + " bytes; raise "
                    + "it with --max-input-mb if the input is genuine");
        }
        return bytes;
    }

    /** Decodes bytes already in memory, under the same rules as {@link #read(Path, Limits)}. */
    public static TextFile decode(String name, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw InputException.of(name, "is UTF-16 encoded; expected UTF-8 text");
        }
        if (looksUtf16(bytes)) {
            throw InputException.of(name, "looks UTF-16 encoded (every other byte is NUL); expected UTF-8 text");
        }
        int controls = 0;
        for (int k = start; k < bytes.length; k++) {
            int b = bytes[k] & 0xFF;
            if (b == 0) {
                throw InputException.of(name, "contains NUL bytes (offset " + k + "): a binary file; expected text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > (bytes.length - start)) {
            throw InputException.of(name, "contains " + controls + " control characters: a binary file; expected text");
        }
        boolean latin1 = false;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            latin1 = true;
            text = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw InputException.of(name, "is empty; expected a scenario");
        }
        return new TextFile(name, text, latin1);
    }

    /** Whether the first bytes alternate NUL and ASCII, as UTF-16 text without a byte-order mark does. */
    private static boolean looksUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 64) & ~1;
        if (n < 4) {
            return false;
        }
        for (int parity = 0; parity < 2; parity++) {
            boolean all = true;
            for (int k = 0; k < n && all; k += 2) {
                int zero = bytes[k + parity] & 0xFF;
                int ascii = bytes[k + 1 - parity] & 0xFF;
                all = zero == 0 && ascii >= 0x09 && ascii < 0x80;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
