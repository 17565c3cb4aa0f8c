package vn.phuly.thanthien.contract;

/**
 * Why ingest quarantines a row, in the order it checks: a row gets the first that applies. The
 * name is what the quarantine's {@code reason_code} column and the run manifest hold. Lives with
 * the contracts (not in {@code ingest}) because the sample generator plants rows for each and may
 * not depend on the jobs. docs/architecture.md lists them from here ({@code ReasonCodeDocTest}).
 */
public enum ReasonCode {
  UNREADABLE_FILE(
      "the file is not a text export ingest can read (not text in UTF-8, UTF-8 with BOM, UTF-16 or"
          + " Windows-1258: random bytes, a NUL byte, a compressed archive; empty; or it cannot be opened): it"
          + " is rejected whole, `rejected` says why, and it is one quarantined row of line 0, so the file"
          + " still reconciles",
      "tệp không phải là văn bản đọc được (không phải UTF-8, UTF-8 có BOM, UTF-16 hay Windows-1258: dữ liệu"
          + " nhị phân, byte NUL, tệp nén; tệp rỗng; hoặc không mở được): cả tệp bị loại và được cách ly như"
          + " một dòng, dòng 0"),
  MISSING_COLUMN(
      "the file lacks a required column: the file is rejected whole, `rejected` names the columns, and each"
          + " of its records is quarantined with this code, so the file still reconciles",
      "tệp thiếu cột bắt buộc: cả tệp bị loại, mọi bản ghi của tệp được cách ly với mã này"),
  RECORD_TOO_LONG(
      "a record (a CSV record with its quoted line breaks, a JSON line) longer than the profile's"
          + " `max_record_bytes` (default 1 MiB, counted as UTF-8): quarantined with the line it starts on,"
          + " without its fields, and never held in memory whole",
      "bản ghi dài hơn ngưỡng `max_record_bytes` của hồ sơ tham chiếu (mặc định 1 MiB): được cách ly cùng số"
          + " dòng, không kèm các trường"),
  PARSE_ERROR(
      "a JSON Lines line that is not a JSON object (or whose exploded field is not an array), a CSV"
          + " record whose number of fields differs from the header's or exceeds 1024, or the rest of a file"
          + " that changed while it was read",
      "dòng JSON không phải là một đối tượng (hoặc trường cần tách không phải là mảng), bản ghi CSV có"
          + " số trường khác dòng tiêu đề hoặc hơn 1024 trường, hoặc phần còn lại của tệp bị thay đổi trong khi đọc"),
  MISSING_REQUIRED(
      "a required value is empty (the first such column in contract order)",
      "thiếu giá trị bắt buộc (cột đầu tiên theo thứ tự của hợp đồng dữ liệu)"),
  BAD_TYPE(
      "not a number, an integer or a boolean as the column's type requires",
      "không phải là số, số nguyên hay giá trị đúng/sai như kiểu của cột"),
  BAD_DATE(
      "not one of the accepted date/time formats, or no such day",
      "không đúng định dạng ngày/giờ được chấp nhận, hoặc không có ngày đó"),
  BAD_ENUM(
      "neither a code nor a label of a closed enumeration",
      "không phải là mã hay nhãn của một danh mục đóng"),
  OUT_OF_RANGE(
      "below the contract's min or above its max; and, checked again after `UNKNOWN_CRITERION`, a score"
          + " above the criterion's max_points",
      "nhỏ hơn mức tối thiểu hoặc lớn hơn mức tối đa của hợp đồng dữ liệu; và (xét lại sau `UNKNOWN_CRITERION`)"
          + " điểm lớn hơn điểm tối đa của tiêu chí"),
  BAD_PERIOD(
      "a period that is not `YYYY`, `YYYY-H1|2` or `YYYY-Q1..4`",
      "kỳ đánh giá không có dạng `YYYY`, `YYYY-H1|2` hay `YYYY-Q1..4`"),
  UNKNOWN_UNIT(
      "no unit of the profile has the record's unit code or name in its period (a submission: valid on at"
          + " least one day of it) or on its date (feedback, inspections), or the record has no period or date",
      "không tìm thấy đơn vị theo mã hay tên trong kỳ của bản ghi (phiếu chấm: còn hiệu lực ít nhất một ngày"
          + " của kỳ) hoặc vào ngày của bản ghi (phản ánh, kiểm tra), hoặc bản ghi không có kỳ hay ngày"),
  AMBIGUOUS_UNIT(
      "the record's unit code or name matches more than one unit in its period, and the record's own date"
          + " (a submission's submitted_at) does not leave exactly one; or more than one on its date",
      "mã hay tên đơn vị khớp nhiều đơn vị trong kỳ và ngày của chính bản ghi (ngày nộp phiếu) không chỉ ra"
          + " đúng một; hoặc khớp nhiều đơn vị vào ngày của bản ghi"),
  UNKNOWN_CRITERION(
      "the criterion is not one the unit-period is scored on: the criteria of the unit's type in the period"
          + " (its last version valid in it) valid on the period's last day",
      "tiêu chí không thuộc các tiêu chí chấm của đơn vị trong kỳ: tiêu chí của loại đơn vị (phiên bản cuối"
          + " trong kỳ) còn hiệu lực vào ngày cuối kỳ"),
  DUPLICATE_KEY(
      "the same business key and non-lineage version values as an earlier row of the same landing day"
          + " (earlier by file, line, array position)",
      "trùng khóa nghiệp vụ và lần nộp với một bản ghi đã đọc trước đó trong cùng ngày nhận");

  private final String meaning;
  private final String meaningVi;

  ReasonCode(String meaning, String meaningVi) {
    this.meaning = meaning;
    this.meaningVi = meaningVi;
  }

  /** What the code means, in English (Markdown). */
  public String meaning() {
    return meaning;
  }

  /** What the code means, in Vietnamese (Markdown). */
  public String meaningVi() {
    return meaningVi;
  }
}
