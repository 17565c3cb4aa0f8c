package vn.phuly.thanthien;

/** A data-quality gate failed: exit code 3; the previous warehouse stays published. */
public class QualityGateException extends RuntimeException {
  public QualityGateException(String message) {
    super(message);
  }
}
