/**
 * How official documents are numbered (an atomic counter per issuing body, year and type) and laid out: one
 * {@link vn.danvan.officialdoc.internal.DocumentLayout} per family, written to DOCX with Apache POI and to PDF with
 * openhtmltopdf in the embedded Liberation Serif.
 */
@NullMarked
package vn.danvan.officialdoc.internal;

import org.jspecify.annotations.NullMarked;
