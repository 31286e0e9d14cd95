package org.boardpack.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reference rules on small answer files written as a person annotates real papers: partial
 * answers, fields left out, meetings only referred to. Each expectation is what
 * {@code shared/tools/score.py} gives on the same pair.
 */
class ReferenceScorerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ReferenceScorer scorer = new ReferenceScorer();

    private Map<String, Tally> score(String answers, String produced) throws Exception {
        return scorer.score(json.readTree(answers.replace('\'', '"')), json.readTree(produced.replace('\'', '"')));
    }

    private static TypeScore of(Map<String, Tally> scores, String type) {
        return scores.get(type).score(type);
    }

    @Test
    void aTypeTheAnswersLeaveOutIsNotJudgedButAnEmptyListIs() throws Exception {
        Map<String, Tally> s = score("{'decisions': []}",
                "{'decisions': [{'meeting': 'b/2020-01-01', 'text': 'Agreed.'}], 'actions': [{'source': 'minutes'}]}");
        assertFalse(s.containsKey("actions"));
        TypeScore d = of(s, "decisions");
        assertEquals(0, d.expected());
        assertEquals(1, d.produced());
        assertEquals(0.0, d.f1());
    }

    @Test
    void meetingsOnlyReferredToAreIgnoredOnBothSides() throws Exception {
        Map<String, Tally> s = score("{'meetings': [{'date': '2020-01-08', 'body': 'Parish Council', 'time': '19:30'},"
                        + "{'date': '2019-12-11', 'referenced_only': true}]}",
                "{'meetings': [{'date': '2019-12-11', 'body': 'X'}, {'date': '2020-01-08', 'body': 'The Parish Council',"
                        + " 'time': '19.30'}]}");
        TypeScore m = of(s, "meetings");
        assertEquals(1, m.expected());
        assertEquals(1, m.produced());
        assertEquals(1, m.matched());
        assertEquals(1, m.fields().get("body~").right());
        // "19.30" is not "19:30": times are compared as normalised text
        assertEquals(0, m.fields().get("time").right());
    }

    @Test
    void attendanceMatchesNamesWithoutHonorificsAndJudgesOnlyTheFieldsGiven() throws Exception {
        Map<String, Tally> s = score("{'attendance': [{'meeting': 'pc/2020-01-08', 'name': 'R Lester',"
                        + " 'honorific': 'Cllr', 'role': null, 'status': 'present'},"
                        + "{'meeting': 'pc/2020-01-08', 'name': 'Ann Smith', 'status': 'apologies'}]}",
                "{'attendance': [{'meeting': 'parish-council/2020-01-08', 'name': 'Cllr R. Lester',"
                        + " 'honorific': null, 'role': 'Chairman', 'status': 'present'},"
                        + "{'meeting': 'x/2020-01-08', 'name': 'Ann Smith', 'status': 'present'}]}");
        TypeScore a = of(s, "attendance");
        assertEquals(2, a.matched());
        assertEquals(1, a.fields().get("status").right());
        assertEquals(2, a.fields().get("status").judged());
        assertEquals(0, a.fields().get("honorific").right());
        assertFalse(a.fields().containsKey("role~"), "a null role in the answers is not judged");
    }

    @Test
    void decisionsPairBestFirstWithinTheSameMeetingDate() throws Exception {
        Map<String, Tally> s = score("{'decisions': ["
                        + "{'meeting': 'b/2020-01-08', 'text': 'that the precept for 2020/21 be set at £20,000', 'kind': 'resolved'},"
                        + "{'meeting': 'b/2020-01-08', 'text': 'that the minutes be signed as a true record'}]}",
                "{'decisions': ["
                        + "{'meeting': 'b/2020-02-12', 'text': 'that the minutes be signed as a true record'},"
                        + "{'meeting': 'c/2020-01-08', 'text': 'That the precept for 2020/21 be set at £20,000.',"
                        + " 'kind': 'agreed'}]}");
        TypeScore d = of(s, "decisions");
        assertEquals(2, d.expected());
        assertEquals(2, d.produced());
        assertEquals(1, d.matched(), "the minutes decision is another meeting's");
        assertEquals(1, d.fields().get("text>=0.9").right());
        assertEquals(0, d.fields().get("kind").right());
    }

    @Test
    void logRowsPairByRefThenByDescriptionAndMinutesActionsByItemAndOwner() throws Exception {
        Map<String, Tally> s = score("{'actions': ["
                        + "{'source': 'action_log', 'ref': '12', 'description': 'Write to the highways team'},"
                        + "{'source': 'action_log', 'ref': null, 'description': 'Order two new benches for the green'},"
                        + "{'source': 'minutes', 'item': '5', 'owner': 'JH', 'description': 'Update the website'}]}",
                "{'actions': ["
                        + "{'source': 'action_log', 'ref': '12.', 'description': 'Write to highways'},"
                        + "{'source': 'action_log', 'ref': '40', 'description': 'Order two new benches for the green'},"
                        + "{'source': 'minutes', 'item': '5.', 'owner': 'jh'},"
                        + "{'source': 'minutes', 'item': '6', 'owner': 'JH'}]}");
        TypeScore a = of(s, "actions");
        assertEquals(3, a.expected());
        assertEquals(4, a.produced());
        assertEquals(3, a.matched());
        assertEquals(2, of(s, "actions:action_log").matched());
        assertEquals(1, of(s, "actions:minutes").matched());
    }

    @Test
    void tablesCountAdjacencyRelationsOfTheBestOverlappingTable() throws Exception {
        Map<String, Tally> s = score("{'tables': [{'rows': [['Payee', 'Amount'], ['EDF Energy', '£1,250.00'],"
                        + " ['HMRC', '£310.20']]}]}",
                "{'tables': [{'rows': [['Summary', '']]}, {'rows': [['Payee', 'Amount'], ['EDF Energy', '£1,250.00'],"
                        + " ['HMRC', '']]}]}");
        TypeScore t = of(s, "tables");
        // answer relations: 3 across + 4 down; produced: 2 across + 3 down, all right
        assertEquals(7, t.expected());
        assertEquals(5, t.produced());
        assertEquals(5, t.matched());
        assertEquals(1, t.fields().get("table_found").right());
    }

    @Test
    void textIsReadAsTheReferenceReadsIt() {
        assertEquals("the board's \"plan\" - agreed", ReferenceText.norm("The  Board\u2019s \u201cplan\u201d \u2013 agreed.;"));
        assertEquals("r lester", ReferenceText.nameKey("Cllr R. Lester"));
        assertEquals("2008-01-09", ReferenceText.meetingDate("hertingfordbury-parish-council/2008-01-09"));
        assertEquals("191", ReferenceText.itemKey("19.1"));
        assertEquals(1.0, ReferenceText.sim("", null));
        JsonNode n = new ObjectMapper().createObjectNode().put("ref", 0);
        assertFalse(ReferenceScorer.given(n, "ref"));
    }
}
