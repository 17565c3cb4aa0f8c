package vn.phuly.thanthien.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt of {@code sql}: JLine's line editor with history (kept in {@code
 * ~/.thanthien_sql_history}), statements over several lines until a {@code ;}, tab completion of
 * the warehouse's table and column names, and a few dot commands.
 */
final class SqlShell {
  static final String HELP = """
      Câu lệnh SQL kết thúc bằng dấu ;  (Tab: gợi ý tên bảng, tên cột; ↑/↓: lịch sử)
        .tables   các bảng của kho dữ liệu: main, internal, audit.audit_results
        .reload   mở lại kho dữ liệu (thấy bản mới công bố)
        .help     trợ giúp này
        .quit     thoát""";

  private final Path file;
  private final QueryOutput.Format format;
  private final Terminal terminal;
  private final Path history;

  SqlShell(Path file, QueryOutput.Format format) throws IOException {
    this(file, format, TerminalBuilder.builder().system(true).build(),
        Path.of(System.getProperty("user.home"), ".thanthien_sql_history"));
  }

  /** A shell on the given streams (tests: a dumb terminal). */
  SqlShell(Path file, QueryOutput.Format format, InputStream in, OutputStream out, Path history) throws IOException {
    this(file, format, TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB).streams(in, out)
        .encoding(StandardCharsets.UTF_8).build(), history);
  }

  private SqlShell(Path file, QueryOutput.Format format, Terminal terminal, Path history) {
    this.file = file;
    this.format = format;
    this.terminal = terminal;
    this.history = history;
  }

  int run() throws IOException {
    PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    Connection db = SqlCommand.open(file);
    SqlCompletion completion = new SqlCompletion();
    try {
      completion.load(db);
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("thanthien")
          .parser(new SqlStatementParser())
          .completer(completion)
          .variable(LineReader.HISTORY_FILE, history)
          .variable(LineReader.SECONDARY_PROMPT_PATTERN, "      …> ")
          .build();
      out.println("Kho dữ liệu " + file.toAbsolutePath() + " (chỉ đọc). Gõ .help để xem trợ giúp.");
      while (true) {
        String input;
        try {
          input = reader.readLine("thanthien> ").strip();
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        if (input.isEmpty()) {
          continue;
        }
        if (input.equals(".quit") || input.equals(".exit")) {
          break;
        }
        if (input.equals(".help")) {
          out.println(HELP);
        } else if (input.equals(".tables")) {
          // the analysts' tables first; of the audit schema only its summary, not one table per audit
          execute(db, "select schema_name as schema, table_name as name, comment as description from duckdb_tables()"
              + " where database_name = current_database() and not internal"
              + " and (schema_name <> 'audit' or table_name = 'audit_results')"
              + " order by schema_name = 'main' desc, schema_name, table_name", out);
        } else if (input.equals(".reload")) {
          db.close();
          db = SqlCommand.open(file);
          completion.load(db);
          out.println("Đã mở lại " + file.toAbsolutePath());
        } else {
          execute(db, input, out);
        }
      }
      reader.getHistory().save();
      return Main.OK;
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e));
    } finally {
      try {
        db.close();
      } catch (SQLException ignored) {
        // closing a read-only connection cannot lose anything
      }
      terminal.close();
    }
  }

  /** Runs one statement; an SQL error is printed and the prompt goes on. */
  private void execute(Connection db, String sql, PrintStream out) {
    try (Statement statement = db.createStatement()) {
      if (statement.execute(sql)) {
        QueryOutput.write(statement.getResultSet(), format, out);
      } else {
        out.println("OK");
      }
    } catch (SQLException e) {
      out.println("Lỗi SQL: " + firstLine(e));
    }
  }

  /** DuckDB's message without the stack it sometimes appends. */
  static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
