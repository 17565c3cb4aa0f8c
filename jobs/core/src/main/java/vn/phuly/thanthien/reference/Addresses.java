package vn.phuly.thanthien.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * E-mail addresses as a profile writes them (contacts.csv, report.csv's {@code recipients_<kind>}):
 * a plain {@code local@domain} address, no display name, several separated by commas or semicolons.
 * Deliberately stricter than RFC 5322: a profile is typed by hand, and a typo should stop the load,
 * not bounce at the mail server.
 */
final class Addresses {
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private Addresses() {}

  /** One address; the row's error (file, line, column) otherwise. */
  static String one(ProfileCsv.Row row, String column) {
    String value = row.text(column);
    if (!ADDRESS.matcher(value).matches()) {
      throw row.error(column, "'" + value + "' không phải là một địa chỉ thư điện tử (dạng ten@ten-mien.vn)");
    }
    return value;
  }

  /** A comma- or semicolon-separated list, each checked, without repeats, in the order written. */
  static List<String> list(ProfileCsv.Row row, String column) {
    List<String> addresses = new ArrayList<>();
    for (String part : Arrays.stream(row.text(column).split("[,;]")).map(String::strip).toList()) {
      if (!ADDRESS.matcher(part).matches()) {
        throw row.error(column, "'" + part + "' không phải là một địa chỉ thư điện tử (dạng ten@ten-mien.vn)");
      }
      if (!addresses.contains(part)) {
        addresses.add(part);
      }
    }
    return List.copyOf(addresses);
  }
}
