package vn.phuly.thanthien.reference;

/** One row of contacts.csv (DESIGN §2): an address that receives the unit's own scorecard. */
public record Contact(String unitId, String email) {}
