/** Vietnamese text: folding for accent-insensitive search and Vietnamese alphabetical order. */
@NullMarked
package vn.danvan.shared.text;

import org.jspecify.annotations.NullMarked;
