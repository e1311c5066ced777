package io.homeward.platform.consolidation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoadRepository extends JpaRepository<LoadEntity, UUID> {

	boolean existsByReference(String reference);

}

interface HandlingUnitRepository extends JpaRepository<HandlingUnitEntity, UUID> {

}

interface AggregationEventRepository extends JpaRepository<AggregationEventEntity, UUID> {

}

interface ReceiptLineRepository extends JpaRepository<ReceiptLineEntity, UUID> {

}
