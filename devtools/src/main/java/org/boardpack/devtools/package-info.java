/**
 * The developer tools ({@code ./boardpack-dev}): picocli commands over the sample generator and the
 * evaluator of the {@code corpus} module, and the speed benchmarks of ingest, extraction and search.
 * Nothing here ships in the user's {@code boardpack} jar.
 */
package org.boardpack.devtools;
