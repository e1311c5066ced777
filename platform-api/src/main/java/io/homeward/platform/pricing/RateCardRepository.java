package io.homeward.platform.pricing;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The write side: rate cards as aggregates with their breaks, and programs' pricing. What
 * the API reads comes from {@link PricingQueries}.
 */
interface RateCardRepository extends JpaRepository<RateCardEntity, UUID> {

}
