package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.model.documents.DocumentSpan;

/**
 * Attendance of every paper that records a meeting, read where its minutes print attendance
 * ({@link AttendanceExtractor}: lists, grid, apologies sentences), each person once per meeting.
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
        for (DocumentSpan paper : context.recordsOfMeetings()) {
            people = listedOnce.merge(people, lists.extract(context.doc(), paper, paper.meeting()));
        }
        return people;
    }
}
