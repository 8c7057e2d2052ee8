package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Boundary uploads: GeoJSON and KML polygons are kept as a plain FeatureCollection; anything else is refused. */
class ProjectBoundaryTests {

    static final String SQUARE = "[[106.05,20.65],[106.06,20.65],[106.06,20.66],[106.05,20.66],[106.05,20.65]]";

    @Test
    void keepsAPolygonAsAFeatureCollectionWithoutTheUploadsProperties() {
        String out = normalise("{\"type\":\"Feature\",\"properties\":{\"name\":\"<script>x</script>\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}}");

        assertThat(out).startsWith("{\"type\":\"FeatureCollection\"").contains("\"Polygon\"", "106.05", "20.66");
        assertThat(out).doesNotContain("script", "name");
    }

    @Test
    void splitsAMultiPolygonAndSkipsPointsOfACollection() {
        String out = normalise("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[106,20]}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],["
                + SQUARE
                + "]]}}]}");

        assertThat(out.split("\"Polygon\"", -1)).hasSize(3);
        assertThat(out).doesNotContain("Point");
    }

    @Test
    void readsTheOuterAndInnerRingsOfKmlPolygons() {
        String out =
                normalise("<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                        + "<Placemark><name>Ranh giới</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                        + "106.05,20.65,0 106.06,20.65,0 106.06,20.66,0 106.05,20.66,0 106.05,20.65,0"
                        + "</coordinates></LinearRing></outerBoundaryIs><innerBoundaryIs><LinearRing><coordinates>"
                        + "106.052,20.652 106.054,20.652 106.054,20.654 106.052,20.652"
                        + "</coordinates></LinearRing></innerBoundaryIs></Polygon></Placemark></kml>");

        assertThat(out).contains("\"Polygon\"", "106.054");
        assertThat(out).doesNotContain("Ranh");
    }

    @Test
    void refusesAFileThatIsNeitherGeoJsonNorKml() {
        assertRejected("không phải bản đồ", "lc.project.boundary.unreadable");
        assertRejected("<kml><Polygon>", "lc.project.boundary.unreadable");
    }

    @Test
    void refusesAFileWithoutAPolygon() {
        assertRejected("{\"type\":\"Point\",\"coordinates\":[106,20]}", "lc.project.boundary.noPolygon");
        assertRejected(
                "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark/></kml>", "lc.project.boundary.noPolygon");
    }

    @Test
    void refusesCoordinatesOutsideLongitudeAndLatitudeRanges() {
        assertRejected(
                "{\"type\":\"Polygon\",\"coordinates\":[[[106,20],[200,20],[106,21],[106,20]]]}",
                "lc.project.boundary.outOfRange");
        assertRejected(
                "{\"type\":\"Polygon\",\"coordinates\":[[[106,20],[107,95],[106,21],[106,20]]]}",
                "lc.project.boundary.outOfRange");
    }

    @Test
    void refusesRingsWithTooFewPositions() {
        assertRejected(
                "{\"type\":\"Polygon\",\"coordinates\":[[[106,20],[107,20]]]}", "lc.project.boundary.badCoordinates");
    }

    @Test
    void refusesKmlWithAnExternalEntity() {
        assertRejected(
                "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<kml><Polygon><outerBoundaryIs><LinearRing><coordinates>&x;</coordinates></LinearRing>"
                        + "</outerBoundaryIs></Polygon></kml>",
                "lc.project.boundary.unreadable");
    }

    @Test
    void refusesAFileOverFiveMegabytes() {
        byte[] big = new byte[(int) ProjectBoundary.MAX_BYTES + 1];
        assertThatThrownBy(() -> ProjectBoundary.normalise(big))
                .isInstanceOfSatisfying(
                        ProjectBoundaryRejected.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lc.project.boundary.tooLarge"));
    }

    private static String normalise(String text) {
        return ProjectBoundary.normalise(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(String text, String key) {
        assertThatThrownBy(() -> normalise(text))
                .isInstanceOfSatisfying(
                        ProjectBoundaryRejected.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
