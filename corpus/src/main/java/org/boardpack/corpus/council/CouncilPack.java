package org.boardpack.corpus.council;

import java.util.Map;
import java.util.TreeMap;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.pdf.PageWriter;

/**
 * Renders one council committee pack: front sheet and agenda, minutes of the previous meeting,
 * a report, and the work programme with its appendix.
 */
public final class CouncilPack {

    private CouncilPack() {
    }

    /**
     * Renders twice: the agenda's Page Nos. column needs the pages of papers that follow it, so a
     * first pass measures them and the second prints them. The plan is redrawn from the seed each
     * time, so both passes lay out the same content.
     */
    public static RenderedPack render(long seed) {
        Pass measured = pass(seed, Map.of());
        Pass done = pass(seed, measured.paperPages());
        if (!done.paperPages().keySet().equals(measured.paperPages().keySet())
                || done.paperPages().entrySet().stream().anyMatch(
                        e -> !java.util.Arrays.equals(e.getValue(), measured.paperPages().get(e.getKey())))) {
            throw new IllegalStateException("page numbers moved between passes");
        }
        return done.pack();
    }

    private record Pass(RenderedPack pack, Map<String, int[]> paperPages) {
    }

    private static Pass pass(long seed, Map<String, int[]> paperPages) {
        CouncilPlan plan = new CouncilPlanner(new Rng(seed)).draw();
        PageWriter w = new PageWriter();
        PackAnswers answers = new PackAnswers();
        new CouncilAgendaRenderer(w, answers).render(plan, paperPages);
        int minutesFirst = w.pageNumber() + 1;
        new CouncilMinutesRenderer(w, answers).render(plan);
        Map<String, int[]> pages = new TreeMap<>();
        pages.put("minutes", new int[] {minutesFirst, w.pageNumber()});
        CouncilReportRenderer reports = new CouncilReportRenderer(w, answers);
        for (CouncilPlan.Report r : plan.reports()) {
            pages.put("report" + r.agendaNumber(), reports.report(plan, r));
        }
        String wpNumber = plan.agenda().get(plan.agenda().size() - 1).number();
        pages.put("workprogramme", reports.workProgramme(plan, wpNumber));
        String name = "council-" + Slug.of(plan.body()) + "-" + plan.packDate();
        int total = w.pageNumber();
        byte[] pdf = w.finish(name + "/" + seed, p -> "Page " + p);
        return new Pass(new RenderedPack(name, pdf, answers.build(SourceInfos.pdf(name + ".pdf", pdf, total))), pages);
    }
}
