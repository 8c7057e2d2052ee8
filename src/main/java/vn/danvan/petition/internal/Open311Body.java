package vn.danvan.petition.internal;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Open311 GeoReport v2 answer, written as JSON or XML. The spec's JSON is an array (or an object for discovery
 * and a service definition); its XML wraps the same fields in a root element and one element per item. Nested
 * lists are {@link Items}: an array in JSON, a wrapper element with one child per item in XML. {@code null} values
 * are written as empty elements in XML and {@code null} in JSON, as the spec's examples do.
 */
record Open311Body(String root, @Nullable String item, Object content) {

    /** A nested list with the XML name of its items. */
    record Items(String item, List<?> values) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Open311Body list(String root, String item, List<? extends Map<String, ?>> items) {
        return new Open311Body(root, item, items);
    }

    static Open311Body object(String root, Map<String, ?> fields) {
        return new Open311Body(root, null, fields);
    }

    static Open311Body errors(int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return list("errors", "error", List.of(error));
    }

    String json() {
        return JSON.writeValueAsString(plain(content));
    }

    private static @Nullable Object plain(@Nullable Object value) {
        if (value instanceof Items items) {
            return items.values().stream().map(Open311Body::plain).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Open311Body::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        return value;
    }

    String xml() {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            if (content instanceof List<?> list) {
                for (Object each : list) {
                    element(xml, item == null ? "item" : item, each);
                }
            } else {
                fields(xml, (Map<?, ?>) content);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fields(XMLStreamWriter xml, Map<?, ?> map) throws XMLStreamException {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            element(xml, e.getKey().toString(), e.getValue());
        }
    }

    private static void element(XMLStreamWriter xml, String name, @Nullable Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Items items) {
            for (Object each : items.values()) {
                element(xml, items.item(), each);
            }
        } else if (value instanceof Map<?, ?> map) {
            fields(xml, map);
        } else {
            xml.writeCharacters(value.toString());
        }
        xml.writeEndElement();
    }
}
