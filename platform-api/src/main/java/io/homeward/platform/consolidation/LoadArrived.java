package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;

/**
 * The load's carrier reported it arrived at the destination hub (ARRIVED): published
 * inside that transaction, like {@link LoadDeparted}.
 *
 * @param load the load, as moved
 * @param arrivedAt when
 */
public record LoadArrived(Load load, OffsetDateTime arrivedAt) {

}
