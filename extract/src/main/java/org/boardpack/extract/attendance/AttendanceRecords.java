package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.extract.documents.DocumentSpan;

/**
 * Attendance of every paper that records a meeting: its lists ({@link AttendanceExtractor}), then
 * the people its sentences give apologies for ({@link ApologySentences}) who are not listed already.
 */
public final class AttendanceRecords implements RecordExtractor<Attendance> {

    private final AttendanceExtractor lists;
    private final ApologySentences apologies;
    private final ListedOnce listedOnce = new ListedOnce();

    public AttendanceRecords(AttendanceExtractor lists, ApologySentences apologies) {
        this.lists = lists;
        this.apologies = apologies;
    }

    @Override
    public String recordType() {
        return "attendance";
    }

    @Override
    public List<Attendance> extract(DocumentContext context) {
        List<Attendance> people = new ArrayList<>();
        for (DocumentSpan paper : context.recordsOfMeetings()) {
            people.addAll(lists.extract(context.doc(), paper, paper.meeting()));
            people.addAll(listedOnce.notListed(people, apologies.extract(context.walked(paper), paper.meeting())));
        }
        return people;
    }
}
