/**
 * The bodies of an index as a user sees them: each resolved body with its aliases, packs, meetings
 * and first and last meeting ({@link org.boardpack.app.bodies.BodiesService}), and the corrections a
 * user records — merge, rename, the one-off {@code ingest --body} — kept with the index in the
 * bodies file format ({@link org.boardpack.app.bodies.BodyCorrections}).
 */
package org.boardpack.app.bodies;
