package vn.danvan.files.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads an attachment: {@code GET /files/{id}} for any signed-in user whose scope covers the file's record
 * (404 otherwise). The file is always offered as a download under its original name, with the type detected at
 * upload and {@code nosniff}; only images may be shown in the page ({@code ?inline=true}).
 */
@Controller
class FileController {

    private final AttachmentService attachments;

    FileController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean inline) {
        AttachmentService.Download download = attachments.download(id);
        boolean showInline = inline && download.file().contentType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().contentType()))
                .contentLength(download.file().size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition(showInline, download.file().filename()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(download.content()));
    }

    /**
     * {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 with RFC 5987): browsers use
     * the UTF-8 name, older clients an ASCII one without Vietnamese diacritics.
     */
    static String disposition(boolean inline, String filename) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii(filename) + "\"; filename*=UTF-8''"
                + rfc5987(filename);
    }

    /** Percent-encodes the UTF-8 bytes of a name, except RFC 5987's attr-char. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String ascii(String filename) {
        String folded = Normalizer.normalize(filename.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z0-9._ ()-]", "_");
    }
}
