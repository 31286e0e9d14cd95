package org.boardpack.app.export;

/** How rows are written for machines: a JSON array, JSON Lines, or RFC 4180 CSV with a header row. */
public enum RowFormat { json, jsonl, csv }
