package vn.danvan.landclearance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's boundary (ranh giới) read from an uploaded GeoJSON (Polygon, MultiPolygon, Feature or
 * FeatureCollection) or KML file (its Polygon elements), checked, and written back as a plain GeoJSON
 * FeatureCollection of polygons with no properties — nothing else of the upload (names, styles, scripts) is kept.
 */
final class ProjectBoundary {

    /** The largest boundary file accepted. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProjectBoundary() {}

    /** The boundary as a GeoJSON FeatureCollection, or {@link ProjectBoundaryRejected} with the reason. */
    static String normalise(byte[] content) {
        if (content.length == 0) {
            throw new ProjectBoundaryRejected("lc.project.boundary.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ProjectBoundaryRejected("lc.project.boundary.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        List<List<List<double[]>>> polygons = text.startsWith("<") ? fromKml(content) : fromGeoJson(text);
        if (polygons.isEmpty()) {
            throw new ProjectBoundaryRejected("lc.project.boundary.noPolygon");
        }
        return write(polygons);
    }

    private static List<List<List<double[]>>> fromGeoJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ProjectBoundaryRejected("lc.project.boundary.unreadable");
        }
        if (root == null || !root.isObject()) {
            throw new ProjectBoundaryRejected("lc.project.boundary.unreadable");
        }
        List<List<List<double[]>>> polygons = new ArrayList<>();
        collect(root, polygons);
        return polygons;
    }

    private static void collect(JsonNode node, List<List<List<double[]>>> polygons) {
        String type = node.path("type").asString("");
        switch (type) {
            case "FeatureCollection" -> node.path("features").forEach(f -> collect(f, polygons));
            case "Feature" -> collect(node.path("geometry"), polygons);
            case "GeometryCollection" -> node.path("geometries").forEach(g -> collect(g, polygons));
            case "Polygon" -> polygons.add(polygon(node.path("coordinates")));
            case "MultiPolygon" -> {
                JsonNode coordinates = node.path("coordinates");
                if (!coordinates.isArray()) {
                    throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
                }
                coordinates.forEach(p -> polygons.add(polygon(p)));
            }
            default -> {
                // Points, lines and unknown objects are not part of a boundary.
            }
        }
    }

    private static List<List<double[]>> polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
        }
        List<List<double[]>> result = new ArrayList<>();
        for (JsonNode ring : rings) {
            if (!ring.isArray()) {
                throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
            }
            List<double[]> positions = new ArrayList<>();
            for (JsonNode position : ring) {
                if (!position.isArray()
                        || position.size() < 2
                        || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
                }
                positions.add(
                        checked(position.get(0).asDouble(), position.get(1).asDouble()));
            }
            result.add(closedRing(positions));
        }
        return result;
    }

    private static List<List<List<double[]>>> fromKml(byte[] content) {
        org.w3c.dom.Document document;
        try {
            document = secureBuilder().parse(new ByteArrayInputStream(content));
        } catch (SAXException | IOException e) {
            throw new ProjectBoundaryRejected("lc.project.boundary.unreadable");
        }
        List<List<List<double[]>>> polygons = new ArrayList<>();
        NodeList found = document.getElementsByTagNameNS("*", "Polygon");
        for (int i = 0; i < found.getLength(); i++) {
            Element polygon = (Element) found.item(i);
            List<List<double[]>> rings = new ArrayList<>();
            List<Element> outer = children(polygon, "outerBoundaryIs");
            if (outer.isEmpty()) {
                throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
            }
            for (Element boundary : outer) {
                rings.add(ring(boundary));
            }
            for (Element boundary : children(polygon, "innerBoundaryIs")) {
                rings.add(ring(boundary));
            }
            polygons.add(rings);
        }
        return polygons;
    }

    private static List<double[]> ring(Element boundary) {
        NodeList coordinates = boundary.getElementsByTagNameNS("*", "coordinates");
        if (coordinates.getLength() == 0) {
            throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
        }
        List<double[]> positions = new ArrayList<>();
        for (String tuple : coordinates.item(0).getTextContent().strip().split("\\s+")) {
            if (tuple.isEmpty()) {
                continue;
            }
            String[] parts = tuple.split(",");
            if (parts.length < 2) {
                throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
            }
            try {
                positions.add(checked(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
            } catch (NumberFormatException e) {
                throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
            }
        }
        return closedRing(positions);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** A parser that refuses DOCTYPEs and never fetches or expands external entities (no XXE). */
    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser", e);
        }
    }

    private static double[] checked(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new ProjectBoundaryRejected("lc.project.boundary.outOfRange");
        }
        return new double[] {lon, lat};
    }

    /** A linear ring has at least four positions and ends where it starts (closed here if the file forgot to). */
    private static List<double[]> closedRing(List<double[]> positions) {
        if (positions.size() >= 3) {
            double[] first = positions.get(0);
            double[] last = positions.get(positions.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                positions.add(first.clone());
            }
        }
        if (positions.size() < 4) {
            throw new ProjectBoundaryRejected("lc.project.boundary.badCoordinates");
        }
        return positions;
    }

    private static String write(List<List<List<double[]>>> polygons) {
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (List<List<double[]>> polygon : polygons) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.putObject("properties").put("kind", "boundary");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Polygon");
            ArrayNode rings = geometry.putArray("coordinates");
            for (List<double[]> ring : polygon) {
                ArrayNode positions = rings.addArray();
                for (double[] p : ring) {
                    positions.addArray().add(p[0]).add(p[1]);
                }
            }
        }
        return JSON.writeValueAsString(collection);
    }
}
