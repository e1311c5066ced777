/**
 * Splitting a total into shares that add up to it exactly: shares kept as exact
 * fractions, rounded to a minor unit (cents of a carrier's invoice, grams of a load's
 * emissions) by largest remainder.
 */
@NullMarked
package io.homeward.platform.shared.allocation;

import org.jspecify.annotations.NullMarked;
