package vn.danvan.notification.internal;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A notice's message arguments, kept as a JSON array of strings. */
final class NoticeArgs {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private NoticeArgs() {}

    static String toJson(List<String> args) {
        return JsonMapper.shared().writeValueAsString(args);
    }

    static List<String> fromJson(String json) {
        return JsonMapper.shared().readValue(json, STRINGS);
    }
}
