package org.asiasec.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.asiasec.kg.UserException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {

    private static final String TEXT = "亚信第四次峰会于2014年5月在上海举行。\n上海合作组织成立于2001年。\n";
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    private final TextDecoder decoder = new TextDecoder();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    @DisplayName("UTF-8 without a byte-order mark")
    void utf8() throws IOException {
        TextDecoder.Decoded d = decoder.decodeDetecting(write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    @DisplayName("UTF-8 with a byte-order mark: the mark is not part of the text")
    void utf8WithBom() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, decoder.decode(write("bom.txt", bytes)));
    }

    @Test
    @DisplayName("GB18030 (GBK) file is recognised and decoded")
    void gb18030() throws IOException {
        TextDecoder.Decoded d = decoder.decodeDetecting(write("gbk.txt", TEXT.getBytes(GB18030)));
        assertEquals(TEXT, d.text());
        assertEquals(GB18030, d.charset());
    }

    @Test
    @DisplayName("UTF-16 LE and BE with byte-order mark")
    void utf16WithBom() throws IOException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TEXT, decoder.decode(write("le.txt", le)));
        // Java's "UTF-16" encoder writes big-endian with a byte-order mark
        assertEquals(TEXT, decoder.decode(write("be.txt", TEXT.getBytes(StandardCharsets.UTF_16))));
    }

    @Test
    @DisplayName("UTF-16 LE and BE without byte-order mark, told apart by their zero bytes")
    void utf16WithoutBom() throws IOException {
        TextDecoder.Decoded le = decoder.decodeDetecting(write("le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)));
        TextDecoder.Decoded be = decoder.decodeDetecting(write("be.txt", TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(TEXT, le.text());
        assertEquals(StandardCharsets.UTF_16LE, le.charset());
        assertEquals(TEXT, be.text());
        assertEquals(StandardCharsets.UTF_16BE, be.charset());
    }

    @Test
    @DisplayName("empty file → empty text, no error")
    void empty() throws IOException {
        assertEquals("", decoder.decode(write("empty.txt", new byte[0])));
    }

    @Test
    @DisplayName("PNG image is rejected with one line naming the file")
    void png() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = write("图片 1.png", png);
        UserException e = assertThrows(UserException.class, () -> decoder.decode(file));
        assertOneLineNaming(e, file);
        assertTrue(e.getMessage().contains("PNG"), e.getMessage());
    }

    @Test
    @DisplayName("binary data with NUL bytes (not UTF-16) is rejected")
    void nulBytes() throws IOException {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 % 11 == 0 ? 0 : 'a' + i % 26);
        }
        Path file = write("data.txt", bytes);
        assertOneLineNaming(assertThrows(UserException.class, () -> decoder.decode(file)), file);
    }

    @Test
    @DisplayName("text full of control characters is rejected as binary")
    void controlChars() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            s.append("亚信").append((char) 0x01).append((char) 0x1B);
        }
        Path file = write("ctl.txt", s.toString().getBytes(StandardCharsets.UTF_8));
        UserException e = assertThrows(UserException.class, () -> decoder.decode(file));
        assertOneLineNaming(e, file);
        assertTrue(e.getMessage().contains("control"), e.getMessage());
    }

    @Test
    @DisplayName("invalid UTF-8 that is not GB18030 either is rejected, never silently replaced")
    void invalid() throws IOException {
        byte[] bytes = concat("亚信峰会".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 'a'});
        Path file = write("bad.txt", bytes);
        UserException e = assertThrows(UserException.class, () -> decoder.decode(file));
        assertOneLineNaming(e, file);
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    @DisplayName("bytes valid as GB18030 but decoding only to rare characters are rejected")
    void implausibleGb18030() throws IOException {
        byte[] bytes = new byte[2 * 63];
        for (int i = 0; i < 63; i++) { // 0x81 0x40… are rare GBK extension characters (丂丄丅…)
            bytes[2 * i] = (byte) 0x81;
            bytes[2 * i + 1] = (byte) (0x40 + i);
        }
        Path file = write("rare.txt", bytes);
        assertOneLineNaming(assertThrows(UserException.class, () -> decoder.decode(file)), file);
    }

    @Test
    @DisplayName("UTF-16 without byte-order mark and without any ASCII character is still recognised")
    void utf16PureChinese() throws IOException {
        String text = "亚信第四次峰会在上海举行。会议通过了《上海宣言》。";
        assertEquals(text, decoder.decode(write("le.txt", text.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(text, decoder.decode(write("be.txt", text.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    @DisplayName("missing and unreadable files give one line naming them")
    void unreadable() throws IOException {
        Path missing = dir.resolve("不存在.txt");
        assertOneLineNaming(assertThrows(UserException.class, () -> decoder.decode(missing)), missing);
        Path locked = write("locked.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) { // running as root reads anyway
            assertOneLineNaming(assertThrows(UserException.class, () -> decoder.decode(locked)), locked);
        }
    }

    static void assertOneLineNaming(UserException e, Path file) {
        String message = e.getMessage();
        assertTrue(message.contains(file.toString()), message);
        assertFalse(message.contains("\n"), message);
    }
}
