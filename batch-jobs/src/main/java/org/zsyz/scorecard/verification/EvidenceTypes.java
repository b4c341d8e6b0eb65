package org.zsyz.scorecard.verification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.zsyz.scorecard.domain.EvidenceType;

/**
 * Tells a 佐证材料 file's type from its first bytes, never from its name: PDF ({@code %PDF-}), PNG (its 8-byte
 * signature), JPEG ({@code FF D8 FF}), OFD (a zip whose entries include {@code OFD.xml} at the top). Anything else
 * — an executable, a Word file, a zip without OFD.xml — is not evidence.
 */
final class EvidenceTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private EvidenceTypes() {}

    /** The file's type, or {@code null} when it is none of the four. */
    static EvidenceType of(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, PDF)) {
            return EvidenceType.PDF;
        }
        if (startsWith(head, n, PNG)) {
            return EvidenceType.PNG;
        }
        if (startsWith(head, n, JPEG)) {
            return EvidenceType.JPEG;
        }
        if (startsWith(head, n, ZIP) && hasOfdXml(file)) {
            return EvidenceType.OFD;
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        return n >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Reads the zip's directory only: nothing is extracted. */
    private static boolean hasOfdXml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("OFD.xml") != null;
        } catch (ZipException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
