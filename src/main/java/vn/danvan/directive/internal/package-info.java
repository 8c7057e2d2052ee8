/** Directive module internals: documents, plans, tasks, progress, the dashboard and the demo data. */
@NullMarked
package vn.danvan.directive.internal;

import org.jspecify.annotations.NullMarked;
