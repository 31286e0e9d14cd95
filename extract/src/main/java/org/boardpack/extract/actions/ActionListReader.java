package org.boardpack.extract.actions;

import org.boardpack.extract.documents.PaperArea;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * Lists of actions printed apart from the discussion under a heading of their own
 * ({@code action-list-headings}: {@code Action List}, {@code Summary of actions}), one numbered
 * entry a line, wrapped lines indented under it: {@code 4. Shanette + other - buy PPSS GOSS stuff
 * from IKEA} (owner, dash, task), {@code 2. JB to circulate the paper} or {@code 3. Circulate the
 * paper (JB)}. The number is the action's reference; the list sits under no agenda item.
 * <p>
 * A list whose heading names an earlier meeting ({@code Action List from Meeting 14-3-16},
 * {@code Outstanding actions}, {@code Actions carried forward}) is that meeting's actions reviewed
 * again: an action log, raised on the date the heading gives, each entry's task followed by a
 * note on where it stands. Nothing but a capital marks where the note starts, so it starts at
 * the first capitalised word after the task's first words that only opens sentences or is a
 * status word ({@code … advertising Not time yet}, {@code … Pool Competition Yes}).
 */
final class ActionListReader {

    private static final Pattern ENTRY = Pattern.compile("^(\\d{1,3})[.)]\\s+(.+)$");
    /** {@code Innes/George - buy knives …}: an owner of a few words, a spaced dash, the task. */
    private static final Pattern OWNER_DASH = Pattern.compile("^([A-Z][^.;:!?]{0,40}?)\\s+[-–—]\\s+(.+)$");
    private static final int OWNER_WORDS = 4;
    /** Entries of one list stand no further apart than this many line heights. */
    private static final float ENTRY_GAP = 6f;

    private final ActionVocabulary words;
    private final OwnerText owners;
    private final ActionDates dates = new ActionDates();
    private final StatusNormaliser statuses = new StatusNormaliser();

    ActionListReader(ActionVocabulary words) {
        this.words = words;
        this.owners = new OwnerText(words);
    }

    /**
     * @param minutes whether the paper records its meeting: a list of this meeting's own actions
     *                is read only from such a paper, a reviewed list of earlier actions from any
     */
    List<Action> read(ParsedDocument doc, DocumentSpan paper, boolean minutes, String meetingId, String meetingDate,
                      Dehyphenator dehyphenator) {
        List<Action> out = new ArrayList<>();
        List<int[]> at = new ArrayList<>(); // {page, line index}
        List<TextLine> lines = new ArrayList<>();
        for (int n = paper.firstPage(); n <= paper.lastPage(); n++) {
            Page page = PaperArea.page(doc, paper, n);
            for (TextLine line : page.bodyLines()) {
                if (!line.words().isEmpty()) {
                    lines.add(line);
                    at.add(new int[] {n});
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String heading = lines.get(i).text().strip();
            if (!words.isListHeading(heading)) {
                continue;
            }
            String dated = dates.ofCell(heading).map(ActionDates.Token::iso).orElse(null);
            boolean earlier = words.namesEarlierMeeting(heading) || dated != null && !dated.equals(meetingDate);
            if (!earlier && !minutes) {
                continue;
            }
            String raised = earlier ? dated : meetingDate;
            int j = i + 1;
            while (j < lines.size()) {
                Matcher e = ENTRY.matcher(lines.get(j).text().strip());
                if (!e.matches() || !closeTo(lines.get(j - 1), at.get(j - 1)[0], lines.get(j), at.get(j)[0])) {
                    break;
                }
                StringBuilder text = new StringBuilder(e.group(2).strip());
                int k = j + 1;
                while (k < lines.size() && at.get(k)[0] == at.get(j)[0] && !ENTRY.matcher(lines.get(k).text().strip())
                        .matches() && lines.get(k).x0() > lines.get(j).x0() + 2 && closeTo(lines.get(k - 1),
                        at.get(k - 1)[0], lines.get(k), at.get(k)[0])) {
                    WrappedText.append(text, lines.get(k).text());
                    k++;
                }
                out.add(action(e.group(1), text.toString(), earlier, raised, meetingId, at.get(j)[0], dehyphenator));
                j = k;
            }
            i = j - 1;
        }
        return out;
    }

    private Action action(String ref, String text, boolean earlier, String raised, String meetingId, int page,
                          Dehyphenator dehyphenator) {
        String owner = null;
        String task = dehyphenator.apply(text);
        Matcher d = OWNER_DASH.matcher(task);
        if (d.matches() && d.group(1).split("\\s+").length <= OWNER_WORDS) {
            owner = d.group(1).strip();
            task = d.group(2).strip();
        } else {
            Optional<OwnerText.Split> split = owners.within(task);
            if (split.isPresent()) {
                owner = split.get().owner();
            }
        }
        String note = null;
        if (earlier) {
            String[] parts = splitNote(task, owner);
            task = parts[0];
            note = parts[1];
        }
        return new Action(earlier ? ActionSource.ACTION_LOG : ActionSource.MINUTES, meetingId, ref, null, task, owner,
                null, raised, null, statuses.normalise(note), note, earlier ? List.of() : null, page);
    }

    /**
     * {task, note}: the note from the first word after the task's own that opens a sentence, or
     * that is the owner's name reporting back ({@code … Common Room Daniel spoken to Maria}).
     */
    private String[] splitNote(String task, String owner) {
        String[] w = task.split(" ");
        String ownerWord = owner == null ? null : owner.split("[\\s/+&,]+")[0];
        for (int k = 2; k < w.length; k++) {
            boolean afterSentence = w[k - 1].matches(".*[.;:!?]$");
            if (!afterSentence && (words.opensNote(w[k]) || w[k].equals(ownerWord))) {
                return new String[] {String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)),
                        String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length))};
            }
        }
        return new String[] {task, null};
    }

    /** Whether two lines are near enough to be in one list: the same page, or the next page's first lines. */
    private static boolean closeTo(TextLine above, int abovePage, TextLine below, int belowPage) {
        if (belowPage != abovePage) {
            return belowPage == abovePage + 1;
        }
        float height = above.bottom() - above.top();
        return below.top() - above.bottom() <= ENTRY_GAP * height;
    }
}
