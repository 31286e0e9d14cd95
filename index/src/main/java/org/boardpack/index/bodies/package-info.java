/**
 * One identity per body across all its packs: the bodies a user declares (a {@code boardpack-bodies.toml}
 * file, {@link org.boardpack.index.bodies.BodiesFile}) and the identity inferred from the names the
 * papers print ({@link org.boardpack.index.bodies.BodyResolver}, across a folder or the actions two
 * folders' papers share, {@link org.boardpack.index.bodies.ActionSignature}), each body keeping every
 * alias it was seen under with the files; meeting ids under the resolved body
 * ({@link org.boardpack.index.bodies.MeetingIds}).
 */
package org.boardpack.index.bodies;
