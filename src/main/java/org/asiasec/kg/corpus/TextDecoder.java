package org.asiasec.kg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.asiasec.kg.UserException;

/**
 * Turns the bytes of a text file into characters, detecting the encoding.
 *
 * <p>Supported: UTF-8 (with or without byte-order mark), UTF-16 LE/BE (with a byte-order mark, or
 * without one when the zero bytes of ASCII characters show the byte order) and GB18030 (which
 * includes GBK and GB2312), chosen only when the bytes are not valid UTF-8 but are valid GB18030 and
 * decode to plausible Chinese text. Every candidate is validated with a reporting decoder: malformed
 * input is never silently replaced.
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
    /** Share of CJK characters among the non-ASCII ones needed to believe a GB18030 reading. */
    private static final double MIN_CHINESE_SHARE = 0.9;

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
        Charset utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            return checked(bytes, 0, utf16, name);
        }
        if (hasZeroByte(bytes)) {
            throw new UserException(name + ": not a text file (contains NUL bytes)");
        }
        Scan utf8 = scan(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.valid()) {
            return accepted(bytes, 0, StandardCharsets.UTF_8, utf8, name);
        }
        Scan gb = scan(bytes, 0, GB18030);
        if (gb.valid() && gb.chineseShare() >= MIN_CHINESE_SHARE) {
            return accepted(bytes, 0, GB18030, gb, name);
        }
        throw new UserException(name + ": not valid UTF-8, UTF-16 or GB18030 text (invalid byte at offset "
                + utf8.errorOffset() + "); convert it to UTF-8");
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
    private record Scan(boolean valid, long errorOffset, long chars, long controlChars, long nonAscii, long chinese) {

        double chineseShare() {
            return nonAscii == 0 ? 1.0 : (double) chinese / nonAscii;
        }
    }

    private static Scan scan(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(VALIDATION_BUFFER);
        long chars = 0;
        long control = 0;
        long nonAscii = 0;
        long chinese = 0;
        boolean flushing = false;
        while (true) {
            CoderResult result = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
            if (result.isError()) {
                return new Scan(false, in.position(), chars, control, nonAscii, chinese);
            }
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                chars++;
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                    control++;
                } else if (c >= 0x80) {
                    nonAscii++;
                    if (isChinese(c)) {
                        chinese++;
                    }
                }
            }
            out.clear();
            if (result.isUnderflow()) {
                if (flushing) {
                    return new Scan(true, -1, chars, control, nonAscii, chinese);
                }
                flushing = true;
            }
        }
    }

    /** Han characters and the punctuation and full-width forms that come with Chinese text. */
    private static boolean isChinese(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2000 && c <= 0x206F || c == 0xB7 || c == 0x2014;
    }

    /**
     * UTF-16 without a byte-order mark: ASCII characters (line breaks, digits, spaces) have one zero
     * byte, always on the same side; its side gives the byte order.
     */
    private static Charset utf16ByZeroBytes(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        long evenZeros = 0;
        long oddZeros = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        long zeros = evenZeros + oddZeros;
        if (zeros == 0) {
            return null;
        }
        if (evenZeros * 20 < zeros) {
            return StandardCharsets.UTF_16LE;
        }
        if (oddZeros * 20 < zeros) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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
