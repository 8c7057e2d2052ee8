/** The web layer every module uses: layout, navigation, paging, flash messages, error pages, locale. */
@NullMarked
package vn.danvan.shared.web;

import org.jspecify.annotations.NullMarked;
