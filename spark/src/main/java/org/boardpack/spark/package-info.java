/**
 * The one-file pipeline ({@code org.boardpack.app.ingest.PackPipeline}) as an Apache Spark job, for
 * backfills past one machine: input files on any Hadoop file system in, {@code boardpack/1} records
 * (JSONL, by body and year), failures and a manifest out, resumable and incremental. Never in the
 * user jar: Spark is provided by the cluster.
 */
package org.boardpack.spark;
