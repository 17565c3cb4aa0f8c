package vn.phuly.thanthien.reference;

import java.io.Serializable;

/** A spelling of a unit's name seen in exports ("P. Lam Hạ", "UBND phường Lam Hà"). */
public record UnitAlias(String unitId, String alias) implements Serializable {}
