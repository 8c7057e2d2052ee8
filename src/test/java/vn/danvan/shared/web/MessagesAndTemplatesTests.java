package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-facing text is written into a template: it comes from the message bundles, which have the same keys in
 * Vietnamese and English; and every key a template names exists.
 */
class MessagesAndTemplatesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** Text between tags that contains a letter, outside th:text / th:utext elements. */
    static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

    /** Attributes read by people or assistive technology, when not set through th:. */
    static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)=\"([^\"]*\\p{L}[^\"]*)\"");

    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            String withoutComments = html.replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "<script></script>")
                    .replaceAll("(?s)<style.*?</style>", "<style></style>");
            Matcher text = TEXT_NODE.matcher(withoutComments);
            while (text.find()) {
                String value = text.group(1).strip();
                if (!value.isEmpty() && !isSymbolOnly(value)) {
                    problems.add(TEMPLATES.relativize(template) + ": text \"" + value + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(withoutComments);
            while (attribute.find()) {
                problems.add(
                        TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
            }
        }
        assertThat(problems).as("literal user-facing text in templates").isEmpty();
    }

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<Path> defaults = files.filter(p -> !p.getFileName().toString().contains("_"))
                    .filter(p -> p.toString().endsWith(".properties"))
                    .toList();
            assertThat(defaults).isNotEmpty();
            for (Path vi : defaults) {
                Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle for " + vi.getFileName()).exists();
                Set<String> viKeys = keys(vi);
                Set<String> enKeys = keys(en);
                assertThat(new TreeSet<>(enKeys))
                        .as("keys of " + en.getFileName())
                        .containsAll(viKeys);
                assertThat(new TreeSet<>(viKeys))
                        .as("keys of " + vi.getFileName())
                        .containsAll(enKeys);
            }
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path p :
                    files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                known.addAll(keys(p));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!known.contains(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but defined nowhere")
                .isEmpty();
    }

    private static boolean isSymbolOnly(String value) {
        return value.codePoints().noneMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
