package vn.danvan.officialdoc.internal;

import org.springframework.stereotype.Component;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocuments;
import vn.danvan.officialdoc.RenderedDocument;

/**
 * Renders a document to DOCX and PDF in its family's layout. Stateless and thread-safe; rendering takes tens of
 * milliseconds, so callers render on request rather than storing the files.
 */
@Component
class DocumentRenderer implements OfficialDocuments {

    @Override
    public RenderedDocument render(OfficialDocument document) {
        DocumentLayout layout = DocumentLayout.of(document.family());
        DocumentText text = DocumentText.of(document);
        return new RenderedDocument(
                DocumentNumberFormat.fileStem(document.number()),
                DocxWriter.write(text, layout),
                PdfWriter.write(text, layout));
    }
}
