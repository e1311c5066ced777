package io.homeward.platform.customs;

/**
 * The eleven rules of Incoterms 2020 (ICC publication 723): who pays for carriage and
 * insurance and where the risk passes. The first seven serve any mode of transport, the
 * last four sea and inland waterway only.
 */
public enum Incoterm {

	EXW("Ex Works"), FCA("Free Carrier"), CPT("Carriage Paid To"), CIP("Carriage and Insurance Paid To"),
	DAP("Delivered at Place"), DPU("Delivered at Place Unloaded"), DDP("Delivered Duty Paid"),
	FAS("Free Alongside Ship"), FOB("Free on Board"), CFR("Cost and Freight"), CIF("Cost, Insurance and Freight");

	private final String title;

	Incoterm(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

	/** Whether the rule is one of the four for sea and inland waterway transport only. */
	public boolean seaAndInlandWaterwayOnly() {
		return ordinal() >= FAS.ordinal();
	}

}
