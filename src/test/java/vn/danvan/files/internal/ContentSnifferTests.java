package vn.danvan.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileRejected;

/** What a file is comes from its bytes; its name must agree, and its type must be one the caller allows. */
class ContentSnifferTests {

    static final Set<String> EVERYTHING = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/plain");

    @TempDir
    Path dir;

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("to-trinh.pdf", (Supplier<byte[]>) FileSamples::pdf, FileType.PDF),
                Arguments.of("anh-hien-truong.png", (Supplier<byte[]>) FileSamples::png, FileType.PNG),
                Arguments.of("anh.jpg", (Supplier<byte[]>) FileSamples::jpeg, FileType.JPEG),
                Arguments.of("ANH.JPEG", (Supplier<byte[]>) FileSamples::jpeg, FileType.JPEG),
                Arguments.of("bieu-do.gif", (Supplier<byte[]>) FileSamples::gif, FileType.GIF),
                Arguments.of("anh.webp", (Supplier<byte[]>) FileSamples::webp, FileType.WEBP),
                Arguments.of("Biên bản.docx", (Supplier<byte[]>) FileSamples::docx, FileType.DOCX),
                Arguments.of("số liệu.xlsx", (Supplier<byte[]>) FileSamples::xlsx, FileType.XLSX),
                Arguments.of("ghi-chu.txt", (Supplier<byte[]>) FileSamples::text, FileType.TEXT));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("acceptedFiles")
    void recognisesAFileFromItsBytesWhenItsNameAgrees(String name, Supplier<byte[]> bytes, FileType expected)
            throws IOException {
        Path file = write(bytes.get());

        assertThat(ContentSniffer.check(file, name, EVERYTHING)).isEqualTo(expected);
    }

    static Stream<Arguments> disguisedFiles() {
        return Stream.of(
                Arguments.of("a PNG named .pdf", "van-ban.pdf", (Supplier<byte[]>) FileSamples::png),
                Arguments.of("a program named .jpg", "anh-dep.jpg", (Supplier<byte[]>) FileSamples::exe),
                Arguments.of("a PDF named .docx", "bien-ban.docx", (Supplier<byte[]>) FileSamples::pdf),
                Arguments.of("a spreadsheet named .docx", "bao-cao.docx", (Supplier<byte[]>) FileSamples::xlsx),
                Arguments.of("a plain ZIP named .docx", "bao-cao.docx", (Supplier<byte[]>) FileSamples::zip),
                Arguments.of("a PDF without extension", "van-ban", (Supplier<byte[]>) FileSamples::pdf),
                Arguments.of("text named .pdf", "ghi-chu.pdf", (Supplier<byte[]>) FileSamples::text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguisedFiles")
    void refusesAFileWhoseNameDisagreesWithItsBytes(String what, String name, Supplier<byte[]> bytes)
            throws IOException {
        Path file = write(bytes.get());

        assertThatThrownBy(() -> ContentSniffer.check(file, name, EVERYTHING))
                .isInstanceOf(FileRejected.class)
                .extracting(e -> ((FileRejected) e).messageKey())
                .isEqualTo("files.error.disguised");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAllowed")
    void refusesATypeTheCallerDoesNotAllow(String name, Supplier<byte[]> bytes, Set<String> allowed)
            throws IOException {
        Path file = write(bytes.get());

        assertThatThrownBy(() -> ContentSniffer.check(file, name, allowed))
                .isInstanceOf(FileRejected.class)
                .extracting(e -> ((FileRejected) e).messageKey())
                .isEqualTo("files.error.typeNotAllowed");
    }

    static Stream<Arguments> notAllowed() {
        return Stream.of(
                Arguments.of("to-trinh.pdf", (Supplier<byte[]>) FileSamples::pdf, Attachments.IMAGES),
                Arguments.of("ghi-chu.txt", (Supplier<byte[]>) FileSamples::text, Attachments.DOCUMENTS_AND_IMAGES),
                Arguments.of("chuong-trinh.exe", (Supplier<byte[]>) FileSamples::exe, EVERYTHING),
                Arguments.of("anh.gif", (Supplier<byte[]>) FileSamples::gif, Attachments.IMAGES));
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "sample", ".bin"), bytes);
    }
}
