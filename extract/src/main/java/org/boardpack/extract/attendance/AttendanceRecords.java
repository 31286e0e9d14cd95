package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

/**
 * Attendance of every paper that records a meeting, read where its minutes print attendance
 * ({@link AttendanceExtractor}: lists, grid, apologies sentences), each person once per meeting.
 * A paper read as an agenda gives only the sentences of its attendance items that say who came
 * or not ({@code Cate not here}, {@code George apologies}): notes typed into the agenda's own
 * template are the record of the meeting, while a list under a label there may be the body's
 * membership.
 */
public final class AttendanceRecords implements RecordExtractor<Attendance> {

    private final AttendanceExtractor lists;
    private final ListedOnce listedOnce = new ListedOnce();

    public AttendanceRecords(AttendanceExtractor lists) {
        this.lists = lists;
    }

    @Override
    public String recordType() {
        return "attendance";
    }

    @Override
    public List<Attendance> extract(DocumentContext context) {
        List<Attendance> people = new ArrayList<>();
        List<DocumentSpan> records = context.recordsOfMeetings();
        for (DocumentSpan paper : context.papersWithMeetings()) {
            if (records.contains(paper)) {
                people = listedOnce.merge(people, lists.extract(context.doc(), paper, paper.meeting()));
            } else if (paper.type() == DocumentType.AGENDA) {
                people = listedOnce.merge(people, lists.statusSentences(context.doc(), paper, paper.meeting()));
            }
        }
        return people;
    }
}
