package io.homeward.platform.consolidation;

/**
 * An operator's GS1 identity: the company prefix and extension digit its SSCCs start
 * with, the domain of the Digital Link resolver its QR codes point to, and how many
 * serials it has allocated.
 */
public record ConsolidationSettings(String gs1CompanyPrefix, int extensionDigit, String resolverDomain,
		long allocated) {

	public static final String GS1_RESOLVER = "https://id.gs1.org";

}
