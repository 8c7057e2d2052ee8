/**
 * Files: attachments of any module's records. Size and type limits, content sniffed (never trusted from the
 * extension), storage on the local disk (embedded) with a path per record; a file belongs to one record of one
 * module and is visible to whoever may see that record's area.
 */
@ApplicationModule(
        displayName = "Files",
        allowedDependencies = {"shared", "audit"})
@NullMarked
package vn.danvan.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
