package vn.phuly.thanthien.reference;

/** The weight of the model in the annual emulation scoring of a unit type (seed item 3, 2022+). */
public record EmulationWeight(int year, String unitType, double modelWeight) {}
