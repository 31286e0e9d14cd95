package org.boardpack.extract.tables;

import org.boardpack.model.tables.Table;

import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;

/** Every data table of the document, a table continued across pages as one. */
public final class TableRecords implements RecordExtractor<Table> {

    private final TableExtractor tables;

    public TableRecords(TableExtractor tables) {
        this.tables = tables;
    }

    @Override
    public String recordType() {
        return "tables";
    }

    @Override
    public List<Table> extract(DocumentContext context) {
        return tables.extract(context.doc(), context.tables());
    }
}
