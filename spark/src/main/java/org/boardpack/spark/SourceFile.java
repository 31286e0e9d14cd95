package org.boardpack.spark;

import java.io.Serializable;

/**
 * One input file as the file system lists it: its path (a Hadoop path: {@code hdfs://…},
 * {@code s3a://…}, or a local path), size in bytes and modification time in epoch milliseconds.
 */
public record SourceFile(String path, long size, long modified) implements Serializable {
}
