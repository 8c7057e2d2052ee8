@NullMarked
package vn.danvan.landclearance.internal;

import org.jspecify.annotations.NullMarked;
