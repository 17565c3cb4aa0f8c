package vn.phuly.thanthien.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Model dependencies: a model depends on every other model whose name appears in its SQL as a
 * word (comments excluded, so documentation may mention any model).
 */
final class ModelGraph {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");

  private ModelGraph() {}

  /** The names of {@code candidates} that {@code sql} mentions, other than {@code self}. */
  static Set<String> mentions(String self, String sql, Set<String> candidates) {
    Set<String> found = new TreeSet<>();
    Matcher m = WORD.matcher(LINE_COMMENT.matcher(sql).replaceAll(" "));
    while (m.find()) {
      String word = m.group().toLowerCase();
      if (!word.equals(self) && candidates.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }

  /**
   * Topological order (Kahn), ties broken by name so that builds are repeatable.
   *
   * @throws ModelException naming the files of a cycle
   */
  static List<Model> order(List<Model> models) {
    Map<String, Model> byName = new LinkedHashMap<>();
    models.forEach(m -> byName.put(m.name(), m));
    Map<String, Set<String>> waitingFor = new TreeMap<>();
    for (Model m : models) {
      waitingFor.put(m.name(), new TreeSet<>(mentions(m.name(), m.sql(), byName.keySet())));
    }
    List<Model> ordered = new ArrayList<>();
    while (!waitingFor.isEmpty()) {
      String ready =
          waitingFor.entrySet().stream()
              .filter(e -> e.getValue().isEmpty())
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow(() -> cycleError(waitingFor, byName));
      waitingFor.remove(ready);
      waitingFor.values().forEach(deps -> deps.remove(ready));
      ordered.add(byName.get(ready));
    }
    return ordered;
  }

  /** Names the models of the cycle: the blocked ones, less those nothing blocked waits for. */
  private static ModelException cycleError(Map<String, Set<String>> blocked, Map<String, Model> byName) {
    Map<String, Set<String>> cycle = new TreeMap<>(blocked);
    boolean pruned = true;
    while (pruned) {
      pruned =
          cycle.keySet().removeIf(
              name -> cycle.values().stream().noneMatch(deps -> deps.contains(name)));
    }
    return new ModelException(
        "dependency cycle between "
            + cycle.keySet().stream().map(n -> byName.get(n).origin()).collect(Collectors.joining(", ")));
  }
}
