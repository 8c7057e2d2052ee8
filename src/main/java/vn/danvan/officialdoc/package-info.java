/**
 * Official documents: renders reports, notices and plans to DOCX and PDF in the Party format (Hướng dẫn
 * 36-HD/VPTW) or the State format (Nghị định 30/2020/NĐ-CP), with correct Vietnamese text in an embedded font,
 * and numbers them per issuing body and year.
 */
@ApplicationModule(
        displayName = "Official documents",
        allowedDependencies = {"shared"})
@NullMarked
package vn.danvan.officialdoc;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
