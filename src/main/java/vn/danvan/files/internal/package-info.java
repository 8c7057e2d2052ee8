/** Files module internals: content sniffing, storage on disk, the attachment table and the download. */
@NullMarked
package vn.danvan.files.internal;

import org.jspecify.annotations.NullMarked;
