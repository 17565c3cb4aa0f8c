package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.UnitResolver;

/**
 * Raw rows (personal data already protected by the reader) → judged rows: values typed, units resolved, every row either
 * good ({@code problem} null) or carrying the first reason it fails (order: {@link ReasonCode}),
 * with {@code fields_json} for the failing ones. Everything here is per row, so a pass judges and
 * writes in one go; repeats of a key ({@code DUPLICATE_KEY}, the last reason) need every row and
 * are found in the written rows ({@link Versions#repeats}).
 */
public final class Judgement {
  private Judgement() {}

  public static Dataset<Row> judge(
      Dataset<Row> raw,
      DatasetContract contract,
      SparkSession spark,
      Profile profile,
      Broadcast<UnitResolver> resolver) {
    Dataset<Row> judged =
        raw.transform(rows -> PersonalData.keepFields(rows, contract))
            .transform(Judgement::rawProblems)
            .transform(rows -> ContractValidation.validate(rows, contract))
            .transform(rows -> Derivations.derive(rows, contract))
            .transform(rows -> UnitResolution.resolve(rows, contract, resolver));
    if (CriterionCheck.appliesTo(contract)) {
      judged = judged.transform(rows -> CriterionCheck.check(rows, spark, profile));
    }
    return judged.transform(PersonalData::fieldsJson);
  }

  /** The problems the reader already found (a rejected file, an unparsable record). */
  static Dataset<Row> rawProblems(Dataset<Row> rows) {
    return rows.withColumn(Problems.PROBLEM,
            when(col(RawRow.PROBLEM_CODE).isNotNull(),
                struct(
                    col(RawRow.PROBLEM_CODE).as("code"),
                    col(RawRow.PROBLEM_DETAIL).as("detail_en"),
                    col(RawRow.PROBLEM_DETAIL_VI).as("detail_vi"))))
        .drop(RawRow.PROBLEM_CODE, RawRow.PROBLEM_DETAIL, RawRow.PROBLEM_DETAIL_VI);
  }
}
