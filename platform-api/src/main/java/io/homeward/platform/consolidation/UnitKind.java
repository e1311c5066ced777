package io.homeward.platform.consolidation;

/**
 * The kinds of handling unit, smallest first. A unit nests only in a larger kind (a bag
 * in a tote, pallet or container; a tote in a pallet or container; a pallet in a
 * container), and any unit goes directly into a load. Parcels go into any unit.
 */
public enum UnitKind {

	BAG, TOTE, PALLET, CONTAINER;

	public boolean fitsInto(UnitKind parent) {
		return ordinal() < parent.ordinal();
	}

}
