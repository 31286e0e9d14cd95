package org.boardpack.extract.agenda;

import org.boardpack.model.agenda.AgendaItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

/**
 * The agenda items of every agenda with a meeting, and the numbered item headings of the minutes
 * of every meeting a paper records (minutes list the items of the meeting they record, and
 * minutes-only files have no other agenda); other papers that name a meeting, such as an officer's
 * report to it, number their own sections, not the meeting's items. An item is one (meeting, number): the agenda's wording is kept where
 * a pack holds the agenda and minutes of the same meeting, or where minutes reprint their agenda
 * above the minuted items.
 */
public final class AgendaRecords implements RecordExtractor<AgendaItem> {

    private final AgendaItemExtractor agenda;
    private final MinutesAgenda minutes = new MinutesAgenda();

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
        Set<String> listed = new HashSet<>();
        for (DocumentSpan paper : context.papersWithMeetings()) {
            if (paper.type() == DocumentType.AGENDA) {
                for (AgendaItem item : agenda.extract(context.doc(), paper, paper.meeting())) {
                    items.add(item);
                    listed.add(key(item));
                }
            }
        }
        for (DocumentSpan paper : context.recordsOfMeetings()) {
            // a report's numbered sections (1. Purpose of Report, 2. Recommendations) are not items
            if (paper.type() == DocumentType.MINUTES) {
                for (AgendaItem item : minutes.items(context.walked(paper), paper.meeting(), context.tables())) {
                    if (!listed.contains(key(item))) {
                        items.add(item);
                    }
                }
            }
        }
        return items;
    }

    private static String key(AgendaItem item) {
        return item.meeting() + "\u0000" + ItemKey.of(item.number());
    }
}
