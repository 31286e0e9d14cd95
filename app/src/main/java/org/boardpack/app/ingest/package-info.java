/**
 * The batch ingest as a service: the one-file pipeline ({@link org.boardpack.app.ingest.PackPipeline}:
 * ingest then extract, with its failure policy), the expansion of input paths, worker threads, batched
 * commits, the run's tally and report, and the {@link org.boardpack.app.ingest.IngestListener} through
 * which a front end hears of progress. Knows no terminal and no command line.
 */
package org.boardpack.app.ingest;
