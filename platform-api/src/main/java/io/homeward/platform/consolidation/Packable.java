package io.homeward.platform.consolidation;

/**
 * Something that goes into a unit or a load, as segregation sees it.
 *
 * @param reference what a refusal names it by (a parcel id, an SSCC)
 */
public record Packable(String reference, DangerousGoods goods) {

}
