@NullMarked
package vn.danvan.petition.internal;

import org.jspecify.annotations.NullMarked;
