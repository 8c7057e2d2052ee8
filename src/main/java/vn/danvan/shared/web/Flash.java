package vn.danvan.shared.web;

import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message shown once after a redirect (Post/Redirect/Get). The text is a message key of the module. */
public final class Flash {

    public static final String ATTRIBUTE = "flash";

    private Flash() {}

    /** Arguments are kept as text: the message lives in the session (in the database) until shown. */
    private static String[] text(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    }

    public static void success(RedirectAttributes attributes, String messageKey, Object... args) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("success", messageKey, text(args)));
    }

    public static void warning(RedirectAttributes attributes, String messageKey, Object... args) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("warning", messageKey, text(args)));
    }

    /** A flash message: its Bootstrap colour, message key and arguments. */
    public record Message(String level, String key, String[] args) implements Serializable {}
}
