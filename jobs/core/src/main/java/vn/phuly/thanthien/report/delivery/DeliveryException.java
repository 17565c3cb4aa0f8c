package vn.phuly.thanthien.report.delivery;

/**
 * Delivery could not be done. The message is Vietnamese, for the operator, and never holds a
 * credential; {@link #badSetup()} tells a missing or wrong setting (exit 2) from a failed send (exit 1).
 */
public final class DeliveryException extends RuntimeException {
  private final boolean badSetup;

  DeliveryException(String message, boolean badSetup) {
    super(message);
    this.badSetup = badSetup;
  }

  public boolean badSetup() {
    return badSetup;
  }
}
