/**
 * The {@code boardpack/1} records and their codec: {@code PackRecord} (what one file yields),
 * {@code SourceInfo}, {@code BoardpackCodec} (JSON and JSONL), with one sub-package per record type.
 * This module has no parser, so the index, the application layer and a distributed job can depend
 * on it alone.
 */
package org.boardpack.model;
