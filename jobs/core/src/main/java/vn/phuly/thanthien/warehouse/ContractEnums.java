package vn.phuly.thanthien.warehouse;

import java.util.Optional;
import java.util.stream.Collectors;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * The accepted values of coded columns, taken from the contracts (the one place they are written):
 * a model's {@code -- accepted_values: <column> from <dataset>.<column>} line gets an audit (for a
 * closed enum: every value is one of the contract's codes, and there is one when the contract
 * requires it) and a comment listing the codes with their Vietnamese labels. The curated columns
 * of the data dictionary list them the same way.
 */
final class ContractEnums {
  private ContractEnums() {}

  /** {@code line} as parsed, once it is known to name an enum column of a contract. */
  static ModelHeader.AcceptedValues check(String origin, ModelHeader.AcceptedValues line) {
    if (!DatasetContract.DATASETS.contains(line.dataset())) {
      throw new ModelException(origin + ": accepted_values names the unknown dataset '" + line.dataset()
          + "' (one of " + DatasetContract.DATASETS + ")");
    }
    enumColumn(origin, line);
    return line;
  }

  private static Column enumColumn(String origin, ModelHeader.AcceptedValues line) {
    return DatasetContract.load(line.dataset()).column(line.contractColumn())
        .filter(c -> "enum".equals(c.type()))
        .orElseThrow(() -> new ModelException(origin + ": accepted_values names " + line.dataset() + "."
            + line.contractColumn() + ", which is no enum column of schemas/" + line.dataset() + ".yaml"));
  }

  private static Column enumColumn(ModelHeader.AcceptedValues line) {
    return enumColumn("schemas/" + line.dataset() + ".yaml", line);
  }

  /** The comment of the column: {@code description} (else the contract's) and the enum's values. */
  static String comment(String description, ModelHeader.AcceptedValues line) {
    Column column = enumColumn(line);
    String text = description == null ? column.description() : description;
    return (text == null || text.isBlank() ? "" : text.strip() + " ") + values(column);
  }

  /** "Values: A (label a), B (label b)." or, for an open enum, "Known values: …; others are kept as drift." */
  static String values(Column column) {
    String listed =
        column.values().entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "));
    return column.openEnum() ? "Known values: " + listed + "; others are kept as drift." : "Values: " + listed + ".";
  }

  /** The failing rows of {@code model}'s column: none for an open enum, whose new values are drift. */
  static Optional<String> audit(String model, ModelHeader.AcceptedValues line) {
    Column column = enumColumn(line);
    if (column.openEnum()) {
      return Optional.empty();
    }
    String codes = column.values().keySet().stream().map(Placeholders::literal).collect(Collectors.joining(", "));
    String col = line.column();
    return Optional.of(
        "select " + col + " as value, count(*) as row_count\nfrom " + model
            + "\nwhere " + col + " not in (" + codes + ")" + (column.required() ? " or " + col + " is null" : "")
            + "\ngroup by " + col);
  }
}
