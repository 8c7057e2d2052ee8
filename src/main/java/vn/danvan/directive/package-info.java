/**
 * Directive: the documents that assign work (chỉ thị, nghị quyết, kết luận, kế hoạch, hướng dẫn, quy định — Party
 * and State), implementation plans and their tasks down to the communes, progress reports with evidence, task
 * status computed from dates, reminders, and reviews (sơ kết, tổng kết) consolidated into an official report.
 */
@ApplicationModule(
        displayName = "Directive",
        allowedDependencies = {"shared", "organisation", "audit", "files", "notification", "officialdoc"})
@NullMarked
package vn.danvan.directive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
