package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;
import org.boardpack.extract.minutes.Paragraph;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.SentenceSplitter;

/**
 * Apologies given in the minutes' text rather than in a list: {@code Apologies were received from
 * X, Y and Z.}, {@code Apologies for absence were received from Cllr A Smith and Dr B Jones},
 * {@code The Chair noted apologies from ...}. Each person named after "from" (or "on behalf of")
 * is one record with status apologies; a bracket after a name is its role or initials. Sentences
 * that name nobody ({@code Apologies were received as noted above}) and corrections to other
 * minutes ({@code include in the list of apologies, Mark Lam}, no "from") give nothing;
 * apologies for lateness are not absence.
 */
public final class ApologySentences {

    private static final Pattern APOLOGIES_FROM = Pattern.compile(
            "(?i)\\bapologies(?:\\s+for\\s+absence)?(?:\\s+(?:were|was|had\\s+been|have\\s+been|are))?"
                    + "(?:\\s+(?:received|given|noted|submitted|tendered|recorded|reported|offered|sent))?"
                    + "\\s+(?:from|on\\s+behalf\\s+of)\\s+(?<names>.+)$", Pattern.DOTALL);
    /** Where the names end and the sentence goes on about something else. */
    private static final Pattern CLAUSE = Pattern.compile(
            ",?\\s+(?:who|whose|with|for\\s+(?:this|the)|as|substituted|substituting|represented|deputising)\\b");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s.;:,]+$");
    /** Never matches: no line opens a paragraph of its own but for its spacing. */
    private static final Pattern NO_OPENER = Pattern.compile("(?!)");

    private final ParagraphSplitter paragraphs;
    private final SentenceSplitter sentences;

    public ApologySentences(ParagraphSplitter paragraphs, SentenceSplitter sentences) {
        this.paragraphs = paragraphs;
        this.sentences = sentences;
    }

    public List<Attendance> extract(Minutes minutes, String meetingId) {
        List<Attendance> out = new ArrayList<>();
        for (MinutesItem item : minutes.items()) {
            for (Paragraph p : paragraphs.split(item.discussion(), minutes.pitch(), NO_OPENER, minutes.vocabulary())) {
                if (!p.text().toLowerCase().contains("apolog")) {
                    continue;
                }
                for (String sentence : sentences.split(p.text())) {
                    out.addAll(fromSentence(sentence, meetingId, p.page()));
                }
            }
        }
        return out;
    }

    /** The people a sentence gives apologies from, in the order named. */
    List<Attendance> fromSentence(String sentence, String meetingId, int page) {
        Matcher m = APOLOGIES_FROM.matcher(sentence.strip());
        if (!m.find()) {
            return List.of();
        }
        String names = m.group("names");
        Matcher clause = CLAUSE.matcher(names);
        if (clause.find()) {
            names = names.substring(0, clause.start());
        }
        names = END_PUNCTUATION.matcher(names).replaceFirst("");
        List<Attendance> out = new ArrayList<>();
        for (NameList.Listed p : NameList.parseProse(names)) {
            // "(substituted by ...)" tells what happened, not who the person is
            String role = p.role() == null || Character.isLowerCase(p.role().charAt(0)) ? null : p.role();
            out.add(new Attendance(meetingId, p.person().name(), p.person().honorific(), role, p.initials(),
                    AttendanceStatus.APOLOGIES, page));
        }
        return out;
    }
}
