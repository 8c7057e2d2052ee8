@NullMarked
package vn.danvan.covenant.internal;

import org.jspecify.annotations.NullMarked;
