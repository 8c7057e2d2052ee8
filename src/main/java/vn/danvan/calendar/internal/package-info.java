@NullMarked
package vn.danvan.calendar.internal;

import org.jspecify.annotations.NullMarked;
