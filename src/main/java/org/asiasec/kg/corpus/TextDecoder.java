package org.asiasec.kg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.asiasec.kg.UserException;

/**
 * Turns the bytes of a text file into characters, detecting the encoding.
 *
 * <p>Supported: UTF-8 (with or without byte-order mark), UTF-16 LE/BE (with a byte-order mark, or
 * without one) and GB18030 (which includes GBK and GB2312). Without a byte-order mark, valid UTF-8
 * wins; otherwise the valid reading among GB18030 and UTF-16 LE/BE whose characters are most
 * plausible (printable ASCII or common simplified/traditional Chinese) is taken, if at least 90 %
 * of them are. Every candidate is validated with a reporting decoder: malformed input is never
 * silently replaced.
 *
 * <p>Rejected with a one-line {@link UserException} naming the file: unreadable files, binary files
 * (known magic numbers such as PNG, PDF, ZIP; NUL bytes outside UTF-16; many control characters),
 * and bytes that are valid in none of the supported encodings. An empty file decodes to "".
 *
 * <p>Memory: the file is read whole and decoded straight from its bytes (validation runs through a
 * small fixed buffer), so a file needs about its size in bytes plus its decoded string. Files larger
 * than a quarter of the maximum heap are refused with a clear message instead of an
 * {@link OutOfMemoryError}; a 50 MB file works with {@code -Xmx1g}.
 */
public class TextDecoder {

    /** A superset of GBK and GB2312; tried when the bytes are not valid UTF-8. */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final int VALIDATION_BUFFER = 8192;
    /** More control characters than this share of the text means the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Share of plausible characters needed to believe a reading other than UTF-8. */
    private static final double MIN_PLAUSIBLE_SHARE = 0.9;
    private static final int SAMPLE_BYTES = 1 << 16;

    /** The decoded text and the encoding it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    /** The file's text without any byte-order mark. */
    public String decode(Path file) {
        return decodeDetecting(file).text();
    }

    /** The file's text and the encoding it was detected in. */
    public Decoded decodeDetecting(Path file) {
        return decode(readBytes(file), file.toString());
    }

