package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.testing.GeneratedSection;
import vn.phuly.thanthien.testing.Repository;

/**
 * docs/analysts.md shows the published tables with the grain and key their model headers declare,
 * and the analyses of {@code sql/analyses/} as they are in their files; bin/test.d/70-notebooks runs
 * those queries against the demo warehouse.
 */
class AnalystGuideTest {
  private static final String GUIDE = "docs/analysts.md";
  private static final String REGENERATE =
      "mvn -o test -pl jobs/core -Dtest=AnalystGuideTest -Dthanthien.docs.update=true";
  /** NN-short-name.sql: the number orders the questions, the name says what they are about. */
  private static final Pattern ANALYSIS_FILE = Pattern.compile("(\\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\\.sql");
  private static final Pattern QUESTION = Pattern.compile("-- question: (.+)\n-- câu hỏi: (.+)\n");

  /** The models of {@code main} an analyst queries: dims, facts and marts (no stg_ view, no int_ step). */
  static List<Model> published() {
    return ModelCatalog.fromDirectory(Repository.file("sql")).all().stream()
        .filter(m -> m.kind() == ModelKind.TABLE && !m.name().startsWith("int_"))
        .toList();
  }

  static String catalogue() {
    StringBuilder md = new StringBuilder("| table | grain | key |\n|---|---|---|\n");
    for (Model model : published()) {
      ModelHeader header = model.header();
      md.append("| `").append(model.name()).append("` | ")
          .append(header.grain().replace("|", "\\|")).append(" | ")
          .append(header.primaryKey().isEmpty() ? "" : "`" + String.join(", ", header.primaryKey()) + "`")
          .append(" |\n");
    }
    return md.toString();
  }

  record Analysis(String file, String question, String cauHoi, String sql) {}

  static List<Analysis> analyses() throws IOException {
    List<Analysis> analyses = new ArrayList<>();
    try (Stream<Path> files = Files.list(Repository.file("sql/analyses"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        String name = file.getFileName().toString();
        assertTrue(ANALYSIS_FILE.matcher(name).matches(), "sql/analyses/" + name + ": name it NN-short-name.sql");
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        Matcher question = QUESTION.matcher(sql);
        assertTrue(question.lookingAt(),
            "sql/analyses/" + name + ": start with `-- question: …` (English) and `-- câu hỏi: …` (Vietnamese)");
        analyses.add(new Analysis(name, question.group(1).strip(), question.group(2).strip(), sql));
      }
    }
    return analyses;
  }

  static String questions() throws IOException {
    StringBuilder md = new StringBuilder();
    for (Analysis analysis : analyses()) {
      md.append("\n### ").append(analysis.file().substring(0, 2)).append(". ").append(analysis.question()).append("\n\n")
          .append("*").append(analysis.cauHoi()).append("* — [`sql/analyses/").append(analysis.file())
          .append("`](../sql/analyses/").append(analysis.file()).append(")\n\n")
          .append("```sql\n").append(analysis.sql()).append("```\n");
    }
    return md.append("\n").toString();
  }

  /** {@code mvn -o test -pl jobs/core -Dtest=AnalystGuideTest -Dthanthien.docs.update=true} rewrites both sections. */
  @Test
  void theGuideListsThePublishedTablesWithTheirModelHeaders() throws Exception {
    GeneratedSection.check(GUIDE, "catalogue", catalogue(), REGENERATE);
  }

  @Test
  void theGuideShowsEveryAnalysisAsItsFileHasIt() throws Exception {
    GeneratedSection.check(GUIDE, "analyses", questions(), REGENERATE);
  }

  @Test
  void thereAreTwelveNumberedAnalyses() throws Exception {
    List<String> numbers = analyses().stream().map(a -> a.file().substring(0, 2)).toList();
    assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"), numbers);
  }

  /** bench/queries and the notebooks' stage run the files as they are: one plain select, no placeholder. */
  @Test
  void everyAnalysisIsOnePlainSelectOfPublishedTables() throws Exception {
    List<String> internal = ModelCatalog.fromDirectory(Repository.file("sql")).all().stream()
        .map(Model::name).filter(n -> n.startsWith("int_") || n.startsWith("stg_")).toList();
    for (Analysis analysis : analyses()) {
      String body = analysis.sql().replaceAll("(?m)--.*$", "").strip();
      assertTrue(body.startsWith("with") || body.startsWith("select"), analysis.file() + ": not a select");
      assertTrue(!body.replaceFirst(";$", "").contains(";"), analysis.file() + ": one statement");
      assertTrue(!body.contains("{{") && !body.contains("$") && !body.contains("?"),
          analysis.file() + ": a placeholder or parameter");
      for (String name : internal) {
        assertTrue(!Pattern.compile("\\b" + name + "\\b").matcher(body).find(),
            analysis.file() + " reads " + name + ", which is not published in main");
      }
    }
  }
}
