package vn.phuly.thanthien.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.privacy.OwnIdentities;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.privacy.Scrubber;

/**
 * DESIGN §4 on one record's cleaned values, in the reader, before they become a Spark row: clear
 * personal data never enters a Spark plan, and so cannot reach any output (curated, quarantine,
 * details, logs). Identity columns become keyed pseudonyms (their curated names in the raw schema,
 * {@link RawRow#schema}), or null where the contract's drop rule holds; free-text and other
 * text columns ({@link #action}) are scrubbed.
 *
 * <p>Done on Java strings, where the values already are: as Spark functions each value would
 * first be encoded into Spark's strings and then decoded again for the Java call.
 */
final class RecordProtection {
  private enum Action { PSEUDONYMISE, SCRUB, SCRUB_FREE_TEXT, KEEP }

  private final DatasetContract contract;
  private final Pseudonymizer pseudonymizer;
  private final List<Column> columns;
  /** What is done to each contract column's values. */
  private final Action[] actions;
  /** Index of the drop rule's column, -1 without a rule. */
  private final int dropColumn;
  private final UnaryOperator<String> dropColumnCode;
  /** The identity columns (their indexes) and kinds, whose clear values free text must not echo. */
  private final int[] identityColumns;
  private final String[] identityKinds;

  RecordProtection(DatasetContract contract, Pseudonymizer pseudonymizer) {
    this.contract = contract;
    this.pseudonymizer = pseudonymizer;
    this.columns = contract.columns();
    this.actions = columns.stream().map(column -> action(contract, column)).toArray(Action[]::new);
    this.identityColumns = IntStream.range(0, columns.size())
        .filter(i -> actions[i] == Action.PSEUDONYMISE).toArray();
    this.identityKinds = Arrays.stream(identityColumns)
        .mapToObj(i -> columns.get(i).pseudonymKind()).toArray(String[]::new);
    DatasetContract.DropRule rule = contract.pseudonymDropWhen();
    if (rule == null) {
      dropColumn = -1;
      dropColumnCode = null;
    } else {
      Column column = contract.column(rule.column()).orElseThrow(() -> new IllegalStateException(
          contract.dataset() + ": pseudonym_drop_when names no column " + rule.column()));
      dropColumn = columns.indexOf(column);
      dropColumnCode = Enums.codeLookup(column);
    }
  }

  /**
   * Protects {@code values[offset + i]}, the cleaned value of contract column i, in place. Free text
   * is also scrubbed of the record's own identity values ({@link OwnIdentities}), read in clear
   * before they become pseudonyms, and so also where the identity itself is dropped.
   */
  void protect(Object[] values, int offset) {
    boolean drop = dropColumn >= 0 && dropsIdentity((String) values[offset + dropColumn]);
    String[] identities = new String[identityColumns.length];
    for (int k = 0; k < identityColumns.length; k++) {
      identities[k] = (String) values[offset + identityColumns[k]];
    }
    for (int i = 0; i < actions.length; i++) {
      String value = (String) values[offset + i];
      switch (actions[i]) {
        case PSEUDONYMISE ->
            values[offset + i] = drop ? null : pseudonymizer.pseudonym(columns.get(i).pseudonymKind(), value);
        case SCRUB -> values[offset + i] = Scrubber.scrubKnownFormats(value);
        case SCRUB_FREE_TEXT -> values[offset + i] = OwnIdentities.scrub(Scrubber.scrub(value), identityKinds, identities);
        case KEEP -> { }
      }
    }
  }

  /**
   * Where identities are dropped: the drop rule's enum column has the rule's code. A value that is
   * not a known code or label also drops them: a misspelt "Tố cáo" must not leak a denouncer.
   */
  private boolean dropsIdentity(String value) {
    String code = dropColumnCode.apply(value);
    return code == null || code.equals(contract.pseudonymDropWhen().value());
  }

  /**
   * Identity columns are pseudonymised. Free text is scrubbed by every rule, whatever a number's
   * format, and of the record's own identity values. The other text columns (unit names, titles,
   * enumeration labels, …) are scrubbed too, by the rules of known formats: an identifier typed into
   * any field must not reach the outputs, and these values also flow into quarantine details, drift
   * notes of the manifest and the console; but they may hold codes of many digits (a submission's
   * id), and an address that is a unit's name must not erase the name the unit is resolved by. The
   * business key and the unit code stay exact, since a scrubbed identifier would merge distinct
   * records; the scrubber leaves dates, codes and amounts alone, so well-formed values are unchanged.
   */
  private static Action action(DatasetContract contract, Column column) {
    if (column.isIdentity()) {
      if (column.pseudonymKind() == null) {
        throw new IllegalStateException(contract.dataset() + "." + column.name() + ": identity column without pseudonym_kind");
      }
      return Action.PSEUDONYMISE;
    }
    boolean text = "string".equals(column.type()) || "enum".equals(column.type());
    boolean exact = contract.businessKey().contains(column.name())
        || contract.unit() != null && column.name().equals(contract.unit().code());
    if (column.isFreeText()) {
      return Action.SCRUB_FREE_TEXT;
    }
    return text && !exact ? Action.SCRUB : Action.KEEP;
  }
}