    /**
     * Decodes bytes from a source named {@code name} (used in error messages).
     *
     * @throws UserException if the bytes are binary or valid in no supported encoding
     */
    public Decoded decode(byte[] bytes, String name) {
        if (bytes.length == 0) {
            return new Decoded("", StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        String binaryKind = BinaryFormat.of(bytes);
        if (binaryKind != null) {
            throw new UserException(name + ": not a text file (looks like " + binaryKind + ")");
        }
        boolean zeros = hasZeroByte(bytes);
        Scan utf8 = null;
        if (!zeros) {
            utf8 = scan(bytes, 0, StandardCharsets.UTF_8);
            if (utf8.valid()) {
                return accepted(bytes, 0, StandardCharsets.UTF_8, utf8, name);
            }
        }
        Decoded best = mostPlausible(bytes, zeros, name);
        if (best != null) {
            return best;
        }
        if (zeros) {
            throw new UserException(name + ": not a text file (contains NUL bytes)");
        }
        throw new UserException(name + ": not valid UTF-8, UTF-16 or GB18030 text (invalid byte at offset "
                + utf8.errorOffset() + "); convert it to UTF-8");
    }

    /**
     * Among GB18030 (no zero bytes) and UTF-16 LE/BE (even length), the valid reading that looks most
     * like real text: nearly all its characters are printable ASCII or characters of the common
     * simplified (GB2312) or traditional (Big5) repertoires. A wrong reading scatters over rare
     * code points.
     */
    private static Decoded mostPlausible(byte[] bytes, boolean zeros, String name) {
        List<Charset> candidates = new ArrayList<>();
        if (!zeros) {
            candidates.add(GB18030);
        }
        if (bytes.length % 2 == 0) {
            candidates.add(StandardCharsets.UTF_16LE);
            candidates.add(StandardCharsets.UTF_16BE);
        }
        Charset best = null;
        Scan bestScan = null;
        double bestScore = MIN_PLAUSIBLE_SHARE;
        for (Charset charset : candidates) {
            double score = plausibleShare(bytes, charset);
            if (score >= bestScore) {
                Scan scan = scan(bytes, 0, charset);
                if (scan.valid()) {
                    best = charset;
                    bestScan = scan;
                    bestScore = score;
                }
            }
        }
        return best == null ? null : accepted(bytes, 0, best, bestScan, name);
    }

    /** Share of plausible chars in a prefix of the bytes read with {@code charset}. */
    private static double plausibleShare(byte[] bytes, Charset charset) {
        String sample = new String(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES), charset);
        CharsetEncoder simplified = GB2312.newEncoder();
        CharsetEncoder traditional = BIG5.newEncoder();
        int plausible = 0;
        int n = Math.max(0, sample.length() - 2); // the prefix may end inside a char
        for (int i = 0; i < n; i++) {
            char c = sample.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c == '\u3000'
                    || c >= 0xFF01 && c <= 0xFF5E || simplified.canEncode(c) || traditional.canEncode(c)) {
                plausible++;
            }
        }
        return n == 0 ? 0 : (double) plausible / n;
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            long limit = Math.min(Integer.MAX_VALUE - 16L, Runtime.getRuntime().maxMemory() / 4);
            if (size > limit) {
                throw new UserException(file + ": too large to read (" + size / (1024 * 1024)
                        + " MB; limit " + limit / (1024 * 1024) + " MB with this heap); split it or raise -Xmx");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file, e);
        } catch (AccessDeniedException e) {
            throw new UserException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Decoded checked(byte[] bytes, int offset, Charset charset, String name) {
        Scan scan = scan(bytes, offset, charset);
        if (!scan.valid()) {
            throw new UserException(name + ": not valid " + charset.name() + " text (invalid byte at offset "
                    + scan.errorOffset() + ")");
        }
        return accepted(bytes, offset, charset, scan, name);
    }

    private static Decoded accepted(byte[] bytes, int offset, Charset charset, Scan scan, String name) {
        if (scan.controlChars() > Math.max(2, scan.chars() * MAX_CONTROL_SHARE)) {
            throw new UserException(name + ": not a text file (" + scan.controlChars() + " control characters)");
        }
        // Validated above, so the fast JDK decoding path cannot meet malformed input here.
        String text = new String(bytes, offset, bytes.length - offset, charset);
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, charset);
    }

    /** What a reporting decoder saw: validity and a few counts, computed without keeping the text. */
    private record Scan(boolean valid, long errorOffset, long chars, long controlChars) {
    }

    private static Scan scan(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(VALIDATION_BUFFER);
        long chars = 0;
        long control = 0;
        boolean flushing = false;
        while (true) {
            CoderResult result = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
            if (result.isError()) {
                return new Scan(false, in.position(), chars, control);
            }
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                chars++;
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                    control++;
                }
            }
            out.clear();
            if (result.isUnderflow()) {
                if (flushing) {
                    return new Scan(true, -1, chars, control);
                }
                flushing = true;
            }
        }
    }

    private static boolean hasZeroByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Magic numbers of binary formats that users plausibly drop into a corpus folder by mistake. */
    private enum BinaryFormat {
        PNG("a PNG image", 0x89, 'P', 'N', 'G'),
        JPEG("a JPEG image", 0xFF, 0xD8, 0xFF),
        GIF("a GIF image", 'G', 'I', 'F', '8'),
        PDF("a PDF document; extract its text first", '%', 'P', 'D', 'F', '-'),
        ZIP("a ZIP archive or Office document; export it as text first", 'P', 'K', 3, 4),
        GZIP("a gzip archive", 0x1F, 0x8B),
        OLE("an old Office document; export it as text first", 0xD0, 0xCF, 0x11, 0xE0),
        ELF("an executable", 0x7F, 'E', 'L', 'F');

        private final String description;
        private final int[] magic;

        BinaryFormat(String description, int... magic) {
            this.description = description;
            this.magic = magic;
        }

        static String of(byte[] bytes) {
            for (BinaryFormat format : values()) {
                if (startsWith(bytes, format.magic)) {
                    return format.description;
                }
            }
            return null;
        }
    }
}
