package vn.phuly.thanthien.cli;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * A statement goes on over several lines until it ends with {@code ;} (JLine then shows the
 * secondary prompt); a dot command ({@code .tables}) is one line.
 */
final class SqlStatementParser extends DefaultParser {
  SqlStatementParser() {
    // SQL, not a shell: backslashes and quotes are the statement's own, never JLine's escapes
    escapeChars(new char[0]);
    quoteChars(new char[0]);
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    String statement = line.strip();
    if (context == ParseContext.ACCEPT_LINE && !statement.isEmpty() && !statement.startsWith(".")
        && !statement.endsWith(";")) {
      throw new EOFError(-1, -1, "the statement goes on until ';'", ";");
    }
    return super.parse(line, cursor, context);
  }
}
