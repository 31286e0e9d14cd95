package org.boardpack.extract.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A general meeting of members known by its year alone: {@code No2ID Annual General Meeting / 2004},
 * {@code AGM 2019 Minutes}, {@code Friends of the Park — Annual General Meeting 2023}. Associations,
 * societies and charities hold one such meeting a year and title its papers with the year, not the
 * day; the meeting's date is then that year ({@code 2004}, as the format's partial dates allow).
 * Read only after every reader of a full date has found none, and only under a heading that names a
 * general meeting, so a year in any other title (an annual report, a budget) is never a meeting's.
 */
final class YearTitle {

    /** A heading line is short; the year's own line under it shorter still. */
    private static final int MAX_TITLE_WORDS = 12;
    private static final int MAX_YEAR_LINE_WORDS = 4;
    /** The year's line sits right under the title: within this many glyph heights. */
    private static final float YEAR_GAP = 2.0f;
    private static final Pattern GENERAL_MEETING = Pattern.compile(
            "(?i)\\b(?:(?:annual|extraordinary|special)\\s+general\\s+meeting|agm|egm)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})(?![\\d/.-]?\\d)");

    Optional<HeaderReading> read(List<HeadLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            HeadLine line = lines.get(i);
            Matcher kind = GENERAL_MEETING.matcher(line.text());
            if (line.numbered() || line.labelled() || line.words() > MAX_TITLE_WORDS || !kind.find()) {
                continue;
            }
            Optional<Integer> year = yearOf(line.text());
            int last = i;
            if (year.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).words() <= MAX_YEAR_LINE_WORDS
                    && lines.get(i + 1).closeUnder(line, YEAR_GAP)) {
                year = yearOf(lines.get(i + 1).text());
                last = i + 1;
            }
            if (year.isEmpty()) {
                return Optional.empty();
            }
            String body = BodyName.clean(line.text().substring(0, kind.start()));
            return Optional.of(new HeaderReading(body, LocalDate.of(year.get(), 1, 1), null, null,
                    TitleBlock.declares(line.text()), true, false, last, null, true));
        }
        return Optional.empty();
    }

    /** The one year a line prints; none where it prints two (a span of years is no meeting's). */
    private static Optional<Integer> yearOf(String text) {
        Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return m.find() ? Optional.empty() : Optional.of(year);
    }
}
