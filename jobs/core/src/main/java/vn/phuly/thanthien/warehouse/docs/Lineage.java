package vn.phuly.thanthien.warehouse.docs;

import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.warehouse.Model;
import vn.phuly.thanthien.warehouse.ModelCatalog;

/**
 * The site's lineage graph: a node per landing dataset and per file of the profile the staging
 * models read (their placeholders), a node per model, an edge per placeholder and per model a
 * model's SQL names — the dependencies the build itself runs the models by.
 */
final class Lineage {
  private Lineage() {}

  static LineageGraph of(ModelCatalog catalog, WarehouseFacts facts) {
    LineageGraph graph = new LineageGraph();
    for (Model model : catalog.buildOrder()) {
      for (String source : ModelCatalog.sources(model)) {
        if (!graph.ids().contains(source)) {
          graph.add(sourceNode(source));
        }
      }
      String rows = facts.rows(model.name()).map(n -> " — " + n + " rows").orElse("");
      graph.add(new LineageGraph.Node(model.name(), model.name(), layer(model), page(model.name()),
          model.name() + rows + (model.header().grain() == null ? "" : "\n" + model.header().grain())));
    }
    for (Model model : catalog.buildOrder()) {
      ModelCatalog.sources(model).forEach(source -> graph.edge(source, model.name()));
      catalog.dependencies(model).forEach(dependency -> graph.edge(dependency, model.name()));
    }
    return graph;
  }

  /** The node of a placeholder ({@code curated:feedback}, {@code reference:units.csv}, {@code runs}…). */
  private static LineageGraph.Node sourceNode(String source) {
    String[] parts = source.split(":", 2);
    String argument = parts.length == 2 ? parts[1] : null;
    return switch (parts[0]) {
      case "curated" -> {
        DatasetContract contract = DatasetContract.load(argument);
        yield new LineageGraph.Node(source, "nguồn: " + argument, "source landing",
            sourcePage(argument), "landing/" + contract.source() + "/ → lake/curated/" + argument + " (schemas/" + argument + ".yaml)");
      }
      case "reference" -> new LineageGraph.Node(source, "hồ sơ: " + argument, "source", null,
          "profile file " + argument + " (reference/<profile>/)");
      case "thresholds" -> new LineageGraph.Node(source, "hồ sơ: thresholds.csv", "source", null,
          "profile thresholds, defaults from the threshold registry");
      case "quarantine" -> new LineageGraph.Node(source, "lake/quarantine", "source", null, "rows ingest rejected");
      case "runs" -> new LineageGraph.Node(source, "lake/_runs", "source", null, "ingest run manifests");
      case "periods" -> new LineageGraph.Node(source, "lịch kỳ đánh giá", "source", null, "period calendar (AssessmentPeriod)");
      default -> throw new IllegalArgumentException("unknown source " + source);
    };
  }

  static String sourceId(String dataset) {
    return "curated:" + dataset;
  }

  static String page(String model) {
    return model + ".html";
  }

  static String sourcePage(String dataset) {
    return "source_" + dataset + ".html";
  }

  /** staging, core or mart: the folder of the model's file under {@code sql/}. */
  static String layer(Model model) {
    String folder = model.origin().split("/")[1];
    return folder.equals("marts") ? "mart" : folder;
  }

  static String layerLabel(Model model) {
    return switch (layer(model)) {
      case "staging" -> Html.label("chuẩn hoá", "staging");
      case "core" -> model.name().startsWith("int_") ? Html.label("trung gian", "intermediate")
          : model.name().startsWith("dim_") ? Html.label("chiều", "dimension") : Html.label("sự kiện", "fact");
      default -> "mart";
    };
  }
}
