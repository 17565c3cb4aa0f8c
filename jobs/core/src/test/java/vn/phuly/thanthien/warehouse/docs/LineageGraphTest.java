package vn.phuly.thanthien.warehouse.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineageGraphTest {
  private static LineageGraph graph(String... edges) {
    LineageGraph graph = new LineageGraph();
    for (String edge : edges) {
      for (String id : edge.split("->")) {
        if (!graph.ids().contains(id)) {
          graph.add(new LineageGraph.Node(id, id, "core", id + ".html", id));
        }
      }
    }
    for (String edge : edges) {
      String[] ends = edge.split("->");
      graph.edge(ends[0], ends[1]);
    }
    return graph;
  }

  @Test
  void aNodeSitsOneColumnRightOfItsFurthestParent() {
    LineageGraph g = graph("src->stg", "stg->dim", "dim->mart", "stg->mart", "ref->dim");
    assertEquals(Map.of("src", 0, "ref", 0, "stg", 1, "dim", 2, "mart", 3), g.layers());
  }

  @Test
  void nodesAreOrderedToUncrossTheirEdges() {
    // by name, x would sit above y and the edges a->y, b->x would cross
    LineageGraph g = graph("a->y", "b->x");
    assertEquals(List.of(List.of("a", "b"), List.of("y", "x")), g.columns());
  }

  @Test
  void aModelsGraphHoldsWhatItIsBuiltFromAndWhatIsBuiltFromIt() {
    LineageGraph g = graph("src->stg", "stg->dim", "dim->mart", "other->elsewhere", "dim->int", "ref->dim");
    LineageGraph around = g.around("stg");
    assertEquals(List.of("dim", "int", "mart", "src", "stg"), around.ids().stream().sorted().toList());
    assertEquals(4, around.edgeCount());
  }

  @Test
  void theSvgDrawsEveryNodeAsALinkAndEveryEdgeAsAPath() {
    String svg = graph("a->b", "a->c", "b->c").svg("b", "test");
    assertEquals(3, count(svg, "<a href=\"[abc]\\.html\"><g class=\"node core"));
    assertEquals(3, count(svg, "<path class=\"edge"));
    // the edges into and out of the focus are highlighted; a->c is not
    assertEquals(2, count(svg, "<path class=\"edge lit\""));
    assertTrue(svg.contains("<g class=\"node core focus\" data-id=\"b\">"), svg);
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" width=\"644\" height=\"48\""), svg);
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }
}
