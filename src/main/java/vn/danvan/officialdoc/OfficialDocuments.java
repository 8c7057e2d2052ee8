package vn.danvan.officialdoc;

/** Renders official documents to DOCX and PDF. */
public interface OfficialDocuments {

    RenderedDocument render(OfficialDocument document);
}
