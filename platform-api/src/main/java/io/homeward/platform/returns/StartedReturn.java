package io.homeward.platform.returns;

/**
 * What a customer learns of the return it started: the codes on its label, and nothing
 * else, not even what it typed.
 */
public record StartedReturn(String trackingCode, String rmaNumber) {

}
