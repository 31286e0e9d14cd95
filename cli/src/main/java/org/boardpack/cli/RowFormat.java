package org.boardpack.cli;

/** How rows are written for machines: a JSON array, JSON Lines, or RFC 4180 CSV with a header row. */
enum RowFormat { json, jsonl, csv }
