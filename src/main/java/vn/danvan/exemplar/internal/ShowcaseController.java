package vn.danvan.exemplar.internal;

import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.danvan.files.Attachments;
import vn.danvan.files.StoredFile;
import vn.danvan.shared.web.RecordNotFound;

/**
 * The public showcase of "Dân vận khéo" (anyone, no account): the recognised entries the units marked public, with
 * search ignoring diacritics, filters, paging, a map from our own GeoJSON and the photos the units marked public.
 * Anything else — an entry not recognised, revoked or not public, a file not marked public — answers 404.
 */
@Controller
@RequestMapping("/public/exemplars")
class ShowcaseController {

    static final String MODULE = "exemplar";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ShowcaseQueries queries;
    private final Attachments attachments;
    private final MessageSource messages;

    ShowcaseController(ShowcaseQueries queries, Attachments attachments, MessageSource messages) {
        this.queries = queries;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ShowcaseQueries.Filter filter = filter(q, field, year, commune);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.page(filter, page));
        model.addAttribute("fields", StatsQueries.FIELDS);
        model.addAttribute("communes", queries.communes());
        return "exemplar/showcase-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", queries.detail(id).orElseThrow(() -> new RecordNotFound("exemplar", id)));
        return "exemplar/showcase-show";
    }

    @GetMapping("/{id}/photos/{fileId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID fileId) {
        if (!queries.isPublicPhoto(id, fileId)) {
            throw new RecordNotFound("file", fileId);
        }
        StoredFile file =
                attachments.findForModule(fileId, MODULE).orElseThrow(() -> new RecordNotFound("file", fileId));
        if (!file.contentType().startsWith("image/")) {
            throw new RecordNotFound("file", fileId);
        }
        InputStream content = attachments.openForModule(fileId, MODULE);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    @GetMapping(value = "/map.geojson", produces = "application/geo+json")
    ResponseEntity<String> map(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String commune,
            Locale locale) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ShowcaseQueries.Point p : queries.points(filter(q, field, year, commune))) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode properties = feature.putObject("properties");
            properties.put("name", p.name());
            properties.put("place", p.place());
            properties.put("field", messages.getMessage("ex.field." + p.field(), null, p.field(), locale));
            properties.put("url", "/public/exemplars/" + p.id());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(p.longitude()).add(p.latitude());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(JSON.writeValueAsString(collection));
    }

    private static ShowcaseQueries.Filter filter(
            @Nullable String q, @Nullable String field, @Nullable Integer year, @Nullable String commune) {
        return new ShowcaseQueries.Filter(
                q == null || q.isBlank() ? null : q.strip(),
                StatsQueries.oneOf(StatsQueries.FIELDS, field),
                year,
                commune == null || commune.isBlank() ? null : commune.strip());
    }
}
