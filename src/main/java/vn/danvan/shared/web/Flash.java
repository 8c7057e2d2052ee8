package vn.danvan.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message shown once after a redirect (Post/Redirect/Get). The text is a message key of the module. */
public final class Flash {

    public static final String ATTRIBUTE = "flash";

    private Flash() {}

    public static void success(RedirectAttributes attributes, String messageKey, Object... args) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("success", messageKey, args));
    }

    public static void warning(RedirectAttributes attributes, String messageKey, Object... args) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("warning", messageKey, args));
    }

    /** A flash message: its Bootstrap colour, message key and arguments. */
    public record Message(String level, String key, Object[] args) {}
}
