package stikg.importer.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;

/** A reader that loads a brief as strict UTF-8 text and refuses files that cannot be a brief. */
public final class BriefReader {

    /**
     * Reads the file; an empty file, a file of blank lines or bytes that are not UTF-8 give an
     * {@link InvalidInputException} naming the file and, for bad bytes, the line they are on.
     *
     * @param display the path as the user should see it
     */
    public BriefText read(Path file, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(display), "cannot read the brief: "
                    + e.getMessage()));
        }
        return decode(bytes, display);
    }

    /** Decodes bytes already in memory, with the same checks as {@link #read}. */
    public BriefText decode(byte[] bytes, String display) {
        if (bytes.length == 0) {
            throw new InvalidInputException(new Problem(Location.wholeFile(display), "the brief is empty"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(new Problem(Location.of(display, line), String.format(
                    "not UTF-8 text: byte 0x%02X at offset %d cannot be decoded (save the brief as UTF-8)",
                    bytes[offset] & 0xff, offset)));
        }
        BriefText brief = BriefText.of(display, text);
        if (brief.lines().stream().allMatch(String::isBlank)) {
            throw new InvalidInputException(new Problem(Location.wholeFile(display),
                    "the brief has no text (only blank lines)"));
        }
        return brief;
    }

    /** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    private static int firstBadByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
            if (len == 0 || i + len > bytes.length) {
                return i;
            }
            String piece = new String(bytes, i, len, StandardCharsets.UTF_8);
            if (piece.contains("\uFFFD")) {
                return i;
            }
            i += len;
        }
        return Math.max(0, bytes.length - 1);
    }
}
