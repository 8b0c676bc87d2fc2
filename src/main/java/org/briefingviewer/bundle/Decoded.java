package org.briefingviewer.bundle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A bundle's bytes with a leading byte-order mark removed and noted. Whether they are UTF-8 is a separate check,
 * so that it can run while the schema check runs.
 */
record Decoded(byte[] json, String name, Optional<Problem> warning) {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static Decoded of(byte[] bytes, String name) {
        if (bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BYTE_ORDER_MARK)) {
            return new Decoded(Arrays.copyOfRange(bytes, 3, bytes.length), name, Optional.of(new Problem(
                    Problem.Severity.WARNING, name, "$", 1, 1, "starts with a byte-order mark, which was ignored",
                    "Save the file as UTF-8 without a BOM.")));
        }
        return new Decoded(bytes, name, Optional.empty());
    }

    void requireUtf8() throws BundleException {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == 0) {
                int[] lineColumn = lineAndColumn(json, i);
                throw new BundleException(name, List.of(Problem.error(name, "$", lineColumn[0], lineColumn[1],
                        "is not UTF-8 text: it holds zero bytes, as UTF-16 and UTF-32 text does",
                        "Save the file with UTF-8 encoding.")));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(json);
        CoderResult result = decoder.decode(input, CharBuffer.allocate(json.length), true);
        if (result.isError()) {
            int offset = input.position();
            int[] lineColumn = lineAndColumn(json, offset);
            throw new BundleException(name, List.of(Problem.error(name, "$", lineColumn[0], lineColumn[1],
                    "is not valid UTF-8 text (byte " + offset + ")", "Save the file with UTF-8 encoding.")));
        }
    }

    private static int[] lineAndColumn(byte[] json, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < json.length; i++) {
            if (json[i] == '\n') {
                line++;
                column = 1;
            } else if ((json[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
