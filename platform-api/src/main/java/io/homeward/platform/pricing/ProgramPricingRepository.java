package io.homeward.platform.pricing;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramPricingRepository extends JpaRepository<ProgramPricingEntity, ProgramPricingEntity.Key> {

}
