package se.planledger.query.plan;

import org.springframework.stereotype.Component;
import se.planledger.domain.time.TimePoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of the plan export (written as CSV or XLSX by {@link se.planledger.query.export.SpreadsheetExport}): the
 * goal tree as it stood at the time point, one line per item in the order the plan page shows them.
 */
@Component
public class PlanExport {

    /** The index of the column header in {@link #treeLines}. */
    public static final int HEADER_ROW = 1;

    /**
     * The plan's title, version and time point, then per item its perspective, id, kind, parent, name, description,
     * baseline, a target column per year of the plan, source and the day it is in force from. The targets are the
     * plan's own words: a year it states none for is empty (the interim report reads the next one stated for it).
     */
    public List<List<Object>> treeLines(PlanTreeView tree, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Plan " + tree.title(), "plan", tree.planId(), "version", String.valueOf(tree.version().version()),
                "per", at.asOf(), "känt", at.knownAt().toString()));
        List<Object> header = new ArrayList<>(List.of("Perspektiv", "Id", "Typ", "Överordnad", "Namn", "Beskrivning",
                "Utgångsvärde"));
        for (int year = tree.firstYear(); year <= tree.lastYear(); year++) {
            header.add("Mål " + year);
        }
        header.addAll(List.of("Källa", "I kraft från"));
        lines.add(header);
        tree.perspectives().forEach(p -> p.goals().forEach(goal -> add(lines, p.label(), goal, tree)));
        tree.assignments().forEach(item -> add(lines, null, item, tree));
        tree.strategies().forEach(item -> add(lines, null, item, tree));
        return lines;
    }

    private static void add(List<List<Object>> lines, String perspective, PlanItemView item, PlanTreeView tree) {
        List<Object> line = new ArrayList<>(Arrays.asList(perspective, item.itemId(), PlanPages.KINDS.get(item.kind()),
                item.parentId(), item.name(), item.description(), item.baseline()));
        for (int year = tree.firstYear(); year <= tree.lastYear(); year++) {
            line.add(item.targets().get(year));
        }
        line.addAll(Arrays.asList(item.source(), item.validFrom()));
        lines.add(line);
        item.children().forEach(child -> add(lines, perspective, child, tree));
    }
}
