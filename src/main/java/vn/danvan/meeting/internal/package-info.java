/** Meeting module internals: meetings, invitations, contributions, consolidation, conclusion notice, covenants. */
@NullMarked
package vn.danvan.meeting.internal;

import org.jspecify.annotations.NullMarked;
