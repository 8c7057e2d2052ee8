package vn.danvan.officialdoc;

/** A document rendered to both formats, with a file name stem without extension (e.g. "12-BC-BTGDVTU"). */
public record RenderedDocument(String fileStem, byte[] docx, byte[] pdf) {}
