package org.boardpack.corpus.charity;

import java.util.List;
import org.boardpack.model.decisions.DecisionKind;

/**
 * What a charity board discusses: each topic's paragraphs, its decision (if any) and the actions
 * it gives out. Slots: {@code {place}}, {@code {fy}} (financial year), {@code {month}}, {@code {charity}}.
 */
final class CharityTopics {

    record Topic(String title, List<String> paragraphs, DecisionKind kind, String decision, List<String> actions) {
    }

    static final List<Topic> ALL = List.of(
            new Topic("Chief Executive's report", List.of(
                    "The Chief Executive presented the report, which had been circulated in advance, and highlighted "
                            + "the continued rise in demand for the helpline and the work to recruit more volunteers.",
                    "Trustees asked about the waiting list in {place}. The Director of Services explained that the "
                            + "position had improved since the autumn but that two posts remained vacant."),
                    null, null, List.of("A summary of the waiting list by area to be brought to the next meeting.",
                            "Circulate the volunteer recruitment plan to trustees.")),
            new Topic("Management accounts", List.of(
                    "The Treasurer introduced the management accounts for the period to the end of {month}. Income was "
                            + "ahead of budget because of two large legacies, and expenditure was in line with plan.",
                    "Trustees noted that the pension deficit contributions would rise next year and asked for the "
                            + "effect on the reserves position to be modelled."),
                    DecisionKind.APPROVED, "The Board approved the management accounts for the period to the end of "
                            + "{month}.", List.of("Model the effect of the higher pension contributions on reserves.")),
            new Topic("Budget {fy}", List.of(
                    "The Director of Finance presented the draft budget, which had been reviewed in detail by the "
                            + "Finance and Audit Committee. It assumed no growth in unrestricted donations.",
                    "Trustees discussed the level of risk in the fundraising targets and the contingency held."),
                    DecisionKind.APPROVED, "The Board approved the budget for {fy}, with a planned deficit to be met "
                            + "from designated reserves.", List.of("Publish the approved budget to budget holders.")),
            new Topic("Risk register", List.of(
                    "The Chair of the Finance and Audit Committee introduced the risk register. The cyber security "
                            + "risk had been rescored following the incident at a partner organisation.",
                    "Trustees asked that the register show the direction of travel for each risk."),
                    DecisionKind.AGREED, "the revised risk appetite statement, subject to the amendment to the cyber "
                            + "security risk discussed at the meeting.",
                    List.of("Update the risk register to reflect the discussion and recirculate it.")),
            new Topic("Safeguarding annual report", List.of(
                    "The Director of Services presented the annual safeguarding report. Forty-two concerns had been "
                            + "raised during the year, all of which had been handled in line with the policy.",
                    "Trustees welcomed the improved completion rate for mandatory training."),
                    DecisionKind.AGREED, "to appoint a lead trustee for safeguarding, with the role to be reviewed "
                            + "annually.", List.of("Confirm the lead trustee for safeguarding with the Charity Commission "
                            + "contact details.")),
            new Topic("Fundraising strategy", List.of(
                    "The Director of Fundraising presented the strategy for the next three years, which shifts the "
                            + "emphasis from events towards regular giving and trusts and foundations.",
                    "Trustees asked about compliance with the Fundraising Regulator's code and the approach to "
                            + "vulnerable donors."),
                    DecisionKind.AGREED, "that the fundraising strategy be adopted and progress reported to each "
                            + "meeting of the Board.", List.of("Circulate the campaign timetable to trustees.",
                            "Arrange a trustee briefing on the Fundraising Regulator's code.")),
            new Topic("Trustee recruitment", List.of(
                    "The Chair reported on the skills audit, which had identified gaps in digital and legal "
                            + "expertise, and proposed an open recruitment round in the spring."),
                    DecisionKind.APPROVED, "The Board approved the recruitment pack and the skills matrix as "
                            + "presented.", List.of("Advertise the trustee vacancies and convene the panel.")),
            new Topic("Committee terms of reference", List.of(
                    "The Company Secretary presented the annual review of the terms of reference of the Board's "
                            + "committees. The changes were mainly to reflect the new management structure."),
                    DecisionKind.AGREED, "the revised terms of reference of the Finance and Audit Committee and the "
                            + "People Committee.", List.of()),
            new Topic("Premises in {place}", List.of(
                    "The Director of Finance reported on the negotiations for the lease of new premises in {place}, "
                            + "which would bring the shop and the advice service under one roof.",
                    "Trustees asked about the break clause and the cost of the fit-out."),
                    DecisionKind.APPROVED, "The Board approved the lease of the new premises in {place} for a term "
                            + "of ten years, subject to a satisfactory survey.",
                    List.of("Instruct the surveyor and report the outcome to the Chair.")),
            new Topic("Health and safety", List.of(
                    "The quarterly health and safety report was received. There had been no reportable incidents "
                            + "during the quarter and the fire risk assessments were up to date."),
                    null, null, List.of("Arrange fire marshal training for volunteers at all sites.")));

    private CharityTopics() {
    }
}
