package org.boardpack.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.dates.PartialDates;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;
import org.boardpack.model.tables.Table;

/**
 * Turns one {@link PackRecord} into Lucene documents: one per record (meeting, agenda item,
 * attendance entry, decision, action, table, page of text) and one {@code pack} document holding
 * the whole record for export and the acronyms the file defines. Every document
 * carries the file's hash and path, and the meeting's id, body and date where known; every record
 * document its facets (body, year, type, and an action's status and owner), and attendance and
 * actions the person in the {@code name} field.
 */
final class RecordDocuments {

    private final ObjectMapper json;
    private final String extractorVersion;
    private final String indexSchema;
    private final FacetsConfig facets = IndexFacets.newConfig();
    private final PackAcronyms acronyms;

    /** @param indexSchema the schema mark written on each file's pack document ({@link IndexFields#INDEX_SCHEMA_VERSION}) */
    RecordDocuments(ObjectMapper json, String extractorVersion, String indexSchema, PackAcronyms acronyms) {
        this.json = json;
        this.extractorVersion = extractorVersion;
        this.indexSchema = indexSchema;
        this.acronyms = acronyms;
    }

    /** The documents of one file, facet fields already turned into doc values, ready for the writer. */
    List<Document> of(PackRecord pack) {
        List<Document> built = new ArrayList<>();
        try {
            for (Document d : unbuilt(pack)) {
                built.add(facets.build(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("facet fields of " + pack.source().path() + " could not be built", e);
        }
        return built;
    }

    private List<Document> unbuilt(PackRecord pack) {
        PackMeetings meetings = new PackMeetings(pack);
        List<Document> docs = new ArrayList<>();
        Document whole = base(pack, IndexFields.TYPE_PACK, 0, null, null);
        whole.add(new StringField(IndexFields.EXTRACTOR_VERSION, extractorVersion, Field.Store.YES));
        whole.add(new StringField(IndexFields.INDEX_SCHEMA, indexSchema, Field.Store.YES));
        whole.add(new StoredField(IndexFields.JSON, write(pack)));
        IndexedAcronyms.add(whole, acronyms.of(pack));
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
            Document d = base(pack, "attendance", ++n, meetings.of(a.meeting()), a.page());
            d.add(text(join(a.honorific(), a.name(), a.role(), a.initials(), a.status().name().toLowerCase())));
            d.add(name(a.honorific(), a.name()));
            d.add(new StoredField(IndexFields.JSON, write(a)));
            docs.add(d);
        }
        n = 0;
        for (AgendaItem a : nonNull(pack.agendaItems())) {
            Document d = base(pack, "agenda_item", ++n, meetings.of(a.meeting()), a.page());
            d.add(text(join(a.number(), a.title(), a.lead())));
            d.add(new StoredField(IndexFields.JSON, write(a)));
            docs.add(d);
        }
        n = 0;
        for (Decision dec : nonNull(pack.decisions())) {
            Document d = base(pack, "decision", ++n, meetings.of(dec.meeting()), dec.page());
            d.add(text(join(dec.minuteRef(), dec.text())));
            d.add(new StoredField(IndexFields.JSON, write(dec)));
            docs.add(d);
        }
        Map<String, String> honorifics = honorificsByName(pack);
        n = 0;
        for (Action a : nonNull(pack.actions())) {
            Document d = base(pack, "action", ++n, meetings.of(a.meeting()), a.page());
            StringJoiner updates = new StringJoiner(" ");
            nonNull(a.updates()).forEach(u -> updates.add(u.text()));
            d.add(text(join(a.ref(), a.item(), a.description(), a.owner(), a.ownerName(), a.statusText(),
                    updates.toString())));
            if (a.ownerName() != null) {
                d.add(name(honorifics.get(a.ownerName()), a.ownerName()));
            } else if (a.owner() != null) {
                // an owner the minutes' attendance did not resolve (S Wood, Zoë Clarke): still found
                // by name, accents and other forms of first names folded as for anyone else
                d.add(name(null, a.owner()));
            }
            IndexFacets.add(d, IndexFacets.STATUS, a.status() == null ? null : a.status().name().toLowerCase(Locale.ROOT));
            // the resolved person when there is one, else the owner as printed (initials, a role)
            IndexFacets.add(d, IndexFacets.OWNER, a.ownerName() != null ? a.ownerName() : a.owner());
            d.add(new StoredField(IndexFields.JSON, write(a)));
            docs.add(d);
        }
        n = 0;
        for (Table t : nonNull(pack.tables())) {
            Document d = base(pack, "table", ++n, meetings.of(meetingOfPage(pack, t.page())), t.page());
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
            Document d = base(pack, "page", p.page(), meetings.of(meetingOfPage(pack, p.page())), p.page());
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
        if (!IndexFields.TYPE_PACK.equals(type)) {
            IndexFacets.add(d, IndexFacets.TYPE, type);
        }
        if (meeting != null) {
            d.add(new StringField(IndexFields.MEETING, meeting.id(), Field.Store.YES));
            d.add(new StoredField(IndexFields.BODY, meeting.body()));
            for (String key : BodyKeys.of(meeting)) {
                d.add(new StringField(IndexFields.BODY_KEY, key, Field.Store.NO));
            }
            IndexFacets.add(d, IndexFacets.BODY, meeting.body());
            IndexFacets.add(d, IndexFacets.YEAR, meeting.date().substring(0, 4));
            d.add(new StoredField(IndexFields.DATE, meeting.date()));
            // a partial date (a year's general meeting) is placed at its first day for ranges and order
            PartialDates.firstDay(meeting.date()).ifPresent(first -> {
                d.add(new LongPoint(IndexFields.DATE_POINT, first.toEpochDay()));
                d.add(new NumericDocValuesField(IndexFields.DATE_SORT, first.toEpochDay()));
            });
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

    /**
     * The honorific each attendee is printed with, by name: an action names its owner without one,
     * and {@code Mayor Dave Hodgson} should find his actions as well as his attendance.
     */
    private static Map<String, String> honorificsByName(PackRecord pack) {
        Map<String, String> byName = new HashMap<>();
        for (Attendance a : nonNull(pack.attendance())) {
            if (a.name() != null && a.honorific() != null) {
                byName.putIfAbsent(a.name(), a.honorific());
            }
        }
        return byName;
    }

    /** Honorific first, then the name, so a phrase with or without the honorific matches. */
    private static TextField name(String honorific, String name) {
        return new TextField(IndexFields.NAME, join(honorific, name), Field.Store.NO);
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
