package org.boardpack.extract.agenda;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.documents.DocumentType;

/** The agenda items of every agenda with a meeting. */
public final class AgendaRecords implements RecordExtractor<AgendaItem> {

    private final AgendaItemExtractor agenda;

    public AgendaRecords(AgendaItemExtractor agenda) {
        this.agenda = agenda;
    }

    @Override
    public String recordType() {
        return "agenda_items";
    }

    @Override
    public List<AgendaItem> extract(DocumentContext context) {
        List<AgendaItem> items = new ArrayList<>();
        for (DocumentSpan paper : context.papersWithMeetings()) {
            if (paper.type() == DocumentType.AGENDA) {
                items.addAll(agenda.extract(context.doc(), paper, paper.meeting()));
            }
        }
        return items;
    }
}
