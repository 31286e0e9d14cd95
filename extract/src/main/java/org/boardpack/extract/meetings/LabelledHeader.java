package org.boardpack.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.documents.HeadingWords;
import org.boardpack.ingest.TextLine;
import org.boardpack.extract.layout.ColumnGap;

/**
 * A heading of labelled fields: {@code Location: / Date: / Time:} lines under a title;
 * {@code Title of meeting | Trustee Board meeting} and {@code Date | Tuesday 20 July 2021} in two
 * columns; several fields on one line ({@code COMMITTEE: Business Management Committee  DATE: 21
 * March 2022}, with or without colons); a row of labels over a row of values
 * ({@code COMMITTEE  DATE / Learning & Wellbeing Committee  9 May 2022}, each value under the
 * label to its left). One {@code Date:} alone is a paper's date, not a meeting's heading: a date
 * needs a body, title, time or place field beside it, or a label saying it is the meeting's date.
 * A {@code Committee} field names the body as it is; a {@code Title of meeting} names the meeting,
 * and the organisation printed above it is put before it when the title leaves it out
 * ({@code Riverside Hospice} + {@code Trustee Board meeting}).
 */
final class LabelledHeader {

    /** A field's label and value, and the line it was read from. */
    record Field(String label, String value, int line) {
    }

    private static final float COLUMN_GAP_EMS = ColumnGap.EMS;
    private static final Pattern INLINE = Pattern.compile("^([\\p{L} &]{2,30}?)\\s*:\\s*(.*)$");
    private static final Pattern MEETING_DATE = Pattern.compile("(?i).*\\bmeeting\\b.*");

    private final DateParser dates;
    private final TimeParser times;
    private final TitleLines titles = new TitleLines();

    LabelledHeader(DateParser dates, TimeParser times) {
        this.dates = dates;
        this.times = times;
    }

    Optional<HeaderReading> read(List<HeadLine> lines) {
        return read(lines, Set.of());
    }

    /**
     * @param years years printed elsewhere on the page: a {@code Date:} field that leaves its year
     *              out ({@code Tuesday 24th September}) is read in the one of them its weekday fits
     */
    Optional<HeaderReading> read(List<HeadLine> lines, Set<Integer> years) {
        List<Field> fields = fields(lines);
        Optional<Field> dateField = fields.stream()
                .filter(f -> HeadingWords.DATE_LABEL.matcher(f.label()).matches() && dateOf(f.value(), years).isPresent())
                .findFirst();
        if (dateField.isEmpty()) {
            return Optional.empty();
        }
        Optional<Field> bodyField = first(fields, HeadingWords.BODY_LABEL);
        Optional<Field> titleField = first(fields, HeadingWords.TITLE_LABEL);
        Optional<Field> timeField = first(fields, HeadingWords.TIME_LABEL);
        Optional<Field> placeField = first(fields, HeadingWords.PLACE_LABEL);
        boolean meetingDate = MEETING_DATE.matcher(dateField.get().label()).matches();
        if (bodyField.isEmpty() && titleField.isEmpty() && timeField.isEmpty() && placeField.isEmpty() && !meetingDate) {
            return Optional.empty();
        }
        int firstLine = fields.stream().mapToInt(Field::line).min().orElseThrow();
        int lastLine = fields.stream().mapToInt(Field::line).max().orElseThrow();
        List<HeadLine> above = titles.above(lines, firstLine);
        String organisation = titles.name(above);
        String body;
        if (bodyField.isPresent()) {
            body = BodyName.clean(bodyField.get().value());
        } else if (titleField.isPresent()) {
            String title = BodyName.clean(titleField.get().value());
            boolean leavesOut = !organisation.isEmpty() && !organisation.matches(".*\\d.*")
                    && HeadingWords.namesNoOrganisation(title) && !title.toLowerCase().contains(organisation.toLowerCase());
            body = BodyName.clean(leavesOut ? organisation + " " + title : title);
        } else {
            body = organisation;
        }
        DateParser.Found date = dateOf(dateField.get().value(), years).orElseThrow();
        String time = timeField.flatMap(f -> times.leading(f.value()))
                .or(() -> times.leading(dateField.get().value().substring(date.end())))
                .orElse(null);
        String place = placeField.map(f -> f.value().replaceFirst("(?i)^via\\s+", "")).orElse(null);
        boolean declared = above.stream().anyMatch(l -> TitleBlock.declares(l.text()))
                || titleField.map(f -> TitleBlock.declares(f.value())).orElse(false);
        boolean named = declared || bodyField.isPresent() || titleField.isPresent() || meetingDate
                || HeadingWords.namesMeetingBody(body);
        return Optional.of(new HeaderReading(body, date.date(), time, place, declared, named, lastLine)
                .withWeekday(dates.weekdayBefore(dateField.get().value(), date).orElse(null)));
    }

    private Optional<DateParser.Found> dateOf(String value, Set<Integer> years) {
        return dates.find(value).or(() -> dates.findInYears(value, years));
    }

    private static Optional<Field> first(List<Field> fields, Pattern label) {
        return fields.stream().filter(f -> label.matcher(f.label()).matches() && !f.value().isBlank()).findFirst();
    }

    /** The labelled fields of the lines, in reading order. */
    List<Field> fields(List<HeadLine> lines) {
        List<Field> out = new ArrayList<>();
        List<TextLine> labelRow = null;
        int labelRowLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            List<TextLine> segments = lines.get(i).line().segments(COLUMN_GAP_EMS);
            if (labelRow != null && i == labelRowLine + 1 && lines.get(i).closeUnder(lines.get(labelRowLine), 2f)) {
                underLabels(labelRow, segments, i, out);
                labelRow = null;
                continue;
            }
            labelRow = null;
            boolean allLabels = segments.size() > 1
                    && segments.stream().allMatch(s -> HeadingWords.isLabel(bare(s)));
            if (allLabels) {
                labelRow = segments;
                labelRowLine = i;
                continue;
            }
            for (int s = 0; s < segments.size(); s++) {
                String text = HeadLine.clean(segments.get(s).text());
                Matcher inline = INLINE.matcher(text);
                if (inline.matches() && HeadingWords.isLabel(inline.group(1))) {
                    String value = inline.group(2);
                    if (value.isBlank() && s + 1 < segments.size() && !HeadingWords.isLabel(bare(segments.get(s + 1)))) {
                        value = HeadLine.clean(segments.get(++s).text());
                    }
                    out.add(new Field(inline.group(1).strip(), value.strip(), i));
                } else if (HeadingWords.isLabel(text) && s + 1 < segments.size()
                        && !HeadingWords.isLabel(bare(segments.get(s + 1)))) {
                    out.add(new Field(text, HeadLine.clean(segments.get(++s).text()), i));
                }
            }
        }
        return out;
    }

    /** Each value under the label that stands nearest to its left. */
    private static void underLabels(List<TextLine> labels, List<TextLine> values, int line, List<Field> out) {
        for (TextLine v : values) {
            TextLine label = null;
            for (TextLine l : labels) {
                if (l.x0() <= v.x0() + 2 && (label == null || l.x0() > label.x0())) {
                    label = l;
                }
            }
            if (label != null) {
                out.add(new Field(bare(label), HeadLine.clean(v.text()), line));
            }
        }
    }

    private static String bare(TextLine segment) {
        return HeadLine.clean(segment.text()).replaceFirst("\\s*:$", "");
    }
}
