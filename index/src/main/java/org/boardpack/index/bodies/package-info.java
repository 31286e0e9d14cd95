/**
 * One identity per body across all its packs: the bodies a user declares (a {@code boardpack-bodies.toml}
 * file, {@link org.boardpack.index.bodies.BodiesFile}) and the identity inferred from the names the
 * papers print ({@link org.boardpack.index.bodies.BodyResolver}), each body keeping every alias it was
 * seen under with the files.
 */
package org.boardpack.index.bodies;
