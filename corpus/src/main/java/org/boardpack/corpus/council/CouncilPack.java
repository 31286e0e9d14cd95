package org.boardpack.corpus.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.boardpack.corpus.DrawnPack;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.longreport.LongReport;
import org.boardpack.corpus.longreport.LongReportWriter;
import org.boardpack.corpus.longreport.PageBudget;
import org.boardpack.corpus.longreport.PrintedPaper;
import org.boardpack.corpus.longreport.Vocabularies;
import org.boardpack.corpus.longreport.Vocabulary;
import org.boardpack.corpus.pdf.Decor;
import org.boardpack.corpus.pdf.Look;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.people.Person;

/**
 * Renders one council committee pack: front sheet and agenda, minutes of the previous meeting,
 * a report, and the work programme with its appendix.
 */
public final class CouncilPack {

    /** Estimated pages of one report, to budget the long reports before drawing them. */
    private static final int PAGES_PER_PAPER = 3;

    private CouncilPack() {
    }

    /**
     * Renders twice: the agenda's Page Nos. column needs the pages of papers that follow it, so a
     * first pass measures them and the second prints them. The plan is redrawn from the seed each
     * time, so both passes lay out the same content.
     */
    public static RenderedPack render(long seed) {
        return draw(seed).pack();
    }

    /** The pack with the given variations of the house style. */
    public static RenderedPack render(long seed, Variations variations) {
        return draw(seed, variations).pack();
    }

    /** The pack with its papers in print order (the work programme, always last, is not among them). */
    public static DrawnPack<CouncilPlan.Report> draw(long seed) {
        return draw(seed, Variations.NONE);
    }

    private static DrawnPack<CouncilPlan.Report> draw(long seed, Variations variations) {
        Pass measured = pass(seed, Map.of(), variations);
        Pass done = pass(seed, measured.paperPages(), variations);
        if (!done.paperPages().keySet().equals(measured.paperPages().keySet())
                || done.paperPages().entrySet().stream().anyMatch(
                        e -> !java.util.Arrays.equals(e.getValue(), measured.paperPages().get(e.getKey())))) {
            throw new IllegalStateException("page numbers moved between passes");
        }
        return done.drawn();
    }

    private record Pass(DrawnPack<CouncilPlan.Report> drawn, Map<String, int[]> paperPages) {
    }

    private static Pass pass(long seed, Map<String, int[]> paperPages, Variations variations) {
        CouncilPlan plan = new CouncilPlanner(new Rng(seed)).draw();
        // look and long reports from a second stream, so the plan a seed gives does not depend on them
        Rng vary = Rng.variation(seed);
        PageWriter w = new PageWriter(Look.draw(vary));
        PackAnswers answers = new PackAnswers();
        new CouncilAgendaRenderer(w, answers).render(plan, paperPages);
        int minutesFirst = w.pageNumber() + 1;
        new CouncilMinutesRenderer(w, answers, variations, seed).render(plan);
        Map<String, int[]> pages = new TreeMap<>();
        pages.put("minutes", new int[] {minutesFirst, w.pageNumber()});
        CouncilReportRenderer reports = new CouncilReportRenderer(w, answers, variations);
        List<Integer> budget = PageBudget.split(vary, w.pageNumber() + PAGES_PER_PAPER * (plan.reports().size() + 1));
        Vocabulary vocab = Vocabularies.council(List.of(plan.area(), "North " + plan.area(), "South " + plan.area()),
                List.of(plan.councilName(), "Healthwatch " + plan.area(), "the Clinical Commissioning Group"));
        LongReportWriter longs = new LongReportWriter(w, answers, vary, vocab);
        List<PrintedPaper<CouncilPlan.Report>> papers = new ArrayList<>();
        for (int i = 0; i < Math.max(budget.size(), plan.reports().size()); i++) {
            if (i < plan.reports().size()) {
                CouncilPlan.Report r = plan.reports().get(i);
                pages.put("report" + r.agendaNumber(), reports.report(plan, r));
                papers.add(new PrintedPaper.Planned<>(r));
            }
            if (i < budget.size()) {
                papers.add(new PrintedPaper.Composed<>(longs.write(longReport(plan, vary, vocab, budget.get(i)))));
            }
        }
        String wpNumber = plan.agenda().get(plan.agenda().size() - 1).number();
        pages.put("workprogramme", reports.workProgramme(plan, wpNumber));
        String name = "council-" + Slug.of(plan.body()) + "-" + plan.packDate();
        int total = w.pageNumber();
        byte[] pdf = w.finish(name + "/" + seed, Decor.pageLabel(p -> "Page " + p), answers.outline());
        return new Pass(new DrawnPack<>(new RenderedPack(name, pdf, answers.build(SourceInfos.pdf(name + ".pdf", pdf,
                total))), papers), pages);
    }

    /** A long information report; it has no agenda number (those the agenda lists are the plan's). */
    private static LongReport longReport(CouncilPlan plan, Rng vary, Vocabulary vocab, int pages) {
        Person officer = vary.pick(plan.officers());
        String title = vary.pick(vocab.titles()).title();
        return new LongReport(title, null, officer.given().charAt(0) + " " + officer.family() + ", " + officer.role(),
                plan.packDate(), "Information report – " + plan.committee(), plan.packMeetingId(), pages,
                vary.chance(0.7), vary.chance(0.4));
    }
}
