package vn.danvan.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.danvan.files.FileRejected;

/**
 * Decides what a file really is from its bytes (magic numbers; for a ZIP, its entries), never from the name or the
 * type the browser claimed, and whether it may be kept: the name's extension must agree with the bytes (a PNG named
 * {@code .pdf}, or a program named {@code .jpg}, is "disguised") and the type must be one the caller allows.
 */
final class ContentSniffer {

    static final int HEAD = 16;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private ContentSniffer() {}

    /** The checked type of a stored file, or {@link FileRejected} with the reason. */
    static FileType check(Path file, String filename, Set<String> allowedTypes) {
        Optional<FileType> detected = detect(file);
        Optional<FileType> claimed = FileType.claimedBy(filename);
        if (detected.isEmpty()) {
            throw claimed.isPresent()
                    ? new FileRejected("files.error.disguised")
                    : new FileRejected("files.error.typeNotAllowed");
        }
        if (!detected.equals(claimed)) {
            throw new FileRejected("files.error.disguised");
        }
        if (!allowedTypes.contains(detected.get().contentType())) {
            throw new FileRejected("files.error.typeNotAllowed");
        }
        return detected.get();
    }

    /** What the bytes are, if a type we know. */
    static Optional<FileType> detect(Path file) {
        byte[] head = head(file);
        if (startsWith(head, PDF, 0)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG, 0)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG, 0)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, GIF87, 0) || startsWith(head, GIF89, 0)) {
            return Optional.of(FileType.GIF);
        }
        if (startsWith(head, RIFF, 0) && startsWith(head, WEBP, 8)) {
            return Optional.of(FileType.WEBP);
        }
        if (startsWith(head, ZIP, 0)) {
            return officeDocument(file);
        }
        return isUtf8Text(file) ? Optional.of(FileType.TEXT) : Optional.empty();
    }

    /** A DOCX or XLSX is a ZIP with a known main part; any other ZIP is not accepted. */
    private static Optional<FileType> officeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(FileType.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(FileType.XLSX);
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the uploaded file", e);
        }
    }

    /** Valid UTF-8 throughout, with no control characters other than tab, line breaks and form feed. */
    private static boolean isUtf8Text(Path file) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            int n;
            while ((n = reader.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the uploaded file", e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the uploaded file", e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int offset) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
