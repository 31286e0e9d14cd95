package org.boardpack.ingest.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Makes every /Count of a page tree say how many pages lie under its node, as the kids hold them.
 * PDFBox finds page N by the counts, so a root whose /Count says 1 over 20,000 kids reads as one
 * page and a count larger than its kids fails at the first missing page: both silently wrong.
 * The kids are the pages a viewer shows, so the counts are made to agree with them, in memory only.
 * A kid met twice (a loop, or a shared node) is counted where first met, as PDFBox walks it.
 */
final class PageTreeCounts {

    private PageTreeCounts() {
    }

    /**
     * Recounts the tree under {@code root} and corrects the counts that disagree.
     *
     * @return the pages the tree holds, and whether the root's count said otherwise
     */
    static Recount recount(COSDictionary root) {
        int declared = root.getInt(COSName.COUNT, -1);
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(root);
        // depth-first without recursion: a tree nested 100,000 deep must not take the stack
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, kids(root, seen)));
        int pages = 0;
        while (true) {
            Frame top = stack.peek();
            if (top.next < top.kids.size()) {
                COSDictionary kid = top.kids.get(top.next++);
                if (isTreeNode(kid)) {
                    stack.push(new Frame(kid, kids(kid, seen)));
                } else {
                    top.pages++;
                }
                continue;
            }
            stack.pop();
            if (top.node.getInt(COSName.COUNT, -1) != top.pages) {
                top.node.setInt(COSName.COUNT, top.pages);
            }
            if (stack.isEmpty()) {
                pages = top.pages;
                break;
            }
            stack.peek().pages += top.pages;
        }
        return new Recount(pages, declared);
    }

    /** A tree node being counted: the kids first met under it, how far through them, pages so far. */
    private static final class Frame {
        final COSDictionary node;
        final List<COSDictionary> kids;
        int next;
        int pages;

        Frame(COSDictionary node, List<COSDictionary> kids) {
            this.node = node;
            this.kids = kids;
        }
    }

    /** @param pages the pages the kids hold; @param declared what the root's /Count said (-1: nothing) */
    record Recount(int pages, int declared) {
        boolean disagreed() {
            return pages != declared;
        }
    }

    /** PDFBox's own test: a /Pages node, or anything with kids, is a node; the rest are pages. */
    private static boolean isTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }

    private static List<COSDictionary> kids(COSDictionary node, Set<COSDictionary> seen) {
        List<COSDictionary> out = new ArrayList<>();
        for (COSBase k : kidArray(node)) {
            COSDictionary kid = dictionary(k);
            if (kid != null && seen.add(kid)) {
                out.add(kid);
            }
        }
        return out;
    }

    private static COSArray kidArray(COSDictionary node) {
        COSArray kids = node.getCOSArray(COSName.KIDS);
        return kids == null ? new COSArray() : kids;
    }

    private static COSDictionary dictionary(COSBase b) {
        COSBase o = b instanceof COSObject obj ? obj.getObject() : b;
        return o instanceof COSDictionary d ? d : null;
    }
}
