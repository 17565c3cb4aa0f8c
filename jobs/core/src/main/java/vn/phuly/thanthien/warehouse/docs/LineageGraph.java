package vn.phuly.thanthien.warehouse.docs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lineage of the warehouse as a directed acyclic graph, drawn as inline SVG with a layered
 * layout (Sugiyama's scheme, simplified): each node in the column of its longest path from a
 * source, nodes of a column ordered by the mean position of their neighbours (a few sweeps down
 * and up, which removes most crossings of a graph this size), edges as curves left to right.
 * A few dozen nodes need no library, and the drawing stays plain SVG that opens from file://.
 */
final class LineageGraph {
  /**
   * One node: {@code layer} is its CSS class ({@code source}, {@code staging}, {@code core}, {@code
   * mart}); {@code href} the page it links to, or null.
   */
  record Node(String id, String label, String layer, String href, String title) {}

  static final int NODE_WIDTH = 180;
  static final int NODE_HEIGHT = 24;
  private static final int COLUMN_GAP = 40;
  private static final int ROW_GAP = 8;
  private static final int MARGIN = 12;
  private static final int SWEEPS = 8;

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  /** Upstream ids of each node. */
  private final Map<String, Set<String>> parents = new TreeMap<>();

  void add(Node node) {
    nodes.put(node.id(), node);
    parents.computeIfAbsent(node.id(), id -> new TreeSet<>());
  }

  /** {@code from} feeds {@code to}; both must have been added. */
  void edge(String from, String to) {
    if (!nodes.containsKey(from) || !nodes.containsKey(to)) {
      throw new IllegalArgumentException("edge " + from + " -> " + to + " names an unknown node");
    }
    parents.get(to).add(from);
  }

  Set<String> ids() {
    return nodes.keySet();
  }

  int edgeCount() {
    return parents.values().stream().mapToInt(Set::size).sum();
  }

  /** The nodes {@code id} is built from and those built from it, with the edges between them. */
  LineageGraph around(String id) {
    Set<String> kept = new TreeSet<>(reachable(id, parents));
    kept.addAll(reachable(id, children()));
    LineageGraph sub = new LineageGraph();
    nodes.values().stream().filter(n -> kept.contains(n.id())).forEach(sub::add);
    for (String to : kept) {
      for (String from : parents.get(to)) {
        if (kept.contains(from)) {
          sub.edge(from, to);
        }
      }
    }
    return sub;
  }

  private static Set<String> reachable(String start, Map<String, Set<String>> next) {
    Set<String> seen = new TreeSet<>(Set.of(start));
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (String n : next.getOrDefault(todo.pop(), Set.of())) {
        if (seen.add(n)) {
          todo.push(n);
        }
      }
    }
    return seen;
  }

  private Map<String, Set<String>> children() {
    Map<String, Set<String>> children = new TreeMap<>();
    nodes.keySet().forEach(id -> children.put(id, new TreeSet<>()));
    parents.forEach((to, froms) -> froms.forEach(from -> children.get(from).add(to)));
    return children;
  }

  /** Column of each node: the length of its longest path from a node without parents. */
  Map<String, Integer> layers() {
    Map<String, Integer> layer = new HashMap<>();
    for (String id : nodes.keySet()) {
      depth(id, layer, new TreeSet<>());
    }
    return layer;
  }

  private int depth(String id, Map<String, Integer> layer, Set<String> path) {
    Integer known = layer.get(id);
    if (known != null) {
      return known;
    }
    if (!path.add(id)) {
      throw new IllegalStateException("lineage cycle through " + id);
    }
    int d = 0;
    for (String parent : parents.get(id)) {
      d = Math.max(d, depth(parent, layer, path) + 1);
    }
    path.remove(id);
    layer.put(id, d);
    return d;
  }

  /** The nodes of each column, top to bottom. */
  List<List<String>> columns() {
    Map<String, Integer> layer = layers();
    int count = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    List<List<String>> columns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      columns.add(new ArrayList<>());
    }
    nodes.keySet().stream().sorted().forEach(id -> columns.get(layer.get(id)).add(id));
    Map<String, Set<String>> children = children();
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean down = sweep % 2 == 0;
      for (int c = down ? 1 : count - 2; down ? c < count : c >= 0; c += down ? 1 : -1) {
        List<String> neighbours = columns.get(down ? c - 1 : c + 1);
        reorder(columns.get(c), down ? parents : children, neighbours);
      }
    }
    return columns;
  }

  /** Sorts {@code column} by the mean position of each node's neighbours in {@code next}; a node without any keeps its place. */
  private static void reorder(List<String> column, Map<String, Set<String>> linked, List<String> next) {
    Map<String, Double> key = new HashMap<>();
    for (int i = 0; i < column.size(); i++) {
      String id = column.get(i);
      double sum = 0;
      int n = 0;
      for (String other : linked.getOrDefault(id, Set.of())) {
        int position = next.indexOf(other);
        if (position >= 0) {
          sum += position * (double) column.size() / Math.max(1, next.size());
          n++;
        }
      }
      key.put(id, n == 0 ? i : sum / n);
    }
    column.sort(Comparator.comparingDouble(key::get));
  }

  /**
   * The graph as an {@code <svg>} element; {@code focus} (or null) is drawn highlighted, and the
   * edges into and out of it too.
   */
  String svg(String focus, String label) {
    List<List<String>> columns = columns();
    int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
    int height = 2 * MARGIN + Math.max(1, tallest) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
    int width = 2 * MARGIN + Math.max(1, columns.size()) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
    Map<String, int[]> at = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      List<String> column = columns.get(c);
      int top = MARGIN + (tallest - column.size()) * (NODE_HEIGHT + ROW_GAP) / 2;
      for (int r = 0; r < column.size(); r++) {
        at.put(column.get(r), new int[] {MARGIN + c * (NODE_WIDTH + COLUMN_GAP), top + r * (NODE_HEIGHT + ROW_GAP)});
      }
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
            + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n<g class=\"edges\">\n");
    for (Map.Entry<String, Set<String>> entry : parents.entrySet()) {
      int[] to = at.get(entry.getKey());
      for (String from : entry.getValue()) {
        int[] start = at.get(from);
        int x1 = start[0] + NODE_WIDTH;
        int y1 = start[1] + NODE_HEIGHT / 2;
        int x2 = to[0];
        int y2 = to[1] + NODE_HEIGHT / 2;
        int bend = (x2 - x1) / 2;
        boolean lit = entry.getKey().equals(focus) || from.equals(focus);
        svg.append("<path class=\"edge").append(lit ? " lit" : "").append("\" data-from=\"").append(Html.escape(from))
            .append("\" data-to=\"").append(Html.escape(entry.getKey())).append("\" d=\"M ").append(x1).append(' ').append(y1)
            .append(" C ").append(x1 + bend).append(' ').append(y1).append(", ").append(x2 - bend).append(' ').append(y2)
            .append(", ").append(x2).append(' ').append(y2).append("\" marker-end=\"url(#arrow)\"/>\n");
      }
    }
    svg.append("</g>\n<g class=\"nodes\">\n");
    for (Node node : nodes.values()) {
      int[] p = at.get(node.id());
      String classes = "node " + node.layer() + (node.id().equals(focus) ? " focus" : "");
      if (node.href() != null) {
        svg.append("<a href=\"").append(Html.escape(node.href())).append("\">");
      }
      svg.append("<g class=\"").append(classes).append("\" data-id=\"").append(Html.escape(node.id())).append("\">")
          .append("<title>").append(Html.escape(node.title())).append("</title>")
          .append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(NODE_WIDTH)
          .append("\" height=\"").append(NODE_HEIGHT).append("\" rx=\"4\"/>")
          .append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + NODE_HEIGHT / 2 + 4).append("\">")
          .append(Html.escape(node.label())).append("</text></g>");
      svg.append(node.href() != null ? "</a>\n" : "\n");
    }
    return svg.append("</g>\n</svg>").toString();
  }
}
