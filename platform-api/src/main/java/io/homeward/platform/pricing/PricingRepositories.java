package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RateCardRepository extends JpaRepository<RateCardEntity, UUID> {

	/** The card in force at {@code at}: the newest whose window contains it. */
	@Query("""
			select c from RateCardEntity c where c.laneId = :laneId and c.validFrom <= :at
			and (c.validTo is null or c.validTo > :at) order by c.validFrom desc, c.version desc limit 1""")
	Optional<RateCardEntity> findActive(UUID laneId, OffsetDateTime at);

	List<RateCardEntity> findByLaneIdOrderByVersionDesc(UUID laneId);

	@Query("select coalesce(max(c.version), 0) from RateCardEntity c where c.laneId = :laneId")
	int maxVersion(UUID laneId);

	List<RateCardEntity> findByLaneIdAndIdGreaterThanOrderByIdAsc(UUID laneId, UUID after, Limit limit);

}

interface ProgramPricingRepository extends JpaRepository<ProgramPricingEntity, UUID> {

}

interface AdjustmentRepository extends JpaRepository<AdjustmentEntity, AdjustmentEntity.Key> {

	@Query("select a.percent from AdjustmentEntity a where a.programId = :programId and a.shipperId = :shipperId")
	Optional<BigDecimal> percent(UUID programId, UUID shipperId);

}
