package org.boardpack.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.boardpack.extract.PackRecord;
import org.boardpack.extract.actions.Action;
import org.boardpack.extract.agenda.AgendaItem;
import org.boardpack.extract.attendance.Attendance;
import org.boardpack.extract.decisions.Decision;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.meetings.Meeting;
import org.boardpack.extract.pages.PageText;
import org.boardpack.extract.tables.Table;

/**
 * Turns one {@link PackRecord} into Lucene documents: one per record (meeting, agenda item,
 * attendance entry, decision, action, table, page of text) and one {@code pack} document holding
 * the whole record for export. Every document
 * carries the file's hash and path, and the meeting's id, body and date where known.
 */
final class RecordDocuments {

    private final ObjectMapper json;
    private final String extractorVersion;

    RecordDocuments(ObjectMapper json, String extractorVersion) {
        this.json = json;
        this.extractorVersion = extractorVersion;
    }

    List<Document> of(PackRecord pack) {
        Map<String, Meeting> meetings = new HashMap<>();
        if (pack.meetings() != null) {
            pack.meetings().forEach(m -> meetings.put(m.id(), m));
        }
        List<Document> docs = new ArrayList<>();
        Document whole = base(pack, IndexFields.TYPE_PACK, 0, null, null);
        whole.add(new StringField(IndexFields.EXTRACTOR_VERSION, extractorVersion, Field.Store.YES));
        whole.add(new StoredField(IndexFields.JSON, write(pack)));
        docs.add(whole);
        int n = 0;
        for (Meeting m : nonNull(pack.meetings())) {
            Document d = base(pack, "meeting", ++n, m, null);
            d.add(text(join(m.body(), m.date(), m.time(), m.location())));
            d.add(new StoredField(IndexFields.JSON, write(m)));
            docs.add(d);
        }
        n = 0;
        for (Attendance a : nonNull(pack.attendance())) {
            Document d = base(pack, "attendance", ++n, meetings.get(a.meeting()), a.page());
            d.add(text(join(a.honorific(), a.name(), a.role(), a.initials(), a.status().name().toLowerCase())));
            d.add(new StoredField(IndexFields.JSON, write(a)));
            docs.add(d);
        }
        n = 0;
        for (AgendaItem a : nonNull(pack.agendaItems())) {
            Document d = base(pack, "agenda_item", ++n, meetings.get(a.meeting()), a.page());
            d.add(text(join(a.number(), a.title(), a.lead())));
            d.add(new StoredField(IndexFields.JSON, write(a)));
            docs.add(d);
        }
        n = 0;
        for (Decision dec : nonNull(pack.decisions())) {
            Document d = base(pack, "decision", ++n, meetings.get(dec.meeting()), dec.page());
            d.add(text(join(dec.minuteRef(), dec.text())));
            d.add(new StoredField(IndexFields.JSON, write(dec)));
            docs.add(d);
        }
        n = 0;
        for (Action a : nonNull(pack.actions())) {
            Document d = base(pack, "action", ++n, meetings.get(a.meeting()), a.page());
            StringJoiner updates = new StringJoiner(" ");
            nonNull(a.updates()).forEach(u -> updates.add(u.text()));
            d.add(text(join(a.ref(), a.item(), a.description(), a.owner(), a.ownerName(), a.statusText(),
                    updates.toString())));
            d.add(new StoredField(IndexFields.JSON, write(a)));
            docs.add(d);
        }
        n = 0;
        for (Table t : nonNull(pack.tables())) {
            Document d = base(pack, "table", ++n, meetings.get(meetingOfPage(pack, t.page())), t.page());
            StringJoiner cells = new StringJoiner("\n");
            if (t.title() != null) {
                cells.add(t.title());
            }
            t.rows().forEach(row -> cells.add(String.join(" | ", row)));
            d.add(text(cells.toString()));
            d.add(new StoredField(IndexFields.JSON, write(t)));
            docs.add(d);
        }
        for (PageText p : nonNull(pack.pages())) {
            Document d = base(pack, "page", p.page(), meetings.get(meetingOfPage(pack, p.page())), p.page());
            d.add(text(p.text()));
            docs.add(d);
        }
        return docs;
    }

    private Document base(PackRecord pack, String type, int n, Meeting meeting, Integer page) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KEY, pack.source().sha256() + "/" + type + "/" + n, Field.Store.YES));
        d.add(new StringField(IndexFields.SHA256, pack.source().sha256(), Field.Store.YES));
        d.add(new StringField(IndexFields.PATH, pack.source().path(), Field.Store.YES));
        d.add(new StringField(IndexFields.TYPE, type, Field.Store.YES));
        if (meeting != null) {
            d.add(new StringField(IndexFields.MEETING, meeting.id(), Field.Store.YES));
            d.add(new StoredField(IndexFields.BODY, meeting.body()));
            long day = LocalDate.parse(meeting.date()).toEpochDay();
            d.add(new StoredField(IndexFields.DATE, meeting.date()));
            d.add(new LongPoint(IndexFields.DATE_POINT, day));
            d.add(new NumericDocValuesField(IndexFields.DATE_SORT, day));
        }
        if (page != null) {
            d.add(new StoredField(IndexFields.PAGE, page));
        }
        return d;
    }

    private static String meetingOfPage(PackRecord pack, int page) {
        for (DocumentSpan span : nonNull(pack.documents())) {
            if (span.contains(page)) {
                return span.meeting();
            }
        }
        return null;
    }

    private static TextField text(String value) {
        return new TextField(IndexFields.TEXT, value, Field.Store.YES);
    }

    private static String join(String... parts) {
        StringJoiner j = new StringJoiner(" ");
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                j.add(p);
            }
        }
        return j.toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a boardpack/1 record could not be written as JSON", e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
