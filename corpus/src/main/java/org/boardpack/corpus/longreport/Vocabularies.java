package org.boardpack.corpus.longreport;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.longreport.Vocabulary.ReportKind;

/** The long-report vocabularies of the three house styles. Places and organisations come from the pack. */
public final class Vocabularies {

    private static final List<String> COMMON = List.of(
            "{metric} stood at {pct} in {month} against a target of {target}, {trend}.",
            "Performance on {metric} was {pct} in {month}, compared with {pct} in the same month last year.",
            "The year to date position is an overspend of {money}, which is {money} worse than plan.",
            "A further {money} of savings has been identified and is being validated with budget holders.",
            "In {place} the position was {pct}, reflecting the pressures described in section 3 of this report.",
            "{org} has reviewed the trajectory and expects to recover the position by the end of the quarter.",
            "The risk has been reviewed by the executive team and its score remains unchanged this month.",
            "Further detail is provided in the appendix, which sets out the position for each service line.",
            "Members are reminded that the figures for {month} are provisional and may be revised.",
            "Capital expenditure to date is {money} against a plan of {money}, with slippage on two schemes.",
            "Sickness absence was {pct} in {month}, and turnover over the last twelve months was {pct}.",
            "Workforce remains the principal constraint, with vacancies concentrated in a small number of teams.",
            "The improvement plan agreed in the spring is on track, and its milestones are shown in the table below.",
            "{org} continues to work with partners to understand the drivers of demand and the options to manage it.",
            "Benchmarking against comparable organisations places the position in the second quartile.",
            "Feedback from people who use services remains positive, with {pct} rating their experience good or very good.",
            "An independent review commissioned in {month} reported its findings to the executive team.",
            "Agency spend in {month} was {money}, a reduction of {money} on the previous month.",
            "The forecast outturn assumes that the non-recurrent measures described above are delivered in full.",
            "Data quality checks have been completed and no material issues were identified this month.");

    private Vocabularies() {
    }

    public static Vocabulary nhs(List<String> places, List<String> orgs) {
        return new Vocabulary(places, orgs, List.of("A&E four-hour standard", "Referral to treatment within 18 weeks",
                "Cancer 62-day standard", "Diagnostics within 6 weeks", "Category 2 ambulance response",
                "IAPT access rate", "Dementia diagnosis rate", "Delayed discharges (number)",
                "Bed occupancy", "Flu vaccination uptake, over 65s", "Children's immunisations at 24 months",
                "Elective activity against 2019/20", "Patients waiting over 52 weeks (number)",
                "Annual health checks, people with a learning disability", "Two-hour urgent community response"),
                List.of("Pay", "Non-pay", "Drugs", "Clinical supplies", "Income from patient care",
                        "Other operating income", "Primary care prescribing", "Continuing healthcare",
                        "Mental health services", "Community services", "Running costs", "Reserves and contingency"),
                List.of(new ReportKind("Integrated Performance Report", List.of("Executive summary",
                        "Urgent and emergency care", "Planned care", "Cancer", "Mental health", "Quality and safety",
                        "Workforce", "Recommendations")),
                        new ReportKind("Finance Report", List.of("Purpose", "Summary financial position",
                                "Income and expenditure", "Efficiency programme", "Capital", "Risks and mitigations",
                                "Recommendations")),
                        new ReportKind("Quality and Patient Safety Report", List.of("Introduction",
                                "Serious incidents", "Infection prevention and control", "Patient experience",
                                "Safeguarding", "Maternity services", "Recommendations")),
                        new ReportKind("System Workforce Report", List.of("Summary", "Supply", "Retention",
                                "Temporary staffing", "Health and wellbeing", "Next steps"))),
                COMMON);
    }

    public static Vocabulary council(List<String> places, List<String> orgs) {
        List<String> sentences = new ArrayList<>(COMMON);
        sentences.addAll(List.of("The Council's medium term financial strategy assumes a gap of {money} next year.",
                "Members of the Committee asked for a breakdown of the position by ward at the last meeting."));
        return new Vocabulary(places, orgs, List.of("Adult social care reviews completed on time",
                "New admissions to residential care, 65+ (number)", "Reablement: still at home after 91 days",
                "NHS Health Checks delivered", "Smoking quitters at 4 weeks (number)",
                "Children's assessments within 45 days", "Repeat referrals to children's social care",
                "Delayed transfers attributable to social care", "Carers receiving an assessment",
                "Take-up of free school meals", "Physically active adults", "Excess weight in children aged 10-11"),
                List.of("Adult Social Care", "Children's Services", "Public Health Grant", "Better Care Fund",
                        "Housing and Homelessness", "Commissioning", "Leisure and Culture", "Corporate Costs",
                        "Income from fees and charges", "Contingency"),
                List.of(new ReportKind("Health and Wellbeing Strategy Annual Report", List.of("Introduction",
                        "Start well", "Live well", "Age well", "Partnership working", "Financial implications",
                        "Legal implications", "Conclusion")),
                        new ReportKind("Better Care Fund Quarterly Monitoring Report", List.of("Purpose of the report",
                                "National conditions", "Metrics", "Spending plan", "Risks", "Recommendations")),
                        new ReportKind("Annual Report of the Director of Public Health", List.of("Foreword",
                                "The health of our population", "Inequalities", "Health protection",
                                "Priorities for the coming year"))),
                sentences);
    }

    public static Vocabulary charity(List<String> places, List<String> orgs) {
        List<String> sentences = new ArrayList<>(COMMON.subList(0, 10));
        sentences.addAll(List.of("Unrestricted reserves stand at {money}, equivalent to five months of expenditure.",
                "Legacy income in {month} was {money}, well ahead of the prudent budget.",
                "The helpline answered {pct} of calls within two minutes in {month}.",
                "Volunteer numbers in {place} have recovered to pre-pandemic levels.",
                "The retail estate returned a contribution of {money} after all shop costs.",
                "Trustees will recall that the strategy set a target of {target} for {metric} by the end of the plan period.",
                "The trading subsidiary is expected to gift aid {money} to the charity at the year end.",
                "{org} has confirmed a grant of {money} over three years for the work in {place}."));
        return new Vocabulary(places, orgs, List.of("Calls answered within two minutes",
                "People supported (number)", "Volunteer hours given (number)", "Donor retention",
                "Beneficiaries reporting improved wellbeing", "Staff turnover", "Shops trading at a profit",
                "Grant applications successful", "Complaints resolved within 20 days",
                "Safeguarding training completed"),
                List.of("Donations", "Legacies", "Grants and contracts", "Trading income", "Investment income",
                        "Charitable activities", "Raising funds", "Support costs", "Governance costs"),
                List.of(new ReportKind("Chief Executive's Report", List.of("Introduction", "Services",
                        "Fundraising", "People", "Governance", "Looking ahead")),
                        new ReportKind("Management Accounts", List.of("Summary", "Income", "Expenditure",
                                "Balance sheet and reserves", "Cash flow", "Forecast")),
                        new ReportKind("Services Impact Report", List.of("Purpose", "Reach", "Outcomes",
                                "Quality", "Learning", "Next quarter"))),
                sentences);
    }
}
