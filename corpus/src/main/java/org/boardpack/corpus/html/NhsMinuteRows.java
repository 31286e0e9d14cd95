package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.nhs.NhsPlan.MinuteAction;
import org.boardpack.corpus.nhs.NhsPlan.MinuteItem;

/**
 * One minute item as rows of the {@code Item No. | Discussion | Action} table: a row per
 * paragraph, joined without rules, so each action entry shares a row with the paragraph it
 * belongs to and a word processor keeps them level however it wraps. The same placement as
 * {@code NhsMinutesRenderer}: the first action beside the decision, the others beside the
 * paragraphs before it.
 *
 * @param firstDecision the answer index of this item's decision, if it has one
 * @param firstAction   the answer index of this item's first action
 */
record NhsMinuteRows(MinuteItem item, boolean dotted, Anchors anchors, int firstDecision, int firstAction) {

    List<Row> rows() {
        List<Para> discussion = new ArrayList<>();
        discussion.add(Para.bold(item.title(), 10));
        for (String p : item.paragraphs()) {
            discussion.add(Para.body(p, 10));
        }
        for (String b : item.bullets()) {
            discussion.add(Para.body("\u2022 " + b, 10).indented(8));
        }
        if (!item.comments().isEmpty()) {
            discussion.add(Para.bold("Comments", 10));
            for (String c : item.comments()) {
                discussion.add(Para.body(c, 10));
            }
        }
        int decisionRow = -1;
        if (item.decision() != null) {
            decisionRow = discussion.size();
            discussion.add(Para.bold("Agreed: " + item.decision(), 10));
        }
        List<Integer> actionRows = new ArrayList<>();
        int spare = discussion.size() - (decisionRow >= 0 ? 2 : 1);
        for (int a = 0; a < item.actions().size(); a++) {
            actionRows.add(a == 0 && decisionRow >= 0 ? decisionRow : Math.max(1, spare--));
        }
        List<Row> rows = new ArrayList<>();
        int approvalRow = item.approval() == null ? -1 : 1 + item.paragraphs().indexOf(item.approval());
        for (int i = 0; i < discussion.size(); i++) {
            if (i == approvalRow) {
                anchors.add(Target.DECISION, firstDecision, Texts.opening(item.approval(), 8));
            }
            if (i == 0) {
                // the item's heading is an agenda item of the minutes' meeting, and so is a lettered sub-heading
                anchors.add(Target.AGENDA_ITEM, item.title());
            } else if (i <= item.paragraphs().size()) {
                int paragraph = i - 1;
                item.subHeading(paragraph).ifPresent(sub -> anchors.add(Target.AGENDA_ITEM,
                        item.paragraphs().get(paragraph)));
            }
            if (i == decisionRow) {
                anchors.add(Target.DECISION, firstDecision + (item.approval() == null ? 0 : 1),
                        Texts.opening("Agreed: " + item.decision(), 8));
            }
            List<Para> action = new ArrayList<>();
            for (int a = 0; a < item.actions().size(); a++) {
                if (actionRows.get(a) == i) {
                    MinuteAction act = item.actions().get(a);
                    anchors.add(Target.ACTION, firstAction + a, "Action " + act.ref() + " " + act.owner());
                    action.add(Para.body("Action " + act.ref(), 10));
                    action.add(Para.body(act.owner(), 10));
                }
            }
            Cell number = i == 0 ? Cell.of(Para.bold(item.number() + (dotted ? "." : ""), 10)) : Cell.empty();
            Row row = Row.of(number, Cell.of(discussion.get(i)), new Cell(action));
            rows.add(i == 0 ? row : row.asJoined());
        }
        return rows;
    }
}
