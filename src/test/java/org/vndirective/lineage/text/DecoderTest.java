package org.vndirective.lineage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTF-16 in either byte order, with or without a byte order mark, is text, not a binary file. */
class DecoderTest {
    static final String TEXT = "TỈNH ỦY LÂM ĐỒNG\nSố 59-KH/TU\nThực hiện Chỉ thị số 10-CT/TW của Ban Bí thư.\n";

    @ParameterizedTest
    @CsvSource({"UTF-16LE, true", "UTF-16LE, false", "UTF-16BE, true", "UTF-16BE, false"})
    void utf16IsDecoded(String charset, boolean bom) {
        byte[] body = TEXT.getBytes(java.nio.charset.Charset.forName(charset));
        byte[] mark = !bom ? new byte[0] : charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        Decoder.Result r = Decoder.standard().decode("u.txt", "u.txt", bytes);
        Decoder.Decoded d = assertInstanceOf(Decoder.Decoded.class, r, r.toString());
        assertEquals(TEXT, d.text().original());
        assertEquals(charset, d.text().encoding());
        assertTrue(d.text().notes().get(0).startsWith("decoded as " + charset), d.text().notes().toString());
    }

    @ParameterizedTest
    @CsvSource({"'%PDF\u0000\u0001\u0002\u0003\u0000\u0000'", "'\u0000\u0000\u0000\u0000\u0000\u0000'"})
    void binaryStaysBinary(String s) {
        Decoder.Result r = Decoder.standard().decode("b.txt", "b.txt", s.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertInstanceOf(Decoder.Rejected.class, r).reason().startsWith("binary file"), r.toString());
    }
}
