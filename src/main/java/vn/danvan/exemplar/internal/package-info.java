@NullMarked
package vn.danvan.exemplar.internal;

import org.jspecify.annotations.NullMarked;
