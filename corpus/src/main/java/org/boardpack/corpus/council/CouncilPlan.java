package org.boardpack.corpus.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.people.Person;

/**
 * Everything drawn from the seed for one council committee pack. {@code body} is the area plus
 * the committee ({@code Mid Vale Health and Wellbeing Board}), the name used for meeting ids.
 */
public record CouncilPlan(String area, String councilName, String committee, String prefix, String body,
                          LocalDate packDate, LocalTime packTime, String location, LocalDate prevDate,
                          LocalTime commenced, LocalTime concluded, Person chair, List<Person> present,
                          List<Person> apologies, List<Person> absent, List<Person> membersInAttendance,
                          List<Person> officers, List<Person> others, List<AgendaEntry> agenda,
                          List<MinuteItem> minutes, List<WorkItem> workProgramme, List<Report> reports,
                          Person clerk) {

    public String packMeetingId() {
        return Slug.meetingId(body, packDate);
    }

    public String prevMeetingId() {
        return Slug.meetingId(body, prevDate);
    }

    /** {@code 2017/18} */
    public String municipalYear() {
        int start = packDate.getMonthValue() >= 5 ? packDate.getYear() : packDate.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    /**
     * An agenda item; {@code section} (nullable) is a heading printed above it; {@code paper} names
     * the document whose pages the Page Nos. column shows: minutes, report, workprogramme or null.
     */
    public record AgendaEntry(String number, String title, String description, String section, String paper) {
    }

    /** A minute: {@code HWB/17/6.}, its title, prose, resolutions; {@code inline} prints "RESOLVED that ..." on one paragraph. */
    public record MinuteItem(String ref, String title, List<String> paragraphs, List<String> resolutions,
                             boolean inline, boolean unanimous) {
    }

    public record WorkItem(String issue, String description, String date, String lead) {
    }

    /** A short report behind an agenda item. */
    public record Report(String agendaNumber, String title, Person officer, List<String> purpose,
                         List<String> recommendations, List<String> background) {
    }
}
