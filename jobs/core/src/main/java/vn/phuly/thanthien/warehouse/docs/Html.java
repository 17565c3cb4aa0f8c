package vn.phuly.thanthien.warehouse.docs;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/** The pieces every page of the site is made of: escaping, the frame with its menu, tables. */
final class Html {
  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A whole page: Vietnamese first, the English label after it. */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " · thanthien</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n"
        + "<nav><a class=\"brand\" href=\"index.html\">thanthien · Tài liệu kho dữ liệu <span class=\"en\">Warehouse docs</span></a>"
        + "<a href=\"index.html#models\">Mô hình <span class=\"en\">Models</span></a>"
        + "<a href=\"index.html#lineage\">Dòng dữ liệu <span class=\"en\">Lineage</span></a>"
        + "<a href=\"audits.html\">Kiểm tra <span class=\"en\">Audits</span></a>"
        + "<a href=\"runs.html\">Lượt nạp <span class=\"en\">Ingest runs</span></a></nav>\n<main>\n"
        + body + "\n</main>\n</body>\n</html>\n";
  }

  /** A heading with the English label beside the Vietnamese one. */
  static String heading(int level, String id, String vietnamese, String english) {
    return "<h" + level + (id == null ? "" : " id=\"" + id + "\"") + ">" + escape(vietnamese)
        + " <span class=\"en\">" + escape(english) + "</span></h" + level + ">\n";
  }

  /** A table header row: each label already bilingual markup. */
  static String headerRow(List<String> labels) {
    StringBuilder row = new StringBuilder("<tr>");
    labels.forEach(label -> row.append("<th>").append(label).append("</th>"));
    return row.append("</tr>\n").toString();
  }

  static String label(String vietnamese, String english) {
    return escape(vietnamese) + " <span class=\"en\">" + escape(english) + "</span>";
  }

  /** Every row of {@code rows} as a table (columns named as in the query), then its SQL, folded. */
  static String resultTable(ResultSet rows, String sql, String cssClass) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    StringBuilder table = new StringBuilder("<table class=\"").append(cssClass).append("\">\n<tr>");
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      table.append("<th>").append(escape(meta.getColumnLabel(i))).append("</th>");
    }
    table.append("</tr>\n");
    int count = 0;
    while (rows.next()) {
      count++;
      table.append("<tr>");
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String value = rows.getString(i);
        table.append(value == null ? "<td class=\"null\">null</td>" : "<td>" + escape(value) + "</td>");
      }
      table.append("</tr>\n");
    }
    table.append("</table>\n");
    if (count == 0) {
      table.append("<p class=\"empty\">").append(label("Không có dòng nào.", "No rows.")).append("</p>\n");
    }
    return table.append("<details><summary>SQL</summary><pre><code>").append(escape(sql)).append("</code></pre></details>\n").toString();
  }
}
